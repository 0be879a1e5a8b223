"""Facts every package of oiaassist shares: one place, read by the spec and the build scripts.

The VERSION is not written here: it is the installed distribution's metadata,
which hatchling takes from ``oiaassist.__version__`` (the one version source).
Run this with the Python that has oiaassist installed:

    python packaging/tools/meta.py --shell     # NAME=... VERSION=... lines for `eval`
    python packaging/tools/meta.py version     # just one value
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import re
import shlex
import subprocess
from importlib.metadata import version
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]

APP_ID = "nz.oiaassist.oiaassist"  # reverse DNS, lower case (AppStream pedantic check)
DISPLAY_NAME = "OIA Assist"
SUMMARY = "Deadlines, tracking and letters for NZ official information requests"
MAINTAINER = "oiaassist developers <oiaassist@users.noreply.github.com>"
# The project's public repository. The AppStream screenshots point at
# docs/screenshots/*.png in it; change it here if the repository moves.
HOMEPAGE = "https://github.com/oiaassist/oiaassist"
SCREENSHOT_BASE = (
    f"{HOMEPAGE.replace('github.com', 'raw.githubusercontent.com')}/main/docs/screenshots"
)


def numeric_version(full: str, parts: int = 4) -> str:
    """The release numbers of a PEP 440 version, padded: ``0.2.0rc1`` -> ``0.2.0.0``.

    Windows file versions (and Inno Setup's VersionInfoVersion) and macOS's
    CFBundleVersion accept only dotted integers; the full version, pre-release
    suffix and all, goes in the fields that take text.
    """
    match = re.match(r"\d+(?:\.\d+)*", full)
    if match is None:
        raise ValueError(f"not a PEP 440 version: {full!r}")
    numbers = [int(n) for n in match.group(0).split(".")][:parts]
    return ".".join(str(n) for n in numbers + [0] * (parts - len(numbers)))


def release_date() -> str:
    """The release date: SOURCE_DATE_EPOCH, else the last commit's date, else today (UTC)."""
    epoch = os.environ.get("SOURCE_DATE_EPOCH")
    if epoch:
        return dt.datetime.fromtimestamp(int(epoch), tz=dt.UTC).date().isoformat()
    try:
        out = subprocess.run(
            ["git", "-C", str(REPO), "log", "-1", "--format=%cs"],
            capture_output=True,
            text=True,
            check=True,
            timeout=20,
        ).stdout.strip()
        if out:
            return out
    except (OSError, subprocess.SubprocessError):
        pass
    return dt.datetime.now(tz=dt.UTC).date().isoformat()


def facts() -> dict[str, str]:
    """Every shared fact, by shell-friendly name."""
    return {
        "NAME": "oiaassist",
        "VERSION": version("oiaassist"),
        "NUMERIC_VERSION": numeric_version(version("oiaassist")),
        "APP_ID": APP_ID,
        "DISPLAY_NAME": DISPLAY_NAME,
        "SUMMARY": SUMMARY,
        "MAINTAINER": MAINTAINER,
        "HOMEPAGE": HOMEPAGE,
        "SCREENSHOT_BASE": SCREENSHOT_BASE,
        "RELEASE_DATE": release_date(),
    }


def main() -> None:
    """Print all facts as shell assignments, or one fact's value."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shell", action="store_true", help="print NAME=value lines for eval")
    parser.add_argument("fact", nargs="?", help="print only this fact (e.g. version)")
    args = parser.parse_args()
    known = facts()
    if args.fact:
        print(known[args.fact.upper()])
    else:
        for key, value in known.items():
            print(f"OIA_{key}={shlex.quote(value)}" if args.shell else f"{key}: {value}")


if __name__ == "__main__":
    main()
