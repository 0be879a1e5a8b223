"""The ``oiaassist`` command line: a thin argparse front end over the library.

Every command turns library errors into one line on stderr and exit status 2;
a user never sees a traceback for bad input.
"""

from __future__ import annotations

import argparse
import contextlib
import io
import os
import sys
from collections.abc import Sequence
from typing import NoReturn

from oiaassist import __version__
from oiaassist.cli import agencies, check, draft, due, read_letter, report
from oiaassist.cli.terminal import CleanStream, clean_line
from oiaassist.errors import HolidayDataError, OiaAssistError

# Each command module has register(commands), which sets a handler(args) -> int.
COMMANDS = (due, check, report, read_letter, draft, agencies)

EXIT_OK = 0
EXIT_INTERNAL = 1
EXIT_USAGE = 2
EXIT_INTERRUPTED = 130  # 128 + SIGINT, as shells report it


class OneLineParser(argparse.ArgumentParser):
    """argparse, but a usage error is one line naming what was wrong."""

    def error(self, message: str) -> NoReturn:
        """Print one line and exit 2 (argparse prints the usage block too)."""
        self.exit(EXIT_USAGE, f"{self.prog}: error: {message} (see '{self.prog} --help')\n")


EXAMPLES = """\
examples, to start with:
  oiaassist due 13/9/2024
      when must the agency answer a request it received on 13 September 2024?
      Due Friday, 11 October 2024 (2024-10-11): 20 working days (OIA s 15(1))
  oiaassist due 10/12/2025 --agency 'christchurch city' --explain
      the same for a council (LGOIMA, its own anniversary day), and every day
      not counted: weekends, holidays, the Christmas closed period
  oiaassist draft request --blank > request.json
      a request letter: fill in request.json, then
      oiaassist draft request request.json --format docx --out request.docx

each command has its own help: oiaassist COMMAND --help"""


def build_parser() -> argparse.ArgumentParser:
    """The full command tree."""
    parser = OneLineParser(
        prog="oiaassist",
        description=(
            "Deadlines for New Zealand official information requests "
            "(OIA 1982, LGOIMA 1987, Privacy Act 2020), counted as the statutes define them."
        ),
        epilog=EXAMPLES,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--version", action="version", version=f"oiaassist {__version__}")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=OneLineParser)
    # Bare `oiaassist` is a newcomer asking what it does: the help and exit 0, not a usage error.
    parser.set_defaults(handler=lambda _args: _print_help(parser))
    for module in COMMANDS:
        module.register(commands)
    return parser


def _print_help(parser: argparse.ArgumentParser) -> int:
    parser.print_help()
    return EXIT_OK


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
    """Run the CLI; returns the process exit status.

    Whatever the input, the user sees one line, never a traceback: a
    deliberate error exits 2; input too deep or too big for Python itself
    (100,000 nested brackets, a 5,000-digit number) exits 2 as well; a closed
    pipe (``… | head``) is silent; Ctrl-C exits 130.
    """
    use_utf8_output()
    real_out, real_err = sys.stdout, sys.stderr
    sys.stdout = CleanStream(real_out)
    sys.stderr = CleanStream(real_err, carriage_return=True)  # report's progress bar
    try:
        return _main(argv)
    finally:
        sys.stdout, sys.stderr = real_out, real_err


def _main(argv: Sequence[str] | None) -> int:  # noqa: PLR0911 - one return per kind of failure
    try:
        parser = build_parser()
        args = parser.parse_args(argv)
        command = args.command
        try:
            status: int = args.handler(args)
            sys.stdout.flush()
        except HolidayDataError as exc:
            print(f"oiaassist: internal error: {clean_line(str(exc))}", file=sys.stderr)
            return EXIT_INTERNAL
        except OiaAssistError as exc:
            print(f"oiaassist {command}: error: {clean_line(str(exc))}", file=sys.stderr)
            return EXIT_USAGE
        except RecursionError:
            print(f"oiaassist {command}: error: the input is nested too deeply", file=sys.stderr)
            return EXIT_USAGE
        except MemoryError:
            print(f"oiaassist {command}: error: the input is too big", file=sys.stderr)
            return EXIT_USAGE
        except ValueError as exc:
            if "integer string conversion" not in str(exc) and "digits" not in str(exc):
                raise
            print(f"oiaassist {command}: error: a number in the input is too long", file=sys.stderr)
            return EXIT_USAGE
    except BrokenPipeError:
        _quiet_stdout()
        return EXIT_OK
    except KeyboardInterrupt:
        print("oiaassist: interrupted", file=sys.stderr)
        return EXIT_INTERRUPTED
    return status


def _quiet_stdout() -> None:
    """After the reader of our output went away: no second error when Python flushes at exit."""
    with contextlib.suppress(OSError, ValueError):
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
