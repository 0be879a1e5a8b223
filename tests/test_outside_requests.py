"""A request held by a body the Act does not reach is never late (agencies/outside.py).

The Ministry of Health's letters H202103106 and H2023032981 say the Nursing Council "is
not subject to the Official Information Act"; the Auditor-General's own page says so of
its Office. Counting the OIA's 20 working days against them would call a body late that
no Act binds, and a citizen may complain on our word: so no deadline, no lateness, no
reminder or complaint citing the Act — and the count kept as a guide, in words.
"""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from pydantic import ValidationError

from oiaassist.drafting.followups import Complaint, Reminder
from oiaassist.tracking.assess import Status, assess
from oiaassist.tracking.events import Request
from oiaassist.tracking.findings import FindingCode, Severity
from oiaassist.tracking.next_step import StepAction, next_step
from oiaassist.tracking.words import headline, status_label

NURSING = "Nursing Council of New Zealand"


def request(agency: str, *events: dict[str, Any], act: str | None = None) -> Request:
    data: dict[str, Any] = {"agency": agency, "events": list(events)}
    if act:
        data["act"] = act
    return Request.model_validate(data)


def received(day: str) -> dict[str, Any]:
    return {"type": "received", "date": day}


def test_a_request_to_the_nursing_council_is_never_overdue() -> None:
    r = request(NURSING, received("2024-09-13"))
    a = assess(r, today=date(2025, 3, 1))
    assert a.status is Status.NO_TIME_LIMIT
    assert a.effective_deadline is None and a.working_days_late is None
    assert a.problems == ()
    (finding,) = a.findings
    assert finding.code is FindingCode.NO_TIME_LIMIT and finding.severity is Severity.INFO
    # the OIA's count is kept as a guide: 20 working days after Fri 13 Sep 2024
    assert finding.facts["guide"] == date(2024, 10, 11)
    assert "a guide, not a deadline" in finding.message
    assert "Ministry of Health" in finding.message
    assert headline(a) == (
        "No time limit: Nursing Council of New Zealand is not subject to the OIA, so it is "
        "never late."
    )
    assert status_label(a.status) == "No time limit (not subject to the Act)"
    step = next_step(r, a)
    assert step.action is StepAction.NONE and "reminder" not in step.text


def test_under_the_privacy_act_the_council_is_counted() -> None:
    """The Ministry says a request about yourself goes to it under the Privacy Act 2020."""
    r = request(NURSING, received("2024-09-13"), act="privacy")
    a = assess(r, today=date(2025, 3, 1))
    assert a.status is Status.OVERDUE and a.outside_note == ""


def test_a_directory_body_is_counted_as_before() -> None:
    r = request("Ministry of Foreign Affairs and Trade", received("2024-09-13"))
    a = assess(r, today=date(2025, 3, 1))
    assert a.status is Status.OVERDUE and a.outside_note == ""


def test_a_transfer_to_an_outside_body_keeps_the_transferors_findings() -> None:
    r = request(
        "Ministry of Health",
        received("2024-09-02"),
        {"type": "transferred", "date": "2024-09-27", "to_agency": "Nursing Council"},
    )
    a = assess(r, today=date(2025, 3, 1))
    assert a.status is Status.NO_TIME_LIMIT and a.agency == "Nursing Council"
    codes = [f.code for f in a.findings]
    # the Ministry transferred after its 10 working days (13 Sep): still the Ministry's breach
    assert FindingCode.TRANSFER_LATE in codes and FindingCode.NO_TIME_LIMIT in codes
    assert FindingCode.DEEMED_REFUSAL not in codes


def test_a_decision_and_a_release_by_the_auditor_general() -> None:
    events = [received("2024-09-02"), {"type": "decision_notified", "date": "2024-12-20",
                                       "outcome": "refused"}]  # fmt: skip
    r = request("Office of the Auditor-General", *events)
    a = assess(r, today=date(2025, 1, 20))
    assert a.status is Status.NO_TIME_LIMIT and a.problems == ()
    assert headline(a).startswith("Decided on 20 December 2024; no time limit of the OIA")
    assert "Ombudsman" in next_step(r, a).text and next_step(r, a).action is StepAction.NONE
    released = request(
        "Auditor-General", *events, {"type": "information_released", "date": "2025-02-20"}
    )
    assert assess(released, today=date(2025, 3, 1)).status is Status.RELEASED


def test_no_letter_cites_the_acts_sections_to_an_outside_body() -> None:
    r = request(NURSING, received("2024-09-13"))
    with pytest.raises(ValidationError, match="not subject to the Official Information Act"):
        Reminder(request=r, dated=date(2025, 3, 1))
    with pytest.raises(ValidationError, match="do not bind the body holding it"):
        Complaint(request=r, dated=date(2025, 3, 1), details="No reply.")


@given(
    start=st.dates(min_value=date(2015, 1, 1), max_value=date(2030, 6, 1)),
    later=st.integers(min_value=0, max_value=400),
    name=st.sampled_from(
        [NURSING, "Medical Council", "Auditor-General", "Office of the Auditor-General"]
    ),
)
@settings(max_examples=60, deadline=None)
def test_an_outside_body_is_never_late_whatever_the_day(start: date, later: int, name: str) -> None:
    a = assess(request(name, received(start.isoformat())), today=start + timedelta(days=later))
    assert a.status is Status.NO_TIME_LIMIT
    assert not [f for f in a.findings if f.severity is not Severity.INFO]
    assert "late" not in headline(a).replace("never late", "")
