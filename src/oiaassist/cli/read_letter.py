"""``oiaassist read-letter``: what does the agency's letter say, and are its dates right?"""

from __future__ import annotations

import argparse
import dataclasses
import json
import sys
from datetime import date
from enum import Enum
from typing import TYPE_CHECKING, Any

from oiaassist.cli.args import (
    REGION_HELP,
    act_arg,
    date_arg,
    region_arg,
    region_ignored,
    resolve_agency,
)
from oiaassist.i18n import _
from oiaassist.law.acts import Act

if TYPE_CHECKING:
    from oiaassist.agencies import Agency
    from oiaassist.reading.checks import DateCheck
    from oiaassist.reading.reader import LetterReading


def register(commands: Any) -> None:
    """Add the ``read-letter`` command."""
    parser = commands.add_parser(
        "read-letter",
        help="read an agency's letter: the dates and sections it states, checked",
        description=(
            "Read an agency's letter (.txt, .docx, .html, a saved email .eml or Outlook .msg, "
            "or .pdf with "
            "oiaassist[pdf]) and print "
            "what it states: its date, the Act, the reference, when the request was received, "
            "due dates, clarification, extension, transfer, the decision and the sections cited. "
            "Then check each stated date against the statute."
        ),
        epilog=(
            "examples:\n"
            "  oiaassist read-letter response.pdf\n"
            "  oiaassist read-letter extension.docx --request request.json\n"
            "  pbpaste | oiaassist read-letter - --json"
        ),
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("file", metavar="FILE", help="the letter; '-' reads its text from stdin")
    parser.add_argument(
        "--request",
        metavar="REQUEST.json",
        help="the tracked request the letter belongs to (fills in what the letter leaves out)",
    )
    parser.add_argument(
        "--act",
        type=act_arg,
        metavar="{oia,lgoima,privacy}",
        help="count under this Act (default: the Act the letter names, else the OIA)",
    )
    parser.add_argument(
        "--region",
        type=region_arg,
        metavar="REGION",
        help=REGION_HELP,
    )
    parser.add_argument(
        "--agency",
        metavar="NAME",
        help=(
            "the agency that wrote the letter (name, acronym or id; part of a name will do when "
            "only one body matches); by default the one its sender, signature or letterhead "
            "shows: it gives the Act and a council's region"
        ),
    )
    parser.add_argument(
        "--dated",
        type=date_arg("--dated"),
        metavar="DATE",
        help=(
            "the letter's date, for a letter whose text does not state it (an extract pasted "
            "from below the letterhead): its decision, or an extension or transfer it notifies, "
            "is dated this day; ignored when the text has a date of its own"
        ),
    )
    parser.add_argument(
        "--quotes", action="store_true", help="show the words each fact was found in"
    )
    parser.add_argument("--json", action="store_true", help="print JSON for scripts")
    parser.add_argument(
        "--ocr",
        action="store_true",
        help=(
            "read a scanned PDF (pictures of pages, no text) with OCR: needs the tesseract "
            "program, takes up to 2 minutes, and misreads some characters, so check the dates "
            "it finds against the letter"
        ),
    )
    parser.set_defaults(handler=run)


def _stdin_bytes() -> bytes:
    """The letter piped in, at most :data:`~oiaassist.reading.formats.files.MAX_BYTES` of it."""
    from oiaassist.reading.formats.files import MAX_BYTES, read_bounded  # noqa: PLC0415

    stream = getattr(sys.stdin, "buffer", None)
    if stream is not None:
        return read_bounded(stream, "<stdin>")
    return sys.stdin.read(MAX_BYTES + 1).encode("utf-8")


def _letter_text(file: str, *, ocr: bool, notes: list[str]) -> str:
    """The letter's text from ``file``, or from stdin if it is ``-``."""
    from oiaassist.reading.formats.files import (  # noqa: PLC0415
        letter_text_from_bytes,
        letter_text_from_file,
    )

    if file == "-":
        return letter_text_from_bytes(_stdin_bytes(), "<stdin>", ocr=ocr, notes=notes)
    return letter_text_from_file(file, ocr=ocr, notes=notes)


def run(args: argparse.Namespace) -> int:
    """Read, check and print."""
    # Imported here so other commands do not pay for pydantic and the reader's patterns.
    from oiaassist.agencies.outside import outside_body  # noqa: PLC0415
    from oiaassist.reading.checks import check_reading  # noqa: PLC0415
    from oiaassist.reading.reader import read_letter, to_events  # noqa: PLC0415
    from oiaassist.reading.roles import every_date  # noqa: PLC0415
    from oiaassist.tracking.io import load_request  # noqa: PLC0415

    request = load_request(args.request) if args.request else None
    if args.region and args.act is not None and args.act is not Act.LGOIMA:
        print(region_ignored(args.act), file=sys.stderr)
    notes: list[str] = []  # read by OCR; an email's attachment not read
    text = _letter_text(args.file, ocr=args.ocr, notes=notes)
    reading = read_letter(text, dated=args.dated)
    agency, how, unlisted = _author(args, text, reading)
    # An author the OIA does not reach (the Auditor-General): its dates bind it to nothing.
    outside = outside_body(unlisted) if unlisted else None
    checks = check_reading(
        reading,
        act=args.act,
        region=args.region,
        request=request,
        agency=agency,
        outside=outside,
    )
    if args.json:
        out = {
            "file": args.file,
            "kind": reading.kind.value,
            "kind_rule": reading.kind_verdict.rule,
            "agency": {"id": agency.id, "name": agency.name, "from": how} if agency else None,
            "outside": {"name": outside.name, "why": outside.why} if outside else None,
            "outcome": reading.outcome.value if reading.outcome else None,
            "found": _jsonable(reading),
            "checks": [_jsonable(c) for c in checks],
            "events": [e.model_dump(mode="json") for e in to_events(reading)],
            "dates": [_jsonable(d) for d in every_date(text, reading)],
            "notes": notes,
        }
        print(json.dumps(out, indent=2, ensure_ascii=False))
        return 0
    lines = found_lines(reading, args.file, quotes=args.quotes)
    if args.quotes:
        lines += date_lines(text, reading)
    for note in reversed(notes):
        lines.insert(1, "  " + _("Note: {note}").format(note=note))
    if agency is not None:
        lines.insert(1, "  " + _agency_line(agency, how))
    elif outside is not None:
        lines.insert(
            1,
            "  "
            + _("Agency: {name} (named in the letter; it {why})").format(
                name=outside.name, why=outside.why
            ),
        )
    elif unlisted:
        # Named in the letter but not in the directory: say so, never guess its calendar.
        lines.insert(
            1,
            "  "
            + _(
                "Agency: {name} (named in the letter; not in the agency directory, so its Act"
                " and calendar are not known: give --agency)"
            ).format(name=unlisted),
        )
    print("\n".join(lines))
    print("\n".join(["", _("Checks"), *check_lines(checks)]))
    return 0


def _author(
    args: argparse.Namespace, text: str, reading: LetterReading
) -> tuple[Agency | None, str, str]:
    """The agency that wrote the letter, how we know it, and an unlisted author's name.

    How: "option" or "named in the letter". The name is "" unless the letter names an
    author the directory lacks (a university, a Crown research institute).
    """
    from oiaassist.reading.author import letter_author  # noqa: PLC0415

    if args.agency:
        return resolve_agency(args.agency, command="read-letter"), "option", ""
    # The author from its letterhead, signature, sender or own words: never a mere mention
    # (nor a body the request was transferred to or from).
    author = letter_author(text, not_these=reading.not_authors)
    if author is None:
        return None, "named in the letter", ""
    return author.agency, "named in the letter", "" if author.agency else author.name


def _agency_line(agency: Agency, how: str) -> str:
    where = ""
    if agency.calendar_region:
        where = _(", {anniversary} anniversary day not counted").format(
            anniversary=agency.anniversary_name
        )
    source = _("given with --agency") if how == "option" else _("named in the letter")
    line = _("Agency: {name} ({source}; {act}{where})").format(
        name=agency.name, source=source, act=agency.act.value.upper(), where=where
    )
    if agency.disestablished is None:
        return line
    # Its letter is real, but what comes next (a new request) goes to its successor.
    from oiaassist.agencies import current_successor  # noqa: PLC0415

    day = f"{agency.disestablished.day} {agency.disestablished:%B %Y}"
    successor = current_successor(agency)
    if successor is None:
        return line + " — " + _("disestablished on {day}").format(day=day)
    return (
        line
        + " — "
        + _("disestablished on {day}; a new request goes to {successor}").format(
            day=day, successor=successor.name
        )
    )


def _jsonable(value: Any) -> Any:
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, Enum):
        return value.value
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: _jsonable(getattr(value, f.name)) for f in dataclasses.fields(value)}
    if isinstance(value, list | tuple):
        return [_jsonable(v) for v in value]
    return value


def _day(day: date) -> str:
    from oiaassist.i18n import long_date  # noqa: PLC0415

    return f"{long_date(day)} ({day.isoformat()})"


Row = tuple[str, str, str]
"""A label, the value found, and the words it was found in."""


def found_lines(reading: LetterReading, name: str, *, quotes: bool) -> list[str]:
    """What the letter states, one fact per line."""
    lines = [f"{name}: {_kind_label(reading)}"]
    if quotes and reading.kind_verdict.words:
        lines.append(f"  “{_shorten(reading.kind_verdict.words)}”")  # the words the kind rests on
    rows = [
        *_heading_rows(reading),
        *_clarification_rows(reading),
        *_extension_rows(reading),
        *_outcome_rows(reading),
    ]
    if not rows:
        lines.append("  " + _("Nothing found: no dates, references or sections this reader knows."))
    width = max((len(label) for label, _text, _snip in rows), default=0) + 1
    for label, text, snippet in rows:
        lines.append(f"  {label + ':':<{width}} {text}")
        if quotes and snippet:
            lines.append(f"  {'':<{width}} “{_shorten(snippet)}”")
    return lines


def date_lines(text: str, reading: LetterReading) -> list[str]:
    """Every date the letter writes, with the role it was read as, or "not understood"."""
    from oiaassist.reading.roles import ROLE_NAMES, every_date  # noqa: PLC0415

    dates = every_date(text, reading)
    if not dates:
        return []
    lines = ["", _("Dates in the letter")]
    for found in dates:
        role = _(ROLE_NAMES[found.role]) if found.role else _("role not known (not used)")
        lines.append(f"  {found.written}: {role}")
        lines.append(f"    “{_shorten(found.snippet)}”")
    return lines


def _heading_rows(reading: LetterReading) -> list[Row]:
    rows: list[Row] = []
    if reading.letter_date:
        day = _day(reading.letter_date.value)
        if reading.letter_date_given:  # the text has no date: --dated gave it
            day = _("{day} (as you gave it: the letter does not state its date)").format(day=day)
        rows.append((_("Dated"), day, reading.letter_date.snippet))
    if reading.act:
        rows.append((_("Act"), reading.act.value.statute.title, reading.act.snippet))
    if reading.reference:
        rows.append((_("Reference"), reading.reference.value, reading.reference.snippet))
    if reading.received:
        labels = {
            "received": _("Received"),
            "email": _("Request dated"),
            "request": _("Request dated"),
            "sent": _("Request sent"),
            "header": _("Received by"),
            "transfer": _("Transferred here"),
        }
        label = labels.get(reading.received_basis, _("Received"))
        rows.append((label, _day(reading.received.value), reading.received.snippet))
    if reading.stated_due:
        due = reading.stated_due
        rows.append((_("Stated due date"), _day(due.value), due.snippet))
    return rows


def _clarification_rows(reading: LetterReading) -> list[Row]:
    rows: list[Row] = []
    if reading.clarification:
        c = reading.clarification
        label = _("Refinement sought") if c.refinement else _("Clarification sought")
        when = _day(c.sought.value) + (" " + _("(this letter)") if c.asked_in_this_letter else "")
        rows.append((label, when, c.sought.snippet))
    if reading.refinement_declined:
        found = reading.refinement_declined
        rows.append((_("Refinement declined"), _day(found.value), found.snippet))
    if reading.clarified:
        rows.append((_("Clarified"), _day(reading.clarified.value), reading.clarified.snippet))
    if reading.treated_as_new:
        answer = _("yes") if reading.treated_as_new.value else _("no")
        rows.append((_("Treated as new"), answer, reading.treated_as_new.snippet))
    return rows


def _outcome_rows(reading: LetterReading) -> list[Row]:
    rows: list[Row] = []
    if reading.transfer:
        t = reading.transfer
        text = t.to_agency.value + (f", {_day(t.on.value)}" if t.on else "")
        if t.partial:
            text += " " + _("(part of the request)")
        rows.append((_("Transferred to"), text, t.to_agency.snippet))
    if reading.transferred_from:
        came = reading.transferred_from
        text = came.value
        if reading.transferred_in:
            text += f", {_day(reading.transferred_in.value)}"
        rows.append((_("Transferred from"), text, came.snippet))
    elif reading.transferred_in and reading.received_basis != "transfer":
        # the transferor not named ("this part of your request was transferred to us on D")
        came_on = reading.transferred_in
        rows.append((_("Transferred here"), _day(came_on.value), came_on.snippet))
    if reading.right_to_complain:
        body = reading.right_to_complain
        rows.append((_("Right to complain"), body.value, body.snippet))
    if reading.outcome is not None:
        hints = ", ".join(h.value.value.replace("_", " ") for h in reading.outcomes)
        rows.append((_("Decision"), f"{reading.outcome.value.replace('_', ' ')} ({hints})", ""))
    elif reading.outcome_unread:
        # as the app's letter dialog says it: the outcome is the user's to record
        rows.append((_("Decision"), _("outcome not stated in words oiaassist knows"), ""))
    if reading.sections:
        rows.append((_("Sections cited"), ", ".join(reading.section_numbers), ""))
    return rows


def _extension_rows(reading: LetterReading) -> list[Row]:
    ext = reading.extension
    if ext is None:
        return []
    parts: list[str] = []
    if ext.notice_date:
        this = " " + _("(this letter)") if ext.notified_in_this_letter else ""
        parts.append(_("notified {day}").format(day=_day(ext.notice_date.value)) + this)
    if ext.working_days:
        parts.append(_("{n} working days").format(n=ext.working_days.value))
    if ext.extended_to:
        parts.append(_("to {day}").format(day=_day(ext.extended_to.value)))
    if ext.grounds:
        names = ", ".join(g.value.value.replace("_", " ") for g in ext.grounds)
        parts.append(_("grounds: {names}").format(names=names))
    return [(_("Extension"), "; ".join(parts) or _("mentioned"), ext.snippet)]


def _kind_label(reading: LetterReading) -> str:
    from oiaassist.reading.reader import LetterKind  # noqa: PLC0415

    labels = {
        LetterKind.DECISION: _("a decision letter"),
        LetterKind.RELEASE: _("a decision that releases information"),
        LetterKind.TRANSFER: _("a transfer letter"),
        LetterKind.EXTENSION: _("an extension letter"),
        LetterKind.CLARIFICATION: _("a request for clarification"),
        LetterKind.ACKNOWLEDGEMENT: _("an acknowledgement"),
        LetterKind.UNKNOWN: _("a letter of a kind this reader does not recognise"),
    }
    return labels[reading.kind]


def _shorten(text: str, limit: int = 110) -> str:
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def _marks() -> dict[bool | None, str]:
    encoding = getattr(sys.stdout, "encoding", None) or "ascii"
    try:
        "✓✗•".encode(encoding)
    except (UnicodeEncodeError, LookupError):
        return {True: "OK", False: "X ", None: "- "}
    return {True: "✓", False: "✗", None: "•"}


def check_lines(checks: list[DateCheck]) -> list[str]:
    """Each check on one line, marked ✓ (right), ✗ (wrong) or • (for information)."""
    if not checks:
        return ["  " + _("No stated dates to check.")]
    marks = _marks()
    lines = []
    for check in checks:
        cite = f" [{check.citation}]" if check.citation else ""
        lines.append(f"  {marks[check.ok]} {check.message}{cite}")
    return lines
