"""The newest letter, rendered off the window's thread while the user types (issue 15).

The Compose tab's preview and the letter dialog both render a letter with the
user's templates, which may loop or be slow: on a worker thread
(:class:`~oiaassist.app.background.Background`), with the sandbox's time limit.
Both need the same rules, kept here once: past :data:`NOTICE_MS` the view says it
is rendering; only the newest letter is shown; and a new render starts only when
the last one's thread has ended, so typing against a slow template never piles up
threads that compete for the interpreter.
"""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QEventLoop, QObject, QTimer

from oiaassist.app.background import Background
from oiaassist.app.letters.templates import RENDER_LIMIT_MS, LetterTemplates, too_slow_text
from oiaassist.drafting import Letter, PlainLetter
from oiaassist.errors import OiaAssistError

NOTICE_MS = 300
"""How long a render may take before the view says it is rendering (a blink otherwise)."""


def failure_text(templates: LetterTemplates, exc: BaseException) -> str:
    """What to show in place of a letter whose render failed; a bug is raised again.

    A template's error names the template (:meth:`LetterTemplates.describe`); the
    time limit says how long it ran. Anything else is a bug in this program, which
    the crash handler reports as it would on the window's thread.
    """
    if isinstance(exc, TimeoutError):
        return too_slow_text()
    if isinstance(exc, OiaAssistError):
        return templates.describe(exc)
    raise exc


class NewestLetterRender(QObject):
    """Renders the newest letter it is given; says so when it takes a moment.

    ``templates`` is asked for the templates when a render starts (the setting may
    have changed); ``notice`` is called once a render has taken :data:`NOTICE_MS`;
    ``again`` is called when a letter given while the last thread still ran can
    start (the owner builds the newest letter then, and calls :meth:`render`).
    """

    def __init__(
        self,
        parent: QObject,
        *,
        templates: Callable[[], LetterTemplates],
        notice: Callable[[], None],
        again: Callable[[], None],
    ) -> None:
        super().__init__(parent)
        self._templates = templates
        self._again = again
        self._work = Background(self)
        self._work.idle.connect(self._idle)
        self._pending = False  # a letter came while a render's thread was still at work
        self._notice = QTimer(self)
        self._notice.setSingleShot(True)
        self._notice.setInterval(NOTICE_MS)
        self._notice.timeout.connect(notice)

    @property
    def rendering(self) -> bool:
        """Whether the view is waiting for a letter."""
        return self._work.busy or self._pending

    def cancel(self) -> None:
        """Drop the letter being rendered: when it comes, it is not shown."""
        self._work.cancel()

    def clear(self) -> None:
        """There is no letter to render now (the view shows why): no notice, nothing waits."""
        self._notice.stop()
        self._pending = False

    def render(
        self,
        letter: Letter,
        shown: Callable[[PlainLetter], None],
        failed: Callable[[LetterTemplates, BaseException], None],
    ) -> None:
        """Render ``letter`` now, or as soon as the last render's thread has ended."""
        if not self._notice.isActive():
            self._notice.start()
        if self._work.running:  # started when that thread ends (see _idle)
            self._pending = True
            return
        self._pending = False
        templates = self._templates()

        def done(plain: PlainLetter) -> None:
            self._notice.stop()
            shown(plain)

        def broke(exc: BaseException) -> None:
            self._notice.stop()
            failed(templates, exc)

        self._work.run(
            lambda: templates.text(letter),  # plain data in, text out: no widget on the worker
            done,
            broke,
            limit_ms=RENDER_LIMIT_MS,
        )

    def wait(self, timeout_ms: int = 10_000) -> bool:
        """Keep the event loop running until the newest letter is shown (for tests)."""
        deadline = time.monotonic() + timeout_ms / 1000
        while self.rendering and time.monotonic() < deadline:
            QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 20)
            time.sleep(0.002)  # let the worker have the interpreter
        return not self.rendering

    def _idle(self) -> None:
        if self._pending:
            self._again()
