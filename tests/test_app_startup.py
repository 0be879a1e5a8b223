"""Starting the app: --self-test, --version, a damaged or newer database, the error hook."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from oiaassist import __version__
from oiaassist.app import crash, parse_args
from oiaassist.app.dialogs import recovery
from oiaassist.app.profile import DB_NAME, Profile
from oiaassist.errors import OiaAssistError
from oiaassist.storage import Store, StoreError
from test_app_support import Dialogs, answers_fixture, close_main, open_main  # noqa: F401

REPO = Path(__file__).resolve().parents[1]


def run_app(*args: str, tmp_path: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    return subprocess.run(
        [sys.executable, "-m", "oiaassist.app", *args],
        cwd=tmp_path, env=env, capture_output=True, text=True, timeout=120, check=False,
    )  # fmt: skip


def test_self_test_exits_0(tmp_path: Path) -> None:
    result = run_app("--self-test", tmp_path=tmp_path)
    assert result.returncode == 0, result.stderr
    assert "self-test: OK" in result.stdout
    assert "main window" in result.stdout


def test_self_test_fails_with_a_reason(tmp_path: Path) -> None:
    blocked = tmp_path / "profile"
    blocked.write_text("a file where the profile folder should be")
    result = run_app("--self-test", "--profile", str(blocked), tmp_path=tmp_path)
    assert result.returncode == 1
    assert "FAILED at main window" in result.stderr


def test_thousands_of_qt_calls_do_not_use_up_none(tmp_path: Path) -> None:
    """PySide6 6.12.0 on Python 3.11 drops a reference to None per void call (pinned out)."""
    code = (
        "import oiaassist.app.launch\n"
        "from PySide6.QtWidgets import QApplication, QWidget\n"
        "app = QApplication([])\n"
        "widget = QWidget()\n"
        "for _ in range(20_000):\n"
        "    widget.setToolTip('x')\n"
        "print('alive')\n"
    )
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run(
        [sys.executable, "-c", code],
        cwd=tmp_path, env=env, capture_output=True, text=True, timeout=120, check=False,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert "alive" in result.stdout


def test_version(tmp_path: Path) -> None:
    result = run_app("--version", tmp_path=tmp_path)
    assert result.returncode == 0
    assert result.stdout.strip() == f"oiaassist {__version__}"


def test_arguments() -> None:
    args = parse_args(["--profile", "/tmp/p", "--today", "2024-10-01", "-platform", "offscreen"])
    assert args.profile == Path("/tmp/p")
    assert str(args.today) == "2024-10-01"
    assert args.qt_args == ["-platform", "offscreen"]
    with pytest.raises(SystemExit):
        parse_args(["--today", "tomorrow"])


def damage(root: Path) -> Path:
    path = Profile.at(root).data_dir / DB_NAME
    path.parent.mkdir(parents=True)
    path.write_bytes(b"this is not a database" * 100)
    return path


def test_a_damaged_database_offers_a_way_out(
    tmp_path: Path, qtbot: Any, answers: Dialogs, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = damage(tmp_path)
    asked: list[str] = []

    def choose_fresh(_parent: object, error: Exception) -> recovery.Choice:
        asked.append(str(error))
        return recovery.Choice("fresh")

    monkeypatch.setattr(recovery, "ask_recovery", choose_fresh)
    main = open_main(tmp_path, qtbot)
    try:
        assert asked and str(path) in asked[0]
        assert main.list.model.rowCount() == 0
        kept = [p for p in path.parent.iterdir() if p.name != DB_NAME and "sqlite3" in p.name]
        assert kept, "the damaged file is kept aside, not deleted"
    finally:
        close_main(main)


def test_the_recovery_dialog_explains_a_newer_database(tmp_path: Path, qtbot: Any) -> None:
    path = Profile.at(tmp_path).data_dir / DB_NAME
    path.parent.mkdir(parents=True)
    with sqlite3.connect(path) as conn:
        conn.execute("PRAGMA user_version = 999")
    with pytest.raises(StoreError) as caught:
        Store.open(path)
    dialog = recovery.RecoveryDialog(None, caught.value)
    qtbot.addWidget(dialog.dialog)
    assert "newer" in dialog.message.text().lower() or "999" in dialog.message.text()
    assert "Update oiaassist" in dialog.message.text()


def test_uncaught_errors_become_a_message_and_a_log(tmp_path: Path) -> None:
    log_path = crash.start_log(tmp_path)
    shown: list[str] = []
    previous = crash.install(shown.append, log_path)
    try:
        try:
            raise OiaAssistError("received: 2099-01-01 is beyond the holiday data")
        except OiaAssistError as exc:
            sys.excepthook(type(exc), exc, exc.__traceback__)
        try:
            raise KeyError("surprise")
        except KeyError as exc:
            sys.excepthook(type(exc), exc, exc.__traceback__)
    finally:
        sys.excepthook = previous
    assert shown[0] == "received: 2099-01-01 is beyond the holiday data"
    assert "KeyError" in shown[1] and str(log_path) in shown[1]
    assert all("Traceback" not in text for text in shown)
    assert "Traceback" in log_path.read_text(encoding="utf-8")
