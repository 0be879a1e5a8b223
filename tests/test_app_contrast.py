"""Contrast (WCAG AA, 4.5:1 for text) computed from the palettes, light and dark; focus rings."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication, QFocusFrame, QStyleFactory, QWidget

from oiaassist.app.main_window import MainWindow
from oiaassist.app.widgets import theme
from oiaassist.app.widgets.forms import child
from test_app_support import Dialogs, answers_fixture, main_fixture  # noqa: F401

AA = 4.5
Role = QPalette.ColorRole
Group = QPalette.ColorGroup


def _light() -> QPalette:
    style = QStyleFactory.create("Fusion")
    assert style is not None
    return style.standardPalette()


def _dark() -> QPalette:
    """Qt's Fusion palette in dark mode (the colours Qt 6 uses for a dark colour scheme)."""
    p = QPalette()
    for role, colour in (
        (Role.Window, "#323232"), (Role.WindowText, "#f0f0f0"), (Role.Base, "#2a2a2a"),
        (Role.AlternateBase, "#424242"), (Role.Text, "#f0f0f0"), (Role.Button, "#3c3c3c"),
        (Role.ButtonText, "#f0f0f0"), (Role.Highlight, "#308cc6"),
        (Role.HighlightedText, "#ffffff"),
        (Role.PlaceholderText, "#808080"), (Role.Mid, "#5a5a5a"),
    ):  # fmt: skip
        p.setColor(role, QColor(colour))
    return p


PALETTES = {"light": _light, "dark": _dark}


def test_the_ratio_is_wcags() -> None:
    assert theme.contrast(QColor("#000000"), QColor("#ffffff")) == pytest.approx(21.0)
    assert theme.contrast(QColor("#308cc6"), QColor("#ffffff")) == pytest.approx(3.69, abs=0.01)


@pytest.mark.parametrize("mode", PALETTES)
def test_selected_rows_placeholders_and_the_list_highlight_pass_aa(mode: str) -> None:
    base = PALETTES[mode]()
    assert theme.is_dark(base) is (mode == "dark")
    p = theme.adjusted(base)
    for group in (Group.Active, Group.Inactive):  # a list without the focus shows its row too
        highlight = p.color(group, Role.Highlight)
        assert theme.contrast(p.color(group, Role.HighlightedText), highlight) >= AA
        assert theme.contrast(highlight, p.color(group, Role.Base)) >= AA
    assert theme.contrast(p.color(Role.PlaceholderText), p.color(Role.Base)) >= AA


@pytest.mark.parametrize("mode", PALETTES)
def test_the_calendars_neighbouring_days_pass_aa_on_either_shading(mode: str) -> None:
    p = PALETTES[mode]()
    outside = theme.pick(theme.OUTSIDE_MONTH, p)
    assert theme.contrast(outside, p.color(Role.Base)) >= AA
    assert theme.contrast(outside, theme.pick(theme.NON_WORKING, p)) >= AA


@pytest.mark.parametrize("mode", PALETTES)
def test_status_and_severity_colours_still_pass(mode: str) -> None:
    p = PALETTES[mode]()
    text = QColor("#111111" if mode == "dark" else "#ffffff")
    for pairs in (theme._STATUS, theme._SEVERITY):
        for name, pair in pairs.items():
            assert theme.contrast(text, theme.pick(pair, p)) >= AA, name


@pytest.mark.parametrize("mode", PALETTES)
def test_the_focus_ring_stands_out_from_the_window(mode: str) -> None:
    p = PALETTES[mode]()
    ring = theme.pick(theme.FOCUS_RING, p)
    assert theme.contrast(ring, p.color(Role.Window)) >= 3.0  # WCAG 1.4.11, non-text
    assert theme.contrast(ring, p.color(Role.Base)) >= 3.0


def test_high_contrast_follows_the_platform_palette(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(theme, "high_contrast", lambda: True)
    p = QPalette()
    for role, colour in ((Role.Window, "#000000"), (Role.WindowText, "#ffffff"),
                         (Role.Base, "#000000"), (Role.Text, "#ffff00"),
                         (Role.Highlight, "#00ffff"), (Role.HighlightedText, "#000000"),
                         (Role.AlternateBase, "#202020")):  # fmt: skip
        p.setColor(role, QColor(colour))
    out = theme.adjusted(p)
    assert out.color(Role.Highlight) == QColor("#00ffff")  # the platform's own
    assert theme.pick(theme.FOCUS_RING, p) == QColor("#ffff00")
    assert theme.pick(theme.OUTSIDE_MONTH, p) == QColor("#ffff00")
    assert "palette(window-text)" in theme.badge_style(QColor("#2e7d32"))


def test_a_gtk_high_contrast_theme_is_noticed(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("GTK_THEME", "HighContrast")
    assert theme.high_contrast()
    monkeypatch.setenv("GTK_THEME", "Adwaita:dark")
    assert not theme.high_contrast()


def test_the_app_uses_the_adjusted_palette(main: MainWindow) -> None:
    p = QApplication.palette()
    assert theme.contrast(p.color(Role.HighlightedText), p.color(Role.Highlight)) >= AA
    assert theme.contrast(p.color(Role.PlaceholderText), p.color(Role.Base)) >= AA


@pytest.mark.parametrize("name", ["requestTable", "searchEdit", "eventsTable", "backgroundEdit"])
def test_the_focused_widget_has_a_2px_ring(main: MainWindow, qtbot: Any, name: str) -> None:
    main.commands().open_example()
    main.window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is main.window, timeout=3000)
    main.view().tabs.setCurrentIndex(0 if name == "backgroundEdit" else 1)
    widget = child(main.window, QWidget, name)
    widget.setFocus()
    qtbot.waitUntil(widget.hasFocus, timeout=2000)
    frames = [f for f in main.window.findChildren(QFocusFrame) if f.isVisible()]
    assert len(frames) == 1
    frame = frames[0]
    assert frame.widget() is widget
    margin = frame.geometry().width() - widget.width()
    assert margin >= 4  # 2 px each side
    ring = frame.palette().color(Role.WindowText)
    assert theme.contrast(ring, widget.palette().color(Role.Window)) >= 3.0
