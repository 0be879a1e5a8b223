"""The app's "From a letter…" opens an Outlook .msg: its file dialog offers one, and it is read."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QFileDialog

from msg_support import Attachment, Message, write_msg
from oiaassist.app.dialogs import standard as dialogs
from oiaassist.app.dialogs.standard import ask_open_path
from oiaassist.app.letters.import_dialog import LETTER_FILTER
from oiaassist.app.main_window import MainWindow
from test_app_letter_import import new_mfat_request, open_dialog
from test_app_support import answers_fixture, main_fixture  # noqa: F401
from test_letter_reader_cli import _docx

SEED = Path(__file__).parent / "fixtures" / "letters" / "mfat-2024-cluster-munitions-response.txt"


def test_the_file_dialog_offers_msg_and_the_seed_decision_is_read_from_one(
    main: MainWindow, qtbot: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    lines = SEED.read_text(encoding="utf-8").splitlines()
    docx = _docx(tmp_path / "response.docx", lines).read_bytes()
    message = Message(
        subject="OIA 29681 - response",
        body="Kia ora,\n\nPlease find attached the response to your request.",
        sender_name="MFAT OIA",
        sender_smtp="oia@mfat.govt.nz",
        sent=datetime(2024, 12, 16, 3, 0, tzinfo=UTC),
        attachments=[Attachment("OIA 29681 response.docx", docx)],
    )
    path = tmp_path / "response.msg"
    path.write_bytes(bytes(write_msg(message).data))
    asked: list[str] = []

    def choose(_parent: object, _title: str, _folder: str, filters: str) -> tuple[str, str]:
        asked.append(filters)
        return str(path), filters.split(";;", maxsplit=1)[0]

    monkeypatch.setattr(dialogs, "ask_open_path", ask_open_path)  # the real one, not answers'
    monkeypatch.setattr(dialogs, "_last_folder", None)  # restored after: it remembers tmp_path
    monkeypatch.setattr(QFileDialog, "getOpenFileName", choose)
    new_mfat_request(main, qtbot)
    dialog = open_dialog(main)
    assert dialog.open_file()
    assert asked == [LETTER_FILTER]
    assert "*.msg" in asked[0].split(";;")[0]  # offered among the letters, not only "All files"
    assert "response.msg" in dialog.source.text()
    assert dialog.error.isHidden()
    assert dialog.reading is not None
    assert dialog.reading.reference is not None
    assert dialog.reading.reference.value == "OIA 29681"
    assert dialog.reading.letter_date is not None
    assert dialog.reading.letter_date.value.isoformat() == "2024-12-16"
    dialog.dialog.close()


def test_a_damaged_msg_is_a_message_in_the_dialog(
    main: MainWindow, qtbot: Any, tmp_path: Path
) -> None:
    new_mfat_request(main, qtbot)
    dialog = open_dialog(main)
    damaged = tmp_path / "damaged.msg"
    damaged.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\xff" * 3000)
    assert not dialog.open_file(damaged)
    assert not dialog.error.isHidden()
    assert "not a readable Outlook .msg file" in dialog.error.text()
    dialog.dialog.close()


def test_an_attached_scan_that_is_not_read_is_said(
    main: MainWindow, qtbot: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from test_letter_ocr import GREY  # noqa: PLC0415 - needs pypdf

    monkeypatch.setenv("PATH", str(tmp_path / "nothing"))  # no tesseract
    message = Message(
        body="Kia ora,\n\nPlease find attached our letter.",
        sender_smtp="oia@mfat.govt.nz",
        sent=datetime(2024, 10, 10, 3, 0, tzinfo=UTC),
        attachments=[Attachment("extension.pdf", GREY)],
    )
    path = tmp_path / "extension.msg"
    path.write_bytes(bytes(write_msg(message).data))
    new_mfat_request(main, qtbot)
    dialog = open_dialog(main)
    assert dialog.open_file(path)  # the body is read ...
    assert dialog.source.text().startswith(  # ... and the scan that was not is named
        "Read from extension.msg. extension.msg: extension.pdf: is a scanned PDF"
    )
    dialog.dialog.close()
