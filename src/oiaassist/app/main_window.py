"""The main window: the list of requests, the request view, the calculator dock, the actions.

Start-up is kept short: the window shows the list from the database's
stored columns first; the request view, which needs the tracking and
drafting libraries, is built right after the first paint (:meth:`MainWindow.
finish_start`), as is the refresh of each request's status for today.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QEvent, QObject, QSignalBlocker, QSize, Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QDockWidget,
    QMainWindow,
    QMenu,
    QPushButton,
    QSplitter,
    QTableView,
    QTabWidget,
    QToolBar,
    QWidget,
)
from shiboken6 import Shiboken

from oiaassist.app import main_thread_gc
from oiaassist.app.context import AppContext
from oiaassist.app.dialogs import standard
from oiaassist.app.request_list.pane import ListPane
from oiaassist.app.widgets import focus_ring, icons, theme
from oiaassist.app.widgets.forms import child, load_form
from oiaassist.app.widgets.names import name_toolbar_extension
from oiaassist.app.widgets.splits import keep_on_screen, share
from oiaassist.i18n import _

if TYPE_CHECKING:
    from oiaassist.app.calculator import Calculator
    from oiaassist.app.commands import Commands
    from oiaassist.app.request_view.editor import RequestEditor
    from oiaassist.app.request_view.view import RequestView

ACTION_ICONS = {
    "actionNew": "new", "actionDuplicate": "duplicate", "actionArchive": "archive",
    "actionDelete": "delete", "actionUndoDelete": "undo", "actionCopyLetter": "copy-letter",
    "actionOpenMail": "mail", "actionSaveDocx": "save-docx", "actionSaveEml": "save-eml",
    "actionImport": "import", "actionExportSelected": "export", "actionExportAll": "export",
    "actionExportIcs": "calendar-export", "actionOpenDatabase": "open-db",
    "actionSettings": "settings", "actionQuit": "quit", "actionCalculator": "calculator",
    "actionFind": "search", "actionOpenExample": "letter", "actionLetterEvents": "import",
}  # fmt: skip


REQUEST_ACTIONS = (
    "actionMarkSent", "actionRemindMe", "actionSendToOthers", "actionTags", "actionDuplicate",
    "actionArchive", "actionDelete", "actionCopyLetter", "actionOpenMail", "actionSaveDocx",
    "actionSaveEml", "actionExportSelected", "actionLetterEvents",
)  # fmt: skip
"""Actions that need a selected request."""
DOCK_WIDTH = 300
LIST_MIN_WIDTH = 380
"""Agency, subject, status, due and days stay readable (elided, with tooltips)."""
LIST_SHARE = (38, 62)
"""The list's and the request's shares of the window's width, until the user moves the bar."""


class MainWindow(QObject):
    """Builds and wires ``main_window.ui``."""

    def __init__(self, ctx: AppContext) -> None:
        super().__init__()
        main_thread_gc.install()  # before any worker thread can run the collector
        self.ctx = ctx
        form = load_form("main_window")
        assert isinstance(form, QMainWindow)
        self.window = form
        form.setWindowIcon(icons.app_icon())
        theme.apply_palette()
        focus_ring.install()
        form.setStyleSheet(theme.stylesheet())
        self.list = ListPane(form, today=ctx.today())
        self.list.set_rows(ctx.store.rows())
        self.list.refresh_tags(ctx.store.all_tags())
        self.dock = child(form, QDockWidget, "calculatorDock")
        self.dock.setMinimumWidth(DOCK_WIDTH)
        # The list keeps a readable width whatever the request view holds (a wide event
        # form squeezed it to 240 px, and the splitter kept it so).
        child(form, QWidget, "listPane").setMinimumWidth(LIST_MIN_WIDTH)
        self.dock.setMaximumWidth(420)
        self.dock.hide()
        self._view: RequestView | None = None
        self._editor: RequestEditor | None = None
        self._commands: Commands | None = None
        self._calculator: Calculator | None = None
        self._painted = False
        self.actions = {a.objectName(): a for a in form.findChildren(QAction) if a.objectName()}
        self._add_actions()
        self._set_icons()
        self._connect()
        self.restore_state()
        form.installEventFilter(self)

    # -- lazily built parts -----------------------------------------------------------

    def editor(self) -> RequestEditor:
        """The request editor (built on first use)."""
        if self._editor is None:
            from oiaassist.app.request_view.editor import RequestEditor  # noqa: PLC0415 - after first paint

            self._editor = RequestEditor(self.ctx.store, today=self.ctx.today)
            self._editor.saved.connect(lambda rid: self.list.upsert(self.ctx.store.row(rid)))
        return self._editor

    def view(self) -> RequestView:
        """The request view and its tabs (built on first use)."""
        if self._view is None:
            from oiaassist.app.request_view.view import RequestView  # noqa: PLC0415

            self._view = RequestView(
                self.window, self.editor(), settings=self.ctx.current_settings,
                actions=self.commands().letters,
            )  # fmt: skip
            self._view.compose.set_agencies(self.ctx.store.agencies())
        return self._view

    def view_if_built(self) -> RequestView | None:
        """The request view if it exists yet (it is built after the first paint)."""
        return self._view

    def commands(self) -> Commands:
        """What the menu and toolbar actions do (built on first use)."""
        if self._commands is None:
            from oiaassist.app.commands import Commands  # noqa: PLC0415

            self._commands = Commands(self)
        return self._commands

    def calculator(self) -> Calculator:
        """The quick calculator in its dock (built on first use)."""
        if self._calculator is None:
            from oiaassist.app.request_view.view import make_calculator  # noqa: PLC0415

            host = child(self.window, QWidget, "calculatorHost")
            self._calculator = make_calculator(host, today=self.ctx.today())
        return self._calculator

    # -- wiring -----------------------------------------------------------------------

    def _add_actions(self) -> None:
        """Actions made here rather than in ``main_window.ui`` (the journey of issue 14)."""
        edit = child(self.window, QMenu, "menuEdit")
        view = child(self.window, QMenu, "menuView")
        help_menu = child(self.window, QMenu, "menuHelp")
        made = (
            ("actionMarkSent", _("&Mark as sent…"), "Ctrl+Shift+T",
             _("Record when and how the request was sent"), edit, "actionDuplicate"),
            ("actionRemindMe", _("&Remind me on…"), "Ctrl+Shift+R",
             _("Choose a day to be reminded about this request"), edit, "actionDuplicate"),
            ("actionSendToOthers", _("Send to &other agencies…"), "Ctrl+Shift+D",
             _("Copy this request to other agencies, one draft each"), edit, "actionArchive"),
            ("actionTags", _("Ta&gs…"), "Ctrl+T",
             _("Group requests with tags (a story, a project)"), edit, "actionArchive"),
            ("actionComingUp", _("Coming &up…"), "Ctrl+U",
             _("What is due this week across all requests"), view, None),
            ("actionGuide", _("&Guide to asking for information"), "F1",
             _("What a request is, the 20 working days, extensions, and what to do when it is "
               "late"), help_menu, "actionAbout"),
        )  # fmt: skip
        for name, text, keys, tip, menu, before in made:
            action = QAction(text, self.window)
            action.setObjectName(name)
            action.setShortcut(QKeySequence(keys))
            action.setToolTip(f"{tip} ({keys})")
            action.setStatusTip(tip)
            if before is not None:
                menu.insertAction(self.actions[before], action)
            else:
                menu.addAction(action)
            self.window.addAction(action)
            self.actions[name] = action

    def _set_icons(self) -> None:
        for name, icon_name in ACTION_ICONS.items():
            self.actions[name].setIcon(icons.icon(icon_name))
        toolbar = child(self.window, QToolBar, "mainToolBar")
        toolbar.setIconSize(QSize(20, 20))
        name_toolbar_extension(toolbar)

    def _connect(self) -> None:
        a = self.actions
        run = self._run
        for name, method in (
            ("actionNew", "new"), ("actionOpenExample", "open_example"),
            ("actionDuplicate", "duplicate"), ("actionArchive", "archive"),
            ("actionDelete", "delete"), ("actionUndoDelete", "undo_delete"),
            ("actionSave", "save"), ("actionCopyLetter", "copy_letter"),
            ("actionOpenMail", "open_mail"), ("actionSaveDocx", "save_docx"),
            ("actionSaveEml", "save_eml"), ("actionImport", "import_requests"),
            ("actionExportSelected", "export_selected"), ("actionExportAll", "export_all"),
            ("actionExportIcs", "export_ics"), ("actionOpenDatabase", "open_database"),
            ("actionRestoreBackup", "restore_backup"), ("actionSettings", "settings"),
            ("actionAbout", "about"), ("actionLetterEvents", "add_from_letter"),
            ("actionMarkSent", "mark_sent"), ("actionRemindMe", "remind_me"),
            ("actionComingUp", "coming_up"), ("actionSendToOthers", "send_to_others"),
            ("actionTags", "edit_tags"), ("actionGuide", "guide"),
            ("actionKeyboardHelp", "keyboard_help"),
        ):  # fmt: skip
            a[name].triggered.connect(lambda _c=False, m=method: run(m))
        a["actionQuit"].triggered.connect(self.window.close)
        a["actionFind"].triggered.connect(self.list.focus_search)
        a["actionCalculator"].toggled.connect(self._toggle_calculator)
        self.dock.visibilityChanged.connect(self._dock_shown)
        tabs = child(self.window, QTabWidget, "requestTabs")
        for index, name in enumerate(("actionCompose", "actionTimeline", "actionDeadline")):
            a[name].triggered.connect(lambda _c=False, i=index: tabs.setCurrentIndex(i))
        list_pane = child(self.window, QWidget, "listPane")
        list_pane.addAction(a["actionDelete"])  # Delete acts on the list, not on text fields
        a["actionDelete"].setShortcutContext(
            a["actionDelete"].shortcutContext().WidgetWithChildrenShortcut
        )
        child(self.window, QPushButton, "emptyNewButton").clicked.connect(lambda: run("new"))
        child(self.window, QPushButton, "emptyExampleButton").clicked.connect(
            lambda: run("open_example")
        )
        self.list.selected.connect(self._selected)
        self._enable_request_actions(None)

    def _run(self, method: str) -> None:
        getattr(self.commands(), method)()

    def _toggle_calculator(self, on: bool) -> None:
        if on == self.dock.isVisible():
            return
        if on:
            self.calculator()
        self.dock.setVisible(on)
        if on:
            # its narrowest, taken from the request view rather than added to the window
            self.window.resizeDocks([self.dock], [DOCK_WIDTH], Qt.Orientation.Horizontal)
            view = self.view_if_built()
            keep_on_screen(self.window, self.dock, view.tabs if view is not None else None)
            if self.dock.isFloating():  # its own window on a small screen
                self.dock.activateWindow()
            self.calculator().date.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def _dock_shown(self, visible: bool) -> None:
        """The menu's tick follows the dock (closed by its own button, floated, docked).

        Without the blocker, floating the dock (which hides and shows it) toggled
        the action, which opened the dock again and floated it: a recursion that
        ended in a segmentation fault on screens narrower than the window.
        """
        action = self.actions["actionCalculator"]
        if not Shiboken.isValid(action):  # the window is being torn down: the dock hides last
            return
        with QSignalBlocker(action):
            action.setChecked(visible)

    def _selected(self, request_id: int | None) -> None:
        self._enable_request_actions(request_id)
        if self._editor is None and request_id is None:
            return
        self.view()
        if request_id != self.editor().request_id:
            self.editor().load(request_id)

    def _enable_request_actions(self, request_id: int | None) -> None:
        for name in REQUEST_ACTIONS:
            self.actions[name].setEnabled(request_id is not None)

    # -- showing, start-up and window state ---------------------------------------------

    def show(self) -> None:
        """Show the window."""
        self.window.show()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        """First paint → finish starting; close → remember the window (Qt API)."""
        if event.type() is QEvent.Type.Paint and not self._painted:
            self._painted = True
            QTimer.singleShot(0, self.finish_start)
        elif event.type() is QEvent.Type.Close:
            self.save_state()
        return super().eventFilter(watched, event)

    def finish_start(self) -> None:
        """After the first paint: build the request view, refresh statuses for today."""
        from oiaassist.app.startup import refresh_statuses  # noqa: PLC0415

        self.view()
        refresh_statuses(self.ctx.store, self.list, today=self.ctx.today())
        self.commands().start_notifier()

    def restore_state(self) -> None:
        """Window size, layout, splitter and columns as the user left them."""
        qs = self.ctx.qsettings
        folder = qs.value("files/last_folder")
        if isinstance(folder, str) and folder:
            standard.remember_folder(Path(folder) / "file")  # where file dialogs start
        header = child(self.window, QTableView, "requestTable").horizontalHeader()
        for key, restore in (
            ("window/geometry", self.window.restoreGeometry),
            ("window/state", self.window.restoreState),
            ("window/splitter", child(self.window, QSplitter, "splitter").restoreState),
            ("window/columns", header.restoreState),
        ):
            value = qs.value(key)
            if isinstance(value, QByteArray):
                restore(value)
        self.dock.hide()
        if not isinstance(qs.value("window/geometry"), QByteArray):
            self._default_size()

    def _default_size(self) -> None:
        screen = QApplication.primaryScreen()
        if screen is not None:
            space = screen.availableGeometry()
            self.window.resize(min(1360, space.width()), min(860, space.height()))
        # the request is what you work on; the list only needs to tell requests apart
        share(child(self.window, QSplitter, "splitter"), *LIST_SHARE)

    def save_state(self) -> None:
        """Remember the window for next time."""
        qs = self.ctx.qsettings
        qs.setValue("window/geometry", self.window.saveGeometry())
        qs.setValue("window/state", self.window.saveState())
        qs.setValue("window/splitter", child(self.window, QSplitter, "splitter").saveState())
        table = child(self.window, QTableView, "requestTable")
        qs.setValue("window/columns", table.horizontalHeader().saveState())
        folder = standard.last_folder()
        if folder is not None:
            qs.setValue("files/last_folder", str(folder))
        qs.sync()

    def status(self, message: str) -> None:
        """A message in the status bar."""
        self.window.statusBar().showMessage(message, 8000)
