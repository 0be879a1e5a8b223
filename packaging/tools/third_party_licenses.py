"""Write THIRD-PARTY-LICENSES.txt for a frozen bundle: every component it ships, with its licence.

Run it with the build environment's Python (where oiaassist[gui] is
installed) after PyInstaller:

    python packaging/tools/third_party_licenses.py dist/oiaassist

It lists, each with version, licence and the licence texts found:

* the Python distributions oiaassist[gui] needs at run time (walked from the
  installed metadata, markers evaluated for this platform);
* CPython itself, and PyInstaller's bootloader (GPL-2.0+ with an exception
  that allows this use);
* on Debian and derivatives, the system libraries PyInstaller copied from the
  build machine, with the Debian copyright file of the package each came from;
* the third-party code Qt compiles into its own libraries (PCRE2 in QtCore,
  HarfBuzz and libpng in QtGui ...), found by looking into the bundled Qt
  libraries, with the licence text from the matching Debian package's
  copyright file when the build machine has it;
* how the bundle honours the LGPL for Qt and PySide6 (relinking);
* the full LGPL-2.1, LGPL-3.0 and GPL-3.0 texts.

Stdlib only, plus ``packaging`` (a PyInstaller dependency) for markers.
"""

from __future__ import annotations

import argparse
import re
import subprocess
import sys
import sysconfig
from importlib.metadata import Distribution, PackageNotFoundError, distribution
from pathlib import Path

from packaging.requirements import Requirement

ROOT = "oiaassist"
ROOT_EXTRAS = ("gui",)
LICENSE_FILE = re.compile(r"(^|/)(licen[cs]e|copying|notice|authors|copyright)[^/]*$", re.I)
RULE = "=" * 78

LGPL_NOTE = """\
Qt 6 and PySide6 (Qt for Python) are used under the GNU Lesser General Public
License version 3 (LGPL-3.0-only). This bundle honours it as follows:

* Dynamic linking only. The Qt libraries (PySide6/Qt/lib/libQt6*.so.6,
  Qt6*.dll, QtCore.framework ...), the Qt plugins (PySide6/Qt/plugins/) and
  the PySide6/shiboken6 modules are shipped as separate, unmodified shared
  libraries exactly as in the PySide6-Essentials {pyside} wheel from PyPI,
  loaded at run time by the system's dynamic linker. Nothing is statically
  linked into oiaassist, and the one-folder layout (not one-file) keeps them
  as ordinary files on disk. No UPX compression is applied. On Linux, debug
  symbols are stripped (strip --strip-unneeded), which changes no interface.
* Relinking / replacing. To use a modified Qt or PySide6, build Qt {qt} and
  PySide6 {pyside} (or an ABI-compatible release) from source and replace the
  files of the same name in the bundle's _internal/PySide6/ (Linux, Windows)
  or OIA Assist.app/Contents/Frameworks/PySide6/ (macOS; re-sign the .app
  afterwards), or install the PySide6-Essentials wheel you built into a
  Python environment and rebuild the bundle with packaging/pyinstaller/
  oiaassist.spec from oiaassist's source, which is published under the MIT
  licence.
* The Python parts of PySide6, shiboken6 and docxtpl (LGPL-2.1-only) are
  shipped as plain .py source files in _internal/PySide6/, _internal/shiboken6/
  and _internal/docxtpl/ (not inside the programs' archives), so they too
  can be modified or replaced in place.
* Source code. Qt: https://download.qt.io/official_releases/qt/ and
  https://code.qt.io/ ; PySide6: https://download.qt.io/official_releases/QtForPython/
  and https://code.qt.io/cgit/pyside/pyside-setup.git/ (tag v{pyside}).
* The LGPL-3.0 and the GPL-3.0 it builds on are reproduced in full below, and are at
  https://www.gnu.org/licenses/lgpl-3.0.txt and https://www.gnu.org/licenses/gpl-3.0.txt.
"""

DOCXTPL_NOTE = """\
docxtpl is used under the LGPL-2.1-only. Its Python code is shipped as plain
.py source files in _internal/docxtpl/ (not inside the program's archive), so
it can be modified or replaced in place; its source is at
https://github.com/elapouya/python-docx-template.
"""

BOOTLOADER_NOTE = """\
The programs oiaassist and oiaassist-app start through PyInstaller's bootloader
(PyInstaller {version}), licensed GPL-2.0-or-later WITH Bootloader-exception:
"you may use the bootloader in the distribution of your own programs under
any licence" (PyInstaller's COPYING.txt). PyInstaller itself is not shipped.
"""


# Third-party code inside Qt's own libraries (Qt lists it at
# https://doc.qt.io/qt-6/licenses-used-in-qt.html): (name, Qt library, a byte
# string that shows it is compiled in, licence, Debian package whose copyright
# file carries the same project's licence text, upstream).
QT_EMBEDDED = (
    ("PCRE2", "Qt6Core", b"PCRE2 does not support", "BSD-3-Clause WITH PCRE2-exception",
     "libpcre2-8-0", "https://github.com/PCRE2Project/pcre2"),
    ("BLAKE2 reference implementation", "Qt6Core", b"Blake2b_", "CC0-1.0 OR OpenSSL OR Apache-2.0",
     "", "https://github.com/BLAKE2/BLAKE2"),
    ("Keccak / SHA-3 reference implementation", "Qt6Core", b"Keccak_", "CC0-1.0 (public domain)",
     "", "https://keccak.team/"),
    ("TinyCBOR", "Qt6Core", b"cbor_", "MIT", "", "https://github.com/intel/tinycbor"),
    ("HarfBuzz", "Qt6Gui", b"harfbuzz", "MIT", "libharfbuzz0b", "https://github.com/harfbuzz/harfbuzz"),
    ("libpng", "Qt6Gui", b"libpng version", "libpng-2.0", "libpng16-16", "http://www.libpng.org/pub/png/libpng.html"),
    ("MD4C (Markdown parser)", "Qt6Gui", b"md4c", "MIT", "", "https://github.com/mity/md4c"),
)
COMMON_LICENCE = {"CC0-1.0": "CC0-1.0"}


def qt_embedded(bundle: Path) -> list[tuple[str, str, str, str, str]]:
    """(name, library file, licence, upstream, licence text) of the code compiled into Qt here."""
    libraries: dict[str, Path] = {}
    for path in sorted(bundle.rglob("*Qt6*")):
        if path.is_file() and not path.is_symlink():
            for _name, lib, *_rest in QT_EMBEDDED:
                if path.name.startswith((f"lib{lib}.so", f"{lib}.dll")) or path.name == lib[2:]:
                    libraries.setdefault(lib, path)
    found = []
    for name, lib, marker, licence, package, upstream in QT_EMBEDDED:
        path = libraries.get(lib)
        if path is None or marker not in path.read_bytes():
            continue
        text = ""
        copyright_file = Path(f"/usr/share/doc/{package}/copyright") if package else None
        vendored = LICENCE_DIR / f"qt-{name.split()[0]}.txt"
        if vendored.is_file():
            # The same text on every platform (Windows and macOS have no Debian files).
            text = vendored.read_text(encoding="utf-8")
        elif copyright_file is not None and copyright_file.is_file():
            text = (
                f"(licence text from Debian's copyright file of {package}, the same project)\n\n"
                + copyright_file.read_text(encoding="utf-8", errors="replace")
            )
        elif licence.split()[0] in COMMON_LICENCE:
            text = gnu_licence(COMMON_LICENCE[licence.split()[0]])
        else:
            text = f"Licence {licence}: see {upstream} and https://doc.qt.io/qt-6/licenses-used-in-qt.html"
        found.append((name, path.name, licence, upstream, text))
    return found


def requirement_closure(extras: tuple[str, ...]) -> list[Distribution]:
    """Every installed distribution ``oiaassist[extras]`` needs here, oiaassist first."""
    seen: dict[str, Distribution] = {}
    todo: list[tuple[str, tuple[str, ...]]] = [(ROOT, extras)]
    while todo:
        name, extras = todo.pop()
        key = re.sub(r"[-_.]+", "-", name).lower()
        try:
            dist = distribution(name)
        except PackageNotFoundError:
            if key == ROOT:
                raise SystemExit("third_party_licenses: oiaassist is not installed here") from None
            continue  # an optional dependency for another platform
        first_visit = key not in seen
        seen[key] = dist
        for text in dist.requires or []:
            req = Requirement(text)
            envs = [{"extra": extra} for extra in extras] or [{"extra": ""}]
            if req.marker is not None and not any(req.marker.evaluate(env) for env in envs):
                continue
            if first_visit or req.extras:
                todo.append((req.name, tuple(sorted(req.extras))))
    return sorted(
        seen.values(),
        key=lambda d: (d.metadata["Name"].lower() != ROOT, d.metadata["Name"].lower()),
    )


def licence_of(dist: Distribution) -> str:
    """The licence as the distribution states it (SPDX expression, field or classifiers)."""
    meta = dist.metadata
    if meta.get("License-Expression"):
        return str(meta["License-Expression"])
    field = (meta.get("License") or "").strip()
    if field and "\n" not in field and len(field) < 120:
        return field
    classifiers = [
        c.split(" :: ")[-1] for c in meta.get_all("Classifier") or [] if c.startswith("License ::")
    ]
    return "; ".join(classifiers) or (field.splitlines()[0] if field else "see the licence text")


def homepage_of(dist: Distribution) -> str:
    """The project's home page from its metadata, if it names one."""
    meta = dist.metadata
    if meta.get("Home-page"):
        return str(meta["Home-page"])
    for url in meta.get_all("Project-URL") or []:
        label, _, link = url.partition(",")
        if label.strip().lower() in {"homepage", "home", "source", "repository", "source code"}:
            return link.strip()
    return ""


def licence_texts(dist: Distribution) -> list[tuple[str, str]]:
    """(file name, text) of each licence/notice file the distribution installed."""
    texts = []
    for file in dist.files or []:
        if LICENSE_FILE.search(str(file)) and not str(file).endswith((".py", ".pyc")):
            path = Path(str(dist.locate_file(file)))
            try:
                texts.append((str(file), path.read_text(encoding="utf-8", errors="replace")))
            except OSError:
                continue
    return texts


def python_section() -> str:
    """CPython's licence (the interpreter and standard library are in every bundle)."""
    candidates = [
        Path(sysconfig.get_paths()["stdlib"]) / "LICENSE.txt",
        Path(sys.base_prefix) / "LICENSE.txt",
        Path("/usr/share/doc/python3.11/copyright"),
    ]
    text = next(
        (p.read_text(encoding="utf-8", errors="replace") for p in candidates if p.is_file()), ""
    )
    version = ".".join(map(str, sys.version_info[:3]))
    head = f"Python {version} (interpreter and standard library)\nLicence: PSF-2.0\nhttps://www.python.org/\n"
    return head + ("\n" + text if text else "\nSee https://docs.python.org/3/license.html\n")


def system_libraries(bundle: Path) -> list[tuple[str, str, str]]:
    """(library, Debian package, copyright text) for host libraries copied into a Linux bundle."""
    if not sys.platform.startswith("linux") or not Path("/usr/bin/dpkg").exists():
        return []
    python_owned = {p.name for d in ("PySide6", "shiboken6") for p in bundle.rglob(f"{d}/**/*.so*")}
    found = []
    packages: dict[str, str] = {}
    for lib in sorted(bundle.rglob("lib*.so*")):
        if lib.is_symlink() or lib.name in python_owned or lib.name.startswith("libpython"):
            continue
        if any(part in {"PySide6", "shiboken6", "lxml", "pydantic_core"} for part in lib.parts):
            continue
        host = next(
            (
                Path(d) / lib.name
                for d in (
                    "/usr/lib/x86_64-linux-gnu",
                    "/lib/x86_64-linux-gnu",
                    "/usr/lib/aarch64-linux-gnu",
                    "/lib/aarch64-linux-gnu",
                    "/usr/lib",
                    "/lib",
                )
                if (Path(d) / lib.name).exists()
            ),
            None,
        )
        if host is None:
            continue
        package = ""
        for path in (host, host.resolve()):
            for candidate in (str(path), str(path).replace("/usr/lib/", "/lib/", 1)):
                out = subprocess.run(
                    ["dpkg", "-S", candidate], capture_output=True, text=True, check=False
                )
                if out.returncode == 0:
                    package = out.stdout.split(":", 1)[0].strip()
                    break
            if package:
                break
        if package:
            packages.setdefault(package, lib.name)
            found.append((lib.name, package))
    result = []
    for name, package in found:
        copyright_file = Path(f"/usr/share/doc/{package}/copyright")
        text = (
            copyright_file.read_text(encoding="utf-8", errors="replace")
            if copyright_file.is_file()
            else ""
        )
        result.append(
            (
                name,
                package,
                text if packages[package] == name else f"(see {packages[package]} above)",
            )
        )
    return result


# Verbatim copies of the licence texts (from Debian's /usr/share/common-licenses), so the
# Windows and macOS bundles carry them too.
LICENCE_DIR = Path(__file__).resolve().parent / "licenses"


def gnu_licence(name: str) -> str:
    """A licence's full text (GPL-3, LGPL-3, LGPL-2.1, CC0-1.0) from packaging/tools/licenses."""
    for path in (LICENCE_DIR / f"{name}.txt", Path("/usr/share/common-licenses") / name):
        if path.is_file():
            return path.read_text(encoding="utf-8")
    raise SystemExit(f"third_party_licenses: no text for the licence {name}")


def render(bundle: Path) -> str:
    """The whole file."""
    has_qt = any(bundle.rglob("PySide6"))
    dists = requirement_closure(ROOT_EXTRAS if has_qt else ())
    versions = {d.metadata["Name"].lower(): d.version for d in dists}
    pyside = versions.get("pyside6-essentials", versions.get("pyside6", "?"))
    try:
        pyinstaller = distribution("pyinstaller").version
    except PackageNotFoundError:
        pyinstaller = "?"
    out = [
        f"Third-party software in oiaassist {versions.get(ROOT, '?')}",
        RULE,
        "",
        "oiaassist itself is MIT-licensed. This bundle also contains the components below.",
        "",
        "Summary",
        "-------",
    ]
    for dist in dists:
        out.append(f"  {dist.metadata['Name']} {dist.version}: {licence_of(dist)}")
    out.append(f"  Python {'.'.join(map(str, sys.version_info[:3]))}: PSF-2.0")
    out.append(
        f"  PyInstaller bootloader {pyinstaller}: GPL-2.0-or-later WITH Bootloader-exception"
    )
    libs = system_libraries(bundle)
    embedded = qt_embedded(bundle)
    for name, library, licence, _upstream, _text in embedded:
        out.append(f"  {name} (compiled into Qt's {library}): {licence}")
    for name, package, _text in libs:
        out.append(f"  {name}: from Debian package {package} (licence in its copyright file below)")
    if has_qt:
        out += ["", RULE, "LGPL components (Qt, PySide6, shiboken6, docxtpl): relinking", RULE, ""]
        out.append(LGPL_NOTE.format(pyside=pyside, qt=pyside))
    else:
        out += ["", RULE, "LGPL components (docxtpl): relinking", RULE, ""]
        out.append(DOCXTPL_NOTE)
    out += [
        "",
        RULE,
        "PyInstaller bootloader",
        RULE,
        "",
        BOOTLOADER_NOTE.format(version=pyinstaller),
    ]
    for dist in dists:
        out += ["", RULE, f"{dist.metadata['Name']} {dist.version}", RULE]
        out.append(f"Licence: {licence_of(dist)}")
        if homepage_of(dist):
            out.append(f"Home page: {homepage_of(dist)}")
        texts = licence_texts(dist)
        if not texts:
            out.append("(no licence file in the distribution; the licence named above applies)")
        for file, text in texts:
            out += ["", f"--- {file} ---", text.rstrip()]
    out += ["", RULE, python_section().rstrip()]
    for name, library, licence, upstream, text in embedded:
        out += ["", RULE, f"{name}, compiled into {library} (Qt)", RULE]
        out += [f"Licence: {licence}", f"Home page: {upstream}", "", text.rstrip()]
    for name, package, text in libs:
        out += ["", RULE, f"{name} (Debian package {package})", RULE, text.rstrip()]
    for licence in ("LGPL-2.1", "LGPL-3", "GPL-3"):
        out += ["", RULE, f"{licence} (full text)", RULE, gnu_licence(licence).rstrip()]
    return "\n".join(out) + "\n"


def main() -> None:
    """Write the licences file into the bundle folder (or where --out says)."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("bundle", type=Path, help="the PyInstaller one-folder bundle")
    parser.add_argument("--out", type=Path, help="default: BUNDLE/THIRD-PARTY-LICENSES.txt")
    args = parser.parse_args()
    out = args.out or args.bundle / "THIRD-PARTY-LICENSES.txt"
    text = render(args.bundle)
    out.write_text(text, encoding="utf-8")
    count = text.count(RULE) // 2
    print(f"third_party_licenses: wrote {out} ({len(text) // 1024} KB, {count} sections)")


if __name__ == "__main__":
    main()
