"""The short forms a letter defines for bodies it names, spelt out where the letter uses them.

A letter names a body in full once and gives it a short form it goes on to use: "Hutt
Valley District Health Board (HVDHB)" (fyi-12108), "Queenstown Lakes District Council
(QLDC)" (fyi-19047), "the Social Workers Registration Board (SWRB)" (fyi-20801). The
directory cannot list every such form, and several bodies share some of them ("WDC" is
Waikato, Whangārei, Waimakariri… District Council; "HRC" the Health Research Council
and the Human Rights Commission), so an acronym alone names no one. But within the
letter that defines it, the form means the body it was given to: "HVDHB has received
your request" then speaks as the Hutt Valley District Health Board.

:func:`spelt_out` writes each such use as the full name, so every other finder reads
the letter's later sentences as it reads the full name: no finder needs to know the
form. Only a definition whose name is a directory body's (name, te reo name or alias)
or has a body's shape ("… District Health Board", "… University") counts, and a form
defined for two bodies is left alone (evidence in conflict).
"""

from __future__ import annotations

import re
from functools import lru_cache

from oiaassist.agencies import all_agencies
from oiaassist.agencies.normalise import fold
from oiaassist.reading.author.names import _domains, _initials_of, _shared_acronyms
from oiaassist.reading.author.self_reference import unlisted_names

_DEFINITION = re.compile(r"\((?:the\s+)?(?P<form>[A-Z][A-Za-z]{1,7})\)")
"""A short form given in brackets straight after a name: "(HVDHB)", "’s (EECA)", "(the MfE)".
Two capitals at least (``_FORM``): "(Police)" or "(Pilot)" is a word, not a short form."""
_BEFORE = re.compile(r"[\w’'](?:['’]s)?\s*\Z")
"""Just before the brackets: the name's last letter, perhaps a possessive (found from the
bracket, so a long text is scanned for "(" only)."""
_FORM = re.compile(r"[A-Z][A-Za-z]*[A-Z][A-Za-z]*")
_MOST_WORDS = 9
_MOST_DEFINITIONS = 40
"""How many bracketed forms are looked at: the time a hostile text costs stays bounded."""


@lru_cache(maxsize=1)
def _directory_names() -> dict[str, str]:
    """Each directory name, te reo name and alias of two words or more, folded -> the name."""
    out: dict[str, str] = {}
    for agency in all_agencies():
        for name in (agency.name, agency.maori_name, *agency.aliases):
            if name and len(name.split()) >= 2:
                out.setdefault(fold(name), agency.name)
    return out


@lru_cache(maxsize=1)
def _known_forms() -> frozenset[tuple[str, str]]:
    """(name, form) for each directory body's own one-word aliases: nothing to spell out.

    "Bay of Plenty Regional Council (BOPRC)": the directory knows "BOPRC", and every
    finder reads it as the council already (a transferee's "BOPRC will respond" too).
    """
    return frozenset(
        (agency.name, alias)
        for agency in all_agencies()
        for alias in agency.aliases
        if len(alias) >= 3  # "AT" is too short for the finders to read as Auckland Transport
    )


def _named_before(text: str, end: int) -> str | None:
    """The body's name that ends at ``end``: a directory name, else a body-shaped name."""
    words = text[max(0, end - 160) : end].split()[-_MOST_WORDS:]
    names = _directory_names()
    for start in range(len(words) - 1):  # the longest name first
        found = names.get(fold(" ".join(words[start:])))
        if found is not None:
            return found
    tail = " ".join(words)
    shaped = [n for n in unlisted_names(tail) if tail.endswith(n) and len(n.split()) >= 2]
    return max(shaped, key=len) if shaped else None


def spelt_out(text: str) -> str:
    """``text`` with each short form it defines for a body replaced by that body's name.

    The definition itself is kept as written; a form defined for two bodies is kept.
    """
    if "(" not in text:
        return text
    defined: dict[str, set[str]] = {}
    ends: dict[str, int] = {}
    for seen, match in enumerate(_DEFINITION.finditer(text)):
        if seen >= _MOST_DEFINITIONS:
            break  # a real letter defines a handful; a hostile text is not read further
        form = match["form"]
        if not _FORM.fullmatch(form):
            continue
        lead = _BEFORE.search(text, max(0, match.start() - 8), match.start())
        if lead is None:
            continue  # not straight after a name
        name = _named_before(text, lead.start() + 1)
        if name is None or fold(name) == fold(form) or (name, form) in _known_forms():
            continue
        defined.setdefault(form, set()).add(name)
        ends.setdefault(form, match.end())
    out = text
    for form in sorted(defined, key=lambda f: ends[f], reverse=True):  # offsets stay true
        bodies = defined[form]
        if len(bodies) != 1:
            continue
        name = next(iter(bodies))
        head, tail = out[: ends[form]], out[ends[form] :]
        tail = re.sub(rf"(?<![\w-]){re.escape(form)}(?![\w-])", name.replace("\\", r"\\"), tail)
        out = head + tail
    return out


_ACRONYM = re.compile(r"(?<![\w-])[A-ZĀĒĪŌŪ]{3,5}(?![\w-])")


@lru_cache(maxsize=1)
def _shared_owners() -> dict[str, tuple[tuple[str, tuple[str, ...]], ...]]:
    """Each acronym several directory bodies share -> (name, its other forms) of each owner.

    The other forms are those a letter may also write: the body's name, te reo name,
    aliases of two words or more, and its web and email domains.
    """
    shared = _shared_acronyms()
    domains: dict[str, list[str]] = {}
    for host, owner in _domains().items():
        domains.setdefault(owner, []).append(host)
    out: dict[str, list[tuple[str, tuple[str, ...]]]] = {}
    for agency in all_agencies():
        acronyms = {a.upper() for a in agency.aliases if a.isupper()}
        if agency.kind.value != "minister":
            acronyms.add(_initials_of(agency.name))
        names = (agency.name, agency.maori_name, *agency.aliases)
        forms = tuple(n for n in names if n and len(n.split()) >= 2)
        for acronym in acronyms & shared:
            out.setdefault(acronym, []).append((agency.name, (*forms, *domains.get(agency.id, []))))
    return {acronym: tuple(owners) for acronym, owners in out.items()}


def resolved_acronyms(text: str) -> str:
    """``text`` with an acronym several bodies share written as the one the letter shows.

    "MDC" is the Manawatū, Marlborough, Masterton or Mackenzie District Council: alone it
    names no one. But a letter that also writes one of them in another form - its name in
    full, or its domain ("www.mdc.govt.nz") - tells which it means; where the letter
    writes no owner, or two, the acronym is left as it is (evidence absent or in conflict).
    """
    owners_of = _shared_owners()
    used = {m.group() for m in _ACRONYM.finditer(text)} & owners_of.keys()
    if not used:
        return text
    folded = f" {fold(text)} "
    lowered = text.lower()
    out = text
    for acronym in sorted(used):
        shown = [
            name
            for name, forms in owners_of[acronym]
            if any((f" {fold(f)} " in folded) if "." not in f else (f in lowered) for f in forms)
        ]
        if len(shown) == 1:
            out = re.sub(rf"(?<![\w-]){acronym}(?![\w-])", shown[0].replace("\\", r"\\"), out)
    return out
