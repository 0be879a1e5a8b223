"""The ``oiaassist due`` command: good input prints a deadline, bad input exits 2 with one line."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from datetime import date, timedelta
from pathlib import Path

import pytest

from cli_support import run
from oiaassist import __version__

SRC = str(Path(__file__).resolve().parents[1] / "src")


def run_process(*argv: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": SRC + os.pathsep + os.environ.get("PYTHONPATH", "")}
    return subprocess.run(
        [sys.executable, "-m", "oiaassist", *argv],
        capture_output=True,
        text=True,
        encoding="utf-8",
        env=env,
        timeout=60,
        check=False,
    )


# --- good input ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("argv", "due"),
    [
        pytest.param(("due", "2024-09-13"), "2024-10-11", id="iso"),
        pytest.param(("due", "13/9/2024"), "2024-10-11", id="d-m-yyyy"),
        pytest.param(("due", "13/09/2024"), "2024-10-11", id="dd-mm-yyyy"),
        pytest.param(("due", "2024-09-13", "--act", "OIA"), "2024-10-11", id="act-upper"),
        pytest.param(
            ("due", "21/11/2022", "--act", "lgoima", "--region", "WTC"),
            "2023-01-11",
            id="lgoima-westland-S6",
        ),
        pytest.param(
            ("due", "2026-01-12", "--act", "lgoima", "--region", "Wellington"),
            "2026-02-11",
            id="lgoima-wellington-D14",
        ),
        pytest.param(("due", "2022-09-19", "--transfer"), "2022-10-04", id="transfer-D19"),
        pytest.param(
            ("due", "2024-09-13", "--clarification"), "2024-09-24", id="clarification-seed"
        ),
        pytest.param(("due", "2024-09-13", "--extend", "45"), "2024-12-16", id="extend-seed"),
        pytest.param(("due", "2024-09-13", "--act", "privacy"), "2024-10-11", id="privacy"),
    ],
)
def test_due_prints_the_deadline(
    capsys: pytest.CaptureFixture[str], argv: tuple[str, ...], due: str
) -> None:
    status, out, err = run(capsys, *argv)
    assert status == 0, err
    assert err == ""
    headline = {"--transfer": "Last day to transfer: ", "--clarification": "Last day to seek "}
    expected = next((headline[a] for a in argv if a in headline), "Due ")
    assert out.splitlines()[0].startswith(expected)
    assert f"({due})" in out.splitlines()[0]


def test_due_today(capsys: pytest.CaptureFixture[str]) -> None:
    status, out, err = run(capsys, "due", "today", "--json")
    if status != 0:
        # only possible near the end of coverage; the error must still be one clean line
        assert status == 2
        assert len(err.splitlines()) == 1
        return
    data = json.loads(out)
    received = date.fromisoformat(data["received"])
    # 'today' is New Zealand's date, at most a day either side of this machine's
    assert abs(received - date.today()) <= timedelta(days=1)
    assert date.fromisoformat(data["due"]) > received


def test_due_mentions_act_citation(capsys: pytest.CaptureFixture[str]) -> None:
    _, out, _ = run(capsys, "due", "2024-09-13")
    assert "Official Information Act 1982, s 15(1)" in out
    assert "Friday, 11 October 2024" in out


def test_explain_names_labour_day(capsys: pytest.CaptureFixture[str]) -> None:
    status, out, err = run(capsys, "due", "2024-10-14", "--explain")
    assert status == 0, err
    assert "(2024-11-12)" in out  # D7
    assert "Labour Day" in out
    assert "28 Oct 2024" in out


def test_explain_with_extension_names_labour_day(capsys: pytest.CaptureFixture[str]) -> None:
    status, out, _ = run(capsys, "due", "2024-09-13", "--extend", "45", "--explain")
    assert status == 0
    assert "(2024-12-16)" in out
    assert "Labour Day" in out
    assert "Extension" in out


def test_json_output(capsys: pytest.CaptureFixture[str]) -> None:
    status, out, err = run(capsys, "due", "2024-09-13", "--extend", "45", "--json")
    assert status == 0, err
    data = json.loads(out)
    assert data["due"] == "2024-12-16"
    assert data["received"] == "2024-09-13"
    assert data["act"] == "oia"
    assert data["total_working_days"] == 65
    original, extension = data["segments"]
    assert original["due"] == "2024-10-11"
    assert original["working_days"] == 20
    assert original["citation"] == "Official Information Act 1982, s 15(1)"
    assert len(original["skipped"]) == 8
    assert extension["extension"] is True
    assert extension["working_days"] == 45
    labels = [r["label"] for day in extension["skipped"] for r in day["reasons"]]
    assert "Labour Day" in labels


def test_json_lgoima_without_region_lists_anniversaries(
    capsys: pytest.CaptureFixture[str],
) -> None:
    status, out, _ = run(capsys, "due", "2025-11-21", "--act", "lgoima", "--json")
    assert status == 0
    data = json.loads(out)
    assert data["due"] == "2025-12-19"  # D16 without a region
    assert data["region"] is None
    dates = [a["date"] for a in data["anniversaries_not_counted"]]
    assert "2025-12-01" in dates


@pytest.mark.parametrize("argv", [("--help",), ("due", "--help"), ("--version",)])
def test_help_and_version_exit_0(capsys: pytest.CaptureFixture[str], argv: tuple[str, ...]) -> None:
    status, out, err = run(capsys, *argv)
    assert status == 0
    assert out
    assert err == ""


def test_version_text(capsys: pytest.CaptureFixture[str]) -> None:
    _, out, _ = run(capsys, "--version")
    assert out.strip() == f"oiaassist {__version__}"


# --- bad input ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("argv", "names"),
    [
        pytest.param(("due", "notadate"), "notadate", id="not-a-date"),
        pytest.param(("due", "2024-02-30"), "2024-02-30", id="no-such-day"),
        pytest.param(("due", "31/2/2024"), "31/2/2024", id="no-such-day-dmy"),
        pytest.param(("due", ""), "DATE", id="empty-date"),
        pytest.param(("due", "2024-09-13", "--act", "foia"), "foia", id="unknown-act"),
        pytest.param(
            ("due", "2024-09-13", "--act", "lgoima", "--region", "Narnia"),
            "Narnia",
            id="unknown-region",
        ),
        pytest.param(("due", "2024-09-13", "--extend", "0"), "--extend", id="extend-0"),
        pytest.param(("due", "2024-09-13", "--extend", "x"), "--extend", id="extend-x"),
        pytest.param(("due", "2024-09-13", "--extend", "-3"), "--extend", id="extend-negative"),
        pytest.param(("due", "2053-06-05"), "2053", id="after-coverage"),
        pytest.param(("due", "1980-01-01"), "1980", id="before-oia"),
        pytest.param(("due", "2053-05-20"), "2053", id="deadline-runs-past-coverage"),
        pytest.param(("due", "1985-06-03", "--act", "lgoima"), "1985", id="before-lgoima"),
        pytest.param(("due", "2019-06-03", "--act", "privacy"), "2019", id="before-privacy-act"),
        pytest.param(
            ("due", "2024-09-13", "--transfer", "--clarification"),
            "--clarification",
            id="transfer-and-clarification",
        ),
        pytest.param(
            ("due", "2010-01-05", "--clarification"), "2015-03-26", id="clarification-not-in-force"
        ),
        pytest.param(
            ("due", "2024-09-13", "--act", "privacy", "--clarification"),
            "clarification",
            id="privacy-has-no-clarification-limit",
        ),
        pytest.param(("due",), "DATE", id="missing-date"),
        pytest.param(("overdue", "2024-09-13"), "overdue", id="unknown-command"),
    ],
)
def test_bad_input_is_one_line_and_exit_2(
    capsys: pytest.CaptureFixture[str], argv: tuple[str, ...], names: str
) -> None:
    status, out, err = run(capsys, *argv)
    assert status == 2
    assert out == ""
    assert len(err.splitlines()) == 1, err
    assert err.endswith("\n")
    assert names in err
    assert "Traceback" not in err


# --- a real process ------------------------------------------------------------------------------


def test_subprocess_good_input() -> None:
    result = run_process("due", "2024-09-13", "--extend", "45", "--json")
    assert result.returncode == 0, result.stderr
    assert result.stderr == ""
    data = json.loads(result.stdout)
    assert data["due"] == "2024-12-16"
    assert data["segments"][0]["due"] == "2024-10-11"


@pytest.mark.parametrize(
    ("argv", "names"),
    [
        pytest.param(("due", "2053-06-05"), "2053", id="out-of-coverage"),
        pytest.param(("due", "2024-02-30"), "2024-02-30", id="no-such-day"),
    ],
)
def test_subprocess_bad_input(argv: tuple[str, ...], names: str) -> None:
    result = run_process(*argv)
    assert result.returncode == 2
    assert result.stdout == ""
    assert len(result.stderr.splitlines()) == 1, result.stderr
    assert names in result.stderr
    assert "Traceback" not in result.stderr


def test_subprocess_version() -> None:
    result = run_process("--version")
    assert result.returncode == 0
    assert result.stdout.strip() == f"oiaassist {__version__}"


@pytest.mark.parametrize(
    ("argv", "due"),
    [
        (("21/11/2022", "--agency", "Westland District Council"), "2023-01-11"),
        (("2024-09-13", "--agency", "mfat", "--extend", "45"), "2024-12-16"),
        (("2024-09-13", "--agency", "Manatū Aorere"), "2024-10-11"),
    ],
)
def test_due_for_an_agency_takes_its_act_and_calendar(
    capsys: pytest.CaptureFixture[str], argv: tuple[str, ...], due: str
) -> None:
    code, out, _ = run(capsys, "due", *argv)
    assert code == 0
    assert f"({due})" in out


@pytest.mark.parametrize(
    ("argv", "field"),
    [
        (("--agency", "no such body"), "agency:"),
        (("--agency", "mfat", "--act", "lgoima"), "act: 'lgoima' does not fit"),
    ],
)
def test_due_for_a_wrong_agency_is_one_line(
    capsys: pytest.CaptureFixture[str], argv: tuple[str, ...], field: str
) -> None:
    code, out, err = run(capsys, "due", "2024-09-13", *argv)
    assert code == 2
    assert out == ""
    assert field in err
    assert len(err.strip().splitlines()) == 1
