"""The request view: its header (title, status, where it stands) and the three tabs.

Built on first use (after the main window is on screen), since it needs the
tracking and drafting libraries, which take a moment to import.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QLabel, QSplitter, QStackedWidget, QTabWidget, QWidget

from oiaassist.app import live, theme
from oiaassist.app.calculator import Calculator
from oiaassist.app.compose_tab import ComposeTab
from oiaassist.app.deadline_tab import DeadlineTab
from oiaassist.app.editor import RequestEditor
from oiaassist.app.elide import Elider
from oiaassist.app.forms import child, load_form
from oiaassist.app.letter_actions import LetterActions
from oiaassist.app.letter_dialog import LetterDialog
from oiaassist.app.letters import Kind
from oiaassist.app.settings import AppSettings
from oiaassist.app.splits import scrolled
from oiaassist.app.timeline_tab import TimelineTab
from oiaassist.i18n import _, medium_date
from oiaassist.tracking import Assessment, StepKind
from oiaassist.tracking.words import headline, status_label

EMPTY_PAGE, REQUEST_PAGE = 0, 1


def deadline_line(a: Assessment) -> str:
    """E.g. "Original deadline 11 October 2024; extended to 16 December 2024 (45 working days)"."""
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
            layout.addWidget(scrolled(forms[name], splitter))
        self.compose = ComposeTab(forms["compose"], editor, settings=settings, actions=actions)
        self.timeline = TimelineTab(forms["timeline"], editor)
        self.deadline = DeadlineTab(forms["deadline"], editor)
        self.timeline.draft_requested.connect(lambda kind: self.draft(Kind(kind)))
        editor.changed.connect(self.show_header)
        editor.loaded.connect(self._page)

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
            live.show(self.headline, f"{headline(a)} {deadline_line(a)}", announce=True)
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
