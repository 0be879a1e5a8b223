"""Opening the request database, with a way out when it is damaged or from a newer version.

Never a crash: the user sees what is wrong (the file, and why) and chooses
to restore an automatic backup, open another file, start afresh (the old
file is kept aside, never deleted) or quit.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QLabel, QListWidget, QListWidgetItem, QPushButton, QWidget

from oiaassist.app.dialogs import standard as dialogs
from oiaassist.app.widgets import live
from oiaassist.app.widgets.forms import child, load_form
from oiaassist.i18n import _
from oiaassist.storage import (
    DamagedDatabaseError,
    NewerDatabaseError,
    Store,
    StoreError,
    list_backups,
    restore_backup,
)
from oiaassist.storage.backup import set_aside


@dataclass(frozen=True, slots=True)
class Choice:
    """What the user chose.

    ``action`` is "restore" (``path``: the backup), "open" (``path``: another
    file), "fresh" or "quit".
    """

    action: str
    path: Path | None = None


class RecoveryDialog:
    """``recovery.ui``: the problem, the backups, and the ways out."""

    def __init__(self, parent: QWidget | None, error: StoreError) -> None:
        form = load_form("recovery", parent)
        assert isinstance(form, QDialog)
        self.dialog = form
        self.choice = Choice("quit")
        damaged = isinstance(error, DamagedDatabaseError)
        if isinstance(error, NewerDatabaseError):
            advice = _("Update oiaassist to open it, or use another file.")
        elif damaged:
            advice = _("Your requests may still be in an automatic backup.")
        else:  # read-only, locked, no access: the file itself is fine
            advice = _("The file itself is not damaged: nothing in it is lost.")
        self.message = child(form, QLabel, "recoveryMessage")
        live.show(self.message, f"{error}\n\n{advice}")
        self.backups = child(form, QListWidget, "backupList")
        for backup in list_backups(error.path):
            item = QListWidgetItem(f"{backup.day:%A %d %B %Y}  ({backup.path.name})")
            item.setData(Qt.ItemDataRole.UserRole, str(backup.path))
            self.backups.addItem(item)
        self.backups.setCurrentRow(0)
        restore = child(form, QPushButton, "restoreButton")
        restore.setEnabled(self.backups.count() > 0 and damaged)
        restore.clicked.connect(self._restore)
        child(form, QPushButton, "openOtherButton").clicked.connect(self._open_other)
        fresh = child(form, QPushButton, "startFreshButton")
        fresh.setEnabled(damaged)  # never offered for a healthy file
        fresh.clicked.connect(lambda: self._done(Choice("fresh")))
        child(form, QPushButton, "quitButton").clicked.connect(lambda: self._done(Choice("quit")))
        self.folder = error.path.parent

    def _done(self, choice: Choice) -> None:
        self.choice = choice
        self.dialog.accept()

    def _restore(self) -> None:
        item = self.backups.currentItem()
        if item is not None:
            self._done(Choice("restore", Path(str(item.data(Qt.ItemDataRole.UserRole)))))

    def _open_other(self) -> None:
        path = dialogs.ask_open_path(
            self.dialog, _("Open requests"), self.folder, _("oiaassist requests (*.sqlite3)")
        )
        if path is not None:
            self._done(Choice("open", path))

    def ask(self) -> Choice:
        """Show the dialog until the user chooses."""
        self.dialog.exec()
        return self.choice


def ask_recovery(parent: QWidget | None, error: StoreError) -> Choice:
    """Ask the user what to do about ``error`` (tests replace this)."""
    return RecoveryDialog(parent, error).ask()


def open_store(path: Path, parent: QWidget | None = None) -> Store | None:
    """Open the database at ``path``, asking the user for a way out on any problem.

    Returns None when the user chooses to quit.
    """
    while True:
        try:
            return Store.open(path)
        except StoreError as error:
            choice = ask_recovery(parent, error)
            try:
                if choice.action == "restore" and choice.path is not None:
                    restore_backup(choice.path, error.path)
                elif choice.action == "open" and choice.path is not None:
                    path = choice.path
                elif choice.action == "fresh":
                    set_aside(error.path)
                else:
                    return None
            except (StoreError, OSError) as exc:
                dialogs.show_error(parent, "oiaassist", str(exc))
