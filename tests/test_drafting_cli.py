from __future__ import annotations

import email
import json
from email import policy
from pathlib import Path

import docx
import pytest

from drafting_support import good_draft
from oiaassist.cli import main
from oiaassist.drafting.kinds import LetterKind, input_data


def _run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    status = main(list(argv))
    out, err = capsys.readouterr()
    return status, out, err


@pytest.mark.parametrize("kind", [k.value for k in LetterKind])
def test_example_is_an_input_that_drafts(
    kind: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    status, out, _err = _run(capsys, "draft", kind, "--example")
    assert status == 0
    data = json.loads(out)
    assert "law" not in data  # computed fields are not input
    path = tmp_path / f"{kind}.json"
    path.write_text(out, encoding="utf-8")
    status, out, _err = _run(capsys, "draft", kind, str(path))
    assert status == 0
    assert out.startswith("Subject: ")


def test_draft_request_in_every_format(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "request.json"
    path.write_text(json.dumps(input_data(good_draft())), encoding="utf-8")
    status, out, err = _run(capsys, "draft", "request", str(path))
    assert (status, err) == (0, "")
    assert out.startswith("Subject: Official information request: Elective surgery")

    status, out, _err = _run(capsys, "draft", "request", str(path), "--format", "docx")
    assert out == f"wrote {tmp_path / 'request.docx'}\n"
    assert "Tēnā koutou" in [
        p.text for p in docx.Document(str(tmp_path / "request.docx")).paragraphs
    ]

    out_file = tmp_path / "mail.eml"
    _run(capsys, "draft", "request", str(path), "--format", "eml", "--out", str(out_file))
    message = email.message_from_bytes(out_file.read_bytes(), policy=policy.default)
    assert message["To"] == "Ministry of Health <oia@health.example>"

    status, out, _err = _run(capsys, "draft", "request", str(path), "--format", "mailto")
    assert out.startswith("mailto:oia@health.example?subject=")


def test_draft_warns_about_issues_but_still_drafts(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "request.json"
    path.write_text(json.dumps({"agency": "Ministry of Health", "items": ["Everything"]}), "utf-8")
    status, out, err = _run(capsys, "draft", "request", str(path), "--today", "2024-09-13")
    assert status == 0
    assert "problem: The letter has no name to sign it." in err
    assert "Friday, 13 September 2024" in out


def test_lint(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    good = tmp_path / "good.json"
    good.write_text(json.dumps(input_data(good_draft())), encoding="utf-8")
    assert _run(capsys, "lint", str(good)) == (0, f"{good}: no issues found\n", "")

    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps({"agency": "Ministry of Health", "items": ["Why did you?"]}), "utf-8")
    status, out, _err = _run(capsys, "lint", str(bad))
    assert status == 1
    assert f"{bad}: requester.name: problem: The letter has no name to sign it." in out
    assert "fix: " in out
    status, out, _err = _run(capsys, "lint", str(bad), "--json")
    codes = {row["code"] for row in json.loads(out)}
    assert {"missing_name", "missing_contact", "asks_for_opinion", "no_date_range"} <= codes


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("{", "not valid JSON at line 1"),
        ('{"items": "x", "dated": "2024-09-13"}', "items"),
        ('{"act": "foia"}', "act"),
        ('{"dated": "13/9/2024"}', "dated"),
    ],
)
def test_bad_input_is_one_line_naming_the_field(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], content: str, message: str
) -> None:
    path = tmp_path / "bad.json"
    path.write_text(content, encoding="utf-8")
    status, out, err = _run(capsys, "draft", "request", str(path))
    assert status == 2
    assert out == ""
    assert err.startswith(f"oiaassist draft: error: {path}")
    assert message in err
    assert err.count("\n") == 1


def test_draft_without_input(capsys: pytest.CaptureFixture[str]) -> None:
    status, _out, err = _run(capsys, "draft", "request")
    assert status == 2
    assert "give INPUT.json, --blank, or --agency, --subject and --item" in err
    status, _out, err = _run(capsys, "draft", "reminder")
    assert status == 2
    assert "give INPUT.json, or --example" in err


def test_a_sandbox_refusal_is_reported(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "request.txt").write_text("Subject: {{ ''.__class__.__mro__ }}\n\nx\n", "utf-8")
    path = tmp_path / "request.json"
    path.write_text(json.dumps(input_data(good_draft())), encoding="utf-8")
    status, _out, err = _run(capsys, "draft", "request", str(path), "--templates", str(tmp_path))
    assert status == 2
    assert "template request.txt: refused by the template sandbox" in err
