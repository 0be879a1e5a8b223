"""Getting the text out of a letter file: .txt, .docx, .html, emails and (optionally) .pdf.

The format is taken from the file's first bytes where they say (a PDF starts
``%PDF``, a .docx is a zip), else from its name. Anything that cannot be read
becomes one :class:`~oiaassist.errors.LetterError` naming the file and what
to do, never a traceback from a parser.
"""

from __future__ import annotations

import importlib
import io
import re
import stat
import unicodedata
import zipfile
from html import unescape
from pathlib import Path
from typing import Any, BinaryIO

from oiaassist.errors import LetterError
from oiaassist.reading.formats.email_letter import email_letter_text, looks_like_email
from oiaassist.reading.formats.outlook_msg import is_ole, msg_letter_text
from oiaassist.reading.formats.pdf import SAVE_AS, open_pdf

MAX_BYTES = 20 * 1024 * 1024
"""The largest letter file read (a scanned PDF with its images can be big)."""
MAX_CHARS = 1_000_000
"""The most text read from one letter: about 400 pages (a long letter has 50,000 characters).

The reader is linear, but its patterns cost up to ~10 µs a character on
hostile text: this keeps any letter within a few seconds and ~100 MB.
"""
MAX_UNPACKED = 64 * 1024 * 1024
"""A .docx may unpack to this much in all (counted while unpacking, not as the zip claims)."""
MAX_XML = 16 * 1024 * 1024
"""... of which this much XML (python-docx holds it all in memory at once)."""
MAX_ELEMENTS = 250_000
"""XML elements in a .docx (a 100-page letter has about 60,000)."""
MAX_MEMBERS = 2_000
_CHUNK = 64 * 1024


def letter_text_from_file(
    path: str | Path, *, ocr: bool = False, notes: list[str] | None = None
) -> str:
    """The text of the letter in ``path`` (``ocr``: read a scanned PDF with tesseract).

    ``notes``, if given, gets what the user should know about the reading: a
    scan read by OCR (check its dates), or an email's attached letter that
    could not be read (a scan, a damaged file) while its body could.

    Raises:
        LetterError: the file is missing, a folder, too big, empty, binary, or
            in a format oiaassist cannot read.
    """
    file = Path(path)
    try:
        info = file.stat()
        if stat.S_ISDIR(info.st_mode):
            raise LetterError(f"{file}: is a folder, not a letter")
        if not stat.S_ISREG(info.st_mode):  # /dev/zero, a FIFO: endless, or blocks forever
            raise LetterError(f"{file}: is not a regular file; {SAVE_AS}")
        if info.st_size > MAX_BYTES:
            raise LetterError(f"{file}: is {_TOO_BIG}")
        with file.open("rb") as handle:
            data = read_bounded(handle, str(file))
    except FileNotFoundError:
        raise LetterError(f"{file}: no such file") from None
    except PermissionError:
        raise LetterError(f"{file}: cannot be read (permission denied)") from None
    except OSError as exc:
        raise LetterError(f"{file}: cannot be read ({exc.strerror or exc})") from None
    return letter_text_from_bytes(data, str(file), suffix=file.suffix.lower(), ocr=ocr, notes=notes)


_TOO_BIG = f"too big to be a letter (more than {MAX_BYTES // 1024 // 1024} MB)"


def read_bounded(stream: BinaryIO, source: str) -> bytes:
    """At most :data:`MAX_BYTES` from ``stream`` (a file, or standard input).

    Raises:
        LetterError: there is more than that (read no further: ``/dev/zero`` never ends).
    """
    data = stream.read(MAX_BYTES + 1)
    if len(data) > MAX_BYTES:
        raise LetterError(f"{source}: is {_TOO_BIG}")
    return data


def bounded_text(text: str, source: str) -> str:
    """``text`` if it is letter-sized (at most :data:`MAX_CHARS` characters).

    Raises:
        LetterError: it is longer; reading it would take the reader too long.
    """
    if len(text) > MAX_CHARS:
        raise LetterError(
            f"{source}: has {len(text):,} characters of text, too much to be a letter "
            f"(the limit is {MAX_CHARS:,}); split it, or paste only the letter"
        )
    return text


def letter_text_from_bytes(
    data: bytes,
    source: str,
    *,
    suffix: str = "",
    ocr: bool = False,
    notes: list[str] | None = None,
) -> str:
    """The text of a letter given as bytes (``source`` names it in errors).

    A scanned PDF (pictures, no text) is read with OCR only when ``ocr`` is
    set and ``tesseract`` is installed (:mod:`.ocr`); otherwise it is an error
    that says so. ``notes``: as for :func:`letter_text_from_file`.

    Raises:
        LetterError: the bytes are too many, empty, binary, unreadable, or
            hold more text than a letter (see :data:`MAX_CHARS`).
    """
    if len(data) > MAX_BYTES:
        raise LetterError(f"{source}: is {_TOO_BIG}")
    if not data.strip():
        raise LetterError(f"{source}: is empty")
    if data.startswith(b"%PDF") or (suffix == ".pdf" and not data.startswith(b"PK")):
        text = _pdf_text(data, source)
    elif data.startswith(b"PK\x03\x04") or suffix == ".docx":
        text = _docx_text(data, source)
    elif suffix == ".eml" or (suffix in ("", ".txt") and looks_like_email(data)):
        text = email_letter_text(data, source, ocr=ocr, notes=notes)  # and its letters
    elif suffix == ".msg" or (is_ole(data) and suffix != ".doc"):
        text = msg_letter_text(data, source, ocr=ocr, notes=notes)  # and its letters
    elif is_ole(data) or suffix == ".doc":
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
        text = _scanned_pdf_text(data, source, ocr=ocr, notes=notes)
    if not text.strip():
        raise LetterError(f"{source}: has no text in it (a scanned letter needs OCR first)")
    return bounded_text(text, source)


class ScannedLetterError(LetterError):
    """The letter is a scanned PDF (pictures, no text) and OCR was not asked for."""


def _scanned_pdf_text(data: bytes, source: str, *, ocr: bool, notes: list[str] | None) -> str:
    """A scanned PDF's text by OCR, if asked for; else an error that says what to do."""
    from oiaassist.reading.formats import ocr as scans  # noqa: PLC0415 - only for a scan

    if ocr:
        text = scans.ocr_pdf_text(data, source)
        if notes is not None:
            notes.append(f"{source}: {scans.READ_BY_OCR}")
        return text
    offer = (
        "Read it with OCR (read-letter --ocr), run OCR on it first (e.g. ocrmypdf)"
        if scans.tesseract_path()
        else "Run OCR on it first (e.g. ocrmypdf)"
    )
    raise ScannedLetterError(
        f"{source}: is a scanned PDF: it has pictures of pages but no text to read. "
        f"{offer}, or type the letter's dates in"
    )


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


class DocxTooBigError(Exception):
    """A .docx passed one of the limits; the message says which."""


class _CountElements:
    """An lxml parser target that counts elements and builds no tree."""

    def __init__(self, seen: int) -> None:
        self.seen = seen

    def start(self, tag: str, attrib: object) -> None:
        self.seen += 1
        if self.seen > MAX_ELEMENTS:
            raise DocxTooBigError(f"has more than {MAX_ELEMENTS:,} parts (paragraphs, runs…)")

    def close(self) -> None:
        """Nothing to return: the count is the point."""


def check_docx(data: bytes) -> None:
    """Unpack every member as a stream and count, before python-docx loads any of it.

    A zip says how big its members are, but it may lie: so the bytes are
    counted as they come out (a 1 MB zip bomb stops at the limit, not at
    1 GiB), and the XML's elements are counted with a parser that builds no
    tree (3 million empty paragraphs stop at :data:`MAX_ELEMENTS`).

    Raises:
        DocxTooBigError: a limit was passed.
        zipfile.BadZipFile, lxml.etree.XMLSyntaxError: not a .docx.
    """
    from lxml import etree  # type: ignore[import-untyped]  # noqa: PLC0415 - python-docx's

    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        members = archive.infolist()
        if len(members) > MAX_MEMBERS:
            raise DocxTooBigError(f"has more than {MAX_MEMBERS:,} files inside")
        unpacked = xml = elements = 0
        for member in members:
            is_xml = member.filename.lower().endswith((".xml", ".rels"))
            counter = _CountElements(elements)
            parser = (
                etree.XMLParser(
                    target=counter, resolve_entities=False, no_network=True, huge_tree=False
                )
                if is_xml
                else None
            )
            with archive.open(member) as stream:
                while chunk := stream.read(_CHUNK):
                    unpacked += len(chunk)
                    if unpacked > MAX_UNPACKED:
                        raise DocxTooBigError(
                            f"unpacks to more than {MAX_UNPACKED // 1024 // 1024} MB"
                        )
                    if parser is not None:
                        xml += len(chunk)
                        if xml > MAX_XML:
                            raise DocxTooBigError(
                                f"holds more than {MAX_XML // 1024 // 1024} MB of text and markup"
                            )
                        parser.feed(chunk)
            if parser is not None:
                parser.close()
                elements = counter.seen


def _docx_text(data: bytes, source: str) -> str:
    try:
        check_docx(data)
    except DocxTooBigError as exc:
        raise LetterError(f"{source}: {exc}, too much to be a letter") from None
    except Exception:  # any unpacking or XML failure means "not a .docx we can read"
        raise LetterError(f"{source}: is not a readable Word .docx file; {SAVE_AS}") from None
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
    reader = open_pdf(data, source)
    try:
        return "\n".join(page.extract_text() or "" for page in reader.pages)
    except Exception:  # any parser failure means "not a PDF we can read"
        raise LetterError(f"{source}: is not a readable PDF; {SAVE_AS}") from None


_BLOCKS = frozenset((
    "p", "div", "br", "tr", "li", "h1", "h2", "h3", "h4", "h5", "h6", "table", "section",
    "article",
))  # fmt: skip
_TAG = re.compile(r"<(/?)([A-Za-z][A-Za-z0-9:-]*)[^<>]*>")
_DECLARATION = re.compile(r"<[!?][^<>]*>")


def _html_text(html: str) -> str:
    """The text of an HTML letter, in one pass.

    Not :class:`html.parser.HTMLParser`: it rescans unclosed tags (``<a b="``
    repeated takes minutes) and asserts on some tag soup. This scanner looks
    at each character a bounded number of times: a tag's pattern stops at
    the next ``<``, and a comment or script is skipped with one ``find``.
    """
    lower = html.lower()
    parts: list[str] = []
    at, end = 0, len(html)
    while at < end:
        lt = html.find("<", at)
        if lt < 0:
            lt = end
        parts.append(unescape(html[at:lt]))
        if lt == end:
            break
        if html.startswith("<!--", lt):
            close = html.find("-->", lt + 4)
            at = end if close < 0 else close + 3
            continue
        tag = _TAG.match(html, lt)
        if tag is None:
            declaration = _DECLARATION.match(html, lt)
            if declaration is None:
                parts.append("<")
            at = declaration.end() if declaration else lt + 1
            continue
        at = tag.end()
        name = tag.group(2).lower()
        if name in ("script", "style") and not tag.group(1):
            close = lower.find(f"</{name}", at)
            at = end if close < 0 else close
        elif name in _BLOCKS:
            parts.append("\n")
        elif name == "td" and not tag.group(1):
            parts.append("\t")
    return "".join(parts)
