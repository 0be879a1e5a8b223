"""The "Add events from the agency's letter" dialog: paste or open a letter, check it, add events.

The letter is read again a moment after each change to its text (reading
takes milliseconds); what it states, how its dates check against the Act,
and the events it proposes show beside it. Events the request already has
are offered unticked. Nothing here raises to the user: a letter that cannot
be read is a message in the dialog.
"""

from __future__ import annotations

import html
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDateEdit,
    QDialog,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QWidget,
)

from oiaassist.app.background import Background
from oiaassist.app.dialogs import standard as dialogs
from oiaassist.app.letters.found import check_line, found_rows, kind_label
from oiaassist.app.letters.proposals import Proposal, merged, propose
from oiaassist.app.request_view.editor import RequestEditor
from oiaassist.app.request_view.timeline.event_fields import describe
from oiaassist.app.request_view.timeline.event_words import event_label
from oiaassist.app.widgets import icons, live, theme
from oiaassist.app.widgets.date_field import replace_date_edit
from oiaassist.app.widgets.day_words import short_day
from oiaassist.app.widgets.forms import child, load_form
from oiaassist.app.widgets.qdates import parse_iso
from oiaassist.app.widgets.splits import share
from oiaassist.errors import OiaAssistError
from oiaassist.i18n import _, medium_date
from oiaassist.reading.checks import DateCheck, check_reading
from oiaassist.reading.formats.files import ScannedLetterError, bounded_text, letter_text_from_file
from oiaassist.reading.formats.ocr import TIME_LIMIT, tesseract_path
from oiaassist.reading.reader import LetterReading, read_letter

BACKGROUND_CHARS = 100_000
"""Letters longer than this (about 40 pages; a long letter reads in 0.2 s) are read off-thread."""
READ_LIMIT_MS = 20_000
"""Stop waiting for a letter after this long (the largest accepted letter takes a few seconds)."""
DEBOUNCE_MS = 300
"""Read the letter this long after the last keystroke or paste."""
OCR_LIMIT_MS = int(TIME_LIMIT * 1000) + 10_000
"""Stop waiting for OCR a little after its own limit (tesseract is stopped at that)."""
LETTER_FILTER = "Letters (*.txt *.docx *.html *.htm *.pdf *.eml *.msg);;All files (*)"

SetEvents = Callable[[list[dict[str, Any]]], object]
"""Replaces the request's events (the Timeline tab's path, so its table follows)."""


def _read(
    text: str, request: Any, dated: date | None = None
) -> tuple[LetterReading, list[DateCheck]]:
    """Read and check a letter (on a worker thread for a long one: it touches no widget).

    ``dated`` is the letter's date as the user gave it, for a text that states none.
    """
    reading = read_letter(bounded_text(text, _("The letter")), dated=dated)
    return reading, check_reading(reading, request=request)


class LetterImport(QObject):
    """One letter in the dialog, read against the request being edited."""

    added = Signal(int)
    """How many events were added (after "Add selected events")."""

    def __init__(self, parent: QWidget, editor: RequestEditor, set_events: SetEvents) -> None:
        super().__init__(parent)
        self.editor = editor
        self._set_events = set_events
        form = load_form("letter_import", parent)
        assert isinstance(form, QDialog)
        self.dialog = form
        self.text = child(form, QPlainTextEdit, "letterTextEdit")
        self.source = child(form, QLabel, "letterSourceLabel")
        self.error = child(form, QLabel, "letterErrorLabel")
        self.found = child(form, QLabel, "foundLabel")
        self.checks = child(form, QListWidget, "letterChecksList")
        self.proposals_list = child(form, QListWidget, "proposalsList")
        self.reference = child(form, QCheckBox, "referenceCheck")
        # Asked only of a letter whose text states no date (an extract from below the
        # letterhead): its decision, extension or transfer needs the day (dev fyi-16987).
        self.dated_row = child(form, QWidget, "letterDatedRow")
        self.dated = replace_date_edit(
            child(form, QDateEdit, "letterDatedEdit"), today=lambda: editor.today, optional=True
        )
        self.dated.set_date(None)
        self.dated_row.hide()
        self.add_button = child(form, QPushButton, "addLetterEventsButton")
        self.add_button.setIcon(icons.icon("add"))
        open_button = child(form, QPushButton, "openLetterButton")
        open_button.setIcon(icons.icon("import"))
        open_button.clicked.connect(lambda _c=False: self.open_file())
        child(form, QPushButton, "cancelLetterButton").clicked.connect(form.reject)
        self.add_button.clicked.connect(self.add)
        share(child(form, QSplitter, "letterImportSplitter"), 45, 55)
        self.reading: LetterReading | None = None
        self.proposals: list[Proposal] = []
        self.folder = dialogs.documents_dir()
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(DEBOUNCE_MS)
        self.timer.timeout.connect(self.read_now)
        self.text.textChanged.connect(self.timer.start)
        self.background = Background(self)
        form.finished.connect(lambda _result: self.background.cancel())
        self.proposals_list.itemChanged.connect(self._changed)
        self.reference.toggled.connect(lambda _on: self._enable_add())
        self.dated.date_changed.connect(lambda _day: self.read_now())
        self.read_now()

    # -- reading ----------------------------------------------------------------------

    def open_file(self, path: Path | None = None) -> bool:
        """Read the letter from a file (asked for if not given); False if it cannot be read."""
        path = path or dialogs.ask_open_path(
            self.dialog, _("Open the agency's letter"), self.folder, LETTER_FILTER
        )
        if path is None:
            return False
        self.folder = path.parent
        notes: list[str] = []  # an email's attached letter that could not be read
        try:
            text = letter_text_from_file(path, notes=notes)
        except ScannedLetterError as exc:
            if tesseract_path() is None or not dialogs.confirm(
                self.dialog,
                _("A scanned letter"),
                _(
                    "{name} is a scanned PDF: pictures of its pages, with no text. Read it "
                    "with OCR (the tesseract program)? It can take up to two minutes, and OCR "
                    "can misread a digit: check each date it finds against the letter."
                ).format(name=path.name),
            ):
                self.source.setText("")
                self._show(None, error=str(exc))
                return False
            self._read_by_ocr(path)
            return True
        except OiaAssistError as exc:
            self.source.setText("")
            self._show(None, error=str(exc))
            return False
        self.source.setText(_read_from(path, notes))
        self.text.setPlainText(text)
        self.read_now()
        return True

    def _read_by_ocr(self, path: Path) -> None:
        """Read a scanned PDF with tesseract on a worker thread (it takes seconds a page)."""
        self.timer.stop()
        self.background.cancel()
        self.source.setText(_("Reading {name} with OCR…").format(name=path.name))
        self._show(None, error=_("Reading the scanned letter with OCR (up to two minutes)…"))

        notes: list[str] = []  # filled on the worker; read here once it is done

        def done(text: str) -> None:
            self.source.setText(_read_from(path, notes))
            self.text.setPlainText(text)
            self.read_now()

        def failed(exc: BaseException) -> None:
            self.source.setText("")
            if isinstance(exc, TimeoutError):
                self._show(None, error=_("OCR took too long and was stopped."))
            else:
                self._show(None, error=str(exc))

        self.background.run(
            lambda: letter_text_from_file(path, ocr=True, notes=notes),
            done,
            failed,
            limit_ms=OCR_LIMIT_MS,
        )

    def read_now(self) -> None:
        """Read the text now (otherwise it is read a moment after the last change)."""
        self.timer.stop()
        self.background.cancel()
        text = self.text.toPlainText()
        if not text.strip():
            self._show(None, error="" if self.reading is None else _("There is no text to read."))
            return
        request = self.editor.request
        dated = self.dated.value()
        if len(text) > BACKGROUND_CHARS:  # seconds, not milliseconds: keep the window live
            self._show(None, error=_("Reading the letter…"))
            self.background.run(
                lambda: _read(text, request, dated),
                lambda result: self._display(*result),
                self._failed,
                limit_ms=READ_LIMIT_MS,
            )
            return
        try:
            reading, checks = _read(text, request, dated)
        except OiaAssistError as exc:
            self._show(None, error=str(exc))
            return
        self._display(reading, checks)

    def _failed(self, exc: BaseException) -> None:
        if isinstance(exc, TimeoutError):
            seconds = READ_LIMIT_MS // 1000
            self._show(
                None,
                error=_(
                    "Reading the letter took longer than {seconds} seconds and was stopped: "
                    "paste only the letter itself."
                ).format(seconds=seconds),
            )
        else:
            self._show(None, error=str(exc))

    def _display(self, reading: LetterReading, checks: list[DateCheck]) -> None:
        self._show(reading)
        self.checks.clear()
        if not checks:
            self.checks.addItem(_("The letter states no dates to check."))
        for check in checks:
            line = check_line(check)
            item = QListWidgetItem(f"{line.mark} {line.verdict}: {line.text}")
            item.setIcon(icons.dot(theme.severity_colour(line.severity)))
            item.setData(Qt.ItemDataRole.AccessibleTextRole, f"{line.verdict}: {line.text}")
            self.checks.addItem(item)

    def _show(self, reading: LetterReading | None, *, error: str = "") -> None:
        self.reading = reading
        if reading is not None:  # kept as it was while a long letter is read
            undated = reading.letter_date is None or reading.letter_date_given
            self.dated_row.setVisible(undated)
        elif not self.text.toPlainText().strip():
            self.dated_row.hide()
        self.error.setVisible(bool(error))
        live.show(self.error, error, announce=True)
        self.checks.clear()
        live.show(
            self.found,
            found_html(reading)
            if reading is not None
            else _("Nothing read yet: paste the letter, or open the file."),
        )
        self.proposals = propose(reading, self._events()) if reading is not None else []
        self._fill_proposals()
        reference = reading.reference.value if reading and reading.reference else ""
        offer = bool(reference) and not self.editor.data.get("reference")
        self.reference.setVisible(offer)
        self.reference.setChecked(offer)
        self.reference.setText(
            _("Also fill in the request's reference: {reference}").format(reference=reference)
        )
        self._enable_add()

    def _events(self) -> list[dict[str, Any]]:
        return list(self.editor.data.get("events") or [])

    def _fill_proposals(self) -> None:
        self.proposals_list.clear()
        if self.reading is not None and not self.proposals:
            self.proposals_list.addItem(_("The letter states no events oiaassist can add."))
        for index, proposal in enumerate(self.proposals):
            item = QListWidgetItem(proposal_text(proposal))
            item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable)
            ticked = Qt.CheckState.Checked if proposal.ticked else Qt.CheckState.Unchecked
            item.setCheckState(ticked)
            item.setData(Qt.ItemDataRole.UserRole, index)
            item.setToolTip(item.text())
            if proposal.recorded:
                item.setForeground(self.proposals_list.palette().placeholderText())
            self.proposals_list.addItem(item)

    def ticked(self) -> list[Proposal]:
        """The proposals ticked now."""
        chosen: list[Proposal] = []
        for row in range(self.proposals_list.count()):
            item = self.proposals_list.item(row)
            index = item.data(Qt.ItemDataRole.UserRole)
            if isinstance(index, int) and item.checkState() == Qt.CheckState.Checked:
                chosen.append(self.proposals[index])
        return chosen

    def _changed(self, item: QListWidgetItem) -> None:
        """Ticking one of a choice's alternatives unticks the others (one outcome per decision)."""
        index = item.data(Qt.ItemDataRole.UserRole)
        choice = self.proposals[index].choice if isinstance(index, int) else ""
        if choice and item.checkState() == Qt.CheckState.Checked:
            blocked = self.proposals_list.blockSignals(True)
            for row in range(self.proposals_list.count()):
                other = self.proposals_list.item(row)
                at = other.data(Qt.ItemDataRole.UserRole)
                same = isinstance(at, int) and self.proposals[at].choice == choice
                if same and other is not item:
                    other.setCheckState(Qt.CheckState.Unchecked)
            self.proposals_list.blockSignals(blocked)
        self._enable_add()

    def _enable_add(self) -> None:
        reference = not self.reference.isHidden() and self.reference.isChecked()
        wanted = bool(self.ticked()) or reference
        self.add_button.setEnabled(self.editor.request_id is not None and wanted)

    # -- adding -----------------------------------------------------------------------

    def add(self) -> int:
        """Add the ticked events (and the reference, if ticked); close; how many were added."""
        chosen = self.ticked()
        if not self.reference.isHidden() and self.reference.isChecked() and self.reading:
            assert self.reading.reference is not None
            self.editor.set_value("reference", self.reading.reference.value)
        if chosen:
            self._set_events(merged(self._events(), chosen))
        self.added.emit(len(chosen))
        self.dialog.accept()
        return len(chosen)

    def show(self) -> None:
        """Show the dialog (modal to the window, without blocking)."""
        self.dialog.setModal(True)
        self.dialog.show()
        self.text.setFocus()


def _read_from(path: Path, notes: list[str]) -> str:
    """Where the letter came from, and what to know about it (read by OCR, a part not read)."""
    said = [_("Read from {name}.").format(name=path.name)]
    said += [note.replace(str(path), path.name, 1) for note in notes]
    return " ".join(said)


def found_html(reading: LetterReading) -> str:
    """What the letter states, as a two-column table for a rich-text label."""
    rows = found_rows(reading)
    title = f"<p><b>{html.escape(kind_label(reading))}</b></p>"
    if not rows:
        return title + html.escape(_("It states no dates, reference or sections oiaassist knows."))
    cells = "".join(
        f"<tr><td style='padding-right: 12px'>{html.escape(label)}</td>"
        f"<td>{html.escape(value)}</td></tr>"
        for label, value in rows
    )
    return f"{title}<table cellspacing='0' cellpadding='1'>{cells}</table>"


def proposal_text(proposal: Proposal) -> str:
    """E.g. "Thu 10 Oct 2024 — Extension notified — 45 working days"."""
    event = proposal.event
    day = parse_iso(event.get("date"))
    kind = str(event.get("type"))
    parts = [short_day(day) if day else "?", event_label(kind)]
    details = describe(event)
    if details:
        parts.append(details)
    text = " — ".join(parts)
    if proposal.recorded:
        return _("{event} (already recorded)").format(event=text)
    if proposal.choice:
        return _("{event} (the letter does not say which: tick the one that fits)").format(
            event=text
        )
    if proposal.no_period:
        # recorded with its period unknown: nothing after the first deadline is called late
        # until the period is added from the notice
        return _(
            "{event} (no period read in the letter: add it from the extension notice to know "
            "the new deadline)"
        ).format(event=text)
    withheld = event.get("outcome") in ("refused", "partly_granted")
    if kind == "decision_notified" and withheld and not event.get("sections"):
        # recorded with no section, a refusal reads as one given without reasons (s 19)
        return _("{event} (no section read: add those the letter cites, in the timeline)").format(
            event=text
        )
    if proposal.replaces is not None:
        recorded = parse_iso(proposal.replaces.get("date"))
        was = medium_date(recorded) if recorded else "?"
        return _("{event} (replaces the date received you recorded, {was})").format(
            event=text, was=was
        )
    return text
