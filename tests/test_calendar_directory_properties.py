"""Property (issue 12): the calendar used is always the directory's Act and region.

For every agency in the directory and sampled receipt dates, a request to it
is counted on its own Act and calendar region; after a transfer between any
two directory bodies, on the receiving body's (law.md §12.6).
"""

from __future__ import annotations

from datetime import date, timedelta

from hypothesis import given, settings
from hypothesis import strategies as st

from oiaassist import response_deadline
from oiaassist.agencies import Agency, all_agencies
from oiaassist.agencies.directory import id_named
from oiaassist.tracking.assess import assess
from oiaassist.tracking.events import Request

AGENCIES = [a for a in all_agencies() if id_named(a.name) == a.id]
DAYS = st.dates(min_value=date(1988, 3, 1), max_value=date(2052, 6, 30))


@settings(max_examples=300, deadline=None)
@given(st.sampled_from(AGENCIES), DAYS)
def test_a_request_is_counted_on_its_agencys_calendar(agency: Agency, got: date) -> None:
    r = Request.model_validate(
        {"agency": agency.name, "events": [{"type": "received", "date": got.isoformat()}]}
    )
    a = assess(r, today=got)
    assert (a.act, a.region) == (agency.act, agency.calendar_region)
    expected = response_deadline(got, act=agency.act, region=agency.calendar_region)
    assert a.effective_deadline == expected.due


@settings(max_examples=300, deadline=None)
@given(st.sampled_from(AGENCIES), st.sampled_from(AGENCIES), DAYS, st.integers(0, 15))
def test_a_transfer_switches_to_the_receiving_bodys_calendar(
    sender: Agency, receiver: Agency, got: date, after: int
) -> None:
    moved = got + timedelta(days=after)
    r = Request.model_validate(
        {
            "agency_id": sender.id,
            "events": [
                {"type": "received", "date": got.isoformat()},
                {"type": "transferred", "date": moved.isoformat(), "to_agency": receiver.name},
            ],
        }
    )
    a = assess(r, today=moved)
    assert (a.act, a.region) == (receiver.act, receiver.calendar_region)
    expected = response_deadline(moved, act=receiver.act, region=receiver.calendar_region)
    assert a.effective_deadline == expected.due
    assert a.steps[-1].act is receiver.act
