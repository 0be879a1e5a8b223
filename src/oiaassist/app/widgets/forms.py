"""Loading Designer forms at run time, and finding their widgets with types.

Forms are ``.ui`` files read by :class:`QUiLoader` when the app starts
(about 1-15 ms each), not compiled to Python: the ``.ui`` file is the one
source, there is no generated code to keep in step or to exempt from
``mypy --strict``, and a form edited in Designer shows up on the next start.
A missing widget is a :class:`FormError` naming the form and the widget, so
a renamed widget fails the self-test and the tests rather than the user.
"""

from __future__ import annotations

from typing import TypeVar

from PySide6.QtCore import QCoreApplication, QDir, QFile, QIODevice, QObject
from PySide6.QtUiTools import QUiLoader
from PySide6.QtWidgets import QWidget

from oiaassist.app.resources import form_path, ui_dir

T = TypeVar("T", bound=QObject)


class FormError(RuntimeError):
    """A form could not be loaded, or lacks a widget the code expects."""


_loader: list[QUiLoader] = []


def _the_loader() -> QUiLoader:
    if not _loader:
        # QUiLoader loads every Designer plugin on Qt's library paths when it is
        # made (Qt Quick and WebEngine widgets in a PySide6 install: ~15 ms of
        # the cold start); our forms use only standard widgets, so it gets none.
        library_paths = QCoreApplication.libraryPaths()
        QCoreApplication.setLibraryPaths([])
        try:
            loader = QUiLoader()
        finally:
            QCoreApplication.setLibraryPaths(library_paths)
        loader.setWorkingDirectory(QDir(str(ui_dir())))
        _loader.append(loader)
    return _loader[0]


def load_form(name: str, parent: QWidget | None = None) -> QWidget:
    """Load ``ui/<name>.ui``; its top-level widget, parented to ``parent``."""
    path = form_path(name)
    file = QFile(str(path))
    if not file.open(QIODevice.OpenModeFlag.ReadOnly):
        raise FormError(f"form {path} cannot be read: {file.errorString()}")
    try:
        loader = _the_loader()
        widget = loader.load(file, parent)
    finally:
        file.close()
    if widget is None:
        raise FormError(f"form {path} is not a valid Designer form: {loader.errorString()}")
    return widget


def child(form: QObject, kind: type[T], name: str) -> T:
    """The widget (or action, layout) ``name`` of type ``kind`` in ``form``."""
    found = form.findChild(kind, name)
    if found is None:
        raise FormError(f"form {form.objectName()!r} has no {kind.__name__} named {name!r}")
    return found
