"""The requester's journey (issue 14): a draft, Mark as sent…, typed dates, the next step."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QCheckBox, QLineEdit, QMenu, QTextBrowser

from oiaassist.app.dialogs.help import HelpDialog
from oiaassist.app.letters.build import Kind, request_draft
from oiaassist.app.main_window import MainWindow
from oiaassist.app.request_list.filter import Show
from oiaassist.app.request_list.model import ID_ROLE, Column
from oiaassist.app.request_view.mark_sent import MarkSentDialog, Sending
from oiaassist.app.request_view.timeline.event_date import EventDateDialog, suggested_date
from oiaassist.app.widgets.date_field import DateField
from oiaassist.app.widgets.forms import child
from oiaassist.drafting.render import render_text
from test_app_support import TODAY, Dialogs, answers_fixture, main_fixture  # noqa: F401
from test_app_timeline import add, mark_sent


def new_draft(main: MainWindow, qtbot: Any, agency: str = "Ministry of Health") -> int:
    main.actions["actionNew"].trigger()
    qtbot.keyClicks(child(main.window, QLineEdit, "agencyEdit"), agency)
    request_id = main.editor().request_id
    assert request_id is not None
    return request_id


def test_a_new_request_is_a_draft_with_no_due_date(main: MainWindow, qtbot: Any) -> None:
    request_id = new_draft(main, qtbot)
    view = main.view()
    assert view.badge.text() == "Not sent"
    assert "once the agency receives it" in view.headline.text()
    assert "Mark as sent" in view.step_label.text()
    assert view.step_button.isVisibleTo(main.window)
    assert view.step_button.text() == "Mark as sent…"
    row = main.ctx.store.row(request_id)
    assert row.summary.status == "not_sent" and row.summary.due is None
    assert main.view().timeline.findings.count() == 0  # no "Problem" before anything happened
    main.list.proxy.set_show(Show.OVERDUE)
    assert main.list.proxy.rowCount() == 1  # only because it is pinned (being edited)
    main.list.proxy.pinned = None
    main.list.proxy.set_show(Show.ALL)
    main.list.proxy.set_show(Show.OVERDUE)
    assert main.list.proxy.rowCount() == 0


def test_a_drafts_letter_gives_no_date_for_the_answer(main: MainWindow, qtbot: Any) -> None:
    new_draft(main, qtbot)
    editor = main.editor()
    letter = request_draft(editor.data, editor.compose, main.ctx.settings, today=TODAY)
    body = render_text(letter).body
    assert "20 working days after the day you receive it" in body
    assert "If you receive it on" not in body


def test_mark_as_sent_by_email_is_received_the_same_day(main: MainWindow, qtbot: Any) -> None:
    new_draft(main, qtbot)
    dialog = MarkSentDialog(main.window, today=lambda: TODAY)
    qtbot.addWidget(dialog)
    dialog.sent.edit.clear()
    qtbot.keyClicks(dialog.sent.edit, "13/1/2025")
    assert dialog.sent.commit()
    assert dialog.received.value() == date(2025, 1, 13)  # email: the same day
    sending = dialog.sending()
    assert sending == Sending(date(2025, 1, 13), "email", date(2025, 1, 13))
    main.view().record_sending(sending)
    event = main.editor().data["events"][0]
    assert event == {
        "type": "received",
        "date": "2025-01-13",
        "note": "Sent by email on Mon 13 Jan 2025.",
    }
    view = main.view()
    assert view.badge.text() == "Awaiting response"
    # the closed period (25 Dec-15 Jan) and Waitangi Day are not working days
    assert (
        "Wait: they must decide by 13 February 2025. "
        "If nothing arrives, send a reminder on 14 February 2025." in view.step_label.text()
    )
    assert not view.step_button.isVisibleTo(main.window)


def test_post_asks_for_the_day_it_arrived(main: MainWindow, qtbot: Any) -> None:
    dialog = MarkSentDialog(main.window, today=lambda: TODAY)
    qtbot.addWidget(dialog)
    dialog.how.setCurrentIndex(dialog.how.findData("post"))
    assert dialog.received.value() is None
    assert dialog.sending() == "Type the day the agency received it."
    dialog.received.edit.setText("14 Jan 2025")
    assert dialog.sending() == (
        "The agency cannot receive it (Tue 14 Jan 2025) before you sent it (Mon 20 Jan 2025)."
    )
    dialog.received.edit.setText("yesterday")
    dialog.sent.edit.setText("16-1-2025")
    result = dialog.sending()
    assert result == Sending(date(2025, 1, 16), "post", date(2025, 1, 19))


def test_date_fields_take_typing_show_the_weekday_and_say_what_is_wrong(qtbot: Any) -> None:
    field = DateField(today=lambda: TODAY)
    qtbot.addWidget(field)
    seen: list[object] = []
    field.date_changed.connect(seen.append)
    for typed, expected in (
        ("18 Dec 2025", date(2025, 12, 18)),
        ("18/12/2025", date(2025, 12, 18)),
        ("3-2-2025", date(2025, 2, 3)),
        ("2025-02-03", date(2025, 2, 3)),
        ("today", TODAY),
        ("Yesterday", date(2025, 1, 19)),
    ):
        field.edit.setText(typed)
        field.edit.editingFinished.emit()
        assert field.value() == expected, typed
        assert not field.problem
    assert field.edit.text() == "Sun 19 Jan 2025"
    assert seen == [date(2025, 12, 18), date(2025, 2, 3), TODAY, date(2025, 1, 19)]
    field.edit.setText("31/2/2025")
    field.edit.editingFinished.emit()
    assert field.problem == "“31/2/2025” is not a real date: February 2025 has no day 31"
    assert not field.error.isHidden() and field.edit.toolTip() == field.problem
    assert field.value() == date(2025, 1, 19)  # the last good date stays
    field.edit.setText("18 Dex 2025")
    field.edit.editingFinished.emit()
    assert "is not a date" in field.problem


def test_a_new_event_asks_for_its_date_suggesting_the_likely_one(
    main: MainWindow, qtbot: Any
) -> None:
    new_draft(main, qtbot, "Ministry of Foreign Affairs and Trade")
    mark_sent(main, date(2024, 9, 13))
    a = main.editor().assessment
    assert a is not None
    # a decision is most likely on the deadline; an extension by the last day to notify it
    assert suggested_date("decision_notified", a, today=TODAY, after=None) == date(2024, 10, 11)
    assert suggested_date("extension_notified", a, today=TODAY, after=None) == date(2024, 10, 11)
    assert suggested_date("acknowledged", a, today=TODAY, after=None) == TODAY
    dialog = EventDateDialog(
        main.window, "decision_notified", date(2024, 10, 11), today=lambda: TODAY
    )
    qtbot.addWidget(dialog)
    assert dialog.field.edit.text() == "Fri 11 Oct 2024"
    assert "Decision" in dialog.windowTitle()


def test_letter_buttons_follow_the_edit_that_enables_them(main: MainWindow, qtbot: Any) -> None:
    new_draft(main, qtbot, "Ministry of Foreign Affairs and Trade")
    mark_sent(main, date(2024, 9, 13))
    buttons = main.view().timeline.draft_buttons
    assert not buttons[Kind.REFINEMENT_REPLY].isEnabled()
    add(main, "clarification_sought", date(2024, 9, 24))
    assert buttons[Kind.REFINEMENT_REPLY].isEnabled()  # at once, not one edit later
    assert not buttons[Kind.GROUNDS].isEnabled()
    add(main, "decision_notified", date(2024, 10, 1))
    assert buttons[Kind.GROUNDS].isEnabled()


def pick(main: MainWindow, agency_id: str) -> None:
    from oiaassist.agencies import get  # noqa: PLC0415

    agency = get(agency_id)
    assert agency is not None
    main.view().compose.choose_agency(agency)


def test_a_councils_request_cites_lgoima_sections(main: MainWindow, qtbot: Any) -> None:
    new_draft(main, qtbot, "")
    pick(main, "christchurch-city-council")
    compose = main.view().compose
    assert "section 18(a)(ii)" in compose.grounds.text()
    assert "section 10(3)" in compose.urgent.text()
    compose.grounds.setChecked(True)
    compose.refresh_letter()
    assert compose.wait_for_render()
    letter = compose.preview.toPlainText()
    assert "Local Government Official Information and Meetings Act 1987" in letter
    assert "19(a)(ii)" not in letter
    mark_sent(main, date(2025, 1, 6))
    main.view().timeline.add_event("extension_notified", date(2025, 1, 10))
    grounds = main.view().timeline.event_editor.widgets["grounds"]
    texts = [c.text() for c in grounds.findChildren(QCheckBox)]
    assert texts[0] == "Large quantity of information (s 14(1)(a))"


def test_compose_says_where_to_send_it(main: MainWindow, qtbot: Any) -> None:
    new_draft(main, qtbot, "")
    compose = main.view().compose
    pick(main, "mbie")
    assert compose.send_to.label.text() == "Send it to oia@mbie.govt.nz."
    assert compose.send_to.label.isVisibleTo(main.window)
    assert compose.agency_email.isVisibleTo(main.window)
    compose.agency_email.clear()
    compose.agency_email.textEdited.emit("")
    pick(main, "moj")  # no email in the directory: its request page
    assert "justice.govt.nz/about/official-information-act-requests" in (
        compose.send_to.label.text()
    )
    assert not compose.send_to.warning
    pick(main, "dpmc")  # neither: a warning
    assert compose.send_to.warning
    assert "No address to send it to" in compose.send_to.label.text()


def test_ctrl_shift_n_adds_an_item_in_compose_and_an_event_in_timeline(
    main: MainWindow, qtbot: Any
) -> None:
    new_draft(main, qtbot)
    compose = main.view().compose
    timeline = main.view().timeline
    for shortcut in (compose.items.add_shortcut, timeline.add_shortcut):
        assert shortcut.key().toString() == "Ctrl+Shift+N"
        assert shortcut.context() is Qt.ShortcutContext.WidgetWithChildrenShortcut
    before = compose.items.list.count()
    if QApplication.platformName() == "offscreen":  # Xvfb without a window manager: no focus
        main.window.activateWindow()
        compose.subject.setFocus()
        qtbot.keyClick(
            compose.subject,
            Qt.Key.Key_N,
            Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
        )
    else:
        compose.items.add_shortcut.activated.emit()
    assert compose.items.list.count() == before + 1


def test_an_unsigned_letter_asks_first(main: MainWindow, qtbot: Any, answers: Dialogs) -> None:
    new_draft(main, qtbot)
    main.ctx.update_settings(replace(main.ctx.settings, name=""))
    answers.confirm = False
    QApplication.clipboard().setText("before")
    main.view().compose.copy()
    assert QApplication.clipboard().text() == "before"  # the user said No


def test_save_dialogs_start_in_documents_and_remember_the_folder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from oiaassist.app.dialogs import standard as dialogs  # noqa: PLC0415

    monkeypatch.setattr(dialogs, "_last_folder", None)
    starts: list[str] = []
    chosen = tmp_path / "letters" / "a.docx"
    chosen.parent.mkdir()

    def fake(_parent: object, _title: str, start: str, _filters: str) -> tuple[str, str]:
        starts.append(start)
        return str(chosen), ""

    monkeypatch.setattr(dialogs.QFileDialog, "getSaveFileName", fake)
    dialogs.ask_save_path(None, "Save", Path("/no/such/folder/b.docx"), "")
    assert Path(starts[0]).parent in (dialogs.documents_dir(), Path.home())
    dialogs.ask_save_path(None, "Save", dialogs.documents_dir() / "c.docx", "")
    assert starts[1] == str(chosen.parent / "c.docx")


def test_the_list_sorts_by_what_needs_me(main: MainWindow, qtbot: Any) -> None:
    from oiaassist.app.request_list.model import NEEDS_ME as LIST_ORDER  # noqa: PLC0415
    from oiaassist.tracking.next_step import NEEDS_ME  # noqa: PLC0415

    assert {s.value: n for s, n in NEEDS_ME.items()} == {k: v for k, v in LIST_ORDER.items() if k}
    main.commands().open_example()  # released
    draft = new_draft(main, qtbot, "Ministry of Justice")
    late = new_draft(main, qtbot, "Ministry for the Environment")
    mark_sent(main, date(2024, 11, 1))  # overdue by 20 January 2025
    main.list.proxy.set_show(Show.ALL)
    main.list.proxy.sort(Column.STATUS)
    ids = [main.list.proxy.index(i, 0).data(ID_ROLE) for i in range(main.list.proxy.rowCount())]
    assert ids[:2] == [late, draft]


def test_coming_up_reminders_notifications_and_ics(
    main: MainWindow, qtbot: Any, answers: Dialogs, tmp_path: Path
) -> None:
    seed = main.commands().open_example()
    late = new_draft(main, qtbot, "Ministry for the Environment")
    mark_sent(main, date(2024, 11, 1))
    soon = new_draft(main, qtbot, "Ministry of Justice")
    mark_sent(main, date(2024, 12, 2))  # due 21 Jan 2025 (the closed period skipped)
    main.commands().set_reminder(date(2025, 1, 20))
    dialog = main.commands().coming_up()
    qtbot.addWidget(dialog)
    seen = [
        (dialog.tree.topLevelItem(i).text(0), dialog.tree.topLevelItem(i).text(1))
        for i in range(dialog.tree.topLevelItemCount())
    ]
    assert ("Fri 29 Nov 2024", "Overdue") in seen
    assert ("Mon 20 Jan 2025", "Reminder") in seen
    assert ("Tue 21 Jan 2025", "Decision due") in seen
    assert all(item.key != str(seed) for item in dialog.items)  # released: nothing due
    dialog.tree.itemActivated.emit(dialog.tree.topLevelItem(0), 0)
    assert main.editor().request_id == late
    notifier = main.commands().start_notifier()
    told = notifier.check()
    assert {(u.key, u.kind.value) for u in told} == {
        (str(late), "overdue"),
        (str(soon), "reminder"),
    }
    assert notifier.check() == []  # said once
    answers.save_path = tmp_path / "oia.ics"
    main.commands().export_ics()
    ics = answers.save_path.read_text("utf-8")
    assert ics.count("BEGIN:VEVENT") == 4  # three deadlines and one reminder
    assert ics.count("BEGIN:VALARM") == 4
    assert "Reminder — Ministry of Justice" in ics


def test_one_request_to_several_agencies_each_on_its_own_act(main: MainWindow, qtbot: Any) -> None:
    from oiaassist.agencies import get  # noqa: PLC0415
    from oiaassist.app.dialogs.several_agencies import SeveralAgenciesDialog, agency_or_name  # noqa: PLC0415

    source = new_draft(main, qtbot, "")
    pick(main, "mbie")
    main.commands().edit_tags(["Housing story"])
    dialog = SeveralAgenciesDialog(main.window, "MBIE")
    qtbot.addWidget(dialog)
    council = get("christchurch-city-council")
    assert council is not None
    dialog.add(council)
    dialog.add(agency_or_name("Ministry of Justice"))
    dialog.add(agency_or_name("The Friendly Society"))  # not in the directory
    dialog.add(council)  # once only
    assert dialog.list.count() == 3
    made = main.commands().send_to_others(dialog.chosen)
    assert len(made) == 3
    stored = [main.ctx.store.get(i) for i in made]
    assert [s.data["act"] for s in stored] == ["lgoima", "oia", "oia"]
    assert stored[0].data["region"] == council.calendar_region
    assert all(s.data["events"] == [] for s in stored)  # each a draft
    assert all(s.row.tags == ("Housing story",) for s in stored)
    assert stored[2].compose["agency_email"] == ""
    assert main.ctx.store.get(source).data["agency"].startswith("Ministry of Business")


def test_tags_filter_the_list(main: MainWindow, qtbot: Any) -> None:
    first = new_draft(main, qtbot, "Ministry of Health")
    main.commands().edit_tags(["story", " Story ", "budget"])
    assert main.ctx.store.row(first).tags == ("story", "budget")
    new_draft(main, qtbot, "Ministry of Justice")
    main.list.proxy.set_show(Show.ALL)
    assert not main.list.tag_filter.isHidden()
    main.list.proxy.pinned = None
    main.list.show_tag("budget")
    main.list.proxy.pinned = None
    main.list.proxy.set_tag("budget")
    ids = [main.list.proxy.index(i, 0).data(ID_ROLE) for i in range(main.list.proxy.rowCount())]
    assert ids == [first]
    assert "#budget" in main.list.proxy.index(0, Column.SUBJECT).data()
    main.list.show_tag(None)
    assert main.list.proxy.rowCount() == 2


def test_help_has_a_guide_with_sources_and_the_shortcuts(main: MainWindow, qtbot: Any) -> None:
    from oiaassist.law.guide import guide  # noqa: PLC0415

    titles = [s.title for s in guide()]
    for topic in ("The 20 working days", "Extensions", "Transfers", "When the answer is late"):
        assert topic in titles
    assert all(s.sources for s in guide())
    assert all(url.startswith("https://") for s in guide() for _label, url in s.sources)
    help_menu = [a.objectName() for a in main.window.findChild(QMenu, "menuHelp").actions()]
    assert {"actionGuide", "actionKeyboardHelp"} <= set(help_menu)
    assert main.actions["actionGuide"].shortcut().toString() == "F1"
    main.actions["actionGuide"].trigger()
    page = main.commands().last_dialog
    assert isinstance(page, HelpDialog)
    qtbot.addWidget(page)
    text = page.browser.toPlainText()
    assert "20 working days after the day it receives your request" in text
    assert "ombudsman.parliament.nz" in page.browser.toHtml()
    assert page.browser.openExternalLinks()
    main.actions["actionKeyboardHelp"].trigger()
    keys = main.commands().keyboard_dialog
    qtbot.addWidget(keys)
    shown = keys.findChild(QTextBrowser).toPlainText()
    for words in ("Mark as sent", "Ctrl+Shift+T", "Coming up", "Ctrl+N"):
        assert words in shown


def test_the_calculator_and_item_dates_take_typing(main: MainWindow, qtbot: Any) -> None:
    calculator = main.calculator()
    calculator.date.edit.clear()
    qtbot.keyClicks(calculator.date.edit, "18 Dec 2025")
    calculator.date.commit()
    assert calculator.date.edit.text() == "Thu 18 Dec 2025"
    assert "9 February 2026" in calculator.due.text()
    new_draft(main, qtbot)
    items = main.view().compose.items
    items.add()
    items.from_check.setChecked(True)
    items.from_date.edit.setText("1/2/2024")
    items.from_date.commit()
    stored = main.editor().data["items"][-1]
    assert stored["date_from"] == "2024-02-01"  # day first: 1 February


def test_at_1366_nothing_scrolls_sideways_and_the_list_stays_readable(
    main: MainWindow, qtbot: Any
) -> None:
    from PySide6.QtWidgets import QScrollArea, QTabWidget  # noqa: PLC0415

    from oiaassist.app.main_window import LIST_MIN_WIDTH  # noqa: PLC0415

    main.window.resize(1366, 768)
    main.window.show()
    main.commands().open_example()
    qtbot.wait(10)
    scroll = main.window.findChild(QScrollArea, "composeScroll")
    assert scroll is not None
    widget = scroll.widget()
    assert widget is not None
    assert widget.minimumSizeHint().width() <= scroll.viewport().width()
    child(main.window, QTabWidget, "requestTabs").setCurrentIndex(1)
    for kind in ("transferred", "extension_notified", "decision_notified"):
        main.view().timeline.add_event(kind, date(2024, 12, 17))
        qtbot.wait(10)
        assert main.window.width() == 1366, kind
        assert main.list.table.width() >= LIST_MIN_WIDTH - 10, kind


def test_the_last_folder_is_remembered_across_runs(
    tmp_path: Path, qtbot: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    from oiaassist.app.dialogs import standard  # noqa: PLC0415
    from test_app_support import close_main, open_main  # noqa: PLC0415

    monkeypatch.setattr(standard, "_last_folder", None)
    letters = tmp_path / "letters"
    letters.mkdir()
    first = open_main(tmp_path / "profile", qtbot)
    standard.remember_folder(letters / "request.docx")
    first.save_state()
    close_main(first)
    monkeypatch.setattr(standard, "_last_folder", None)
    second = open_main(tmp_path / "profile", qtbot)
    try:
        assert standard.documents_dir() == letters
    finally:
        close_main(second)


def test_a_draft_offers_no_follow_up_letters(main: MainWindow, qtbot: Any) -> None:
    new_draft(main, qtbot)
    buttons = main.view().timeline.draft_buttons
    assert not any(b.isEnabled() for b in buttons.values())
    assert buttons[Kind.COMPLAINT].toolTip() == "Mark the request as sent first."
