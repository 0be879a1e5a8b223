"""``oiaassist draft`` and ``oiaassist lint``: letters from JSON, and checks on a draft request."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from oiaassist.cli.args import DATE_FORMS, date_arg
from oiaassist.errors import RequestFileError, UsageError
from oiaassist.files import ReadRefusedError, read_limited, write_atomic

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
            "  oiaassist draft request --example > request.json\n"
            "  oiaassist draft request request.json\n"
            "  oiaassist draft request request.json --format docx --out request.docx\n"
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
    from oiaassist.dates import nz_today  # noqa: PLC0415 - keep `oiaassist due` light
    from oiaassist.drafting import render  # noqa: PLC0415
    from oiaassist.drafting.checks import check_draft  # noqa: PLC0415
    from oiaassist.drafting.kinds import LetterKind, example_json, letter_from_json  # noqa: PLC0415
    from oiaassist.drafting.models import RequestDraft  # noqa: PLC0415
    from oiaassist.drafting.templates import TemplateFolder  # noqa: PLC0415

    kind = LetterKind(args.kind)
    if args.example:
        sys.stdout.write(example_json(kind))
        return 0
    if args.input is None:
        raise UsageError(f"draft {args.kind}: give INPUT.json, or --example to get one")
    letter = letter_from_json(kind, _read(args.input), args.input, today=args.today or nz_today())
    folder = TemplateFolder.at(args.templates)
    if isinstance(letter, RequestDraft):
        for issue in check_draft(letter):
            print(f"oiaassist draft: {issue.severity}: {issue.message}", file=sys.stderr)
    if args.format in ("txt", "mailto") and args.out is None:
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
    out: Path = args.out or Path(args.input).with_suffix(f".{args.format}")
    if out.resolve() == Path(args.input).resolve():
        raise UsageError(f"--out {out}: would overwrite the input file")
    templates = sorted(args.templates.glob("*")) if args.templates else []
    write_atomic(out, data, inputs=[args.input, *templates], option="--out")
    print(f"wrote {out}")
    return 0


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
