"""``oiaassist agencies``: who takes requests, under which Act, on which calendar."""

from __future__ import annotations

import argparse
import json
from typing import Any

from oiaassist.agencies import Agency, all_agencies, current_successor, search_matches
from oiaassist.agencies.doubts import ANNIVERSARY_DOUBTS
from oiaassist.agencies.outside import outside_matches
from oiaassist.cli.args import act_arg
from oiaassist.errors import UsageError
from oiaassist.i18n import _
from oiaassist.law.acts import Act
from oiaassist.law.regions import REGIONS

_ACTS = "{oia,lgoima}"


def register(commands: Any) -> None:
    """Add the ``agencies`` command (``search`` and ``list``) to the CLI."""
    parser = commands.add_parser(
        "agencies",
        help="find an agency: its Act, region and anniversary day",
        description=(
            "Search or list the directory of New Zealand agencies that take official "
            "information requests: departments, Ministers, Crown entities, universities, "
            "polytechnics, state enterprises and Crown research institutes (OIA) and every "
            "local authority (LGOIMA), with the anniversary day each council observes. Bodies "
            "that no longer exist (district health boards...) say when they ended and where "
            "requests go now."
        ),
        epilog=(
            "examples:\n"
            "  oiaassist agencies search mfat\n"
            "  oiaassist agencies search 'manatu aorere' --json\n"
            "  oiaassist agencies list --act lgoima"
        ),
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    actions = parser.add_subparsers(dest="agencies_command", metavar="ACTION")
    actions.required = True

    find = actions.add_parser(
        "search", help="agencies whose names match TEXT, best first", description=_SEARCH_HELP
    )
    find.add_argument("text", metavar="TEXT", help="a name, te reo Māori name or acronym")
    find.add_argument(
        "--limit", type=_limit, default=10, metavar="N", help="show at most N (default: 10)"
    )
    find.add_argument("--act", type=_act, metavar=_ACTS, help="only agencies under this Act")
    find.add_argument("--json", action="store_true", help="print JSON for scripts")
    find.add_argument("--current", action="store_true", help=_CURRENT_HELP)
    find.set_defaults(handler=run_search)

    listing = actions.add_parser("list", help="every agency in the directory")
    listing.add_argument("--act", type=_act, metavar=_ACTS, help="only agencies under this Act")
    listing.add_argument("--json", action="store_true", help="print JSON for scripts")
    listing.add_argument("--current", action="store_true", help=_CURRENT_HELP)
    listing.set_defaults(handler=run_list)


_CURRENT_HELP = (
    "leave out bodies that no longer exist (district health boards...), which are "
    "otherwise listed with the day they ended and where requests go now"
)
_SEARCH_HELP = (
    "Case, macrons and words like 'of' or 'for' do not matter; acronyms (MFAT, WCC) "
    "and the start of a name work."
)


def _limit(text: str) -> int:
    if not text.strip().isdigit() or not 1 <= int(text) <= 1000:
        raise argparse.ArgumentTypeError(f"{text!r} is not a whole number from 1 to 1000")
    return int(text)


def _act(text: str) -> Act:
    act = act_arg(text)
    if act not in (Act.OIA, Act.LGOIMA):
        raise argparse.ArgumentTypeError(f"{text!r}: the directory lists OIA and LGOIMA bodies")
    return act


def run_search(args: argparse.Namespace) -> int:
    """Print the agencies matching the text."""
    text: str = args.text
    if not text.strip():
        raise UsageError(_("TEXT is empty: give some of the agency's name, e.g. 'mfat'"))
    matches = search_matches(text, limit=None if args.current else args.limit, act=args.act)
    if args.current:
        matches = tuple(m for m in matches if m.agency.is_current)[: args.limit]
    if args.json:
        rows = [{**as_json(m.agency), "score": m.score, "matched": m.matched} for m in matches]
        print(json.dumps(rows, indent=2, ensure_ascii=False))
        return 0
    # Bodies the OIA does not reach are not in the directory, but say why (agencies.outside).
    outside = [
        _("Not subject to the OIA: {note}").format(note=body.note) for body in outside_matches(text)
    ]
    if not matches:
        print(_("No agency in the directory matches {text!r}.").format(text=text))
    else:
        print("\n".join(_table([m.agency for m in matches])))
    if outside:
        print("\n".join(outside))
    return 0


def run_list(args: argparse.Namespace) -> int:
    """Print every agency (or those under one Act)."""
    agencies = all_agencies(act=args.act, current=True if args.current else None)
    if args.json:
        print(json.dumps([as_json(a) for a in agencies], indent=2, ensure_ascii=False))
        return 0
    print("\n".join(_table(agencies)))
    return 0


def _table(agencies: list[Agency] | tuple[Agency, ...]) -> list[str]:
    width = max((len(a.id) for a in agencies), default=0)
    return [f"{a.id:<{width}}  {a.display_name} — {_where(a)}" for a in agencies]


def _where(agency: Agency) -> str:
    """E.g. "OIA" or "LGOIMA, West Coast (West Coast anniversary day)".

    A disestablished body says so, and where requests go now: its old letters are
    real, but a new request to it would go nowhere.
    """
    gone = _gone(agency)
    if agency.region is None:
        return agency.act.value.upper() + gone
    where = _("{act}, {region} ({anniversary} anniversary day)").format(
        act=agency.act.value.upper(),
        region=REGIONS[agency.region].name,
        anniversary=agency.anniversary_name,
    )
    doubt = ANNIVERSARY_DOUBTS.get(agency.id)
    if doubt is not None:  # law.md §12.4: the doubt is shown, never silent
        where += " — " + _("unconfirmed: it may be that it {condition}").format(
            condition=doubt.condition
        )
    return where + gone


def _gone(agency: Agency) -> str:
    """E.g. " — disestablished on 1 July 2022; requests now go to …"; "" for a current body."""
    if agency.disestablished is None:
        return ""
    day = f"{agency.disestablished.day} {agency.disestablished:%B %Y}"
    successor = current_successor(agency)
    if successor is None:
        return " — " + _("disestablished on {day}").format(day=day)
    return " — " + _("disestablished on {day}; requests now go to {name} ({id})").format(
        day=day, name=successor.name, id=successor.id
    )


def as_json(agency: Agency) -> dict[str, Any]:
    """An agency as plain JSON values (stable keys, for scripts)."""
    return {
        "id": agency.id,
        "name": agency.name,
        "maori_name": agency.maori_name,
        "aliases": list(agency.aliases),
        "kind": agency.kind.value,
        "act": agency.act.value,
        "region": agency.region,
        "anniversary": agency.anniversary,
        "anniversary_name": agency.anniversary_name,
        "calendar_region": agency.calendar_region,
        "request_email": agency.request_email,
        "request_url": agency.request_url,
        "sources": list(agency.sources),
        "checked": agency.checked.isoformat() if agency.checked else None,
        "notes": agency.notes,
        "disestablished": agency.disestablished.isoformat() if agency.disestablished else None,
        "successor": agency.successor or None,
    }
