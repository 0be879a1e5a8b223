"""Write every letter reading of the development texts as canonical JSON (issue 13: speed).

A speed change to the reader must not change one output. Run this before the change
and after it, and compare the two files byte for byte::

    .venv/bin/python benchmarks/reading_snapshot.py before.json
    # ... change the reader ...
    .venv/bin/python benchmarks/reading_snapshot.py after.json
    cmp before.json after.json

It reads every ``.txt`` under ``tests/corpus/letters/dev/``, every text in
``tests/corpus/extracts/dev.jsonl`` and every letter under ``tests/fixtures/letters/``
(never the held-out sets), and records for each the whole :class:`LetterReading`
(every field, with values, snippets and spans), its kind with the rule and words that
decided it, its outcome, decision date and ground sections, the role of every date
(:func:`every_date`) and the author (:func:`letter_author`).
"""

from __future__ import annotations

import argparse
import dataclasses
import enum
import json
import sys
from datetime import date
from pathlib import Path
from typing import Any

from oiaassist.reading import every_date, letter_author, read_letter

ROOT = Path(__file__).resolve().parent.parent


def canonical(value: Any) -> Any:  # noqa: PLR0911 (one return per kind of value)
    """``value`` as plain JSON data: dataclasses field by field, enums and dates as text."""
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        out = {"__type__": type(value).__name__}
        for field in dataclasses.fields(value):
            out[field.name] = canonical(getattr(value, field.name))
        return out
    if isinstance(value, enum.Enum):
        return f"{type(value).__name__}.{value.name}"
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, (list, tuple)):
        return [canonical(v) for v in value]
    if isinstance(value, (set, frozenset)):
        return sorted(json.dumps(canonical(v), sort_keys=True) for v in value)
    if isinstance(value, dict):
        return {str(k): canonical(v) for k, v in value.items()}
    if value is None or isinstance(value, (bool, int, float, str)):
        return value
    return repr(value)


def snapshot(text: str) -> dict[str, Any]:
    """Everything the reader says about one text."""
    reading = read_letter(text)
    return {
        "reading": canonical(reading),
        "kind_verdict": canonical(reading.kind_verdict),
        "outcome": canonical(reading.outcome),
        "decision_date": canonical(reading.decision_date),
        "received_stated": canonical(reading.received_stated),
        "not_authors": canonical(reading.not_authors),
        "ground_sections": canonical(reading.ground_sections()),
        "every_date": canonical(every_date(text, reading)),
        "letter_author": canonical(letter_author(text, not_these=reading.not_authors)),
    }


def texts() -> list[tuple[str, str]]:
    """(name, text) of every development letter, extract and fixture letter."""
    found: list[tuple[str, str]] = []
    for path in sorted((ROOT / "tests/corpus/letters/dev").glob("*.txt")):
        found.append((f"letters/dev/{path.name}", path.read_text(encoding="utf-8")))
    with open(ROOT / "tests/corpus/extracts/dev.jsonl", encoding="utf-8") as rows:
        for line in rows:
            if line.strip():
                row = json.loads(line)
                found.append((f"extracts/dev/{row['id']}", row["text"]))
    for path in sorted((ROOT / "tests/fixtures").rglob("*.txt")):
        found.append(
            (
                f"fixtures/{path.relative_to(ROOT / 'tests/fixtures')}",
                path.read_text(encoding="utf-8"),
            )
        )
    return found


def main(argv: list[str] | None = None) -> int:
    """Write the snapshot to the path given."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path, help="where to write the JSON snapshot")
    args = parser.parse_args(argv)
    data = {name: snapshot(text) for name, text in texts()}
    args.out.write_text(
        json.dumps(data, sort_keys=True, indent=1, ensure_ascii=False) + "\n", encoding="utf-8"
    )
    print(f"{len(data)} texts -> {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
