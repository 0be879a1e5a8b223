"""A profile over several days: time is the one clock (``oiaassist.dates.utc_now``), fixed
by the test, so closing the app and opening it "a few days later" is real — statuses are
recomputed and stored, deleted requests can be brought back, and are purged after 30 days;
a damaged file is recovered from a backup or by opening another."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

pytest.importorskip("PySide6", reason="the app needs oiaassist[gui]")

from PySide6.QtWidgets import QPushButton

from oiaassist import dates
from oiaassist.app.dialogs import recovery
from oiaassist.app.launch import make_context
from oiaassist.app.main_window import MainWindow
from oiaassist.app.profile import DB_NAME, Profile
from oiaassist.app.request_list.model import Column
from oiaassist.app.widgets.forms import child
from oiaassist.i18n import set_locale
from oiaassist.storage import Store
from test_app_support import Dialogs, answers_fixture, close_main  # noqa: F401

# 10:00 on Fri 20 Sep 2024 in New Zealand (NZST, UTC+12): day 5 of a request received 13 Sep.
DAY_ONE = datetime(2024, 9, 19, 22, 0, tzinfo=UTC)
# 13:00 on Tue 15 Oct 2024 (NZDT, UTC+13): its deadline, Fri 11 Oct, has passed.
LATER = datetime(2024, 10, 15, 0, 0, tzinfo=UTC)


class FixedClock:
    """The instant the app sees; a test moves it."""

    def __init__(self, now: datetime) -> None:
        self.now = now

    def __call__(self) -> datetime:
        return self.now


@pytest.fixture(name="clock")
def clock_fixture(monkeypatch: pytest.MonkeyPatch) -> FixedClock:
    clock = FixedClock(DAY_ONE)
    monkeypatch.setattr(dates, "utc_now", clock)
    return clock


def open_app(root: Path, qtbot: Any) -> MainWindow:
    """The main window on ``root`` reading today from the clock (no fixed day)."""
    set_locale("en_NZ")
    ctx = make_context(Profile.at(root), today=None)
    assert ctx is not None
    main = MainWindow(ctx)
    main.show()
    qtbot.waitUntil(lambda: main.view_if_built() is not None, timeout=5000)
    return main


def import_request(main: MainWindow, tmp_path: Path) -> int:
    path = tmp_path / "request.json"
    request = {
        "agency": "Ministry of Foreign Affairs and Trade",
        "subject": "Cluster munitions",
        "act": "OIA",
        "events": [{"type": "received", "date": "2024-09-13"}],
    }
    path.write_text(json.dumps(request), encoding="utf-8")
    result = main.commands().import_requests(path)
    assert result is not None
    (row,) = main.ctx.store.rows()
    return row.id


def status_shown(main: MainWindow) -> str:
    return str(main.list.proxy.index(0, Column.STATUS).data())


@pytest.fixture(name="root")
def root_fixture(tmp_path: Path) -> Path:
    return tmp_path / "profile"


def test_reopened_on_a_later_day_statuses_are_recomputed_and_stored(
    root: Path, tmp_path: Path, qtbot: Any, answers: Dialogs, clock: FixedClock
) -> None:
    first = open_app(root, qtbot)
    try:
        rid = import_request(first, tmp_path)
        assert first.ctx.today() == date(2024, 9, 20)
        assert status_shown(first) == "Awaiting response"
        assert first.ctx.store.row(rid).summary.assessed_on == date(2024, 9, 20)
    finally:
        close_main(first)

    clock.now = LATER
    again = open_app(root, qtbot)
    try:
        qtbot.waitUntil(
            lambda: again.ctx.store.row(rid).summary.assessed_on == date(2024, 10, 15),
            timeout=5000,
        )
        assert status_shown(again) == "Overdue (deemed refusal)"
    finally:
        close_main(again)
    store = Store.open(Profile.at(root).data_dir / DB_NAME)
    try:
        summary = store.row(rid).summary
        assert summary.status == "overdue"
        assert summary.due == date(2024, 10, 11)
        assert summary.days_late == 2  # Mon 14 and Tue 15 Oct
    finally:
        store.close()


def test_delete_then_reopen_then_undo_brings_it_back(
    root: Path, tmp_path: Path, qtbot: Any, answers: Dialogs, clock: FixedClock
) -> None:
    first = open_app(root, qtbot)
    try:
        rid = import_request(first, tmp_path)
        first.list.select(rid)
        first.actions["actionDelete"].trigger()
        assert first.list.model.rowCount() == 0
    finally:
        close_main(first)
    clock.now = DAY_ONE + timedelta(days=3)
    again = open_app(root, qtbot)
    try:
        assert again.list.model.rowCount() == 0
        again.actions["actionUndoDelete"].trigger()
        assert again.list.model.rowCount() == 1
        assert again.list.current_id() == rid
        assert again.ctx.store.row(rid).summary.subject == "Cluster munitions"
    finally:
        close_main(again)


@pytest.mark.parametrize(("days", "kept"), [(29, True), (30, True), (31, False)])
def test_deleted_requests_are_purged_after_30_days(
    *,
    root: Path,
    tmp_path: Path,
    qtbot: Any,
    answers: Dialogs,
    clock: FixedClock,
    days: int,
    kept: bool,
) -> None:
    first = open_app(root, qtbot)
    try:
        rid = import_request(first, tmp_path)
        first.list.select(rid)
        first.actions["actionDelete"].trigger()
    finally:
        close_main(first)
    clock.now = DAY_ONE + timedelta(days=days)
    again = open_app(root, qtbot)
    try:
        again.actions["actionUndoDelete"].trigger()
        assert again.list.model.rowCount() == (1 if kept else 0)
    finally:
        close_main(again)


def _damage(path: Path) -> None:
    for extra in (path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm")):
        extra.unlink(missing_ok=True)
    path.write_bytes(b"this is not a database" * 100)


def _press(button: str) -> Any:
    """Stand in for the user: show the real recovery dialog and press ``button``."""

    def ask(parent: Any, error: Any) -> recovery.Choice:
        dialog = recovery.RecoveryDialog(parent, error)
        child(dialog.dialog, QPushButton, button).click()
        dialog.dialog.deleteLater()
        return dialog.choice

    return ask


def test_recovery_restores_yesterdays_backup(
    *,
    root: Path,
    tmp_path: Path,
    qtbot: Any,
    answers: Dialogs,
    clock: FixedClock,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    first = open_app(root, qtbot)
    try:
        import_request(first, tmp_path)
    finally:
        close_main(first)
    clock.now = DAY_ONE + timedelta(days=1)  # the next day's first open takes a backup
    close_main(open_app(root, qtbot))
    db = Profile.at(root).data_dir / DB_NAME
    assert (db.parent / "backups" / "requests-2024-09-21.sqlite3").exists()
    _damage(db)

    monkeypatch.setattr(recovery, "ask_recovery", _press("restoreButton"))
    again = open_app(root, qtbot)
    try:
        assert again.list.model.rowCount() == 1
        assert again.ctx.store.path == db
        assert any("damaged" in p.name for p in db.parent.iterdir()), "kept aside"
    finally:
        close_main(again)


def test_recovery_opens_another_file(
    *,
    root: Path,
    tmp_path: Path,
    qtbot: Any,
    answers: Dialogs,
    clock: FixedClock,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    other_root = tmp_path / "other"
    other = open_app(other_root, qtbot)
    try:
        import_request(other, tmp_path)
    finally:
        close_main(other)
    other_db = Profile.at(other_root).data_dir / DB_NAME
    db = Profile.at(root).data_dir / DB_NAME
    db.parent.mkdir(parents=True)
    _damage(db)

    answers.open_path = other_db
    monkeypatch.setattr(recovery, "ask_recovery", _press("openOtherButton"))
    again = open_app(root, qtbot)
    try:
        assert again.ctx.store.path == other_db
        assert again.list.model.rowCount() == 1
        assert db.read_bytes().startswith(b"this is not"), "the damaged file is left alone"
    finally:
        close_main(again)
