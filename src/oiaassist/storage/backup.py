"""Automatic backups of the request database, and restoring one.

On open, :class:`~oiaassist.storage.Store` copies the file (with SQLite's
online backup API, so a consistent copy even mid-write) to
``backups/requests-YYYY-MM-DD.sqlite3`` beside it, at most once a day, and
keeps the newest few. A day's first copy is never overwritten that day: if
something goes wrong in the afternoon, the morning's copy is still there.
"""

from __future__ import annotations

import os
import re
import shutil
import sqlite3
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from oiaassist.files import create_private, make_private, private_folder
from oiaassist.storage.store_errors import DamagedDatabaseError

KEEP = 7
"""How many daily backups to keep."""
_NAME = re.compile(r"^requests-(\d{4}-\d{2}-\d{2})\.sqlite3$")


@dataclass(frozen=True, slots=True)
class Backup:
    """One backup file and the day it was taken."""

    path: Path
    day: date


def backup_dir(db_path: Path) -> Path:
    """Where the backups of ``db_path`` go."""
    return db_path.parent / "backups"


def list_backups(db_path: Path) -> list[Backup]:
    """The backups of ``db_path``, newest first."""
    folder = backup_dir(db_path)
    if not folder.is_dir():
        return []
    found = []
    for path in folder.iterdir():
        match = _NAME.match(path.name)
        if match:
            found.append(Backup(path, date.fromisoformat(match.group(1))))
    return sorted(found, key=lambda b: b.day, reverse=True)


def make_backup(
    conn: sqlite3.Connection, db_path: Path, *, today: date, keep: int = KEEP
) -> Path | None:
    """Copy the open database to today's backup unless today's exists; prune old ones."""
    folder = backup_dir(db_path)
    target = folder / f"requests-{today.isoformat()}.sqlite3"
    if target.exists():
        return None
    private_folder(folder)
    partial = target.with_suffix(".partial")
    create_private(partial)  # a backup holds the same personal data as the database
    copy = sqlite3.connect(partial)
    try:
        conn.backup(copy)
    finally:
        copy.close()
    os.replace(partial, target)  # atomic: a killed backup leaves no half file named as a backup
    for old in list_backups(db_path)[keep:]:
        old.path.unlink(missing_ok=True)
    return target


def set_aside(db_path: Path) -> Path | None:
    """Rename a damaged database (and its WAL files) out of the way; return the new name."""
    if not db_path.exists():
        return None
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    aside = db_path.with_name(f"{db_path.stem}.damaged-{stamp}{db_path.suffix}")
    os.replace(db_path, aside)
    for suffix in ("-wal", "-shm"):
        extra = db_path.with_name(db_path.name + suffix)
        if extra.exists():
            os.replace(extra, aside.with_name(aside.name + suffix))
    return aside


def restore_backup(backup: Path, db_path: Path) -> Path | None:
    """Put ``backup`` in place of ``db_path``, keeping the old file aside; return where."""
    try:
        check = sqlite3.connect(f"file:{backup}?mode=ro", uri=True)
        try:
            ok = check.execute("PRAGMA quick_check").fetchone()[0] == "ok"
        finally:
            check.close()
    except sqlite3.DatabaseError as exc:
        raise DamagedDatabaseError(backup, f"cannot be restored: {exc}") from None
    if not ok:
        raise DamagedDatabaseError(backup, "cannot be restored: the backup is damaged too")
    aside = set_aside(db_path)
    partial = db_path.with_suffix(".restoring")
    create_private(partial)
    shutil.copyfile(backup, partial)  # copies the bytes into the private file, not the mode
    os.replace(partial, db_path)
    return aside


def make_store_private(db_path: Path) -> None:
    """Tighten an existing database, its WAL and SHM, and its backups to 0600/0700 (POSIX).

    Installs made before this was done had them 0644 in 0755 folders: readable
    by every user of the machine. Called on every open, so they are tightened
    on the next start.
    """
    for suffix in ("", "-wal", "-shm"):
        extra = db_path.with_name(db_path.name + suffix)
        if extra.exists():
            make_private(extra)
    folder = backup_dir(db_path)
    if folder.is_dir():
        make_private(folder)
        for backup in folder.iterdir():
            make_private(backup)
