"""``oiaassist check``: where does my request stand, and what does the law say?"""

from __future__ import annotations

import argparse
import json
from typing import TYPE_CHECKING, Any

from oiaassist.cli.args import DATE_FORMS, date_arg
from oiaassist.errors import UsageError

if TYPE_CHECKING:
    from oiaassist.tracking.assess import Assessment

_MARK = {"info": "info", "warning": "WARNING", "problem": "PROBLEM"}


def register(commands: Any) -> None:
    """Add the ``check`` command."""
    parser = commands.add_parser(
        "check",
        help="assess a tracked request: deadline, status and findings",
        description=(
            "Replay a request's events (a JSON file) against the law and print its effective "
            "deadline, status and findings, each with the section it rests on."
        ),
        epilog="start from the example: oiaassist check --example > request.json",
    )
    parser.add_argument("request", nargs="?", metavar="REQUEST.json", help="the request file")
    parser.add_argument(
        "--today",
        type=date_arg("--today"),
        metavar="DATE",
        help=f"assess as on DATE ({DATE_FORMS})",
    )
    parser.add_argument("--json", action="store_true", help="print JSON for scripts")
    parser.add_argument(
        "--example", action="store_true", help="print the seed request (MFAT, 2024) as JSON"
    )
    parser.add_argument(
        "--schema", action="store_true", help="print the JSON Schema of a request file"
    )
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    """Load, assess and print."""
    # Imported here so `oiaassist due` does not pay for pydantic (about 60 ms).
    from oiaassist.i18n import long_date, medium_date  # noqa: PLC0415
    from oiaassist.tracking.assess import assess  # noqa: PLC0415
    from oiaassist.tracking.examples import seed_request  # noqa: PLC0415
    from oiaassist.tracking.io import load_request  # noqa: PLC0415
    from oiaassist.tracking.words import (  # noqa: PLC0415
        headline,
        status_label,
        step_line,
        unrecorded_line,
    )

    if args.schema:
        from oiaassist.tracking.events import request_json_schema  # noqa: PLC0415

        print(json.dumps(request_json_schema(), indent=2, ensure_ascii=False))
        return 0
    if args.example:
        print(seed_request().model_dump_json(indent=2))
        return 0
    if args.request is None:
        raise UsageError("give a REQUEST.json file, or --example")
    request = load_request(args.request)
    assessment = assess(request, today=args.today)
    if args.json:
        print(json.dumps(assessment_json(assessment), indent=2, ensure_ascii=False))
        return 0
    title = request.agency + (f" — {request.subject}" if request.subject else "")
    if request.reference:
        title += f" ({request.reference})"
    print(title)
    if request.is_draft:
        print(headline(assessment))
    else:
        print(
            f"On {long_date(assessment.today)}: {status_label(assessment.status)}. "
            f"{headline(assessment)}"
        )
    if assessment.steps:
        print("\nDeadline")
    for step in assessment.steps:
        line = step_line(
            step.kind,
            medium_date(step.due),
            step.working_days,
            medium_date(step.start),
            step.citation,
        )
        print(f"  {line}")
    if unrecorded_line(assessment):
        print(f"  {unrecorded_line(assessment)}")
    if assessment.findings:
        print("\nFindings")
        for finding in assessment.findings:
            when = f"{finding.day:%d %b %Y}" if finding.day else ""
            mark = _MARK[finding.severity.value]
            print(f"  [{mark}] {when}  {finding.message} ({finding.citation})")
    return 0


def assessment_json(a: Assessment) -> dict[str, Any]:
    """A stable machine-readable assessment."""

    def iso(d: Any) -> Any:
        return d.isoformat() if d is not None else None

    return {
        "today": iso(a.today),
        "status": a.status.value,
        "agency": a.agency,
        "act": a.act.value,
        "region": a.region,
        "original_deadline": iso(a.original_deadline),
        "effective_deadline": iso(a.effective_deadline),
        "decided_on": iso(a.decided_on),
        "released_on": iso(a.released_on),
        "working_days_used": a.working_days_used,
        "working_days_left": a.working_days_left,
        "working_days_late": a.working_days_late,
        "alternatives": [
            {"due": iso(alt.due), "condition": alt.condition} for alt in a.alternatives
        ],
        "outside_note": a.outside_note or None,
        "unrecorded_extension": iso(a.unrecorded_extension),
        "steps": [
            {
                "kind": s.kind.value,
                "start": iso(s.start),
                "due": iso(s.due),
                "working_days": s.working_days,
                "act": s.act.value,
                "region": s.region,
                "agency": s.agency,
                "citation": s.citation,
            }
            for s in a.steps
        ],
        "findings": [
            {
                "code": f.code.value,
                "severity": f.severity.value,
                "date": iso(f.day),
                "message": f.message,
                "citation": f.citation,
            }
            for f in a.findings
        ],
        "what_if": None
        if a.what_if is None
        else {
            "proposal": a.what_if.proposal,
            "sought_on": iso(a.what_if.sought_on),
            "can_restart": a.what_if.can_restart,
            "if_accepted": iso(a.what_if.if_accepted),
            "if_declined": iso(a.what_if.if_declined),
            "citation": a.what_if.citation,
        },
    }
