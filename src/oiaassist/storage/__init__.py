"""The user's requests on disk: one SQLite file, versioned, backed up, Qt-free.

The app resolves *where* the file lives (the platform's app-data folder);
this package only takes a path. See :class:`Store`.
"""

from oiaassist.storage.backup import Backup, list_backups, make_backup, restore_backup
from oiaassist.storage.records import RequestRow, StoredRequest, Summary
from oiaassist.storage.schema import SCHEMA_VERSION
from oiaassist.storage.store import Store
from oiaassist.storage.store_errors import (
    DamagedDatabaseError,
    DamagedRowError,
    NewerDatabaseError,
    ReadOnlyDatabaseError,
    StoreError,
)

__all__ = [
    "SCHEMA_VERSION",
    "Backup",
    "DamagedDatabaseError",
    "DamagedRowError",
    "NewerDatabaseError",
    "ReadOnlyDatabaseError",
    "RequestRow",
    "Store",
    "StoreError",
    "StoredRequest",
    "Summary",
    "list_backups",
    "make_backup",
    "restore_backup",
]
