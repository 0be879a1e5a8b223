"""The few standard dialogs the app asks, in one place (tests replace these functions)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QStandardPaths
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget


def documents_dir() -> Path:
    """The user's documents folder (home if there is none)."""
    found = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(found) if found else Path.home()


def ask_save_path(parent: QWidget | None, title: str, suggested: Path, filters: str) -> Path | None:
    """Ask where to save; None if cancelled."""
    chosen, _ = QFileDialog.getSaveFileName(parent, title, str(suggested), filters)
    return Path(chosen) if chosen else None


def ask_open_path(parent: QWidget | None, title: str, folder: Path, filters: str) -> Path | None:
    """Ask for a file to open; None if cancelled."""
    chosen, _ = QFileDialog.getOpenFileName(parent, title, str(folder), filters)
    return Path(chosen) if chosen else None


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
