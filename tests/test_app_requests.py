"""The "My requests" list: a fresh profile, new, duplicate, archive, delete and undo, search."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QLineEdit, QStackedWidget

from oiaassist.app.main_window import MainWindow
from oiaassist.app.request_list.filter import Show
from oiaassist.app.request_list.model import Column
from oiaassist.app.widgets.forms import child
from test_app_support import TODAY, Dialogs, answers_fixture, close_main, main_fixture, open_main  # noqa: F401


def test_fresh_profile_starts_with_an_empty_list(main: MainWindow) -> None:
    assert main.list.model.rowCount() == 0
    assert child(main.window, QStackedWidget, "requestStack").currentIndex() == 0
    assert "No requests yet" in child(main.window, QLabel, "listCountLabel").text()
    assert main.ctx.store.path.parent == main.ctx.profile.data_dir
    assert not main.actions["actionDelete"].isEnabled()


def test_new_request_is_saved_as_you_type(main: MainWindow, qtbot: Any) -> None:
    main.actions["actionNew"].trigger()
    assert main.list.model.rowCount() == 1
    assert child(main.window, QStackedWidget, "requestStack").currentIndex() == 1
    agency = child(main.window, QLineEdit, "agencyEdit")
    qtbot.keyClicks(agency, "Ministry of Health")
    subject = child(main.window, QLineEdit, "subjectEdit")
    qtbot.keyClicks(subject, "Vaccine contracts")
    request_id = main.editor().request_id
    assert request_id is not None
    stored = main.ctx.store.get(request_id)
    assert stored.data["agency"] == "Ministry of Health"
    assert stored.data["events"] == []  # a draft: not sent, so not received on any day
    row = main.list.proxy.index(0, Column.AGENCY)
    assert row.data() == "Ministry of Health"
    assert main.list.proxy.index(0, Column.SUBJECT).data() == "Vaccine contracts"
    assert main.actions["actionDelete"].isEnabled()


def test_status_shows_words_as_well_as_colour(main: MainWindow) -> None:
    main.commands().open_example()
    index = main.list.proxy.index(0, Column.STATUS)
    assert index.data() == "Released"
    assert index.data(Qt.ItemDataRole.DecorationRole) is not None


def test_duplicate_archive_delete_and_undo(main: MainWindow, answers: Dialogs) -> None:
    first = main.commands().open_example()
    copy_id = main.commands().duplicate()
    assert copy_id is not None and copy_id != first
    assert main.ctx.store.get(copy_id).data["subject"].endswith("(copy)")
    assert main.list.model.rowCount() == 2

    main.list.select(copy_id)
    main.actions["actionArchive"].trigger()
    assert main.ctx.store.row(copy_id).archived
    main.list.filter.setCurrentIndex(Show.ARCHIVED)
    assert main.list.proxy.rowCount() == 1
    main.list.filter.setCurrentIndex(Show.ALL)

    main.list.select(first)
    main.actions["actionDelete"].trigger()
    assert main.list.model.rowCount() == 1
    main.actions["actionUndoDelete"].trigger()
    assert main.list.model.rowCount() == 2
    assert main.ctx.store.row(first).summary.subject


def test_search_and_filters(main: MainWindow) -> None:
    main.commands().open_example()
    main.commands().new()
    assert main.list.proxy.rowCount() == 2
    main.list.search.setText("cluster")
    assert main.list.proxy.rowCount() == 1
    main.list.search.setText("")
    main.list.filter.setCurrentIndex(Show.CLOSED)
    assert main.list.proxy.rowCount() == 1
    main.list.filter.setCurrentIndex(Show.OVERDUE)
    assert main.list.proxy.rowCount() == 0


def test_requests_survive_a_restart(tmp_path: Path, qtbot: Any, answers: Dialogs) -> None:
    first = open_main(tmp_path / "p", qtbot)
    first.commands().open_example()
    close_main(first)
    again = open_main(tmp_path / "p", qtbot)
    try:
        assert again.list.model.rowCount() == 1
    finally:
        close_main(again)
