"""The command line for a newcomer: help with examples, forgiving agency names, clear headlines,
a short blank request, and no letter overwritten by accident (issue 14)."""

from __future__ import annotations

import json
import os
import re
import shlex
import subprocess
import sys
from pathlib import Path

import pytest

from cli_support import run
from oiaassist.cli import EXAMPLES
from oiaassist.law.regions import REGIONS

SRC = str(Path(__file__).resolve().parents[1] / "src")
WESTLAND_LETTER = (
    Path(__file__).parent / "fixtures" / "letters" / "westland-district-council-extension.txt"
)


def flat(text: str) -> str:
    """Help text with argparse's line wrapping undone."""
    return " ".join(text.split())


# --- bare `oiaassist` ---------------------------------------------------------------------------


def test_bare_name_prints_the_help_with_three_examples(capsys: pytest.CaptureFixture[str]) -> None:
    status, out, err = run(capsys)
    assert (status, err) == (0, "")
    assert out.startswith("usage: oiaassist")
    assert "due " in out
    assert "draft " in out
    examples = [line for line in out.splitlines() if line.startswith("  oiaassist ")]
    assert len(examples) == 3, examples


def test_bare_name_in_a_real_process() -> None:
    env = {**os.environ, "PYTHONPATH": SRC + os.pathsep + os.environ.get("PYTHONPATH", "")}
    result = subprocess.run(
        [sys.executable, "-m", "oiaassist"],
        capture_output=True,
        text=True,
        encoding="utf-8",
        env=env,
        timeout=60,
        check=False,
    )
    assert result.returncode == 0
    assert result.stderr == ""
    assert "examples, to start with:" in result.stdout


def test_the_help_examples_work_as_shown(capsys: pytest.CaptureFixture[str]) -> None:
    commands = [line.strip() for line in EXAMPLES.splitlines() if line.startswith("  oiaassist ")]
    first, second, third = (shlex.split(c)[1:] for c in commands)
    status, out, _ = run(capsys, *first)
    assert status == 0
    assert out.startswith("Due Friday, 11 October 2024 (2024-10-11)")  # as the help says
    assert "Due Friday, 11 October 2024 (2024-10-11)" in EXAMPLES
    status, out, err = run(capsys, *second)
    assert status == 0
    assert "Christchurch City Council" in err
    assert "Christmas–New Year period" in out
    status, out, _ = run(capsys, *third[:-2] if ">" in third else third)
    assert status == 0
    assert json.loads(out)["items"]


def test_an_unknown_option_alone_is_still_a_usage_error(capsys: pytest.CaptureFixture[str]) -> None:
    status, out, err = run(capsys, "--json")
    assert (status, out) == (2, "")
    assert len(err.splitlines()) == 1


# --- --agency forgives a partial name when one body matches -------------------------------------


def test_due_takes_a_unique_partial_agency_and_says_which(
    capsys: pytest.CaptureFixture[str],
) -> None:
    status, out, err = run(capsys, "due", "2025-12-10", "--agency", "christchurch city", "--json")
    assert status == 0
    assert err == (
        "oiaassist due: --agency 'christchurch city': taken as Christchurch City Council "
        "(christchurch-city-council, LGOIMA)\n"
    )
    by_id = run(capsys, "due", "2025-12-10", "--agency", "christchurch-city-council", "--json")
    assert by_id[2] == ""  # an id or exact name is taken silently
    assert json.loads(out) == json.loads(by_id[1])
    assert json.loads(out)["act"] == "lgoima"


@pytest.mark.parametrize("name", ["mfat", "Westland District Council", "Manatū Aorere"])
def test_an_exact_agency_is_taken_silently(capsys: pytest.CaptureFixture[str], name: str) -> None:
    status, _, err = run(capsys, "due", "2024-09-13", "--agency", name)
    assert (status, err) == (0, "")


@pytest.mark.parametrize(
    ("name", "ids"),
    [
        (
            "wellington",
            ["wellington-city-council", "wellington-regional-council", "wellington-water-limited"],
        ),
        ("health", ["moh", "health-nz", "hdc"]),
    ],
)
def test_an_ambiguous_agency_lists_the_candidates_and_exits_2(
    capsys: pytest.CaptureFixture[str], name: str, ids: list[str]
) -> None:
    status, out, err = run(capsys, "due", "2025-12-10", "--agency", name)
    assert (status, out) == (2, "")
    assert err.startswith(f"oiaassist due: error: --agency {name!r} matches ")
    # one line on the terminal (multi-line errors are folded: issue 15), each candidate's id
    assert len(err.splitlines()) == 1
    assert all(f" {i} " in err for i in ids), err
    assert "Traceback" not in err


def test_a_long_list_of_candidates_says_how_to_see_them_all(
    capsys: pytest.CaptureFixture[str],
) -> None:
    status, _, err = run(capsys, "due", "2025-12-10", "--agency", "new zealand")
    assert status == 2
    assert re.search(r" … and \d+ more: ", err)
    assert "oiaassist agencies search 'new zealand' --limit" in err


def test_no_match_is_still_one_line(capsys: pytest.CaptureFixture[str]) -> None:
    status, out, err = run(capsys, "due", "2025-12-10", "--agency", "zzqx council of nothing")
    assert (status, out) == (2, "")
    assert len(err.splitlines()) == 1
    assert "is not an agency in the directory" in err


def test_read_letter_takes_a_unique_partial_agency(capsys: pytest.CaptureFixture[str]) -> None:
    status, out, err = run(capsys, "read-letter", str(WESTLAND_LETTER), "--agency", "westland")
    assert status == 0
    assert "taken as Westland District Council" in err
    assert "Agency: Westland District Council (given with --agency; LGOIMA, West Coast" in out
    assert "✗" not in out


# --- --help names the regions -------------------------------------------------------------------


@pytest.mark.parametrize("command", ["due", "read-letter"])
def test_region_help_lists_the_names(capsys: pytest.CaptureFixture[str], command: str) -> None:
    status, out, _ = run(capsys, command, "--help")
    assert status == 0
    text = flat(out)
    for code, region in REGIONS.items():
        assert region.name in text
        assert region.name == code or f"{region.name} ({code})" in text


# --- --explain: the closed period is one line ---------------------------------------------------


def _not_counted(out: str) -> list[str]:
    lines = out.splitlines()
    start = next(i for i, line in enumerate(lines) if "Not counted" in line)
    return [line for line in lines[start + 1 :] if line.startswith("    ")]


def test_explain_shows_the_oia_closed_period_as_one_line(
    capsys: pytest.CaptureFixture[str],
) -> None:
    status, out, _ = run(capsys, "due", "2025-12-10", "--explain")
    assert status == 0
    rows = _not_counted(out)
    closed = [r for r in rows if "Christmas–New Year period" in r]
    assert len(closed) == 1
    assert closed[0].split("  ")[2].strip() == "Thu 25 Dec 2025 – Thu 15 Jan 2026"
    assert 'OIA s 2(1) "working day" (b)' in closed[0]
    assert "Not counted (30 days)" in out  # every day is still counted as skipped
    # the weekends either side stay one line each
    assert [r.split("  ")[2].strip() for r in rows if "Weekend" in r] == [
        "Sat 13 Dec 2025 – Sun 14 Dec 2025",
        "Sat 20 Dec 2025 – Sun 21 Dec 2025",
        "Sat 17 Jan 2026 – Sun 18 Jan 2026",
        "Sat 24 Jan 2026 – Sun 25 Jan 2026",
    ]


def test_explain_lgoima_closed_period_keeps_alternatives_and_other_days(
    capsys: pytest.CaptureFixture[str],
) -> None:
    status, out, _ = run(capsys, "due", "2025-12-10", "--act", "lgoima", "--explain")
    assert status == 0
    rows = _not_counted(out)
    closed = [r for r in rows if "Christmas–New Year period" in r]
    assert len(closed) == 1
    assert "Sat 20 Dec 2025 – Sat 10 Jan 2026" in closed[0]
    assert 'LGOIMA s 2(1) "working day" (c)' in closed[0]
    assert any(r.strip().startswith("Sun 11 Jan 2026") and "Weekend" in r for r in rows)
    assert out.splitlines()[1].startswith("  — or ")  # the unconfirmed anniversary day


def test_explain_one_line_per_other_holiday(capsys: pytest.CaptureFixture[str]) -> None:
    _, out, _ = run(capsys, "due", "2026-01-12", "--act", "lgoima", "--region", "WGN", "--explain")
    rows = _not_counted(out)
    assert sum("Wellington Anniversary Day" in r for r in rows) == 1
    assert sum("Waitangi Day" in r for r in rows) == 1


# --- headlines ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("flag", "headline", "due"),
    [
        ("--transfer", "Last day to transfer: Friday, 27 September 2024", "2024-09-27"),
        ("--clarification", "Last day to seek clarification: Tuesday, 24 September 2024", None),
        (None, "Due Friday, 11 October 2024", "2024-10-11"),
    ],
)
def test_headline_names_what_the_day_is_for(
    capsys: pytest.CaptureFixture[str], flag: str | None, headline: str, due: str | None
) -> None:
    argv = ["due", "2024-09-13", *([flag] if flag else [])]
    _, out, _ = run(capsys, *argv)
    assert out.startswith(headline)
    _, out, _ = run(capsys, *argv, "--json")
    data = json.loads(out)
    assert data["headline"] == headline.split(":", maxsplit=1)[0].removesuffix(
        " Friday, 11 October 2024"
    )
    assert data["limit"] == (flag or "--response").removeprefix("--")
    if due:
        assert data["due"] == due


# --- draft request: --blank and flags -----------------------------------------------------------


def test_blank_is_short_and_refused_until_filled_in(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    status, out, _ = run(capsys, "draft", "request", "--blank")
    assert status == 0
    blank = json.loads(out)
    assert len(out.splitlines()) < 15
    path = tmp_path / "request.json"
    path.write_text(out, encoding="utf-8")
    status, out, err = run(capsys, "draft", "request", str(path))
    assert (status, out) == (2, "")
    assert len(err.splitlines()) == 1
    assert "fill in agency, subject, items[1], items[2], requester.name" in err
    status, out, err = run(capsys, "lint", str(path))
    assert (status, out) == (2, "")
    assert "fill in agency" in err

    blank.update(agency="Westland District Council", subject="Roads")
    blank["items"] = ["The road maintenance budget for 2025"]
    blank["requester"] = {"name": "Jo Bloggs", "email": "jo@example.org"}
    path.write_text(json.dumps(blank), encoding="utf-8")
    status, out, _ = run(capsys, "draft", "request", str(path), "--today", "2025-07-01")
    assert status == 0
    assert out.startswith("Subject: Official information request: Roads")
    # named exactly in the directory: a council, so LGOIMA, not the OIA
    assert "Local Government Official Information and Meetings Act 1987" in out
    assert "Jo Bloggs" in out


def test_a_request_from_flags(capsys: pytest.CaptureFixture[str]) -> None:
    status, out, err = run(
        capsys,
        "draft",
        "request",
        "--agency",
        "christchurch city",
        "--subject",
        "Library hours",
        "--item",
        "The opening hours of each library from 1 January to 30 June 2025",
        "--item",
        "The number of visitors to each library in the same period",
        "--name",
        "Jo Bloggs",
        "--email",
        "jo@example.org",
        "--today",
        "2025-07-01",
    )
    assert status == 0, err
    assert "taken as Christchurch City Council" in err
    assert out.startswith("Subject: Official information request: Library hours")
    assert "1. The opening hours" in out
    assert "2. The number of visitors" in out
    assert "Local Government Official Information and Meetings Act 1987" in out
    assert "Tuesday, 29 July 2025" in out  # 20 working days, LGOIMA s 13(1)
    assert "Jo Bloggs" in out


def test_flags_override_the_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    _, example, _ = run(capsys, "draft", "request", "--example")
    path = tmp_path / "request.json"
    path.write_text(example, encoding="utf-8")
    status, out, _ = run(
        capsys, "draft", "request", str(path), "--subject", "Just one", "--item", "Only this"
    )
    assert status == 0
    assert out.startswith("Subject: Official information request: Just one")
    assert "1. Only this" in out
    assert "\n2. " not in out


def test_an_agency_outside_the_directory_is_written_as_typed(
    capsys: pytest.CaptureFixture[str],
) -> None:
    status, out, err = run(
        capsys, "draft", "request", "--agency", "Burnside High School", "--item", "Roll numbers"
    )
    assert status == 0
    assert "'Burnside High School' is not in the directory" in err
    assert "Official Information Act 1982" in out


def test_an_ambiguous_agency_for_a_draft_exits_2(capsys: pytest.CaptureFixture[str]) -> None:
    status, out, err = run(capsys, "draft", "request", "--agency", "wellington", "--item", "x")
    assert (status, out) == (2, "")
    assert "wellington-city-council" in err


def test_request_flags_are_only_for_requests(capsys: pytest.CaptureFixture[str]) -> None:
    status, _, err = run(capsys, "draft", "reminder", "--subject", "x")
    assert status == 2
    assert err == "oiaassist draft: error: --subject: only for 'draft request'\n"


# --- no letter overwritten without --force ------------------------------------------------------


@pytest.mark.parametrize(
    "extra",
    [("--format", "docx"), ("--format", "eml", "--out", "mail.eml"), ("--out", "letter.txt")],
)
def test_an_existing_letter_is_kept_without_force(
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    extra: tuple[str, ...],
) -> None:
    monkeypatch.chdir(tmp_path)
    _, example, _ = run(capsys, "draft", "request", "--example")
    Path("request.json").write_text(example, encoding="utf-8")
    status, out, _ = run(capsys, "draft", "request", "request.json", *extra)
    assert status == 0
    written = Path(out.removeprefix("wrote ").strip())
    written.write_bytes(b"my own edits")

    status, out, err = run(capsys, "draft", "request", "request.json", *extra)
    assert (status, out) == (2, "")
    assert err.splitlines() == [
        f"oiaassist draft: error: {written} exists: add --force to overwrite it, "
        "or choose another --out"
    ]
    assert written.read_bytes() == b"my own edits"

    status, out, _ = run(capsys, "draft", "request", "request.json", *extra, "--force")
    assert status == 0
    assert written.read_bytes() != b"my own edits"


def test_flags_without_input_write_beside_the_current_folder(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    argv = ("draft", "request", "--agency", "mfat", "--item", "x", "--format", "docx")
    status, out, _ = run(capsys, *argv)
    assert (status, out) == (0, "wrote request.docx\n")
    assert run(capsys, *argv)[0] == 2
