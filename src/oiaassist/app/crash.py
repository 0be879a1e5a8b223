"""The last line of defence: an error nobody caught becomes a message and a log entry.

Library errors are caught where they happen and shown naming the field; if
one slips through anyway (or a real bug), the user sees what went wrong in
words and where the details were logged, and the app carries on. A traceback
goes only to the log file, never to the screen.
"""

from __future__ import annotations

import logging
import sys
import traceback
from collections.abc import Callable
from pathlib import Path
from types import TracebackType

from oiaassist.errors import OiaAssistError
from oiaassist.files import create_private, private_folder
from oiaassist.i18n import _

LOG_NAME = "oiaassist.log"
log = logging.getLogger("oiaassist.app")

Hook = Callable[[type[BaseException], BaseException, TracebackType | None], None]


def start_log(folder: Path) -> Path:
    """Log warnings and errors to ``folder/oiaassist.log``; its path."""
    private_folder(folder)
    path = folder / LOG_NAME
    create_private(path)  # the log can quote a request's details
    handler = logging.FileHandler(path, encoding="utf-8")
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    log.addHandler(handler)
    log.setLevel(logging.INFO)
    return path


def describe(exc: BaseException, log_path: Path | None) -> str:
    """What the user reads: the library's own words, or the kind of error and the log."""
    if isinstance(exc, OiaAssistError):
        return str(exc)
    where = _("Details are in {path}.").format(path=log_path) if log_path else ""
    return _("Something went wrong ({kind}: {message}). Your requests are saved. {where}").format(
        kind=type(exc).__name__, message=exc, where=where
    )


def install(show: Callable[[str], None], log_path: Path | None) -> Hook:
    """Route uncaught exceptions to the log and ``show``; returns the previous hook."""
    previous = sys.excepthook
    busy: list[bool] = []

    def hook(kind: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
        if issubclass(kind, KeyboardInterrupt):
            previous(kind, exc, tb)
            return
        log.error("uncaught %s", "".join(traceback.format_exception(kind, exc, tb)).rstrip())
        if busy:  # an error while showing an error: the log has it
            return
        busy.append(True)
        try:
            show(describe(exc, log_path))
        finally:
            busy.clear()

    sys.excepthook = hook
    return previous
