"""oiaassist.resources finds the data folders: in a checkout, an installed wheel, a frozen bundle.

The installed-wheel case for real is tests/test_wheel.py; the frozen case for
real is packaging/linux/smoke-test.sh. Here each layout is imitated in a
temporary folder.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from oiaassist import resources

REPO = Path(__file__).resolve().parents[1]


def test_checkout_layout_finds_every_folder() -> None:
    assert (resources.templates_dir() / "request.txt").is_file()
    assert (resources.templates_dir() / "request.docx").is_file()
    assert (resources.locale_dir() / "mi" / "LC_MESSAGES" / "oiaassist.mo").is_file()
    assert (resources.ui_dir() / "main_window.ui").is_file()
    assert (resources.icons_dir() / "app.svg").is_file()


def test_repo_root_only_for_a_src_checkout() -> None:
    if resources.PACKAGE_DIR == REPO / "src" / "oiaassist":
        assert resources.repo_root() == REPO
    else:  # the tests run against an installed copy
        assert resources.repo_root() is None


def test_drafting_uses_the_same_templates() -> None:
    from oiaassist.drafting.templates import builtin_template_dir  # noqa: PLC0415

    assert builtin_template_dir() == resources.templates_dir()


def test_i18n_uses_the_same_catalogs() -> None:
    from oiaassist import i18n  # noqa: PLC0415

    assert i18n.locale_dir() == resources.locale_dir()


def make_tree(root: Path, names: tuple[str, ...]) -> None:
    for name in names:
        (root / name).mkdir(parents=True)


def test_installed_wheel_layout_wins(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    package = tmp_path / "site-packages" / "oiaassist"
    make_tree(package, ("templates", "ui/icons", "locale"))
    monkeypatch.setattr(resources, "PACKAGE_DIR", package)
    assert resources.repo_root() is None
    assert resources.templates_dir() == package / "templates"
    assert resources.icons_dir() == package / "ui" / "icons"
    assert resources.describe()["locale"] == str(package / "locale")


def test_frozen_bundle_uses_meipass(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    bundle = tmp_path / "_internal"
    make_tree(bundle / "oiaassist", ("templates",))
    make_tree(bundle, ("ui/icons",))  # a bundle that put the forms at its top
    monkeypatch.setattr(resources, "PACKAGE_DIR", tmp_path / "elsewhere" / "oiaassist")
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "_MEIPASS", str(bundle), raising=False)
    assert resources.is_frozen()
    assert resources.templates_dir() == bundle / "oiaassist" / "templates"
    assert resources.ui_dir() == bundle / "ui"
    assert resources.describe()["frozen"] == "True"


def test_missing_folder_names_every_place(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(resources, "PACKAGE_DIR", tmp_path / "oiaassist")
    with pytest.raises(resources.ResourceNotFoundError) as caught:
        resources.templates_dir()
    assert str(tmp_path / "oiaassist" / "templates") in str(caught.value)
    assert isinstance(caught.value, FileNotFoundError)
    assert resources.describe()["templates"].startswith("MISSING")
