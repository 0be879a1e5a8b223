"""The day a decision was made is a decision's own day, never the receipt's (OIA s 28(5)).

Sentences written for this test, not taken from a corpus letter: a date that is the object
of "received … on" or of a transfer to the agency is that step's day even when the same
sentence goes on to decide ("… and have decided to release"). Read as the decision's day,
it made a release 47 working days after receipt look like a slow release of an early
decision (an undue-delay question) instead of a decision to check against the deadline.
"""

from __future__ import annotations

import pytest

from oiaassist.reading import read_letter


def _letter(sentence: str) -> str:
    return f"20 June 2024\n\nDear Ms Smith\n\n{sentence}\n\nYours sincerely\n\nJane Doe\n"


@pytest.mark.parametrize(
    "sentence",
    [
        "We received your request on 3 June 2024 and have decided to release the documents "
        "listed in the attached schedule.",
        "Your request was transferred to us on 3 June 2024 and I have decided to grant it in part.",
        "Your request, which we received on 3 June 2024, has been granted.",
    ],
)
def test_the_day_of_another_step_in_a_deciding_sentence_is_not_the_decisions(
    sentence: str,
) -> None:
    assert read_letter(_letter(sentence)).decided_on is None


@pytest.mark.parametrize(
    "sentence",
    [
        "On 3 June 2024, NZTA decided to release the documents to you. They are attached.",
        "On 3 June 2024 Waka Kotahi advised you of its decision to release the report.",
        "On 3 June 2024 we advised you of our decision to grant your request.",
        "A decision on your request was made on 3 June 2024, and the documents are now attached.",
    ],
)
def test_a_decision_stated_on_its_day_is_still_read(sentence: str) -> None:
    found = read_letter(_letter(sentence)).decided_on
    assert found is not None and found.value.isoformat() == "2024-06-03"
