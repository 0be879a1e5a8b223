"""Every window and dialog, walked as a screen reader sees it (QAccessible, in process).

Fails on an interactive widget with no name and on a label whose accessible
name is a fixed caption instead of what it shows ("Status" for "Released").
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

import pytest
from PySide6.QtGui import QAccessible, QAccessibleEvent
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QDialog,
    QLabel,
    QLineEdit,
    QToolButton,
    QWidget,
)

from a11y_support import accessibility_problems, clashes
from oiaassist.app.dialogs.settings_dialog import SettingsDialog
from oiaassist.app.letters.build import Kind
from oiaassist.app.main_window import MainWindow
from oiaassist.app.widgets import live
from oiaassist.app.widgets.date_field import DateField
from oiaassist.app.widgets.forms import child
from test_app_support import Dialogs, answers_fixture, main_fixture  # noqa: F401


def _check(window: QWidget) -> None:
    QApplication.processEvents()
    assert accessibility_problems(window) == [], window.objectName()


def test_the_empty_main_window_is_named_throughout(main: MainWindow) -> None:
    _check(main.window)


@pytest.mark.parametrize("tab", [0, 1, 2])
def test_each_tab_of_the_example_with_the_calculator_is_named(main: MainWindow, tab: int) -> None:
    main.commands().open_example()
    main.view().tabs.setCurrentIndex(tab)
    main.actions["actionCalculator"].setChecked(True)
    main.list.search.setText("MFAT")  # the clear button shows
    _check(main.window)


def test_the_event_editor_is_named(main: MainWindow) -> None:
    main.commands().open_example()
    main.view().tabs.setCurrentIndex(1)
    for kind in ("extension_notified", "decision_notified", "transferred", "received"):
        main.view().timeline.add_event(kind, date(2024, 10, 1))
        _check(main.window)


def test_a_narrow_window_names_the_toolbars_overflow_button(main: MainWindow) -> None:
    main.window.resize(600, 500)
    QApplication.processEvents()
    toolbar = child(main.window, QWidget, "mainToolBar")
    button = toolbar.findChild(QToolButton, "qt_toolbar_ext_button")
    assert button is not None and button.isVisible()
    _check(main.window)


def _dialogs(main: MainWindow) -> dict[str, Callable[[], QWidget]]:
    def settings() -> QWidget:
        found = SettingsDialog(
            main.window, main.ctx.settings, default_folder=main.ctx.profile.data_dir
        )
        found.dialog.show()
        return found.dialog

    def letter(kind: Kind) -> Callable[[], QWidget]:
        return lambda: main.view().draft(kind).dialog

    def letter_import() -> QWidget:
        return main.view().timeline.open_letter_import().dialog

    def keyboard() -> QWidget:
        main.actions["actionKeyboardHelp"].trigger()
        return main.commands().keyboard_dialog

    return {
        "settings": settings, "reminder": letter(Kind.REMINDER),
        "complaint": letter(Kind.COMPLAINT), "letter import": letter_import,
        "keyboard": keyboard,
    }  # fmt: skip


@pytest.mark.parametrize("name", ["settings", "reminder", "complaint", "letter import", "keyboard"])
def test_each_dialog_is_named_and_its_alt_letters_unique(main: MainWindow, name: str) -> None:
    main.commands().open_example()
    dialog = _dialogs(main)[name]()
    dialog.show()
    _check(dialog)
    assert clashes(dialog) == {}, name
    dialog.close()


def test_settings_editable_combos_text_boxes_are_named(main: MainWindow) -> None:
    found = SettingsDialog(main.window, main.ctx.settings, default_folder=main.ctx.profile.data_dir)
    for name in ("greetingCombo", "signOffCombo"):
        edit = child(found.dialog, QComboBox, name).lineEdit()
        assert isinstance(edit, QLineEdit)
        assert edit.accessibleName()


def test_the_list_filter_is_named_by_its_label(main: MainWindow) -> None:
    label = child(main.window, QLabel, "filterLabel")
    assert label.buddy() is child(main.window, QComboBox, "filterCombo")


def test_the_status_badge_says_status_and_value(main: MainWindow) -> None:
    main.commands().open_example()
    badge = child(main.window, QLabel, "statusBadge")
    assert badge.text()
    assert badge.accessibleName() == f"Status: {badge.text()}"
    iface = QAccessible.queryAccessibleInterface(badge)
    assert iface.text(QAccessible.Text.Name) == f"Status: {badge.text()}"
    due = QAccessible.queryAccessibleInterface(child(main.window, QLabel, "headlineLabel"))
    assert "16 December 2024" in due.text(QAccessible.Text.Name)


def test_changes_of_status_due_date_and_errors_are_announced(
    main: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    sent: list[tuple[str, str]] = []

    def record(event: QAccessibleEvent) -> None:
        obj = event.object()
        words = event.message() if hasattr(event, "message") else ""
        sent.append((obj.objectName() if obj else "", words))

    monkeypatch.setattr(live, "_send", record)
    main.commands().open_example()
    announced = {name for name, words in sent if words}
    assert {"statusBadge", "headlineLabel"} <= announced
    sent.clear()
    calculator = main.calculator()
    from datetime import date  # noqa: PLC0415

    calculator.set_date(date(2024, 9, 13))
    assert any(n == "calcDueLabel" and "11 October 2024" in w for n, w in sent)
    calculator.set_date(date(2099, 1, 5))
    assert any(n == "calcErrorLabel" and w.startswith("Problem: ") for n, w in sent)
    sent.clear()
    calculator.set_date(date(2099, 1, 5))
    assert sent == []  # the same words again: nothing said


def test_qt_hands_announcements_on(main: MainWindow, qtbot: Any) -> None:
    """The real sender accepts the events (no listener: a no-op, but no error)."""
    label = child(main.window, QLabel, "statusBadge")
    live.show(label, "Released", announce=True)
    assert label.accessibleName() == "Status: Released"


def test_the_walker_finds_a_fixed_caption_and_an_unnamed_button(main: MainWindow) -> None:
    """The walker itself: a planted fault of each kind is reported."""
    main.commands().open_example()
    badge = child(main.window, QLabel, "statusBadge")
    badge.setAccessibleName("Status")
    button = QToolButton(child(main.window, QWidget, "listPane"))
    button.show()
    found = accessibility_problems(main.window)
    assert any("fixed caption 'Status'" in line for line in found)
    assert any(line.startswith("unnamed: Button QToolButton") for line in found)


def test_the_recovery_dialog_is_named(tmp_path: Any, qtbot: Any) -> None:
    from oiaassist.app.dialogs import recovery  # noqa: PLC0415
    from oiaassist.storage import StoreError  # noqa: PLC0415

    error = StoreError(tmp_path / "requests.db", "the database is damaged")
    dialog = recovery.RecoveryDialog(None, error)
    qtbot.addWidget(dialog.dialog)
    dialog.dialog.show()
    _check(dialog.dialog)
    assert clashes(dialog.dialog) == {}


# -- the requester's journey: its dialogs, the date field, the next step, the tag filter --


class _Shown:
    """Stands in for ``QDialog.exec``: walks the dialog as shown, then cancels it."""

    def __init__(self) -> None:
        self.walked: dict[str, tuple[list[str], dict[str, list[str]]]] = {}

    def __call__(self, dialog: QDialog) -> int:
        dialog.show()
        QApplication.processEvents()
        self.walked[dialog.objectName()] = (accessibility_problems(dialog), clashes(dialog))
        dialog.close()
        return int(QDialog.DialogCode.Rejected)


@pytest.fixture(name="shown")
def shown_fixture(monkeypatch: pytest.MonkeyPatch) -> _Shown:
    found = _Shown()
    monkeypatch.setattr(QDialog, "exec", lambda self: found(self))  # noqa: PLW0108 - binds self
    return found


JOURNEY_DIALOGS = {
    "actionMarkSent": "markSentDialog", "actionRemindMe": "dateDialog",
    "actionSendToOthers": "severalAgenciesDialog", "actionTags": "tagsDialog",
}  # fmt: skip


@pytest.mark.parametrize("action", sorted(JOURNEY_DIALOGS))
def test_each_journey_dialog_opened_from_its_menu_is_named(
    main: MainWindow, shown: _Shown, action: str
) -> None:
    """Mark as sent…, Remind me on…, Send to other agencies…, Tags…: as the menu opens them."""
    main.commands().open_example()
    main.actions[action].trigger()
    name = JOURNEY_DIALOGS[action]
    assert shown.walked.get(name) == ([], {}), name


@pytest.mark.parametrize("how", ["email", "post"])
def test_mark_as_sent_names_each_date_field_and_its_calendar_button(
    main: MainWindow, how: str
) -> None:
    from oiaassist.app.request_view.mark_sent import MarkSentDialog  # noqa: PLC0415

    dialog = MarkSentDialog(main.window, today=lambda: date(2025, 1, 20))
    dialog.how.setCurrentIndex(dialog.how.findData(how))
    dialog.show()
    _check(dialog)
    assert clashes(dialog) == {}
    buttons = [f.button.accessibleName() for f in dialog.findChildren(DateField)]
    assert len(buttons) == 2 and len(set(buttons)) == 2, buttons  # which calendar is which
    assert dialog.sent.edit.accessibleName() == "Sent on"
    dialog.close()


def test_add_event_asks_its_date_in_a_named_dialog(main: MainWindow, shown: _Shown) -> None:
    main.commands().open_example()
    main.view().tabs.setCurrentIndex(1)
    assert main.view().timeline.add_event("extension_notified") is None  # cancelled
    assert shown.walked.get("eventDateDialog") == ([], {})


def test_coming_up_and_the_guide_are_named(main: MainWindow) -> None:
    main.commands().open_example()
    main.commands().set_reminder(date(2025, 1, 20))
    coming = main.commands().coming_up()
    assert coming.tree.topLevelItemCount() >= 1
    _check(coming)
    assert clashes(coming) == {}
    coming.close()
    guide = main.commands().guide()
    _check(guide)
    assert clashes(guide) == {}
    guide.close()


def test_a_date_fields_calendar_popup_is_named(main: MainWindow) -> None:
    field = DateField(date(2025, 1, 20))
    field.set_name("Sent on")
    field.show()
    assert field.button.accessibleName() == "Sent on: choose from a calendar"
    field._menu.popup(field.mapToGlobal(field.rect().bottomLeft()))
    QApplication.processEvents()
    assert accessibility_problems(field._menu) == []
    field._menu.close()
    field.close()


def test_a_date_fields_problem_is_heard_and_announced(
    main: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    said: list[str] = []
    monkeypatch.setattr(live, "_send", lambda e: said.append(getattr(e, "message", str)()))
    field = DateField(date(2025, 1, 20))
    field.show()
    field.edit.setText("31 Feb 2025")
    assert not field.commit()
    assert field.error.accessibleName().startswith("Problem: ")
    assert any(words.startswith("Problem: ") for words in said if isinstance(words, str))
    assert accessibility_problems(field) == []
    field.close()


def test_a_draft_with_its_next_step_and_tags_is_named_on_every_tab(
    main: MainWindow, qtbot: Any
) -> None:
    main.commands().open_example()
    main.commands().edit_tags(["housing story"])
    main.actions["actionNew"].trigger()
    qtbot.keyClicks(child(main.window, QLineEdit, "agencyEdit"), "Ministry of Health")
    view = main.view()
    assert view.step_button.isVisible() and view.step_button.text() == "Mark as sent…"
    assert child(main.window, QComboBox, "tagFilterCombo").isVisible()
    for tab in range(view.tabs.count()):
        view.tabs.setCurrentIndex(tab)
        _check(main.window)
        assert clashes(main.window) == {}, view.tabs.tabText(tab)


def test_the_walker_finds_a_combo_box_heard_only_by_its_value(main: MainWindow) -> None:
    combo = QComboBox(child(main.window, QWidget, "listPane"))
    combo.addItem("All tags")
    combo.setAccessibleName("Show requests with this tag")  # not heard on Linux
    combo.show()
    assert any(
        line.startswith("heard by its value only") for line in accessibility_problems(main.window)
    )
