r"""Read an agency's letter: what it states, each fact with the words it came from.

:func:`read_letter` finds, in the text of an acknowledgement, extension,
transfer, clarification or decision letter: the letter's own date, the Act,
the agency's reference, when the request was received, the due date it
states, a request for clarification or refinement and the answer, an
extension (notice date, working days, new date, grounds, the right to
complain), a transfer, what was decided, and every section cited.
:func:`~oiaassist.reading.checks.check_reading` then checks each
stated date against the deadline engine, and :func:`to_events` turns the
reading into tracking events.

Example:
    >>> reading = read_letter("16 December 2024\n\nTēnā koe\n\nWe refer to your "
    ...     "email of 13 September 2024 requesting information under the OIA.")
    >>> reading.letter_date.value, reading.received.value
    (datetime.date(2024, 12, 16), datetime.date(2024, 9, 13))

The reader is plain regular expressions (:mod:`.patterns`,
:mod:`.phrases`): what it cannot find it leaves as None, and it never
guesses a date it did not see, apart from the letter's own date standing in
for "this letter" (an extension or transfer notified by it).
"""

from __future__ import annotations

import dataclasses
import re
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from oiaassist.law.acts import Act
from oiaassist.reading import clarifying, story, transfers
from oiaassist.reading import phrases as ph
from oiaassist.reading.act import act_and_basis
from oiaassist.reading.facts import (
    ClarificationFound,
    ExtensionFound,
    Facts,
    OutcomeHint,
    TransferFound,
)
from oiaassist.reading.formats.files import letter_text_from_file
from oiaassist.reading.kind.rules import LetterKind, Verdict, classify, outcome_of
from oiaassist.reading.kind.signs import KindEvidence, evidence, quoted_from
from oiaassist.reading.patterns import parse_date_parts
from oiaassist.reading.text import Found, LetterText, as_read
from oiaassist.tracking.events import (
    Acknowledged,
    ClarificationSought,
    Clarified,
    DecisionNotified,
    Event,
    ExtensionNotified,
    Outcome,
    Received,
    RefinementDeclined,
    Transferred,
)

__all__ = [
    "ClarificationFound",
    "ExtensionFound",
    "Found",
    "LetterKind",
    "LetterReading",
    "OutcomeHint",
    "TransferFound",
    "Verdict",
    "read_letter",
    "read_letter_file",
    "to_events",
]


# Sections that give grounds for withholding or refusing, by Act (for DecisionNotified).
_GROUND_SECTIONS = {
    Act.OIA: frozenset({"6", "7", "9", "10", "18"}),
    Act.LGOIMA: frozenset({"6", "7", "8", "17"}),
    Act.PRIVACY: frozenset({"49", "50", "51", "52", "53"}),
}


@dataclass(frozen=True, slots=True)
class LetterReading:
    """Everything :func:`read_letter` found; None (or empty) where the letter is silent.

    Attributes:
        letter_date: the date heading the letter (or the date its reader gave, for a letter
            whose text states none: ``letter_date_given``).
        letter_date_given: ``letter_date`` is not in the text but was given to
            :func:`read_letter` (``dated``); its snippet is empty and its span (-1, -1).
        act: the Act the request was made under, as the letter shows it (:mod:`.act`).
        act_named_only: whether the letter only names ``act`` ("your OIA request", the Act
            named most, its sections) without saying the request was made or considered
            under it: a council may call an LGOIMA request "your OIA request".
        reference: the agency's reference, e.g. "OIA 29681".
        received: when the agency received the request.
        received_basis: how the letter gives ``received``: "received" (it states
            the day of receipt), "email" ("your email of …": an email arrives the
            day it is sent), "sent" (a quoted email header), or "request" (only
            the request's own date, "your letter dated …"), or "transfer" (the day
            another agency transferred it here), or "header" (only the Date: of the
            email that acknowledges the request: it arrived by then); "" if none.
        transferred_in: the day another agency transferred the request to this one.
        transferred_from: the agency that transferred the request to this one, where
            the letter names it (with or without a day: :attr:`transferred_in`).
        transferred_to_here: this agency, where the letter names it as the one the
            request was transferred to ("transferred from X to Y on …").
        acknowledges: words of an acknowledgement ("we will respond…").
        asks: words by which the letter asks the requester to clarify or refine (kept
            even when the letter has no date to date the asking by).
        length: the letter's length in characters (whitespace folded).
        kind_evidence: signs of the letter's kind the other fields do not give
            (its title, information given now or to follow, a promised reply).
        answers: words showing the letter gives the information itself
            ("provided within this response"), for a release with no decision words.
        responds: words showing the letter is the response to the request ("your
            request has been considered", "review my decision"), for a decision
            letter whose outcome is in words the reader does not know.
        charges: words of a notice that the information will be charged for.
        earlier_response: words showing an earlier letter already responded or decided
            ("further to our letter of…", "the second tranche"): this letter's own date
            may then not be the day of the decision.
        mentions_extension: whether the letter uses any extension word at all (even
            one the reader could not date or read as notified).
        mentions_amendment: whether the letter speaks of the request being clarified,
            refined or amended at all.
        mentions_transfer: whether the letter uses the word "transfer" at all.
        received_by: the body the letter says received the request on ``received``
            ("received by the Ministry of Education on …"), "" if it names none.
        admits_delay: whether the letter owns that its answer is late ("we apologise
            for the delay in responding").
        other_receipts: days of receipt the letter states besides ``received`` (a
            thread about several requests): a check resting on ``received`` is then
            not proved.
        yearless: the names of the dates used above that the letter wrote without a
            year (the year is taken from the letter's date, an assumption).
        decided_on: the day the letter says the decision was made ("On 3 May we
            decided…"), where it says so (see :attr:`decision_date`).
        stated_due: the original due date the letter states.
        clarification: the agency's request for clarification or refinement.
        refinement_declined: when the requester declined the refinement.
        clarified: when the requester clarified or amended the request.
        treated_as_new: whether the letter says the amended request is a new one.
        extension: an extension the letter notifies or refers to.
        transfer: a transfer to another agency.
        right_to_complain: "Ombudsman" or "Privacy Commissioner" if the letter
            tells the requester of the right to complain.
        outcomes: what the letter says was decided (released, withheld...).
        sections: every section cited, normalised ("9(2)(g)(i)"), in order of
            first appearance, without duplicates.
    """

    letter_date: Found[date] | None = None
    letter_date_given: bool = False
    act: Found[Act] | None = None
    act_named_only: bool = False
    reference: Found[str] | None = None
    received: Found[date] | None = None
    received_basis: str = ""
    transferred_in: Found[date] | None = None
    transferred_from: Found[str] | None = None
    transferred_to_here: Found[str] | None = None
    stated_due: Found[date] | None = None
    clarification: ClarificationFound | None = None
    refinement_declined: Found[date] | None = None
    clarified: Found[date] | None = None
    treated_as_new: Found[bool] | None = None
    extension: ExtensionFound | None = None
    transfer: TransferFound | None = None
    right_to_complain: Found[str] | None = None
    outcomes: tuple[Found[OutcomeHint], ...] = ()
    sections: tuple[Found[str], ...] = ()
    decided_on: Found[date] | None = None
    answers: Found[str] | None = None
    responds: Found[str] | None = None
    charges: Found[str] | None = None
    earlier_response: Found[str] | None = None
    mentions_extension: bool = False
    mentions_amendment: bool = False
    mentions_transfer: bool = False
    other_receipts: tuple[date, ...] = ()
    received_by: str = ""
    admits_delay: bool = False
    yearless: tuple[str, ...] = ()
    acknowledges: Found[str] | None = None
    asks: Found[str] | None = None
    length: int = 0
    kind_evidence: KindEvidence = dataclasses.field(default_factory=KindEvidence)

    @property
    def received_stated(self) -> Found[date] | None:
        """``received`` where the letter states the day of receipt, not only the request's date."""
        return self.received if self.received_basis == "received" else None

    @property
    def decision_date(self) -> Found[date] | None:
        """The day the decision was made: as stated, else a decision letter's own date."""
        if self.decided_on is not None:
            return self.decided_on
        return self.letter_date if self.outcome is not None else None

    @property
    def not_authors(self) -> tuple[str, ...]:
        """Bodies the letter names only as a transfer's other party: never its author.

        The agency the request was transferred to, and the one it was transferred
        from (OIA s 14): each is a mere mention (issue 13), for
        :func:`~oiaassist.reading.author.letter_author`'s ``not_these``.
        """
        # a split transfer names each body, joined by "; " (transfers.transfer)
        names = self.transfer.to_agency.value.split("; ") if self.transfer else []
        if self.transferred_from is not None:
            names.append(self.transferred_from.value)
        return tuple(names)

    @property
    def section_numbers(self) -> tuple[str, ...]:
        """The sections cited, as strings: ("6(a)", "9(2)(g)(i)", ...)."""
        return tuple(s.value for s in self.sections)

    @property
    def outcome(self) -> Outcome | None:
        """The decision in one word, or None if the letter states no decision.

        Only this letter's own words count: not a request or earlier letter quoted below it.
        """
        own = {h.value for h in self.outcomes if self.kind_evidence.here(h) is not None}
        return outcome_of(own, transferred=self.transfer is not None)

    @property
    def kind(self) -> LetterKind:
        """What the letter mainly *does* now (see :func:`.kind.classify` for the precedence)."""
        return classify(self).kind

    @property
    def kind_verdict(self) -> Verdict:
        """The kind with the rule that decided it and the words it rests on."""
        return classify(self)

    @property
    def outcome_unread(self) -> bool:
        """A decision (or release) letter whose outcome no words of it tell: the user's to say."""
        return self.outcome is None and self.kind in (LetterKind.DECISION, LetterKind.RELEASE)

    def ground_sections(self) -> list[str]:
        """The withholding/refusal grounds cited (s 6, 9, 18... ), most specific only."""
        act = self.act.value if self.act else Act.OIA
        grounds = [
            s for s in self.section_numbers if re.sub(r"\D.*", "", s) in _GROUND_SECTIONS[act]
        ]
        return [s for s in grounds if not any(o != s and o.startswith(s + "(") for o in grounds)]


_ACKNOWLEDGING = (LetterKind.ACKNOWLEDGEMENT, LetterKind.UNKNOWN)
_REQUESTER_WROTE = re.compile(
    r"^[^\S\n]*>?[^\S\n]*(?:From:|On\s)[^\n]*(?:\[name\]|\[(?:FYI|FOI|OIA)\s+(?:request\s+)?#\d+)",
    re.IGNORECASE | re.MULTILINE,
)
"""The quoted message's sender line is the requester's (FYI.org.nz writes the requester as
"[name]" and their address as "[FOI #123 email]"): the request quoted back, whose dates
("a response by …") are not this letter's. An agency's own earlier message quoted below
(dev fyi-32937-msd-extension: "From: OIA_Requests (MSD)") states facts of the request."""
_HEADER_SPAN = 300
"""How far below the quotation's start its sender line is looked for."""
_TO_THE_AGENCY = re.compile(
    r"^[^\S\n]*>?[^\S\n]*(?:Dear|To)\s+(?:the\s+)?(?:[A-ZĀĒĪŌŪ][\w'’&-]*\s+){0,6}?(?:Ministry|Council"
    r"|Department|Office|Minister|Commission|Authority|Agency|Board|Service|University|Police"
    r"|Team|team|Sir|Madam|Sir/Madam)\b|\bmade\s+via\s+the\s+FYI\s+website\b",
    re.MULTILINE,
)
"""The quoted message is the request, whoever sent it: it greets a body ("Dear Auckland
Council,", "Dear Sir/Madam") or bears FYI.org.nz's footer ("made via the FYI website")."""
_REQUEST_SPAN = 1500
"""How far below the quotation's start the request's greeting or footer is looked for."""


GIVEN_SPAN = (-1, -1)
"""The span of a letter date given to :func:`read_letter`, not read in its text (no offset)."""


def read_letter(text: str, *, dated: date | None = None) -> LetterReading:
    """Find what an agency's letter states (see the module docstring).

    Args:
        text: the letter's text.
        dated: the letter's date as the user gives it, used only where the text states no
            date of its own (an extract pasted from below the letterhead): the day of a
            decision, of an extension or transfer it notifies, and the year of a date
            written without one all hang on it. The reading says it was given
            (``letter_date_given``), so each face can say whose word it is.
    """
    if not isinstance(text, str):
        raise TypeError(f"text: expected str, got {type(text).__name__}")
    text = as_read(text)  # "ﬁ" as "fi"; a table's labels beside its values
    facts = Facts(LetterText(text))
    facts.letter_date = facts.find_letter_date() or (
        Found(dated, "", GIVEN_SPAN) if dated is not None else None
    )
    quoted = quoted_from(text)  # an earlier message quoted below: its words are not this letter's
    act, act_stated = act_and_basis(facts, quoted=quoted)
    outcomes = facts.outcomes()
    # The stated facts are read above a quoted message only (the request quoted back asks
    # "a response by …"; an earlier letter quoted states its own days); the signs of the
    # letter's kind below weigh the quotation themselves.
    facts.until = (
        facts.text.flat_offset(quoted)
        if quoted is not None
        and (
            _REQUESTER_WROTE.search(text, quoted, quoted + _HEADER_SPAN)
            or _TO_THE_AGENCY.search(text, quoted, quoted + _REQUEST_SPAN)
        )
        else None
    )
    transfer = transfers.transfer(facts)
    incoming = (
        transfer if transfer is not None and transfers.decided_here(facts, transfer) else None
    )
    if incoming is not None:
        transfer = None  # told by the transferee, which decides it here (s 14)
    decision = {h.value for h in outcomes if quoted is None or h.span[0] < quoted} - (
        {OutcomeHint.NOT_HELD} if transfer else set()
    ) != set()
    sentences = story.extension_sentences(facts)
    privacy = act is not None and act.value is Act.PRIVACY
    extension = story.extension(facts, sentences, decision=decision, privacy=privacy)
    dues = story.due_dates(facts, has_extension=extension is not None, deciding=decision)
    if extension is None and not decision:
        extension = story.implied_extension(facts, dues)
    if extension is not None and extension.extended_to is None and dues.extended is not None:
        extension = dataclasses.replace(extension, extended_to=dues.extended)
    if extension is not None:
        extension = story.beyond_the_letter(facts, extension, dues.extended)
    received = story.received(facts)
    asked = clarifying.clarification(facts, decision=decision)
    declined = clarifying.refinement_declined(facts)
    decided = story.decision_days(facts)
    transferred_in = transfers.transferred_in(facts)
    if incoming is not None and incoming.date_stated and transferred_in is None:
        transferred_in = incoming.on
    sent = story.email_date(facts)
    if transferred_in is not None and (received is None or received[1] in _REQUEST_DAY_ONLY):
        # this agency's receipt is the transfer's day, not the day the request was first made
        # to another (s 14, s 15(1) OIA; dev fyi-25850: "your email of 23 February 2024 to the
        # New Zealand Police" … "On 6 March 2024, Police transferred this part")
        received = (transferred_in, "transfer")
    transferred_from = transfers.transferred_from(facts) if transfer is None else None
    transferred_to_here = transfers.transferred_to_here(facts) if transfer is None else None
    if incoming is not None and transferred_to_here is None:
        transferred_to_here = incoming.to_agency
    clarified = clarifying.not_also_declined(
        clarifying.answered_after_asked(clarifying.clarified(facts), asked), declined
    )
    treated_as_new = clarifying.treated_as_new(facts)
    decided_on = story.decided_on(facts, decided)
    facts.until = None
    reading = LetterReading(
        letter_date=facts.letter_date,
        letter_date_given=facts.letter_date is not None and facts.letter_date.span == GIVEN_SPAN,
        act=act,
        act_named_only=act is not None and not act_stated,
        reference=facts.find_reference(),
        received=received[0] if received else None,
        received_basis=received[1] if received else "",
        transferred_in=transferred_in,
        transferred_from=transferred_from,
        transferred_to_here=transferred_to_here,
        stated_due=dues.original,
        clarification=asked,
        refinement_declined=declined,
        clarified=clarified,
        treated_as_new=treated_as_new,
        extension=extension,
        transfer=transfer,
        right_to_complain=story.right_to_complain(facts),
        outcomes=outcomes,
        sections=facts.sections(),
        decided_on=decided_on,
        answers=story.answers(facts),
        # Only a letter that states no decision needs these for its kind.
        responds=None if decision else story.responds(facts),
        charges=None if decision else story.charges(facts),
        acknowledges=story.acknowledges(facts),
        asks=story.asks_now(facts, decision=decision),
        length=len(facts.flat),
        kind_evidence=evidence(facts, sentences, quoted=quoted),
    )
    reading = dataclasses.replace(
        reading,
        # Only a decision's check needs these.
        earlier_response=(story.earlier_response(facts) or story.decision_in_doubt(facts, decided))
        if decision
        else None,
        mentions_extension=bool(facts.search(ph.EXTENSION_MENTION)),
        mentions_amendment=bool(facts.search(ph.AMENDMENT_MENTION)),
        mentions_transfer=bool(re.search(r"\btransfer", facts.flat, re.IGNORECASE)),
        other_receipts=story.other_receipts(facts, received[0])
        if received and received[1] == "received"
        else (),
        received_by=story.received_by(facts, received[0] if received else None),
        admits_delay=decision and bool(facts.search(ph.ADMITS_DELAY)),
        yearless=_yearless(text, reading),
    )
    if sent is not None and reading.received is None and reading.kind in _ACKNOWLEDGING:
        # An emailed acknowledgement silent on receipt: the request arrived by the day
        # it was sent. Not a stated receipt: the checks treat it as the latest possible.
        reading = dataclasses.replace(reading, received=sent, received_basis="header")
    return reading


def _yearless(original: str, reading: LetterReading) -> tuple[str, ...]:
    """The dates of ``reading`` that ``original`` writes without a year ("27 September")."""
    ext, moved = reading.extension, reading.transfer
    dates: list[tuple[str, Found[date] | None]] = [
        ("letter_date", reading.letter_date),
        ("received", reading.received),
        ("stated_due", reading.stated_due),
        ("extension_notice", ext.notice_date if ext else None),
        ("extended_to", ext.extended_to if ext else None),
        ("transfer_date", moved.on if moved else None),
        ("decided_on", reading.decided_on),
    ]
    out = []
    for name, found in dates:
        if found is None:
            continue
        parts = parse_date_parts(original[found.span[0] : found.span[1]])
        if parts is not None and parts.year is None:
            out.append(name)
    return tuple(out)


def read_letter_file(path: str | Path) -> LetterReading:
    """Read a letter from a .txt, .docx or .pdf file (PDF needs ``oiaassist[pdf]``).

    Raises:
        LetterError: the file is missing, empty, binary or cannot be read.
    """
    return read_letter(letter_text_from_file(path))


_REQUEST_DAY_ONLY = frozenset({"request", "email", "sent"})
"""Receipt bases that are only the request's own date, not a receipt this letter states."""


def to_events(reading: LetterReading) -> list[Event]:
    """Tracking events for what the letter states, in date order.

    A request needs a ``Received`` event: if the letter does not say when the
    request was received, add one before building a
    :class:`~oiaassist.tracking.events.Request` from these.
    """
    letter_date = reading.letter_date.value if reading.letter_date else None
    events: list[Event] = []
    if reading.received:
        events.append(Received(date=reading.received.value))
    if reading.clarification:
        sought = reading.clarification
        events.append(
            ClarificationSought(
                date=sought.sought.value,
                proposal=sought.sought.snippet,
                refinement=sought.refinement,
            )
        )
    if reading.refinement_declined:
        events.append(RefinementDeclined(date=reading.refinement_declined.value))
    elif reading.clarified:
        as_new = reading.treated_as_new.value if reading.treated_as_new else None
        events.append(Clarified(date=reading.clarified.value, treated_as_new=as_new))
    if reading.stated_due and letter_date and reading.kind is LetterKind.ACKNOWLEDGEMENT:
        ref = reading.reference.value if reading.reference else ""
        events.append(
            Acknowledged(date=letter_date, stated_due=reading.stated_due.value, reference=ref)
        )
    # An extension on the day of a transfer comes first: one of the transfer limit is made
    # to transfer in time, and one of the decision limit is this agency's, not the next's.
    if reading.extension and reading.extension.notice_date:
        events.append(_extension_event(reading, reading.extension))
    moved = reading.transfer
    if moved is not None and moved.on is not None:
        events.append(
            Transferred(
                date=moved.on.value,
                to_agency=moved.to_agency.value,
                # No Act from words in a name ("Arts Council", "Canterbury DHB"): the
                # tracker looks the body up in the agency directory, and asks if it
                # is not there (issue 12).
                act=None,
                partial=moved.partial,
                # a transfer the letter reports ("was transferred"), its day not given, was
                # made on or before the letter: s 14 lateness is then "perhaps", never
                # asserted; one the letter makes ("is transferring") is dated by it
                dated_by_letter=not moved.date_stated
                and _REPORTED_TRANSFER.search(moved.to_agency.snippet) is not None,
            )
        )
    if reading.outcome is not None and letter_date is not None:
        events.append(
            DecisionNotified(
                date=letter_date, outcome=reading.outcome, sections=reading.ground_sections()
            )
        )
    order = {id(e): i for i, e in enumerate(events)}
    return sorted(events, key=lambda e: (e.date, order[id(e)]))


def extends_transfer_limit(reading: LetterReading) -> bool:
    """Whether the letter's extension is of the s 14 transfer limit (s 15A(1) allows it).

    "I have extended the ten working day time limit available to make this transfer" (dev
    fyi-25686): the transfer limit moves, not the deadline for a decision (law.md §12.7).
    A letter that also decides has extended its decision's limit.
    """
    ext = reading.extension
    return (
        ext is not None
        and re.search(r"\btransfer", ext.snippet, re.IGNORECASE) is not None
        and reading.outcome is None
    )


_REPORTED_TRANSFER = re.compile(
    r"\b(?:was|were|has\s+been|have\s+been|had\s+been)\s+(?:\w+\s+)?transferred\b", re.I
)
"""A transfer told of, not made by this letter: "your request was transferred to X"."""


def _extension_event(reading: LetterReading, ext: ExtensionFound) -> ExtensionNotified:
    """The extension as an event: what the notice is read to state, never what it lacks.

    The reader finding no reasons, no word on complaining or no period is not the notice
    stating none: real notices give reasons in words no finder lists ("necessitates
    consultations", dev fyi-20377). Recorded as False, each would be a breach of s 15A(4)
    in the tracker (and a point in a complaint) resting on a miss, so it is left "not
    recorded" (None) for the requester to settle; what is found is recorded as stated.
    """
    assert ext.notice_date is not None
    this_letter = ext.notified_in_this_letter
    return ExtensionNotified(
        date=ext.notice_date.value,
        limit="transfer" if extends_transfer_limit(reading) else "response",
        extended_to=ext.extended_to.value if ext.extended_to else None,
        working_days=ext.working_days.value if ext.working_days else None,
        grounds=[g.value for g in ext.grounds],
        stated_reasons=True if this_letter and ext.grounds else None,
        stated_right_to_complain=(
            True if this_letter and reading.right_to_complain is not None else None
        ),
    )
