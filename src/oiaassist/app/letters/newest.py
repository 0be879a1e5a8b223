"""One letter at a time, off the UI thread, and only the newest shown.

The Compose preview and the letter dialog both render the user's own templates,
which may loop until the sandbox's time limit: so the render runs on a worker
(:class:`~oiaassist.app.background.Background`, which touches no widget), a
change while a render's thread is still at work waits for that thread and then
renders the newest letter (one live thread however fast the user types), an
older result is never shown, and past :data:`NOTICE_MS` the owner says that the
letter is being rendered.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEventLoop, QObject, QTimer

from oiaassist.app.background import Background
from oiaassist.app.letters.templates import RENDER_LIMIT_MS, LetterTemplates
from oiaassist.i18n import _

if TYPE_CHECKING:
    from oiaassist.drafting.models import Letter
    from oiaassist.drafting.render import PlainLetter

NOTICE_MS = 300
"""Say "Rendering the letter…" only past this: a quick render never flickers."""


def took_too_long() -> str:
    """The message for a render stopped at the time limit."""
    return _("Rendering the letter took longer than {seconds} seconds and was stopped.").format(
        seconds=RENDER_LIMIT_MS // 1000
    )


class NewestLetter(QObject):
    """Renders letters on a worker for one view; only the newest asked for is shown.

    Args:
        parent: the view that owns it.
        shown: called on the UI thread with the newest rendered letter.
        failed: called on the UI thread with the templates and the error (a
            ``TimeoutError`` past the limit, a ``TemplateError``, or a bug).
        waiting: called once the render has taken :data:`NOTICE_MS`.
        again: the owner's refresh, called when a render asked for while a thread
            was busy can start (it rebuilds the letter from what is on screen now).
    """

    def __init__(
        self,
        parent: QObject,
        *,
        shown: Callable[[PlainLetter], None],
        failed: Callable[[LetterTemplates, BaseException], None],
        waiting: Callable[[], None],
        again: Callable[[], None],
    ) -> None:
        super().__init__(parent)
        self._shown, self._failed, self._again = shown, failed, again
        self._worker = Background(self)
        self._worker.idle.connect(self._idle)
        self._pending = False  # asked for while a render's thread was still at work
        self._notice = QTimer(self)
        self._notice.setSingleShot(True)
        self._notice.setInterval(NOTICE_MS)
        self._notice.timeout.connect(waiting)

    def cancel(self) -> None:
        """An older letter, when it comes, is not shown."""
        self._worker.cancel()

    def nothing(self) -> None:
        """There is no letter to render (the view says why)."""
        self._notice.stop()
        self._pending = False

    def render(self, templates: LetterTemplates, letter: Letter) -> None:
        """Render ``letter`` on the worker; its text comes to ``shown``."""
        if not self._notice.isActive():
            self._notice.start()
        if self._worker.running:  # started when that thread ends (see _idle)
            self._pending = True
            return
        self._pending = False
        self._worker.run(
            lambda: templates.text(letter),  # plain data in, text out: no widget on the worker
            self._done,
            lambda exc: self._fail(templates, exc),
            limit_ms=RENDER_LIMIT_MS,
        )

    @property
    def rendering(self) -> bool:
        """Whether the view is still waiting for its newest letter."""
        return self._worker.busy or self._pending

    def wait(self, timeout_ms: int = 10_000) -> bool:
        """Keep the event loop running until the newest letter is shown (tests, screenshots)."""
        deadline = time.monotonic() + timeout_ms / 1000
        while self.rendering and time.monotonic() < deadline:
            QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 20)
            time.sleep(0.002)  # let the worker have the interpreter
        return not self.rendering

    def _idle(self) -> None:
        if self._pending:
            self._again()

    def _done(self, plain: PlainLetter) -> None:
        self._notice.stop()
        self._shown(plain)

    def _fail(self, templates: LetterTemplates, exc: BaseException) -> None:
        self._notice.stop()
        self._failed(templates, exc)
