"""The command line writes UTF-8 whatever the pipe, and the app without Qt says how to get it."""

from __future__ import annotations

import importlib.util
import os
import subprocess
import sys
from pathlib import Path

import pytest

from oiaassist import app

SRC = str(Path(__file__).resolve().parents[1] / "src")


def test_cli_writes_utf8_to_a_cp1252_pipe() -> None:
    # What Windows gives a redirected stdout: cp1252, which has no "ē".
    env = {
        **os.environ,
        "PYTHONIOENCODING": "cp1252",
        "PYTHONUTF8": "0",
        "PYTHONPATH": SRC + os.pathsep + os.environ.get("PYTHONPATH", ""),
    }
    result = subprocess.run(
        [sys.executable, "-m", "oiaassist", "draft", "request", "--example"],
        capture_output=True,
        env=env,
        timeout=60,
        check=False,
    )
    assert result.returncode == 0, result.stderr.decode("utf-8", "replace")
    text = result.stdout.decode("utf-8")  # strict: raises if it were cp1252
    assert "Tēnā" in text


def test_cli_errors_are_utf8_too() -> None:
    env = {
        **os.environ,
        "PYTHONIOENCODING": "cp1252",
        "PYTHONUTF8": "0",
        "PYTHONPATH": SRC + os.pathsep + os.environ.get("PYTHONPATH", ""),
    }
    result = subprocess.run(
        [sys.executable, "-m", "oiaassist", "agencies", "search", "Manatū Aorere"],
        capture_output=True,
        env=env,
        timeout=60,
        check=False,
    )
    result.stdout.decode("utf-8")
    result.stderr.decode("utf-8")
    assert result.returncode in {0, 1, 2}


def test_app_without_pyside6_says_how_to_install(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    real = importlib.util.find_spec

    def no_qt(name: str, *args: object) -> object:
        return None if name == "PySide6" else real(name, *args)  # type: ignore[arg-type]

    monkeypatch.setattr(importlib.util, "find_spec", no_qt)
    assert app.main([]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1
    assert "pip install 'oiaassist[gui]'" in err
    assert "Traceback" not in err


def test_app_version_needs_no_qt(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_info:
        app.main(["--version"])
    assert exit_info.value.code == 0
    assert capsys.readouterr().out.startswith("oiaassist ")
