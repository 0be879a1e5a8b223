"""What the requester should do next, in one sentence, with the letter that does it.

Derived from an :class:`~oiaassist.tracking.assess.Assessment` like every
other conclusion, so it follows each recorded event. It never urges a step
the facts do not support: a reminder only once the deadline has passed
(a deemed refusal, OIA s 28(4) / LGOIMA s 27(4)), a complaint only about a
delay or a refusal that happened. The sections named come from the Act the
request is now under (law.md §4, §5.2, §6).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from oiaassist.deadlines import calendar_for
from oiaassist.i18n import _, medium_date
from oiaassist.law.acts import Limit
from oiaassist.law.citations import Citation
from oiaassist.tracking.assess import Assessment, Status
from oiaassist.tracking.events import DecisionNotified, Outcome, Request
from oiaassist.tracking.words import alternatives_text


class StepAction(StrEnum):
    """The button that goes with the next step."""

    MARK_SENT = "mark_sent"
    REFINEMENT_REPLY = "refinement_reply"
    REMINDER = "reminder"
    GROUNDS = "grounds"
    COMPLAINT = "complaint"
    NONE = "none"


NEEDS_ME = {
    Status.OVERDUE: 0,
    Status.NOT_SENT: 1,
    Status.RELEASE_DELAYED: 2,
    Status.DECIDED_LATE: 3,
    Status.DECIDED_POSSIBLY_LATE: 4,
    Status.POSSIBLY_OVERDUE: 4,
    Status.DUE_SOON: 5,
    Status.AWAITING: 6,
    Status.NO_TIME_LIMIT: 6,  # waiting, with no date to wait for
    Status.DECIDED_ON_TIME: 7,
    Status.RELEASED: 8,
    Status.WITHDRAWN: 9,
}
"""How much a status needs the requester (0 first): for sorting a list by "needs me"."""


@dataclass(frozen=True, slots=True)
class NextStep:
    """One sentence and the action that carries it out."""

    text: str
    action: StepAction


def next_step(request: Request, a: Assessment) -> NextStep:
    """The requester's next step on ``a.today``."""
    rules = a.act.rules
    due = a.effective_deadline
    if a.outside_note:
        return _no_time_limit(a)
    if a.status is Status.NOT_SENT or due is None:
        return NextStep(
            _(
                "Send it, then choose Mark as sent: the agency has 20 working days from the "
                "day it receives it ({citation})."
            ).format(citation=rules.limit(Limit.RESPONSE).citation.short),
            StepAction.MARK_SENT,
        )
    if a.what_if is not None:
        return NextStep(
            _(
                "Reply to the agency's proposal of {day}: if you decline, the decision stays "
                "due by {due}; if you accept, by {accepted}."
            ).format(
                day=medium_date(a.what_if.sought_on),
                due=medium_date(a.what_if.if_declined),
                accepted=medium_date(a.what_if.if_accepted),
            ),
            StepAction.REFINEMENT_REPLY,
        )
    if a.status in (Status.AWAITING, Status.DUE_SOON, Status.POSSIBLY_OVERDUE):
        return _waiting(a, due)
    if a.status is Status.OVERDUE:
        return NextStep(
            _(
                "Send a reminder: the decision was due by {due}. Not deciding in time counts as "
                "a refusal ({deemed}); you may complain to {body}."
            ).format(
                due=medium_date(due),
                deemed=(rules.deemed_refusal or rules.limit(Limit.RESPONSE).citation).short,
                body=rules.complaint_body,
            ),
            StepAction.REMINDER,
        )
    return _after_decision(request, a)


def _waiting(a: Assessment, due: date) -> NextStep:
    """Undecided, not known to be overdue: wait, and when to remind (if it can be counted)."""
    if a.unrecorded_extension is not None:
        # No reminder date can be counted from an extension whose end is not recorded.
        return NextStep(
            _(
                "Add the period of the extension notified on {day} (edit it in the timeline): "
                "until then the deadline is {due} or later, and no reminder date can be counted."
            ).format(day=medium_date(a.unrecorded_extension), due=medium_date(a.latest_deadline)),
            StepAction.NONE,
        )
    # Where the deadline rests on an unconfirmed fact, the reminder waits for the
    # latest possible date, and the sentence names the other one (issue 12).
    after = calendar_for(a.act, a.region).add_working_days(a.latest_deadline, 1)
    doubt = alternatives_text(a)
    if doubt:
        text = _(
            "Wait: they must decide by {due} ({doubt}). If nothing arrives, send a "
            "reminder on {after}."
        ).format(due=medium_date(due), doubt=doubt, after=medium_date(after))
    else:
        text = _(
            "Wait: they must decide by {due}. If nothing arrives, send a reminder on {after}."
        ).format(due=medium_date(due), after=medium_date(after))
    return NextStep(text, StepAction.NONE)


def _no_time_limit(a: Assessment) -> NextStep:
    """A body no time limit of the Act binds: nothing is ever overdue, so no reminder date."""
    if a.status in (Status.RELEASED, Status.WITHDRAWN):
        return NextStep(_("Nothing to do: this request is finished."), StepAction.NONE)
    if a.decided_on is not None:
        return NextStep(
            _(
                "{agency} has answered. It is not subject to the {act}, so the Act's review by "
                "{body} does not apply to it; ask {agency} itself if you disagree."
            ).format(
                agency=a.agency, act=a.act.statute.short_title, body=a.act.rules.complaint_body
            ),
            StepAction.NONE,
        )
    return NextStep(
        _(
            "Wait: {agency} is not subject to the {act}, so no time limit binds it. If the "
            "reply is slow, ask it when to expect one."
        ).format(agency=a.agency, act=a.act.statute.short_title),
        StepAction.NONE,
    )


def _after_decision(request: Request, a: Assessment) -> NextStep:
    rules = a.act.rules
    decisions = [e for e in request.events if isinstance(e, DecisionNotified) and e.date <= a.today]
    outcome = decisions[-1].outcome if decisions else None
    if a.status is Status.RELEASE_DELAYED:
        return NextStep(
            _(
                "Ask for the information: it was to be released and has not been for more than "
                "5 working days; undue delay can be complained about to {body} ({citation})."
            ).format(body=rules.complaint_body, citation=rules.undue_delay.short),
            StepAction.COMPLAINT,
        )
    if outcome in (Outcome.REFUSED, Outcome.PARTLY_GRANTED):
        return NextStep(
            _(
                "Something was withheld: you may ask for the grounds ({reasons}), and complain "
                "to {body} if you disagree."
            ).format(reasons=_grounds(rules.reasons), body=rules.complaint_body),
            StepAction.GROUNDS,
        )
    if a.status is Status.DECIDED_POSSIBLY_LATE and a.effective_deadline is not None:
        due = a.effective_deadline
        return NextStep(
            _(
                "Before complaining of delay, settle the deadline: it was {due} {doubt}. The "
                "decision came on {decided}."
            ).format(
                due=medium_date(due),
                doubt=alternatives_text(a),
                decided=medium_date(a.decided_on or due),
            ),
            StepAction.NONE,
        )
    if a.status is Status.DECIDED_LATE:
        return NextStep(
            _("They decided late: you may complain to {body} about the delay.").format(
                body=rules.complaint_body
            ),
            StepAction.COMPLAINT,
        )
    if a.status in (Status.RELEASED, Status.WITHDRAWN):
        return NextStep(_("Nothing to do: this request is finished."), StepAction.NONE)
    return NextStep(_("Wait for the information: they decided to release it."), StepAction.NONE)


def _grounds(reasons: Citation) -> str:
    """The right to the grounds for a refusal: OIA s 19(a)(ii), LGOIMA s 18(a)(ii)."""
    if reasons.provision.endswith("(a)"):
        return Citation(reasons.statute, reasons.provision + "(ii)").short
    return reasons.short
