"""Many requests at once: each one's deadline and status, and the totals.

For journalists and researchers auditing an agency's OIA log: how many were
answered on time, how many late, and by how much (in working days).
"""

from __future__ import annotations

import statistics
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date

from oiaassist.tracking.assess import Status, assess
from oiaassist.tracking.events import Request


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


@dataclass(frozen=True, slots=True)
class ReportTotals:
    """What a report adds up to.

    Attributes:
        requests: how many requests.
        on_time: decided (or released, or withdrawn) by the deadline.
        late: decided after the deadline.
        overdue: undecided and past the deadline (deemed refusals) on the day.
        pending: undecided and not yet due.
        median_late: median working days late, over late and overdue requests.
        max_late: the most working days late.
    """

    requests: int
    on_time: int
    late: int
    overdue: int
    pending: int
    median_late: float | None
    max_late: int | None


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
    for count, request in enumerate(requests, start=1):
        a = assess(request, today=today)
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
            )
        )
        if progress is not None:
            progress(count)
    return Report(today, tuple(rows), _totals(rows))


def _totals(rows: list[ReportRow]) -> ReportTotals:
    late_by = [r.working_days_late for r in rows if r.working_days_late]
    # 0 working days late (decided on the weekend after the deadline) is still late.
    late = sum(1 for r in rows if r.decided_on is not None and r.working_days_late is not None)
    overdue = sum(1 for r in rows if r.status is Status.OVERDUE)
    pending = sum(1 for r in rows if r.status in (Status.AWAITING, Status.DUE_SOON))
    return ReportTotals(
        requests=len(rows),
        on_time=len(rows) - late - overdue - pending,
        late=late,
        overdue=overdue,
        pending=pending,
        median_late=statistics.median(late_by) if late_by else None,
        max_late=max(late_by) if late_by else None,
    )
