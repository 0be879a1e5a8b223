"""Facts stated about the request's subject in the letter's own words (issue 13).

:mod:`oiaassist.reading.stated` counts the letter's own sentences that tell the requester
something about the subject, in words of no process (no request, Act, section, response,
information…), for the kind scorer to weigh (a release answered in the letter's own words:
the corpus's kind rule 1). Each case is a real development letter
(``tests/corpus/letters/dev``, named by its id).
"""

from __future__ import annotations

import time
from pathlib import Path

from oiaassist.reading import read_letter
from oiaassist.reading.kind_model import features

_DEV = Path(__file__).resolve().parent / "corpus" / "letters" / "dev"


def _stated(letter_id: str) -> list[str]:
    reading = read_letter((_DEV / f"{letter_id}.txt").read_text(encoding="utf-8"))
    return [found.snippet for found in reading.kind_evidence.stated]


def test_an_answer_in_the_letters_own_words_is_stated() -> None:
    """The University of Waikato, as transferee (fyi-19114-waikato-university-release):
    "The University has 2.85 FTE disability support staff." — no release verb, attachment or
    table, yet information given (kind rule 1). The questions it quotes before each answer
    (“How many FTE disabilities support staff are at each university institution …”) are the
    request's words, not the letter's."""
    stated = _stated("fyi-19114-waikato-university-release")
    assert stated[0] == "The University has 2.85 FTE disability support staff."
    assert not any(s.startswith("“") for s in stated)


def test_answers_of_no_in_own_words_are_stated_too() -> None:
    """Internal Affairs (fyi-25037-dia-release): "There are also no plans to change the order
    of the name of the Department so English appears first." — an answer, in the letter's
    words, beside a refusal of the correspondence asked for."""
    assert any("no plans to change the order" in s for s in _stated("fyi-25037-dia-release"))


def test_an_acknowledgement_in_the_words_of_the_process_states_nothing() -> None:
    """Palmerston North's acknowledgement (fyi-3561-pncc-acknowledgement) speaks only of the
    request, the Act and its time limit: nothing stated about the subject."""
    reading = read_letter((_DEV / "fyi-3561-pncc-acknowledgement.txt").read_text(encoding="utf-8"))
    assert reading.kind_evidence.stated == ()
    assert "states_facts" not in features(reading)


def test_three_facts_make_the_many_feature() -> None:
    """The kind scorer sees one stated fact, and three or more, as two features."""
    letter = (_DEV / "fyi-19114-waikato-university-release.txt").read_text(encoding="utf-8")
    found = features(read_letter(letter))
    assert "states_facts" in found
    assert ("states_facts_many" in found) is (
        len(_stated("fyi-19114-waikato-university-release")) >= 3
    )


def test_a_book_length_text_costs_little() -> None:
    """Bounded: at most 600 sentences are looked at and 3 kept (the sentence is silver dev
    message s28151-1's answer, repeated)."""
    sentence = "The Cavendish Drive separated cycle path is on a monthly sweeping frequency. "
    started = time.perf_counter()
    reading = read_letter("1 March 2024\n\nDear Sir\n\n" + sentence * 4000)
    assert len(reading.kind_evidence.stated) == 3
    assert time.perf_counter() - started < 5.0
