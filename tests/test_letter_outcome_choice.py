"""A decision letter whose outcome is not read still proposes its decision, as a choice.

Health NZ's release letter (fyi-27795, corpus dev set) gives an anonymised chart and says no
whole-organisation chart exists, without a word such as "granted", "partly" or "withheld":
the reader rightly leaves the outcome unknown. The decision's date is still a stated fact
(the letter's date, OIA s 15(1)), so the letter proposes "Decision notified" once per
outcome it could be, none ticked: the user picks, as the outcome decides whether a complaint
is open, and nothing may be recorded that the letter does not state.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from cli_support import run
from oiaassist.app.letters.proposals import Proposal, merged, propose
from oiaassist.reading import read_letter

_LETTER = Path(__file__).parent / "corpus" / "letters" / "dev" / "fyi-27795-hnz-release.txt"
_REFUSAL_WITHOUT_WORDS = (
    "12 March 2024\nDear X\nOfficial information request OIA-2024-001\n"
    "Thank you for your request of 12 February 2024 for the report.\n"
    "I have decided that the report will not be released.\n"
    "You have the right to ask the Ombudsman to investigate and review my decision.\n"
)


def _decisions(proposals: list[Proposal]) -> list[Proposal]:
    return [p for p in proposals if p.event["type"] == "decision_notified"]


def test_a_release_letter_without_outcome_words_offers_its_outcomes_unticked() -> None:
    reading = read_letter(_LETTER.read_text(encoding="utf-8"))
    assert reading.outcome is None  # the premise: nothing to read it from
    offered = _decisions(propose(reading, []))
    assert [p.event["outcome"] for p in offered] == ["granted", "partly_granted"]
    assert {p.event["date"] for p in offered} == {"2024-10-03"}
    assert not any(p.ticked for p in offered)
    assert {p.choice for p in offered} == {"decision_notified"}


def test_the_chosen_outcome_is_the_one_recorded() -> None:
    reading = read_letter(_LETTER.read_text(encoding="utf-8"))
    partly = next(p for p in propose(reading, []) if p.event.get("outcome") == "partly_granted")
    events = merged([{"type": "received", "date": "2024-07-23", "note": ""}], [partly])
    assert [(e["type"], e.get("outcome")) for e in events] == [
        ("received", None),
        ("decision_notified", "partly_granted"),
    ]


def test_a_decision_already_recorded_that_day_is_shown_not_offered_again() -> None:
    reading = read_letter(_LETTER.read_text(encoding="utf-8"))
    mine = {"type": "decision_notified", "date": "2024-10-03", "outcome": "granted"}
    offered = _decisions(propose(reading, [mine]))
    assert len(offered) == 1
    assert offered[0].recorded and not offered[0].ticked
    assert offered[0].event["outcome"] == "granted"


def test_a_decision_letter_without_outcome_words_offers_every_decided_outcome() -> None:
    reading = read_letter(_REFUSAL_WITHOUT_WORDS)
    assert reading.outcome is None
    offered = _decisions(propose(reading, []))
    outcomes = [p.event["outcome"] for p in offered]
    assert outcomes == ["refused", "not_held", "granted", "partly_granted"]
    assert not any(p.ticked for p in offered)


def test_a_read_outcome_is_one_proposal_ticked() -> None:
    reading = read_letter(_REFUSAL_WITHOUT_WORDS.replace("will not be released", "is refused"))
    assert reading.outcome is not None
    offered = _decisions(propose(reading, []))
    assert len(offered) == 1 and offered[0].ticked and not offered[0].choice


def test_a_letter_that_is_not_a_decision_offers_no_outcome() -> None:
    ack = "3 June 2024\nDear X\nThank you for your request, received on 28 May 2024.\n"
    assert _decisions(propose(read_letter(ack), [])) == []


def test_the_dialog_says_the_outcome_was_not_read() -> None:
    from oiaassist.app.letters.found import found_rows  # noqa: PLC0415  (Qt-free words)

    rows = dict(found_rows(read_letter(_LETTER.read_text(encoding="utf-8"))))
    assert rows["Decision"] == "outcome not stated in words oiaassist knows"
    refused = read_letter(_REFUSAL_WITHOUT_WORDS.replace("will not be released", "is refused"))
    assert dict(found_rows(refused))["Decision"] != rows["Decision"]


def test_read_letter_says_the_outcome_was_not_read(capsys: pytest.CaptureFixture[str]) -> None:
    status, out, _err = run(capsys, "read-letter", str(_LETTER))
    assert status == 0
    assert "Decision:" in out and "outcome not stated in words oiaassist knows" in out
