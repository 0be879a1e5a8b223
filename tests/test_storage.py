"""The SQLite store: round trips, soft delete, migrations, backups, damaged and newer files."""

from __future__ import annotations

import json
import sqlite3
from datetime import date
from pathlib import Path

import pytest

from oiaassist.storage import (
    SCHEMA_VERSION,
    DamagedDatabaseError,
    NewerDatabaseError,
    Store,
    StoreError,
    Summary,
    list_backups,
    restore_backup,
)
from oiaassist.storage.schema import MIGRATIONS, user_version
from oiaassist.storage.summaries import summary_for, summary_of
from oiaassist.tracking.examples import seed_request

SEED = json.loads(seed_request().model_dump_json())


@pytest.fixture
def db(tmp_path: Path) -> Path:
    return tmp_path / "data" / "requests.sqlite3"


def test_new_file_is_created_at_the_current_version_in_wal_mode(db: Path) -> None:
    store = Store.open(db)
    assert store.rows() == []
    store.close()
    conn = sqlite3.connect(db)
    assert user_version(conn) == SCHEMA_VERSION
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    conn.close()


def test_round_trip_keeps_the_tracking_json(db: Path) -> None:
    store = Store.open(db)
    summary = summary_for(seed_request(), today=date(2024, 10, 1))
    rid = store.create(SEED, compose={"agency_email": "oia@mfat.example"}, summary=summary)
    store.close()
    store = Store.open(db)
    got = store.get(rid)
    assert got.data == SEED
    assert got.compose == {"agency_email": "oia@mfat.example"}
    [row] = store.rows()
    assert row.summary.agency == "Ministry of Foreign Affairs and Trade"
    assert row.summary.status == "awaiting"
    assert row.summary.due == date(2024, 10, 11)
    assert row.summary.days_left == 8
    store.close()


def test_incomplete_request_is_kept_and_marked_invalid(db: Path) -> None:
    store = Store.open(db)
    draft = {"agency": "", "subject": "Half-typed", "events": []}
    summary = summary_of(draft, today=date(2024, 10, 1))
    assert summary == Summary(subject="Half-typed")
    rid = store.create(draft, summary=summary)
    assert store.get(rid).data == draft
    assert not store.rows()[0].summary.valid
    store.close()


def test_archive_delete_undelete(db: Path) -> None:
    store = Store.open(db)
    a = store.create(SEED)
    b = store.create({**SEED, "subject": "Other"})
    store.set_archived(a, archived=True)
    assert [r.id for r in store.rows(include_archived=False)] == [b]
    store.delete(b)
    assert [r.id for r in store.rows()] == [a]
    store.undelete(b)
    assert {r.id for r in store.rows()} == {a, b}
    with pytest.raises(StoreError, match="no request number 99"):
        store.delete(99)
    store.close()


def test_a_failed_transaction_writes_nothing(db: Path) -> None:
    store = Store.open(db)

    def fail_mid_way() -> None:
        with store.transaction():
            store.create(SEED)
            raise RuntimeError("boom")

    with pytest.raises(RuntimeError):
        fail_mid_way()
    assert store.rows() == []
    store.close()


def test_agencies_for_autocomplete(db: Path) -> None:
    store = Store.open(db)
    store.create(SEED, summary=Summary(agency="Ministry of Health"))
    store.create(SEED, summary=Summary(agency="Ministry of Foreign Affairs and Trade"))
    store.create(SEED, summary=Summary(agency="Ministry of Health"))
    assert store.agencies() == ["Ministry of Foreign Affairs and Trade", "Ministry of Health"]
    store.close()


def test_migrations_run_in_order_and_each_is_atomic(db: Path) -> None:
    Store.open(db).close()
    extra = (*MIGRATIONS, "ALTER TABLE requests ADD COLUMN note TEXT NOT NULL DEFAULT '';")
    store = Store.open(db, migrations=extra)
    store.close()
    conn = sqlite3.connect(db)
    assert user_version(conn) == SCHEMA_VERSION + 1
    conn.close()
    broken = (*extra, "CREATE TABLE x (a);\nTHIS IS NOT SQL;")
    with pytest.raises(StoreError):
        Store.open(db, migrations=broken)
    conn = sqlite3.connect(db)
    assert user_version(conn) == SCHEMA_VERSION + 1  # still a whole version
    assert conn.execute("SELECT count(*) FROM sqlite_master WHERE name = 'x'").fetchone()[0] == 0
    conn.close()


def test_newer_database_is_refused_with_a_clear_message(db: Path) -> None:
    Store.open(db).close()
    conn = sqlite3.connect(db)
    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 5}")
    conn.close()
    with pytest.raises(NewerDatabaseError, match="newer version of oiaassist") as info:
        Store.open(db)
    assert info.value.found == SCHEMA_VERSION + 5


@pytest.mark.parametrize(
    "content",
    [b"this is not a database at all" * 100, b"SQLite format 3\x00" + b"\xff" * 5000],
)
def test_damaged_file_is_refused_with_a_clear_message(db: Path, content: bytes) -> None:
    db.parent.mkdir(parents=True)
    db.write_bytes(content)
    with pytest.raises(DamagedDatabaseError, match=str(db.name)):
        Store.open(db)


def test_foreign_sqlite_file_is_not_taken_over(db: Path) -> None:
    db.parent.mkdir(parents=True)
    conn = sqlite3.connect(db)
    conn.execute("CREATE TABLE photos (x)")
    conn.close()
    with pytest.raises(DamagedDatabaseError, match="not an oiaassist database"):
        Store.open(db)


def test_daily_backup_and_restore(db: Path) -> None:
    store = Store.open(db, today=date(2024, 9, 13))
    store.create(SEED)
    store.close()
    assert list_backups(db) == []  # nothing worth backing up on the first open
    Store.open(db, today=date(2024, 9, 14)).close()
    Store.open(db, today=date(2024, 9, 14)).close()  # once a day
    [backup] = list_backups(db)
    assert backup.day == date(2024, 9, 14)
    db.write_bytes(b"garbage" * 1000)  # the file is ruined
    with pytest.raises(DamagedDatabaseError):
        Store.open(db)
    aside = restore_backup(backup.path, db)
    assert aside is not None
    assert aside.read_bytes().startswith(b"garbage")
    store = Store.open(db, today=date(2024, 9, 15))
    assert len(store.rows()) == 1
    store.close()


def test_backups_are_pruned(db: Path) -> None:
    Store.open(db).close()
    for day in range(1, 12):
        Store.open(db, today=date(2024, 10, day)).close()
    days = [b.day.day for b in list_backups(db)]
    assert days == [11, 10, 9, 8, 7, 6, 5]
