"""The Compose tab: the request letter's fields, a live preview, and the checks beside it.

Typing saves at once (through the editor); the preview and the checks are
redrawn a moment after the typing stops (:data:`PREVIEW_DELAY_MS`), so a
long letter never slows the keyboard. The preview uses the letter templates
Settings chooses; when one of the user's own fails, the preview says which
and why, in place of the letter (a dialog per keystroke would fight the
typing), and the checks, which do not depend on templates, carry on.

The letter is rendered on a worker thread
(:class:`~oiaassist.app.letters.rendering.NewestLetterRender`), so a user's
template that loops cannot freeze the window: after a moment the preview says
it is rendering; the sandbox stops the template after a few seconds and the
preview names it. Only the newest edit's letter is shown, and a new render
starts only when the last one's thread has ended, so typing against a slow
template never piles up threads.
"""

from __future__ import annotations

from collections.abc import Callable

from pydantic import ValidationError
from PySide6.QtCore import QObject, QSignalBlocker, Qt, QTimer
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QWidget,
)

from oiaassist.agencies import Agency, get
from oiaassist.app.dialogs import standard as dialogs
from oiaassist.app.letters.actions import LetterActions
from oiaassist.app.letters.build import Kind, file_stem, request_draft
from oiaassist.app.letters.rendering import NewestLetterRender, failure_text
from oiaassist.app.request_view.compose.items import Items, ItemsEditor
from oiaassist.app.request_view.compose.send_to import SendTo
from oiaassist.app.request_view.editor import RequestEditor
from oiaassist.app.settings import AppSettings
from oiaassist.app.widgets import icons, live, theme
from oiaassist.app.widgets.agency_completer import AgencyCompleter
from oiaassist.app.widgets.choices import fill_act_combo, fill_region_combo
from oiaassist.app.widgets.forms import child
from oiaassist.app.widgets.splits import share
from oiaassist.drafting import Issue, PlainLetter, RequestDraft, check_draft
from oiaassist.drafting.checks import severity_label
from oiaassist.drafting.provisions import letter_law
from oiaassist.errors import OiaAssistError
from oiaassist.i18n import _
from oiaassist.law.acts import Act
from oiaassist.tracking.io import describe_validation_error

PREVIEW_DELAY_MS = 150


class ComposeTab(QObject):
    """Binds ``compose.ui`` to the editor."""

    def __init__(
        self,
        form: QWidget,
        editor: RequestEditor,
        *,
        settings: Callable[[], AppSettings],
        actions: LetterActions,
    ) -> None:
        super().__init__(form)
        self.form = form
        self.editor = editor
        self._settings = settings
        self.actions = actions
        self.agency = child(form, QLineEdit, "agencyEdit")
        self.agency_email = child(form, QLineEdit, "agencyEmailEdit")
        self.act = child(form, QComboBox, "actCombo")
        self.region = child(form, QComboBox, "regionCombo")
        self.reference = child(form, QLineEdit, "referenceEdit")
        self.subject = child(form, QLineEdit, "subjectEdit")
        self.background = child(form, QPlainTextEdit, "backgroundEdit")
        self.formats = child(form, QPlainTextEdit, "formatEdit")
        self.urgent = child(form, QCheckBox, "urgentCheck")
        self.urgency = child(form, QPlainTextEdit, "urgencyEdit")
        self.grounds = child(form, QCheckBox, "groundsCheck")
        self.preview = child(form, QPlainTextEdit, "previewEdit")
        self.preview_subject = child(form, QLabel, "previewSubject")
        self.checks = child(form, QListWidget, "checksList")
        self.checks_title = child(form, QLabel, "checksTitle")
        self.items = ItemsEditor(form, self._items_changed)
        self.agencies = AgencyCompleter(self.agency)
        self.agencies.picked.connect(self.choose_agency)
        self.send_to = SendTo(self.agency_email)
        share(child(form, QSplitter, "composeSplitter"), 3, 2)  # the fields, not clipped
        fill_act_combo(self.act)
        fill_region_combo(self.region)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(PREVIEW_DELAY_MS)
        self._timer.timeout.connect(self.refresh_letter)
        self._render = NewestLetterRender(
            self,
            templates=self.actions.templates,
            notice=lambda: self._show_problem(_("Rendering the letter…")),
            again=self.refresh_letter,
        )
        self.issues: list[Issue] = []
        self._filled_email = ""  # the address the last pick put in, if the user kept it
        self._connect()
        editor.loaded.connect(self.show_request)
        editor.changed.connect(self._timer.start)
        editor.changed.connect(self.show_act_words)

    def _connect(self) -> None:
        e = self.editor
        self.agency.textEdited.connect(self._agency_typed)
        # a suggestion highlighted with the arrow keys, then left without Enter
        self.agency.editingFinished.connect(lambda: self._agency_typed(self.agency.text()))
        self.subject.textEdited.connect(lambda t: e.set_value("subject", t.strip()))
        self.reference.textEdited.connect(lambda t: e.set_value("reference", t.strip()))
        self.agency_email.textEdited.connect(self._compose_edited("agency_email"))
        self.background.textChanged.connect(
            lambda: self._compose_edited("background")(self.background.toPlainText())
        )
        self.formats.textChanged.connect(self._formats_edited)
        self.act.currentIndexChanged.connect(self._act_chosen)
        self.region.currentIndexChanged.connect(
            lambda _i: e.set_value("region", self.region.currentData())
        )
        self.urgent.toggled.connect(self._urgency_edited)
        self.urgency.textChanged.connect(self._urgency_edited)
        self.grounds.toggled.connect(lambda on: e.set_value("grounds_requested", bool(on)))
        self.checks.itemActivated.connect(self._go_to_field)
        buttons: dict[str, tuple[str, Callable[[], object]]] = {
            "copyButton": ("copy-letter", self.copy),
            "mailButton": ("mail", self.open_mail),
            "docxButton": ("save-docx", self.save_docx),
            "emlButton": ("save-eml", self.save_eml),
        }
        for name, (icon_name, slot) in buttons.items():
            button = child(self.form, QPushButton, name)
            button.setIcon(icons.icon(icon_name))
            button.clicked.connect(slot)

    def _compose_edited(self, key: str) -> Callable[[str], None]:
        def edited(text: str) -> None:
            self.editor.set_compose(key, text)
            if key == "agency_email":
                self.send_to.show(text, self.picked_agency(), self.agency.text())

        return edited

    # -- from the editor to the fields --------------------------------------------------

    def show_request(self) -> None:
        """Fill every field from the request now being edited."""
        data, compose = self.editor.data, self.editor.compose
        widgets = (self.agency, self.agency_email, self.act, self.region, self.reference,
                   self.subject, self.background, self.formats, self.urgent, self.urgency,
                   self.grounds)  # fmt: skip
        blockers = [QSignalBlocker(w) for w in widgets]
        self._filled_email = ""
        self.agency.setText(str(data.get("agency") or ""))
        self.agency_email.setText(str(compose.get("agency_email") or ""))
        self.act.setCurrentIndex(max(0, self.act.findData(data.get("act") or "oia")))
        self.region.setCurrentIndex(max(0, self.region.findData(data.get("region"))))
        self.region.setEnabled(data.get("act") == "lgoima")
        self._show_directory_entry()
        self.reference.setText(str(data.get("reference") or ""))
        self.subject.setText(str(data.get("subject") or ""))
        self.background.setPlainText(str(compose.get("background") or ""))
        self.formats.setPlainText("\n".join(data.get("format_preferences") or []))
        urgent = bool(compose.get("urgent") or data.get("urgency_reasons"))
        self.urgent.setChecked(urgent)
        self.urgency.setPlainText(
            str(compose.get("urgency_text") or data.get("urgency_reasons") or "")
        )
        self.urgency.setEnabled(urgent)
        self.grounds.setChecked(bool(data.get("grounds_requested")))
        del blockers
        self.items.show_items(list(data.get("items") or []))
        self.show_act_words()
        self.refresh_letter()

    def show_act_words(self) -> None:
        """The sections beside the urgency and grounds boxes, and where to send it.

        From the request's Act: a council's request is under LGOIMA, whose
        sections differ from the OIA's (law.md §5.2: urgency s 10(3), grounds s 18(a)(ii)).
        """
        try:
            act = Act.parse(str(self.editor.data.get("act") or "oia"))
        except OiaAssistError:
            act = Act.OIA
        law = letter_law(act)
        urgency = f" ({law.urgency})" if law.urgency else ""
        grounds = f" ({law.grounds})" if law.grounds else ""
        self.urgent.setText(_("As&k for urgency") + urgency)
        self.grounds.setText(_("Ask for the grounds of any &withholding") + grounds)
        self.grounds.setToolTip(
            _("If anything is withheld, ask for the grounds in support of the decision") + grounds
        )
        self.send_to.show(
            str(self.editor.compose.get("agency_email") or ""),
            self.picked_agency(),
            self.agency.text(),
        )

    def set_agencies(self, names: list[str]) -> None:
        """Names used before that the agency field offers, after the directory's."""
        self.agencies.model.set_past_names(names)

    def picked_agency(self) -> Agency | None:
        """The directory entry the request names (picked from the list), if any."""
        agency_id = self.editor.data.get("agency_id")
        return get(agency_id) if isinstance(agency_id, str) and agency_id else None

    def _show_directory_entry(self) -> None:
        agency = self.picked_agency()
        self.agency.setToolTip(
            _("From the agency directory: {name}, a {kind}").format(
                name=agency.display_name, kind=_(agency.kind.label)
            )
            if agency
            else _("Type a few letters (e.g. “mfat”, “wellington city”) to pick from the directory")
        )

    def choose_agency(self, agency: Agency) -> None:
        """Use a directory entry: its name, Act and region (a council's calendar), its email."""
        region = agency.calendar_region
        with QSignalBlocker(self.agency), QSignalBlocker(self.act), QSignalBlocker(self.region):
            self.agency.setText(agency.name)
            self.act.setCurrentIndex(max(0, self.act.findData(agency.act.value)))
            self.region.setCurrentIndex(max(0, self.region.findData(region)))
            self.region.setEnabled(agency.is_local)
        email = self.agency_email.text().strip()
        if agency.request_email or (self._filled_email and email == self._filled_email):
            # the directory's address, or none in place of the last pick's: never a guess
            self.agency_email.setText(agency.request_email)
            self.editor.set_compose("agency_email", agency.request_email)
            self._filled_email = agency.request_email
        self.send_to.show(self.agency_email.text(), agency)
        self.editor.set_values(
            {"agency": agency.name, "agency_id": agency.id, "act": agency.act.value,
             "region": region}
        )  # fmt: skip
        self._show_directory_entry()

    def _agency_typed(self, text: str) -> None:
        picked = self.picked_agency()
        name = text.strip()
        if picked is not None and name != picked.name:
            self.editor.set_values({"agency": name}, remove=("agency_id",))
            self._show_directory_entry()
        else:
            self.editor.set_value("agency", name)
        # a body the OIA does not reach is warned of as its name is typed
        self.send_to.show(self.agency_email.text(), self.picked_agency(), name)

    # -- from the fields to the editor --------------------------------------------------

    def _items_changed(self, items: Items) -> None:
        self.editor.set_value("items", items)

    def _formats_edited(self) -> None:
        lines = [line.strip() for line in self.formats.toPlainText().splitlines()]
        self.editor.set_value("format_preferences", [line for line in lines if line])

    def _act_chosen(self, _index: int) -> None:
        act = self.act.currentData()
        self.region.setEnabled(act == "lgoima")
        changes: dict[str, object] = {"act": act}
        if act != "lgoima":
            with QSignalBlocker(self.region):
                self.region.setCurrentIndex(0)
            changes["region"] = None
        picked = self.picked_agency()
        # another Act than the directory's: the user knows better, so the entry no longer applies
        remove = ("agency_id",) if picked is not None and picked.act.value != act else ()
        self.editor.set_values(changes, remove=remove)
        self._show_directory_entry()

    def _urgency_edited(self) -> None:
        urgent = self.urgent.isChecked()
        text = self.urgency.toPlainText().strip()
        self.urgency.setEnabled(urgent)
        self.editor.set_compose("urgent", urgent)
        self.editor.set_compose("urgency_text", text)
        self.editor.set_value("urgency_reasons", text if urgent else "")

    # -- the letter -------------------------------------------------------------------

    def letter(self) -> RequestDraft | None:
        """The request letter as it stands, or None (the reason is in the preview)."""
        if self.editor.request_id is None:
            return None
        try:
            return request_draft(
                self.editor.data, self.editor.compose, self._settings(), today=self.editor.today
            )
        except ValidationError as exc:
            self._show_problem(describe_validation_error(exc, _("Letter")))
        except OiaAssistError as exc:
            self._show_problem(str(exc))
        return None

    def refresh_letter(self) -> None:
        """Redraw the checks now, and start rendering the preview (see :meth:`wait_for_render`)."""
        self._timer.stop()
        self._render.cancel()  # an older letter, when it comes, is not shown
        draft = self.letter()
        if draft is None:
            self._render.clear()
            return
        self._show_checks(check_draft(draft))
        self._render.render(
            draft, self._show_letter, lambda t, exc: self._show_problem(failure_text(t, exc))
        )

    @property
    def rendering(self) -> bool:
        """Whether the preview is waiting for a letter."""
        return self._render.rendering

    def wait_for_render(self, timeout_ms: int = 10_000) -> bool:
        """Keep the event loop running until the preview shows the newest letter (for tests)."""
        return self._render.wait(timeout_ms)

    def _show_letter(self, text: PlainLetter) -> None:
        live.show(self.preview_subject, f"Subject: {text.subject}")
        if self.preview.toPlainText() != text.body:
            bar = self.preview.verticalScrollBar()
            position = bar.value()
            self.preview.setPlainText(text.body)
            bar.setValue(position)

    def _show_problem(self, text: str) -> None:
        live.show(self.preview_subject, "")
        self.preview.setPlainText(text)

    def _show_checks(self, issues: list[Issue]) -> None:
        self.issues = issues
        self.checks.clear()
        for issue in issues:
            words = severity_label(issue.severity)
            item = QListWidgetItem(f"{words}: {issue.message}\n{issue.suggestion}")
            item.setIcon(icons.dot(theme.severity_colour(issue.severity.value)))
            item.setData(Qt.ItemDataRole.UserRole, issue.field)
            item.setToolTip(f'"{issue.excerpt}"' if issue.excerpt else issue.suggestion)
            self.checks.addItem(item)
        count = len(issues)
        self.checks_title.setText(
            _("Checks ({count})").format(count=count)
            if count
            else _("Checks: nothing to fix — the request reads well")
        )

    def _go_to_field(self, item: QListWidgetItem) -> None:
        field = str(item.data(Qt.ItemDataRole.UserRole) or "")
        if field.startswith("items["):
            self.items.select(int(field[6 : field.index("]")]))
            return
        targets: dict[str, QWidget] = {
            "agency": self.agency, "agency_email": self.agency_email, "subject": self.subject,
            "urgency_reasons": self.urgency, "format_preferences": self.formats, "act": self.act,
        }  # fmt: skip
        target = targets.get(field.split(".", maxsplit=1)[0])
        if target is not None:
            target.setFocus()

    # -- letter buttons -----------------------------------------------------------------

    def _stem(self) -> str:
        return file_stem(Kind.REQUEST, self.editor.data)

    def _signed(self) -> bool:
        """Whether the letter has a name to sign it, or the user wants it anyway."""
        if self._settings().name.strip():
            return True
        return dialogs.confirm(
            self.form.window(),
            _("No name to sign the letter"),
            _(
                "The letter has no name to sign it: add yours in Edit → Settings. "
                "Use the letter unsigned anyway?"
            ),
        )

    def copy(self) -> None:
        """Copy the email text."""
        if (draft := self.letter()) is not None and self._signed():
            self.actions.copy(draft)

    def open_mail(self) -> None:
        """Open the letter in the mail program."""
        if (draft := self.letter()) is not None and self._signed():
            self.actions.open_mail(draft)

    def save_docx(self) -> None:
        """Save the letter as .docx."""
        if (draft := self.letter()) is not None and self._signed():
            self.actions.save_docx(draft, self._stem())

    def save_eml(self) -> None:
        """Save the letter as .eml."""
        if (draft := self.letter()) is not None and self._signed():
            self.actions.save_eml(draft, self._stem())
