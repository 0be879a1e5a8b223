"""When the agency asked the requester to clarify or refine, and when the requester answered.

OIA s 15(1AA) and (1AB) (LGOIMA s 13(1A), (1B)): where an agency seeks
clarification or amendment within 7 working days of receipt and the request is
amended or clarified, the agency *may* treat the amended request as a new one,
received the day the amendment arrived — the 20 working days then start again.
Otherwise the original deadline stands. So the reader needs three days and one
statement: when the agency asked, when the requester answered (or declined),
and whether the letter says the amended request is treated as new.

Letters tell this story in many wordings ("On 29 May 2024 we emailed you to ask
you to clarify…", "the Ministry contacted you to clarify the scope…", "On the
same date you replied…"). Besides the exact phrases of :mod:`.phrases`, each
day is read from a sentence's *features*: a word of clarifying (clarify,
refine, narrow, amend, scope), who acts (the agency — "we", "I", a named
body, "you were asked" — or the requester — "you replied"), a past-tense
verb of asking or answering, and a date placed as the day of that act
("On D, …", "… on D", "our email of D"). A sentence that only says what may
happen ("if we need to clarify…", "please clarify…") states no day.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterator
from datetime import date, timedelta

from oiaassist.reading import phrases as ph
from oiaassist.reading.facts import ClarificationFound, Facts, quote_open
from oiaassist.reading.patterns import DATE_ANYWHERE
from oiaassist.reading.quoted_request import in_quoted_request
from oiaassist.reading.text import Found

__all__ = [
    "answered_after_asked",
    "clarification",
    "clarified",
    "not_also_declined",
    "own_ask",
    "refinement_declined",
    "treated_as_new",
]

CLARIFY_WORD = re.compile(
    # ("Out of scope", a redaction's mark on released pages, dev fyi-32952, is no clarifying)
    # (nor "within scope of your request", fyi-23419: what a release's documents fall in)
    r"\b(?:(?:re-?)?clarif\w*|refin\w*|narrow\w*|amend\w*|re-?scop\w*"
    r"|(?<!out of )(?<!within )(?<!within the )(?<!\bin )scope"
    r"|prioriti[sz]\w*"
    r"|re-?fram\w*|re-?phras\w*|re-?word\w*"
    r"|limit\w*\s+(?:your|the|this)\s+(?:\w+\s+)?(?:request|questions?)"
    # the consultation s 18B asks for before a refusal for substantial collation (s 18(f))
    r"|substantial\s+collation|as\s+(?:currently\s+|presently\s+)?(?:framed|worded)|18B\b"
    r"|more\s+(?:detail"
    r"|specific)\w*|further\s+detail\w*|confirm(?:ing|ed)\s+(?:that\s+)?(?:your|the)\s+(?:\w+\s+)?"
    r"(?:request|scope)|confirm\s+(?:whether|which|what|if)\b|(?:further|more|additional)\s+"
    r"(?:information|details?)\s+(?:about|on|regarding|in\s+relation\s+to)\s+(?:your|the)\s+request)",
    re.IGNORECASE,
)
"""A word of clarifying or refining a request."""

_ASKED = re.compile(
    r"\b(?:(?P<agent>we|I|(?-i:[A-Z])[\w'’-]+\)?|(?:the\s+)?(?:Ministry|Council|Department|team|office"
    r"|agency|University|Commission|Authority)"
    # one of its staff: "a Metlink officer corresponded with you" (dev gwrc-2023-111)
    r"|(?:an?|our|the|one\s+of\s+our)\s+(?:[\w'’-]+\s+){0,2}?(?:officers?|advis[oe]rs?"
    r"|staff(?:\s+members?)?|team\s+members?|employees?|managers?|colleagues?"
    r"|representatives?))\s+(?:(?:then|also|subsequently|further|first"
    r"|again|had|have|has)\s+)?(?:asked|sought|requested|contacted|wrote\s+to|e-?mailed|phoned"
    r"|called|invited|proposed|suggested|reached\s+out|got\s+in\s+touch|spoke|followed\s+up|sent"
    r"|queried|checked|corresponded\s+with|met\s+with|discussed"
    # "On 18 February 2025, Inland Revenue attempted to clarify the scope of your request"
    r"|(?:attempted|tried|endeavou?red)\s+to\s+(?:clarify|refine|narrow|contact|discuss))"
    r"|\byou\s+were\s+(?:asked|contacted|invited|e-?mailed|sent|phoned|called|requested)"
    # the notice s 18B requires before a refusal for substantial collation, itself an invitation
    # to refine: "On 14 February 2019, the Ministry advised you that your request may be refused
    # under section 18(f)" (Ministry of Health, dev fyi-9554-moh-decision)
    r"|\b(?:advised|informed|notified|told|warned)\s+you\s+that\s+[^.;]{0,80}?\b(?:may|might|would"
    r"|could|(?:is|was)\s+likely\s+to)\s+(?:need\s+to\s+)?be\s+(?:refused|declined))\b",
    re.IGNORECASE,
)
"""The agency asking (past tense): "we emailed", "the Ministry contacted", "you were asked"."""

_ANSWERED = re.compile(
    r"\byou\s+(?:then\s+|subsequently\s+|kindly\s+|further\s+|also\s+)?(?:replied|responded"
    r"|re-?clarified|clarified|confirmed|refined|amended|narrowed|revised|agreed|accepted|provided|sent"
    r"|advised|wrote"
    r"|e-?mailed|answered|limited|reduced|specified|indicated)\b"
    r"|\byour\s+(?:reply|response|clarification|answer|e-?mail|clarified\s+request|refined\s+request"
    r"|amended\s+request|revised\s+request)\s+(?:of|dated|on|received\s+on|sent\s+on)\b"
    r"|\breceived\s+your\s+(?:clarification|reply|response|clarified|refined|amended|revised)\b"
    # the same act in the passive: "Your request was clarified on 3 May 2024"
    r"|\b(?:your|the|this)\s+(?:[\w'’-]+\s+){0,2}?request\s+(?:was|has\s+been)\s+(?:then\s+"
    r"|subsequently\s+|later\s+)?(?:clarified|refined|amended|narrowed|revised|re-?framed)\b"
    r"(?!\s+by\s+(?:us|me|the\s+(?-i:[A-Z])))"
    # your email of 18 September 2023 confirming that your request … is for (Kāinga Ora)
    r"|\byour\s+(?:e-?mail|letter|reply|response|message)\s+(?:of|dated|on)\s+[^.;]{0,30}?"
    r"\b(?:confirming|clarifying|refining|amending|narrowing|agreeing|limiting)\b"
    # Thank you for contacting Auckland Transport on 28 July 2016 and refining your request
    r"|\bthank(?:s|\s+you)\s+for\s+[^.;]{0,80}?\b(?:clarifying|refining|amending|narrowing"
    r"|confirming)\b",
    re.IGNORECASE,
)
"""The requester answering (past tense): "you replied", "your clarification of"."""

_NOT_A_FACT = re.compile(
    r"\b(?:if|once|when|until|unless|should|whether|may|might|could|would|will|can|please"
    r"|not|no|never)\b[^.;]*$",
    re.IGNORECASE,
)
"""Words before the act that make it a possibility, a wish or a denial, not a dated fact."""

_DAY_OF_ACT = re.compile(
    # "corresponded with you between 29 March and 3 April 2023 to refine" (Ministry of Health,
    # dev fyi-22280-moh-release): the act began on the first day
    r"(?:\bbetween\s+(?:the\s+)?|\bon\s+(?:the\s+)?|\b(?:e-?mail|letter|message|call|correspondence|reply|response"
    r"|clarification)\s+(?:of|dated|on|sent\s+on|received\s+on)\s+(?:the\s+)?|^\s*"
    r"|\b(?:contacted|e-?mailed|wrote\s+to|phoned|called|asked|told|advised)\s+(?:you|us|me)\s+)$",
    re.IGNORECASE,
)
"""Words just before a date that make it the day of an act ("on D", "our email of D",
"we contacted you 12 January 2023")."""

_SAME_DAY = re.compile(
    r"\b(?:(?:On\s+)?the\s+same\s+(?:date|day)|same\s+day"
    r"|(?:on\s+)?the\s+(?P<next>next|following)\s+(?:day|working\s+day))\b",
    re.I,
)
"""A day told by the act before it: "the same day", "on the next day" (the day after)."""


def _act_dates(
    facts: Facts, start: int, end: int, *, lo: int | None = None
) -> list[tuple[int, Found[date]]]:
    """The dates in ``[lo or start, end)`` written as the day of an act, not after the letter.

    ``start`` is where the sentence begins (a date there is the day of what follows).
    Each with its flat offset, in text order.
    """
    letter = facts.letter_date.value if facts.letter_date else None
    heading = facts.letter_date.span[0] if facts.letter_date else -1
    out = []
    for match in DATE_ANYWHERE.finditer(facts.flat, start if lo is None else lo, end):
        if facts.text.original_offset(match.start()) == heading:
            continue  # the letter's own date: a heading run into the first sentence ("Dear …")
        before = facts.flat[max(start, match.start() - 40) : match.start()]
        listed = _LISTED_DAYS.search(before)
        if not _DAY_OF_ACT.search(before) and listed is None:
            continue  # "information from 1 July 2024": the request's scope, not a day of it
        day = facts.resolve(match.group(), future=False)
        if day is None or (letter is not None and day > letter):
            continue
        at = match.start()
        if listed is not None:
            # "On 15 and 27 January 2025, my Office contacted you" (a Minister's office, dev
            # fyi-29617): the act was done on each listed day, first on the first
            try:
                day = day.replace(day=int(listed["day"]))
            except ValueError:
                continue
            at = match.start() - len(before) + listed.start("day")
        out.append((at, facts.text.found(day, at, match.end())))
    return out


_LISTED_DAYS = re.compile(
    r"\bon\s+(?:the\s+)?(?P<day>\d{1,2})(?:st|nd|rd|th)?(?:\s*,\s*\d{1,2}(?:st|nd|rd|th)?)*"
    r"\s*,?\s*(?:and|&)\s+$",
    re.IGNORECASE,
)
"""Days listed before a date that share its month and year: "On 15 and 27 January 2025"."""


_OUR_LETTER = re.compile(
    r"\b(?:our|my|the\s+(?:Ministry|Council|Department|agency|office)(?:'s|’s))\s+(?:\w+\s+)?"
    r"(?:e-?mail|letter|request|correspondence|message|reply|response|call)\s+"
    r"(?:(?:to\s+you\s+)?(?:of|dated|on|sent(?:\s+to\s+you)?\s+on))\s+(?:the\s+)?$",
    re.IGNORECASE,
)
"""Words before a date making it the day of the agency's own message ("our email of D")."""


def _agency_owns(facts: Facts, start: int, at: int, stop: int, where: int) -> bool:
    """Whether the date at ``where`` is the day of the agency's act, not the requester's answer.

    The requester answers what the agency asked, so one sentence often dates both: "We wrote
    to you on 20 September 2024 asking you to clarify …, and you responded" dates the asking
    (OIA s 15(1AA)); so does "you replied to our email of 20 September". A date is the
    agency's when the agency's act stands between it and the answer's words, or just before it.
    """
    lo, hi = (where, at) if where < at else (stop, where)
    clause = _clause_start(facts, start, where)
    for span in ((lo, hi), (clause, where)):
        if any((m["agent"] or "").lower() != "you" for m in _ASKED.finditer(facts.flat, *span)):
            return True
    return _OUR_LETTER.search(facts.flat[max(start, where - 60) : where]) is not None


def _act_date(
    facts: Facts,
    start: int,
    end: int,
    at: int,
    *,
    first: bool,
    act_end: int | None = None,
    answer: bool = False,
) -> Found[date] | None:
    """The day of the act at ``at``: a date written as a day just before or after it.

    ``first``: the earliest such date ("my email dated 19 November and follow up on
    21 November 2024, we requested…" asked first on 19 November), else the nearest to
    the act's words ``[at, act_end)`` ("Thank you for clarifying your request on D":
    the verb ends the words, and the date follows it). ``answer``: the act is the
    requester's, so a date the agency's own act owns is not its day (:func:`_agency_owns`).
    """
    stop = at if act_end is None else act_end
    near = [
        (o, f)
        for o, f in _act_dates(facts, start, min(end, stop + 120), lo=max(start, at - 120))
        if o <= stop + 80 and not (answer and _agency_owns(facts, start, at, stop, o))
    ]
    if not near:
        return None
    if first:
        return near[0][1]
    return min(near, key=lambda of: max(at - of[0], of[0] - stop, 0))[1]


def _same_day(facts: Facts, start: int, end: int) -> Found[date] | None:
    """'On the same date you replied': the last day of an act written before it."""
    same = _SAME_DAY.search(facts.flat, start, end)
    if same is None:
        return None
    # the act dated before it, in an earlier sentence or earlier in this one ("On 2 May we
    # asked you to clarify your request, and on the same day you replied"; "Further to my
    # email to you on 8 June 2021, seeking refinement …, you replied on the next day", dev
    # fyi-15619: the day after)
    before = _act_dates(facts, max(0, start - 600), same.start())
    if not before:
        return None
    found = before[-1][1]
    if same["next"] is None:
        return found
    if "working" in same.group().lower():
        return None  # the next working day needs the calendar: left unknown
    return facts.text.found(found.value + timedelta(days=1), same.start(), same.end())


def _clause_start(facts: Facts, start: int, at: int) -> int:
    """Where the clause holding ``at`` begins: after the last ',;:' or quote mark before it."""
    cut = max(
        (facts.flat.rfind(mark, start, at) for mark in (", ", ": ", "” ", '" ', "• ")),
        default=-1,
    )
    return max(start, cut + 1, at - 80)


def _clarify_word_in(facts: Facts, start: int, end: int) -> bool:
    """Whether a word of clarifying starts in ``flat[start:end]``.

    The words are found once over the whole letter (remembered by ``facts``), and each
    sentence asks by a binary search: the sentence-by-sentence searches, whose windows
    overlap, cost several times more on a long letter.
    """
    starts = [m.start() for m in facts.matches(CLARIFY_WORD, 0, len(facts.flat))]
    i = bisect_left(starts, start)
    return i < len(starts) and starts[i] < end


def _sentences_with(
    facts: Facts,
    act: re.Pattern[str],
    *,
    near: int = 0,
    follow: bool = False,
    until: int | None = None,
) -> Iterator[tuple[int, int, re.Match[str]]]:
    """Sentences stating ``act`` as a fact (not a maybe), in text order, up to ``until``.

    Each has a clarifying word in it or in the ``near`` characters before it, or (with
    ``follow``) the agency's account of asking to refine in the next two sentences.
    """
    for start, end in facts.text.sentences():
        if until is not None and start >= until:
            return
        if not _clarify_word_in(facts, max(0, start - near), end) and not (
            follow and act.search(facts.flat, start, end) and _told_after(facts, end)
        ):
            continue
        for match in act.finditer(facts.flat, start, end):
            clause = facts.flat[_clause_start(facts, start, match.start()) : match.start()]
            if _NOT_A_FACT.search(DATE_ANYWHERE.sub(" ", clause)):
                continue  # (the month "May" is no "may")
            yield start, end, match
            break


def sought_by_sentence(facts: Facts, until: int | None = None) -> tuple[Found[date], str] | None:
    """The first day a sentence says the agency asked to clarify or refine, and the sentence.

    See the module docstring for the features read. ``until``: only sentences starting
    before it.
    """
    for start, end, match in _sentences_with(facts, _ASKED, follow=True, until=until):
        if (match["agent"] or "").lower() == "you":
            continue
        found = _act_date(facts, start, end, match.start(), first=True)
        if found is not None:
            return found, facts.flat[start:end]
    return None


_TOLD = re.compile(
    r"\b(?:we|I|(?:the\s+)?(?:Ministry|Council|Department|team|office|agency|University))\s+"
    r"(?:then\s+|also\s+|further\s+)?(?:explained|advised|noted|told\s+you|said|suggested|asked"
    r"|proposed|outlined|indicated)\b",
    re.IGNORECASE,
)
"""The agency recounting what it told the requester ("We explained that …")."""


def _told_after(facts: Facts, end: int) -> bool:
    """Whether one of the two sentences after ``end`` recounts the agency asking to refine.

    "On 13 October 2022, we emailed you regarding the part of your request for … We
    explained that … would have likely resulted in a decline under section 18(f) … We asked
    you to consider a refinement" (dev fyi-20779): the dated contact is the asking.
    """
    for _ in range(2):
        if end >= len(facts.flat):
            return False
        n_start, n_end = facts.text.sentence(end)
        told = _TOLD.search(facts.flat, n_start, n_end)
        if told is not None and CLARIFY_WORD.search(facts.flat, told.end(), n_end):
            return True
        end = n_end
    return False


_NOT_AN_ANSWER = re.compile(
    r"\b(?:declin\w*|refus\w*|reject\w*|did\s+not|do\s+not|does\s+not|not\s+(?:wish|want|willing"
    r"|able)|unwilling|complain(?:ed|ing)?|(?:a|your)\s+complaint|extension|extend\w*|more\s+time"
    r"|delay\w*)\b",
    re.IGNORECASE,
)
"""Words after the requester's reply that make it something other than the clarification: a
refusal to refine (s 18(f) may follow), a complaint, or talk of time (s 15A)."""


_ASKING_US = re.compile(
    r"\b(?:requesting|seeking|asking\s+(?:us\s+)?for)\s+(?:further\s+|some\s+)?clarification"
    r"\s+(?:of|on|about|regarding)\b",
    re.IGNORECASE,
)
"""The requester asking the agency to clarify something of its own ("your email of 3 September
2024 … requesting clarification of OIA 109160", dev fyi-25226-moj-release): not an answer to
an agency's request for clarification (s 15(1AA))."""


def clarified_by_sentence(facts: Facts) -> Found[date] | None:
    """The last day a sentence says the requester clarified or amended (see module)."""
    last: Found[date] | None = None
    for start, end, match in _sentences_with(facts, _ANSWERED, near=300):
        if _NOT_AN_ANSWER.search(facts.flat, match.start(), min(end, match.end() + 60)):
            continue  # "you responded that you did not wish to refine it", "… to complain"
        if _ASKING_US.search(facts.flat, match.start(), end):
            continue
        found = _act_date(
            facts, start, end, match.start(), first=False, act_end=match.end(), answer=True
        ) or _same_day(facts, start, end)
        if found is not None:
            last = found
    return last


_ASK_NOW = re.compile(
    r"\b(?:(?:could|would|can|will)\s+you(?:\s+please)?|please|are\s+you\s+(?:able|willing|happy"
    r"|prepared)\s+to|(?:we|I)\s+(?:would\s+|must\s+|therefore\s+)?(?:ask|invite|suggest|propose"
    r"|recommend|encourage)\s+(?:that\s+)?you|(?:we|I)\s+(?:would\s+like|need)\s+you\s+to"
    r"|it\s+would\s+(?:help|assist)(?:\s+us)?\s+if\s+you|if\s+you\s+(?:could|can)(?:\s+please)?"
    r"|(?:we|I)\s+(?:are|am)\s+(?:now\s+)?seeking|would\s+it\s+be\s+possible"
    r"|(?:we|I)\s+(?:are|am)\s+(?:writing|contacting\s+you|getting\s+in\s+touch)\s+to\s+ask\s+"
    r"(?:whether|if)\s+you)\b",
    re.IGNORECASE,
)
"""Words of asking the requester, now: "could you", "we ask that you", "are you able to"."""
_ASK_OBJECT = re.compile(
    r"\b(?:clarify|clarification|refine|refinement|narrow|amend|specify|re-?scope|rephrase"
    r"|confirm\s+(?:which|what|whether|if|the\s+scope|that\s+your\s+request)|limit\s+(?:your|the)\s+"
    r"(?:request|scope)|reduce\s+the\s+scope|(?:provide|give)\s+(?:us\s+)?(?:more|further|additional)"
    r"\s+(?:details?|information\s+about\s+(?:what|which|the\s+scope))|tell\s+(?:us|me)\s+(?:more"
    r"|which|what))\b",
    re.IGNORECASE,
)
"""What the requester is asked to do: clarify, refine, narrow, say which or what."""
_NOT_ASKING = re.compile(
    r"\b(?:if|should)\s+you\s+(?:have|require|need|want|wish|would\s+like)\b|\bhesitate\b"
    r"|\b(?:if|should|when|where|once)\s+(?:we|I)\b|\bif\s+(?:necessary|needed|required)\b"
    r"|\b(?:may|might|will|could)\s+(?:need\s+to\s+)?(?:contact|be\s+in\s+touch|get\s+in\s+touch)",
    re.IGNORECASE,
)
"""A sentence that offers help or says what may happen is not this letter asking."""


_UNLESS_REFINED = re.compile(
    r"\bunless\s+(?:the|your|this)\s+request\s+is\s+(?:\w+\s+)?(?:narrowed|refined|amended|reduced"
    r"|clarified|limited|re-?scoped|rephrased)\b[^.;]{0,120}?\b(?:refus|declin)\w*",
    re.IGNORECASE,
)
"""The notice s 18B requires before a refusal for substantial collation (s 18(f)), given now:
"Unless the request is narrowed substantially, the University is likely to refuse it under
s 18(f)" (fyi-6093): an invitation to refine."""


def asked_now_by_sentence(facts: Facts) -> Found[str] | None:
    """Words by which this letter asks the requester to clarify or refine, by their features.

    A sentence that asks ("could you", "we ask that you", "are you able to", "we are
    seeking") for an act of clarifying ("clarify", "refine", "narrow", "confirm which",
    "tell us more") within a few words — not an offer ("if you have any questions"),
    not a maybe ("we may contact you to clarify"), not the request quoted back.
    """
    for start, end in facts.text.sentences():
        asking = next(
            (
                m
                for m in _ASK_NOW.finditer(facts.flat, start, end)
                if _ASK_OBJECT.search(facts.flat, m.end(), min(end, m.end() + 70))
            ),
            None,
        ) or _UNLESS_REFINED.search(facts.flat, start, end)
        if asking is None or _NOT_ASKING.search(facts.flat, start, end):
            continue
        if not own_ask(facts, asking):
            continue  # the request quoted back, with or without quotation marks
        return facts.text.found(facts.flat[start:end].strip(), start, end)
    return None


def clarification(facts: Facts, *, decision: bool) -> ClarificationFound | None:
    """The agency's request for clarification or refinement, past or in this letter."""
    hit = facts.first_dated(ph.CLARIFICATION_SOUGHT)
    if hit is not None:
        what = hit[0]["what"].lower()
        first = _first_asked(facts, hit[1], hit[0].start("date"))
        # an earlier account of asking stands before the phrase's sentence (it has a word
        # of clarifying: without one before, none is looked for)
        until = facts.text.sentence(hit[0].start())[0]
        by_sentence = (
            sought_by_sentence(facts, until=until) if _clarify_word_in(facts, 0, until) else None
        )
        if by_sentence is not None and by_sentence[0].value < first.value:
            # the agency asked more than once ("On 11 November … contacted you to clarify …
            # On the 12 November … contacted you for further clarification", dev fyi-29078):
            # the first asking is the one s 15(1AA) times, whichever wording found it
            first = by_sentence[0]
        return ClarificationFound(
            first,
            refinement=not what.startswith(("clarif", "more", "further")),
            asked_in_this_letter=False,
        )
    by_sentence = sought_by_sentence(facts)
    if by_sentence is not None:
        sought, sentence = by_sentence
        words = CLARIFY_WORD.findall(sentence)
        refinement = any(not w.lower().startswith(("clarif", "more", "further")) for w in words)
        return ClarificationFound(sought, refinement=refinement, asked_in_this_letter=False)
    if decision or facts.letter_date is None:
        return None
    asks = [
        m
        for m in facts.matches(ph.CLARIFICATION_ASKED_NOW, 0, len(facts.flat))
        if own_ask(facts, m)
    ]
    if not asks:
        by_features = asked_now_by_sentence(facts)
        if by_features is None:
            return None
        letter = facts.letter_date
        asked = Found(letter.value, by_features.snippet, letter.span)
        refinement = not re.search(r"\bclarif|\bconfirm|\btell\b", by_features.value, re.IGNORECASE)
        return ClarificationFound(asked, refinement=refinement, asked_in_this_letter=True)
    words = [next(g for g in m.groups() if g).lower() for m in asks]
    letter = facts.letter_date
    asked = Found(letter.value, facts.text.snippet(asks[0].start(), asks[0].end()), letter.span)
    refinement = any(
        not w.startswith(
            ("clarif", "confirm", "specify", "consult", "which", "what", "tell", "explain")
        )
        for w in words
    )
    return ClarificationFound(asked, refinement=refinement, asked_in_this_letter=True)


def own_ask(facts: Facts, ask: re.Match[str]) -> bool:
    """Whether an ask is the letter's own, not the request quoted back.

    With or without quotation marks: "could you please confirm whether your agency has …"
    inside the request a letter restates is the requester asking (fyi-14490).
    """
    start = facts.text.sentence(ask.start())[0]
    if quote_open(facts.flat[max(0, start - 300) : ask.start()]):
        return False
    return not in_quoted_request(facts.text.original, facts.text.original_offset(ask.start()))


def _first_asked(facts: Facts, found: Found[date], at: int) -> Found[date]:
    """The first of the days a sentence says the agency asked.

    "As per my email dated 19 November and follow up on 21 November 2024, we
    requested…": 19 November.
    """
    s_start, _end = facts.text.sentence(at)
    for match in DATE_ANYWHERE.finditer(facts.flat, s_start, at):
        day = facts.resolve(match.group(), future=False)
        before = facts.flat[max(s_start, match.start() - 30) : match.start()]
        if (
            day is not None
            and day < found.value
            and re.search(
                r"\b(?:e-?mail|letter|call|message|contact\w*)\b[^.;]*$", before, re.IGNORECASE
            )
        ):
            return facts.text.found(day, match.start(), match.end())
    return found


_ANSWER_WORDS = re.compile(
    r"clarif|refin|amend|narrow|scope|agree|accept|confirm|reword|refram|rephras", re.IGNORECASE
)


_DECLINED = re.compile(
    r"\byou\s+(?:then\s+|subsequently\s+)?(?:declined|refused|rejected|did\s+not\s+(?:agree|accept"
    r"|wish|want)|chose\s+not|were\s+(?:not\s+willing|unwilling)|advised\s+(?:us\s+|me\s+)?that\s+"
    r"you\s+(?:did|do|would)\s+not)\b",
    re.IGNORECASE,
)
"""The requester declining (past tense): "you declined", "you advised that you did not wish"."""


def refinement_declined(facts: Facts) -> Found[date] | None:
    """When the requester declined the agency's refinement (OIA s 18(f) may then apply)."""
    hit = facts.first_dated(ph.REFINEMENT_DECLINED)
    if hit is not None:
        return hit[1]
    for start, end, match in _sentences_with(facts, _DECLINED, near=300):
        found = _act_date(facts, start, end, match.start(), first=False)
        if found is not None:
            return found
    return None


def answered_after_asked(
    answered: Found[date] | None, asked: ClarificationFound | None
) -> Found[date] | None:
    """``answered`` unless it is before the day the agency asked: then one of the two is misread.

    A requester clarifies what the agency asked (OIA s 15(1AA)); an answer dated before
    the asking cannot be that answer, and which of the two days is wrong the letter does not
    show, so the answer's day is left unknown rather than guessed.
    """
    if answered is None or asked is None or asked.asked_in_this_letter:
        return answered
    return None if answered.value < asked.sought.value else answered


def not_also_declined(
    answered: Found[date] | None, declined: Found[date] | None
) -> Found[date] | None:
    """``answered`` unless the letter reads the same day as the refinement declined.

    One reply that both clarified and declined to refine is read two ways; which the
    letter means (OIA s 15(1AA) restarts the clock only for an amended request) it does
    not show, so the clarified day is left unknown.
    """
    if answered is not None and declined is not None and answered.value == declined.value:
        return None
    return answered


def clarified(facts: Facts) -> Found[date] | None:
    """When the requester clarified or amended the request."""
    for match, found in facts.dated(ph.CLARIFIED, future=False):
        s_start, s_end = facts.text.sentence(match.start())
        if _NOT_AN_ANSWER.search(facts.flat, match.start(), min(s_end, match.end() + 80)):
            # "On 15 April you responded that you did not wish to refine it"; "In your reply
            # of 5 May you declined to refine your request": what the reply said follows it
            continue
        if _ANSWER_WORDS.search(facts.flat, s_start, s_end):
            return found
    return clarified_by_sentence(facts)


TREATED_AS_NEW = re.compile(
    r"\b(?P<not>not\s+(?:be\s+)?)?(?:treat|consider|deem|regard)(?:ed|ing)?\s+(?:your\s+|the\s+"
    r"|this\s+|it\s+)?(?:[\w-]+\s+){0,3}?(?:as|to\s+be)\s+(?:a\s+)?new(?:\s+request)?\b",
    re.IGNORECASE,
)
"""The agency says it treats (considers, deems, regards) the amended request as new — or not."""
MAYBE = re.compile(r"\b(?:may|might|could|can|if|whether)\b[^.;]{0,30}$", re.IGNORECASE)
"""Words that make the phrase just after them a possibility, not a statement."""


def treated_as_new(facts: Facts) -> Found[bool] | None:
    """Whether the letter says the clarified request is treated as a new one (s 15(1AA)).

    Only in a sentence about the amended request: "as we have transferred this
    request, it is effectively a new request made to that agency" is about a transfer
    (s 14), not s 15(1AA).
    """
    for match in facts.matches(TREATED_AS_NEW, 0, len(facts.flat)):
        if MAYBE.search(facts.flat, max(0, match.start() - 40), match.start()):
            continue  # "we may treat it as a new request" states a possibility only
        s_start, s_end = facts.text.sentence(match.start())
        if re.search(r"\btransfer", facts.flat[s_start:s_end], re.IGNORECASE):
            continue
        return facts.text.found(match["not"] is None, match.start(), match.end())
    return None
