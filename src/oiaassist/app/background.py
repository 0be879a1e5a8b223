"""Work that could take seconds, done off the window's thread, with a time limit and a cancel.

Reading a long letter (a pasted 400-page bundle) takes seconds; done on the
UI thread it froze the window. :class:`Background` runs one job at a time
on a worker thread and hands its result back on the UI thread. A newer job,
:meth:`Background.cancel` or the time limit makes the window stop waiting:
the stale result, when it comes, is dropped. (A Python thread cannot be
killed; the inputs are capped so the abandoned work ends within seconds.)
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from contextlib import suppress
from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal


class Background(QObject):
    """One job at a time; only the newest job's result is delivered."""

    _finished = Signal(int, object, object)  # generation, result, exception

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._generation = 0
        self._waiting: tuple[int, Callable[[Any], None], Callable[[BaseException], None]] | None
        self._waiting = None
        self._finished.connect(self._deliver)

    @property
    def busy(self) -> bool:
        """Whether a job's result is awaited."""
        return self._waiting is not None

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

        def target() -> None:
            error: Exception | None = None
            result: Any = None
            try:
                result = work()
            except Exception as exc:  # handed to failed() on the window's thread
                error = exc
            with suppress(RuntimeError):  # the window went away meanwhile: nobody is waiting
                self._finished.emit(generation, result, error)

        threading.Thread(target=target, name="oiaassist-background", daemon=True).start()
        QTimer.singleShot(limit_ms, self, lambda: self._expire(generation))

    def cancel(self) -> None:
        """Stop waiting for the current job (its result will be dropped)."""
        self._generation += 1
        self._waiting = None

    def _deliver(self, generation: int, result: Any, error: Any) -> None:
        if self._waiting is None or self._waiting[0] != generation:
            return  # cancelled, timed out, or overtaken by a newer job
        _gen, done, failed = self._waiting
        self._waiting = None
        if isinstance(error, BaseException):
            failed(error)
        else:
            done(result)

    def _expire(self, generation: int) -> None:
        if self._waiting is not None and self._waiting[0] == generation:
            _gen, _done, failed = self._waiting
            self._waiting = None
            failed(TimeoutError())
