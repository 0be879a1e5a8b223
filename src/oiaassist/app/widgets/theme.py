"""Colours that work in light and dark mode, and the app's small stylesheet.

Status colours are always shown *with* their words (never colour alone), and
each has a light and a dark variant chosen from the palette, so the app
follows the system's dark mode.
"""

from __future__ import annotations

from PySide6.QtGui import QColor, QPalette
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
    "released": ("#2e7d32", "#81c784"),
    "release_delayed": ("#8e3b00", "#ffab70"),
    "withdrawn": ("#5f6368", "#bdc1c6"),
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


def is_dark(palette: QPalette | None = None) -> bool:
    """Whether the palette is a dark one (light text on a dark window)."""
    p = palette or QApplication.palette()
    return p.color(QPalette.ColorRole.Window).lightness() < 128


def pick(pair: tuple[str, str], palette: QPalette | None = None) -> QColor:
    """The light or dark member of a colour pair, for the current palette."""
    return QColor(pair[1] if is_dark(palette) else pair[0])


def status_colour(status: str) -> QColor:
    """The colour of a status value ("" for a draft)."""
    return pick(_STATUS.get(status, _STATUS[""]))


def severity_colour(severity: str) -> QColor:
    """The colour of a finding's or check's severity."""
    return pick(_SEVERITY.get(severity, _SEVERITY["info"]))


def badge_style(colour: QColor) -> str:
    """A rounded label: the colour as background, readable text on it."""
    text = "#111111" if is_dark() else "#ffffff"
    return (
        f"QLabel {{ background: {colour.name()}; color: {text}; border-radius: 9px; "
        "padding: 2px 10px; font-weight: 600; }"
    )


def stylesheet() -> str:
    """The few rules the app adds to the platform style."""
    dark = is_dark()
    error_bg, error_fg = ("#5c1a16", "#ffdad6") if dark else ("#fdecea", "#8c1d18")
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
        background: {error_bg}; color: {error_fg}; border-radius: 4px; padding: 6px; }}
    QWidget[invalid="true"] {{ border: 2px solid {"#ff8a80" if dark else "#b3261e"}; }}
    """
