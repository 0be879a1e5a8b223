"""A date field that takes typing: "18 Dec 2025", "18/12/2025", "today".

A ``QDateEdit`` ignores "18 Dec 2025", reads "02" in its month section as
nothing, and moves on with Tab, so the next keystrokes land in another field.
This is a line edit read by the same parser as the command line
(:func:`oiaassist.dates.parse_date`, day first), with a calendar button.
When the field loses focus or Enter is pressed, a good date is rewritten with
its weekday ("Thu 18 Dec 2025"); a bad one stays as typed, marked, with what
was wrong said under the field and in its tooltip.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import shiboken6
from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtWidgets import (
    QCalendarWidget,
    QDateEdit,
    QHBoxLayout,
    QLabel,
    QLayout,
    QLineEdit,
    QMenu,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
    QWidgetAction,
)

from oiaassist.app.widgets import icons, live, theme
from oiaassist.app.widgets.day_words import short_day
from oiaassist.app.widgets.nesting import nest
from oiaassist.app.widgets.qdates import to_date, to_qdate
from oiaassist.dates import parse_date
from oiaassist.errors import InputError
from oiaassist.i18n import _


class DateField(QWidget):
    """A typed date with a calendar button and a line saying what was wrong."""

    date_changed = Signal(object)
    """A new valid date (a ``datetime.date``), or None when an optional field is cleared."""

    def __init__(
        self,
        value: date | None = None,
        *,
        today: Callable[[], date] | None = None,
        optional: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._today = today
        self._optional = optional
        self._value: date | None = None
        self.problem: str = ""
        self.edit = QLineEdit(self)
        self.edit.setPlaceholderText(_("e.g. 18 Dec 2025, 18/12/2025 or today"))
        self.button = QToolButton(self)
        self.button.setIcon(icons.icon("today"))
        self.button.setToolTip(_("Choose from a calendar"))
        self.set_name(_("Date"))
        self.button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.calendar = QCalendarWidget()
        self.calendar.setGridVisible(False)
        menu = QMenu(self.button)
        holder = QWidgetAction(menu)
        holder.setDefaultWidget(self.calendar)
        menu.addAction(holder)
        menu.aboutToShow.connect(self._calendar_shown)
        self.button.setMenu(menu)
        self._menu = menu
        self.calendar.clicked.connect(self._clicked)
        self.error = QLabel(self)
        self.error.setObjectName("dateProblemLabel")
        self.error.setWordWrap(True)
        live.caption(self.error, _("Problem"))
        self.error.setStyleSheet(f"color: {theme.severity_colour('problem').name()}")
        self.error.hide()
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        nest(column, row)
        row.addWidget(self.edit, 1)
        row.addWidget(self.button)
        column.addWidget(self.error)
        self.setFocusProxy(self.edit)
        self.edit.editingFinished.connect(self.commit)
        self.set_date(value)

    def set_name(self, name: str) -> None:
        """Name the field for a screen reader: its line edit, and its calendar button after it.

        Two date fields in one dialog ("Sent on", "Received on") each had a button
        heard only as "Choose from a calendar".
        """
        self.edit.setAccessibleName(name)
        self.button.setAccessibleName(_("{field}: choose from a calendar").format(field=name))

    # -- the value ------------------------------------------------------------------

    def value(self) -> date | None:
        """The last valid date (None: empty, or never valid)."""
        return self._value

    def set_date(self, value: date | None) -> None:
        """Show ``value`` (with its weekday) without emitting :attr:`date_changed`."""
        self._value = value
        self.edit.setText(short_day(value) if value else "")
        self._say("")

    def commit(self) -> bool:
        """Read what was typed; return whether it is a date (or an allowed empty field)."""
        text = self.edit.text().strip()
        if self._value is not None and text == short_day(self._value):
            self._say("")  # unchanged (and perhaps in te reo, which the parser does not read)
            return True
        if not text and self._optional:
            self._say("")
            if self._value is not None:
                self._value = None
                self.date_changed.emit(None)
            return True
        if not text:
            self._say(_("Type a date, e.g. 18 Dec 2025, 18/12/2025 or today."))
            return False
        try:
            day = parse_date(text, _("date"), today=self._today() if self._today else None)
        except InputError as exc:
            self._say(_("“{text}” {problem}").format(text=exc.value, problem=exc.problem))
            return False
        self._picked(day)
        return True

    # -- internals ------------------------------------------------------------------

    def _clicked(self, day: QDate) -> None:
        self._menu.close()
        self._picked(to_date(day))

    def _picked(self, day: date) -> None:
        changed = day != self._value
        self.set_date(day)
        if changed:
            self.date_changed.emit(day)

    def _calendar_shown(self) -> None:
        day = self._value or (self._today() if self._today else None)
        if day is not None:
            self.calendar.setSelectedDate(to_qdate(day))

    def _say(self, problem: str) -> None:
        self.problem = problem
        live.show(self.error, problem, announce=True)
        self.error.setVisible(bool(problem))
        self.edit.setToolTip(problem)
        colour = theme.severity_colour("problem").name()
        self.edit.setStyleSheet(f"border: 2px solid {colour}" if problem else "")
        self.edit.setAccessibleDescription(problem)


def replace_date_edit(
    old: QDateEdit, *, today: Callable[[], date] | None = None, optional: bool = False
) -> DateField:
    """Put a :class:`DateField` where a ``.ui`` file has a ``QDateEdit``.

    It keeps the old widget's place in its layout, its accessible name, tooltip,
    buddy label and place in the tab order; the old widget is hidden and deleted.
    """
    parent = old.parentWidget()
    field = DateField(to_date(old.date()), today=today, optional=optional, parent=parent)
    field.setObjectName(f"{old.objectName()}Field")
    field.set_name(old.accessibleName() or _("Date"))
    field.edit.setToolTip(old.toolTip())
    # Not the old widget's size policy: a QDateEdit's "Minimum" made its width hint a
    # minimum, and two of them made the Compose tab scroll sideways.
    field.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
    if parent is not None:
        for layout in parent.findChildren(QLayout):
            if layout.indexOf(old) >= 0:
                # The old widget's layout item is the caller's to delete (Qt's contract);
                # deleted here and now, no Python wrapper of it outlives it.
                item = layout.replaceWidget(old, field)
                if item is not None:
                    shiboken6.delete(item)
                break
        for label in parent.findChildren(QLabel):
            if label.buddy() is old:
                label.setBuddy(field.edit)
        QWidget.setTabOrder(old, field.edit)
    old.hide()
    old.setEnabled(False)
    old.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    old.deleteLater()
    return field
