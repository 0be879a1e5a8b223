"""Checks on a draft request: what makes it slow, refusable, or unanswerable.

Each check returns :class:`Issue` s with a stable code, a severity, where in
the draft it is (``field``, for the app to highlight while the user types), a
message and a suggested fix, in the current language. The advice follows the
Ombudsman's guidance for requesters (prior-art.md §2.4, §5-6): be specific
("due particularity"), give dates and kinds of document, ask for information
held rather than for opinions, ask one agency, and ask for your own
information under the Privacy Act 2020 instead.

The patterns are deliberately plain and few: a check that cries wolf teaches
people to ignore all of them.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from enum import StrEnum

from oiaassist.drafting.models import RequestDraft
from oiaassist.drafting.phrases import (
    AGENCY_SPLIT,
    AGENCY_WORD,
    DATE_LIKE,
    EMAIL_SPLIT,
    OPINION,
    PERSONAL,
    SWEEPING,
)
from oiaassist.i18n import _, ngettext
from oiaassist.law.acts import Act

MAX_ITEMS = 10
"""More items than this and a request risks refusal for substantial collation (s 18(f))."""
MAX_ITEMS_CHARS = 5000
"""Characters across all items above which a request is "very long"."""
MIN_REASONS_CHARS = 20
"""Urgency reasons shorter than this are not reasons ("urgent!")."""


class Severity(StrEnum):
    """How much an issue matters (the same scale as tracking findings)."""

    INFO = "info"
    WARNING = "warning"
    PROBLEM = "problem"


class CheckCode(StrEnum):
    """Every check, stable for scripts and the app."""

    MISSING_AGENCY = "missing_agency"
    SEVERAL_AGENCIES = "several_agencies"
    NO_ITEMS = "no_items"
    NO_DATE_RANGE = "no_date_range"
    SWEEPING_PHRASE = "sweeping_phrase"
    ASKS_FOR_OPINION = "asks_for_opinion"
    PERSONAL_INFORMATION = "personal_information"
    TOO_MANY_ITEMS = "too_many_items"
    TOO_LONG = "too_long"
    MISSING_NAME = "missing_name"
    MISSING_CONTACT = "missing_contact"
    URGENCY_WITHOUT_REASONS = "urgency_without_reasons"


class Action(StrEnum):
    """A fix the app can apply for the user, beyond editing text."""

    SWITCH_TO_PRIVACY_ACT = "switch_to_privacy_act"


@dataclass(frozen=True, slots=True)
class Issue:
    """One thing to fix or consider in a draft.

    Attributes:
        code: which check.
        severity: info, warning, or problem (the request should not go as it is).
        field: where, e.g. "items[2].text", "requester.email", "agency".
        message: what is wrong, in the current language.
        suggestion: how to fix it.
        excerpt: the words that triggered it, if any.
        action: a fix the app can offer as a button, if any.
    """

    code: CheckCode
    severity: Severity
    field: str
    message: str
    suggestion: str
    excerpt: str = ""
    action: Action | None = None


# -- checks ---------------------------------------------------------------------

Check = Callable[[RequestDraft], Iterator[Issue]]


def severity_label(severity: Severity) -> str:
    """The severity as a word for people, in the current language."""
    labels = {
        Severity.INFO: _("Information"),
        Severity.WARNING: _("Warning"),
        Severity.PROBLEM: _("Problem"),
    }
    return labels[severity]


def _item_label(number: int) -> str:
    return _("Item {number}").format(number=number)


def check_agency(draft: RequestDraft) -> Iterator[Issue]:
    """One agency per letter: each has its own clock and answers only for what it holds."""
    if not draft.agency:
        yield Issue(
            CheckCode.MISSING_AGENCY,
            Severity.PROBLEM,
            "agency",
            _("The request is not addressed to an agency."),
            _("Name the ministry, department, council or other agency that holds the information."),
        )
        return
    parts = [p for p in AGENCY_SPLIT.split(draft.agency) if p]
    named = [p for p in parts if AGENCY_WORD.search(p)]
    addresses = [a for a in EMAIL_SPLIT.split(draft.agency_email) if "@" in a]
    if len(named) > 1 or len(addresses) > 1:
        yield Issue(
            CheckCode.SEVERAL_AGENCIES,
            Severity.WARNING,
            "agency" if len(named) > 1 else "agency_email",
            _("This letter seems to go to more than one agency."),
            _(
                "Send a separate request to each agency. Each has its own 20 working days and "
                "can answer only for the information it holds."
            ),
            excerpt=draft.agency if len(named) > 1 else draft.agency_email,
        )


def check_items(draft: RequestDraft) -> Iterator[Issue]:
    """Each item: a period, no sweeping phrases, documents rather than opinions."""
    if not draft.items:
        yield Issue(
            CheckCode.NO_ITEMS,
            Severity.PROBLEM,
            "items",
            _("The request does not ask for anything yet."),
            _("Add at least one numbered item saying what information you want."),
        )
    for number, item in enumerate(draft.items, start=1):
        where = f"items[{number - 1}]"
        if item.date_from is None and item.date_to is None and not DATE_LIKE.search(item.text):
            yield Issue(
                CheckCode.NO_DATE_RANGE,
                Severity.WARNING,
                where,
                _("{item} gives no date range.").format(item=_item_label(number)),
                _(
                    "Add a period, e.g. 'from 1 January 2023 to 30 June 2024'. A bounded item is "
                    "quicker to answer and less likely to be refused as needing substantial "
                    "collation or research."
                ),
            )
        if match := SWEEPING.search(item.text):
            yield Issue(
                CheckCode.SWEEPING_PHRASE,
                Severity.WARNING,
                f"{where}.text",
                _("{item} uses a sweeping phrase: '{phrase}'.").format(
                    item=_item_label(number), phrase=match.group(0)
                ),
                _(
                    "Name the information you want instead: the kinds of document (briefings, "
                    "emails, meeting notes), who wrote or received them, and the period."
                ),
                excerpt=match.group(0),
            )
        if match := OPINION.search(item.text):
            yield Issue(
                CheckCode.ASKS_FOR_OPINION,
                Severity.WARNING,
                f"{where}.text",
                _("{item} asks the agency to explain or give an opinion.").format(
                    item=_item_label(number)
                ),
                _(
                    "The Act gives access to information the agency already holds; it does not "
                    "have to create an explanation or opinion. Ask for the documents that record "
                    "it, e.g. 'the advice on which the decision to … was based'."
                ),
                excerpt=match.group(0).strip(),
            )
        if draft.act is not Act.PRIVACY and (words := _about_requester(draft, item.text)):
            yield Issue(
                CheckCode.PERSONAL_INFORMATION,
                Severity.WARNING,
                f"{where}.text",
                _("{item} asks for information about you.").format(item=_item_label(number)),
                _(
                    "Information about yourself is requested under the Privacy Act 2020 "
                    "(information privacy principle 6), not the Official Information Act. Make "
                    "it a separate Privacy Act request."
                ),
                excerpt=words,
                action=Action.SWITCH_TO_PRIVACY_ACT,
            )


def _about_requester(draft: RequestDraft, text: str) -> str:
    """The words showing that ``text`` asks for information about the requester, or ""."""
    if match := PERSONAL.search(text):
        return match.group(0)
    name = draft.requester.name
    if " " in name and name.casefold() in text.casefold():  # a full name, not "Jo"
        return name
    return ""


def check_size(draft: RequestDraft) -> Iterator[Issue]:
    """Many items, or a great deal of text, invite refusal for substantial collation (s 18(f))."""
    count = len(draft.items)
    if count > MAX_ITEMS:
        yield Issue(
            CheckCode.TOO_MANY_ITEMS,
            Severity.WARNING,
            "items",
            ngettext(
                "The request has {count} item.", "The request has {count} items.", count
            ).format(count=count),
            _(
                "Large requests take longer and parts may be refused because they need "
                "substantial collation or research (s 18(f)). Put the most important items "
                "first, and consider asking for the rest later."
            ),
        )
    length = sum(len(item.text) for item in draft.items)
    if length > MAX_ITEMS_CHARS:
        yield Issue(
            CheckCode.TOO_LONG,
            Severity.WARNING,
            "items",
            _("The items are very long ({count} characters).").format(count=length),
            _(
                "Shorter, specific items are easier to find and less likely to be refused as "
                "needing substantial collation or research (s 18(f))."
            ),
        )


def check_requester(draft: RequestDraft) -> Iterator[Issue]:
    """A name and a way to reply."""
    requester = draft.requester
    if not requester.name:
        yield Issue(
            CheckCode.MISSING_NAME,
            Severity.PROBLEM,
            "requester.name",
            _("The letter has no name to sign it."),
            _("Add your name. An agency may ask who you are, e.g. to check eligibility."),
        )
    if not (requester.email or requester.postal_address):
        yield Issue(
            CheckCode.MISSING_CONTACT,
            Severity.PROBLEM,
            "requester.email",
            _("The letter gives no email or postal address for the reply."),
            _("Add an email address (or a postal address) where the agency can answer you."),
        )


def check_urgency(draft: RequestDraft) -> Iterator[Issue]:
    """Urgency must come with reasons (OIA s 12(3), LGOIMA s 10(3): the draft's own Act)."""
    if draft.urgent and len(draft.urgency_reasons) < MIN_REASONS_CHARS:
        section = draft.law.urgency
        yield Issue(
            CheckCode.URGENCY_WITHOUT_REASONS,
            Severity.PROBLEM,
            "urgency_reasons",
            _("Urgency is asked for without reasons."),
            _(
                "Say why the information is needed urgently (e.g. a deadline, a hearing, a "
                "consultation closing); the Act requires reasons ({section})."
            ).format(section=section or draft.law.act),
        )


CHECKS: tuple[Check, ...] = (
    check_agency,
    check_items,
    check_size,
    check_requester,
    check_urgency,
)


def check_draft(draft: RequestDraft) -> list[Issue]:
    """Every issue in ``draft``, most serious first (then in the order of the letter)."""
    issues = [issue for check in CHECKS for issue in check(draft)]
    order = {Severity.PROBLEM: 0, Severity.WARNING: 1, Severity.INFO: 2}
    return sorted(issues, key=lambda issue: order[issue.severity])
