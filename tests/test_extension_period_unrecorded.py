"""An extension whose period is not recorded: lateness "cannot tell", never asserted.

A requester often knows an extension was notified before having the notice to hand (or a
letter only refers to it, dev fyi-16987). Recorded with no period, it used to read as a
notice that *states* none (s 15A(4)(a)): not applied, so a decision inside the real extension
was called late, a deemed refusal (s 28(4)). Now "not recorded" (``stated_period`` None) and
"the notice states none" (``stated_period`` False) are different facts. The story is MFAT
OIA 29681: received Fri 13 Sep 2024, due Fri 11 Oct; extended on 10 Oct by 45 working days
to Mon 16 Dec 2024; decided 16 Dec.
"""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from oiaassist.drafting.followups import Reminder
from oiaassist.tracking import FindingCode, Request, Severity, Status, assess
from oiaassist.tracking.next_step import next_step
from oiaassist.tracking.report import build_report
from oiaassist.tracking.words import headline

F = FindingCode
RECEIVED = "2024-09-13"
ORIGINAL = date(2024, 10, 11)


def mfat(*events: dict[str, Any]) -> Request:
    return Request.model_validate(
        {
            "agency": "Ministry of Foreign Affairs and Trade",
            "reference": "OIA 29681",
            "events": [{"type": "received", "date": RECEIVED}, *events],
        }
    )


EXTENDED = {"type": "extension_notified", "date": "2024-10-10"}
DECIDED = {"type": "decision_notified", "date": "2024-12-16", "outcome": "granted"}


def codes(request: Request, today: date) -> set[FindingCode]:
    return {f.code for f in assess(request, today=today).findings}


def test_the_real_story_with_its_period_is_on_time() -> None:
    a = assess(mfat({**EXTENDED, "working_days": 45}, DECIDED), today=date(2024, 12, 17))
    assert a.status is Status.DECIDED_ON_TIME and a.effective_deadline == date(2024, 12, 16)
    assert a.unrecorded_extension is None


def test_decided_after_an_extension_of_unrecorded_period_is_not_called_late() -> None:
    request = mfat(EXTENDED, DECIDED)
    a = assess(request, today=date(2024, 12, 17))
    assert a.status is Status.DECIDED_POSSIBLY_LATE
    assert a.working_days_late is None and not a.problems
    assert a.unrecorded_extension == date(2024, 10, 10)
    found = {f.code: f for f in a.findings}
    assert F.DECIDED_LATE not in found and F.EXTENSION_NO_PERIOD not in found
    assert found[F.EXTENSION_PERIOD_UNRECORDED].severity is Severity.WARNING
    assert found[F.DECIDED_AFTER_UNRECORDED_EXTENSION].facts["notified"] == date(2024, 10, 10)
    # every face says the date is in doubt, and why
    assert "its period is not recorded" in headline(a)
    assert "whether it was late is in doubt" in headline(a)
    step = next_step(request, a)
    assert "settle the deadline" in step.text and "complain to" not in step.text


def test_undecided_after_the_original_deadline_is_possibly_overdue() -> None:
    request = mfat(EXTENDED)
    a = assess(request, today=date(2024, 11, 20))
    assert a.status is Status.POSSIBLY_OVERDUE and not a.problems
    assert F.OVERDUE_UNLESS_EXTENDED in codes(request, date(2024, 11, 20))
    assert F.DEEMED_REFUSAL not in codes(request, date(2024, 11, 20))
    step = next_step(request, a)
    assert "Add the period of the extension notified on 10 October 2024" in step.text
    # a reminder letter asserts an overdue decision: not on an unknown deadline
    with pytest.raises(ValueError, match="not overdue"):
        Reminder(request=request, dated=date(2024, 11, 20))


def test_before_the_original_deadline_it_is_awaited_not_due_soon() -> None:
    a = assess(mfat(EXTENDED), today=date(2024, 10, 10))
    assert a.status is Status.AWAITING  # the agency has extended: "due soon" would mislead
    assert "or later: an extension was notified on 10 October 2024" in headline(a)


def test_a_notice_that_states_no_period_still_extends_nothing() -> None:
    request = mfat({**EXTENDED, "stated_period": False}, DECIDED)
    a = assess(request, today=date(2024, 12, 17))
    assert a.status is Status.DECIDED_LATE  # s 15A(4)(a): the notice must state the period
    assert {F.EXTENSION_NO_PERIOD, F.DECIDED_LATE} <= {f.code for f in a.problems}


def test_a_late_notice_is_late_whatever_its_period() -> None:
    # s 15A(3): notice within the original limit; the dates alone show this one came after
    a = assess(mfat({**EXTENDED, "date": "2024-10-15"}), today=date(2024, 10, 20))
    assert F.EXTENSION_LATE in {f.code for f in a.problems}
    assert a.unrecorded_extension is None and a.status is Status.OVERDUE


def test_a_later_notice_with_its_date_settles_the_deadline() -> None:
    # a second notice inside the original limit (s 15A(3)) stating its date: that date counts
    later = {"type": "extension_notified", "date": "2024-10-11", "extended_to": "2024-12-16"}
    a = assess(mfat(EXTENDED, later, DECIDED), today=date(2024, 12, 17))
    assert a.unrecorded_extension is None and a.effective_deadline == date(2024, 12, 16)
    assert a.status is Status.DECIDED_ON_TIME
    assert F.EXTENSION_SECOND in {f.code for f in a.findings}
    # working days only, counted on from an extension whose end is unknown: still unknown
    by_days = {"type": "extension_notified", "date": "2024-10-11", "working_days": 10}
    a = assess(mfat(EXTENDED, by_days, DECIDED), today=date(2024, 12, 17))
    assert a.unrecorded_extension == date(2024, 10, 10) and not a.problems


def test_a_further_notice_after_the_original_limit_is_purported() -> None:
    # after the original limit a further extension is only "purported" (law.md §4.5, §9 S1):
    # the deadline stays the first extension's end, which is not recorded
    later = {"type": "extension_notified", "date": "2024-11-01", "extended_to": "2024-12-16"}
    a = assess(mfat(EXTENDED, later, DECIDED), today=date(2024, 12, 17))
    purported = [f for f in a.problems if f.code is F.EXTENSION_PURPORTED]
    assert [f.facts["unrecorded"] for f in purported] == [date(2024, 10, 10)]
    assert "end of the extension notified on 10 October 2024" in purported[0].message
    assert a.status is Status.DECIDED_POSSIBLY_LATE and a.working_days_late is None
    # the same when the further notice's period is not recorded either
    unknown = {"type": "extension_notified", "date": "2024-11-01"}
    a = assess(mfat(EXTENDED, unknown, DECIDED), today=date(2024, 12, 17))
    assert [f.facts.get("unrecorded") for f in a.problems] == [date(2024, 10, 10)]
    assert a.status is Status.DECIDED_POSSIBLY_LATE


def test_a_transfer_after_an_extended_transfer_limit_of_unrecorded_period() -> None:
    # s 15A(1) may extend the s 14 limit (law.md §12.7): received 13 Sep, limit 27 Sep
    extension = {**EXTENDED, "date": "2024-09-20", "limit": "transfer"}
    moved = {"type": "transferred", "date": "2024-10-04", "to_agency": "Ministry of Health"}
    found = {f.code: f for f in assess(mfat(extension, moved), today=date(2024, 10, 5)).findings}
    assert F.TRANSFER_LATE not in found
    assert found[F.TRANSFER_AFTER_UNRECORDED_EXTENSION].severity is Severity.WARNING
    assert found[F.EXTENSION_PERIOD_UNRECORDED].facts["due"] == date(2024, 9, 27)


def test_the_report_and_the_cli_carry_the_doubt() -> None:
    report = build_report([mfat(EXTENDED, DECIDED)], today=date(2024, 12, 17))
    assert "an extension notified 2024-10-10 has no period recorded" in report.rows[0].alternatives
    totals = report.totals
    assert (totals.in_doubt, totals.on_time, totals.late) == (1, 0, 0)
    known = build_report(
        [mfat({**EXTENDED, "working_days": 45}, DECIDED)], today=date(2024, 12, 17)
    )
    assert (known.totals.in_doubt, known.totals.on_time) == (0, 1)


def test_an_alternative_date_earlier_than_the_deadline_makes_lateness_a_doubt() -> None:
    # clarified on day 3 (in the window), the agency not saying whether it treats the amended
    # request as new: due 20 working days after the clarification, or 11 Oct if not new
    request = mfat(
        {"type": "clarification_sought", "date": "2024-09-17", "proposal": "narrow it"},
        {"type": "clarified", "date": "2024-09-18"},
        {"type": "decision_notified", "date": "2024-10-14", "outcome": "granted"},
    )
    a = assess(request, today=date(2024, 10, 15))
    assert a.effective_deadline == date(2024, 10, 16)
    assert [alt.due for alt in a.alternatives] == [ORIGINAL]
    assert a.status is Status.DECIDED_POSSIBLY_LATE  # once "Decided on time", silently
    assert F.DECIDED_LATE_IF in {f.code for f in a.findings} and not a.problems
    assert "whether it was late is in doubt" in headline(a)


@settings(max_examples=150, deadline=None)
@given(
    notice=st.integers(min_value=0, max_value=27),
    after=st.integers(min_value=1, max_value=200),
)
def test_never_late_on_an_extension_of_unknown_period(notice: int, after: int) -> None:
    """Any notice in time, any decision after the original limit: no lateness asserted."""
    noticed = date(2024, 9, 13) + timedelta(days=notice)
    if noticed > ORIGINAL:
        return
    decided = ORIGINAL + timedelta(days=after)
    request = mfat(
        {"type": "extension_notified", "date": noticed.isoformat()},
        {"type": "decision_notified", "date": decided.isoformat(), "outcome": "granted"},
    )
    a = assess(request, today=decided + timedelta(days=1))
    assert not a.problems and a.working_days_late is None
    assert a.status is Status.DECIDED_POSSIBLY_LATE


def test_the_timeline_row_says_which_of_the_two_it_is() -> None:
    from oiaassist.app.request_view.timeline.event_fields import describe  # noqa: PLC0415

    assert describe(dict(EXTENDED)) == "period not recorded"
    assert describe({**EXTENDED, "stated_period": False}) == "the notice states no period"
    assert describe({**EXTENDED, "working_days": 45}) == "45 working days"


def test_coming_up_does_not_give_the_first_deadline_as_certain() -> None:
    from oiaassist.tracking.coming_up import upcoming_for  # noqa: PLC0415

    items = upcoming_for("k", mfat(EXTENDED), today=date(2024, 10, 10), remind_on=None)
    assert [i.text for i in items] == [
        "The agency must decide by 11 October 2024 or later: an extension's period is not recorded."
    ]


def test_check_prints_the_extension_in_the_deadline_trail(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from cli_support import run  # noqa: PLC0415

    path = tmp_path / "request.json"
    path.write_text(mfat(EXTENDED, DECIDED).model_dump_json(), encoding="utf-8")
    status, out, _err = run(capsys, "check", str(path), "--today", "2024-12-17")
    assert status == 0
    assert "Decided (whether late is in doubt)" in out
    assert (
        "  Extended on 10 October 2024: its period is not recorded, so the deadline is "
        "11 October 2024 or later\n"
    ) in out
