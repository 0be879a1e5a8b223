"""What can be done with a finished letter: copy, open in the mail program, save .docx or .eml.

Used by the Compose tab and the letter dialog alike. Failures (a template
problem, an email address that is not one, a file that cannot be written)
become a message naming what is wrong; nothing here raises to the user. When
the trouble is in the user's own templates, the message offers the built-in
letter for this once, so a broken template never stops a letter going out;
the letter is rendered before the save dialog, so nobody picks a file name
for a letter that cannot be written.

A user's template is rendered on a worker thread (:func:`wait_for`): the
window keeps painting, and past a moment a progress dialog offers Cancel, so
a template that loops cannot freeze the app; a cancelled letter writes nothing.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

from PySide6.QtCore import QObject, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import QWidget

from oiaassist.app.background import CancelledError, wait_for
from oiaassist.app.dialogs import standard as dialogs
from oiaassist.app.letters.templates import RENDER_LIMIT_MS, LetterTemplates, too_slow_text
from oiaassist.drafting import Letter
from oiaassist.errors import OiaAssistError
from oiaassist.files import WriteError, write_atomic
from oiaassist.i18n import _

MAILTO_LIMIT = 1800
"""Mail programs cut long ``mailto:`` links (often near 2,000 characters)."""

T = TypeVar("T")


class LetterActions(QObject):
    """Copy, mail and save one letter at a time; reports in words."""

    done = Signal(str)
    failed = Signal(str)

    def __init__(
        self, parent: QWidget, *, templates: Callable[[], LetterTemplates] = LetterTemplates
    ) -> None:
        super().__init__(parent)
        self._parent = parent
        self.templates = templates
        self.last_folder = dialogs.documents_dir()
        self._rendering = False

    def _wait(self, make: Callable[[LetterTemplates], T], templates: LetterTemplates) -> T:
        """``make(templates)`` on a worker thread, with a progress dialog and Cancel."""
        return wait_for(
            lambda: make(templates),
            parent=self._parent,
            label=_("Rendering the letter…"),
            limit_ms=RENDER_LIMIT_MS,
        )

    def render(self, make: Callable[[LetterTemplates], T]) -> T | None:
        """``make`` with the chosen templates; None (and a message) if it cannot be done.

        A problem in the user's templates offers the built-in letter instead,
        this once: Settings keeps the folder, and the preview still shows the
        problem until it is fixed. Cancel, or a second click while a letter is
        being rendered, gives None with no message.
        """
        if self._rendering:
            return None
        self._rendering = True
        try:
            return self._render(make)
        except CancelledError:
            self.done.emit(_("Stopped rendering the letter: nothing was copied or saved."))
            return None
        except TimeoutError:
            self.failed.emit(too_slow_text())
            return None
        finally:
            self._rendering = False

    def _render(self, make: Callable[[LetterTemplates], T]) -> T | None:
        templates = self.templates()
        try:
            return self._wait(make, templates)
        except OiaAssistError as exc:
            if not templates.is_users(exc):
                self.failed.emit(templates.describe(exc))
                return None
            question = _("Use the built-in letter this time instead?")
            if not dialogs.offer(
                self._parent, _("Letter template"), f"{templates.describe(exc)}\n\n{question}"
            ):
                return None
        try:
            return self._wait(make, LetterTemplates())
        except OiaAssistError as exc:
            self.failed.emit(str(exc))
            return None

    def copy(self, letter: Letter) -> bool:
        """Put the email text (the body) on the clipboard."""
        text = self.render(lambda t: t.text(letter))
        if text is None:
            return False
        QGuiApplication.clipboard().setText(text.body)
        self.done.emit(_("Copied the letter. Subject: {subject}").format(subject=text.subject))
        return True

    def open_mail(self, letter: Letter) -> bool:
        """Start a new email in the user's mail program (no network: the mail program sends)."""
        made = self.render(lambda t: (t.mailto(letter), t.text(letter).body))
        if made is None:
            return False
        link, body = made
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
        """Render the letter as a Word document, then ask where to save it."""
        data = self.render(lambda t: t.docx(letter))
        if data is None:
            return None
        path = dialogs.ask_save_path(
            self._parent, _("Save letter"), self.last_folder / f"{stem}.docx", _("Word (*.docx)")
        )
        return self._write(path, data) if path else None

    def save_eml(self, letter: Letter, stem: str) -> Path | None:
        """Render the letter as an unsent email, then ask where to save it."""
        data = self.render(lambda t: t.eml(letter))
        if data is None:
            return None
        path = dialogs.ask_save_path(
            self._parent, _("Save email"), self.last_folder / f"{stem}.eml", _("Email (*.eml)")
        )
        return self._write(path, data) if path else None

    def write_docx(self, letter: Letter, path: Path) -> Path | None:
        """Write the .docx to ``path``."""
        data = self.render(lambda t: t.docx(letter))
        return None if data is None else self._write(path, data)

    def write_eml(self, letter: Letter, path: Path) -> Path | None:
        """Write the .eml to ``path``."""
        data = self.render(lambda t: t.eml(letter))
        return None if data is None else self._write(path, data)

    def _write(self, path: Path, data: bytes) -> Path | None:
        try:
            write_atomic(path, data)
        except WriteError as exc:
            self.failed.emit(str(exc))
            return None
        self.last_folder = path.parent
        self.done.emit(_("Saved {path}").format(path=path))
        return path
