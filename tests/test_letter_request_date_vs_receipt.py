"""A request's own date is not its receipt: no cross, and no silent overwrite of the file.

The Act counts from the day a request is received (OIA s 15(1)); an email sent one day is
often received the next, and the user's request file records the receipt. A letter that
gives only the request's date ("your email of 28 May 2024") so neither calls the file
wrong (a note, not a cross: never a false alarm) nor has its date put over the recorded
receipt unasked (offered, unticked). A stated receipt ("received on") that differs is still
a cross, and still offered ticked as a correction.
"""

from __future__ import annotations

from datetime import date

from oiaassist.app.letters.proposals import propose
from oiaassist.reading import check_reading, read_letter
from oiaassist.reading.checks import CheckKind
from oiaassist.tracking.events import Received, Request

_DATED = "3 June 2024\nDear X\nThank you for your email of 28 May 2024 requesting information.\n"
_RECEIVED = "3 June 2024\nDear X\nThank you for your request, received on 28 May 2024.\n"
_FILE = [{"type": "received", "date": "2024-05-29", "note": ""}]


def _request() -> Request:
    return Request(agency="Ministry of Health", events=[Received(date=date(2024, 5, 29))])


def _check(text: str) -> bool | None:
    found = check_reading(read_letter(text), request=_request())
    return next(c for c in found if c.kind is CheckKind.REQUEST_RECEIVED).ok


def test_a_request_dated_a_day_before_the_recorded_receipt_is_a_note() -> None:
    assert read_letter(_DATED).received_basis != "received"
    assert _check(_DATED) is None
    assert _check(_RECEIVED) is False


def test_the_requests_date_is_offered_unticked_over_the_recorded_receipt() -> None:
    dated = [p for p in propose(read_letter(_DATED), _FILE) if p.event["type"] == "received"]
    assert len(dated) == 1 and dated[0].replaces is not None and not dated[0].ticked
    stated = [p for p in propose(read_letter(_RECEIVED), _FILE) if p.event["type"] == "received"]
    assert len(stated) == 1 and stated[0].replaces is not None and stated[0].ticked
    # with no receipt recorded, the request's date is offered as it was (ticked)
    fresh = [p for p in propose(read_letter(_DATED), []) if p.event["type"] == "received"]
    assert len(fresh) == 1 and fresh[0].ticked


def test_the_checks_count_from_the_files_receipt_not_the_requests_date() -> None:
    # "your email of 28 May 2024" and a file that records receipt on 29 May: 20 working days
    # from receipt (s 15(1)) end on 27 June 2024 (King's Birthday, 3 June, skipped), so an
    # acknowledgement promising a reply by 27 June is right — counted from the letter's date
    # of the request it would have read as a day late.
    text = _DATED + "We will respond to your request no later than 27 June 2024.\n"
    found = check_reading(read_letter(text), request=_request())
    due = next(c for c in found if c.kind is CheckKind.STATED_DUE)
    assert due.ok is True
    assert "receipt in your file" in next(
        c.message for c in found if c.kind is CheckKind.REQUEST_RECEIVED
    )
    # with no file, the request's date is all there is, and proves nothing firm
    alone = check_reading(read_letter(text))
    assert all(c.ok is not False for c in alone)


def test_a_receipt_far_from_the_requests_date_is_not_taken_for_it() -> None:
    # A file received 13 September 2024 and NZ Post's letter about "your email of 3 January
    # 2019" (tests/fixtures/letters/nzpost-wrong-due-date.txt): another request's letter, or a
    # mistyped file (a request is received on its date or days after, never years after). The
    # checks count from the letter's date, keeping only what any receipt between the request's
    # date and the letter's proves: 14 February is a day late either way (law.md §9 S2).
    text = (
        "4 January 2019\nDear X\nThank you for your email of 3 January 2019. We will respond no "
        "later than 14 February 2019.\n"
    )
    request = Request(agency="Ministry of Health", events=[Received(date=date(2024, 9, 13))])
    found = check_reading(read_letter(text), request=request)
    said = next(c for c in found if c.kind is CheckKind.REQUEST_RECEIVED)
    assert said.ok is None and "too far" in said.message
    due = next(c for c in found if c.kind is CheckKind.STATED_DUE)
    assert due.ok is False and "13 February 2019" in due.message
