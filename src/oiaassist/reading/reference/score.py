"""Weighing the candidates: the reference is the one that clearly wins, else none.

Each candidate's score is the sum of its features' weights (:mod:`.weights`, fitted on
the development letters by ``benchmarks/fit_reference.py``; a log-odds that the token is
the agency's reference for this request). A token that occurs several times takes its
best place. The best token is taken only when its score passes the threshold and beats
every other token by the margin: two numbers with equally good claims (a letterhead's
"Ref" and a subject line's number) leave the reference unknown rather than guessed, since
a wrong reference is worse than none.
"""

from __future__ import annotations

from oiaassist.reading.reference.candidates import Candidate
from oiaassist.reading.reference.weights import BIAS, MARGIN, THRESHOLD, WEIGHTS


def score(
    candidate: Candidate, weights: dict[str, float] | None = None, bias: float = BIAS
) -> float:
    """The candidate's log-odds of being the reference."""
    table = WEIGHTS if weights is None else weights
    return bias + sum(table.get(name, 0.0) for name in candidate.features)


def ranked(
    found: list[Candidate], weights: dict[str, float] | None = None, bias: float = BIAS
) -> list[tuple[float, Candidate]]:
    """Each distinct token once, at its best-scoring place, best first (ties: earliest)."""
    best: dict[str, tuple[float, Candidate]] = {}
    for candidate in found:
        value = score(candidate, weights, bias)
        held = best.get(candidate.key)
        if held is None or value > held[0]:
            best[candidate.key] = (value, candidate)
    return sorted(best.values(), key=lambda hit: (-hit[0], hit[1].span[0]))


def _digits(key: str) -> str:
    return "".join(ch for ch in key if ch.isdigit())


_NAMES_THE_REQUEST = frozenset({"label_request", "label_request_no"})


def contest(found: list[Candidate]) -> list[Candidate]:
    """The candidates that may be the reference: a records file's number drops out beside one.

    A records file's number drops out when the letter also names a number as the request's.
    A council's letter may print both "File Ref: OIAP-7-4764" and "Request for information
    2017-142": the first files the letter in a records system, the second is the request's
    number in the register, which the corpus's rule makes the reference (its README). The
    weights are fitted on the same contest (``benchmarks/fit_reference.py``).
    """
    if not any(_NAMES_THE_REQUEST & c.features for c in found):
        return found
    return [c for c in found if "label_file" not in c.features or _NAMES_THE_REQUEST & c.features]


def choose(
    ranking: list[tuple[float, Candidate]],
    threshold: float = THRESHOLD,
    margin: float = MARGIN,
) -> Candidate | None:
    """The winner, when it passes ``threshold`` and leads the next token by ``margin``."""
    if not ranking or ranking[0][0] < threshold:
        return None
    best, key = ranking[0][0], ranking[0][1].key
    # the same number written with and without its letters ("OIA 28545", "28545") is one
    # claim, given in its fullest form
    family = [c for _, c in ranking if _digits(c.key) == _digits(key)]
    rivals = [value for value, c in ranking if c not in family]
    if rivals and best - rivals[0] < margin:
        return None  # two claims of like strength: abstain
    return max(family, key=lambda c: len(c.key))
