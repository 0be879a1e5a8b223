"""Letters as agencies send them: saved emails (.eml) and scanned PDFs (.msg: test_letter_msg).

The bodies and attachments are real letters from the development corpus
(tests/corpus/letters/dev), wrapped in the email an agency would send.
"""

from __future__ import annotations

from datetime import date
from email.message import EmailMessage
from pathlib import Path

import pytest

from oiaassist.errors import LetterError
from oiaassist.reading import check_reading, letter_text_from_file, read_letter
from oiaassist.reading.author import letter_author
from oiaassist.reading.checks import CheckKind
from test_letter_reader_cli import _pdf

DEV = Path(__file__).parent / "corpus" / "letters" / "dev"
MOH_ACK = DEV / "fyi-12625-moh-acknowledgement.txt"  # states the due date, not the receipt
FENZ_EXTENSION = DEV / "fyi-8540-fenz-extension.txt"


def _email(body: str, *, sent: str, sender: str, html: bool = False) -> EmailMessage:
    message = EmailMessage()
    message["From"] = sender
    message["To"] = "requester@example.org"
    message["Subject"] = "Your Official Information Act request"
    message["Date"] = sent
    if html:
        paragraphs = "".join(f"<p>{line}</p>" for line in body.split("\n\n"))
        message.set_content(f"<html><body>{paragraphs}</body></html>", subtype="html")
    else:
        message.set_content(body)
    return message


def test_an_emailed_acknowledgement_is_read_with_its_sender_and_date(tmp_path: Path) -> None:
    body = MOH_ACK.read_text(encoding="utf-8")
    path = tmp_path / "ack.eml"
    sent = "Tue, 14 Apr 2020 22:30:00 +0000"  # 15 April in New Zealand
    message = _email(body, sent=sent, sender="OIA Services <oiagr@health.govt.nz>")
    path.write_bytes(bytes(message))
    text = letter_text_from_file(path)
    reading = read_letter(text)
    assert reading.letter_date is not None
    assert reading.letter_date.value == date(2020, 4, 15)
    assert reading.stated_due is not None
    assert reading.stated_due.value == date(2020, 5, 13)
    # The body does not say when the request arrived: the Date header is the latest it can be.
    assert reading.received is not None
    assert (reading.received.value, reading.received_basis) == (date(2020, 4, 15), "header")
    assert reading.received_stated is None
    checks = check_reading(reading)
    assert all(c.ok is not False for c in checks)  # 13 May is kind to any receipt up to 15 April
    stated = next(c for c in checks if c.kind is CheckKind.STATED_DUE)
    assert stated.ok is None


def test_the_sender_domain_names_the_author(tmp_path: Path) -> None:
    body = MOH_ACK.read_text(encoding="utf-8")
    message = _email(body, sent="Tue, 14 Apr 2020 10:00:00 +1200", sender="<oia@health.govt.nz>")
    path = tmp_path / "ack.eml"
    path.write_bytes(bytes(message))
    author = letter_author(letter_text_from_file(path))
    assert author is not None
    assert (author.name, author.how) == ("Ministry of Health", "sender")


def test_an_html_email_body_is_read(tmp_path: Path) -> None:
    body = MOH_ACK.read_text(encoding="utf-8")
    message = _email(body, sent="Wed, 15 Apr 2020 09:00:00 +1200", sender="a@b.nz", html=True)
    path = tmp_path / "ack.eml"
    path.write_bytes(bytes(message))
    reading = read_letter(letter_text_from_file(path))
    assert reading.stated_due is not None
    assert reading.stated_due.value == date(2020, 5, 13)


def test_an_attached_pdf_letter_is_the_letter(tmp_path: Path) -> None:
    pytest.importorskip("pypdf")
    text = FENZ_EXTENSION.read_text(encoding="utf-8").replace("–", "-")  # Helvetica's WinAnsi
    lines = [line.strip() for line in text.splitlines()]
    message = _email(
        "Kia ora,\n\nPlease find attached our letter.\n\nNga mihi",
        sent="Tue, 18 Sep 2018 16:00:00 +1200",
        sender="Official Information <oia@fireandemergency.nz>",
    )
    message.add_attachment(
        _pdf(lines[:40]), maintype="application", subtype="pdf", filename="extension.pdf"
    )
    path = tmp_path / "extension.eml"
    path.write_bytes(bytes(message))
    reading = read_letter(letter_text_from_file(path))
    assert reading.letter_date is not None
    assert reading.letter_date.value == date(2018, 9, 18)
    assert reading.extension is not None
    assert reading.extension.extended_to is not None
    assert reading.extension.extended_to.value == date(2018, 10, 16)
    assert reading.outcome is None  # "please find attached our letter" releases nothing
    # an extension letter: neither the request's date nor the Date header is a receipt
    assert reading.received_stated is None


def test_an_email_with_nothing_to_read_says_so(tmp_path: Path) -> None:
    message = EmailMessage()
    message["From"] = "a@b.nz"
    message["Subject"] = "empty"
    message.add_attachment(b"\x89PNG...", maintype="image", subtype="png", filename="logo.png")
    path = tmp_path / "empty.eml"
    path.write_bytes(bytes(message))
    with pytest.raises(LetterError, match="no text body and no letter attached"):
        letter_text_from_file(path)


def test_a_damaged_outlook_msg_is_refused_with_advice(tmp_path: Path) -> None:
    path = tmp_path / "letter.msg"  # a readable .msg: tests/test_letter_msg.py
    path.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 100)
    with pytest.raises(LetterError, match=r"not a readable Outlook \.msg file.*or \.eml\)"):
        letter_text_from_file(path)


def test_a_scanned_pdf_says_it_is_a_scan(tmp_path: Path) -> None:
    pytest.importorskip("pypdf")
    path = tmp_path / "scan.pdf"
    path.write_bytes(_pdf([]))
    with pytest.raises(LetterError, match="scanned PDF"):
        letter_text_from_file(path)
