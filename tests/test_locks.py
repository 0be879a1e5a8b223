"""The locks in requirements/ pin everything exactly, and the set-up installs only when they change.

A fresh clone installs from these files (scripts/test, scripts/run, CI and the
packaging build); a dependency missing from a lock, or one without a hash,
would be fetched at whatever version is newest that day.
"""

from __future__ import annotations

import re
import subprocess
import tomllib
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
REQUIREMENTS = ROOT / "requirements"
LOCKS = ("test.txt", "app.txt", "build.txt")
_PIN = re.compile(r"^([A-Za-z0-9][A-Za-z0-9._-]*)==([^\s;]+)")


def _pins(lock: str) -> dict[str, str]:
    return {
        m[1].lower().replace("_", "-"): m[2]
        for line in (REQUIREMENTS / lock).read_text(encoding="utf-8").splitlines()
        if (m := _PIN.match(line))
    }


def _names(requirements: list[str]) -> set[str]:
    names = {re.split(r"[\s<>=!~;\[]", r, maxsplit=1)[0].lower() for r in requirements}
    return {n.replace("_", "-") for n in names if n and n != "oiaassist"}


@pytest.mark.parametrize("lock", LOCKS)
def test_every_requirement_is_pinned_with_its_hashes(lock: str) -> None:
    text = (REQUIREMENTS / lock).read_text(encoding="utf-8")
    entries = re.split(r"\n(?=[A-Za-z0-9])", text.split("\n", 2)[2])
    assert len(entries) > 10
    for entry in entries:
        first = entry.splitlines()[0]
        assert _PIN.match(first), f"{lock}: not pinned exactly: {first!r}"
        assert "--hash=sha256:" in entry, f"{lock}: no hash for {first!r}"
    assert "-e " not in text


def test_the_locks_cover_what_pyproject_asks_for() -> None:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    extras = project["optional-dependencies"]
    runtime = _names(project["dependencies"]) | _names(extras["gui"]) | _names(extras["pdf"])
    assert runtime - {"tzdata"} <= set(_pins("app.txt")), "run scripts/lock --keep"
    assert runtime | _names(extras["test"]) <= set(_pins("test.txt")), "run scripts/lock --keep"
    assert {"hatchling", "editables"} <= set(_pins("test.txt")) & set(_pins("app.txt"))
    assert {"pyinstaller", "build", "hatchling"} <= set(_pins("build.txt"))


def test_the_app_and_the_packages_use_the_versions_the_tests_ran_on() -> None:
    tested = _pins("test.txt")
    for lock in ("app.txt", "build.txt"):
        for name, version in _pins(lock).items():
            if name in tested:
                assert version == tested[name], f"{lock}: {name} {version} != {tested[name]}"


def _ensure(venv: Path, *locks: str) -> subprocess.CompletedProcess[str]:
    script = f". scripts/setup.sh; ensure_venv {' '.join(locks)} && echo ready"
    return subprocess.run(
        ["bash", "-c", script],
        cwd=ROOT,
        env={"PATH": "/usr/bin:/bin", "OIAASSIST_VENV": str(venv), "PYTHON": "/nonexistent"},
        capture_output=True,
        text=True,
        timeout=30,
        check=False,
    )


def _fake_venv(tmp_path: Path, stamped_with: str) -> Path:
    """A venv whose python cannot run: any attempt to install would fail loudly."""
    venv = tmp_path / "venv"
    (venv / "bin").mkdir(parents=True)
    python = venv / "bin" / "python"
    python.write_text("#!/bin/sh\necho 'installing!' >&2\nexit 3\n", encoding="utf-8")
    python.chmod(0o755)
    stamp = subprocess.run(
        ["bash", "-c", f". scripts/setup.sh; _stamp_for requirements/{stamped_with}"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    (venv / ".oiaassist-installed").write_text(stamp, encoding="utf-8")
    return venv


def test_an_installed_venv_is_not_installed_again(tmp_path: Path) -> None:
    done = _ensure(_fake_venv(tmp_path, "test.txt"), "requirements/test.txt")
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "ready"
    assert "installing" not in done.stderr


def test_the_apps_set_up_accepts_the_tests_venv(tmp_path: Path) -> None:
    venv = _fake_venv(tmp_path, "test.txt")
    done = _ensure(venv, "requirements/app.txt", "requirements/test.txt")
    assert done.returncode == 0, done.stderr
    assert "installing" not in done.stderr


def test_a_changed_lock_installs_again(tmp_path: Path) -> None:
    venv = _fake_venv(tmp_path, "app.txt")
    (venv / ".oiaassist-installed").write_text("stale requirements/test.txt\n", encoding="utf-8")
    done = _ensure(venv, "requirements/test.txt")
    assert done.returncode != 0
    assert "installing from requirements/test.txt" in done.stderr
    assert not (venv / ".oiaassist-installed").exists(), "a failed install must not be stamped"
