"""What can be done with a finished letter: copy, open in the mail program, save .docx or .eml.

Used by the Compose tab and the letter dialog alike. Failures (a template
problem, an email address that is not one, a file that cannot be written)
become a message naming what is wrong; nothing here raises to the user.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import QWidget

from oiaassist.app import dialogs
from oiaassist.drafting import Letter, mailto_link, render_docx, render_eml, render_text
from oiaassist.errors import OiaAssistError
from oiaassist.i18n import _

MAILTO_LIMIT = 1800
"""Mail programs cut long ``mailto:`` links (often near 2,000 characters)."""


class LetterActions(QObject):
    """Copy, mail and save one letter at a time; reports in words."""

    done = Signal(str)
    failed = Signal(str)

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self._parent = parent
        self.last_folder = dialogs.documents_dir()

    def copy(self, letter: Letter) -> bool:
        """Put the email text (the body) on the clipboard."""
        try:
            text = render_text(letter)
        except OiaAssistError as exc:
            self.failed.emit(str(exc))
            return False
        QGuiApplication.clipboard().setText(text.body)
        self.done.emit(_("Copied the letter. Subject: {subject}").format(subject=text.subject))
        return True

    def open_mail(self, letter: Letter) -> bool:
        """Start a new email in the user's mail program (no network: the mail program sends)."""
        try:
            link = mailto_link(letter)
            body = render_text(letter).body
        except OiaAssistError as exc:
            self.failed.emit(str(exc))
            return False
        if len(link) > MAILTO_LIMIT:
            QGuiApplication.clipboard().setText(body)
            self.done.emit(
                _(
                    "The letter is long for a mail link, so your mail program may cut it short: "
                    "it is also on the clipboard to paste, or use Save .eml."
                )
            )
        if not QDesktopServices.openUrl(QUrl(link)):
            self.failed.emit(_("No mail program is set up to open mailto: links."))
            return False
        return True

    def save_docx(self, letter: Letter, stem: str) -> Path | None:
        """Ask where, then save the letter as a Word document."""
        path = dialogs.ask_save_path(
            self._parent, _("Save letter"), self.last_folder / f"{stem}.docx", _("Word (*.docx)")
        )
        return self.write_docx(letter, path) if path else None

    def save_eml(self, letter: Letter, stem: str) -> Path | None:
        """Ask where, then save the letter as an unsent email."""
        path = dialogs.ask_save_path(
            self._parent, _("Save email"), self.last_folder / f"{stem}.eml", _("Email (*.eml)")
        )
        return self.write_eml(letter, path) if path else None

    def write_docx(self, letter: Letter, path: Path) -> Path | None:
        """Write the .docx to ``path``."""
        try:
            data = render_docx(letter)
        except OiaAssistError as exc:
            self.failed.emit(str(exc))
            return None
        return self._write(path, data)

    def write_eml(self, letter: Letter, path: Path) -> Path | None:
        """Write the .eml to ``path``."""
        try:
            data = render_eml(letter)
        except OiaAssistError as exc:
            self.failed.emit(str(exc))
            return None
        return self._write(path, data)

    def _write(self, path: Path, data: bytes) -> Path | None:
        try:
            path.write_bytes(data)
        except OSError as exc:
            self.failed.emit(
                _("{path}: cannot be written ({reason})").format(path=path, reason=exc.strerror)
            )
            return None
        self.last_folder = path.parent
        self.done.emit(_("Saved {path}").format(path=path))
        return path
