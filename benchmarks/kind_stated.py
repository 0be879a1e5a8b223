"""Round 9 candidates F1b/F1c (not kept): sentences of a letter's body stating facts in its words.

Kept beside ``probe_kind_features.py``, which scores them; fresh dev letters said they do not
help (``benchmarks/data/round9-kind.md``), so the reader does not use them.

A decision letter that answers a question in its own words releases that information
(the corpus's kind rule 1: "The University has 2.85 FTE disability support staff", "The
Cavendish Drive separated cycle path is on a monthly sweeping frequency"), with no
release verb, attachment or table for :mod:`.giving` to find. Such sentences speak of the
subject, not of the request's handling: an acknowledgement, a refusal, an extension or a
cover note is written almost wholly in the words of the process (request, Act, section,
response, information, decision, working days, Ombudsman…).

Round 8's version (candidate F1) counted such sentences anywhere in the letter's own text,
letterhead and footers too. This one reads only the letter's *body*: from its greeting
("Dear …", "Tēnā koe", "Kia ora", "Hi") to its sign-off ("Yours sincerely", "Ngā mihi",
"Kind regards"), where a letter has them; a sentence must have six words or more, a
finite verb, no word of the process, and be neither a question nor quoted (the request
restated: under "You asked:", in quotation marks, on a line opened by ">").

Bounded: at most :data:`_MAX_CHARS` characters and :data:`_MAX_SENTENCES` sentences are
looked at, and :data:`ENOUGH` counted.
"""

from __future__ import annotations

import re

__all__ = ["ENOUGH", "body", "stated"]

ENOUGH = 3
"""Sentences counted at most (three make a letter that tells the requester things)."""

_MAX_CHARS = 30_000
_MAX_SENTENCES = 400

_GREETING = re.compile(
    r"^[^\S\n]*(?:Dear|T[eēç]n[aāâ]\s+koe|Kia\s+ora|Hi|Hello|Good\s+(?:morning|afternoon))\b[^\n]{0,60}$",
    re.IGNORECASE | re.MULTILINE,
)
_SIGN_OFF = re.compile(
    r"^[^\S\n]*(?:Yours\s+(?:sincerely|faithfully)|(?:Kind|Warm|Best)\s+regards|Regards|Ng[aā]\s+mihi"
    r"|N[aā]ku\s+(?:noa|iti)|Heoi\s+an[oō]|Thank\s+you\s*,?\s*$)",
    re.IGNORECASE | re.MULTILINE,
)

_PROCESS = re.compile(
    r"\b(?:requests?|request(?:ed|ing)|Act|sections?|s\s?\d|Ombudsman|working\s+days?|OIA|LGOIMA"
    r"|information|decisions?|decided|respon(?:se|ses|d|ds|ding)|repl(?:y|ied|ies)|contact\w*"
    r"|complain\w*|publish\w*|e-?mail\w*|letters?|thank\w*|acknowledg\w*|attach\w*|enclos\w*"
    r"|withh[oe]ld\w*|refus\w*|declin\w*|releas\w*|provid\w*|consider\w*|sincerely|regards"
    r"|enquir\w*|quer(?:y|ies)|questions?|ask(?:ed|s)?|website|www|https?|phone|please|privacy"
    r"|clarif\w*|extend\w*|extension|transfer\w*|due|received|receipt|charg(?:e|es|ed|ing)"
    r"|hesitate|assist\w*|apologi[sz]\w*|delay\w*|review\w*|investigat\w*|cop(?:y|ies)"
    r"|documents?|records?|held|hold|scope|search\w*|identified|located|confidential|intended"
    r"|recipient|mailbox|office\s+hours|holidays?)\b",
    re.IGNORECASE,
)
"""Words of the request's handling: a sentence with any of them speaks of the request or
its handling, not of the subject the request asked about."""

_PERSONS = re.compile(r"\b(?:you|your|I|me|my|we|us|our)\b", re.IGNORECASE)
"""The persons of the exchange (I, we, you)."""

_VERB = re.compile(
    r"\b(?:is|are|was|were|has|have|had|does|did|will|can|there)\b|\b\w{3,}ed\b", re.IGNORECASE
)
"""A finite verb, or "there": a sentence, not a letterhead line, heading or name."""

_UNDER_QUESTION = re.compile(
    r"(?:you\s+(?:have\s+)?(?:asked|requested|sought)|your\s+request\s+(?:was|is)\s+for"
    r"|following\s+(?:information|questions?))[^.]{0,40}:\s*$",
    re.IGNORECASE,
)
"""The end of the text before a restated request ("You asked:", "the following information:")."""

_LISTED = re.compile(
    r"(?:^\(?(?:\d{1,2}|[a-hA-H])[.)]\s|[\s;:](?:\d{1,2}|[a-h])\.$|;\s*(?:and|or)?$)"
)
"""A list item's number opening or closing the sentence ("(c) Any documented definitions",
"… subject to a qualifying matter; and 2."): the request's questions restated."""
_WORDS = 6
_QUOTES = "“\"‘'>"


def body(own: str) -> str:
    """The letter's body: from after its first greeting to its first sign-off after it."""
    text = own[:_MAX_CHARS]
    start = 0
    greeting = _GREETING.search(text)
    if greeting is not None:
        start = greeting.end()
    end = len(text)
    sign_off = _SIGN_OFF.search(text, start)
    if sign_off is not None:
        end = sign_off.start()
    return text[start:end]


def _paragraphs(text: str) -> list[str]:
    """The text's sentences, lines of one paragraph joined (a PDF breaks lines mid-sentence)."""
    out: list[str] = []
    for block in re.split(r"\n[^\S\n]*\n", text):
        joined = " ".join(line.strip() for line in block.split("\n"))
        out.append(joined)
    return out


def stated(own: str, *, persons: bool = False) -> list[str]:
    """Up to :data:`ENOUGH` sentences of the body of ``own`` that state facts in its own words."""
    out: list[str] = []
    looked = 0
    previous = ""
    for paragraph in _paragraphs(body(own)):
        if paragraph.lstrip()[:1] in _QUOTES or _UNDER_QUESTION.search(previous):
            previous = paragraph
            continue  # quoted, or the request restated under "You asked:"
        previous = paragraph
        for match in re.finditer(r"[^.!?]+[.!?]*", paragraph):
            looked += 1
            if looked > _MAX_SENTENCES:
                return out
            sentence = match.group().strip()
            if len(sentence.split()) < _WORDS or sentence.endswith("?"):
                continue
            if sentence[:1] in _QUOTES or _PROCESS.search(sentence) or not _VERB.search(sentence):
                continue
            if _LISTED.search(sentence):
                continue
            if persons and _PERSONS.search(sentence):
                continue
            out.append(sentence)
            if len(out) >= ENOUGH:
                return out
    return out
