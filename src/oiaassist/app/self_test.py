"""``oiaassist-app --self-test``: does this installation work? For packagers and CI.

It starts the app as a user would, but with a temporary profile: every form
and icon loads, every letter template renders (text and .docx; with
``--profile DIR``, through the letter templates folder that profile's
Settings chooses, so a user's own templates can be checked too), the main
window shows with the seed request added and its three tabs drawn. It shows
on the platform the user will get: the session's display (X11 or Wayland) when
there is one, and Qt's offscreen platform only with no display or when asked
(``--offscreen``); before Qt starts, the platform plugin's system libraries are
checked, so a missing one is named instead of Qt aborting the process. Each
step prints one line; the exit status is 0 when all pass, 1 with the failing
step and its reason otherwise.
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
import traceback
from collections.abc import Callable
from pathlib import Path

CHECK = "self-test"


class SelfTestError(Exception):
    """A step found something wrong (the message says what)."""


def _say(text: str) -> None:
    print(f"{CHECK}: {text}", flush=True)


def _resources() -> str:
    from oiaassist.resources import describe  # noqa: PLC0415

    found = describe()
    missing = [name for name, where in found.items() if where.startswith("MISSING")]
    if missing:
        raise SelfTestError("; ".join(found[name] for name in missing))
    return f"data in {found['ui']}, {found['templates']}"


def _forms() -> str:
    from oiaassist.app.resources import form_names, ui_dir  # noqa: PLC0415
    from oiaassist.app.widgets import icons  # noqa: PLC0415
    from oiaassist.app.widgets.forms import load_form  # noqa: PLC0415

    names = form_names()
    if "main_window" not in names:
        raise SelfTestError(f"no main_window.ui in {ui_dir()}")
    for name in names:
        load_form(name).deleteLater()
    svgs = sorted(p.stem for p in (ui_dir() / "icons").glob("*.svg"))
    for name in svgs:
        if icons.icon(name).isNull():
            raise SelfTestError(f"icon {name}.svg does not render")
    return f"{len(names)} forms, {len(svgs)} icons"


def _letters(root: Path) -> str:
    import zipfile  # noqa: PLC0415
    from io import BytesIO  # noqa: PLC0415

    from oiaassist.app.letters.templates import LetterTemplates  # noqa: PLC0415
    from oiaassist.app.profile import Profile  # noqa: PLC0415
    from oiaassist.app.settings import load_settings  # noqa: PLC0415
    from oiaassist.drafting.kinds import EXAMPLES  # noqa: PLC0415

    profile = Profile.at(root)
    # only read: the profile is made (or found unusable) by the main window's step
    existing = profile.settings_file.is_file()
    setting = load_settings(profile.qsettings()).templates_folder if existing else ""
    templates = LetterTemplates.from_setting(setting)
    for kind, example in EXAMPLES.items():
        letter = example()
        if not templates.text(letter).body.strip():
            raise SelfTestError(f"the {kind} letter rendered empty")
        docx = templates.docx(letter)
        if "word/document.xml" not in zipfile.ZipFile(BytesIO(docx)).namelist():
            raise SelfTestError(f"the {kind} .docx has no word/document.xml")
    where = f", with the templates in {templates.path}" if templates.path else ""
    return f"{len(EXAMPLES)} letters as text and .docx{where}"


def _window(root: Path) -> str:
    from PySide6.QtWidgets import QApplication  # noqa: PLC0415

    from oiaassist.app.launch import make_context  # noqa: PLC0415
    from oiaassist.app.main_window import MainWindow  # noqa: PLC0415
    from oiaassist.app.profile import Profile  # noqa: PLC0415

    ctx = make_context(Profile.at(root))
    if ctx is None:
        raise SelfTestError("the new database in the temporary profile could not be opened")
    try:
        main = MainWindow(ctx)
        if main.list.model.rowCount() != 0:
            raise SelfTestError("a fresh profile does not start with an empty list")
        main.show()
        deadline = time.monotonic() + 10
        while main.view_if_built() is None and time.monotonic() < deadline:
            QApplication.processEvents()
        if main.view_if_built() is None:
            raise SelfTestError("the window never painted (no request view after 10 s)")
        request_id = main.commands().open_example()
        if ctx.store.row(request_id).summary.due is None:
            raise SelfTestError("the seed request has no deadline")
        tabs = main.view().tabs
        for index in range(tabs.count()):
            tabs.setCurrentIndex(index)
            QApplication.processEvents()
        if main.window.grab().isNull():
            raise SelfTestError("the main window could not be drawn")
        platform = QApplication.platformName()
        main.window.close()
        main.window.deleteLater()
    finally:
        ctx.store.close()
    return f"main window shown on the {platform!r} platform, seed request added"


def _platform(offscreen: bool) -> str:
    """Choose the platform (as the user will get it) and check that Qt can load it."""
    from oiaassist.app.qt_platform import check_platform, chosen_platform  # noqa: PLC0415

    if offscreen:
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
    platform = chosen_platform()
    os.environ.setdefault("QT_QPA_PLATFORM", platform)
    found = check_platform(platform)
    if found.missing:
        raise SelfTestError(
            f"Qt's {platform!r} platform plugin cannot load: missing {', '.join(found.missing)}"
            f" (on Debian or Ubuntu: sudo apt-get install {' '.join(found.packages)})"
        )
    if found.plugin is None:
        raise SelfTestError(found.reason)
    display = os.environ.get("WAYLAND_DISPLAY" if platform == "wayland" else "DISPLAY", "")
    where = f" on display {display}" if display and platform in ("xcb", "wayland") else ""
    return f"{platform}{where}" + ("" if found.ok else f" ({found.reason})")


def run_self_test(*, profile_root: Path | None = None, offscreen: bool = False) -> int:
    """Run every step; 0 if all pass, else 1 (the reason is printed to stderr)."""
    from oiaassist import __version__  # noqa: PLC0415

    _say(f"oiaassist {__version__}, Python {sys.version.split()[0]}")
    try:
        _say(f"platform: {_platform(offscreen)}")
    except SelfTestError as exc:
        print(f"{CHECK}: FAILED at platform: {exc}", file=sys.stderr)
        return 1
    from PySide6.QtWidgets import QMessageBox  # noqa: PLC0415

    from oiaassist.app.launch import application  # noqa: PLC0415

    app = application()
    # No dialog may wait for a click in a test nobody watches: any one is a failure.
    shown: list[str] = []

    def refuse(*args: object, **_kwargs: object) -> QMessageBox.StandardButton:
        shown.append(" / ".join(str(a) for a in args[1:3]))
        return QMessageBox.StandardButton.No

    for name in ("warning", "critical", "information", "question"):
        setattr(QMessageBox, name, staticmethod(refuse))
    with tempfile.TemporaryDirectory(prefix="oiaassist-self-test-") as temp:
        root = profile_root or Path(temp)
        steps: list[tuple[str, Callable[[], str]]] = [
            ("resources", _resources),
            ("forms and icons", _forms),
            ("letters", lambda: _letters(root)),
            ("main window", lambda: _window(root)),
        ]
        for name, step in steps:
            try:
                _say(f"{name}: {step()}")
            except Exception as exc:
                print(f"{CHECK}: FAILED at {name}: {type(exc).__name__}: {exc}", file=sys.stderr)
                traceback.print_exc(file=sys.stderr)
                return 1
            if shown:
                print(f"{CHECK}: FAILED at {name}: a dialog appeared: {shown[0]}", file=sys.stderr)
                return 1
    from PySide6.QtCore import QCoreApplication, QEvent  # noqa: PLC0415

    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    app.processEvents()
    _say("OK")
    return 0
