"""The letter's kind weighed from few general features (issue 13).

:mod:`oiaassist.reading.kind.model` weighs what the other finders found — the acts the
letter states as its own, the signs of information given now or not, the grounds cited —
by weights fitted on the development letters (``benchmarks/fit_kind.py``), and
:func:`oiaassist.reading.kind.rules.classify` lets it overrule the precedence rules where it is
sure. Each case is a real letter: a development letter of the corpus
(``tests/corpus/letters/dev``, named by its id).
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from bench_support import benchmark
from oiaassist.reading import LetterKind, read_letter
from oiaassist.reading.kind.model import features, likeliest, probabilities, shown_by, threshold
from oiaassist.reading.kind.rules import DEFINED, classify, overruled, ruled

_ROOT = Path(__file__).resolve().parent.parent
_DEV = _ROOT / "tests" / "corpus" / "letters" / "dev"
_WEIGHTS = _ROOT / "src" / "oiaassist" / "reading" / "kind" / "data" / "kind_weights.json"


def _dev(letter_id: str) -> str:
    return (_DEV / f"{letter_id}.txt").read_text(encoding="utf-8")


def test_the_weights_file_is_what_the_fitting_script_gives() -> None:
    """Reproducible: a refit on the development letters writes the same weights."""
    benchmark("bench_letters")
    assert benchmark("fit_kind").main(["--check", "--quiet"]) == 0


def test_the_weights_file_records_its_cross_validation_and_threshold() -> None:
    data = json.loads(_WEIGHTS.read_text(encoding="utf-8"))
    assert set(data["classes"]) == {
        "release", "decision", "acknowledgement", "extension", "transfer", "clarification", "other"
    }  # fmt: skip
    assert data["cross_validation"]["letters"] == data["letters"] == len(data["fitted_on"])
    assert 0.0 <= threshold() <= 1.01


def test_a_refusal_of_every_part_not_transferred_is_a_decision() -> None:
    """fyi-26318-cancer-control-decision transferred part and refuses the rest under s 18(g):
    "The remaining parts of your request are refused under section 18(g)(i) of the Act".
    What is not refused was transferred (OIA s 14), not answered: nothing is given now, so a
    decision (no longer read as a refusal of one part beside answers). The transfer, on 23
    April, nine days before the letter, is told, not this letter's act (no ``transfer_own``)."""
    reading = read_letter(_dev("fyi-26318-cancer-control-decision"))
    found = features(reading)
    assert {"nothing_only", "grounds_refusing"} <= found.keys()
    assert "transfer_own" not in found
    assert "given_only" not in found
    verdict = ruled(reading)
    assert (verdict.kind, verdict.rule) == (LetterKind.DECISION, "decides and releases nothing")
    assert "refused under section 18(g)(i)" in verdict.words
    assert classify(reading).kind is LetterKind.DECISION


def test_a_kind_whose_act_the_letter_does_not_state_is_never_weighed() -> None:
    """A transfer, extension or clarification is an act the letter must state (OIA ss 14,
    15(1AA), 15A): however the other features lean, without it the kind is another."""
    reading = read_letter(_dev("fyi-27748-te-pukenga-decision"))
    found = features(reading)
    assert not found.keys() & {"transfer_own", "transfer_words", "extends_now", "asks"}
    pulled = dict.fromkeys(found, 0.0)
    fitted = {
        "classes": ["transfer", "decision"],
        "bias": {"transfer": 9.0, "decision": 0.0},
        "weights": {"transfer": pulled, "decision": pulled},
    }
    assert probabilities(found, fitted)["transfer"] > 0.99
    assert likeliest(found, fitted)[0] == "decision"


def test_an_extension_of_the_transfer_limit_is_an_act_of_the_transfer() -> None:
    """DPMC's transfer letter (fyi-22125-dpmc-transfer): "we have extended the ten working
    day time-limit available to make these transfers" extends the s 14 limit (OIA s 15A(1)),
    not the time to decide: no extension of the reply is weighed."""
    sentence = (
        "I have determined that your request should be transferred, and we have extended the ten "
        "working day time-limit available to make these transfers."
    )
    found = features(read_letter(sentence))
    assert "extends_transfer_limit" in found
    assert "extends_now" not in found
    assert ruled(read_letter(sentence)).kind is LetterKind.TRANSFER


def test_the_rules_stand_where_the_weights_are_not_sure() -> None:
    """fyi-32140-minister-of-health-transfer: the rules' transfer stands unless the weights
    are at least the threshold sure of another kind."""
    reading = read_letter(_dev("fyi-32140-minister-of-health-transfer"))
    rules = ruled(reading)
    assert rules.kind is LetterKind.TRANSFER
    assert overruled(reading, rules, threshold=1.01) == rules
    kind, probability = likeliest(features(reading))
    assert classify(reading).kind is (rules.kind if probability < threshold() else LetterKind(kind))


def test_the_weights_decide_where_what_the_letter_does_shows_it() -> None:
    """Oranga Tamariki (fyi-31562-oranga-tamariki-release): "Please find a copy of the report
    attached to this response." The rules, weighing the refusal signs, read a decision; the
    weights, shown by the report attached, read a release — and no rule stands against them
    (``DEFINED`` is empty): on round 8's and round 12's fresh material the weights read kinds
    as well as any mix with rules written on other agencies' letters
    (benchmarks/data/round8-kind.md)."""
    assert frozenset() == DEFINED
    reading = read_letter(_dev("fyi-31562-oranga-tamariki-release"))
    assert ruled(reading).kind is LetterKind.DECISION
    found = features(reading)
    kind, _ = likeliest(found)
    assert (kind, shown_by(found, kind)) == ("release", "sign_attached_information")
    verdict = classify(reading)
    assert verdict.kind is LetterKind.RELEASE
    assert "Please find a copy of the report attached" in verdict.words


def test_the_letters_shape_alone_decides_no_kind() -> None:
    """Palmerston North's acknowledgement (fyi-3561-pncc-acknowledgement): "Your request for
    information was received by Council on 20 January 2016" and s 13's time limit set out at
    length. The weights lean to a release by its shape only (long, dated, a receipt); no
    feature of what it does shows one, so the rules' acknowledgement stands (never a guess)."""
    reading = read_letter(_dev("fyi-3561-pncc-acknowledgement"))
    found = features(reading)
    kind, _ = likeliest(found)
    assert kind == "release"
    assert shown_by(found, kind) == ""
    assert classify(reading) == ruled(reading)
    assert classify(reading).kind is LetterKind.ACKNOWLEDGEMENT


def test_a_feature_of_what_the_letter_does_shows_the_kind() -> None:
    """Te Aho o Te Kahu (fyi-26318-cancer-control-decision): the refusal under s 18(g)
    shows the decision; the shape features (length, date, thanks) never do."""
    found = features(read_letter(_dev("fyi-26318-cancer-control-decision")))
    shown = shown_by(found, "decision")
    assert shown
    assert shown not in {"length_long", "letter_date", "received", "thanks", "right_to_complain"}


def test_questions_answered_in_turn_are_one_feature() -> None:
    """Police (fyi-2363-police-release) answers its numbered questions in its own words:
    answers beside numbered points, the questions answered in turn (a refusal among them is
    of one question)."""
    found = features(read_letter(_dev("fyi-2363-police-release")))
    assert {"sign_answers_in_text", "sign_numbered_points", "answered_in_turn"} <= found.keys()


@pytest.mark.parametrize(
    ("letter_id", "kind", "rule"),
    [
        # "Time extension - request for information OIA 2018-013 … GWRC’s response follows:"
        ("fyi-7153-gwrc-extension", LetterKind.EXTENSION, "extends the time limit now"),
        # "Can you please confirm that in regards to the part of your request about meeting
        # minutes, you are requesting the minutes of meetings of the Maritime NZ Board?"
        (
            "fyi-24688-maritime-nz-clarification",
            LetterKind.CLARIFICATION,
            "asks the requester to clarify",
        ),
        # "Accordingly, I am transferring this part of your request to the Ministry of Health
        # under Section 14(b)(i) of the OIA" (the weights lean to an acknowledgement on the
        # due date the letter states)
        ("fyi-3000-pharmac-transfer", LetterKind.TRANSFER, "transfers the request"),
    ],
)
def test_the_rules_read_an_act_the_letter_states_now(
    letter_id: str, kind: LetterKind, rule: str
) -> None:
    """An extension notified now (OIA s 15A; LGOIMA s 14), a clarification asked now (OIA
    s 15(1AA)) or a transfer made now (s 14) with nothing given: the rules read the act (their
    verdict quotes it, and the act's words are what lets the weights choose such a kind at
    all: :func:`likeliest`); where the weights never doubt it, it stands."""
    reading = read_letter(_dev(letter_id))
    rules = ruled(reading)
    assert (rules.kind, rules.rule) == (kind, rule)
    assert overruled(reading, rules, threshold=1.01) == rules
