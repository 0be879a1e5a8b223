"""Reading 1, 2, 4 and 8 MB letters: time must grow linearly (issue 15).

Before the fix the reader was quadratic (2 MB took 4.5 s, 4 MB 11 s, 19 MB over
3 minutes): each snippet rebuilt the list of paragraph breaks and each bare
section was checked against every section list. This script calls the reader
directly (``read_letter``), so it can go past the 1,000,000-character letter
limit that ``letter_text_from_file`` enforces, and reports seconds, seconds
per MB and the process's peak resident memory (Python itself included) for
each size, each in a fresh process (so one size's memory does not count
towards the next). Linear means the seconds per MB column stays flat.

Run: .venv/bin/python benchmarks/bench_letter_size.py [--sizes 1 2 4 8] [--kind text|soup]
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys

PARAGRAPH = (
    "Thank you for your request of 13 September 2024 under the Official Information Act 1982. "
    "We extended the time limit under section 15A(1)(a) by 20 working days to 16 December "
    "2024. Some information is withheld under sections 9(2)(a) and 9(2)(g)(i) and s 18(d). "
    "You have the right to ask the Ombudsman to investigate.\n\n"
)

_ONE = """
import json, sys, time
from oiaassist.reading.reader import read_letter
size, kind, paragraph = int(sys.argv[1]), sys.argv[2], sys.argv[3]
if kind == "soup":
    text = ('<a b="' * (size // 6 + 1))[:size]
else:
    text = (paragraph * (size // len(paragraph) + 1))[:size]
read_letter(paragraph)  # warm: imports and compiled patterns
started = time.perf_counter()
read_letter(text)
seconds = time.perf_counter() - started
status = open("/proc/self/status").read()  # VmHWM: this process's peak (Linux)
peak = int(status.split("VmHWM:")[1].split()[0]) * 1024
print(json.dumps({"seconds": seconds, "peak": peak}))
"""


def measure(size: int, kind: str) -> dict[str, float]:
    """Seconds and peak resident bytes for reading ``size`` characters, in a fresh process."""
    done = subprocess.run(
        [sys.executable, "-c", _ONE, str(size), kind, PARAGRAPH],
        capture_output=True,
        text=True,
        check=True,
    )
    result: dict[str, float] = json.loads(done.stdout)
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--sizes", type=float, nargs="+", default=[1, 2, 4, 8])
    parser.add_argument("--kind", choices=("text", "soup"), default="text")
    args = parser.parse_args()
    print(f"| letter ({args.kind}) | seconds | seconds per MB | peak memory |")
    print("|---|---|---|---|")
    for megabytes in args.sizes:
        size = int(megabytes * 1_000_000)
        result = measure(size, args.kind)
        print(
            f"| {megabytes:g} MB | {result['seconds']:.2f} | {result['seconds'] / megabytes:.2f} "
            f"| {result['peak'] / 1e6:.0f} MB |",
            flush=True,
        )


if __name__ == "__main__":
    main()
