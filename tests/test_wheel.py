"""The wheel and sdist carry the data, and an installed wheel works outside the checkout.

``python -m build`` makes the sdist, then the wheel FROM the sdist (so both
must hold ``templates/``, ``ui/`` and the compiled catalogs). The wheel is
installed into a fresh virtual environment in a temporary folder, first
without extras (the library and CLI, and no Qt), then with ``[gui]``, and
each program runs from a temporary working directory with no PYTHONPATH:
``oiaassist due``, a .docx letter, and the app's ``--self-test`` offscreen.

Slow (about a minute: two builds and two installs) and it needs packages:
from the index pip is configured with, or from a folder of wheels named by
OIAASSIST_WHEELHOUSE (installed with --no-index). It is marked ``wheel``:
``scripts/test -m "not wheel"`` leaves it out, and it skips itself, saying
why, when OIAASSIST_SKIP_WHEEL_TEST=1 or pip cannot fetch packages.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tarfile
import zipfile
from pathlib import Path

import pytest

import oiaassist
from needs import require

pytestmark = pytest.mark.wheel

REPO = Path(__file__).resolve().parents[1]
VERSION = oiaassist.__version__
DATA_IN_WHEEL = (
    "oiaassist/templates/request.txt",
    "oiaassist/templates/request.docx",
    "oiaassist/locale/mi/LC_MESSAGES/oiaassist.mo",
    "oiaassist/ui/main_window.ui",
    "oiaassist/ui/icons/app.svg",
    "oiaassist/resources.py",
    "oiaassist/py.typed",
)
DATA_IN_SDIST = (
    "templates/request.txt",
    "templates/request.docx",
    "ui/main_window.ui",
    "ui/icons/app.svg",
    "src/oiaassist/locale/mi/LC_MESSAGES/oiaassist.mo",
    "pyproject.toml",
)


def clean_env(**extra: str) -> dict[str, str]:
    """The environment without anything that could point Python back at the checkout."""
    env = {k: v for k, v in os.environ.items() if not k.startswith(("PYTHON", "VIRTUAL_ENV"))}
    wheelhouse = os.environ.get("OIAASSIST_WHEELHOUSE")
    if wheelhouse:
        env.update(PIP_NO_INDEX="1", PIP_FIND_LINKS=wheelhouse)
    env.update(extra)
    return env


def run(
    args: list[str | Path], cwd: Path, timeout: float = 300, **env: str
) -> subprocess.CompletedProcess[str]:
    """Run a command; fail the test with its output if it fails."""
    result = subprocess.run(
        [str(a) for a in args],
        cwd=cwd,
        env=clean_env(**env),
        capture_output=True,
        text=True,
        timeout=timeout,
        check=False,
    )
    assert result.returncode == 0, (
        f"{' '.join(map(str, args))} exited {result.returncode}\n"
        f"--- stdout\n{result.stdout[-4000:]}\n--- stderr\n{result.stderr[-4000:]}"
    )
    return result


@pytest.fixture(scope="module")
def packages(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A folder with the sdist and the wheel built from it."""
    if os.environ.get("OIAASSIST_SKIP_WHEEL_TEST") == "1":
        pytest.skip("OIAASSIST_SKIP_WHEEL_TEST=1")
    out = tmp_path_factory.mktemp("dist")
    probe = subprocess.run(
        [sys.executable, "-m", "pip", "download", "--no-deps", "-d", out / "probe", "hatchling"],
        env=clean_env(),
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    if probe.returncode != 0:
        last = (probe.stderr.strip().splitlines() or ["pip download failed"])[-1]
        require(False, f"a package index or OIAASSIST_WHEELHOUSE (pip download failed: {last})")
    run([*build_frontend(out), "--outdir", out, REPO], cwd=out)
    return out


def build_frontend(work: Path) -> list[str | Path]:
    """``python -m build`` from this interpreter, else from a small venv made for it.

    The probe runs outside the checkout: there, a ``build/`` folder (PyInstaller's
    work folder) would pass for the package.
    """
    probe = subprocess.run(
        [sys.executable, "-c", "import build.__main__"],
        cwd=work,
        env=clean_env(),
        capture_output=True,
        check=False,
    )
    if probe.returncode == 0:
        return [sys.executable, "-m", "build"]
    tools = work / "build-tool"
    run([sys.executable, "-m", "venv", tools], cwd=work)
    run([tools / "bin" / "python", "-m", "pip", "install", "--quiet", "build"], cwd=work)
    return [tools / "bin" / "python", "-m", "build"]


@pytest.fixture(scope="module")
def wheel(packages: Path) -> Path:
    return packages / f"oiaassist-{VERSION}-py3-none-any.whl"


@pytest.fixture(scope="module")
def venv(tmp_path_factory: pytest.TempPathFactory, wheel: Path) -> Path:
    """A fresh venv, outside the checkout, with the wheel installed WITHOUT extras.

    What the plain install holds is recorded in ``plain-install.json`` before
    the app test adds ``[gui]`` to the same venv.
    """
    root = tmp_path_factory.mktemp("venv")
    run([sys.executable, "-m", "venv", root / "venv"], cwd=root)
    python = root / "venv" / "bin" / "python"
    run([python, "-m", "pip", "install", "--quiet", wheel], cwd=root)
    code = "import importlib.util as u, json; print(json.dumps(str(u.find_spec('PySide6'))))"
    plain = {
        "pip_list": json.loads(run([python, "-m", "pip", "list", "--format", "json"], root).stdout),
        "find_spec_PySide6": json.loads(run([python, "-c", code], root).stdout),
    }
    (root / "plain-install.json").write_text(json.dumps(plain), encoding="utf-8")
    return root / "venv"


@pytest.fixture
def outside(tmp_path: Path) -> Path:
    """A working directory that is not the checkout (nothing to import by accident)."""
    assert not tmp_path.is_relative_to(REPO)
    return tmp_path


def test_wheel_holds_the_data_and_entry_points(wheel: Path) -> None:
    with zipfile.ZipFile(wheel) as archive:
        names = set(archive.namelist())
        missing = [name for name in DATA_IN_WHEEL if name not in names]
        assert missing == []
        # Every data file of the package (agencies/data/*, catalogs, py.typed ...) too.
        package = REPO / "src" / "oiaassist"
        data = [
            f"oiaassist/{path.relative_to(package).as_posix()}"
            for path in package.rglob("*")
            if path.is_file()
            and path.suffix not in {".py", ".pyc"}
            and "__pycache__" not in path.parts
        ]
        assert [name for name in data if name not in names] == []
        assert not [n for n in names if n.startswith(("templates/", "ui/", "tests/"))]
        info = f"oiaassist-{VERSION}.dist-info"
        entry_points = archive.read(f"{info}/entry_points.txt").decode()
        metadata = archive.read(f"{info}/METADATA").decode()
    assert "oiaassist = oiaassist.cli:main" in entry_points
    qt = [
        line
        for line in metadata.splitlines()
        if line.startswith("Requires-Dist:") and "pyside6" in line.lower()
    ]
    # Qt only ever comes with an extra (gui, or dev which includes it), never by default.
    assert any("extra == 'gui'" in line for line in qt), qt
    assert all("; extra ==" in line for line in qt), qt


def test_sdist_holds_the_top_level_data(packages: Path) -> None:
    with tarfile.open(packages / f"oiaassist-{VERSION}.tar.gz") as archive:
        names = {name.split("/", 1)[1] for name in archive.getnames() if "/" in name}
    assert [name for name in DATA_IN_SDIST if name not in names] == []


def test_plain_install_has_no_qt(venv: Path) -> None:
    plain = json.loads((venv.parent / "plain-install.json").read_text(encoding="utf-8"))
    installed = {entry["name"].lower() for entry in plain["pip_list"]}
    assert "oiaassist" in installed
    assert not {name for name in installed if "pyside6" in name or "shiboken" in name}
    assert plain["find_spec_PySide6"] == "None"


def test_installed_package_resolves_its_own_data(venv: Path, outside: Path) -> None:
    code = (
        "import gettext, json, oiaassist, oiaassist.resources as r\n"
        "found = r.describe()\n"
        "found['mi'] = gettext.find('oiaassist', str(r.locale_dir()), ['mi'])\n"
        "found['version'] = oiaassist.__version__\n"
        "print(json.dumps(found))\n"
    )
    found = json.loads(run([venv / "bin" / "python", "-c", code], cwd=outside).stdout)
    site = str(venv)
    for name in ("package", "templates", "ui", "ui/icons", "locale"):
        assert found[name].startswith(site), (name, found[name])
    assert found["mi"] and found["mi"].startswith(site)
    assert found["version"] == VERSION


def test_cli_due_from_the_installed_wheel(venv: Path, outside: Path) -> None:
    out = run([venv / "bin" / "oiaassist", "due", "2024-09-13", "--extend", "45"], cwd=outside)
    assert "2024-12-16" in out.stdout
    version = run([venv / "bin" / "oiaassist", "--version"], cwd=outside).stdout
    assert version.strip() == f"oiaassist {VERSION}"


def test_docx_letter_from_the_installed_wheel(venv: Path, outside: Path) -> None:
    cli = venv / "bin" / "oiaassist"
    example = run([cli, "draft", "request", "--example"], cwd=outside).stdout
    (outside / "request.json").write_text(example, encoding="utf-8")
    run(
        [cli, "draft", "request", "request.json", "--format", "docx", "--out", "letter.docx"],
        outside,
    )
    # python-docx comes with docxtpl: read the letter back with the installed copy.
    code = (
        "import docx, sys\n"
        "doc = docx.Document(sys.argv[1])\n"
        "print(sum(len(p.text) for p in doc.paragraphs))\n"
    )
    chars = run([venv / "bin" / "python", "-c", code, outside / "letter.docx"], cwd=outside)
    assert int(chars.stdout) > 500


def test_app_starts_offscreen_from_the_installed_wheel(
    venv: Path, wheel: Path, outside: Path
) -> None:
    with zipfile.ZipFile(wheel) as archive:
        has_app = "oiaassist/app/__init__.py" in archive.namelist()
        entry_points = archive.read(f"oiaassist-{VERSION}.dist-info/entry_points.txt").decode()
    if not has_app or "oiaassist-app" not in entry_points:
        pytest.fail("the wheel has no desktop app (oiaassist/app/__init__.py, oiaassist-app)")
    run([venv / "bin" / "python", "-m", "pip", "install", "--quiet", f"{wheel}[gui]"], outside)
    run(
        [venv / "bin" / "oiaassist-app", "--self-test"],
        cwd=outside,
        timeout=120,
        QT_QPA_PLATFORM="offscreen",
    )
