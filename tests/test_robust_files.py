"""Issue 15, "lose no data": atomic writes, no writer overwrites its own input, one-line errors."""

from __future__ import annotations

import os
import stat
import sys
from pathlib import Path

import pytest

from cli_support import run
from oiaassist import files
from oiaassist.drafting.docx_build import build_folder
from oiaassist.files import WriteError, write_atomic

LOG = "id,agency,received\nA1,Ministry of Foreign Affairs and Trade,2024-09-13\n"


@pytest.mark.parametrize("fmt", ["csv", "json", "table"])
def test_report_refuses_to_write_over_its_input(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], fmt: str
) -> None:
    log = tmp_path / "log.csv"
    log.write_text(LOG, encoding="utf-8")
    status, _out, err = run(capsys, "report", str(log), "--format", fmt, "--out", str(log))
    assert status == 2
    assert "is the input file" in err and "Traceback" not in err
    assert log.read_text(encoding="utf-8") == LOG


def test_same_file_is_by_inode_not_by_name(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    log = tmp_path / "log.csv"
    log.write_text(LOG, encoding="utf-8")
    os.link(log, tmp_path / "hard.csv")
    (tmp_path / "sub").mkdir()
    monkeypatch.chdir(tmp_path / "sub")
    for out in ("../hard.csv", "../log.csv", str(log)):
        status, _out, _err = run(capsys, "report", "../log.csv", "--format", "csv", "--out", out)
        assert status == 2, out
    assert log.read_text(encoding="utf-8") == LOG


def test_draft_refuses_a_hard_link_to_its_input(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    status, example, _err = run(capsys, "draft", "request", "--example")
    assert status == 0
    source = tmp_path / "request.json"
    source.write_text(example, encoding="utf-8")
    os.link(source, tmp_path / "alias.txt")
    status, _out, err = run(
        capsys, "draft", "request", str(source), "--out", str(tmp_path / "alias.txt"), "--force"
    )
    assert status == 2 and "input file" in err
    assert source.read_text(encoding="utf-8") == example


@pytest.mark.parametrize(
    ("out", "words"),
    [
        ("missing-folder/report.csv", "does not exist"),
        (".", "is a folder"),
    ],
)
def test_report_write_errors_are_one_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], out: str, words: str
) -> None:
    log = tmp_path / "log.csv"
    log.write_text(LOG, encoding="utf-8")
    target = str(tmp_path / out)
    status, _out, err = run(capsys, "report", str(log), "--format", "csv", "--out", target)
    assert status == 2
    assert words in err and err.count("\n") == 1


@pytest.mark.skipif(sys.platform == "win32" or os.geteuid() == 0, reason="root ignores modes")
def test_a_read_only_folder_is_one_line(tmp_path: Path) -> None:
    folder = tmp_path / "ro"
    folder.mkdir()
    folder.chmod(0o500)
    try:
        with pytest.raises(WriteError, match="cannot be written"):
            write_atomic(folder / "x.txt", "x")
    finally:
        folder.chmod(0o700)


def test_a_failed_write_leaves_the_old_file_whole(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A full disk mid-write: the old letter.docx is still there, byte for byte; no temp left."""
    target = tmp_path / "letter.docx"
    target.write_bytes(b"PK old letter" * 1000)
    real_fsync = os.fsync

    def full_disk(fd: int) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(files.os, "fsync", full_disk)
    with pytest.raises(WriteError, match="No space left on device"):
        write_atomic(target, b"new" * 10)
    monkeypatch.setattr(files.os, "fsync", real_fsync)
    assert target.read_bytes() == b"PK old letter" * 1000
    assert [p.name for p in tmp_path.iterdir()] == ["letter.docx"]


def test_an_atomic_write_keeps_the_mode_and_private_files_are_0600(tmp_path: Path) -> None:
    plain = tmp_path / "plain.txt"
    plain.write_text("old", encoding="utf-8")
    plain.chmod(0o640)
    write_atomic(plain, "new")
    assert plain.read_text(encoding="utf-8") == "new"
    if sys.platform != "win32":
        assert stat.S_IMODE(plain.stat().st_mode) == 0o640
        secret = write_atomic(tmp_path / "secret.ini", "x", private=True)
        assert stat.S_IMODE(secret.stat().st_mode) == 0o600


def test_docx_folder_build_is_atomic_and_skips_nothing(tmp_path: Path) -> None:
    pytest.importorskip("docx")

    (tmp_path / "a.txt").write_text("Subject: x\n\nDear Sir\n", encoding="utf-8")
    written = build_folder(tmp_path)
    assert [p.name for p in written] == ["a.docx"]
    assert written[0].read_bytes().startswith(b"PK")


def test_draft_refuses_to_write_over_a_template(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    status, example, _err = run(capsys, "draft", "request", "--example")
    source = tmp_path / "request.json"
    source.write_text(example, encoding="utf-8")
    folder = tmp_path / "templates"
    folder.mkdir()
    template = folder / "request.txt"
    template.write_text("Subject: {{ subject }}\n\nDear {{ agency }}\n", encoding="utf-8")
    argv = ["draft", "request", str(source), "--templates", str(folder), "--out", str(template)]
    argv.append("--force")  # even when told to overwrite, never over one of its own inputs
    status, _out, err = run(capsys, *argv)
    assert status == 2 and "input file" in err
    assert template.read_text(encoding="utf-8").startswith("Subject: {{ subject }}")
