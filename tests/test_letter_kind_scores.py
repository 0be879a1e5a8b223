"""The weighed kind (issue 13): evidence votes, weights as data, fitted reproducibly.

Each letter is a real one from the corpus's development set (``tests/corpus/letters/dev``).
"""

from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path

import pytest

from oiaassist.reading import LetterKind, read_letter
from oiaassist.reading.kind import by_rules, classify
from oiaassist.reading.kind_scores import CLASSES, features, probabilities, sure

_ROOT = Path(__file__).resolve().parent.parent
_DEV = _ROOT / "tests" / "corpus" / "letters" / "dev"
_WEIGHTS = _ROOT / "src" / "oiaassist" / "reading" / "data" / "kind_weights.json"


def _letter(letter_id: str) -> str:
    return (_DEV / f"{letter_id}.txt").read_text(encoding="utf-8")


def test_the_weights_are_data_one_row_a_name_and_a_bias() -> None:
    data = json.loads(_WEIGHTS.read_text(encoding="utf-8"))
    assert data["classes"] == list(CLASSES)
    assert "" in data["weights"]
    assert all(len(row) == len(CLASSES) for row in data["weights"].values())
    assert 0.5 <= data["threshold"] < 1.0


def test_the_probabilities_sum_to_one_and_unknown_names_weigh_nothing() -> None:
    probs = probabilities(frozenset({"r_stated_due", "no such evidence"}))
    assert abs(sum(probs.values()) - 1.0) < 1e-9
    assert probs == probabilities(frozenset({"r_stated_due"}))


def test_a_promise_and_a_stated_due_date_weigh_for_an_acknowledgement() -> None:
    """Palmerston North's acknowledgement (dev fyi-3561-pncc-acknowledgement): 'the 20 working
    days period has been calculated as being no later than 18 February 2016'."""
    names = features(read_letter(_letter("fyi-3561-pncc-acknowledgement")))
    assert "r_stated_due" in names
    probs = probabilities(names)
    assert max(probs, key=lambda k: probs[k]) == "acknowledgement"


def test_a_refusal_with_nothing_given_weighs_for_a_decision() -> None:
    """EPA's refusal (dev fyi-18872-epa-decision): the information is not held (s 18(e))."""
    names = features(read_letter(_letter("fyi-18872-epa-decision")))
    assert "out_not_held" in names
    assert not any(n in names for n in ("g_attached_information", "ev_gives", "out_released"))
    probs = probabilities(names)
    assert probs["decision"] > probs["acknowledgement"]


def test_a_letter_read_as_a_transfer_is_never_weighed() -> None:
    """The finders' acts (transfer, extension, clarification) keep their kind: the weighing
    chooses only among acknowledgement, release, decision and other (DPMC's transfer of part
    of a request to DIA, dev fyi-25686-dpmc-transfer)."""
    reading = read_letter(_letter("fyi-25686-dpmc-transfer"))
    assert by_rules(reading).kind is LetterKind.TRANSFER
    assert classify(reading).kind is LetterKind.TRANSFER


@pytest.mark.parametrize("threshold", [0.99])
def test_below_the_threshold_the_rules_stand(threshold: float) -> None:
    names = frozenset({"len_long"})
    fitted = json.loads(_WEIGHTS.read_text(encoding="utf-8"))
    assert sure(names, {**fitted, "threshold": threshold}) is None


def test_the_weights_file_is_what_the_fitting_script_gives() -> None:
    """Reproducible: a refit on the letters it was fitted on writes the same weights."""
    modules = {}
    for name in ("bench_letters", "fit_kind"):
        spec = importlib.util.spec_from_file_location(name, _ROOT / "benchmarks" / f"{name}.py")
        assert spec is not None
        assert spec.loader is not None
        modules[name] = importlib.util.module_from_spec(spec)
        sys.modules.setdefault(name, modules[name])
        spec.loader.exec_module(modules[name])
    assert modules["fit_kind"].main(["--check"]) == 0
