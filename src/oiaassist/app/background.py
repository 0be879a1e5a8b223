"""Work that could take seconds, done off the window's thread, with a time limit and a cancel.

Reading a long letter (a pasted 400-page bundle) takes seconds; done on the
UI thread it froze the window. :class:`Background` runs one job at a time
on a worker thread and hands its result back on the UI thread. A newer job,
:meth:`Background.cancel` or the time limit makes the window stop waiting:
the stale result, when it comes, is dropped. (A Python thread cannot be
killed; the inputs are capped, and a template's code is stopped by the
sandbox's time limit, so the abandoned work ends within seconds.)

The same serves a user's letter templates (issue 15): the Compose preview and
the letter dialog render on a :class:`Background`, and the one-shot letter
actions (copy, save) wait with :func:`wait_for`, which shows a progress dialog
with Cancel. The work is given plain data and returns text or bytes; it
touches no widget, nor any Qt object (see :meth:`Background.run`).
"""

from __future__ import annotations

import queue
import threading
from collections.abc import Callable
from contextlib import suppress
from typing import Any, TypeVar, cast

from PySide6.QtCore import QEventLoop, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

from oiaassist.app import main_thread_gc
from oiaassist.i18n import _

T = TypeVar("T")

POLL_MS = 15
"""How often the window's thread looks for a finished job (well under what a person notices)."""


class Background(QObject):
    """One job at a time; only the newest job's result is delivered.

    :attr:`idle` is emitted when no worker thread of this object is still
    running (or all the running ones were given up on at their time limit),
    so a caller that renders as the user types can start the newest job only
    then, instead of piling up threads that all compete for the interpreter.
    """

    idle = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        main_thread_gc.install()  # a worker must never run the cyclic collector (see there)
        self._generation = 0
        # The worker touches no Qt object (emitting on one that the window is deleting
        # crashed the app): it puts its outcome here, and a timer on this thread collects it.
        self._results: queue.SimpleQueue[tuple[int, Any, Any]] = queue.SimpleQueue()
        self._poll = QTimer(self)
        self._poll.setInterval(POLL_MS)
        self._poll.timeout.connect(self._collect)
        self._live: set[int] = set()  # generations whose thread is running and not given up on
        self._waiting: tuple[int, Callable[[Any], None], Callable[[BaseException], None]] | None
        self._waiting = None

    @property
    def busy(self) -> bool:
        """Whether a job's result is awaited."""
        return self._waiting is not None

    @property
    def running(self) -> bool:
        """Whether a worker thread (even one whose result will be dropped) is still at work."""
        return bool(self._live)

    def run(
        self,
        work: Callable[[], Any],
        done: Callable[[Any], None],
        failed: Callable[[BaseException], None],
        *,
        limit_ms: int,
    ) -> None:
        """Run ``work`` on a worker thread; then ``done(result)`` or ``failed(exception)``.

        ``failed`` gets a :class:`TimeoutError` if ``limit_ms`` passes first.
        """
        self._generation += 1
        generation = self._generation
        self._waiting = (generation, done, failed)
        self._live.add(generation)

        results = self._results

        def target() -> None:
            error: Exception | None = None
            result: Any = None
            try:
                result = work()
            except Exception as exc:  # handed to failed() on the window's thread
                error = exc
            results.put((generation, result, error))

        threading.Thread(target=target, name="oiaassist-background", daemon=True).start()
        if not self._poll.isActive():
            self._poll.start()
        QTimer.singleShot(limit_ms, self, lambda: self._expire(generation))

    def cancel(self) -> None:
        """Stop waiting for the current job (its result will be dropped)."""
        self._generation += 1
        self._waiting = None

    def _collect(self) -> None:
        while True:
            try:
                generation, result, error = self._results.get_nowait()
            except queue.Empty:
                break
            self._deliver(generation, result, error)
        if not self._live:
            self._poll.stop()

    def _settled(self, generation: int) -> None:
        if generation in self._live:
            self._live.discard(generation)
            if not self._live:
                self.idle.emit()

    def _deliver(self, generation: int, result: Any, error: Any) -> None:
        try:
            if self._waiting is None or self._waiting[0] != generation:
                return  # cancelled, timed out, or overtaken by a newer job
            _gen, done, failed = self._waiting
            self._waiting = None
            if isinstance(error, BaseException):
                failed(error)
            else:
                done(result)
        finally:
            self._settled(generation)

    def _expire(self, generation: int) -> None:
        self._settled(generation)  # given up on: it ends by its own limits
        if self._waiting is not None and self._waiting[0] == generation:
            _gen, _done, failed = self._waiting
            self._waiting = None
            failed(TimeoutError())


class CancelledError(Exception):
    """The user pressed Cancel while waiting for :func:`wait_for`."""


SHOW_PROGRESS_MS = 300
"""How long :func:`wait_for` waits quietly before showing its progress dialog."""


def wait_for(
    work: Callable[[], T],
    *,
    parent: QWidget,
    label: str,
    limit_ms: int,
    show_after_ms: int = SHOW_PROGRESS_MS,
) -> T:
    """``work()`` run on a worker thread while the window stays live; its result.

    For one-shot actions (copy, save) whose caller needs the result before
    going on. The window keeps repainting; after ``show_after_ms`` a modal
    progress dialog with Cancel appears. ``work`` must touch no widget.

    Raises:
        CancelledError: the user pressed Cancel (the thread is abandoned; it
            ends by its own limits and its result is dropped).
        TimeoutError: ``limit_ms`` passed first.
        Exception: whatever ``work`` raised.
    """
    outcome: list[tuple[bool, Any]] = []
    loop = QEventLoop()
    job = Background()

    def finish(ok: bool, value: Any) -> None:
        outcome.append((ok, value))
        loop.quit()

    progress = QProgressDialog(label, _("Cancel"), 0, 0, parent)
    progress.setWindowTitle(label)
    progress.setWindowModality(Qt.WindowModality.WindowModal)
    progress.setAutoClose(False)
    progress.setAutoReset(False)
    progress.setMinimumDuration(show_after_ms)  # Qt's own timer agrees with ours
    progress.hide()

    def cancel() -> None:
        job.cancel()
        finish(False, CancelledError())

    progress.canceled.connect(cancel)
    timer = QTimer(progress)
    timer.setSingleShot(True)
    timer.timeout.connect(progress.show)
    job.run(work, lambda result: finish(True, result), lambda exc: finish(False, exc),
            limit_ms=limit_ms)  # fmt: skip
    timer.start(show_after_ms)
    try:
        if not outcome:
            loop.exec()
    finally:
        job.cancel()
        with suppress(RuntimeError):  # the window (the dialog's parent) was closed meanwhile
            timer.stop()
            progress.canceled.disconnect()
            progress.hide()
            progress.deleteLater()
    ok, value = outcome[0]
    if ok:
        return cast(T, value)
    raise value
