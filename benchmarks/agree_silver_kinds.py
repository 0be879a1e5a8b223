"""The silver set's kind labels: what two annotators, labelling blind, agreed on.

Two annotators gave every silver message a kind (``tests/corpus/silver/kinds-*.tsv``, the
corpus's seven kinds and boundary rules) without seeing each other's labels or the reader.
A label is used only where both annotators gave it and both judged the message complete
enough to decide; the rest are left out, not settled by a third guess. This prints the
agreement (Cohen's kappa beside the raw rate, since most messages are of a few kinds) and,
with ``--write``, writes the agreed labels to ``tests/corpus/silver/kinds.tsv`` —
``tests/test_silver_corpus.py`` fails when that file is not what the annotators' files say.

    python benchmarks/agree_silver_kinds.py --write
"""

from __future__ import annotations

import argparse
import csv
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from letter_corpus_counts import KINDS  # a neighbour script, by its bare name

SILVER = Path(__file__).resolve().parent.parent / "tests" / "corpus" / "silver"
ANNOTATION = ["id", "set", "kind", "complete", "evidence"]
AGREED = ["id", "set", "kind", "evidence"]
Row = dict[str, str]


def read_tsv(path: Path, header: list[str]) -> list[Row]:
    """The rows of a tab-separated file whose first line must be ``header``."""
    with path.open(encoding="utf-8", newline="") as handle:
        reader = csv.reader(handle, delimiter="\t", quoting=csv.QUOTE_NONE)
        if next(reader) != header:
            raise ValueError(f"{path.name}: the header is not {' '.join(header)}")
        rows = []
        for line in reader:
            if len(line) != len(header):
                raise ValueError(f"{path.name}: {line[:1]} has {len(line)} columns")
            rows.append(dict(zip(header, line, strict=True)))
    return rows


def annotations(silver: Path = SILVER) -> dict[str, dict[str, Row]]:
    """Each annotator's rows by message id, keyed by the annotator's file name."""
    found: dict[str, dict[str, Row]] = {}
    for path in sorted(silver.glob("kinds-*.tsv")):
        rows = read_tsv(path, ANNOTATION)
        for row in rows:
            if row["kind"] not in KINDS or row["complete"] not in ("yes", "no"):
                raise ValueError(f"{path.name}: {row['id']} has {row['kind']}/{row['complete']}")
        found[path.stem] = {row["id"]: row for row in rows}
    return found


def agreed(by_annotator: dict[str, dict[str, Row]]) -> list[Row]:
    """Messages every annotator labelled, judged complete, and gave the same kind."""
    if len(by_annotator) < 2:
        return []
    tables = list(by_annotator.values())
    shared = set(tables[0]).intersection(*tables[1:])
    rows = []
    for message in sorted(shared, key=_order):
        labels = [table[message] for table in tables]
        if all(r["complete"] == "yes" for r in labels) and len({r["kind"] for r in labels}) == 1:
            first = labels[0]
            rows.append({"id": message, "set": first["set"], "kind": first["kind"],
                         "evidence": first["evidence"]})  # fmt: skip
    return rows


def _order(message: str) -> tuple[int, int]:
    thread, _, n = message[1:].partition("-")
    return int(thread), int(n)


def kappa(pairs: list[tuple[str, str]]) -> float:
    """Cohen's kappa of two annotators' labels on the same items."""
    n = len(pairs)
    if not n:
        return float("nan")
    observed = sum(a == b for a, b in pairs) / n
    first, second = Counter(a for a, _ in pairs), Counter(b for _, b in pairs)
    chance = sum(first[k] * second[k] for k in KINDS) / (n * n)
    return 1.0 if chance == 1 else (observed - chance) / (1 - chance)


def report(by_annotator: dict[str, dict[str, Row]]) -> str:
    """Agreement figures, per set, for the README and the closing note."""
    lines = [f"annotators: {', '.join(f'{k} ({len(v)} rows)' for k, v in by_annotator.items())}"]
    if len(by_annotator) != 2:
        return "\n".join([*lines, "agreement needs exactly two annotators' files"])
    first, second = by_annotator.values()
    for name in ("dev", "heldout"):
        shared = [m for m in first if m in second and first[m]["set"] == name]
        pairs = [(first[m]["kind"], second[m]["kind"]) for m in shared]
        both = [m for m in shared if first[m]["complete"] == second[m]["complete"] == "yes"]
        same = sum(a == b for a, b in pairs)
        kept = sum(first[m]["kind"] == second[m]["kind"] for m in both)
        rate = same / len(pairs) if pairs else float("nan")
        lines.append(
            f"{name}: {len(shared)} labelled by both; same kind {same} ({rate:.1%}, "
            f"kappa {kappa(pairs):.2f}); both complete {len(both)}, of them agreed {kept}"
        )
    kept_rows = agreed(by_annotator)
    lines.append(f"agreed labels kept: {len(kept_rows)} "
                 f"({dict(Counter(r['kind'] for r in kept_rows))})")  # fmt: skip
    return "\n".join(lines)


def render(rows: list[Row]) -> str:
    """``kinds.tsv``'s text."""
    lines = ["\t".join(AGREED)] + ["\t".join(row[c] for c in AGREED) for row in rows]
    return "\n".join(lines) + "\n"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--write", action="store_true", help="write kinds.tsv")
    args = parser.parse_args(argv)
    by_annotator = annotations()
    print(report(by_annotator))
    if args.write:
        target = SILVER / "kinds.tsv"
        temporary = target.with_suffix(".tmp")
        temporary.write_text(render(agreed(by_annotator)), encoding="utf-8")
        temporary.replace(target)
        print(f"wrote {target}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
