"""The "My requests" table: a model over the store's list rows.

Everything shown comes from the stored list columns, so the list appears
without loading the tracking library; statuses are refreshed for today once
the window is up (:mod:`.startup`).
"""

from __future__ import annotations

from datetime import date
from enum import IntEnum

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QFont

from oiaassist.app.widgets import icons, theme
from oiaassist.app.widgets.day_words import short_day
from oiaassist.i18n import _
from oiaassist.storage import RequestRow

SORT_ROLE = Qt.ItemDataRole.UserRole + 1
ID_ROLE = Qt.ItemDataRole.UserRole + 2
STATUS_ROLE = Qt.ItemDataRole.UserRole + 3

Index = QModelIndex | QPersistentModelIndex

NEEDS_ME = {
    "overdue": 0, "not_sent": 1, "": 1, "release_delayed": 2, "decided_late": 3,
    "decided_possibly_late": 4,
    "possibly_overdue": 4, "due_soon": 5, "awaiting": 6, "decided_on_time": 7, "released": 8,
    "withdrawn": 9, "no_time_limit": 6,
}  # fmt: skip
"""Sorting by Status puts what needs the user first (the same order as
:data:`oiaassist.tracking.next_step.NEEDS_ME`, kept here by value so the list
does not import the tracking library at start-up)."""


class Column(IntEnum):
    """The table's columns."""

    AGENCY = 0
    SUBJECT = 1
    STATUS = 2
    DUE = 3
    DAYS = 4


def headers() -> tuple[str, ...]:
    """The column titles."""
    return (_("Agency"), _("Subject"), _("Status"), _("Due"), _("Days"))


def header_tips() -> tuple[str, ...]:
    """The column titles' tooltips ("" for none)."""
    return (
        "",
        "",
        _("Sort by status to see what needs you first: overdue, not sent, then the rest"),
        _("The deadline now"),
        _("Working days left, or working days late"),
    )


def due_text(day: date | None) -> str:
    """E.g. "Mon 16 Dec 2024"."""
    return short_day(day) if day else "—"


def days_text(row: RequestRow) -> str:
    """E.g. "8 left", "3 late", "due today"; "—" once decided."""
    s = row.summary
    if s.days_late:
        return _("{n} late").format(n=s.days_late) if s.status == "overdue" else "—"
    if s.days_left is None:
        return "—"
    return _("due today") if s.days_left == 0 else _("{n} left").format(n=s.days_left)


def _days_key(row: RequestRow) -> int:
    s = row.summary
    if s.status == "overdue" and s.days_late is not None:
        return -s.days_late
    return s.days_left if s.days_left is not None else 1_000_000


class RequestListModel(QAbstractTableModel):
    """Rows of the store, one per request."""

    def __init__(self) -> None:
        super().__init__()
        self._rows: list[RequestRow] = []

    def set_rows(self, rows: list[RequestRow]) -> None:
        """Replace every row."""
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def upsert(self, row: RequestRow) -> None:
        """Update the row with ``row.id``, or add it."""
        for i, old in enumerate(self._rows):
            if old.id == row.id:
                self._rows[i] = row
                last = len(Column) - 1
                self.dataChanged.emit(self.index(i, 0), self.index(i, last))
                return
        self.beginInsertRows(QModelIndex(), len(self._rows), len(self._rows))
        self._rows.append(row)
        self.endInsertRows()

    def remove(self, request_id: int) -> None:
        """Drop the row with this id, if shown."""
        for i, old in enumerate(self._rows):
            if old.id == request_id:
                self.beginRemoveRows(QModelIndex(), i, i)
                del self._rows[i]
                self.endRemoveRows()
                return

    def row_at(self, row: int) -> RequestRow:
        """The store row behind table row ``row``."""
        return self._rows[row]

    def rows(self) -> list[RequestRow]:
        """All rows."""
        return list(self._rows)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802 - Qt API
        """Number of requests (Qt API)."""
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802 - Qt API
        """Number of columns (Qt API)."""
        return 0 if parent.isValid() else len(Column)

    def headerData(  # noqa: N802 - Qt API
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        """Column titles (Qt API)."""
        if orientation is Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return headers()[section]
        if orientation is Qt.Orientation.Horizontal and role == Qt.ItemDataRole.ToolTipRole:
            return header_tips()[section] or None
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        """A cell's text, sort key, colour dot or tooltip (Qt API)."""
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        column = Column(index.column())
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self._text(row, column)
        if role == SORT_ROLE:
            return self._sort_key(row, column)
        if role == Qt.ItemDataRole.DecorationRole:
            status = column is Column.STATUS
            return icons.dot(theme.status_colour(row.summary.status)) if status else None
        return self._other(row, role)

    def _other(self, row: RequestRow, role: int) -> object:
        if role == ID_ROLE:
            return row.id
        if role == STATUS_ROLE:
            return row.summary.status
        if role == Qt.ItemDataRole.FontRole and row.summary.status == "overdue":
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ToolTipRole:
            s = row.summary
            due = f"\n{self._text(row, Column.DUE)}" if s.due is not None else ""
            return f"{s.agency}\n{s.subject}\n{self._text(row, Column.STATUS)}{due}"
        return None

    @staticmethod
    def _text(row: RequestRow, column: Column) -> str:
        s = row.summary
        if column is Column.AGENCY:
            return s.agency or _("(no agency yet)")
        if column is Column.SUBJECT:
            tags = "".join(f"  #{t}" for t in row.tags)
            return (s.subject or _("(no subject)")) + tags
        if column is Column.STATUS:
            text = s.status_text or (_("Draft") if not s.valid else s.status)
            return _("{status} (archived)").format(status=text) if row.archived else text
        if column is Column.DUE:
            return due_text(s.due)
        return days_text(row)

    @staticmethod
    def _sort_key(row: RequestRow, column: Column) -> object:
        s = row.summary
        if column is Column.DUE:
            return s.due.isoformat() if s.due else "9999"
        if column is Column.DAYS:
            return _days_key(row)
        if column is Column.STATUS:  # "needs me": the most urgent first, then by days left
            return NEEDS_ME.get(s.status, 10) * 10_000_000 + _days_key(row) + 1_000_000
        return RequestListModel._text(row, column).casefold()
