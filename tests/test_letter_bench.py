"""The letter reader on real letters it was not written for (tests/corpus/letters).

A false alarm — a ✗ the stated facts do not prove — on the held-out set fails
this test: the one thing a tool people may complain to the Ombudsman on must
never do (issue 13). The development set, which the reader is tuned on, must
also stay at its floor figures.
"""

from __future__ import annotations

from types import ModuleType

import pytest

from bench_support import benchmark


def _bench() -> ModuleType:
    return benchmark("bench_letters")


@pytest.fixture(scope="module")
def bench() -> ModuleType:
    return _bench()


def test_no_false_alarm_on_the_held_out_letters(bench: ModuleType) -> None:
    scores = bench.score_set("heldout")
    assert scores.letters, "the held-out corpus is empty"
    alarms = {s.id: s.false_alarms for s in scores.letters if s.false_alarms}
    assert alarms == {}


def test_no_false_alarm_and_floor_figures_on_the_dev_letters(bench: ModuleType) -> None:
    scores = bench.score_set("dev")
    assert scores.letters, "the development corpus is empty"
    assert scores.false_alarms == 0
    total = scores.total()
    assert total.recall is not None
    # stated fields: 98.6 % found, none wrong on the 352 dev letters (fields round, 6 December).
    # Round 9 lowered it from 0.98: the 55 dev letters gathered then (read before tuning: 82 of
    # 89 fields at the round's start) brought the 674 to 97.7 % with the reader unchanged;
    # after the round 98.0 % (1305 of 1332), a hair under 0.98 — the floor guards against a
    # change that loses letters read right, not against new letters the reader never saw.
    assert total.recall >= 0.97
    assert total.wrong <= 0.01 * total.stated
    # The target for kind is 95 % (on held-out). This is a floor against regressions
    # on the letters tuned on: it held on the first 250 (97 %); the 99 gathered in the
    # last session of 2026-12-06 (86.9 % after tuning) bring the whole set to 92.3 %; the
    # kind round of 18:00 brought the 393 to 95.2 % (the 44 that joined at 17:34: 93.2 %).
    # Round 8 lowered it from 0.93: the kind is now the scorer's alone (kind.DEFINED empty),
    # 90.6 % of the 619 dev letters against 92.2 % with round 7's rules standing, because on
    # fresh material read before tuning the scorer alone did as well or better (184 items:
    # 154 against 152; benchmarks/data/round8-kind.md).
    assert (scores.rate("kind_right") or 0) >= 0.90
    assert (scores.rate("agency_right") or 0) >= 0.60
    # Author, by "never a mere mention": 0.96 until round 9, whose 55 fresh dev letters (51
    # right at the round's start) brought the round's start reader to 95.8 % of the 674; now
    # 96.0 % (647). A finder that lifted dev to 96.6 % was withdrawn: on bodies never tuned
    # on it named another body about as often as the right one (benchmarks/data/round9-author.md).
    assert (scores.rate("author_right") or 0) >= 0.95


def test_a_false_alarm_is_counted(bench: ModuleType) -> None:
    """The scorer itself: a ✗ the truth row does not list is a false alarm; a listed one is not."""
    text = (
        "4 January 2019\n\nDear Mark\n\nWe received your request on 3 January 2019. We will "
        "respond no later than 14 February 2019.\n"
    )
    truth = {"id": "t", "kind": "acknowledgement", "agency": "", "stated": {}, "statute": {}}
    letter = bench.score_letter(text, truth)
    assert len(letter.false_alarms) == 1
    truth["statute"] = {"breaches": ["stated_due_wrong"]}
    assert bench.score_letter(text, truth).false_alarms == []


def test_the_author_is_scored_by_never_a_mere_mention(bench: ModuleType) -> None:
    """Where the text does not show its author, "none found" is right and a guess is wrong."""
    hidden = {"agency": "New Zealand Police", "author_in_text": False}
    assert bench.author_by_law("", hidden) is True
    assert bench.author_by_law("New Zealand Police", hidden) is False  # a lucky guess
    shown = {"agency": "New Zealand Police", "author_in_text": True}
    assert bench.author_by_law("New Zealand Police", shown) is True
    assert bench.author_by_law("", shown) is False
    assert bench.author_by_law("Ministry of Justice", shown) is False
    old = {"agency": "New Zealand Police"}  # not yet annotated: scored as before
    assert bench.author_by_law("New Zealand Police", old) is True
    assert bench.author_by_law("", old) is False
    assert bench.author_by_law("", {"agency": ""}) is None


def test_a_reference_with_or_without_the_acts_acronym_is_the_same(bench: ModuleType) -> None:
    """'OIA: 1281912' (Ministry of Education) and '1281912' name one request; other
    letters before the digits ('HNZ', 'DOIA-REQ') are part of the number."""
    assert bench._same("reference", "OIA: 1281912", "1281912")
    assert bench._same("reference", "LGOIMA 415711", "415711")
    assert not bench._same("reference", "HNZ00034115", "00034115")
    assert not bench._same("reference", "OIA 28396", "OIA 28395")


def test_no_false_alarm_against_a_tracked_request() -> None:
    """The letter read into the request file a user keeps (benchmarks/probe_tracked.py): a
    cross against a file made from the truth row is a misreading, on either set. Round 12
    found such a cross in the app ("your request, with a new due date of …" read as the
    request's date) and, with this probe, nine more on dev and one on held-out: a council
    letter naming the OIA, a letter's second reference — notes now, not crosses."""
    benchmark("bench_letters")  # the probe imports it by its bare name
    probe = benchmark("probe_tracked")
    for name in ("dev", "heldout"):
        read = [probe.crosses(text, truth) for text, truth in probe.load_set(name)]
        files = [found for found in read if found is not None]
        assert len(files) > 100, name
        assert [alarm for alarms, _on_file in files for alarm in alarms] == [], name
