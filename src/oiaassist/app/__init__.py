"""The desktop app (PySide6): ``oiaassist-app`` and ``python -m oiaassist.app``.

This module stays light: it parses the command line and imports Qt only when
the app really starts, so ``--version`` and ``--help`` answer at once and
nothing outside :mod:`oiaassist.app` ever pulls Qt in.
"""

from __future__ import annotations

import argparse
import importlib.util
import sys
from collections.abc import Sequence
from datetime import date
from pathlib import Path

from oiaassist import __version__

__all__ = ["main", "parse_args"]


def _day(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"--today: {text!r} is not a date (YYYY-MM-DD)") from None


def parse_args(argv: Sequence[str] | None = None) -> argparse.Namespace:
    """The app's command line (Qt's own options, such as ``-platform``, are passed on)."""
    parser = argparse.ArgumentParser(
        prog="oiaassist-app",
        description="Track New Zealand official information requests, their deadlines and "
        "letters. Everything stays on this computer.",
    )
    parser.add_argument("--version", action="version", version=f"oiaassist {__version__}")
    parser.add_argument(
        "--self-test",
        action="store_true",
        help="start with a temporary profile, load every form and template, render a letter, "
        "show the window on this display (offscreen if there is none), say which platform "
        "was used, and exit 0 (non-zero with the reason on a failure)",
    )
    parser.add_argument(
        "--offscreen",
        action="store_true",
        help="with --self-test: use Qt's offscreen platform even where there is a display",
    )
    parser.add_argument(
        "--profile",
        type=Path,
        metavar="DIR",
        help="keep settings and requests under DIR instead of the usual folders",
    )
    parser.add_argument(
        "--today", type=_day, metavar="YYYY-MM-DD", help="pretend today is this day"
    )
    args, qt_args = parser.parse_known_args(argv)
    args.qt_args = qt_args
    return args


GUI_MISSING = (
    "oiaassist-app: the desktop app needs PySide6, which is not installed: "
    "pip install 'oiaassist[gui]'"
)


def main(argv: Sequence[str] | None = None) -> int:
    """Run the app; the process's exit status."""
    args = parse_args(sys.argv[1:] if argv is None else argv)
    if importlib.util.find_spec("PySide6") is None:
        # Installed without the [gui] extra: one line saying how, not a traceback.
        print(GUI_MISSING, file=sys.stderr)
        return 1
    if args.self_test:
        from oiaassist.app.self_test import run_self_test  # noqa: PLC0415 - Qt only now

        return run_self_test(profile_root=args.profile, offscreen=args.offscreen)
    from oiaassist.app.launch import run_app  # noqa: PLC0415 - Qt only now

    return run_app(profile_root=args.profile, today=args.today, qt_args=args.qt_args)
