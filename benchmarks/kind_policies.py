"""The candidate policies for who decides a letter's kind: the rules, the scorer, or both.

Round 8 of issue 13 settles, on FRESH material only (letters and messages neither the
rules nor the weights were tuned on), how :mod:`oiaassist.reading.kind`'s precedence rules
and :mod:`oiaassist.reading.kind.model`'s fitted scorer share the decision. Each policy is a
pure function of one reading's

* rules' verdict (:func:`oiaassist.reading.kind.rules.ruled`: its kind and the rule's name), and
* scorer's guess (its likeliest kind, probability, and whether a feature other than the
  letter's shape shows it),

so the same policies are scored on the letters the reader reads (``--set`` / ``--ids`` of
``probe_kind_policies.py``, ``probe_kind_silver.py``) and, with weights fitted without each
agency, by leave-agency-out cross-validation (``probe_kind_policies.py --cv``). The policies
were written down (``benchmarks/data/round8-kind.md``) before the fresh batches arrived:

* ``P0`` — main as it is (d1d8e17): the scorer overrules the rules where ≥ 0.5 sure and a
  feature of what the letter does shows it, never over :data:`oiaassist.reading.kind.rules.DEFINED`;
* ``P1`` — the same, with ``DEFINED`` as before round 7 (:data:`DEFINED_BEFORE_7`);
* ``P2`` — the rules that state a statutory act stand (:data:`ACTS`); the scorer ALONE
  decides every other letter (release, decision, acknowledgement, other);
* ``P3`` — the scorer alone;
* ``P4`` — the statutory acts stand; elsewhere the scorer overrules where ≥ 0.5 sure and shown
  (``P0``'s mechanism with :data:`ACTS` for ``DEFINED``);
* ``P5`` — nothing stands: the scorer overrules any rule where ≥ 0.5 sure and shown;
* ``P6`` — :data:`ACTS` and the three "other" definitions the scorer sees too rarely to learn
  (:data:`FOLLOW_UPS`) stand; the scorer alone decides every other letter.

Two more were added at 02:50, after the 02:28 batch and before the 03:05 one, when P3 (then
the reader's) was seen to guess a kind for a letter that shows nothing (an empty text, "Dear
Sam, Thank you." read as an acknowledgement), against the project's "never a guess":

* ``P7`` — P3, except that where the rules found nothing and only the letter's shape (length,
  a date, thanks) shows the scorer's kind, the kind stays unknown ("other");
* ``P8`` — the scorer wherever a feature of what the letter does shows its kind; where only
  the letter's shape does, the rules' verdict (P5 at threshold 0).

Only the benchmarks read this module; the reader's own policy is :func:`.kind.classify`.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from oiaassist.reading.kind import model as kind_model
from oiaassist.reading.kind import rules as kind_rules
from oiaassist.reading.kind.rules import LetterKind, ruled
from oiaassist.reading.reader import LetterReading

THRESHOLD = 0.5
"""P0's threshold (the stored weights' ``threshold`` on main d1d8e17)."""

DEFINED_BEFORE_7 = frozenset({
    "releases some information",
    "decides to release; the information follows",
    "gives notice of a charge",
    "asks the requester to show eligibility",
    "follows an Ombudsman's review",
    "follows up an earlier decision",
    "sends the response attached",
    "extends the time limit to transfer",
})  # fmt: skip
"""``kind.DEFINED`` before round 7 widened it (``git show
df94d71^:src/oiaassist/reading/kind.py``)."""

DEFINED_MAIN = DEFINED_BEFORE_7 | frozenset({
    "decides and releases nothing",
    "extends the time limit now",
    "asks the requester to clarify",
    "refuses a part and answers the rest",
    "transfers the request",
})  # fmt: skip
"""``kind.DEFINED`` on main d1d8e17 (13 rules: round 7 added five), fixed here so that P0
stays main's policy whatever this branch makes of ``kind.DEFINED``."""

ACTS = frozenset({
    "transfers the request",
    "extends the time limit to transfer",
    "extends the time limit now",
    "asks the requester to clarify",
    "gives notice of a charge",
    "asks the requester to show eligibility",
})  # fmt: skip
"""The rules that state a statutory act done by this letter: a transfer (OIA s 14; LGOIMA
s 12), an extension (OIA s 15A; LGOIMA s 14), a clarification asked (OIA s 15(1AA); LGOIMA
s 13(1AA)), a charge (OIA s 15(1A); LGOIMA s 13(1A)), proof of eligibility asked (OIA
s 12(1))."""


FOLLOW_UPS = frozenset({
    "follows an Ombudsman's review",
    "follows up an earlier decision",
    "sends the response attached",
})  # fmt: skip
"""The rules that apply the corpus's "other" (its kind rule 6): a letter after an Ombudsman's
review (OIA s 28), a follow-up of an earlier decision, a cover note sending the response."""


@dataclass(frozen=True, slots=True)
class Evidence:
    """What every policy decides from: the rules' verdict and the scorer's guess."""

    rules_kind: str
    rule: str
    scorer_kind: str
    probability: float
    shown: bool


def plain(kind: LetterKind) -> str:
    """A reader's kind in the corpus's words ("unknown" is "other")."""
    return "other" if kind is LetterKind.UNKNOWN else kind.value


def evidence(reading: LetterReading, fitted: dict[str, object] | None = None) -> Evidence:
    """The rules' verdict and the scorer's guess for ``reading`` (stored weights by default)."""
    verdict = ruled(reading)
    names = frozenset(kind_model.features(reading))
    return evidence_of(plain(verdict.kind), verdict.rule, names, fitted)


def evidence_of(
    rules_kind: str, rule: str, names: frozenset[str], fitted: dict[str, object] | None = None
) -> Evidence:
    """:func:`evidence` from features already computed (for cross-validation)."""
    kind, probability = kind_model.likeliest(names, fitted)
    shown = bool(kind_model.shown_by(names, kind, fitted))
    return Evidence(rules_kind, rule, kind, probability, shown)


def _overruled(ev: Evidence, defined: frozenset[str], threshold: float = THRESHOLD) -> str:
    """P0's mechanism (``kind.overrules``) with ``defined`` in place of ``kind.DEFINED``."""
    if ev.rule in defined or ev.probability < threshold:
        return ev.rules_kind
    if ev.shown or ev.rule == kind_rules.NOTHING_FITS:
        return ev.scorer_kind
    return ev.rules_kind


def p0(ev: Evidence) -> str:
    return _overruled(ev, DEFINED_MAIN)


def p1(ev: Evidence) -> str:
    return _overruled(ev, DEFINED_BEFORE_7)


def p2(ev: Evidence) -> str:
    return ev.rules_kind if ev.rule in ACTS else ev.scorer_kind


def p3(ev: Evidence) -> str:
    return ev.scorer_kind


def p4(ev: Evidence) -> str:
    return _overruled(ev, ACTS)


def p5(ev: Evidence) -> str:
    return _overruled(ev, frozenset())


def p7(ev: Evidence) -> str:
    if ev.rule == kind_rules.NOTHING_FITS and not ev.shown:
        return ev.rules_kind
    return ev.scorer_kind


def p8(ev: Evidence) -> str:
    return ev.scorer_kind if ev.shown else ev.rules_kind


def p6(ev: Evidence) -> str:
    return ev.rules_kind if ev.rule in ACTS | FOLLOW_UPS else ev.scorer_kind


POLICIES: dict[str, Callable[[Evidence], str]] = {
    "P0": p0,
    "P1": p1,
    "P2": p2,
    "P3": p3,
    "P4": p4,
    "P5": p5,
    "P6": p6,
    "P7": p7,
    "P8": p8,
}
"""Every candidate, by name (written down before the fresh material arrived)."""


def verdicts(reading: LetterReading) -> dict[str, str]:
    """Each policy's kind for ``reading``, and the reader's own (``reader``)."""
    ev = evidence(reading)
    out = {name: policy(ev) for name, policy in POLICIES.items()}
    out["reader"] = plain(reading.kind)
    return out
