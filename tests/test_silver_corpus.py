"""The silver set (author-only labels) is well formed and keeps the held-out split honest.

`tests/corpus/silver/` holds real agency messages from FYI.org.nz threads, labelled only
with the body that wrote them and whether the message's own text shows it (its README).
`benchmarks/probe_author_silver.py` measures the author finder on the development part;
that measure means something only if every text has one label, the split follows the same
agency rule as the letters corpus, and no development message comes from a thread the
held-out letters were taken from.
"""

from __future__ import annotations

import csv
import re
from pathlib import Path

import pytest

from bench_support import benchmark
from test_letter_corpus import heldout_by_rule

CORPUS = Path(__file__).parent / "corpus"
SILVER = CORPUS / "silver"
HEADER = ["id", "set", "source", "body", "shown", "evidence"]
ID = re.compile(r"s\d+-\d+")
THREAD = re.compile(r"/request/(\d+)")


def _labels() -> list[dict[str, str]]:
    rows: list[dict[str, str]] = []
    for path in sorted(SILVER.glob("labels-*.tsv")):
        with path.open(encoding="utf-8", newline="") as handle:
            reader = csv.reader(handle, delimiter="\t", quoting=csv.QUOTE_NONE)
            assert next(reader) == HEADER, path.name
            for line in reader:
                assert len(line) == len(HEADER), (path.name, line[:1])
                rows.append(dict(zip(HEADER, line, strict=True)))
    return rows


ROWS = _labels()


def _thread(message_id: str) -> str:
    """The FYI request number in a silver id ("s33928-1" → "33928")."""
    return message_id[1:].partition("-")[0]


def test_silver_set_is_present_in_both_sets() -> None:
    sets = {row["set"] for row in ROWS}
    assert sets == {"dev", "heldout"}


def test_ids_are_unique_and_well_formed() -> None:
    ids = [row["id"] for row in ROWS]
    assert len(ids) == len(set(ids))
    assert all(ID.fullmatch(i) for i in ids), [i for i in ids if not ID.fullmatch(i)]


def test_every_label_has_its_text_and_back() -> None:
    labelled = {(row["set"], row["id"]) for row in ROWS}
    texts = {(p.parent.name, p.stem) for p in SILVER.glob("*/*.txt")}
    assert labelled == texts, (sorted(labelled - texts)[:5], sorted(texts - labelled)[:5])


def test_split_follows_the_agency_rule() -> None:
    wrong = [r["id"] for r in ROWS if (r["set"] == "heldout") != heldout_by_rule(r["body"])]
    assert not wrong


def test_fields_hold_what_the_readme_says() -> None:
    for row in ROWS:
        assert row["shown"] in {"yes", "no"}, row["id"]
        assert row["body"].strip() and row["evidence"].strip(), row["id"]
        thread = THREAD.search(row["source"])
        assert thread and thread.group(1) == _thread(row["id"]), row["id"]


@pytest.mark.parametrize("row", ROWS, ids=[r["id"] for r in ROWS])
def test_text_is_bounded_utf8_without_fyi_chrome(row: dict[str, str]) -> None:
    text = (SILVER / row["set"] / f"{row['id']}.txt").read_text(encoding="utf-8")
    assert 100 <= len(text) <= 20_000
    assert "Link to this" not in text
    assert not text.startswith("This is an HTML version of an attachment")


def test_no_development_message_comes_from_a_held_out_letters_thread() -> None:
    """A silver dev message from a held-out letter's thread would show that letter's body to
    whoever tunes on silver dev: the split is by body, so it can only happen if labels differ."""
    held_out_threads: set[str] = set()
    for path in (CORPUS / "letters" / "heldout").glob("*.json"):
        held_out_threads.update(THREAD.findall(path.read_text(encoding="utf-8")))
    leaks = [r["id"] for r in ROWS if r["set"] == "dev" and _thread(r["id"]) in held_out_threads]
    assert not leaks


def test_kind_labels_name_labelled_messages_in_their_set() -> None:
    """Each annotator's kind rows (``kinds-*.tsv``) are for silver messages, in their set."""
    agree = benchmark("agree_silver_kinds")
    sets = {row["id"]: row["set"] for row in ROWS}
    for name, rows in agree.annotations(SILVER).items():
        wrong = [m for m, row in rows.items() if sets.get(m) != row["set"]]
        assert not wrong, (name, wrong[:5])


def test_agreed_kinds_are_what_the_annotators_agree_on() -> None:
    """``kinds.tsv`` is made, never edited: run ``benchmarks/agree_silver_kinds.py --write``."""
    agree = benchmark("agree_silver_kinds")
    made = agree.render(agree.agreed(agree.annotations(SILVER)))
    path = SILVER / "kinds.tsv"
    if not path.exists():
        assert made == agree.render([])
        return
    assert path.read_text(encoding="utf-8") == made
