"""The quick calculator: a date, an Act and a region → the due date and why."""

from __future__ import annotations

from datetime import date

from oiaassist.app.main_window import MainWindow
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
