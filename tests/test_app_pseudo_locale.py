"""A pseudo-localised run: every string doubled (as long as a wordy translation), nothing clipped.

Strings from ``ui/*.ui`` go through Qt's translator, the app's own through
gettext; both are replaced by translators that double each string. At
1366×768 every label shown must have room for its text: the width of its
text on one line, or the height of its lines when it wraps.
"""

from __future__ import annotations

import gettext
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel, QLineEdit, QWidget

from oiaassist import i18n
from oiaassist.app.main_window import MainWindow
from test_app_accessibility import _dialogs as dialogs
from test_app_support import Dialogs, answers_fixture, close_main, open_main  # noqa: F401


def double(text: str) -> str:
    """ "Save" → "Save Save"; empty, markup and format-only strings as they are."""
    if not text.strip() or text.lstrip().startswith("<") or "\n" in text or "%" in text:
        return text
    return f"{text} {text.replace('&', '')}"


class Doubled(gettext.NullTranslations):
    """Gettext that doubles every message."""

    def gettext(self, message: str) -> str:
        return double(message)

    def ngettext(self, msgid1: str, msgid2: str, n: int) -> str:
        return double(msgid1 if n == 1 else msgid2)


class DoubledQt(QTranslator):
    """Qt's translator that doubles every string of the forms."""

    def translate(
        self, context: str, source: str, disambiguation: str | None = None, n: int = -1
    ) -> str:
        return double(source)

    def isEmpty(self) -> bool:  # noqa: N802 - Qt API
        return False


class PseudoGettext:
    """Stands in for the gettext module inside :mod:`oiaassist.i18n`."""

    NullTranslations = gettext.NullTranslations

    @staticmethod
    def translation(*_args: object, **_kwargs: object) -> Doubled:
        return Doubled()


@pytest.fixture(name="pseudo")
def pseudo_fixture(
    tmp_path: Path, qtbot: Any, answers: Dialogs, monkeypatch: pytest.MonkeyPatch
) -> Iterator[MainWindow]:
    """The main window with every string doubled."""
    # only oiaassist's catalogs: python-holidays names its holidays through gettext too
    monkeypatch.setattr(i18n, "_gettext", PseudoGettext)
    # the app sets its locale, which keeps the doubling catalog: the next test must not
    saved = dict(i18n._state)
    translator = DoubledQt()
    QCoreApplication.installTranslator(translator)
    try:
        main = open_main(tmp_path / "profile", qtbot)
        yield main
        close_main(main)
    finally:
        QCoreApplication.removeTranslator(translator)
        i18n._state.update(saved)


def clipped(window: QWidget) -> list[str]:
    """Labels and buttons shown with less room than their text needs."""
    found = []
    for w in window.findChildren(QWidget):
        if not w.isVisible() or w.window() is not window or not w.visibleRegion().boundingRect():
            continue
        if isinstance(w, QLabel) and w.text() and not w.pixmap():
            if w.toolTip() and w.text().endswith("…"):
                continue  # elided on purpose, the whole text in its tooltip
            if w.wordWrap():
                short = w.height() < w.heightForWidth(w.width()) - 1
            else:
                short = w.width() < w.minimumSizeHint().width() - 1
            if short:
                found.append(f"label {w.objectName()} {w.size().toTuple()} {w.text()[:40]!r}")
        elif (
            isinstance(w, QAbstractButton)
            and w.text()
            and not isinstance(w.parent(), QLineEdit)  # a line edit's icon buttons show no text
            and w.width() < w.minimumSizeHint().width() - 1
        ):
            found.append(f"button {w.objectName()} {w.size().toTuple()} {w.text()[:40]!r}")
    return found


def test_the_strings_really_are_doubled(pseudo: MainWindow) -> None:
    assert pseudo.window.menuBar().actions()[0].text() == "&File File"
    assert pseudo.actions["actionNew"].text().endswith("New request")


@pytest.mark.parametrize("tab", [0, 1, 2])
def test_nothing_is_clipped_at_1366x768(pseudo: MainWindow, tab: int) -> None:
    pseudo.window.resize(1366, 768 - 40)
    pseudo.commands().open_example()
    pseudo.view().tabs.setCurrentIndex(tab)
    QApplication.processEvents()
    assert pseudo.editor().assessment is not None  # a real deadline, in doubled words
    assert clipped(pseudo.window) == []


@pytest.mark.parametrize("name", ["settings", "reminder", "letter import", "keyboard"])
def test_no_dialog_clips_a_label(pseudo: MainWindow, name: str) -> None:
    pseudo.commands().open_example()
    dialog = dialogs(pseudo)[name]()
    dialog.show()
    QApplication.processEvents()
    assert clipped(dialog) == []
    dialog.close()


def test_the_check_finds_a_clipped_label(pseudo: MainWindow) -> None:
    label = QLabel("A label far too long for its ten pixels", pseudo.window.centralWidget())
    label.setObjectName("planted")
    label.setFixedWidth(10)
    label.show()
    assert any("planted" in line for line in clipped(pseudo.window))
