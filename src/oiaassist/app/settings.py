"""The user's preferences, kept in QSettings.

Everything a letter needs about the requester, the defaults for a new
request, the language, the user's own letter templates (if any), and where
the data folder is.
"""

from __future__ import annotations

from dataclasses import dataclass, field, fields, replace
from pathlib import Path

from PySide6.QtCore import QSettings

from oiaassist.app.profile import DB_NAME, Profile

LANGUAGES = (("en_NZ", "English"), ("mi", "te reo Māori"))
"""(locale, name) pairs offered in Settings; dates and translated words follow it."""

DEFAULT_GREETING = "Tēnā koutou"
DEFAULT_SIGN_OFF = "Ngā mihi"


@dataclass(frozen=True, slots=True)
class AppSettings:
    """What Settings edits."""

    name: str = ""
    email: str = ""
    phone: str = ""
    organisation: str = ""
    postal_address: str = ""
    default_preferences: tuple[str, ...] = field(default_factory=tuple)
    greeting: str = DEFAULT_GREETING
    sign_off: str = DEFAULT_SIGN_OFF
    language: str = "en_NZ"
    templates_folder: str = ""
    """The user's own letter templates; empty for the built-in letters."""
    data_folder: str = ""

    def data_path(self, profile: Profile) -> Path:
        """The request database this setting points at."""
        folder = Path(self.data_folder).expanduser() if self.data_folder else profile.data_dir
        return folder / DB_NAME


_GROUP = "settings"


def load_settings(qsettings: QSettings) -> AppSettings:
    """Read the settings (defaults for anything missing or of the wrong type)."""
    values: dict[str, object] = {}
    defaults = AppSettings()
    for f in fields(AppSettings):
        raw = qsettings.value(f"{_GROUP}/{f.name}")
        if raw is None:
            continue
        if f.name == "default_preferences":
            text = raw if isinstance(raw, str) else ""
            values[f.name] = tuple(line for line in text.splitlines() if line.strip())
        elif isinstance(raw, str):
            values[f.name] = raw
    if values.get("language") not in dict(LANGUAGES):
        values["language"] = defaults.language
    return replace(defaults, **values)  # type: ignore[arg-type]


def save_settings(qsettings: QSettings, settings: AppSettings) -> None:
    """Write the settings."""
    for f in fields(AppSettings):
        value = getattr(settings, f.name)
        if f.name == "default_preferences":
            value = "\n".join(value)
        qsettings.setValue(f"{_GROUP}/{f.name}", value)
    qsettings.sync()
