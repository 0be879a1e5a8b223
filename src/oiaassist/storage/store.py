"""The SQLite store of the user's requests.

One row per request: the request as tracking JSON (``data``, the same format
``oiaassist check`` reads), the letter-only fields (``compose``), and copies
of what the list shows (agency, subject, status, due date, working days)
so the main window can list hundreds of requests without parsing any JSON.

Every write is one transaction. The file is in WAL mode with
``synchronous=NORMAL``: a committed write survives the app being killed at
any moment (only a power cut can lose the last commits), which is what lets
the app save on every keystroke.
"""

from __future__ import annotations

import json
import os
import sqlite3
import uuid
from collections.abc import Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager, suppress
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from oiaassist import dates
from oiaassist.files import create_private
from oiaassist.storage.backup import make_backup, make_store_private
from oiaassist.storage.records import (
    COLUMNS,
    SUMMARY_SET,
    RequestRow,
    StoredRequest,
    Summary,
    clean_tags,
    row_from_sql,
    summary_values,
)
from oiaassist.storage.schema import MIGRATIONS, migrate, user_version
from oiaassist.storage.store_errors import (
    DamagedDatabaseError,
    DamagedRowError,
    NewerDatabaseError,
    ReadOnlyDatabaseError,
    StoreError,
)

PURGE_AFTER = timedelta(days=30)
"""Deleted requests stay restorable (Undo) this long, then go at the next open."""


def _read_only(file: Path) -> bool:
    """Whether the database (or, for a new one, its folder) cannot be written."""
    if file.exists():
        return not os.access(file, os.W_OK) or not os.access(file.parent, os.W_OK)
    return file.parent.is_dir() and not os.access(file.parent, os.W_OK)


def _now() -> str:
    return dates.utc_now().isoformat(timespec="microseconds")


class Store:
    """An open request database. Use :meth:`open`; close with :meth:`close`."""

    def __init__(self, path: Path, conn: sqlite3.Connection) -> None:
        self.path = path
        self._conn = conn
        self._depth = 0
        self.skipped: list[int] = []
        """Ids of damaged rows :meth:`rows` left out (still in the file, for recovery)."""

    @classmethod
    def open(
        cls,
        path: str | Path,
        *,
        today: date | None = None,
        migrations: Sequence[str] = MIGRATIONS,
    ) -> Store:
        """Open (or create) the database at ``path``: check, back up, migrate.

        Raises:
            DamagedDatabaseError: the file is not a readable oiaassist database.
            NewerDatabaseError: a newer oiaassist wrote it.
            StoreError: it cannot be opened for another reason (locked, no access).
        """
        file = Path(path)
        if _read_only(file):
            raise ReadOnlyDatabaseError(file)
        try:
            file.parent.mkdir(parents=True, exist_ok=True, mode=0o700)  # new folders private
            if not file.exists():
                create_private(file)  # SQLite gives its WAL and SHM the same mode
            make_store_private(file)
            conn = sqlite3.connect(file, isolation_level=None, timeout=3.0)
        except (OSError, sqlite3.Error) as exc:
            raise StoreError(file, f"cannot be opened ({exc})") from None
        conn.row_factory = sqlite3.Row
        try:
            _check(conn, file, len(migrations))
            if user_version(conn) > 0:
                make_backup(conn, file, today=today or dates.nz_today())
            conn.execute("PRAGMA journal_mode = WAL")
            conn.execute("PRAGMA synchronous = NORMAL")
            migrate(conn, migrations)
            store = cls(file, conn)
            store._purge()
        except StoreError:
            conn.close()
            raise
        except sqlite3.OperationalError as exc:
            conn.close()
            if "readonly" in str(exc) or "read-only" in str(exc):
                raise ReadOnlyDatabaseError(file) from None
            raise StoreError(file, f"cannot be used ({exc})") from None
        except sqlite3.DatabaseError as exc:
            conn.close()
            raise DamagedDatabaseError(file, f"is damaged ({exc})") from None
        return store

    def backup_if_due(self, today: date) -> Path | None:
        """Today's backup, if none was taken today (the app calls this while it stays open)."""
        try:
            return make_backup(self._conn, self.path, today=today)
        except (OSError, sqlite3.Error):
            return None  # a backup that cannot be taken must not stop the user's work

    def close(self) -> None:
        """Checkpoint the WAL into the main file and close."""
        # Closing anyway on failure: SQLite replays the WAL on the next open.
        with suppress(sqlite3.Error):
            self._conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        self._conn.close()

    @contextmanager
    def transaction(self) -> Iterator[None]:
        """One transaction around several writes (nested calls join the outer one)."""
        if self._depth:
            self._depth += 1
            try:
                yield
            finally:
                self._depth -= 1
            return
        self._conn.execute("BEGIN IMMEDIATE")
        self._depth = 1
        try:
            yield
        except BaseException:
            self._conn.execute("ROLLBACK")
            raise
        else:
            self._conn.execute("COMMIT")
        finally:
            self._depth = 0

    # -- reading ----------------------------------------------------------------

    def rows(self, *, include_archived: bool = True) -> list[RequestRow]:
        """Every request not deleted, most recently changed first."""
        archived = "" if include_archived else "AND archived = 0"
        sql = (
            f"SELECT {COLUMNS} FROM requests WHERE deleted_at IS NULL {archived} "
            "ORDER BY updated_at DESC"
        )
        found: list[RequestRow] = []
        for r in self._conn.execute(sql):
            try:
                found.append(row_from_sql(r))
            except (ValueError, TypeError):  # a damaged row: kept in the file, left out here
                if r["id"] not in self.skipped:
                    self.skipped.append(r["id"])
        return found

    def get(self, request_id: int) -> StoredRequest:
        """One request in full (deleted ones too, for Undo)."""
        r = self._conn.execute(
            f"SELECT {COLUMNS}, data, compose FROM requests WHERE id = ?",
            (request_id,),
        ).fetchone()
        if r is None:
            raise StoreError(self.path, f"has no request number {request_id}")
        try:
            return StoredRequest(row_from_sql(r), json.loads(r["data"]), json.loads(r["compose"]))
        except (ValueError, TypeError) as exc:  # JSONDecodeError is a ValueError
            raise DamagedRowError(self.path, request_id, str(exc)) from None

    def row(self, request_id: int) -> RequestRow:
        """One request's list row."""
        r = self._conn.execute(
            f"SELECT {COLUMNS} FROM requests WHERE id = ?", (request_id,)
        ).fetchone()
        if r is None:
            raise StoreError(self.path, f"has no request number {request_id}")
        return row_from_sql(r)

    def last_deleted(self) -> int | None:
        """The request deleted most recently and not yet purged (for Undo after a restart)."""
        r = self._conn.execute(
            "SELECT id FROM requests WHERE deleted_at IS NOT NULL ORDER BY deleted_at DESC LIMIT 1"
        ).fetchone()
        return int(r[0]) if r is not None else None

    def agencies(self) -> list[str]:
        """Agencies the user has written to, for autocomplete."""
        sql = "SELECT DISTINCT agency FROM requests WHERE agency != '' ORDER BY agency"
        return [r[0] for r in self._conn.execute(sql)]

    # -- writing ----------------------------------------------------------------

    def create(
        self,
        data: Mapping[str, Any],
        *,
        compose: Mapping[str, Any] | None = None,
        summary: Summary | None = None,
    ) -> int:
        """Add a request; return its id."""
        now = _now()
        with self.transaction():
            cursor = self._conn.execute(
                "INSERT INTO requests (uid, data, compose, agency, subject, status, status_text, "
                "due, days_left, days_late, assessed_on, valid, created_at, updated_at) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    str(uuid.uuid4()),
                    _dump(data),
                    _dump(compose or {}),
                    *summary_values(summary or Summary()),
                    now,
                    now,
                ),
            )
        assert cursor.lastrowid is not None
        return cursor.lastrowid

    def save(
        self,
        request_id: int,
        data: Mapping[str, Any],
        *,
        compose: Mapping[str, Any],
        summary: Summary,
    ) -> None:
        """Replace a request's JSON and list columns in one transaction."""
        with self.transaction():
            self._update(
                request_id,
                f"data = ?, compose = ?, {SUMMARY_SET}, updated_at = ?",
                (_dump(data), _dump(compose), *summary_values(summary), _now()),
            )

    def set_summaries(self, summaries: Mapping[int, Summary]) -> None:
        """Refresh the list columns (e.g. statuses for a new day), all in one transaction."""
        with self.transaction():
            for request_id, summary in summaries.items():
                self._update(request_id, SUMMARY_SET, summary_values(summary))

    def set_tags(self, request_id: int, tags: Iterable[str]) -> tuple[str, ...]:
        """Replace a request's tags (cleaned: see :func:`clean_tags`); return them."""
        cleaned = clean_tags(tags)
        with self.transaction():
            self._update(
                request_id, "tags = ?, updated_at = ?", (json.dumps(list(cleaned)), _now())
            )
        return cleaned

    def all_tags(self) -> list[str]:
        """Every tag in use (requests not deleted), sorted, for the filter and completion."""
        found: dict[str, str] = {}
        for (text,) in self._conn.execute("SELECT tags FROM requests WHERE deleted_at IS NULL"):
            try:
                tags = json.loads(text)
            except ValueError:
                continue
            for tag in tags if isinstance(tags, list) else []:
                if isinstance(tag, str):
                    found.setdefault(tag.casefold(), tag)
        return sorted(found.values(), key=str.casefold)

    def set_archived(self, request_id: int, *, archived: bool) -> None:
        """Archive or unarchive a request."""
        with self.transaction():
            self._update(request_id, "archived = ?, updated_at = ?", (int(archived), _now()))

    def delete(self, request_id: int) -> None:
        """Delete a request; :meth:`undelete` brings it back (for :data:`PURGE_AFTER`)."""
        with self.transaction():
            self._update(request_id, "deleted_at = ?", (_now(),))

    def undelete(self, request_id: int) -> None:
        """Bring back a deleted request."""
        with self.transaction():
            self._update(request_id, "deleted_at = NULL", ())

    def _update(self, request_id: int, assignments: str, values: tuple[object, ...]) -> None:
        cursor = self._conn.execute(
            f"UPDATE requests SET {assignments} WHERE id = ?",
            (*values, request_id),
        )
        if cursor.rowcount != 1:
            raise StoreError(self.path, f"has no request number {request_id}")

    def _purge(self) -> None:
        cutoff = (dates.utc_now() - PURGE_AFTER).isoformat(timespec="microseconds")
        with self.transaction():
            self._conn.execute("DELETE FROM requests WHERE deleted_at < ?", (cutoff,))


def _dump(data: Mapping[str, Any]) -> str:
    return json.dumps(data, ensure_ascii=False, separators=(",", ":"), default=str)


def _check(conn: sqlite3.Connection, path: Path, supported: int) -> None:
    """Raise unless ``conn`` is an intact oiaassist database we can read (or a new file)."""
    try:
        result = conn.execute("PRAGMA quick_check").fetchone()[0]
        found = user_version(conn)
        tables = conn.execute("SELECT count(*) FROM sqlite_master").fetchone()[0]
    except sqlite3.OperationalError as exc:
        if "locked" in str(exc) or "busy" in str(exc):
            raise StoreError(path, "is in use by another program; close it and try again") from None
        raise DamagedDatabaseError(path, f"cannot be read ({exc})") from None
    except sqlite3.DatabaseError as exc:
        raise DamagedDatabaseError(path, f"is not a readable database ({exc})") from None
    if result != "ok":
        raise DamagedDatabaseError(path, f"is damaged (SQLite integrity check: {result})")
    if found > supported:
        raise NewerDatabaseError(path, found, supported)
    if found == 0 and tables:
        raise DamagedDatabaseError(path, "is an SQLite file, but not an oiaassist database")
