"""Issue 15: private files, damaged rows, read-only files, backups while open, one window."""

from __future__ import annotations

import signal
import sqlite3
import stat
import subprocess
import sys
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QPushButton

from oiaassist.app.crash import start_log
from oiaassist.app.dialogs import recovery
from oiaassist.app.instance import SingleInstance
from oiaassist.app.profile import Profile
from oiaassist.storage import DamagedRowError, ReadOnlyDatabaseError, Store, list_backups
from oiaassist.storage import store as store_module

POSIX = pytest.mark.skipif(sys.platform == "win32", reason="POSIX permissions")


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


@POSIX
def test_a_new_database_and_its_backups_are_private(tmp_path: Path) -> None:
    db = tmp_path / "data" / "requests.sqlite3"
    store = Store.open(db, today=date(2026, 1, 1))
    store.create({"agency": "MFAT"})
    assert mode(db.parent) == 0o700
    assert mode(db) == 0o600
    for suffix in ("-wal", "-shm"):
        extra = db.with_name(db.name + suffix)
        if extra.exists():
            assert mode(extra) == 0o600, suffix
    store.close()
    Store.open(db, today=date(2026, 1, 2)).close()  # the second day's open takes a backup
    backups = list_backups(db)
    assert backups
    assert mode(backups[0].path.parent) == 0o700
    assert all(mode(b.path) == 0o600 for b in backups)


@POSIX
def test_an_existing_install_is_tightened_on_start(tmp_path: Path, qtbot: Any) -> None:
    profile = Profile.at(tmp_path / "profile")
    profile.config_dir.mkdir(parents=True)
    profile.data_dir.mkdir(parents=True)
    profile.settings_file.write_text("[General]\nname=Jane\n", encoding="utf-8")
    db = profile.data_dir / "requests.sqlite3"
    Store.open(db, today=date(2026, 1, 1)).close()
    Store.open(db, today=date(2026, 1, 2)).close()
    for path in (profile.config_dir, profile.data_dir, db.parent / "backups"):
        path.chmod(0o755)
    for path in (profile.settings_file, db, *(b.path for b in list_backups(db))):
        path.chmod(0o644)
    profile.make_private()
    Store.open(db, today=date(2026, 1, 2)).close()
    log = start_log(profile.data_dir)
    assert mode(profile.config_dir) == 0o700 and mode(profile.data_dir) == 0o700
    assert mode(profile.settings_file) == 0o600
    assert mode(db) == 0o600 and mode(log) == 0o600
    assert mode(db.parent / "backups") == 0o700
    assert all(mode(b.path) == 0o600 for b in list_backups(db))


@POSIX
def test_settings_written_by_qt_stay_private(tmp_path: Path, qtbot: Any) -> None:
    profile = Profile.at(tmp_path)
    settings = profile.qsettings()
    settings.setValue("requester/email", "jane@example.org")
    settings.sync()
    assert mode(profile.settings_file) == 0o600
    assert mode(profile.config_dir) == 0o700


def test_a_damaged_row_is_skipped_and_kept(tmp_path: Path) -> None:
    db = tmp_path / "requests.sqlite3"
    store = Store.open(db)
    good = store.create({"agency": "MFAT"})
    bad = store.create({"agency": "DIA"})
    store.close()
    with sqlite3.connect(db) as conn:
        conn.execute("UPDATE requests SET due = 'not a day', data = '{broken' WHERE id = ?", (bad,))
    store = Store.open(db)
    try:
        assert [r.id for r in store.rows()] == [good]
        assert store.skipped == [bad]
        with pytest.raises(DamagedRowError, match=f"request number {bad} is damaged"):
            store.get(bad)
        assert store.get(good).data == {"agency": "MFAT"}
    finally:
        store.close()
    with sqlite3.connect(db) as conn:  # still there, for recovery
        assert conn.execute("SELECT count(*) FROM requests").fetchone()[0] == 2


def test_a_read_only_database_is_reported_as_read_only(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, qtbot: Any
) -> None:
    db = tmp_path / "requests.sqlite3"
    Store.open(db).close()
    before = db.read_bytes()
    monkeypatch.setattr(store_module.os, "access", lambda _path, _mode: False)
    with pytest.raises(ReadOnlyDatabaseError, match="read-only") as caught:
        Store.open(db)
    assert "damaged" not in str(caught.value)
    dialog = recovery.RecoveryDialog(None, caught.value)
    qtbot.addWidget(dialog.dialog)
    fresh = dialog.dialog.findChild(QPushButton, "startFreshButton")
    assert fresh is not None and not fresh.isEnabled(), "Start afresh offered for a healthy file"
    assert "not damaged" in dialog.message.text()
    assert db.read_bytes() == before


def test_an_open_store_takes_a_backup_each_new_day(tmp_path: Path) -> None:
    db = tmp_path / "requests.sqlite3"
    store = Store.open(db, today=date(2026, 1, 1))
    try:
        store.create({"agency": "MFAT"})
        assert store.backup_if_due(date(2026, 1, 2)) is not None
        assert store.backup_if_due(date(2026, 1, 2)) is None  # one a day
        assert store.backup_if_due(date(2026, 1, 3)) is not None
    finally:
        store.close()
    assert [b.day.day for b in list_backups(db)] == [3, 2]


def test_one_instance_per_profile(tmp_path: Path, qtbot: Any) -> None:
    first = SingleInstance(tmp_path / "config")
    second = SingleInstance(tmp_path / "config")
    elsewhere = SingleInstance(tmp_path / "other")
    assert first.claim()
    try:
        assert not second.claim()
        assert elsewhere.claim()
        called: list[bool] = []
        first.listen(lambda: called.append(True))
        assert second.ask_first_to_come_forward()
        qtbot.waitUntil(lambda: bool(called), timeout=5000)
    finally:
        first.release()
        elsewhere.release()
    assert second.claim(), "the lock is free once the first window closes"
    second.release()


_HOLD = """
import sys, time
from pathlib import Path
from oiaassist.app.instance import SingleInstance
held = SingleInstance(Path(sys.argv[1]))
assert held.claim()
print("locked", flush=True)
time.sleep(120)
"""


@POSIX
def test_a_lock_left_by_a_killed_window_is_taken_over(tmp_path: Path) -> None:
    holder = subprocess.Popen(
        [sys.executable, "-c", _HOLD, str(tmp_path / "config")],
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "locked"
        assert not SingleInstance(tmp_path / "config").claim()
    finally:
        holder.send_signal(signal.SIGKILL)
        holder.wait(timeout=30)
    instance = SingleInstance(tmp_path / "config")
    assert instance.claim()
    instance.release()
