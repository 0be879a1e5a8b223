"""Does the author finder name the right body on letters outside the corpus (silver labels)?

Stored public pages that are NOT corpus letters (FYI.org.nz threads and attachments whose
request numbers are in neither ``tests/corpus/letters/`` set nor the extracts' sources)
are read by :func:`oiaassist.reading.author.letter_author`. The label is the body the
thread says the request went to, or ``-`` where the letter's own text shows no body
(then naming one is a guess). A silver check of precision and coverage, free of the
held-out set: for each page it prints what the finder named, and counts right, another
body (wrong), none where one is shown (missed), and a guess where none is shown.

The page texts are third-party material, so only their sources and labels are kept
(``benchmarks/data/author_silver.tsv``); the texts, copied from the stored pages, are
read from ``--texts DIR`` (``<id>.txt``). Run:
``.venv/bin/python benchmarks/probe_author_silver.py --texts DIR``.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

from oiaassist.reading.author import letter_author

LABELS = Path(__file__).resolve().parent / "data" / "author_silver.tsv"


def main(argv: list[str] | None = None) -> int:
    """Read each silver page that has a text and print the counts."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--texts", type=Path, required=True, help="directory of <id>.txt")
    args = parser.parse_args(argv)
    counts: Counter[str] = Counter()
    for line in LABELS.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        page, _source, want, _note = line.split("\t")
        path = args.texts / f"{page}.txt"
        if not path.exists():
            counts["no text"] += 1
            continue
        found = letter_author(path.read_text(encoding="utf-8"))
        got = found.name if found else ""
        if want == "-":
            verdict = "right (none)" if not got else "GUESS"
        elif not got:
            verdict = "MISSED"
        else:
            verdict = "right" if got == want else "WRONG"
        counts[verdict] += 1
        print(f"{page:10s} {verdict:13s} got {got or '-'!r}, want {want!r}")
    print(", ".join(f"{k}: {v}" for k, v in sorted(counts.items())))
    return 0


if __name__ == "__main__":
    sys.exit(main())
