"""The Timeline tab: what happened, what the law says about it, and one-click letters.

Events are added from a menu and edited with date pickers; the findings,
the refinement what-if and the letter buttons follow every edit at once.
"""

from __future__ import annotations

from datetime import date
from functools import partial
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QSignalBlocker, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QGroupBox,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QToolButton,
    QWidget,
)

from oiaassist.app.letters.build import Kind
from oiaassist.app.request_view.editor import RequestEditor
from oiaassist.app.request_view.timeline.event_editor import EventEditor
from oiaassist.app.request_view.timeline.event_fields import describe, new_event
from oiaassist.app.request_view.timeline.event_words import EVENT_TYPES, event_label
from oiaassist.app.widgets import icons, live, theme
from oiaassist.app.widgets.day_words import padded_day, short_day
from oiaassist.app.widgets.forms import child
from oiaassist.app.widgets.qdates import parse_iso
from oiaassist.app.widgets.splits import share
from oiaassist.i18n import _, medium_date
from oiaassist.law.acts import Act
from oiaassist.tracking import Assessment, Status

if TYPE_CHECKING:
    from oiaassist.app.letters.import_dialog import LetterImport


def severity_word(severity: str) -> str:
    """E.g. "Warning", said beside a finding's coloured dot."""
    words = {"info": _("Information"), "warning": _("Warning"), "problem": _("Problem")}
    return words.get(severity, severity)


def what_if_text(assessment: Assessment) -> str:
    """The refinement what-if in words (empty when no proposal is pending)."""
    w = assessment.what_if
    if w is None:
        return ""
    window = (
        _(
            "It was asked within 7 working days of receipt, so if you accept, the agency may "
            "treat your amended request as a new one and the 20 working days start again."
        )
        if w.can_restart
        else _(
            "It was asked after the 7-working-day window, so accepting does not restart the clock."
        )
    )
    lines = [
        _("The agency's proposal of {day} waits for your reply.").format(
            day=medium_date(w.sought_on)
        )
        + " "
        + window,
        "• "
        + _("Accept today: the response is due by {day}.").format(day=medium_date(w.if_accepted)),
        "• " + _("Decline: it stays due by {day}.").format(day=medium_date(w.if_declined)),
        f"({w.citation})",
    ]
    return "\n".join(lines)


class TimelineTab(QObject):
    """Binds ``timeline.ui`` to the editor."""

    draft_requested = Signal(str)
    """A letter kind (:class:`~oiaassist.app.letters.build.Kind` value) to draft."""

    def __init__(self, form: QWidget, editor: RequestEditor) -> None:
        super().__init__(form)
        self.form = form
        self.editor = editor
        self.events: list[dict[str, Any]] = []
        self.table = child(form, QTableWidget, "eventsTable")
        self.findings = child(form, QListWidget, "findingsList")
        self.what_if_group = child(form, QGroupBox, "whatIfGroup")
        self.what_if = child(form, QLabel, "whatIfLabel")
        self.event_editor = EventEditor(child(form, QGroupBox, "eventEditorGroup"), self._edited)
        # Two columns, the second stretching and elided, with the full text as a tooltip:
        # a third "Details" column made the table scroll sideways in half a window.
        self.table.setColumnCount(2)
        self.table.setHorizontalHeaderLabels([_("Date"), _("What happened")])
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.setWordWrap(False)
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        share(child(form, QSplitter, "timelineSplitter"), 1, 1)
        self.table.currentCellChanged.connect(lambda row, *_: self._select(row))
        add = child(form, QToolButton, "addEventButton")
        add.setIcon(icons.icon("add"))
        menu = QMenu(add)
        for kind in EVENT_TYPES:
            menu.addAction(event_label(kind), partial(self.add_event, kind))
        add.setMenu(menu)
        # The tooltip promised Ctrl+Shift+N; nothing was bound to it.
        shortcut = QShortcut(QKeySequence("Ctrl+Shift+N"), form)
        shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        shortcut.activated.connect(add.showMenu)
        self.add_shortcut = shortcut
        from_letter = child(form, QToolButton, "letterEventsButton")
        from_letter.setIcon(icons.icon("import"))
        from_letter.clicked.connect(lambda _c=False: self.open_letter_import())
        remove = child(form, QToolButton, "removeEventButton")
        remove.setIcon(icons.icon("remove"))
        remove.clicked.connect(self.remove_event)
        self.draft_buttons: dict[Kind, QPushButton] = {
            Kind.REFINEMENT_REPLY: child(form, QPushButton, "draftRefinementButton"),
            Kind.REMINDER: child(form, QPushButton, "draftReminderButton"),
            Kind.GROUNDS: child(form, QPushButton, "draftGroundsButton"),
            Kind.COMPLAINT: child(form, QPushButton, "draftComplaintButton"),
        }
        for kind, button in self.draft_buttons.items():
            button.setIcon(icons.icon("letter"))
            button.clicked.connect(lambda _c=False, k=kind: self.draft_requested.emit(k.value))
        editor.loaded.connect(self.show_request)
        editor.changed.connect(self.show_assessment)

    # -- events ------------------------------------------------------------------------

    def show_request(self) -> None:
        """Show the events of the request now being edited."""
        self.events = list(self.editor.data.get("events") or [])
        self._fill_table()
        self._select(self.table.currentRow())

    def _fill_table(self, selected: dict[str, Any] | None = None) -> None:
        with QSignalBlocker(self.table):
            self.table.setRowCount(len(self.events))
            for row, event in enumerate(self.events):
                day = parse_iso(event.get("date"))
                label, details = event_label(str(event.get("type"))), describe(event)
                cells = (
                    short_day(day) if day else "?",
                    f"{label} — {details}" if details else label,
                )
                for column, text in enumerate(cells):
                    self._set_cell(row, column, text)
            row = next((i for i, e in enumerate(self.events) if e is selected), -1)
            if row < 0 and self.events:
                row = len(self.events) - 1
            self.table.setCurrentCell(row, 0)

    def _set_cell(self, row: int, column: int, text: str) -> None:
        # Only what changed: every new item makes the table re-measure its columns,
        # which made one edit of a 50-event request take ~40 ms.
        item = self.table.item(row, column)
        if item is None:
            item = QTableWidgetItem(text)
            item.setToolTip(text)
            self.table.setItem(row, column, item)
        elif item.text() != text:
            item.setText(text)
            item.setToolTip(text)

    def _select(self, row: int) -> None:
        event = self.events[row] if 0 <= row < len(self.events) else None
        a = self.editor.assessment
        self.event_editor.act = a.act if a is not None else Act.OIA
        if event is not self.event_editor.current or event is None:
            self.event_editor.show_event(event)

    def add_event(self, kind: str, day: date | None = None) -> dict[str, Any] | None:
        """Add an event of type ``kind`` on ``day`` and select it.

        Without ``day``, ask for it (suggesting the likely one): an event dated today
        by default raised "late" findings before the user had chosen its date.
        """
        if day is None:
            day = self.ask_date(kind)
            if day is None:
                return None
        event = new_event(kind, day)
        self.events = self.editor.set_events([*self.events, event])
        self._fill_table(selected=event)
        self.event_editor.show_event(event)
        date_field = self.event_editor.widgets.get("date")
        if date_field is not None:  # the work is in the new event, starting with its date
            date_field.setFocus(Qt.FocusReason.OtherFocusReason)
        return event

    def ask_date(self, kind: str) -> date | None:
        """Ask when a new ``kind`` event happened (None if cancelled)."""
        from oiaassist.app.request_view.timeline.event_date import EventDateDialog, suggested_date  # noqa: PLC0415

        dates = [d for d in (parse_iso(e.get("date")) for e in self.events) if d is not None]
        suggested = suggested_date(
            kind, self.editor.assessment, today=self.editor.today, after=max(dates, default=None)
        )
        dialog = EventDateDialog(
            self.form.window(), kind, suggested, today=lambda: self.editor.today
        )
        try:
            return dialog.ask()
        finally:
            dialog.deleteLater()

    def replace_events(self, events: list[dict[str, Any]]) -> None:
        """Set all the events at once (events read from a letter), selecting the last added."""
        added = [e for e in events if not any(e is old for old in self.events)]
        self.events = self.editor.set_events(events)
        self._fill_table(selected=added[-1] if added else None)
        self._select(self.table.currentRow())

    def open_letter_import(self) -> LetterImport:
        """Open the dialog that reads the agency's letter and adds the events it states."""
        from oiaassist.app.letters.import_dialog import LetterImport  # noqa: PLC0415 - on first use

        dialog = LetterImport(self.form.window(), self.editor, self.replace_events)
        dialog.setParent(dialog.dialog)
        dialog.dialog.finished.connect(dialog.dialog.deleteLater)  # and the binding, its child
        dialog.show()
        return dialog

    def remove_event(self) -> None:
        """Remove the selected event."""
        row = self.table.currentRow()
        if 0 <= row < len(self.events):
            self.events = self.editor.set_events(self.events[:row] + self.events[row + 1 :])
            self._fill_table()
            self._select(self.table.currentRow())

    def _edited(self) -> None:
        current = self.event_editor.current
        self.events = self.editor.set_events(self.events)
        self._fill_table(selected=current)

    # -- assessment ----------------------------------------------------------------------

    def show_assessment(self) -> None:
        """Redraw the findings, the what-if and which letters can be drafted."""
        a = self.editor.assessment
        self.findings.clear()
        if self.editor.problem is not None:
            item = QListWidgetItem(
                _("Cannot assess yet. {problem}").format(problem=self.editor.problem.text)
            )
            item.setIcon(icons.dot(theme.severity_colour("problem")))
            self.findings.addItem(item)
        for finding in a.findings if a else ():
            severity = finding.severity.value
            day = f"{padded_day(finding.day)} — " if finding.day else ""
            item = QListWidgetItem(
                f"{severity_word(severity)}: {day}{finding.message}\n{finding.citation}"
            )
            item.setIcon(icons.dot(theme.severity_colour(severity)))
            item.setData(Qt.ItemDataRole.AccessibleTextRole, f"{severity}: {finding.message}")
            self.findings.addItem(item)
        text = what_if_text(a) if a else ""
        self.what_if_group.setVisible(bool(text))
        live.show(self.what_if, text)
        self._enable_letters(a)

    def _enable_letters(self, a: Assessment | None) -> None:
        # The editor's events, not self.events: the editor says "changed" (and so calls
        # this) before set_events returns the list this tab keeps, which lagged one edit.
        kinds = {str(e.get("type")) for e in self.editor.data.get("events") or []}
        reasons: dict[Kind, str] = {
            Kind.REFINEMENT_REPLY: ""
            if "clarification_sought" in kinds
            else _("Record the agency's clarification or refinement request first."),
            Kind.REMINDER: ""
            if a is not None and a.status is Status.OVERDUE
            else _("A reminder is for a request whose deadline has passed without a decision."),
            Kind.GROUNDS: ""
            if "decision_notified" in kinds
            else _("Record the agency's decision first."),
            Kind.COMPLAINT: "" if a is not None else _("Complete the request first."),
        }
        if a is not None and a.status is Status.NOT_SENT:  # no agency has it yet
            reasons = dict.fromkeys(reasons, _("Mark the request as sent first."))
        elif a is not None and a.outside_note:  # these letters cite sections that do not bind it
            reasons = dict.fromkeys(reasons, a.outside_note)
        for kind, button in self.draft_buttons.items():
            button.setEnabled(not reasons[kind])
            button.setToolTip(
                reasons[kind] or _("Draft: {letter}").format(letter=button.text().rstrip("…"))
            )
