"""The request view: its header (title, status, where it stands) and the three tabs.

Built on first use (after the main window is on screen), since it needs the
tracking and drafting libraries, which take a moment to import.
"""

from __future__ import annotations

import html
from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from oiaassist.app.calculator import Calculator
from oiaassist.app.letters.actions import LetterActions
from oiaassist.app.letters.build import Kind
from oiaassist.app.letters.dialog import LetterDialog
from oiaassist.app.request_view.compose.tab import ComposeTab
from oiaassist.app.request_view.deadline.tab import DeadlineTab
from oiaassist.app.request_view.editor import RequestEditor
from oiaassist.app.request_view.timeline.tab import TimelineTab
from oiaassist.app.settings import AppSettings
from oiaassist.app.widgets import live, theme
from oiaassist.app.widgets.elide import Elider
from oiaassist.app.widgets.forms import child, load_form
from oiaassist.app.widgets.nesting import nest
from oiaassist.app.widgets.splits import reflow, scrolled
from oiaassist.i18n import _, medium_date
from oiaassist.tracking import Assessment, StepKind
from oiaassist.tracking.next_step import StepAction, next_step
from oiaassist.tracking.words import headline, status_label

if TYPE_CHECKING:
    from oiaassist.app.request_view.mark_sent import Sending

EMPTY_PAGE, REQUEST_PAGE = 0, 1
_LETTERS = {
    StepAction.REFINEMENT_REPLY: Kind.REFINEMENT_REPLY,
    StepAction.REMINDER: Kind.REMINDER,
    StepAction.GROUNDS: Kind.GROUNDS,
    StepAction.COMPLAINT: Kind.COMPLAINT,
}


def _step_button_text(action: StepAction) -> str:
    texts = {
        StepAction.MARK_SENT: _("Mark as sent…"),
        StepAction.REFINEMENT_REPLY: _("Reply to the refinement…"),
        StepAction.REMINDER: _("Draft a reminder…"),
        StepAction.GROUNDS: _("Ask for the grounds…"),
        StepAction.COMPLAINT: _("Draft a complaint…"),
    }
    return texts.get(action, "")


def deadline_line(a: Assessment) -> str:
    """E.g. "Original deadline 11 October 2024; extended to 16 December 2024 (45 working days)"."""
    if not a.steps:
        return ""  # a draft: no deadline yet
    first = a.steps[0]
    parts = [
        _("Original deadline {day} ({n} working days)").format(
            day=medium_date(first.due), n=first.working_days
        )
    ]
    words = {
        StepKind.RESTARTED: _("restarted, due {day} ({n} working days)"),
        StepKind.TRANSFERRED: _("transferred, due {day} ({n} working days)"),
        StepKind.EXTENDED: _("extended to {day} ({n} working days)"),
    }
    for step in a.steps[1:]:
        parts.append(words[step.kind].format(day=medium_date(step.due), n=step.working_days))
    return "; ".join(parts) + "."


class RequestView(QObject):
    """Binds the request page of the main window and its tabs to the editor."""

    def __init__(
        self,
        window: QWidget,
        editor: RequestEditor,
        *,
        settings: Callable[[], AppSettings],
        actions: LetterActions,
    ) -> None:
        super().__init__(window)
        self.window = window
        self.editor = editor
        self._settings = settings
        self.actions = actions
        self.stack = child(window, QStackedWidget, "requestStack")
        self.tabs = child(window, QTabWidget, "requestTabs")
        self.title = child(window, QLabel, "titleLabel")
        self.title_text = Elider(self.title)
        self.badge = child(window, QLabel, "statusBadge")
        self.headline = child(window, QLabel, "headlineLabel")
        self.error = child(window, QLabel, "errorLabel")
        self.error.hide()
        self.step_label, self.step_button = self._next_step_row()
        self.step_action = StepAction.NONE
        live.caption(self.badge, _("Status"))
        live.caption(self.error, _("Problem"))
        hosts = {
            name: child(window, QWidget, f"{name}Tab").layout()
            for name in ("compose", "timeline", "deadline")
        }
        forms = {name: load_form(name) for name in hosts}
        for name, layout in hosts.items():
            assert layout is not None
            splitter = forms[name].findChild(QSplitter, f"{name}Splitter")
            scroll = scrolled(forms[name], splitter)
            layout.addWidget(scroll)
            letters = forms[name].findChild(QGridLayout, "draftLayout")
            if letters is not None:  # the Timeline's letter buttons
                reflow(scroll, letters)
        self.compose = ComposeTab(forms["compose"], editor, settings=settings, actions=actions)
        self.timeline = TimelineTab(forms["timeline"], editor)
        self.deadline = DeadlineTab(forms["deadline"], editor)
        self.timeline.draft_requested.connect(lambda kind: self.draft(Kind(kind)))
        editor.changed.connect(self.show_header)
        editor.loaded.connect(self._page)

    def _next_step_row(self) -> tuple[QLabel, QPushButton]:
        """The next step in one sentence, and its button, under the headline."""
        label = QLabel(self.headline.parentWidget())
        label.setObjectName("nextStepLabel")
        label.setWordWrap(True)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        button = QPushButton(self.headline.parentWidget())
        button.setObjectName("nextStepButton")
        button.clicked.connect(self.do_next_step)
        row = QHBoxLayout()
        row.setObjectName("nextStepLayout")
        layout = self.window.findChild(QVBoxLayout, "requestLayout")
        index = layout.indexOf(self.headline) if layout is not None else -1
        if layout is not None and index >= 0:
            nest(layout, row, index + 1)
        row.addWidget(label, 1)
        row.addWidget(button, 0, Qt.AlignmentFlag.AlignTop)
        return label, button

    def show_next_step(self) -> None:
        """Redraw the next step and its button."""
        request, a = self.editor.request, self.editor.assessment
        if request is None or a is None:
            live.show(self.step_label, "")
            self.step_button.hide()
            self.step_action = StepAction.NONE
            return
        step = next_step(request, a)
        self.step_action = step.action
        # its text starts "Next step:", so the name is the text itself (no fixed caption)
        live.show(self.step_label, "<b>" + _("Next step:") + "</b> " + html.escape(step.text))
        self.step_button.setVisible(step.action is not StepAction.NONE)
        self.step_button.setText(_step_button_text(step.action))

    def do_next_step(self) -> None:
        """Carry out the next step: mark as sent, or draft the letter it needs."""
        action = self.step_action
        if action is StepAction.MARK_SENT:
            self.mark_sent()
        elif action in _LETTERS:
            self.draft(_LETTERS[action])

    def mark_sent(self) -> Sending | None:
        """Ask when and how the draft was sent, and record its receipt (day 0)."""
        if self.editor.request_id is None:
            return None
        from oiaassist.app.request_view.mark_sent import MarkSentDialog  # noqa: PLC0415 - on first use

        dialog = MarkSentDialog(self.window, today=lambda: self.editor.today)
        self.last_dialog = dialog
        sending = dialog.ask()
        dialog.deleteLater()
        if sending is None:
            return None
        self.record_sending(sending)
        return sending

    def record_sending(self, sending: Sending) -> None:
        """Put the receipt first among the events (the clock starts there)."""
        events = [e for e in self.editor.data.get("events") or [] if e.get("type") != "received"]
        self.editor.set_compose("sent_by", sending.how)
        self.timeline.replace_events([sending.event(), *events])

    def _page(self) -> None:
        self.stack.setCurrentIndex(EMPTY_PAGE if self.editor.request_id is None else REQUEST_PAGE)

    def show_header(self) -> None:
        """Redraw the title, the status badge and where the request stands."""
        data, a = self.editor.data, self.editor.assessment
        agency = str(data.get("agency") or _("New request"))
        subject = str(data.get("subject") or "")
        self.title_text.set_text(f"{agency} — {subject}" if subject else agency)
        if a is None:
            live.show(self.badge, _("Draft"), announce=True)
            self.badge.setStyleSheet(theme.badge_style(theme.status_colour("")))
            live.show(self.headline, _("Not yet complete enough to work out a deadline."))
        else:
            live.show(self.badge, status_label(a.status), announce=True)
            self.badge.setStyleSheet(theme.badge_style(theme.status_colour(a.status.value)))
            live.show(self.headline, f"{headline(a)} {deadline_line(a)}".strip(), announce=True)
        self.show_next_step()
        problem = self.editor.problem
        self.error.setVisible(problem is not None)
        live.show(self.error, problem.text if problem else "", announce=True)

    def draft(self, kind: Kind) -> LetterDialog:
        """Open the letter dialog for ``kind``."""
        dialog = LetterDialog(
            self.window, kind, self.editor, settings=self._settings, actions=self.actions
        )
        dialog.dialog.setModal(True)
        dialog.dialog.show()
        return dialog


def make_calculator(host: QWidget, *, today: date) -> Calculator:
    """The quick calculator inside the dock's host widget."""
    form = load_form("calculator")
    layout = host.layout()
    assert layout is not None
    layout.addWidget(form)
    return Calculator(form, today=today)
