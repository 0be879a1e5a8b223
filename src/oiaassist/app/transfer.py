"""Import and export: requests as JSON (the tracking schema), deadlines as .ics.

Importing many requests shows progress and can be cancelled: requests go in
batches, each batch one transaction, so a cancel keeps whole batches and
says how many came in.
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Protocol

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QProgressDialog, QWidget

from oiaassist.errors import OiaAssistError
from oiaassist.export import deadlines_ics
from oiaassist.files import write_atomic
from oiaassist.i18n import _, ngettext
from oiaassist.storage import Store
from oiaassist.storage.summaries import summary_for
from oiaassist.tracking import Request
from oiaassist.tracking.io import dump_requests, load_requests_json, request_from_data

BATCH = 50


class Progress(Protocol):
    """What an import reports to (a QProgressDialog, or a test's fake)."""

    def setValue(self, value: int) -> None:  # noqa: N802, D102 - Qt's name
        ...

    def wasCanceled(self) -> bool:  # noqa: N802, D102 - Qt's name
        ...


@dataclass(frozen=True, slots=True)
class ImportResult:
    """How an import went."""

    added: list[int]
    total: int
    cancelled: bool

    def message(self) -> str:
        """In words, for the status bar."""
        done = ngettext(
            "Imported {added} of {n} request", "Imported {added} of {n} requests", self.total
        ).format(added=len(self.added), n=self.total)
        return _("{done} (cancelled).").format(done=done) if self.cancelled else f"{done}."


def import_requests(
    store: Store, requests: Sequence[Request], progress: Progress, *, today: date
) -> ImportResult:
    """Add ``requests`` to ``store`` in batches, stopping if ``progress`` is cancelled."""
    added: list[int] = []
    for start in range(0, len(requests), BATCH):
        if progress.wasCanceled():
            return ImportResult(added, len(requests), cancelled=True)
        with store.transaction():
            for request in requests[start : start + BATCH]:
                data = json.loads(request.model_dump_json())
                added.append(store.create(data, summary=summary_for(request, today=today)))
        progress.setValue(len(added))
        QApplication.processEvents()
    return ImportResult(added, len(requests), cancelled=False)


def progress_dialog(parent: QWidget, total: int) -> QProgressDialog:
    """A modal progress dialog with Cancel, shown if the work takes more than a moment."""
    dialog = QProgressDialog(_("Importing requests…"), _("Cancel"), 0, total, parent)
    dialog.setWindowTitle(_("Import"))
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setMinimumDuration(300)
    return dialog


def read_requests(path: Path) -> list[Request]:
    """The requests in a JSON file (one or a list). Raises RequestFileError naming the place."""
    return load_requests_json(path)


def stored_requests(
    store: Store, ids: Sequence[int] | None = None, *, include_archived: bool = True
) -> tuple[list[tuple[str, Request]], int]:
    """(uid, request) pairs of complete requests, and how many drafts were left out."""
    rows = store.rows(include_archived=include_archived)
    wanted = [r for r in rows if ids is None or r.id in ids]
    found: list[tuple[str, Request]] = []
    skipped = 0
    for row in wanted:
        try:
            found.append((row.uid, request_from_data(store.get(row.id).data, "request")))
        except OiaAssistError:
            skipped += 1
    return found, skipped


def write_json(path: Path, requests: Sequence[Request]) -> None:
    """Requests as the tracking JSON (what ``oiaassist check`` reads)."""
    write_atomic(path, dump_requests(requests) + "\n")


def write_ics(
    path: Path,
    pairs: Sequence[tuple[str, Request]],
    *,
    today: date,
    reminders: Mapping[str, date] | None = None,
) -> None:
    """The deadlines as an iCalendar file with alarms, and the user's own reminders."""
    write_atomic(path, deadlines_ics(pairs, today=today, reminders=reminders))


def reminders_of(store: Store) -> dict[str, date]:
    """Each request's "remind me on" day, by uid (requests without one left out)."""
    found: dict[str, date] = {}
    for row in store.rows(include_archived=False):
        value = store.get(row.id).compose.get("remind_on")
        try:
            if isinstance(value, str) and value:
                found[row.uid] = date.fromisoformat(value)
        except ValueError:
            continue
    return found
