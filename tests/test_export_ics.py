"""Deadlines as .ics: a valid calendar, one event per request, each with a reminder."""

from __future__ import annotations

from datetime import date, timedelta

from icalendar import Calendar

from oiaassist.export import deadlines_ics
from oiaassist.tracking import Request
from oiaassist.tracking.examples import seed_request


def test_seed_deadline_with_reminder() -> None:
    data = deadlines_ics([("seed", seed_request())], today=date(2024, 10, 20))
    calendar = Calendar.from_ical(data)
    [event] = calendar.walk("VEVENT")
    assert event.decoded("dtstart") == date(2024, 12, 16)
    assert event.decoded("dtend") == date(2024, 12, 17)
    assert str(event["uid"]) == "seed-due@oiaassist.nz"
    assert "OIA response due" in str(event["summary"])
    description = str(event["description"])
    assert "Extended by 45 working days" in description
    assert "s 15A(1)" in description
    [alarm] = event.walk("VALARM")
    assert alarm.decoded("trigger") == -timedelta(days=1, hours=15)  # 9 am two days before


def test_before_the_extension_the_original_deadline_is_exported() -> None:
    data = deadlines_ics([("seed", seed_request())], today=date(2024, 9, 20))
    [event] = Calendar.from_ical(data).walk("VEVENT")
    assert event.decoded("dtstart") == date(2024, 10, 11)


def test_lgoima_request_names_its_act() -> None:
    request = Request.model_validate(
        {
            "agency": "Westland District Council",
            "act": "lgoima",
            "region": "WTC",
            "events": [{"type": "received", "date": "2022-11-21"}],
        }
    )
    data = deadlines_ics([("a", request), ("b", seed_request())], today=date(2022, 12, 1))
    events = Calendar.from_ical(data).walk("VEVENT")
    assert len(events) == 2
    assert str(events[0]["summary"]).startswith("LGOIMA response due")
    assert events[0].decoded("dtstart") == date(2023, 1, 11)
