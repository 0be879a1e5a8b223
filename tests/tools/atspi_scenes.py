"""The app side of the AT-SPI check: opens each scene in turn and waits for the walker.

Run by ``tests/tools/atspi_check`` (with the venv's Python, under Xvfb and a
D-Bus session, QT_LINUX_ACCESSIBILITY_ALWAYS_ON=1). For each scene it writes
the scene's name to ``DIR/scene`` and waits until the walker writes the same
name to ``DIR/done``; then it closes the scene and opens the next.
"""

from __future__ import annotations

import sys
import tempfile
from collections.abc import Callable
from datetime import date
from pathlib import Path

from PySide6.QtCore import QEvent, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from oiaassist.app.dialogs.settings_dialog import SettingsDialog
from oiaassist.app.launch import application, make_context
from oiaassist.app.letters.build import Kind
from oiaassist.app.main_window import MainWindow
from oiaassist.app.profile import Profile


def scenes(main: MainWindow) -> list[tuple[str, Callable[[], QWidget | None]]]:
    """(name, open it) for every scene; the opener returns a window to close after, if any."""
    tabs = main.view().tabs

    def tab(index: int) -> Callable[[], None]:
        return lambda: tabs.setCurrentIndex(index)

    def calculator() -> None:
        main.actions["actionCalculator"].setChecked(True)

    def event_editor() -> None:
        main.actions["actionCalculator"].setChecked(False)
        tabs.setCurrentIndex(1)
        main.view().timeline.add_event("extension_notified", date(2024, 10, 10))

    def search() -> None:
        main.list.search.setText("Foreign")

    def settings() -> QWidget:
        found = SettingsDialog(
            main.window, main.ctx.settings, default_folder=main.ctx.profile.data_dir
        )
        found.dialog.show()
        return found.dialog

    def letter(kind: Kind) -> Callable[[], QWidget]:
        return lambda: main.view().draft(kind).dialog

    def letter_import() -> QWidget:
        return main.view().timeline.open_letter_import().dialog

    def about() -> QWidget:
        box = QMessageBox(
            QMessageBox.Icon.Information, "About oiaassist", "oiaassist", parent=main.window
        )
        box.show()
        return box

    def keyboard() -> QWidget:
        main.actions["actionKeyboardHelp"].trigger()
        return main.commands().keyboard_dialog

    today = main.ctx.today

    def mark_sent() -> QWidget:
        from oiaassist.app.request_view.mark_sent import MarkSentDialog  # noqa: PLC0415

        dialog = MarkSentDialog(main.window, today=today)
        dialog.show()
        return dialog

    def remind_me() -> QWidget:
        from oiaassist.app.request_view.timeline.event_date import DateDialog  # noqa: PLC0415

        dialog = DateDialog(main.window, "Remind me on", "On which day?", None, today=today,
                            optional=True)  # fmt: skip
        dialog.show()
        return dialog

    def event_date() -> QWidget:
        from oiaassist.app.request_view.timeline.event_date import EventDateDialog  # noqa: PLC0415

        dialog = EventDateDialog(main.window, "extension_notified", today(), today=today)
        dialog.show()
        return dialog

    def several() -> QWidget:
        from oiaassist.app.dialogs.several_agencies import SeveralAgenciesDialog  # noqa: PLC0415

        dialog = SeveralAgenciesDialog(main.window, "Ministry of Foreign Affairs and Trade")
        dialog.show()
        return dialog

    def tags() -> QWidget:
        from oiaassist.app.dialogs.several_agencies import TagsDialog  # noqa: PLC0415

        dialog = TagsDialog(main.window, ("story",), ["story", "housing"])
        dialog.show()
        return dialog

    def coming_up() -> QWidget:
        main.commands().set_reminder(today())
        return main.commands().coming_up()

    def guide() -> QWidget:
        return main.commands().guide()

    def calendar_popup() -> QWidget:
        from oiaassist.app.request_view.mark_sent import MarkSentDialog  # noqa: PLC0415

        dialog = MarkSentDialog(main.window, today=today)
        dialog.show()
        menu = dialog.sent._menu
        menu.popup(dialog.sent.mapToGlobal(dialog.sent.rect().bottomLeft()))
        menu.aboutToHide.connect(dialog.close)
        return menu

    def draft() -> None:
        main.commands().edit_tags(["story"])
        main.actions["actionNew"].trigger()
        main.view().compose.agency.setText("Ministry of Health")
        main.view().compose.agency.editingFinished.emit()
        tabs.setCurrentIndex(0)

    return [
        ("main window, Compose", tab(0)), ("Timeline", tab(1)), ("Deadline", tab(2)),
        ("calculator", calculator), ("event editor", event_editor), ("search", search),
        ("Settings", settings), ("letter import", letter_import),
        ("reminder letter", letter(Kind.REMINDER)), ("complaint letter", letter(Kind.COMPLAINT)),
        ("About", about), ("Keyboard shortcuts", keyboard),
        ("Mark as sent", mark_sent), ("Remind me on", remind_me), ("event date", event_date),
        ("Send to other agencies", several), ("Tags", tags), ("Coming up", coming_up),
        ("Guide", guide), ("date field's calendar", calendar_popup),
        ("draft with next step and tags, Compose", draft), ("draft, Timeline", tab(1)),
        ("draft, Deadline", tab(2)),
    ]  # fmt: skip


def main(folder: Path) -> int:
    app = application()
    ctx = make_context(Profile.at(Path(tempfile.mkdtemp())), today=date(2025, 1, 20))
    assert ctx is not None
    window = MainWindow(ctx)
    window.show()
    app.processEvents()
    window.commands().open_example()
    todo = scenes(window)
    state: dict[str, QWidget | None] = {"open": None}

    def next_scene() -> None:
        opened = state["open"]
        if opened is not None:
            opened.close()
        if not todo:
            (folder / "scene").write_text("END", encoding="utf-8")
            app.quit()
            return
        name, opener = todo.pop(0)
        state["open"] = opener()
        QTimer.singleShot(700, lambda: (folder / "scene").write_text(name, encoding="utf-8"))
        wait(name)

    def wait(name: str) -> None:
        done = folder / "done"
        if done.exists() and done.read_text(encoding="utf-8") == name:
            next_scene()
        else:
            QTimer.singleShot(200, lambda: wait(name))

    QTimer.singleShot(500, next_scene)
    app.exec()
    ctx.store.close()
    window.window.deleteLater()
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    print("app: still running at the end")
    return 0


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1])))
