"""Is agency search fast enough to run on every keystroke?

Types each of a set of realistic queries one character at a time ("m", "mf",
"mfa", "mfat", ...) and times ``oiaassist.agencies.search(prefix, limit=10)``
over the whole directory for every keystroke, as a completer would. Reports
microseconds per query (median, mean, 99th percentile, worst) and the cold
start (reading the CSV and building the index) in a fresh interpreter.

Target (issue 7): under 1 ms per query; the script exits 1 if the median or
the 99th percentile is over it.

Run: ``.venv/bin/python benchmarks/bench_agencies.py [--rounds N] [--json PATH]``.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

from oiaassist.agencies import load_agencies, search

TARGET_US = 1000.0
QUERIES = (
    "mfat",
    "Manatū Aorere",
    "ministry for foreign affairs",
    "wellington city council",
    "westland district",
    "department of conservation",
    "waka kotahi",
    "health new zealand",
    "te puni kokiri",
    "hawkes bay regional",
    "queenstown lakes",
    "welington",  # typo: exercises the fuzzy pass
    "ministry of",
    "council",
    "kaikoura",
    "environment canterbury",
)
SRC = str(Path(__file__).resolve().parents[1] / "src")


def keystrokes() -> list[str]:
    """Every prefix of every query, as typed."""
    return [q[:end] for q in QUERIES for end in range(1, len(q) + 1)]


def time_queries(typed: list[str], rounds: int) -> list[float]:
    """Microseconds per search call, one sample per keystroke per round."""
    samples = []
    clock = time.perf_counter_ns
    for _ in range(rounds):
        for text in typed:
            start = clock()
            search(text, limit=10)
            samples.append((clock() - start) / 1000)
    return samples


def cold_start_ms() -> float:
    """Import, read the CSV, build the index and answer one query, in a fresh interpreter."""
    code = (
        "import time; t = time.perf_counter()\n"
        "from oiaassist.agencies import search\n"
        "search('mfat'); search('welington')\n"
        "print((time.perf_counter() - t) * 1000)\n"
    )
    env = {**os.environ, "PYTHONPATH": SRC + os.pathsep + os.environ.get("PYTHONPATH", "")}
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, env=env, check=True
    )
    return float(out.stdout.strip())


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=20)
    parser.add_argument("--json", type=Path, metavar="PATH")
    args = parser.parse_args()

    agencies = len(load_agencies())
    typed = keystrokes()
    time_queries(typed, 1)  # warm up: build the index and its fuzzy map
    samples = sorted(time_queries(typed, args.rounds))
    result = {
        "agencies": agencies,
        "keystrokes_per_round": len(typed),
        "samples": len(samples),
        "median_us": statistics.median(samples),
        "mean_us": statistics.fmean(samples),
        "p99_us": samples[int(len(samples) * 0.99) - 1],
        "max_us": samples[-1],
        "cold_start_ms": statistics.median(cold_start_ms() for _ in range(3)),
        "target_us": TARGET_US,
    }
    print(f"agency search over {agencies} agencies, {len(typed)} keystrokes x {args.rounds}")
    for key in ("median_us", "mean_us", "p99_us", "max_us"):
        print(f"  {key:<14} {result[key]:8.1f} µs")
    print(f"  cold start     {result['cold_start_ms']:8.1f} ms (import, CSV, index, 2 queries)")
    if args.json:
        args.json.write_text(json.dumps(result, indent=2) + "\n", encoding="utf-8")
    ok = result["median_us"] < TARGET_US and result["p99_us"] < TARGET_US
    print("target met" if ok else f"TARGET MISSED: {TARGET_US:.0f} µs per query")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
