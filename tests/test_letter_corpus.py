"""The corpus of real agency letters is well formed: each letter has a truth row.

The reader's scorer (benchmarks/bench_letters.py) relies on this schema, and the
held-out set only measures generalisation if no agency appears in both sets, so
both are checked here (tests/corpus/letters/README.md describes the corpus).
"""

from __future__ import annotations

import hashlib
import json
import re
from collections import Counter
from datetime import date
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

from bench_support import benchmark

CORPUS = Path(__file__).parent / "corpus" / "letters"
SETS = ("dev", "heldout")
TOP_KEYS = {
    "id",
    "source",
    "publisher",
    "extract",
    "agency",
    "kind",
    "act",
    "region",
    "stated",
    "statute",
    "notes",
    "author_in_text",
}
OPTIONAL_KEYS = {"author_evidence"}
DATE_KEYS = {
    "letter_date",
    "received",
    "stated_due",
    "clarification_sought",
    "refinement_declined",
    "clarified",
    "extension_notice",
    "extended_to",
    "transfer_date",
    "decision_date",
}
STATED_KEYS = DATE_KEYS | {"reference", "treated_as_new", "extension_days", "transfer_to"}
KINDS = {
    "acknowledgement",
    "clarification",
    "extension",
    "transfer",
    "decision",
    "release",
    "other",
}
ACTS = {"oia", "lgoima", "privacy", None}
BREACHES = {"extension_after_limit", "stated_due_wrong", "decision_late", "transfer_late"}
REGIONS = {
    "AUK", "BOP", "CAN", "CIT", "GIS", "HKB", "MBH", "MWT", "NSN", "NTL",
    "OTA", "STL", "TAS", "TKI", "WGN", "WKO", "WTC", "South Canterbury",
}  # fmt: skip
ID_RE = re.compile(r"[a-z0-9-]+")


def _rows() -> list[tuple[str, Path, dict[str, Any]]]:
    rows = []
    for name in SETS:
        for path in sorted((CORPUS / name).glob("*.json")):
            rows.append((name, path, json.loads(path.read_text(encoding="utf-8"))))
    return rows


ROWS = _rows()


def _iso(value: object) -> bool:
    if not isinstance(value, str) or not re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
        return False
    date.fromisoformat(value)
    return True


def heldout_by_rule(agency: str) -> bool:
    """The split rule stated in the README: sha1 of the agency's name, mod 100, below 45."""
    return int(hashlib.sha1(agency.encode("utf-8")).hexdigest(), 16) % 100 < 45


def test_corpus_is_present_in_both_sets() -> None:
    counts = Counter(name for name, _, _ in ROWS)
    assert counts["dev"] > 0 and counts["heldout"] > 0


@pytest.mark.parametrize("name", SETS)
def test_every_text_has_its_truth_row_and_back(name: str) -> None:
    folder = CORPUS / name
    texts = {p.stem for p in folder.glob("*.txt")}
    truths = {p.stem for p in folder.glob("*.json")}
    assert texts == truths
    assert not [p for p in folder.iterdir() if p.suffix not in {".txt", ".json"}]


def test_ids_unique_and_in_one_set_only() -> None:
    ids = Counter(row["id"] for _, _, row in ROWS)
    assert [i for i, n in ids.items() if n > 1] == []


def test_no_agency_in_both_sets_and_split_follows_the_rule() -> None:
    sets_of: dict[str, set[str]] = {}
    for name, _, row in ROWS:
        sets_of.setdefault(row["agency"], set()).add(name)
    assert {a: s for a, s in sets_of.items() if len(s) > 1} == {}
    wrong = [a for a, s in sets_of.items() if (s == {"heldout"}) != heldout_by_rule(a)]
    assert wrong == []


@pytest.mark.parametrize(("name", "path", "row"), ROWS, ids=[r[2]["id"] for r in ROWS])
def test_truth_row_matches_schema(name: str, path: Path, row: dict[str, Any]) -> None:
    assert TOP_KEYS <= set(row) <= TOP_KEYS | OPTIONAL_KEYS
    assert row["id"] == path.stem and ID_RE.fullmatch(row["id"])
    assert row["source"].startswith(("https://", "http://"))
    assert isinstance(row["publisher"], str) and row["publisher"]
    assert isinstance(row["extract"], bool)
    assert isinstance(row["agency"], str) and row["agency"]
    assert row["kind"] in KINDS
    assert row["act"] in ACTS
    assert row["region"] is None or row["region"] in REGIONS
    assert isinstance(row["notes"], str)
    stated = row["stated"]
    assert set(stated) <= STATED_KEYS
    for key in DATE_KEYS & set(stated):
        assert _iso(stated[key]), key
    for year_key in ("letter_date", "received"):
        if year_key in stated:
            assert "2014-01-01" <= stated[year_key] <= "2026-12-31"
    if "extension_days" in stated:
        assert isinstance(stated["extension_days"], int) and stated["extension_days"] > 0
    if "treated_as_new" in stated:
        assert isinstance(stated["treated_as_new"], bool)
    for key in ("reference", "transfer_to"):
        if key in stated:
            assert isinstance(stated[key], str) and stated[key]
    statute = row["statute"]
    assert set(statute) == {"due", "breaches"}
    assert statute["due"] is None or _iso(statute["due"])
    if statute["due"] is not None:
        assert "received" in stated and row["act"] is not None
    assert set(statute["breaches"]) <= BREACHES


@pytest.mark.parametrize(("name", "path", "row"), ROWS, ids=[r[2]["id"] for r in ROWS])
def test_letter_text_is_bounded_utf8(name: str, path: Path, row: dict[str, Any]) -> None:
    text = path.with_suffix(".txt").read_text(encoding="utf-8")
    assert 20 < len(text) < 50_000


def _squeeze(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


@pytest.mark.parametrize(("name", "path", "row"), ROWS, ids=[r[2]["id"] for r in ROWS])
def test_author_in_text_has_its_evidence(name: str, path: Path, row: dict[str, Any]) -> None:
    """`author_in_text` says whether the letter's own words name its author.

    When true, `author_evidence` quotes those words (whitespace aside), so a reader that
    cannot find the author in a letter marked false is right to say it cannot tell.
    """
    assert isinstance(row["author_in_text"], bool)
    if row["author_in_text"]:
        evidence = row.get("author_evidence")
        assert isinstance(evidence, str) and evidence
        text = path.with_suffix(".txt").read_text(encoding="utf-8")
        assert _squeeze(evidence) in _squeeze(text)
    else:
        assert "author_evidence" not in row


def _counts_module() -> ModuleType:
    return benchmark("letter_corpus_counts")


def test_the_readme_counts_are_the_truth_rows_counts() -> None:
    """The README's Counts section is what the truth rows say (letters are added in batches)."""
    counts = _counts_module()
    readme = (CORPUS / "README.md").read_text(encoding="utf-8")
    made = counts.section(counts.truth_rows(CORPUS))
    start, end = readme.index(counts.BEGIN), readme.index(counts.END) + len(counts.END)
    assert readme[start:end] == made, "run: python benchmarks/letter_corpus_counts.py --write"
