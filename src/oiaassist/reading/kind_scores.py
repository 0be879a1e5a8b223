"""Acknowledgement, release, decision or neither: the evidence weighed, not ranked.

Once the letter is known not to transfer, extend or ask to clarify (acts the finders
read from their own sentences, OIA ss 14, 15A, 15(1AA)), what is left is an
acknowledgement (a decision still to come, s 15(1)), an answer that releases some
information (a *release*), an answer that releases nothing now (a *decision*: a
refusal, s 18; "not held", s 18(e); a release to follow, s 28(5)), or neither (a cover
note, a charge notice, a follow-up: the corpus's *other*).

:mod:`.kind`'s rules pick one by a fixed precedence: the first rule that fires wins,
so one phrase ("your request has been received", "review this response") can outweigh
everything else the letter shows. Rules written on some agencies' letters read others'
badly (issue 13). Here every piece of evidence the finders gave — the outcome words, the
signs of information given or not (:mod:`.giving`), a promise to reply, a stated due
date, the right to complain to the Ombudsman (s 19(b)), grounds cited, the letter's
length — votes for each of the four, with weights that are data
(``data/kind_weights.json``) fitted by ``benchmarks/fit_kind.py`` on the development
letters (a multinomial logistic regression, checked by leave-agency-out
cross-validation). :mod:`.kind` lets the weighed kind overrule its rules only where the
weighing is sure (:func:`sure`).
"""

from __future__ import annotations

import json
import math
from functools import cache
from importlib import resources
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from oiaassist.reading.reader import LetterReading

__all__ = ["CLASSES", "features", "probabilities", "sure"]

CLASSES: tuple[str, ...] = ("acknowledgement", "release", "decision", "other")
"""The kinds weighed, in the order of each weight's values (the corpus's words)."""

_SHORT = 700
_LONG = 1500
"""Characters: an acknowledgement is short (the development letters' longest is about
1,500); an answer seldom is."""

_EVIDENCE = ("gives", "to_follow", "refuses", "earlier", "promises", "noted", "thanks", "responds")
_READ = ("answers", "responds", "charges", "acknowledges", "stated_due", "received")


def features(reading: LetterReading) -> frozenset[str]:
    """The evidence of ``reading`` as names (each present or not), in the letter's own text.

    ``out_*``: the outcome words (:meth:`.facts.Facts.outcomes`); ``ev_*``: the signs of
    :mod:`.signs`; ``r_*``: the reader's finders; ``g_*``: the signs of :mod:`.giving`;
    ``title_*``: the kind the title names; ``len_short``/``len_long``; ``grounds``: a
    withholding or refusal ground cited; ``complain``: the right to complain to the
    Ombudsman (OIA s 19(b); LGOIMA s 18(b)); ``quoted``: a message quoted below.
    """
    ev = reading.kind_evidence
    names: set[str] = {f"out_{h.value.value}" for h in reading.outcomes if ev.here(h) is not None}
    names.update(f"ev_{a}" for a in _EVIDENCE if ev.here(getattr(ev, a)) is not None)
    names.update(f"r_{a}" for a in _READ if ev.here(getattr(reading, a)) is not None)
    if ev.here(reading.right_to_complain) is not None:
        names.add("complain")
    if ev.title is not None:
        names.add(f"title_{ev.title.value.value}")
    names.update(f"g_{s.value}" for s in ev.giving.signs)
    if reading.length <= _SHORT:
        names.add("len_short")
    elif reading.length > _LONG:
        names.add("len_long")
    if reading.ground_sections():
        names.add("grounds")
    if ev.quoted_from is not None:
        names.add("quoted")
    return frozenset(names)


@cache
def _fitted() -> dict[str, Any]:
    """``data/kind_weights.json``: per kind, the bias (under ``""``) and each weight."""
    raw = resources.files("oiaassist.reading").joinpath("data/kind_weights.json").read_text()
    data: dict[str, Any] = json.loads(raw)
    return data


def probabilities(names: frozenset[str], fitted: dict[str, Any] | None = None) -> dict[str, float]:
    """Each kind's probability given the evidence ``names`` (softmax of the weighed sums).

    ``fitted``: weights to use instead of the stored ones (the fitting script's folds).
    """
    data = _fitted() if fitted is None else fitted
    weights: dict[str, list[float]] = data["weights"]
    sums = list(weights[""])
    # in a fixed order: a set's order changes from run to run, and so would a float sum's last bit
    for name in sorted(names):
        row = weights.get(name)
        if row is not None:
            sums = [s + w for s, w in zip(sums, row, strict=True)]
    top = max(sums)
    exp = [math.exp(s - top) for s in sums]
    total = sum(exp)
    return {kind: e / total for kind, e in zip(CLASSES, exp, strict=True)}


def sure(names: frozenset[str], fitted: dict[str, Any] | None = None) -> tuple[str, float] | None:
    """The weighed kind and its probability where it reaches the fitted threshold, else None."""
    data = _fitted() if fitted is None else fitted
    probs = probabilities(names, data)
    kind = max(CLASSES, key=lambda k: probs[k])
    return (kind, probs[kind]) if probs[kind] >= float(data["threshold"]) else None
