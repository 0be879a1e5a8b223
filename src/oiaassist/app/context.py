"""What the app's parts share: the profile, settings, store, "today" and letter templates."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QSettings

from oiaassist.app.profile import Profile
from oiaassist.app.settings import AppSettings, save_settings
from oiaassist.dates import nz_today
from oiaassist.storage import Store

if TYPE_CHECKING:
    from oiaassist.app.letters.templates import LetterTemplates


@dataclass
class AppContext:
    """Shared state, passed in (no globals).

    Attributes:
        profile: the settings and data folders.
        qsettings: the settings file (window state lives here too).
        settings: the user's preferences.
        store: the open request database.
        fixed_today: pretend today is this day (``--today``, tests, screenshots).
    """

    profile: Profile
    qsettings: QSettings
    settings: AppSettings
    store: Store
    fixed_today: date | None = None
    _today: Callable[[], date] = field(default=nz_today, repr=False)
    _templates: LetterTemplates | None = field(default=None, init=False, repr=False)

    def today(self) -> date:
        """Today in New Zealand (or the fixed day)."""
        return self.fixed_today or self._today()

    def current_settings(self) -> AppSettings:
        """The settings now (for letters built later)."""
        return self.settings

    def update_settings(self, settings: AppSettings) -> None:
        """Keep and save new settings."""
        self.settings = settings
        save_settings(self.qsettings, settings)

    def letter_templates(self) -> LetterTemplates:
        """The letter templates Settings chooses.

        Made again only when the setting changes, so the preview, redrawn as
        the user types, does not build a folder object per keystroke.
        """
        setting = self.settings.templates_folder
        if self._templates is None or self._templates.setting != setting:
            # the drafting library loads after the first paint, not with the context
            from oiaassist.app.letters.templates import LetterTemplates  # noqa: PLC0415

            self._templates = LetterTemplates.from_setting(setting)
        return self._templates
