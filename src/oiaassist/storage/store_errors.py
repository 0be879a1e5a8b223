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


class DamagedRowError(StoreError):
    """One request in the file is damaged; the rest can be used (it is kept, for recovery)."""

    def __init__(self, path: Path, request_id: int, problem: str) -> None:
        self.request_id = request_id
        super().__init__(path, f"request number {request_id} is damaged ({problem})")


class ReadOnlyDatabaseError(StoreError):
    """The file (or its folder) cannot be written: healthy, but changes could not be saved."""

    def __init__(self, path: Path) -> None:
        super().__init__(
            path,
            "is read-only: oiaassist could not save changes to it. Check that you may write "
            "to the file and its folder (or that the disk is not read-only), or open another file.",
        )


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
