"""The command line for newcomers (issue 14): help, partial agency names, safe files."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from oiaassist.cli import main


def test_bare_oiaassist_prints_help_with_examples(capsys: pytest.CaptureFixture[str]) -> None:
    assert main([]) == 0
    out = capsys.readouterr().out
    assert "usage: oiaassist" in out
    assert out.count("  oiaassist ") == 3
    assert 'oiaassist due "18 Dec 2025"' in out


def test_a_unique_partial_agency_name_is_taken_and_said(
    capsys: pytest.CaptureFixture[str],
) -> None:
    assert main(["due", "2025-12-10", "--agency", "christchurch"]) == 0
    captured = capsys.readouterr()
    assert "taken as Christchurch City Council" in captured.err
    assert "Wednesday, 28 January 2026" in captured.out  # LGOIMA: 20 Dec-10 Jan closed
    assert main(["due", "2025-12-10", "--agency", "wellington"]) == 2
    assert "matches 3 bodies" in capsys.readouterr().err


def test_region_help_lists_names(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        main(["due", "--help"])
    out = capsys.readouterr().out
    assert "CAN  Canterbury" in out and "WTC  West Coast" in out


def test_explain_shows_the_closed_period_as_one_line(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["due", "2025-12-10", "--explain"]) == 0
    lines = [line for line in capsys.readouterr().out.splitlines() if "Christmas" in line]
    assert len(lines) == 1
    assert lines[0].strip().startswith("Thu 25 Dec 2025 – Thu 15 Jan 2026")


@pytest.mark.parametrize(
    ("flag", "headline"),
    [
        ("--transfer", "Last day to transfer: "),
        ("--clarification", "Last day to seek clarification: "),
    ],
)
def test_transfer_and_clarification_say_which_limit(
    capsys: pytest.CaptureFixture[str], flag: str, headline: str
) -> None:
    assert main(["due", "2025-12-10", flag]) == 0
    assert capsys.readouterr().out.startswith(headline)


def test_a_letter_is_not_overwritten_without_force(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = tmp_path / "request.json"
    assert main(["draft", "request", "--example"]) == 0
    source.write_text(capsys.readouterr().out)
    out = tmp_path / "request.docx"
    out.write_bytes(b"mine")
    assert main(["draft", "request", str(source), "--format", "docx"]) == 2
    assert "already exists; pass --force" in capsys.readouterr().err
    assert out.read_bytes() == b"mine"
    assert main(["draft", "request", str(source), "--format", "docx", "--force"]) == 0
    assert out.read_bytes() != b"mine"


@pytest.mark.parametrize(
    "command",
    [
        ["draft", "request", "--agency", "MBIE", "--item", "x", "--format", "docx"],
        ["report", "REQUESTS"],
    ],
)
def test_out_into_a_missing_folder_is_one_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], command: list[str]
) -> None:
    requests = tmp_path / "requests.json"
    requests.write_text("[]")
    command = [str(requests) if c == "REQUESTS" else c for c in command]
    missing = tmp_path / "no" / "such" / "out.file"
    assert main([*command, "--out", str(missing)]) == 2
    errors = [e for e in capsys.readouterr().err.splitlines() if "error" in e]
    assert len(errors) == 1 and "does not exist" in errors[0]  # one line, no traceback


def test_draft_request_from_a_blank_or_from_flags(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["draft", "request", "--blank"]) == 0
    blank = json.loads(capsys.readouterr().out)
    assert set(blank) >= {"agency", "items", "requester"} and len(json.dumps(blank)) < 400
    assert (
        main(
            ["draft", "request", "--agency", "Ministry of Health", "--item", "Briefings on X",
             "--item", "Emails about Y", "--name", "Ana", "--email", "ana@example.org"]
        )
        == 0
    )  # fmt: skip
    letter = capsys.readouterr().out
    assert "1. Briefings on X" in letter and "2. Emails about Y" in letter
    assert "Ana" in letter
