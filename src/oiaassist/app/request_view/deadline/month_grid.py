"""A month calendar that explains itself: non-working days shaded and named, milestones marked.

Painted directly (rather than a ``QCalendarWidget``) so each day can carry a
label ("Labour Day"), its working-day number in the count, milestone badges
("7", "10", "20", "Ext") and a tooltip with the reason and the section:
"Labour Day — not a working day (OIA s 2(1) "working day" (a))".
"""

from __future__ import annotations

import calendar as monthcal
from datetime import date, timedelta

from PySide6.QtCore import QEvent, QPoint, QRect, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QHelpEvent, QPainter, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from oiaassist.app.request_view.deadline.marks import Mark
from oiaassist.app.widgets import theme
from oiaassist.dates import nz_today
from oiaassist.deadlines import NonWorkingDay, WorkingDayCalendar
from oiaassist.i18n import _

WEEKDAYS = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
_HEADER = 26


class MonthGrid(QWidget):
    """One month, Monday first, six weeks high."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setAccessibleName(_("Month calendar"))
        self.today = nz_today()
        self.year, self.month = self.today.year, self.today.month
        self.calendar: WorkingDayCalendar | None = None
        self.marks: dict[date, list[Mark]] = {}
        self.numbers: dict[date, int] = {}
        self.deadline: date | None = None

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt API
        """A comfortable size (Qt API)."""
        return QSize(640, 460)

    def show_month(self, year: int, month: int) -> None:
        """Show another month."""
        self.year, self.month = year, month
        self.setAccessibleDescription(self.title())
        self.update()

    def step(self, months: int) -> None:
        """Move by ``months`` (negative: back)."""
        index = self.year * 12 + self.month - 1 + months
        self.show_month(index // 12, index % 12 + 1)

    def title(self) -> str:
        """E.g. "October 2024"."""
        return f"{monthcal.month_name[self.month]} {self.year}"

    def first_cell(self) -> date:
        """The Monday on or before the 1st of the month."""
        first = date(self.year, self.month, 1)
        return first - timedelta(days=first.weekday())

    # -- geometry ------------------------------------------------------------------------

    def _cell(self, index: int) -> QRect:
        width = (self.width() - 1) / 7
        height = (self.height() - _HEADER - 1) / 6
        column, row = index % 7, index // 7
        return QRect(
            round(column * width), round(_HEADER + row * height), round(width), round(height)
        )

    def day_at(self, point: QPoint) -> date | None:
        """The day under ``point``, if any."""
        for index in range(42):
            if self._cell(index).contains(point):
                return self.first_cell() + timedelta(days=index)
        return None

    def why(self, day: date) -> NonWorkingDay | None:
        """Why ``day`` is not a working day, or None."""
        if self.calendar is None:
            return None
        try:
            return self.calendar.why_not_working(day)
        except ValueError:  # outside the calendar's coverage
            return None

    def describe(self, day: date) -> str:
        """The tooltip of a day: its reasons, its count and its milestones."""
        lines = [f"{day:%A} {day.day} {day:%B %Y}"]
        reason = self.why(day)
        if reason is not None:
            for r in reason.reasons:
                lines.append(
                    _("{reason} — not a working day ({citation})").format(
                        reason=r.label, citation=r.citation.short
                    )
                )
        if day in self.numbers:
            lines.append(_("Working day {n} of the count").format(n=self.numbers[day]))
        lines += [m.text for m in self.marks.get(day, [])]
        return "\n".join(lines)

    def event(self, event: QEvent) -> bool:
        """Tooltips per day (Qt API)."""
        if event.type() is QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            day = self.day_at(event.pos())
            if day is not None:
                QToolTip.showText(event.globalPos(), self.describe(day), self)
            else:
                QToolTip.hideText()
            return True
        return super().event(event)

    # -- painting ------------------------------------------------------------------------

    def paintEvent(self, _event: QPaintEvent) -> None:  # noqa: N802 - Qt API
        """Draw the month (Qt API)."""
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        painter.fillRect(self.rect(), palette.color(QPalette.ColorRole.Base))
        bold = QFont(self.font())
        bold.setBold(True)
        painter.setFont(bold)
        width = (self.width() - 1) / 7
        for column, name in enumerate(WEEKDAYS):
            rect = QRect(round(column * width), 0, round(width), _HEADER)
            painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, name)
        first = self.first_cell()
        for index in range(42):
            self._paint_day(painter, self._cell(index), first + timedelta(days=index))
        painter.end()

    def _paint_day(self, painter: QPainter, rect: QRect, day: date) -> None:
        palette = self.palette()
        text = palette.color(QPalette.ColorRole.Text)
        in_month = day.month == self.month
        reason = self.why(day)
        if reason is not None:
            painter.fillRect(rect, theme.pick(theme.NON_WORKING, palette))
        painter.setPen(QPen(palette.color(QPalette.ColorRole.Mid), 1))
        painter.setBrush(Qt.BrushStyle.NoBrush)  # a badge's fill must not leak into the border
        painter.drawRect(rect)
        # the neighbouring months' days in a solid grey that passes AA (a faded text did not)
        faint = QColor(text) if in_month else theme.pick(theme.OUTSIDE_MONTH, palette)
        inner = rect.adjusted(5, 3, -5, -3)
        font = QFont(self.font())
        font.setBold(day == self.today)
        painter.setFont(font)
        painter.setPen(faint)
        painter.drawText(
            inner, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop, str(day.day)
        )
        small = QFont(self.font())
        small.setPointSizeF(max(6.5, self.font().pointSizeF() * 0.78))
        painter.setFont(small)
        if day in self.numbers and in_month:
            painter.setPen(theme.pick(theme.OUTSIDE_MONTH, palette))
            painter.drawText(
                inner,
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop,
                f"wd {self.numbers[day]}",
            )
        if reason is not None and reason.reason.code.value != "weekend" and in_month:
            painter.setPen(faint)
            label = painter.fontMetrics().elidedText(
                reason.reason.label, Qt.TextElideMode.ElideRight, inner.width()
            )
            painter.drawText(
                inner.adjusted(0, 16, 0, 0),
                Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop,
                label,
            )
        self._paint_marks(painter, inner, day, in_month)

    def _paint_marks(self, painter: QPainter, inner: QRect, day: date, in_month: bool) -> None:
        marks = self.marks.get(day, [])
        if day == self.deadline:
            painter.setPen(QPen(theme.pick(theme.DUE, self.palette()), 2.5))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRoundedRect(QRectF(inner.adjusted(-3, -1, 3, 1)), 4, 4)
        x = inner.left()
        metrics = painter.fontMetrics()
        for mark in marks:
            colour = theme.pick(theme.DUE if day == self.deadline else theme.MARK, self.palette())
            if not in_month:
                colour.setAlpha(110)
            width = metrics.horizontalAdvance(mark.badge) + 10
            badge = QRectF(x, inner.bottom() - metrics.height() - 2, width, metrics.height() + 2)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(colour)
            painter.drawRoundedRect(badge, 6, 6)
            painter.setPen(QColor("#111111" if theme.is_dark(self.palette()) else "#ffffff"))
            painter.drawText(badge, Qt.AlignmentFlag.AlignCenter, mark.badge)
            x += width + 3
