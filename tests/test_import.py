"""Importing the library stays light and never loads Qt (design.md §6 architecture test).

Each check runs in a fresh interpreter, so modules other tests imported do not count.
"""

from __future__ import annotations

import json
import os
import pkgutil
import subprocess
import sys
from pathlib import Path

import pytest

import oiaassist

SRC = str(Path(__file__).resolve().parents[1] / "src")
HEAVY = ("PySide6", "holidays", "pydantic", "docxtpl", "babel")


def loaded_after_import(module: str) -> list[str]:
    """Top-level names of every module loaded by ``import <module>`` in a fresh interpreter."""
    code = (
        "import importlib, json, sys\n"
        f"importlib.import_module({module!r})\n"
        "print(json.dumps(sorted({m.split('.')[0] for m in sys.modules})))\n"
    )
    env = {**os.environ, "PYTHONPATH": SRC + os.pathsep + os.environ.get("PYTHONPATH", "")}
    result = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    loaded: list[str] = json.loads(result.stdout)
    return loaded


def non_app_subpackages() -> list[str]:
    found = {"oiaassist.law", "oiaassist.deadlines", "oiaassist.cli"}
    for info in pkgutil.iter_modules(oiaassist.__path__):
        if info.ispkg and info.name != "app":
            found.add(f"oiaassist.{info.name}")
    return sorted(found)


def test_import_oiaassist_is_light() -> None:
    loaded = loaded_after_import("oiaassist")
    assert "oiaassist" in loaded
    assert [m for m in loaded if m.startswith(HEAVY)] == []


@pytest.mark.parametrize("package", non_app_subpackages())
def test_subpackage_does_not_load_qt(package: str) -> None:
    loaded = loaded_after_import(package)
    assert [m for m in loaded if m.startswith("PySide6")] == []


@pytest.mark.parametrize("package", ["oiaassist.law", "oiaassist.deadlines"])
def test_engine_subpackage_is_light(package: str) -> None:
    # The deadline engine itself loads its data lazily, on the first calculation.
    loaded = loaded_after_import(package)
    assert [m for m in loaded if m.startswith(HEAVY)] == []
