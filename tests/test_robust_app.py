"""Issue 15 in the app: a long letter is read off the window's thread, with a limit and a cancel."""

from __future__ import annotations

import threading
import time
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from oiaassist.app.background import Background
from oiaassist.app.letters import import_dialog as letter_import
from oiaassist.app.letters.templates import APP_RENDER_SECONDS, LetterTemplates
from oiaassist.app.main_window import MainWindow
from oiaassist.drafting.kinds import LetterKind, example_json, letter_from_json
from oiaassist.errors import TemplateError
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


def test_a_looping_template_is_stopped_quickly_in_the_app(tmp_path: Path) -> None:
    loops = "{% for i in range(100000) %}{% for j in range(100000) %}{% endfor %}{% endfor %}"
    (tmp_path / "request.txt").write_text(f"Subject: x\n\n{loops}\n", encoding="utf-8")
    templates = LetterTemplates.from_setting(str(tmp_path))
    letter = letter_from_json(
        LetterKind.REQUEST, example_json(LetterKind.REQUEST), "x", today=date(2024, 9, 13)
    )
    started = time.perf_counter()
    with pytest.raises(TemplateError, match="longer than"):
        templates.text(letter)
    assert time.perf_counter() - started < APP_RENDER_SECONDS + 5
