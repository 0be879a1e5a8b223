"""Argument types shared by the commands: dates, Acts, regions, agencies."""

from __future__ import annotations

import argparse
import re
import shlex
import sys
from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING

__all__ = [
    "DATE_FORMS",
    "act_arg",
    "count_arg",
    "date_arg",
    "parse_date",
    "region_arg",
    "resolve_agency",
]

from oiaassist.dates import DATE_FORMS, parse_date
from oiaassist.errors import InputError, UsageError
from oiaassist.law.acts import Act
from oiaassist.law.regions import REGIONS, parse_region

if TYPE_CHECKING:
    from oiaassist.agencies import Agency


def _problem(exc: InputError) -> str:
    """The error without its field name: argparse already says which argument."""
    return f"{exc.value!r} {exc.problem}"


def date_arg(field: str) -> Callable[[str], date]:
    """An argparse ``type=`` that parses a date and reports errors with ``field``."""

    def convert(text: str) -> date:
        try:
            return parse_date(text, field)
        except InputError as exc:
            raise argparse.ArgumentTypeError(_problem(exc)) from None

    return convert


def act_arg(text: str) -> Act:
    """Argparse ``type=`` for ``--act``."""
    try:
        return Act.parse(text, field="--act")
    except InputError as exc:
        raise argparse.ArgumentTypeError(_problem(exc)) from None


def region_arg(text: str) -> str:
    """Argparse ``type=`` for ``--region``."""
    try:
        code = parse_region(text, field="--region")
    except InputError as exc:
        raise argparse.ArgumentTypeError(_problem(exc)) from None
    assert code is not None
    return code


def region_names() -> str:
    """Every region as "Name (CODE)", for ``--help``: people know names, not codes."""
    return ", ".join(
        region.name if region.name == code else f"{region.name} ({code})"
        for code, region in REGIONS.items()
    )


REGION_HELP = (
    "for LGOIMA: the local authority's region, whose anniversary day is not a working day "
    "(a name or a code): " + region_names().replace("%", "%%")
)

_SHOWN_CANDIDATES = 8


def resolve_agency(text: str, option: str = "--agency", *, command: str = "") -> Agency:
    """The one agency ``text`` names, forgiving a partial name when only one body matches.

    An id or an exact name is taken silently; otherwise, when the directory
    search finds exactly one body ("christchurch"), it is taken and stderr says
    which, so the Act and calendar it brings are never a silent guess.

    Raises:
        UsageError: the text matches several bodies (they are listed, one a line).
        InputError: it matches none (the closest names are suggested).
    """
    from oiaassist.agencies import find, search_matches  # noqa: PLC0415 - loads the directory
    from oiaassist.agencies.normalise import words  # noqa: PLC0415
    from oiaassist.agencies.outside import outside_body  # noqa: PLC0415

    try:
        agency = find(text, field=option)
    except InputError:
        matches = search_matches(text, limit=None)
        if not matches or outside_body(text) is not None:  # a body the OIA does not reach
            raise
        current = tuple(m for m in matches if m.agency.is_current)
        # A partial name picks among bodies that still exist: "canterbury" is not
        # ambiguous because of a district health board disestablished in 2022.
        matches = current or matches
        if len(matches) > 1:
            shown = matches[:_SHOWN_CANDIDATES]
            width = max(len(m.agency.id) for m in shown)
            lines = [
                f"{option} {text!r} matches {len(matches)} agencies; "
                "give the id or more of the name:"
            ]
            lines += [
                f"  {m.agency.id:<{width}}  {m.agency.name} ({m.agency.act.value.upper()})"
                for m in shown
            ]
            if len(matches) > len(shown):
                more = len(matches) - len(shown)
                search = f"oiaassist agencies search {shlex.quote(text)} --limit {len(matches)}"
                lines.append(f"  … and {more} more: {search}")
            raise UsageError("\n".join(lines)) from None
        agency = matches[0].agency
    typed = words(text)
    named = {words(n) for n in (agency.id, agency.name, agency.maori_name, *agency.aliases) if n}
    if typed not in named:
        prefix = f"oiaassist {command}: " if command else "oiaassist: "
        print(
            f"{prefix}{option} {text!r}: taken as {agency.name} "
            f"({agency.id}, {agency.act.value.upper()})",
            file=sys.stderr,
        )
    return agency


def region_ignored(act: Act) -> str:
    """The warning for ``--region`` where it changes nothing (only LGOIMA counts regions)."""
    return (
        f"oiaassist: warning: --region is ignored: only LGOIMA skips a region's anniversary "
        f"day, and this is counted under the {act.statute.title}"
    )


def count_arg(field: str) -> Callable[[str], int]:
    """An argparse ``type=`` for a positive whole number of working days."""

    def convert(text: str) -> int:
        if not re.fullmatch(r"\s*\d+\s*", text) or int(text) < 1:
            raise argparse.ArgumentTypeError(
                f"{text!r} is not a whole number of working days of at least 1"
            )
        return int(text)

    return convert
