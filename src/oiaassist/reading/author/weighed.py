"""The last resort: weigh the bodies a letter names, when no rule finds its author.

The rules of :mod:`.find` read the places a letter shows its author and the sentences in
which it names itself. Each round, letters from bodies the rules never saw showed their
author in a way no rule read (held-out: 50 of 68 author misses were "none found" on
letters whose own text shows it), and each new rule fixed only the letters it was
written from. This module does not add a rule: it weighs a few general features of
*each* directory body the letter names in its own words — where the name stands (the
first or last 300 characters, a short line of its own), how often, whether the letter
says "we"/"our" in the same sentence, makes it the subject of a verb, calls itself by
its kind ("the Council"), gives its web or email domain, whether it is the only body
named — with weights fitted on the development letters and the silver set's dev
messages (``benchmarks/fit_author.py``), and names the best body only when its
probability is at least the threshold stored with the weights. The threshold was chosen
on FRESH letters the rules had never seen (round 8's new dev letters, read before any
tuning): there it names authors the rules miss and guesses none, while on the letters the
rules were written on (leave-agency-out CV) it mostly guesses — those letters show their
author where the rules look, so the ones left are mostly letters that do not show it.

Never a body the request is transferred to, one named only in the request quoted back,
or a Minister (a department's letter often names its Minister; a Minister's office is
read by the rules): a mere mention is not weighed at all.
"""

from __future__ import annotations

import json
import math
import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from oiaassist.agencies import Agency, AgencyKind
from oiaassist.agencies.normalise import fold
from oiaassist.reading.author.acting import _VERB_AFTER, _flatten, _names_written
from oiaassist.reading.author.kind_word import _BARE, _DOMAIN, _unquoted
from oiaassist.reading.author.names import (
    _by_domain,
    _fold_with_offsets,
    _name_pattern,
    inside_longer,
)
from oiaassist.reading.author.self_reference import _sentence_around, _transferred_to

_EDGE = 300
"""Characters at the start and end of a letter where its own name usually stands."""
_WE = re.compile(r"\b(?:we|our|us)\b", re.IGNORECASE)
_OBJECT_BEFORE = re.compile(
    r"\b(?:to|from|with|by|about|against|between|via|into|at)\s+(?:the\s+)?$", re.IGNORECASE
)
_ROUTED = re.compile(
    r"\b(?:transfer\w*|consult\w*|refer\w*|complain\w*|ombudsman|forward\w*)\b", re.IGNORECASE
)
_NOT_WEIGHED = frozenset({AgencyKind.MINISTER})


@dataclass(frozen=True, slots=True)
class Weighed:
    """A body the letter names, its features, and its probability of being the author."""

    agency: Agency
    features: frozenset[str]
    evidence: str
    probability: float = 0.0


def candidates(text: str, allowed: list[Agency]) -> list[Weighed]:
    """Each directory body ``text`` names in its own words, with its features.

    ``text`` is the letter as :mod:`.find` reads it (the requester's quoted message cut).
    """
    flat = _flatten(_unquoted(text))
    if not flat:
        return []
    folded = _fold_with_offsets(flat)[0]
    found, domains = _mentions(flat, folded, allowed)
    lines = text.splitlines()
    short_lines = [f" {fold(line)} " for line in lines if 0 < len(line.split()) <= 6]
    bare = {m[1] for m in _BARE.finditer(flat)}
    first = min((min(s for s, _ in spots) for _, spots in found.values() if spots), default=-1)
    out = []
    for agency, spots in found.values():
        if _transferred_to(flat, f" {folded} ", agency):
            continue
        features = _features(flat, agency, spots, short_lines, bare)
        if agency.id in domains:
            features.add("domain")
        if len(found) == 1:
            features.add("only")
        if spots and min(s for s, _ in spots) == first:
            features.add("first")
        if len(flat) < 1500:
            features.add("short-letter")
        features.add(f"kind:{_kind_group(agency.kind)}")
        evidence = _sentence_around(flat, *spots[0]) if spots else agency.name
        out.append(Weighed(agency, frozenset(features), evidence[:200]))
    return out


def _mentions(
    flat: str, folded: str, allowed: list[Agency]
) -> tuple[dict[str, tuple[Agency, list[tuple[int, int]]]], set[str]]:
    """Where each body is named (by id), and the bodies whose domain the letter gives."""
    words = set(folded.split())
    found: dict[str, tuple[Agency, list[tuple[int, int]]]] = {}
    for agency in allowed:
        if agency.kind in _NOT_WEIGHED:
            continue
        for name in _names_written(agency, folded, words):
            for match in _name_pattern(name).finditer(flat):
                if not inside_longer(flat, *match.span()):
                    found.setdefault(agency.id, (agency, []))[1].append(match.span())
    domains: set[str] = set()
    for match in _DOMAIN.finditer(flat):
        owner = _by_domain(match["domain"], allowed)
        if owner is not None and owner.kind not in _NOT_WEIGHED:
            domains.add(owner.id)
            found.setdefault(owner.id, (owner, []))
    return found, domains


def _features(
    flat: str,
    agency: Agency,
    spots: list[tuple[int, int]],
    short_lines: list[str],
    bare: set[str],
) -> set[str]:
    features: set[str] = set()
    if len(spots) >= 2:
        features.add("twice")
    if len(spots) >= 4:
        features.add("often")
    if not spots:
        return features
    for start, end in spots:
        features |= _spot_features(flat, start, end, short_lines)
    if all(_OBJECT_BEFORE.search(flat[max(0, s - 30) : s]) for s, _e in spots):
        features.add("object-only")
    if any(re.search(rf"\b{kind}\b", agency.name) for kind in bare):
        features.add("kind-word")
    return features


def _spot_features(flat: str, start: int, end: int, short_lines: list[str]) -> set[str]:
    """What one mention says: where it stands, its sentence, the words after it."""
    sentence = _sentence_around(flat, start, end)
    checks = {
        "head": start < _EDGE,
        "tail": end > len(flat) - _EDGE,
        "line": any(f" {fold(flat[start:end])} " in line for line in short_lines),
        "we": _WE.search(sentence) is not None,
        "routed": _ROUTED.search(sentence) is not None,
        "subject": _VERB_AFTER.match(flat[end : end + 60]) is not None,
        "possessive": flat[end : end + 2] in ("'s", "’s"),
    }
    return {name for name, present in checks.items() if present}


def _kind_group(kind: AgencyKind) -> str:
    """A body's kind in a few groups (councils alike, central bodies alike)."""
    if kind in (
        AgencyKind.REGIONAL_COUNCIL,
        AgencyKind.UNITARY_AUTHORITY,
        AgencyKind.CITY_COUNCIL,
        AgencyKind.DISTRICT_COUNCIL,
        AgencyKind.COUNCIL_CONTROLLED_ORGANISATION,
    ):
        return "local"
    if kind in (AgencyKind.DEPARTMENT, AgencyKind.DEPARTMENTAL_AGENCY):
        return "department"
    return "other"


@lru_cache(maxsize=1)
def stored_weights() -> tuple[dict[str, float], float]:
    """The fitted weights (``bias`` among them) and the threshold, from the package data."""
    raw = resources.files("oiaassist.reading").joinpath("data/author_weights.json").read_text()
    data = json.loads(raw)
    return {str(k): float(v) for k, v in data["weights"].items()}, float(data["threshold"])


def probability(features: frozenset[str], weights: dict[str, float]) -> float:
    """The logistic probability the weights give a body with ``features``."""
    score = weights.get("bias", 0.0) + sum(weights.get(f, 0.0) for f in features)
    return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, score))))


def weighed_author(
    text: str,
    allowed: list[Agency],
    weights: dict[str, float] | None = None,
    threshold: float | None = None,
) -> Weighed | None:
    """The body most likely the author, if its probability reaches the threshold."""
    if weights is None or threshold is None:
        weights, threshold = stored_weights()
    if threshold > 1.0:
        return None  # the stored threshold says: never (round 8, see fit_author.py)
    scored = [
        Weighed(c.agency, c.features, c.evidence, probability(c.features, weights))
        for c in candidates(text, allowed)
    ]
    if not scored:
        return None
    best = max(scored, key=lambda c: c.probability)
    return best if best.probability >= threshold else None
