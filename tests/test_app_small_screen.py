"""Small screens: 1024×600 at 100 %, 1280×720 at 150 % (853×480 logical pixels).

With a request open the window could not be narrower than 1049 pixels, and
opening the calculator (Ctrl+K) on a narrower screen floated its dock, which
toggled the action, which opened the dock again: a RecursionError and then a
segmentation fault. The crash is tested in a child process (a crash must not
take pytest with it), on the offscreen platform given a 1024×600 screen.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtWidgets import QApplication, QWidget

from oiaassist.app.main_window import MainWindow
from test_app_support import Dialogs, answers_fixture, main_fixture  # noqa: F401

CHILD = """
import sys, tempfile
from datetime import date
from pathlib import Path
from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtGui import QKeySequence
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from oiaassist.app.launch import application, make_context
from oiaassist.app.main_window import MainWindow
from oiaassist.app.profile import Profile

app = application()
ctx = make_context(Profile.at(Path(tempfile.mkdtemp())), today=date(2025, 1, 20))
main = MainWindow(ctx)
main.show()
main.commands().open_example()
app.processEvents()
QTest.keySequence(main.window, QKeySequence("Ctrl+K"))
for _ in range(20):
    app.processEvents()
space = main.window.screen().availableGeometry()
print("dock", main.dock.isVisible(), "floating", main.dock.isFloating())
print("window", main.window.width(), main.window.height(), "screen", space.width(), space.height())
focus = app.focusWidget()
inside = main.dock.isAncestorOf(focus) if focus else False
print("focus", focus.objectName() if focus else None, "in calculator", inside)
ctx.store.close()
main.window.deleteLater()
QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
print("still running")
"""


@pytest.mark.parametrize(("width", "height"), [(1024, 600), (800, 600)])
def test_ctrl_k_with_a_request_open_on_a_small_screen_leaves_the_app_running(
    tmp_path: Path, width: int, height: int
) -> None:
    screen = {"name": "small", "x": 0, "y": 0, "width": width, "height": height,
              "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1}  # fmt: skip
    config = tmp_path / "screen.json"
    config.write_text(json.dumps({"screens": [screen]}), encoding="utf-8")
    env = dict(os.environ, QT_QPA_PLATFORM=f"offscreen:configfile={config}")
    done = subprocess.run(
        [sys.executable, "-c", CHILD], env=env, capture_output=True, text=True, timeout=120,
        check=False,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr[-2000:]
    assert "RecursionError" not in done.stderr
    assert "still running" in done.stdout
    assert (
        "dock True" in done.stdout
    )  # open: floating over the window at 1024 and 800 (docked it squeezes the request)
    assert "in calculator True" in done.stdout  # the focus is in the calculator's date
    shown_width, shown_height = (int(v) for v in done.stdout.split("window ")[1].split()[:2])
    assert shown_width <= width and shown_height <= height


def _overlaps(root: QWidget) -> list[str]:
    """Visible siblings laid out by the same layout that overlap each other."""
    found = []
    for parent in [root, *root.findChildren(QWidget)]:
        layout = parent.layout()
        if layout is None or not parent.isVisible():
            continue
        direct = Qt.FindChildOption.FindDirectChildrenOnly
        kids = [
            w for w in parent.findChildren(QWidget, options=direct)
            if w.isVisible() and not w.isWindow() and layout.indexOf(w) >= 0
        ]  # fmt: skip
        for i, a in enumerate(kids):
            for b in kids[i + 1 :]:
                shared: QRect = a.geometry().intersected(b.geometry())
                if shared.width() > 1 and shared.height() > 1:
                    found.append(f"{a.objectName() or type(a).__name__} over "
                                 f"{b.objectName() or type(b).__name__}")  # fmt: skip
    return found


@pytest.mark.parametrize(("width", "height"), [(1024, 600 - 40), (853, 480 - 30)])
def test_with_a_request_open_the_window_fits_a_small_screen(
    main: MainWindow, width: int, height: int
) -> None:
    """Room left for a title bar and a panel; every tab, nothing drawn over anything."""
    main.commands().open_example()
    tabs = main.view().tabs
    for index in range(tabs.count()):
        tabs.setCurrentIndex(index)
        main.window.resize(width, height)
        for _settle in range(3):  # a wrapped label takes its height on the next layout pass
            QApplication.processEvents()
        hint = main.window.minimumSizeHint()
        assert hint.width() <= width and hint.height() <= height, tabs.tabText(index)
        assert main.window.width() == width and main.window.height() == height
        assert _overlaps(main.window) == [], tabs.tabText(index)


def test_the_calculator_opened_at_1024_wide_leaves_the_request_usable(main: MainWindow) -> None:
    main.commands().open_example()
    main.window.resize(1024, 560)
    main.actions["actionCalculator"].setChecked(True)
    QApplication.processEvents()
    assert main.dock.isVisible()
    assert main.window.minimumSizeHint().width() <= 1024
    assert _overlaps(main.window) == []


LAYOUT_CHILD = """
import json, sys, tempfile
from datetime import date
from pathlib import Path
from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QAbstractScrollArea, QApplication
from oiaassist.app.launch import application, make_context
from oiaassist.app.main_window import MainWindow
from oiaassist.app.profile import Profile

app = application()
ctx = make_context(Profile.at(Path(tempfile.mkdtemp())), today=date(2025, 1, 20))
main = MainWindow(ctx)
main.show()
main.window.showMaximized()
main.commands().open_example()
main.commands().edit_tags(["story"])

def settle():
    for _ in range(6):
        app.processEvents()

def sideways():
    return [f"{a.objectName() or type(a).__name__} +{a.horizontalScrollBar().maximum()}"
            for a in main.window.findChildren(QAbstractScrollArea)
            if a.isVisible() and a.horizontalScrollBar().maximum() > 0]

settle()
tabs = main.view().tabs
for calculator in (False, True):
    main.actions["actionCalculator"].setChecked(calculator)
    settle()
    for index in range(tabs.count()):
        tabs.setCurrentIndex(index)
        if index == 1:
            main.view().timeline.table.selectRow(3)  # the event form beside the list of events
        settle()
        print(json.dumps({
            "tab": tabs.tabText(index), "calculator": calculator,
            "docked": main.dock.isVisible() and not main.dock.isFloating(),
            "window": main.window.width(), "list": main.list.table.width(),
            "request": tabs.width(), "sideways": sideways(),
            "agency": main.list.table.columnWidth(0), "subject": main.list.table.columnWidth(1),
        }))
ctx.store.close()
main.window.deleteLater()
QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
"""


@pytest.mark.parametrize(("width", "height"), [(1920, 1080), (1366, 768), (1024, 600), (853, 480)])
def test_the_seed_on_every_tab_with_and_without_the_calculator_never_scrolls_sideways(
    tmp_path: Path, width: int, height: int
) -> None:
    """Maximised on a screen of this size: the list readable, nothing scrolls sideways.

    At 1024 px the list, the request and a docked calculator left the request
    308 px and every tab scrolled sideways, so there the calculator floats.
    853×480 is 1280×720 at 150 %: the Timeline's letter buttons, two by two,
    made it scroll 19 px sideways; they go one above another there.
    """
    from oiaassist.app.main_window import LIST_MIN_WIDTH  # noqa: PLC0415

    screen = {"name": "s", "x": 0, "y": 0, "width": width, "height": height,
              "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1}  # fmt: skip
    config = tmp_path / "screen.json"
    config.write_text(json.dumps({"screens": [screen]}), encoding="utf-8")
    env = dict(os.environ, QT_QPA_PLATFORM=f"offscreen:configfile={config}")
    done = subprocess.run(
        [sys.executable, "-c", LAYOUT_CHILD], env=env, capture_output=True, text=True,
        timeout=180, check=False,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr[-2000:]
    scenes = [json.loads(line) for line in done.stdout.splitlines() if line.startswith("{")]
    assert len(scenes) == 6
    for scene in scenes:
        assert scene["sideways"] == [], scene
        assert scene["window"] <= width, scene
        assert scene["list"] >= LIST_MIN_WIDTH, scene
        assert min(scene["agency"], scene["subject"]) >= 90, scene  # "Ministry of…" readable
        if scene["calculator"] and width >= 1366:
            assert scene["docked"], scene  # room for all three side by side
