"""How long `oiaassist report` takes for 100,000 requests (target: seconds, not minutes).

Generates a reproducible synthetic OIA log (receipts 2015-2024, 30 % extended, 90 %
decided), then times, in one run: reading the CSV into validated requests, assessing
them, and the whole CLI command end to end. Run: .venv/bin/python benchmarks/bench_report.py
"""

from __future__ import annotations

import argparse
import csv
import random
import subprocess
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

from oiaassist.tracking.csv_io import iter_csv_requests
from oiaassist.tracking.report import build_report

TODAY = date(2025, 6, 1)


def write_log(path: Path, count: int) -> None:
    """A synthetic log: same seed, same file, every run."""
    rng = random.Random(1)
    with path.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(
            ["id", "agency", "received", "extension_notified", "extension_working_days", "decided"]
        )
        for i in range(count):
            received = date(2015, 1, 1) + timedelta(days=rng.randrange(3600))
            extended = rng.random() < 0.3
            decided = rng.random() < 0.9
            writer.writerow(
                [
                    f"R{i}",
                    f"Agency {i % 50}",
                    received.isoformat(),
                    (received + timedelta(days=10)).isoformat() if extended else "",
                    "20" if extended else "",
                    (received + timedelta(days=rng.randrange(10, 90))).isoformat()
                    if decided
                    else "",
                ]
            )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--count", type=int, default=100_000)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        log = Path(folder) / "log.csv"
        write_log(log, args.count)
        build_report(iter_csv_requests(log), today=TODAY)  # warm: calendars, imports

        start = time.perf_counter()
        requests = list(iter_csv_requests(log))
        parsed = time.perf_counter() - start
        start = time.perf_counter()
        report = build_report(requests, today=TODAY)
        assessed = time.perf_counter() - start

        start = time.perf_counter()
        subprocess.run(
            [sys.executable, "-m", "oiaassist", "report", str(log), "--format", "csv",
             "--out", str(Path(folder) / "out.csv"), "--today", TODAY.isoformat()],
            check=True,
        )  # fmt: skip
        whole = time.perf_counter() - start

    n = args.count
    print(f"{n:,} requests ({report.totals.late:,} late, {report.totals.overdue:,} overdue)")
    print(f"  read + validate CSV : {parsed:6.2f} s  ({parsed / n * 1e6:5.1f} µs per request)")
    print(f"  assess              : {assessed:6.2f} s  ({assessed / n * 1e6:5.1f} µs per request)")
    print(f"  whole CLI command   : {whole:6.2f} s")
    verdict = "PASS" if whole < 60 else "FAIL"
    print(f"{verdict}: {n:,} requests in {whole:.1f} s (target: seconds, not minutes)")


if __name__ == "__main__":
    main()
