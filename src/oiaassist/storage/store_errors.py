"""What can go wrong with the database, in words a user can act on."""

from __future__ import annotations

from pathlib import Path

from oiaassist.errors import OiaAssistError


class StoreError(OiaAssistError):
    """The request database cannot be used; the message names the file and why."""

    def __init__(self, path: Path, problem: str) -> None:
        self.path = path
        self.problem = problem
        super().__init__(f"{path}: {problem}")


class DamagedDatabaseError(StoreError):
    """The file is not a readable oiaassist database (corrupt, truncated, or not SQLite)."""


class NewerDatabaseError(StoreError):
    """The file was written by a newer oiaassist, whose format this version does not know."""

    def __init__(self, path: Path, found: int, supported: int) -> None:
        self.found = found
        self.supported = supported
        super().__init__(
            path,
            f"was written by a newer version of oiaassist (database format {found}; this "
            f"version reads up to {supported}). Update oiaassist, or open another file.",
        )
