"""A test-only writer of Outlook .msg files: a compound file ([MS-CFB]) holding MAPI properties.

There is no Outlook here, and ``olefile`` only reads, so the tests build their
.msg files with this small writer. It writes what Outlook writes for a
received message, as far as the reader looks ([MS-OXMSG] 2.1-2.4):

* a version 3 compound file (512-byte sectors, 64-byte mini sectors): the
  header and its DIFAT array (at most 109 FAT sectors, so files up to ~7 MB;
  no DIFAT sectors), the FAT, the directory (each storage's children a
  balanced binary tree, all black), the mini FAT and the mini stream (every
  stream under 4,096 bytes lives there, as the format requires), then the
  large streams in ordinary sectors;
* a message: ``__properties_version1.0`` (a 32-byte header, or 24 bytes in an
  attached message, then 16-byte entries: the fixed-size values such as the
  submit time, and the size of each string), ``__substg1.0_IIIITTTT`` streams
  for strings (``001F`` UTF-16LE, ``001E`` 8-bit) and binary values
  (``0102``), ``__nameid_version1.0``, and ``__attach_version1.0_#0000000N``
  storages holding an attachment's long file name (0x3707), method (0x3705)
  and data (0x3701, or a ``000D`` storage for an attached message).

:class:`Cfb` keeps where things were put (the FAT, the directory entries),
so a test can damage a file on purpose: a FAT loop, a huge declared size.
"""

from __future__ import annotations

import struct
from dataclasses import dataclass, field
from datetime import UTC, datetime

SECTOR = 512
MINI = 64
CUTOFF = 4096
FREESECT = 0xFFFFFFFF
ENDOFCHAIN = 0xFFFFFFFE
FATSECT = 0xFFFFFFFD
NOSTREAM = 0xFFFFFFFF
MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"

Tree = dict[str, "bytes | Tree"]
"""A storage: names to a stream's bytes or to a storage (another dict)."""


@dataclass
class _Entry:
    name: str
    kind: int  # 1 storage, 2 stream, 5 root
    data: bytes = b""
    children: list[int] = field(default_factory=list)
    start: int = ENDOFCHAIN
    left: int = NOSTREAM
    right: int = NOSTREAM
    child: int = NOSTREAM


@dataclass
class Cfb:
    """A compound file as bytes, and where its parts are (for damaging it in tests)."""

    data: bytearray
    fat_offset: int
    """File offset of the first FAT sector (the FAT is contiguous here)."""
    dir_offset: int
    """File offset of directory entry 0 (the directory is contiguous here)."""
    sids: dict[str, int]
    """Each entry's path ("a/b") to its directory index."""

    def entry_offset(self, path: str) -> int:
        """File offset of the directory entry of ``path``."""
        return self.dir_offset + 128 * self.sids[path]

    def set_size(self, path: str, size: int) -> None:
        """Declare ``path``'s stream to be ``size`` bytes (its data stays as it was)."""
        struct.pack_into("<Q", self.data, self.entry_offset(path) + 120, size)

    def start_sector(self, path: str) -> int:
        """The first (mini) sector of ``path``'s stream."""
        return int(struct.unpack_from("<I", self.data, self.entry_offset(path) + 116)[0])

    def set_fat(self, sector: int, value: int) -> None:
        """Point FAT entry ``sector`` at ``value`` (e.g. itself: a loop)."""
        struct.pack_into("<I", self.data, self.fat_offset + 4 * sector, value)


def _sectors(size: int, unit: int) -> int:
    return (size + unit - 1) // unit


def _chain(fat: list[int], start: int, count: int) -> None:
    for i in range(count):
        fat[start + i] = start + i + 1 if i < count - 1 else ENDOFCHAIN


def _sort_key(entry: _Entry) -> tuple[int, str]:
    return (len(entry.name), entry.name.upper())  # [MS-CFB] 2.6.4: shorter names first


def write_cfb(tree: Tree) -> Cfb:
    """A version 3 compound file holding ``tree``."""
    entries = [_Entry("Root Entry", 5)]
    paths: dict[str, int] = {}

    def add(storage: Tree, parent: int, prefix: str) -> None:
        for name, value in storage.items():
            sid = len(entries)
            paths[prefix + name] = sid
            if isinstance(value, dict):
                entries.append(_Entry(name, 1))
                entries[parent].children.append(sid)
                add(value, sid, prefix + name + "/")
            else:
                entries.append(_Entry(name, 2, data=value))
                entries[parent].children.append(sid)

    add(tree, 0, "")

    def balance(sids: list[int]) -> int:
        if not sids:
            return NOSTREAM
        middle = len(sids) // 2
        node = entries[sids[middle]]
        node.left = balance(sids[:middle])
        node.right = balance(sids[middle + 1 :])
        return sids[middle]

    for entry in entries:
        entry.child = balance(sorted(entry.children, key=lambda s: _sort_key(entries[s])))

    # The mini stream: every stream under the cut-off, in 64-byte mini sectors.
    mini_stream = bytearray()
    minifat: list[int] = []
    for entry in entries:
        if entry.kind == 2 and 0 < len(entry.data) < CUTOFF:
            entry.start = len(minifat)
            count = _sectors(len(entry.data), MINI)
            minifat.extend([FREESECT] * count)
            _chain(minifat, entry.start, count)
            mini_stream += entry.data.ljust(count * MINI, b"\0")
    big = [e for e in entries if e.kind == 2 and len(e.data) >= CUTOFF]

    n_dir = _sectors(len(entries) * 128, SECTOR)
    n_minifat = _sectors(len(minifat) * 4, SECTOR)
    n_mini = _sectors(len(mini_stream), SECTOR)
    n_big = sum(_sectors(len(e.data), SECTOR) for e in big)
    others = n_dir + n_minifat + n_mini + n_big
    n_fat = 1
    while n_fat * (SECTOR // 4) < n_fat + others:
        n_fat += 1
    if n_fat > 109:
        raise ValueError("too big for this writer (no DIFAT sectors)")
    total = n_fat + others
    fat = [FREESECT] * (n_fat * (SECTOR // 4))
    for i in range(n_fat):
        fat[i] = FATSECT
    at = n_fat
    dir_start = at
    _chain(fat, at, n_dir)
    at += n_dir
    minifat_start = at if n_minifat else ENDOFCHAIN
    _chain(fat, at, n_minifat)
    at += n_minifat
    mini_start = at if n_mini else ENDOFCHAIN
    _chain(fat, at, n_mini)
    at += n_mini
    body = bytearray()
    for entry in big:
        count = _sectors(len(entry.data), SECTOR)
        entry.start = at
        _chain(fat, at, count)
        at += count
        body += entry.data.ljust(count * SECTOR, b"\0")
    assert at == total

    entries[0].start = mini_start
    entries[0].data = bytes(mini_stream)
    directory = bytearray()
    for entry in entries:
        name = entry.name.encode("utf-16-le")
        assert len(name) <= 62, entry.name
        size = len(entry.data) if entry.kind != 1 else 0
        start = entry.start if size else (ENDOFCHAIN if entry.kind != 1 else 0)
        directory += struct.pack(
            "<64sHBBIII16sIQQIQ",
            name + b"\0\0",
            len(name) + 2,
            entry.kind,
            1,  # black
            entry.left,
            entry.right,
            entry.child,
            b"\0" * 16,
            0,
            0,
            0,
            start,
            size,
        )
    while len(directory) % SECTOR:
        directory += struct.pack(
            "<64sHBBIII16sIQQIQ", b"", 0, 0, 0, NOSTREAM, NOSTREAM, NOSTREAM, b"", 0, 0, 0, 0, 0
        )

    difat = list(range(n_fat)) + [FREESECT] * (109 - n_fat)
    header = struct.pack(
        "<8s16sHHHHH6xIIIIIIIII",
        MAGIC,
        b"\0" * 16,
        0x003E,
        3,
        0xFFFE,
        9,
        6,
        0,  # directory sectors: 0 in a version 3 file
        n_fat,
        dir_start,
        0,
        CUTOFF,
        minifat_start,
        n_minifat,
        ENDOFCHAIN,
        0,
    ) + struct.pack("<109I", *difat)
    assert len(header) == SECTOR
    minifat_bytes = struct.pack(f"<{len(minifat)}I", *minifat)
    data = bytearray(header)
    fat_offset = len(data)
    data += struct.pack(f"<{len(fat)}I", *fat)
    dir_offset = len(data)
    data += directory
    data += minifat_bytes.ljust(n_minifat * SECTOR, b"\xff")
    data += bytes(mini_stream).ljust(n_mini * SECTOR, b"\0")
    data += body
    return Cfb(data, fat_offset, dir_offset, paths)


# -- MAPI ------------------------------------------------------------------------------------

PT_LONG = 0x0003
PT_SYSTIME = 0x0040
PT_UNICODE = 0x001F
PT_STRING8 = 0x001E
PT_BINARY = 0x0102
PT_OBJECT = 0x000D


def filetime(when: datetime) -> int:
    """``when`` as a Windows FILETIME (100 ns ticks since 1601-01-01 UTC)."""
    delta = when.astimezone(UTC) - datetime(1601, 1, 1, tzinfo=UTC)
    return (delta.days * 86_400 + delta.seconds) * 10_000_000 + delta.microseconds * 10


def _property(tag: int, value: bytes) -> bytes:
    return struct.pack("<II", tag, 0x6) + value.ljust(8, b"\0")  # readable, writable


@dataclass
class Attachment:
    """An attached file, or (``message`` set) an attached email."""

    name: str
    data: bytes = b""
    message: Message | None = None


@dataclass
class Message:
    """What the reader looks at in an email."""

    subject: str = ""
    body: str | None = None
    html: bytes | None = None
    sender_name: str = ""
    sender_smtp: str = ""
    sender_email: str = ""
    """PR_SENDER_EMAIL_ADDRESS: an SMTP address, or an Exchange X500 address."""
    sent: datetime | None = None
    delivered: datetime | None = None
    attachments: list[Attachment] = field(default_factory=list)
    unicode: bool = True
    """Strings as UTF-16LE (001F); else 8-bit (001E) in ``codepage``."""
    codepage: int = 1252
    extra: dict[str, bytes] = field(default_factory=dict)
    """Other streams at the top level, by name (e.g. a compressed RTF body)."""


def _message_tree(message: Message, *, embedded: bool) -> Tree:
    tree: Tree = {}
    props: list[bytes] = []
    kind = PT_UNICODE if message.unicode else PT_STRING8

    def string(prop: int, text: str) -> None:
        if not text:
            return
        if message.unicode:
            data = text.encode("utf-16-le") + b"\0\0"
        else:
            data = text.encode(f"cp{message.codepage}") + b"\0"
        tree[f"__substg1.0_{prop:04X}{kind:04X}"] = data
        props.append(_property(prop << 16 | kind, struct.pack("<I", len(data))))

    string(0x0037, message.subject)
    string(0x0C1A, message.sender_name)
    string(0x0C1F, message.sender_email)
    string(0x5D01, message.sender_smtp)
    if message.body is not None:
        string(0x1000, message.body)
    if message.html is not None:
        tree["__substg1.0_10130102"] = message.html
        props.append(_property(0x1013 << 16 | PT_BINARY, struct.pack("<I", len(message.html))))
    if message.sent is not None:
        props.append(
            _property(0x0039 << 16 | PT_SYSTIME, struct.pack("<Q", filetime(message.sent)))
        )
    if message.delivered is not None:
        value = struct.pack("<Q", filetime(message.delivered))
        props.append(_property(0x0E06 << 16 | PT_SYSTIME, value))
    props.append(_property(0x3FFD << 16 | PT_LONG, struct.pack("<I", message.codepage)))
    for number, attachment in enumerate(message.attachments):
        tree[f"__attach_version1.0_#{number:08X}"] = _attachment_tree(attachment)
    tree.update(message.extra)
    tree["__nameid_version1.0"] = {
        "__substg1.0_00020102": b"",
        "__substg1.0_00030102": b"",
        "__substg1.0_00040102": b"",
    }
    count = len(message.attachments)
    # next recipient id, next attachment id, recipient count, attachment count; 8 more
    # reserved bytes at the top level only ([MS-OXMSG] 2.4.1)
    head = struct.pack("<8xIIII", 0, count, 0, count) + (b"" if embedded else b"\0" * 8)
    tree["__properties_version1.0"] = head + b"".join(props)
    return tree


def _attachment_tree(attachment: Attachment) -> Tree:
    tree: Tree = {}
    name = attachment.name.encode("utf-16-le") + b"\0\0"
    tree["__substg1.0_3707001F"] = name
    tree["__substg1.0_3001001F"] = name
    method = 5 if attachment.message is not None else 1  # ATTACH_EMBEDDED_MSG, ATTACH_BY_VALUE
    props = [
        _property(0x3705 << 16 | PT_LONG, struct.pack("<I", method)),
        _property(0x3707 << 16 | PT_UNICODE, struct.pack("<I", len(name))),
    ]
    if attachment.message is not None:
        tree["__substg1.0_3701000D"] = _message_tree(attachment.message, embedded=True)
    else:
        tree["__substg1.0_37010102"] = attachment.data
        props.append(_property(0x3701 << 16 | PT_BINARY, struct.pack("<I", len(attachment.data))))
    tree["__properties_version1.0"] = b"\0" * 8 + b"".join(props)
    return tree


def write_msg(message: Message) -> Cfb:
    """``message`` as an Outlook .msg file."""
    return write_cfb(_message_tree(message, embedded=False))
