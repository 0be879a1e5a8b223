"""``oiaassist due``: when must the agency answer?"""

from __future__ import annotations

import argparse
import json
import sys
from typing import Any

from oiaassist.cli.args import (
    DATE_FORMS,
    REGION_HELP,
    act_arg,
    count_arg,
    date_arg,
    region_arg,
    resolve_agency,
)
from oiaassist.cli.explain import as_json, summary, trail
from oiaassist.deadlines.deadlines import (
    clarification_deadline,
    extend_deadline,
    response_deadline,
    transfer_deadline,
)
from oiaassist.errors import UsageError
from oiaassist.law.acts import Act


def register(commands: Any) -> None:
    """Add the ``due`` command to the CLI."""
    parser = commands.add_parser(
        "due",
        help="the statutory due date for a request received on a date",
        description=(
            "Print the date by which the agency must decide a request received on DATE "
            "(20 working days, OIA s 15(1)), or the transfer or clarification limit."
        ),
        epilog=(
            "examples:\n"
            "  oiaassist due 2024-09-13\n"
            "  oiaassist due 2024-09-13 --extend 45 --explain\n"
            "  oiaassist due 21/11/2022 --act lgoima --region WTC\n"
            '  oiaassist due 21/11/2022 --agency "Westland District Council"\n'
            "  oiaassist due 2025-12-10 --agency 'christchurch city' --explain"
        ),
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument(
        "received", type=date_arg("received"), metavar="DATE", help=f"day of receipt: {DATE_FORMS}"
    )
    parser.add_argument(
        "--act",
        type=act_arg,
        default=None,
        metavar="{oia,lgoima,privacy}",
        help="the Act the request is under (default: oia, or the agency's Act)",
    )
    parser.add_argument(
        "--agency",
        metavar="NAME",
        help=(
            "the agency, by name, acronym or id (see `oiaassist agencies search`); part of a "
            "name will do when only one body matches: it supplies the Act and, for a council, "
            "the region"
        ),
    )
    parser.add_argument(
        "--region",
        type=region_arg,
        metavar="REGION",
        help=REGION_HELP,
    )
    which = parser.add_mutually_exclusive_group()
    which.add_argument(
        "--transfer", action="store_true", help="the transfer limit (10 working days, OIA s 14)"
    )
    which.add_argument(
        "--clarification",
        action="store_true",
        help="the last day to seek clarification and restart the clock (7 working days, s 15(1AB))",
    )
    parser.add_argument(
        "--extend",
        type=count_arg("--extend"),
        metavar="N",
        help="add an extension of N working days (OIA s 15A)",
    )
    parser.add_argument(
        "--explain", action="store_true", help="show the days that were not counted, and why"
    )
    parser.add_argument("--json", action="store_true", help="print JSON for scripts")
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    """Compute and print the deadline."""
    compute = response_deadline
    if args.transfer:
        compute = transfer_deadline
    elif args.clarification:
        compute = clarification_deadline
    agency = resolve_agency(args.agency, command="due") if args.agency else None
    if agency is not None and agency.disestablished and args.received >= agency.disestablished:
        # Counted anyway (same Act), but never silently: the body no longer took requests.
        from oiaassist.agencies import disestablished_note  # noqa: PLC0415

        print(f"oiaassist due: note: {disestablished_note(agency)}", file=sys.stderr)
    if args.region and args.act is not None and args.act is not Act.LGOIMA:
        # Only LGOIMA counts anniversary days (s 2(1)(b)); never ignore what was typed.
        raise UsageError(
            f"--region applies only to LGOIMA requests; the {args.act.statute.title} "
            "counts no anniversary days (drop --region, or use --act lgoima)"
        )
    deadline = compute(args.received, act=args.act, region=args.region, agency=agency)
    if args.extend is not None:
        deadline = extend_deadline(deadline, working_days=args.extend)
    if args.json:
        print(json.dumps(as_json(deadline), indent=2, ensure_ascii=False))
        return 0
    lines = summary(deadline)
    if args.explain:
        lines += ["", *trail(deadline)]
    elif deadline.anniversaries_not_counted:
        lines.append("Note: an anniversary day falls in this window; see --explain.")
    if args.region and args.act is None and agency is None:
        lines.append("(A region was given without --act: counted under LGOIMA, s 2(1)(b).)")
    print("\n".join(lines))
    return 0
