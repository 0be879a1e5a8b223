"""The real app (not the self-test) exits 0 when its window is closed.

PySide6 destroys widgets still alive at interpreter exit after the
QApplication, which kills the process with SIGSEGV after a clean close;
``run_app`` tears the window down first. This runs ``oiaassist.app.main`` in
a child process, closes the window from a timer, and checks the exit status.
"""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

CLOSE_THE_WINDOW_SOON = textwrap.dedent(
    """
    import sys
    from PySide6.QtCore import QTimer
    import oiaassist.app.launch as launch

    make_application = launch.application

    def application(*args, **kwargs):
        app = make_application(*args, **kwargs)
        def close_windows():
            for window in app.topLevelWidgets():
                if window.isVisible():
                    window.close()
        QTimer.singleShot(1500, close_windows)
        return app

    launch.application = application
    import oiaassist.app
    sys.exit(oiaassist.app.main(["--profile", sys.argv[1]]))
    """
)


@pytest.mark.parametrize("attempt", [1, 2])  # the crash was timing-dependent: ~3 runs in 4
def test_closing_the_window_exits_cleanly(tmp_path: Path, attempt: int) -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run(
        [sys.executable, "-c", CLOSE_THE_WINDOW_SOON, str(tmp_path / "profile")],
        capture_output=True,
        text=True,
        timeout=60,
        env=env,
        check=False,
    )
    assert done.returncode == 0, f"attempt {attempt}: {done.stderr[-2000:]}"
    assert (tmp_path / "profile" / "data" / "requests.sqlite3").is_file()
