"""The letter's kind weighed from few general features: a small multinomial scorer.

The precedence rules of :mod:`.rules` were written on the development letters and read
them well (about 95 %), but letters from agencies they never saw much worse (about
78 % on held-out and on each fresh batch before tuning): a rule fitted to one letter's
wording carries to no other. This module weighs instead *what the other finders
already found*, as about fifty yes/no features that hold for any agency's wording:
which acts the letter states as its own now (a receipt, a due date still to come, an
extension notified, a transfer, a clarification asked: OIA ss 14, 15, 15A; LGOIMA
ss 12-14), the signs of information given now or not (:mod:`.giving`), the grounds
it cites (withholding, OIA s 9 / LGOIMA s 7, against refusal, OIA s 18 / LGOIMA
s 17), its title, its own length, a reply promised, an earlier letter spoken of.

The weights are data (``data/kind_weights.json``), fitted by ``benchmarks/fit_kind.py``
as an L2-regularised multinomial logistic regression on the development letters and
measured there by leave-agency-out cross-validation. :func:`weighed` gives each kind's
probability; :func:`.rules.classify` uses it where it is sure enough (the file's
``threshold``).
"""

from __future__ import annotations

import json
import math
from collections.abc import Collection
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import TYPE_CHECKING, Any

from oiaassist.reading.kind import rules
from oiaassist.reading.kind.giving import GIVEN
from oiaassist.reading.text import Found

if TYPE_CHECKING:
    from oiaassist.reading.reader import LetterReading

__all__ = [
    "Weighed",
    "features",
    "likeliest",
    "probabilities",
    "shown_by",
    "threshold",
    "weighed",
]

_NOTHING = frozenset(
    {"refused", "not_held", "withheld_in_full", "neither_confirm_nor_deny", "to_follow"}
)
"""The signs of :mod:`.giving` that nothing is given now."""

_GIVING = frozenset({"gives", "answers", "outcome_released"})
"""Features of information given besides :data:`.giving.GIVEN`'s signs: words giving it, a
release the letter states as its decision ("I have decided to release three of these
documents to you")."""

_WITHHOLDING = ("6", "7", "9")
"""Sections whose grounds withhold information (OIA ss 6, 7, 9; LGOIMA ss 6, 7): often
cited for the parts kept out of a release."""

_REFUSING = ("17", "18")
"""Sections whose grounds refuse the request (OIA s 18; LGOIMA s 17): not held, publicly
available, substantial collation."""


@dataclass(frozen=True, slots=True)
class Weighed:
    """The likeliest kind (in the corpus's words), its probability, and what shows it.

    ``feature``: the feature that pulls hardest towards the kind, not one of the letter's
    shape only ("" if none: then the weights do not decide); ``words``: its words.
    """

    kind: str
    probability: float
    feature: str = ""
    words: str = ""


def _length_band(length: int) -> str:
    if length <= 700:
        return "length_short"
    if length <= 1500:
        return "length_mid"
    return "length_long" if length <= 4000 else "length_very_long"


class _Found(dict[str, str]):
    """The features present, each with the words it rests on ("" if none)."""

    def put(self, name: str, words: Found[Any] | str | None, present: bool | None = None) -> None:
        """Note ``name`` where ``words`` were found (or where ``present`` says so)."""
        if words is not None if present is None else present:
            self[name] = words.snippet if isinstance(words, Found) else words or ""


def features(reading: LetterReading) -> dict[str, str]:
    """The features present in ``reading``, each with the words it rests on (or "").

    Only the letter's own words count (not a message quoted below an email reply).
    """
    found = _Found({_length_band(rules.own_length(reading)): ""})
    _acts(reading, found)
    _answer(reading, found)
    return dict(found)


def _acts(reading: LetterReading, found: _Found) -> None:
    """The acts before an answer: receipt, due date, extension, transfer, clarification."""
    ev = reading.kind_evidence
    here = ev.here
    found.put("quoted_thread", None, ev.quoted_from is not None)
    found.put("letter_date", reading.letter_date)
    found.put("received", reading.received)
    due = rules.due_to_come(reading)
    found.put("due_to_come", due)
    stated = here(reading.stated_due)
    found.put("due_past", stated, due is None and stated is not None)
    ext = reading.extension
    if rules.extends_transfer_limit(reading):
        # the limit to transfer extended (OIA s 15A(1)): an act of the transfer, not of the reply
        found.put("extends_transfer_limit", ext.snippet if ext else None, True)
    else:
        found.put("extends_now", ext.snippet if ext else None, rules.extends(reading))
        found.put("extends_words", here(ev.extends))
    found.put("extension_spoken_of", None, ext is not None)
    found.put("extended_to_has_come", None, rules.extended_to_has_come(reading))
    moved = reading.transfer
    to = moved.to_agency if moved else here(ev.transfers)
    found.put("transfer_own", to, rules.own_transfer(reading))
    found.put("transfer_words", here(ev.transfers))
    found.put("part_moved", None, rules.part_moved_rest_answered(reading))
    found.put("asks", here(reading.asks) or here(ev.asks), rules.asks(reading))
    found.put("eligibility", here(ev.eligibility))
    found.put("review", here(ev.review))
    found.put("earlier", here(ev.earlier))
    if ev.title is not None:
        found[f"title_{ev.title.value.value}"] = ev.title.snippet
    found.put("promises", here(ev.promises))
    found.put("noted", here(ev.noted))
    found.put("thanks", here(ev.thanks))
    found.put("acknowledges", here(reading.acknowledges))
    found.put("earlier_response", reading.earlier_response)
    found.put("admits_delay", None, bool(reading.admits_delay))


def _answer(reading: LetterReading, found: _Found) -> None:
    """The signs of an answer: outcomes, information given or not, grounds cited."""
    ev = reading.kind_evidence
    here = ev.here
    found.put("gives", here(ev.gives))
    found.put("answers", here(reading.answers))
    found.put("to_follow", here(ev.to_follow))
    found.put("refuses", here(ev.refuses))
    found.put("responds", here(reading.responds) or here(ev.responds))
    found.put("charges", here(reading.charges) or here(ev.charge))
    for hint in rules.own_outcomes(reading):
        found.setdefault(f"outcome_{hint.value.value}", hint.snippet)
    for sign in ev.giving.signs:
        found.setdefault(f"sign_{sign.value}", sign.snippet)
    names = {s.value for s in ev.giving.signs}
    given = bool(names & GIVEN) or not found.keys().isdisjoint(_GIVING)
    nothing = bool(names & _NOTHING) or "refuses" in found or "to_follow" in found
    found.put("given_only", None, given and not nothing)
    found.put("nothing_only", None, nothing and not given)
    found.put("given_and_nothing", None, given and nothing)
    # answers in the letter's own words beside numbered points: the questions answered in turn
    found.put("answered_in_turn", None, {"answers_in_text", "numbered_points"} <= names)
    grounds = reading.ground_sections()
    found.put("grounds_withholding", None, any(s.split("(")[0] in _WITHHOLDING for s in grounds))
    found.put("grounds_refusing", None, any(s.split("(")[0] in _REFUSING for s in grounds))
    found.put("right_to_complain", reading.right_to_complain)


@cache
def _fitted() -> dict[str, Any]:
    """``data/kind_weights.json``: classes, per-class bias and weights, and the threshold."""
    raw = resources.files("oiaassist.reading.kind").joinpath("data/kind_weights.json").read_text()
    data: dict[str, Any] = json.loads(raw)
    return data


def threshold() -> float:
    """How sure (probability) the scorer must be to overrule the rules' kind."""
    return float(_fitted()["threshold"])


def probabilities(names: Collection[str], fitted: dict[str, Any] | None = None) -> dict[str, float]:
    """Each kind's probability given the features ``names`` (a softmax of the weighed sums)."""
    data = _fitted() if fitted is None else fitted
    sums: dict[str, float] = {}
    for kind in data["classes"]:
        weights = data["weights"][kind]
        # a fixed order: a set's order changes from run to run, and so would the sum's last bit
        sums[kind] = data["bias"][kind] + sum(weights.get(n, 0.0) for n in sorted(names))
    top = max(sums.values())
    exp = {k: math.exp(v - top) for k, v in sums.items()}
    total = sum(exp.values())
    return {k: v / total for k, v in exp.items()}


_ACT_SHOWN = {
    "extension": ("extends_now", "extends_words"),
    "transfer": ("transfer_own", "transfer_words", "extends_transfer_limit"),
    "clarification": ("asks",),
}
"""The kinds that are an act the letter must itself state (OIA ss 14, 15(1AA), 15A;
LGOIMA ss 12, 13(1AA), 14), and the features that show it: the weights may prefer such
a kind only where the letter states the act, never from its other signs alone."""


_SHAPE = frozenset({
    "length_short", "length_mid", "length_long", "length_very_long", "letter_date", "received",
    "thanks", "right_to_complain", "quoted_thread",
})  # fmt: skip
"""Features of the letter's shape only (its length, a date heading it, thanks, the right to
complain every answer states): they tilt the odds, but no kind is decided by them alone."""


def likeliest(names: Collection[str], fitted: dict[str, Any] | None = None) -> tuple[str, float]:
    """The likeliest kind given the features ``names``, and its probability.

    A kind whose act the letter does not state (:data:`_ACT_SHOWN`) is passed over.
    """
    probs = probabilities(names, fitted)
    shown = [k for k in probs if k not in _ACT_SHOWN or not set(names).isdisjoint(_ACT_SHOWN[k])]
    kind = max(shown, key=lambda k: (probs[k], k))
    return kind, probs[kind]


def shown_by(names: Collection[str], kind: str, fitted: dict[str, Any] | None = None) -> str:
    """The feature, not of the letter's shape, that pulls hardest towards ``kind`` ("" if none).

    The weights of every feature sum to 0 over the kinds (they start at 0 and each step
    moves them so), so a positive weight pulls towards a kind more than the average.
    """
    weights = (_fitted() if fitted is None else fitted)["weights"][kind]
    pulls = sorted((weights.get(n, 0.0), n) for n in names if n not in _SHAPE)
    return pulls[-1][1] if pulls and pulls[-1][0] > 0 else ""


def weighed(reading: LetterReading) -> Weighed:
    """The likeliest kind of the letter ``reading`` was read from, by the fitted weights.

    ``words``: those of the feature that shows it most (:func:`shown_by`); "" where only
    the letter's shape leans to it.
    """
    found = features(reading)
    kind, probability = likeliest(found)
    feature = shown_by(found, kind)
    return Weighed(kind, probability, feature, found[feature] if feature else "")
