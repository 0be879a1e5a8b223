"""Argument types shared by the commands: dates, Acts, regions."""

from __future__ import annotations

import argparse
import re
from collections.abc import Callable
from datetime import date

from oiaassist.dates import DATE_FORMS, parse_date

__all__ = ["DATE_FORMS", "act_arg", "count_arg", "date_arg", "parse_date", "region_arg"]
from oiaassist.errors import InputError
from oiaassist.law.acts import Act
from oiaassist.law.regions import parse_region


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
