"""Deadlines as an iCalendar file, for the user's own calendar program.

Each request becomes one all-day event on its effective deadline (after any
restart, transfer or extension), with a reminder a few days before and the
reasoning in the description: the trail of steps and the sections behind
them. UIDs are stable (request id + "due"), so importing a newer export
updates the event instead of adding a second one.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from datetime import UTC, date, datetime, timedelta

from icalendar import Alarm, Calendar, Event

from oiaassist.i18n import _, medium_date
from oiaassist.tracking import Request, assess
from oiaassist.tracking.words import headline, list_status, step_line

PRODID = "-//oiaassist//oiaassist.nz//EN"
REMIND_DAYS_BEFORE = 2
"""Default: remind at 9 am two days before the deadline."""


def _title(request: Request) -> str:
    what = request.subject or request.reference or request.agency
    return f"{request.agency}: {what}" if what != request.agency else what


def _event(
    uid: str, request: Request, *, today: date, remind_days_before: int, stamp: datetime
) -> Event | None:
    a = assess(request, today=today)
    due = a.effective_deadline
    if due is None:
        return None  # a draft: no deadline yet
    open_ = a.decided_on is None
    summary = (
        _("{act} response due — {title}") if open_ else _("{act} response was due — {title}")
    ).format(act=a.act.statute.short_title, title=_title(request))
    lines = [headline(a), list_status(a), ""]
    lines += [
        step_line(s.kind, medium_date(s.due), s.working_days, medium_date(s.start), s.citation)
        for s in a.steps
    ]
    if request.reference:
        lines += ["", _("Agency reference: {reference}").format(reference=request.reference)]
    event = Event()
    event.add("uid", f"{uid}-due@oiaassist.nz")
    event.add("dtstamp", stamp)
    event.add("summary", summary)
    event.add("dtstart", due)
    event.add("dtend", due + timedelta(days=1))
    event.add("transp", "TRANSPARENT")
    event.add("description", "\n".join(lines).strip())
    event.add("categories", ["OIA"])
    alarm = Alarm()
    alarm.add("action", "DISPLAY")
    alarm.add("description", summary)
    # Relative to the start of the all-day event (midnight): 9 am n days before.
    alarm.add("trigger", -(timedelta(days=remind_days_before) - timedelta(hours=9)))
    event.add_component(alarm)
    return event


def _reminder(uid: str, request: Request, day: date, stamp: datetime) -> Event:
    """The user's own "remind me on" day, as an all-day event with an alarm at 9 am."""
    summary = _("Reminder — {title}").format(title=_title(request))
    event = Event()
    event.add("uid", f"{uid}-remind@oiaassist.nz")
    event.add("dtstamp", stamp)
    event.add("summary", summary)
    event.add("dtstart", day)
    event.add("dtend", day + timedelta(days=1))
    event.add("transp", "TRANSPARENT")
    event.add("categories", ["OIA"])
    alarm = Alarm()
    alarm.add("action", "DISPLAY")
    alarm.add("description", summary)
    alarm.add("trigger", timedelta(hours=9))
    event.add_component(alarm)
    return event


def deadlines_ics(
    requests: Iterable[tuple[str, Request]],
    *,
    today: date,
    remind_days_before: int = REMIND_DAYS_BEFORE,
    reminders: Mapping[str, date] | None = None,
) -> bytes:
    """An iCalendar file with each request's effective deadline and a reminder.

    Drafts (requests not sent yet) are left out: they have no deadline.

    Args:
        requests: (stable id, request) pairs; the id makes the event's UID.
        today: the day to assess on (events after it are ignored).
        remind_days_before: days before the deadline for the reminder (at 9 am).
        reminders: the user's "remind me on" days by request id, each an event
            of its own with an alarm at 9 am (drafts too).
    """
    calendar = Calendar()
    calendar.add("prodid", PRODID)
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("x-wr-calname", _("OIA deadlines"))
    stamp = datetime.now(UTC).replace(microsecond=0)
    for uid, request in requests:
        event = _event(
            uid, request, today=today, remind_days_before=remind_days_before, stamp=stamp
        )
        if event is not None:  # drafts have no deadline to put in a calendar
            calendar.add_component(event)
        remind_on = (reminders or {}).get(uid)
        if remind_on is not None:
            calendar.add_component(_reminder(uid, request, remind_on, stamp))
    data: bytes = calendar.to_ical()
    return data
