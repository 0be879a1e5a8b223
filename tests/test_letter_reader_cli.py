"""Letter files (.txt, .docx, .pdf, .html) and ``oiaassist read-letter``: output, bad input."""

from __future__ import annotations

import io
import json
import sys
from datetime import date
from pathlib import Path

import pytest

from cli_support import run
from oiaassist.errors import LetterError
from oiaassist.reading.formats.files import letter_text_from_bytes, letter_text_from_file
from oiaassist.reading.reader import read_letter_file
from pdf_support import pdf_from_objects

LETTERS = Path(__file__).parent / "fixtures" / "letters"
SEED = LETTERS / "mfat-2024-cluster-munitions-response.txt"
NZTA = LETTERS / "nzta-acknowledgement.txt"


# --- file formats ---


def _docx(path: Path, lines: list[str], *, letterhead: tuple[str, str] | None = None) -> Path:
    docx = pytest.importorskip("docx")
    document = docx.Document()
    if letterhead is not None:
        table = document.add_table(rows=1, cols=2)
        table.rows[0].cells[0].text, table.rows[0].cells[1].text = letterhead
    for line in lines:
        document.add_paragraph(line)
    document.save(str(path))
    return path


def _pdf(lines: list[str]) -> bytes:
    """A one-page PDF with Helvetica text lines (enough for a text extractor)."""
    body = "BT /F1 11 Tf 14 TL 60 780 Td " + " ".join(
        "(" + line.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)") + ") '"
        for line in lines
    )
    stream = (body + " ET").encode("latin-1")
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] "
        b"/Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
        b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream",
    ]
    return pdf_from_objects(objects)


EXTENSION_LINES = [
    "Auckland Council",
    "",
    "3 October 2024",
    "",
    "Our ref: LGOIMA 8140012345",
    "",
    "Dear Alex",
    "",
    "Thank you for your request received on 12 September 2024 under the Local Government",
    "Official Information and Meetings Act 1987 (LGOIMA).",
    "",
    "Under section 14(1)(b) of LGOIMA we are extending the time limit for our response by 10",
    "working days, to 24 October 2024, as consultations are needed to make a decision.",
    "",
    "You have the right to complain to the Ombudsman about this extension.",
]


def _check_extension_letter(path: Path) -> None:
    reading = read_letter_file(path)
    assert reading.letter_date is not None
    assert reading.letter_date.value == date(2024, 10, 3)
    assert reading.received is not None
    assert reading.received.value == date(2024, 9, 12)
    assert reading.extension is not None
    assert reading.extension.working_days is not None
    assert reading.extension.working_days.value == 10
    assert reading.extension.extended_to is not None
    assert reading.extension.extended_to.value == date(2024, 10, 24)
    assert reading.reference is not None
    assert reading.reference.value == "LGOIMA 8140012345"


def test_docx_letter_with_a_letterhead_table(tmp_path: Path) -> None:
    path = _docx(tmp_path / "letter.docx", EXTENSION_LINES[2:], letterhead=("Auckland Council", ""))
    assert "Auckland Council" in letter_text_from_file(path)
    _check_extension_letter(path)


def test_pdf_letter(tmp_path: Path) -> None:
    pytest.importorskip("pypdf")
    path = tmp_path / "letter.pdf"
    path.write_bytes(_pdf(EXTENSION_LINES))
    _check_extension_letter(path)


def test_pdf_without_pypdf_says_how_to_install(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setitem(sys.modules, "pypdf", None)  # import pypdf now raises ImportError
    path = tmp_path / "letter.pdf"
    path.write_bytes(_pdf(EXTENSION_LINES))
    with pytest.raises(LetterError, match=r"oiaassist\[pdf\]"):
        letter_text_from_file(path)


def test_html_letter(tmp_path: Path) -> None:
    html = "<html><body>" + "".join(f"<p>{line}</p>" for line in EXTENSION_LINES) + "</body></html>"
    path = tmp_path / "letter.html"
    path.write_text(html, encoding="utf-8")
    _check_extension_letter(path)


def test_windows_text_and_utf16(tmp_path: Path) -> None:
    text = "\r\n".join(EXTENSION_LINES)
    cp1252 = tmp_path / "cp1252.txt"
    cp1252.write_bytes(text.replace("Alex", "Zoë").encode("cp1252"))
    _check_extension_letter(cp1252)
    utf16 = tmp_path / "utf16.txt"
    utf16.write_bytes(text.encode("utf-16"))
    _check_extension_letter(utf16)


@pytest.mark.parametrize(
    ("name", "data", "says"),
    [
        pytest.param("empty.txt", b"", "is empty", id="empty"),
        pytest.param("blank.txt", b"  \n\t\n", "is empty", id="blank"),
        pytest.param("binary.txt", bytes(range(256)) * 4, "looks binary", id="binary"),
        pytest.param("old.doc", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 64, ".doc", id="doc"),
        pytest.param("letter.rtf", b"{\\rtf1\\ansi hello}", "RTF", id="rtf"),
        pytest.param("broken.docx", b"PK\x03\x04 not really a zip", ".docx", id="bad-docx"),
        pytest.param("broken.pdf", b"%PDF-1.4 garbage", "PDF", id="bad-pdf"),
    ],
)
def test_bad_files_raise_one_letter_error(
    tmp_path: Path, name: str, data: bytes, says: str
) -> None:
    path = tmp_path / name
    path.write_bytes(data)
    with pytest.raises(LetterError) as caught:
        letter_text_from_file(path)
    message = str(caught.value)
    assert str(path) in message
    assert says in message
    assert "\n" not in message


def test_missing_file_and_folder(tmp_path: Path) -> None:
    with pytest.raises(LetterError, match="no such file"):
        letter_text_from_file(tmp_path / "nope.txt")
    with pytest.raises(LetterError, match="folder"):
        letter_text_from_file(tmp_path)


def test_bytes_source_is_named() -> None:
    with pytest.raises(LetterError, match=r"^<stdin>: is empty$"):
        letter_text_from_bytes(b"", "<stdin>")


# --- the command ---


def test_cli_seed_letter(capsys: pytest.CaptureFixture[str]) -> None:
    status, out, err = run(capsys, "read-letter", str(SEED))
    assert (status, err) == (0, "")
    assert out.splitlines()[0].endswith("a decision that releases information")
    for words in (
        "16 December 2024",
        "OIA 29681",
        "Request dated:",  # "your email of 13 September": the request's date, not its receipt
        "13 September 2024",
        "24 September 2024",
        "30 September 2024",
        "10 October 2024",
        "45 working days",
        "large quantity, consultations",
        "9(2)(g)(i)",
        "18(f)",
        "15A(1)",
        "Decided on time, on the last day",
    ):
        assert words in out, words
    assert "✗" not in out


def test_cli_quotes_show_the_words(capsys: pytest.CaptureFixture[str]) -> None:
    status, out, _err = run(capsys, "read-letter", str(SEED), "--quotes")
    assert status == 0
    assert "“On 30 September 2024, you declined this refinement.”" in out


def test_cli_json(capsys: pytest.CaptureFixture[str]) -> None:
    status, out, err = run(capsys, "read-letter", str(SEED), "--json")
    assert (status, err) == (0, "")
    data = json.loads(out)
    assert data["kind"] == "release"  # a decision that releases part
    assert data["outcome"] == "partly_granted"
    found = data["found"]
    assert found["received"]["value"] == "2024-09-13"
    assert found["extension"]["working_days"]["value"] == 45
    assert found["extension"]["notice_date"]["value"] == "2024-10-10"
    assert [g["value"] for g in found["extension"]["grounds"]] == [
        "large_quantity",
        "consultations",
    ]
    assert found["act"]["value"] == "oia"
    decision = next(c for c in data["checks"] if c["kind"] == "decision")
    assert (decision["statutory"], decision["ok"]) == ("2024-12-16", True)
    assert data["events"][0]["type"] == "received"


def test_cli_wrong_due_date_is_marked(capsys: pytest.CaptureFixture[str]) -> None:
    status, out, _err = run(capsys, "read-letter", str(LETTERS / "nzpost-wrong-due-date.txt"))
    assert status == 0
    assert "✗ The letter says 14 February 2019, but the statutory deadline is 13 February" in out


def test_cli_region_changes_the_count(capsys: pytest.CaptureFixture[str]) -> None:
    name = str(LETTERS / "westland-district-council-extension.txt")
    wrong = ("--agency", "Wellington City Council")  # Wellington's anniversary, not Westland's
    _status, other_region, _err = run(capsys, "read-letter", name, *wrong)
    _status, with_region, _err = run(capsys, "read-letter", name, "--region", "West Coast")
    assert "✗" in other_region
    assert "✗" not in with_region


def test_cli_finds_the_council_and_its_anniversary_in_the_letter(
    capsys: pytest.CaptureFixture[str],
) -> None:
    name = str(LETTERS / "westland-district-council-extension.txt")
    status, out, _err = run(capsys, "read-letter", name)
    assert status == 0
    assert "Agency: Westland District Council (named in the letter; LGOIMA, West Coast" in out
    assert "✗" not in out  # 12 January and 2 February 2026 are right on Westland's calendar
    _status, as_json, _err = run(capsys, "read-letter", name, "--json")
    assert json.loads(as_json)["agency"]["id"] == "westland-district-council"


def test_cli_unknown_agency_is_one_line(capsys: pytest.CaptureFixture[str]) -> None:
    name = str(LETTERS / "westland-district-council-extension.txt")
    status, out, err = run(capsys, "read-letter", name, "--agency", "no such council")
    assert status == 2
    assert out == ""
    assert len(err.strip().splitlines()) == 1
    assert "agency" in err


def test_cli_with_request_file(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    request = {
        "agency": "Waka Kotahi NZ Transport Agency",
        "reference": "OIA-15234",
        "events": [{"type": "received", "date": "2024-10-11"}],
    }
    path = tmp_path / "request.json"
    path.write_text(json.dumps(request), encoding="utf-8")
    status, out, err = run(capsys, "read-letter", str(NZTA), "--request", str(path))
    assert (status, err) == (0, "")
    assert "your request file says 11 October 2024" in out


def test_cli_letter_without_a_received_date_uses_the_request(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    letter = tmp_path / "letter.txt"
    letter.write_text(
        "1 November 2024\n\nDear Sam\n\nWe will respond to your request no later than "
        "12 November 2024.\n",
        encoding="utf-8",
    )
    _status, out, _err = run(capsys, "read-letter", str(letter))
    assert "does not say when the request was received" in out
    request = tmp_path / "request.json"
    request.write_text(
        json.dumps({"agency": "NZTA", "events": [{"type": "received", "date": "2024-10-14"}]}),
        encoding="utf-8",
    )
    _status, out, _err = run(capsys, "read-letter", str(letter), "--request", str(request))
    assert "The stated due date, 12 November 2024, is right" in out


def test_cli_reads_stdin(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    stdin = io.TextIOWrapper(io.BytesIO(NZTA.read_bytes()), encoding="utf-8")
    monkeypatch.setattr(sys, "stdin", stdin)
    status, out, _err = run(capsys, "read-letter", "-", "--json")
    assert status == 0
    assert json.loads(out)["found"]["stated_due"]["value"] == "2024-11-12"


@pytest.mark.parametrize(
    ("name", "data"),
    [
        pytest.param("empty.txt", b"", id="empty"),
        pytest.param("binary.bin", bytes(range(256)) * 4, id="binary"),
        pytest.param("old.doc", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 64, id="doc"),
        pytest.param("broken.docx", b"PK\x03\x04 nope", id="bad-docx"),
        pytest.param("missing.txt", None, id="missing"),
    ],
)
def test_cli_bad_files_exit_2_with_one_line(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, name: str, data: bytes | None
) -> None:
    path = tmp_path / name
    if data is not None:
        path.write_bytes(data)
    for extra in ((), ("--json",)):
        status, out, err = run(capsys, "read-letter", str(path), *extra)
        assert status == 2
        assert out == ""
        assert err.count("\n") == 1
        assert err.startswith("oiaassist read-letter: error: ")
        assert str(path) in err
        assert "Traceback" not in err


def test_cli_bad_request_file_exits_2(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    bad = tmp_path / "request.json"
    bad.write_text("{not json", encoding="utf-8")
    status, _out, err = run(capsys, "read-letter", str(NZTA), "--request", str(bad))
    assert status == 2
    assert err.count("\n") == 1


def test_read_letter_names_the_body_a_request_came_from(capsys: pytest.CaptureFixture[str]) -> None:
    """Dev fyi-18456: '… transferred to my Office by the Ministry of Health on 16 February
    2022' — shown as where the request came from, and the Ministry is not the author."""
    path = Path(__file__).parent / "corpus/letters/dev/fyi-18456-minister-of-health-decision.txt"
    status, out, _err = run(capsys, "read-letter", str(path))
    assert status == 0
    line = next(x for x in out.splitlines() if "Transferred from" in x)
    assert "Ministry of Health" in line
    assert "16 February 2022" in line
    assert "Agency: Ministry of Health" not in out


def test_read_letter_shows_the_day_a_request_was_transferred_here(
    capsys: pytest.CaptureFixture[str],
) -> None:
    """Dev fyi-25850: 'On 6 March 2024, Police transferred this part of your request to the
    Ministry of Justice (the Ministry)' in the Ministry's own answer: the day its clock starts
    is shown, and the letter is not a transfer out."""
    path = Path(__file__).parent / "corpus/letters/dev/fyi-25850-moj-decision.txt"
    status, out, _err = run(capsys, "read-letter", str(path))
    assert status == 0
    assert "Transferred to" not in out
    line = next(x for x in out.splitlines() if "Transferred here" in x)
    assert "6 March 2024" in line
    assert "Agency: Ministry of Justice" in out
