"""``oiaassist draft`` and ``oiaassist lint``: letters from JSON, and checks on a draft request."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

from oiaassist.cli.args import DATE_FORMS, date_arg, resolve_agency
from oiaassist.errors import InputError, RequestFileError, UsageError
from oiaassist.files import ReadRefusedError, read_limited, write_atomic

if TYPE_CHECKING:
    from oiaassist.agencies import Agency
    from oiaassist.drafting.kinds import LetterKind
    from oiaassist.drafting.models import Letter

KINDS = ("request", "refinement-reply", "reminder", "grounds", "complaint")
FORMATS = ("txt", "docx", "eml", "mailto")
MAX_LETTER_FILE = 16 * 1024 * 1024  # a letter's JSON (its longest field is 100,000 characters)
EXIT_PROBLEMS = 1  # lint: the draft has a problem (like other linters)


def register(commands: Any) -> None:
    """Add the ``draft`` and ``lint`` commands."""
    draft = commands.add_parser(
        "draft",
        help="write a letter: a request, a reply to a refinement, a reminder, a complaint",
        description=(
            "Render a letter from a JSON input file as plain text (with a subject line), "
            "a .docx letter, an .eml email draft, or a mailto: link."
        ),
        epilog=(
            "examples:\n"
            "  oiaassist draft request --blank > request.json     # fill in the FILL IN parts\n"
            "  oiaassist draft request request.json\n"
            "  oiaassist draft request request.json --format docx --out request.docx\n"
            "  oiaassist draft request --agency 'christchurch city' --subject 'Library hours' \\\n"
            "      --item 'The opening hours of each library in 2025' --name 'Jo Bloggs'\n"
            "  oiaassist draft request --example > request.json   # the 13-item seed request\n"
            "  oiaassist draft refinement-reply --example > reply.json"
        ),
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    draft.add_argument("kind", choices=KINDS, metavar="KIND", help=" | ".join(KINDS))
    draft.add_argument(
        "input",
        nargs="?",
        metavar="INPUT.json",
        help="the letter's input file (a request can instead come from the flags below)",
    )
    draft.add_argument(
        "--format", choices=FORMATS, default="txt", help="txt (default), docx, eml or mailto"
    )
    draft.add_argument(
        "--out",
        type=Path,
        metavar="PATH",
        help="where to write (default: beside INPUT, or KIND.FORMAT in this folder)",
    )
    draft.add_argument(
        "--force", action="store_true", help="overwrite the output file if it exists"
    )
    draft.add_argument(
        "--templates",
        type=Path,
        metavar="DIR",
        help="your own template folder (rendered sandboxed)",
    )
    draft.add_argument(
        "--today",
        type=date_arg("--today"),
        metavar="DATE",
        help=f"the letter's date if INPUT has none ({DATE_FORMS})",
    )
    draft.add_argument("--attach-docx", action="store_true", help="eml: attach the .docx letter")
    draft.add_argument("--example", action="store_true", help="print a filled-in INPUT.json")
    draft.add_argument(
        "--blank",
        action="store_true",
        help="request: print a short INPUT.json with FILL IN places to start from",
    )
    own = draft.add_argument_group("a request from flags (with or without INPUT.json)")
    own.add_argument(
        "--agency",
        metavar="NAME",
        help="who it goes to: a body in the directory (part of a name will do) or any name",
    )
    own.add_argument("--subject", metavar="TEXT", help="a short title for the subject line")
    own.add_argument(
        "--item",
        action="append",
        metavar="TEXT",
        help="one thing you ask for; repeat for each item (replaces INPUT's items)",
    )
    own.add_argument("--name", metavar="NAME", help="your name, to sign the letter")
    own.add_argument("--email", metavar="ADDRESS", help="your email address, for the reply")
    draft.set_defaults(handler=run_draft)

    lint = commands.add_parser(
        "lint",
        help="check a draft request: dates, sweeping phrases, opinions, personal information…",
        description=(
            "Check a draft request (the input of 'draft request') and suggest fixes. "
            "Exit status 1 when a check finds a problem (the draft should not go as it is)."
        ),
    )
    lint.add_argument("input", metavar="REQUEST.json", help="a draft request file")
    lint.add_argument("--json", action="store_true", help="print JSON for scripts")
    lint.set_defaults(handler=run_lint)


def _read(path: str) -> str:
    file = Path(path)
    try:
        return read_limited(file, MAX_LETTER_FILE).decode("utf-8-sig")
    except ReadRefusedError as exc:
        raise RequestFileError(f"{file}: {exc}") from None
    except FileNotFoundError:
        raise RequestFileError(f"{file}: no such file") from None
    except UnicodeDecodeError:
        raise RequestFileError(f"{file}: is not UTF-8 text") from None
    except OSError as exc:
        raise RequestFileError(f"{file}: cannot be read ({exc.strerror})") from None


def run_draft(args: argparse.Namespace) -> int:
    """Print an example, or render INPUT in the chosen format."""
    from oiaassist.drafting import render  # noqa: PLC0415 - keep `oiaassist due` light
    from oiaassist.drafting.checks import check_draft  # noqa: PLC0415
    from oiaassist.drafting.kinds import LetterKind, example_json  # noqa: PLC0415
    from oiaassist.drafting.models import RequestDraft  # noqa: PLC0415
    from oiaassist.drafting.templates import TemplateFolder  # noqa: PLC0415

    kind = LetterKind(args.kind)
    if args.example:
        sys.stdout.write(example_json(kind))
        return 0
    if args.blank:
        sys.stdout.write(json.dumps(BLANK_REQUEST, indent=2, ensure_ascii=False) + "\n")
        return 0
    letter = _letter(kind, args)
    out = _target(args)  # before any rendering: a refusal is the only thing said
    folder = TemplateFolder.at(args.templates)
    if isinstance(letter, RequestDraft):
        for issue in check_draft(letter):
            print(f"oiaassist draft: {issue.severity}: {issue.message}", file=sys.stderr)
    if out is None:
        text = render.render_text(letter, folder=folder)
        print(render.mailto_link(letter, folder=folder) if args.format == "mailto" else text)
        return 0
    if args.format == "txt":
        data = str(render.render_text(letter, folder=folder)).encode()
    elif args.format == "mailto":
        data = (render.mailto_link(letter, folder=folder) + "\n").encode()
    elif args.format == "docx":
        data = render.render_docx(letter, folder=folder)
    else:
        data = render.render_eml(letter, folder=folder, attach_docx=args.attach_docx)
    templates = sorted(args.templates.glob("*")) if args.templates else []
    write_atomic(out, data, inputs=[args.input, *templates], option="--out")
    print(f"wrote {out}")
    return 0


def _target(args: argparse.Namespace) -> Path | None:
    """The file to write (None: print to stdout), refused if it would lose a file."""
    if args.format in ("txt", "mailto") and args.out is None:
        return None
    default = Path(args.input).with_suffix(f".{args.format}") if args.input else None
    out: Path = args.out or default or Path(f"{args.kind}.{args.format}")
    if args.input and out.resolve() == Path(args.input).resolve():
        raise UsageError(f"--out {out}: would overwrite the input file")
    if out.exists() and not args.force:  # a letter written before may have been edited since
        raise UsageError(f"{out} exists: add --force to overwrite it, or choose another --out")
    return out


def _letter(kind: LetterKind, args: argparse.Namespace) -> Letter:
    """The letter from INPUT, from the request flags, or from both (the flags win)."""
    from oiaassist.dates import nz_today  # noqa: PLC0415
    from oiaassist.drafting.kinds import LetterKind, letter_from_data  # noqa: PLC0415
    from oiaassist.tracking.io import parse_json  # noqa: PLC0415

    flags = [f"--{f}" for f in _REQUEST_FLAGS if getattr(args, f) not in (None, False)]
    if flags and kind is not LetterKind.REQUEST:
        raise UsageError(f"{', '.join(flags)}: only for 'draft request'")
    if args.input is None and not flags:
        ways = ", --blank, or --agency, --subject and --item" if kind is LetterKind.REQUEST else ""
        raise UsageError(f"draft {args.kind}: give INPUT.json{ways}, or --example to get one")
    source = args.input or "the command line"
    fields = parse_json(_read(args.input), args.input) if args.input else {}
    if flags:
        fields = _with_flags(fields, args, source)
    _refuse_blanks(fields, source)
    if kind is LetterKind.REQUEST:
        fields = _from_directory(fields)
    return letter_from_data(kind, fields, source, today=args.today or nz_today())


_REQUEST_FLAGS = ("agency", "subject", "item", "name", "email", "blank")

BLANK_MARK = "FILL IN"
BLANK_REQUEST: dict[str, Any] = {
    "agency": f"{BLANK_MARK}: who it goes to, e.g. Christchurch City Council",
    "subject": f"{BLANK_MARK}: a short title, e.g. Library opening hours",
    "items": [
        f"{BLANK_MARK}: the first thing you ask for, with dates if you can, e.g. "
        "the opening hours of each library from 1 January to 30 June 2025",
        f"{BLANK_MARK}: another thing, or delete this line",
    ],
    "requester": {"name": f"{BLANK_MARK}: your name", "email": f"{BLANK_MARK}: your email"},
}
"""The short start for a new request (``--blank``): a few places to fill in, nothing else."""


def _with_flags(data: Any, args: argparse.Namespace, source: str) -> dict[str, Any]:
    """The request file's fields, with those given as flags on top."""
    if not isinstance(data, dict):
        raise RequestFileError(f"{source}: must be a JSON object")
    fields: dict[str, Any] = {str(key): value for key, value in data.items()}
    if args.agency is not None:
        fields["agency"] = args.agency
        try:
            agency = resolve_agency(args.agency, command="draft")
        except InputError:  # not in the directory (a school, a new body): written as typed
            print(
                f"oiaassist draft: --agency {args.agency!r} is not in the directory: "
                "written as typed, under the OIA unless INPUT gives an Act",
                file=sys.stderr,
            )
        else:
            _refuse_gone(agency, f"--agency {args.agency!r}")
            fields["agency"] = agency.name
            fields.setdefault("act", agency.act.value)
            if agency.calendar_region and "region" not in data:
                fields["region"] = agency.calendar_region
            if agency.request_email and not fields.get("agency_email"):
                fields["agency_email"] = agency.request_email
    if args.subject is not None:
        fields["subject"] = args.subject
    if args.item:
        fields["items"] = list(args.item)
    requester = fields.get("requester")
    requester = dict(requester) if isinstance(requester, dict) else {}
    if args.name is not None:
        requester["name"] = args.name
    if args.email is not None:
        requester["email"] = args.email
    if requester:
        fields["requester"] = requester
    return fields


def _from_directory(fields: Any) -> Any:
    """A request to a body the directory names exactly, with no Act given, takes its Act.

    As for a tracked request file: a council's letter then cites LGOIMA and
    counts on its region's calendar, and gets the directory's request email.
    """
    from oiaassist.agencies import find  # noqa: PLC0415

    if not isinstance(fields, dict) or not isinstance(fields.get("agency"), str):
        return fields
    try:
        agency = find(fields["agency"])
    except InputError:
        return fields
    _refuse_gone(agency, f"agency {fields['agency']!r}")
    if "act" in fields:
        return fields
    known = {"act": agency.act.value, "region": agency.calendar_region}
    known["agency_email"] = agency.request_email or None
    return {**{k: v for k, v in known.items() if v}, **fields}


def _refuse_gone(agency: Agency, given: str) -> None:
    """A new request never goes to a body that no longer exists (a district health board).

    Raises:
        UsageError: naming the day it went and the body that takes its requests now.
    """
    from oiaassist.agencies import current_successor, disestablished_note  # noqa: PLC0415

    if agency.is_current:
        return
    successor = current_successor(agency)
    instead = f": draft it to --agency {successor.id}" if successor else ""
    raise UsageError(f"{given}: {disestablished_note(agency)}{instead}")


def _refuse_blanks(data: Any, source: str) -> None:
    """A letter never goes out with a "FILL IN" place of the blank still in it."""
    left: list[str] = []

    def walk(value: Any, where: str) -> None:
        if isinstance(value, str) and value.strip().startswith(BLANK_MARK):
            left.append(where)
        elif isinstance(value, dict):
            for key, inner in value.items():
                walk(inner, f"{where}.{key}" if where else str(key))
        elif isinstance(value, list):
            for number, inner in enumerate(value, start=1):
                walk(inner, f"{where}[{number}]")

    walk(data, "")
    if left:
        raise UsageError(f"{source}: fill in {', '.join(left)} (still '{BLANK_MARK}: …')")


def run_lint(args: argparse.Namespace) -> int:
    """Print the issues in a draft request; exit 1 if any is a problem."""
    from oiaassist.dates import nz_today  # noqa: PLC0415
    from oiaassist.drafting.checks import Severity, check_draft  # noqa: PLC0415
    from oiaassist.drafting.kinds import LetterKind, letter_from_data  # noqa: PLC0415
    from oiaassist.drafting.models import RequestDraft  # noqa: PLC0415
    from oiaassist.tracking.io import parse_json  # noqa: PLC0415

    fields = parse_json(_read(args.input), args.input)
    _refuse_blanks(fields, args.input)  # a blank not yet filled in: say so, not 6 findings
    draft = letter_from_data(LetterKind.REQUEST, fields, args.input, today=nz_today())
    assert isinstance(draft, RequestDraft)
    issues = check_draft(draft)
    if args.json:
        rows = [
            {
                "code": i.code.value,
                "severity": i.severity.value,
                "field": i.field,
                "message": i.message,
                "suggestion": i.suggestion,
                "excerpt": i.excerpt,
                "action": i.action.value if i.action else None,
            }
            for i in issues
        ]
        print(json.dumps(rows, indent=2, ensure_ascii=False))
    elif not issues:
        print(f"{args.input}: no issues found")
    for issue in [] if args.json else issues:
        print(f"{args.input}: {issue.field}: {issue.severity}: {issue.message} [{issue.code}]")
        print(f"    fix: {issue.suggestion}")
    return EXIT_PROBLEMS if any(i.severity is Severity.PROBLEM for i in issues) else 0
