"""Shared set-up of the app tests: a main window on a temporary profile, no dialogs.

Named ``test_app_support`` so it sits with the app tests; it holds fixtures
and helpers only. A test module imports the fixtures it uses by their
function names (``main_fixture``); pytest knows them as ``main`` and
``answers``. Every standard dialog is replaced: a test that reaches one by
accident fails instead of waiting for a click nobody gives.
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest

pytest.importorskip("PySide6", reason="the app needs oiaassist[gui]")
pytest.importorskip("pytestqt", reason="the app tests need pytest-qt")

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QApplication, QLayout, QLayoutItem

from oiaassist.app.dialogs import standard as dialogs
from oiaassist.app.launch import make_context
from oiaassist.app.main_window import MainWindow
from oiaassist.app.profile import Profile
from oiaassist.i18n import set_locale

TODAY = date(2025, 1, 20)
"""The day the tests pretend it is (after the seed request was decided)."""


class Dialogs:
    """Stand-ins for :mod:`oiaassist.app.dialogs.standard`: answers set, messages kept."""

    def __init__(self) -> None:
        self.save_path: Path | None = None
        self.open_path: Path | None = None
        self.confirm = True
        self.offer = False
        self.errors: list[str] = []
        self.infos: list[str] = []

    def install(self, monkeypatch: pytest.MonkeyPatch) -> None:
        """Replace every dialog function."""
        monkeypatch.setattr(dialogs, "ask_save_path", lambda *_a: self.save_path)
        monkeypatch.setattr(dialogs, "ask_open_path", lambda *_a: self.open_path)
        monkeypatch.setattr(dialogs, "ask_folder", lambda *_a: self.open_path)
        monkeypatch.setattr(dialogs, "confirm", lambda *_a: self.confirm)
        monkeypatch.setattr(dialogs, "show_error", lambda _p, _t, text: self.errors.append(text))
        monkeypatch.setattr(dialogs, "offer", self._offer)
        monkeypatch.setattr(dialogs, "show_info", lambda _p, _t, text: self.infos.append(text))

    def _offer(self, _parent: object, _title: str, text: str) -> bool:
        self.errors.append(text)
        return self.offer


@pytest.fixture(name="answers")
def answers_fixture(monkeypatch: pytest.MonkeyPatch) -> Dialogs:
    """The dialogs, answered by the test."""
    found = Dialogs()
    found.install(monkeypatch)
    return found


def open_main(profile_root: Path, qtbot: Any, today: date = TODAY) -> MainWindow:
    """A main window on the profile at ``profile_root``, shown, with its request view built."""
    set_locale("en_NZ")
    ctx = make_context(Profile.at(profile_root), today=today)
    assert ctx is not None
    main = MainWindow(ctx)
    main.show()
    qtbot.waitUntil(lambda: main.view_if_built() is not None, timeout=5000)
    return main


@pytest.fixture(name="main")
def main_fixture(tmp_path: Path, qtbot: Any, answers: Dialogs) -> Iterator[MainWindow]:
    """The main window on a fresh temporary profile."""
    window = open_main(tmp_path / "profile", qtbot)
    yield window
    close_main(window)


def layout_item_wrappers() -> list[object]:
    """Python wrappers of layout items that are not layouts, alive now (there must be none).

    Qt deletes a layout item without telling Python; a wrapper kept alive past that
    left a stale object at a freed address that crashed the suite (``widgets.nesting``).
    """
    items = (o for o in gc.get_objects() if isinstance(o, QLayoutItem))
    return [o for o in items if not isinstance(o, QLayout)]


def close_main(main: MainWindow) -> None:
    """Close the window, destroy it (so no timer of it fires in a later test), close the store.

    A letter still rendering on a worker thread is waited for first, so no window is
    destroyed under a render in flight and the next test starts from a quiet event loop.
    """
    view = main.view_if_built()
    if view is not None:
        view.compose.wait_for_render(5000)
    assert layout_item_wrappers() == [], "see oiaassist.app.widgets.nesting"
    main.window.close()
    main.window.deleteLater()
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    main.ctx.store.close()
