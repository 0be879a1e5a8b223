"""What the Deadline tab draws, worked out by the library: marks, working-day numbers, trail.

Qt-free. Marks are the statutory milestones counted from receipt (the
7-working-day clarification window, the 10-working-day transfer limit, the
20-working-day deadline) and each later step (restart, transfer,
extension); the trail is each step with the non-working days it skipped.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from oiaassist.app.widgets.day_words import day_month
from oiaassist.deadlines import (
    NonWorkingDay,
    calendar_for,
    clarification_deadline,
    transfer_deadline,
)
from oiaassist.errors import OiaAssistError
from oiaassist.i18n import _, medium_date
from oiaassist.law import ReasonCode
from oiaassist.tracking import Assessment, Request, StepKind
from oiaassist.tracking.words import step_line


@dataclass(frozen=True, slots=True)
class Mark:
    """A milestone on a day: a short badge ("20") and what it means."""

    day: date
    badge: str
    text: str


@dataclass(frozen=True, slots=True)
class TrailStep:
    """One step of the deadline with the days it did not count."""

    line: str
    named: tuple[NonWorkingDay, ...]
    weekends: tuple[date, ...]
    weekend_citation: str


def _step_badge(kind: StepKind) -> str:
    badges = {
        StepKind.RESTARTED: _("R20"),
        StepKind.TRANSFERRED: _("T20"),
        StepKind.EXTENDED: _("Ext"),
    }
    return badges[kind]


def _step_words(kind: StepKind) -> str:
    words = {
        StepKind.RESTARTED: _("Deadline after the clock restarted"),
        StepKind.TRANSFERRED: _("Deadline after the transfer"),
        StepKind.EXTENDED: _("Extended deadline"),
    }
    return words[kind]


def marks_for(request: Request, assessment: Assessment) -> list[Mark]:
    """Every milestone of ``request``, in date order."""
    a = assessment
    received = request.received
    if received is None:
        return []  # a draft: no day 0, so no milestones
    marks = [Mark(received, _("Rec"), _("Received by the agency: day 0 of the count"))]
    limits = (
        (clarification_deadline, "7", _("7th working day: last day to seek clarification and "
                                        "be able to restart the clock")),
        (transfer_deadline, "10", _("10th working day: last day to transfer the request")),
    )  # fmt: skip
    for limit, badge, text in limits:
        try:
            deadline = limit(received, act=request.act, region=request.region)
        except OiaAssistError:  # e.g. the Privacy Act has no such limit
            continue
        marks.append(Mark(deadline.due, badge, f"{text} ({deadline.citation.short})"))
    first = a.steps[0]
    marks.append(
        Mark(
            first.due,
            "20",
            _("20th working day: the original deadline ({citation})").format(
                citation=first.citation
            ),
        )
    )
    for step in a.steps[1:]:
        words = _step_words(step.kind)
        marks.append(Mark(step.due, _step_badge(step.kind), f"{words} ({step.citation})"))
    if a.decided_on is not None:
        marks.append(Mark(a.decided_on, _("Dec"), _("Decision notified")))
    return sorted(marks, key=lambda m: m.day)


def working_day_numbers(assessment: Assessment) -> dict[date, int]:
    """Each counted working day and its number in the count (extensions continue it)."""
    numbers: dict[date, int] = {}
    offset = 0
    for step in assessment.steps:
        calendar = calendar_for(step.act, step.region)
        if step.kind is not StepKind.EXTENDED:
            offset = 0
            numbers = {day: n for day, n in numbers.items() if day <= step.start}
        for n, day in enumerate(calendar.working_days(step.start, step.due), start=1):
            numbers[day] = offset + n
        offset += step.working_days
    return numbers


def trail(assessment: Assessment) -> list[TrailStep]:
    """Each step of the deadline and the days it skipped, holidays apart from weekends."""
    steps = []
    for step in assessment.steps:
        calendar = calendar_for(step.act, step.region)
        skipped = calendar.non_working_days(step.start, step.due)
        weekends = tuple(d.day for d in skipped if d.reason.code is ReasonCode.WEEKEND)
        named = tuple(d for d in skipped if d.reason.code is not ReasonCode.WEEKEND)
        weekend_reason = next(
            (d.reason for d in skipped if d.reason.code is ReasonCode.WEEKEND), None
        )
        line = step_line(
            step.kind,
            medium_date(step.due),
            step.working_days,
            medium_date(step.start),
            step.citation,
        )
        citation = weekend_reason.citation.short if weekend_reason else ""
        steps.append(TrailStep(line, named, weekends, citation))
    return steps


def weekend_text(days: tuple[date, ...]) -> str:
    """E.g. "14–15 Sep, 21–22 Sep" (pairs of Saturday and Sunday joined)."""
    parts: list[str] = []
    i = 0
    while i < len(days):
        day = days[i]
        if i + 1 < len(days) and (days[i + 1] - day).days == 1:
            nxt = days[i + 1]
            same_month = nxt.month == day.month
            parts.append(
                f"{day.day}–{day_month(nxt)}"
                if same_month
                else f"{day_month(day)}–{day_month(nxt)}"
            )
            i += 2
        else:
            parts.append(day_month(day))
            i += 1
    return ", ".join(parts)
