"""Argument types shared by the commands: dates, Acts, regions."""

from __future__ import annotations

import argparse
import re
from collections.abc import Callable
from datetime import date

from oiaassist.dates import nz_today
from oiaassist.errors import InputError
from oiaassist.law.acts import Act
from oiaassist.law.regions import parse_region

DATE_FORMS = "YYYY-MM-DD (e.g. 2024-09-13), D/M/YYYY (e.g. 13/9/2024) or 'today'"
_DMY = re.compile(r"^(\d{1,2})/(\d{1,2})/(\d{4})$")


def _problem(exc: InputError) -> str:
    """The error without its field name: argparse already says which argument."""
    return f"{exc.value!r} {exc.problem}"


def parse_date(text: str, field: str = "date") -> date:
    """Parse an ISO date, a New Zealand day/month/year date, or 'today'.

    Raises:
        InputError: naming the field, the value and the accepted forms.
    """
    value = text.strip()
    if value.lower() == "today":
        return nz_today()
    try:
        match = _DMY.match(value)
        if match:
            day, month, year = (int(g) for g in match.groups())
            return date(year, month, day)
        if re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
            return date.fromisoformat(value)
    except ValueError as exc:
        raise InputError(field, text, f"is not a real date ({exc}); use {DATE_FORMS}") from None
    raise InputError(field, text, f"is not a date; use {DATE_FORMS}")


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
