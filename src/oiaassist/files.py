"""Writing the user's files so that nothing already there can be lost.

Every file oiaassist writes goes through :func:`write_atomic`: the new
content goes to a temporary file in the same folder, is flushed to the disk
(``fsync``), and only then renamed over the target. A full disk, a kill or a
power cut leaves either the old file or the new one, never a torn mix (on a
full disk the old ``letter.docx`` used to become a corrupt 4 KB zip).

A writer also refuses to write over one of its own inputs (``report --out
log.csv`` on ``log.csv`` used to replace the request log with the report).
"Same" means the same file on disk (device and inode), so a different
spelling, a symlink or a hard link is caught too.

Personal files (the database, backups, the log, settings) are private to the
user: :func:`make_private` gives files 0600 and folders 0700 on POSIX.
"""

from __future__ import annotations

import contextlib
import os
import stat
import sys
import tempfile
from collections.abc import Iterable
from pathlib import Path

from oiaassist.errors import OiaAssistError

PRIVATE_FILE = 0o600
PRIVATE_DIR = 0o700


class WriteError(OiaAssistError, OSError):
    """A file could not be written; the message is one line naming it and why."""


class ReadRefusedError(OiaAssistError, ValueError):
    """A file was not read: not a regular file, or bigger than its kind can be.

    The message does not name the file: callers add it, in their own error type.
    """


def read_limited(path: str | Path, limit: int) -> bytes:
    """The bytes of a regular file of at most ``limit`` bytes, read no further than that.

    ``/dev/zero`` never ends and a FIFO blocks until someone writes: both are
    refused before anything is read, as is a file larger than ``limit``
    (checked again while reading, in case it grows).

    Raises:
        ReadRefusedError: not a regular file, or too big.
        OSError: missing, a folder, no permission (as ``open`` raises them).
    """
    file = Path(path)
    info = file.stat()
    if stat.S_ISDIR(info.st_mode):
        raise IsADirectoryError(21, "Is a directory", str(file))
    if not stat.S_ISREG(info.st_mode):
        raise ReadRefusedError("is not a regular file")
    too_big = f"is bigger than {_size(limit)}, more than a file of this kind can be"
    if info.st_size > limit:
        raise ReadRefusedError(too_big)
    with file.open("rb") as handle:
        data = handle.read(limit + 1)
    if len(data) > limit:
        raise ReadRefusedError(too_big)
    return data


def _size(limit: int) -> str:
    return f"{limit // 1024 // 1024} MB" if limit >= 1024 * 1024 else f"{limit // 1024} KB"


def same_file(a: str | Path, b: str | Path) -> bool:
    """Whether ``a`` and ``b`` are the same file on disk (false if either is missing)."""
    try:
        return os.path.samefile(a, b)
    except (OSError, ValueError):
        return False


def refuse_inputs(out: str | Path, inputs: Iterable[str | Path | None], option: str) -> None:
    """Raise :class:`WriteError` if ``out`` is one of ``inputs`` (by inode, not name)."""
    for given in inputs:
        if given is not None and str(given) != "-" and same_file(out, given):
            raise WriteError(f"{option} {out}: is the input file {given}; it would be overwritten")


def _reason(exc: OSError) -> str:
    return exc.strerror or str(exc) or type(exc).__name__


def write_atomic(
    path: str | Path,
    data: bytes | str,
    *,
    inputs: Iterable[str | Path | None] = (),
    option: str = "",
    private: bool = False,
) -> Path:
    """Write ``data`` to ``path`` all at once: temp file beside it, fsync, rename.

    Args:
        path: the file to write (replaced if it exists; its mode is kept).
        data: bytes, or text written as UTF-8.
        inputs: files the caller read; writing over one of them is refused.
        option: how the user named ``path`` ("--out"), for the message.
        private: create the file 0600 (personal data).

    Raises:
        WriteError: one line: a missing folder, a folder given as the file,
            no permission, a full disk, or one of ``inputs``.
    """
    target = Path(path)
    label = f"{option} {target}" if option else str(target)
    refuse_inputs(target, inputs, option or "output")
    payload = data.encode("utf-8") if isinstance(data, str) else data
    if target.is_dir():
        raise WriteError(f"{label}: is a folder, not a file")
    folder = target.parent
    if not folder.is_dir():
        raise WriteError(f"{label}: the folder {folder} does not exist")
    mode = PRIVATE_FILE if private else None
    with contextlib.suppress(OSError):
        mode = stat.S_IMODE(target.stat().st_mode)  # keep an existing file's permissions
    try:
        fd, temp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=folder)
    except OSError as exc:
        raise WriteError(f"{label}: cannot be written ({_reason(exc)})") from None
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(payload)
            handle.flush()
            os.fsync(handle.fileno())
        if mode is not None:
            os.chmod(temp, mode)
        elif sys.platform != "win32":
            umask = os.umask(0)
            os.umask(umask)
            os.chmod(temp, 0o666 & ~umask)  # what a plain open() would have given
        os.replace(temp, target)
    except OSError as exc:
        with contextlib.suppress(OSError):
            os.unlink(temp)
        raise WriteError(f"{label}: cannot be written ({_reason(exc)})") from None
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temp)
        raise
    _sync_folder(folder)
    return target


def _sync_folder(folder: Path) -> None:
    """Make the rename itself durable (POSIX; a no-op where folders cannot be opened)."""
    if sys.platform == "win32":
        return
    with contextlib.suppress(OSError):
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def make_private(path: str | Path) -> None:
    """Give a file 0600 or a folder 0700 (POSIX only; errors are ignored: best effort)."""
    if sys.platform == "win32":
        return
    target = Path(path)
    with contextlib.suppress(OSError):
        wanted = PRIVATE_DIR if target.is_dir() else PRIVATE_FILE
        if stat.S_IMODE(target.stat().st_mode) != wanted:
            os.chmod(target, wanted)


def create_private(path: str | Path) -> None:
    """Create an empty file 0600 if it does not exist, so it is private from the first write.

    For files a library creates itself (SQLite, logging, QSettings): they take
    the permissions of a file that is already there.
    """
    target = Path(path)
    with contextlib.suppress(FileExistsError):
        os.close(os.open(target, os.O_WRONLY | os.O_CREAT | os.O_EXCL, PRIVATE_FILE))
    make_private(target)


def private_folder(path: str | Path) -> Path:
    """Create ``path`` (and parents) if needed, and make it 0700."""
    folder = Path(path)
    folder.mkdir(parents=True, exist_ok=True, mode=PRIVATE_DIR)
    make_private(folder)
    return folder
