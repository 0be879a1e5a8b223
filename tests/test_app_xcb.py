"""The real app on the real X11 platform (xcb under Xvfb), not Qt's offscreen one.

Every other app test runs offscreen, which needs none of the system libraries
Qt's xcb plugin loads; a machine missing one of them passed them all while the
app aborted at start (exit 134). These start ``oiaassist.app`` in a child
process under ``xvfb-run`` on the platform a user gets, check that the window
is mapped and exposed by the X server, close it, and expect exit 0; and the
self-test must report the xcb platform there.

They need Xvfb (Debian: ``xvfb``). Without it they skip, except under CI
(``CI`` set), where a missing tool is a failure: ``.ci/run`` installs it.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from oiaassist.app.qt_platform import check_platform, chosen_platform, debian_package


def _xvfb_run() -> str:
    found = shutil.which("xvfb-run")
    if found is None:
        if os.environ.get("CI"):
            pytest.fail("xvfb-run is not installed (Debian: xvfb); CI must test the xcb platform")
        pytest.skip("xvfb-run is not installed (Debian: xvfb)")
    return found


def _on_xcb(*args: str, timeout: float = 90) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k not in ("QT_QPA_PLATFORM", "DISPLAY")}
    env.pop("WAYLAND_DISPLAY", None)
    return subprocess.run(
        [_xvfb_run(), "-a", "-s", "-screen 0 1400x900x24", sys.executable, *args],
        capture_output=True,
        text=True,
        timeout=timeout,
        env=env,
        check=False,
    )


SHOW_THEN_CLOSE = textwrap.dedent(
    """
    import sys, time
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication
    import oiaassist.app.launch as launch

    make_application = launch.application

    def application(*args, **kwargs):
        app = make_application(*args, **kwargs)
        started = time.monotonic()

        def look():
            shown = [w for w in app.topLevelWidgets() if w.isVisible() and w.windowHandle()]
            exposed = [w for w in shown if w.windowHandle().isExposed()]
            if not exposed and time.monotonic() - started < 20:
                QTimer.singleShot(100, look)
                return
            for window in exposed:
                size = window.size()
                print(f"exposed on {QApplication.platformName()}: "
                      f"{window.windowTitle()!r} {size.width()}x{size.height()}", flush=True)
            for window in shown:
                window.close()

        QTimer.singleShot(300, look)
        return app

    launch.application = application
    import oiaassist.app
    sys.exit(oiaassist.app.main(["--profile", sys.argv[1]]))
    """
)


def test_the_app_shows_its_window_on_xcb_and_exits_0(tmp_path: Path) -> None:
    done = _on_xcb("-c", SHOW_THEN_CLOSE, str(tmp_path / "profile"))
    assert done.returncode == 0, done.stderr[-3000:]
    assert "exposed on xcb: 'oiaassist" in done.stdout, done.stdout + done.stderr[-2000:]


def test_the_self_test_reports_the_xcb_platform(tmp_path: Path) -> None:
    done = _on_xcb("-m", "oiaassist.app", "--self-test", "--profile", str(tmp_path / "p"))
    assert done.returncode == 0, done.stderr[-3000:]
    assert "self-test: platform: xcb on display :" in done.stdout
    assert "main window shown on the 'xcb' platform" in done.stdout


def test_the_self_test_offscreen_when_asked(tmp_path: Path) -> None:
    done = _on_xcb("-m", "oiaassist.app", "--self-test", "--offscreen", "--profile", str(tmp_path))
    assert done.returncode == 0, done.stderr[-3000:]
    assert "self-test: platform: offscreen" in done.stdout


# -- the check that runs before the app starts (no Qt needed) ---------------------------


@pytest.mark.parametrize(
    ("soname", "package"),
    [
        ("libxcb-cursor.so.0", "libxcb-cursor0"),
        ("libxcb-icccm.so.4", "libxcb-icccm4"),
        ("libxcb-keysyms.so.1", "libxcb-keysyms1"),
        ("libxkbcommon-x11.so.0", "libxkbcommon-x11-0"),
        ("libEGL.so.1", "libegl1"),
        ("libX11-xcb.so.1", "libx11-xcb1"),
        ("libdbus-1.so.3", "libdbus-1-3"),
        ("libglib-2.0.so.0", "libglib2.0-0"),
        ("libgthread-2.0.so.0", "libglib2.0-0"),
        ("libfontconfig.so.1.12.0", "libfontconfig1"),
    ],
)
def test_a_missing_library_is_named_by_its_debian_package(soname: str, package: str) -> None:
    assert debian_package(soname) == package


@pytest.mark.parametrize(
    ("environ", "platform"),
    [
        ({}, "offscreen"),
        ({"DISPLAY": ":0"}, "xcb"),
        (
            {"DISPLAY": ":0", "WAYLAND_DISPLAY": "wayland-0", "XDG_SESSION_TYPE": "wayland"},
            "wayland",
        ),
        ({"WAYLAND_DISPLAY": "wayland-0"}, "wayland"),
        ({"DISPLAY": ":0", "QT_QPA_PLATFORM": "offscreen"}, "offscreen"),
        ({"QT_QPA_PLATFORM": "xcb:fontengine=freetype;wayland"}, "xcb"),
    ],
)
def test_the_platform_is_the_one_qt_will_choose(environ: dict[str, str], platform: str) -> None:
    assert chosen_platform(environ) == platform


def test_libraries_the_linker_cannot_find_are_reported(monkeypatch: pytest.MonkeyPatch) -> None:
    ldd_says = (
        "\tlinux-vdso.so.1 (0x00007ffd)\n"
        "\tlibQt6XcbQpa.so.6 => /x/libQt6XcbQpa.so.6 (0x00007f)\n"
        "\tlibxcb-cursor.so.0 => not found\n"
        "\tlibxcb-icccm.so.4 => not found\n"
        "\tlibxcb-cursor.so.0 => not found\n"
    )

    def fake_run(*_args: object, **_kwargs: object) -> subprocess.CompletedProcess[str]:
        return subprocess.CompletedProcess([], 0, ldd_says, "")

    monkeypatch.setattr(subprocess, "run", fake_run)
    found = check_platform("xcb")
    assert not found.ok
    assert found.missing == ("libxcb-cursor.so.0", "libxcb-icccm.so.4")
    assert found.packages == ("libxcb-cursor0", "libxcb-icccm4")


def test_the_offscreen_plugin_loads_here() -> None:
    assert check_platform("offscreen").ok
