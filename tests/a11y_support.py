"""Helpers of the accessibility tests: mnemonics in view, accessible names, contrast."""

from __future__ import annotations

import re

from PySide6.QtWidgets import QAbstractButton, QGroupBox, QLabel, QMenuBar, QTabBar, QWidget

_MNEMONIC = re.compile(r"&([^&\s])")


def mnemonic(text: str) -> str | None:
    """The letter after a single "&" (lower case), if any."""
    found = _MNEMONIC.search(text.replace("&&", ""))
    return found.group(1).lower() if found else None


def _shown(widget: QWidget) -> bool:
    return widget.isVisible() and widget.isEnabled()


def _texts(window: QWidget) -> list[tuple[str, str]]:
    """(text, what) of everything in ``window`` an Alt+letter can reach as it is shown now."""
    found = [
        (a.text(), f"menu {a.text()}")
        for bar in window.findChildren(QMenuBar)
        for a in bar.actions()
        if a.isVisible() and a.isEnabled()
    ]
    found += [
        (tabs.tabText(i), f"tab {tabs.tabText(i)}")
        for tabs in window.findChildren(QTabBar)
        if _shown(tabs)
        for i in range(tabs.count())
        if tabs.isTabEnabled(i) and tabs.isTabVisible(i)
    ]
    mine = [w for w in window.findChildren(QWidget) if _shown(w) and w.window() is window]
    for w in mine:
        if isinstance(w, QAbstractButton):
            found.append((w.text(), f"{type(w).__name__} {w.objectName()}"))
        elif isinstance(w, QLabel) and w.buddy() is not None:
            found.append((w.text(), f"label {w.objectName()}"))
        elif isinstance(w, QGroupBox) and w.isCheckable():
            found.append((w.title(), f"group {w.objectName()}"))
    return found


def mnemonics_in_view(window: QWidget) -> dict[str, list[str]]:
    """Letter → the things Alt+letter reaches in ``window`` as it is shown now."""
    found: dict[str, list[str]] = {}
    for text, what in _texts(window):
        letter = mnemonic(text)
        if letter:
            found.setdefault(letter, []).append(what)
    return found


def clashes(window: QWidget) -> dict[str, list[str]]:
    """Letters that reach more than one thing (Alt+letter then alternates between them)."""
    return {k: v for k, v in mnemonics_in_view(window).items() if len(v) > 1}
