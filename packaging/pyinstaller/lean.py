"""What the PyInstaller bundle leaves out, and why: one list, read by the spec and the docs.

A naive one-folder build of a PySide6 app is 185 MB (stack-notes.md §6). Most
of that is Qt and data the app never touches. The spec drops three kinds of
thing:

* Python modules that nothing at run time needs (``EXCLUDED_MODULES``); the
  analysis never follows imports into them.
* Files the PyInstaller hooks collect wholesale (``DROPPED_FILES``): Qt
  plugins for embedded and framebuffer platforms, Qt's own translations (no
  te reo Māori, and the app's words come from oiaassist's catalogs), babel's
  CLDR data for the 1,000 locales we do not use, python-holidays' catalogs for
  other countries.
* Catalog sources (``.po``/``.pot``) beside the compiled ``.mo``.

Each rule has a reason; ``packaging/build-linux.sh`` prints what each one
removed and ``benchmarks/packaging.md`` records it. Nothing here may remove a
file the frozen self-tests use: ``packaging/linux/smoke-test.sh`` runs the CLI
(in English and te reo Māori), renders a .docx letter, and starts the app.
"""

from __future__ import annotations

import fnmatch
import json
import posixpath
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

# Modules the analysis must not follow: never imported when oiaassist runs.
EXCLUDED_MODULES = (
    # GUI toolkits and tools other than Qt
    "tkinter",
    "_tkinter",
    "turtle",
    "turtledemo",
    "idlelib",
    # development and test machinery
    "unittest",
    "doctest",
    "pydoc",
    "pydoc_data",
    "lib2to3",
    "test",
    "distutils",
    "setuptools",
    "pkg_resources",
    "pip",
    "ensurepip",
    "venv",
    # oiaassist makes no network connections: no TLS, so no OpenSSL (hashlib
    # falls back to its built-in sha256 and friends)
    "ssl",
    "_ssl",
    "_hashlib",
    # East Asian codecs: request files, letters and templates are UTF-8
    "_codecs_cn",
    "_codecs_hk",
    "_codecs_iso2022",
    "_codecs_jp",
    "_codecs_kr",
    "_codecs_tw",
    "_multibytecodec",
    # heavy optional imports of our dependencies that oiaassist never uses
    "numpy",
    "PIL",
    "IPython",
    "lxml.html",
    "lxml.isoschematron",
    "lxml.objectify",
    "lxml.sax",
    "pydantic.v1",
    "email_validator",
    # Qt modules the app does not import (QtUiTools links QtOpenGL and
    # QtOpenGLWidgets; those libraries stay, only their Python bindings go).
    # QtNetwork stays: one window per profile talks over a local socket
    # (app/instance.py: QLocalServer, a named pipe or Unix socket, no network).
    "PySide6.QtQml",
    "PySide6.QtQuick",
    "PySide6.QtQuickWidgets",
    "PySide6.QtOpenGL",
    "PySide6.QtOpenGLWidgets",
    "PySide6.QtSql",
    "PySide6.QtTest",
    "PySide6.QtDBus",
    "PySide6.QtConcurrent",
    "PySide6.QtXml",
    "PySide6.QtHelp",
    "PySide6.QtDesigner",
    "PySide6.QtPdf",
    "PySide6.QtPdfWidgets",
    "PySide6.QtMultimedia",
    "PySide6.QtWebEngineCore",
    "PySide6.QtWebEngineWidgets",
)

# LGPL-licensed Python packages: collected as .py source files beside the
# programs (not in their archives) so that a user can replace them (LGPL
# relinking). Qt's and shiboken's compiled parts are separate .so/.dll files anyway.
LGPL_PYTHON_PACKAGES = ("PySide6", "shiboken6", "docxtpl")

# Languages oiaassist speaks: CLDR files babel needs for en_NZ and mi (with
# their parents en_001 → en → root).
BABEL_LOCALES = ("root", "en", "en_001", "en_NZ", "mi", "mi_NZ")


@dataclass(frozen=True)
class Rule:
    """Drop bundle entries whose destination matches ``pattern`` (fnmatch, '/' separators)."""

    pattern: str
    reason: str
    keep: tuple[str, ...] = ()

    def drops(self, dest: str) -> bool:
        """Whether this rule removes the file at bundle path ``dest``."""
        path = dest.replace("\\", "/")
        if not fnmatch.fnmatchcase(path, self.pattern):
            return False
        return not any(fnmatch.fnmatchcase(path, keep) for keep in self.keep)


QT = "PySide6/Qt"

DROPPED_FILES = (
    Rule(
        f"{QT}/translations/*",
        "Qt's own translations: none for te reo Māori, and English is built in",
    ),
    Rule(
        f"{QT}/plugins/platforms/*",
        "embedded and framebuffer platforms (eglfs, linuxfb, vnc, vkkhrdisplay, minimalegl); "
        "kept: xcb, wayland, offscreen, minimal, windows, cocoa",
        keep=(
            "*/platforms/*qxcb*",
            "*/platforms/*qwayland*",
            "*/platforms/*qoffscreen*",
            "*/platforms/*qminimal.*",
            "*/platforms/*qminimal.so",
            "*/platforms/qwindows.dll",
            "*/platforms/*qcocoa*",
            "*/platforms/qdirect2d.dll",
        ),
    ),
    Rule(f"{QT}/plugins/egldeviceintegrations/*", "only for the eglfs platform"),
    Rule(f"{QT}/lib/libQt6EglFS*", "only for the eglfs platform"),
    Rule(f"{QT}/plugins/generic/*", "evdev/tslib/libinput input, only for framebuffer platforms"),
    Rule(
        f"{QT}/plugins/platformthemes/*gtk3*",
        "needs GTK 3, which the bundle does not carry; the xdg-desktop-portal theme "
        "gives native file dialogs instead",
    ),
    Rule(
        f"{QT}/plugins/imageformats/*",
        "image formats the app never reads (the app draws SVG icons); kept: svg, ico",
        keep=("*/imageformats/*qsvg*", "*/imageformats/*qico*"),
    ),
    Rule(
        f"{QT}/plugins/wayland-shell-integration/*",
        "Wayland shells other than xdg-shell (the one desktop compositors speak)",
        keep=("*/wayland-shell-integration/libxdg-shell.so",),
    ),
    Rule(
        f"{QT}/plugins/wayland-graphics-integration-client/*-server.so",
        "server-buffer integrations, used only inside Qt-based compositors",
    ),
    Rule(f"{QT}/plugins/networkinformation/*", "the app makes no network connections"),
    Rule(f"{QT}/plugins/tls/*", "the app makes no network connections"),
    Rule(f"{QT}/plugins/sqldrivers/*", "oiaassist uses Python's sqlite3, not QtSql"),
    Rule(f"{QT}/plugins/qmltooling/*", "no QML"),
    Rule(f"{QT}/qml/*", "no QML"),
    Rule(
        "babel/locale-data/*",
        "CLDR data for ~1,000 locales; kept: " + ", ".join(BABEL_LOCALES),
        keep=tuple(f"babel/locale-data/{name}.dat" for name in BABEL_LOCALES),
    ),
    Rule(
        "holidays/locale/*",
        "holiday-name catalogs of other countries (New Zealand's holidays have none)",
    ),
    Rule("oiaassist/locale/*.pot", "catalog template: a source file, not used at run time"),
    Rule("oiaassist/locale/*.po", "catalog sources: the compiled .mo beside each is what runs"),
)


@dataclass
class Dropped:
    """What the rules removed: per rule, the number of files and their bytes."""

    by_rule: dict[str, list[int]] = field(default_factory=dict)
    seen: set[str] = field(default_factory=set)

    def add(self, rule: Rule, dest: str, size: int) -> None:
        """Count removed file ``dest`` of ``size`` bytes against ``rule`` (once per bundle path)."""
        if dest in self.seen:
            return
        self.seen.add(dest)
        entry = self.by_rule.setdefault(rule.pattern, [0, 0])
        entry[0] += 1
        entry[1] += size

    def report(self) -> list[dict[str, object]]:
        """One row per rule that removed something: pattern, reason, files, bytes."""
        reasons = {rule.pattern: rule.reason for rule in (*DROPPED_FILES, ORPHANS, ICU_DATA)}
        return [
            {"pattern": pattern, "reason": reasons[pattern], "files": files, "bytes": size}
            for pattern, (files, size) in sorted(self.by_rule.items())
        ]


def rule_for(dest: str) -> Rule | None:
    """The first rule that drops bundle path ``dest``, if any."""
    for rule in DROPPED_FILES:
        if rule.drops(dest):
            return rule
    return None


def filter_toc(
    entries: Iterable[tuple[str, str, str]], dropped: Dropped
) -> list[tuple[str, str, str]]:
    """The TOC entries (dest, source, typecode) that no rule drops; counts the rest."""
    kept = []
    for entry in entries:
        rule = rule_for(entry[0])
        if rule is None:
            kept.append(entry)
            continue
        try:
            size = Path(entry[1]).stat().st_size
        except OSError:
            size = 0
        dropped.add(rule, entry[0], size)
    return kept


ORPHANS = Rule(
    "(orphaned libraries)",
    "shared libraries nothing left in the bundle links to, pulled in only by a dropped "
    "plugin or module (GTK 3 theme: cairo, pango, gdk-pixbuf; ...)",
)


ICU_DATA = Rule(
    "PySide6/Qt/lib/libicudata.so.* (trimmed)",
    "ICU's data for ~800 locales, its word-break dictionaries, transliterators and CJK "
    "converters, which Qt never asks for here (trim_icu.py; build-linux.sh checks that Qt's "
    "collation, case mapping, dates and converters give the same answers); kept: the shared "
    "data, collation and locale data for root, en and mi, the single-byte converters",
)


def trim_icu_data(
    tocs: list[list[tuple[str, str, str]]], workdir: Path, dropped: Dropped
) -> list[list[tuple[str, str, str]]]:
    """Swap PySide6's ICU data library for a trimmed copy (Linux wheels; see trim_icu.py).

    ``OIAASSIST_TRIM_ICU=0`` keeps the full library. Fails the build when the
    trimming tools are missing (packaging/linux/install-build-deps.sh installs them).
    """
    import os  # noqa: PLC0415

    import trim_icu  # noqa: PLC0415 - beside this file

    if os.environ.get("OIAASSIST_TRIM_ICU", "1") == "0":
        return tocs
    result = []
    for toc in tocs:
        kept = []
        for dest, source, typecode in toc:
            name = dest.replace("\\", "/").rsplit("/", 1)[-1]
            if typecode == "BINARY" and name.startswith("libicudata.so"):
                new, counts = trim_icu.trim(Path(source), workdir / "icu")
                saved = counts["bytes_before"] - counts["bytes_after"]
                dropped.by_rule[ICU_DATA.pattern] = [counts["dropped_items"], saved]
                print(
                    f"lean: {dest}: {counts['bytes_before'] / 1e6:.1f} MB -> "
                    f"{counts['bytes_after'] / 1e6:.1f} MB ({counts['dropped_items']} of "
                    f"{counts['items']} ICU data items dropped)"
                )
                source = str(new)
            kept.append((dest, source, typecode))
        result.append(kept)
    return result


def _is_root(dest: str) -> bool:
    """Binaries Python or Qt load by path (extension modules, plugins, libpython)."""
    path = dest.replace("\\", "/")
    name = path.rsplit("/", 1)[-1]
    return (
        ".cpython-" in name
        or ".abi3." in name
        or "/lib-dynload/" in f"/{path}"
        or "/plugins/" in path
        or name.startswith("libpython")
        or name.startswith("libshiboken")
        or name.startswith("libpyside")
    )


def prune_orphans(
    tocs: list[list[tuple[str, str, str]]], dropped: Dropped
) -> list[list[tuple[str, str, str]]]:
    """Drop libraries that no root (extension module, plugin, libpython) links to.

    PyInstaller collects a plugin's link-time dependencies when it collects the
    plugin; removing the plugin afterwards leaves them behind. Linux only: it
    asks PyInstaller's own ``get_imports`` (``ldd``: the full link closure) of
    each root. Symbolic links to a dropped file go too.
    """
    from PyInstaller.depend.bindepend import get_imports  # noqa: PLC0415 - build time only

    def base(dest: str) -> str:
        return dest.replace("\\", "/").rsplit("/", 1)[-1]

    reached: set[str] = set()
    for toc in tocs:
        for dest, source, typecode in toc:
            if typecode in ("BINARY", "EXTENSION") and _is_root(dest):
                reached.add(base(dest))
                reached.update(base(name) for name, _path in get_imports(source))
    result = []
    for toc in tocs:
        kept = []
        for entry in toc:
            if entry[2] == "BINARY" and base(entry[0]) not in reached:
                dropped.add(ORPHANS, entry[0], Path(entry[1]).stat().st_size)
            else:
                kept.append(entry)
        result.append(kept)
    return drop_dangling_links(result)


def drop_dangling_links(
    tocs: list[list[tuple[str, str, str]]],
) -> list[list[tuple[str, str, str]]]:
    """Remove SYMLINK entries whose target is no longer in the bundle."""
    present = {
        posixpath.normpath(entry[0].replace("\\", "/"))
        for toc in tocs
        for entry in toc
        if entry[2] != "SYMLINK"
    }

    def target(dest: str, link: str) -> str:
        folder = posixpath.dirname(dest.replace("\\", "/"))
        return posixpath.normpath(posixpath.join(folder, link.replace("\\", "/")))

    return [[e for e in toc if e[2] != "SYMLINK" or target(e[0], e[1]) in present] for toc in tocs]


def write_report(dropped: Dropped, path: Path) -> None:
    """Save the drop report as JSON (``build-linux.sh`` prints it; the benchmarks cite it)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    report = {"excluded_modules": list(EXCLUDED_MODULES), "dropped_files": dropped.report()}
    path.write_text(json.dumps(report, indent=2) + "\n", encoding="utf-8")
