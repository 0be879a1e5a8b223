"""One layout put inside another while it is still empty.

PySide's ``addLayout``/``insertLayout`` hands Python a wrapper of every item the
inner layout already holds and keeps those wrappers alive with the outer
layout's. A layout item is not a QObject: when Qt deletes one (its widget is
deleted or moved), Python is not told, and the stale wrapper stayed registered
at the freed address. A layout allocated there later came back from
``QWidget.layout()`` as a QWidgetItem, and freeing the stale wrapper crashed the
interpreter (SIGSEGV, seen in the test suite). Nested while empty, there are no
items to wrap; widgets added afterwards make none.
"""

from __future__ import annotations

from PySide6.QtWidgets import QBoxLayout, QLayout

__all__ = ["nest"]


def nest(outer: QBoxLayout, inner: QLayout, index: int = -1) -> None:
    """Put the empty ``inner`` into ``outer`` at ``index`` (-1: at the end); fill it after."""
    if inner.count():
        raise ValueError("nest a layout before adding anything to it (see widgets.nesting)")
    outer.insertLayout(index, inner)
