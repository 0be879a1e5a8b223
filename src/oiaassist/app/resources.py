"""The app's forms and icons, found through :mod:`oiaassist.resources`.

That module resolves ``ui/`` for every way of running oiaassist (installed
wheel, PyInstaller bundle, checkout: package directory first, then the
repository's top level); this one names the files inside it.
"""

from __future__ import annotations

from pathlib import Path

from oiaassist import resources
from oiaassist.resources import ResourceNotFoundError


def ui_dir() -> Path:
    """The folder of Designer forms."""
    return resources.ui_dir()


def form_path(name: str) -> Path:
    """The ``.ui`` file of form ``name`` (e.g. "compose")."""
    path = ui_dir() / f"{name}.ui"
    if not path.is_file():
        raise ResourceNotFoundError(f"ui/{name}.ui", [path])
    return path


def icon_path(name: str) -> Path:
    """The SVG icon ``name`` (e.g. "new")."""
    path = resources.icons_dir() / f"{name}.svg"
    if not path.is_file():
        raise ResourceNotFoundError(f"ui/icons/{name}.svg", [path])
    return path


def form_names() -> list[str]:
    """Every form the app ships (for the self-test)."""
    return sorted(p.stem for p in ui_dir().glob("*.ui"))
