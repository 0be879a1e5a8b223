"""Render a letter: plain text with a subject, a .docx letter, an .eml draft, a mailto: link.

All four come from the same context (``model_dump()`` of the letter, cleaned
by :func:`.sandbox.clean_context`) rendered in the same sandbox, so the email
and the Word letter cannot say different things. Template problems (unknown
variable, syntax, sandbox refusal, a file that is not a .docx) become
:class:`~oiaassist.errors.TemplateError` naming the template file.
"""

from __future__ import annotations

import base64
import io
import re
import zipfile
from dataclasses import dataclass
from email import policy
from email.errors import HeaderParseError
from email.headerregistry import Address
from email.message import EmailMessage
from email.utils import formataddr
from pathlib import Path
from typing import Any
from urllib.parse import quote

import jinja2
from lxml.etree import XMLSyntaxError  # type: ignore[import-untyped]

from oiaassist.drafting.models import Letter, one_line
from oiaassist.drafting.sandbox import clean_context, make_environment, time_limit
from oiaassist.drafting.templates import TemplateFolder, split_subject
from oiaassist.errors import InputError, TemplateError
from oiaassist.files import ReadRefusedError, read_limited
from oiaassist.reading.formats.files import DocxTooBigError, check_docx

DOCX_MIME = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
_BLANK_RUNS = re.compile(r"\n{3,}")
_TRAILING = re.compile(r"[ \t]+$", re.MULTILINE)
_SPECIALS = re.compile(r'[()<>\[\]:;@\\,."=?]')  # RFC 5322 specials, and what looks like encoding
_CHUNK_BYTES = 40  # 40 bytes -> 68-character encoded-words: header lines stay under 78
_EMAIL = re.compile(r"^[^@\s<>,;:\"()\[\]\\]+@[^@\s<>,;:\"()\[\]\\]+$")


@dataclass(frozen=True, slots=True)
class PlainLetter:
    """A letter as plain text: the subject line and the body to paste into an email."""

    subject: str
    body: str

    def __str__(self) -> str:
        return f"Subject: {self.subject}\n\n{self.body}"


def letter_context(letter: Letter) -> dict[str, Any]:
    """What a template sees: the letter's fields and computed fields, as clean plain data."""
    context: dict[str, Any] = clean_context(letter.model_dump(mode="python"))
    return context


def _describe(exc: jinja2.TemplateError) -> str:
    if isinstance(exc, jinja2.exceptions.SecurityError):
        return f"refused by the template sandbox: {exc.message}"
    if isinstance(exc, jinja2.UndefinedError):
        return f"uses a variable its letter does not have: {exc.message}"
    if isinstance(exc, jinja2.TemplateSyntaxError):
        return f"syntax error on line {exc.lineno}: {exc.message}"
    return str(exc.message or exc)


# What a shared template's own code can raise while it renders (1 // 0, a
# macro that calls itself, a .docx whose parts are missing): the template's
# fault, reported as such, never a traceback.
_TEMPLATE_FAILURES = (
    ArithmeticError,
    RecursionError,
    MemoryError,
    AssertionError,  # jinja's own filters assert on some arguments ('abc'|truncate(-1))
    LookupError,
    TypeError,
    ValueError,
    AttributeError,
)


def _failed(exc: Exception) -> str:
    if isinstance(exc, RecursionError):
        return "failed while rendering: it calls itself without end"
    if isinstance(exc, MemoryError):
        return "failed while rendering: it needs more memory than a letter can have"
    if isinstance(exc, AssertionError):
        return "failed while rendering: a filter was given an argument it cannot take"
    return f"failed while rendering ({type(exc).__name__}: {exc})"


MAX_TEMPLATE = 20 * 1024 * 1024
"""A template file is at most this big (a .docx with a letterhead image is well under 1 MB)."""


def _read_bytes(path: Path) -> bytes:
    try:
        return read_limited(path, MAX_TEMPLATE)
    except ReadRefusedError as exc:
        raise TemplateError(path.name, str(exc)) from None
    except OSError as exc:
        raise TemplateError(path.name, f"cannot be read ({exc.strerror})") from exc


def _read_text(path: Path) -> str:
    try:
        return _read_bytes(path).decode("utf-8")
    except UnicodeDecodeError as exc:
        raise TemplateError(path.name, f"is not UTF-8 text ({exc.reason})") from exc
    except OSError as exc:
        raise TemplateError(path.name, f"cannot be read ({exc.strerror})") from exc


def tidy(text: str) -> str:
    """No trailing spaces, at most one blank line in a row, one final newline."""
    text = _BLANK_RUNS.sub("\n\n", _TRAILING.sub("", text))
    return text.strip("\n") + "\n"


def render_text(letter: Letter, *, folder: TemplateFolder | None = None) -> PlainLetter:
    """The letter as plain text, from its ``.txt`` template."""
    path = (folder or TemplateFolder()).find(letter.template, "txt")
    subject_source, body_source = split_subject(_read_text(path), path.name)
    env = make_environment(letter.style.locale, "text")
    context = letter_context(letter)
    try:
        with time_limit():
            subject = env.from_string(subject_source).render(context)
            body = env.from_string(body_source).render(context)
    except jinja2.TemplateError as exc:
        raise TemplateError(path.name, _describe(exc)) from exc
    except _TEMPLATE_FAILURES as exc:
        raise TemplateError(path.name, _failed(exc)) from exc
    return PlainLetter(one_line(subject), tidy(body))


def render_docx(letter: Letter, *, folder: TemplateFolder | None = None) -> bytes:
    """The letter as a .docx file (bytes), from its ``.docx`` template."""
    from docxtpl import DocxTemplate  # noqa: PLC0415 - 80 ms; only when a .docx is wanted

    path = (folder or TemplateFolder()).find(letter.template, "docx")
    data = _read_bytes(path)
    try:
        check_docx(data)  # a shared .docx template may be a zip bomb too
    except DocxTooBigError as exc:
        raise TemplateError(path.name, f"{exc}, too much for a letter template") from None
    except Exception as exc:  # not a zip, broken XML: not a usable .docx
        raise TemplateError(path.name, f"is not a usable .docx file ({exc})") from None
    template = DocxTemplate(io.BytesIO(data))
    env = make_environment(letter.style.locale, "docx")
    try:
        with time_limit():
            template.render(letter_context(letter), jinja_env=env, autoescape=True)
    except jinja2.TemplateError as exc:
        raise TemplateError(path.name, _describe(exc)) from exc
    except (zipfile.BadZipFile, XMLSyntaxError) as exc:
        raise TemplateError(path.name, f"is not a usable .docx file ({exc})") from exc
    except _TEMPLATE_FAILURES as exc:
        raise TemplateError(path.name, _failed(exc)) from exc
    out = io.BytesIO()
    try:
        template.save(out)
    except (KeyError, ValueError, AttributeError) as exc:
        raise TemplateError(path.name, f"is not a usable .docx file ({exc})") from exc
    return out.getvalue()


def _check_address(email: str, field: str) -> None:
    if not _EMAIL.match(email):
        raise InputError(field, email, "is not an email address")
    try:
        Address(addr_spec=email)
    except (ValueError, HeaderParseError) as exc:
        raise InputError(field, email, f"is not an email address ({exc})") from exc


def _encoded_words(text: str) -> str:
    """``text`` as RFC 2047 base64 encoded-words, folded, split only between characters."""
    chunks: list[bytes] = [b""]
    for char in text:
        data = char.encode("utf-8")
        if len(chunks[-1]) + len(data) > _CHUNK_BYTES:
            chunks.append(b"")
        chunks[-1] += data
    return "\r\n ".join(f"=?utf-8?b?{base64.b64encode(c).decode('ascii')}?=" for c in chunks)


def _set_header(message: EmailMessage, name: str, value: str, email: str = "") -> None:
    """Set a header so that every character and space survives.

    Python's modern folder puts each non-ASCII word in its own encoded-word
    with a plain space between them, which RFC 2047 readers drop ("עברית
    مرحبا" arrives as "עבריתمرحبا"), and leaves ASCII specials such as ``<``
    unencoded beside them in a display name. So any value that is not plain
    ASCII text is written whole as encoded-words, pre-folded, with ``set_raw``.
    """
    if value.isascii() and not _SPECIALS.search(value):
        message[name] = formataddr((value, email)) if email else value
        return
    encoded = _encoded_words(value)
    message.set_raw(name, f"{encoded}\r\n <{email}>" if email else encoded)


def render_eml(
    letter: Letter, *, folder: TemplateFolder | None = None, attach_docx: bool = False
) -> bytes:
    """The letter as an unsent email draft (.eml): open it in a mail program and send.

    ``X-Unsent: 1`` makes Outlook open it as a draft; Thunderbird and Apple
    Mail open it as a message to forward or edit. With ``attach_docx`` the
    .docx letter is attached too.
    """
    text = render_text(letter, folder=folder)
    context = letter_context(letter)
    message = EmailMessage()
    _set_header(message, "Subject", text.subject)
    if to := context["recipient_email"]:
        _check_address(to, "recipient_email")
        _set_header(message, "To", one_line(context["recipient"]), to)
    requester = context["requester"]
    if sender := requester["email"]:
        _check_address(sender, "requester.email")
        _set_header(message, "From", one_line(requester["name"]), sender)
    message["X-Unsent"] = "1"
    message.set_content(text.body, charset="utf-8", cte="quoted-printable")
    if attach_docx:
        message.add_attachment(
            render_docx(letter, folder=folder),
            maintype="application",
            subtype=DOCX_MIME.split("/", 1)[1],
            filename=f"{letter.template}.docx",
        )
    return message.as_bytes(policy=policy.SMTP)


def mailto_link(letter: Letter, *, folder: TemplateFolder | None = None) -> str:
    """A ``mailto:`` link that opens the letter in the user's mail program (RFC 6068).

    Mail programs cap a link's length (often near 2,000 characters), so a long
    letter is better sent as an .eml or pasted from the plain text.
    """
    text = render_text(letter, folder=folder)
    to = letter_context(letter)["recipient_email"]
    if to:
        _check_address(to, "recipient_email")
    body = text.body.replace("\n", "\r\n")
    return (
        f"mailto:{quote(to, safe='@')}"
        f"?subject={quote(text.subject, safe='')}&body={quote(body, safe='')}"
    )
