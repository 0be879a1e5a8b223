"""Where this user's settings and data live.

Normally the platform's folders (QStandardPaths: ``~/.config/oiaassist`` and
``~/.local/share/oiaassist`` on Linux, ``%APPDATA%`` on Windows,
``~/Library`` on macOS). ``--profile DIR`` (and the self-test) put both
under one folder instead, so a test or a second identity never touches the
real ones.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QSettings, QStandardPaths

from oiaassist.files import create_private, make_private, private_folder

DB_NAME = "requests.sqlite3"


@dataclass(frozen=True, slots=True)
class Profile:
    """A settings folder and a default data folder.

    Attributes:
        config_dir: holds ``settings.ini`` (window state, preferences).
        data_dir: the default folder of ``requests.sqlite3`` and its backups;
            the user may choose another in Settings.
    """

    config_dir: Path
    data_dir: Path

    @classmethod
    def standard(cls) -> Profile:
        """The platform's folders for this application."""
        locations = QStandardPaths.StandardLocation
        config = QStandardPaths.writableLocation(locations.AppConfigLocation)
        data = QStandardPaths.writableLocation(locations.AppDataLocation)
        return cls(Path(config), Path(data))

    @classmethod
    def at(cls, root: str | Path) -> Profile:
        """Everything under ``root`` (tests, the self-test, ``--profile``)."""
        base = Path(root)
        return cls(base / "config", base / "data")

    @property
    def settings_file(self) -> Path:
        """Where :meth:`qsettings` keeps the settings (it may not exist yet)."""
        return self.config_dir / "settings.ini"

    def qsettings(self) -> QSettings:
        """The settings file, as an INI file in ``config_dir``."""
        private_folder(self.config_dir)
        create_private(self.settings_file)  # name, email, phone, postal address
        return QSettings(str(self.settings_file), QSettings.Format.IniFormat)

    def make_private(self) -> None:
        """Folders 0700 and the settings 0600 (POSIX): tightens installs made before this."""
        private_folder(self.config_dir)
        private_folder(self.data_dir)
        if self.settings_file.exists():
            make_private(self.settings_file)
