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


# -- the requester's journey: its dialogs and views --


def _link(widget: QWidget) -> tuple[int, int] | None:
    """The link a help page's keyboard cursor is on (None: not a help page)."""
    if not isinstance(widget, QTextBrowser):
        return None
    cursor = widget.textCursor()
    return cursor.selectionStart(), cursor.selectionEnd()


def _tab_round(window: QWidget, qtbot: Any, key: Qt.Key = Qt.Key.Key_Tab) -> list[QWidget]:
    """The widgets Tab visits from the one with the focus, until it comes back."""
    window.show()
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=3000)
    start = QApplication.focusWidget()
    assert start is not None and start.window() is window
    visited = [start]
    for _press in range(200):
        focus = QApplication.focusWidget()
        assert focus is not None
        link = _link(focus)
        QTest.keyClick(focus, key)
        now = QApplication.focusWidget()
        if now is focus and link != _link(focus):
            continue  # a help page: Tab goes from link to link, as in a web browser, then on
        assert now is not focus, f"Tab stays in {type(focus).__name__} {focus.objectName()}"
        if now is start:
            return visited
        assert now is not None
        visited.append(now)
    raise AssertionError(f"Tab never came back: {[w.objectName() for w in visited]}")


def _journey_dialogs(main: MainWindow) -> dict[str, QWidget]:
    from oiaassist.app.dialogs.several_agencies import (  # noqa: PLC0415
        SeveralAgenciesDialog,
        TagsDialog,
    )
    from oiaassist.app.request_view.mark_sent import MarkSentDialog  # noqa: PLC0415
    from oiaassist.app.request_view.timeline.event_date import EventDateDialog  # noqa: PLC0415

    today = date(2025, 1, 20)
    return {
        "mark sent": MarkSentDialog(main.window, today=lambda: today),
        "event date": EventDateDialog(main.window, "acknowledged", today, today=lambda: today),
        "send to others": SeveralAgenciesDialog(main.window, "MBIE"),
        "tags": TagsDialog(main.window, ("housing",), ["housing", "story"]),
        "coming up": main.commands().coming_up(),
        "guide": main.commands().guide(),
    }


@pytest.mark.parametrize(
    "name", ["mark sent", "event date", "send to others", "tags", "coming up", "guide"]
)
@pytest.mark.parametrize("key", [Qt.Key.Key_Tab, Qt.Key.Key_Backtab])
def test_tab_goes_round_each_journey_dialog(
    main: MainWindow, qtbot: Any, name: str, key: Qt.Key
) -> None:
    """Each press moves on, and the round comes back: no table, list or field keeps Tab."""
    main.commands().open_example()
    main.commands().set_reminder(date(2025, 1, 20))  # a row in Coming up
    dialog = _journey_dialogs(main)[name]
    visited = _tab_round(dialog, qtbot, key)
    for view in dialog.findChildren(QAbstractItemView):
        if view.isVisible() and view.focusPolicy() != Qt.FocusPolicy.NoFocus:
            assert not view.tabKeyNavigation(), view.objectName()
            assert view in visited, view.objectName()
    for field in dialog.findChildren(DateField):
        assert field.edit in visited and field.button in visited
    dialog.close()


def test_in_a_date_field_tab_moves_to_its_calendar_button_then_on(
    main: MainWindow, qtbot: Any
) -> None:
    """Typed dates: Tab leaves the text (it used to stay in a QDateEdit's sections)."""
    from oiaassist.app.request_view.mark_sent import MarkSentDialog  # noqa: PLC0415

    dialog = MarkSentDialog(main.window, today=lambda: date(2025, 1, 20))
    dialog.show()
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog, timeout=3000)
    dialog.sent.edit.setFocus()
    qtbot.waitUntil(dialog.sent.edit.hasFocus, timeout=2000)
    dialog.sent.edit.selectAll()
    qtbot.keyClicks(dialog.sent.edit, "18 Dec 2024")
    QTest.keyClick(dialog.sent.edit, Qt.Key.Key_Tab)
    assert dialog.sent.button.hasFocus()
    assert dialog.sent.value() == date(2024, 12, 18)  # read on leaving the field
    QTest.keyClick(dialog.sent.button, Qt.Key.Key_Tab)
    assert dialog.how.hasFocus()
    dialog.close()


def test_the_coming_up_list_is_left_by_tab_in_one_press(main: MainWindow, qtbot: Any) -> None:
    main.commands().open_example()
    main.commands().set_reminder(date(2025, 1, 20))
    main.commands().duplicate()
    main.commands().set_reminder(date(2025, 1, 21))
    dialog = main.commands().coming_up()
    tree = dialog.tree
    assert tree.topLevelItemCount() >= 2
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog, timeout=3000)
    tree.setFocus()
    qtbot.waitUntil(tree.hasFocus, timeout=2000)
    tree.setCurrentItem(tree.topLevelItem(0))
    QTest.keyClick(tree, Qt.Key.Key_Tab)
    assert not tree.hasFocus()
    dialog.close()


def test_every_alt_letter_reaches_one_thing_in_a_draft_with_tags(
    main: MainWindow, qtbot: Any
) -> None:
    from PySide6.QtWidgets import QLineEdit  # noqa: PLC0415

    main.commands().open_example()
    main.commands().edit_tags(["story"])
    main.actions["actionNew"].trigger()
    qtbot.keyClicks(child(main.window, QLineEdit, "agencyEdit"), "Ministry of Health")
    tabs = main.view().tabs
    for calculator in (False, True):
        main.actions["actionCalculator"].setChecked(calculator)
        for index in range(tabs.count()):
            tabs.setCurrentIndex(index)
            QApplication.processEvents()
            assert clashes(main.window) == {}, (tabs.tabText(index), calculator)


@pytest.mark.parametrize("tab", [0, 1, 2])
def test_tab_goes_round_the_main_window_with_a_draft_and_tags(
    main: MainWindow, qtbot: Any, tab: int
) -> None:
    """The next-step button, the tag filter and the date fields are each one stop on the way."""
    from PySide6.QtWidgets import QComboBox, QLineEdit, QPushButton  # noqa: PLC0415

    main.commands().open_example()
    main.commands().edit_tags(["story"])
    main.actions["actionNew"].trigger()
    qtbot.keyClicks(child(main.window, QLineEdit, "agencyEdit"), "Ministry of Health")
    main.view().tabs.setCurrentIndex(tab)
    main.list.search.setFocus()
    visited = _tab_round(main.window, qtbot)
    assert child(main.window, QPushButton, "nextStepButton") in visited
    assert child(main.window, QComboBox, "tagFilterCombo") in visited
