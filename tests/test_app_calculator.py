"""The quick calculator: a date, an Act and a region → the due date and why."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from oiaassist.app.main_window import MainWindow
from oiaassist.app.widgets.agency_completer import AGENCY_ROLE
from test_app_support import Dialogs, answers_fixture, main_fixture  # noqa: F401


def test_the_calculator_gives_11_october_for_13_september(main: MainWindow) -> None:
    main.actions["actionCalculator"].trigger()
    assert main.dock.isVisible()
    calculator = main.calculator()
    calculator.set_date(date(2024, 9, 13))
    assert "11 October 2024" in calculator.due.text()
    assert calculator.error.text() == "" or calculator.error.isHidden()


def test_the_calculator_extends_and_names_the_skipped_days(main: MainWindow) -> None:
    calculator = main.calculator()
    calculator.set_date(date(2024, 9, 13))
    calculator.extend.setValue(45)
    assert "16 December 2024" in calculator.due.text()
    lines = [calculator.trail.item(i).text() for i in range(calculator.trail.count())]
    assert any("Labour Day" in line for line in lines)


def test_a_date_beyond_the_holiday_data_is_a_message(main: MainWindow) -> None:
    calculator = main.calculator()
    calculator.set_date(date(2099, 1, 5))
    assert calculator.due.text() == ""
    assert calculator.error.text()
    assert "Traceback" not in calculator.error.text()


def test_opening_the_calculator_keeps_the_window_on_screen(main: MainWindow) -> None:
    space = main.window.screen().availableGeometry()
    main.actions["actionCalculator"].setChecked(True)
    QApplication.processEvents()
    assert main.dock.isVisible()
    frame = main.window.frameGeometry()
    assert frame.width() <= space.width()
    assert space.left() <= frame.left() and frame.right() <= space.right()


def test_the_timeline_fits_its_pane_and_keeps_the_whole_text(main: MainWindow) -> None:
    main.commands().open_example()
    table = main.view().timeline.table
    assert table.columnCount() == 2
    texts = [table.item(row, 1).text() for row in range(table.rowCount())]
    assert any(" — " in text for text in texts)  # the details follow the kind of event
    assert all(table.item(row, 1).toolTip() == texts[row] for row in range(table.rowCount()))


def test_picking_an_agency_sets_the_act_and_region(main: MainWindow, qtbot: Any) -> None:
    main.actions["actionCalculator"].trigger()
    calculator = main.calculator()
    calculator.set_date(date(2022, 11, 21))
    edit = calculator.agency
    assert edit.accessibleName() == "Agency (optional)"
    edit.setFocus()
    qtbot.keyClicks(edit, "westland")
    completer = calculator.agencies.completer
    popup = completer.popup()
    qtbot.waitUntil(popup.isVisible)
    rows = [completer.completionModel().index(r, 0) for r in range(popup.model().rowCount())]
    row = next(
        i
        for i in rows
        if i.data(AGENCY_ROLE) and i.data(AGENCY_ROLE).name == "Westland District Council"
    )
    popup.setCurrentIndex(row)
    qtbot.keyClick(popup, Qt.Key.Key_Return)
    assert edit.text() == "Westland District Council"
    assert calculator.act.currentData() == "lgoima"
    assert (calculator.region.currentData(), calculator.region.isEnabled()) == ("WTC", True)
    assert "11 January 2023" in calculator.due.text()
    edit.clear()  # clearing the agency keeps the Act and region
    assert calculator.act.currentData() == "lgoima"
    assert calculator.region.currentData() == "WTC"
    assert "11 January 2023" in calculator.due.text()


def test_the_calculator_tabs_from_the_date_to_the_agency_then_the_act(main: MainWindow) -> None:
    calculator = main.calculator()
    names: list[str] = []
    start = calculator.date.edit  # the typed date field (its calendar button is not "calc…")
    widget = start.nextInFocusChain()
    while widget is not start:
        if widget.focusPolicy() & Qt.FocusPolicy.TabFocus and widget.objectName().startswith(
            "calc"
        ):
            names.append(widget.objectName())
        widget = widget.nextInFocusChain()
    assert names[:3] == ["calcAgencyEdit", "calcActCombo", "calcRegionCombo"]
