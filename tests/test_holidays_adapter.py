"""Cross-check of the python-holidays adapter against an independent rule model.

The model below is written from the statute text in ``shared/law.md`` (§1 row 1,
§2.1, §2.4, §3, §5.1), not from python-holidays: our own Easter computus, the
first Monday of June, the fourth Monday of October, 6 February and 25 April
with Saturday/Sunday -> next Monday from 2014 only, the Matariki Schedule 1
table and QEII Memorial Day. For every year 1983-2052 and every Act, the
non-working weekdays outside the closed period that the calendar reports must
be exactly the model's, so an upstream change fails CI instead of moving a
deadline.
"""

from __future__ import annotations

from datetime import date, timedelta

import holidays
import pytest

from oiaassist import Act, HolidayDataError, ReasonCode, calendar_for
from oiaassist.law.holidays import (
    Holiday,
    anniversary_days,
    national_holidays,
    parse_holiday_name,
)
from oiaassist.law.regions import parse_region

YEARS = range(1983, 2053)
LGOIMA_2019_CHANGE = date(2019, 3, 21)

# law.md §3: Te Kāhui o Matariki Public Holiday Act 2022, Schedule 1 (all Fridays).
MATARIKI = {
    2022: date(2022, 6, 24),
    2023: date(2023, 7, 14),
    2024: date(2024, 6, 28),
    2025: date(2025, 6, 20),
    2026: date(2026, 7, 10),
    2027: date(2027, 6, 25),
    2028: date(2028, 7, 14),
    2029: date(2029, 7, 6),
    2030: date(2030, 6, 21),
    2031: date(2031, 7, 11),
    2032: date(2032, 7, 2),
    2033: date(2033, 6, 24),
    2034: date(2034, 7, 7),
    2035: date(2035, 6, 29),
    2036: date(2036, 7, 18),
    2037: date(2037, 7, 10),
    2038: date(2038, 6, 25),
    2039: date(2039, 7, 15),
    2040: date(2040, 7, 6),
    2041: date(2041, 7, 19),
    2042: date(2042, 7, 11),
    2043: date(2043, 7, 3),
    2044: date(2044, 6, 24),
    2045: date(2045, 7, 7),
    2046: date(2046, 6, 29),
    2047: date(2047, 7, 19),
    2048: date(2048, 7, 3),
    2049: date(2049, 6, 25),
    2050: date(2050, 7, 15),
    2051: date(2051, 6, 30),
    2052: date(2052, 6, 21),
}
QEII_MEMORIAL_DAY = date(2022, 9, 26)  # law.md §2.4


def easter_sunday(year: int) -> date:
    """Anonymous Gregorian algorithm (Meeus/Jones/Butcher)."""
    a = year % 19
    b, c = divmod(year, 100)
    d, e = divmod(b, 4)
    f = (b + 8) // 25
    g = (b - f + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    weekday_fix = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * weekday_fix) // 451
    month, day = divmod(h + weekday_fix - 7 * m + 114, 31)
    return date(year, month, day + 1)


def nth_monday(year: int, month: int, n: int) -> date:
    first = date(year, month, 1)
    first_monday = first + timedelta(days=(7 - first.weekday()) % 7)
    return first_monday + timedelta(weeks=n - 1)


def nearest_monday(day: date) -> date:
    """The Monday closest to ``day`` (Mon-Thu go back, Fri-Sun go forward)."""
    w = day.weekday()
    return day - timedelta(days=w) if w <= 3 else day + timedelta(days=7 - w)


def next_monday_if_weekend(day: date) -> date | None:
    if day.weekday() == 5:
        return day + timedelta(days=2)
    if day.weekday() == 6:
        return day + timedelta(days=1)
    return None


def named_days(year: int) -> set[date]:
    """OIA s 2(1) "working day" paras (a) and (ab), plus QEII day, for one year."""
    easter = easter_sunday(year)
    days = {
        date(year, 2, 6),  # Waitangi Day
        easter - timedelta(days=2),  # Good Friday
        easter + timedelta(days=1),  # Easter Monday
        date(year, 4, 25),  # Anzac Day
        nth_monday(year, 6, 1),  # Sovereign's birthday
        nth_monday(year, 10, 4),  # Labour Day
    }
    if year >= 2014:  # para (ab), from 1 Jan 2014
        for fixed in (date(year, 2, 6), date(year, 4, 25)):
            monday = next_monday_if_weekend(fixed)
            if monday is not None:
                days.add(monday)
    if year in MATARIKI:
        days.add(MATARIKI[year])
    if year == QEII_MEMORIAL_DAY.year:
        days.add(QEII_MEMORIAL_DAY)
    return days


def anniversary(region: str, year: int) -> date | None:
    """The two anniversary rules we model independently (Monday nearest the date)."""
    if region == "WGN":
        return nearest_monday(date(year, 1, 22))
    if region in ("AUK", "GIS"):  # Gisborne keeps Auckland's day (regions.py)
        return nearest_monday(date(year, 1, 29))
    return None


def closed(act: Act, day: date) -> bool:
    md = (day.month, day.day)
    if act is Act.LGOIMA and day >= LGOIMA_2019_CHANGE:
        return md >= (12, 20) or md <= (1, 10)
    return md >= (12, 25) or md <= (1, 15)


def model_non_working_weekdays(act: Act, region: str | None, year: int, first: date) -> set[date]:
    days = set(named_days(year))
    if act is Act.LGOIMA and region is not None:
        extra = anniversary(region, year)
        if extra is not None and extra >= LGOIMA_2019_CHANGE:
            days.add(extra)
    return {d for d in days if d >= first and d.weekday() < 5 and not closed(act, d)}


CALENDARS = [
    pytest.param(Act.OIA, None, date(1983, 7, 1), id="oia"),
    pytest.param(Act.LGOIMA, None, date(1988, 3, 1), id="lgoima"),
    pytest.param(Act.LGOIMA, "WGN", date(1988, 3, 1), id="lgoima-wgn"),
    pytest.param(Act.LGOIMA, "AUK", date(1988, 3, 1), id="lgoima-auk"),
    pytest.param(Act.LGOIMA, "GIS", date(1988, 3, 1), id="lgoima-gis"),
    pytest.param(Act.PRIVACY, None, date(2020, 12, 1), id="privacy"),
]


def test_easter_model_spot_checks() -> None:
    # Sanity of our own computus against dates in law.md (§9 S4, D11, D12, S12).
    assert easter_sunday(2017) == date(2017, 4, 16)
    assert easter_sunday(2038) == date(2038, 4, 25)
    assert easter_sunday(2011) == date(2011, 4, 24)
    assert easter_sunday(2024) == date(2024, 3, 31)


def test_matariki_model_is_all_fridays() -> None:
    assert len(MATARIKI) == 31
    assert all(d.weekday() == 4 for d in MATARIKI.values())


@pytest.mark.parametrize(("act", "region", "first"), CALENDARS)
def test_calendar_matches_independent_model(act: Act, region: str | None, first: date) -> None:
    cal = calendar_for(act, region)
    mismatches = []
    for year in YEARS:
        if year < first.year:
            continue
        reported = set()
        closed_but_working = []
        day = max(date(year, 1, 1), first)
        while day.year == year:
            if closed(act, day):
                why = cal.why_not_working(day)
                if why is None or why.reason.code is not ReasonCode.CLOSED_PERIOD:
                    closed_but_working.append(day)
            elif day.weekday() < 5 and not cal.is_working_day(day):
                reported.add(day)
            elif day.weekday() >= 5:
                assert not cal.is_working_day(day), day
            day += timedelta(days=1)
        expected = model_non_working_weekdays(act, region, year, first)
        if reported != expected or closed_but_working:
            mismatches.append(
                (
                    year,
                    sorted(reported - expected),
                    sorted(expected - reported),
                    closed_but_working,
                )
            )
    assert mismatches == [], "(year, calendar only, model only, closed-period misses)"


def test_mondayised_days_are_labelled_as_such() -> None:
    cal = calendar_for(Act.OIA)
    for year in range(2014, 2053):
        for fixed in (date(year, 2, 6), date(year, 4, 25)):
            monday = next_monday_if_weekend(fixed)
            if monday is None:
                continue
            why = cal.why_not_working(monday)
            assert why is not None
            assert ReasonCode.MONDAYISED in {r.code for r in why.reasons}, monday


def test_every_upstream_name_is_known() -> None:
    # Raises HolidayDataError if python-holidays renames or adds a holiday in our range.
    table = national_holidays(1983, 2052)
    assert table
    statutory = {Holiday.MATARIKI, Holiday.QEII_MEMORIAL_DAY, Holiday.SOVEREIGNS_BIRTHDAY}
    assert statutory <= {e.holiday for entries in table.values() for e in entries}


# --- parse_holiday_name --------------------------------------------------------------------------


def test_parse_merged_name() -> None:
    entries = parse_holiday_name("Anzac Day; Easter Monday")
    assert [(e.holiday, e.observed) for e in entries] == [
        (Holiday.ANZAC_DAY, False),
        (Holiday.EASTER_MONDAY, False),
    ]


def test_parse_observed_name() -> None:
    (entry,) = parse_holiday_name("Waitangi Day (observed)")
    assert entry.holiday is Holiday.WAITANGI_DAY
    assert entry.observed is True
    assert entry.name == "Waitangi Day"
    merged = parse_holiday_name("Anzac Day (observed); Easter Monday")
    assert [(e.holiday, e.observed) for e in merged] == [
        (Holiday.ANZAC_DAY, True),
        (Holiday.EASTER_MONDAY, False),
    ]


@pytest.mark.parametrize("name", ["Queen's Birthday", "King's Birthday"])
def test_parse_sovereigns_birthday(name: str) -> None:
    (entry,) = parse_holiday_name(name)
    assert entry.holiday is Holiday.SOVEREIGNS_BIRTHDAY
    assert entry.name == name


def test_parse_anniversary_and_memorial_day() -> None:
    entries = parse_holiday_name(
        "Queen Elizabeth II Memorial Day; South Canterbury Anniversary Day"
    )
    assert [e.holiday for e in entries] == [Holiday.QEII_MEMORIAL_DAY, Holiday.ANNIVERSARY_DAY]


@pytest.mark.parametrize(
    "name", ["Canterbury Earthquake Commemoration Day", "Anzac Day; Mystery Day", ""]
)
def test_parse_unknown_name_raises(name: str) -> None:
    with pytest.raises(HolidayDataError):
        parse_holiday_name(name)


# --- regions ------------------------------------------------------------------------------------


@pytest.mark.parametrize("code", holidays.NZ.subdivisions)
def test_every_subdivision_code_resolves(code: str) -> None:
    assert parse_region(code) == code
    assert parse_region(code.lower()) == code


@pytest.mark.parametrize(("alias", "code"), sorted(holidays.NZ.subdivisions_aliases.items()))
def test_every_upstream_alias_resolves(alias: str, code: str) -> None:
    assert parse_region(alias) == code
    assert parse_region(alias.upper()) == code


@pytest.mark.parametrize(
    ("typed", "code"),
    [
        ("Manawatu-Whanganui", "MWT"),
        ("manawatu whanganui", "MWT"),
        ("tamaki-makaurau", "AUK"),
        ("Te Tairawhiti", "GIS"),
        ("O Takou", "OTA"),
        ("te matau a maui", "HKB"),
        ("Whakatu", "NSN"),
        ("  wellington ", "WGN"),
        ("south canterbury", "South Canterbury"),
    ],
)
def test_macronless_and_loose_input(typed: str, code: str) -> None:
    assert parse_region(typed) == code


def test_none_region_stays_none() -> None:
    assert parse_region(None) is None


# --- anniversary days ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("province", "year", "day"),
    [
        # law.md §5.1, observed dates for 2019 (employers.co.nz)
        ("AUK", 2019, date(2019, 1, 28)),
        ("WGN", 2019, date(2019, 1, 21)),
        ("WTC", 2019, date(2019, 12, 2)),
        ("CIT", 2019, date(2019, 12, 2)),
        ("CAN", 2019, date(2019, 11, 15)),
        ("South Canterbury", 2019, date(2019, 9, 23)),
        # law.md §9 S6 and D14, D16
        ("WTC", 2022, date(2022, 11, 28)),
        ("CIT", 2022, date(2022, 11, 28)),
        ("WGN", 2026, date(2026, 1, 19)),
        ("WTC", 2025, date(2025, 12, 1)),
        ("CIT", 2025, date(2025, 12, 1)),
        # law.md §5.1: moved from 26 Sep to Fri 11 Nov 2022 (override)
        ("South Canterbury", 2022, date(2022, 11, 11)),
    ],
)
def test_anniversary_days_from_law_md(province: str, year: int, day: date) -> None:
    assert anniversary_days(province, year, year)[year].day == day


@pytest.mark.parametrize(
    ("region", "day", "name"),
    [
        # stack-notes.md §1 (2024 with a subdivision)
        ("AUK", date(2024, 1, 29), "Auckland Anniversary Day"),
        ("WGN", date(2024, 1, 22), "Wellington Anniversary Day"),
        ("NSN", date(2024, 1, 29), "Nelson Anniversary Day"),
        ("TKI", date(2024, 3, 11), "Taranaki Anniversary Day"),
        ("OTA", date(2024, 3, 25), "Otago Anniversary Day"),
        ("STL", date(2024, 4, 2), "Southland Anniversary Day"),
        ("South Canterbury", date(2024, 9, 23), "South Canterbury Anniversary Day"),
        ("HKB", date(2024, 10, 25), "Hawke's Bay Anniversary Day"),
        ("MBH", date(2024, 11, 4), "Marlborough Anniversary Day"),
        ("CAN", date(2024, 11, 15), "Canterbury Anniversary Day"),
        ("CIT", date(2024, 12, 2), "Chatham Islands Anniversary Day"),
        ("WTC", date(2024, 12, 2), "West Coast Anniversary Day"),
        ("NTL", date(2024, 1, 29), "Auckland Anniversary Day"),
        # python-holidays gives these none; each keeps its province's day (regions.py)
        ("GIS", date(2024, 1, 29), "Auckland Anniversary Day"),
        ("BOP", date(2024, 1, 29), "Auckland Anniversary Day"),
        ("WKO", date(2024, 1, 29), "Auckland Anniversary Day"),
        ("MWT", date(2024, 1, 22), "Wellington Anniversary Day"),
        ("TAS", date(2024, 1, 29), "Nelson Anniversary Day"),
    ],
)
def test_lgoima_region_anniversary_2024(region: str, day: date, name: str) -> None:
    cal = calendar_for(Act.LGOIMA, region)
    why = cal.why_not_working(day)
    assert why is not None
    assert why.reason.code is ReasonCode.ANNIVERSARY_DAY
    assert why.reason.label == name
    assert calendar_for(Act.OIA).is_working_day(day)
    assert calendar_for(Act.LGOIMA).is_working_day(day)


@pytest.mark.parametrize("code", ["GIS", "BOP", "WKO", "MWT", "TAS"])
def test_upstream_still_gives_these_regions_no_anniversary(code: str) -> None:
    # The premise of regions.py's province mapping (stack-notes.md §1). If python-holidays
    # starts giving these regions a day, re-check the mapping against it.
    upstream = holidays.country_holidays("NZ", subdiv=code, years=2024)
    assert not [n for n in upstream.values() if "Anniversary" in n]
