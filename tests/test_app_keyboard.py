"""The keyboard: Tab leaves tables, focus goes where the work is, mnemonics are unique."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QAbstractItemView, QApplication, QDateEdit, QScrollArea, QWidget

from oiaassist.app.forms import child
from oiaassist.app.main_window import MainWindow
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
    main.view().timeline.add_event("acknowledged")
    focus: QWidget | None = QApplication.focusWidget()
    assert focus is not None
    assert isinstance(focus, QDateEdit) or isinstance(focus.parent(), QDateEdit)
