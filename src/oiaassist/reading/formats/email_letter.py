"""A letter as agencies send it: a saved email (.eml), its body and its attached letters.

Agencies answer by email: an acknowledgement in the body, a decision or an
extension as an attached PDF or Word letter. :func:`email_letter_text` turns
the saved message into the text the reader reads:

* each attached ``.pdf`` / ``.docx`` letter first (the letter, with its own
  date and letterhead), then
* a short header block (``From:``, ``Date:``, ``Subject:``) and the body
  (plain text, or the HTML part made text).

The header block lets the reader see the sender's address (the author,
:mod:`.author`) and the day the email was sent: an emailed acknowledgement
that does not say when the request arrived was sent on or after that day,
which the reader uses as the latest possible day of receipt.

Only the standard library's :mod:`email` package (``policy.default``) parses
the message. Outlook's ``.msg`` is read by :mod:`.outlook_msg` into the same
parts (sender, time sent, subject, body, attachments), and
:func:`saved_email_text` makes the text of either the same way.
"""

from __future__ import annotations

import email
import email.policy
from collections.abc import Iterable
from datetime import date, datetime
from email.message import EmailMessage
from email.utils import parsedate_to_datetime
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from oiaassist.errors import LetterError

MAX_PARTS = 50
"""At most this many MIME parts are looked at (a message is not an archive)."""

LETTER_SUFFIXES = (".pdf", ".docx")


def looks_like_email(data: bytes) -> bool:
    """Whether ``data`` starts like an RFC 5322 message (headers, then a blank line)."""
    head = data[:2048].lstrip().lower()
    starts = (b"from:", b"to:", b"subject:", b"date:", b"received:", b"return-path:",
              b"mime-version:", b"message-id:", b"delivered-to:", b"x-")  # fmt: skip
    return head.startswith(starts) and (b"\n\n" in data[:65536] or b"\r\n\r\n" in data[:65536])


def email_letter_text(
    data: bytes, source: str, *, ocr: bool = False, notes: list[str] | None = None
) -> str:
    """The text to read from a saved email: attached letters, then headers and body.

    ``ocr``: read an attached scanned PDF with OCR; ``notes``: see :func:`saved_email_text`.

    Raises:
        LetterError: the message has neither a body nor a readable letter attached.
    """
    message = email.message_from_bytes(data, policy=email.policy.default)
    if not isinstance(message, EmailMessage):  # pragma: no cover - policy.default gives these
        raise LetterError(f"{source}: is not an email message")
    return saved_email_text(
        source,
        attachments=_attachments(message),
        sender=str(message.get("From", "") or ""),
        sent=_sent(str(message.get("Date", "") or "")),
        subject=str(message.get("Subject", "") or ""),
        body=_body(message),
        ocr=ocr,
        notes=notes,
    )


def _attachments(message: EmailMessage) -> Iterable[tuple[str, bytes]]:
    """Each attached .pdf / .docx letter's name and bytes (decoded one at a time)."""
    for count, part in enumerate(message.walk()):
        if count >= MAX_PARTS:
            break
        name = (part.get_filename() or "").strip()
        if not is_letter_name(name):
            continue
        payload = part.get_payload(decode=True)
        if isinstance(payload, bytes) and payload:
            yield name, payload


def is_letter_name(name: str) -> bool:
    """Whether an attachment named ``name`` is a letter to read (a PDF or Word file)."""
    return name.lower().endswith(LETTER_SUFFIXES)


def saved_email_text(
    source: str,
    *,
    attachments: Iterable[tuple[str, bytes]],
    sender: str,
    sent: datetime | None,
    subject: str,
    body: str,
    ocr: bool = False,
    notes: list[str] | None = None,
) -> str:
    """The text the reader reads from an email (.eml or .msg), given its parts.

    ``attachments`` are the attached letters' names and bytes, each read as a
    letter file. The letters come first, then a ``From:`` / ``Date:`` /
    ``Subject:`` block and the body. An attached letter that cannot be read
    (a scan, a damaged file) goes into ``notes``, so it is not passed over in
    silence when the rest can be read. ``ocr`` reads an attached scan with OCR.

    Raises:
        LetterError: the message has neither a body nor a readable letter attached.
    """
    # files.py calls this module for .eml; importing it here keeps the import one-way.
    from oiaassist.reading.formats.files import letter_text_from_bytes  # noqa: PLC0415

    letters: list[str] = []
    problems: list[str] = []
    for name, content in attachments:
        try:
            letters.append(
                letter_text_from_bytes(
                    content, f"{source}: {name}", suffix=_suffix(name), ocr=ocr, notes=notes
                )
            )
        except LetterError as exc:
            problems.append(str(exc))
    header = _header_block(sender, sent, subject)
    if not letters and not body.strip():
        detail = "; ".join(problems) if problems else "it has no text body and no letter attached"
        raise LetterError(f"{source}: {detail}")
    if notes is not None:
        notes.extend(problems)
    return "\n\n".join([*letters, header + "\n\n" + body]).strip() + "\n"


def _suffix(name: str) -> str:
    return "." + name.rsplit(".", 1)[-1].lower()


def _body(message: EmailMessage) -> str:
    """The message's own text: its plain-text part, else its HTML part made text."""
    from oiaassist.reading.formats.files import _html_text  # noqa: PLC0415 - same package

    part = message.get_body(preferencelist=("plain", "html"))
    if part is None:
        return ""
    try:
        content = part.get_content()
    except (LookupError, ValueError):  # an unknown charset or a broken encoding
        payload = part.get_payload(decode=True)
        content = payload.decode("utf-8", errors="replace") if isinstance(payload, bytes) else ""
    if not isinstance(content, str):
        return ""
    if part.get_content_subtype() == "html":
        content = _html_text(content)
    return content


_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
           "September", "October", "November", "December")  # fmt: skip


def _nz_day(sent: datetime) -> date:
    """The New Zealand day an email was sent (its header may be in UTC or any zone)."""
    if sent.tzinfo is None:
        return sent.date()
    try:
        return sent.astimezone(ZoneInfo("Pacific/Auckland")).date()
    except ZoneInfoNotFoundError:  # no time-zone database: the sender's own day
        return sent.date()


def _sent(raw: str) -> datetime | None:
    """The time in a ``Date:`` header; None if there is none or it cannot be read."""
    if not raw.strip():
        return None
    try:
        return parsedate_to_datetime(raw.strip())
    except (TypeError, ValueError, IndexError):
        return None


def _header_block(sender: str, sent: datetime | None, subject: str) -> str:
    """``From:``, ``Date:`` (as a plain New Zealand date) and ``Subject:`` lines for the reader."""
    lines: list[str] = []
    sender = " ".join(sender.split())
    if sender:
        lines.append(f"From: {sender}")
    if sent is not None:
        day = _nz_day(sent)
        lines.append(f"Date: {day.day} {_MONTHS[day.month - 1]} {day.year}")
    subject = " ".join(subject.split())
    if subject:
        lines.append(f"Subject: {subject}")
    return "\n".join(lines)
