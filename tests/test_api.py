"""The public API contract (design.md §3)."""

from __future__ import annotations

import dataclasses
from datetime import date, datetime
from typing import Any

import pytest

import oiaassist
from oiaassist import (
    Act,
    Deadline,
    InputError,
    NotInForceError,
    OiaAssistError,
    OutOfCoverageError,
    calendar_for,
    clarification_deadline,
    extend_deadline,
    response_deadline,
    transfer_deadline,
)

SEED = date(2024, 9, 13)
DEADLINE_FUNCTIONS = [response_deadline, transfer_deadline, clarification_deadline]


def test_public_names_are_exported() -> None:
    for name in oiaassist.__all__:
        assert hasattr(oiaassist, name), name


# --- act ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("given", "act"),
    [
        (Act.OIA, Act.OIA),
        ("oia", Act.OIA),
        ("OIA", Act.OIA),
        ("LGOIMA", Act.LGOIMA),
        ("lgoima", Act.LGOIMA),
        ("privacy", Act.PRIVACY),
        ("Privacy", Act.PRIVACY),
        (Act.PRIVACY, Act.PRIVACY),
    ],
)
def test_act_accepts_enum_or_string(given: Act | str, act: Act) -> None:
    assert response_deadline(SEED, act=given).act is act
    assert calendar_for(given).act is act


def test_default_act_is_oia() -> None:
    assert response_deadline(SEED).act is Act.OIA
    assert calendar_for().act is Act.OIA


@pytest.mark.parametrize("bad", ["foia", "", "official information act"])
def test_unknown_act_is_input_error(bad: str) -> None:
    with pytest.raises(InputError) as info:
        response_deadline(SEED, act=bad)
    assert isinstance(info.value, ValueError)
    assert repr(bad) in str(info.value)


# --- dates must be dates -------------------------------------------------------------------------

NOT_DATES = [
    pytest.param(datetime(2024, 9, 13, 9, 30), id="datetime"),
    pytest.param("2024-09-13", id="string"),
    pytest.param(True, id="bool"),
    pytest.param(20240913, id="int"),
    pytest.param(None, id="none"),
]


@pytest.mark.parametrize("compute", DEADLINE_FUNCTIONS)
@pytest.mark.parametrize("bad", NOT_DATES)
def test_deadline_functions_reject_non_dates(compute: Any, bad: object) -> None:
    with pytest.raises(TypeError):
        compute(bad)


@pytest.mark.parametrize("bad", NOT_DATES)
def test_calendar_methods_reject_non_dates(bad: Any) -> None:
    cal = calendar_for(Act.OIA)
    with pytest.raises(TypeError):
        cal.is_working_day(bad)
    with pytest.raises(TypeError):
        cal.why_not_working(bad)
    with pytest.raises(TypeError):
        cal.add_working_days(bad, 5)
    with pytest.raises(TypeError):
        cal.working_days_between(bad, SEED)
    with pytest.raises(TypeError):
        cal.working_days_between(SEED, bad)
    with pytest.raises(TypeError):
        cal.non_working_days(bad, SEED)


@pytest.mark.parametrize("bad", NOT_DATES)
def test_bulk_rejects_non_dates(bad: Any) -> None:
    with pytest.raises(TypeError):
        calendar_for(Act.OIA).add_working_days_bulk([SEED, bad], 20)


def test_datetime_is_not_in_calendar() -> None:
    assert datetime(2024, 9, 16, 12) not in calendar_for(Act.OIA)
    assert date(2024, 9, 16) in calendar_for(Act.OIA)


def test_extend_to_rejects_datetime() -> None:
    with pytest.raises(TypeError):
        extend_deadline(response_deadline(SEED), to=datetime(2024, 12, 16))  # type: ignore[arg-type]


# --- keyword-only options ------------------------------------------------------------------------


@pytest.mark.parametrize("compute", DEADLINE_FUNCTIONS)
def test_act_is_keyword_only(compute: Any) -> None:
    with pytest.raises(TypeError):
        compute(SEED, Act.OIA)
    with pytest.raises(TypeError):
        compute(SEED, "lgoima", "WGN")


def test_extend_options_are_keyword_only() -> None:
    d = response_deadline(SEED)
    with pytest.raises(TypeError):
        extend_deadline(d, 45)  # type: ignore[misc]


# --- regions -------------------------------------------------------------------------------------


def test_unknown_region_names_the_region() -> None:
    with pytest.raises(InputError) as info:
        response_deadline(SEED, act=Act.LGOIMA, region="Narnia")
    assert isinstance(info.value, ValueError)
    assert isinstance(info.value, OiaAssistError)
    assert "Narnia" in str(info.value)
    assert info.value.field == "region"


def test_unknown_region_for_calendar_for() -> None:
    with pytest.raises(InputError, match="Atlantis"):
        calendar_for(Act.LGOIMA, "Atlantis")


def test_region_by_name_or_code() -> None:
    by_code = response_deadline(date(2026, 1, 12), act="lgoima", region="WGN")
    by_name = response_deadline(date(2026, 1, 12), act="lgoima", region="Wellington")
    assert by_code.region == by_name.region == "WGN"
    assert by_code.due == by_name.due == date(2026, 2, 11)  # D14


def test_oia_drops_the_region() -> None:
    d = response_deadline(date(2026, 1, 12), act="oia", region="WGN")
    assert d.region is None
    assert d.due == date(2026, 2, 13)  # D15


def test_a_region_without_an_act_means_lgoima() -> None:
    """Only LGOIMA counts anniversary days (s 2(1)(b)): a region is never silently dropped."""
    d = response_deadline(date(2026, 1, 12), region="WGN")
    assert (d.act, d.region, d.due) == (Act.LGOIMA, "WGN", date(2026, 2, 11))  # D14


# --- coverage -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("received", "act", "year"),
    [
        (date(2053, 6, 5), Act.OIA, 2053),
        (date(2053, 6, 5), Act.LGOIMA, 2053),
        (date(1980, 1, 1), Act.OIA, 1980),
        (date(1987, 6, 1), Act.LGOIMA, 1987),
        (date(2020, 11, 30), Act.PRIVACY, 2020),
        (date(2053, 5, 20), Act.OIA, 2053),  # the count itself runs past May 2053
    ],
)
def test_out_of_coverage_names_the_year(received: date, act: Act, year: int) -> None:
    with pytest.raises(OutOfCoverageError) as info:
        response_deadline(received, act=act)
    assert info.value.year == year
    assert str(year) in str(info.value)
    assert isinstance(info.value, ValueError)
    assert isinstance(info.value, OiaAssistError)


def test_first_covered_days_work() -> None:
    assert response_deadline(date(1987, 4, 1)).due == date(1987, 5, 1)
    assert response_deadline(date(1988, 3, 1), act="lgoima").due > date(1988, 3, 1)
    assert response_deadline(date(2020, 12, 1), act="privacy").due > date(2020, 12, 1)
    assert calendar_for(Act.OIA).is_working_day(date(2052, 12, 24))


def test_calendar_out_of_coverage() -> None:
    cal = calendar_for(Act.OIA)
    with pytest.raises(OutOfCoverageError) as info:
        cal.is_working_day(date(2053, 6, 1))
    assert info.value.year == 2053
    with pytest.raises(OutOfCoverageError) as info:
        cal.add_working_days(date(1983, 6, 30), 1)
    assert info.value.year == 1983
    with pytest.raises(OutOfCoverageError):
        cal.add_working_days(date(2053, 4, 1), 60)
    with pytest.raises(OutOfCoverageError):
        extend_deadline(response_deadline(date(2053, 2, 1)), working_days=100)


def test_negative_count_is_input_error() -> None:
    with pytest.raises(InputError):
        calendar_for(Act.OIA).add_working_days(SEED, -1)
    with pytest.raises(InputError):
        calendar_for(Act.OIA).add_working_days_bulk([SEED], 0)


# --- limits not in force / not in the Act ---------------------------------------------------------


def test_clarification_before_2015_amendment() -> None:
    with pytest.raises(NotInForceError) as info:
        clarification_deadline(date(2015, 3, 25))
    assert isinstance(info.value, OiaAssistError)
    assert "2015-03-26" in str(info.value)
    # in force 26 Mar 2015 (law.md §4.3)
    assert clarification_deadline(date(2015, 3, 26)).working_days == 7


def test_privacy_act_has_no_clarification_limit() -> None:
    with pytest.raises(InputError) as info:
        clarification_deadline(SEED, act=Act.PRIVACY)
    assert "clarification" in str(info.value)
    assert "Privacy Act 2020" in str(info.value)


# --- Deadline value ------------------------------------------------------------------------------


def test_deadline_is_frozen() -> None:
    d = response_deadline(SEED)
    with pytest.raises(dataclasses.FrozenInstanceError):
        d.due = date(2024, 10, 12)  # type: ignore[misc]


def test_deadline_is_hashable_and_equal_by_value() -> None:
    a = response_deadline(SEED)
    b = response_deadline(SEED)
    assert a == b
    assert hash(a) == hash(b)
    assert len({a, b, transfer_deadline(SEED)}) == 2
    _ = a.skipped  # a cached trail must not change equality or hash
    assert a == b
    assert hash(a) == hash(b)
    e1 = extend_deadline(a, working_days=45)
    e2 = extend_deadline(b, to=date(2024, 12, 16))
    assert e1 == e2
    assert hash(e1) == hash(e2)
    assert isinstance(e1, Deadline)


def test_received_and_total_through_extension() -> None:
    d = response_deadline(SEED)
    assert d.received == SEED
    assert d.total_working_days == 20
    assert d.extends is None
    e = extend_deadline(d, working_days=45)
    assert e.received == SEED
    assert e.total_working_days == 65
    assert e.act is Act.OIA


# --- extend_deadline argument errors -------------------------------------------------------------


def test_extend_needs_exactly_one_of_working_days_or_to() -> None:
    d = response_deadline(SEED)
    with pytest.raises(InputError):
        extend_deadline(d)
    with pytest.raises(InputError):
        extend_deadline(d, working_days=45, to=date(2024, 12, 16))


@pytest.mark.parametrize("to", [date(2024, 10, 11), date(2024, 10, 1)])
def test_extend_to_must_be_after_due(to: date) -> None:
    with pytest.raises(InputError) as info:
        extend_deadline(response_deadline(SEED), to=to)
    assert "2024-10-11" in str(info.value)


@pytest.mark.parametrize("n", [0, -5, True])
def test_extend_working_days_must_be_positive_int(n: Any) -> None:
    with pytest.raises(InputError):
        extend_deadline(response_deadline(SEED), working_days=n)


def test_extend_needs_a_deadline() -> None:
    with pytest.raises(TypeError):
        extend_deadline(SEED, working_days=45)  # type: ignore[arg-type]


def test_extend_to_a_weekend_counts_working_days() -> None:
    # To Sat 14 Dec 2024: the same working days as to Fri 13 Dec (hand-checked: 44).
    d = response_deadline(SEED)
    assert extend_deadline(d, to=date(2024, 12, 14)).working_days == 44
    assert extend_deadline(d, to=date(2024, 12, 14)).due == date(2024, 12, 14)
