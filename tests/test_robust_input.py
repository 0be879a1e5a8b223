"""Issue 15, "say no to wrong input": strict request files, one-line errors, safe output."""

from __future__ import annotations

import csv
import io
import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pytest

from cli_support import run
from oiaassist.errors import RequestFileError
from oiaassist.tracking.examples import seed_request
from oiaassist.tracking.io import dump_requests, request_from_data

ROOT = Path(__file__).resolve().parents[1]


def seed() -> dict[str, Any]:
    data: dict[str, Any] = json.loads(dump_requests([seed_request()]))[0]
    return data


def _extension(data: dict[str, Any]) -> dict[str, Any]:
    return next(e for e in data["events"] if e["type"] == "extension_notified")


@pytest.mark.parametrize(
    ("change", "words"),
    [
        (lambda d: _extension(d).update(working_days=True), "working_days: .*valid integer"),
        (lambda d: _extension(d).update(working_days="45"), "working_days: .*valid integer"),
        (lambda d: _extension(d).update(working_days=45.5), "working_days: .*valid integer"),
        (lambda d: d["events"][0].update(date=1726185600), "1726185600 is not a date"),
        (lambda d: d["events"][0].update(date="13/09/2024"), "is not a date"),
        (lambda d: d.update(grounds_requested="yes"), "grounds_requested: .*valid boolean"),
        (lambda d: d.update(grounds_requested=1), "grounds_requested: .*valid boolean"),
    ],
)
def test_request_files_are_parsed_strictly(change: Any, words: str) -> None:
    """``"working_days": true`` used to be 1 working day, and a timestamp a date."""
    data = seed()
    change(data)
    with pytest.raises(RequestFileError, match=words):
        request_from_data(data, "request.json")


def test_a_strict_request_still_reads_its_proper_form() -> None:
    request = request_from_data(seed(), "request.json")
    assert request.received.isoformat() == "2024-09-13"


def _csv(tmp_path: Path, header: list[str], *rows: list[str]) -> Path:
    path = tmp_path / "log.csv"
    with path.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(header)
        writer.writerows(rows)
    return path


@pytest.mark.parametrize("cell", ["²", "٣", "9" * 5000])
def test_a_csv_number_that_is_not_ascii_digits_is_one_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], cell: str
) -> None:
    header = ["agency", "received", "extension_notified", "extension_working_days"]
    path = _csv(tmp_path, header, ["MFAT", "2024-09-13", "2024-10-01", cell])
    status, _out, err = run(capsys, "report", str(path))
    assert status == 2 and "is not a whole number" in err and err.count("\n") == 1


def test_csv_duplicate_columns_and_extra_cells_are_reported(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = _csv(tmp_path, ["agency", "received", "received"], ["MFAT", "2024-09-13", "2025-01-01"])
    status, _out, err = run(capsys, "report", str(path))
    assert status == 2 and "'received' appears more than once" in err
    path = _csv(tmp_path, ["agency", "received"], ["MFAT", "2024-09-13", "surplus"])
    status, _out, err = run(capsys, "report", str(path))
    assert status == 2 and "row 2 has more cells" in err


def test_report_csv_neutralises_formulas(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    evil = '=HYPERLINK("http://example.invalid","click")'
    path = _csv(tmp_path, ["id", "agency", "received"], [evil, "+SUM(A1)", "2024-09-13"])
    status, out, _err = run(capsys, "report", str(path), "--format", "csv", "--today", "2024-10-01")
    assert status == 0
    row = list(csv.reader(io.StringIO(out)))[1]
    assert row[0] == "'" + evil and row[1] == "'+SUM(A1)"
    assert not any(cell.startswith(("=", "+", "@")) for cell in row)


def test_check_strips_terminal_escapes(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    data = seed()
    data["subject"] = "Cluster \x1b]0;pwned\x07munitions\x1b[2J \u202eevil"
    path = tmp_path / "request.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    status, out, _err = run(capsys, "check", str(path), "--today", "2024-10-11")
    assert status == 0
    assert "Cluster" in out
    assert not any(c in out for c in ("\x1b", "\x07", "\u202e"))


def test_region_is_never_silently_ignored(capsys: pytest.CaptureFixture[str]) -> None:
    """A region without an Act means LGOIMA; under another Act it is refused (issue 12)."""
    status, _out, err = run(capsys, "due", "2024-09-13", "--region", "WTC")
    assert status == 0 and "counted under LGOIMA" in err + _out
    status, _out, err = run(capsys, "due", "2024-09-13", "--region", "WTC", "--act", "oia")
    assert status == 2 and "--region applies only to LGOIMA" in err
    status, _out, err = run(capsys, "due", "2024-09-13", "--region", "WTC", "--act", "lgoima")
    assert status == 0 and "ignored" not in err


def _deep(path: Path) -> Path:
    path.write_text("[" * 100_000 + "]" * 100_000, encoding="utf-8")
    return path


@pytest.mark.parametrize(
    "argv",
    [
        ["check", "{f}"],
        ["report", "{f}"],
        ["lint", "{f}"],
        ["draft", "request", "{f}"],
        ["draft", "complaint", "{f}"],
        ["read-letter", "x.txt", "--request", "{f}"],
    ],
)
def test_deeply_nested_json_is_one_line(
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    argv: list[str],
) -> None:
    """100,000 nested brackets gave a RecursionError traceback in 8 commands."""
    deep = _deep(tmp_path / "deep.json")
    (tmp_path / "x.txt").write_text("Dear Sir, received 13 September 2024.", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    status, _out, err = run(capsys, *[a.format(f=deep) for a in argv])
    assert status == 2
    assert "Traceback" not in err and err.count("\n") == 1


def test_a_huge_integer_is_one_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """Integers over 4,300 digits raise ValueError inside json.loads."""
    data = json.dumps(seed()).replace('"working_days": 45', '"working_days": ' + "9" * 5000)
    path = tmp_path / "big.json"
    path.write_text(data, encoding="utf-8")
    for command in ("check", "report"):
        status, _out, err = run(capsys, command, str(path))
        assert status == 2 and "Traceback" not in err and err.count("\n") == 1


def _cli(*argv: str) -> list[str]:
    return [sys.executable, "-m", "oiaassist", *argv]


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX pipes")
def test_a_closed_pipe_is_silent(tmp_path: Path) -> None:
    """``oiaassist check --json … | head`` ended in a BrokenPipeError traceback."""
    done = subprocess.run(
        f"{sys.executable} -m oiaassist agencies list --json | head -c 10",
        shell=True,
        capture_output=True,
        timeout=60,
        check=False,
    )
    assert done.stderr == b""
    reader, writer = os.pipe()
    os.close(reader)
    proc = subprocess.run(
        _cli("check", "--example"), stdout=writer, stderr=subprocess.PIPE, timeout=60, check=False
    )
    os.close(writer)
    assert proc.returncode == 0
    assert proc.stderr == b""


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX signals")
def test_ctrl_c_is_one_line_and_130(tmp_path: Path) -> None:
    fifo = tmp_path / "stdin.fifo"
    os.mkfifo(fifo)
    # As at a terminal: a shell starts a background job with SIGINT ignored, and the child
    # would inherit that (a CI run started with "… &" read to the end instead, and exited 2).
    previous = signal.signal(signal.SIGINT, signal.default_int_handler)
    try:
        proc = subprocess.Popen(
            _cli("read-letter", "-"),
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
        )
    finally:
        signal.signal(signal.SIGINT, previous)
    time.sleep(2)  # reading standard input, which never ends
    proc.send_signal(signal.SIGINT)
    _out, err = proc.communicate(timeout=60)
    assert proc.returncode == 130, err
    assert b"Traceback" not in err and err.strip() == b"oiaassist: interrupted"


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX devices and FIFOs")
@pytest.mark.parametrize(
    "argv",
    [
        ["check", "{f}"],
        ["report", "{f}"],
        ["lint", "{f}"],
        ["draft", "reminder", "{f}"],
        ["read-letter", "{f}"],
        ["read-letter", "x.txt", "--request", "{f}"],
    ],
)
def test_endless_files_are_refused_at_once(
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    argv: list[str],
) -> None:
    """``check /dev/zero`` read for ever; a FIFO with no writer blocked for ever."""
    (tmp_path / "x.txt").write_text("Dear Sir, received 13 September 2024.", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    fifo = tmp_path / "requests.json"
    os.mkfifo(fifo)
    for endless in ("/dev/zero", str(fifo)):
        started = time.perf_counter()
        status, _out, err = run(capsys, *[a.format(f=endless) for a in argv])
        assert status == 2 and "not a regular file" in err, err
        assert time.perf_counter() - started < 5
