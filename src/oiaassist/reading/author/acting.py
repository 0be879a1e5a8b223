"""The one body a letter's own sentences make the actor: a last resort, by sentence shape.

The other finders read a letter's zones (sender, signature, letterhead) and the
sentences in which an author names itself by the acts of ss 13-19 OIA. A letter in an
unfamiliar layout may show its author only in ordinary prose: "Police requires until
25 July", "Horizons does not keep…", "seek a review of Auckland Council's refusal",
"On behalf of Maritime NZ I would like to apologise". Listing such verbs does not
generalise (a new letter uses a new verb), so this module reads the *shape* of the
sentence instead:

* the body is the **subject of a finite verb** in a clause about the request's own
  business (the statute's words: request, information, hold, decide, extend, release,
  refuse, respond…): its name followed by an auxiliary or modal ("has", "is", "will",
  "can", "does not"), a past tense ("decided", "received"), or a present tense with an
  object ("holds the", "requires until", "considers that");
* or the **owner of the decision** ("X's decision", "X's refusal", "X's response") —
  in the right-to-complain sentence (s 28(3) OIA, s 27(3) LGOIMA) the body whose decision
  the Ombudsman may review is the one that made it;
* or the letter is written **on behalf of** it, or an email disclaimer speaks for it
  ("does not necessarily reflect the views of X");
* or the short form the letter gives it ("the Ministry of Social Development (the
  Ministry)") is such a subject ("Although the Ministry holds information…").

Never a mere mention: a sentence about a transfer, a consultation, a referral or a
complaint *to* a body; a body the letter transfers the request (or part of it) to,
wherever it then acts ("…transferred to BOPRC. BOPRC will respond"); a question or
the request quoted back (after "You requested:" and in quotation marks); a Minister
(a ministry's letter says "the Minister has decided…" of someone else); reported words
("we understand that Police hold…") and the writer as the object ("Police have advised
us…"): another body acting, as the writer tells it. And only when
exactly one body is so named: two bodies acting in one letter (a council and the
regional council it worked with) is evidence in conflict, and the answer is None.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

from oiaassist.agencies import Agency, AgencyKind, all_agencies
from oiaassist.agencies.normalise import fold
from oiaassist.reading.author.names import (
    _INSIDE,
    _ORGANISATION,
    _name_core,
    _names,
    inside_longer,
)
from oiaassist.reading.author.self_reference import (
    _end_headings,
    _quoted_spans,
    _sentence_around,
    _transferred_to,
    unlisted_names,
    without_names,
)
from oiaassist.reading.author.zones import request_spans, unclosed_quote

_AUXILIARY = (
    r"(?:has|have|had|is|are|was|were|will|would|can|cannot|can['’]t|could|does|did|do|may"
    r"|must|should|shall|might|wishes|intends|aims|also|currently|now|only|therefore|then)"
)
_NOT_VERB = (
    r"(?:the|a|an|this|that|these|those|your|our|their|its|his|her|my|all|any|some|each"
    r"|other|another|which|whom|what|whether|be|[^a-z\s])"
)
"""After "…ed to": a determiner, a name or a number, not an infinitive ("transferred to the
Ministry", "referred to Police"): the past tense there is a participle, not the act."""
_IRREGULAR_PAST = (
    r"(?:undertook|made|held|sent|sought|found|gave|took|wrote|began|kept|paid|spent|chose|did"
    r"|had|met|knew|thought|understood|became|brought|got|put|set|told|saw)"
)
"""Past tenses of common irregular verbs ("The Ministry of Transport (the Ministry)
undertook an analysis", silver s27571): a finite verb as "…ed" is."""
_VERB_AFTER = re.compile(
    rf"^(?:\s*\([^()]{{1,40}}\))?(?:['’]s(?:\s+[\w-]+){{0,3}}?\s+(?:[Tt]eam|[Uu]nit|[Oo]ffice"
    r"|[Dd]ivision|[Gg]roup|[Ss]ervices|[Ss]taff))?"
    rf"\s+(?:{_AUXILIARY}\b"
    r"|(?!(?:dated|titled|entitled|named|called|headed|related|based|owned|addressed|attached"
    r"|listed)\b)[a-z]{3,}ed\b"
    r"(?!\s+(?:by|in|on|at|for|from|with|under)\b)(?!\s+to\s+" + _NOT_VERB + r")"
    rf"|{_IRREGULAR_PAST}\b(?!\s+(?:by|in|on|at|for|from|with|under|to)\b)"
    r"|[a-z]{3,}[^s\W]s\s+(?:the|a|an|that|this|these|those|its|your|you|no|all|any|some|until"
    r"|to|receipt|information|records?|data|it|them)\b)",
)
"""After the body's name (or its team's: "KiwiRail’s Official Correspondence Unit
received"): a finite verb (an auxiliary or modal, a past tense not used as an adjective —
"Council owned by" —, or a present tense taking an object)."""

_OWNER_AFTER = re.compile(
    r"^['’]?s?\s+(?:decision|decisions|refusal|response|reply|determination)\b",
    re.IGNORECASE,
)
"""After the body's name: its decision, refusal or response ("Auckland Council's refusal")."""

_PREPOSITION_BEFORE = re.compile(
    r"\b(?:from|to|by|with|of|for|in|on|at|about|against|between|and|or|than|into|via)"
    r"\s+(?:the\s+)?$",
    re.IGNORECASE,
)
"""A preposition just before the name: the body is an object, not the clause's subject."""
_VOICED_BEFORE = re.compile(
    r"\b(?:I|we)\s+(?:can\s+|would\s+like\s+to\s+|wish\s+to\s+)?(?:advise|confirm|inform\s+you"
    r"|assure\s+you)\s+(?:you\s+)?that\s+(?:the\s+)?$",
    re.IGNORECASE,
)
"""The writer's own voice vouching for the body's act: "I can advise that X is not
currently advertising" (fyi-25779): the writer speaks for X, whatever the verb."""
_REPORTED_BEFORE = re.compile(
    r"\b(?:understand|understood|believe|(?<!please\s)note|noted|aware|been\s+(?:advised|informed|told)"
    r"|told|heard|learned|learnt|suggest(?:ed|s)?|expect)\s+(?:that\s+)?(?:the\s+)?$",
    re.IGNORECASE,
)
"""Reported words: "we understand that Police hold…", "we have been advised that X
will…": another body, as the writer reports it. Not "Please note that PHARMAC approaches
its assessment of requests" (dev pharmac-keytruda-hepc): the writer telling the reader."""
_WRITER_AS_OBJECT = re.compile(
    r"^[^.;:]{0,60}?\b(?:us|me|this\s+office|our\s+(?:office|ministry|council|agency|department"
    r"|organisation|team))\b",
    re.IGNORECASE,
)
"""The writer as the object of the body's act ("Police have advised us", "X asked me"):
a third party acting on the writer, not the writer."""
_REPORTS_AFTER = re.compile(
    r"^\s+(?:(?:has|have|had)\s+)?(?:\w+ly\s+)?(?:advised|informed|told|indicated|confirmed"
    r"|noted|stated|said|reported)\b(?!\s+(?:you|your)\b)",
    re.IGNORECASE,
)
"""A body's words reported ("As Police have advised, we do not hold it"): another body,
as the writer tells it, unless the body tells the requester itself ("X has advised you")."""
_LONGER_NAME_BEFORE = re.compile(r"([A-ZĀĒĪŌŪ][\w'’-]*)\s+$")
"""A capitalised word just before the name: with it, the name may be a longer directory
name ("Greater Wellington Regional Council" holds "Wellington Regional Council"), read
under that name instead."""
_BEHALF_BEFORE = re.compile(
    r"\bon\s+behalf\s+of\s+(?:the\s+)?(?:(?-i:[A-Z][\w-]*)\s+){0,3}?(?:(?-i:[A-Z][\w-]*)\s+"
    r"(?:of|for)\s+(?:the\s+)?)?$",
    re.IGNORECASE,
)
"""Written for the body, or for its chief executive by title: "On behalf of the
Director-General of the Department of Conservation, I confirm receipt" (silver s9451)."""
_VIEWS_BEFORE = re.compile(
    r"\b(?:reflect|represent)s?\s+(?:the\s+)?(?:views?|opinions?|position|policy)\s+of\s+(?:the\s+)?$",
    re.IGNORECASE,
)
"""An email disclaimer's "does not necessarily reflect the views of X": X sent it (not
"the commercial position of X", which is a mention)."""
_PROCESS = re.compile(
    r"\b(?:requests?|information|respon(?:d|ds|ded|ding|se|ses)|repl(?:y|ies)|decision"
    r"|decid\w+|extend\w*|extension|working\s+days?|hold|holds|held|releas\w+|withh\w+|refus\w+|declin\w+|grant\w*|OIA"
    r"|LGOIMA|Act|section|s\s?\d+|charg\w+|publish\w*|considered|search\w*|locat\w+|identif\w+"
    r"|documents?|records?|emails?|correspondence|until|acknowledg\w+|enquir\w+|clarif\w+"
    r"|refin\w+|apologis\w+|delay\w*|obligations?)\b",
    re.IGNORECASE,
)
"""The request's own business in the words of ss 12-19 OIA (ss 10-18 LGOIMA): a request,
its information, holding, searching, deciding, extending, releasing, refusing, charging,
responding. A body named as the subject of a clause about these acts on the request; one
that "confirmed that it will suspend use of helicopters" is the subject of the *content*
the letter reports (fyi-1858), and names no author."""

_MENTION = re.compile(
    r"\b(?:transferr?\w*|consult\w*|referr(?:ed|ing)|complain\w*|investigat\w*|forward\w*"
    r"|better\s+placed|more\s+closely\s+connected|ombudsman"
    r"|(?:re)?direct(?:ed|ing)?\s+(?:\w+\s+){0,3}?to|wish\s+to\s+contact|suggest\s+(?:that\s+)?you"
    r"|on\s+behalf\s+of\s+(?:you|your|the\s+requester))\b",
    re.IGNORECASE,
)
"""Words beside a body that make it one the letter talks *about* (a transfer, a
consultation, a referral, a complaint): anywhere near the name in its sentence."""
_REQUEST_VOICE = re.compile(
    r"\b(?:asked|asking|requested|requesting|seeking|sought|whether|why|how\s+(?:many|much|often)"
    r"|request\s+(?:relating|related|regarding|about|concerning|in\s+relation))\b",
    re.IGNORECASE,
)
"""Words before a body that put it inside the request ("you asked whether X has…"), or
make it the request's subject ("Official Information Act request relating to the
legislation and advice the Māori Health Authority (MHA) is based on", a DPMC letter's
heading, silver s19380)."""
_REVIEW = re.compile(r"\breview\b", re.IGNORECASE)

_LINE_AFTER_SENTENCE = re.compile(r"[.”\"?)][^\S\n]*\n[^\S\n]*(?=\S)")
"""A sentence's end, then a new line: where the letter's own answer may begin."""
_MOST_NAME_WORDS = 8


@lru_cache(maxsize=1)
def _line_names() -> frozenset[str]:
    """Every directory name a line may open with, folded (one-word names too)."""
    return frozenset(
        fold(name) for agency in all_agencies() for name in _names(agency, aliases=True, words=True)
    )


def _answer_begins(text: str, start: int, end: int) -> int:
    """Where the request quoted back in ``text[start:end]`` gives way to the letter's answer.

    The quoted request runs to a blank line or to a line in the letter's own voice
    (:func:`~oiaassist.reading.author.zones.request_spans`); the answer may also open
    with a body as the subject of a finite verb: "…(numbered for ease of response) /
    Oranga Tamariki do not hold decision papers relating to…" (dev fyi-25455), "The
    Ministry of Health does not hold any information relating to…" (dev fyi-18009).
    """
    names = _line_names()
    for line in _LINE_AFTER_SENTENCE.finditer(text, start, end):
        at = line.end()
        words = text[at : at + 200].split()[: _MOST_NAME_WORDS + 1]
        if words and words[0].lower() == "the":
            words, lead = words[1:], 1
        else:
            lead = 0
        for size in range(min(len(words), _MOST_NAME_WORDS), 0, -1):
            if fold(" ".join(words[:size])) not in names:
                continue
            said = re.match(rf"\s*(?:\S+\s+){{{size + lead - 1}}}\S+", text[at:])
            if said and _VERB_AFTER.match(text[at + said.end() : at + said.end() + 60]):
                return at
            break
    return end


def _flatten(text: str) -> str:
    """The letter as one line, the request quoted back blanked out (offsets kept)."""
    pieces, last = [], 0
    for start, span_end in request_spans(text):
        if start < last:
            continue
        end = _answer_begins(text, start, span_end)
        # the request blanked out ends the sentence that introduced it ("You requested the"
        # / "On 26 January Treasury attempted…"): a full stop in its first place
        blank = re.sub(r"\S", " ", text[start:end])
        pieces += [text[last:start], f".{blank[1:]}" if blank else blank]
        last = end
    pieces.append(text[last:])
    return " ".join(_end_headings("".join(pieces)).split())


def acting_body(
    text: str, allowed: tuple[Agency, ...], listed: frozenset[str] = frozenset()
) -> tuple[Agency | None, str, str] | None:
    """The one body the letter's own sentences make the actor: (agency, name, sentence).

    ``agency`` is None for a body the directory lacks whose name has a body's shape
    ("Lincoln University", "Transpower New Zealand Limited"; ``listed`` holds the
    directory's folded names, which are not such bodies). None when no body, or more
    than one, is so named. A body the directory lacks named once in full and once
    shorter ("Te Whare Wānaka o Aoraki Lincoln University", "Lincoln University") is one
    body: the longer name is tried first and the shorter one inside it adds no body.
    """
    flat = _flatten(text)
    quoted = _quoted_spans(flat) + unclosed_quote(flat)
    found = _listed_acting(flat, allowed, quoted, listed)
    for at, agency, sentence in _terms_acting(flat, allowed, quoted, listed):
        if agency.id not in found or at < found[agency.id][0]:
            found[agency.id] = (at, agency, agency.name, sentence)
    for name in sorted(_unlisted_names(flat, listed), key=len, reverse=True):
        same = [k for k, v in found.items() if v[1] is None and f" {fold(name)} " in f" {k} "]
        if same:  # the same body said shorter: the letter's own short name is kept
            at, _none, _long, said = found[same[0]]
            found[same[0]] = (at, None, name, said)
            continue
        hit = _first_acting(flat, name, quoted)
        moved = (
            rf"transfer(?:red|ring)?\s+(?:\S{{1,60}}\s+){{0,3}}?to\s+(?:the\s+)?{_name_core(name)}"
        )
        if hit is not None and not re.search(moved, flat, re.IGNORECASE):
            found[fold(name)] = (hit[0], None, name, hit[1])
    if len(found) != 1:
        return None  # nobody, or two bodies acting: evidence in conflict
    _at, body, name, sentence = next(iter(found.values()))
    return body, name, sentence


_DEFINED = re.compile(
    r"\s*\((?:the\s+)?(?P<term>Ministry|Department|Council|Commission|Agency|Authority"
    r"|University|Board|Corporation|Service|Trust|Institute)\)"
)
"""A body's name given a short form the letter goes on to use: "… (the Ministry)"."""


def _defined_terms(flat: str, allowed: tuple[Agency, ...]) -> dict[Agency, str]:
    """Each body the letter names with a short form ("the Ministry"), and that form.

    "…transferred to the Ministry of Social Development (the Ministry). Although the
    Ministry holds information…" (fyi-16008): the letter then speaks as "the Ministry".
    A short form given to two bodies names neither. Only the words just before each
    "(the …)" are compared with the directory's names: one pass over the letter.
    """
    owners: dict[str, list[Agency]] = {}
    for defined in _DEFINED.finditer(flat):
        before = f" {fold(flat[max(0, defined.start() - 150) : defined.start()])}"
        for agency in allowed:
            if agency.kind is AgencyKind.MINISTER or agency in owners.get(defined["term"], []):
                continue
            if any(before.endswith(f" {fold(name)}") for name in _names(agency, aliases=True)):
                owners.setdefault(defined["term"], []).append(agency)
    return {found[0]: f"the {term}" for term, found in owners.items() if len(found) == 1}


def _terms_acting(
    flat: str, allowed: tuple[Agency, ...], quoted: list[tuple[int, int]], listed: frozenset[str]
) -> list[tuple[int, Agency, str]]:
    """Bodies whose short form ("the Ministry") acts on the request, and where.

    Not a body the writer itself transfers the request to, and not in the future tense
    a transferee is spoken of in ("The Ministry will respond to you").
    """
    out = []
    for agency, term in _defined_terms(flat, allowed).items():
        hit = _first_acting(flat, term, quoted, listed)
        if hit is None or _transferred_away(flat, agency):
            continue
        if re.match(r"\s*(?:will|would\s+be\s+in\s+touch)\b", flat[hit[0] + len(term) :]):
            continue
        out.append((hit[0], agency, hit[1]))
    return out


def _transferred_away(flat: str, agency: Agency) -> bool:
    """Whether the writer itself transfers the request to ``agency`` ("I have transferred…").

    A passive "this part of your request was transferred to X" may be X explaining how
    the request reached it; a first-person transfer sends it away from the writer.
    """
    return any(
        re.search(
            rf"\b(?:I|we)\s+(?:\w+\s+){{0,3}}?transfer(?:red|ring)?\s+(?:\S{{1,60}}\s+){{0,6}}?"
            rf"to\s+(?:the\s+)?{_name_core(name)}",
            flat,
            re.IGNORECASE,
        )
        for name in _names(agency, aliases=True)
    )


def _listed_acting(
    flat: str, allowed: tuple[Agency, ...], quoted: list[tuple[int, int]], listed: frozenset[str]
) -> dict[str, tuple[int, Agency | None, str, str]]:
    """Each directory body named as the actor, by id: (where, agency, name, sentence)."""
    folded = f" {fold(flat)} "
    words = set(folded.split())  # a name whose first word is absent is not named: no scan
    found: dict[str, tuple[int, Agency | None, str, str]] = {}
    for agency in allowed:
        if agency.kind is AgencyKind.MINISTER:
            continue
        for name in _names_written(agency, folded, words):
            hit = _first_acting(flat, name, quoted, listed)
            if hit is not None and _transferred_to(flat, folded, agency):
                break  # "…transferred to BOPRC. BOPRC will respond": the transferee acts
            if hit is not None and (agency.id not in found or hit[0] < found[agency.id][0]):
                found[agency.id] = (hit[0], agency, agency.name, hit[1])
    return found


@lru_cache(maxsize=1024)
def _folded_names(agency: Agency) -> tuple[tuple[str, str, str], ...]:
    """Each name of ``agency`` (with one-word names), folded, and its folded first word."""
    out = []
    for name in _names(agency, aliases=True, words=True):
        bare = fold(name)
        out.append((name, bare, bare.split(" ", 1)[0]))
    return tuple(out)


def _names_written(agency: Agency, folded: str, words: set[str]) -> Iterator[str]:
    """Each name of ``agency`` the letter writes, by cheap tests before any search.

    ``folded`` is the folded letter with a space at each end; ``words`` its words. A name
    whose first word is absent, or that does not occur whole (or plural), is not named.
    """
    for name, bare, first in _folded_names(agency):
        if first not in words and f"{first}s" not in words:
            continue
        if f" {bare} " not in folded and f" {bare}s " not in folded:
            continue
        yield name


def _unlisted_names(flat: str, listed: frozenset[str]) -> set[str]:
    """Names shaped like a body's ("Lincoln University") that the directory lacks.

    A longer name holding a directory name is the directory's body said at length, and
    is left out.
    """
    names = unlisted_names(flat)
    return {n for n in names if _body_shaped(n) and not _holds_listed(fold(n), listed)}


def _body_shaped(name: str) -> bool:
    """Whether ``name`` ends as a body's name does ("… University", "… Limited").

    A te reo name alone ("Te Kotahitanga") may be a programme's or a place's: without
    the directory to say it is a body, it is not taken as one.
    """
    match = _ORGANISATION.match(name)
    return match is not None and match["name"] == name and len(name.split()) >= 2


def _holds_listed(folded: str, listed: frozenset[str]) -> bool:
    framed = f" {folded} "
    return folded in listed or any(len(n) > 4 and f" {n} " in framed for n in listed)


def _first_acting(
    flat: str, name: str, quoted: list[tuple[int, int]], listed: frozenset[str] = frozenset()
) -> tuple[int, str] | None:
    """The first place ``name`` is named as the actor in ``flat``, and its sentence."""
    for match in _pattern(name).finditer(flat):
        start, end = match.span()
        if not flat[start + _article(flat, start, end)].isupper():
            continue  # a common noun, not the body's proper name: "corrections were made to…"
        if any(a <= start < b for a, b in quoted):
            continue
        if _INSIDE.search(flat, max(0, start - 12), start) or inside_longer(flat, start, end):
            continue  # the tail of a longer name ("Upper Hutt City Council")
        before = flat[max(0, start - 40) : start]
        longer = _LONGER_NAME_BEFORE.search(before)
        if longer is not None and fold(f"{longer[1]} {flat[start:end]}") in listed:
            continue  # "the Greater Wellington Regional Council": a longer directory name
        after = flat[end : end + 60]
        owner = bool(_OWNER_AFTER.match(after))
        acting = (
            owner
            or bool(_BEHALF_BEFORE.search(flat, max(0, start - 90), start))
            or bool(_VIEWS_BEFORE.search(before))
            # "received from Waka Kotahi was…": the object of a preposition is no subject
            or (
                bool(_VERB_AFTER.match(after))
                and not _PREPOSITION_BEFORE.search(before)
                and not _REPORTED_BEFORE.search(before)
                and not _WRITER_AS_OBJECT.match(after)
                and not _REPORTS_AFTER.match(after)
                and bool(
                    _VOICED_BEFORE.search(before) or _PROCESS.search(_clause(flat, start, end))
                )
            )
        )
        if not acting:
            continue
        sentence = _sentence_around(flat, start, end)
        if _long_before(flat, sentence):
            continue  # the subject matter's history, not an act on this request
        stop = re.search(r"[.?!](?=\s|$)", flat[end : end + 400])
        if stop is not None and stop.group() == "?":
            continue  # a question: the request's words
        at = sentence.find(flat[start:end])
        if at < 0:
            continue
        near = sentence[max(0, at - 120) : at + (end - start) + 80]
        mention = _MENTION.search(without_names(near)) or re.search(r"(?i)ombudsman", near)
        if mention and not (owner and _REVIEW.search(near)):
            continue
        if _REQUEST_VOICE.search(sentence[max(0, at - 120) : at]):
            continue
        return start, sentence[:240]
    return None


_DATED_OPENING = re.compile(
    r"^\W{0,3}(?:On|In|By|During|Since)\s+(?:\w+day,?\s+)?(?:\d{1,2}(?:st|nd|rd|th)?\s+)?"
    r"(?:[A-Z][a-z]{2,8}\s+)?(?P<year>(?:19|20)\d\d)\b"
)
_YEAR = re.compile(r"\b(?:19|20)\d\d\b")


def _long_before(flat: str, sentence: str) -> bool:
    """Whether ``sentence`` tells of an act years before the letter's own time.

    "On 14 May 2018, NZTA received a letter confirming the decision made by Cabinet…"
    in a 2024 letter (dev fyi-27458, Auckland Transport's): a sentence that opens with a
    date two years or more before the latest year the letter names is the history of
    the subject, not an act on the request (made, at the earliest, in the letter's year
    or the one before).
    """
    opening = _DATED_OPENING.match(sentence)
    if opening is None:
        return False
    latest = max((int(y) for y in _YEAR.findall(flat[:3000])), default=0)
    return latest >= int(opening["year"]) + 2


def _article(flat: str, start: int, end: int) -> int:
    """The length of a leading "the " in a name as matched (a short form: "the Ministry")."""
    lead = re.match(r"the\s+", flat[start:end], re.IGNORECASE)
    return lead.end() if lead else 0


def _clause(flat: str, start: int, end: int) -> str:
    """The sentence around a subject's name, up to 100 characters after it.

    "In order to respond to your request, NEMA would first have to identify…": the
    request's business may be named before the subject as well as after it.
    """
    window = max(0, start - 300)
    begin = window
    for stop in re.finditer(r"[.?!;:](?=\s)", flat[window:start]):
        begin = window + stop.end()
    after = re.search(r"[.?!;](?=\s|$)", flat[end : end + 100])
    return flat[begin : end + (after.start() if after else 100)]


@lru_cache(maxsize=1024)
def _pattern(name: str) -> re.Pattern[str]:
    return re.compile(_name_core(name), re.IGNORECASE)
