"""Untrusted text in every field: markup characters, control characters, 1 MB, RTL, emoji.

docxtpl without autoescape writes a corrupt file and raises nothing, and
LibreOffice silently "repairs" it (stack-notes §4), so validity is checked by
parsing every XML part strictly and by opening the file with python-docx.
"""

from __future__ import annotations

import email
import time
from datetime import date
from email import policy
from email.header import decode_header, make_header
from typing import Any

import pytest

from drafting_support import CLEAN_HOSTILE, HOSTILE, MEGABYTE, assert_valid_docx
from oiaassist.drafting.followups import Complaint, ComplaintGround, GroundsRequest, Reminder
from oiaassist.drafting.kinds import LetterKind
from oiaassist.drafting.models import DraftItem, Letter, LetterStyle, RequestDraft, Requester
from oiaassist.drafting.render import render_docx, render_eml, render_text
from oiaassist.drafting.replies import RefinementReply
from oiaassist.drafting.sandbox import clean_text
from oiaassist.tracking.events import Request

ONE_LINE = " ".join(CLEAN_HOSTILE.split())
REQUESTER = Requester(
    name=HOSTILE,
    email="someone@example.org",
    postal_address=f"{HOSTILE}\n{HOSTILE}",
    phone=HOSTILE,
    organisation=HOSTILE,
)
STYLE = LetterStyle(greeting=HOSTILE, sign_off=HOSTILE)


def hostile_request() -> RequestDraft:
    return RequestDraft(
        requester=REQUESTER,
        style=STYLE,
        dated=date(2024, 9, 13),
        agency=HOSTILE,
        agency_email="oia@agency.example",
        agency_address=HOSTILE,
        subject=HOSTILE,
        background=f"{MEGABYTE}\n\n{HOSTILE}\r\n{HOSTILE}",
        items=[
            DraftItem(text=HOSTILE, document_types=[HOSTILE, HOSTILE]),
            DraftItem(text=f"{HOSTILE}\n{HOSTILE}", date_from=date(2020, 1, 1)),
        ],
        format_preferences=[HOSTILE],
        urgent=True,
        urgency_reasons=f"{HOSTILE}\n\n{HOSTILE}",
        ask_grounds=True,
        eligibility="citizen",
        reference=HOSTILE,
    )


def _tracked(*events: dict[str, Any]) -> Request:
    """A tracked request whose every text field is hostile."""
    return Request.model_validate(
        {
            "agency": HOSTILE,
            "subject": HOSTILE,
            "reference": HOSTILE,
            "items": [HOSTILE, f"{HOSTILE}\n{HOSTILE}"],
            "events": [
                {"type": "received", "date": "2024-09-13", "note": HOSTILE},
                {
                    "type": "clarification_sought",
                    "date": "2024-09-20",
                    "proposal": f"{HOSTILE}\n\n{HOSTILE}\r\n{HOSTILE}",
                },
                *events,
            ],
        }
    )


COMMON: dict[str, Any] = {
    "requester": REQUESTER,
    "style": STYLE,
    "agency_email": "oia@agency.example",
    "agency_address": HOSTILE,
}
LONG = f"{MEGABYTE}\n\n{HOSTILE}\n{HOSTILE}"


def hostile_reply() -> RefinementReply:
    counter = {"text": HOSTILE, "date_from": "2020-01-01", "items": [1], "sample_first": True}
    return RefinementReply(
        **COMMON,
        dated=date(2024, 9, 30),
        request=_tracked(),
        choice="counter",
        counter=counter,
        comments=LONG,
    )


def hostile_reminder() -> Reminder:
    declined = {"type": "refinement_declined", "date": "2024-09-25", "note": HOSTILE}
    return Reminder(**COMMON, dated=date(2024, 10, 21), request=_tracked(declined), comments=LONG)


def _decided(*sections: str) -> dict[str, Any]:
    return {
        "type": "decision_notified",
        "date": "2024-10-30",
        "outcome": "partly_granted",
        "sections": list(sections),
        "charge": "12.50",
    }


def hostile_grounds() -> GroundsRequest:
    request = _tracked(_decided(HOSTILE, "9(2)(a)"))
    return GroundsRequest(**COMMON, dated=date(2024, 11, 1), request=request, comments=LONG)


def hostile_complaint() -> Complaint:
    request = _tracked(
        {"type": "extension_notified", "date": "2024-10-15", "working_days": 5, "note": HOSTILE},
        {"type": "charge_notified", "date": "2024-10-20", "amount": "12.50"},
        {"type": "transferred", "date": "2024-10-21", "to_agency": HOSTILE, "partial": True},
        _decided(HOSTILE),
    )
    return Complaint(
        **COMMON,
        dated=date(2024, 11, 1),
        request=request,
        grounds=list(ComplaintGround),
        details=LONG,
        outcome=HOSTILE,
        ombudsman_email="complaints@ombudsman.example",
        ombudsman_address=HOSTILE,
    )


HOSTILE_LETTERS = {
    LetterKind.REQUEST: hostile_request,
    LetterKind.REFINEMENT_REPLY: hostile_reply,
    LetterKind.REMINDER: hostile_reminder,
    LetterKind.GROUNDS: hostile_grounds,
    LetterKind.COMPLAINT: hostile_complaint,
}


def test_every_kind_has_a_hostile_letter() -> None:
    assert set(HOSTILE_LETTERS) == set(LetterKind)


def test_cleaning_keeps_text_and_drops_what_xml_cannot_hold() -> None:
    assert clean_text(HOSTILE) == CLEAN_HOSTILE + "\u202c"  # the override is closed
    assert clean_text("\u2067שלום\u2069 ok") == "\u2067שלום\u2069 ok"
    assert clean_text("a\r\nb\rc\td\ud800e\ufffef") == "a\nb\nc\tdef"


@pytest.fixture(scope="module", params=list(HOSTILE_LETTERS))
def letter(request: pytest.FixtureRequest) -> Letter:
    return HOSTILE_LETTERS[request.param]()


def test_hostile_docx_is_valid_and_keeps_the_text(letter: Letter) -> None:
    start = time.perf_counter()
    text = assert_valid_docx(render_docx(letter))
    assert time.perf_counter() - start < 20
    assert text.count(CLEAN_HOSTILE) >= 5
    assert MEGABYTE[:1000] in text
    assert "\x00" not in text and "{_{" not in text


def test_hostile_plain_text_keeps_the_text(letter: Letter) -> None:
    plain = render_text(letter)
    assert ONE_LINE in plain.subject
    assert "\n" not in plain.subject
    assert plain.body.count(CLEAN_HOSTILE) >= 5
    assert not set("\x00\x0b\x0c\x07") & set(plain.body)


def test_hostile_eml_parses(letter: Letter) -> None:
    raw = render_eml(letter)
    assert max(len(line) for line in raw.split(b"\r\n")) <= 998
    message = email.message_from_bytes(raw, policy=policy.default)
    assert ONE_LINE in message["Subject"]  # every space kept (see render._set_header)
    assert message["From"].addresses[0].addr_spec == "someone@example.org"
    # Python's modern address parser adds a space between adjacent encoded-words in a
    # display name (RFC 2047 §6.2 says to drop it), so decode the way mail programs do:
    legacy = email.message_from_bytes(raw, policy=policy.compat32)
    sender = str(make_header(decode_header(legacy["From"])))
    assert sender == f"{ONE_LINE}\u202c <someone@example.org>"  # the override closed
    body = message.get_body(("plain",))
    assert body is not None
    assert CLEAN_HOSTILE in body.get_content()
