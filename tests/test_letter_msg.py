"""Outlook .msg emails read as .eml ones are: body, Date, attached letters; hostile files bounded.

The .msg files are built by ``msg_support`` (a test-only compound-file writer:
there is no Outlook here) around real letters: the development corpus's
Ministry of Health acknowledgement and Fire and Emergency extension, and the
MFAT OIA 29681 decision (the seed case) as an attached Word letter.
"""

from __future__ import annotations

import re
import struct
import time
import tracemalloc
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from msg_support import Attachment, Message, write_cfb, write_msg
from oiaassist.errors import LetterError
from oiaassist.reading import check_reading, letter_text_from_file, read_letter
from oiaassist.reading.author import letter_author
from oiaassist.reading.checks import CheckKind
from oiaassist.reading.formats.files import MAX_BYTES, letter_text_from_bytes
from oiaassist.reading.formats.outlook_msg import MAX_ENTRIES
from test_letter_reader_cli import _docx, _pdf, run

DEV = Path(__file__).parent / "corpus" / "letters" / "dev"
MOH_ACK = DEV / "fyi-12625-moh-acknowledgement.txt"  # states the due date, not the receipt
FENZ_EXTENSION = DEV / "fyi-8540-fenz-extension.txt"
SEED = Path(__file__).parent / "fixtures" / "letters" / "mfat-2024-cluster-munitions-response.txt"


def _ack(**changes: object) -> Message:
    message = Message(
        subject="Your Official Information Act request",
        body=MOH_ACK.read_text(encoding="utf-8"),
        sender_name="OIA Services",
        sender_smtp="oiagr@health.govt.nz",
        sent=datetime(2020, 4, 14, 22, 30, tzinfo=UTC),  # 15 April in New Zealand
    )
    for name, value in changes.items():
        setattr(message, name, value)
    return message


def _save(tmp_path: Path, message: Message, name: str = "ack.msg") -> Path:
    path = tmp_path / name
    path.write_bytes(bytes(write_msg(message).data))
    return path


def _fenz_pdf() -> bytes:
    pytest.importorskip("pypdf")
    text = FENZ_EXTENSION.read_text(encoding="utf-8").replace("–", "-")  # Helvetica's WinAnsi
    return _pdf([line.strip() for line in text.splitlines()][:40])


def _check_fenz(text: str) -> None:
    reading = read_letter(text)
    assert reading.letter_date is not None
    assert reading.letter_date.value == date(2018, 9, 18)
    assert reading.extension is not None
    assert reading.extension.extended_to is not None
    assert reading.extension.extended_to.value == date(2018, 10, 16)
    assert reading.received_stated is None


# -- what is read ------------------------------------------------------------------------------


def test_an_acknowledgement_is_read_with_its_sender_and_date(tmp_path: Path) -> None:
    text = letter_text_from_file(_save(tmp_path, _ack()))
    assert text.startswith("From: OIA Services <oiagr@health.govt.nz>\nDate: 15 April 2020\n")
    assert "Ngā mihi" in text  # UTF-16 strings keep their macrons
    reading = read_letter(text)
    assert reading.letter_date is not None
    assert reading.letter_date.value == date(2020, 4, 15)
    assert reading.stated_due is not None
    assert reading.stated_due.value == date(2020, 5, 13)
    # The body does not say when the request arrived: the time sent is the latest it can be.
    assert reading.received is not None
    assert (reading.received.value, reading.received_basis) == (date(2020, 4, 15), "header")
    checks = check_reading(reading)
    assert all(c.ok is not False for c in checks)
    assert next(c for c in checks if c.kind is CheckKind.STATED_DUE).ok is None
    author = letter_author(text)
    assert author is not None
    assert (author.name, author.how) == ("Ministry of Health", "sender")


def test_the_msg_reads_as_the_same_email_saved_as_eml(tmp_path: Path) -> None:
    from email.message import EmailMessage  # noqa: PLC0415

    eml = EmailMessage()
    eml["From"] = "OIA Services <oiagr@health.govt.nz>"
    eml["Subject"] = "Your Official Information Act request"
    eml["Date"] = "Tue, 14 Apr 2020 22:30:00 +0000"
    eml.set_content(MOH_ACK.read_text(encoding="utf-8"))
    (tmp_path / "ack.eml").write_bytes(bytes(eml))
    from_eml = letter_text_from_file(tmp_path / "ack.eml")
    from_msg = letter_text_from_file(_save(tmp_path, _ack()))
    assert " ".join(from_msg.split()) == " ".join(from_eml.split())


def test_eight_bit_strings_in_the_message_code_page(tmp_path: Path) -> None:
    message = _ack(unicode=False, codepage=65001)  # UTF-8 as the 8-bit code page
    assert "Ngā mihi" in letter_text_from_file(_save(tmp_path, message))
    body = MOH_ACK.read_text(encoding="utf-8").replace("ā", "a")
    windows = _ack(unicode=False, codepage=1252, body=body + "\nCafé")
    text = letter_text_from_file(_save(tmp_path, windows, "cp1252.msg"))
    assert "Café" in text
    assert "Date: 15 April 2020" in text


def test_the_delivery_time_when_no_time_sent(tmp_path: Path) -> None:
    message = _ack(sent=None, delivered=datetime(2020, 4, 15, 1, 0, tzinfo=UTC))
    assert "Date: 15 April 2020" in letter_text_from_file(_save(tmp_path, message))
    undated = letter_text_from_file(_save(tmp_path, _ack(sent=None), "undated.msg"))
    assert "Date:" not in undated.split("\n\n", 1)[0]


def test_an_exchange_sender_address_is_not_an_email_address(tmp_path: Path) -> None:
    x500 = "/O=EXCHANGELABS/OU=EXCHANGE ADMINISTRATIVE GROUP/CN=RECIPIENTS/CN=OIA"
    message = _ack(sender_smtp="", sender_email=x500)
    assert letter_text_from_file(_save(tmp_path, message)).startswith("From: OIA Services\n")
    smtp = _ack(sender_smtp="", sender_email="oiagr@health.govt.nz")
    text = letter_text_from_file(_save(tmp_path, smtp, "smtp.msg"))
    assert text.startswith("From: OIA Services <oiagr@health.govt.nz>\n")


def test_an_html_body_when_there_is_no_plain_one(tmp_path: Path) -> None:
    paragraphs = "".join(f"<p>{p}</p>" for p in MOH_ACK.read_text(encoding="utf-8").split("\n\n"))
    html = f'<html><head><meta charset="utf-8"></head><body>{paragraphs}</body></html>'
    message = _ack(body=None, html=html.encode("utf-8"))
    reading = read_letter(letter_text_from_file(_save(tmp_path, message)))
    assert reading.stated_due is not None
    assert reading.stated_due.value == date(2020, 5, 13)


def test_an_attached_pdf_letter_is_the_letter(tmp_path: Path) -> None:
    message = Message(
        subject="Your OIA request",
        body="Kia ora,\n\nPlease find attached our letter.\n\nNga mihi",
        sender_name="Official Information",
        sender_smtp="oia@fireandemergency.nz",
        sent=datetime(2018, 9, 18, 4, 0, tzinfo=UTC),
        attachments=[Attachment("logo.png", b"\x89PNG" * 10), Attachment("ext.pdf", _fenz_pdf())],
    )
    _check_fenz(letter_text_from_file(_save(tmp_path, message, "extension.msg")))


def test_the_letters_of_an_attached_email_are_read_not_its_body(tmp_path: Path) -> None:
    deeper = Message(
        body="2 January 2016", attachments=[Attachment("deep.pdf", _pdf(["2 January 2016"]))]
    )
    inner = Message(
        subject="RE: request",
        body="Dear requester, your request dated 1 March 2017 was received.",
        sent=datetime(2017, 3, 1, tzinfo=UTC),
        attachments=[Attachment("ext.pdf", _fenz_pdf()), Attachment("deeper", message=deeper)],
    )
    outer = Message(
        body="Forwarding the extension letter.",
        sender_smtp="oia@fireandemergency.nz",
        sent=datetime(2018, 9, 18, 4, 0, tzinfo=UTC),
        attachments=[Attachment("RE: request", message=inner)],
    )
    text = letter_text_from_file(_save(tmp_path, outer, "forward.msg"))
    _check_fenz(text)
    assert "1 March 2017" not in text  # the attached email's body and Date are not this letter's
    assert "2016" not in text  # an email attached to the attached email is not opened


def test_cli_reads_the_seed_decision_attached_to_an_msg(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    lines = SEED.read_text(encoding="utf-8").splitlines()
    docx = _docx(tmp_path / "OIA 29681 response.docx", lines).read_bytes()
    message = Message(
        subject="OIA 29681 - response",
        body="Kia ora,\n\nPlease find attached the response to your request.\n\nNgā mihi",
        sender_name="MFAT OIA",
        sender_smtp="oia@mfat.govt.nz",
        sent=datetime(2024, 12, 16, 3, 0, tzinfo=UTC),
        attachments=[Attachment("OIA 29681 response.docx", docx)],
    )
    path = _save(tmp_path, message, "response.msg")
    status, out, err = run(capsys, "read-letter", str(path))
    assert (status, err) == (0, "")
    for words in ("16 December 2024", "OIA 29681", "10 October 2024", "45 working days",
                  "Decided on time, on the last day"):  # fmt: skip
        assert words in out, words
    assert "✗" not in out


def test_stream_names_match_in_any_case(tmp_path: Path) -> None:
    cfb = write_msg(_ack())
    for path in ("__substg1.0_1000001F", "__substg1.0_5D01001F"):  # as some writers spell them
        offset = cfb.entry_offset(path)
        name = path.lower().encode("utf-16-le")
        cfb.data[offset : offset + len(name)] = name
    (tmp_path / "lower.msg").write_bytes(cfb.data)
    text = letter_text_from_file(tmp_path / "lower.msg")
    assert text.startswith("From: OIA Services <oiagr@health.govt.nz>\n")
    assert "13 May 2020" in text


def test_a_body_kept_only_as_rtf_says_so(tmp_path: Path) -> None:
    message = _ack(body=None, extra={"__substg1.0_10090102": b"LZFu" + b"\0" * 40})
    _refused(_save(tmp_path, message), r"no text body.*only as Rich Text \(RTF\)")


def test_an_msg_without_its_suffix_is_still_read(tmp_path: Path) -> None:
    path = _save(tmp_path, _ack(), "ack")
    assert "15 April 2020" in letter_text_from_file(path)
    doc = _save(tmp_path, _ack(), "ack.doc")  # the name says Word: not guessed otherwise
    with pytest.raises(LetterError, match=r"old Word \.doc"):
        letter_text_from_file(doc)


# -- what is refused, quickly ------------------------------------------------------------------


def _bounded(path: Path) -> str | LetterError:
    """The text of ``path``, or its one-line LetterError; either in under 2 s and 64 MB."""
    tracemalloc.start()
    started = time.perf_counter()
    try:
        result: str | LetterError = letter_text_from_file(path)
    except LetterError as exc:
        result = exc
    finally:
        took = time.perf_counter() - started
        peak = tracemalloc.get_traced_memory()[1]
        tracemalloc.stop()
    if isinstance(result, LetterError):  # one line, naming the file
        assert str(result).startswith(str(path))
        assert "\n" not in str(result)
    assert took < 2.0, took
    assert peak < 64 * 1024 * 1024, peak
    return result


def _refused(path: Path, match: str) -> None:
    """``path`` gives one LetterError matching ``match``, in under 2 s and 64 MB."""
    result = _bounded(path)
    assert isinstance(result, LetterError), result[:200]
    assert re.search(match, str(result)), result


DAMAGED = "not a readable Outlook .msg file"


def test_corrupt_and_truncated_files(tmp_path: Path) -> None:
    junk = tmp_path / "junk.msg"
    junk.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 100)
    _refused(junk, DAMAGED)
    text = tmp_path / "text.msg"
    text.write_text("This is not an Outlook file", encoding="utf-8")
    _refused(text, DAMAGED)
    data = bytes(write_msg(_ack(attachments=[Attachment("a.pdf", _fenz_pdf())])).data)
    for cut in (600, len(data) // 2, len(data) - 700):
        truncated = tmp_path / f"cut{cut}.msg"
        truncated.write_bytes(data[:cut])
        _refused(truncated, DAMAGED)
    flipped = bytearray(data)
    flipped[512:1024] = b"\xab" * 512  # the FAT is noise
    (tmp_path / "noise.msg").write_bytes(flipped)
    _refused(tmp_path / "noise.msg", DAMAGED)


def test_a_compound_file_that_is_not_an_email(tmp_path: Path) -> None:
    word = tmp_path / "word.msg"
    word.write_bytes(bytes(write_cfb({"WordDocument": b"x" * 5000, "1Table": b"y" * 100}).data))
    _refused(word, r"is an old Office file \(a Word \.doc\?\), not an Outlook email")


def test_an_oversize_file_is_refused_before_it_is_read(tmp_path: Path) -> None:
    big = tmp_path / "big.msg"
    with big.open("wb") as handle:
        handle.write(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1")
        handle.truncate(MAX_BYTES + 1)
    _refused(big, "too big to be a letter")


def test_a_huge_declared_stream_size(tmp_path: Path) -> None:
    cfb = write_msg(_ack(attachments=[Attachment("a.pdf", _fenz_pdf())]))
    cfb.set_size("__substg1.0_1000001F", 0xFFFFFFFF)  # the body claims 4 GB
    (tmp_path / "body.msg").write_bytes(cfb.data)
    _refused(tmp_path / "body.msg", r"too much|" + DAMAGED)
    cfb = write_msg(_ack(attachments=[Attachment("a.pdf", _fenz_pdf())]))
    cfb.set_size("__attach_version1.0_#00000000/__substg1.0_37010102", 0x7FFFFFFF)
    (tmp_path / "pdf.msg").write_bytes(cfb.data)
    _refused(tmp_path / "pdf.msg", r"too much|" + DAMAGED)


def test_fat_loops(tmp_path: Path) -> None:
    message = _ack(attachments=[Attachment("a.pdf", _fenz_pdf() + b"%" * 20_000)])
    cfb = write_msg(message)
    start = cfb.start_sector("__attach_version1.0_#00000000/__substg1.0_37010102")
    cfb.set_fat(start + 1, start)  # the attachment's second sector leads back to its first
    (tmp_path / "loop.msg").write_bytes(cfb.data)
    text = _bounded(tmp_path / "loop.msg")  # read no further than the declared size: garbage
    assert isinstance(text, str)
    assert "13 May 2020" in text  # the body is still read
    assert "Fire and Emergency" not in text  # the looping attachment is not a letter
    cfb = write_msg(message)
    directory = (cfb.dir_offset - 512) // 512
    cfb.set_fat(directory, directory)  # the directory's chain never ends
    (tmp_path / "dirloop.msg").write_bytes(cfb.data)
    _refused(tmp_path / "dirloop.msg", r"too much|" + DAMAGED)


def test_streams_that_share_sectors_cannot_add_up(tmp_path: Path) -> None:
    pdf = _fenz_pdf() + b"%" * 20_000
    cfb = write_msg(_ack(attachments=[Attachment(f"{n}.pdf", pdf) for n in range(3)]))
    first = cfb.start_sector("__attach_version1.0_#00000000/__substg1.0_37010102")
    for n in (1, 2):  # every attachment points at the first one's data
        offset = cfb.entry_offset(f"__attach_version1.0_#{n:08X}/__substg1.0_37010102")
        struct.pack_into("<I", cfb.data, offset + 116, first)
    (tmp_path / "shared.msg").write_bytes(cfb.data)
    _refused(tmp_path / "shared.msg", DAMAGED)


def test_header_counts_that_do_not_fit_the_file(tmp_path: Path) -> None:
    for offset in (44, 64, 72):  # FAT sectors, mini FAT sectors, DIFAT sectors
        cfb = write_msg(_ack())
        struct.pack_into("<I", cfb.data, offset, 0x00FFFFFF)
        (tmp_path / f"count{offset}.msg").write_bytes(cfb.data)
        _refused(tmp_path / f"count{offset}.msg", DAMAGED)


def test_a_directory_with_too_many_entries(tmp_path: Path) -> None:
    many = {f"__substg1.0_{n:08X}": b"x" for n in range(MAX_ENTRIES + 10)}
    (tmp_path / "many.msg").write_bytes(write_cfb(many).data)
    _refused(tmp_path / "many.msg", f"more than {MAX_ENTRIES:,} parts")


def test_many_attachments_stop_at_the_limit(tmp_path: Path) -> None:
    attachments = [Attachment(f"{n}.txt", b"x") for n in range(200)]
    attachments.append(Attachment("z-last.pdf", _fenz_pdf()))  # the 201st is not looked at
    message = _ack(attachments=attachments)
    started = time.perf_counter()
    text = letter_text_from_file(_save(tmp_path, message))
    assert time.perf_counter() - started < 2.0
    assert "Fire and Emergency" not in text
    assert "13 May 2020" in text


# -- the packaging smoke test's .msg -----------------------------------------------------------

PACKAGING = Path(__file__).parent.parent / "packaging" / "linux"


def smoke_msg() -> bytes:
    """packaging/linux/smoke-letter.msg: the smoke test's council PDF letter, emailed.

    The frozen CLI reads it (``packaging/linux/smoke-test.sh``) to prove the
    bundle has ``olefile`` (and, through the attachment, ``pypdf``).
    """
    message = Message(
        subject="LGOIMA 25/0412 - extension of time",
        body="Kia ora,\r\n\r\nPlease find attached our letter.\r\n\r\nNgā mihi",
        sender_name="Westland District Council",
        sender_smtp="lgoima@westlanddc.govt.nz",
        sent=datetime(2025, 12, 17, 22, 5, tzinfo=UTC),  # 18 December in New Zealand
        attachments=[
            Attachment("LGOIMA 25-0412.pdf", (PACKAGING / "smoke-letter.pdf").read_bytes())
        ],
    )
    return bytes(write_msg(message).data)


def test_the_packaging_smoke_msg_is_this_writer_s_and_reads_as_its_pdf(
    capsys: pytest.CaptureFixture[str],
) -> None:
    pytest.importorskip("pypdf")
    path = PACKAGING / "smoke-letter.msg"
    assert path.read_bytes() == smoke_msg()  # to remake it: path.write_bytes(smoke_msg())
    status, out, err = run(capsys, "read-letter", str(path))
    assert (status, err) == (0, "")
    assert "Westland District Council" in out  # what smoke-test.sh greps for
    assert "2 February 2026, is right" in out


# -- any damage: a text or one LetterError, never a traceback ---------------------------------

_VALID = bytes(write_msg(_ack(attachments=[Attachment("a.txt", b"x" * 5000)])).data)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    st.lists(
        st.tuples(  # mostly the header, FAT and directory, where the structure is
            st.one_of(st.integers(0, 3 * 1024), st.integers(0, len(_VALID) - 1)),
            st.binary(min_size=1, max_size=8),
        ),
        min_size=1,
        max_size=6,
    )
)
def test_damaged_bytes_give_text_or_one_letter_error(edits: list[tuple[int, bytes]]) -> None:
    data = bytearray(_VALID)
    for offset, replacement in edits:
        data[offset : offset + len(replacement)] = replacement
    started = time.perf_counter()
    error = ""
    try:
        letter_text_from_bytes(bytes(data), "damaged.msg", suffix=".msg")
    except LetterError as exc:
        error = str(exc)
    assert time.perf_counter() - started < 2.0
    if error:  # one line naming the file; any other exception fails the test
        assert error.startswith("damaged.msg: ")
        assert "\n" not in error
