"""Sentences that state facts about the request's subject in the letter's own words.

A decision letter that answers a question in its own words releases that information
(the corpus's kind rule 1: "The University has 2.85 FTE disability support staff", "The
Cavendish Drive separated cycle path is on a monthly sweeping frequency"), with no
release verb, attachment or table for :mod:`.giving` to find. Such sentences speak of the
subject, not of the request's handling: an acknowledgement, a refusal, an extension or a
cover note is written almost wholly in the words of the process (request, Act, section,
response, information, decision, working days, Ombudsman…). So this module counts the
letter's own sentences that use none of those words, are not questions (the request
restated), are not inside a quotation or under "You asked:", and have a verb: a general
feature of a letter that tells the requester something, for :mod:`.kind_model` to weigh.

Bounded: at most :data:`_MAX_SENTENCES` sentences are looked at and :data:`ENOUGH` counted.
"""

from __future__ import annotations

import re

from oiaassist.reading.facts import Facts, quote_open
from oiaassist.reading.text import Found

__all__ = ["ENOUGH", "stated"]

ENOUGH = 3
"""Sentences counted at most (three make a letter that tells the requester things)."""

_MAX_SENTENCES = 600
"""Sentences looked at, at most (as :mod:`.giving`)."""

_PROCESS = re.compile(
    r"\b(?:requests?|request(?:ed|ing)|Act|sections?|s\s?\d|Ombudsman|working\s+days?|OIA|LGOIMA"
    r"|information|decisions?|decided|respon(?:se|ses|d|ds|ding)|repl(?:y|ied|ies)|contact\w*"
    r"|complain\w*|publish\w*|e-?mail\w*|letters?|thank\w*|acknowledg\w*|attach\w*|enclos\w*"
    r"|withh[oe]ld\w*|refus\w*|declin\w*|releas\w*|provid\w*|consider\w*|sincerely|regards"
    r"|enquir\w*|quer(?:y|ies)|questions?|ask(?:ed|s)?|website|www|https?|phone|please|privacy"
    r"|clarif\w*|extend\w*|extension|transfer\w*|due|received|receipt|charg(?:e|es|ed|ing)"
    r"|hesitate|assist\w*|apologi[sz]\w*|delay\w*|review\w*|investigat\w*|cop(?:y|ies)"
    r"|documents?|records?|held|hold|scope|search\w*|identified|located|confidential|intended"
    r"|recipient|views\s+expressed|mailbox|office\s+hours|COVID\w*|closed|closure|holidays?"
    r"|ng[aā]\s+mihi|n[aā]ku\s+(?:noa|iti)|heoi\s+an[oō]"
    # the request restated in the requester's words
    r"|I\s+would\s+like|(?:can|could|would|will)\s+you|I\s+(?:want|wish|am\s+requesting)|my)\b",
    re.IGNORECASE,
)
"""Words of the request's handling (and of footers, office notices and the request itself):
a sentence with any of them is not a fact about the subject stated to the requester."""

_VERB = re.compile(
    r"\b(?:is|are|was|were|has|have|had|does|did|will|can|there)\b|\b\w{3,}ed\b", re.IGNORECASE
)
"""A finite verb, or "there": a sentence, not a letterhead line, heading or name."""

_UNDER_QUESTION = re.compile(
    r"\b(?:you\s+(?:have\s+)?(?:asked|requested|sought)(?:\s+(?:for\s+)?the\s+following)?"
    r"|your\s+request\s+(?:was|is)\s+for)\s*:?\s*$",
    re.IGNORECASE,
)
"""The end of the text before a restated request ("You asked:", "you requested the following:")."""

_LIST_NUMBER = re.compile(r"\s\d{1,2}\.\s*$")
"""A list number glued to a sentence's end ("… applicant's position 8."): a restated question."""

_QUOTES = "“\"‘'"
"""Marks opening a quotation: a sentence opening with one is quoted, most often the request."""

_WORDS = 6
"""Words a sentence has at least (shorter: a heading, a sign-off, a name and role)."""


def stated(facts: Facts, end: int) -> tuple[Found[str], ...]:
    """Up to :data:`ENOUGH` sentences before ``end`` (flat offset) stating facts in own words."""
    flat = facts.flat
    out: list[Found[str]] = []
    for start, stop in facts.text.sentences()[:_MAX_SENTENCES]:
        if start >= end:
            break
        sentence = flat[start : min(stop, end)].strip()
        if len(sentence.split()) < _WORDS or sentence.endswith("?") or sentence[0] in _QUOTES:
            continue  # a heading or sign-off, a question, a sentence quoted (the request's)
        if _PROCESS.search(sentence) or _VERB.search(sentence) is None:
            continue
        if _LIST_NUMBER.search(sentence):
            continue
        before = flat[max(0, start - 300) : start]
        if quote_open(before) or _UNDER_QUESTION.search(before[-120:]):
            continue
        out.append(facts.text.found("stated", start, min(stop, end)))
        if len(out) >= ENOUGH:
            break
    return tuple(out)
