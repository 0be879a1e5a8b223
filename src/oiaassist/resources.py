"""Where oiaassist's data files are at run time: installed, editable or frozen.

The data lives at the repository's top level (``templates/``, ``ui/`` with
``ui/icons/``) or inside the package (``locale/``, compiled ``.mo`` catalogs).
Every way of running oiaassist puts it somewhere else, so this one module
looks, in order, in:

1. the package directory: ``<site-packages>/oiaassist/templates`` in a wheel
   (hatch ``force-include``), and ``<bundle>/oiaassist/templates`` in a
   PyInstaller bundle, which copies the same layout;
2. ``sys._MEIPASS`` when frozen, for a bundle that put the data at its top;
3. the repository's top level, for an editable install or a checkout on
   ``PYTHONPATH`` (only when ``src/oiaassist`` sits beside a ``pyproject.toml``).

Nothing here imports Qt or anything heavy: the CLI, the library and the app
all use it, and so does the PyInstaller spec at build time.
"""

from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path

from oiaassist.errors import OiaAssistError

PACKAGE_DIR = Path(__file__).resolve().parent
"""The ``oiaassist`` package directory (inside a bundle when frozen)."""

# Names of the data folders, as the wheel and the bundle lay them out under
# the package directory.
TEMPLATES = "templates"
UI = "ui"
ICONS = "ui/icons"
LOCALE = "locale"


class ResourceNotFoundError(OiaAssistError, FileNotFoundError):
    """A data folder oiaassist ships with is missing: the installation is incomplete."""

    def __init__(self, name: str, looked_in: list[Path]) -> None:
        self.name = name
        self.looked_in = looked_in
        places = ", ".join(str(path) for path in looked_in)
        super().__init__(f"oiaassist's {name!r} folder is missing (looked in: {places})")


def is_frozen() -> bool:
    """Whether this is a PyInstaller bundle (or another freezer that sets ``sys.frozen``)."""
    return bool(getattr(sys, "frozen", False))


def repo_root() -> Path | None:
    """The checkout's top level when running from ``src/`` (editable install), else None."""
    if PACKAGE_DIR.parent.name != "src":
        return None
    root = PACKAGE_DIR.parent.parent
    return root if (root / "pyproject.toml").is_file() else None


def candidates(name: str) -> Iterator[Path]:
    """Every place folder ``name`` (e.g. ``"ui/icons"``) may be, best first."""
    yield PACKAGE_DIR / name
    meipass = getattr(sys, "_MEIPASS", None)
    if is_frozen() and meipass:
        yield Path(meipass) / "oiaassist" / name
        yield Path(meipass) / name
    root = repo_root()
    if root is not None:
        yield root / name


def find_dir(name: str) -> Path:
    """The first existing folder among :func:`candidates`.

    Raises:
        ResourceNotFoundError: it is nowhere, naming every place looked in.
    """
    looked_in = list(dict.fromkeys(candidates(name)))
    for path in looked_in:
        if path.is_dir():
            return path
    raise ResourceNotFoundError(name, looked_in)


def templates_dir() -> Path:
    """The built-in letter templates (``<letter>.docx`` and ``<letter>.txt``)."""
    return find_dir(TEMPLATES)


def ui_dir() -> Path:
    """The Qt Designer forms (``*.ui``) the app loads."""
    return find_dir(UI)


def icons_dir() -> Path:
    """The app's icons (``*.svg``), including the application icon."""
    return find_dir(ICONS)


def locale_dir() -> Path:
    """The gettext catalogs: ``<lang>/LC_MESSAGES/oiaassist.mo``."""
    return find_dir(LOCALE)


def describe() -> dict[str, str]:
    """Each data folder and where it resolved (or why not), for ``--self-test`` and bug reports."""
    found: dict[str, str] = {"frozen": str(is_frozen()), "package": str(PACKAGE_DIR)}
    for name in (TEMPLATES, UI, ICONS, LOCALE):
        try:
            found[name] = str(find_dir(name))
        except ResourceNotFoundError as exc:
            found[name] = f"MISSING ({exc})"
    return found
