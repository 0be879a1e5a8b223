"""Names a body writes itself by that the directory does not list, derived from its own name.

A council signs "Gore DC" or "Gore Council", a university "Otago University"; the
directory lists "Gore District Council" and "University of Otago". Typing such forms body
by body fixes only the bodies someone saw; these are computed for EVERY directory body
from its name, by a few families:

* ``council-abbrev``: "<Place> District/City/Regional Council" -> "<Place> DC/CC/RC"
  (the abbreviation in capitals only);
* ``council-short``: "<Place> District/City Council" -> "<Place> Council", only where no
  other directory body's name begins with the place ("Waikato Council": the district's or
  the regional council's? "Nelson Council" beside Nelson Marlborough DHB).

A form is kept only where it stands for one body: not another body's name, alias or te
reo name, and not derived by two bodies. Which families are used as author evidence
(:data:`USED`) is decided by ``benchmarks/probe_author_forms.py`` (how often each occurs
as a mere mention in dev letters written by other bodies) and by fresh letters (round 8).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from oiaassist.agencies import Agency, AgencyKind, all_agencies
from oiaassist.agencies.normalise import fold

USED = frozenset({"council-abbrev", "council-short"})
"""The families read as the body's names (see the module docstring)."""

_COUNCIL = re.compile(r"^(?P<place>.+?)\s+(?P<kind>District|City|Regional)\s+Council$")
_ABBREVIATION = {"District": "DC", "City": "CC", "Regional": "RC"}


@dataclass(frozen=True, slots=True)
class DerivedForm:
    """One derived name: the body it stands for, its family, the text, and a pattern."""

    agency: Agency
    family: str
    text: str
    pattern: re.Pattern[str]


def _candidates(agency: Agency, starts: dict[str, set[str]]) -> list[tuple[str, str]]:
    """(family, form) pairs derived from ``agency``'s name and aliases.

    ``starts`` maps each folded leading word of a directory name to the bodies so named.
    """
    out: list[tuple[str, str]] = []
    if agency.kind is AgencyKind.MINISTER:
        return out
    for name in (agency.name, *agency.aliases):
        council = _COUNCIL.match(name)
        if council is None:
            continue
        place, kind = council["place"], council["kind"]
        out.append(("council-abbrev", f"{place} {_ABBREVIATION[kind]}"))
        if kind != "Regional" and starts.get(fold(place), set()) <= {agency.id}:
            out.append(("council-short", f"{place} Council"))
    return out


def _pattern(form: str) -> re.Pattern[str]:
    """The form as written: its place in any case and spacing, an abbreviation in capitals."""
    words = form.split()
    parts = []
    for word in words:
        if word.isupper() and len(word) >= 2:
            parts.append(f"(?-i:{re.escape(word)})")
        else:
            parts.append(re.escape(word))
    return re.compile(
        r"(?<![\w-])(?<!(?-i:[A-Z])[a-z]{2}\s)(?<!(?-i:[A-Z])[a-z]{3}\s)(?<!(?-i:[A-Z])[a-z]{4}\s)"
        + r"[\s-]+".join(parts)
        + r"(?![\w-])",
        re.IGNORECASE,
    )


@lru_cache(maxsize=1)
def derived_forms() -> tuple[DerivedForm, ...]:
    """Every derived form of every directory body that stands for that body alone."""
    taken: dict[str, set[str]] = {}
    for agency in all_agencies():
        for name in (agency.name, agency.maori_name, *agency.aliases):
            if name:
                taken.setdefault(fold(name), set()).add(agency.id)
    starts: dict[str, set[str]] = {}
    for agency in all_agencies():
        for name in (agency.name, agency.maori_name, *agency.aliases):
            words = fold(name).split()
            for n in range(1, len(words)):
                starts.setdefault(" ".join(words[:n]), set()).add(agency.id)
    derived: dict[str, list[tuple[Agency, str, str]]] = {}
    for agency in all_agencies():
        for family, form in _candidates(agency, starts):
            derived.setdefault(fold(form), []).append((agency, family, form))
    out = []
    for key, owners in sorted(derived.items()):
        bodies = {agency.id for agency, _f, _t in owners}
        if len(bodies) != 1 or (taken.get(key, set()) - bodies):
            continue
        agency, family, form = owners[0]
        if fold(form) in {fold(agency.name), *(fold(a) for a in agency.aliases)}:
            continue
        out.append(DerivedForm(agency, family, form, _pattern(form)))
    return tuple(out)


@lru_cache(maxsize=1024)
def derived_names(agency: Agency) -> tuple[str, ...]:
    """The derived forms of ``agency`` in the families used as its names."""
    return tuple(f.text for f in derived_forms() if f.agency.id == agency.id and f.family in USED)
