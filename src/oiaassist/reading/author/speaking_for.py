"""The one body a letter speaks for in its own prose: a last resort, by how a body is named.

A release letter from a body the finders were not written from often shows its author
only in ordinary sentences about the body's own affairs, in the third person: "would be
detrimental to KiwiRail’s business" (dev fyi-12143), "the 3 Callaghan Innovation staff"
(dev fyi-4102), "staff members of New Zealand Police" (dev fyi-12781), "since I started
at KiwiRail" (dev fyi-27612), "cannot be incorporated into Queenstown Lakes District
Council’s busy work program" (fyi-8960, round 9's first fresh batch). The
corpus counts such a body answering about itself as showing the author. A list of verbs
(:mod:`.self_reference`) or sentence openings (:mod:`.subject`) does not generalise: a new
letter uses new words. What is common is the *relation* the name stands in, not the verb:

* the body **owns** something ("X’s business", "X’s records");
* it **holds people or things** ("X staff", "staff of X", "at X", "within X");
(a body as the subject of a finite verb is left to :mod:`.acting` and :mod:`.subject`:
round 9's fresh letters showed no gain from reading it here, and the simpler reading won
the tie, ``benchmarks/data/round9-author.md``).

A body is taken only when all of these hold, so that a mere mention never is:

* the name is written as a proper noun, in the letter's own part (not the request quoted
  back, not a quotation, not a link or an email address, not the tail of a longer name);
* its sentence says nothing of a transfer, a consultation, a referral, a complaint, the
  Ombudsman, or another body's reported words (the words of :mod:`.acting` and
  :mod:`.subject`), and is not in the requester's voice — a question, "Please provide…",
  "I would like…", "Dear X" — nor sends the requester to the body ("see", "visit",
  "contact", "refer you to");
* the body is not one the letter transfers the request to or sends the requester to;
* the letter speaks in the first person ("we", "our", "I"): a text in which no one
  speaks as a writer may be a summary reporting on a body;
* **exactly one** body is named so, and no other is named even as the agent of a passive
  ("prepared by the TEC"), a relation too weak to name the author but enough to conflict;
  a body the directory lacks, whose name has a body's shape ("… Polytechnic", "…
  Limited"), counts too: two are evidence in conflict, and the answer is None.

A Minister is never taken here (a department's letter says "the Minister's decision" of
someone else). Tried last, after every other finder (:mod:`.find`).
"""

from __future__ import annotations

import re

from oiaassist.agencies import Agency, AgencyKind
from oiaassist.agencies.normalise import fold
from oiaassist.reading.author.acting import (
    _MENTION,
    _REQUEST_VOICE,
    _flatten,
    _long_before,
    _names_written,
    _unlisted_names,
)
from oiaassist.reading.author.names import _INSIDE, _name_core, _names, inside_longer
from oiaassist.reading.author.self_reference import (
    _quoted_spans,
    _sentence_around,
    _transferred_to,
    without_names,
)
from oiaassist.reading.author.subject import (
    _FIRST_PERSON,
    _NOT_OWN_WORDS,
    _inside,
    _redirected_to,
)
from oiaassist.reading.author.zones import unclosed_quote

_POSSESSIVE = re.compile(r"['’]s?\b")
_HOLDS_AFTER = re.compile(
    r"\s+(?:staff|employees?|members?|officers?|officials?|teams?|people|personnel|colleagues"
    r"|workers|managers?|leadership|board|systems?|records?|polic(?:y|ies)|processes)\b",
    re.IGNORECASE,
)
"""After the name: its people or things ("3 Callaghan Innovation staff")."""
_HOLDS_BEFORE = re.compile(
    r"(?:\b(?:at|within|throughout)"
    r"|\b(?:staff|employees?|members?|officers?|officials?|people|personnel)\s+(?:of|at|in)"
    r"|\bworks?\s+(?:for|at))\s+(?:the\s+)?$",
    re.IGNORECASE,
)
"""Before the name: its people, or the place it is ("staff members of", "at"). Not the
agent of a passive (``_AGENT_BEFORE``)."""
_ASKING = re.compile(
    r"^(?:\W{0,3}(?:\d{1,2}|[a-z]|[ivx]{1,4})[.)]\s+)?(?:please|could|can|would|will|what|which"
    r"|who|when|where|why|how|does|do|did|is|are|was|were|has|have|dear)\b"
    r"|\bI\s+(?:would|['’]d)\s+like\b|\bI\s+(?:request|am\s+requesting|ask|seek)\b",
    re.IGNORECASE,
)
"""A sentence in the requester's voice quoted back without marks: a question, "Please
provide…", "I would like…", or the requester's salutation to the body ("Dear X,")."""
_SENT_TO = re.compile(
    r"\b(?:refer(?:red)?\s+you\s+to|dear|see|visit|contact)\s+(?:the\s+)?$", re.IGNORECASE
)
"""Words that send the requester to a body, or address it: "I refer you to NZDF’s …"."""
_AGENT_BEFORE = re.compile(r"\b[a-z]{3,}ed\s+by\s+(?:the\s+)?$")
"""The agent of a passive: "briefing material presented by Auckland Transport" (the
request's words in dev fyi-14556, an Auckland Council letter), "prepared by the TEC"."""
_INDEFINITE = re.compile(r"\b(?:an?|new|any|one)\s+$", re.IGNORECASE)
"""Before the name: a body spoken of as a kind of thing ("the development of a Māori Health
Authority was recommended", silver s19380, a DPMC letter), not as the body that exists."""
_IN_LINK = re.compile(r"[/@.]\S*$")
_LINK_AFTER = re.compile(r"\S*[/.@]\w")


def spoken_for(
    text: str, allowed: tuple[Agency, ...], listed: frozenset[str] = frozenset()
) -> tuple[Agency, str] | None:
    """The one body the letter's own sentences own or hold, and the sentence.

    ``text`` is the letter's own text (:func:`~oiaassist.reading.author.zones.own_text`);
    ``listed`` holds the directory's folded names (a name the directory lacks is not one).
    None unless the letter speaks in the first person and exactly one body is so named
    outside every mention (see the module docstring).
    """
    flat = _flatten(text)
    quoted = _quoted_spans(flat) + unclosed_quote(flat) + _single_quoted(flat)
    if not any(not _inside(quoted, m.start()) for m in _FIRST_PERSON.finditer(flat)):
        return None
    folded = f" {fold(flat)} "
    words = set(folded.split())
    found: dict[str, tuple[Agency, str]] = {}
    others = 0  # bodies named only as the agent of a passive: enough to conflict
    for agency in allowed:
        if agency.kind is AgencyKind.MINISTER:
            continue
        names = tuple(_names_written(agency, folded, words))
        if not names or _transferred_to(flat, folded, agency):
            continue
        if any(_redirected_to(flat, name) for name in names):
            continue
        for name in names:
            sentence = _held(flat, name, quoted)
            if sentence is not None:
                found.setdefault(agency.id, (agency, sentence))
                break
        else:
            others += any(_held(flat, name, quoted, agent=True) for name in names)
        if len(found) > 1 or (found and others):
            return None  # two bodies so named: evidence in conflict
    if len(found) != 1 or others:
        return None
    own = {fold(n) for agency, _s in found.values() for n in _names(agency, aliases=True)}
    for name in _unlisted_names(flat, listed):
        if not any(fold(name) in n or n in fold(name) for n in own) and _held(
            flat, name, quoted, agent=True
        ):
            return None  # a body the directory lacks is so named too: evidence in conflict
    return next(iter(found.values()))


_SINGLE_QUOTED = re.compile(
    r"(?<!\w)‘(?:[^’]|’(?!\s*[.,;:!?)]|\s+[A-Z‘“]|$)){30,1500}’(?=\s*[.,;:!?)]|\s+[A-Z‘“]|$)"
)
"""A quotation in single curly marks, closed by a mark before a stop, a comma or a
capital: an apostrophe inside it ("MFAT’s", "the agencies’ shared commitment") does not
end it (the request quoted back in dev fyi-22087, "… as part of MFAT’s annual ‘Pacific
Updates’, …")."""


def _single_quoted(flat: str) -> list[tuple[int, int]]:
    """Where ``flat`` quotes at length in single curly marks (the request quoted back)."""
    return [m.span() for m in _SINGLE_QUOTED.finditer(flat)]


def _held(
    flat: str, name: str, quoted: list[tuple[int, int]], *, agent: bool = False
) -> str | None:
    """The first sentence that names ``name`` as owner or holder, else None.

    With ``agent``, also as the agent of a passive ("incurred by X", "prepared by the
    TEC") and in a sentence of the subject matter's history: too weak to name the author
    (another body's act is the subject matter as often as the writer's own), but strong
    enough to put a second body in conflict with it.
    """
    flags = re.NOFLAG if name.isupper() else re.IGNORECASE
    for match in re.finditer(_name_core(name), flat, flags):
        start, end = match.span()
        if not flat[start].isupper() or _inside(quoted, start):
            continue  # a common noun ("corrections"), or the requester's words
        if _INSIDE.search(flat, max(0, start - 12), start) or inside_longer(flat, start, end):
            continue  # the tail of a longer name ("Upper Hutt City Council")
        if _IN_LINK.search(flat, max(0, start - 30), start) or _LINK_AFTER.match(flat, end):
            continue  # inside a link or an email address: a mention
        before = flat[max(0, start - 60) : start]
        if _INDEFINITE.search(before):
            continue  # "the establishment of a new Māori Health Authority": a thing, not a body
        if not (
            (_POSSESSIVE.match(flat, end) and flat[end] in "'’")
            or _HOLDS_AFTER.match(flat, end)
            or _HOLDS_BEFORE.search(before)
            or (agent and _AGENT_BEFORE.search(before))
        ):
            continue
        sentence = _sentence_around(flat, start, end)
        if _mention(flat, sentence, start, end, before):
            continue
        if not agent and _long_before(flat, sentence):
            continue  # the subject matter's history ("On 14 May 2018, NZTA…"): no author
        return sentence[:240]
    return None


def _mention(flat: str, sentence: str, start: int, end: int, before: str) -> bool:
    """Whether the sentence names the body as one the letter talks about, or asks about."""
    stop = re.search(r"[.?!](?=\s|$)", flat[end : end + 400])
    if stop is not None and stop.group() == "?":
        return True  # a question: the request's words
    if _ASKING.search(sentence) or _SENT_TO.search(before):
        return True
    at = sentence.find(flat[start:end])
    if at < 0:
        return True
    near = without_names(sentence[max(0, at - 120) : at + (end - start) + 80])
    if _MENTION.search(near) or _NOT_OWN_WORDS.search(near) or re.search(r"(?i)ombudsman", near):
        return True
    return bool(_REQUEST_VOICE.search(sentence[max(0, at - 120) : at]))
