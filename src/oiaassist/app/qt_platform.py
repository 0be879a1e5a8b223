"""Can Qt's platform plugin load on this machine, and if not, what would make it?

Qt's xcb plugin (the X11 one) needs system libraries a fresh Linux install may
lack (``libxcb-cursor0``, ``libxcb-icccm4``…). When one is missing, Qt aborts
the process with a message that names only the first. So before the app starts
on a display, this asks the dynamic linker (``ldd`` on the plugin, which lists
every library needed, transitively) rather than keeping a hand-made list that
drifts with each Qt release, and names the Debian packages that provide them.

It imports no Qt module (only finds PySide6's folder), so it runs even where Qt
cannot: ``python -m oiaassist.app.qt_platform`` prints what it found, and
``--packages`` only the packages to install (exit 1 when something is missing).
"""

from __future__ import annotations

import argparse
import importlib.util
import os
import re
import shutil
import subprocess
import sys
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

__all__ = ["PlatformCheck", "check_platform", "chosen_platform", "debian_package", "main"]

# The plugin file of each display platform, under PySide6/Qt/plugins/platforms.
_PLUGIN_FILES = {
    "xcb": "libqxcb.so",
    "wayland": "libqwayland.so",
    "offscreen": "libqoffscreen.so",
}
_NOT_FOUND = re.compile(r"^\s*(\S+\.so[.\d]*)\s+=>\s+not found", re.MULTILINE)
_GLIB = re.compile(r"^lib(glib|gobject|gthread|gmodule|gio)-2\.0$")
_SONAME = re.compile(r"^(?P<stem>lib.+?)\.so\.(?P<version>[\d.]+)$")


@dataclass(frozen=True, slots=True)
class PlatformCheck:
    """What the check found for one platform.

    Attributes:
        platform: the Qt platform name ("xcb", "wayland", "offscreen").
        plugin: the plugin file, or None if PySide6 or the plugin is not there.
        missing: the shared libraries the plugin needs and the linker cannot find.
        reason: why the check could not be made (no PySide6, no ldd…), else "".
    """

    platform: str
    plugin: Path | None
    missing: tuple[str, ...] = ()
    reason: str = ""

    @property
    def ok(self) -> bool:
        """Whether the plugin was found and every library it needs is there."""
        return self.plugin is not None and not self.missing and not self.reason

    @property
    def packages(self) -> tuple[str, ...]:
        """The Debian/Ubuntu packages that provide the missing libraries."""
        return tuple(dict.fromkeys(debian_package(name) for name in self.missing))


def chosen_platform(environ: Mapping[str, str] | None = None) -> str:
    """The platform Qt will use here: ``QT_QPA_PLATFORM``, else the session's display.

    Qt 6 picks Wayland in a Wayland session and X11 (xcb) where there is an X
    display; with neither there is nothing to show a window on ("offscreen").
    """
    env = os.environ if environ is None else environ
    chosen = env.get("QT_QPA_PLATFORM", "").split(";")[0].split(":")[0].strip()
    if chosen:
        return chosen
    if env.get("WAYLAND_DISPLAY") and env.get("XDG_SESSION_TYPE") == "wayland":
        return "wayland"
    if env.get("DISPLAY"):
        return "xcb"
    if env.get("WAYLAND_DISPLAY"):
        return "wayland"
    return "offscreen"


def debian_package(soname: str) -> str:
    """The Debian package that ships a shared library, by Debian's naming policy.

    Policy §8.1: a library package is named after its SONAME's stem and version,
    lower case, with a hyphen between them when the stem ends in a digit
    (``libxcb-cursor.so.0`` → ``libxcb-cursor0``, ``libxkbcommon-x11.so.0`` →
    ``libxkbcommon-x11-0``). The installer checks the name exists before use.
    """
    match = _SONAME.match(soname)
    if match is None:
        return soname
    stem, version = match["stem"].lower(), match["version"].split(".")[0]
    if _GLIB.match(stem):
        return "libglib2.0-0"  # GLib's libraries share one package, named without the hyphen
    return f"{stem}-{version}" if stem[-1].isdigit() else f"{stem}{version}"


def _plugin_dir() -> Path | None:
    spec = importlib.util.find_spec("PySide6")
    if spec is None or not spec.submodule_search_locations:
        return None
    return Path(next(iter(spec.submodule_search_locations))) / "Qt" / "plugins" / "platforms"


def check_platform(platform: str | None = None) -> PlatformCheck:
    """Whether ``platform`` (default: the one Qt will choose) can load here."""
    name = platform or chosen_platform()
    folder = _plugin_dir()
    if folder is None:
        return PlatformCheck(name, None, reason="PySide6 is not installed")
    plugin = folder / _PLUGIN_FILES.get(name, f"libq{name}.so")
    if not plugin.is_file():
        return PlatformCheck(name, None, reason=f"Qt has no {name!r} platform plugin ({plugin})")
    if not sys.platform.startswith("linux"):
        return PlatformCheck(name, plugin)  # the wheels bundle what they need elsewhere
    ldd = shutil.which("ldd")
    if ldd is None:
        return PlatformCheck(name, plugin, reason="ldd is not installed, so nothing was checked")
    result = subprocess.run(
        [ldd, str(plugin)], capture_output=True, text=True, timeout=30, check=False
    )
    missing = tuple(dict.fromkeys(_NOT_FOUND.findall(result.stdout)))
    return PlatformCheck(name, plugin, missing)


def main(argv: Sequence[str] | None = None) -> int:
    """``python -m oiaassist.app.qt_platform [--platform NAME] [--packages]``."""
    parser = argparse.ArgumentParser(prog="python -m oiaassist.app.qt_platform")
    parser.add_argument("--platform", help="the Qt platform to check (default: this session's)")
    parser.add_argument(
        "--packages", action="store_true", help="print only the packages to install, one a line"
    )
    args = parser.parse_args(argv)
    found = check_platform(args.platform)
    if args.packages:
        for package in found.packages:
            print(package)
    elif found.ok:
        print(f"Qt's {found.platform!r} platform plugin can load ({found.plugin})")
    elif found.reason:
        print(f"Qt's {found.platform!r} platform: {found.reason}")
    else:
        missing = ", ".join(found.missing)
        print(f"Qt's {found.platform!r} platform plugin cannot load: missing {missing}")
        print(f"On Debian or Ubuntu: sudo apt-get install {' '.join(found.packages)}")
    return 0 if found.ok else 1


if __name__ == "__main__":
    sys.exit(main())
