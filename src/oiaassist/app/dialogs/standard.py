"""The few standard dialogs the app asks, in one place (tests replace these functions)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QStandardPaths
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

_last_folder: Path | None = None
"""The folder of the file last saved or opened through these dialogs (this session)."""


def documents_dir() -> Path:
    """Where file dialogs start: the folder used last, else Documents, else home.

    Never the program's own folder: a missing Documents folder made the dialogs
    fall back to the working directory.
    """
    if _last_folder is not None and _last_folder.is_dir():
        return _last_folder
    found = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(found) if found and Path(found).is_dir() else Path.home()


def remember_folder(path: Path) -> None:
    """Start the next file dialog in ``path``'s folder."""
    global _last_folder  # noqa: PLW0603 - one remembered folder per session
    _last_folder = path.parent


def last_folder() -> Path | None:
    """The folder file dialogs will start in next, if one was used (kept across runs)."""
    return _last_folder


def _start(suggested: Path) -> Path:
    """A suggested path whose folder does not exist starts in :func:`documents_dir`."""
    return suggested if suggested.parent.is_dir() else documents_dir() / suggested.name


def ask_save_path(parent: QWidget | None, title: str, suggested: Path, filters: str) -> Path | None:
    """Ask where to save (starting in the folder used last); None if cancelled."""
    if _last_folder is not None and _last_folder.is_dir() and suggested.parent != _last_folder:
        suggested = _last_folder / suggested.name
    chosen, _ = QFileDialog.getSaveFileName(parent, title, str(_start(suggested)), filters)
    if not chosen:
        return None
    remember_folder(Path(chosen))
    return Path(chosen)


def ask_open_path(parent: QWidget | None, title: str, folder: Path, filters: str) -> Path | None:
    """Ask for a file to open; None if cancelled."""
    start = folder if folder.is_dir() else documents_dir()
    chosen, _ = QFileDialog.getOpenFileName(parent, title, str(start), filters)
    if not chosen:
        return None
    remember_folder(Path(chosen))
    return Path(chosen)


def ask_folder(parent: QWidget | None, title: str, folder: Path) -> Path | None:
    """Ask for a folder; None if cancelled."""
    chosen = QFileDialog.getExistingDirectory(parent, title, str(folder))
    return Path(chosen) if chosen else None


def confirm(parent: QWidget | None, title: str, text: str) -> bool:
    """Ask yes or no."""
    buttons = QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No
    answer = QMessageBox.question(parent, title, text, buttons, QMessageBox.StandardButton.No)
    return answer == QMessageBox.StandardButton.Yes


def show_error(parent: QWidget | None, title: str, text: str) -> None:
    """Tell the user something went wrong, in words (never a traceback)."""
    QMessageBox.warning(parent, title, text)


def offer(parent: QWidget | None, title: str, text: str) -> bool:
    """Say what went wrong and ask whether to take the way out ``text`` ends with (Yes/No)."""
    buttons = QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No
    answer = QMessageBox.warning(parent, title, text, buttons, QMessageBox.StandardButton.No)
    return answer == QMessageBox.StandardButton.Yes


def show_info(parent: QWidget | None, title: str, text: str) -> None:
    """Tell the user something."""
    QMessageBox.information(parent, title, text)
