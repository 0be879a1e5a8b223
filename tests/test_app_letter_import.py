"""Adding events from the agency's letter: paste or open it, see its dates checked, add them."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit, QToolButton

from oiaassist.app.letters.import_dialog import LetterImport
from oiaassist.app.main_window import MainWindow
from oiaassist.app.widgets.forms import child
from oiaassist.reading.reader import read_letter
from test_app_support import Dialogs, answers_fixture, main_fixture  # noqa: F401
from test_app_timeline import mark_sent

LETTERS = Path(__file__).parent / "fixtures" / "letters"
SEED = LETTERS / "mfat-2024-cluster-munitions-response.txt"
NZPOST = LETTERS / "nzpost-wrong-due-date.txt"


def new_mfat_request(main: MainWindow, qtbot: Any) -> None:
    """A new request to MFAT, received 13 September 2024, with nothing else recorded."""
    main.actions["actionNew"].trigger()
    qtbot.keyClicks(
        child(main.window, QLineEdit, "agencyEdit"), "Ministry of Foreign Affairs and Trade"
    )
    mark_sent(main, date(2024, 9, 13))


def open_dialog(main: MainWindow) -> LetterImport:
    dialog = main.commands().add_from_letter()
    assert dialog is not None
    return dialog


def rows(dialog: LetterImport) -> list[tuple[str, bool]]:
    items = [dialog.proposals_list.item(i) for i in range(dialog.proposals_list.count())]
    return [(item.text(), item.checkState() == Qt.CheckState.Checked) for item in items]


def checks(dialog: LetterImport) -> list[str]:
    return [dialog.checks.item(i).text() for i in range(dialog.checks.count())]


def test_the_seed_letter_adds_the_seed_story(main: MainWindow, qtbot: Any) -> None:
    new_mfat_request(main, qtbot)
    dialog = open_dialog(main)
    dialog.text.setPlainText(SEED.read_text(encoding="utf-8"))
    # read a moment after the paste, not at once
    assert dialog.reading is None
    qtbot.waitUntil(lambda: dialog.reading is not None, timeout=2000)
    found = dialog.found.text()
    assert "OIA 29681" in found
    assert "45 working days" in found
    assert "9(2)(g)(i)" in found
    proposed = [(p.event["type"], p.event["date"]) for p in dialog.proposals]
    assert proposed == [
        ("received", "2024-09-13"),
        ("clarification_sought", "2024-09-24"),
        ("refinement_declined", "2024-09-30"),
        ("extension_notified", "2024-10-10"),
        ("decision_notified", "2024-12-16"),
    ]
    assert dialog.proposals[3].event["working_days"] == 45
    shown = rows(dialog)
    assert "already recorded" in shown[0][0]
    assert not shown[0][1]
    assert all(ticked for _text, ticked in shown[1:])
    assert any(line.startswith("✓") and "on time" in line for line in checks(dialog))
    assert not dialog.reference.isHidden()
    assert "OIA 29681" in dialog.reference.text()

    assert dialog.add() == 4
    editor = main.editor()
    assert [e["type"] for e in editor.data["events"]] == [
        "received", "clarification_sought", "refinement_declined", "extension_notified",
        "decision_notified",
    ]  # fmt: skip
    assert editor.data["reference"] == "OIA 29681"
    headline = main.view().headline.text()
    assert "Decided on 16 December 2024, on time" in headline
    assert "extended to 16 December 2024" in headline
    # the timeline table follows, and the change is saved
    assert main.view().timeline.table.rowCount() == 5
    stored = main.ctx.store.get(editor.request_id or 0).data
    assert len(stored["events"]) == 5


def test_reading_the_letter_again_offers_nothing_new(main: MainWindow, qtbot: Any) -> None:
    new_mfat_request(main, qtbot)
    first = open_dialog(main)
    first.text.setPlainText(SEED.read_text(encoding="utf-8"))
    first.read_now()
    first.add()
    again = open_dialog(main)
    again.text.setPlainText(SEED.read_text(encoding="utf-8"))
    again.read_now()
    assert all("already recorded" in text and not ticked for text, ticked in rows(again))
    assert again.reference.isHidden()  # the request has its reference now
    assert not again.add_button.isEnabled()
    again.dialog.close()


def test_a_wrong_due_date_is_a_cross_naming_the_right_one(main: MainWindow, qtbot: Any) -> None:
    new_mfat_request(main, qtbot)
    dialog = open_dialog(main)
    dialog.text.setPlainText(NZPOST.read_text(encoding="utf-8"))
    dialog.read_now()
    wrong = [line for line in checks(dialog) if line.startswith("✗")]
    assert any("13 February 2019" in line and "Wrong" in line for line in wrong)
    # its receipt date is not this request's: offered as a correction, not a second receipt
    received = dialog.proposals[0]
    assert received.event["type"] == "received"
    assert received.replaces is not None
    assert "replaces the date received" in rows(dialog)[0][0]
    dialog.dialog.close()


def test_a_file_opens_through_the_file_dialog(
    main: MainWindow, qtbot: Any, answers: Dialogs
) -> None:
    new_mfat_request(main, qtbot)
    timeline = main.view().timeline
    child(timeline.form, QToolButton, "letterEventsButton").click()
    dialog = timeline.form.window().findChild(LetterImport)
    assert isinstance(dialog, LetterImport)
    answers.open_path = SEED
    assert dialog.open_file()
    assert "mfat-2024" in dialog.source.text()
    assert dialog.reading is not None
    assert dialog.reading.reference is not None
    dialog.dialog.close()


def test_an_empty_or_binary_file_is_a_message_in_the_dialog(
    main: MainWindow, qtbot: Any, answers: Dialogs, tmp_path: Path
) -> None:
    new_mfat_request(main, qtbot)
    dialog = open_dialog(main)
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    answers.open_path = empty
    assert not dialog.open_file()
    assert not dialog.error.isHidden()
    assert "is empty" in dialog.error.text()
    binary = tmp_path / "scan.txt"
    binary.write_bytes(bytes(range(256)) * 4)
    assert not dialog.open_file(binary)
    assert "binary" in dialog.error.text()
    assert dialog.proposals == []
    assert not dialog.add_button.isEnabled()
    # text that was there and is cleared: said in words too
    dialog.text.setPlainText(NZPOST.read_text(encoding="utf-8"))
    dialog.read_now()
    assert dialog.error.isHidden()
    dialog.text.setPlainText("   ")
    dialog.read_now()
    assert "no text" in dialog.error.text()
    assert answers.errors == []
    dialog.dialog.close()


def test_a_letter_with_nothing_known_says_so(main: MainWindow, qtbot: Any) -> None:
    new_mfat_request(main, qtbot)
    dialog = open_dialog(main)
    dialog.text.setPlainText("Kia ora, thanks for your email. Ngā mihi.")
    dialog.read_now()
    assert "does not recognise" in dialog.found.text()
    assert "no events" in rows(dialog)[0][0]
    assert not dialog.add_button.isEnabled()
    dialog.dialog.close()


def test_the_shortcut_and_menu_need_a_request(main: MainWindow) -> None:
    action = main.actions["actionLetterEvents"]
    assert action.shortcut().toString() == "Ctrl+Shift+L"
    assert not action.isEnabled()
    assert main.commands().add_from_letter() is None
    assert read_letter("").kind.value == "unknown"


def test_a_decisions_outcome_is_picked_one_of(main: MainWindow, qtbot: Any) -> None:
    """A release letter with no outcome words: its outcomes offered unticked, one at a time."""
    new_mfat_request(main, qtbot)
    dialog = open_dialog(main)
    letter = Path(__file__).parent / "corpus" / "letters" / "dev" / "fyi-27795-hnz-release.txt"
    dialog.text.setPlainText(letter.read_text(encoding="utf-8"))
    dialog.read_now()
    choices = [
        dialog.proposals_list.item(i)
        for i in range(dialog.proposals_list.count())
        if "does not say which" in dialog.proposals_list.item(i).text()
    ]
    assert len(choices) == 2
    assert all(item.checkState() == Qt.CheckState.Unchecked for item in choices)
    choices[0].setCheckState(Qt.CheckState.Checked)
    choices[1].setCheckState(Qt.CheckState.Checked)
    assert [item.checkState() == Qt.CheckState.Checked for item in choices] == [False, True]
    decided = [p.event["outcome"] for p in dialog.ticked() if p.choice]
    assert decided == ["partly_granted"]
    dialog.dialog.close()
