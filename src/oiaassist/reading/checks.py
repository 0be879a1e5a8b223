"""Check each date a letter states against the deadline engine.

Given a :class:`~oiaassist.reading.reader.LetterReading`,
:func:`check_reading` recomputes every statutory date from the day of
receipt and says, date by date, whether the letter has it right:

* a stated due date against 20 working days after receipt (OIA s 15(1);
  the NZ Post case in law.md §9 S2 stated 14 Feb 2019 for 13 Feb 2019);
* a request for clarification against the 7-working-day window (s 15(1AB));
* an extension notice against the original deadline (s 15A(3): later is invalid);
* an "extended to" date against the original deadline plus the stated working days;
* a transfer against 10 working days (s 14);
* a decision letter's date against the (validly extended) deadline.

Each :class:`DateCheck` carries a plain-English message and the citation of
the rule, as the engine gives it.

A check never cries wolf. It says a date is wrong (``ok=False``) only when
every fact it rests on is stated (or comes from the user's request file):
the day of receipt (not just the request's own date), whether an amended
request restarted the clock (s 15(1AA)), a council's anniversary day. Where
one is missing the check says it cannot tell and what would settle it
(``ok=None``). A date kinder than the law (a reply promised before the
deadline) gets a note, not a failure.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta
from enum import StrEnum

from oiaassist.agencies import Agency
from oiaassist.agencies.normalise import fold
from oiaassist.agencies.outside import OutsideBody
from oiaassist.deadlines import (
    Deadline,
    calendar_for,
    clarification_deadline,
    extend_deadline,
    response_deadline,
    transfer_deadline,
)
from oiaassist.errors import OiaAssistError
from oiaassist.i18n import _, medium_date, ngettext
from oiaassist.law.acts import Act, Limit
from oiaassist.reading.phrases import ORIGINAL_MARKER
from oiaassist.reading.reader import LetterKind, LetterReading, extends_transfer_limit
from oiaassist.tracking.events import EventType, Outcome, Request

_EXTENSION = LetterKind.EXTENSION


RECEIPT_AFTER_REQUEST = timedelta(days=14)
"""How long after its own date a request's recorded receipt is taken as that request's: a
posted request, or one sent over the summer break, arrives within two weeks."""


def receipt_follows(dated: date, received: date) -> bool:
    """Whether a recorded receipt can be the request dated ``dated``'s: then, or days after."""
    return timedelta(0) <= received - dated <= RECEIPT_AFTER_REQUEST


class CheckKind(StrEnum):
    """What a :class:`DateCheck` checked."""

    RECEIVED = "received"
    STATED_DUE = "stated_due"
    CLARIFICATION = "clarification"
    EXTENSION_NOTICE = "extension_notice"
    EXTENDED_TO = "extended_to"
    TRANSFER = "transfer"
    DECISION = "decision"
    REQUEST_RECEIVED = "request_received"
    REQUEST_ACT = "request_act"
    REQUEST_REFERENCE = "request_reference"
    RELEASE = "release"


@dataclass(frozen=True, slots=True)
class DateCheck:
    """One date in a letter, checked.

    Attributes:
        kind: what was checked.
        stated: the date the letter states (or implies, e.g. its own date).
        statutory: the date the law gives for it.
        ok: True if the letter has it right (or acted in time), False if not,
            None where there was nothing to check it against (information only).
        message: what it means, in plain English.
        citation: the provision the statutory date comes from.
        difference: working days from the statutory date to the stated one
            (positive: the stated date is later), where that means something.
    """

    kind: CheckKind
    stated: date | None
    statutory: date | None
    ok: bool | None
    message: str
    citation: str = ""
    difference: int | None = None


def _days(n: int) -> str:
    n = abs(n)
    return ngettext("{n} working day", "{n} working days", n).format(n=n)


def _d(day: date) -> str:
    return medium_date(day)


def _anniversary_note(deadline: Deadline) -> str:
    """For an LGOIMA date counted without a region: an anniversary day may move it."""
    chain: Deadline | None = deadline
    while chain is not None:
        if chain.anniversaries_not_counted:
            return " " + _(
                "An anniversary day falls in this period and was counted as a working day; if the "
                "council observes it, give its region."
            )
        chain = chain.extends
    return ""


def check_reading(
    reading: LetterReading,
    *,
    act: Act | str | None = None,
    region: str | None = None,
    request: Request | None = None,
    agency: Agency | None = None,
    outside: OutsideBody | None = None,
) -> list[DateCheck]:
    """Check every date the letter states; see the module docstring.

    Args:
        reading: what :func:`~oiaassist.reading.reader.read_letter` found.
        act: the Act to count under; by default the Act the letter names, else
            the request's, else the OIA.
        region: the local authority's region (LGOIMA anniversary day); by
            default the request's.
        request: the tracked request the letter belongs to: its received date,
            Act and region fill in what the letter does not state, and where the
            letter disagrees with it the result says so.
        agency: the agency that wrote the letter (from the directory, see
            :func:`~oiaassist.reading.author.letter_author`): its Act
            comes after the letter's, and a council's region after the request's.
        outside: the letter's author when it is a body the OIA does not reach
            (:func:`oiaassist.agencies.outside.outside_body`): its dates are counted
            as the Act would, but none is called a breach, since no time limit binds it.
    """
    chosen = _the_act(reading, act, request, agency)
    if region is None and request is not None:
        region = request.region
    if region is None and agency is not None and chosen is agency.act:
        region = agency.calendar_region
    checks: list[DateCheck] = []
    if request is not None:
        checks += _against_request(reading, request)
    firm = True
    if reading.received is not None:
        received: date | None = reading.received.value
        firm = reading.received_basis == "received" or (
            request is not None and request.received == received
        )
        if (
            not firm
            and request is not None
            and request.received is not None
            and receipt_follows(reading.received.value, request.received)
        ):
            # The letter gives only the request's own date; the user's file records when it
            # was received, days later, and the Act counts from receipt (OIA s 15(1)): the
            # file's is the fact to check against (the difference is a note, see
            # _against_request). A file whose receipt is before the request's date, or long
            # after it, may be another request's: then the letter's date, proving nothing.
            received, firm = request.received, True
    else:
        received = request.received if request is not None else None
    if (
        agency is not None
        and reading.received_by
        and not _names_agency(reading.received_by, agency)
    ):
        # "Received by the Ministry of Education on …" in another agency's letter: that
        # body's receipt, not necessarily this one's (a transferred request's clock runs
        # from its own receipt, s 14). Prove nothing from it.
        firm = False
    moved_in = reading.transferred_in
    if received is not None and moved_in is not None and moved_in.value > received:
        # This agency's 20 working days run from the day *it* received the transfer
        # (OIA s 14, s 15(1); LGOIMA s 12, s 13(1)), not from the first agency's receipt.
        received = moved_in.value
    if received is None:
        checks.append(
            DateCheck(
                CheckKind.RECEIVED,
                None,
                None,
                None,
                _(
                    "The letter does not say when the request was received, so its dates cannot "
                    "be checked; give the request file to check them."
                ),
            )
        )
        return checks
    # A request file with no extension in it says none was made; one with an extension the
    # letter does not mention leaves it open (this check reads the letter's extension only).
    no_extension = request is not None and not any(
        e.type is EventType.EXTENSION_NOTIFIED for e in request.events
    )
    found = _Checker(reading, chosen, region, received, no_extension_on_record=no_extension).run()
    if not firm:
        found = _only_what_any_receipt_proves(reading, chosen, region, received, found)
    named = reading.act.value if reading.act is not None else None
    # Unsure of the Act: neither the letter nor its author shows it (a letter that only names
    # an Act, "your OIA request", may be a council's LGOIMA letter), or they disagree.
    unsure = ((named is None or reading.act_named_only) and agency is None) or (
        named is not None and agency is not None and named is not agency.act
    )
    if act is None and request is None and unsure and chosen in _ACT_PAIR:
        found = _only_what_either_act_proves(reading, chosen, region, received, found)
    if outside is not None:
        found = _none_binding(outside, found)
    return checks + found


def _none_binding(outside: OutsideBody, found: list[DateCheck]) -> list[DateCheck]:
    """No ✗ for a body no time limit binds: each says why instead (agencies.outside)."""
    why = _("But {name} {why}, so this breaks no statutory limit.").format(
        name=outside.name, why=outside.why
    )
    return [
        dataclasses.replace(c, ok=None, message=f"{c.message} {why}") if c.ok is False else c
        for c in found
    ]


_ACT_PAIR = {Act.OIA: Act.LGOIMA, Act.LGOIMA: Act.OIA}


def _names_agency(who: str, agency: Agency) -> bool:
    """Whether ``who`` (as a letter writes it) is ``agency``, or a bare "the Council"/"us"."""
    folded = fold(who).removeprefix("the ")
    if len(folded.split()) <= 1 or folded in {"us", "me", "this office", "our office"}:
        return True  # "received by Council", "by us": the author speaking of itself
    names = [fold(n) for n in (agency.name, agency.maori_name, *agency.aliases) if n]
    return any(n and (n in folded or folded in n) for n in names)


def _only_what_either_act_proves(
    reading: LetterReading, act: Act, region: str | None, received: date, found: list[DateCheck]
) -> list[DateCheck]:
    """Keep a ✗ only if it holds under the OIA and LGOIMA alike, unless the Act is sure.

    The Act is the one the request was made under, not one the letter names (a
    council's letter may quote a requester's "under the OIA"). It is unsure when
    neither the letter nor its author shows it, or when the two disagree; then the
    two Acts' calendars (their closed periods, LGOIMA's anniversary
    days) can differ by days. A ✗ true under both is proved; any other says what
    would settle it.
    """
    other = _Checker(reading, _ACT_PAIR[act], region, received).run()
    proved = {c.kind for c in other if c.ok is False}
    doubt = _(
        "This cannot be told for sure: the answer differs between the OIA and LGOIMA, and "
        "the letter does not make plain which the request was made under; the Act (or which "
        "agency wrote the letter) would settle it."
    )
    return [
        dataclasses.replace(c, ok=None, message=f"{c.message} {doubt}")
        if c.ok is False and c.kind not in proved
        else c
        for c in found
    ]


def _only_what_any_receipt_proves(
    reading: LetterReading, act: Act, region: str | None, dated: date, found: list[DateCheck]
) -> list[DateCheck]:
    """Keep a ✗ only if it holds whichever day the request arrived.

    The letter gives the request's own date, not the day it was received. The
    request arrived on or after its date and before this letter, and a later
    receipt only moves every deadline later; so a ✗ that still holds when the
    request is taken as received on the letter's own date is proved (law.md
    §9 S2: an email of 3 January 2019 is due 13 February 2019 whether it
    arrived on 3 or 4 January). Any other ✗ says what would settle it.
    """
    letter = reading.letter_date.value if reading.letter_date else None
    proved: set[CheckKind] = set()
    if letter is not None and letter >= dated:
        latest = _Checker(reading, act, region, letter).run()
        proved = {c.kind for c in latest if c.ok is False}
    doubt = _(
        "This cannot be told for sure: the letter gives the date of the request ({dated}), not "
        "the day it was received; the day of receipt, or your request file, would settle it."
    ).format(dated=_d(dated))
    holds = _(
        "(The letter gives the request's date, not its receipt; this holds whichever day from "
        "{dated} to {letter} it arrived.)"
    )
    out = []
    for check in found:
        if check.ok is False and check.kind not in proved:
            out.append(dataclasses.replace(check, ok=None, message=f"{check.message} {doubt}"))
        elif check.ok is False and letter is not None:
            more = holds.format(dated=_d(dated), letter=_d(letter))
            out.append(dataclasses.replace(check, message=f"{check.message} {more}"))
        else:
            out.append(check)
    return out


def _the_act(
    reading: LetterReading, act: Act | str | None, request: Request | None, agency: Agency | None
) -> Act:
    """The Act the request was made under: given, the request file's, else from the letter.

    A letter may name another Act (an OIA request *about* the Privacy Act): the
    reader's :attr:`~LetterReading.act` prefers the Act the request is said to be
    made under. A local authority's letter that names the OIA is still under
    LGOIMA (s 2(1) "local authority"), unless it is a Privacy Act request.
    """
    if act is not None:
        return Act.parse(act)
    if request is not None:
        return request.act
    named = reading.act.value if reading.act is not None else None
    if agency is not None and agency.act is Act.LGOIMA and named is not Act.PRIVACY:
        return Act.LGOIMA
    if named is not None:
        return named
    return agency.act if agency is not None else Act.OIA


def _against_request(reading: LetterReading, request: Request) -> list[DateCheck]:
    out: list[DateCheck] = []
    if reading.received is not None:
        stated, recorded = reading.received.value, request.received
        if recorded is None:
            return out  # a draft: nothing recorded to compare with
        same = stated == recorded
        if reading.received_basis == "received":
            message = (
                _("The letter's date of receipt, {stated}, matches your request file.")
                if same
                else _(
                    "The letter says the request was received on {stated}; your request file "
                    "says {recorded}. The checks below use the letter's date."
                )
            )
        elif same:  # the letter gives only the request's own date (or an email's)
            message = _("The request's date in the letter, {stated}, matches your request file.")
        elif receipt_follows(stated, recorded):
            message = _(
                "The letter dates the request {stated}; your request file says it was "
                "received on {recorded}. The checks below count from the receipt in your file."
            )
        else:
            message = _(
                "The letter dates the request {stated}; your request file says it was "
                "received on {recorded}, too far from that day to be sure it is the same "
                "request. The checks below use the letter's date and say only what any "
                "receipt would prove."
            )
        # A request's own date that differs from the file's receipt is no one's error: a
        # request is often received a day or more after its date (OIA s 15(1) counts from
        # receipt). Only a stated receipt that differs is marked wrong.
        ok: bool | None = same if same or reading.received_basis == "received" else None
        out.append(
            DateCheck(
                CheckKind.REQUEST_RECEIVED,
                stated,
                recorded,
                ok,
                message.format(stated=_d(stated), recorded=_d(recorded)),
            )
        )
    # The Act and the reference are read, not stated as such: a council's letter that names
    # the OIA is still under LGOIMA (s 2(1) "local authority"), an OIA request about the
    # Privacy Act is an OIA request, and a letter may print several numbers. A difference from
    # the file is a note to look at, never a cross (round 12's tracked-request probe).
    if reading.act is not None and reading.act.value is not request.act:
        message = _("The letter is under the {letter}; your request file says the {recorded}.")
        out.append(
            DateCheck(
                CheckKind.REQUEST_ACT,
                None,
                None,
                None,
                message.format(
                    letter=reading.act.value.statute.title, recorded=request.act.statute.title
                ),
            )
        )
    ref = reading.reference.value if reading.reference else ""
    if ref and request.reference and _fold(ref) != _fold(request.reference):
        message = _("The letter's reference is {letter}; your request file has {recorded}.")
        out.append(
            DateCheck(
                CheckKind.REQUEST_REFERENCE,
                None,
                None,
                None,
                message.format(letter=ref, recorded=request.reference),
            )
        )
    return out


def _fold(reference: str) -> str:
    return re.sub(r"[\s_-]", "", reference).lower()


_LIKELY_SLIP = 5
"""Working days: a stated due date further out than this is not called wrong (see _stated_due)."""
_EXTENDED_WORDS = re.compile(r"\bextend|\bextension|\bnew\b|\brevised\b|\bfurther\b", re.I)

# Undue delay in making information available is a deemed refusal (law.md §4.2, §12.9).
_UNDUE_DELAY = {Act.OIA: "OIA s 28(5)", Act.LGOIMA: "LGOIMA s 27(5)"}
# The extension of time limits, and the notice that effects it.
_EXTENSION_SECTION = {Act.OIA: "OIA s 15A", Act.LGOIMA: "LGOIMA s 14", Act.PRIVACY: "PA s 48"}


class _Checker:
    """The checks for one letter, counted on one Act's calendar."""

    def __init__(
        self,
        reading: LetterReading,
        act: Act,
        region: str | None,
        received: date,
        *,
        no_extension_on_record: bool = False,
    ):
        self.reading = reading
        self.act = act
        self.region = region
        self.received = received
        # Whether the user's tracked request records that no extension was made; otherwise
        # one may have been notified in a letter not read here.
        self.no_extension_on_record = no_extension_on_record
        self.checks: list[DateCheck] = []
        self.extension_invalid = False
        self.restart_unknown = False
        self.restart_known = False

    def run(self) -> list[DateCheck]:
        try:
            original = response_deadline(self.received, act=self.act, region=self.region)
        except OiaAssistError as exc:
            return [self._cannot(CheckKind.RECEIVED, self.received, exc)]
        restart = self._safely(CheckKind.CLARIFICATION, self._restart)
        base = restart or original
        self._safely(CheckKind.STATED_DUE, lambda: self._stated_due(original, restart))
        self._safely(CheckKind.CLARIFICATION, self._clarification)
        effective = self._safely(CheckKind.EXTENSION_NOTICE, lambda: self._extension(base)) or base
        self._safely(CheckKind.TRANSFER, self._transfer)
        self._safely(CheckKind.DECISION, lambda: self._decision(base, effective))
        return self.checks

    def _safely(self, kind: CheckKind, check: Callable[[], Deadline | None]) -> Deadline | None:
        """Run one check; a date outside what the engine covers is reported, not raised."""
        try:
            return check()
        except OiaAssistError as exc:
            self.checks.append(self._cannot(kind, None, exc))
            return None

    @staticmethod
    def _cannot(kind: CheckKind, day: date | None, exc: OiaAssistError) -> DateCheck:
        return DateCheck(
            kind, day, None, None, _("Could not check this: {problem}").format(problem=exc)
        )

    def _doubts(
        self, deadline: Deadline | None, *, restart_matters: bool = True, late_by: int | None = None
    ) -> list[str]:
        """What is not stated that a "wrong" or "late" rests on: each says what would settle it."""
        doubts: list[str] = []
        if restart_matters and self.restart_unknown:
            doubts.append(
                _(
                    "the request was amended; whether the agency treats it as a new request "
                    "(s 15(1AA)) would settle it"
                )
            )
        # A council's anniversary day moves its deadline by one working day at most: a date
        # two or more working days past the region-less deadline is late in every region.
        wide = late_by is not None and late_by > 1
        if deadline is not None and _anniversary_note(deadline) and not wide:
            doubts.append(
                _("an anniversary day falls in the period; the council's region would settle it")
            )
        if restart_matters and self.reading.mentions_amendment and not self.restart_known:
            # The letter speaks of a clarified or amended request whose restart (s 15(1AA))
            # this reader could not establish: the deadline may run from the amendment.
            doubts.append(
                _(
                    "the letter speaks of a clarified or amended request; when it was amended "
                    "and whether it is treated as a new request (s 15(1AA)) would settle it"
                )
            )
        r = self.reading
        if r.mentions_transfer and r.transfer is None and r.transferred_in is None:
            # A transfer this reader could not place: the request may have come from another
            # agency, whose receipt does not start this agency's clock (s 14, s 15(1)).
            doubts.append(
                _(
                    "the letter speaks of a transfer this reader could not place; the day this "
                    "agency received the request would settle it"
                )
            )
        if self.reading.other_receipts:
            doubts.append(
                _(
                    "the letter states more than one day of receipt ({days}); which is this "
                    "request's would settle it"
                ).format(days=", ".join(_d(d) for d in self.reading.other_receipts))
            )
        if self.reading.yearless:
            # A year the letter does not write is assumed from its own date: never proof.
            doubts.append(
                _(
                    "the letter writes some of these dates without a year (the year was taken "
                    "from the letter's date); the full dates would settle it"
                )
            )
        return doubts

    def _extension_not_ruled_out(self) -> bool:
        """Whether an extension this letter does not mention may still have been made.

        A time limit (s 14, s 15(1)) may be extended by a notice given within 20 working
        days of receipt (OIA s 15A(3); LGOIMA s 14(3)), perhaps in a letter not read
        here. Only a letter that owns its lateness ("we apologise for the delay"), or
        the user's tracked request recording no extension, rules one out.
        """
        return not (self.no_extension_on_record or self.reading.admits_delay)

    def _no_word_on_an_extension(self) -> str:
        section = _EXTENSION_SECTION.get(self.act, "")
        return _(
            "the letter does not say whether the time limit was extended, and only a notified "
            "extension ({section}) would make this date in time; the extension notice, or your "
            "record that none came, would settle it"
        ).format(section=section)

    def _unsure(self, message: str, doubts: list[str]) -> str:
        return (
            message
            + " "
            + _("This cannot be told for sure: {doubts}.").format(doubts="; ".join(doubts))
        )

    def _add(
        self,
        kind: CheckKind,
        stated: date | None,
        deadline: Deadline | None,
        ok: bool | None,
        message: str,
        *,
        citation: str = "",
        doubts: list[str] | None = None,
    ) -> None:
        statutory = deadline.due if deadline is not None else None
        difference = None
        if stated is not None and statutory is not None and kind is not CheckKind.CLARIFICATION:
            difference = calendar_for(self.act, self.region).working_days_between(statutory, stated)
        cite = citation or (str(deadline.citation) if deadline is not None else "")
        if ok is False:
            doubts = [
                *self._doubts(
                    deadline,
                    restart_matters=kind is not CheckKind.CLARIFICATION,
                    late_by=difference,
                ),
                *(doubts or []),
            ]
            if doubts:
                ok, message = None, self._unsure(message, doubts)
        self.checks.append(DateCheck(kind, stated, statutory, ok, message, cite, difference))

    def _restart(self) -> Deadline | None:
        """The deadline counted from an amended request, where it is a new one (s 15(1AA)).

        The 20 days restart only where the letter says the agency treats the
        amended request as new *and* clarification was sought within 7
        working days of receipt (s 15(1AB)). Where the letter mentions an
        amendment but leaves either unsaid, the restart is unknown.
        """
        r = self.reading
        if r.clarified is None:
            return None
        # From here on, whether the clock restarts is settled unless said otherwise below.
        self.restart_known = True
        if (
            r.refinement_declined is not None
            or r.clarified.value < self.received
            or (r.treated_as_new is not None and not r.treated_as_new.value)
        ):
            return None
        within: bool | None = None
        if r.clarification is not None and self.act.rules.limits.get(Limit.CLARIFICATION):
            window = clarification_deadline(self.received, act=self.act, region=self.region)
            within = r.clarification.sought.value <= window.due
        if within is False:
            return None
        if r.treated_as_new is None or within is None:
            self.restart_unknown = True
            self.restart_known = False  # said once, in the restart_unknown doubt
            return None
        return response_deadline(r.clarified.value, act=self.act, region=self.region)

    def _stated_due(self, original: Deadline, restart: Deadline | None) -> None:
        if self.reading.stated_due is None:
            return None
        stated = self.reading.stated_due.value
        args = {"stated": _d(stated), "received": _d(self.received), "due": _d(original.due)}
        if stated == original.due:
            message = _(
                "The stated due date, {stated}, is right: 20 working days after the request "
                "was received on {received}."
            )
            self._add(CheckKind.STATED_DUE, stated, original, True, message.format(**args))
        elif restart is not None and stated == restart.due:
            message = _(
                "The stated due date, {stated}, is right if the clarified request of "
                "{clarified} is treated as a new request."
            )
            clarified = _d(restart.start)
            self._add(
                CheckKind.STATED_DUE,
                stated,
                restart,
                True,
                message.format(**args, clarified=clarified),
            )
        else:
            n = calendar_for(self.act, self.region).working_days_between(original.due, stated)
            ok: bool | None
            if stated > original.due:
                ok = False
                message = _(
                    "The letter says {stated}, but the statutory deadline is {due}: 20 "
                    "working days after the request was received on {received}. The stated "
                    "date is {n} too late."
                )
            else:
                ok = None  # kinder than the law: a note, not a breach
                message = _(
                    "The letter says {stated}, {n} earlier than the statutory deadline of "
                    "{due} (20 working days after receipt on {received}). The agency has "
                    "promised more than the law requires; the statutory deadline still stands."
                )
            message = message.format(**args, n=_days(n))
            if ok is None:
                message += _anniversary_note(original)
            extra: list[str] = []
            snippet = self.reading.stated_due.snippet
            if (
                ok is False
                and (
                    self.reading.extension is not None
                    or self.reading.mentions_extension
                    or _EXTENDED_WORDS.search(snippet)
                )
                and not ORIGINAL_MARKER.search(snippet)
            ):
                # A letter about an extension: a later date may be the extended one.
                extra.append(
                    _(
                        "the letter also speaks of an extension, and this may be the extended "
                        "date; the letter's words for the original deadline would settle it"
                    )
                )
            elif ok is False and n > _LIKELY_SLIP:
                # Agencies' counting slips are a day or two (a holiday, day 0); a date
                # weeks out is more likely a date this reader took for the wrong one.
                extra.append(
                    _(
                        "a date this far from the deadline may be another date of the letter "
                        "(an extended date or a reply-by date); check which date the letter "
                        "gives as its deadline"
                    )
                )
            self._add(CheckKind.STATED_DUE, stated, original, ok, message, doubts=extra)
        return None

    def _clarification(self) -> None:
        r = self.reading
        if r.clarification is None or not self.act.rules.limits.get(Limit.CLARIFICATION):
            return None
        window = clarification_deadline(self.received, act=self.act, region=self.region)
        sought = r.clarification.sought.value
        what = _("a refinement") if r.clarification.refinement else _("clarification")
        args = {"what": what, "sought": _d(sought), "limit": _d(window.due)}
        within = sought <= window.due
        if within:
            message = _(
                "The agency sought {what} on {sought}, within 7 working days of receipt "
                "(by {limit}), so it may treat an amended request as a new one."
            )
        else:
            message = _(
                "The agency sought {what} on {sought}, after the 7th working day "
                "({limit}), so an amended request cannot restart the clock."
            )
        message = message.format(**args)
        if r.refinement_declined is not None:
            message += " " + _(
                "You declined it on {day}, so the original request and its deadline stand."
            ).format(day=_d(r.refinement_declined.value))
        # Seeking clarification late breaks no rule (s 15(1AB) only limits the restart):
        # it is information, marked ✓ when within the window.
        self._add(CheckKind.CLARIFICATION, sought, window, True if within else None, message)
        return None

    def _extension(self, base: Deadline) -> Deadline | None:
        """Check the notice and the new date; return the deadline a decision must meet."""
        ext = self.reading.extension
        if ext is None:
            return None
        cite = str(self.act.rules.extension_notice)
        if extends_transfer_limit(self.reading):
            message = _(
                "The letter extends the time to transfer the request (s 15A(1) allows the "
                "transfer limit to be extended); it does not change the deadline for a decision."
            )
            self._add(CheckKind.EXTENSION_NOTICE, None, None, None, message, citation=cite)
            return None
        valid = True
        if ext.notice_date is None:
            message = _(
                "The letter does not say when the extension was notified; it counts only if "
                "notice was given by {due}."
            ).format(due=_d(base.due))
            self._add(CheckKind.EXTENSION_NOTICE, None, base, None, message, citation=cite)
        else:
            notice = ext.notice_date.value
            valid = notice <= base.due
            args = {"notice": _d(notice), "due": _d(base.due)}
            if valid:
                message = _(
                    "The extension was notified on {notice}, on or before the original "
                    "deadline of {due}, as the law requires."
                )
            else:
                n = calendar_for(self.act, self.region).working_days_between(base.due, notice)
                message = _(
                    "The extension was notified on {notice}, {n} after the original deadline "
                    "of {due}. Notice must be given within 20 working days of receipt, so the "
                    "extension is not valid and the original deadline stands."
                )
                args["n"] = _days(n)
            doubts = []
            if not valid and (self.reading.transfer is not None or self.reading.transferred_in):
                doubts.append(
                    _(
                        "the letter also speaks of a transfer, and the extension may be of the "
                        "transfer limit (s 15A(1)); the extension notice's words would settle it"
                    )
                )
            if not valid and ext.notified_in_this_letter and self.reading.kind is not _EXTENSION:
                # Dated only by a letter that mainly does something else: the extension
                # may have been notified earlier, in a letter not read here.
                doubts.append(
                    _(
                        "the letter does not say it gives the extension notice itself; the "
                        "notice's own date would settle it"
                    )
                )
            self._add(
                CheckKind.EXTENSION_NOTICE,
                notice,
                base,
                valid,
                message.format(**args),
                citation=cite,
                doubts=doubts,
            )
            valid = valid or self.checks[-1].ok is None
        extended = self._extended_to(base)
        self.extension_invalid = not valid
        return extended if valid and extended is not None else base

    def _extended_to(self, base: Deadline) -> Deadline | None:
        ext = self.reading.extension
        assert ext is not None
        days = ext.working_days.value if ext.working_days else None
        to = ext.extended_to.value if ext.extended_to else None
        args = {"due": _d(base.due)}
        if to is not None and to <= base.due:
            message = _(
                "The letter says the time was extended to {to}, which is not after the "
                "original deadline of {due}; the agency has promised more than the law requires."
            ).format(to=_d(to), **args)
            self._add(CheckKind.EXTENDED_TO, to, base, None, message)
            return None
        if days is not None:
            computed = extend_deadline(base, working_days=days)
            args.update(n=_days(days), computed=_d(computed.due))
            if to is None:
                message = _(
                    "An extension of {n} from the original deadline of {due} runs to {computed}."
                )
                self._add(CheckKind.EXTENDED_TO, None, computed, None, message.format(**args))
            elif to == computed.due:
                message = _(
                    "The new date, {to}, is right: {n} after the original deadline of {due}."
                )
                self._add(
                    CheckKind.EXTENDED_TO, to, computed, True, message.format(to=_d(to), **args)
                )
            elif to < computed.due:
                message = _(
                    "The letter gives {to} as the new date, earlier than {computed} ({n} after "
                    "the original deadline of {due}); the agency has promised more than the "
                    "law requires."
                )
                self._add(
                    CheckKind.EXTENDED_TO, to, computed, None, message.format(to=_d(to), **args)
                )
            else:
                # The letter contradicts itself (or was misread): which of its two
                # statements is the extension notified (s 15A(3)) is for the agency to say.
                message = _(
                    "The letter gives {to} as the new date, but {n} after the original deadline "
                    "of {due} is {computed}. The letter's two statements disagree; ask the "
                    "agency which it means (the later date is what it has promised)."
                )
                message = message.format(to=_d(to), **args) + _anniversary_note(computed)
                self._add(CheckKind.EXTENDED_TO, to, computed, None, message)
            return computed
        if to is not None:
            computed = extend_deadline(base, to=to)
            message = _("The extension to {to} adds {n} to the original deadline of {due}.")
            message = message.format(to=_d(to), n=_days(computed.working_days), **args)
            self._add(CheckKind.EXTENDED_TO, to, computed, None, message)
            return computed
        return None

    def _transfer(self) -> None:
        moved = self.reading.transfer
        if moved is None or moved.on is None:
            return None
        limit = transfer_deadline(self.received, act=self.act, region=self.region)
        on = moved.on.value
        ok: bool | None = on <= limit.due
        args = {"on": _d(on), "limit": _d(limit.due), "to": moved.to_agency.value}
        if ok:
            message = _(
                "The request was transferred to {to} on {on}, within 10 working days of "
                "receipt (by {limit})."
            )
        else:
            message = _(
                "The request was transferred to {to} on {on}, after the 10 working days the "
                "law allows (by {limit})."
            )
        message = message.format(**args)
        if not moved.date_stated:
            message += " " + _(
                "(The letter gives no date for the transfer; this is the letter's date.)"
            )
            if not ok:
                ok = None
                message = self._unsure(
                    message, [_("the day the request was transferred would settle it")]
                )
        if not ok and self.reading.transferred_in is not None:
            ok = None  # the letter also speaks of a transfer *to* this agency: which way?
            message = self._unsure(
                message,
                [
                    _(
                        "the letter also speaks of a transfer to this agency; its date "
                        "would settle it"
                    )
                ],
            )
        if not ok and (self.reading.extension is not None or self.reading.mentions_extension):
            ok = None  # s 15A(1): the transfer limit itself may have been extended
            message = self._unsure(
                message,
                [_("the letter mentions an extension, which may be of the transfer limit")],
            )
        elif ok is False and self._extension_not_ruled_out():
            ok = None  # s 15A(1): an extension of the transfer limit may have been notified
            message = self._unsure(message, [self._no_word_on_an_extension()])
        self._add(CheckKind.TRANSFER, on, limit, ok, message)
        return None

    def _decision(self, base: Deadline, effective: Deadline) -> None:
        r = self.reading
        found = r.decision_date
        if r.outcome is None or found is None:
            return None
        decided = found.value
        due = effective.due
        args = {"decided": _d(decided), "due": _d(due)}
        ext = r.extension
        unknown_length = (
            ext is not None and effective is base and not (ext.working_days or ext.extended_to)
        )
        ok: bool | None
        if decided == due:
            ok = True
            message = _(
                "Decided on time, on the last day: the decision is dated {decided} and the "
                "deadline was {due}."
            )
        elif decided < due:
            ok = True
            message = _(
                "Decided on time: the decision is dated {decided}, {n} before the deadline of "
                "{due}."
            )
            args["n"] = _days(
                calendar_for(self.act, self.region).working_days_between(decided, due)
            )
        elif unknown_length:
            ok = None
            message = _(
                "The decision is dated {decided}, after the original deadline of {due}; the "
                "letter mentions an extension but not its length, so whether it was on time "
                "cannot be told."
            )
        else:
            ok = False
            n = calendar_for(self.act, self.region).working_days_between(due, decided)
            message = _(
                "Decided late: the decision is dated {decided}, {n} after the deadline of "
                "{due}. A decision not made in time counts as a refusal, which you can "
                "complain about."
            )
            args["n"] = _days(n)
        doubts: list[str] = []
        if ok is False and r.decided_on is None and r.earlier_response is not None:
            # Dated only by this letter, which speaks of an earlier response: the decision
            # may have been made then, and a later release is an undue-delay question.
            doubts.append(
                _(
                    "the letter speaks of an earlier response, so the decision may have been "
                    "made before this letter; the day it was made would settle it"
                )
            )
        releases = r.outcome in (Outcome.GRANTED, Outcome.PARTLY_GRANTED)
        if ok is False and r.decided_on is None and releases and not r.admits_delay:
            # A letter that releases information proves the day of release, not of the
            # decision: one may have been notified earlier (a later release is an
            # undue-delay question, s 28(5)), unless the letter owns the delay.
            doubts.append(
                _(
                    "this letter releases the information, and the decision may have been "
                    "notified earlier; the day the decision was notified would settle it"
                )
            )
        if ok is False and ext is None and r.mentions_extension:
            doubts.append(
                _(
                    "the letter mentions an extension whose date or length this reader could "
                    "not read; the extension notice would settle it"
                )
            )
        elif ok is False and ext is None and self._extension_not_ruled_out():
            doubts.append(self._no_word_on_an_extension())
        if r.decided_on is None and r.letter_date_given:
            # the user's word, as their tracked request is: said, so no one reads it as the letter's
            message += " " + _("(The letter does not state its date: this is the date you gave.)")
        if effective is not base:
            message += " " + _("(The deadline includes the extension.)")
        elif self.extension_invalid:
            message += " " + _("(The extension was not validly notified, so it does not count.)")
        self._add(CheckKind.DECISION, decided, effective, ok, message.format(**args), doubts=doubts)
        self._release(decided)
        return None

    def _release(self, decided: date) -> None:
        """A release later than the decision: an undue-delay question (s 28(5)), not lateness."""
        letter = self.reading.letter_date
        if self.reading.decided_on is None or letter is None or letter.value <= decided:
            return None
        n = calendar_for(self.act, self.region).working_days_between(decided, letter.value)
        section = _UNDUE_DELAY.get(self.act, "")
        message = _(
            "The decision was made on {decided}; this letter releasing the information is "
            "dated {letter}, {n} later. Release after a decision must be without undue delay "
            "({section}); the law sets no number of days, so this is a question for the "
            "Ombudsman, not a late decision."
        ).format(decided=_d(decided), letter=_d(letter.value), n=_days(n), section=section)
        self.checks.append(DateCheck(CheckKind.RELEASE, letter.value, None, None, message, section))
        return None
