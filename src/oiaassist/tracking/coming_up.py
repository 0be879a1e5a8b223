"""What is due soon across many requests: decisions due, replies to send, reminders set.

The "Coming up" view of the app and its notifications are built from this.
Every entry is derived from the assessment of one request on ``today`` (so it
follows each recorded event), plus the day the user asked to be reminded.
Drafts have no deadline, so they bring nothing but a reminder the user set.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, timedelta
from enum import StrEnum

from oiaassist.i18n import _, medium_date
from oiaassist.tracking.assess import Status, assess
from oiaassist.tracking.events import Request

WINDOW_DAYS = 7
"""'This week': today and the next six days."""


class UpcomingKind(StrEnum):
    """What is coming up."""

    OVERDUE = "overdue"
    DECISION_DUE = "decision_due"
    REPLY = "reply"
    REMINDER = "reminder"


@dataclass(frozen=True, slots=True)
class Upcoming:
    """One thing due: on which day, for which request, and what it is.

    Attributes:
        day: the day it is due (for an overdue decision, the deadline that passed).
        key: the caller's id of the request.
        title: the request in a few words (agency — subject).
        kind: what is due.
        text: one sentence saying so.
    """

    day: date
    key: str
    title: str
    kind: UpcomingKind
    text: str


def _title(request: Request) -> str:
    return f"{request.agency} — {request.subject}" if request.subject else request.agency


def upcoming_for(
    key: str, request: Request, *, today: date, remind_on: date | None = None,
    days: int = WINDOW_DAYS,
) -> list[Upcoming]:  # fmt: skip
    """What of ``request`` falls due from ``today`` for ``days`` days (and is overdue)."""
    end = today + timedelta(days=days - 1)
    title = _title(request)
    out: list[Upcoming] = []
    if remind_on is not None and remind_on <= end:
        out.append(
            Upcoming(
                remind_on, key, title, UpcomingKind.REMINDER,
                _("Your reminder for {day}.").format(day=medium_date(remind_on)),
            )
        )  # fmt: skip
    a = assess(request, today=today)
    due = a.effective_deadline
    if due is None or a.decided_on is not None:
        return out
    if a.status is Status.OVERDUE:
        out.append(
            Upcoming(
                due, key, title, UpcomingKind.OVERDUE,
                _("The decision was due by {day}: send a reminder.").format(day=medium_date(due)),
            )
        )  # fmt: skip
    elif due <= end:
        text = (
            _("The agency must decide by {day}.")
            if a.unrecorded_extension is None
            else _(
                "The agency must decide by {day} or later: an extension's period is not recorded."
            )
        )
        out.append(
            Upcoming(
                due, key, title, UpcomingKind.DECISION_DUE, text.format(day=medium_date(due))
            )
        )  # fmt: skip
    if a.what_if is not None:
        out.append(
            Upcoming(
                today, key, title, UpcomingKind.REPLY,
                _("Reply to the agency's proposal of {day}.").format(
                    day=medium_date(a.what_if.sought_on)
                ),
            )
        )  # fmt: skip
    return out


def coming_up(
    requests: Iterable[tuple[str, Request, date | None]], *, today: date, days: int = WINDOW_DAYS
) -> list[Upcoming]:
    """Everything due across ``requests`` (key, request, remind-on day), soonest first."""
    out = [
        item
        for key, request, remind_on in requests
        for item in upcoming_for(key, request, today=today, remind_on=remind_on, days=days)
    ]
    return sorted(out, key=lambda u: (u.day, u.title.casefold(), u.kind.value))
