"""What a test needs from the machine: skip locally when it is missing, fail in CI.

``require(shutil.which("soffice") is not None, "LibreOffice (soffice)")`` — on a
developer's machine without LibreOffice the test skips and says why; with ``CI``
set it fails, so CI cannot go green without running it (conftest.py turns any
other skip into a failure in CI as well).
"""

from __future__ import annotations

import os

import pytest

IN_CI = bool(os.environ.get("CI"))


def require(available: bool, what: str, *, install: str = "") -> None:
    """Skip (locally) or fail (in CI) unless ``available``."""
    if available:
        return
    how = f" ({install})" if install else ""
    if IN_CI:
        pytest.fail(f"CI needs {what}{how}, and it is missing", pytrace=False)
    pytest.skip(f"{what} is not available{how}")
