"""What the menu commands need of the main window, as a protocol.

:mod:`.commands` works on this, not on :class:`~.main_window.MainWindow`, so
the window imports its commands and its start-up steps and nothing imports
the window back: the modules form a line, not a circle.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Protocol

if TYPE_CHECKING:
    from PySide6.QtGui import QAction
    from PySide6.QtWidgets import QMainWindow

    from oiaassist.app.context import AppContext
    from oiaassist.app.request_list.pane import ListPane
    from oiaassist.app.request_view.editor import RequestEditor
    from oiaassist.app.request_view.view import RequestView


class Shell(Protocol):
    """The main window as its commands see it."""

    ctx: AppContext
    window: QMainWindow
    list: ListPane
    actions: dict[str, QAction]

    def editor(self) -> RequestEditor:
        """The request editor."""
        ...

    def view(self) -> RequestView:
        """The request view and its tabs."""
        ...

    def status(self, message: str) -> None:
        """A message in the status bar."""
        ...
