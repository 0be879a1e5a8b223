"""Replies, reminders, grounds requests and complaints, built on tracked requests."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest
from pydantic import ValidationError

from oiaassist.drafting.examples import (
    SEED_REQUESTER,
    seed_complaint,
    seed_grounds_request,
    seed_refinement_reply,
    seed_reminder,
)
from oiaassist.drafting.followups import Complaint, ComplaintGround, GroundsRequest, Reminder
from oiaassist.drafting.names import with_article
from oiaassist.drafting.render import render_text
from oiaassist.drafting.replies import RefinementReply
from oiaassist.tracking.events import Request
from oiaassist.tracking.examples import seed_request


def _request(*events: dict[str, Any], **fields: Any) -> Request:
    data = {"agency": "Ministry of Health", "subject": "Waiting lists", **fields}
    return Request.model_validate(
        {**data, "events": [{"type": "received", **events[0]}, *events[1:]]}
    )


def _reply(**fields: Any) -> RefinementReply:
    base = seed_refinement_reply().model_dump(exclude=set(RefinementReply.model_computed_fields))
    return RefinementReply.model_validate({**base, **fields})


# -- refinement replies ------------------------------------------------------------------


def test_seed_decline_keeps_the_deadline_and_quotes_the_proposal() -> None:
    reply = seed_refinement_reply()
    what_if = reply.what_if
    assert (what_if.sought_on, what_if.can_restart) == (date(2024, 9, 24), True)
    assert (what_if.if_declined, what_if.if_accepted) == (date(2024, 10, 11), date(2024, 10, 29))
    body = render_text(reply).body
    assert "> All timeframes are from 1 October 2020 to 13 September 2024.\n> 1- Comm" in body
    assert "I decline this refinement." in body
    assert "it is not a new request, and your decision remains due no later than Friday, " in body
    assert "11 October 2024" in body and "29 October" not in body
    for section in ("section 13)", "section 18(f)", "section 18A", "section 18B"):
        assert section in body


def test_accepting_may_restart_the_clock() -> None:
    body = render_text(_reply(choice="accept")).body
    assert "I accept this refinement." in body
    # 20 working days after Mon 30 Sep 2024, skipping Labour Day (Mon 28 Oct).
    assert "If you do, your decision will be due no later than Tuesday, 29 October 2024." in body
    assert "If you do not, it remains due no later than Friday, 11 October 2024." in body
    assert "(section 15(1AA) of the Official Information Act 1982)" in body


def test_a_counter_proposal() -> None:
    counter = {
        "date_from": "2020-10-01",
        "date_to": "2024-09-13",
        "items": [1, 3],
        "sample_first": True,
    }
    body = render_text(_reply(choice="counter", counter=counter)).body
    assert "I would accept the following instead:" in body
    assert (
        "- Narrower dates: only information dated from 1 October 2020 to 13 September 2024." in body
    )
    assert "- Fewer items: only items 1 and 3 of my request; I withdraw the others." in body
    assert "- A sample first:" in body
    assert "you may treat my amended request as a new request" in body


def test_a_late_clarification_request_cannot_restart_the_clock() -> None:
    request = _request(
        {"date": "2024-09-13"},
        {"type": "clarification_sought", "date": "2024-09-26", "proposal": "Which years?"},
    )
    reply = RefinementReply(
        requester=SEED_REQUESTER, dated=date(2024, 9, 30), request=request, choice="accept"
    )
    assert reply.what_if.can_restart is False
    body = render_text(reply).body
    assert "Because you asked more than 7 working days after receiving my request" in body
    assert "cannot be treated as a new request" in body


def test_the_reply_reads_the_request_as_it_stood_before_the_reply() -> None:
    # The whole seed history (decline, extension, decision) is recorded: still the same reply.
    whole = _reply(request=seed_request().model_dump(mode="json"))
    assert whole.what_if == seed_refinement_reply().what_if


@pytest.mark.parametrize(
    ("fields", "message"),
    [
        ({"request": _request({"date": "2024-09-13"}).model_dump(mode="json")}, "no clarification"),
        ({"choice": "counter"}, "counter"),
        ({"choice": "counter", "counter": {}}, "needs dates, items"),
        ({"choice": "counter", "counter": {"items": [14]}}, "only 13 items"),
        ({"dated": "2024-09-01"}, "before the request was received"),
    ],
)
def test_an_impossible_reply_is_refused(fields: dict[str, Any], message: str) -> None:
    with pytest.raises(ValidationError, match=message):
        _reply(**fields)


# -- reminders -------------------------------------------------------------------------


def test_seed_reminder_states_the_extended_deadline_and_the_deemed_refusal() -> None:
    reminder = seed_reminder()
    assert reminder.deadline.effective == date(2024, 12, 16)
    assert reminder.deadline.late_by == 2
    body = render_text(reminder).body
    assert "On Thursday, 10 October 2024 you extended the time limit by 45 working days" in body
    assert "due no later than Monday, 16 December 2024" in body
    assert "It is now 2 working days overdue." in body
    assert "Under section 28(4) of the Official Information Act 1982" in body
    assert "no later than Friday, 20 December 2024" in body


def test_a_plain_reminder() -> None:
    reminder = Reminder(
        requester=SEED_REQUESTER, dated=date(2024, 10, 14), request=_request({"date": "2024-09-13"})
    )
    body = render_text(reminder).body
    assert "Your decision was due no later than Friday, 11 October 2024, 20 working days" in body
    assert "It is now 1 working day overdue." in body


def test_no_reminder_before_the_deadline() -> None:
    with pytest.raises(ValidationError, match="not overdue"):
        Reminder(
            requester=SEED_REQUESTER,
            dated=date(2024, 10, 11),
            request=_request({"date": "2024-09-13"}),
        )


# -- grounds ------------------------------------------------------------------------------


def test_seed_grounds_request_asks_for_public_interest_on_section_9() -> None:
    letter = seed_grounds_request()
    assert letter.public_interest_sections == ["9(2)(a)", "9(2)(f)(iv)", "9(2)(g)(i)", "9(2)(h)"]
    body = render_text(letter).body
    assert "Thank you for your decision of Monday, 16 December 2024" in body
    assert "Under section 19(a)(ii) of the Act, I request the grounds" in body
    assert "withheld under sections 9(2)(a), 9(2)(f)(iv), 9(2)(g)(i) and 9(2)(h)" in body


def test_grounds_under_lgoima_and_chosen_sections() -> None:
    request = _request(
        {"date": "2024-03-01"},
        {"type": "decision_notified", "date": "2024-03-20", "outcome": "refused"},
        agency="Wellington City Council",
        act="lgoima",
    )
    letter = GroundsRequest(
        requester=SEED_REQUESTER, dated=date(2024, 3, 25), request=request, sections=["7(2)(a)"]
    )
    body = render_text(letter).body
    assert "Your decision relied on section 7(2)(a) of the Local Government Official" in body
    assert "Under section 18(a)(ii) of the Act" in body
    assert "(section 7(1))" in body


def test_no_grounds_request_without_a_decision() -> None:
    with pytest.raises(ValidationError, match="no decision_notified"):
        GroundsRequest(
            requester=SEED_REQUESTER,
            dated=date(2024, 10, 1),
            request=_request({"date": "2024-09-13"}),
        )


# -- complaints ---------------------------------------------------------------------------


def _late_extension_request() -> Request:
    return _request(
        {"date": "2024-09-13"},
        {"type": "extension_notified", "date": "2024-10-18", "working_days": 20},
        {"type": "charge_notified", "date": "2024-10-25", "amount": "76.00"},
        reference="H2024-1",
    )


def test_a_complaint_assembles_the_history_and_what_is_wrong() -> None:
    complaint = Complaint(
        requester=SEED_REQUESTER, dated=date(2024, 11, 1), request=_late_extension_request()
    )
    assert complaint.complaint_grounds == [
        ComplaintGround.DELAY,
        ComplaintGround.EXTENSION,
        ComplaintGround.CHARGE,
    ]
    body = render_text(complaint).body
    assert "about how the Ministry of Health has dealt with my request" in body
    assert (
        "- Delay: The Ministry of Health has not made and notified a decision, which was due"
        in body
    )
    assert "no later than Friday, 11 October 2024; it is now 14 working days overdue." in body
    assert "deemed to be a refusal (section 28(4))" in body
    assert "- The extension of the time limit:" in body
    assert "- The charge:" in body
    assert "In particular:" in body
    assert "after the time limit of 11 October 2024 had passed" in body
    assert "(Official Information Act 1982, s 15A(3))" in body
    assert "13 September 2024: The Ministry of Health received my request." in body
    assert (
        "18 October 2024: The Ministry of Health extended the time limit by 20 working days."
        in body
    )
    assert "25 October 2024: The Ministry of Health notified a charge of $76.00." in body
    assert "and to ask it to make its decision without further delay" in body


def test_a_complaint_follows_a_transfer() -> None:
    request = _request(
        {"date": "2024-09-13"},
        {"type": "transferred", "date": "2024-09-17", "to_agency": "Department of Corrections"},
        {
            "type": "decision_notified",
            "date": "2024-10-30",
            "outcome": "refused",
            "sections": ["9(2)(a)"],
        },
    )
    complaint = Complaint(requester=SEED_REQUESTER, dated=date(2024, 11, 1), request=request)
    assert complaint.agency == "Department of Corrections"
    assert [e.text for e in complaint.history] == [
        "The Ministry of Health received my request.",
        "The Ministry of Health transferred my request to the Department of Corrections.",
        "The Department of Corrections notified its decision: refused. Sections cited: 9(2)(a).",
    ]
    # 20 working days from the transfer (Tue 17 Sep) ended Tue 15 Oct: decided 10 days late.
    assert complaint.complaint_grounds == [ComplaintGround.DELAY, ComplaintGround.REFUSAL]
    assert (
        "10 working days after the time limit of Tuesday, 15 October 2024"
        in render_text(complaint).body
    )


def test_the_seed_complaint_is_about_the_refusal() -> None:
    complaint = seed_complaint()
    assert complaint.complaint_grounds == [ComplaintGround.REFUSAL]
    assert complaint.recipient == "Office of the Ombudsman"
    body = render_text(complaint).body
    assert "citing sections 6(a), 6(b)(i)" in body
    assert (
        "On Thursday, 10 October 2024, the Ministry of Foreign Affairs and Trade extended" in body
    )


def test_nothing_to_complain_about() -> None:
    request = _request(
        {"date": "2024-09-13"},
        {"type": "decision_notified", "date": "2024-09-20", "outcome": "granted"},
        {"type": "information_released", "date": "2024-09-20"},
    )
    with pytest.raises(ValidationError, match="nothing in the request's history"):
        Complaint(requester=SEED_REQUESTER, dated=date(2024, 10, 1), request=request)
    complaint = Complaint(
        requester=SEED_REQUESTER, dated=date(2024, 10, 1), request=request, details="Redactions."
    )
    assert complaint.complaint_grounds == []


@pytest.mark.parametrize(
    ("name", "mid", "start"),
    [
        ("Ministry of Health", "the Ministry of Health", "The Ministry of Health"),
        ("Auckland Council", "Auckland Council", "Auckland Council"),
        ("Oranga Tamariki", "Oranga Tamariki", "Oranga Tamariki"),
        ("the Treasury", "the Treasury", "The Treasury"),
        ("New Zealand Police", "the New Zealand Police", "The New Zealand Police"),
        ("", "", ""),
    ],
)
def test_agency_names_in_running_text(name: str, mid: str, start: str) -> None:
    assert with_article(name) == mid
    assert with_article(name, capital=True) == start


def test_a_refusal_recorded_without_sections_is_no_point_in_a_complaint() -> None:
    # the record may lack the sections the letter cites (a reader's miss, a field left
    # empty): the tracker asks for them, and the complaint does not allege they were not given
    request = _request(
        {"date": "2024-09-13"},
        {"type": "decision_notified", "date": "2024-10-10", "outcome": "refused"},
    )
    complaint = Complaint(requester=SEED_REQUESTER, dated=date(2024, 11, 1), request=request)
    assert complaint.complaint_grounds == [ComplaintGround.REFUSAL]
    assert not complaint.concerns
    assert "no section" not in render_text(complaint).body
