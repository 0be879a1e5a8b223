"""The author a letter calls only "the Ministry", where it names one ministry at all.

Many letters speak of their author by its kind alone: "The University's response
follows", "the Ministry is experiencing significantly higher volumes", "the Department
did not organise or pay" (silver s25775, s18968, s32270). A bare kind names no one
(the corpus's rule, and :mod:`.find`'s), but the same letter often names one body of
that kind elsewhere in its own words: in its summary ("alumnus of the University of
Auckland"), in a link to its site ("https://www.health.govt.nz/…"). Where the letter
speaks *as* "the <Kind>" (its subject of a finite verb, or the owner of the response or
the website), and exactly one directory body of that kind is named in the whole text (by
a name, a te reo name, an alias or acronym, or a web or email domain), and that body is
named in the letter's own words (not only inside the request or a document it quotes),
and the letter does not transfer the request to it, that body is the author. Two bodies
of the kind, or none, name no one. A last resort, read after every other finder.
"""

from __future__ import annotations

import re

from oiaassist.agencies import Agency, AgencyKind
from oiaassist.agencies.normalise import fold
from oiaassist.reading.author.acting import (
    _REQUEST_VOICE,
    _VERB_AFTER,
    _WRITER_AS_OBJECT,
    _flatten,
    _names_written,
)
from oiaassist.reading.author.names import _by_domain, _fold_with_offsets, _name_core, _names
from oiaassist.reading.author.self_reference import _sentence_around, _transferred_to

_KINDS = (
    "Ministry", "Department", "Council", "University", "Commission", "Authority", "Board",
    "Agency", "Service", "Corporation", "Office", "Commissioner", "Trust", "Institute",
    "Polytechnic",
)  # fmt: skip
"""The words a body's own letters call it by (the last or first word of its name)."""
_BARE = re.compile(rf"\b[Tt]he\s+({'|'.join(_KINDS)})\b(?!\s+(?:of|for|on|to)\b)")
""""the Ministry", not "the Ministry of Health" (a name) or "the Council for …"."""
_OWNS = re.compile(r"['’]s\s+(?:response|responses|decision|reply|answers?|web\s?site)\b")
""""The University's response follows", "the Ministry's website": the writer's own."""
_DOMAIN = re.compile(
    r"(?:(?<![\w.+-])[\w.+-]{1,64}@|\bwww\.|https?:/{1,2}\s?(?:www\.)?)"
    r"(?P<domain>[\w-]{1,63}(?:\.[\w-]{1,63}){0,6}\.nz)\b",
    re.IGNORECASE,
)
"""An email address or a web address at a .nz domain (a link to a page too)."""


def kind_word_author(text: str, allowed: list[Agency]) -> tuple[Agency, str] | None:
    """The one body of the kind the letter calls itself by, and the words that say so."""
    flat = _flatten(text)
    kinds: dict[str, str] = {}
    for match in _BARE.finditer(flat):
        if flat[max(0, match.start() - 1) : match.start()] == "(":
            continue  # "the Department of Internal Affairs (the Department)": a definition
        after = flat[match.end() : match.end() + 60]
        if _WRITER_AS_OBJECT.match(after):
            continue  # "the Department did not provide me with any briefings" (fyi-19493)
        if _VERB_AFTER.match(after) or _OWNS.match(after):
            kinds.setdefault(match[1], flat[match.start() : match.end() + 60].strip())
    if not kinds:
        return None
    named = _named(text, allowed)
    fits = [a for a in named if any(re.search(rf"\b{k}\b", a.name) for k in kinds)]
    if len(fits) != 1 or not _in_own_words(_flatten(_unquoted(text)), fits[0]):
        return None  # two of the kind, or the one named only in the request quoted back
    folded = f" {fold(flat)} "
    if _transferred_to(flat, folded, fits[0]):
        return None  # "transferred to Bay of Plenty Regional Council": never the writer
    said = next(words for kind, words in kinds.items() if re.search(rf"\b{kind}\b", fits[0].name))
    return fits[0], said


def _unquoted(text: str) -> str:
    """``text`` without its quotations.

    "posted to the Ministry of Health website" inside the quoted request (dev
    fyi-16609) is the requester's naming, not the letter's: a body counts as the
    writer's kind only where the letter's own words name it. Quotation marks nest (a
    request that quotes a page: "“3) A “COVID-19 message …” posted to the Ministry of
    Health website … “The Ministry's … stock …””"), so they are counted, not paired.
    """
    out = list(text)
    depth = 0
    for at, char in enumerate(text):
        if char == "“":
            depth += 1
        elif char == "”" and depth:
            depth -= 1
            out[at] = " "
        if depth:
            out[at] = " "
    return "".join(out)


def _in_own_words(flat: str, agency: Agency) -> bool:
    """Whether ``flat`` names ``agency`` in the letter's own words.

    ``flat`` has no quotations and no request quoted back; a sentence that tells the
    request ("You asked about the Ministry of Health's advice") is the requester's words
    too. Its domain, or its name in any other sentence, is the letter's.
    """
    if any(_by_domain(m["domain"], [agency]) for m in _DOMAIN.finditer(flat)):
        return True
    for name in _names(agency, aliases=True, words=True):
        for match in re.finditer(_name_core(name), flat, re.IGNORECASE):
            if " " not in name and _in_longer_name(flat, match.start(), match.end()):
                continue  # "New Zealand Conservation Authority" names no "Conservation"
            sentence = _sentence_around(flat, match.start(), match.end())
            at = sentence.find(match.group())
            # The request's words govern the words just before the name ("You asked about
            # the …"), not a whole run-on sentence a lost full stop makes of a bulleted
            # request and the answer ("… for pool users with Wellington City Council has
            # partly granted", dev fyi-14271).
            if not _REQUEST_VOICE.search(sentence[max(0, at - 60) : max(0, at)]):
                return True
    return False


_CAPITAL_BEFORE = re.compile(
    r"(?<![\w'’-])(?!(?:The|A|An|At|In|On|By|For|From|To|And|Or|Our|Your|This|That|With|As)\b)"
    r"[A-ZĀĒĪŌŪ][\w'’-]*[^\S\n]+\Z"
)
_CAPITAL_AFTER = re.compile(r"[^\S\n]+(?:of\s+|for\s+)?[A-ZĀĒĪŌŪ]")


def _in_longer_name(flat: str, start: int, end: int) -> bool:
    """Whether a one-word name at ``flat[start:end]`` is a word of a longer proper name.

    A one-word alias ("Conservation", the Department of Conservation's) between
    capitalised words is part of another body's name ("• New Zealand Conservation
    Authority - five short-listed", dev fyi-22646, a DOC letter whose text never names
    DOC): the directory may not list that longer name, so :func:`inside_longer` cannot
    know it.
    """
    before = _CAPITAL_BEFORE.search(flat, max(0, start - 40), start)
    after = _CAPITAL_AFTER.match(flat, end)
    return before is not None or after is not None


def _named(text: str, allowed: list[Agency]) -> set[Agency]:
    """Every directory body (not a Minister) the text names, or gives a domain of."""
    folded = _fold_with_offsets(text)[0]
    words = set(folded.split())
    found: set[Agency] = set()
    for agency in allowed:
        if agency.kind is AgencyKind.MINISTER:
            continue
        # Every form, acronyms too: a letter that says "MFAT" and quotes a document
        # naming the Ministry for Pacific Peoples names two ministries (dev fyi-22087).
        # A possessive folds to the name and "s": "the Ministry of Health's" -> "… healths".
        if next(_names_written(agency, folded, words), None) is not None:
            found.add(agency)
    for match in _DOMAIN.finditer(text):
        owner = _by_domain(match["domain"], allowed)
        if owner is not None:
            found.add(owner)
    return found
