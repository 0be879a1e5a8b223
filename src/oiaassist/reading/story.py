"""Finding what happened to the request, and when, in a letter.

The dated story a letter tells: received, clarification sought and answered,
the stated due date, an extension (a transfer is :mod:`.transfers`'s). Each
finder takes the letter's :class:`~.facts.Facts` (which already knows the
letter's own date, used for "this letter is the notice" and for dates without
a year).
"""

from __future__ import annotations

import dataclasses
import re
from dataclasses import dataclass
from datetime import date, timedelta

from oiaassist.reading import due_role
from oiaassist.reading import phrases as ph
from oiaassist.reading.clarifying import own_ask
from oiaassist.reading.facts import (
    ExtensionFound,
    Facts,
    quote_open,
)
from oiaassist.reading.patterns import DATE, DATE_ANYWHERE, NUMBER, parse_number
from oiaassist.reading.text import Found
from oiaassist.tracking.events import ExtensionGround


@dataclass(frozen=True, slots=True)
class DueDates:
    """The decision dates a letter states, sorted into original and extended."""

    original: Found[date] | None
    extended: Found[date] | None
    extended_at: int = 0
    """Where the extended date starts in the flat copy (for its sentence)."""


_TOPIC_REQUEST = re.compile(
    r"\b(?:in\s+relation\s+to|about|regarding|concerning|relat(?:ing|ed)\s+to)\s+the\s+"
    r"(?:[\w-]+\s+){0,3}?requests?\s+(?:that\s+|which\s+)?(?:we|I)\s+(?:have\s+)?received\b",
    re.IGNORECASE,
)
"""Words making the request that follows a topic of this letter ("in relation to the official
information request we received from you on …": an earlier request), not the one it answers
(which a letter calls "your request")."""


_RECEIVED_OTHER = re.compile(
    r"\breceived\s+(?!(?:on|by|via|through|from|in|at|it|this|these|that|your|the|our|date"
    r"|and\s+(?:logged|registered|recorded)|a\s+request"
    r"|an?\s+(?:OIA|LGOIMA|official|e-?mail|letter|request|application|questions?"
    r"|query|enquiry|inquiry|further\s+request))\b)(?-i:[a-z])\w*"
    r"|\breceived\s+(?:the|our)\s+(?!(?:[\w'’-]+\s+){0,3}?(?:request|OIA|LGOIMA|e-?mail|letter"
    r"|application|query|enquiry|inquiry)\b)",
    re.IGNORECASE,
)
""""received" with an object other than the request ("received correspondence", "received
a complaint", "received the Ombudsman's letter"): its day is not the request's receipt."""


_ANOTHER_LIKE_IT = re.compile(
    r"\b(?:similar|same|identical|related)\s+(?:[\w'’-]+\s+){0,2}?(?:information|request|questions?"
    r"|topic|matter|subject)\b|\balso\s+received\b",
    re.IGNORECASE,
)
"""Words making a receipt's sentence about another request like this one (a repeat request,
OIA s 18(h)), not this request's arrival."""


_LABEL_COLON = re.compile(
    r"\b(?:received|receipt)(?:\s+date)?(?:\s+on)?\s*[:|]"
    r"|\b(?:date\s+(?:of\s+)?(?:received|receipt)|(?:received|receipt)\s+date)\s",
    re.IGNORECASE,
)
"""A receipt written as a label and its value ("Received:", "Date received | …"), as a form, a
table or a mail program's header writes it."""
_HEADER_BEFORE = re.compile(r"\bFrom\s*:[^:]{0,160}$", re.IGNORECASE)
_HEADER_AFTER = re.compile(r".{0,120}?\b(?:To|Subject|Cc)\s*:", re.IGNORECASE)


def _in_mail_header(facts: Facts, match: re.Match[str]) -> bool:
    """Whether a "Received:" label stands in an email's header block (From: above, To: below).

    Such a header (dev fyi-22442-auckland-transport-other, the requester's own chaser quoted
    under the reply) dates a message, like a quoted "Sent:" line: not a receipt the agency
    states (and there the agency says it has no record of the request at all).
    """
    flat = facts.flat
    return bool(
        _HEADER_BEFORE.search(flat, max(0, match.start() - 160), match.start())
        and _HEADER_AFTER.match(flat, match.end())
    )


_A_REQUEST = re.compile(r"\breceived\s+an?\s", re.IGNORECASE)
"""A receipt told of "a request from you" (not "your request"): it may be another one."""


_AMENDED = re.compile(
    r"\b(?:clarified|amended|refined|revised|narrowed|reworded|reframed|rephrased)\s+"
    r"(?:[\w'’-]+\s+){0,2}?(?:requests?|e-?mails?|questions?|scope)\b|\bclarification\b",
    re.IGNORECASE,
)
"""The thing received is the amended request (s 15(1AA)) or the answer to a request for
clarification, whose day is not the first receipt of the request."""


_RECEIPT_WORD = re.compile(r"\b(?:received|receipt)\b", re.IGNORECASE)
_OWN_DATE_AFTER = re.compile(rf"\s+(?:on\s+)?(?:the\s+)?{DATE}", re.IGNORECASE)


def _dated_before_on(facts: Facts, match: re.Match[str]) -> bool:
    """Whether a date stands between a phrase's word of receipt and the date it took.

    "your email request … received 21 July 2022 and our subsequent correspondence on 3
    August 2022": the receipt's own date follows the word; a later "on D" is another act's.
    """
    words = list(_RECEIPT_WORD.finditer(facts.flat, match.start(), match.start("date")))
    if not words:
        return False
    # its own date right after the word ("received 21 July 2022"), not a request's date on
    # the way ("received your request dated 5 April 2024 on 8 April 2024")
    own = _OWN_DATE_AFTER.match(facts.flat, words[-1].end())
    return own is not None and own.end() <= match.start("date")


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
            if _TOPIC_REQUEST.search(facts.flat, max(0, match.start() - 80), match.start("date")):
                continue  # "searched … in relation to the request we received from you on …"
            if _RECEIVED_OTHER.search(facts.flat, match.start(), match.start("date")):
                continue  # "Health NZ received correspondence on …, from the Ombudsman"
            if _LABEL_COLON.search(match.group()) and _in_mail_header(facts, match):
                continue  # "From: … Received: Mon Apr 24 2023 10:00 … To: …": a quoted header
            if _A_REQUEST.search(match.group()) and _ANOTHER_LIKE_IT.search(
                facts.flat, *facts.text.sentence(match.start("date"))
            ):
                continue  # "we also received a request from you on … for similar information"
            if _AMENDED.search(facts.flat, max(0, match.start() - 40), match.start("date")):
                continue  # "your clarified request was received on …": not the first receipt
            if _RANGE_TO.match(facts.flat, match.end("date")) or _dated_before_on(facts, match):
                # "all complaints received 1 January 2020 to 31 December 2020": a period;
                # "received 21 July 2022 and our … correspondence on 3 August" (dev fyi-19839)
                continue
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


_RECEIPT_ON = re.compile(
    r"\backnowledg\w*\s+(?:the\s+)?receipt\s+of\s+(?:your|the|this)\s+"
    r"(?:(?!sent\b|made\b|written\b|dated\b|submitted\b)[\w'’-]+\s+){0,4}?on\s+(?:the\s+)?(?:\w+,?\s+){0,2}\d",
    re.IGNORECASE,
)
"""Receipt acknowledged with its day: "We acknowledge receipt of your request on 14 June 2023"
(Auckland Council, dev fyi-23129): the day of receipt, as "received on" is — not the request's
own date ("receipt of your request dated …", "… sent on …")."""


def _basis(words: str) -> str:
    """How a receipt phrase dates the request (see :func:`received`)."""
    if _RECEIPT_ON.search(words):
        return "received"
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
        if _FORWARDED.match(original, match.end(), match.end() + 300):
            continue  # the agency forwarding it inside (Subject: FW: …): not the request's arrival
        line = " ".join(original[match.start() : original.find("\n", match.end())].split())
        return Found(day, line, (match.start("date"), match.end("date"))), "sent"
    return None


_FORWARDED = re.compile(
    r"(?:[^\n]*\n){0,3}?[^\S\n]*>*[^\S\n]*Subject\s*:\s*(?:RE:\s*)?(?:FW|FWD)\s*:", re.IGNORECASE
)
"""A quoted header block whose subject is a forward ("Subject: FW: Official Information…")."""


def extension_sentences(facts: Facts) -> list[tuple[int, int]]:
    """Sentences that announce an extension (not "we may need to extend")."""
    out = []
    for s, e in facts.sentences_matching(ph.EXTENSION_WORD, ph.EXTENSION_TIME_WORD):
        # Only words before (or just after) the first "extend" make it a possibility:
        # "If we need to extend…", but not "we are extending…; if you are unhappy…".
        word = ph.EXTENSION_WORD.search(facts.flat, s, e)
        upto = min(e, word.end() + 25) if word is not None else e
        if ph.CONDITIONAL.search(facts.flat, s, upto):
            continue
        if not _SAYS_EXTEND.search(facts.flat, s, e) and facts.search(ph.AMENDMENT_MENTION):
            continue  # "the new due date" of an amended request: the clock restarting (s 15(1AA))
        if _HOLIDAYS.search(facts.flat, s, e) and not _A_15A_EXTENSION.search(facts.flat, s, e):
            continue  # the summer holidays are no working days (s 2): no extension (s 15A)
        if _ANOTHER_REQUEST.search(facts.flat, s, e):
            continue  # "… made to extend the time limit to respond to your previous request"
        if _ANOTHER_DEADLINE.search(facts.flat, s, e) and not _THIS_REQUESTS.search(
            facts.flat, s, e
        ):
            continue  # "the Council extended the deadline for submissions": the topic's
        out.append((s, e))
    return out


_ANOTHER_DEADLINE = re.compile(
    r"\b(?:deadline|closing\s+date|period|date|time\s*frame|timeline)\s+for\s+(?:the\s+)?"
    r"(?:submissions?|consultation|feedback|applications?|tenders?|comments?|objections?"
    r"|nominations?|registrations?|entries|payments?|public\s+\w+)\b",
    re.IGNORECASE,
)
"""A deadline of something the request is about, not of the request: "the Council extended
the deadline for submissions to 26 June 2024" (round 15's fresh distractors) is no s 15A
extension."""
_THIS_REQUESTS = re.compile(
    r"\b(?:your|this)\s+(?:[\w'’-]+\s+){0,3}?request\b|\brespon(?:d|se)\b|\bdecision\b|\b15A\b",
    re.IGNORECASE,
)
"""Words that tie an extension sentence to the request after all ("… and to our response")."""


_ANOTHER_REQUEST = re.compile(
    r"\b(?:previous|earlier|prior|separate|another)\s+(?:[\w'’-]+\s+){0,3}?(?:request|OIA|LGOIMA)\b",
    re.IGNORECASE,
)
"""An extension sentence about another request (dev fyi-18942-stats-nz-release: "a decision
Stats NZ made to extend the maximum time limit to respond to your previous request"): not
this request's extension (s 15A extends one request's limit)."""

_A_YEAR = timedelta(days=366)


_HOLIDAYS = re.compile(
    r"\b(?:summer|Christmas|holiday|holidays|close-?down|shut-?down|non-working\s+days?"
    r"|25\s+December)\b",
    re.IGNORECASE,
)
"""Words of the summer break: the days from 25 December to 15 January are not working days
(OIA s 2, LGOIMA s 2), so a time frame "extended" over them is the Act's own count."""
_A_15A_EXTENSION = re.compile(
    rf"\b15A\b|\bsection\s+14\b|\b(?:by|an?\s+(?:additional|further|extra))\s+(?:{NUMBER})\s+"
    r"(?:more\s+)?working\s+days?\b|\b(?:consultation|large\s+quantity|search\s+through)",
    re.IGNORECASE,
)
"""Words of a real extension in the same sentence: the section, a length, or its grounds."""
_OTHER_THING_DUE = re.compile(
    r"\b(?:submissions?|applications?|payments?|invoices?|rates|fees?|feedback|comments|nominations?"
    r"|entries|rent|tax\s+returns?|consultation|tenders?|proposals?)\b[^.;]{0,30}?\bdue\b",
    re.IGNORECASE,
)
"""Something else falling due ("Submissions are due by 3 June"): not the answer's date."""
_TODAY_LAST_DAY = re.compile(
    r"\btoday\s+is\s+the\s+(?:final|last)\s+(?:working\s+)?day\b(?:\s+(?:for|to|of|in)\b)?",
    re.IGNORECASE,
)
"""The letter's own date named as the last day to respond ("today is the final day for
responding to your request")."""
_RANGE_TO = re.compile(rf"\s*,?\s*(?:to|until|till|[-–—])\s*(?:the\s+)?(?:{DATE})", re.IGNORECASE)
"""After a date, another that closes a period begun by it ("25 December 2024 to 15 January")."""


_SENDS_THE_INFORMATION = re.compile(
    r"\b(?:send|provide|release|give|forward|supply|email|post)\s+(?:it\s+|them\s+|you\s+)?(?:the|this"
    r"|that|these|those|our|a\s+copy\s+of\s+the)\s+(?:\w+\s+)?(?:information|documents?|material"
    r"|data|records?|copies|files?)\b",
    re.IGNORECASE,
)


def due_dates(facts: Facts, *, has_extension: bool, deciding: bool = False) -> DueDates:
    """The original due date and the extended one, by the words around each date.

    :mod:`.due_role` says which is which ("will now respond by", "originally due",
    "unable to respond by", "instead of"); an unmarked date is the extended date in a
    letter about an extension, else the original. In a letter that decides, a later day
    it promises ("we will endeavour to have our response to you no later than …") is when
    the decided information will follow, not the decision's due date.
    """
    letter = facts.letter_date.value if facts.letter_date else None
    original: Found[date] | None = None
    extended: Found[date] | None = None
    extended_at = 0
    restarted = not has_extension and bool(facts.search(ph.AMENDMENT_MENTION))
    notice_now = has_extension and bool(facts.search(ph.EXTENSION_NOW))
    seen: set[int] = set()
    for match, found in facts.dated((*ph.DUE, ph.DUE_PROMISED), future=True):
        at = match.start("date")
        if at in seen:
            continue
        seen.add(at)
        s_start, s_end = facts.text.sentence(at)
        if match.re is ph.DUE_PROMISED and (
            ph.PROMISE_MAYBE.search(facts.flat, s_start, s_end)
            or not ph.PROMISER.search(facts.flat, max(s_start, match.start() - 60), match.start())
        ):
            continue  # "we will let you know by 3 May whether …"; not the agency's promise
        if ph.REPLY_BY_YOU.search(facts.flat, s_start, at):
            continue  # "please let us know by 30 July": the requester's date, not the agency's
        if _OTHER_THING_DUE.search(facts.flat, max(s_start, match.start() - 60), at):
            continue  # "Submissions are due by 3 June": another thing's date
        if _RANGE_TO.match(facts.flat, match.end("date")):
            continue  # "this period is 25 December 2024 to 15 January 2025": a period's start
        if letter is not None and found.value < letter - _A_YEAR:
            continue  # a limit of this request runs from it: a misread year (see extension())
        if (
            deciding
            and (letter is None or found.value > letter)
            and re.search(r"\bwill\b", facts.flat[s_start:at], re.IGNORECASE)
            and (letter is not None or _SENDS_THE_INFORMATION.search(facts.flat, s_start, at))
        ):
            # the release promised after the decision (s 28(5): without undue delay); in a
            # letter with no date of its own, only where the sentence sends the information
            # ("We will send you the information by 22 January 2025", FYI request 29423)
            continue
        earlier = [m.end() for m in DATE_ANYWHERE.finditer(facts.flat, s_start, at)]
        is_extended = due_role.is_extended(
            facts.flat,
            start=max([s_start, *earlier]),
            phrase_start=max(s_start, match.start()),
            at=at,
            end=match.end("date"),
            extending=has_extension,
        )
        if is_extended and restarted and not _SAYS_EXTEND.search(facts.flat, s_start, s_end):
            # "you were advised that the new due date is 23 January 2024" after the request
            # was reframed: the 20 days restarting (s 15(1AA)), not an extension (s 15A)
            is_extended = False
        # a day already reached, in a notice of a new extension, closed an earlier one
        # (see extension()): neither this notice's day nor the original
        reached = notice_now and letter is not None and found.value <= letter
        if is_extended and extended is None and not reached:
            extended, extended_at = found, at
        elif not is_extended and original is None:
            original = found
    today = facts.search(_TODAY_LAST_DAY)
    if original is None and extended is None and today is not None and facts.letter_date:
        # "today is the final day for responding": the letter's own date is the due date
        original = facts.text.found(facts.letter_date.value, today.start(), today.end())
    return DueDates(original, extended, extended_at)


def implied_extension(facts: Facts, dues: DueDates) -> ExtensionFound | None:
    """An extension told only by its dates ("now … by 18 March, instead of 25 February").

    A letter (or an extract of one) that sets the date it now gives against the earlier
    due date moves the deadline, whether or not its sentence says "extend" (OIA s 15A,
    LGOIMA s 14). Only a later date, after words that mark it as the new one, and not
    in a letter about an amended request, whose new date may be the clock restarting
    (s 15(1AA)), not an extension.
    """
    new, old = dues.extended, dues.original
    if new is None or old is None or new.value <= old.value:
        return None
    if facts.search(ph.AMENDMENT_MENTION):
        return None
    # "As advised on 10 March, we will now respond by …": told before, not in this letter.
    told_before = _TOLD_BEFORE.search(facts.flat, *facts.text.sentence(dues.extended_at))
    return ExtensionFound(
        snippet=new.snippet,
        notice_date=None if told_before else facts.letter_date,
        notified_in_this_letter=not told_before,
        working_days=None,
        extended_to=new,
        grounds=(),
    )


_TOLD_BEFORE = re.compile(
    rf"{ph.EXTENSION_TOLD_BEFORE.pattern}|\bas\s+(?:(?:previously|already|earlier)\s+)?"
    r"(?:advised|notified|explained)\b",
    re.IGNORECASE,
)


_OPENING_ON = re.compile(r"\b(?-i:On)" + ph.OPENING_DATE.pattern.removeprefix("On"), re.IGNORECASE)


_CLAUSE_ON = re.compile(
    r"(?:Regarding|Concerning|As\s+to|With\s+regard\s+to|In\s+(?:relation|regard|response)\s+to"
    r"|For|As\s+for|Turning\s+to)\b[^.;,]{1,80},\s+on\s+(?:the\s+)?(?P<date>" + DATE + r"),?\s",
    re.IGNORECASE,
)
"""A sentence whose lead-in names what it is about, then its date: the date is its act's."""


def opening_date(
    facts: Facts, start: int, end: int, *, act_at: int | None = None
) -> Found[date] | None:
    """The date of a sentence that opens "On 10 October 2024, …".

    ``act_at``: where the act to date stands. A "sentence" the splitter ran on past a quoted
    text's end ("… refined your request to be for the following; “https://….pdf” On 2
    September 2022 we extended the time …", dev fyi-19992-dia-release) opens two acts: the
    act is dated by the last "On D," that opens a clause before it, not by the first.
    """
    found = _opening_date(facts, start, end)
    if found is None or act_at is None:
        return found
    opened = found.span
    later = [
        m
        for m in _OPENING_ON.finditer(facts.flat, start, act_at)
        if facts.text.original_offset(m.start("date")) > opened[0]
    ]
    if not later:
        return found
    day = facts.resolve(later[-1]["date"], future=False)
    if day is None:
        return found
    return facts.text.found(day, later[-1].start("date"), later[-1].end("date"))


def _opening_date(facts: Facts, start: int, end: int) -> Found[date] | None:
    """The date a sentence opens with (see :func:`opening_date`)."""
    if facts.until is not None:
        end = min(end, facts.until)  # a sentence run on into a quoted "On …, X wrote:"
        start = min(start, end)
    match = ph.OPENING_DATE.match(facts.flat, start, end)
    if match is None:
        # A paragraph that opens "On 10 October…" right under the greeting shares its
        # "sentence" with the heading (no full stop after "Dear Sam"): a capital "On".
        match = _OPENING_ON.search(facts.flat, start, end)
    if match is None:
        # the date opening the main clause after a short lead-in: "Regarding part two of your
        # request, on 11 October 2021 the time frame … was extended" (dev fyi-16724)
        match = _CLAUSE_ON.match(facts.flat, start, end)
    if match is None:
        return None
    day = facts.resolve(match["date"], future=False)
    return None if day is None else facts.text.found(day, match.start("date"), match.end("date"))


_RELEASE_PREPARATION = re.compile(
    r"\btime\s+to\s+(?:finish\s+|complete\s+)?(?:prepar|collat|compil|redact|format|provid"
    r"|releas|send|copy|scan)\w*\b",
    re.IGNORECASE,
)
_SAYS_EXTEND = re.compile(
    r"\bextend\w*|\bextension\b|\b15A\b"
    # "to advise more time was required to respond to your request" (fyi-23880): the time
    # limit's own words, not a refined request's restart
    r"|" + ph.TIME_REQUIRED + r"\s+to\s+(?:respond|reply|make\s+a\s+decision|decide)\b",
    re.IGNORECASE,
)


def extension(
    facts: Facts, sentences: list[tuple[int, int]], *, decision: bool, privacy: bool
) -> ExtensionFound | None:
    """The extension the letter announces or refers to, if any.

    In a letter that decides, "the Council requires further time to finish preparing the
    material" is time to release what was decided, not an extension of the time limit
    for deciding (OIA s 15A, LGOIMA s 14 extend the decision's limit).
    """
    if decision:
        sentences = [
            (s, e)
            for s, e in sentences
            if not (
                _RELEASE_PREPARATION.search(facts.flat, s, e)
                and not _SAYS_EXTEND.search(facts.flat, s, e)
            )
        ]
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
            word = ph.EXTENSION_WORD.search(facts.flat, start, end)
            act_at = word.start() if word is not None else None
            notice = opening_date(facts, start, end, act_at=act_at) if hit is None else hit[1]
        if extended_to is None:
            word = ph.EXTENSION_WORD.search(facts.flat, start, end)
            after = word.start() if word is not None else start
            hit = facts.first_dated([ph.EXTENSION_TO_IN_SENTENCE], future=True, within=(after, end))
            if hit is not None and (notice is None or hit[1].value != notice.value):
                extended_to = hit[1]
    if (
        extended_to is not None
        and facts.letter_date is not None
        and extended_to.value < facts.letter_date.value - _A_YEAR
    ):
        # an extension runs forward from a request the letter answers: a day more than a year
        # before the letter is a misread year (an OCR "2013" in a 2018 letter, dev
        # documentcloud-police-ir-01-18-12367-release), not this request's new limit
        extended_to = None
    told_before = any(ph.EXTENSION_TOLD_BEFORE.search(facts.flat, s, e) for s, e in sentences)
    now = any(ph.EXTENSION_NOW.search(facts.flat, s, e) for s, e in sentences)
    in_this_letter = notice is None and (now or (not decision and not told_before))
    if (
        in_this_letter
        and not now
        and extended_to is not None
        and facts.letter_date is not None
        and extended_to.value <= facts.letter_date.value
    ):
        # A notice extends a limit still running (OIA s 15A(3); LGOIMA s 14(3)): a letter
        # dated on or after the day the time was extended to is a later letter, not the
        # notice ("thank you for your patience with our need to extend … out to 23 March",
        # in the response dated 23 March). A letter that says it gives notice now is one,
        # whatever earlier day it also names (see :func:`beyond_the_letter`).
        in_this_letter = False
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


def beyond_the_letter(
    facts: Facts, ext: ExtensionFound, later: Found[date] | None
) -> ExtensionFound:
    """A notice's extended day, where the one first read was already reached.

    "Thank you for agreeing to extend the due date … until 31 March … I am therefore writing
    to formally notify you of an extension … no later than Friday1 May", in a notice of 31
    March (dev fyi-12094-otago-extension): the day reached closed an earlier extension, and
    the limit this notice extends runs past the letter (OIA s 15A(3)), to ``later`` — the
    extended due date read from the letter's promise (:func:`due_dates`).
    """
    if facts.letter_date is None or ext.extended_to is None or later is None:
        return ext
    letter = facts.letter_date.value
    if ext.notified_in_this_letter and ext.extended_to.value <= letter < later.value:
        return dataclasses.replace(ext, extended_to=later)
    return ext


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
                if re.search(
                    r"\d[.,]$", facts.flat[max(0, match.start("num") - 2) : match.start("num")]
                ):
                    continue  # "51.28 working days" (an average, dev fyi-21116): not 28 days
                number = parse_number(match["num"])
                # The words just before the number ("within 20 working days"), not before
                # the phrase: "has been extended by 15 days" is not "has 20 days".
                before = facts.flat[max(start, match.start("num") - 30) : match.start("num")]
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


_GROUND_REACH = 2
"""Sentences either side of an extension sentence in which its grounds are read."""


def _grounds(
    facts: Facts, sentences: list[tuple[int, int]], *, privacy: bool
) -> tuple[Found[ExtensionGround], ...]:
    """Grounds given in the extension sentences or the sentence after each; else nearby.

    Notices may give the reason before the act ("Unfortunately, consultations necessary
    to make a decision … Accordingly, the University has extended", dev fyi-16670) or two
    sentences after it ("The extension is required as … The information in scope of your
    request necessitates consultations", dev fyi-20377). Those wider sentences may hold
    the request quoted back ("who the police consulted"), so there only a ground's noun
    counts ("consultations", "the volume of information requested").
    """
    near: list[tuple[int, int]] = []
    wide: list[tuple[int, int]] = []
    for start, end in sentences:
        near.append((start, end))
        if end < len(facts.flat):
            near.append(facts.text.sentence(end))
        lo, hi = start, end
        for _ in range(_GROUND_REACH):
            lo = facts.text.sentence(lo - 1)[0] if lo > 0 else lo
            hi = facts.text.sentence(hi)[1] if hi < len(facts.flat) else hi
        wide.append((lo, hi))
    checks = [
        (ExtensionGround.LARGE_QUANTITY, ph.GROUND_LARGE_QUANTITY, ph.GROUND_LARGE_QUANTITY),
        (ExtensionGround.CONSULTATIONS, ph.GROUND_CONSULTATIONS, ph.GROUND_CONSULTATIONS_NOUN),
    ]
    if privacy:  # complexity is a ground only under the Privacy Act 2020, s 48(1)(c)
        checks.append((ExtensionGround.COMPLEXITY, ph.GROUND_COMPLEXITY, ph.GROUND_COMPLEXITY))
    found: list[Found[ExtensionGround]] = []
    for ground, pattern, noun in checks:
        match = next(
            (
                hit
                for hit in (
                    *(pattern.search(facts.flat, a, b) for a, b in near),
                    *(noun.search(facts.flat, a, b) for a, b in wide),
                )
                if hit is not None
            ),
            None,
        )
        if match is not None:
            found.append(facts.text.found(ground, match.start(), match.end()))
    return tuple(found)


def right_to_complain(facts: Facts) -> Found[str] | None:
    """Whether (and to whom) the letter mentions the right to complain."""
    match = facts.search(ph.RIGHT_TO_COMPLAIN)
    if match is None:
        return None
    body = " ".join((match["body"] or match["body2"]).split())
    name = "Privacy Commissioner" if body.lower().startswith("privacy") else "Ombudsman"
    return facts.text.found(name, match.start(), match.end())


_OTHER_REQUEST = re.compile(
    r"\b(?:previous|earlier|prior|other|separate|last|original|first)\s+(?:[\w-]+\s+)?requests?\b",
    re.IGNORECASE,
)


_RECEIVED_ON = re.compile(
    r"\b(?:received|receipt\s+of)\b[^.;]{0,60}?\bon\s+(?:the\s+)?\Z", re.IGNORECASE
)
"""Words that make the date after them the day a request was received ("we received your
request on …"), searched up to the date: that day is not also the decision's."""

_NOT_THE_DECISION = re.compile(
    # (not time to ready what was decided: "On 26 April 2024 we made a decision on your request
    # and noted that additional time was required to prepare material for release", fyi-26232)
    r"\b(?:more|further|additional|extra)\s+time\b(?!\s+(?:was|is|were|would\s+be)\s+(?:required"
    r"|needed)\s+to\s+(?:prepare|format|redact|finalise|collate|release|provide|send)\b)"
    r"|\bextend\w*|\bextension\b"
    r"|\btransfer\w*|\bclarif(?:y|ying|ication)\b|\brefine(?:ment)?\b|\backnowledg\w*"
    r"|\breview\s+(?:of\s+)?(?:our|my|the|this|that)\s+(?:\w+\s+)?(?:decision|response)\b"
    r"|\bOmbudsman\b|\bcomplain\w*|\breconsider\w*",
    re.IGNORECASE,
)
"""Words that make a sentence's earlier letter another step than this request's decision: a
letter asking for more time (s 15A), transferring (s 14), seeking clarification (s 15(1AA)),
acknowledging, or a decision now under review or complaint (s 28): its day is not the
decision's (s 28(5) measures the release against the decision)."""


_DECISION_WORD = re.compile(
    r"\b(?:decid\w*|decision|grant\w*|releas\w*|refus\w*|withh\w*|declin\w*)", re.IGNORECASE
)
"""A word of deciding: "our response dated D" dates a decision only beside one."""


_A_MAYBE_DECISION = re.compile(
    # in lower case: "On 31 May 2024 we decided to release" names a month, not a maybe
    r"(?-i:\b(?:may|might|could|would|likely\s+to|unless|[Ii]f)\b)[^.;]{0,40}?"
    r"\b(?:decided|decision|granted|grant|releas\w*|refus\w+|withh\w+|declin\w+)\b",
    re.IGNORECASE,
)
"""A decision word after a maybe: "your request may be refused", "would likely be declined"."""


def decision_days(facts: Facts) -> list[Found[date]]:
    """Each day the letter says a decision on this request was made, up to its own date.

    Not a decision on another request ("our response of 3 May to your previous
    request"): that day says nothing of this request's decision (s 28(5)).
    """
    letter = facts.letter_date.value if facts.letter_date else None
    days: list[Found[date]] = []
    for match, found in facts.dated(ph.DECISION_MADE, future=False):
        s_start, s_end = facts.text.sentence(match.start())
        if _OTHER_REQUEST.search(facts.flat, s_start, s_end):
            continue
        # the words of another step count in the clause that tells the decision: "the deadline
        # was extended to 13 October, when you were advised the Ministry had made a decision"
        # (a "when" clause opening at its day) is the decision's day, not the extension's
        clause_start = match.start() if match.group().startswith(match["date"]) else s_start
        if _NOT_THE_DECISION.search(facts.flat, clause_start, s_end):
            continue
        if not _DECISION_WORD.search(match.group()) and not (
            _DECISION_WORD.search(facts.flat, s_start, match.start())
            or _DECISION_WORD.search(facts.flat, match.end(), s_end)
        ):
            continue  # "I refer to … my response dated 4 May 2022": a letter, not a decision
        if _RECEIVED_ON.search(facts.flat, s_start, match.start("date")):
            # "We received your request on 1 March and have decided to release…": the day
            # is the receipt's, the object of "received … on" (s 15(1)), not the decision's
            continue
        if _A_MAYBE_DECISION.search(match.group()):
            # "On 14 February 2019, the Ministry advised you that your request may be refused
            # under section 18(f)" (dev fyi-9554-moh-decision): a warning (s 18B), not a decision
            continue
        if letter is None or found.value <= letter:
            days.append(found)
    return days


def decided_on(facts: Facts, days: list[Found[date]] | None = None) -> Found[date] | None:
    """The day a decision was made, where the letter states one before its own date.

    Two different days (a first decision and a later one on part of the request, or a
    misread date) leave it unknown: which was this request's the letter does not show, and
    a wrong day would misjudge s 28(5) undue delay (:func:`decision_in_doubt` then tells
    the checks that a decision may predate the letter).
    """
    days = decision_days(facts) if days is None else days
    if len({found.value for found in days}) > 1:
        return None
    return days[0] if days else None


def decision_in_doubt(facts: Facts, days: list[Found[date]] | None = None) -> Found[str] | None:
    """Words stating an earlier decision on days that disagree, so its day is unknown.

    A decision this letter dates only by itself may then have been made before it: a
    check that would call it late waits instead (as for any earlier response).
    """
    days = decision_days(facts) if days is None else days
    if len({found.value for found in days}) < 2:
        return None
    return Found(days[0].snippet, days[0].snippet, days[0].span)


def email_date(facts: Facts) -> Found[date] | None:
    """The Date: header of a saved email (:mod:`.formats.email_letter` writes it above the body)."""
    match = ph.EMAIL_HEADER_DATE.search(facts.text.original)
    if match is None:
        return None
    day = facts.resolve(match["date"], future=False)
    if day is None:
        return None
    return Found(day, " ".join(match.group().split()), (match.start("date"), match.end("date")))


def answers(facts: Facts) -> Found[str] | None:
    """Words showing the letter gives the requested information in its own text."""
    for match in facts.matches(ph.ANSWERED, 0, len(facts.flat)):
        start, _end = facts.text.sentence(match.start())
        if quote_open(facts.flat[max(0, start - 300) : match.start()]):
            continue  # the request, quoted
        return facts.text.found(match.group(), match.start(), match.end())
    return None


def responds(facts: Facts) -> Found[str] | None:
    """Words showing the letter is the response to the request (its decision), whatever it says."""
    for match in facts.matches(ph.RESPONDS, 0, len(facts.flat)):
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
    match = facts.search(ph.EARLIER_RESPONSE)
    return None if match is None else facts.text.found(match.group(), match.start(), match.end())


def charges(facts: Facts) -> Found[str] | None:
    """Words showing the letter gives notice of a charge for the information."""
    match = facts.search(ph.CHARGES)
    return None if match is None else facts.text.found(match.group(), match.start(), match.end())


def acknowledges(facts: Facts) -> Found[str] | None:
    """Words showing the letter acknowledges the request and an answer is to follow."""
    match = facts.search(ph.ACKNOWLEDGES)
    return None if match is None else facts.text.found(match.group(), match.start(), match.end())


def asks_now(facts: Facts, *, decision: bool) -> Found[str] | None:
    """Words by which this letter itself asks the requester to clarify or refine."""
    if decision:
        return None
    for match in facts.matches(ph.CLARIFICATION_ASKED_NOW, 0, len(facts.flat)):
        if own_ask(facts, match):
            return facts.text.found(match.group(), match.start(), match.end())
    return None
