"""An Outlook ``.msg`` email, read into the parts an ``.eml`` gives: sender, time, body, letters.

A ``.msg`` is a compound file ([MS-CFB]) of MAPI properties ([MS-OXMSG]):
``olefile`` (BSD-2-Clause) reads the compound file, and this module reads
the few properties the letter reader needs:

* subject ``0x0037``; sender name ``0x0C1A``, SMTP address ``0x5D01`` (else
  ``0x0C1F`` when it is an SMTP address, not an Exchange X500 one);
* the time sent: client submit time ``0x0039``, else delivery time ``0x0E06``
  (FILETIMEs in the ``__properties_version1.0`` stream);
* the plain body ``0x1000``, else the HTML body ``0x1013`` made text;
* each attachment's long file name ``0x3707`` (else ``0x3704``, ``0x3001``)
  and data ``0x3701``. An attached email (``0x3701`` as a storage) is
  another message (often the request, quoted back): its body and ``Date``
  are not this letter's, so only the PDF / Word letters attached to it are
  read, one level deep; an email attached inside that one is skipped.

Strings are ``001F`` (UTF-16LE) or ``001E`` (8-bit, in the message's code
page ``0x3FFD`` / ``0x3FDE``; Windows-1252 when neither says). The parts go
through :func:`~oiaassist.reading.formats.email_letter.saved_email_text`, as an
``.eml``'s do, so the reader sees the same ``From:`` / ``Date:`` block.

A .msg is untrusted input, so everything is bounded before ``olefile``
builds anything from it: the header's counts must fit the file (a FAT or
DIFAT that claims more sectors than the file has is refused), the directory
may hold at most :data:`MAX_ENTRIES` entries, each stream read is capped
before it is read (:data:`MAX_TEXT_BYTES` for text, and all the streams read
may not add up to more than the file itself: honest streams never overlap, a
FAT loop makes them), and at most :data:`MAX_ATTACHMENTS` attachments are
looked at. Anything wrong is one :class:`~oiaassist.errors.LetterError`.
"""

from __future__ import annotations

import codecs
import io
import struct
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from functools import cache
from typing import Any

from oiaassist.errors import LetterError
from oiaassist.reading.formats.email_letter import is_letter_name, saved_email_text

MAX_ENTRIES = 10_000
"""Directory entries (streams and storages): a message with 50 attachments has about 600."""
MAX_ATTACHMENTS = 50
"""Attachments looked at, as for an .eml's parts (a message is not an archive)."""
MAX_TEXT_BYTES = 4 * 1024 * 1024
"""The largest text stream read (a body of a million characters is 2 MB in UTF-16)."""
MAX_ATTACHMENT_BYTES = 20 * 1024 * 1024
"""The largest attachment read (as large as a letter file may be)."""
MAX_PROPERTIES = 64 * 1024
"""The largest ``__properties_version1.0`` stream read (a message's has about 200 entries)."""
MAX_DEPTH = 1
"""An attached email is read; an email attached to that one is not."""
SAVE_AS = "save the email again from the mail program (as .msg or .eml)"

_OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_PROPERTIES = "__properties_version1.0"
_ATTACHMENT = "__attach_version1.0_#"
_EMBEDDED = "__substg1.0_3701000D"
_FILETIME_EPOCH = datetime(1601, 1, 1, tzinfo=UTC)


class _TooBigError(Exception):
    """The message passed one of the limits; the text says which."""


def is_ole(data: bytes) -> bool:
    """Whether ``data`` is a compound file (an Outlook .msg, or an old Word .doc)."""
    return data.startswith(_OLE_MAGIC)


def msg_letter_text(
    data: bytes, source: str, *, ocr: bool = False, notes: list[str] | None = None
) -> str:
    """The text to read from an Outlook .msg: attached letters, then headers and body.

    ``ocr`` and ``notes``: as for :func:`~.email_letter.saved_email_text`.

    Raises:
        LetterError: the file is not a readable .msg (damaged, cut short, not a
            message), passes a limit, or has neither a body nor a letter attached.
    """
    try:
        olefile = _olefile()
    except ImportError:  # pragma: no cover - a dependency; only a broken install lacks it
        raise LetterError(
            f"{source}: reading Outlook .msg files needs olefile; {SAVE_AS}"
        ) from None
    try:
        _check_header(data)
        with _bounded_ole_class()(io.BytesIO(data), raise_defects=olefile.DEFECT_INCORRECT) as ole:
            return _message_text(_Msg(ole, len(data)), source, ocr=ocr, notes=notes)
    except LetterError:
        raise
    except _TooBigError as exc:
        raise LetterError(f"{source}: {exc}, too much to be an email; {SAVE_AS}") from None
    except Exception:  # any parser failure means "not a .msg we can read"
        raise LetterError(
            f"{source}: is not a readable Outlook .msg file (damaged or cut short?); {SAVE_AS}"
        ) from None


def _olefile() -> Any:
    import olefile  # type: ignore[import-untyped]  # noqa: PLC0415 - loaded only for a .msg

    return olefile


@cache
def _bounded_ole_class() -> Any:
    """``olefile.OleFileIO`` with its directory bounded and its duplicate check linear.

    ``olefile`` checks each stream's first sector against a list of those seen
    (quadratic: 30,000 entries take 3 s) and builds an object per directory
    entry; so the directory is measured first (at most :data:`MAX_ENTRIES`
    entries) and the check uses a set. Both are covered by tests with
    hostile files, so an ``olefile`` upgrade that changes these fails them.
    """
    olefile = _olefile()
    base: Any = olefile.OleFileIO

    class BoundedOle(base):  # type: ignore[misc]  # olefile has no types
        def loaddirectory(self, sect: int) -> None:
            directory = self._open(sect, force_FAT=True)  # at most the file's own size
            if directory.size // 128 > MAX_ENTRIES:
                raise _TooBigError(f"has more than {MAX_ENTRIES:,} parts")
            super().loaddirectory(sect)

        def _check_duplicate_stream(self, first_sect: int, minifat: bool = False) -> None:
            seen: dict[bool, set[int]] = self.__dict__.setdefault("_oia_seen", {})
            used = seen.setdefault(minifat, set())
            if not minifat and first_sect in _NOT_STREAMS:
                return
            if first_sect in used:
                self._raise_defect(olefile.DEFECT_INCORRECT, "Stream referenced twice")
            used.add(first_sect)

    return BoundedOle


_NOT_STREAMS = frozenset((0xFFFFFFFC, 0xFFFFFFFD, 0xFFFFFFFE, 0xFFFFFFFF))
"""DIFSECT, FATSECT, ENDOFCHAIN, FREESECT: not the start of a stream ([MS-CFB] 2.1)."""


def _check_header(data: bytes) -> None:
    """Refuse a compound file whose header claims more than the file can hold.

    ``olefile`` follows the header's FAT and DIFAT counts, joining each FAT
    sector onto the table (quadratic in their number); an honest file needs
    one FAT sector for every 128 sectors (1,024 with 4 KB sectors).

    Raises:
        ValueError: not a compound file, or its counts do not fit the file.
    """
    if len(data) < 512 or not is_ole(data):
        raise ValueError("not a compound file")
    shift = struct.unpack_from("<H", data, 30)[0]
    if shift not in (9, 12):
        raise ValueError("not a compound file")
    size = 1 << shift
    fat_sectors, _first_dir = struct.unpack_from("<II", data, 44)
    minifat_sectors, _first_difat, difat_sectors = struct.unpack_from("<III", data, 64)
    sectors = max(1, (len(data) + size - 1) // size - 1)
    enough = sectors // (size // 4) + 2
    if fat_sectors > enough or difat_sectors > enough or minifat_sectors > sectors:
        raise ValueError("the header's counts do not fit the file")


# -- the message --------------------------------------------------------------------------


class _Msg:
    """An open .msg: its storages' contents, and how many more bytes its streams may give."""

    def __init__(self, ole: Any, size: int) -> None:
        self.ole = ole
        self.budget = size
        self.kids: dict[tuple[str, ...], dict[str, str]] = {}
        for path in ole.listdir(streams=True, storages=True):
            parent = tuple(path[:-1])
            self.kids.setdefault(parent, {})[path[-1].lower()] = path[-1]

    def names(self, at: tuple[str, ...]) -> dict[str, str]:
        """What is directly inside storage ``at``: lower-case name to name."""
        return self.kids.get(at, {})

    def path(self, at: tuple[str, ...], name: str) -> list[str] | None:
        """The path of ``name`` inside ``at`` (names match in any case, as olefile's do)."""
        found = self.names(at).get(name.lower())
        return None if found is None else [*at, found]

    def read(self, path: list[str], limit: int) -> bytes:
        """A stream's bytes, refused (before reading) past ``limit`` or the file's own size.

        Honest streams never share sectors, so all those read add up to less
        than the file; a FAT that loops streams over the same sectors does not.
        """
        size = int(self.ole.get_size(path))
        if size > limit:
            raise _TooBigError(f"has a part of {size:,} bytes")
        if size > self.budget:
            raise _TooBigError("has parts adding up to more than the file itself")
        self.budget -= size
        return bytes(self.ole.openstream(path).read(size))

    def properties(self, at: tuple[str, ...], header: int) -> dict[int, bytes]:
        """The fixed-size properties of ``at``: tag (id << 16 | type) to their 8-byte value."""
        path = self.path(at, _PROPERTIES)
        if path is None:
            return {}
        data = self.read(path, MAX_PROPERTIES)
        found: dict[int, bytes] = {}
        for offset in range(header, len(data) - 15, 16):
            tag = struct.unpack_from("<I", data, offset)[0]
            found[tag] = data[offset + 8 : offset + 16]
        return found

    def string(self, at: tuple[str, ...], prop: int, codepage: str) -> str:
        """A string property (``001F`` UTF-16LE, else ``001E`` 8-bit); "" if absent."""
        for kind, codec in (("001F", "utf-16-le"), ("001E", codepage)):
            path = self.path(at, f"__substg1.0_{prop:04X}{kind}")
            if path is not None:
                raw = self.read(path, MAX_TEXT_BYTES)
                return raw.decode(codec, errors="replace").split("\0", 1)[0]
        return ""


def _message_text(msg: _Msg, source: str, *, ocr: bool, notes: list[str] | None) -> str:
    """The text of the message (the root storage's properties and attachments)."""
    at: tuple[str, ...] = ()
    names = msg.names(at)
    if _PROPERTIES not in names and not any(n.startswith("__substg1.0_") for n in names):
        raise LetterError(
            f"{source}: is an old Office file (a Word .doc?), not an Outlook email; "
            "save the letter as .txt, .docx or .pdf"
        )
    props = msg.properties(at, 32)  # [MS-OXMSG] 2.4.1.1: the top level's header is 32 bytes
    codepage = _codepage(props)
    sender_name = msg.string(at, 0x0C1A, codepage)
    address = msg.string(at, 0x5D01, codepage)
    if "@" not in address:
        other = msg.string(at, 0x0C1F, codepage)  # an SMTP address, or Exchange's "/O=..."
        address = other if "@" in other and not other.startswith("/") else ""
    sender = f"{sender_name} <{address}>" if sender_name and address else sender_name or address
    sent = _filetime(props.get(0x00390040)) or _filetime(props.get(0x0E060040))
    body = msg.string(at, 0x1000, codepage)
    if not body.strip():
        body = _html_body(msg, at, codepage)
    try:
        return saved_email_text(
            source,
            attachments=_attachments(msg, at, depth=0),
            sender=sender,
            sent=sent,
            subject=msg.string(at, 0x0037, codepage),
            body=body,
            ocr=ocr,
            notes=notes,
        )
    except LetterError as exc:
        if body.strip() or msg.path(at, "__substg1.0_10090102") is None:
            raise
        raise LetterError(  # compressed RTF (0x1009) is all it has: not read here
            f"{exc}; its text is kept only as Rich Text (RTF), which oiaassist does not read: "
            "save the email as .eml, or copy its text in"
        ) from None


def _codepage(props: dict[int, bytes]) -> str:
    """The codec of the message's 8-bit strings: its code page, else Windows-1252."""
    for tag in (0x3FFD0003, 0x3FDE0003):  # PR_MESSAGE_CODEPAGE, PR_INTERNET_CPID
        value = props.get(tag)
        if value is not None:
            codec = _codec(struct.unpack_from("<I", value)[0])
            if codec:
                return codec
    return "cp1252"


def _codec(cpid: int) -> str:
    """A Python codec for a Windows code page number; "" if Python has none."""
    name = {65001: "utf-8", 1200: "utf-16-le", 20127: "ascii", 28591: "latin-1"}.get(
        cpid, f"cp{cpid}"
    )
    try:
        return codecs.lookup(name).name
    except LookupError:
        return ""


def _html_body(msg: _Msg, at: tuple[str, ...], codepage: str) -> str:
    """The HTML body (``0x1013``, usually binary in the message's code page) made text."""
    from oiaassist.reading.formats.files import _html_text  # noqa: PLC0415 - same package

    html = msg.string(at, 0x1013, codepage)
    path = msg.path(at, "__substg1.0_10130102")
    if not html and path is not None:
        html = _decode_html(msg.read(path, MAX_TEXT_BYTES), codepage)
    return _html_text(html) if html else ""


def _decode_html(raw: bytes, codepage: str) -> str:
    """HTML bytes as text: the charset its ``<meta>`` names, else UTF-8, else the code page."""
    head = raw[:4096].lower()
    at = head.find(b"charset=")
    if at >= 0:
        name = head[at + 8 : at + 40].strip(b"\"' ").split(b'"')[0].split(b";")[0].strip()
        try:
            return raw.decode(codecs.lookup(name.decode("ascii", "replace")).name, "replace")
        except LookupError:
            pass
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        return raw.decode(codepage, errors="replace")


def _filetime(value: bytes | None) -> datetime | None:
    """A FILETIME (100 ns ticks since 1601, UTC); None if absent, zero or out of range."""
    if value is None:
        return None
    ticks = struct.unpack_from("<Q", value)[0]
    if not ticks:
        return None
    try:
        return _FILETIME_EPOCH + timedelta(microseconds=ticks // 10)
    except OverflowError:
        return None


def _attachments(msg: _Msg, at: tuple[str, ...], *, depth: int) -> Iterator[tuple[str, bytes]]:
    """Each attached letter's name and bytes, with those attached to an attached email.

    An attached email's own body and headers are not read: it is another
    message (often the request, quoted back), and its ``Date:`` is not this
    letter's. The letters attached to it are read; one level deep, no more.
    """
    storages = sorted(n for low, n in msg.names(at).items() if low.startswith(_ATTACHMENT))
    for storage in storages[:MAX_ATTACHMENTS]:
        where = (*at, storage)
        codepage = _codepage(msg.properties(where, 8))
        name = next(
            (
                found
                for prop in (0x3707, 0x3704, 0x3001)  # long name, 8.3 name, display name
                if (found := msg.string(where, prop, codepage).strip())
            ),
            "",
        )
        embedded = msg.path(where, _EMBEDDED)
        if embedded is not None:  # an attached email: only the letters attached to it
            if depth < MAX_DEPTH:
                yield from _attachments(msg, tuple(embedded), depth=depth + 1)
            continue
        data = msg.path(where, "__substg1.0_37010102")
        if is_letter_name(name) and data is not None:
            yield name, msg.read(data, MAX_ATTACHMENT_BYTES)
