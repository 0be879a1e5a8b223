"""The body a letter's answers are about, where the letter answers as that body: a last resort.

A release letter often answers the request's questions in its own words, naming its
author in the third person as the subject of each answer: "Auckland Council does carry
out drug and alcohol testing" (fyi-15785), "Police do have robust recording processes
in place" (fyi-9074), "The SWRB is a Crown Entity regulator" after "the context in which
we operate" (fyi-20801). No act of ss 13-19 OIA (ss 11-18 LGOIMA) is named, so the
self-reference forms (:mod:`.self_reference`) and the sentence shapes of :mod:`.acting`
do not see it; yet only the body answering for itself writes so.

A body is taken here only when all of these hold, so that a mere mention is never read
as the author:

* it **opens a sentence** of the letter's own text (not the request quoted back, not a
  quotation) as its **subject**: its name, perhaps possessive and a few words of a noun
  phrase ("TVNZ attendees at this meeting"), then a finite verb (an auxiliary or modal,
  or a past tense straight after the name);
* the sentence is a statement, not a question (the request's words), and says nothing
  of a transfer, consultation, referral, complaint or of what a body *advised* (another
  body's words, as the writer reports them);
* the letter **speaks in the first person** ("we", "our", "I"): a text in which no one
  speaks as a writer may be a quoted document or a summary reporting on a body;
* **exactly one** body is such a subject (two are evidence in conflict: None), and it
  is not a body the letter transfers the request to or sends the requester to ("you
  may wish to contact X"), nor is the writer saying it holds nothing ("we do not
  hold…": a body then said to act is another, the one holding it).

Failing a subject, a body named three times or more as the owner of what the answers
describe ("EECA’s reporting…", "EECA’s last year…", "EECA’s carbon emissions…",
fyi-19771), and no other body named so, is the one answering about itself. A body the
directory lacks may be such a subject too, where its name has a body's shape
(:func:`unlisted_answered_about`).

A Minister is never taken here: a department's letter says "the Minister has decided"
of someone else.
"""

from __future__ import annotations

import re

from oiaassist.agencies import Agency, AgencyKind
from oiaassist.agencies.normalise import fold
from oiaassist.reading.author.acting import (
    _LONGER_NAME_BEFORE,
    _flatten,
    _folded_names,
    _names_written,
    _unlisted_names,
)
from oiaassist.reading.author.names import _INSIDE, _name_core, inside_longer
from oiaassist.reading.author.self_reference import (
    _quoted_spans,
    _transferred_to,
    unlisted_names,
    without_names,
)
from oiaassist.reading.author.zones import unclosed_quote

_SAID = r"confirmed|announced|stated|said|advised|noted|reported|indicated"
_FINITE = re.compile(
    r"(?:\s*\([^()]{1,40}\))?(?:['’]s?)?(?:\s+(?!(?:and|or|but|that|which|who)\b)[\w’'-]+){0,4}?\s+(?:(?:currently|also"
    r"|only|now|therefore|publicly)\s+)?(?:is|are|was|were|has|have|had|does|do|did|will|would"
    r"|can|cannot|could|may|must|should)\b"
    r"|(?:\s*\([^()]{1,40}\))?\s+(?!(?:dated|titled|entitled|named|called|headed|related|based"
    r"|owned|addressed|attached"
    rf"|listed|{_SAID})\b)[a-z]{{3,}}ed\b"
    r"|(?:\s*\([^()]{1,40}\))?\s+(?!(?:and|but|for|with|from|via|into|onto|over|under|about"
    r"|after|before|since|until"
    r"|then|than|nor|yet|also|only|staff|team|teams|officers?|employees?|board|council"
    r"|website|data|policy|policies|records?)\b)[a-z]{3,}(?=\s+(?:the|a|an|no|all|any|its"
    r"|their|this|these|those|\d)\b)"
)
"""After the name: a finite verb, an auxiliary or modal straight after it or after a
short noun phrase it heads ("Police do have", "TVNZ has publicly confirmed", "TVNZ
attendees at this meeting were", fyi-9074, fyi-33942, fyi-27532), a past tense
("Auckland Transport applied"; not an announcement reported, "the Council confirmed
that it will…", fyi-1858) or a present tense taking an object ("Auckland Transport
provide 5 hours", fyi-14060)."""

_OPENS = re.compile(r"(?:^|[.!?;:•▪●◦]\s+|\s\d{1,2}[.)]\s+)(?:The\s+|the\s+)?$")
"""What may stand before the subject: the start of a sentence, a bullet, a number."""

_FIRST_PERSON = re.compile(r"\b(?:[Ww]e|[Oo]ur|[Uu]s|I)\b")
_NOT_OWN_WORDS = re.compile(
    r"\b(?:transferr?\w*|consult\w*|referr?(?:ed|ing)|complain\w*|investigat\w*|forward\w*"
    r"|ombudsman|better\s+placed|more\s+closely\s+connected|advised|told|informed|understand)\b",
    re.IGNORECASE,
)
"""Words that make a sentence about a body a mention, or another body's reported words."""


def answered_about(text: str, allowed: tuple[Agency, ...]) -> tuple[Agency, str] | None:
    """The one body that opens the letter's own statements as their subject, and the sentence.

    None unless the letter speaks in the first person and exactly one body (directory
    or not) is so named: see the module's docstring for why each condition is needed.
    """
    flat = _flatten(text)
    quoted = _quoted_spans(flat) + unclosed_quote(flat)
    if not any(not _inside(quoted, m.start()) for m in _FIRST_PERSON.finditer(flat)):
        return None
    if _NOT_HELD_HERE.search(flat):
        return None  # "we do not hold…": a body said to act is likely another, holding it
    folded = f" {fold(flat)} "
    found = _subjects(flat, allowed, quoted, folded)
    if not found:
        owned = _owner_of_answers(flat, allowed, quoted, folded)
        if owned is not None:
            return owned
    if len(found) != 1:
        return None
    listed = {fold(n) for a, _s in found.values() for n, _b, _f in _folded_names(a)}
    for name in unlisted_names(flat):
        same = any(fold(name) in n or n in fold(name) for n in listed)
        if not same and _opening_subject(flat, name, quoted) is not None:
            return None  # another body, one the directory lacks, is a subject too
    return next(iter(found.values()))


def unlisted_answered_about(
    text: str, allowed: tuple[Agency, ...], listed: frozenset[str]
) -> tuple[str, str] | None:
    """The same for a body the directory lacks ("Rangitoto Polytechnic does not hold…").

    Its name must have a body's shape ("… University", "… Limited"); ``listed`` holds
    the directory's folded names, whose bodies :func:`answered_about` reads. None when a
    directory body is such a subject too, or two bodies the directory lacks are.
    """
    flat = _flatten(text)
    quoted = _quoted_spans(flat) + unclosed_quote(flat)
    if not any(not _inside(quoted, m.start()) for m in _FIRST_PERSON.finditer(flat)):
        return None
    if _NOT_HELD_HERE.search(flat) or _subjects(flat, allowed, quoted, f" {fold(flat)} "):
        return None
    found: dict[str, tuple[str, str]] = {}
    for name in sorted(_unlisted_names(flat, listed), key=len, reverse=True):
        if any(f" {fold(name)} " in f" {k} " for k in found):
            continue  # the same body said shorter
        sentence = _opening_subject(flat, name, quoted)
        if sentence is None or _redirected_to(flat, name):
            continue
        if re.search(rf"transfer\w*\s+(?:\S+\s+){{0,3}}?to\s+(?:the\s+)?{_name_core(name)}", flat):
            continue  # the body the request went to
        found[fold(name)] = (name, sentence)
    return next(iter(found.values())) if len(found) == 1 else None


def _subjects(
    flat: str, allowed: tuple[Agency, ...], quoted: list[tuple[int, int]], folded: str
) -> dict[str, tuple[Agency, str]]:
    """Each directory body that opens one of the letter's statements as its subject."""
    words = set(folded.split())
    found: dict[str, tuple[Agency, str]] = {}
    for agency in allowed:
        if agency.kind is AgencyKind.MINISTER:
            continue
        for name in _names_written(agency, folded, words):
            sentence = _opening_subject(flat, name, quoted)
            if sentence is None or _transferred_to(flat, folded, agency):
                continue
            if _redirected_to(flat, name):
                found.pop(agency.id, None)
                break  # "you may wish to contact Waka Kotahi": another body, the writer says
            found.setdefault(agency.id, (agency, sentence))
            break
    return found


_NOT_HELD_HERE = re.compile(
    r"\b(?:we|I)\s+(?:do|does|did)\s+not\s+(?:hold|have)\b|\bwe\s+(?:hold|have)\s+no\s+"
    r"(?:information|records|documents)\b|\bnot\s+held\s+by\s+(?:us|me)\b",
    re.IGNORECASE,
)
"""The writer saying it holds nothing: a body then named as holding or doing is another."""

_REDIRECT = (
    r"(?:\b(?:you\s+(?:may|might|could|can|should)\s+(?:wish\s+to\s+|want\s+to\s+|like\s+to\s+)?"
    r"|please\s+|suggest\s+(?:that\s+)?you\s+|recommend\s+(?:that\s+)?you\s+)"
    r"(?:contact|approach|write\s+to|ask|direct\s+(?:\w+\s+){1,3}?to|make\s+(?:\w+\s+){1,3}?to"
    r"|send\s+(?:\w+\s+){1,3}?to|lodge\s+(?:\w+\s+){1,3}?with)"
    r"|\bheld\s+by|\bdirect\s+your\s+(?:\w+\s+){0,3}?to)\s+(?:the\s+)?"
)
"""Words that send the requester to a body, or say another holds the information: "you
may wish to contact Waka Kotahi", "we suggest you direct your request to Police"."""


def _redirected_to(flat: str, name: str) -> bool:
    """Whether the letter sends the requester to ``name`` ("you may wish to contact X")."""
    return re.search(_REDIRECT + _name_core(name), flat, re.IGNORECASE) is not None


_POSSESSIVE = re.compile(r"['’]s\b")
_OWNED_TIMES = 3


def _owner_of_answers(
    flat: str, allowed: tuple[Agency, ...], quoted: list[tuple[int, int]], folded: str
) -> tuple[Agency, str] | None:
    """The one body whose own things the letter's answers describe, again and again.

    "EECA’s reporting of greenhouse gas emissions…", "EECA’s last year of reporting…
    was 2009/10", "EECA’s carbon emissions totalled 413 tonnes" (fyi-19771): a body
    named three times or more as the owner ("X’s …") in a first-person letter, and no
    other body named so even once, is the one answering about itself.
    """
    counts: dict[str, tuple[Agency, int, str]] = {}
    words = set(folded.split())
    for agency in allowed:
        if agency.kind is AgencyKind.MINISTER:
            continue
        for name in _names_written(agency, folded, words):
            flags = re.NOFLAG if name.isupper() else re.IGNORECASE
            for match in re.finditer(_name_core(name), flat, flags):
                start, end = match.span()
                if not flat[start].isupper() or _inside(quoted, start):
                    continue
                if inside_longer(flat, start, end):
                    continue
                if _INSIDE.search(flat, max(0, start - 12), start) or not _POSSESSIVE.match(
                    flat, end
                ):
                    continue
                _a, times, first_said = counts.get(agency.id, (agency, 0, ""))
                said = first_said or flat[start : start + 160]
                counts[agency.id] = (agency, times + 1, said)
    if len(counts) != 1:
        return None
    agency, times, said = next(iter(counts.values()))
    if times < _OWNED_TIMES or _transferred_to(flat, folded, agency):
        return None
    if any(_redirected_to(flat, name) for name, _b, _f in _folded_names(agency)):
        return None
    return agency, said


def _inside(spans: list[tuple[int, int]], at: int) -> bool:
    return any(a <= at < b for a, b in spans)


def _opening_subject(flat: str, name: str, quoted: list[tuple[int, int]]) -> str | None:
    """The first sentence ``name`` opens as the subject of a statement, else None."""
    flags = re.NOFLAG if name.isupper() else re.IGNORECASE
    for match in re.finditer(_name_core(name), flat, flags):
        start, end = match.span()
        if not flat[start].isupper() or _inside(quoted, start):
            continue
        if _INSIDE.search(flat, max(0, start - 12), start) or inside_longer(flat, start, end):
            continue  # the tail of a longer name ("Upper Hutt City Council")
        before = flat[max(0, start - 40) : start]
        longer = _LONGER_NAME_BEFORE.search(before)
        if _OPENS.search(before) is None or (longer is not None and longer[1] != "The"):
            continue  # not a sentence's start, or part of a longer name
        if _FINITE.match(flat, end) is None:
            continue
        stop = re.search(r"[.?!](?=\s|$)", flat[end : end + 400])
        if stop is not None and stop.group() == "?":
            continue  # a question: the request's words
        sentence = flat[start : end + (stop.start() if stop else 200)]
        if _NOT_OWN_WORDS.search(without_names(sentence)):
            continue
        return sentence[:240]
    return None
