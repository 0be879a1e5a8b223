"""Which requests the list shows: a filter (open, overdue, due this week…) and a search."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta
from enum import IntEnum

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QSortFilterProxyModel

from oiaassist.app.request_list.model import SORT_ROLE, RequestListModel
from oiaassist.storage import RequestRow

OPEN_STATUSES = frozenset({
    "", "not_sent", "awaiting", "due_soon", "overdue", "possibly_overdue", "no_time_limit",
})  # fmt: skip
"""Undecided requests, and drafts (not sent, or not yet complete enough to assess: "")."""


class Show(IntEnum):
    """The filter choices, in the order of the filter combo box."""

    OPEN = 0
    OVERDUE = 1
    DUE_THIS_WEEK = 2
    CLOSED = 3
    ARCHIVED = 4
    ALL = 5


class RequestFilter(QSortFilterProxyModel):
    """Filters and sorts :class:`RequestListModel` rows."""

    def __init__(self, model: RequestListModel, *, today: date) -> None:
        super().__init__()
        self._model = model
        self.setSourceModel(model)
        self.setSortRole(SORT_ROLE)
        self._show = Show.OPEN
        self._words: list[str] = []
        self._tag: str | None = None
        self.today = today
        self.pinned: int | None = None
        """The request being edited: always shown, so an edit that changes its status
        (a decision closes it) never makes it vanish from under the user."""

    def set_show(self, show: Show) -> None:
        """Choose which requests to show."""
        self._refilter(lambda: setattr(self, "_show", show))

    def set_search(self, text: str) -> None:
        """Show only requests whose agency or subject contain every word of ``text``."""
        words = text.casefold().split()
        self._refilter(lambda: setattr(self, "_words", words))

    def set_tag(self, tag: str | None) -> None:
        """Show only requests tagged ``tag`` (None: any)."""
        self._refilter(lambda: setattr(self, "_tag", tag.casefold() if tag else None))

    def _refilter(self, change: Callable[[], None]) -> None:
        # Qt 6.10 replaced invalidateFilter() with begin/endFilterChange().
        if hasattr(self, "beginFilterChange"):
            self.beginFilterChange()
            change()
            self.endFilterChange()
        else:
            change()
            self.invalidateFilter()

    def filterAcceptsRow(  # noqa: N802 - Qt API
        self, source_row: int, source_parent: QModelIndex | QPersistentModelIndex
    ) -> bool:
        """Whether a row passes the filter and the search (Qt API)."""
        row = self._model.row_at(source_row)
        return row.id == self.pinned or (
            self._found(row) and self._shown(row) and self._tagged(row)
        )

    def _tagged(self, row: RequestRow) -> bool:
        return self._tag is None or self._tag in (t.casefold() for t in row.tags)

    def _found(self, row: RequestRow) -> bool:
        s = row.summary
        tags = " ".join(f"#{t}" for t in row.tags)
        haystack = f"{s.agency} {s.subject} {s.status_text} {tags}".casefold()
        return all(word in haystack for word in self._words)

    def _shown(self, row: RequestRow) -> bool:
        if self._show is Show.ALL:
            return True
        if self._show is Show.ARCHIVED or row.archived:
            return self._show is Show.ARCHIVED and row.archived
        s = row.summary
        week_end = self.today + timedelta(days=6 - self.today.weekday())
        tests = {
            Show.OPEN: s.status in OPEN_STATUSES,
            Show.CLOSED: s.status not in OPEN_STATUSES,
            # "possibly overdue": past one possible deadline; its badge names the doubt
            Show.OVERDUE: s.status in ("overdue", "possibly_overdue"),
            Show.DUE_THIS_WEEK: s.status in ("awaiting", "due_soon")
            and s.due is not None
            and s.due <= week_end,
        }
        return tests[self._show]
