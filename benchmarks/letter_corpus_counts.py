"""The "Counts" section of the letter corpus's README, made from its truth rows.

Helpers add letters to ``tests/corpus/letters`` in batches; counting them by
hand drifts. This prints the section (or, with ``--write``, puts it in the
README between its markers), and ``tests/test_letter_corpus.py`` fails when
the README's section is not what the truth rows say.

    python benchmarks/letter_corpus_counts.py --write
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path
from typing import Any

CORPUS = Path(__file__).resolve().parent.parent / "tests" / "corpus" / "letters"
SETS = ("dev", "heldout")
KINDS = (
    "acknowledgement",
    "clarification",
    "extension",
    "transfer",
    "decision",
    "release",
    "other",
)
BEGIN = "<!-- counts: made by benchmarks/letter_corpus_counts.py --write -->"
END = "<!-- end of counts -->"


def truth_rows(corpus: Path = CORPUS) -> dict[str, list[dict[str, Any]]]:
    """Every truth row, by set."""
    return {
        name: [
            json.loads(p.read_text(encoding="utf-8"))
            for p in sorted((corpus / name).glob("*.json"))
        ]
        for name in SETS
    }


def _row(label: str, counts: dict[str, int]) -> str:
    values = [counts.get(name, 0) for name in SETS]
    return f"| {label} | " + " | ".join(str(v) for v in values) + f" | {sum(values)} |"


def _count(rows: dict[str, list[dict[str, Any]]], keep: Any) -> dict[str, int]:
    return {name: sum(1 for row in rows[name] if keep(row)) for name in SETS}


def _agencies(rows: list[dict[str, Any]]) -> str:
    counts = Counter(str(row["agency"]) for row in rows)
    return ", ".join(
        f"{name} ({n})" for name, n in sorted(counts.items(), key=lambda kv: kv[0].casefold())
    )


def section(rows: dict[str, list[dict[str, Any]]]) -> str:
    """The Counts section's text, between (and including) its markers."""
    total = sum(len(rows[name]) for name in SETS)
    everything = [row for name in SETS for row in rows[name]]
    lines = [BEGIN, "", f"Generated from the truth rows ({total} letters).", ""]
    lines.append("| | " + " | ".join(SETS) + " | total |")
    lines.append("|---|---|---|---|")
    lines.append(_row("letters", {name: len(rows[name]) for name in SETS}))
    lines.append(_row("whole letters", _count(rows, lambda r: not r.get("extract"))))
    lines.append(_row("extracts", _count(rows, lambda r: bool(r.get("extract")))))
    for kind in KINDS:
        lines.append(_row(f"kind {kind}", _count(rows, lambda r, k=kind: r.get("kind") == k)))
    for act in ("oia", "lgoima", "privacy", None):
        if any(r.get("act") == act for r in everything):
            lines.append(
                _row(f"act {act or 'null'}", _count(rows, lambda r, a=act: r.get("act") == a))
            )
    lines.append(_row("agencies", {name: len({r["agency"] for r in rows[name]}) for name in SETS}))
    lgoima = {name: {r["agency"] for r in rows[name] if r.get("act") == "lgoima"} for name in SETS}
    lines.append(_row("LGOIMA authors", {name: len(lgoima[name]) for name in SETS}))
    lines.append(_row("LGOIMA letters", _count(rows, lambda r: r.get("act") == "lgoima")))
    lines.append(
        _row(
            "with stated `received` (so `statute.due`)",
            _count(rows, lambda r: "received" in r["stated"]),
        )
    )
    lines.append(
        _row("`author_in_text` true", _count(rows, lambda r: r.get("author_in_text") is True))
    )
    lines.append(
        _row("`author_in_text` false", _count(rows, lambda r: r.get("author_in_text") is False))
    )
    lines.append(
        _row("with a recorded breach", _count(rows, lambda r: bool(r["statute"].get("breaches"))))
    )
    years = Counter(str(r["stated"].get("letter_date", "none"))[:4] for r in everything)
    ordered = sorted(years.items(), key=lambda kv: (kv[0] == "none", kv[0]))
    lines += [
        "",
        "Letter years (from `stated.letter_date`; `none` = the letter shows no date of its own): "
        + ", ".join(f"{year}: {n}" for year, n in ordered)
        + ".",
    ]
    for name in SETS:
        lines += ["", f"### Agencies in {name} ({len({r['agency'] for r in rows[name]})})", ""]
        lines.append(_agencies(rows[name]) + ".")
    councils = sorted({a for name in SETS for a in lgoima[name]}, key=str.casefold)
    lines += ["", f"LGOIMA authors ({len(councils)}): " + ", ".join(councils) + ".", "", END]
    return "\n".join(lines)


def with_section(readme: str, new: str) -> str:
    """The README with its Counts section replaced by ``new``."""
    start, end = readme.index(BEGIN), readme.index(END) + len(END)
    return readme[:start] + new + readme[end:]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--write", action="store_true", help="update the corpus README in place")
    args = parser.parse_args(argv)
    new = section(truth_rows())
    if not args.write:
        print(new)
        return 0
    readme = CORPUS / "README.md"
    readme.write_text(with_section(readme.read_text(encoding="utf-8"), new), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
