"""Colours that work in light and dark mode, and the app's small stylesheet.

Status colours are always shown *with* their words (never colour alone), and
each has a light and a dark variant chosen from the palette, so the app
follows the system's dark mode.

Text passes WCAG AA (4.5:1) against what it is drawn on: :func:`adjusted`
darkens the platform's selection colour (white on Qt's default blue was
3.69:1, and the blue on white 1.16:1 where an unfocused list shows its
current row) and gives placeholder text a solid colour (4.00:1 before).
Under a high-contrast system theme the platform's palette is used as it is
and the app's own tints give way to it (:func:`high_contrast`).
"""

from __future__ import annotations

import os

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication

# (light, dark) pairs; text on these backgrounds is white in light mode and
# near-black in dark mode, both above 4.5:1 contrast.
_STATUS = {
    "awaiting": ("#1f5f8b", "#7fb8e0"),
    "due_soon": ("#a15c00", "#f2b134"),
    "overdue": ("#b3261e", "#ff8a80"),
    "possibly_overdue": ("#a15c00", "#f2b134"),  # a date in doubt: amber, never red
    "decided_on_time": ("#2e7d32", "#81c784"),
    "decided_late": ("#8e3b00", "#ffab70"),
    "decided_possibly_late": ("#a15c00", "#f2b134"),  # lateness in doubt: amber, never red
    "released": ("#2e7d32", "#81c784"),
    "release_delayed": ("#8e3b00", "#ffab70"),
    "withdrawn": ("#5f6368", "#bdc1c6"),
    "no_time_limit": ("#5f6368", "#bdc1c6"),  # no Act binds the body: never a warning colour
    "": ("#5f6368", "#bdc1c6"),  # a draft not yet complete
}
_SEVERITY = {
    "ok": ("#2e7d32", "#81c784"),
    "info": ("#1f5f8b", "#7fb8e0"),
    "warning": ("#a15c00", "#f2b134"),
    "problem": ("#b3261e", "#ff8a80"),
}
NON_WORKING = ("#e8eaed", "#3c4043")
"""Shading of non-working days in the month calendar."""
NON_WORKING_DOT = ("#80868b", "#9aa0a6")
"""A non-working day's dot in a list (the shading itself is too pale for a small dot)."""
MARK = ("#1f5f8b", "#7fb8e0")
DUE = ("#b3261e", "#ff8a80")
OUTSIDE_MONTH = ("#5f6368", "#bdc1c6")
"""Day numbers of the neighbouring months in the calendar (a faded text colour was 2.46:1)."""
SELECTION = ("#1f5f8b", "#7fb8e0")
"""A selected row: white text on it in light mode, near-black in dark mode."""
SELECTED_TEXT = ("#ffffff", "#111111")
PLACEHOLDER = ("#5f6368", "#b0b4b9")
FOCUS_RING = ("#1f5f8b", "#7fb8e0")
"""The 2 px ring around the focused widget (3:1 or more against the window, WCAG 1.4.11)."""
HIGH_CONTRAST_THEMES = ("highcontrast", "high-contrast", "contrast")
"""Words in a GTK theme's name that mean a high-contrast theme (GTK_THEME=HighContrast)."""


def high_contrast() -> bool:
    """Whether the system asks for high contrast (Qt's contrast preference, or the GTK theme)."""
    hints = QGuiApplication.styleHints()
    accessibility = getattr(hints, "accessibility", None)  # Qt 6.10 and later
    if accessibility is not None:
        wanted = accessibility().contrastPreference()
        if wanted == Qt.ContrastPreference.HighContrast:
            return True
    gtk = os.environ.get("GTK_THEME", "").lower().replace("_", "")
    return any(word in gtk for word in HIGH_CONTRAST_THEMES)


def luminance(colour: QColor) -> float:
    """WCAG 2 relative luminance of an opaque colour."""

    def channel(value: float) -> float:
        return value / 12.92 if value <= 0.04045 else ((value + 0.055) / 1.055) ** 2.4

    return (
        0.2126 * channel(colour.redF())
        + 0.7152 * channel(colour.greenF())
        + 0.0722 * channel(colour.blueF())
    )


def contrast(a: QColor, b: QColor) -> float:
    """WCAG 2 contrast ratio of two opaque colours (1 to 21)."""
    light, dark = sorted((luminance(a), luminance(b)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


def adjusted(palette: QPalette) -> QPalette:
    """``palette`` with the selection and placeholder colours that pass AA (unchanged if HC)."""
    if high_contrast():
        return QPalette(palette)
    out = QPalette(palette)
    group = QPalette.ColorGroup
    role = QPalette.ColorRole
    for g in (group.Active, group.Inactive):
        out.setColor(g, role.Highlight, pick(SELECTION, palette))
        out.setColor(g, role.HighlightedText, pick(SELECTED_TEXT, palette))
    for g in (group.Active, group.Inactive, group.Disabled):
        out.setColor(g, role.PlaceholderText, pick(PLACEHOLDER, palette))
    return out


def apply_palette() -> None:
    """Give the application the adjusted palette (once; again after a system change)."""
    app = QApplication.instance()
    if isinstance(app, QApplication):
        app.setPalette(adjusted(QGuiApplication.palette()))


def is_dark(palette: QPalette | None = None) -> bool:
    """Whether the palette is a dark one (light text on a dark window)."""
    p = palette or QApplication.palette()
    return p.color(QPalette.ColorRole.Window).lightness() < 128


def pick(pair: tuple[str, str], palette: QPalette | None = None) -> QColor:
    """The light or dark member of a colour pair, for the current palette.

    Under a high-contrast theme a tint gives way to the palette's own colours:
    the calendar's shading becomes the alternate base, other tints the text.
    """
    if high_contrast():
        p = palette or QApplication.palette()
        if pair is NON_WORKING:
            return p.color(QPalette.ColorRole.AlternateBase)
        if pair is SELECTED_TEXT:
            return p.color(QPalette.ColorRole.HighlightedText)
        return p.color(QPalette.ColorRole.Text)
    return QColor(pair[1] if is_dark(palette) else pair[0])


def status_colour(status: str) -> QColor:
    """The colour of a status value ("" for a draft)."""
    return pick(_STATUS.get(status, _STATUS[""]))


def severity_colour(severity: str) -> QColor:
    """The colour of a finding's or check's severity."""
    return pick(_SEVERITY.get(severity, _SEVERITY["info"]))


def badge_style(colour: QColor) -> str:
    """A rounded label: the colour as background, readable text on it."""
    if high_contrast():  # the palette's own colours, framed
        return (
            "QLabel { color: palette(window-text); background: palette(window); "
            "border: 2px solid palette(window-text); border-radius: 9px; "
            "padding: 1px 9px; font-weight: 600; }"
        )
    text = "#111111" if is_dark() else "#ffffff"
    return (
        f"QLabel {{ background: {colour.name()}; color: {text}; border-radius: 9px; "
        "padding: 2px 10px; font-weight: 600; }"
    )


def stylesheet() -> str:
    """The few rules the app adds to the platform style."""
    dark = is_dark()
    error_bg, error_fg = ("#5c1a16", "#ffdad6") if dark else ("#fdecea", "#8c1d18")
    if high_contrast():
        error_bg, error_fg = "palette(base)", "palette(text)"
    return f"""
    QLabel#titleLabel {{ font-size: 15pt; font-weight: 600; }}
    QLabel#listTitle, QLabel#previewTitle, QLabel#checksTitle, QLabel#eventsTitle,
    QLabel#findingsTitle, QLabel#trailTitle, QLabel#calcTrailTitle, QLabel#letterSourceTitle,
    QLabel#foundTitle, QLabel#letterChecksTitle, QLabel#proposalsTitle {{
        font-weight: 600; font-size: 11pt; }}
    QLabel#emptyTitle {{ font-size: 16pt; font-weight: 600; }}
    QLabel#monthLabel {{ font-size: 13pt; font-weight: 600; }}
    QLabel#calcDueLabel {{ font-size: 13pt; font-weight: 600; }}
    QLabel#errorLabel, QLabel#calcErrorLabel, QLabel#letterErrorLabel {{
        background: {error_bg}; color: {error_fg}; border-radius: 4px; padding: 6px;
        border: 1px solid {error_fg}; }}
    QWidget[invalid="true"] {{ border: 2px solid {"#ff8a80" if dark else "#b3261e"}; }}
    """
