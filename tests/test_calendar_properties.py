"""Property tests for the working-day calendar (design.md §6).

Each property runs for every Act, and for LGOIMA with and without regions.
Dates stay inside coverage (each Act's commencement to mid-2052) and counts
stay at or below 100 so that every result lands inside 2052.
"""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from oiaassist import Act, WorkingDayCalendar, calendar_for

LAST_START = date(2052, 6, 30)
LGOIMA_2019_CHANGE = date(2019, 3, 21)

# (act, region, first covered day): OIA s1(2), LGOIMA 1 Mar 1988, Privacy Act 2020 s2.
CALENDARS = [
    pytest.param(Act.OIA, None, date(1983, 7, 1), id="oia"),
    pytest.param(Act.LGOIMA, None, date(1988, 3, 1), id="lgoima"),
    pytest.param(Act.LGOIMA, "WGN", date(1988, 3, 1), id="lgoima-wgn"),
    pytest.param(Act.LGOIMA, "CIT", date(1988, 3, 1), id="lgoima-cit"),
    pytest.param(Act.LGOIMA, "South Canterbury", date(1988, 3, 1), id="lgoima-south-canterbury"),
    pytest.param(Act.PRIVACY, None, date(2020, 12, 1), id="privacy"),
]

FAST = settings(
    max_examples=60,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture],
)

counts = st.integers(min_value=1, max_value=100)


def starts(first: date) -> st.SearchStrategy[date]:
    return st.dates(min_value=first, max_value=LAST_START)


def in_closed_period(act: Act, day: date) -> bool:
    """Independent statement of the closed periods (law.md §1 rows 1, 9, 11)."""
    md = (day.month, day.day)
    if act is Act.LGOIMA and day >= LGOIMA_2019_CHANGE:
        return md >= (12, 20) or md <= (1, 10)
    return md >= (12, 25) or md <= (1, 15)


def naive_add(cal: WorkingDayCalendar, start: date, n: int) -> date:
    """law.md §11 add_wd: step one day at a time, counting working days."""
    day, counted = start, 0
    while counted < n:
        day += timedelta(days=1)
        if cal.is_working_day(day):
            counted += 1
    return day


@pytest.mark.parametrize(("act", "region", "first"), CALENDARS)
@FAST
@given(data=st.data())
def test_result_is_a_working_day_outside_closed_period(
    act: Act, region: str | None, first: date, data: st.DataObject
) -> None:
    cal = calendar_for(act, region)
    start = data.draw(starts(first))
    n = data.draw(counts)
    result = cal.add_working_days(start, n)
    assert result > start
    assert cal.is_working_day(result)
    assert result.weekday() < 5
    assert not in_closed_period(act, result)
    assert result <= date(2052, 12, 31)


@pytest.mark.parametrize(("act", "region", "first"), CALENDARS)
@FAST
@given(data=st.data())
def test_between_inverts_add(
    act: Act, region: str | None, first: date, data: st.DataObject
) -> None:
    cal = calendar_for(act, region)
    start = data.draw(starts(first))
    n = data.draw(st.integers(min_value=0, max_value=100))
    end = cal.add_working_days(start, n)
    assert cal.working_days_between(start, end) == n
    assert cal.working_days_between(end, start) == -n
    # the n-th working day is the first day at which the count reaches n
    if n >= 1:
        assert cal.working_days_between(start, end - timedelta(days=1)) == n - 1


@pytest.mark.parametrize(("act", "region", "first"), CALENDARS)
@FAST
@given(data=st.data())
def test_add_composes(act: Act, region: str | None, first: date, data: st.DataObject) -> None:
    cal = calendar_for(act, region)
    start = data.draw(starts(first))
    a = data.draw(st.integers(min_value=0, max_value=50))
    b = data.draw(st.integers(min_value=0, max_value=50))
    assert cal.add_working_days(cal.add_working_days(start, a), b) == cal.add_working_days(
        start, a + b
    )


@pytest.mark.parametrize(("act", "region", "first"), CALENDARS)
@FAST
@given(data=st.data())
def test_monotonic_in_start_and_count(
    act: Act, region: str | None, first: date, data: st.DataObject
) -> None:
    cal = calendar_for(act, region)
    s1 = data.draw(starts(first))
    s2 = data.draw(starts(first))
    n1 = data.draw(counts)
    n2 = data.draw(counts)
    s1, s2 = min(s1, s2), max(s1, s2)
    n1, n2 = min(n1, n2), max(n1, n2)
    assert cal.add_working_days(s1, n1) <= cal.add_working_days(s2, n1)
    assert cal.add_working_days(s1, n1) <= cal.add_working_days(s1, n2)
    if n1 < n2:
        assert cal.add_working_days(s1, n1) < cal.add_working_days(s1, n2)


@pytest.mark.parametrize(("act", "region", "first"), CALENDARS)
@FAST
@given(data=st.data())
def test_bulk_equals_scalar(act: Act, region: str | None, first: date, data: st.DataObject) -> None:
    cal = calendar_for(act, region)
    many = data.draw(st.lists(starts(first), max_size=30))
    n = data.draw(counts)
    assert cal.add_working_days_bulk(many, n) == [cal.add_working_days(s, n) for s in many]


@pytest.mark.parametrize(("act", "region", "first"), CALENDARS)
@FAST
@given(data=st.data())
def test_naive_loop_agrees(act: Act, region: str | None, first: date, data: st.DataObject) -> None:
    cal = calendar_for(act, region)
    start = data.draw(starts(first))
    n = data.draw(counts)
    assert cal.add_working_days(start, n) == naive_add(cal, start, n)


@pytest.mark.parametrize(("act", "region", "first"), CALENDARS)
@FAST
@given(data=st.data())
def test_working_and_non_working_days_partition_the_interval(
    act: Act, region: str | None, first: date, data: st.DataObject
) -> None:
    cal = calendar_for(act, region)
    start = data.draw(starts(first))
    end = start + timedelta(days=data.draw(st.integers(min_value=0, max_value=120)))
    working = list(cal.working_days(start, end))
    skipped = cal.non_working_days(start, end)
    assert len(working) == cal.working_days_between(start, end)
    assert len(working) + len(skipped) == (end - start).days
    assert all(cal.is_working_day(d) for d in working)
    assert all(not cal.is_working_day(s.day) and s.reasons for s in skipped)
    assert sorted(working + [s.day for s in skipped]) == [
        start + timedelta(days=i) for i in range(1, (end - start).days + 1)
    ]
    for d in working:
        assert not in_closed_period(act, d)
