"""Release hygiene a packager checks (issue 17): licence, changelog, .deb metadata, recipes.

These read the files in the source tree (an unpacked sdist has them all too).
"""

from __future__ import annotations

import importlib.util
import re
import tomllib
from pathlib import Path
from types import ModuleType

import pytest

REPO = Path(__file__).resolve().parents[1]
LINUX = REPO / "packaging" / "linux"
APP_ID = "nz.oiaassist.oiaassist"


def load(path: Path) -> ModuleType:
    spec = importlib.util.spec_from_file_location(path.stem, path)
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def read(*parts: str) -> str:
    return REPO.joinpath(*parts).read_text(encoding="utf-8")


def test_licence_is_mit_and_ships_in_the_wheel_and_sdist() -> None:
    text = read("LICENSE")
    assert text.startswith("MIT License")
    assert "Copyright (c) 2026 oiaassist developers" in text
    project = tomllib.loads(read("pyproject.toml"))["project"]
    assert project["license"] == "MIT"
    assert project["license-files"] == ["LICENSE"]
    sdist = tomllib.loads(read("pyproject.toml"))["tool"]["hatch"]["build"]["targets"]["sdist"]
    for needed in ("LICENSE", "CHANGELOG.md", "packaging/", "docs/", "/.github", "/.ci"):
        assert needed in sdist["include"], needed


def test_changelog_keeps_a_changelog_and_states_the_version_policy() -> None:
    text = read("CHANGELOG.md")
    assert "keepachangelog.com" in text
    assert "## [Unreleased]" in text
    assert "## Version policy" in text
    assert "__all__" in text
    for heading in re.findall(r"^### (.+)$", text, re.M):
        assert heading in {"Added", "Changed", "Deprecated", "Removed", "Fixed", "Security"}


def test_metainfo_screenshots_exist() -> None:
    template = (LINUX / f"{APP_ID}.metainfo.xml.in").read_text(encoding="utf-8")
    images = re.findall(r"@SCREENSHOT_BASE@/([^<]+)</image>", template)
    assert images
    for image in images:
        assert (REPO / "docs" / "screenshots" / image).is_file(), image
    default = re.search(r'<screenshot type="default">.*?<image>([^<]+)', template, re.S)
    assert default is not None


def test_startup_wm_class_is_the_window_class() -> None:
    # Qt's xcb platform sets WM_CLASS to (argv[0], applicationName); the app names both
    # "oiaassist" (launch.APP_NAME), and Wayland's app_id is the desktop file's name.
    source = read("src", "oiaassist", "app", "launch.py")
    app_name = re.search(r'^APP_NAME = "([^"]+)"', source, re.M)
    desktop_id = re.search(r'^DESKTOP_ID = "([^"]+)"', source, re.M)
    assert app_name is not None
    assert desktop_id is not None
    desktop = (LINUX / f"{APP_ID}.desktop").read_text(encoding="utf-8")
    assert f"StartupWMClass={app_name.group(1)}\n" in desktop
    assert desktop_id.group(1) == APP_ID


def test_every_lintian_override_gives_its_reason() -> None:
    lines = (LINUX / "oiaassist.lintian-overrides").read_text(encoding="utf-8").splitlines()
    overrides = 0
    for number, line in enumerate(lines):
        if line.startswith("oiaassist:"):
            overrides += 1
            above = lines[number - 1]
            assert above.startswith(("#", "oiaassist:")), f"override without a reason: {line}"
            # walk up to the comment block of this group
            back = number - 1
            while lines[back].startswith("oiaassist:"):
                back -= 1
            assert lines[back].startswith("# "), f"override without a reason: {line}"
    assert overrides >= 5


def test_deb_uses_absolute_links_changelogs_and_recommends_xdg_utils() -> None:
    script = (LINUX / "build-deb.sh").read_text(encoding="utf-8")
    assert 'ln -s /opt/oiaassist/oiaassist "$STAGE/usr/bin/oiaassist"' in script
    assert "../../opt" not in script
    assert "changelog.Debian.gz" in script
    assert "Recommends: xdg-utils" in script
    assert "oiaassist.lintian-overrides" in script
    assert "--hicolor" in script


@pytest.mark.parametrize(
    ("given", "four", "three"),
    [
        ("0.1.0", "0.1.0.0", "0.1.0"),
        ("0.2.0rc1", "0.2.0.0", "0.2.0"),
        ("1.2.3.dev4", "1.2.3.0", "1.2.3"),
        ("1.10.0b2", "1.10.0.0", "1.10.0"),
        ("2", "2.0.0.0", "2.0.0"),
    ],
)
def test_numeric_version_for_windows_and_macos(given: str, four: str, three: str) -> None:
    meta = load(REPO / "packaging" / "tools" / "meta.py")
    assert meta.numeric_version(given) == four
    assert meta.numeric_version(given, 3) == three


def test_windows_installer_recipe() -> None:
    iss = read("packaging", "windows", "oiaassist.iss")
    assert "VersionInfoVersion={#AppNumericVersion}" in iss
    assert "SignTool=oiasign" in iss
    assert "SignedUninstaller=yes" in iss
    install_delete = iss.index("[InstallDelete]")
    assert '{app}\\_internal"' in iss[install_delete : install_delete + 400]
    assert "addtopath" in iss
    assert "ChangesEnvironment=yes" in iss
    build = read("packaging", "windows", "build.ps1")
    assert "[Console]::OutputEncoding" in build
    assert "/DAppNumericVersion=" in build
    assert "SHA256SUMS" in build
    workflow = read(".github", "workflows", "packages.yml")
    assert "WINDOWS_SIGN_PFX_PATH" not in workflow
    assert "WINDOWS_SIGN_PFX_BASE64" in workflow


def test_macos_recipe() -> None:
    build = read("packaging", "macos", "build.sh")
    signing = [
        line
        for line in build.splitlines()
        if "codesign" in line and "--verify" not in line and not line.lstrip().startswith("#")
    ]
    assert not any("--deep" in line for line in signing), "sign inside out, not --deep"
    assert "SIGN=(codesign --force --sign -)" in build  # ad hoc: no hardened runtime
    assert "SHA256SUMS" in build
    spec = read("packaging", "pyinstaller", "oiaassist.spec")
    assert '"LSMinimumSystemVersion": "13.0"' in spec
    assert "-eq 64" in read("packaging", "macos", "make-dmg.sh")
    workflow = read(".github", "workflows", "packages.yml")
    runners = re.search(r"runner: \[([^\]]+)\]", workflow)
    assert runners is not None
    assert "macos-13" not in runners.group(1)
    assert "security import" in workflow
    assert "notarytool store-credentials" in workflow
