"""Splitter shares and a dock that stays on screen.

``QSplitter.setSizes`` before the splitter has its final width (a tab not yet
shown, a window not yet laid out) is rescaled from the children's size hints,
so a "50/50" split came out 35/65. :func:`share` splits by its weights at
every resize instead, until the user drags the bar (then theirs is kept).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QApplication, QDockWidget, QMainWindow, QSplitter


class _Share(QObject):
    def __init__(self, splitter: QSplitter, weights: tuple[int, ...]) -> None:
        super().__init__(splitter)
        self.splitter = splitter
        self.weights = weights
        splitter.installEventFilter(self)
        splitter.splitterMoved.connect(self.stop)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        """On a resize or a show: the sizes by the weights (Qt API)."""
        if event.type() in (QEvent.Type.Resize, QEvent.Type.Show):
            self.apply()
        return False

    def apply(self) -> None:
        handles = self.splitter.handleWidth() * (self.splitter.count() - 1)
        width = self.splitter.width() - handles
        if width > 0:
            total = sum(self.weights)
            self.splitter.setSizes([width * w // total for w in self.weights])

    def stop(self) -> None:
        self.splitter.removeEventFilter(self)


def share(splitter: QSplitter, *weights: int) -> None:
    """Split ``splitter`` by ``weights`` (e.g. 35, 65), now and as it resizes, until dragged."""
    for index, weight in enumerate(weights):
        splitter.setStretchFactor(index, weight)
    _Share(splitter, weights).apply()


def keep_on_screen(window: QMainWindow, dock: QDockWidget) -> None:
    """After ``dock`` opens: the window inside its screen, or the dock floating beside it.

    The dock takes its width from the window's middle when there is room; when
    there is not, Qt widens the window, which on a small screen pushes it past
    the edge. Then the window moves back, or, if even the screen is too
    narrow, the dock floats over the window instead.
    """
    screen = window.screen() or QApplication.primaryScreen()
    if screen is None or window.isMaximized() or window.isFullScreen():
        return
    space = screen.availableGeometry()
    layout = window.layout()
    if layout is not None:
        layout.activate()  # the new minimum width, now rather than at the next event loop
    frame = window.frameGeometry()
    border = frame.width() - window.width()
    if window.minimumSizeHint().width() + border > space.width():
        dock.setFloating(True)
        dock.move(space.right() - dock.width() - border, frame.top())
        window.resize(min(window.width(), space.width() - border), window.height())
        return
    if window.width() + border > space.width():
        window.resize(space.width() - border, window.height())
    frame = window.frameGeometry()
    if frame.right() > space.right():
        window.move(max(space.left(), space.right() - frame.width() + 1), frame.top())
