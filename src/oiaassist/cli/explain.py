"""Deadlines in words: the text and JSON the ``due`` command prints.

Dates are written the way a New Zealand letter writes them ("Friday,
11 October 2024", via babel's en_NZ data) next to the ISO form.
"""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

from oiaassist.deadlines.calendar import NonWorkingDay
from oiaassist.deadlines.deadlines import Deadline
from oiaassist.law.acts import Limit
from oiaassist.law.working_days import ReasonCode

# What the date is the last day for: only a response limit is a "due" date; the
# transfer (s 14) and clarification (s 15(1AB)) limits are the requester's or the
# agency's last day to act, and a newcomer reading "Due" would take them for the answer.
HEADLINES = {
    Limit.RESPONSE: "Due",
    Limit.TRANSFER: "Last day to transfer",
    Limit.CLARIFICATION: "Last day to seek clarification",
}


def long_date(day: date) -> str:
    """E.g. "Friday, 11 October 2024"."""
    from babel.dates import format_date  # noqa: PLC0415 - 20 ms, only when printing

    return format_date(day, format="full", locale="en_NZ")


def short_date(day: date) -> str:
    """E.g. "Fri 11 Oct 2024"."""
    return day.strftime("%a %d %b %Y").replace(" 0", " ")


def _segments(deadline: Deadline) -> list[Deadline]:
    chain = []
    current: Deadline | None = deadline
    while current is not None:
        chain.append(current)
        current = current.extends
    return list(reversed(chain))


def summary(deadline: Deadline) -> list[str]:
    """The due date and the rule it comes from, in two or three lines."""
    headline = HEADLINES[deadline.limit]
    separator = " " if deadline.limit is Limit.RESPONSE else ": "
    lines = [f"{headline}{separator}{long_date(deadline.due)} ({deadline.due.isoformat()})"]
    for alt in deadline.alternatives:  # an unconfirmed fact: both dates, never one silently
        lines.append(f"  — or {long_date(alt.due)} ({alt.due.isoformat()}) if {alt.condition}")
    for seg in _segments(deadline):
        if seg.extends is None:
            lines.append(
                f"{seg.working_days} working days after {long_date(seg.start)}, the day of receipt "
                f"({seg.citation})."
            )
        else:
            lines.append(
                f"Extended by {seg.working_days} working days from {long_date(seg.start)} "
                f"({seg.citation})."
            )
    return lines


def _runs(days: tuple[NonWorkingDay, ...]) -> list[tuple[date, date, str, str]]:
    """Group consecutive skipped days that share a reason (a weekend, the closed period).

    The closed period is one line however many weekends and holidays fall in it:
    every day in it is excluded by that paragraph alone (OIA s 2(1) "working
    day" (b), LGOIMA (c)), so naming each day's other reasons only adds noise.
    """

    def key(day: NonWorkingDay) -> str:
        if day.reason.code is ReasonCode.WEEKEND:
            return "Weekend"
        if day.reason.code is ReasonCode.CLOSED_PERIOD:  # reasons are most decisive first
            return day.reason.label
        return day.label

    runs: list[tuple[date, date, str, str]] = []
    for day in days:
        label = key(day)
        if runs and runs[-1][2] == label and runs[-1][1] + timedelta(days=1) == day.day:
            first, _, _, cite = runs[-1]
            runs[-1] = (first, day.day, label, cite)
        else:
            runs.append((day.day, day.day, label, day.reason.citation.short))
    return runs


def trail(deadline: Deadline) -> list[str]:
    """How the count went: each segment's working days and the days it skipped."""
    lines = []
    for seg in _segments(deadline):
        heading = "Original limit" if seg.extends is None else "Extension"
        lines.append(
            f"{heading}: day 0 is {short_date(seg.start)}; working day {seg.working_days} "
            f"is {short_date(seg.due)}."
        )
        runs = _runs(seg.skipped)
        if not runs:
            lines.append("  No non-working days in between.")
            continue
        lines.append(f"  Not counted ({len(seg.skipped)} days):")
        width = max(len(_span(f, t)) for f, t, _, _ in runs)
        for first, last, label, cite in runs:
            lines.append(f"    {_span(first, last):<{width}}  {label} — {cite}")
    for uncounted in deadline.anniversaries_not_counted:
        lines.append(
            f"Note: {' / '.join(uncounted.names)} ({short_date(uncounted.day)}) falls in this "
            f"window and was counted as a working day. If the local authority observes it "
            f"(regions: {', '.join(uncounted.regions)}), pass --region and the deadline moves "
            "one working day later."
        )
    return lines


def _span(first: date, last: date) -> str:
    if first == last:
        return short_date(first)
    return f"{short_date(first)} – {short_date(last)}"


def as_json(deadline: Deadline) -> dict[str, Any]:
    """A machine-readable form, stable for scripts."""
    return {
        "due": deadline.due.isoformat(),
        "headline": HEADLINES[deadline.limit],
        "received": deadline.received.isoformat(),
        "act": deadline.act.value,
        "region": deadline.region,
        "limit": deadline.limit.value,
        "total_working_days": deadline.total_working_days,
        "segments": [
            {
                "start": seg.start.isoformat(),
                "due": seg.due.isoformat(),
                "working_days": seg.working_days,
                "citation": str(seg.citation),
                "extension": seg.extends is not None,
                "skipped": [
                    {
                        "date": day.day.isoformat(),
                        "reasons": [
                            {"code": r.code.value, "label": r.label, "citation": str(r.citation)}
                            for r in day.reasons
                        ],
                    }
                    for day in seg.skipped
                ],
            }
            for seg in _segments(deadline)
        ],
        "alternatives": [
            {"due": a.due.isoformat(), "condition": a.condition} for a in deadline.alternatives
        ],
        "anniversaries_not_counted": [
            {"date": a.day.isoformat(), "names": list(a.names), "regions": list(a.regions)}
            for a in deadline.anniversaries_not_counted
        ],
    }
