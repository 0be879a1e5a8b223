"""No Python wrapper of a layout item outlives the call that made it.

A QLayoutItem is not a QObject: when Qt deletes one (a widget moved to another
cell deletes its old item), Python is not told. A wrapper kept alive past that
(``grid.itemAt(i)`` keeps it as long as the grid's own wrapper) stayed registered
at the freed address; a layout later allocated there came back from
``QWidget.layout()`` as a QWidgetItem ("'QWidgetItem' object has no attribute
'removeWidget'"), and freeing the stale wrapper at exit crashed the interpreter
(SIGSEGV after the test run, and in ``close_main`` mid-run).
"""

from __future__ import annotations

import gc
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import (
    QApplication,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLayout,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

import oiaassist.app
from oiaassist.app.main_window import MainWindow
from oiaassist.app.widgets.nesting import nest
from oiaassist.app.widgets.splits import grid_widgets
from test_app_support import answers_fixture, layout_item_wrappers, main_fixture  # noqa: F401


def _item_wrappers() -> list[object]:
    gc.collect()
    return layout_item_wrappers()


def _settle() -> None:
    for _ in range(3):
        QApplication.processEvents()


def test_the_timeline_buttons_reflow_without_keeping_a_layout_item(
    main: MainWindow, qtbot: Any
) -> None:
    main.commands().open_example()
    view = main.view()
    view.tabs.setCurrentIndex(1)  # the Timeline, with its grid of letter buttons
    grid = main.window.findChild(QGridLayout, "draftLayout")
    assert grid is not None
    buttons = grid_widgets(grid)
    assert len(buttons) >= 4 and all(isinstance(b, QPushButton) for b in buttons)
    columns = set()
    for width in (1400, 700, 1400, 700):  # two columns, one, two, one: the items are remade
        main.window.resize(width, 700)
        _settle()
        columns.add(max(grid.getItemPosition(grid.indexOf(b))[1] for b in buttons) + 1)
    assert columns == {1, 2}  # it did reflow both ways
    assert grid_widgets(grid) == buttons  # same buttons, same order
    assert _item_wrappers() == []
    for name in ("composeTab", "timelineTab", "deadlineTab"):
        host = main.window.findChild(QWidget, name)
        assert host is not None
        assert isinstance(host.layout(), QLayout)


def test_a_filled_layout_is_never_nested() -> None:
    """Only ``nest`` (empty inner layouts) puts a layout inside another in the app's code."""
    root = Path(oiaassist.app.__file__).parent
    nested = [
        f"{path.relative_to(root)}:{number}"
        for path in sorted(root.rglob("*.py"))
        if path.name != "nesting.py"
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
        if ".addLayout(" in line or ".insertLayout(" in line
    ]
    assert nested == []


def test_nest_refuses_a_filled_layout(qtbot: Any) -> None:
    outer, inner = QVBoxLayout(), QHBoxLayout()
    label = QLabel("x")
    qtbot.addWidget(label)
    inner.addWidget(label)
    with pytest.raises(ValueError, match="before adding"):
        nest(outer, inner)
