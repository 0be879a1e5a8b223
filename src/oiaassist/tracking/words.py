"""An assessment in words, for the CLI, letters and the app."""

from __future__ import annotations

from datetime import timedelta

from oiaassist.i18n import _, medium_date, ngettext
from oiaassist.law.acts import Limit
from oiaassist.tracking.assess import Assessment, Status
from oiaassist.tracking.clock import StepKind


def status_label(status: Status) -> str:
    """A short label, e.g. "Overdue (deemed refusal)"; never colour alone in the app."""
    labels = {
        Status.NOT_SENT: _("Not sent"),
        Status.NO_TIME_LIMIT: _("No time limit (not subject to the Act)"),
        Status.AWAITING: _("Awaiting response"),
        Status.DUE_SOON: _("Due soon"),
        Status.OVERDUE: _("Overdue (deemed refusal)"),
        Status.POSSIBLY_OVERDUE: _("Possibly overdue (the date is in doubt)"),
        Status.DECIDED_ON_TIME: _("Decided on time"),
        Status.DECIDED_LATE: _("Decided late"),
        Status.DECIDED_POSSIBLY_LATE: _("Decided (whether late is in doubt)"),
        Status.RELEASED: _("Released"),
        Status.RELEASE_DELAYED: _("Release delayed (possible undue delay)"),
        Status.WITHDRAWN: _("Withdrawn"),
    }
    return labels[status]


def list_status(a: Assessment) -> str:
    """The status as a list shows it beside one date: awaited on a date in doubt says so."""
    label = status_label(a.status)
    if a.status in (Status.AWAITING, Status.DUE_SOON) and in_doubt(a):
        return _("{status} (the date is in doubt)").format(status=label)
    return label


def working_days(n: int) -> str:
    """E.g. "1 working day", "45 working days"."""
    return ngettext("{n} working day", "{n} working days", n).format(n=n)


def alternatives_text(assessment: Assessment) -> str:
    """E.g. "or 21 Jan 2020 if the council observes Auckland Anniversary Day"; "" if none.

    An extension whose period is not recorded is a doubt too: "or later: …".
    """
    parts = [
        _("or {due} if {condition}").format(due=medium_date(a.due), condition=a.condition)
        for a in assessment.alternatives
    ]
    if assessment.unrecorded_extension is not None:
        parts.append(
            _("or later: an extension was notified on {day} and its period is not recorded").format(
                day=medium_date(assessment.unrecorded_extension)
            )
        )
    return "; ".join(parts)


def lateness_in_doubt(a: Assessment) -> bool:
    """Whether the decision is late on one possible deadline and on time on another."""
    decided = a.decided_on
    if decided is None or a.effective_deadline is None:
        return False
    if a.unrecorded_extension is not None:
        return decided > a.effective_deadline
    earliest = min([a.effective_deadline, *(alt.due for alt in a.alternatives)])
    return earliest < decided <= a.latest_deadline


def in_doubt(assessment: Assessment) -> bool:
    """Whether the deadline rests on a fact not confirmed (every face then shows the doubt)."""
    return bool(assessment.alternatives) or assessment.unrecorded_extension is not None


def headline(assessment: Assessment) -> str:
    """One sentence: where the request stands today (and any date in doubt)."""
    text = _headline(assessment)
    waiting = (Status.AWAITING, Status.DUE_SOON, Status.POSSIBLY_OVERDUE)
    if in_doubt(assessment) and assessment.status in waiting:
        text += " " + _("Not certain: {alternatives}.").format(
            alternatives=alternatives_text(assessment)
        )
    return text


def _headline(a: Assessment) -> str:
    if a.outside_note:
        return _no_time_limit(a)
    if a.effective_deadline is None:
        return _("Not sent yet: once the agency receives it, it has {days} to decide.").format(
            days=working_days(a.act.rules.limits[Limit.RESPONSE].working_days)
        )
    if a.decided_on is None and a.status is not Status.WITHDRAWN:
        return _undecided(a)
    return _decided(a)


def _decided(a: Assessment) -> str:
    """Decided or withdrawn: on time, late, or late only on one possible deadline."""
    assert a.effective_deadline is not None  # drafts are worded before this
    due = medium_date(a.effective_deadline)
    decided = medium_date(a.decided_on) if a.decided_on else ""
    if a.working_days_late:
        return _("Decided on {decided}, {late} after the deadline of {due}.").format(
            decided=decided,
            late=working_days(a.working_days_late),
            due=medium_date(a.latest_deadline),
        )
    if a.status is Status.WITHDRAWN:
        return _("Withdrawn on {decided}.").format(decided=decided)
    if lateness_in_doubt(a):
        return _(
            "Decided on {decided}; the deadline was {due} {doubt}, so whether it was late is "
            "in doubt."
        ).format(decided=decided, due=due, doubt=alternatives_text(a))
    if a.decided_on is not None and a.decided_on > a.latest_deadline:
        # late by 0 working days: decided on the day off straight after the deadline
        return _("Decided on {decided}, after the deadline of {due}.").format(
            decided=decided, due=medium_date(a.latest_deadline)
        )
    return _("Decided on {decided}, on time (deadline {due}).").format(decided=decided, due=due)


def _no_time_limit(a: Assessment) -> str:
    """Held by a body the Act does not reach (``agencies.outside``): never "due", never late."""
    act = a.act.statute.short_title
    if a.status is Status.WITHDRAWN and a.decided_on is not None:
        return _("Withdrawn on {day}.").format(day=medium_date(a.decided_on))
    if a.released_on is not None:
        return _("Released on {day}; no time limit of the {act} binds {agency}.").format(
            day=medium_date(a.released_on), act=act, agency=a.agency
        )
    if a.decided_on is not None:
        return _("Decided on {day}; no time limit of the {act} binds {agency}.").format(
            day=medium_date(a.decided_on), act=act, agency=a.agency
        )
    return _("No time limit: {agency} is not subject to the {act}, so it is never late.").format(
        agency=a.agency, act=act
    )


def _undecided(a: Assessment) -> str:
    assert a.effective_deadline is not None  # drafts are worded before this
    due = medium_date(a.effective_deadline)
    if a.status is Status.POSSIBLY_OVERDUE:
        return _("Due by {due}, which has passed, but a later date is possible.").format(due=due)
    if a.status is Status.OVERDUE:
        # The last day itself is not overdue: overdue from the day after (s 28(4)).
        since = medium_date(a.latest_deadline + timedelta(days=1))
        return _("Overdue since {since}: {late} late, a deemed refusal.").format(
            since=since, late=working_days(a.working_days_late or 0)
        )
    if a.working_days_left == 0:
        return _("Due today, {due}.").format(due=due)
    return _("Due by {due}: {left} left.").format(
        due=due, left=working_days(a.working_days_left or 0)
    )


def unrecorded_line(a: Assessment) -> str:
    """The deadline trail's last line for an extension of unrecorded period; "" if none."""
    if a.unrecorded_extension is None or a.effective_deadline is None:
        return ""
    return _(
        "Extended on {day}: its period is not recorded, so the deadline is {due} or later"
    ).format(day=medium_date(a.unrecorded_extension), due=medium_date(a.effective_deadline))


def step_line(kind: StepKind, due_text: str, days: int, start_text: str, citation: str) -> str:
    """One line of the deadline trail."""
    templates = {
        StepKind.ORIGINAL: _("{days} after receipt on {start}: due {due} ({citation})"),
        StepKind.RESTARTED: _(
            "Restarted: {days} after the clarification of {start}: due {due} ({citation})"
        ),
        StepKind.TRANSFERRED: _(
            "Transferred: {days} after receipt of the transfer on {start}: due {due} ({citation})"
        ),
        StepKind.EXTENDED: _("Extended by {days} from {start}: due {due} ({citation})"),
    }
    return templates[kind].format(
        days=working_days(days), start=start_text, due=due_text, citation=citation
    )
