"""A 2 px ring around whichever widget has the keyboard focus, in every window.

The platform style showed focus as a 1 px line on buttons and fields and not
at all on multi-line text fields, lists and tables. One :class:`QFocusFrame`
follows the focus instead: Qt draws it outside the widget as a ring as wide
as the style's focus-frame margin (2 px), in the palette's window-text role,
which is set here to :data:`theme.FOCUS_RING` (or left to the high-contrast
palette).
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication, QFocusFrame, QStyle, QWidget

from oiaassist.app.widgets import theme

_PROPERTY = "oiaassistFocusRing"


class FocusRing(QObject):
    """Moves one focus frame to the focused widget."""

    def __init__(self, app: QApplication) -> None:
        super().__init__(app)
        self.frame: QFocusFrame | None = None
        app.focusChanged.connect(self.follow)

    def width(self, widget: QWidget) -> int:
        """The ring's width around ``widget`` (the style's focus-frame margin)."""
        return widget.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin)

    def follow(self, _old: QWidget | None, new: QWidget | None) -> None:
        """Put the ring around ``new`` (Qt slot)."""
        frame = self._frame()
        if new is None or new.isWindow() or new.focusPolicy() is Qt.FocusPolicy.NoFocus:
            frame.setWidget(None)  # type: ignore[arg-type]  # Qt: no widget, no ring
            return
        palette = QPalette(new.palette())
        palette.setColor(QPalette.ColorRole.WindowText, theme.pick(theme.FOCUS_RING, palette))
        frame.setPalette(palette)
        frame.setWidget(new)

    def _frame(self) -> QFocusFrame:
        try:
            if self.frame is not None:
                self.frame.objectName()  # raises if Qt deleted it with its parent window
                return self.frame
        except RuntimeError:
            pass
        self.frame = QFocusFrame()
        self.frame.setObjectName("focusRing")
        self.frame.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        return self.frame


def install() -> FocusRing | None:
    """The application's focus ring (made on the first call)."""
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        return None
    ring = app.property(_PROPERTY)
    if isinstance(ring, FocusRing):
        return ring
    made = FocusRing(app)
    app.setProperty(_PROPERTY, made)
    return made
