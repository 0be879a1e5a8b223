"""Mark as sent…: when and how a draft went out, and the day the agency received it.

The day of receipt is day 0 of every clock (OIA s 15(1), LGOIMA s 13(1)):
an email or an FYI.org.nz request reaches the agency the day it is sent,
unless the user says otherwise; a letter by post arrives later, so the
dialog asks. What it records is one ``received`` event, whose note says how
and when the request was sent.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from typing import Any

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from oiaassist.app.widgets.date_field import DateField
from oiaassist.app.widgets.day_words import short_day
from oiaassist.app.widgets.nesting import nest
from oiaassist.i18n import _

HOWS = ("email", "fyi", "post", "in_person")
"""How a request can be sent, in the order the dialog offers them."""


def how_label(how: str) -> str:
    """E.g. "FYI.org.nz"."""
    labels = {
        "email": _("Email"),
        "fyi": _("FYI.org.nz"),
        "post": _("Post"),
        "in_person": _("In person"),
    }
    return labels.get(how, how)


@dataclass(frozen=True, slots=True)
class Sending:
    """How a request was sent and when the agency received it."""

    sent_on: date
    how: str
    received_on: date

    def event(self) -> dict[str, Any]:
        """The ``received`` event that starts the clock, its note saying how it was sent."""
        note = _("Sent by {how} on {day}.").format(
            how=how_label(self.how).lower() if self.how != "fyi" else "FYI.org.nz",
            day=short_day(self.sent_on),
        )
        return {"type": "received", "date": self.received_on.isoformat(), "note": note}


class MarkSentDialog(QDialog):
    """Asks when and how a draft was sent, and when it was received."""

    def __init__(self, parent: QWidget | None, *, today: Callable[[], date]) -> None:
        super().__init__(parent)
        self.setWindowTitle(_("Mark as sent"))
        self.setObjectName("markSentDialog")
        self._received_follows = True
        self.sent = DateField(today(), today=today)
        self.sent.setObjectName("sentOnField")
        self.sent.set_name(_("Sent on"))
        self.how = QComboBox()
        self.how.setObjectName("sentHowCombo")
        self.how.setAccessibleName(_("How it was sent"))
        for how in HOWS:
            self.how.addItem(how_label(how), how)
        self.received = DateField(today(), today=today)
        self.received.setObjectName("receivedOnField")
        self.received.set_name(_("The agency received it on"))
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self._accept)
        self.buttons.rejected.connect(self.reject)
        column = QVBoxLayout(self)
        intro = QLabel(
            _(
                "The agency's 20 working days count from the day it receives your request "
                "(the day of receipt is day 0)."
            )
        )
        intro.setWordWrap(True)
        column.addWidget(intro)
        form = QFormLayout()
        nest(column, form)
        form.addRow(_("Sent on:"), self.sent)
        form.addRow(_("How:"), self.how)
        form.addRow(_("The agency received it on:"), self.received)
        column.addWidget(self.hint)
        column.addWidget(self.buttons)
        self.sent.date_changed.connect(self._sent_changed)
        self.received.date_changed.connect(self._received_edited)
        self.how.currentIndexChanged.connect(self._how_changed)
        self._how_changed()

    def _sent_changed(self, day: object) -> None:
        if self._received_follows and isinstance(day, date):
            self.received.set_date(day)

    def _received_edited(self, _day: object) -> None:
        self._received_follows = False

    def _how_changed(self) -> None:
        if self.how.currentData() == "post":
            self._received_follows = False
            self.received.set_date(None)
            self.hint.setText(
                _(
                    "A letter by post arrives days later: type the day the agency received it "
                    "(its acknowledgement usually says)."
                )
            )
        else:
            self.hint.setText(
                _("Email and FYI.org.nz arrive the same day; change the date if it did not.")
            )
            if self.received.value() is None:
                self._received_follows = True
                self.received.set_date(self.sent.value())

    def sending(self) -> Sending | str:
        """What was entered, or what is wrong with it."""
        if not self.sent.edit.text().strip():
            return _("Type the day you sent it.")
        if not self.received.edit.text().strip():
            return _("Type the day the agency received it.")
        if not (self.sent.commit() and self.received.commit()):
            return self.sent.problem or self.received.problem
        sent, received = self.sent.value(), self.received.value()
        if sent is None or received is None:
            return _("Type both dates.")
        if received < sent:
            return _(
                "The agency cannot receive it ({received}) before you sent it ({sent})."
            ).format(received=short_day(received), sent=short_day(sent))
        return Sending(sent, str(self.how.currentData()), received)

    def _accept(self) -> None:
        result = self.sending()
        if isinstance(result, str):
            self.hint.setText(f"<b>{result}</b>")
            return
        self.accept()

    def ask(self) -> Sending | None:
        """Run the dialog; None if cancelled."""
        if self.exec() != QDialog.DialogCode.Accepted:
            return None
        result = self.sending()
        return result if isinstance(result, Sending) else None
