"""Replaying a request's events against the law, one event at a time.

:class:`Replay` holds the mutable state of one assessment; each handler
applies one event to the :class:`~oiaassist.tracking.clock.Clock` and records
what the law says about it as :class:`~oiaassist.tracking.findings.Finding`.
"""

from __future__ import annotations

from datetime import date

from oiaassist.agencies.directory import get as get_agency
from oiaassist.agencies.directory import id_named
from oiaassist.deadlines import (
    Alternative,
    Deadline,
    extend_deadline,
    response_deadline,
    transfer_deadline,
)
from oiaassist.deadlines.deadlines import pending_on_1987
from oiaassist.law.acts import OIA_LIMITS_IN_FORCE, Act, Limit
from oiaassist.law.citations import Citation
from oiaassist.tracking.clock import Clock
from oiaassist.tracking.events import (
    Acknowledged,
    ChargeNotified,
    ClarificationSought,
    Clarified,
    ComplaintBody,
    ComplaintMade,
    DecisionNotified,
    Event,
    ExtensionGround,
    ExtensionNotified,
    InformationReleased,
    Outcome,
    RefinementDeclined,
    Request,
    Transferred,
)
from oiaassist.tracking.findings import Finding, FindingCode, Severity

RELEASE_DELAY_FLAG = 5
"""Working days between a decision to release and the release after which oiaassist
flags possible undue delay. s 28(5) sets no number (law.md §4.2): a prompt, not a rule."""

F = FindingCode
S = Severity


class Replay:
    """The state of one assessment while its events are replayed."""

    def __init__(self, request: Request) -> None:
        if request.received is None:
            raise ValueError("a draft (no events) has no clock to replay")
        self.request = request
        self.clock = Clock.start(
            request.agency, request.received, request.act, request.region, request.agency_id
        )
        self.original = self.clock.limit
        # s 14 counts from receipt by the agency holding the request; a clarification
        # treated as new replaces the request only "for the purposes of subsection (1)"
        # (s 15(1AA), law.md §4.3), so it does not restart the transfer limit.
        self.transfer_limit: Deadline = self._transfer_limit(request.received)
        # Dates the deadline may fall on that no Deadline carries: a clarification
        # the agency may or may not treat as new; a transfer to a body of unknown Act.
        self.extra: tuple[Alternative, ...] = ()
        self.findings: list[Finding] = []
        self.pending: ClarificationSought | None = None
        self.pending_in_window = False
        self.decision: DecisionNotified | None = None
        self.decided_on: date | None = None
        self.released: date | None = None
        # The day an extension was notified whose period the requester has not recorded
        # (ExtensionNotified.period_unrecorded): after the limit it extends, lateness is
        # "cannot tell", never asserted. One for the response limit, one for the transfer limit.
        self.unrecorded: date | None = None
        self.transfer_unrecorded: date | None = None

    def _transfer_limit(self, received: date) -> Deadline:
        clock = self.clock
        if clock.act is Act.OIA and received < OIA_LIMITS_IN_FORCE:
            return pending_on_1987(received, Limit.TRANSFER)  # transitional s 7(2)
        return transfer_deadline(received, act=clock.act, region=clock.region)

    @property
    def alternatives(self) -> tuple[Alternative, ...]:
        """Every other date the effective deadline may fall on, earliest first."""
        due = self.clock.effective.due
        found = {a.due: a for a in (*self.clock.effective.alternatives, *self.extra)}
        return tuple(found[d] for d in sorted(found) if d != due)

    def find(
        self, code: F, severity: S, citation: str, day: date | None, **facts: date | int | str
    ) -> None:
        """Record a finding."""
        self.findings.append(Finding(code, severity, str(citation), day, facts))

    def apply(self, event: Event) -> None:
        """Apply one event (events arrive in date order)."""
        match event:
            case Acknowledged():
                self.acknowledged(event)
            case ClarificationSought():
                self.clarification_sought(event)
            case Clarified():
                self.clarified(event)
            case RefinementDeclined():
                self.pending = None
                self.find(
                    F.REFINEMENT_DECLINED, S.INFO, self.clock.limit.citation, event.date,
                    declined=event.date, due=self.clock.effective.due,
                )  # fmt: skip
            case Transferred():
                self.transferred(event)
            case ExtensionNotified():
                self.extension_notified(event)
            case ChargeNotified():
                self.charge(event.amount, event.date)
            case DecisionNotified():
                self.decision_notified(event)
            case InformationReleased():
                self.information_released(event)
            case ComplaintMade():
                self.complaint_made(event)
            case _:
                pass  # Received: day 0, already the clock's start

    def acknowledged(self, event: Acknowledged) -> None:
        """Check a due date the agency stated against the statute."""
        stated = event.stated_due
        statutory = self.clock.effective.due
        if stated is None or stated == statutory:
            return
        matching = [a for a in self.alternatives if a.due == stated]
        if matching:  # the agency's date is the other possibility: no alarm, say which
            self.find(
                F.STATED_DATE_ALTERNATIVE, S.INFO, self.clock.limit.citation, event.date,
                stated=stated, statutory=statutory, condition=matching[0].condition,
            )  # fmt: skip
            return
        late = stated > statutory
        self.find(
            F.STATED_DATE_WRONG if late else F.STATED_DATE_EARLY,
            S.WARNING if late else S.INFO,
            self.clock.limit.citation,
            event.date,
            stated=stated,
            statutory=statutory,
        )

    def clarification_sought(self, event: ClarificationSought) -> None:
        """Note whether the request came within the 7-working-day window (s 15(1AB))."""
        self.pending = event
        window = self.clock.clarification_window
        number = self.clock.working_day_number(event.date)
        cite = self.clock.act.rules.amended_requests or self.clock.limit.citation
        self.pending_in_window = window is not None and event.date <= window.due
        if self.pending_in_window:
            self.find(
                F.CLARIFICATION_IN_WINDOW, S.INFO, cite, event.date,
                sought=event.date, day_number=number,
            )  # fmt: skip
        else:
            self.find(
                F.CLARIFICATION_OUT_OF_WINDOW, S.INFO,
                window.citation if window is not None else cite, event.date,
                sought=event.date, day_number=number,
                window_end=window.due if window is not None else event.date,
                due=self.clock.effective.due,
            )  # fmt: skip

    def clarified(self, event: Clarified) -> None:
        """A clarification or amendment may restart the clock (s 15(1AA))."""
        asked = self.pending is not None and not event.own_initiative
        may_restart = self.clock.act.rules.amended_requests is not None and (
            self.pending_in_window if asked else True
        )
        self.pending = None
        cite = self.clock.act.rules.amended_requests or self.clock.limit.citation
        before = self.clock.effective.due
        if event.treated_as_new is False or not may_restart:
            wrongly = bool(event.treated_as_new) and not may_restart
            self.find(
                F.RESTART_NOT_ALLOWED if wrongly else F.CLOCK_NOT_RESTARTED,
                S.PROBLEM if wrongly else S.INFO,
                cite, event.date, clarified=event.date, due=before,
            )  # fmt: skip
            return
        self.clock = self.clock.restart(event.date)
        self.extra = ()
        self.unrecorded = None  # the amended request is new: an extension of the old is moot
        if event.treated_as_new is None and before != self.clock.effective.due:
            # The agency "may" treat it as new (s 15(1AA)); until it says, both dates stand.
            self.extra = (
                Alternative(
                    before,
                    "the agency does not treat the clarified request as a new request "
                    f"({cite}); it has not said",
                ),
            )
        self.find(
            F.CLOCK_RESTARTED if event.treated_as_new else F.CLOCK_MAY_RESTART, S.INFO, cite,
            event.date, clarified=event.date, due=self.clock.effective.due, original=before,
        )  # fmt: skip

    def transferred(self, event: Transferred) -> None:
        """Check the 10-day limit (s 14) and start the new agency's clock.

        The receiving body's 20 working days are counted on *its* Act and
        calendar (law.md §12.6), which the agency directory supplies; a body the
        directory does not know has an Act oiaassist cannot tell, and the user
        is asked rather than a guess made from words in its name.
        """
        clock = self.clock
        limit = self.transfer_limit
        late = event.date > limit.latest  # never late on the earlier of two possible limits
        if late and event.dated_by_letter:  # made on or before the letter: perhaps in time
            self.find(
                F.TRANSFER_PERHAPS_LATE, S.WARNING, limit.citation, event.date,
                to_agency=event.to_agency, transferred=event.date, limit=limit.due,
            )  # fmt: skip
        elif late and self.transfer_unrecorded is not None:
            self.find(
                F.TRANSFER_AFTER_UNRECORDED_EXTENSION, S.WARNING, limit.citation, event.date,
                to_agency=event.to_agency, transferred=event.date, limit=limit.due,
                notified=self.transfer_unrecorded,
            )  # fmt: skip
        else:
            self.find(
                F.TRANSFER_LATE if late else F.TRANSFER_ON_TIME,
                S.PROBLEM if late else S.INFO,
                limit.citation, event.date,
                to_agency=event.to_agency, transferred=event.date, limit=limit.due,
            )  # fmt: skip
        if event.partial:
            self.find(
                F.PARTIAL_TRANSFER, S.INFO, limit.citation, event.date,
                to_agency=event.to_agency, transferred=event.date,
            )  # fmt: skip
            return
        got = event.received_by_new_agency or event.date
        found_id = id_named(event.to_agency)
        found = get_agency(found_id) if found_id is not None else None
        if found is not None and event.act in (None, found.act):
            act = found.act
            region = event.region or found.calendar_region
            agency_id: str | None = found.id
        elif event.act is not None:
            act, region, agency_id = event.act, event.region, None
        else:
            act, region, agency_id = clock.act, event.region or clock.region, None
        self.clock = clock.transfer(event.to_agency, got, act, region, agency_id)
        self.transfer_limit = self._transfer_limit(got)
        self.pending = None
        self.extra = ()
        self.unrecorded = self.transfer_unrecorded = None  # the new body's own limits
        if found is None and event.act is None:
            self._act_unknown(event, got)
        elif act is not clock.act:
            self.find(
                F.TRANSFER_CHANGES_ACT, S.INFO, self.clock.limit.citation, got,
                to_agency=event.to_agency, new_act=act.statute.title,
                due=self.clock.effective.due, received=got,
            )  # fmt: skip

    def _act_unknown(self, event: Transferred, got: date) -> None:
        """A transfer to a body the directory does not know: show both Acts' dates."""
        clock = self.clock
        other = Act.LGOIMA if clock.act is not Act.LGOIMA else Act.OIA
        alt = response_deadline(got, act=other)
        words = (
            "is a local authority or council organisation (LGOIMA)"
            if other is Act.LGOIMA
            else "answers under the Official Information Act 1982"
        )
        self.extra = (Alternative(alt.due, f"{event.to_agency} {words}", alt.calendar),)
        self.extra += tuple(
            Alternative(a.due, f"{event.to_agency} {words} and {a.condition}", a.calendar)
            for a in alt.alternatives
        )
        self.find(
            F.TRANSFER_ACT_UNKNOWN, S.WARNING, self.clock.limit.citation, got,
            to_agency=event.to_agency, act=clock.act.statute.title, due=clock.effective.due,
            other_act=other.statute.title, other_due=alt.due,
        )  # fmt: skip

    def extension_notified(self, event: ExtensionNotified) -> None:
        """Judge an extension notice (s 15A(1)-(4)) and apply it if valid."""
        rules = self.clock.act.rules
        limit = self.clock.limit
        day = event.date
        if event.stated_reasons is False:
            self.find(
                F.EXTENSION_NO_REASONS, S.PROBLEM, rules.extension_notice_contents, day,
                notified=day,
            )  # fmt: skip
        if event.stated_right_to_complain is False:
            self.find(
                F.EXTENSION_NO_COMPLAINT_RIGHT, S.WARNING, rules.extension_notice_contents, day,
                notified=day, body=rules.complaint_body,
            )  # fmt: skip
        if ExtensionGround.COMPLEXITY in event.grounds and self.clock.act is not Act.PRIVACY:
            self.find(F.EXTENSION_BAD_GROUND, S.WARNING, rules.extension, day)
        if event.limit == "transfer":
            self._extend_transfer(event)
            return
        if event.period_unrecorded or (self.unrecorded is not None and event.extended_to is None):
            # No period recorded, or working days counted on from an extension whose end is
            # unknown: the deadline is "later, by how much unknown" — never the original.
            self._unrecorded(event, self.clock.effective, limit.latest)
            return
        new_due = self._extended_due(event)
        if new_due is None:
            return
        if day > limit.latest:
            self._late_notice(day)
            return
        second = self.clock.extended or self.unrecorded is not None
        self.unrecorded = None  # a later notice's stated date settles the deadline
        self.clock = self.clock.extend(
            new_due, event.working_days if event.extended_to is None else None
        )
        self.extra = ()
        self.find(
            F.EXTENSION_SECOND if second else F.EXTENSION_VALID,
            S.WARNING if second else S.INFO,
            rules.extension, day, notified=day, limit=limit.due, due=new_due,
        )  # fmt: skip

    def _late_notice(self, day: date) -> None:
        """A notice of extending the response limit given after the original limit.

        s 15A(3): notice within 20 working days; a later one is invalid, and a further
        extension after a valid one is only "purported" (Ombudsman; law.md §4.5, §9 S1). The
        deadline stays where it was: an earlier extension's end, if its period is recorded.
        """
        facts: dict[str, date | int | str] = {
            "notified": day, "limit": self.clock.limit.due, "due": self.clock.effective.due,
        }  # fmt: skip
        if self.unrecorded is not None:  # further to one whose end is not recorded
            facts["unrecorded"] = self.unrecorded
        further = self.clock.extended or self.unrecorded is not None
        self.find(
            F.EXTENSION_PURPORTED if further else F.EXTENSION_LATE,
            S.PROBLEM, self.clock.act.rules.extension_notice, day, **facts,
        )  # fmt: skip

    def _unrecorded(self, event: ExtensionNotified, limit: Deadline, latest: date) -> None:
        """An extension of ``limit`` whose period is not recorded: known late, or unknown end.

        Whether the notice came in time rests only on its date (s 15A(3)), so a late one is
        still called late; one in time makes whatever follows ``limit`` "cannot tell".
        """
        rules = self.clock.act.rules
        day = event.date
        if day > latest and event.limit == "transfer":
            self.find(
                F.EXTENSION_LATE, S.PROBLEM, rules.extension_notice, day,
                notified=day, limit=self.clock.limit.due, due=limit.due,
            )  # fmt: skip
            return
        if day > latest:
            self._late_notice(day)
            return
        if event.limit == "transfer":
            self.transfer_unrecorded = day
        elif self.unrecorded is None:
            self.unrecorded = day
        else:
            return  # already said: the end of the first extension is not recorded
        self.find(
            F.EXTENSION_PERIOD_UNRECORDED, S.WARNING, rules.extension, day,
            notified=day, due=limit.due,
        )  # fmt: skip

    def _extend_transfer(self, event: ExtensionNotified) -> None:
        """An extension of the s 14 transfer limit (s 15A(1): "section 14 or section 15(1)").

        Notified in time (s 15A(3): within 20 working days of receipt), it moves
        the transfer limit, not the decision limit (law.md §12.7).
        """
        rules = self.clock.act.rules
        limit = self.transfer_limit
        day = event.date
        if event.period_unrecorded:
            self._unrecorded(event, limit, self.clock.limit.latest)
            return
        new_due = event.extended_to
        if new_due is None and event.working_days is not None:
            new_due = extend_deadline(limit, working_days=event.working_days).due
        if new_due is not None and new_due <= limit.due:
            self._not_later(day, new_due, limit.due)
            return
        if new_due is None:
            self.find(
                F.EXTENSION_NO_PERIOD, S.PROBLEM, rules.extension_notice_contents, day,
                notified=day,
            )  # fmt: skip
            return
        if day > self.clock.limit.latest:
            self.find(
                F.EXTENSION_LATE, S.PROBLEM, rules.extension_notice, day,
                notified=day, limit=self.clock.limit.due, due=limit.due,
            )  # fmt: skip
            return
        self.transfer_limit = extend_deadline(limit, to=new_due)
        self.find(
            F.TRANSFER_LIMIT_EXTENDED, S.INFO, rules.extension, day,
            notified=day, limit=limit.due, due=new_due,
        )  # fmt: skip

    def _extended_due(self, event: ExtensionNotified) -> date | None:
        """The date a notice extends to, or None (with a finding) if it gives no usable period."""
        rules = self.clock.act.rules
        base = self.clock.effective  # a further extension counts on from the extended date
        computed = None
        if event.working_days is not None:
            computed = extend_deadline(base, working_days=event.working_days).due
        stated = event.extended_to
        if stated is not None and computed is not None and computed != stated:
            self.find(
                F.EXTENSION_PERIOD_MISMATCH, S.WARNING, rules.extension, event.date,
                working_days=event.working_days or 0, stated=stated, limit=base.due,
                computed=computed,
            )  # fmt: skip
        new_due = stated or computed
        if new_due is not None and new_due <= self.clock.limit.due:
            self._not_later(event.date, new_due, self.clock.effective.due)
            return None
        if new_due is None:
            self.find(
                F.EXTENSION_NO_PERIOD, S.PROBLEM, rules.extension_notice_contents, event.date,
                notified=event.date,
            )  # fmt: skip
            return None
        return new_due

    def _not_later(self, day: date, to: date, due: date) -> None:
        """An "extension" to a day not after the limit: it moves nothing, and breaks nothing.

        A notice promising a reply by a day inside the time limit (corpus:
        docslib-climate-change-commission-2021-005-release) is kinder than the law: a note,
        not a breach; the deadline stays where it was.
        """
        self.find(
            F.EXTENSION_NOT_LATER, S.INFO, self.clock.act.rules.extension, day,
            notified=day, to=to, due=due,
        )  # fmt: skip

    def charge(self, amount: object, day: date) -> None:
        """A charge must be part of a decision made in time (law.md §4.7)."""
        due = self.clock.effective.due
        late = day > max([due, *(a.due for a in self.alternatives)])
        act = self.clock.act
        cite = Citation(act.statute, "s 15(1)(a)") if act is Act.OIA else self.clock.limit.citation
        self.find(
            F.CHARGE_TOO_LATE if late else F.CHARGE_NOTIFIED,
            S.PROBLEM if late else S.INFO,
            cite, day, amount=str(amount), notified=day, due=due,
        )  # fmt: skip

    def decision_notified(self, event: DecisionNotified) -> None:
        """The decision: on time or late; reasons given; grounds asked for."""
        if self.decided_on is not None:
            return  # a later decision letter does not move the first one
        self.decision = event
        self.decided(event.date)
        if event.charge is not None:
            self.charge(event.charge, event.date)
        refused = event.outcome in (Outcome.REFUSED, Outcome.PARTLY_GRANTED)
        reasons = self.clock.act.rules.reasons
        if refused and not event.sections:
            self.find(F.REFUSAL_WITHOUT_REASONS, S.WARNING, reasons, event.date, decided=event.date)
        if refused and self.request.grounds_requested:
            self.find(F.GROUNDS_REQUESTED, S.INFO, reasons, event.date, decided=event.date)

    def information_released(self, event: InformationReleased) -> None:
        """Release; flag a long gap after the decision (s 28(5))."""
        if self.released is None:
            self.released = event.date
        if self.decided_on is None:
            self.decided(event.date)  # a release letter is also the decision
            return
        waited = self.clock.calendar.working_days_between(self.decided_on, event.date)
        if waited > RELEASE_DELAY_FLAG:
            self.find(
                F.RELEASE_DELAYED, S.WARNING, self.clock.act.rules.undue_delay, event.date,
                decided=self.decided_on, released=event.date, waited=waited,
            )  # fmt: skip

    def decided(self, day: date) -> None:
        """Judge the decision date against the effective deadline (s 15(1), s 28(4))."""
        self.decided_on = day
        due = self.clock.effective.due
        rules = self.clock.act.rules
        earlier = [a for a in self.alternatives if a.due < day <= due]
        if earlier:  # on time on the deadline oiaassist counts, late on another possible one
            self.find(
                F.DECIDED_LATE_IF, S.WARNING, rules.deemed_refusal or self.clock.limit.citation,
                day, decided=day, due=due, earlier=earlier[0].due, condition=earlier[0].condition,
            )  # fmt: skip
            return
        if day <= due:
            self.find(
                F.DECIDED_ON_TIME, S.INFO, self.clock.effective.citation, day,
                decided=day, last_day=int(day == due),
            )  # fmt: skip
            return
        if self.unrecorded is not None:
            self.find(
                F.DECIDED_AFTER_UNRECORDED_EXTENSION, S.WARNING,
                rules.deemed_refusal or self.clock.limit.citation, day,
                decided=day, due=max([due, *(a.due for a in self.alternatives)]),
                notified=self.unrecorded,
            )  # fmt: skip
            return
        later = [a for a in self.alternatives if a.due >= day]
        if later:  # late only on the earlier of two possible dates: say so, not "late"
            cite = rules.deemed_refusal or self.clock.limit.citation
            self.find(
                F.DECIDED_POSSIBLY_LATE, S.WARNING, cite, day,
                decided=day, due=due, later=later[-1].due, condition=later[-1].condition,
            )  # fmt: skip
            return
        due = max([due, *(a.due for a in self.alternatives)])
        late = self.clock.calendar.working_days_between(due, day)
        self.find(
            F.DECIDED_LATE, S.PROBLEM, rules.deemed_refusal or self.clock.limit.citation, day,
            decided=day, due=due, late=late, body=rules.complaint_body,
        )  # fmt: skip

    def complaint_made(self, event: ComplaintMade) -> None:
        """Note a complaint already made."""
        rules = self.clock.act.rules
        body = (
            "the Privacy Commissioner"
            if event.to is ComplaintBody.PRIVACY_COMMISSIONER
            else "an Ombudsman"
        )
        self.find(
            F.COMPLAINT_MADE, S.INFO, rules.complaint_right, event.date,
            body=body, complained=event.date,
        )  # fmt: skip
