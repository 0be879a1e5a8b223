"""Help → Keyboard shortcuts: every menu command's Alt letters and shortcut, read from the menus.

Built from the menu bar each time it opens, so the list cannot drift from
what the keys do; the keys that move around (Tab, arrows, Ctrl+Tab, Page Up)
follow. Shown as text in a browser widget, which a screen reader reads line
by line.
"""

from __future__ import annotations

import html
import re

from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QMainWindow,
    QMenu,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from oiaassist.i18n import _

_MNEMONIC = re.compile(r"&([^&\s])")


def mnemonic(text: str) -> str | None:
    """The letter after a single "&" (upper case), if any: "Se&ttings" → "T"."""
    found = _MNEMONIC.search(text.replace("&&", ""))
    return found.group(1).upper() if found else None


def plain(text: str) -> str:
    """A menu text without its "&" marks and trailing dots."""
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&").rstrip("…").strip()


def menu_rows(window: QMainWindow) -> list[tuple[str, str, str]]:
    """(menu → command, Alt keys, shortcut) for every command in the menu bar."""
    rows = []
    for top in window.menuBar().actions():
        menu = top.menu()
        top_key = mnemonic(top.text())
        if not isinstance(menu, QMenu):
            continue
        for action in menu.actions():
            if action.isSeparator() or not action.isVisible():
                continue
            letter = mnemonic(action.text())
            alt = f"Alt+{top_key}, {letter}" if top_key and letter else ""
            shortcut = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
            rows.append((f"{plain(top.text())} → {plain(action.text())}", alt, shortcut))
    return rows


def moving_rows() -> list[tuple[str, str]]:
    """The keys that move around the window, with what they do."""
    return [
        (_("Tab, Shift+Tab"), _("Next or previous field, list or button")),
        (_("Arrow keys"), _("Move within a list, a table or the calendar")),
        (_("Ctrl+Tab, Ctrl+Shift+Tab"), _("Next or previous tab of the request")),
        (_("Alt+underlined letter"), _("The field or button whose name has that letter")),
        (_("Page Up, Page Down"), _("Previous or next month on the Deadline tab")),
        (_("Escape"), _("Close a dialog without saving")),
    ]


def help_html(window: QMainWindow) -> str:
    """The whole list as HTML tables."""
    e = html.escape
    head = (
        f"<table cellpadding='4'><tr><th align='left'>{e(_('Command'))}</th>"
        f"<th align='left'>{e(_('Alt keys'))}</th><th align='left'>{e(_('Shortcut'))}</th></tr>"
    )
    body = "".join(
        f"<tr><td>{e(what)}</td><td>{e(alt)}</td><td>{e(key)}</td></tr>"
        for what, alt, key in menu_rows(window)
    )
    moving = "".join(f"<tr><td>{e(k)}</td><td>{e(w)}</td></tr>" for k, w in moving_rows())
    return (
        f"<h3>{e(_('Menu commands'))}</h3>{head}{body}</table>"
        f"<h3>{e(_('Moving around'))}</h3><table cellpadding='4'>{moving}</table>"
    )


def keyboard_help(window: QMainWindow, parent: QWidget | None = None) -> QDialog:
    """The Keyboard shortcuts dialog (shown, not modal)."""
    dialog = QDialog(parent or window)
    dialog.setObjectName("keyboardHelpDialog")
    dialog.setWindowTitle(_("Keyboard shortcuts"))
    text = QTextBrowser(dialog)
    text.setObjectName("keyboardHelpText")
    text.setAccessibleName(_("Keyboard shortcuts"))
    text.setHtml(help_html(window))
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, dialog)
    buttons.rejected.connect(dialog.reject)
    layout = QVBoxLayout(dialog)
    layout.addWidget(text)
    layout.addWidget(buttons)
    dialog.resize(640, 560)
    dialog.show()
    text.setFocus()
    return dialog
