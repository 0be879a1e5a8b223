"""Where a request stands on a given day, and what the law says about it.

:func:`assess` replays a request's events up to ``today`` (see
:mod:`.replay`) and sums up: the effective deadline and how it was reached,
a status, working days used and left, the findings, and — while an agency's
refinement proposal waits for a reply — what accepting or declining would do
to the deadline. Sources: law.md §4 (OIA), §5.2 (LGOIMA), §9 S1.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date
from enum import StrEnum

from oiaassist.agencies.outside import OutsideBody, outside_body
from oiaassist.dates import nz_today
from oiaassist.deadlines import Alternative, response_deadline
from oiaassist.deadlines.calendar import check_date
from oiaassist.law.acts import Act
from oiaassist.law.citations import Citation, Statute
from oiaassist.tracking.clock import Step
from oiaassist.tracking.events import Outcome, Request, Transferred
from oiaassist.tracking.findings import Finding, FindingCode, Severity
from oiaassist.tracking.replay import RELEASE_DELAY_FLAG, Replay

DUE_SOON_WORKING_DAYS = 5
"""'Due soon' means this many working days or fewer are left (a display choice)."""


class Status(StrEnum):
    """Where a request stands."""

    NOT_SENT = "not_sent"  # a draft: no clock runs until the agency receives it
    NO_TIME_LIMIT = "no_time_limit"  # held by a body the Act does not reach: never late
    AWAITING = "awaiting"
    DUE_SOON = "due_soon"
    OVERDUE = "overdue"
    POSSIBLY_OVERDUE = "possibly_overdue"  # past the deadline, not past a later possible one
    DECIDED_ON_TIME = "decided_on_time"
    DECIDED_LATE = "decided_late"
    # decided after the deadline but not after a later possible one (or an extension of
    # unrecorded period): neither "on time" nor "late" can be said
    DECIDED_POSSIBLY_LATE = "decided_possibly_late"
    RELEASED = "released"
    RELEASE_DELAYED = "release_delayed"  # released, or still awaited, with undue delay possible
    WITHDRAWN = "withdrawn"


CLOSED_STATUSES = frozenset({Status.RELEASED, Status.WITHDRAWN})


@dataclass(frozen=True, slots=True)
class RefinementWhatIf:
    """While a clarification/refinement request waits: what each reply does to the deadline.

    Attributes:
        proposal: the agency's words.
        sought_on: when it asked.
        can_restart: whether accepting lets the agency restart the clock
            (asked within 7 working days, s 15(1AA)-(1AB)).
        if_accepted: the deadline if the requester accepts on the assessment day.
        if_declined: the deadline if the requester declines (unchanged).
        citation: the provision.
    """

    proposal: str
    sought_on: date
    can_restart: bool
    if_accepted: date
    if_declined: date
    citation: str


@dataclass(frozen=True, slots=True)
class Assessment:
    """A request as it stands on ``today``.

    Attributes:
        today: the day assessed (events after it are ignored).
        status: where it stands.
        agency: who holds the request now (changes on transfer).
        act: the Act it is now under.
        region: the region whose anniversary day counts (LGOIMA).
        original_deadline: the first statutory limit, 20 working days after receipt
            (None for a draft, which no agency has received).
        effective_deadline: the limit that applies now (restarted, transferred,
            extended); None for a draft.
        steps: how the effective deadline was reached, in order.
        findings: what the law says about what happened, in date order.
        what_if: the choices for a pending refinement, if any.
        decided_on: when the decision was notified (or the information released).
        released_on: when the information was released.
        working_days_used: working days of the current count used by ``today``
            (or by the decision).
        working_days_left: working days left to the deadline while undecided and
            not overdue (0 on the day it is due); otherwise None.
        working_days_late: how late the decision is or was; otherwise None.
            Counted from the latest possible deadline when it is in doubt.
        alternatives: other dates the effective deadline may fall on, each with
            the unconfirmed fact it rests on (empty when every fact is settled).
        outside_note: why no time limit of the Act binds the body holding the request
            (:mod:`oiaassist.agencies.outside`); "" when one does.
        unrecorded_extension: the day an extension was notified whose period is not
            recorded (``ExtensionNotified.period_unrecorded``): the deadline is then the
            effective one *or later*, and nothing after it is called late; else None.
    """

    today: date
    status: Status
    agency: str
    act: Act
    region: str | None
    original_deadline: date | None
    effective_deadline: date | None
    steps: tuple[Step, ...]
    findings: tuple[Finding, ...]
    what_if: RefinementWhatIf | None
    decided_on: date | None
    released_on: date | None
    working_days_used: int
    working_days_left: int | None
    working_days_late: int | None
    alternatives: tuple[Alternative, ...] = ()
    outside_note: str = ""
    unrecorded_extension: date | None = None

    @property
    def latest_deadline(self) -> date:
        """The latest date the effective deadline may fall on (a draft has none)."""
        if self.effective_deadline is None:
            raise ValueError("a draft request has no deadline yet")
        return max([self.effective_deadline, *(a.due for a in self.alternatives)])

    @property
    def problems(self) -> tuple[Finding, ...]:
        """The findings that are breaches of the Act."""
        return tuple(f for f in self.findings if f.severity is Severity.PROBLEM)


def assess(request: Request, *, today: date | None = None) -> Assessment:
    """Assess ``request`` as it stands on ``today`` (default: today in New Zealand).

    Events dated after ``today`` are ignored, so a request can be replayed as
    it stood on any day of its history.

    Raises:
        OutOfCoverageError: a deadline falls outside the years oiaassist covers.
    """
    day = nz_today() if today is None else check_date(today, "today")
    if request.is_draft:
        return _draft(request, day)
    replay = Replay(request)
    if request.urgency_reasons:
        replay.find(
            FindingCode.URGENCY_REQUESTED,
            Severity.INFO,
            str(_urgency(request.act)),
            replay.clock.received,
        )
    for event in request.events:
        if event.date > day:
            break
        replay.apply(event)
    found = _summarise(replay, day)
    body = outside_body(found.agency) if found.act is not Act.PRIVACY else None
    return found if body is None else _without_time_limit(found, body, request)


def _draft(request: Request, day: date) -> Assessment:
    """A request not sent yet: no receipt, so no deadline and nothing to find."""
    return Assessment(
        today=day,
        status=Status.NOT_SENT,
        agency=request.agency,
        act=request.act,
        region=request.region,
        original_deadline=None,
        effective_deadline=None,
        steps=(),
        findings=(),
        what_if=None,
        decided_on=None,
        released_on=None,
        working_days_used=0,
        working_days_left=None,
        working_days_late=None,
    )


_KEPT_FROM_OUTSIDE = frozenset({
    FindingCode.CHARGE_NOTIFIED, FindingCode.COMPLAINT_MADE, FindingCode.TRANSFER_ON_TIME,
    FindingCode.TRANSFER_LATE, FindingCode.PARTIAL_TRANSFER, FindingCode.TRANSFER_LIMIT_EXTENDED,
})  # fmt: skip
"""What still holds once a body outside the Act has the request: facts, and what the
body that transferred it did (its own limits bound it)."""


def _without_time_limit(a: Assessment, body: OutsideBody, request: Request) -> Assessment:
    """The request as held by a body no time limit of the Act binds (``agencies.outside``).

    Counting the Act's 20 working days would call it late, and a citizen may complain
    on our word: so no deadline, no lateness, and no finding that rests on the Act's
    limits from the day it had the request; the count is kept as a guide in words.
    """
    since = request.received
    moves = [e for e in request.events if isinstance(e, Transferred) and e.date <= a.today]
    for event in moves:
        if outside_body(event.to_agency) is body:
            since = event.received_by_new_agency or event.date
    kept = [
        f for f in a.findings
        if f.code in _KEPT_FROM_OUTSIDE or (since and f.day is not None and f.day < since)
    ]  # fmt: skip
    if a.effective_deadline is not None:
        kept.append(
            Finding(
                FindingCode.NO_TIME_LIMIT, Severity.INFO, str(Citation(a.act.statute, "s 2(1)")),
                since,
                {"name": body.name, "act": a.act.statute.title, "said_by": body.said_by,
                 "instead": body.instead, "guide": a.effective_deadline},
            )
        )  # fmt: skip
    status: Status = a.status
    if status is not Status.WITHDRAWN:  # released is released; all else is open, with no limit
        status = Status.RELEASED if a.released_on is not None else Status.NO_TIME_LIMIT
    return replace(
        a,
        status=status,
        original_deadline=None,
        effective_deadline=None,
        steps=(),
        findings=tuple(sorted(kept, key=lambda f: f.day or a.today)),
        what_if=None,
        working_days_left=None,
        working_days_late=None,
        alternatives=(),
        outside_note=body.note,
        unrecorded_extension=None,
    )


def _urgency(act: Act) -> Citation:
    provision = {Act.OIA: "s 12(3)", Act.LGOIMA: "s 10(3)"}.get(act, "")
    return Citation(act.statute if act is not Act.PRIVACY else Statute.PRIVACY, provision)


def _summarise(replay: Replay, day: date) -> Assessment:
    clock = replay.clock
    calendar = clock.calendar
    due = clock.effective.due
    decided = replay.decided_on
    used = max(0, calendar.working_days_between(clock.received, min(day, decided or day)))
    left: int | None = None
    late: int | None = None
    what_if = None
    alternatives = replay.alternatives
    latest = max([due, *(a.due for a in alternatives)])
    if decided is None:
        rules = clock.act.rules
        if day > latest and replay.unrecorded is not None:
            # Past every date oiaassist can count, but an extension of unrecorded period
            # may run past today: overdue only if it has ended, which is not known.
            status = Status.POSSIBLY_OVERDUE
            replay.find(
                FindingCode.OVERDUE_UNLESS_EXTENDED, Severity.WARNING,
                str(rules.deemed_refusal or clock.limit.citation), day,
                due=latest, notified=replay.unrecorded,
            )  # fmt: skip
        elif day > latest:
            status = Status.OVERDUE
            late = calendar.working_days_between(latest, day)
            facts: dict[str, date | int | str] = {"due": latest, "late": late}
            replay.find(
                FindingCode.DEEMED_REFUSAL, Severity.PROBLEM,
                str(rules.deemed_refusal or clock.limit.citation), day,
                **facts, body=rules.complaint_body,
            )  # fmt: skip
        elif day > due:
            # Past one possible date, not the later one: never "overdue" on the
            # earlier without naming the later (issue 12).
            status = Status.POSSIBLY_OVERDUE
            later = alternatives[-1]
            replay.find(
                FindingCode.POSSIBLY_OVERDUE, Severity.WARNING,
                str(rules.deemed_refusal or clock.limit.citation), day,
                due=due, later=later.due, condition=later.condition,
            )  # fmt: skip
        else:
            left = calendar.working_days_between(day, due)
            soon = left <= DUE_SOON_WORKING_DAYS and replay.unrecorded is None  # or later
            status = Status.DUE_SOON if soon else Status.AWAITING
            if status is Status.DUE_SOON:
                replay.find(
                    FindingCode.DUE_SOON, Severity.INFO, str(clock.effective.citation), due,
                    due=due, left=left,
                )  # fmt: skip
        what_if = _what_if(replay, day)
    else:
        status, late = _decided_status(replay, day, decided)
    findings = sorted(replay.findings, key=lambda f: f.day or day)
    return Assessment(
        today=day,
        status=status,
        agency=clock.agency,
        act=clock.act,
        region=clock.region,
        original_deadline=replay.original.due,
        effective_deadline=due,
        steps=clock.steps,
        findings=tuple(findings),
        what_if=what_if,
        decided_on=decided,
        released_on=replay.released,
        working_days_used=used,
        working_days_left=left,
        working_days_late=late,
        alternatives=alternatives,
        unrecorded_extension=replay.unrecorded,
    )


def _decided_status(replay: Replay, day: date, decided: date) -> tuple[Status, int | None]:
    clock = replay.clock
    due = max([clock.effective.due, *(a.due for a in replay.alternatives)])
    unknown = replay.unrecorded is not None  # an extension of unrecorded period: no "late"
    late = clock.calendar.working_days_between(due, decided) if decided > due else None
    late = None if unknown else late
    outcome = replay.decision.outcome if replay.decision is not None else None
    if outcome is Outcome.WITHDRAWN:
        return Status.WITHDRAWN, None
    if replay.released is not None:
        gap = clock.calendar.working_days_between(decided, replay.released)
        return (Status.RELEASE_DELAYED if gap > RELEASE_DELAY_FLAG else Status.RELEASED), late
    releasing = outcome in (Outcome.GRANTED, Outcome.PARTLY_GRANTED)
    waited = clock.calendar.working_days_between(decided, day)
    if releasing and waited > RELEASE_DELAY_FLAG:
        replay.find(
            FindingCode.RELEASE_DELAYED, Severity.WARNING, str(clock.act.rules.undue_delay), day,
            decided=decided, waited=waited,
        )  # fmt: skip
        return Status.RELEASE_DELAYED, late
    # After the deadline is late even on the weekend straight after it (0 working days late),
    # as the DECIDED_LATE finding says; the status must not contradict the finding. After the
    # effective deadline but not after a later possible one is neither (DECIDED_POSSIBLY_LATE).
    if decided > due and not unknown:
        return Status.DECIDED_LATE, late
    if decided > clock.effective.due or any(a.due < decided for a in replay.alternatives):
        return Status.DECIDED_POSSIBLY_LATE, None
    return Status.DECIDED_ON_TIME, None


def _what_if(replay: Replay, day: date) -> RefinementWhatIf | None:
    pending = replay.pending
    if pending is None:
        return None
    clock = replay.clock
    can_restart = replay.pending_in_window
    if_accepted = (
        response_deadline(day, act=clock.act, region=clock.region).due
        if can_restart
        else clock.effective.due
    )
    what_if = RefinementWhatIf(
        proposal=pending.proposal,
        sought_on=pending.date,
        can_restart=can_restart,
        if_accepted=if_accepted,
        if_declined=clock.effective.due,
        citation=str(clock.act.rules.amended_requests or clock.limit.citation),
    )
    replay.find(
        FindingCode.REFINEMENT_PENDING, Severity.INFO, what_if.citation, pending.date,
        sought=pending.date, if_accepted=if_accepted, if_declined=clock.effective.due,
    )  # fmt: skip
    return what_if
