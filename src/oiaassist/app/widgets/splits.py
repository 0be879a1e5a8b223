"""Splitter shares and a dock that stays on screen.

``QSplitter.setSizes`` before the splitter has its final width (a tab not yet
shown, a window not yet laid out) is rescaled from the children's size hints,
so a "50/50" split came out 35/65. :func:`share` splits by its weights at
every resize instead, until the user drags the bar (then theirs is kept).

On a small screen (1024×600, or 1280×720 at 150 %) a tab's panes side by side
are wider than the window can be; :func:`scrolled` puts a tab in a scroll area
that lays its panes one above the other when they do not fit side by side, so
the window's minimum size no longer exceeds the screen (a window forced below
its minimum draws its widgets over each other).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import (
    QAbstractScrollArea,
    QApplication,
    QDockWidget,
    QFrame,
    QGridLayout,
    QLabel,
    QMainWindow,
    QScrollArea,
    QSplitter,
    QWidget,
)


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
        vertical = self.splitter.orientation() is Qt.Orientation.Vertical
        width = (self.splitter.height() if vertical else self.splitter.width()) - handles
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


STACKED_PANE_HEIGHT = 300
"""A scrolling pane's least height when the panes are stacked (Compose's fields got 40 px)."""


class _Stack(QObject):
    """Turns a splitter upright when its panes do not fit side by side in the scroll area."""

    def __init__(self, scroll: QScrollArea, splitter: QSplitter) -> None:
        super().__init__(scroll)
        self.scroll = scroll
        self.splitter = splitter
        self._heights: dict[int, int] = {}
        scroll.viewport().installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        """On a resize: side by side or one above the other (Qt API)."""
        if event.type() in (QEvent.Type.Resize, QEvent.Type.Show):
            self.apply()
        return False

    def side_by_side_width(self) -> int:
        """The narrowest the panes can be side by side."""
        s = self.splitter
        panes = [s.widget(i) for i in range(s.count())]
        shown = [p for p in panes if p is not None and not p.isHidden()]
        widths = [max(p.minimumSizeHint().width(), p.minimumWidth()) for p in shown]
        return sum(widths) + s.handleWidth() * max(0, len(shown) - 1)

    def apply(self) -> None:
        wide = self.scroll.viewport().width() >= self.side_by_side_width()
        orientation = Qt.Orientation.Horizontal if wide else Qt.Orientation.Vertical
        if self.splitter.orientation() is orientation:
            return
        self.splitter.setOrientation(orientation)
        for index in range(self.splitter.count()):
            pane = self.splitter.widget(index)
            if not isinstance(pane, QAbstractScrollArea):
                continue  # a pane with a layout keeps its layout's minimum (a fixed one clipped)
            if not wide:  # one above the other: a scrolling pane tall enough to work in
                self._heights.setdefault(index, pane.minimumHeight())
                pane.setMinimumHeight(max(pane.minimumHeight(), STACKED_PANE_HEIGHT))
            elif index in self._heights:
                pane.setMinimumHeight(self._heights.pop(index))


def scrolled(form: QWidget, splitter: QSplitter | None = None) -> QScrollArea:
    """``form`` in a frameless scroll area (not a Tab stop); ``splitter`` upright when narrow."""
    scroll = QScrollArea()
    scroll.setObjectName(f"{form.objectName() or 'form'}Scroll")
    scroll.setFrameShape(QFrame.Shape.NoFrame)
    scroll.setWidgetResizable(True)
    scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    scroll.setWidget(form)
    if splitter is not None:
        _Stack(scroll, splitter)
        for label in splitter.findChildren(QLabel):
            if label.wordWrap():
                wrap_height(label)
    return scroll


class _Reflow(QObject):
    """Lays a grid of buttons in one column when two columns would make ``scroll`` scroll sideways.

    At 1280×720 and 150 % the Timeline's four letter buttons, two by two, were
    13 px wider than the tab and the tab scrolled sideways. The choice hangs on
    the viewport's width only (not on the form, whose width the splitter's
    orientation changes too: the two fed each other for ever), with a margin of
    a scroll bar's width before going back to two columns.
    """

    MARGIN = 10
    """The pane's and the form's margins around the grid."""
    BACK = 20
    """How much wider than needed before two columns again (a scroll bar coming and going)."""

    def __init__(self, scroll: QScrollArea, grid: QGridLayout) -> None:
        super().__init__(scroll)
        self.scroll = scroll
        self.grid = grid
        self.widgets = grid_widgets(grid)
        self.columns = 2
        scroll.viewport().installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        """On a resize or a show: one column or two (Qt API)."""
        if event.type() in (QEvent.Type.Resize, QEvent.Type.Show):
            self.apply()
        return False

    def two_columns_width(self) -> int:
        """The grid's box, two buttons wide."""
        box = self.grid.parentWidget()
        hints = [w.minimumSizeHint().width() for w in self.widgets]
        two = max(hints[0::2], default=0) + max(hints[1::2], default=0)
        two += max(0, self.grid.horizontalSpacing())
        one = max(hints, default=0)
        now = box.minimumSizeHint().width() if box is not None else one
        return now if self.columns == 2 else now - one + two

    def apply(self) -> None:
        room = self.scroll.viewport().width()
        need = self.two_columns_width() + self.MARGIN
        if self.columns == 2 and room < need:
            columns = 1
        elif self.columns == 1 and room >= need + self.BACK:
            columns = 2
        else:
            return
        self.columns = columns
        for index, widget in enumerate(self.widgets):
            self.grid.removeWidget(widget)
            self.grid.addWidget(widget, index // columns, index % columns)


def grid_widgets(grid: QGridLayout) -> list[QWidget]:
    """The widgets ``grid`` lays out, in its order, found without touching its layout items.

    ``grid.itemAt(i)`` would give Python a wrapper of each QWidgetItem that lives as long as
    the grid's wrapper; Qt deletes the item itself when its widget is moved (``apply``), and
    the stale wrapper stayed registered at the freed address. A layout later allocated there
    came back from ``QWidget.layout()`` as that QWidgetItem ("no attribute 'removeWidget'"),
    and the interpreter crashed at exit freeing it (SIGSEGV in the test suite). Widgets are
    QObjects, which tell Python when they are destroyed; the grid's items are not.
    """
    box = grid.parentWidget()
    if box is None:
        return []
    direct = Qt.FindChildOption.FindDirectChildrenOnly
    placed = [(grid.indexOf(w), w) for w in box.findChildren(QWidget, options=direct)]
    return [w for index, w in sorted(placed, key=lambda pair: pair[0]) if index >= 0]


def reflow(scroll: QScrollArea, grid: QGridLayout) -> None:
    """Keep ``grid``'s buttons two by two while they fit in ``scroll``, else one above another."""
    _Reflow(scroll, grid)


class _WrapHeight(QObject):
    def __init__(self, label: QLabel) -> None:
        super().__init__(label)
        label.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        """On a resize: tall enough for the wrapped lines at this width (Qt API)."""
        if isinstance(watched, QLabel) and event.type() is QEvent.Type.Resize:
            need = watched.heightForWidth(watched.width())
            if need > 0 and need != watched.minimumHeight():
                watched.setMinimumHeight(need)
        return False


def wrap_height(label: QLabel) -> None:
    """Keep a word-wrapped ``label`` as tall as its lines need.

    A splitter does not pass height-for-width on, so in a narrow pane a
    wrapped label got fewer lines' height than it drew and was painted over
    its neighbour (the Deadline tab's legend over the calendar at 200 %).
    """
    _WrapHeight(label)


def scrolls_sideways(root: QWidget) -> bool:
    """Whether a scroll area shown inside ``root`` now scrolls sideways."""
    return any(
        area.isVisible() and area.horizontalScrollBar().maximum() > 0
        for area in root.findChildren(QScrollArea)
    )


def keep_on_screen(window: QMainWindow, dock: QDockWidget, squeezed: QWidget | None = None) -> None:
    """After ``dock`` opens: the window inside its screen, or the dock floating beside it.

    The dock takes its width from the window's middle when there is room; when
    there is not, Qt widens the window, which on a small screen pushes it past
    the edge. Then the window moves back, or, if even the screen is too
    narrow, the dock floats over the window instead. It floats too when, docked,
    it would leave ``squeezed`` (the request's tabs) scrolling sideways: at
    1024 px the list, the request and the calculator side by side left the
    request 308 px, and each tab scrolled 126-154 px sideways.
    """
    screen = window.screen() or QApplication.primaryScreen()
    if screen is None or dock.isFloating():
        return
    space = screen.availableGeometry()
    layout = window.layout()
    if layout is not None:
        layout.activate()  # the new minimum width, now rather than at the next event loop
    frame = window.frameGeometry()
    border = frame.width() - window.width()
    too_narrow = window.minimumSizeHint().width() + border > space.width()  # maximised too
    if too_narrow or (squeezed is not None and scrolls_sideways(squeezed)):
        dock.setFloating(True)
        dock.move(space.right() - dock.width() - border, frame.top())
        if layout is not None:
            layout.activate()  # the window's minimum without the dock
        window.resize(min(window.width(), space.width() - border), window.height())
        return
    if window.isMaximized() or window.isFullScreen():
        return
    if window.width() + border > space.width():
        window.resize(space.width() - border, window.height())
    frame = window.frameGeometry()
    if frame.right() > space.right():
        window.move(max(space.left(), space.right() - frame.width() + 1), frame.top())
