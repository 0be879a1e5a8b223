"""How long reading a 5-page letter takes, against issue 13's limit (50 ms) and target (30 ms).

The text is 15,000 characters of development letters (the longest, then the next
longest appended until long enough: about a 5-page PDF's text), read by
:func:`~oiaassist.reading.read_letter` after one warm-up call; the author finder
(:func:`~oiaassist.reading.author.letter_author`, which callers run beside the reader) is
timed on the same text and reported on its own line. Each round also times a
fixed reference workload (pure Python, no oiaassist), interleaved, so the figure
"reader ÷ reference" moves less with the machine's load than the milliseconds do.
The headroom is the limit divided by the median: above 1× the limit is met.

    .venv/bin/python benchmarks/bench_letter_speed.py             # 15 rounds
    .venv/bin/python benchmarks/bench_letter_speed.py --rounds 31 --check   # exit 1 above 30 ms
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

from oiaassist.reading import read_letter
from oiaassist.reading.author import letter_author

ROOT = Path(__file__).resolve().parent.parent
LENGTH = 15_000
LIMIT_MS = 50.0
TARGET_MS = 30.0


def five_pages() -> str:
    """15,000 characters of development letters, longest first."""
    texts = sorted(
        (p.read_text(encoding="utf-8") for p in (ROOT / "tests/corpus/letters/dev").glob("*.txt")),
        key=len,
        reverse=True,
    )
    text = texts[0]
    while len(text) < LENGTH:
        text += "\n\n" + texts[1]
    return text[:LENGTH]


def reference() -> int:
    """A fixed amount of plain Python work (a yardstick for the machine's speed now)."""
    total = 0
    for i in range(200_000):
        total += i % 7
    return total


def timed(work: Callable[[], object]) -> float:
    """Seconds one call of ``work`` takes."""
    start = time.perf_counter()
    work()
    return time.perf_counter() - start


def main(argv: list[str] | None = None) -> int:
    """Time the reader and print median, best, headroom and the paired ratio."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=15)
    parser.add_argument("--check", action="store_true", help="exit 1 if the median is above 30 ms")
    args = parser.parse_args(argv)
    text = five_pages()
    read_letter(text)  # warm: imports, compiled patterns, the directory
    reader: list[float] = []
    ratios: list[float] = []
    for _ in range(args.rounds):
        seconds = timed(lambda: read_letter(text))
        ratios.append(seconds / timed(reference))
        reader.append(seconds)
    author: list[float] = []  # the author finder, which read_letter does not call
    letter_author(text)
    for _ in range(args.rounds):
        author.append(timed(lambda: letter_author(text)))
    median_ms = statistics.median(reader) * 1000
    print(f"reading a {len(text):,}-character letter, {args.rounds} rounds")
    print(f"  median {median_ms:.1f} ms, best {min(reader) * 1000:.1f} ms")
    print(f"  headroom under the {LIMIT_MS:.0f} ms limit: {LIMIT_MS / median_ms:.2f}x")
    print(f"  target {TARGET_MS:.0f} ms: {'PASS' if median_ms <= TARGET_MS else 'MISS'}")
    print(f"  reader / reference workload (paired median): {statistics.median(ratios):.2f}")
    print(
        f"  author finder (letter_author, not part of read_letter): median"
        f" {statistics.median(author) * 1000:.1f} ms, best {min(author) * 1000:.1f} ms"
    )
    return 1 if args.check and median_ms > TARGET_MS else 0


if __name__ == "__main__":
    sys.exit(main())
