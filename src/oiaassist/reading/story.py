"""Finding what happened to the request, and when, in a letter.

The dated story a letter tells: received, clarification sought and answered,
the stated due date, an extension (a transfer is :mod:`.transfers`'s). Each
finder takes the letter's :class:`~.facts.Facts` (which already knows the
letter's own date, used for "this letter is the notice" and for dates without
a year).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from oiaassist.reading import phrases as ph
from oiaassist.reading.facts import (
    ExtensionFound,
    Facts,
    quote_open,
)
from oiaassist.reading.patterns import DATE_ANYWHERE, parse_number
from oiaassist.reading.text import Found
from oiaassist.tracking.events import ExtensionGround


@dataclass(frozen=True, slots=True)
class DueDates:
    """The decision dates a letter states, sorted into original and extended."""

    original: Found[date] | None
    extended: Found[date] | None


def received(facts: Facts) -> tuple[Found[date], str] | None:
    """When the agency received the request, as the letter says, and how it says it.

    The phrases are tried strongest first ("received on" before "your email
    of"), so a request *dated* on a Saturday and *received* on the Monday is
    received on the Monday. The basis is "received" (the letter states the
    day of receipt), "request" (it gives the request's own date), or "sent"
    (only a quoted email header's date): the checks call a date wrong only
    on a stated receipt.
    """
    found: list[tuple[Found[date], str]] = []
    for pattern in ph.RECEIVED:
        hit = facts.first_dated([pattern])
        if hit is not None:
            match = hit[0]
            basis = _basis(match.group())
            if basis == "request" and _range_first(facts, match.start("date")):
                continue  # "your emails of 3 and 5 May": which one started the clock?
            found.append((hit[1], basis))
    fallback = facts.first_dated(ph.RECEIVED_FALLBACK)
    if fallback is not None:
        found.append((fallback[1], "request"))
    dated = [day for day, basis in found if basis != "received"]
    for day, basis in found:
        if basis == "received" and any(
            d.value > day.value and d.span[0] < day.span[0] for d in dated
        ):
            # The letter first names the request by its date, then says some request was
            # received before that: another, earlier request, not this one's receipt.
            continue
        return day, basis
    return _sent_header(facts)


def received_by(facts: Facts, received: Found[date] | None) -> str:
    """The body the letter says received the request on ``received``, as written."""
    if received is None:
        return ""
    for match, found in facts.dated([ph.RECEIVED_BY], future=False):
        if found.value == received.value:
            return " ".join(match["who"].split())
    return ""


def other_receipts(facts: Facts, received: Found[date] | None) -> tuple[date, ...]:
    """Days of receipt the letter states other than ``received`` (several requests)."""
    days = {
        found.value
        for pattern in ph.RECEIVED
        for match, found in facts.dated([pattern], future=False)
        if _basis(match.group()) == "received"
    }
    if received is not None:
        days.discard(received.value)
    return tuple(sorted(days))


def _basis(words: str) -> str:
    """How a receipt phrase dates the request (see :func:`received`)."""
    if ph.RECEIVED_WORD.search(re.sub(r"acknowledg\w*\s+receipt\s+of", "", words, flags=re.I)):
        return "received"  # "we acknowledge receipt of your request dated …" is not one
    if re.search(r"\b(?:e-?mails?|messages?|online|web\s*form)\b", words, re.I) and not re.search(
        r"\bdated\b", words, re.I
    ):
        return "email"  # an email arrives the day it is sent
    return "request"


def _range_first(facts: Facts, at: int) -> bool:
    before = facts.flat[max(0, at - 12) : at]
    return bool(re.search(r"\d{1,2}(?:st|nd|rd|th)?\s*(?:-|–|—|to|and|&)\s*$", before))


def _sent_header(facts: Facts) -> tuple[Found[date], str] | None:
    """The date of the request quoted below an emailed reply ("Sent: Monday, 5 May 2024")."""
    original = facts.text.original
    letter = facts.letter_date.value if facts.letter_date else None
    for match in ph.SENT_HEADER.finditer(original, facts.heading_end()):
        if match.start() < 40:
            continue  # the reply's own header, not the message it quotes
        day = facts.resolve(match["date"], future=False)
        if day is None or (letter is not None and day > letter):
            continue
        line = " ".join(original[match.start() : original.find("\n", match.end())].split())
        return Found(day, line, (match.start("date"), match.end("date"))), "sent"
    return None


def extension_sentences(facts: Facts) -> list[tuple[int, int]]:
    """Sentences that announce an extension (not "we may need to extend")."""
    out = []
    for s, e in facts.sentences_matching(ph.EXTENSION_WORD, ph.EXTENSION_TIME_WORD):
        # Only words before (or just after) the first "extend" make it a possibility:
        # "If we need to extend…", but not "we are extending…; if you are unhappy…".
        word = ph.EXTENSION_WORD.search(facts.flat, s, e)
        upto = min(e, word.end() + 25) if word is not None else e
        if not ph.CONDITIONAL.search(facts.flat, s, upto):
            out.append((s, e))
    return out


def due_dates(facts: Facts, *, has_extension: bool) -> DueDates:
    """The original due date and the extended one, by the words just before each date.

    "extended to", "new", "now", "further" mark the extended date; "original",
    "was due", "previously" the original one. The words looked at run back to
    the previous date in the sentence. An unmarked date is the extended date
    in a letter about an extension, else the original.
    """
    original: Found[date] | None = None
    extended: Found[date] | None = None
    seen: set[int] = set()
    for match, found in facts.dated(ph.DUE, future=True):
        at = match.start("date")
        if at in seen:
            continue
        seen.add(at)
        s_start, _ = facts.text.sentence(at)
        if ph.REPLY_BY_YOU.search(facts.flat, s_start, at):
            continue  # "please let us know by 30 July": the requester's date, not the agency's
        earlier = [m.end() for m in DATE_ANYWHERE.finditer(facts.flat, s_start, at)]
        context = facts.flat[max([s_start, *earlier]) : at]
        phrase = facts.flat[max(s_start, match.start()) : at]
        if re.search(r"\b(?:20|twenty)\s+working\s+days\s*\($", facts.flat[match.start() : at]):
            is_extended = False  # "no later than 20 working days (12 April 2024)": the original
        elif ph.EXTENDED_MARKER.search(phrase) and not ph.ORIGINAL_MARKER.search(phrase):
            is_extended = True
        elif ph.ORIGINAL_MARKER.search(context):
            is_extended = False
        elif ph.EXTENDED_MARKER.search(context):
            is_extended = True
        else:
            is_extended = has_extension
        if is_extended and extended is None:
            extended = found
        elif not is_extended and original is None:
            original = found
    return DueDates(original, extended)


_OPENING_ON = re.compile(r"\b(?-i:On)" + ph.OPENING_DATE.pattern.removeprefix("On"), re.IGNORECASE)


def opening_date(facts: Facts, start: int, end: int) -> Found[date] | None:
    """The date of a sentence that opens "On 10 October 2024, …"."""
    match = ph.OPENING_DATE.match(facts.flat, start, end)
    if match is None:
        # A paragraph that opens "On 10 October…" right under the greeting shares its
        # "sentence" with the heading (no full stop after "Dear Sam"): a capital "On".
        match = _OPENING_ON.search(facts.flat, start, end)
    if match is None:
        return None
    day = facts.resolve(match["date"], future=False)
    return None if day is None else facts.text.found(day, match.start("date"), match.end("date"))


def extension(
    facts: Facts, sentences: list[tuple[int, int]], *, decision: bool, privacy: bool
) -> ExtensionFound | None:
    """The extension the letter announces or refers to, if any."""
    if not sentences:
        return None
    first = sentences[0]
    days: Found[int] | None = None
    notice: Found[date] | None = None
    extended_to: Found[date] | None = None
    days = _extension_days(facts, sentences)
    for start, end in sentences:
        if notice is None:
            hit = facts.first_dated(ph.EXTENSION_NOTICE_DATE, within=(start, end))
            notice = opening_date(facts, start, end) if hit is None else hit[1]
        if extended_to is None:
            word = ph.EXTENSION_WORD.search(facts.flat, start, end)
            after = word.start() if word is not None else start
            hit = facts.first_dated([ph.EXTENSION_TO_IN_SENTENCE], future=True, within=(after, end))
            if hit is not None and (notice is None or hit[1].value != notice.value):
                extended_to = hit[1]
    told_before = any(ph.EXTENSION_TOLD_BEFORE.search(facts.flat, s, e) for s, e in sentences)
    now = any(ph.EXTENSION_NOW.search(facts.flat, s, e) for s, e in sentences)
    in_this_letter = notice is None and (now or (not decision and not told_before))
    if in_this_letter and facts.letter_date is not None:
        notice = facts.letter_date
    return ExtensionFound(
        snippet=facts.text.snippet(*first),
        notice_date=notice,
        notified_in_this_letter=in_this_letter,
        working_days=days,
        extended_to=extended_to,
        grounds=_grounds(facts, sentences, privacy=privacy),
    )


def _extension_days(facts: Facts, sentences: list[tuple[int, int]]) -> Found[int] | None:
    """The extension's length: the strongest wording in an extension sentence or the next.

    "We are extending the 20 working day period… We require an additional 30
    days" is 30: the period extended and the time limit of the Act ("within 20
    working days") are not the extension.
    """
    spans: list[tuple[int, int]] = []
    for start, end in sentences:
        spans.append((start, end))
        if end < len(facts.flat):
            spans.append(facts.text.sentence(end))
    for pattern in ph.EXTENSION_DAYS:
        for start, end in spans:
            for match in pattern.finditer(facts.flat, start, end):
                number = parse_number(match["num"])
                before = facts.flat[max(start, match.start() - 30) : match.start()]
                after = facts.flat[match.end() : match.end() + 12]
                if re.search(
                    r"\b(?:within|original(?:ly)?|statutory|usual|normal|the|than|has|have|up\s+to)\s*(?:\w+\s+)?$",
                    before,
                    re.IGNORECASE,
                ) or re.match(r"\s*(?:period|limit|time)", after, re.IGNORECASE):
                    continue  # "within 20 working days", "the 20 working day period"
                if number is not None and 0 < number <= 1000:
                    return facts.text.found(number, match.start("num"), match.end())
    return None


def _grounds(
    facts: Facts, sentences: list[tuple[int, int]], *, privacy: bool
) -> tuple[Found[ExtensionGround], ...]:
    """Grounds given in the extension sentences or the sentence after each."""
    spans: list[tuple[int, int]] = []
    for start, end in sentences:
        spans.append((start, end))
        if end < len(facts.flat):
            spans.append(facts.text.sentence(end))
    checks = [
        (ExtensionGround.LARGE_QUANTITY, ph.GROUND_LARGE_QUANTITY),
        (ExtensionGround.CONSULTATIONS, ph.GROUND_CONSULTATIONS),
    ]
    if privacy:  # complexity is a ground only under the Privacy Act 2020, s 48(1)(c)
        checks.append((ExtensionGround.COMPLEXITY, ph.GROUND_COMPLEXITY))
    found: list[Found[ExtensionGround]] = []
    for ground, pattern in checks:
        for start, end in spans:
            match = pattern.search(facts.flat, start, end)
            if match is not None:
                found.append(facts.text.found(ground, match.start(), match.end()))
                break
    return tuple(found)


def right_to_complain(facts: Facts) -> Found[str] | None:
    """Whether (and to whom) the letter mentions the right to complain."""
    match = ph.RIGHT_TO_COMPLAIN.search(facts.flat)
    if match is None:
        return None
    body = " ".join((match["body"] or match["body2"]).split())
    name = "Privacy Commissioner" if body.lower().startswith("privacy") else "Ombudsman"
    return facts.text.found(name, match.start(), match.end())


_OTHER_REQUEST = re.compile(
    r"\b(?:previous|earlier|prior|other|separate|last|original|first)\s+(?:[\w-]+\s+)?requests?\b",
    re.IGNORECASE,
)


def decided_on(facts: Facts) -> Found[date] | None:
    """The day a decision was made, where the letter states one before its own date.

    Not a decision on another request ("our response of 3 May to your previous
    request"): that day says nothing of this request's decision (s 28(5)).
    """
    letter = facts.letter_date.value if facts.letter_date else None
    for match, found in facts.dated(ph.DECISION_MADE, future=False):
        s_start, s_end = facts.text.sentence(match.start())
        if _OTHER_REQUEST.search(facts.flat, s_start, s_end):
            continue
        if letter is None or found.value <= letter:
            return found
    return None


def email_date(facts: Facts) -> Found[date] | None:
    """The Date: header of a saved email (:mod:`.email_letter` writes it above the body)."""
    match = ph.EMAIL_HEADER_DATE.search(facts.text.original)
    if match is None:
        return None
    day = facts.resolve(match["date"], future=False)
    if day is None:
        return None
    return Found(day, " ".join(match.group().split()), (match.start("date"), match.end("date")))


def answers(facts: Facts) -> Found[str] | None:
    """Words showing the letter gives the requested information in its own text."""
    for match in ph.ANSWERED.finditer(facts.flat):
        start, _end = facts.text.sentence(match.start())
        if quote_open(facts.flat[max(0, start - 300) : match.start()]):
            continue  # the request, quoted
        return facts.text.found(match.group(), match.start(), match.end())
    return None


def responds(facts: Facts) -> Found[str] | None:
    """Words showing the letter is the response to the request (its decision), whatever it says."""
    for match in ph.RESPONDS.finditer(facts.flat):
        if _quoted(facts, match.start()):
            continue
        return facts.text.found(match.group(), match.start(), match.end())
    return None


def _quoted(facts: Facts, at: int) -> bool:
    """Whether ``at`` is inside the request quoted back ("…" opened and not closed)."""
    start, _end = facts.text.sentence(at)
    return quote_open(facts.flat[max(0, start - 300) : at])


def earlier_response(facts: Facts) -> Found[str] | None:
    """Words showing an earlier letter already responded to the request or decided it."""
    match = ph.EARLIER_RESPONSE.search(facts.flat)
    return None if match is None else facts.text.found(match.group(), match.start(), match.end())


def charges(facts: Facts) -> Found[str] | None:
    """Words showing the letter gives notice of a charge for the information."""
    match = ph.CHARGES.search(facts.flat)
    return None if match is None else facts.text.found(match.group(), match.start(), match.end())


def acknowledges(facts: Facts) -> Found[str] | None:
    """Words showing the letter acknowledges the request and an answer is to follow."""
    match = ph.ACKNOWLEDGES.search(facts.flat)
    return None if match is None else facts.text.found(match.group(), match.start(), match.end())


def asks_now(facts: Facts, *, decision: bool) -> Found[str] | None:
    """Words by which this letter itself asks the requester to clarify or refine."""
    if decision:
        return None
    match = ph.CLARIFICATION_ASKED_NOW.search(facts.flat)
    return None if match is None else facts.text.found(match.group(), match.start(), match.end())
