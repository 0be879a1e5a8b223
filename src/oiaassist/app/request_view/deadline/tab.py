"""The Deadline tab: the month calendar and the trail of why the deadline is that date."""

from __future__ import annotations

import html
from datetime import date

from PySide6.QtCore import QObject
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QToolButton,
    QWidget,
)

from oiaassist.app.request_view.deadline.marks import (
    marks_for,
    trail,
    weekend_text,
    working_day_numbers,
)
from oiaassist.app.request_view.deadline.month_grid import MonthGrid
from oiaassist.app.request_view.editor import RequestEditor
from oiaassist.app.widgets import icons, live, theme
from oiaassist.app.widgets.day_words import short_day
from oiaassist.app.widgets.forms import child
from oiaassist.app.widgets.splits import wrap_height
from oiaassist.deadlines import calendar_for
from oiaassist.i18n import _, long_date
from oiaassist.tracking.words import headline, status_label, unrecorded_line


def legend_html() -> str:
    """The legend under the calendar, with the colours it uses."""
    swatch = icons.swatch_uri(theme.pick(theme.NON_WORKING), theme.pick(theme.NON_WORKING_DOT))
    mark = theme.pick(theme.MARK).name()
    due = theme.pick(theme.DUE).name()
    return (
        f'<img src="{swatch}" width="14" height="14"> not a working day '
        f'(hover for why) &nbsp; <b style="color:{mark}">Rec</b> received &nbsp; '
        f'<b style="color:{mark}">7</b> last day to seek clarification &nbsp; '
        f'<b style="color:{mark}">10</b> last day to transfer &nbsp; '
        f'<b style="color:{mark}">20</b> original deadline &nbsp; '
        f'<b style="color:{mark}">Ext</b> extended &nbsp; '
        f'<b style="color:{due}">▢</b> the deadline now &nbsp; wd&nbsp;n: working day n'
    )


class DeadlineTab(QObject):
    """Binds ``deadline.ui`` to the editor."""

    def __init__(self, form: QWidget, editor: RequestEditor) -> None:
        super().__init__(form)
        self.editor = editor
        self.grid = MonthGrid(form)
        child(form, QWidget, "monthGridHost").layout().addWidget(self.grid)  # type: ignore[union-attr]
        self.month_label = child(form, QLabel, "monthLabel")
        self.summary = child(form, QLabel, "deadlineSummary")
        live.caption(self.month_label, _("Month shown"))
        self.trail = child(form, QListWidget, "trailList")
        splitter = child(form, QSplitter, "deadlineSplitter")
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        legend = child(form, QLabel, "legendLabel")
        live.caption(legend, _("Legend"))
        live.show(legend, legend_html())
        wrap_height(legend)
        prev = child(form, QToolButton, "prevMonthButton")
        nxt = child(form, QToolButton, "nextMonthButton")
        prev.setIcon(icons.icon("prev"))
        nxt.setIcon(icons.icon("next"))
        prev.clicked.connect(lambda: self.step(-1))
        nxt.clicked.connect(lambda: self.step(1))
        QShortcut(
            QKeySequence(QKeySequence.StandardKey.MoveToPreviousPage), form, lambda: self.step(-1)
        )
        QShortcut(QKeySequence(QKeySequence.StandardKey.MoveToNextPage), form, lambda: self.step(1))
        self.received_button = child(form, QPushButton, "receivedMonthButton")
        self.due_button = child(form, QPushButton, "dueMonthButton")
        self.received_button.clicked.connect(lambda: self._go(self._received()))
        self.due_button.clicked.connect(lambda: self._go(self._due()))
        editor.loaded.connect(lambda: self._go(self._due()))
        editor.changed.connect(self.show_assessment)

    def step(self, months: int) -> None:
        """Show the previous or next month."""
        self.grid.step(months)
        live.show(self.month_label, self.grid.title())

    def _go(self, day: date | None) -> None:
        day = day or self.editor.today
        self.grid.show_month(day.year, day.month)
        live.show(self.month_label, self.grid.title())

    def _received(self) -> date | None:
        return self.editor.request.received if self.editor.request else None

    def _due(self) -> date | None:
        a = self.editor.assessment
        return a.effective_deadline if a else None

    def show_assessment(self) -> None:
        """Redraw the marks, the count and the trail."""
        request, a = self.editor.request, self.editor.assessment
        self.trail.clear()
        grid = self.grid
        grid.today = self.editor.today
        if request is None or a is None:
            grid.marks, grid.numbers, grid.deadline = {}, {}, None
            grid.calendar = None
            problem = self.editor.problem.text if self.editor.problem else ""
            live.show(self.summary, _("No deadline yet. {problem}").format(problem=problem))
            grid.update()
            return
        grid.calendar = calendar_for(a.act, a.region)
        if a.effective_deadline is None:  # a draft, or a body no time limit of the Act binds
            grid.marks, grid.numbers, grid.deadline = {}, {}, None
            label = status_label(a.status)
            note = f"<br>{html.escape(a.outside_note)}" if a.outside_note else ""
            live.show(
                self.summary,
                f"<b>{label}</b> — {a.act.statute.title}.<br>{html.escape(headline(a))}{note}",
            )
            grid.update()
            return
        grid.marks = {}
        for mark in marks_for(request, a):
            grid.marks.setdefault(mark.day, []).append(mark)
        grid.numbers = working_day_numbers(a)
        grid.deadline = a.effective_deadline
        grid.update()
        where = f"{a.act.statute.title}{', ' + a.region if a.region else ''}"
        due = (
            _("Due {day} or later").format(day=long_date(a.effective_deadline))
            if a.unrecorded_extension is not None  # the extension's end is not recorded
            else _("Due {day}").format(day=long_date(a.effective_deadline))
        )
        live.show(self.summary, f"<b>{due}</b> — {where}.<br>{headline(a)}", announce=True)
        for step in trail(a):
            top = QListWidgetItem(step.line)
            font = top.font()
            font.setBold(True)
            top.setFont(font)
            self.trail.addItem(top)
            lines = [
                f"• {short_day(skipped.day)}: "
                + "; ".join(f"{r.label} ({r.citation.short})" for r in skipped.reasons)
                for skipped in step.named
            ]
            if step.weekends:
                weekends = _("Weekends ({citation}): {days}").format(
                    citation=step.weekend_citation, days=weekend_text(step.weekends)
                )
                lines.append(f"• {weekends}")
            for line in lines or ["• " + _("No days skipped.")]:
                self.trail.addItem(QListWidgetItem(line))
        if a.unrecorded_extension is not None:
            last = QListWidgetItem(
                unrecorded_line(a) + ". " + _("Add the period from the notice in the timeline.")
            )
            font = last.font()
            font.setBold(True)
            last.setFont(font)
            self.trail.addItem(last)
