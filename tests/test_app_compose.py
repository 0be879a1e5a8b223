"""The Compose tab: the checks follow your typing; the letter saves as .docx and .eml."""

from __future__ import annotations

from email import message_from_bytes, policy
from pathlib import Path
from typing import Any

import docx
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QLineEdit, QPlainTextEdit

from oiaassist.app.main_window import MainWindow
from oiaassist.app.settings import AppSettings
from oiaassist.app.widgets.forms import child
from oiaassist.drafting import CheckCode
from test_app_support import Dialogs, answers_fixture, main_fixture  # noqa: F401

ME = AppSettings(name="Aroha Test", email="aroha@example.nz")


def start_request(main: MainWindow, qtbot: Any) -> None:
    main.ctx.update_settings(ME)
    main.actions["actionNew"].trigger()
    qtbot.keyClicks(child(main.window, QLineEdit, "agencyEdit"), "Ministry of Health")
    qtbot.keyClicks(child(main.window, QLineEdit, "subjectEdit"), "Vaccine contracts")


def type_item(main: MainWindow, qtbot: Any, text: str) -> None:
    compose = main.view().compose
    compose.items.add()
    qtbot.keyClicks(child(main.window, QPlainTextEdit, "itemTextEdit"), text)


def check_texts(main: MainWindow) -> list[str]:
    checks = main.view().compose.checks
    return [checks.item(i).text() for i in range(checks.count())]


def test_a_sweeping_phrase_shows_its_check_as_you_type(main: MainWindow, qtbot: Any) -> None:
    start_request(main, qtbot)
    type_item(main, qtbot, "Any and all emails about vaccine contracts")
    compose = main.view().compose
    qtbot.waitUntil(lambda: CheckCode.SWEEPING_PHRASE in {i.code for i in compose.issues})
    issue = next(i for i in compose.issues if i.code is CheckCode.SWEEPING_PHRASE)
    assert issue.suggestion
    assert any(issue.message in text and issue.suggestion in text for text in check_texts(main))
    # fixing the words makes the check go away
    edit = child(main.window, QPlainTextEdit, "itemTextEdit")
    edit.setPlainText("Emails between the Minister and Pfizer about vaccine prices")
    qtbot.waitUntil(lambda: CheckCode.SWEEPING_PHRASE not in {i.code for i in compose.issues})


def test_preview_follows_the_fields(main: MainWindow, qtbot: Any) -> None:
    start_request(main, qtbot)
    type_item(main, qtbot, "The vaccine purchase agreement with Pfizer")
    preview = child(main.window, QPlainTextEdit, "previewEdit")
    qtbot.waitUntil(lambda: "vaccine purchase agreement" in preview.toPlainText())
    assert "Aroha Test" in preview.toPlainText()


def test_copy_and_save_docx_and_eml(
    main: MainWindow, qtbot: Any, answers: Dialogs, tmp_path: Path
) -> None:
    start_request(main, qtbot)
    type_item(main, qtbot, "The vaccine purchase agreement with Pfizer")
    compose = main.view().compose
    compose.copy()
    assert "vaccine purchase agreement" in QGuiApplication.clipboard().text()

    answers.save_path = tmp_path / "letter.docx"
    main.actions["actionSaveDocx"].trigger()
    text = "\n".join(p.text for p in docx.Document(str(answers.save_path)).paragraphs)
    assert "vaccine purchase agreement" in text
    assert "Aroha Test" in text

    answers.save_path = tmp_path / "letter.eml"
    main.actions["actionSaveEml"].trigger()
    message = message_from_bytes(answers.save_path.read_bytes(), policy=policy.default)
    assert "Vaccine contracts" in str(message["Subject"])
    assert answers.errors == []


def test_an_empty_request_lists_what_it_lacks(main: MainWindow, qtbot: Any) -> None:
    main.actions["actionNew"].trigger()  # no name in Settings, no agency, no items
    compose = main.view().compose
    qtbot.waitUntil(lambda: bool(compose.issues))
    codes = {issue.code for issue in compose.issues}
    assert {CheckCode.MISSING_AGENCY, CheckCode.NO_ITEMS, CheckCode.MISSING_NAME} <= codes
    assert "Agency: is required" in main.view().error.text()
