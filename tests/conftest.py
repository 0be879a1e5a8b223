"""Shared test set-up.

Qt: the app tests run on Qt's offscreen platform, so they need no display
(without it pytest-qt aborts when there is no X server: stack-notes.md §5).

CI (the ``CI`` environment variable set, as GitHub Actions and ``.ci/run`` do):

* no silent skips: a test that would skip because a tool is missing
  (LibreOffice, desktop-file-utils, appstream, a package index, PySide6) fails
  instead, so a green run means it ran; only the skips in
  :data:`ALLOWED_IN_CI` (another platform's) stay skips;
* hypothesis runs the ``ci`` profile: derandomized (a fixed seed), so a red
  run is repeatable; locally the ``dev`` profile draws new examples each run
  (``HYPOTHESIS_PROFILE`` chooses another: ``mutation`` for scripts/mutation).
"""

from __future__ import annotations

import gc
import os
import sys
from collections.abc import Iterator

import pytest
from hypothesis import HealthCheck, settings

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

IN_CI = bool(os.environ.get("CI"))

ALLOWED_IN_CI = ("SIGKILL is POSIX", "root ignores modes")
"""Skip reasons that are right in CI too: another platform, or root (CI runs as root,
whom file modes do not stop; a mode test can only fail or pass as another user)."""

settings.register_profile(
    "ci",
    derandomize=True,
    deadline=None,
    print_blob=True,
    suppress_health_check=[HealthCheck.too_slow],
)
settings.register_profile("dev", deadline=None)
# scripts/mutation: repeatable and quicker (a mutant is usually caught by the golden rows).
settings.register_profile("mutation", derandomize=True, deadline=None, max_examples=25)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE") or ("ci" if IN_CI else "dev"))


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_makereport(item: pytest.Item, call: pytest.CallInfo[None]) -> object:
    """In CI, a skip is a failure (unless the test is for another platform)."""
    outcome = yield
    report = outcome.get_result()  # type: ignore[attr-defined]
    if not IN_CI or not report.skipped or hasattr(report, "wasxfail"):
        return None
    longrepr = report.longrepr
    reason = str(longrepr[-1]) if isinstance(longrepr, tuple) else str(longrepr)
    if any(allowed in reason for allowed in ALLOWED_IN_CI):
        return None
    report.outcome = "failed"
    report.longrepr = f"skipped in CI, which must run every test: {reason}"
    return None


@pytest.hookimpl(hookwrapper=True)
def pytest_make_collect_report(collector: pytest.Collector) -> object:
    """In CI, a module that skips itself (``importorskip``) fails too."""
    outcome = yield
    report = outcome.get_result()  # type: ignore[attr-defined]
    if IN_CI and report.skipped:
        report.outcome = "failed"
    return None


_QT_FIXTURES = frozenset({"qtbot", "qapp", "main", "window"})


@pytest.fixture(autouse=True)
def _collector_on_the_right_thread(request: pytest.FixtureRequest) -> Iterator[None]:
    """Where the app has moved cyclic collection to its window's thread
    (oiaassist.app.main_thread_gc), a test without Qt gets the interpreter's own
    collection back while it runs (so memory limits are measured as in a CLI), and
    garbage due is collected on this thread after each test."""
    guard = sys.modules.get("oiaassist.app.main_thread_gc")
    if guard is None or not guard.installed():
        yield
        return
    plain = not (_QT_FIXTURES & set(request.fixturenames))
    if plain:
        gc.enable()
    try:
        yield
    finally:
        if plain:
            gc.disable()
        guard.collect_due()
