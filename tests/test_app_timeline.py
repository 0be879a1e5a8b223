"""The Timeline and Deadline tabs: the seed story entered by hand, as a user would."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtWidgets import QCheckBox, QComboBox, QLineEdit, QSpinBox, QWidget

from oiaassist.app.letters.build import Kind
from oiaassist.app.main_window import MainWindow
from oiaassist.app.request_view.mark_sent import Sending
from oiaassist.app.widgets.date_field import DateField
from oiaassist.app.widgets.forms import child
from test_app_support import Dialogs, answers_fixture, main_fixture  # noqa: F401


def set_date(main: MainWindow, field: str, day: date, qtbot: Any = None) -> None:
    """Type the date into the field, as a user would ("13 Sep 2024"), and leave it."""
    editor = main.view().timeline.event_editor
    widget = editor.widgets[field]
    assert isinstance(widget, DateField)
    widget.edit.clear()
    text = f"{day.day} {day:%b %Y}"
    if qtbot is not None:
        qtbot.keyClicks(widget.edit, text)
    else:
        widget.edit.setText(text)
    assert widget.commit(), widget.problem


def add(main: MainWindow, kind: str, day: date) -> None:
    main.view().timeline.add_event(kind, day)


def new_request(main: MainWindow, qtbot: Any) -> None:
    main.actions["actionNew"].trigger()
    qtbot.keyClicks(child(main.window, QLineEdit, "agencyEdit"), "Ministry of Foreign Affairs")


def mark_sent(main: MainWindow, day: date, how: str = "email") -> None:
    """What Mark as sent… records for an email (received the same day)."""
    main.view().record_sending(Sending(day, how, day))


def enter_seed(main: MainWindow, qtbot: Any) -> None:
    new_request(main, qtbot)
    view = main.view()
    mark_sent(main, date(2024, 9, 13))
    view.timeline.table.setCurrentCell(0, 0)
    add(main, "clarification_sought", date(2024, 9, 24))
    add(main, "refinement_declined", date(2024, 9, 30))
    add(main, "extension_notified", date(2024, 10, 10))
    widgets = view.timeline.event_editor.widgets
    spin = widgets["working_days"]
    assert isinstance(spin, QSpinBox)
    spin.setValue(45)
    grounds: QWidget = widgets["grounds"]
    for check in grounds.findChildren(QCheckBox):
        check.setChecked(True) if "consult" in check.text().lower() else None
    add(main, "decision_notified", date(2024, 12, 16))


def test_the_seed_events_give_the_extended_deadline_and_on_time(
    main: MainWindow, qtbot: Any
) -> None:
    enter_seed(main, qtbot)
    view = main.view()
    events = main.editor().data["events"]
    assert [e["type"] for e in events] == [
        "received", "clarification_sought", "refinement_declined", "extension_notified",
        "decision_notified",
    ]  # fmt: skip
    assert events[3]["grounds"] == ["large_quantity", "consultations"]
    headline = view.headline.text()
    assert "extended to 16 December 2024" in headline
    assert "on time" in headline
    # decided partly granted with nothing released by "today" (20 January 2025): the
    # status says so, in words beside its colour
    assert view.badge.text() == "Release delayed (possible undue delay)"
    findings = [
        view.timeline.findings.item(i).text() for i in range(view.timeline.findings.count())
    ]
    assert any("16 December 2024, on time" in text for text in findings)
    assert any("s 15A(1)" in text for text in findings)
    # the list row follows
    row = main.ctx.store.row(main.editor().request_id or 0)
    assert row.summary.due == date(2024, 12, 16)


def test_a_pending_refinement_shows_the_what_if(main: MainWindow, qtbot: Any) -> None:
    new_request(main, qtbot)
    mark_sent(main, date(2025, 1, 8))
    main.view().timeline.table.setCurrentCell(0, 0)
    set_date(main, "date", date(2025, 1, 9), qtbot)  # typed: "9 Jan 2025"
    assert main.editor().data["events"][0]["date"] == "2025-01-09"
    add(main, "clarification_sought", date(2025, 1, 15))
    timeline = main.view().timeline
    assert not timeline.what_if_group.isHidden()
    assert "Accept today" in timeline.what_if.text()
    assert timeline.draft_buttons[Kind.REFINEMENT_REPLY].isEnabled()


def test_the_deadline_tab_shows_marks_and_skipped_days(main: MainWindow) -> None:
    main.commands().open_example()
    deadline = main.view().deadline
    grid = deadline.grid
    grid.show_month(2024, 10)
    assert "Labour Day" in grid.describe(date(2024, 10, 28))
    assert "not a working day" in grid.describe(date(2024, 10, 28))
    lines = [deadline.trail.item(i).text() for i in range(deadline.trail.count())]
    assert any("Labour Day" in line for line in lines)
    assert "16 December 2024" in deadline.summary.text()


def test_one_click_drafts_the_refinement_reply(main: MainWindow) -> None:
    main.commands().open_example()
    dialog = main.view().draft(Kind.REFINEMENT_REPLY)
    assert dialog.wait_for_render()
    assert "24 September 2024" in dialog.text.toPlainText()
    dialog.dialog.close()


def _received_then_extended(main: MainWindow, qtbot: Any, day: date) -> Any:
    """A new MFAT request received 13 Sep 2024, with an extension notified on ``day``."""
    new_request(main, qtbot)
    mark_sent(main, date(2024, 9, 13))
    view = main.view()
    view.timeline.table.setCurrentCell(0, 0)
    add(main, "extension_notified", day)
    return view


def test_an_extension_whose_period_you_have_not_got_is_a_doubt(
    main: MainWindow, qtbot: Any
) -> None:
    # the seed story, entered without the notice to hand: the extension's period is left
    # "not stated" and the decision of 16 Dec 2024 must not be called late
    view = _received_then_extended(main, qtbot, date(2024, 10, 10))
    spin = view.timeline.event_editor.widgets["working_days"]
    assert isinstance(spin, QSpinBox)
    spin.setValue(0)  # "not stated"
    add(main, "decision_notified", date(2024, 12, 16))
    outcome = view.timeline.event_editor.widgets["outcome"]
    assert isinstance(outcome, QComboBox)
    outcome.setCurrentIndex(outcome.findData("refused"))  # nothing to wait for after it
    assert view.badge.text() == "Decided (whether late is in doubt)"
    assert "its period is not recorded" in view.headline.text()
    rows = [view.timeline.table.item(r, 1).text() for r in range(view.timeline.table.rowCount())]
    assert "Extension notified — period not recorded" in rows
    deadline = view.deadline
    assert "Due Friday, 11 October 2024 or later" in deadline.summary.text()
    lines = [deadline.trail.item(i).text() for i in range(deadline.trail.count())]
    assert lines[-1].startswith("Extended on 10 October 2024: its period is not recorded")
    # the user finds the notice gave no period at all: s 15A(4)(a), the extension cannot count
    view.timeline.table.setCurrentCell(rows.index("Extension notified — period not recorded"), 0)
    combo = view.timeline.event_editor.widgets["stated_period"]
    assert isinstance(combo, QComboBox)
    combo.setCurrentIndex(combo.findData(False))
    assert view.badge.text() == "Decided late"


def test_every_field_of_every_event_has_its_editor() -> None:
    # a field added to the tracking models must say how it is edited (a line edit for an
    # enum, as "limit" once had, asks the user to type "transfer")
    from oiaassist.app.request_view.timeline.event_fields import (  # noqa: PLC0415
        FIELD_KINDS,
        MODELS,
        fields_of,
    )

    for kind in MODELS:
        assert set(fields_of(kind)) <= set(FIELD_KINDS), kind


def test_the_extended_limit_is_chosen_not_typed(main: MainWindow, qtbot: Any) -> None:
    view = _received_then_extended(main, qtbot, date(2024, 9, 20))
    combo = view.timeline.event_editor.widgets["limit"]
    assert isinstance(combo, QComboBox)
    assert [combo.itemText(i) for i in range(combo.count())] == [
        "To decide (s 15(1))",
        "To transfer (s 14)",
    ]
    combo.setCurrentIndex(combo.findData("transfer"))
    assert main.editor().data["events"][-1]["limit"] == "transfer"
