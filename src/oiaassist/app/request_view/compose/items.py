"""The numbered items of a request: a list, and the fields of the selected item.

Items are the request JSON's ``items`` (text, date_from, date_to,
document_types); every edit hands the whole list to the editor, which saves.
"""

from __future__ import annotations

import copy
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QSignalBlocker, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QDateEdit,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QToolButton,
    QWidget,
)

from oiaassist.app.widgets import icons
from oiaassist.app.widgets.date_field import DateField, replace_date_edit
from oiaassist.app.widgets.forms import child
from oiaassist.app.widgets.qdates import parse_iso
from oiaassist.dates import nz_today
from oiaassist.i18n import _

Items = list[dict[str, Any]]


def _preview(number: int, item: dict[str, Any]) -> str:
    text = " ".join(str(item.get("text", "")).split()) or _("(empty)")
    return f"{number}. {text[:90]}{'…' if len(text) > 90 else ''}"


class ItemsEditor(QObject):
    """Binds the items list and the selected item's fields in the Compose form."""

    def __init__(self, form: QWidget, on_change: Callable[[Items], None]) -> None:
        super().__init__(form)
        self._on_change = on_change
        self._items: Items = []
        self.list = child(form, QListWidget, "itemsList")
        # long items elide (their text is in the field below) instead of scrolling sideways
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.text = child(form, QPlainTextEdit, "itemTextEdit")
        self.from_check = child(form, QCheckBox, "itemFromCheck")
        self.from_date = replace_date_edit(child(form, QDateEdit, "itemFromDate"))
        self.to_check = child(form, QCheckBox, "itemToCheck")
        self.to_date = replace_date_edit(child(form, QDateEdit, "itemToDate"))
        self.types = child(form, QLineEdit, "itemTypesEdit")
        self._fields: tuple[QWidget, ...] = (
            self.text, self.from_check, self.from_date, self.to_check, self.to_date, self.types,
        )  # fmt: skip
        buttons = {
            "addItemButton": ("add", self.add),
            "removeItemButton": ("remove", self.remove),
            "itemUpButton": ("up", lambda: self.move(-1)),
            "itemDownButton": ("down", lambda: self.move(1)),
        }
        for name, (icon_name, slot) in buttons.items():
            button = child(form, QToolButton, name)
            button.setIcon(icons.icon(icon_name))
            button.clicked.connect(slot)
        # The Add button's tooltip promises Ctrl+Shift+N (inside the Compose tab).
        self.add_shortcut = QShortcut(QKeySequence("Ctrl+Shift+N"), form)
        self.add_shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.add_shortcut.activated.connect(self.add)
        self.list.currentRowChanged.connect(self._show_item)
        self.text.textChanged.connect(lambda: self._edit("text", self.text.toPlainText()))
        self.types.textEdited.connect(self._types_edited)
        for check, edit, key in (
            (self.from_check, self.from_date, "date_from"),
            (self.to_check, self.to_date, "date_to"),
        ):
            check.toggled.connect(lambda _on, c=check, e=edit, k=key: self._date_edited(c, e, k))
            edit.date_changed.connect(lambda _d, c=check, e=edit, k=key: self._date_edited(c, e, k))

    # -- showing ------------------------------------------------------------------------

    def show_items(self, items: Items) -> None:
        """Show a request's items (selecting the first)."""
        self._items = copy.deepcopy(items)
        with QSignalBlocker(self.list):
            self.list.clear()
            for number, item in enumerate(self._items, start=1):
                self.list.addItem(QListWidgetItem(_preview(number, item)))
        self.list.setCurrentRow(0 if self._items else -1)
        self._show_item(self.list.currentRow())

    def select(self, index: int) -> None:
        """Select item ``index`` (0-based) and put the cursor in its text."""
        if 0 <= index < len(self._items):
            self.list.setCurrentRow(index)
            self.text.setFocus()

    def _show_item(self, row: int) -> None:
        item = self._items[row] if 0 <= row < len(self._items) else None
        for widget in self._fields:
            widget.setEnabled(item is not None)
        blockers = [QSignalBlocker(w) for w in self._fields]
        today = nz_today()
        self.text.setPlainText(str(item.get("text", "")) if item else "")
        for check, edit, key in (
            (self.from_check, self.from_date, "date_from"),
            (self.to_check, self.to_date, "date_to"),
        ):
            value = item.get(key) if item else None
            check.setChecked(bool(value))
            edit.set_date(parse_iso(value) or today)
            edit.setEnabled(bool(value))
        self.types.setText(", ".join(item.get("document_types") or []) if item else "")
        del blockers

    # -- editing ------------------------------------------------------------------------

    def add(self) -> None:
        """Add an empty item and start typing in it."""
        self._items.append({"text": "", "date_from": None, "date_to": None, "document_types": []})
        self.list.addItem(QListWidgetItem(_preview(len(self._items), self._items[-1])))
        self.list.setCurrentRow(len(self._items) - 1)
        self.text.setFocus()
        self._emit()

    def remove(self) -> None:
        """Remove the selected item."""
        row = self.list.currentRow()
        if 0 <= row < len(self._items):
            del self._items[row]
            self.show_items(self._items)
            self.list.setCurrentRow(min(row, len(self._items) - 1))
            self._emit()

    def move(self, step: int) -> None:
        """Move the selected item up (-1) or down (+1)."""
        row = self.list.currentRow()
        target = row + step
        if 0 <= row < len(self._items) and 0 <= target < len(self._items):
            self._items[row], self._items[target] = self._items[target], self._items[row]
            self.show_items(self._items)
            self.list.setCurrentRow(target)
            self._emit()

    def _edit(self, key: str, value: object) -> None:
        row = self.list.currentRow()
        if not 0 <= row < len(self._items):
            return
        self._items[row][key] = value
        if key == "text":
            list_item = self.list.item(row)
            if list_item is not None:
                list_item.setText(_preview(row + 1, self._items[row]))
        self._emit()

    def _types_edited(self, text: str) -> None:
        self._edit("document_types", [t.strip() for t in text.split(",") if t.strip()])

    def _date_edited(self, check: QCheckBox, edit: DateField, key: str) -> None:
        edit.setEnabled(check.isChecked())
        day = edit.value()
        value = day.isoformat() if check.isChecked() and day is not None else None
        self._edit(key, value)

    def _emit(self) -> None:
        self._on_change(copy.deepcopy(self._items))
