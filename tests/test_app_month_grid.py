"""The Deadline tab's month grid: the seed request's milestones, counts and shading, as drawn.

Seed (MFAT OIA 29681): received Fri 13 Sep 2024; 7th working day Tue 24 Sep, 10th Fri 27 Sep,
20th Fri 11 Oct; extended by 45 working days to Mon 16 Dec 2024, decided that day; Labour Day
Mon 28 Oct 2024 is not a working day.
"""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

import pytest

pytest.importorskip("PySide6", reason="the app needs oiaassist[gui]")

from PySide6.QtCore import QPoint
from PySide6.QtGui import QColor, QImage

from oiaassist.app.main_window import MainWindow
from oiaassist.app.request_view.deadline.month_grid import MonthGrid
from oiaassist.app.widgets import theme
from test_app_support import Dialogs, answers_fixture, close_main, main_fixture  # noqa: F401


def seed_grid(main: MainWindow, qtbot: Any) -> MonthGrid:
    main.commands().open_example()
    grid = main.view().deadline.grid
    grid.resize(700, 500)
    return grid


def badges(grid: MonthGrid) -> dict[date, list[str]]:
    return {day: [m.badge for m in marks] for day, marks in grid.marks.items()}


def test_the_seed_marks_each_milestone_on_its_day(main: MainWindow, qtbot: Any) -> None:
    grid = seed_grid(main, qtbot)
    assert badges(grid) == {
        date(2024, 9, 13): ["Rec"],
        date(2024, 9, 24): ["7"],
        date(2024, 9, 27): ["10"],
        date(2024, 10, 11): ["20"],
        date(2024, 12, 16): ["Ext", "Dec"],
    }
    assert grid.deadline == date(2024, 12, 16)
    # The count: day 1 is Mon 16 Sep; the extension continues it to 65 on 16 Dec.
    assert grid.numbers[date(2024, 9, 16)] == 1
    assert grid.numbers[date(2024, 10, 11)] == 20
    assert grid.numbers[date(2024, 12, 16)] == 65
    assert date(2024, 10, 28) not in grid.numbers  # Labour Day
    assert date(2024, 9, 14) not in grid.numbers  # a Saturday


def test_a_day_explains_itself(main: MainWindow, qtbot: Any) -> None:
    grid = seed_grid(main, qtbot)
    assert grid.describe(date(2024, 9, 24)).splitlines() == [
        "Tuesday 24 September 2024",
        "Working day 7 of the count",
        grid.marks[date(2024, 9, 24)][0].text,
    ]
    assert "last day to seek clarification" in grid.marks[date(2024, 9, 24)][0].text
    labour = grid.describe(date(2024, 10, 28))
    assert "Labour Day — not a working day" in labour
    assert "Working day" not in labour
    assert grid.why(date(2024, 10, 29)) is None


def test_the_grid_finds_the_day_under_the_pointer(main: MainWindow, qtbot: Any) -> None:
    grid = seed_grid(main, qtbot)
    grid.show_month(2024, 10)
    assert grid.title() == "October 2024"
    assert grid.first_cell() == date(2024, 9, 30)  # the Monday before Tue 1 Oct
    cell = grid._cell(11)  # second row, Friday
    assert grid.day_at(cell.center()) == date(2024, 10, 11)
    assert grid.day_at(QPoint(5, 5)) is None  # the weekday header
    grid.step(2)
    assert (grid.year, grid.month) == (2024, 12)
    grid.step(-12)
    assert (grid.year, grid.month) == (2023, 12)


def _colour_in(image: QImage, rect: Any, colour: QColor) -> bool:
    want = colour.rgb() & 0xFFFFFF
    for x in range(rect.left() + 2, rect.right() - 1, 2):
        for y in range(rect.top() + 2, rect.bottom() - 1, 2):
            if image.pixel(x, y) & 0xFFFFFF == want:
                return True
    return False


def test_non_working_days_are_shaded_and_badges_drawn(main: MainWindow, qtbot: Any) -> None:
    grid = seed_grid(main, qtbot)
    grid.show_month(2024, 10)
    image = grid.grab().toImage()
    shade = theme.pick(theme.NON_WORKING, grid.palette())
    index = {grid.first_cell() + timedelta(days=n): n for n in range(42)}
    labour, tuesday = grid._cell(index[date(2024, 10, 28)]), grid._cell(index[date(2024, 10, 29)])
    assert _colour_in(image, labour, shade)
    assert not _colour_in(image, tuesday, shade)
    mark = theme.pick(theme.MARK, grid.palette())
    assert _colour_in(image, grid._cell(index[date(2024, 10, 11)]), mark)  # the "20" badge
    assert not _colour_in(image, grid._cell(index[date(2024, 10, 10)]), mark)
