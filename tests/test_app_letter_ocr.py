"""The app's "From a letter…": a scanned PDF is read with OCR when the user says yes.

A stand-in ``tesseract`` (see test_letter_ocr) "reads" a real council extension
letter, so this runs where tesseract is not installed.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from oiaassist.app.main_window import MainWindow
from test_app_letter_import import new_mfat_request, open_dialog
from test_app_support import Dialogs, answers_fixture, main_fixture  # noqa: F401
from test_letter_ocr import GREY, _fake_tesseract
from test_letter_reader_cli import EXTENSION_LINES

pytest.importorskip("pypdf")


def test_a_scan_is_read_by_ocr_on_a_worker_when_asked(
    main: MainWindow,
    qtbot: Any,
    answers: Dialogs,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    letter = tmp_path / "letter.txt"
    letter.write_text("\n".join(EXTENSION_LINES), encoding="utf-8")
    _fake_tesseract(tmp_path / "bin", f"sleep 0.3\ncat {letter}\n", monkeypatch)
    scan = tmp_path / "scan.pdf"
    scan.write_bytes(GREY)
    new_mfat_request(main, qtbot)
    dialog = open_dialog(main)
    answers.confirm = False  # "no": the scan is said, nothing is read
    assert not dialog.open_file(scan)
    assert "scanned PDF" in dialog.error.text()
    assert dialog.reading is None
    answers.confirm = True
    assert dialog.open_file(scan)
    assert "with OCR" in dialog.source.text()  # the window stays live while tesseract works
    qtbot.waitUntil(lambda: dialog.reading is not None, timeout=20_000)
    assert dialog.reading is not None
    assert dialog.reading.extension is not None
    assert dialog.reading.extension.extended_to is not None
    assert dialog.reading.extension.extended_to.value.isoformat() == "2024-10-24"
    assert dialog.source.text() == (
        "Read from scan.pdf. scan.pdf: read by OCR; check each date against the scanned letter"
    )
    assert dialog.error.isHidden()
    dialog.dialog.close()


def test_without_tesseract_a_scan_is_only_said(
    main: MainWindow, qtbot: Any, answers: Dialogs, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("PATH", str(tmp_path / "nothing"))
    scan = tmp_path / "scan.pdf"
    scan.write_bytes(GREY)
    new_mfat_request(main, qtbot)
    dialog = open_dialog(main)
    answers.confirm = True  # never asked: there is nothing to read it with
    assert not dialog.open_file(scan)
    assert "scanned PDF" in dialog.error.text()
    assert "--ocr" not in dialog.error.text()
    dialog.dialog.close()
