"""Issue 15 in the app: a long letter is read off the window's thread, with a limit and a cancel."""

from __future__ import annotations

import threading
import time
from pathlib import Path
from typing import Any

from oiaassist.app import letter_import
from oiaassist.app.background import Background
from oiaassist.app.main_window import MainWindow
from test_app_letter_import import SEED, new_mfat_request, open_dialog
from test_app_support import Dialogs, answers_fixture, main_fixture  # noqa: F401


def test_a_long_letter_is_read_off_the_window_thread(main: MainWindow, qtbot: Any) -> None:
    new_mfat_request(main, qtbot)
    dialog = open_dialog(main)
    seed = SEED.read_text(encoding="utf-8")
    long_letter = seed + "\n\n" + "Further background to the request. " * 3_000
    assert len(long_letter) > letter_import.BACKGROUND_CHARS
    dialog.text.setPlainText(long_letter)
    started = time.perf_counter()
    dialog.read_now()
    assert time.perf_counter() - started < 0.5, "the window waited for the reader"
    assert dialog.reading is None and "Reading the letter" in dialog.error.text()
    qtbot.waitUntil(lambda: dialog.reading is not None, timeout=30_000)
    assert "OIA 29681" in dialog.found.text()
    assert dialog.error.isHidden()


def test_closing_the_dialog_cancels_the_reading(main: MainWindow, qtbot: Any) -> None:
    new_mfat_request(main, qtbot)
    dialog = open_dialog(main)
    dialog.text.setPlainText("Dear Sir. " * 12_000)
    dialog.read_now()
    assert dialog.background.busy
    dialog.dialog.reject()
    assert not dialog.background.busy


def test_background_time_limit_and_newest_result_only(qtbot: Any) -> None:
    worker = Background()
    release = threading.Event()
    got: list[object] = []
    worker.run(lambda: release.wait(10) and "late", got.append, got.append, limit_ms=200)
    qtbot.waitUntil(lambda: bool(got), timeout=5000)
    assert isinstance(got[0], TimeoutError)
    release.set()
    qtbot.wait(300)
    assert len(got) == 1, "a result after the time limit is dropped"
    got.clear()
    worker.run(lambda: time.sleep(0.3) or "old", got.append, got.append, limit_ms=5000)
    worker.run(lambda: "new", got.append, got.append, limit_ms=5000)
    qtbot.wait(800)
    assert got == ["new"]


def test_background_failures_reach_the_window_thread(qtbot: Any) -> None:
    worker = Background()
    failures: list[BaseException] = []
    seen_on: list[str] = []

    def failed(exc: BaseException) -> None:
        failures.append(exc)
        seen_on.append(threading.current_thread().name)

    worker.run(lambda: 1 // 0, lambda _r: None, failed, limit_ms=5000)
    qtbot.waitUntil(lambda: bool(failures), timeout=5000)
    assert isinstance(failures[0], ZeroDivisionError)
    assert seen_on == [threading.main_thread().name]


def _unused(_path: Path, _dialogs: Dialogs) -> None:  # keeps the fixture imports typed
    return None
