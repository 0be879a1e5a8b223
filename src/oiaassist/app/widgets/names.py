"""Names for the widgets Qt makes on its own, which a screen reader otherwise hears as "button".

A line edit's icon buttons (the search field's magnifier and its clear
button), an editable combo box's text box, and a toolbar's "»" overflow
button are created by Qt with no name; these functions give them one.
"""

from __future__ import annotations

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QComboBox, QLineEdit, QToolBar, QToolButton

from oiaassist.i18n import _

CLEAR_ACTION = "_q_qlineeditclearaction"
"""The object name Qt gives a line edit's clear-button action."""
EXTENSION_BUTTON = "qt_toolbar_ext_button"
"""The object name of a toolbar's overflow button."""


def name_icon_buttons(edit: QLineEdit) -> None:
    """Name the clear button ("Clear"), and each icon button after its action's text."""
    clear = edit.findChild(QAction, CLEAR_ACTION)
    if clear is not None:
        clear.setText(_("Clear the field"))
    for button in edit.findChildren(QToolButton):
        action = button.defaultAction()
        words = action.text() if action is not None else ""
        if words and not button.accessibleName():
            button.setAccessibleName(words)


def name_combo_edit(combo: QComboBox) -> None:
    """An editable combo box's text box, named as the combo box is."""
    edit = combo.lineEdit()
    if edit is not None and not edit.accessibleName():
        edit.setAccessibleName(combo.accessibleName())


def name_toolbar_extension(toolbar: QToolBar) -> None:
    """The "»" button a toolbar shows when its buttons do not fit."""
    button = toolbar.findChild(QToolButton, EXTENSION_BUTTON)
    if button is not None:
        button.setAccessibleName(_("More toolbar buttons"))
        button.setToolTip(_("More toolbar buttons"))
