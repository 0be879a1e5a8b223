"""Tests written for survivors of ``scripts/mutation`` (triage in tests/README.md).

Each test states a contract a surviving mutant broke without any other test noticing.
"""

from __future__ import annotations

import dataclasses
import importlib
import pkgutil
from datetime import date

import pytest

from oiaassist.deadlines import calendar_for, response_deadline
from oiaassist.deadlines.calendar import WorkingDayCalendar
from oiaassist.law.acts import Act

CORE = ("law", "deadlines", "tracking", "reading", "storage")
NO_SLOTS = {"oiaassist.deadlines.deadlines.Deadline"}  # caches its trail (cached_property)


def _value_types() -> list[type]:
    found = []
    for package in CORE:
        module = importlib.import_module(f"oiaassist.{package}")
        for info in pkgutil.iter_modules(module.__path__):
            sub = importlib.import_module(f"oiaassist.{package}.{info.name}")
            found += [
                obj
                for obj in vars(sub).values()
                if isinstance(obj, type)
                and dataclasses.is_dataclass(obj)
                and obj.__module__ == sub.__name__
            ]
    return found


@pytest.mark.parametrize("cls", _value_types(), ids=lambda c: f"{c.__module__}.{c.__name__}")
def test_core_values_are_frozen_with_slots(cls: type) -> None:
    # Survivors: `frozen=True` / `slots=True` flipped to False (law/acts.py, law/holidays.py,
    # deadlines/calendar.py, deadlines/deadlines.py). Results are shared and cached (calendars,
    # deadlines, findings): a mutable one could be changed under another caller.
    assert cls.__dataclass_params__.frozen  # type: ignore[attr-defined]
    name = f"{cls.__module__}.{cls.__name__}"
    assert ("__slots__" in cls.__dict__) is (name not in NO_SLOTS)


def test_a_deadline_is_equal_whatever_calendar_object_counted_it() -> None:
    # Survivor: Deadline.calendar `field(repr=False, compare=False)` with True. Two deadlines
    # with the same dates are the same deadline, and its repr stays short.
    deadline = response_deadline(date(2024, 9, 13))
    fresh = dataclasses.replace(deadline, calendar=WorkingDayCalendar(Act.OIA, None))
    assert fresh == deadline
    assert "WorkingDayCalendar" not in repr(deadline)


@pytest.mark.parametrize(
    ("region", "day", "working", "why"),
    [
        ("TKI", date(2019, 3, 11), True, "Taranaki anniversary, before the change: counted"),
        ("OTA", date(2019, 3, 25), False, "Otago anniversary, 4 days after it: not counted"),
        ("OTA", date(2018, 3, 26), True, "Otago anniversary a year earlier: counted"),
    ],
)
def test_the_lgoima_2019_change_starts_on_21_march_2019(
    region: str, day: date, working: bool, why: str
) -> None:
    # Survivor: LGOIMA_2019_CHANGE moved a month (law/working_days.py). law.md §1 row 9, §5.1:
    # anniversary days stop counting from 21 Mar 2019 (Local Government Regulatory Systems
    # Amendment Act 2019). Anniversary days: Taranaki 2nd Monday of March, Otago the Monday
    # nearest 23 March.
    assert calendar_for(Act.LGOIMA, region).is_working_day(day) is working, why
