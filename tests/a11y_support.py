"""Helpers of the accessibility tests: mnemonics in view, accessible names, contrast."""

from __future__ import annotations

import re

from PySide6.QtCore import QObject
from PySide6.QtGui import QAccessible, QAccessibleInterface
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QComboBox,
    QGroupBox,
    QLabel,
    QMenuBar,
    QTabBar,
    QWidget,
)

from oiaassist.app.widgets.live import plain_text, spoken_name

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


INTERACTIVE = {
    QAccessible.Role.PushButton, QAccessible.Role.CheckBox, QAccessible.Role.RadioButton,
    QAccessible.Role.ComboBox, QAccessible.Role.EditableText, QAccessible.Role.SpinBox,
    QAccessible.Role.Slider, QAccessible.Role.ButtonMenu, QAccessible.Role.ButtonDropDown,
    QAccessible.Role.PageTab, QAccessible.Role.List, QAccessible.Role.Table,
    QAccessible.Role.Tree, QAccessible.Role.Dial,
}  # fmt: skip
"""Roles a person operates: each needs a name (scroll bars, named by what they scroll, not)."""


def _where(iface: QAccessibleInterface) -> str:
    obj = iface.object()
    name = obj.objectName() if obj is not None else ""
    parent = obj.parent() if obj is not None else None
    owner = parent.objectName() if isinstance(parent, QObject) else ""
    return f"{iface.role().name} {type(obj).__name__} {name!r} in {owner!r}"


def _labelled(iface: QAccessibleInterface) -> bool:
    """Whether a label names it: on Linux a combo box's name is its current value
    ("All tags"), so only a linked label (a buddy) says what it is for."""
    return any(
        flags & QAccessible.RelationFlag.Label
        for _other, flags in iface.relations(QAccessible.RelationFlag.Label)
    )


def accessibility_problems(window: QWidget) -> list[str]:
    """Unnamed interactive widgets and labels whose name is a fixed caption, as Qt exposes them.

    Walks the accessible tree (what AT-SPI, UIA or NSAccessibility serve) of
    ``window`` from :meth:`QAccessible.queryAccessibleInterface`; only what is
    shown counts.
    """
    root = QAccessible.queryAccessibleInterface(window)
    assert root is not None
    problems: list[str] = []
    seen: set[int] = set()

    def walk(iface: QAccessibleInterface, depth: int) -> None:
        if depth > 60 or iface.state().invisible:
            return
        obj = iface.object()
        if obj is not None:
            if id(obj) in seen and not isinstance(obj, QAbstractItemView):
                return
            seen.add(id(obj))
        if obj is None or isinstance(obj, QWidget):
            if iface.role() in INTERACTIVE and not iface.text(QAccessible.Text.Name).strip():
                problems.append(f"unnamed: {_where(iface)}")
            if isinstance(obj, QComboBox) and not obj.isEditable() and not _labelled(iface):
                problems.append(f"heard by its value only (no label): {_where(iface)}")
            if isinstance(obj, QLabel) and obj.isVisible():
                fixed = obj.accessibleName()
                shown = plain_text(obj)
                elided = shown.endswith("…") and fixed.startswith(shown[:-1])  # the whole text
                if fixed and fixed not in (spoken_name(obj), shown) and not elided:
                    problems.append(f"fixed caption {fixed!r} over {plain_text(obj)!r}: "
                                    f"{_where(iface)}")  # fmt: skip
        if isinstance(obj, QAbstractItemView):
            return  # the items are data, named by the model; the view itself is checked
        for i in range(iface.childCount()):
            kid = iface.child(i)
            if kid is not None and kid.isValid():
                walk(kid, depth + 1)

    walk(root, 0)
    return problems
