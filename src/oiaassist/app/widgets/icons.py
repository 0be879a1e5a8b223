"""SVG icons, drawn in the palette's text colour so they suit light and dark mode.

The files in ``ui/icons`` draw with ``currentColor``; each is rendered with
that replaced by the palette's text colour, at several sizes and at the
screen's device-pixel ratio, so icons stay sharp on high-DPI screens.
"""

from __future__ import annotations

from functools import cache

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QGuiApplication, QIcon, QPainter, QPalette, QPixmap
from PySide6.QtSvg import QSvgRenderer
from PySide6.QtWidgets import QApplication

from oiaassist.app.resources import icon_path

_SIZES = (16, 24, 32)


@cache
def _svg(name: str) -> str:
    return icon_path(name).read_text(encoding="utf-8")


def _render(renderer: QSvgRenderer, size: int, ratio: float) -> QPixmap:
    pixels = round(size * ratio)
    pixmap = QPixmap(pixels, pixels)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    renderer.render(painter, QRectF(0, 0, pixels, pixels))
    painter.end()
    pixmap.setDevicePixelRatio(ratio)
    return pixmap


def icon(name: str, colour: QColor | None = None) -> QIcon:
    """Icon ``name`` (``ui/icons/<name>.svg``) in ``colour`` (default: the text colour)."""
    tint = colour or QApplication.palette().color(QPalette.ColorRole.WindowText)
    svg = _svg(name).replace("currentColor", tint.name())
    screen = QGuiApplication.primaryScreen()
    ratio = screen.devicePixelRatio() if screen is not None else 1.0
    renderer = QSvgRenderer(QByteArray(svg.encode("utf-8")))  # parsed once, drawn per size
    result = QIcon()
    for size in _SIZES:
        result.addPixmap(_render(renderer, size, ratio))
    return result


def app_icon() -> QIcon:
    """The application's own icon (full colour)."""
    return QIcon(str(icon_path("app")))


def dot(colour: QColor, size: int = 12) -> QIcon:
    """A filled circle, for status and severity next to their words."""
    screen = QGuiApplication.primaryScreen()
    ratio = screen.devicePixelRatio() if screen is not None else 1.0
    pixmap = QPixmap(QSize(round(size * ratio), round(size * ratio)))
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setBrush(colour)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.drawEllipse(QRectF(1, 1, pixmap.width() - 2, pixmap.height() - 2))
    painter.end()
    pixmap.setDevicePixelRatio(ratio)
    return QIcon(pixmap)


def swatch_uri(fill: QColor, border: QColor, size: int = 14) -> str:
    """A bordered colour square as a ``data:`` URI, for rich text (which draws no borders).

    The calendar's shading of a non-working day is pale on purpose; alone in
    the legend, without the cell's outline, it was all but invisible.
    """
    pixmap = QPixmap(size, size)
    pixmap.fill(fill)
    painter = QPainter(pixmap)
    painter.setPen(border)
    painter.drawRect(0, 0, size - 1, size - 1)
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    pixmap.save(buffer, "PNG")
    return "data:image/png;base64," + bytes(data.toBase64().data()).decode("ascii")
