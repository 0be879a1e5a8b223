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
    """The due date and the rule it comes from, in two or three lines.

    The first word says which limit it is: "Due" (the decision), "Last day to
    transfer" (OIA s 14) or "Last day to seek clarification" (s 15(1AB)).
    """
    what = {
        Limit.TRANSFER: "Last day to transfer",
        Limit.CLARIFICATION: "Last day to seek clarification",
    }.get(deadline.limit, "Due")
    lines = [f"{what}: {long_date(deadline.due)} ({deadline.due.isoformat()})"]
    if what == "Due":
        lines[0] = lines[0].replace("Due: ", "Due ", 1)
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

    A day in the closed period is shown as part of it, whatever else it is (a
    weekend, Christmas Day): the period is one line, "25 Dec – 15 Jan".
    """

    def key(day: NonWorkingDay) -> tuple[str, str]:
        closed = next((r for r in day.reasons if r.code is ReasonCode.CLOSED_PERIOD), None)
        if closed is not None:
            return closed.label, closed.citation.short
        if day.reason.code is ReasonCode.WEEKEND:
            return "Weekend", day.reason.citation.short
        return day.label, day.reason.citation.short

    runs: list[tuple[date, date, str, str]] = []
    for day in days:
        label, cite = key(day)
        if runs and runs[-1][2] == label and runs[-1][1] + timedelta(days=1) == day.day:
            first, _, _, cite = runs[-1]
            runs[-1] = (first, day.day, label, cite)
        else:
            runs.append((day.day, day.day, label, cite))
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
        "anniversaries_not_counted": [
            {"date": a.day.isoformat(), "names": list(a.names), "regions": list(a.regions)}
            for a in deadline.anniversaries_not_counted
        ],
    }
