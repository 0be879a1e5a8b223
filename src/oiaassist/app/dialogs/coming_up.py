"""Coming up: what is due this week across every request, and the tray notifications.

The list is rebuilt from the store each time it is shown (assessing a request
takes tens of microseconds). While the app runs, the notifier looks once a
minute for reminders and deadlines falling today and says so once, through
the system tray where there is one (otherwise in the status bar).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QPushButton,
    QSystemTrayIcon,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from oiaassist.app.widgets import icons
from oiaassist.app.widgets.day_words import short_day
from oiaassist.errors import OiaAssistError
from oiaassist.i18n import _
from oiaassist.storage import Store
from oiaassist.tracking.coming_up import Upcoming, UpcomingKind, coming_up
from oiaassist.tracking.io import request_from_data

CHECK_EVERY_MS = 60_000


def kind_words(kind: UpcomingKind) -> str:
    """E.g. "Decision due"."""
    words = {
        UpcomingKind.OVERDUE: _("Overdue"),
        UpcomingKind.DECISION_DUE: _("Decision due"),
        UpcomingKind.REPLY: _("Reply to send"),
        UpcomingKind.REMINDER: _("Reminder"),
    }
    return words[kind]


def upcoming_in(store: Store, *, today: date) -> list[Upcoming]:
    """Everything due this week across the requests not archived (keys are store ids)."""
    found = []
    for row in store.rows(include_archived=False):
        stored = store.get(row.id)
        try:
            request = request_from_data(stored.data, "request")
        except OiaAssistError:
            continue  # not complete enough to assess
        remind = stored.compose.get("remind_on")
        try:
            remind_on = date.fromisoformat(remind) if isinstance(remind, str) and remind else None
        except ValueError:
            remind_on = None
        found.append((str(row.id), request, remind_on))
    try:
        return coming_up(found, today=today)
    except OiaAssistError:
        return []  # a date beyond the holiday data: the list shows nothing rather than fail


class ComingUpDialog(QDialog):
    """The week's deadlines, replies and reminders; double-click opens the request."""

    open_request = Signal(int)
    export_requested = Signal()

    def __init__(self, parent: QWidget | None, store: Store, *, today: Callable[[], date]) -> None:
        super().__init__(parent)
        self.setObjectName("comingUpDialog")
        self.setWindowTitle(_("Coming up"))
        self.resize(720, 420)
        self._store = store
        self._today = today
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.tree = QTreeWidget()
        self.tree.setObjectName("comingUpTree")
        self.tree.setAccessibleName(_("Coming up this week"))
        self.tree.setRootIsDecorated(False)
        self.tree.setTabKeyNavigation(False)  # arrows move within the list, Tab moves on
        self.tree.setHeaderLabels([_("Day"), _("What"), _("Request")])
        header = self.tree.header()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.tree.itemActivated.connect(self._activated)
        export = QPushButton(icons.icon("calendar-export"), _("Export to calendar (.ics)…"))
        export.setObjectName("comingUpExport")
        export.clicked.connect(self.export_requested)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.addButton(export, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        column = QVBoxLayout(self)
        column.addWidget(self.intro)
        column.addWidget(self.tree, 1)
        column.addWidget(buttons)
        self.items: list[Upcoming] = []
        self.refresh()

    def refresh(self) -> None:
        """Rebuild the list for today."""
        today = self._today()
        self.items = upcoming_in(self._store, today=today)
        self.tree.clear()
        for item in self.items:
            row = QTreeWidgetItem([short_day(item.day), kind_words(item.kind), item.title])
            row.setToolTip(1, item.text)
            row.setToolTip(2, item.text)
            row.setData(0, Qt.ItemDataRole.UserRole, int(item.key))
            self.tree.addTopLevelItem(row)
        self.intro.setText(
            _("Due from today, {day}, over the next 7 days, and anything overdue.").format(
                day=short_day(today)
            )
            if self.items
            else _("Nothing is due this week.")
        )

    def _activated(self, row: QTreeWidgetItem, _column: int) -> None:
        self.open_request.emit(int(row.data(0, Qt.ItemDataRole.UserRole)))


class Notifier(QObject):
    """Says once, while the app runs, when a reminder or a deadline falls today."""

    def __init__(
        self,
        store: Callable[[], Store],
        *,
        today: Callable[[], date],
        fallback: Callable[[str], None],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._store = store
        self._today = today
        self._fallback = fallback
        self.told: set[tuple[str, str, date]] = set()
        self.tray: QSystemTrayIcon | None = None
        if QSystemTrayIcon.isSystemTrayAvailable():
            self.tray = QSystemTrayIcon(icons.app_icon(), self)
            self.tray.setToolTip("oiaassist")
            self.tray.show()
        self.timer = QTimer(self)
        self.timer.setInterval(CHECK_EVERY_MS)
        self.timer.timeout.connect(self.check)
        self.timer.start()

    def check(self) -> list[Upcoming]:
        """Notify what falls today (or is overdue) and has not been said yet; return it."""
        today = self._today()
        due = [
            u
            for u in upcoming_in(self._store(), today=today)
            if u.day <= today and u.kind is not UpcomingKind.REPLY
        ]
        new = [u for u in due if (u.key, u.kind.value, u.day) not in self.told]
        for item in new:
            self.told.add((item.key, item.kind.value, item.day))
            title = f"{kind_words(item.kind)}: {item.title}"
            if self.tray is not None:
                self.tray.showMessage(title, item.text, QSystemTrayIcon.MessageIcon.Information)
            else:
                self._fallback(f"{title}. {item.text}")
        return new
