"""The author a letter calls only "the Ministry", where it names one ministry at all.

Many letters speak of their author by its kind alone: "The University's response
follows", "the Ministry is experiencing significantly higher volumes", "the Department
did not organise or pay" (silver s25775, s18968, s32270). A bare kind names no one
(the corpus's rule, and :mod:`.find`'s), but the same letter often names one body of
that kind elsewhere: in the request quoted back, in a link to its site, in its own
summary ("alumnus of the University of Auckland", "https://www.health.govt.nz/…").
Where the letter speaks *as* "the <Kind>" (its subject of a finite verb, or the owner
of the response or the website), and exactly one directory body of that kind is named
anywhere in its own text (by a name, a te reo name, an alias or a web or email
domain, acronyms too), that body is the author. Two bodies of the kind, or none, name no
one, nor does a body the letter transfers the request to. A last resort, read after
every other finder.
"""

from __future__ import annotations

import re

from oiaassist.agencies import Agency, AgencyKind
from oiaassist.agencies.normalise import fold
from oiaassist.reading.author.acting import _VERB_AFTER, _flatten
from oiaassist.reading.author.names import _by_domain, _fold_with_offsets, _names
from oiaassist.reading.author.self_reference import _transferred_to

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
        after = flat[match.end() : match.end() + 60]
        if _VERB_AFTER.match(after) or _OWNS.match(after):
            kinds.setdefault(match[1], flat[match.start() : match.end() + 60].strip())
    if not kinds:
        return None
    named = _named(text, allowed)
    fits = [a for a in named if any(re.search(rf"\b{k}\b", a.name) for k in kinds)]
    if len(fits) != 1:
        return None
    folded = f" {fold(flat)} "
    if _transferred_to(flat, folded, fits[0]):
        return None  # "transferred to Bay of Plenty Regional Council": never the writer
    said = next(words for kind, words in kinds.items() if re.search(rf"\b{kind}\b", fits[0].name))
    return fits[0], said


def _named(text: str, allowed: list[Agency]) -> set[Agency]:
    """Every directory body (not a Minister) the text names, or gives a domain of."""
    folded = _fold_with_offsets(text)[0]
    found: set[Agency] = set()
    for agency in allowed:
        if agency.kind is AgencyKind.MINISTER:
            continue
        # Every form, acronyms too: a letter that says "MFAT" and quotes a document
        # naming the Ministry for Pacific Peoples names two ministries (dev fyi-22087).
        if any(f" {fold(n)} " in folded for n in _names(agency, aliases=True, words=True)):
            found.add(agency)
    for match in _DOMAIN.finditer(text):
        owner = _by_domain(match["domain"], allowed)
        if owner is not None:
            found.add(owner)
    return found
