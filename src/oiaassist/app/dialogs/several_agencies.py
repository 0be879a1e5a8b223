"""One request to several agencies, and tags to group requests.

Journalists send the same request to many agencies. Each agency has its own
clock and may answer under another Act (a council under LGOIMA, with its own
anniversary day), so each copy is a request of its own: a draft to that
agency, with its name, Act and region from the directory. Tags ("housing
story") group them again in the list.
"""

from __future__ import annotations

import copy
from collections.abc import Mapping
from typing import Any

from PySide6.QtWidgets import (
    QCompleter,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from oiaassist.agencies import Agency
from oiaassist.agencies.directory import current_successor, find
from oiaassist.agencies.outside import outside_body
from oiaassist.app.widgets.agency_completer import AgencyCompleter
from oiaassist.app.widgets.nesting import nest
from oiaassist.errors import InputError
from oiaassist.i18n import _


def copy_for(
    data: Mapping[str, Any], compose: Mapping[str, Any], agency: Agency | str
) -> tuple[dict[str, Any], dict[str, Any]]:
    """The request and letter fields for one more agency: a draft, on that agency's Act."""
    new = copy.deepcopy(dict(data))
    letter = copy.deepcopy(dict(compose))
    for key in ("agency_id", "region"):
        new.pop(key, None)
    new["events"] = []
    new["reference"] = ""
    letter.pop("remind_on", None)
    letter.pop("sent_by", None)
    if isinstance(agency, Agency):
        new.update(
            agency=agency.name, agency_id=agency.id, act=agency.act.value,
            region=agency.calendar_region,
        )  # fmt: skip
        letter["agency_email"] = agency.request_email
    else:
        new.update(agency=agency.strip(), act="oia", region=None)
        letter["agency_email"] = ""
    return new, letter


def agency_or_name(text: str) -> Agency | str:
    """The directory's agency for ``text``, or the name as typed when it has none."""
    try:
        return find(text)
    except InputError:
        return text.strip()


class SeveralAgenciesDialog(QDialog):
    """Choose the other agencies the selected request should also go to."""

    def __init__(self, parent: QWidget | None, current: str) -> None:
        super().__init__(parent)
        self.setObjectName("severalAgenciesDialog")
        self.setWindowTitle(_("Send to other agencies"))
        intro = QLabel(
            _(
                "Each agency gets its own copy of “{agency}”, as a draft: each has its own 20 "
                "working days, and a council answers under LGOIMA on its own calendar."
            ).format(agency=current)
        )
        intro.setWordWrap(True)
        self.edit = QLineEdit()
        self.edit.setObjectName("otherAgencyEdit")
        self.edit.setAccessibleName(_("Another agency"))
        self.edit.setPlaceholderText(_("Type a few letters, e.g. “wellington city”"))
        self.completer = AgencyCompleter(self.edit)
        self.completer.picked.connect(self.add)
        add = QPushButton(_("&Add"))
        add.clicked.connect(lambda: self.add(agency_or_name(self.edit.text())))
        self.edit.returnPressed.connect(lambda: self.add(agency_or_name(self.edit.text())))
        self.list = QListWidget()
        self.list.setObjectName("otherAgenciesList")
        self.list.setAccessibleName(_("Agencies to send to"))
        remove = QPushButton(_("&Remove"))
        remove.clicked.connect(self._remove)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        column = QVBoxLayout(self)
        column.addWidget(intro)
        row = QHBoxLayout()
        nest(column, row)
        row.addWidget(self.edit, 1)
        row.addWidget(add)
        column.addWidget(self.list, 1)
        column.addWidget(remove)
        column.addWidget(buttons)
        self.chosen: list[Agency | str] = []

    def add(self, agency: Agency | str) -> None:
        """Add an agency (or a name the directory does not have) once.

        A body that no longer exists is replaced by the one that took its requests
        (a district health board by Health New Zealand), and the list says so.
        """
        replaced = ""
        if isinstance(agency, Agency) and not agency.is_current:
            successor = current_successor(agency)
            if successor is not None:
                replaced = _("instead of {name}, disestablished on {day}").format(
                    name=agency.name,
                    day=f"{agency.disestablished.day} {agency.disestablished:%B %Y}"
                    if agency.disestablished
                    else "",
                )
                agency = successor
        name = agency.name if isinstance(agency, Agency) else agency
        if not name or any(
            (a.name if isinstance(a, Agency) else a).casefold() == name.casefold()
            for a in self.chosen
        ):
            return
        self.chosen.append(agency)
        outside = None if isinstance(agency, Agency) else outside_body(name)
        if isinstance(agency, Agency):
            label = f"{agency.name} — {agency.act.statute.short_title}"
        elif outside is not None:  # no OIA limit binds it: say so, never "OIA assumed"
            label = _("{name} — not subject to the OIA").format(name=outside.name)
        else:
            label = _("{name} — not in the directory (OIA assumed)").format(name=name)
        self.list.addItem(QListWidgetItem(f"{label} ({replaced})" if replaced else label))
        self.edit.clear()

    def _remove(self) -> None:
        row = self.list.currentRow()
        if 0 <= row < len(self.chosen):
            self.list.takeItem(row)
            del self.chosen[row]


class TagsDialog(QDialog):
    """Edit a request's tags, comma separated, completing tags already in use."""

    def __init__(self, parent: QWidget | None, tags: tuple[str, ...], known: list[str]) -> None:
        super().__init__(parent)
        self.setObjectName("tagsDialog")
        self.setWindowTitle(_("Tags"))
        label = QLabel(_("Tags group requests (a story, a project). Separate them with commas."))
        label.setWordWrap(True)
        self.edit = QLineEdit(", ".join(tags))
        self.edit.setObjectName("tagsEdit")
        self.edit.setAccessibleName(_("Tags"))
        completer = QCompleter(known, self.edit)
        completer.setCaseSensitivity(completer.caseSensitivity().CaseInsensitive)
        self.edit.setCompleter(completer)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        column = QVBoxLayout(self)
        column.addWidget(label)
        column.addWidget(self.edit)
        column.addWidget(buttons)

    def tags(self) -> list[str]:
        """What was typed, split at commas."""
        return [t.strip() for t in self.edit.text().split(",") if t.strip()]
