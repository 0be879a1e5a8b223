"""Argument types shared by the commands: dates, Acts, regions."""

from __future__ import annotations

import argparse
import re
import sys
from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING

from oiaassist.dates import DATE_FORMS, parse_date

if TYPE_CHECKING:
    from oiaassist.agencies import Agency

__all__ = [
    "DATE_FORMS",
    "act_arg",
    "count_arg",
    "date_arg",
    "parse_date",
    "pick_agency",
    "region_arg",
    "region_list",
]
from oiaassist.errors import InputError
from oiaassist.law.acts import Act
from oiaassist.law.regions import REGIONS, parse_region


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


def count_arg(field: str) -> Callable[[str], int]:
    """An argparse ``type=`` for a positive whole number of working days."""

    def convert(text: str) -> int:
        if not re.fullmatch(r"\s*\d+\s*", text) or int(text) < 1:
            raise argparse.ArgumentTypeError(
                f"{text!r} is not a whole number of working days of at least 1"
            )
        return int(text)

    return convert


def region_list() -> str:
    """The regions as "  CAN  Canterbury" lines, for help texts."""
    return "\n".join(
        f"  {code}  {region.name}" if code != region.name else f"  {code}"
        for code, region in REGIONS.items()
    )


def pick_agency(text: str) -> Agency:
    """The agency ``text`` names, or the one agency a partial name matches (said on stderr).

    "christchurch" matches only Christchurch City Council, so it is taken, and the
    choice is said, since a deadline depends on it; "wellington" matches three
    bodies, so it stays an error listing them.

    Raises:
        InputError: nothing, or more than one body, matches.
    """
    from oiaassist.agencies import find  # noqa: PLC0415 - the directory only when asked
    from oiaassist.agencies.search import PREFIX, search_matches  # noqa: PLC0415

    try:
        return find(text, field="--agency")
    except InputError:
        matches = [m for m in search_matches(text, limit=None) if m.score >= PREFIX]
        best = [m for m in matches if m.score == matches[0].score] if matches else []
        if len(best) > 1:
            names = "; ".join(f"{m.agency.name} ({m.agency.id})" for m in best[:5])
            raise InputError(
                "--agency", text, f"matches {len(best)} bodies: {names}; give more of the name"
            ) from None
        if len(best) != 1:
            raise
    agency = best[0].agency
    print(
        f"oiaassist: --agency {text!r} taken as {agency.name} ({agency.id}, "
        f"{agency.act.statute.short_title})",
        file=sys.stderr,
    )
    return agency
