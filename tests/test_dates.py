"""One date parser for the CLI and the app: day first, as New Zealand writes dates."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from oiaassist.cli import main
from oiaassist.dates import parse_date
from oiaassist.errors import InputError

TODAY = date(2025, 12, 18)


@pytest.mark.parametrize(
    "text",
    [
        "18 Dec 2025", "18 December 2025", "Thu 18 Dec 2025", "18th Dec, 2025", "18 dec. 2025",
        "18/12/2025", "18-12-2025", "18.12.2025", "2025-12-18", "  18 Dec   2025 ", "today",
        "TODAY",
    ],
)  # fmt: skip
def test_the_forms_people_type(text: str) -> None:
    assert parse_date(text, today=TODAY) == TODAY


def test_yesterday_and_day_first() -> None:
    assert parse_date("yesterday", today=TODAY) == date(2025, 12, 17)
    assert parse_date("3/4/2025") == date(2025, 4, 3)  # 3 April, never March 4


@pytest.mark.parametrize(
    ("text", "problem"),
    [
        ("31/2/2025", "is not a real date: February 2025 has no day 31"),
        ("12/13/2025", "has no month 13 (day first: 18/12/2025)"),
        ("18 Dex 2025", "is not a date; use 18 Dec 2025"),
        ("", "is empty"),
        ("x" * 500, "is too long to be a date"),
    ],
)
def test_what_was_wrong(text: str, problem: str) -> None:
    with pytest.raises(InputError) as caught:
        parse_date(text, "received")
    assert problem in caught.value.problem
    assert caught.value.field == "received"


@given(st.dates(min_value=date(1000, 1, 1), max_value=date(9999, 12, 31)))
def test_every_day_reads_back_in_every_form(day: date) -> None:
    for text in (
        day.isoformat(),
        f"{day.day}/{day.month}/{day.year:04d}",
        f"{day.day}-{day.month}-{day.year:04d}",
        f"{day.day} {day:%b} {day.year:04d}",
    ):
        assert parse_date(text) == day


def test_due_takes_a_typed_date(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["due", "18 Dec 2025"]) == 0
    assert "Thursday, 18 December 2025" in capsys.readouterr().out
