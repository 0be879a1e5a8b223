"""What the menu and toolbar actions do: requests, letters, files, settings.

Every failure the library reports (a file that is not a request, a letter
whose premise is false, a database that cannot be opened) becomes a message
naming what is wrong; nothing reaches the user as a traceback.
"""

from __future__ import annotations

import copy
import html
import json
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QDialog, QLineEdit, QMessageBox, QTabWidget

from oiaassist import __version__
from oiaassist.app import transfer
from oiaassist.app.dialogs import standard as dialogs
from oiaassist.app.dialogs.recovery import open_store
from oiaassist.app.dialogs.settings_dialog import SettingsDialog
from oiaassist.app.letters.actions import LetterActions
from oiaassist.app.request_view.editor import new_request_data
from oiaassist.app.widgets.day_words import short_day
from oiaassist.app.widgets.forms import child
from oiaassist.app.widgets.qdates import parse_iso
from oiaassist.errors import OiaAssistError
from oiaassist.files import WriteError
from oiaassist.i18n import _, ngettext, set_locale
from oiaassist.storage import restore_backup
from oiaassist.storage.backup import backup_dir

if TYPE_CHECKING:
    from collections.abc import Callable
    from pathlib import Path

    from oiaassist.agencies import Agency
    from oiaassist.app.dialogs.coming_up import ComingUpDialog, Notifier
    from oiaassist.app.dialogs.help import HelpDialog
    from oiaassist.app.letters.import_dialog import LetterImport
    from oiaassist.app.shell import Shell


def json_filter() -> str:
    """The file dialogs' filter for request files."""
    return _("Requests (*.json)")


class Commands(QObject):
    """The actions of one main window."""

    def __init__(self, main: Shell) -> None:
        super().__init__(main.window)
        self.main = main
        self.ctx = main.ctx
        self.letters = LetterActions(main.window, templates=self.ctx.letter_templates)
        self.letters.done.connect(main.status)
        self.letters.failed.connect(lambda text: self._error(_("Letter"), text))
        self.last_deleted: int | None = None
        self.notifier: Notifier | None = None
        self.last_dialog: QDialog | None = None
        """The dialog a command opened last (tests answer it)."""

    def _error(self, title: str, text: str) -> None:
        dialogs.show_error(self.main.window, title, text)

    def _show_new(self, request_id: int, tab: int = 0) -> None:
        self.main.list.select(request_id)
        child(self.main.window, QTabWidget, "requestTabs").setCurrentIndex(tab)

    # -- requests ---------------------------------------------------------------------

    def new(self) -> int:
        """Start a new request: a draft, with the default preferences."""
        view = self.main.view()
        data = new_request_data(self.ctx.today(), self.ctx.settings.default_preferences)
        request_id = self.main.editor().create(data)
        self._show_new(request_id)
        child(view.window, QLineEdit, "agencyEdit").setFocus()
        self.main.status(_("New request: start with the agency and the items."))
        return request_id

    def open_example(self) -> int:
        """Add the seed story (MFAT, 2024) from receipt to response."""
        from oiaassist.drafting.examples import SEED_AGENCY_EMAIL, SEED_BACKGROUND  # noqa: PLC0415
        from oiaassist.tracking.examples import seed_request  # noqa: PLC0415

        self.main.view()
        data = json.loads(seed_request().model_dump_json())
        compose = {"agency_email": SEED_AGENCY_EMAIL, "background": SEED_BACKGROUND}
        request_id = self.main.editor().create(data, compose)
        self._show_new(request_id, tab=1)
        return request_id

    def duplicate(self) -> int | None:
        """A new request with the same letter, to send again or to another agency."""
        editor = self.main.editor()
        if editor.request_id is None:
            return None
        data = copy.deepcopy(editor.data)
        data["subject"] = _("{subject} (copy)").format(subject=data.get("subject") or "").strip()
        data["reference"] = ""
        data["events"] = new_request_data(self.ctx.today(), ())["events"]
        request_id = editor.create(data, editor.compose)
        self._show_new(request_id)
        self.main.status(_("Duplicated as a draft: mark it as sent when it goes."))
        return request_id

    def mark_sent(self) -> None:
        """Record when and how the selected draft was sent (and received)."""
        if self.main.editor().request_id is None:
            return
        sending = self.main.view().mark_sent()
        if sending is not None:
            self.main.status(_("Marked as sent: the agency's 20 working days are counting."))

    def send_to_others(self, agencies: list[Agency | str] | None = None) -> list[int]:
        """Copy the selected request to other agencies: one draft each, on its own Act."""
        from oiaassist.app.dialogs.several_agencies import SeveralAgenciesDialog, copy_for  # noqa: PLC0415

        editor = self.main.editor()
        if editor.request_id is None:
            return []
        source_id = editor.request_id
        if agencies is None:
            dialog = SeveralAgenciesDialog(self.main.window, str(editor.data.get("agency") or ""))
            self.last_dialog = dialog
            accepted = dialog.exec() == dialog.DialogCode.Accepted
            agencies = dialog.chosen if accepted else []
            dialog.deleteLater()
        tags = self.ctx.store.row(source_id).tags
        data, compose = dict(editor.data), dict(editor.compose)
        made = []
        for agency in agencies:
            new, letter = copy_for(data, compose, agency)
            request_id = editor.create(new, letter)
            if tags:
                self.ctx.store.set_tags(request_id, tags)
                self.main.list.upsert(self.ctx.store.row(request_id))
            made.append(request_id)
        if made:
            self.main.list.refresh_tags(self.ctx.store.all_tags())
            self._show_new(made[-1])
            self.main.status(
                ngettext(
                    "Made {n} copy, a draft for its agency.",
                    "Made {n} copies, each a draft for its agency.",
                    len(made),
                ).format(n=len(made))
            )
        return made

    def edit_tags(self, tags: list[str] | None = None) -> tuple[str, ...] | None:
        """Set the selected request's tags (a story, a project)."""
        from oiaassist.app.dialogs.several_agencies import TagsDialog  # noqa: PLC0415

        request_id = self.main.editor().request_id
        if request_id is None:
            return None
        if tags is None:
            current = self.ctx.store.row(request_id).tags
            dialog = TagsDialog(self.main.window, current, self.ctx.store.all_tags())
            self.last_dialog = dialog
            accepted = dialog.exec() == dialog.DialogCode.Accepted
            tags = dialog.tags() if accepted else None
            dialog.deleteLater()
            if tags is None:
                return None
        saved = self.ctx.store.set_tags(request_id, tags)
        self.main.list.upsert(self.ctx.store.row(request_id))
        self.main.list.refresh_tags(self.ctx.store.all_tags())
        return saved

    def remind_me(self) -> date | None:
        """Choose a day to be reminded about the selected request (empty: no reminder)."""
        editor = self.main.editor()
        if editor.request_id is None:
            return None
        from oiaassist.app.request_view.timeline.event_date import DateDialog  # noqa: PLC0415 - on first use

        current = parse_iso(editor.compose.get("remind_on"))
        dialog = DateDialog(
            self.main.window,
            _("Remind me on"),
            _(
                "On which day should oiaassist remind you about this request? (Leave it empty "
                "for no reminder.) Coming up lists it, and so does the calendar export."
            ),
            current,
            today=self.ctx.today,
            optional=True,
        )
        self.last_dialog = dialog
        day = dialog.ask()
        accepted = dialog.result() == dialog.DialogCode.Accepted
        dialog.deleteLater()
        if accepted:
            self.set_reminder(day)
        return day

    def set_reminder(self, day: date | None) -> None:
        """Remember (or, with None, forget) the selected request's reminder day."""
        self.main.editor().set_compose("remind_on", day.isoformat() if day else "")
        self.main.status(
            _("You will be reminded on {day}.").format(day=short_day(day))
            if day
            else _("No reminder for this request.")
        )

    def coming_up(self) -> ComingUpDialog:
        """Show what is due this week across every request."""
        from oiaassist.app.dialogs.coming_up import ComingUpDialog  # noqa: PLC0415

        dialog = ComingUpDialog(self.main.window, self.ctx.store, today=self.ctx.today)
        dialog.open_request.connect(self.main.list.select)
        dialog.export_requested.connect(self.export_ics)
        dialog.finished.connect(dialog.deleteLater)
        dialog.show()
        self.coming_up_dialog = dialog
        return dialog

    def start_notifier(self) -> Notifier:
        """Notifications for today's reminders and deadlines while the app runs."""
        from oiaassist.app.dialogs.coming_up import Notifier  # noqa: PLC0415

        if self.notifier is None:
            self.notifier = Notifier(
                lambda: self.ctx.store, today=self.ctx.today, fallback=self.main.status,
                parent=self,
            )  # fmt: skip
            QTimer.singleShot(2000, self.notifier.check)
        return self.notifier

    def archive(self) -> None:
        """Archive the selected request (or bring it back from the archive)."""
        request_id = self.main.list.current_id()
        if request_id is None:
            return
        archived = not self.ctx.store.row(request_id).archived
        self.ctx.store.set_archived(request_id, archived=archived)
        self.main.list.upsert(self.ctx.store.row(request_id))
        self.main.status(
            _("Archived: choose Archived in the list to see it.")
            if archived
            else _("Back from the archive.")
        )

    def delete(self) -> None:
        """Delete the selected request; Undo delete (Ctrl+Z) brings it back."""
        request_id = self.main.list.current_id()
        if request_id is None:
            return
        row = self.ctx.store.row(request_id)
        self.ctx.store.delete(request_id)
        self.main.list.remove(request_id)
        self.main.editor().load(None)
        self.last_deleted = request_id
        name = row.summary.subject or row.summary.agency or _("the request")
        self.main.status(
            _("Deleted “{name}”. Undo delete (Ctrl+Z) brings it back.").format(name=name)
        )

    def undo_delete(self) -> None:
        """Bring back the request deleted last (this session or, within 30 days, an earlier one)."""
        request_id = self.last_deleted or self.ctx.store.last_deleted()
        if request_id is None:
            self.main.status(_("Nothing to undo."))
            return
        self.ctx.store.undelete(request_id)
        self.main.list.upsert(self.ctx.store.row(request_id))
        self.main.list.select(request_id)
        self.last_deleted = None
        self.main.status(_("Brought back."))

    def save(self) -> None:
        """Everything is saved as it is typed; say so."""
        self.main.status(_("All changes are saved: oiaassist saves as you type."))

    # -- the request letter -------------------------------------------------------------

    def copy_letter(self) -> None:
        """Copy the request letter's email text."""
        self.main.view().compose.copy()

    def open_mail(self) -> None:
        """Open the request letter in the mail program."""
        self.main.view().compose.open_mail()

    def save_docx(self) -> None:
        """Save the request letter as .docx."""
        self.main.view().compose.save_docx()

    def save_eml(self) -> None:
        """Save the request letter as .eml."""
        self.main.view().compose.save_eml()

    def add_from_letter(self) -> LetterImport | None:
        """Read the agency's letter into the selected request's timeline."""
        if self.main.editor().request_id is None:
            return None
        view = self.main.view()
        child(self.main.window, QTabWidget, "requestTabs").setCurrentIndex(1)
        dialog = view.timeline.open_letter_import()
        dialog.added.connect(
            lambda n: self.main.status(
                ngettext(
                    "Added {n} event from the agency's letter.",
                    "Added {n} events from the agency's letter.",
                    n,
                ).format(n=n)
            )
        )
        return dialog

    # -- files ----------------------------------------------------------------------------

    def import_requests(self, path: Path | None = None) -> transfer.ImportResult | None:
        """Add requests from a JSON file, with progress and Cancel."""
        path = path or dialogs.ask_open_path(
            self.main.window, _("Import requests"), dialogs.documents_dir(), json_filter()
        )
        if path is None:
            return None
        try:
            requests = transfer.read_requests(path)
        except OiaAssistError as exc:
            self._error(_("Import"), str(exc))
            return None
        progress = transfer.progress_dialog(self.main.window, len(requests))
        result = transfer.import_requests(
            self.ctx.store, requests, progress, today=self.ctx.today()
        )
        progress.close()
        self.main.list.set_rows(self.ctx.store.rows())
        self.main.status(result.message())
        return result

    def export_selected(self) -> Path | None:
        """Save the selected request as JSON."""
        editor = self.main.editor()
        if editor.request is None:
            problem = editor.problem.text if editor.problem else _("No request is selected.")
            self._error(
                _("Export"),
                _("This request cannot be exported yet. {problem}").format(problem=problem),
            )
            return None
        request = editor.request
        name = f"{(request.subject or 'request')[:60]}.json"
        path = dialogs.ask_save_path(
            self.main.window, _("Export request"), dialogs.documents_dir() / name, json_filter()
        )
        if path is not None:
            self._write(lambda: transfer.write_json(path, [request]), path)
        return path

    def export_all(self) -> Path | None:
        """Save every complete request as one JSON file."""
        pairs, skipped = transfer.stored_requests(self.ctx.store)
        path = dialogs.ask_save_path(
            self.main.window,
            _("Export all requests"),
            dialogs.documents_dir() / "requests.json",
            json_filter(),
        )
        if path is not None and self._write(
            lambda: transfer.write_json(path, [r for _, r in pairs]), path
        ):
            message = ngettext(
                "Exported {n} request to {path}.", "Exported {n} requests to {path}.", len(pairs)
            ).format(n=len(pairs), path=path)
            if skipped:
                message += " " + ngettext(
                    "({n} unfinished draft left out.)", "({n} unfinished drafts left out.)", skipped
                ).format(n=skipped)
            self.main.status(message)
        return path

    def export_ics(self) -> Path | None:
        """Save the deadlines of the requests not archived, with reminders, as .ics."""
        pairs, _drafts = transfer.stored_requests(self.ctx.store, include_archived=False)
        path = dialogs.ask_save_path(
            self.main.window, _("Export deadlines"), dialogs.documents_dir() / "oia-deadlines.ics",
            _("Calendar (*.ics)"),
        )  # fmt: skip
        reminders = transfer.reminders_of(self.ctx.store)
        sent = [pair for pair in pairs if not pair[1].is_draft]  # a draft has no deadline
        if path is not None and self._write(
            lambda: transfer.write_ics(path, pairs, today=self.ctx.today(), reminders=reminders),
            path,
        ):
            self.main.status(
                ngettext(
                    "Saved {n} deadline, with a reminder, to {path}.",
                    "Saved {n} deadlines, each with a reminder, to {path}.",
                    len(sent),
                ).format(n=len(sent), path=path)
            )
        return path

    def _write(self, write: Callable[[], None], path: Path) -> bool:
        try:
            write()
        except OSError as exc:  # a WriteError is already one line naming the file
            message = str(exc) if isinstance(exc, WriteError) else None
            self._error(
                _("Export"),
                message
                or _("{path}: cannot be written ({reason})").format(path=path, reason=exc.strerror),
            )
            return False
        self.main.status(_("Saved {path}").format(path=path))
        return True

    # -- the database ---------------------------------------------------------------------

    def _switch_store(self, path: Path) -> None:
        old = self.ctx.store
        old.close()
        store = open_store(path, self.main.window)
        if store is None:  # the user gave up: keep using the old file
            store = open_store(old.path, self.main.window)
            if store is None:
                self.main.window.close()
                return
        self.ctx.store = store
        editor = self.main.editor()
        editor.store = store
        editor.load(None)
        self.main.list.set_rows(store.rows())
        self.main.status(_("Using {path}").format(path=store.path))

    def open_database(self) -> None:
        """Use another requests file."""
        path = dialogs.ask_open_path(
            self.main.window,
            _("Open requests"),
            self.ctx.store.path.parent,
            _("oiaassist requests (*.sqlite3)"),
        )
        if path is not None:
            self._switch_store(path)

    def restore_backup(self) -> None:
        """Go back to one of the daily backups (the current file is kept aside)."""
        current = self.ctx.store.path
        backup = dialogs.ask_open_path(
            self.main.window,
            _("Restore a backup"),
            backup_dir(current),
            _("Backups (requests-*.sqlite3)"),
        )
        if backup is None or not dialogs.confirm(
            self.main.window,
            _("Restore a backup"),
            _(
                "Replace your requests with the backup {name}? The current file is kept aside, "
                "not deleted."
            ).format(name=backup.name),
        ):
            return
        self.ctx.store.close()
        try:
            restore_backup(backup, current)
        except OiaAssistError as exc:
            self._error(_("Restore"), str(exc))
        self._switch_store(current)

    # -- settings and about --------------------------------------------------------------

    def settings(self) -> None:
        """Edit the settings."""
        before = self.ctx.settings
        chosen = SettingsDialog(
            self.main.window, before, default_folder=self.ctx.profile.data_dir
        ).ask()
        if chosen is None:
            return
        self.ctx.update_settings(chosen)
        if chosen.language != before.language:
            set_locale(chosen.language)
            from oiaassist.app.startup import refresh_statuses  # noqa: PLC0415

            refresh_statuses(
                self.ctx.store, self.main.list, today=self.ctx.today(), everything=True
            )
        self.main.editor().refresh()
        if chosen.data_folder != before.data_folder:
            self.main.status(_("The new data folder takes effect when oiaassist next starts."))
        elif chosen.templates_folder != before.templates_folder:
            folder = self.ctx.letter_templates().path
            self.main.status(
                _("Letters now use your templates in {folder}.").format(folder=folder)
                if folder
                else _("Letters now use the built-in templates.")
            )

    def guide(self) -> HelpDialog:
        """Help: the plain-language guide, with links to the statutes and the Ombudsman."""
        from oiaassist.app.dialogs.help import HelpDialog, guide_html  # noqa: PLC0415

        return self._help(HelpDialog(self.main.window, _("Guide"), guide_html()))

    def _help(self, dialog: HelpDialog) -> HelpDialog:
        dialog.finished.connect(dialog.deleteLater)
        dialog.show()
        self.last_dialog = dialog
        return dialog

    def keyboard_help(self) -> None:
        """Help → Keyboard shortcuts."""
        from oiaassist.app.dialogs.keyboard_help import keyboard_help  # noqa: PLC0415 - on first use

        self.keyboard_dialog: QDialog = keyboard_help(self.main.window)

    def about(self) -> None:
        """Version and what oiaassist is."""
        QMessageBox.about(
            self.main.window,
            _("About oiaassist"),
            f"<b>oiaassist {__version__}</b><p>"
            + _(
                "Deadlines, tracking and letters for New Zealand official information requests "
                "(OIA, LGOIMA, Privacy Act). Everything stays on this computer: oiaassist makes "
                "no network connection."
            )
            + "</p><p>"
            + html.escape(_("Your requests: {path}").format(path=self.ctx.store.path))
            + "</p>",
        )
