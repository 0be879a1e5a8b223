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
