"""The ``oiaassist`` command line: a thin argparse front end over the library.

Every command turns library errors into one line on stderr and exit status 2;
a user never sees a traceback for bad input.
"""

from __future__ import annotations

import argparse
import io
import sys
from collections.abc import Sequence
from typing import NoReturn

from oiaassist import __version__
from oiaassist.cli import agencies, check, draft, due, read_letter, report
from oiaassist.errors import HolidayDataError, OiaAssistError

# Each command module has register(commands), which sets a handler(args) -> int.
COMMANDS = (due, check, report, read_letter, draft, agencies)

EXIT_OK = 0
EXIT_INTERNAL = 1
EXIT_USAGE = 2


class OneLineParser(argparse.ArgumentParser):
    """argparse, but a usage error is one line naming what was wrong."""

    def error(self, message: str) -> NoReturn:
        """Print one line and exit 2 (argparse prints the usage block too)."""
        self.exit(EXIT_USAGE, f"{self.prog}: error: {message} (see '{self.prog} --help')\n")


def build_parser() -> argparse.ArgumentParser:
    """The full command tree."""
    parser = OneLineParser(
        prog="oiaassist",
        description=(
            "Deadlines for New Zealand official information requests "
            "(OIA 1982, LGOIMA 1987, Privacy Act 2020), counted as the statutes define them."
        ),
    )
    parser.add_argument("--version", action="version", version=f"oiaassist {__version__}")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=OneLineParser)
    commands.required = True
    for module in COMMANDS:
        module.register(commands)
    return parser


def use_utf8_output() -> None:
    """Write UTF-8 to stdout and stderr whatever the console or pipe says.

    Letters carry te reo Māori ("Tēnā koe"): on Windows a redirected stdout
    is cp1252, which cannot encode "ē", so ``draft request > f.json`` would
    crash. Files the CLI writes are UTF-8 already; this makes its output the
    same. Streams that are not text wrappers (a test's capture) are left alone.
    """
    for stream in (sys.stdout, sys.stderr):
        if isinstance(stream, io.TextIOWrapper) and stream.encoding.lower() not in {
            "utf-8",
            "utf8",
        }:
            stream.reconfigure(encoding="utf-8")


def main(argv: Sequence[str] | None = None) -> int:
    """Run the CLI; returns the process exit status."""
    use_utf8_output()
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        status: int = args.handler(args)
    except HolidayDataError as exc:
        print(f"oiaassist: internal error: {exc}", file=sys.stderr)
        return EXIT_INTERNAL
    except OiaAssistError as exc:
        print(f"oiaassist {args.command}: error: {exc}", file=sys.stderr)
        return EXIT_USAGE
    return status
