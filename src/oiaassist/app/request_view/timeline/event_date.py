"""Asking for a new event's date, with the likely day suggested.

A new event dated today made red "Problem" findings appear before the user
had chosen its date (a decision "late" because today is past the deadline).
So a new event asks first; the suggestion is the day the event most likely
carries, never later than today: the deadline for a decision or a release,
the last day to notify an extension (s 15A(3)), or today.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from oiaassist.app.request_view.timeline.event_words import event_label
from oiaassist.app.widgets.date_field import DateField
from oiaassist.i18n import _
from oiaassist.tracking import Assessment


def suggested_date(kind: str, a: Assessment | None, *, today: date, after: date | None) -> date:
    """The likely date of a new ``kind`` event: not after today, not before ``after``."""
    likely = today
    if a is not None and a.effective_deadline is not None:
        if kind in ("decision_notified", "information_released", "charge_notified"):
            likely = a.effective_deadline
        elif kind == "extension_notified" and a.original_deadline is not None:
            likely = a.original_deadline
    likely = min(likely, today)
    return max(likely, after) if after is not None else likely


class DateDialog(QDialog):
    """Asks for one date (typed, or from the calendar), with a suggestion."""

    def __init__(
        self,
        parent: QWidget | None,
        title: str,
        question_text: str,
        suggested: date | None,
        *,
        today: Callable[[], date],
        optional: bool = False,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("dateDialog")
        self.setWindowTitle(title)
        self._optional = optional
        self.field = DateField(suggested, today=today, optional=optional)
        self.field.setObjectName("dialogDateField")
        self.field.set_name(title)
        question = QLabel(question_text)
        question.setWordWrap(True)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        column = QVBoxLayout(self)
        column.addWidget(question)
        column.addWidget(self.field)
        column.addWidget(buttons)
        self.field.edit.selectAll()

    def _accept(self) -> None:
        if self.field.commit() and (self._optional or self.field.value() is not None):
            self.accept()

    def ask(self) -> date | None:
        """Run the dialog; the chosen date, or None if cancelled (or left empty)."""
        if self.exec() != QDialog.DialogCode.Accepted:
            return None
        return self.field.value()


class EventDateDialog(DateDialog):
    """Asks "when did it happen?" for a new event."""

    def __init__(
        self, parent: QWidget | None, kind: str, suggested: date, *, today: Callable[[], date]
    ) -> None:
        super().__init__(
            parent,
            event_label(kind),
            _("When did it happen? (The date on the agency's letter, or the day you sent yours.)"),
            suggested,
            today=today,
        )
        self.setObjectName("eventDateDialog")
