"""The Settings dialog: who you are, how letters read, the language and the data folder.

"Letter templates folder" is where the user's own letters are; empty means
the built-in letters, and the folder may hold only the letters to change.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QWidget,
)

from oiaassist.app.dialogs import standard as dialogs
from oiaassist.app.settings import LANGUAGES, AppSettings
from oiaassist.app.widgets.forms import child, load_form
from oiaassist.app.widgets.names import name_combo_edit
from oiaassist.drafting import greeting_choices, sign_off_choices
from oiaassist.i18n import _


class SettingsDialog:
    """Shows ``settings.ui`` filled from an :class:`AppSettings`."""

    def __init__(
        self, parent: QWidget | None, settings: AppSettings, *, default_folder: Path
    ) -> None:
        form = load_form("settings", parent)
        assert isinstance(form, QDialog)
        self.dialog = form
        self.settings = settings
        self.name = child(form, QLineEdit, "nameEdit")
        self.email = child(form, QLineEdit, "emailEdit")
        self.phone = child(form, QLineEdit, "phoneEdit")
        self.organisation = child(form, QLineEdit, "organisationEdit")
        self.address = child(form, QPlainTextEdit, "addressEdit")
        self.preferences = child(form, QPlainTextEdit, "preferencesEdit")
        self.greeting = child(form, QComboBox, "greetingCombo")
        self.sign_off = child(form, QComboBox, "signOffCombo")
        self.language = child(form, QComboBox, "languageCombo")
        self.templates = child(form, QLineEdit, "templatesFolderEdit")
        self.templates.setPlaceholderText(_("Built-in letters"))
        self.folder = child(form, QLineEdit, "dataFolderEdit")
        self.folder.setPlaceholderText(str(default_folder))
        self.greeting.addItems(greeting_choices())
        self.sign_off.addItems(sign_off_choices())
        for combo in (self.greeting, self.sign_off):
            name_combo_edit(combo)
        for code, name in LANGUAGES:
            self.language.addItem(name, code)
        buttons = child(form, QDialogButtonBox, "buttonBox")
        buttons.accepted.connect(form.accept)
        buttons.rejected.connect(form.reject)
        child(form, QPushButton, "browseButton").clicked.connect(self._browse)
        child(form, QPushButton, "templatesBrowseButton").clicked.connect(self._browse_templates)
        self._fill(settings)

    def _fill(self, s: AppSettings) -> None:
        self.name.setText(s.name)
        self.email.setText(s.email)
        self.phone.setText(s.phone)
        self.organisation.setText(s.organisation)
        self.address.setPlainText(s.postal_address)
        self.preferences.setPlainText("\n".join(s.default_preferences))
        self.greeting.setCurrentText(s.greeting)
        self.sign_off.setCurrentText(s.sign_off)
        self.language.setCurrentIndex(max(0, self.language.findData(s.language)))
        self.templates.setText(s.templates_folder)
        self.folder.setText(s.data_folder)

    def _browse(self) -> None:
        start = Path(self.folder.text() or self.folder.placeholderText())
        chosen = dialogs.ask_folder(self.dialog, _("Data folder"), start)
        if chosen is not None:
            self.folder.setText(str(chosen))

    def _browse_templates(self) -> None:
        start = Path(self.templates.text().strip() or dialogs.documents_dir()).expanduser()
        chosen = dialogs.ask_folder(self.dialog, _("Letter templates folder"), start)
        if chosen is not None:
            self.templates.setText(str(chosen))

    def values(self) -> AppSettings:
        """The settings as the dialog shows them."""
        lines = self.preferences.toPlainText().splitlines()
        return replace(
            self.settings,
            name=self.name.text().strip(),
            email=self.email.text().strip(),
            phone=self.phone.text().strip(),
            organisation=self.organisation.text().strip(),
            postal_address=self.address.toPlainText().strip(),
            default_preferences=tuple(line.strip() for line in lines if line.strip()),
            greeting=self.greeting.currentText().strip(),
            sign_off=self.sign_off.currentText().strip(),
            language=str(self.language.currentData()),
            templates_folder=self.templates.text().strip(),
            data_folder=self.folder.text().strip(),
        )

    def ask(self) -> AppSettings | None:
        """Show the dialog; the new settings, or None if cancelled."""
        return self.values() if self.dialog.exec() == QDialog.DialogCode.Accepted else None
