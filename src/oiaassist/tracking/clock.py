"""The request clock: which agency, which Act, and which limit applies now.

A :class:`Clock` is immutable; each event that moves the deadline returns a
new one with one more :class:`Step`, so an assessment can show exactly how
the effective deadline was reached (original → restarted → transferred →
extended).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from oiaassist.deadlines import (
    Deadline,
    WorkingDayCalendar,
    clarification_deadline,
    extend_deadline,
    pending_on_1987,
    response_deadline,
)
from oiaassist.law.acts import OIA_LIMITS_IN_FORCE, Act, Limit


class StepKind(StrEnum):
    """How a step moved the deadline."""

    ORIGINAL = "original"
    RESTARTED = "restarted"
    TRANSFERRED = "transferred"
    EXTENDED = "extended"


@dataclass(frozen=True, slots=True)
class Step:
    """One move of the deadline.

    Attributes:
        kind: what moved it.
        start: day 0 of this step's count (receipt, clarification, transfer,
            or for an extension the limit it extends).
        due: the deadline after this step.
        working_days: working days counted from ``start`` to ``due``.
        act: the Act whose calendar counted them.
        region: the region whose anniversary day counted (LGOIMA), else None.
        citation: the provision.
        agency: who held the request.
        note: anything a reader should know about this step.
    """

    kind: StepKind
    start: date
    due: date
    working_days: int
    act: Act
    region: str | None
    citation: str
    agency: str
    note: str = ""


def _step(kind: StepKind, deadline: Deadline, agency: str, note: str = "") -> Step:
    return Step(
        kind,
        deadline.start,
        deadline.due,
        deadline.working_days,
        deadline.act,
        deadline.region,
        str(deadline.citation),
        agency,
        note,
    )


@dataclass(frozen=True, slots=True)
class Clock:
    """The deadline state of a request at one point in its history.

    Attributes:
        agency: who holds the request.
        received: day 0 of the current count (receipt, clarification treated
            as new, or receipt of a transfer).
        act: the Act it is under.
        region: region for anniversary days (LGOIMA).
        limit: the unextended statutory limit (s 15(1)) of the current count;
            an extension must be notified by this day (s 15A(3)).
        effective: the limit now in force (``limit`` or an extension of it).
        extended: whether a valid extension has been applied.
        steps: how ``effective`` was reached.
        agency_id: the directory id of ``agency`` when its Act and region came
            from the directory (its anniversary day may be in doubt), else None.
    """

    agency: str
    received: date
    act: Act
    region: str | None
    limit: Deadline
    effective: Deadline
    extended: bool
    steps: tuple[Step, ...]
    agency_id: str | None = None

    @classmethod
    def start(
        cls,
        agency: str,
        received: date,
        act: Act,
        region: str | None,
        agency_id: str | None = None,
    ) -> Clock:
        """The clock on receipt: 20 working days (OIA s 15(1)).

        An OIA request received before 1 April 1987 had no limit until then;
        if still pending it ran 20 working days from that day (law.md §12.1).
        """
        if act is Act.OIA and received < OIA_LIMITS_IN_FORCE:
            limit = pending_on_1987(received)
        else:
            limit = response_deadline(received, act=act, region=region).for_agency(agency_id)
        step = _step(StepKind.ORIGINAL, limit, agency)
        return cls(agency, limit.start, act, limit.region, limit, limit, False, (step,), agency_id)

    @property
    def calendar(self) -> WorkingDayCalendar:
        """The working-day calendar of the current Act and region."""
        return self.limit.calendar

    @property
    def clarification_window(self) -> Deadline | None:
        """Last day to seek clarification and still restart (None if the Act has no rule)."""
        rules = self.act.rules
        if Limit.CLARIFICATION not in rules.limits:
            return None
        if self.received < rules.limits[Limit.CLARIFICATION].in_force_from:
            return None
        return clarification_deadline(self.received, act=self.act, region=self.region)

    def working_day_number(self, day: date) -> int:
        """Which working day of the current count ``day`` is (receipt is day 0)."""
        return self.calendar.working_days_between(self.received, day)

    def restart(self, day: date) -> Clock:
        """A clarified or amended request treated as new on ``day`` (s 15(1AA))."""
        limit = response_deadline(day, act=self.act, region=self.region)
        limit = limit.for_agency(self.agency_id)
        step = _step(StepKind.RESTARTED, limit, self.agency)
        return Clock(
            self.agency,
            day,
            self.act,
            self.region,
            limit,
            limit,
            False,
            (*self.steps, step),
            self.agency_id,
        )

    def transfer(
        self,
        agency: str,
        got: date,
        act: Act,
        region: str | None,
        agency_id: str | None = None,
    ) -> Clock:
        """The new agency's clock from the day it received the transfer (s 14).

        Counted on the receiving body's own Act and calendar (law.md §12.6).
        """
        limit = response_deadline(got, act=act, region=region).for_agency(agency_id)
        step = _step(StepKind.TRANSFERRED, limit, agency)
        return Clock(
            agency, got, act, limit.region, limit, limit, False, (*self.steps, step), agency_id
        )

    def extend(self, new_due: date, working_days: int | None = None) -> Clock:
        """A validly notified extension to ``new_due`` (s 15A).

        ``working_days``: the period as the notice gave it, when it gave no date;
        the extended date then carries the limit's alternatives forward.
        """
        extension = extend_deadline(self.limit, to=new_due)
        if working_days is not None:
            counted = extend_deadline(self.effective, working_days=working_days)
            if counted.due == new_due:
                extension = counted
        step = _step(StepKind.EXTENDED, extension, self.agency)
        return Clock(
            self.agency,
            self.received,
            self.act,
            self.region,
            self.limit,
            extension,
            True,
            (*self.steps, step),
            self.agency_id,
        )
