"""Files: .ics deadlines, JSON export and import (with Cancel), and a bad file named."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import icalendar

from oiaassist.app import transfer
from oiaassist.app.main_window import MainWindow
from oiaassist.tracking.examples import seed_request
from oiaassist.tracking.io import dump_requests, request_from_data
from test_app_support import TODAY, Dialogs, answers_fixture, main_fixture  # noqa: F401


def test_export_ics_parses_with_a_reminder(
    main: MainWindow, answers: Dialogs, tmp_path: Path
) -> None:
    main.commands().open_example()
    answers.save_path = tmp_path / "deadlines.ics"
    main.actions["actionExportIcs"].trigger()
    calendar = icalendar.Calendar.from_ical(answers.save_path.read_bytes())
    events = list(calendar.walk("VEVENT"))
    assert events
    starts = {e.decoded("DTSTART") for e in events}
    assert date(2024, 12, 16) in starts
    assert any(e.walk("VALARM") for e in events)
    assert answers.errors == []


def test_export_then_import_round_trips(main: MainWindow, answers: Dialogs, tmp_path: Path) -> None:
    main.commands().open_example()
    answers.save_path = tmp_path / "all.json"
    main.actions["actionExportAll"].trigger()
    exported = json.loads(answers.save_path.read_text(encoding="utf-8"))
    assert exported
    answers.open_path = answers.save_path
    main.actions["actionImport"].trigger()
    assert main.list.model.rowCount() == 2
    assert answers.errors == []
    # The data, not just the count: both rows are the seed request, event for event, and the
    # list shows the same summary for each.
    store = main.ctx.store
    rows = store.rows()
    for row in rows:
        assert request_from_data(store.get(row.id).data, "request") == seed_request()
    summaries = {
        (r.summary.agency, r.summary.subject, r.summary.status, r.summary.due) for r in rows
    }
    assert len(summaries) == 1
    answers.save_path = tmp_path / "again.json"
    main.actions["actionExportAll"].trigger()
    again = json.loads(answers.save_path.read_text(encoding="utf-8"))
    assert again == exported + exported


def test_import_can_be_cancelled(main: MainWindow, tmp_path: Path) -> None:
    class CancelAfterFirstBatch:
        def __init__(self) -> None:
            self.values: list[int] = []

        def setValue(self, value: int) -> None:  # noqa: N802 - Qt's name
            self.values.append(value)

        def wasCanceled(self) -> bool:  # noqa: N802 - Qt's name
            return bool(self.values)

    many = [seed_request()] * (transfer.BATCH * 3)
    progress = CancelAfterFirstBatch()
    result = transfer.import_requests(main.ctx.store, many, progress, today=TODAY)
    assert result.cancelled
    assert len(result.added) == transfer.BATCH
    assert "cancelled" in result.message()


def test_a_file_that_is_not_requests_is_a_message(
    main: MainWindow, answers: Dialogs, tmp_path: Path
) -> None:
    bad = tmp_path / "bad.json"
    bad.write_text('[{"agency": "MFAT", "events": [{"type": "received", "date": "soon"}]}]')
    answers.open_path = bad
    assert main.commands().import_requests() is None
    assert len(answers.errors) == 1
    assert "bad.json" in answers.errors[0]
    assert "Traceback" not in answers.errors[0]
    assert main.list.model.rowCount() == 0


def test_the_exported_json_is_the_tracking_schema(
    main: MainWindow, answers: Dialogs, tmp_path: Path
) -> None:
    main.commands().open_example()
    answers.save_path = tmp_path / "one.json"
    main.actions["actionExportSelected"].trigger()
    assert json.loads(answers.save_path.read_text()) == json.loads(dump_requests([seed_request()]))
