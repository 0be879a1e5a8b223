"""``oiaassist draft`` and ``oiaassist lint``: letters from JSON, and checks on a draft request."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from oiaassist.cli.args import DATE_FORMS, date_arg
from oiaassist.errors import RequestFileError, UsageError

KINDS = ("request", "refinement-reply", "reminder", "grounds", "complaint")
FORMATS = ("txt", "docx", "eml", "mailto")
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
            "  oiaassist draft request --example > request.json\n"
            "  oiaassist draft request request.json\n"
            "  oiaassist draft request request.json --format docx --out request.docx\n"
            "  oiaassist draft request --blank > request.json   (a short template to fill in)\n"
            '  oiaassist draft request --agency "Ministry of Health" --item "Briefings on X"\n'
            "  oiaassist draft refinement-reply --example > reply.json"
        ),
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    draft.add_argument("kind", choices=KINDS, metavar="KIND", help=" | ".join(KINDS))
    draft.add_argument("input", nargs="?", metavar="INPUT.json", help="the letter's input file")
    draft.add_argument(
        "--format", choices=FORMATS, default="txt", help="txt (default), docx, eml or mailto"
    )
    draft.add_argument(
        "--out", type=Path, metavar="PATH", help="where to write (default: beside INPUT)"
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
        "--blank", action="store_true", help="request: print a short blank INPUT.json to fill in"
    )
    draft.add_argument(
        "--force", action="store_true", help="overwrite the output file if it exists"
    )
    flags = draft.add_argument_group("a request from flags, without INPUT.json")
    flags.add_argument("--agency", metavar="NAME", help="who the request goes to")
    flags.add_argument("--subject", metavar="TEXT", help="a short title")
    flags.add_argument(
        "--item", action="append", metavar="TEXT", help="one item asked for (repeat for more)"
    )
    flags.add_argument("--name", metavar="NAME", help="your name, to sign the letter")
    flags.add_argument("--email", metavar="ADDRESS", help="your email, for the reply")
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
        return file.read_text(encoding="utf-8-sig")
    except FileNotFoundError:
        raise RequestFileError(f"{file}: no such file") from None
    except UnicodeDecodeError:
        raise RequestFileError(f"{file}: is not UTF-8 text") from None
    except OSError as exc:
        raise RequestFileError(f"{file}: cannot be read ({exc.strerror})") from None


def run_draft(args: argparse.Namespace) -> int:
    """Print an example or a blank, or render INPUT (or the flags) in the chosen format."""
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
        if kind is not LetterKind.REQUEST:
            raise UsageError(f"draft {args.kind}: --blank is for a request; try --example")
        sys.stdout.write(json.dumps(BLANK_REQUEST, indent=2, ensure_ascii=False) + "\n")
        return 0
    letter = _letter(args, kind)
    folder = TemplateFolder.at(args.templates)
    if isinstance(letter, RequestDraft):
        for issue in check_draft(letter):
            print(f"oiaassist draft: {issue.severity}: {issue.message}", file=sys.stderr)
    if args.format in ("txt", "mailto") and args.out is None:
        text = render.render_text(letter, folder=folder)
        print(render.mailto_link(letter, folder=folder) if args.format == "mailto" else text)
        return 0
    renderers = {
        "txt": lambda: str(render.render_text(letter, folder=folder)).encode(),
        "mailto": lambda: (render.mailto_link(letter, folder=folder) + "\n").encode(),  # noqa: PLW0108
        "docx": lambda: render.render_docx(letter, folder=folder),
        "eml": lambda: render.render_eml(letter, folder=folder, attach_docx=args.attach_docx),
    }
    if args.out is None and args.input is None:
        raise UsageError(f"--format {args.format}: give --out PATH to say where to write it")
    source = Path(args.input) if args.input is not None else None
    out: Path = args.out or Path(str(source)).with_suffix(f".{args.format}")
    if source is not None and out.resolve() == source.resolve():
        raise UsageError(f"--out {out}: would overwrite the input file")
    write_new(out, renderers[args.format](), force=args.force)
    print(f"wrote {out}")
    return 0


def _letter(args: argparse.Namespace, kind: Any) -> Any:
    """The letter from INPUT.json, or for a request from the flags."""
    from oiaassist.dates import nz_today  # noqa: PLC0415
    from oiaassist.drafting.kinds import LetterKind, letter_from_data, letter_from_json  # noqa: PLC0415

    today = args.today or nz_today()
    flagged = _flag_data(args)
    if args.input is not None:
        return letter_from_json(kind, _read(args.input), args.input, today=today)
    if flagged and kind is LetterKind.REQUEST:
        return letter_from_data(kind, {**BLANK_REQUEST, **flagged}, "flags", today=today)
    raise UsageError(
        f"draft {args.kind}: give INPUT.json, or --example (or, for a request, --blank "
        "or --agency and --item) to start from"
    )


BLANK_REQUEST: dict[str, Any] = {
    "requester": {"name": "", "email": ""},
    "agency": "",
    "agency_email": "",
    "subject": "",
    "items": ["What you want, as precisely as you can (a document, a date range…)"],
    "ask_grounds": True,
}
"""A short request to fill in (``--blank``): the few fields every request needs."""


def _flag_data(args: argparse.Namespace) -> dict[str, Any]:
    """The request fields given as flags (empty when none was)."""
    data: dict[str, Any] = {}
    if args.agency:
        data["agency"] = args.agency
    if args.subject:
        data["subject"] = args.subject
    if args.item:
        data["items"] = list(args.item)
    if args.name or args.email:
        data["requester"] = {"name": args.name or "", "email": args.email or ""}
    return data


def write_new(out: Path, data: bytes, *, force: bool) -> None:
    """Write ``out``, refusing to overwrite it without ``force`` or to make folders.

    Raises:
        UsageError: one line saying what is wrong (never a traceback).
    """
    if not out.parent.is_dir():
        raise UsageError(f"--out {out}: the folder {out.parent} does not exist")
    if out.exists() and not force:
        raise UsageError(f"{out}: already exists; pass --force to overwrite it")
    try:
        out.write_bytes(data)
    except OSError as exc:
        raise UsageError(f"{out}: cannot be written ({exc.strerror})") from None


def run_lint(args: argparse.Namespace) -> int:
    """Print the issues in a draft request; exit 1 if any is a problem."""
    from oiaassist.dates import nz_today  # noqa: PLC0415
    from oiaassist.drafting.checks import Severity, check_draft  # noqa: PLC0415
    from oiaassist.drafting.kinds import LetterKind, letter_from_json  # noqa: PLC0415
    from oiaassist.drafting.models import RequestDraft  # noqa: PLC0415

    draft = letter_from_json(LetterKind.REQUEST, _read(args.input), args.input, today=nz_today())
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
