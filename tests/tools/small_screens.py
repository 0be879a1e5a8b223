"""Screenshots of the example request on a small or scaled screen, to look at with your own eyes.

Run under Xvfb, e.g. 1024×600 at 100 % and 1600×1000 at 200 %::

    xvfb-run -a -s "-screen 0 1024x600x24" .venv/bin/python tests/tools/small_screens.py OUT
    QT_SCALE_FACTOR=2 xvfb-run -a -s "-screen 0 1600x1000x24" \\
        .venv/bin/python tests/tools/small_screens.py OUT

Each tab, then the calculator opened with Ctrl+K, is saved as a PNG in OUT,
and the window's size, minimum size and whether the app is still up are
printed.
"""

from __future__ import annotations

import sys
import tempfile
from datetime import date
from pathlib import Path

from PySide6.QtCore import QEvent
from PySide6.QtGui import QKeySequence
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from oiaassist.app.launch import application, make_context
from oiaassist.app.main_window import MainWindow
from oiaassist.app.profile import Profile


def settle(app: QApplication) -> None:
    for _ in range(30):
        app.processEvents()
        QTest.qWait(10)


def main(out: Path) -> int:
    app = application(["-platform", "xcb"])
    out.mkdir(parents=True, exist_ok=True)
    ctx = make_context(Profile.at(Path(tempfile.mkdtemp())), today=date(2025, 1, 20))
    assert ctx is not None
    window = MainWindow(ctx)
    window.show()
    window.window.showMaximized()
    settle(app)
    window.commands().open_example()
    tabs = window.view().tabs
    space = window.window.screen().availableGeometry()
    for index, name in enumerate(("compose", "timeline", "deadline")):
        tabs.setCurrentIndex(index)
        settle(app)
        window.window.grab().save(str(out / f"{name}.png"))
        least = window.window.minimumSizeHint().toTuple()
        print(name, window.window.size().toTuple(), "min", least, "screen", space.size().toTuple())
    window.window.activateWindow()
    settle(app)
    QTest.keySequence(window.window, QKeySequence("Ctrl+K"))
    settle(app)
    if not window.dock.isVisible():  # no window manager: the window never became active
        print("Ctrl+K not delivered; the action triggered instead")
        window.actions["actionCalculator"].trigger()
        settle(app)
    window.window.grab().save(str(out / "calculator.png"))
    if window.dock.isFloating():
        window.dock.grab().save(str(out / "calculator-dock.png"))
    print("calculator", window.dock.isVisible(), "floating", window.dock.isFloating(),
          "window", window.window.size().toTuple())  # fmt: skip
    ctx.store.close()
    window.window.deleteLater()
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    print("still running")
    return 0


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1] if len(sys.argv) > 1 else "small-screens")))
