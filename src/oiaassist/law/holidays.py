"""The one adapter over python-holidays.

Everything oiaassist knows about *when* a public holiday falls comes through
here; *whether* it matters for a working day is decided in
:mod:`oiaassist.law.working_days`. Upstream names (all eras: "Queen's
Birthday" and "King's Birthday", "(observed)", names joined with "; ") map to
our own :class:`Holiday` enum, and an unknown name raises
:class:`~oiaassist.errors.HolidayDataError` instead of being ignored.

``holidays`` is imported on first use, not with ``oiaassist``: it costs about
90 ms and loads every country module.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from enum import StrEnum
from functools import lru_cache
from types import MappingProxyType

from oiaassist.errors import HolidayDataError
from oiaassist.law.regions import ANNIVERSARY_OVERRIDES


class Holiday(StrEnum):
    """NZ public holidays, in our own words."""

    NEW_YEARS_DAY = "new_years_day"
    DAY_AFTER_NEW_YEARS_DAY = "day_after_new_years_day"
    WAITANGI_DAY = "waitangi_day"
    GOOD_FRIDAY = "good_friday"
    EASTER_MONDAY = "easter_monday"
    ANZAC_DAY = "anzac_day"
    SOVEREIGNS_BIRTHDAY = "sovereigns_birthday"
    MATARIKI = "matariki"
    LABOUR_DAY = "labour_day"
    CHRISTMAS_DAY = "christmas_day"
    BOXING_DAY = "boxing_day"
    QEII_MEMORIAL_DAY = "qeii_memorial_day"
    ANNIVERSARY_DAY = "anniversary_day"


@dataclass(frozen=True, slots=True)
class HolidayEntry:
    """One holiday on one date, as python-holidays reported it.

    Attributes:
        holiday: which holiday.
        observed: True for a Mondayised observance ("... (observed)").
        name: upstream name without the "(observed)" suffix, e.g. "King's Birthday".
    """

    holiday: Holiday
    observed: bool
    name: str


_NAMES: Mapping[str, Holiday] = MappingProxyType(
    {
        "New Year's Day": Holiday.NEW_YEARS_DAY,
        "Day after New Year's Day": Holiday.DAY_AFTER_NEW_YEARS_DAY,
        "Waitangi Day": Holiday.WAITANGI_DAY,
        "Good Friday": Holiday.GOOD_FRIDAY,
        "Easter Monday": Holiday.EASTER_MONDAY,
        "Anzac Day": Holiday.ANZAC_DAY,
        "Queen's Birthday": Holiday.SOVEREIGNS_BIRTHDAY,
        "King's Birthday": Holiday.SOVEREIGNS_BIRTHDAY,
        "Matariki": Holiday.MATARIKI,
        "Labour Day": Holiday.LABOUR_DAY,
        "Christmas Day": Holiday.CHRISTMAS_DAY,
        "Boxing Day": Holiday.BOXING_DAY,
        "Queen Elizabeth II Memorial Day": Holiday.QEII_MEMORIAL_DAY,
        "Auckland Anniversary Day": Holiday.ANNIVERSARY_DAY,
        "Canterbury Anniversary Day": Holiday.ANNIVERSARY_DAY,
        "Chatham Islands Anniversary Day": Holiday.ANNIVERSARY_DAY,
        "Hawke's Bay Anniversary Day": Holiday.ANNIVERSARY_DAY,
        "Marlborough Anniversary Day": Holiday.ANNIVERSARY_DAY,
        "Nelson Anniversary Day": Holiday.ANNIVERSARY_DAY,
        "Otago Anniversary Day": Holiday.ANNIVERSARY_DAY,
        "South Canterbury Anniversary Day": Holiday.ANNIVERSARY_DAY,
        "Southland Anniversary Day": Holiday.ANNIVERSARY_DAY,
        "Taranaki Anniversary Day": Holiday.ANNIVERSARY_DAY,
        "Wellington Anniversary Day": Holiday.ANNIVERSARY_DAY,
        "West Coast Anniversary Day": Holiday.ANNIVERSARY_DAY,
    }
)

_OBSERVED = " (observed)"


def parse_holiday_name(raw: str) -> tuple[HolidayEntry, ...]:
    """Map one python-holidays name (possibly "A; B") to our entries.

    Raises:
        HolidayDataError: a part of the name is not one we know.
    """
    entries = []
    for part in raw.split(";"):
        name = part.strip()
        observed = name.endswith(_OBSERVED)
        if observed:
            name = name[: -len(_OBSERVED)]
        holiday = _NAMES.get(name)
        if holiday is None:
            raise HolidayDataError(
                f"python-holidays returned a holiday oiaassist does not know: {part.strip()!r} "
                f"(in {raw!r}); add it to oiaassist.law.holidays after checking the statute"
            )
        entries.append(HolidayEntry(holiday, observed, name))
    return tuple(entries)


@lru_cache(maxsize=8)
def national_holidays(first_year: int, last_year: int) -> Mapping[date, tuple[HolidayEntry, ...]]:
    """National public holidays for ``first_year``..``last_year`` inclusive, by date."""
    import holidays  # noqa: PLC0415 - deliberately lazy, see module docstring

    upstream = holidays.country_holidays("NZ", years=range(first_year, last_year + 1))
    result: dict[date, tuple[HolidayEntry, ...]] = {}
    for day, raw in sorted(upstream.items()):
        result[day] = parse_holiday_name(raw)
    return MappingProxyType(result)


@dataclass(frozen=True, slots=True)
class AnniversaryDay:
    """A province's anniversary day in one year, e.g. Wellington Anniversary Day."""

    day: date
    name: str


@lru_cache(maxsize=32)
def anniversary_days(
    province: str, first_year: int, last_year: int
) -> Mapping[int, AnniversaryDay]:
    """The anniversary day ``province`` observed in each year, overrides applied.

    Args:
        province: a python-holidays subdivision key that has an anniversary day.
        first_year: first year wanted.
        last_year: last year wanted (inclusive).

    Raises:
        HolidayDataError: python-holidays gave no single anniversary day for a year.
    """
    import holidays  # noqa: PLC0415 - deliberately lazy

    years = range(first_year, last_year + 1)
    upstream = holidays.country_holidays("NZ", subdiv=province, years=years)
    found: dict[int, AnniversaryDay] = {}
    for day, raw in upstream.items():
        for entry in parse_holiday_name(raw):
            if entry.holiday is not Holiday.ANNIVERSARY_DAY:
                continue
            if day.year in found:
                raise HolidayDataError(
                    f"python-holidays gave two anniversary days for {province} in {day.year}"
                )
            found[day.year] = AnniversaryDay(day, entry.name)
    for override in ANNIVERSARY_OVERRIDES:
        if override.province == province and override.year in found:
            found[override.year] = AnniversaryDay(override.day, found[override.year].name)
    missing = [y for y in years if y not in found]
    if missing:
        raise HolidayDataError(
            f"python-holidays gave no anniversary day for {province} in {missing[0]}"
        )
    return MappingProxyType(found)
