"""Screenshots of every view, for the README and for looking at the app with your own eyes.

Run by ``scripts/screenshots`` under Xvfb: a temporary profile holds the seed
request (MFAT, 2024) and three others in other states, "today" is fixed so the
pictures do not change from day to day, and each view is saved as a PNG.
"""

from __future__ import annotations

import sys
import tempfile
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QApplication, QTabWidget, QWidget

from oiaassist.app.dialogs.settings_dialog import SettingsDialog
from oiaassist.app.launch import application, make_context
from oiaassist.app.letters.build import Kind
from oiaassist.app.main_window import MainWindow
from oiaassist.app.profile import Profile
from oiaassist.app.request_list.model import Column
from oiaassist.app.settings import AppSettings
from oiaassist.app.widgets.forms import child

TODAY = date(2024, 12, 18)
"""Two days after MFAT's decision: other requests are overdue, due soon, or waiting."""

ME = AppSettings(
    name="Andrew Ecclestone",
    email="andrew@example.nz",
    postal_address="PO Box 1234, Wellington 6140",
    default_preferences=("Electronic copies (PDF) by email",),
)


def _others() -> list[dict[str, Any]]:
    def request(agency: str, subject: str, received: str, **extra: Any) -> dict[str, Any]:
        events = [{"type": "received", "date": received, "note": ""}]
        return {
            "schema_version": 1, "agency": agency, "act": extra.pop("act", "oia"),
            "region": extra.pop("region", None), "subject": subject,
            "items": [{"text": f"Documents about {subject.lower()}.", "date_from": "2024-01-01",
                       "date_to": received, "document_types": []}],
            "format_preferences": [], "urgency_reasons": "", "grounds_requested": True,
            "reference": "", "events": events + extra.pop("events", []),
        }  # fmt: skip

    return [
        request("Ministry of Health", "Hospital waiting list targets", "2024-10-21"),
        request("Wellington City Council", "Cycleway consultation submissions", "2024-11-22",
                act="lgoima", region="WGN"),
        request("New Zealand Transport Agency", "Speed limit review briefings", "2024-12-09",
                events=[{"type": "acknowledged", "date": "2024-12-10", "note": ""}]),
    ]  # fmt: skip


DRAFT: dict[str, Any] = {
    "schema_version": 1, "agency": "Department of Conservation", "act": "oia", "region": None,
    "subject": "Predator Free 2050 funding", "format_preferences": [], "urgency_reasons": "",
    "items": [
        {"text": "Briefings to the Minister of Conservation on Predator Free 2050 funding.",
         "date_from": "2024-01-01", "date_to": "2024-12-01", "document_types": ["briefings"]},
        {"text": "The current contract with Predator Free 2050 Limited.", "date_from": None,
         "date_to": None, "document_types": []},
    ],
    "grounds_requested": True, "reference": "", "events": [],
}  # fmt: skip
"""A request written but not sent yet: a draft, with no deadline."""

SEED_LETTER = (
    Path(__file__).resolve().parents[3]
    / "tests" / "fixtures" / "letters" / "mfat-2024-cluster-munitions-response.txt"
)  # fmt: skip
"""MFAT's decision letter of the seed story (in a checkout; not installed with the package)."""


def _settle(app: QApplication, rounds: int = 5) -> None:
    for _ in range(rounds):
        app.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        app.processEvents()


def _save(widget: QWidget, path: Path) -> None:
    if not widget.grab().save(str(path)):
        raise OSError(f"{path}: cannot be written")
    print(f"screenshots: {path}")


def _letter_import(main: MainWindow, app: QApplication) -> QWidget:
    """MFAT's letter read into a request that so far records only its receipt.

    A request of its own (taken last), so the events the letter proposes are ticked.
    """
    data = _others()[0] | {
        "agency": "Ministry of Foreign Affairs and Trade",
        "subject": "Cluster munitions convention obligations",
        "events": [{"type": "received", "date": "2024-09-13", "note": ""}],
    }
    main.list.select(main.editor().create(data))
    _settle(app)
    dialog = main.commands().add_from_letter()
    assert dialog is not None
    dialog.dialog.resize(1180, 780)
    dialog.text.setPlainText(SEED_LETTER.read_text(encoding="utf-8"))
    dialog.read_now()
    dialog.text.moveCursor(QTextCursor.MoveOperation.Start)
    return dialog.dialog


def take(folder: Path, profile_root: Path) -> list[Path]:  # noqa: PLR0915 - one step a shot
    """Save the screenshots into ``folder``; their paths."""
    app = application()
    folder.mkdir(parents=True, exist_ok=True)
    ctx = make_context(Profile.at(profile_root), today=TODAY)
    if ctx is None:
        raise SystemExit("screenshots: the temporary database could not be opened")
    ctx.update_settings(ME)
    main = MainWindow(ctx)
    main.window.resize(1360, 860)
    main.show()
    _settle(app)
    main.finish_start()
    _settle(app)
    _save(main.window, folder / "first-run.png")  # a fresh profile: no request yet
    commands = main.commands()
    others = [main.editor().create(data) for data in _others()]
    for request_id in others[1:]:  # a story across two bodies, grouped by a tag
        ctx.store.set_tags(request_id, ["transport"])
    main.list.set_rows(ctx.store.rows())
    main.list.refresh_tags(ctx.store.all_tags())
    draft = main.editor().create(DRAFT)
    seed = commands.open_example()
    main.list.select(seed)
    _settle(app)
    tabs = child(main.window, QTabWidget, "requestTabs")
    shots: list[tuple[str, Callable[[], QWidget]]] = []

    def tab(index: int) -> Callable[[], QWidget]:
        def show() -> QWidget:
            tabs.setCurrentIndex(index)
            main.view().compose.wait_for_render()  # the preview renders on a worker thread
            return main.window

        return show

    def calculator() -> QWidget:
        main.actions["actionCalculator"].setChecked(True)
        main.calculator().set_date(date(2024, 9, 13))
        return main.window

    def settings() -> QWidget:
        dialog = SettingsDialog(main.window, ME, default_folder=ctx.profile.data_dir).dialog
        dialog.show()
        return dialog

    def letter() -> QWidget:
        main.list.select(seed)  # the seed's refinement is what this letter answers
        _settle(app)
        reply = main.view().draft(Kind.REFINEMENT_REPLY)
        reply.dialog.resize(820, 720)
        reply.wait_for_render()  # the letter renders on a worker thread: shoot it, not a blank
        return reply.dialog

    def needs_me() -> QWidget:
        """The list sorted by what needs the user first (the Status column)."""
        main.list.table.sortByColumn(Column.STATUS, Qt.SortOrder.AscendingOrder)
        main.list.select(others[0])
        tabs.setCurrentIndex(1)
        return main.window

    def draft_view() -> QWidget:
        main.actions["actionCalculator"].setChecked(False)
        _settle(app)
        main.window.resize(1360, 860)  # the calculator's dock had widened it
        _settle(app)
        main.list.select(draft)
        tabs.setCurrentIndex(0)
        return main.window

    def mark_sent() -> QWidget:
        from oiaassist.app.request_view.mark_sent import MarkSentDialog  # noqa: PLC0415

        dialog = MarkSentDialog(main.window, today=lambda: TODAY)
        dialog.show()
        return dialog

    def coming_up() -> QWidget:
        main.list.select(others[2])
        _settle(app)
        commands.set_reminder(date(2024, 12, 20))  # "Remind me on…" shows here too
        main.list.select(seed)
        return commands.coming_up()

    def guide() -> QWidget:
        return commands.guide()

    shots = [
        ("compose", tab(0)),
        ("timeline", tab(1)),
        ("deadline", tab(2)),
        ("list", needs_me),
        ("calculator", calculator),
        ("settings", settings),
        ("letter", letter),
        ("coming-up", coming_up),
        ("guide", guide),
        ("draft", draft_view),
        ("mark-sent", mark_sent),
    ]
    if SEED_LETTER.is_file():
        shots.append(("letter-import", lambda: _letter_import(main, app)))
    saved: list[Path] = []
    for name, show in shots:
        widget = show()
        _settle(app)
        path = folder / f"{name}.png"
        _save(widget, path)
        saved.append(path)
        if widget is not main.window:
            widget.close()
    main.window.close()
    main.window.deleteLater()
    _settle(app)
    ctx.store.close()
    return saved


def main(argv: list[str] | None = None) -> int:
    """``python -m oiaassist.app.screenshots [FOLDER]`` (default ``docs/screenshots``)."""
    args = sys.argv[1:] if argv is None else argv
    folder = Path(args[0]) if args else Path("docs/screenshots")
    with tempfile.TemporaryDirectory(prefix="oiaassist-screenshots-") as profile:
        take(folder, Path(profile))
    return 0


if __name__ == "__main__":
    sys.exit(main())
