"""Drop from a staged .deb the system libraries PyInstaller copied, so Depends brings Debian's.

PyInstaller copies every shared library the bundle links to, including
Debian's own (libstdc++, glib, libsystemd, libxcb-*, freetype ...). In the
tarball that keeps the bundle self-contained; in a .deb it freezes copies
that Debian's security updates never reach, and the bundled libstdc++ is a
known crash source with newer Mesa drivers. This removes, from the staged
``opt/oiaassist/_internal``, every library that a Debian package on this
(build) machine owns under the same name; ``deb_depends.py`` then finds them
missing from the bundle and adds their packages to Depends.

Kept: libpython (it must match the bundle's standard library), and everything
inside PySide6/shiboken6 (Qt itself, and its ICU 73, which is not Debian's).

    python3 packaging/linux/deb_unbundle.py STAGE/opt/oiaassist    # prints what it removed

Only the standard library (runs on the build machine's system python3).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from deb_depends import owner, system_libraries  # noqa: E402

KEEP_PREFIXES = ("libpython",)
KEEP_DIRS = {"PySide6", "shiboken6"}


def unbundle(bundle: Path) -> list[tuple[str, str]]:
    """Remove system-owned libraries (and links to them); (library, package) per removal."""
    internal = bundle / "_internal"
    system = system_libraries()
    removed: list[tuple[str, str]] = []
    for lib in sorted(internal.glob("lib*.so*")):
        if lib.is_symlink() or lib.name.startswith(KEEP_PREFIXES):
            continue
        if KEEP_DIRS & set(lib.relative_to(bundle).parts):
            continue
        host = system.get(lib.name)
        package = owner(host) if host else None
        if package is None:
            continue
        lib.unlink()
        removed.append((lib.name, package))
    names = {name for name, _package in removed}
    for link in internal.rglob("lib*.so*"):
        if link.is_symlink() and Path(link.readlink()).name in names:
            link.unlink()
    return removed


def main() -> None:
    """Unbundle and print one line per library removed."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("bundle", type=Path, help="the staged bundle (STAGE/opt/oiaassist)")
    args = parser.parse_args()
    removed = unbundle(args.bundle)
    for name, package in removed:
        print(f"  {name} -> {package}")
    print(f"deb_unbundle: {len(removed)} system libraries left to Debian's packages")


if __name__ == "__main__":
    main()
