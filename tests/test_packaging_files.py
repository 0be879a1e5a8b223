"""Fast checks of packaging/: the files the Linux, Windows and macOS builds read are consistent.

The builds themselves are too slow for every test run; packaging/build-linux.sh
and its smoke tests (run by .ci/run) build and exercise them. These checks
catch the cheap mistakes: a rule of the lean build that would drop a file the
app needs, a version written in a second place, a .desktop or metainfo file
that no longer validates, a recipe that names a file that is not there.
"""

from __future__ import annotations

import importlib.util
import re
import shutil
import subprocess
import sys
from pathlib import Path
from types import ModuleType

import pytest

import oiaassist
from needs import require

REPO = Path(__file__).resolve().parents[1]
PACKAGING = REPO / "packaging"
APP_ID = "nz.oiaassist.oiaassist"


def load(path: Path) -> ModuleType:
    spec = importlib.util.spec_from_file_location(path.stem, path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[path.stem] = module
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def lean() -> ModuleType:
    return load(PACKAGING / "pyinstaller" / "lean.py")


@pytest.fixture(scope="module")
def meta() -> ModuleType:
    return load(PACKAGING / "tools" / "meta.py")


@pytest.mark.parametrize(
    "dest",
    [
        "PySide6/Qt/plugins/platforms/libqxcb.so",
        "PySide6/Qt/plugins/platforms/libqwayland.so",
        "PySide6/Qt/plugins/platforms/libqoffscreen.so",
        "PySide6/Qt/plugins/platforms/qwindows.dll",
        "PySide6/Qt/plugins/platforms/libqcocoa.dylib",
        "PySide6/Qt/plugins/imageformats/libqsvg.so",
        "PySide6/Qt/plugins/imageformats/qico.dll",
        "PySide6/Qt/plugins/iconengines/libqsvgicon.so",
        "PySide6/Qt/plugins/platforminputcontexts/libcomposeplatforminputcontextplugin.so",
        "PySide6/Qt/plugins/wayland-shell-integration/libxdg-shell.so",
        "PySide6/Qt/lib/libQt6Widgets.so.6",
        "babel/locale-data/root.dat",
        "babel/locale-data/en.dat",
        "babel/locale-data/en_001.dat",
        "babel/locale-data/en_NZ.dat",
        "babel/locale-data/mi.dat",
        "babel/global.dat",
        "oiaassist/locale/mi/LC_MESSAGES/oiaassist.mo",
        "oiaassist/templates/request.docx",
        "oiaassist/ui/main_window.ui",
        "oiaassist/ui/icons/app.svg",
    ],
)
def test_lean_build_keeps_what_oiaassist_uses(lean: ModuleType, dest: str) -> None:
    assert lean.rule_for(dest) is None


@pytest.mark.parametrize(
    "dest",
    [
        "PySide6/Qt/translations/qtbase_de.qm",
        "PySide6/Qt/plugins/platforms/libqeglfs.so",
        "PySide6/Qt/plugins/platforms/libqlinuxfb.so",
        "PySide6/Qt/plugins/platformthemes/libqgtk3.so",
        "PySide6/Qt/plugins/imageformats/libqjpeg.so",
        "babel/locale-data/fr.dat",
        "babel/locale-data/en_AU.dat",
        "oiaassist/locale/mi/LC_MESSAGES/oiaassist.po",
    ],
)
def test_lean_build_drops_what_it_does_not_use(lean: ModuleType, dest: str) -> None:
    rule = lean.rule_for(dest)
    assert rule is not None
    assert rule.reason


def test_lean_never_excludes_modules_oiaassist_needs(lean: ModuleType) -> None:
    # Every Qt module the source imports (QtNetwork's local socket was once excluded and
    # the bundled app died at start), and the standard library it cannot do without.
    source = Path(__file__).resolve().parent.parent / "src" / "oiaassist"
    qt = {
        f"PySide6.{name}"
        for path in source.rglob("*.py")
        for name in re.findall(r"from PySide6\.(Qt\w+) import", path.read_text("utf-8"))
    }
    assert {"PySide6.QtNetwork", "PySide6.QtWidgets"} <= qt
    needed = {"sqlite3", "email", *qt}
    assert needed.isdisjoint(lean.EXCLUDED_MODULES), needed & set(lean.EXCLUDED_MODULES)


def test_one_version_source(meta: ModuleType) -> None:
    # The package metadata (what every package reads) is oiaassist.__version__.
    assert meta.facts()["VERSION"] == oiaassist.__version__
    for path in PACKAGING.rglob("*"):
        if path.is_file() and path.suffix in {".iss", ".ps1", ".sh", ".spec", ".in", ".yml", ".py"}:
            text = path.read_text(encoding="utf-8")
            assert oiaassist.__version__ not in re.sub(r"python[- ]?\d\.\d+", "", text), path


def test_spec_and_tools_compile() -> None:
    for path in [PACKAGING / "pyinstaller" / "oiaassist.spec", *PACKAGING.rglob("*.py")]:
        compile(path.read_text(encoding="utf-8"), str(path), "exec")


def test_icon_is_the_app_icon() -> None:
    icon = PACKAGING / "linux" / f"{APP_ID}.svg"
    assert icon.resolve() == (REPO / "ui" / "icons" / "app.svg").resolve()


def test_desktop_file_validates() -> None:
    require(shutil.which("desktop-file-validate") is not None, "desktop-file-utils")
    path = PACKAGING / "linux" / f"{APP_ID}.desktop"
    result = subprocess.run(
        ["desktop-file-validate", str(path)], capture_output=True, text=True, check=False
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_metainfo_validates(tmp_path: Path, meta: ModuleType) -> None:
    require(shutil.which("appstreamcli") is not None, "appstreamcli (appstream)")
    facts = meta.facts()
    text = (PACKAGING / "linux" / f"{APP_ID}.metainfo.xml.in").read_text(encoding="utf-8")
    for key in ("VERSION", "RELEASE_DATE", "HOMEPAGE", "SCREENSHOT_BASE"):
        text = text.replace(f"@{key}@", facts[key])
    assert "@" not in re.sub(r"<!--.*?-->", "", text, flags=re.S)
    out = tmp_path / f"{APP_ID}.metainfo.xml"
    out.write_text(text, encoding="utf-8")
    result = subprocess.run(
        ["appstreamcli", "validate", "--no-net", "--pedantic", str(out)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_recipes_name_files_that_exist() -> None:
    iss = (PACKAGING / "windows" / "oiaassist.iss").read_text(encoding="utf-8")
    assert "PrivilegesRequired=lowest" in iss
    assert "oiaassist-app.exe" in iss
    build_ps1 = (PACKAGING / "windows" / "build.ps1").read_text(encoding="utf-8")
    mac = (PACKAGING / "macos" / "build.sh").read_text(encoding="utf-8")
    workflow = (REPO / ".github" / "workflows" / "packages.yml").read_text(encoding="utf-8")
    for text in (build_ps1, mac, workflow):
        for name in re.findall(r"packaging/[\w./-]+\.(?:spec|py|sh|ps1|iss)", text):
            assert (REPO / name).is_file(), name
    for name in ("build-linux.sh", "windows/build.ps1", "macos/build.sh"):
        assert name in workflow


@pytest.fixture(scope="module")
def trim_icu() -> ModuleType:
    return load(PACKAGING / "pyinstaller" / "trim_icu.py")


@pytest.mark.parametrize(
    "item",
    [
        "root.res",
        "en.res",
        "en_NZ.res",
        "mi.res",
        "res_index.res",
        "pool.res",
        "supplementalData.res",
        "zoneinfo64.res",
        "metaZones.res",
        "likelySubtags.res",
        "cnvalias.icu",
        "uemoji.icu",
        "nfkc.nrm",
        "coll/root.res",
        "coll/en.res",
        "coll/ucadata.icu",
        "coll/res_index.res",
        "lang/mi.res",
        "ibm-5348_P100-1997.cnv",
    ],
)
def test_icu_trim_keeps_what_qt_uses(trim_icu: ModuleType, item: str) -> None:
    assert trim_icu.keep(item, {"ibm-5348_P100-1997.cnv"})


@pytest.mark.parametrize(
    "item",
    [
        "de.res",
        "zh_Hant_TW.res",
        "coll/de.res",
        "coll/zh.res",
        "lang/fr.res",
        "es_419.res",
        "brkitr/word.brk",
        "brkitr/cjdict.dict",
        "translit/root.res",
        "ibm-943_P15A-2003.cnv",
    ],
)
def test_icu_trim_drops_other_locales(trim_icu: ModuleType, item: str) -> None:
    assert not trim_icu.keep(item, {"ibm-5348_P100-1997.cnv"})
