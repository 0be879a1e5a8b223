"""Starting the app for real: Qt, the profile, the database, the main window."""

from __future__ import annotations

import sys
from collections.abc import Sequence
from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtWidgets import QApplication

from oiaassist import __version__
from oiaassist.app import crash
from oiaassist.app.context import AppContext
from oiaassist.app.dialogs import standard as dialogs
from oiaassist.app.profile import Profile
from oiaassist.app.settings import load_settings
from oiaassist.i18n import _, set_locale

APP_NAME = "oiaassist"
DESKTOP_ID = "nz.oiaassist.oiaassist"


def application(qt_args: Sequence[str] = ()) -> QApplication:
    """The QApplication (the existing one, in tests), named so QStandardPaths finds our folders."""
    QCoreApplication.setApplicationName(APP_NAME)
    QCoreApplication.setApplicationVersion(__version__)
    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        return existing
    QApplication.setHighDpiScaleFactorRoundingPolicy(
        Qt.HighDpiScaleFactorRoundingPolicy.PassThrough
    )
    app = QApplication([APP_NAME, *qt_args])
    app.setDesktopFileName(DESKTOP_ID)
    return app


def make_context(profile: Profile, *, today: date | None = None) -> AppContext | None:
    """Settings and the open database for ``profile``; None if the user chose to quit."""
    from oiaassist.app.dialogs.recovery import open_store  # noqa: PLC0415 - needs a QApplication

    qsettings = profile.qsettings()
    settings = load_settings(qsettings)
    set_locale(settings.language)
    store = open_store(settings.data_path(profile))
    if store is None:
        return None
    return AppContext(profile, qsettings, settings, store, fixed_today=today)


def run_app(
    *, profile_root: Path | None = None, today: date | None = None, qt_args: Sequence[str] = ()
) -> int:
    """Show the main window until it is closed; the exit status."""
    app = application(qt_args)
    profile = Profile.at(profile_root) if profile_root else Profile.standard()
    log_path = crash.start_log(profile.data_dir)
    ctx = make_context(profile, today=today)
    if ctx is None:
        return 0
    from oiaassist.app.main_window import MainWindow  # noqa: PLC0415

    main = MainWindow(ctx)
    previous_hook = crash.install(
        lambda text: dialogs.show_error(main.window, _("oiaassist"), text), log_path
    )
    main.show()
    try:
        return app.exec()
    finally:
        ctx.store.close()
        # Tear the window down while Qt is still alive: left to the interpreter's
        # exit (the error hook holds it), PySide6 destroys widgets after the
        # QApplication and the process dies of SIGSEGV after a clean close.
        sys.excepthook = previous_hook
        main.window.deleteLater()
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
