"""The keyboard: Tab leaves tables, focus goes where the work is, mnemonics are unique."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QDateEdit,
    QScrollArea,
    QTextBrowser,
    QWidget,
)

from a11y_support import clashes, mnemonic
from oiaassist.app.dialogs.keyboard_help import plain
from oiaassist.app.main_window import MainWindow
from oiaassist.app.widgets.date_field import DateField
from oiaassist.app.widgets.forms import child
from test_app_support import Dialogs, answers_fixture, main_fixture  # noqa: F401


def _focused(main: MainWindow, qtbot: Any) -> None:
    main.window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is main.window, timeout=3000)


def _tables(main: MainWindow) -> list[QAbstractItemView]:
    return [
        child(main.window, QAbstractItemView, "requestTable"),
        child(main.window, QAbstractItemView, "eventsTable"),
    ]


@pytest.mark.parametrize("key", [Qt.Key.Key_Tab, Qt.Key.Key_Backtab])
def test_tab_leaves_each_table_in_one_press(main: MainWindow, qtbot: Any, key: Qt.Key) -> None:
    main.commands().open_example()
    main.commands().new()  # two rows: a table with one row cannot trap anything
    main.list.table.selectRow(0)
    _focused(main, qtbot)
    main.view().tabs.setCurrentIndex(1)
    for table in _tables(main):
        assert table.model().rowCount() >= 2, table.objectName()
        assert not table.tabKeyNavigation(), table.objectName()
        table.setFocus()
        qtbot.waitUntil(table.hasFocus, timeout=2000)
        QTest.keyClick(QApplication.focusWidget(), key)
        assert not table.hasFocus(), table.objectName()


def test_ctrl_tab_in_the_events_table_moves_to_the_next_tab(main: MainWindow, qtbot: Any) -> None:
    main.commands().open_example()
    _focused(main, qtbot)
    tabs = main.view().tabs
    tabs.setCurrentIndex(1)
    table = child(main.window, QAbstractItemView, "eventsTable")
    table.setFocus()
    qtbot.waitUntil(table.hasFocus, timeout=2000)
    QTest.keyClick(table, Qt.Key.Key_Tab, Qt.KeyboardModifier.ControlModifier)
    assert tabs.currentIndex() == 2


def test_no_scroll_area_is_a_tab_stop(main: MainWindow) -> None:
    main.commands().open_example()
    areas = main.window.findChildren(QScrollArea)
    assert areas
    for area in areas:
        assert area.focusPolicy() is Qt.FocusPolicy.NoFocus, area.objectName()


def test_ctrl_k_puts_the_focus_in_the_calculator(main: MainWindow, qtbot: Any) -> None:
    main.commands().open_example()
    _focused(main, qtbot)
    QTest.keyClick(main.window, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(main.dock.isVisible, timeout=2000)
    calculator = main.calculator()
    qtbot.waitUntil(calculator.date.hasFocus, timeout=2000)


def test_add_event_puts_the_focus_in_the_new_events_date(main: MainWindow, qtbot: Any) -> None:
    main.commands().open_example()
    _focused(main, qtbot)
    main.view().tabs.setCurrentIndex(1)
    main.view().timeline.add_event("acknowledged", date(2024, 9, 16))
    focus: QWidget | None = QApplication.focusWidget()
    assert focus is not None
    assert isinstance(focus, QDateEdit) or isinstance(focus.parent(), (QDateEdit, DateField))


def test_every_alt_letter_reaches_one_thing_on_every_tab(main: MainWindow) -> None:
    """Two targets for one letter make Alt+letter alternate between them."""
    main.commands().open_example()
    tabs = main.view().tabs
    for calculator in (False, True):
        main.actions["actionCalculator"].setChecked(calculator)
        for index in range(tabs.count()):
            tabs.setCurrentIndex(index)
            QApplication.processEvents()
            assert clashes(main.window) == {}, (tabs.tabText(index), calculator)
            assert mnemonic(tabs.tabText(index)), tabs.tabText(index)


def test_every_menu_action_has_a_unique_mnemonic_within_its_menu(main: MainWindow) -> None:
    bar = main.window.menuBar()
    for top in bar.actions():
        menu = top.menu()
        assert menu is not None
        letters = [mnemonic(a.text()) for a in menu.actions() if not a.isSeparator()]
        assert None not in letters, top.text()
        assert len(set(letters)) == len(letters), (top.text(), letters)


def test_help_lists_every_menu_command_with_its_keys(main: MainWindow) -> None:
    main.actions["actionKeyboardHelp"].trigger()
    dialog = main.commands().keyboard_dialog
    text = dialog.findChild(QTextBrowser).toPlainText()
    assert "Quick calculator" in text and "Alt+V, K" in text and "Ctrl+K" in text
    assert "Keyboard shortcuts" in text and "Ctrl+Tab" in text
    for name, action in main.actions.items():
        if name.startswith("action") and action.menu() is None and action.text():
            assert plain(action.text()) in text, name
    dialog.close()
