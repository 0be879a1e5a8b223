"""``oiaassist report``: many requests at once, with totals."""

from __future__ import annotations

import argparse
import csv
import io
import json
import re
import sys
from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING, Any, TextIO

from oiaassist.cli.args import DATE_FORMS, date_arg
from oiaassist.dates import nz_today
from oiaassist.errors import RequestFileError, UsageError
from oiaassist.files import write_atomic

if TYPE_CHECKING:
    from oiaassist.tracking.events import Request
    from oiaassist.tracking.report import Report


def register(commands: Any) -> None:
    """Add the ``report`` command."""
    parser = commands.add_parser(
        "report",
        help="deadlines, status and lateness for many requests (CSV or JSON)",
        description=(
            "Assess every request in a CSV file (one row per request) or a JSON file (a list "
            "of requests) and print each one's deadline, status and lateness in working days, "
            "with totals."
        ),
        epilog=(
            "CSV columns: id, agency, act, region, subject, received, stated_due, "
            "clarification_sought, clarified, treated_as_new, refinement_declined, transferred, "
            "transferred_to, transfer_received, transfer_act, transfer_region, "
            "extension_notified, extended_to, extension_working_days, decided, outcome, released"
        ),
    )
    parser.add_argument("file", metavar="REQUESTS.csv|REQUESTS.json", help="the requests")
    parser.add_argument(
        "--today",
        type=date_arg("--today"),
        metavar="DATE",
        help=f"assess as on DATE ({DATE_FORMS})",
    )
    parser.add_argument(
        "--format", choices=("table", "csv", "json"), default="table", help="output format"
    )
    parser.add_argument("--out", metavar="PATH", help="write here instead of standard output")
    parser.add_argument(
        "--no-progress", action="store_true", help="no progress bar (it shows only on a terminal)"
    )
    parser.set_defaults(handler=run)


class _Progress:
    """A one-line progress bar on stderr, only when a person is watching."""

    def __init__(self, total: int, *, enabled: bool) -> None:
        self.total = max(total, 1)
        self.enabled = enabled and sys.stderr.isatty() and total >= 1000
        self.step = max(self.total // 100, 1)

    def __call__(self, done: int) -> None:
        if self.enabled and (done % self.step == 0 or done == self.total):
            filled = 30 * done // self.total
            sys.stderr.write(f"\r[{'#' * filled}{' ' * (30 - filled)}] {done}/{self.total}")
            sys.stderr.flush()

    def close(self) -> None:
        if self.enabled:
            sys.stderr.write("\n")


def _load(path: Path) -> tuple[Iterable[Request], int]:
    from oiaassist.tracking.csv_io import iter_csv_requests  # noqa: PLC0415
    from oiaassist.tracking.io import load_requests_json  # noqa: PLC0415

    if path.exists() and not path.is_file():  # a folder, /dev/zero, a FIFO
        raise RequestFileError(f"{path}: is not a regular file")
    if path.suffix.lower() == ".csv":
        try:
            with path.open(encoding="utf-8-sig", errors="replace") as handle:
                total = max(sum(1 for _ in handle) - 1, 0)
        except OSError as exc:
            raise RequestFileError(f"{path}: cannot be read ({exc.strerror})") from None
        return iter_csv_requests(path), total
    if path.suffix.lower() == ".json":
        requests = load_requests_json(path)
        return requests, len(requests)
    raise RequestFileError(f"{path}: use a .csv or .json file")


def run(args: argparse.Namespace) -> int:
    """Assess every request and print the report."""
    from oiaassist.tracking.report import build_report  # noqa: PLC0415

    path = Path(args.file)
    if args.out and not Path(args.out).parent.is_dir():  # say so before the work, not after
        raise UsageError(f"--out {args.out}: the folder {Path(args.out).parent} does not exist")
    requests, total = _load(path)
    progress = _Progress(total, enabled=not args.no_progress)
    try:
        report = build_report(requests, today=args.today or nz_today(), progress=progress)
    except KeyboardInterrupt:
        progress.close()
        print("oiaassist report: interrupted", file=sys.stderr)
        return 130
    progress.close()
    buffer = io.StringIO()
    {"table": write_table, "csv": write_csv, "json": write_json}[args.format](report, buffer)
    if args.out:
        write_atomic(args.out, buffer.getvalue(), inputs=[args.file], option="--out")
    else:
        sys.stdout.write(buffer.getvalue())
    return 0


def _row_cells(report: Report) -> list[list[str]]:
    return [
        [
            r.reference,
            r.agency,
            r.received.isoformat(),
            r.effective_deadline.isoformat(),
            r.status.value,
            r.decided_on.isoformat() if r.decided_on else "",
            str(r.working_days_late or ""),
            str(r.problems),
            r.alternatives,
        ]
        for r in report.rows
    ]


_HEADER = [
    "reference",
    "agency",
    "received",
    "deadline",
    "status",
    "decided",
    "late_wd",
    "problems",
    "or_deadline",
]


_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
_NUMBER = re.compile(r"[-+]?\d+(?:\.\d+)?")


def spreadsheet_safe(cell: str) -> str:
    """A cell a spreadsheet shows as text, never runs as a formula.

    A request's subject is the requester's (or anyone's) text: ``=HYPERLINK(…)``
    in it would become a live link or worse when the report is opened in
    Excel or LibreOffice. A leading apostrophe is the spreadsheets' own way
    to say "this is text"; plain numbers are left alone.
    """
    if cell.startswith(_FORMULA_START) and not _NUMBER.fullmatch(cell):
        return "'" + cell
    return cell


def write_csv(report: Report, out: TextIO) -> None:
    """One row per request (cells that look like formulas are neutralised)."""
    writer = csv.writer(out)
    writer.writerow(_HEADER)
    writer.writerows([spreadsheet_safe(c) for c in row] for row in _row_cells(report))


def write_json(report: Report, out: TextIO) -> None:
    """Rows and totals."""
    t = report.totals
    data = {
        "today": report.today.isoformat(),
        "totals": {
            "requests": t.requests,
            "on_time": t.on_time,
            "late": t.late,
            "overdue": t.overdue,
            "pending": t.pending,
            "in_doubt": t.in_doubt,
            "not_sent": t.not_sent,
            "median_late_working_days": t.median_late,
            "max_late_working_days": t.max_late,
        },
        "requests": [dict(zip(_HEADER, cells, strict=True)) for cells in _row_cells(report)],
    }
    json.dump(data, out, indent=2, ensure_ascii=False)
    out.write("\n")


def write_table(report: Report, out: TextIO) -> None:
    """A readable table, then the totals."""
    rows = [_HEADER, *_row_cells(report)]
    widths = [min(max(len(row[i]) for row in rows), 40) for i in range(len(_HEADER))]
    for row in rows:
        cells = [cell[:40].ljust(width) for cell, width in zip(row, widths, strict=True)]
        out.write("  ".join(cells).rstrip() + "\n")
    t = report.totals
    median = f"{t.median_late:g}" if t.median_late is not None else "-"
    out.write(
        f"\n{t.requests} requests as on {report.today.isoformat()}: {t.on_time} on time, "
        f"{t.late} decided late, {t.overdue} overdue, {t.pending} pending; "
        f"median lateness {median} working days, most {t.max_late or 0}.\n"
    )
    if t.in_doubt:
        out.write(
            f"{t.in_doubt} decided on a date late on one possible deadline and on time on "
            "another (see alternatives), counted neither on time nor late.\n"
        )
    if t.not_sent:
        out.write(f"{t.not_sent} not sent yet (drafts), left out of the counts.\n")
