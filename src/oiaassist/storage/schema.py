"""The database schema, as a list of migrations keyed by ``PRAGMA user_version``.

Version *n* of the schema is what the first *n* migrations build. Opening a
file at version *k* < *n* runs migrations *k+1..n*, each in its own
transaction together with the ``user_version`` bump, so a crash mid-way
leaves the file at a whole version. Never edit a released migration; add one.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Sequence

MIGRATIONS: tuple[str, ...] = (
    # 1: requests as tracking JSON, with the columns the list shows and sorts by.
    """
    CREATE TABLE requests (
        id          INTEGER PRIMARY KEY,
        uid         TEXT NOT NULL UNIQUE,
        data        TEXT NOT NULL,            -- tracking JSON (oiaassist.tracking.Request)
        compose     TEXT NOT NULL DEFAULT '{}',  -- letter-only fields (agency email, background)
        valid       INTEGER NOT NULL DEFAULT 0,  -- whether data validates as a Request
        agency      TEXT NOT NULL DEFAULT '',
        subject     TEXT NOT NULL DEFAULT '',
        status      TEXT NOT NULL DEFAULT '',
        status_text TEXT NOT NULL DEFAULT '',  -- the status in words, in the user's language
        due         TEXT,                     -- ISO date of the effective deadline
        days_left   INTEGER,
        days_late   INTEGER,
        assessed_on TEXT,                     -- the day status/due/days were computed for
        archived    INTEGER NOT NULL DEFAULT 0,
        deleted_at  TEXT,                     -- soft delete, so Undo works after a crash too
        created_at  TEXT NOT NULL,
        updated_at  TEXT NOT NULL
    );
    CREATE INDEX requests_list ON requests (deleted_at, archived, due);
    """,
    # 2: tags to group requests (a story, a project), shown and filtered in the list;
    # a JSON list of strings.
    """
    ALTER TABLE requests ADD COLUMN tags TEXT NOT NULL DEFAULT '[]';
    """,
)

SCHEMA_VERSION = len(MIGRATIONS)
"""The schema version this oiaassist writes (and the newest it reads)."""


def user_version(conn: sqlite3.Connection) -> int:
    """The schema version recorded in the file (0 for a new, empty file)."""
    row = conn.execute("PRAGMA user_version").fetchone()
    return int(row[0])


def migrate(conn: sqlite3.Connection, migrations: Sequence[str] = MIGRATIONS) -> int:
    """Bring the file up to ``len(migrations)``; return the version it was at.

    ``conn`` must be in autocommit mode (``isolation_level=None``) so the
    explicit transactions here are the only ones.
    """
    found = user_version(conn)
    for version in range(found + 1, len(migrations) + 1):
        conn.execute("BEGIN IMMEDIATE")
        try:
            for statement in _statements(migrations[version - 1]):
                conn.execute(statement)
            conn.execute(f"PRAGMA user_version = {version:d}")
        except BaseException:
            conn.execute("ROLLBACK")
            raise
        conn.execute("COMMIT")
    return found


def _statements(script: str) -> list[str]:
    """Split a migration into statements (``executescript`` would commit on its own)."""
    out: list[str] = []
    pending = ""
    for line in script.splitlines(keepends=True):
        pending += line
        if sqlite3.complete_statement(pending):
            out.append(pending.strip())
            pending = ""
    if pending.strip():
        out.append(pending.strip())
    return [s for s in out if s]
