"""A scanned PDF letter: said plainly, and read with OCR only when asked (``read-letter --ocr``).

Most tests put a stand-in ``tesseract`` (a shell script) first on the PATH, so
the wiring is tested where tesseract is not installed: the picture handed to
it, its output read as the letter, its failure and the time limit. One test
runs the real tesseract on a page rendered by Qt, where both are installed.
"""

from __future__ import annotations

import json
import os
import shutil
import time
import zlib
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from oiaassist.errors import LetterError
from oiaassist.reading import read_letter
from oiaassist.reading.formats.files import ScannedLetterError, letter_text_from_file
from oiaassist.reading.formats.ocr import ocr_pdf_text
from pdf_support import pdf_from_objects
from test_letter_reader_cli import EXTENSION_LINES, _pdf, run

pytest.importorskip("pypdf")


def _scan(image: bytes, width: int, height: int, *, space: str, bits: int, filt: str) -> bytes:
    """A one-page PDF whose page is one picture (as a scanner makes it): no text at all."""
    content = b"q %d 0 0 %d 0 0 cm /Im0 Do Q" % (width, height)
    image_dict = b"<< /Type /XObject /Subtype /Image /Width %d /Height %d " % (width, height)
    image_dict += b"/ColorSpace %s /BitsPerComponent %d " % (space.encode(), bits)
    image_dict += (b"/Filter %s " % filt.encode() if filt else b"") + b"/Length %d >>" % len(image)
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 %d %d] " % (width, height)
        + b"/Resources << /XObject << /Im0 5 0 R >> >> /Contents 4 0 R >>",
        b"<< /Length %d >>\nstream\n" % len(content) + content + b"\nendstream",
        image_dict + b"\nstream\n" + image + b"\nendstream",
    ]
    return pdf_from_objects(objects)


GREY = _scan(zlib.compress(bytes(range(256)) * 64), 128, 128, space="/DeviceGray", bits=8,
             filt="/FlateDecode")  # fmt: skip


def _fake_tesseract(folder: Path, script: str, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A stand-in ``tesseract`` first on the PATH: ``script`` gets the picture as ``$1``."""
    folder.mkdir()
    program = folder / "tesseract"
    program.write_text("#!/bin/sh\n" + script, encoding="utf-8")
    program.chmod(0o755)
    monkeypatch.setenv("PATH", f"{folder}{os.pathsep}{os.environ.get('PATH', '')}")
    return program


def test_a_scan_says_so_and_offers_ocr_only_where_tesseract_is(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "scan.pdf"
    path.write_bytes(GREY)
    monkeypatch.setenv("PATH", str(tmp_path / "nothing"))
    with pytest.raises(ScannedLetterError, match="scanned PDF") as caught:
        letter_text_from_file(path)
    assert "--ocr" not in str(caught.value)
    with pytest.raises(LetterError, match="needs the tesseract program"):
        letter_text_from_file(path, ocr=True)
    _fake_tesseract(tmp_path / "bin", "exit 0\n", monkeypatch)
    with pytest.raises(ScannedLetterError, match=r"Read it with OCR \(read-letter --ocr\)"):
        letter_text_from_file(path)


def test_cli_ocr_reads_the_picture_tesseract_reads(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    letter = tmp_path / "letter.txt"
    letter.write_text("\n".join(EXTENSION_LINES), encoding="utf-8")
    got = tmp_path / "got"
    # The picture must be the PDF's grey pixels as a PGM file; then "read" the letter.
    _fake_tesseract(tmp_path / "bin", f'head -c 2 "$1" > {got}\ncat {letter}\n', monkeypatch)
    path = tmp_path / "scan.pdf"
    path.write_bytes(GREY)
    status, _out, err = run(capsys, "read-letter", str(path))
    assert status == 2
    assert "read-letter --ocr" in err
    status, out, err = run(capsys, "read-letter", str(path), "--ocr")
    assert (status, err) == (0, "")
    assert got.read_bytes() == b"P5"
    assert f"Note: {path}: read by OCR; check each date against the scanned letter" in out
    assert "24 October 2024" in out
    status, out, _err = run(capsys, "read-letter", str(path), "--ocr", "--json")
    assert status == 0
    assert json.loads(out)["notes"] == [
        f"{path}: read by OCR; check each date against the scanned letter"
    ]


def test_a_letter_with_text_is_not_sent_to_ocr(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    _fake_tesseract(tmp_path / "bin", "exit 1\n", monkeypatch)
    path = tmp_path / "letter.pdf"
    path.write_bytes(_pdf(EXTENSION_LINES))
    status, out, err = run(capsys, "read-letter", str(path), "--ocr")
    assert (status, err) == (0, "")
    assert "Note:" not in out


def test_tesseract_failing_or_too_slow_is_one_error(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    program = _fake_tesseract(
        tmp_path / "bin", "echo 'Error: no language' >&2\nexit 1\n", monkeypatch
    )
    with pytest.raises(LetterError, match=r"tesseract failed \(Error: no language\)"):
        ocr_pdf_text(GREY, "scan.pdf")
    program.write_text("#!/bin/sh\nexec sleep 30\n", encoding="utf-8")
    started = time.perf_counter()
    with pytest.raises(LetterError, match="OCR took longer than 1 seconds; stopped"):
        ocr_pdf_text(GREY, "scan.pdf", time_limit=1.0)
    assert time.perf_counter() - started < 5


def test_pictures_tesseract_cannot_take_are_said(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _fake_tesseract(tmp_path / "bin", "echo never\n", monkeypatch)
    jbig2 = _scan(b"\0" * 64, 64, 64, space="/DeviceGray", bits=1, filt="/JBIG2Decode")
    with pytest.raises(LetterError, match="stored in a way oiaassist cannot pass to tesseract"):
        ocr_pdf_text(jbig2, "scan.pdf")
    huge = _scan(b"\0" * 64, 100_000, 100_000, space="/DeviceGray", bits=8, filt="")
    with pytest.raises(LetterError, match="cannot pass to tesseract"):
        ocr_pdf_text(huge, "scan.pdf")


def test_black_and_white_and_jpeg_pictures_are_passed_on(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    got = tmp_path / "got"
    _fake_tesseract(tmp_path / "bin", f'head -c 3 "$1" > {got}\necho "13 May 2020"\n', monkeypatch)
    bw = _scan(b"\x0f" * (2 * 16), 16, 16, space="/DeviceGray", bits=1, filt="")
    assert "13 May 2020" in ocr_pdf_text(bw, "scan.pdf")
    assert got.read_bytes() == b"P4 "
    jpeg = _scan(
        b"\xff\xd8\xff\xe0 not really", 8, 8, space="/DeviceRGB", bits=8, filt="/DCTDecode"
    )
    assert "13 May 2020" in ocr_pdf_text(jpeg, "scan.pdf")
    assert got.read_bytes() == b"\xff\xd8\xff"


@pytest.mark.skipif(shutil.which("tesseract") is None, reason="tesseract is not installed")
def test_the_real_tesseract_reads_a_rendered_extension_letter(tmp_path: Path, qapp: Any) -> None:
    from PySide6.QtCore import QBuffer, QIODevice, Qt  # noqa: PLC0415
    from PySide6.QtGui import QFont, QImage, QPainter  # noqa: PLC0415

    width, height = 1700, 1100  # an A4 page's width at 200 dpi; the letter's top half
    image = QImage(width, height, QImage.Format.Format_Grayscale8)
    image.fill(Qt.GlobalColor.white)
    painter = QPainter(image)
    font = QFont("DejaVu Sans")
    font.setPixelSize(30)
    painter.setFont(font)
    for number, line in enumerate(EXTENSION_LINES):
        painter.drawText(120, 120 + 48 * number, line)
    painter.end()
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    assert image.save(buffer, "JPG", 90)
    pdf = _scan(bytes(buffer.data().data()), width, height, space="/DeviceGray", bits=8,
                filt="/DCTDecode")  # fmt: skip
    path = tmp_path / "scan.pdf"
    path.write_bytes(pdf)
    started = time.perf_counter()
    reading = read_letter(letter_text_from_file(path, ocr=True))
    assert time.perf_counter() - started < 60
    assert reading.extension is not None
    assert reading.extension.extended_to is not None
    assert reading.extension.extended_to.value == date(2024, 10, 24)


def test_an_emailed_scan_is_noted_or_read_by_ocr(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from datetime import UTC, datetime  # noqa: PLC0415

    from msg_support import Attachment, Message, write_msg  # noqa: PLC0415

    message = Message(
        body="Kia ora,\n\nPlease find attached our letter.",
        sender_smtp="lgoima@aucklandcouncil.govt.nz",
        sent=datetime(2024, 10, 3, 1, 0, tzinfo=UTC),
        attachments=[Attachment("extension.pdf", GREY)],
    )
    path = tmp_path / "extension.msg"
    path.write_bytes(bytes(write_msg(message).data))
    notes: list[str] = []
    system_path = os.environ.get("PATH", "")
    monkeypatch.setenv("PATH", str(tmp_path / "nothing"))
    text = letter_text_from_file(path, notes=notes)  # the body is read; the scan is not
    assert "Please find attached" in text
    assert len(notes) == 1
    assert notes[0].startswith(f"{path}: extension.pdf: is a scanned PDF")
    status, out, _err = run(capsys, "read-letter", str(path))
    assert status == 0
    assert f"Note: {path}: extension.pdf: is a scanned PDF" in out
    letter = tmp_path / "letter.txt"
    letter.write_text("\n".join(EXTENSION_LINES), encoding="utf-8")
    monkeypatch.setenv("PATH", system_path)
    _fake_tesseract(tmp_path / "bin", f"cat {letter}\n", monkeypatch)
    status, out, _err = run(capsys, "read-letter", str(path), "--ocr")
    assert status == 0
    assert f"Note: {path}: extension.pdf: read by OCR; check each date" in out
    assert "24 October 2024" in out
