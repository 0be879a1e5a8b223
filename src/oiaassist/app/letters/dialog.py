"""A letter about a tracked request, drafted in one click: preview, options, copy/mail/save.

The refinement reply asks accept, decline or counter (preset from the
timeline when the reply is recorded); every letter takes "anything else to
say". If the letter's premise is false (a reminder for a request that is not
overdue), the dialog says so, naming the field, instead of a letter. If only
the user's own template fails, the dialog says which and why, and the buttons
stay on: they offer the built-in letter instead (:class:`LetterActions`).

The letter is rendered on a worker thread, as in the Compose tab, so a
user's template that loops cannot freeze the window: past a moment the
dialog says it is rendering, and the sandbox's time limit ends in a message
naming the template.
"""

from __future__ import annotations

import time
from collections.abc import Callable

from pydantic import ValidationError
from PySide6.QtCore import QCoreApplication, QEventLoop, QObject, QTimer
from PySide6.QtWidgets import QComboBox, QDialog, QLabel, QPlainTextEdit, QPushButton, QWidget

from oiaassist.app.background import Background
from oiaassist.app.letters.actions import LetterActions
from oiaassist.app.letters.build import Kind, file_stem, tracked_letter
from oiaassist.app.letters.templates import RENDER_LIMIT_MS, LetterTemplates
from oiaassist.app.request_view.editor import RequestEditor
from oiaassist.app.settings import AppSettings
from oiaassist.app.widgets import icons, live
from oiaassist.app.widgets.forms import child, load_form
from oiaassist.drafting import Letter, PlainLetter, ReplyChoice
from oiaassist.errors import OiaAssistError
from oiaassist.i18n import _, long_date
from oiaassist.tracking.io import describe_validation_error

NOTICE_MS = 300
"""A render slower than this shows "Rendering the letter…" in place of the letter."""


def title(kind: Kind) -> str:
    """The dialog's title for a letter of ``kind``."""
    titles = {
        Kind.REFINEMENT_REPLY: _("Reply to the refinement proposal"),
        Kind.REMINDER: _("Reminder: the decision is overdue"),
        Kind.GROUNDS: _("Ask for the grounds for withholding"),
        Kind.COMPLAINT: _("Complaint to the Ombudsman"),
    }
    return titles[kind]


def reply_choices() -> tuple[tuple[ReplyChoice, str], ...]:
    """The answers to a refinement proposal, in words."""
    return (
        (ReplyChoice.DECLINE, _("Decline: keep the request as it is")),
        (ReplyChoice.ACCEPT, _("Accept the proposed refinement")),
        (ReplyChoice.COUNTER, _("Counter-propose (say how in the box below)")),
    )


class LetterDialog(QObject):
    """One letter in a dialog."""

    def __init__(
        self,
        parent: QWidget,
        kind: Kind,
        editor: RequestEditor,
        *,
        settings: Callable[[], AppSettings],
        actions: LetterActions,
    ) -> None:
        super().__init__(parent)
        self.kind = kind
        self.editor = editor
        self._settings = settings
        self.actions = actions
        form = load_form("letter", parent)
        assert isinstance(form, QDialog)
        self.dialog = form
        form.setWindowTitle(title(kind))
        self.text = child(form, QPlainTextEdit, "letterText")
        self.subject = child(form, QLabel, "letterSubject")
        self.intro = child(form, QLabel, "letterIntro")
        self.choice = child(form, QComboBox, "choiceCombo")
        self.comments = child(form, QPlainTextEdit, "commentsEdit")
        replying = kind is Kind.REFINEMENT_REPLY
        self.choice.setVisible(replying)
        child(form, QLabel, "choiceLabel").setVisible(replying)
        for choice, label in reply_choices():
            self.choice.addItem(label, choice.value)
        self._preset_choice()
        self.choice.currentIndexChanged.connect(self.refresh)
        self.comments.textChanged.connect(self.refresh)
        buttons: dict[str, tuple[str, Callable[[], object]]] = {
            "letterCopyButton": ("copy-letter", self._with(self.actions.copy)),
            "letterMailButton": ("mail", self._with(self.actions.open_mail)),
            "letterDocxButton": ("save-docx", self._with(self._docx)),
            "letterEmlButton": ("save-eml", self._with(self._eml)),
        }
        self.buttons = []
        for name, (icon_name, slot) in buttons.items():
            button = child(form, QPushButton, name)
            button.setIcon(icons.icon(icon_name))
            button.clicked.connect(slot)
            self.buttons.append(button)
        child(form, QPushButton, "letterCloseButton").clicked.connect(form.accept)
        self.letter: Letter | None = None
        self._render = Background(self)
        self._render.idle.connect(self._render_idle)
        self._pending = False  # a change came while a render's thread was still at work
        self._notice = QTimer(self)
        self._notice.setSingleShot(True)
        self._notice.setInterval(NOTICE_MS)
        self._notice.timeout.connect(self._show_notice)
        form.finished.connect(lambda _result: self._render.cancel())
        self.refresh()

    def _preset_choice(self) -> None:
        request = self.editor.request
        if request is None:
            return
        kinds = [e.type.value for e in request.events]
        if "clarified" in kinds:
            self.choice.setCurrentIndex(self.choice.findData(ReplyChoice.ACCEPT.value))

    def _with(self, action: Callable[[Letter], object]) -> Callable[[], None]:
        def run() -> None:
            if self.letter is not None:
                action(self.letter)

        return run

    def _docx(self, letter: Letter) -> None:
        self.actions.save_docx(letter, file_stem(self.kind, self.editor.data))

    def _eml(self, letter: Letter) -> None:
        self.actions.save_eml(letter, file_stem(self.kind, self.editor.data))

    def refresh(self) -> None:
        """Build the letter now (or say why it cannot be written) and start rendering it."""
        self._render.cancel()
        self.letter = None
        request = self.editor.request
        problem = (
            self.editor.problem.text if self.editor.problem else _("The request is incomplete.")
        )
        if request is not None:
            try:
                self.letter = tracked_letter(
                    self.kind,
                    request,
                    self.editor.compose,
                    self._settings(),
                    today=self.editor.today,
                    choice=ReplyChoice(self.choice.currentData()),
                    comments=self.comments.toPlainText().strip(),
                )
            except ValidationError as exc:
                problem = describe_validation_error(exc, title(self.kind))
            except OiaAssistError as exc:
                problem = str(exc)
        letter = self.letter
        if letter is None:
            self._notice.stop()
            self._pending = False
            self._show(None, problem)
            return
        for button in self.buttons:
            button.setEnabled(False)  # until the letter is rendered
        if not self._notice.isActive():
            self._notice.start()
        if self._render.running:  # started when that thread ends (see _render_idle)
            self._pending = True
            return
        self._pending = False
        templates = self.actions.templates()
        self._render.run(
            lambda: templates.text(letter),  # plain data in, text out: no widget on the worker
            self._rendered,
            lambda exc: self._failed(templates, exc),
            limit_ms=RENDER_LIMIT_MS,
        )

    @property
    def rendering(self) -> bool:
        """Whether the dialog is waiting for the letter."""
        return self._render.busy or self._pending

    def wait_for_render(self, timeout_ms: int = 10_000) -> bool:
        """Keep the event loop running until the newest letter is shown (for tests)."""
        deadline = time.monotonic() + timeout_ms / 1000
        while self.rendering and time.monotonic() < deadline:
            QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 20)
            time.sleep(0.002)  # let the worker have the interpreter
        return not self.rendering

    def _render_idle(self) -> None:
        if self._pending:
            self.refresh()

    def _rendered(self, plain: PlainLetter) -> None:
        self._notice.stop()
        self._show(plain, "")

    def _failed(self, templates: LetterTemplates, exc: BaseException) -> None:
        self._notice.stop()
        if isinstance(exc, TimeoutError):
            problem = _(
                "Rendering the letter took longer than {seconds} seconds and was stopped."
            ).format(seconds=RENDER_LIMIT_MS // 1000)
        elif isinstance(exc, OiaAssistError):
            problem = templates.describe(exc)
            if not templates.is_users(exc):
                self.letter = None
        else:
            raise exc  # a bug: the crash handler reports it, as it would on the UI thread
        self._show(None, problem)

    def _show_notice(self) -> None:
        self.intro.setText(_("Rendering the letter…"))
        live.show(self.subject, "")
        self.text.setPlainText("")

    def _show(self, plain: PlainLetter | None, problem: str) -> None:
        """The letter, or ``problem`` in its place; the buttons on when there is a letter."""
        for button in self.buttons:
            button.setEnabled(self.letter is not None)
        if self.letter is None or plain is None:
            self.intro.setText(
                _("This letter cannot be written yet:")
                if self.letter is None
                else _("Your letter template cannot be used; the buttons offer the built-in one:")
            )
            live.show(self.subject, "")
            self.text.setPlainText(problem)
            return
        self.intro.setText(
            _("Dated {day}. Check it, then send it.").format(day=long_date(self.letter.dated))
        )
        live.show(self.subject, _("Subject: {subject}").format(subject=plain.subject))
        self.text.setPlainText(plain.body)

    def exec(self) -> int:
        """Show the dialog until it is closed."""
        return self.dialog.exec()
