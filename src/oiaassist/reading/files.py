"""Getting the text out of a letter file: .txt, .docx, .html and (optionally) .pdf.

The format is taken from the file's first bytes where they say (a PDF starts
``%PDF``, a .docx is a zip), else from its name. Anything that cannot be read
becomes one :class:`~oiaassist.errors.LetterError` naming the file and what
to do, never a traceback from a parser.
"""

from __future__ import annotations

import importlib
import io
import unicodedata
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

from oiaassist.errors import LetterError
from oiaassist.reading.email_letter import email_letter_text, looks_like_email

MAX_BYTES = 20 * 1024 * 1024
SAVE_AS = "save the letter as .txt, .docx, .pdf or .eml"
PDF_EXTRA = "pip install 'oiaassist[pdf]'"


def letter_text_from_file(path: str | Path) -> str:
    """The text of the letter in ``path``.

    Raises:
        LetterError: the file is missing, a folder, too big, empty, binary, or
            in a format oiaassist cannot read.
    """
    file = Path(path)
    try:
        size = file.stat().st_size
        if file.is_dir():
            raise LetterError(f"{file}: is a folder, not a letter")
        if size > MAX_BYTES:
            raise LetterError(f"{file}: is {size // 1_000_000} MB, too big to be a letter")
        data = file.read_bytes()
    except FileNotFoundError:
        raise LetterError(f"{file}: no such file") from None
    except PermissionError:
        raise LetterError(f"{file}: cannot be read (permission denied)") from None
    except OSError as exc:
        raise LetterError(f"{file}: cannot be read ({exc.strerror or exc})") from None
    return letter_text_from_bytes(data, str(file), suffix=file.suffix.lower())


def letter_text_from_bytes(data: bytes, source: str, *, suffix: str = "") -> str:
    """The text of a letter given as bytes (``source`` names it in errors)."""
    if not data.strip():
        raise LetterError(f"{source}: is empty")
    if data.startswith(b"%PDF") or (suffix == ".pdf" and not data.startswith(b"PK")):
        text = _pdf_text(data, source)
    elif data.startswith(b"PK\x03\x04") or suffix == ".docx":
        text = _docx_text(data, source)
    elif suffix == ".eml" or (suffix in ("", ".txt") and looks_like_email(data)):
        text = email_letter_text(data, source)  # a saved email: body and attached letters
    elif suffix == ".msg":
        raise LetterError(f"{source}: is an Outlook .msg file; save the email as .eml")
    elif data.startswith(b"\xd0\xcf\x11\xe0") or suffix == ".doc":
        raise LetterError(f"{source}: is an old Word .doc file; {SAVE_AS}")
    elif data.lstrip().startswith(b"{\\rtf"):
        raise LetterError(f"{source}: is an RTF file; {SAVE_AS}")
    else:
        text = _plain_text(data, source)
        if suffix in (".html", ".htm") or text.lstrip()[:15].lower().startswith(
            ("<!doctype", "<html")
        ):
            text = _html_text(text)
    if not text.strip() and data.startswith(b"%PDF"):
        raise LetterError(
            f"{source}: is a scanned PDF: it has pictures of pages but no text to read. "
            "Run OCR on it first (e.g. ocrmypdf), or type the letter's dates in"
        )
    if not text.strip():
        raise LetterError(f"{source}: has no text in it (a scanned letter needs OCR first)")
    return text


def _plain_text(data: bytes, source: str) -> str:
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        text = data.decode("utf-16", errors="replace")
    elif b"\x00" in data:
        raise LetterError(f"{source}: is not a text file (it looks binary); {SAVE_AS}")
    else:
        try:
            text = data.decode("utf-8-sig")
        except UnicodeDecodeError:
            text = data.decode("cp1252", errors="replace")  # letters saved on Windows
    control = sum(1 for c in text if unicodedata.category(c) == "Cc" and c not in "\t\n\r\f")
    if control > max(2, len(text) // 100):
        raise LetterError(f"{source}: is not a text file (it looks binary); {SAVE_AS}")
    return text


def _docx_text(data: bytes, source: str) -> str:
    try:
        docx = importlib.import_module("docx")
        document = docx.Document(io.BytesIO(data))
        lines: list[str] = []
        for section in document.sections:
            lines.extend(p.text for p in section.header.paragraphs)
        _body_lines(document, document.element.body, lines)
    except Exception:  # any parser failure means "not a .docx we can read"
        raise LetterError(f"{source}: is not a readable Word .docx file; {SAVE_AS}") from None
    return "\n".join(lines)


def _body_lines(document: Any, body: Any, lines: list[str]) -> None:
    """Paragraphs and table rows in document order (a letterhead is often a table)."""
    from docx.table import Table  # noqa: PLC0415 - python-docx is loaded only for .docx
    from docx.text.paragraph import Paragraph  # noqa: PLC0415

    for child in body.iterchildren():
        tag = child.tag.rsplit("}", 1)[-1]
        if tag == "p":
            lines.append(Paragraph(child, document).text)
        elif tag == "tbl":
            for row in Table(child, document).rows:
                cells: list[str] = []
                for cell in row.cells:
                    if not cells or cell.text != cells[-1]:
                        cells.append(cell.text)
                lines.append("\t".join(cells))


def _pdf_text(data: bytes, source: str) -> str:
    try:
        pypdf = importlib.import_module("pypdf")
    except ImportError:
        raise LetterError(f"{source}: reading PDF letters needs pypdf: {PDF_EXTRA}") from None
    try:
        reader = pypdf.PdfReader(io.BytesIO(data))
        if reader.is_encrypted and not reader.decrypt(""):
            raise LetterError(f"{source}: the PDF is password-protected")
        return "\n".join(page.extract_text() or "" for page in reader.pages)
    except LetterError:
        raise
    except Exception:  # any parser failure means "not a PDF we can read"
        raise LetterError(f"{source}: is not a readable PDF; {SAVE_AS}") from None


class _TextOfHtml(HTMLParser):
    _BLOCKS = frozenset((
        "p", "div", "br", "tr", "li", "h1", "h2", "h3", "h4", "h5", "h6", "table", "section",
        "article",
    ))  # fmt: skip

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self._skip = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in ("script", "style"):
            self._skip += 1
        elif tag in self._BLOCKS:
            self.parts.append("\n")
        elif tag == "td":
            self.parts.append("\t")

    def handle_endtag(self, tag: str) -> None:
        if tag in ("script", "style"):
            self._skip = max(0, self._skip - 1)
        elif tag in self._BLOCKS:
            self.parts.append("\n")

    def handle_data(self, data: str) -> None:
        if not self._skip:
            self.parts.append(data)


def _html_text(html: str) -> str:
    parser = _TextOfHtml()
    parser.feed(html)
    parser.close()
    return "".join(parser.parts)
