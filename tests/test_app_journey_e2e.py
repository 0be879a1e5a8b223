"""Issue 14, "done when": the whole journey from a fresh profile, as a user clicks and types."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
)

from oiaassist.app.letters.build import Kind
from oiaassist.app.main_window import MainWindow
from oiaassist.app.request_list.model import Column
from oiaassist.app.widgets.date_field import DateField
from oiaassist.app.widgets.forms import child
from test_app_support import Dialogs, answers_fixture, main_fixture  # noqa: F401


def answer_modal(qtbot: Any, fill: Callable[[QDialog], None]) -> None:
    """When the next modal dialog opens, let ``fill`` type into it, then press OK."""

    def act() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, QDialog):
            QTimer.singleShot(20, act)
            return
        fill(dialog)
        box = dialog.findChild(QDialogButtonBox)
        assert box is not None
        ok = box.button(QDialogButtonBox.StandardButton.Ok)
        qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
        assert dialog.result() == QDialog.DialogCode.Accepted

    QTimer.singleShot(0, act)


def type_date(qtbot: Any, field: DateField, text: str) -> None:
    field.edit.clear()
    qtbot.keyClicks(field.edit, text)
    assert field.commit(), field.problem


def test_from_a_draft_to_sent_to_an_extension_with_the_week_in_view(
    main: MainWindow, qtbot: Any, answers: Dialogs, tmp_path: Path
) -> None:
    # write a request
    main.actions["actionNew"].trigger()
    qtbot.keyClicks(child(main.window, QLineEdit, "agencyEdit"), "Ministry of Justice")
    qtbot.keyClicks(child(main.window, QLineEdit, "subjectEdit"), "Court delays")
    compose = main.view().compose
    compose.items.add()
    qtbot.keyClicks(compose.items.text, "Reports on court delays since 2023.")
    view = main.view()
    # a draft: no due date
    assert view.badge.text() == "Not sent"
    assert main.list.proxy.index(0, Column.DUE).data() == "—"
    assert view.step_button.text() == "Mark as sent…"

    # mark it sent, typing the date
    def sent_by_email(dialog: QDialog) -> None:
        fields = dialog.findChildren(DateField)
        type_date(qtbot, fields[0], "2/12/2024")  # Sent on (received: the same day)

    answer_modal(qtbot, sent_by_email)
    view.step_button.click()
    assert main.editor().data["events"][0]["date"] == "2024-12-02"
    # the due date and the next step
    assert "Due by 21 January 2025" in view.headline.text()
    assert "they must decide by 21 January 2025" in view.step_label.text()
    # the week's deadlines, and their export with alarms
    coming = main.commands().coming_up()
    qtbot.addWidget(coming)
    rows = [coming.tree.topLevelItem(i).text(1) for i in range(coming.tree.topLevelItemCount())]
    assert rows == ["Decision due"]
    answers.save_path = tmp_path / "deadlines.ics"
    main.commands().export_ics()
    ics = answers.save_path.read_text("utf-8")
    assert "DTSTART;VALUE=DATE:20250121" in ics and "BEGIN:VALARM" in ics

    # record an extension, typing its date
    def on_20_january(dialog: QDialog) -> None:
        type_date(qtbot, dialog.findChildren(DateField)[0], "20 Jan 2025")

    answer_modal(qtbot, on_20_january)
    event = main.view().timeline.add_event("extension_notified")
    assert event is not None and event["date"] == "2025-01-20"
    days = main.view().timeline.event_editor.widgets["working_days"]
    assert isinstance(days, QSpinBox)
    days.setValue(20)
    assert "extended to" in view.headline.text()
    # the matching letter from an enabled button: a complaint about the extension
    button = main.view().timeline.draft_buttons[Kind.COMPLAINT]
    assert button.isEnabled()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    dialogs = [
        w
        for w in QApplication.topLevelWidgets()
        if w.isVisible() and w.findChild(QPlainTextEdit, "letterText")
    ]
    assert dialogs
    letter = dialogs[-1].findChild(QPlainTextEdit, "letterText")
    assert letter is not None
    qtbot.waitUntil(lambda: "extension" in letter.toPlainText().lower())  # rendered off-thread
    dialogs[-1].findChild(QPushButton, "letterCloseButton").click()
