"""Many requests at once: each one's deadline and status, and the totals.

For journalists and researchers auditing an agency's OIA log: how many were
answered on time, how many late, and by how much (in working days).
"""

from __future__ import annotations

import statistics
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date

from oiaassist.tracking.assess import Assessment, Status, assess
from oiaassist.tracking.events import Request
from oiaassist.tracking.words import lateness_in_doubt


@dataclass(frozen=True, slots=True)
class ReportRow:
    """One request in a report."""

    reference: str
    agency: str
    received: date
    effective_deadline: date
    status: Status
    decided_on: date | None
    working_days_late: int | None
    problems: int
    alternatives: str = ""
    """Other dates the deadline may fall on: "2026-02-11 if …; …" ("" when settled)."""
    lateness_in_doubt: bool = False
    """Decided (or released) late on one possible deadline and on time on another."""


@dataclass(frozen=True, slots=True)
class ReportTotals:
    """What a report adds up to.

    Attributes:
        requests: how many requests.
        on_time: decided (or released, or withdrawn) by the deadline.
        late: decided after the deadline.
        overdue: undecided and past the deadline (deemed refusals) on the day.
        pending: undecided and not yet due (or not yet due on a later possible date).
        median_late: median working days late, over late and overdue requests.
        max_late: the most working days late.
        not_sent: drafts left out of the rows and every other count (no
            agency has received them, so no clock runs).
        in_doubt: decided after one possible deadline but not after another (or after an
            extension of unrecorded period): neither on time nor late, so in neither count.
    """

    requests: int
    on_time: int
    late: int
    overdue: int
    pending: int
    median_late: float | None
    max_late: int | None
    not_sent: int = 0
    in_doubt: int = 0


@dataclass(frozen=True, slots=True)
class Report:
    """Rows and totals, as on ``today``."""

    today: date
    rows: tuple[ReportRow, ...]
    totals: ReportTotals


def build_report(
    requests: Iterable[Request], *, today: date, progress: Callable[[int], None] | None = None
) -> Report:
    """Assess every request as on ``today`` and add them up."""
    rows = []
    not_sent = 0
    for count, request in enumerate(requests, start=1):
        a = assess(request, today=today)
        if request.received is None or a.effective_deadline is None:
            not_sent += 1  # a draft: nothing to count yet
            if progress is not None:
                progress(count)
            continue
        rows.append(
            ReportRow(
                reference=request.reference,
                agency=request.agency,
                received=request.received,
                effective_deadline=a.effective_deadline,
                status=a.status,
                decided_on=a.decided_on,
                working_days_late=a.working_days_late,
                problems=len(a.problems),
                alternatives=_doubts(a),
                lateness_in_doubt=lateness_in_doubt(a),
            )
        )
        if progress is not None:
            progress(count)
    return Report(today, tuple(rows), _totals(rows, not_sent))


def _doubts(a: Assessment) -> str:
    """The other dates the deadline may fall on, as the report's one cell shows them."""
    doubts = [f"{alt.due.isoformat()} if {alt.condition}" for alt in a.alternatives]
    if a.unrecorded_extension is not None:
        notified = a.unrecorded_extension.isoformat()
        doubts.append(f"later: an extension notified {notified} has no period recorded")
    return "; ".join(doubts)


def _totals(rows: list[ReportRow], not_sent: int) -> ReportTotals:
    late_by = [r.working_days_late for r in rows if r.working_days_late]
    # 0 working days late (decided on the weekend after the deadline) is still late.
    late = sum(1 for r in rows if r.decided_on is not None and r.working_days_late is not None)
    overdue = sum(1 for r in rows if r.status is Status.OVERDUE)
    # Possibly overdue (past one possible deadline, not the later) is not counted as overdue.
    waiting = (Status.AWAITING, Status.DUE_SOON, Status.POSSIBLY_OVERDUE)
    pending = sum(1 for r in rows if r.status in waiting)
    in_doubt = sum(1 for r in rows if r.decided_on is not None and r.lateness_in_doubt)
    return ReportTotals(
        requests=len(rows),
        on_time=len(rows) - late - overdue - pending - in_doubt,
        late=late,
        overdue=overdue,
        pending=pending,
        median_late=statistics.median(late_by) if late_by else None,
        max_late=max(late_by) if late_by else None,
        not_sent=not_sent,
        in_doubt=in_doubt,
    )
