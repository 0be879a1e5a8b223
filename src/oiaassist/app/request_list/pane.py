"""The "My requests" pane: search, filter, the table, and which request is selected."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QEvent, QItemSelection, QObject, QSignalBlocker, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableView,
    QWidget,
)

from oiaassist.app.request_list.filter import RequestFilter, Show
from oiaassist.app.request_list.model import ID_ROLE, Column, RequestListModel
from oiaassist.app.widgets import icons
from oiaassist.app.widgets.forms import child
from oiaassist.app.widgets.names import name_icon_buttons
from oiaassist.i18n import _, ngettext
from oiaassist.storage import RequestRow

STATUS_WIDTH = 130
NARROW_LIST = 480
"""Below this width the Due column gives way to the agency and the subject.

With the calculator open at 1366 px the list had 399 px, and the agency and
subject 40 px each ("Mini…", "Res…"). The Days column still says "2 left" or
"21 late", and the row's tooltip and the request's header give the date.
"""


class _NarrowList(QObject):
    """Hides the Due column while the table is narrower than :data:`NARROW_LIST`."""

    def __init__(self, table: QTableView) -> None:
        super().__init__(table)
        self.table = table
        table.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        """On a resize or a show: the Due column shown only if there is room (Qt API)."""
        if event.type() in (QEvent.Type.Resize, QEvent.Type.Show):
            narrow = self.table.width() < NARROW_LIST
            header = self.table.horizontalHeader()
            if header.isSectionHidden(Column.DUE) != narrow:
                header.setSectionHidden(Column.DUE, narrow)
        return False


"""Enough for "Due soon", "Released"; longer words elide (the dot's colour and the tooltip stay)."""


class ListPane(QObject):
    """Binds the list widgets of ``main_window.ui``."""

    selected = Signal(object)
    """The selected request's id, or None."""

    def __init__(self, window: QWidget, *, today: date) -> None:
        super().__init__(window)
        self.model = RequestListModel()
        self.proxy = RequestFilter(self.model, today=today)
        self.table = child(window, QTableView, "requestTable")
        self.search = child(window, QLineEdit, "searchEdit")
        self.filter = child(window, QComboBox, "filterCombo")
        self.count = child(window, QLabel, "listCountLabel")
        self.tag_filter = QComboBox(window)
        self.tag_filter.setObjectName("tagFilterCombo")
        self.tag_filter.setAccessibleName(_("Show requests with this tag"))
        self.tag_filter.setToolTip(_("Show only the requests with this tag"))
        self.tag_filter.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        # On Linux a combo box is heard by its value ("All tags"): its name comes from a
        # label linked to it (a buddy), as for the "Show" filter beside it.
        self.tag_label = QLabel(_("Tag"), window)
        self.tag_label.setObjectName("tagFilterLabel")
        self.tag_label.setBuddy(self.tag_filter)
        self.tag_filter.hide()  # until a request has a tag
        self.tag_label.hide()
        search_row = window.findChild(QHBoxLayout, "searchLayout")
        if search_row is not None:
            search_row.addWidget(self.tag_label)
            search_row.addWidget(self.tag_filter)
        magnifier = self.search.addAction(
            icons.icon("search"), QLineEdit.ActionPosition.LeadingPosition
        )
        magnifier.setText(_("Search"))
        name_icon_buttons(self.search)
        self.table.setModel(self.proxy)
        header = self.table.horizontalHeader()
        # Agency and subject share what is left and elide (the row's tooltip has them whole);
        # the status is cut short before the due date and the days are.
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        for column in (Column.AGENCY, Column.SUBJECT):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
        for column in (Column.DUE, Column.DAYS):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.resizeSection(Column.STATUS, STATUS_WIDTH)
        self._narrow = _NarrowList(self.table)
        header.setMinimumSectionSize(40)
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.table.sortByColumn(Column.DUE, Qt.SortOrder.AscendingOrder)
        self.table.verticalHeader().setDefaultSectionSize(self.table.fontMetrics().height() + 12)
        self.search.textChanged.connect(self._search)
        self.filter.currentIndexChanged.connect(self._filter)
        self.tag_filter.currentIndexChanged.connect(self._tag_chosen)
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        self.proxy.rowsInserted.connect(self._count)
        self.proxy.rowsRemoved.connect(self._count)
        self.proxy.modelReset.connect(self._count)
        self.proxy.layoutChanged.connect(self._count)

    def set_rows(self, rows: list[RequestRow]) -> None:
        """Show these rows (keeping the selection if it is still there)."""
        keep = self.current_id()
        self.model.set_rows(rows)
        if keep is not None:
            self.select(keep)
        self._count()

    def upsert(self, row: RequestRow) -> None:
        """Add or update one row."""
        self.model.upsert(row)
        self._count()

    def remove(self, request_id: int) -> None:
        """Drop one row."""
        self.model.remove(request_id)
        self._count()

    def refresh_tags(self, tags: list[str]) -> None:
        """Offer these tags in the tag filter (kept chosen if still there)."""
        chosen = self.tag_filter.currentData()
        with QSignalBlocker(self.tag_filter):
            self.tag_filter.clear()
            self.tag_filter.addItem(_("All tags"), None)
            for tag in tags:
                self.tag_filter.addItem(f"#{tag}", tag)
            index = self.tag_filter.findData(chosen) if chosen else 0
            self.tag_filter.setCurrentIndex(max(0, index))
        self.tag_filter.setVisible(bool(tags))
        self.tag_label.setVisible(bool(tags))
        if index < 0:
            self._tag_chosen(0)

    def show_tag(self, tag: str | None) -> None:
        """Show only the requests with ``tag`` (None: all)."""
        self.tag_filter.setCurrentIndex(max(0, self.tag_filter.findData(tag)) if tag else 0)

    def _tag_chosen(self, _index: int) -> None:
        self.proxy.pinned = None
        data = self.tag_filter.currentData()
        self.proxy.set_tag(data if isinstance(data, str) else None)
        self._count()

    def current_id(self) -> int | None:
        """The selected request's id, if one is selected."""
        rows = self.table.selectionModel().selectedRows()
        return int(rows[0].data(ID_ROLE)) if rows else None

    def select(self, request_id: int) -> bool:
        """Select a request, showing all requests if the filter hides it."""
        for attempt in range(2):
            for row in range(self.proxy.rowCount()):
                index = self.proxy.index(row, 0)
                if index.data(ID_ROLE) == request_id:
                    self.table.selectRow(row)
                    self.table.scrollTo(index)
                    return True
            if attempt == 0:
                self.search.clear()
                self.filter.setCurrentIndex(Show.ALL)
                self.tag_filter.setCurrentIndex(0)
        return False

    def focus_search(self) -> None:
        """Put the cursor in the search box."""
        self.search.setFocus()
        self.search.selectAll()

    def _search(self, text: str) -> None:
        self.proxy.pinned = None  # the user asks for other rows: let the filter decide
        self.proxy.set_search(text)
        self._count()

    def _filter(self, index: int) -> None:
        self.proxy.pinned = None
        self.proxy.set_show(Show(index))
        self._count()

    def _selection_changed(self, _new: QItemSelection, _old: QItemSelection) -> None:
        current = self.current_id()
        if current is not None:
            self.proxy.pinned = current
        self.selected.emit(current)

    def _count(self) -> None:
        shown, total = self.proxy.rowCount(), self.model.rowCount()
        if total == 0:
            self.count.setText(_("No requests yet. Press Ctrl+N to start one."))
        elif shown == total:
            self.count.setText(ngettext("{n} request", "{n} requests", total).format(n=total))
        else:
            self.count.setText(
                ngettext(
                    "{shown} of {n} request shown", "{shown} of {n} requests shown", total
                ).format(shown=shown, n=total)
            )
