"""What an assessment can find, and how each finding reads.

A :class:`Finding` holds data (a code, a severity, the section it rests on and
the facts it is about); its words are produced only when ``message`` is read,
in the current language. That keeps a bulk report of 100,000 requests from
formatting millions of sentences nobody reads.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum
from types import MappingProxyType

from oiaassist.i18n import _, medium_date, ngettext


class Severity(StrEnum):
    """How much a finding matters to the requester."""

    INFO = "info"
    WARNING = "warning"
    PROBLEM = "problem"


class FindingCode(StrEnum):
    """Every kind of finding, stable for scripts and translations."""

    STATED_DATE_WRONG = "stated_date_wrong"
    STATED_DATE_EARLY = "stated_date_early"
    STATED_DATE_ALTERNATIVE = "stated_date_alternative"
    CLARIFICATION_IN_WINDOW = "clarification_in_window"
    CLARIFICATION_OUT_OF_WINDOW = "clarification_out_of_window"
    CLOCK_RESTARTED = "clock_restarted"
    CLOCK_MAY_RESTART = "clock_may_restart"
    CLOCK_NOT_RESTARTED = "clock_not_restarted"
    RESTART_NOT_ALLOWED = "restart_not_allowed"
    REFINEMENT_DECLINED = "refinement_declined"
    REFINEMENT_PENDING = "refinement_pending"
    TRANSFER_ON_TIME = "transfer_on_time"
    TRANSFER_LATE = "transfer_late"
    TRANSFER_CHANGES_ACT = "transfer_changes_act"
    TRANSFER_ACT_UNKNOWN = "transfer_act_unknown"
    TRANSFER_LIMIT_EXTENDED = "transfer_limit_extended"
    PARTIAL_TRANSFER = "partial_transfer"
    EXTENSION_VALID = "extension_valid"
    EXTENSION_LATE = "extension_late"
    EXTENSION_PURPORTED = "extension_purported"
    EXTENSION_SECOND = "extension_second"
    EXTENSION_NO_PERIOD = "extension_no_period"
    EXTENSION_PERIOD_UNRECORDED = "extension_period_unrecorded"
    EXTENSION_NOT_LATER = "extension_not_later"
    EXTENSION_NO_REASONS = "extension_no_reasons"
    EXTENSION_NO_COMPLAINT_RIGHT = "extension_no_complaint_right"
    EXTENSION_PERIOD_MISMATCH = "extension_period_mismatch"
    EXTENSION_BAD_GROUND = "extension_bad_ground"
    CHARGE_NOTIFIED = "charge_notified"
    CHARGE_TOO_LATE = "charge_too_late"
    DECIDED_ON_TIME = "decided_on_time"
    DECIDED_LATE = "decided_late"
    DECIDED_POSSIBLY_LATE = "decided_possibly_late"
    DECIDED_AFTER_UNRECORDED_EXTENSION = "decided_after_unrecorded_extension"
    DECIDED_LATE_IF = "decided_late_if"
    DUE_SOON = "due_soon"
    DEEMED_REFUSAL = "deemed_refusal"
    POSSIBLY_OVERDUE = "possibly_overdue"
    OVERDUE_UNLESS_EXTENDED = "overdue_unless_extended"
    TRANSFER_AFTER_UNRECORDED_EXTENSION = "transfer_after_unrecorded_extension"
    TRANSFER_PERHAPS_LATE = "transfer_perhaps_late"
    REFUSAL_WITHOUT_REASONS = "refusal_without_reasons"
    GROUNDS_REQUESTED = "grounds_requested"
    RELEASE_DELAYED = "release_delayed"
    URGENCY_REQUESTED = "urgency_requested"
    COMPLAINT_MADE = "complaint_made"
    NO_TIME_LIMIT = "no_time_limit"


Fact = date | int | str


@dataclass(frozen=True, slots=True)
class Finding:
    """One conclusion about a request, with the section it rests on.

    Attributes:
        code: what kind of finding.
        severity: info, warning, or problem (a breach of the Act).
        citation: the provision it rests on.
        day: the date it is about, if any.
        facts: the values its message mentions (dates, counts, names).
    """

    code: FindingCode
    severity: Severity
    citation: str
    day: date | None = None
    facts: Mapping[str, Fact] = field(default_factory=dict)

    @property
    def message(self) -> str:
        """The finding in plain words, in the current language."""
        words = {k: medium_date(v) if isinstance(v, date) else v for k, v in self.facts.items()}
        return _MESSAGES[self.code](words)


def _t(template: str) -> Callable[[Mapping[str, object]], str]:
    """A message from a template; ``_`` runs when the message is read, not at import."""
    return lambda facts: _(template).format(**facts)


def _days(n: object) -> str:
    count = int(str(n))
    return ngettext("{n} working day", "{n} working days", count).format(n=count)


def _late(facts: Mapping[str, object]) -> str:
    return _(
        "The decision was notified on {decided}, {late} after the deadline of {due}: "
        "a failure to decide in time is a deemed refusal, which you can complain about "
        "to {body}."
    ).format(**{**facts, "late": _days(facts["late"])})


def _overdue(facts: Mapping[str, object]) -> str:
    text = _(
        "No decision by {due}. It is now {late} overdue: the failure to decide in time counts "
        "as a refusal (a deemed refusal), and you can complain to {body}."
    ).format(**{**facts, "late": _days(facts["late"])})
    if "later" in facts:
        text += " " + _("The later possible date, {later}, has passed too.").format(**facts)
    return text


def _purported(facts: Mapping[str, object]) -> str:
    text = _(
        "A further extension notified on {notified} came after the original time limit of "
        "{limit}, so it is only a 'purported' extension and not valid: "
    ).format(**facts)
    if "unrecorded" in facts:  # the first extension's end is not recorded
        return text + _(
            "the deadline remains the end of the extension notified on {unrecorded}, whose "
            "period is not recorded."
        ).format(**facts)
    return text + _("the deadline remains {due}.").format(**facts)


def _due_soon(facts: Mapping[str, object]) -> str:
    if facts["left"] == 0:
        return _("The decision is due today, {due}.").format(**facts)
    return _("The decision is due on {due}, in {left}.").format(
        due=facts["due"], left=_days(facts["left"])
    )


def _on_time(facts: Mapping[str, object]) -> str:
    if facts.get("last_day"):
        return _("The decision was notified on {decided}, on time: on the last day.").format(
            **facts
        )
    return _("The decision was notified on {decided}, on time.").format(**facts)


def _release_delay(facts: Mapping[str, object]) -> str:
    waited = _days(facts["waited"])
    if "released" in facts:
        text = _(
            "The decision of {decided} said information would be released, but it came only on "
            "{released}, {waited} later."
        )
    else:
        text = _(
            "The decision of {decided} said information would be released, and {waited} have "
            "passed without it."
        )
    return (
        text.format(waited=waited, **{k: v for k, v in facts.items() if k != "waited"})
        + " "
        + _("Undue delay in releasing is treated as a refusal; there is no fixed number of days.")
    )


_MESSAGES: Mapping[FindingCode, Callable[[Mapping[str, object]], str]] = MappingProxyType(
    {
        FindingCode.STATED_DATE_WRONG: _t(
            "The agency said the response is due by {stated}, but the law says {statutory}: "
            "the agency's date is later than the statutory limit."
        ),
        FindingCode.STATED_DATE_EARLY: _t(
            "The agency said the response is due by {stated}; the statutory limit is "
            "{statutory}. An earlier date is fine: 20 working days is a maximum."
        ),
        FindingCode.STATED_DATE_ALTERNATIVE: _t(
            "The agency said the response is due by {stated}; oiaassist counts {statutory}, "
            "but {stated} is right if {condition}. The agency's date tells you which."
        ),
        FindingCode.CLARIFICATION_IN_WINDOW: _t(
            "The agency asked you to clarify or refine the request on {sought} (working day "
            "{day_number}), within 7 working days of receipt. If you clarify or amend it, the "
            "agency may treat it as a new request and restart the 20 working days."
        ),
        FindingCode.CLARIFICATION_OUT_OF_WINDOW: _t(
            "The agency asked you to clarify or refine the request on {sought} (working day "
            "{day_number}), after the 7-working-day window ended on {window_end}. Clarifying "
            "now does not let it restart the clock: the deadline stays {due}."
        ),
        FindingCode.CLOCK_RESTARTED: _t(
            "The agency treats your clarified request of {clarified} as a new request: the "
            "20 working days restart, and the response is due by {due}."
        ),
        FindingCode.CLOCK_MAY_RESTART: _t(
            "You clarified or amended the request on {clarified}. The agency may treat it as a "
            "new request, due by {due}; if it does not, the response was due by {original}."
        ),
        FindingCode.CLOCK_NOT_RESTARTED: _t(
            "The agency did not treat your clarification of {clarified} as a new request: "
            "the deadline stays {due}."
        ),
        FindingCode.RESTART_NOT_ALLOWED: _t(
            "The agency treated your clarification of {clarified} as a new request, but it "
            "asked for the clarification after the 7-working-day window, so it may not: the "
            "deadline stays {due}."
        ),
        FindingCode.REFINEMENT_DECLINED: _t(
            "You declined the agency's refinement on {declined}: the original request stands, "
            "and so does its deadline of {due}."
        ),
        FindingCode.REFINEMENT_PENDING: _t(
            "The agency's proposal of {sought} is waiting for your reply. Accepting it today "
            "would make the response due by {if_accepted}; declining keeps {if_declined}."
        ),
        FindingCode.TRANSFER_ON_TIME: _t(
            "The request was transferred to {to_agency} on {transferred}, within 10 working "
            "days (the limit was {limit})."
        ),
        FindingCode.TRANSFER_LATE: _t(
            "The request was transferred to {to_agency} on {transferred}, after the 10-working-"
            "day limit of {limit}."
        ),
        FindingCode.TRANSFER_CHANGES_ACT: _t(
            "{to_agency} answers under the {new_act}, so its working-day calendar now applies: "
            "the response is due by {due}, 20 working days after it received the transfer on "
            "{received}."
        ),
        FindingCode.TRANSFER_ACT_UNKNOWN: _t(
            "oiaassist cannot tell which Act {to_agency} answers under: it is not in the agency "
            "directory. Counted under the {act}, the response is due by {due}; under the "
            "{other_act} it would be due by {other_due}. Give the Act (and for a council its "
            "region) on the transfer to settle it."
        ),
        FindingCode.TRANSFER_LIMIT_EXTENDED: _t(
            "The agency extended the time limit for transferring the request on {notified} "
            "(in time) from {limit} to {due}."
        ),
        FindingCode.PARTIAL_TRANSFER: _t(
            "Part of the request was transferred to {to_agency} on {transferred}; the rest "
            "stays with this agency and keeps its deadline."
        ),
        FindingCode.EXTENSION_VALID: _t(
            "The agency extended the time limit on {notified} (in time: the original limit was "
            "{limit}) to {due}."
        ),
        FindingCode.EXTENSION_LATE: _t(
            "The agency notified an extension on {notified}, after the time limit of {limit} "
            "had passed. An extension must be notified within 20 working days of receipt, so "
            "this one is not valid: the deadline remains {limit}."
        ),
        FindingCode.EXTENSION_PURPORTED: _purported,
        FindingCode.EXTENSION_SECOND: _t(
            "The agency notified a second extension on {notified}, within the original limit. "
            "Whether two extensions are lawful is unsettled; oiaassist applies it (to {due}) "
            "but you may want to ask the Ombudsman."
        ),
        FindingCode.EXTENSION_NO_PERIOD: _t(
            "The extension notice of {notified} does not state the period of the extension, "
            "which the Act requires; oiaassist cannot apply it."
        ),
        FindingCode.EXTENSION_NOT_LATER: _t(
            "The extension notice of {notified} gives {to}, which is not after the deadline of "
            "{due}: it extends nothing, and the deadline stays {due}."
        ),
        FindingCode.EXTENSION_PERIOD_UNRECORDED: _t(
            "An extension was notified on {notified}, but its period is not recorded. Add the "
            "date it extends to, or its number of working days, from the notice: until then "
            "oiaassist cannot tell whether anything after {due} is late. (If the notice itself "
            "gives no period, record that: an extension must state its period.)"
        ),
        FindingCode.EXTENSION_NO_REASONS: _t(
            "The extension notice of {notified} does not give the reasons for the extension, "
            "which the Act requires."
        ),
        FindingCode.EXTENSION_NO_COMPLAINT_RIGHT: _t(
            "The extension notice of {notified} does not tell you of your right to complain "
            "about the extension to {body}, which the Act requires."
        ),
        FindingCode.EXTENSION_PERIOD_MISMATCH: _t(
            "The extension notice says both {working_days} working days and {stated}, but "
            "{working_days} working days from {limit} is {computed}; oiaassist uses the stated "
            "date. Ask the agency which it means."
        ),
        FindingCode.EXTENSION_BAD_GROUND: _t(
            "The extension relies on the complexity of the request, which is a ground only "
            "under the Privacy Act 2020."
        ),
        FindingCode.CHARGE_NOTIFIED: _t("The agency notified a charge of ${amount} on {notified}."),
        FindingCode.CHARGE_TOO_LATE: _t(
            "The agency first raised a charge (${amount}) on {notified}, after the deadline of "
            "{due}. A charge must be part of a decision made in time; the Ombudsman has held "
            "that a charge raised later cannot be imposed."
        ),
        FindingCode.DECIDED_ON_TIME: _on_time,
        FindingCode.DECIDED_LATE: _late,
        FindingCode.DECIDED_POSSIBLY_LATE: _t(
            "The decision was notified on {decided}, after {due} but by {later}, the deadline "
            "if {condition}. Whether it was late depends on that fact."
        ),
        FindingCode.DECIDED_LATE_IF: _t(
            "The decision was notified on {decided}, by {due} but after {earlier}, the deadline "
            "if {condition}. It was late only if that is so."
        ),
        FindingCode.DECIDED_AFTER_UNRECORDED_EXTENSION: _t(
            "The decision was notified on {decided}, after {due}; but an extension was notified "
            "on {notified} and its period is not recorded, so oiaassist cannot tell whether the "
            "decision was late. Add the extension's period from its notice to settle it."
        ),
        FindingCode.OVERDUE_UNLESS_EXTENDED: _t(
            "No decision by {due}, but an extension was notified on {notified} and its period "
            "is not recorded: the request is overdue only if that extension has ended. Add its "
            "period from the notice before sending a reminder or complaining."
        ),
        FindingCode.TRANSFER_PERHAPS_LATE: _t(
            "The letter of {transferred} says the request was transferred to {to_agency}, but "
            "not on which day. The letter is after the transfer limit of {limit}; the transfer "
            "was late only if it was made after that day. Ask the agency when it transferred "
            "the request."
        ),
        FindingCode.TRANSFER_AFTER_UNRECORDED_EXTENSION: _t(
            "The request was transferred to {to_agency} on {transferred}, after the transfer "
            "limit of {limit}; but an extension of that limit was notified on {notified} and "
            "its period is not recorded, so oiaassist cannot tell whether the transfer was late."
        ),
        FindingCode.DUE_SOON: _due_soon,
        FindingCode.DEEMED_REFUSAL: _overdue,
        FindingCode.POSSIBLY_OVERDUE: _t(
            "No decision by {due}, but that date is not certain: the response is due by "
            "{later} if {condition}. It is overdue (a deemed refusal) only if {due} is the "
            "right date; settle that before complaining."
        ),
        FindingCode.REFUSAL_WITHOUT_REASONS: _t(
            "The decision of {decided} refuses information but no section is recorded for it. "
            "Add the sections the letter cites; if it cites none, ask for the reason: the "
            "agency must give one for any refusal."
        ),
        FindingCode.GROUNDS_REQUESTED: _t(
            "You asked for the grounds in support of any withholding; check that the decision "
            "of {decided} gives them, and ask again if not."
        ),
        FindingCode.RELEASE_DELAYED: _release_delay,
        FindingCode.URGENCY_REQUESTED: _t(
            "You asked for urgency and gave reasons. The agency must respond as soon as "
            "reasonably practicable, but urgency does not shorten the 20-working-day maximum."
        ),
        FindingCode.COMPLAINT_MADE: _t("You complained to {body} on {complained}."),
        FindingCode.NO_TIME_LIMIT: _t(
            "{name} is not subject to the {act}, as {said_by} says: no time limit of the Act "
            "binds it, so oiaassist never counts it late. {instead}. Counted as the Act would "
            "count them, its 20 working days would end on {guide}: a guide, not a deadline."
        ),
    }
)
