"""What the app's parts share: the profile, the settings, the store and "today"."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date

from PySide6.QtCore import QSettings

from oiaassist.app.profile import Profile
from oiaassist.app.settings import AppSettings, save_settings
from oiaassist.dates import nz_today
from oiaassist.storage import Store


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
