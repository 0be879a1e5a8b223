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

from collections.abc import Callable

from pydantic import ValidationError
from PySide6.QtCore import QObject
from PySide6.QtWidgets import QComboBox, QDialog, QLabel, QPlainTextEdit, QPushButton, QWidget

from oiaassist.app.letters.actions import LetterActions
from oiaassist.app.letters.build import Kind, file_stem, tracked_letter
from oiaassist.app.letters.rendering import NewestLetterRender, failure_text
from oiaassist.app.letters.templates import LetterTemplates
from oiaassist.app.request_view.editor import RequestEditor
from oiaassist.app.settings import AppSettings
from oiaassist.app.widgets import icons, live
from oiaassist.app.widgets.forms import child, load_form
from oiaassist.drafting import Letter, PlainLetter, ReplyChoice
from oiaassist.errors import OiaAssistError
from oiaassist.i18n import _, long_date
from oiaassist.tracking.io import describe_validation_error


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
        self._render = NewestLetterRender(
            self, templates=self.actions.templates, notice=self._show_notice, again=self.refresh
        )
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
        if self.letter is None:
            self._render.clear()
            self._show(None, problem)
            return
        for button in self.buttons:
            button.setEnabled(False)  # until the letter is rendered
        self._render.render(self.letter, lambda plain: self._show(plain, ""), self._failed)

    @property
    def rendering(self) -> bool:
        """Whether the dialog is waiting for the letter."""
        return self._render.rendering

    def wait_for_render(self, timeout_ms: int = 10_000) -> bool:
        """Keep the event loop running until the newest letter is shown (for tests)."""
        return self._render.wait(timeout_ms)

    def _failed(self, templates: LetterTemplates, exc: BaseException) -> None:
        problem = failure_text(templates, exc)
        if isinstance(exc, OiaAssistError) and not templates.is_users(exc):
            self.letter = None  # the built-in template failed: there is no letter to offer
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
