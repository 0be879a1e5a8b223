"""Starting the app for real: Qt, the profile, the database, the main window."""

from __future__ import annotations

import sys
from collections.abc import Sequence
from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, Qt, QTimer
from PySide6.QtWidgets import QApplication

from oiaassist import __version__
from oiaassist.app import crash
from oiaassist.app.context import AppContext
from oiaassist.app.dialogs import standard as dialogs
from oiaassist.app.instance import SingleInstance, bring_forward
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


BACKUP_CHECK_MS = 60 * 60 * 1000
"""How often the open app checks whether today's backup was taken (hourly)."""


def already_running(instance: SingleInstance) -> int:
    """Another window has this profile open: bring it forward and say so; exit status 0."""
    heard = instance.ask_first_to_come_forward()
    text = _(
        "oiaassist is already open with these requests, in another window. "
        "Two windows would overwrite each other's changes, so use that one."
    )
    if heard:
        text += " " + _("It has been brought to the front.")
    print(f"oiaassist: {text}", file=sys.stderr)
    dialogs.show_info(None, _("oiaassist"), text)
    return 0


def report_skipped(main: object, ctx: AppContext) -> None:
    """Say which requests could not be read (they stay in the file, for recovery)."""
    if not ctx.store.skipped:
        return
    numbers = ", ".join(str(i) for i in ctx.store.skipped)
    text = _(
        "{count} request(s) in {path} are damaged and are not shown (number {numbers}). "
        "They are kept in the file; an automatic backup may hold them whole."
    ).format(count=len(ctx.store.skipped), path=ctx.store.path, numbers=numbers)
    crash.log.warning(text)
    window = getattr(main, "window", None)
    dialogs.show_error(window, _("oiaassist"), text)


def run_app(
    *, profile_root: Path | None = None, today: date | None = None, qt_args: Sequence[str] = ()
) -> int:
    """Show the main window until it is closed; the exit status."""
    app = application(qt_args)
    profile = Profile.at(profile_root) if profile_root else Profile.standard()
    profile.make_private()  # personal data: 0700 folders, 0600 files (tightens old installs)
    instance = SingleInstance(profile.config_dir)
    if not instance.claim():
        return already_running(instance)
    log_path = crash.start_log(profile.data_dir)
    ctx = make_context(profile, today=today)
    if ctx is None:
        instance.release()
        return 0
    from oiaassist.app.main_window import MainWindow  # noqa: PLC0415

    main = MainWindow(ctx)
    previous_hook = crash.install(
        lambda text: dialogs.show_error(main.window, _("oiaassist"), text), log_path
    )
    instance.listen(lambda: bring_forward(main.window))
    main.show()
    report_skipped(main, ctx)
    backups = QTimer(main.window)  # a day's backup even when the app stays open for days
    backups.timeout.connect(lambda: ctx.store.backup_if_due(ctx.today()))
    backups.start(BACKUP_CHECK_MS)
    try:
        return app.exec()
    finally:
        backups.stop()
        ctx.store.close()
        instance.release()
        # Tear the window down while Qt is still alive: left to the interpreter's
        # exit (the error hook holds it), PySide6 destroys widgets after the
        # QApplication and the process dies of SIGSEGV after a clean close.
        sys.excepthook = previous_hook
        main.window.deleteLater()
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
