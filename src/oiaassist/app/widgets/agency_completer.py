"""The Agency field's suggestions: the agency directory, searched as you type.

Qt's own completer filters by prefix or substring, which would never offer
"Ministry of Foreign Affairs and Trade" for "mfat" or "Manatū Aorere" for
"manatu aorere". So the model here is refilled from
:func:`oiaassist.agencies.search` on every keystroke (about 20 µs) and the
completer shows its rows unfiltered. Names used before that the directory
lacks (an agency typed as free text) follow the directory's matches, and last the
bodies the OIA does not reach (:mod:`oiaassist.agencies.outside`), said as such.
"""

from __future__ import annotations

from PySide6.QtCore import (
    QAbstractListModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtWidgets import QCompleter, QLineEdit

from oiaassist.agencies import Agency, current_successor, search
from oiaassist.agencies.outside import OutsideBody, outside_matches
from oiaassist.i18n import _
from oiaassist.law import REGIONS

AGENCY_ROLE = Qt.ItemDataRole.UserRole + 1
"""The row's :class:`~oiaassist.agencies.Agency`, or None for a name used before."""
SUGGESTIONS = 10
_Index = QModelIndex | QPersistentModelIndex


def describe(agency: Agency) -> str:
    """One line of the list: "Westland District Council — LGOIMA, West Coast".

    A disestablished body (a district health board) is still listed, because its
    old letters and requests are real, but says where a new request goes instead.
    """
    act = agency.act.value.upper()
    if agency.region is None:
        line = _("{name} — {act}").format(name=agency.display_name, act=act)
    else:
        where = REGIONS[agency.region].name
        line = _("{name} — {act}, {where}").format(name=agency.display_name, act=act, where=where)
    gone = gone_note(agency)
    return f"{line} — {gone}" if gone else line


def gone_note(agency: Agency) -> str:
    """E.g. "disestablished on 1 July 2022; new requests go to Health New Zealand", or ""."""
    if agency.disestablished is None:
        return ""
    day = f"{agency.disestablished.day} {agency.disestablished:%B %Y}"
    successor = current_successor(agency)
    if successor is None:
        return _("disestablished on {day}").format(day=day)
    return _("disestablished on {day}; new requests go to {successor}").format(
        day=day, successor=successor.name
    )


class AgencyModel(QAbstractListModel):
    """The suggestions for the text typed so far: directory matches, then past names."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[tuple[str, Agency | None]] = []
        self._outside: dict[str, OutsideBody] = {}  # rows naming a body the OIA does not reach
        self._past: list[str] = []

    def set_past_names(self, names: list[str]) -> None:
        """Agency names used in earlier requests, offered when the directory lacks them."""
        self._past = list(names)

    def update(self, text: str) -> None:
        """Refill the rows for ``text``."""
        rows: list[tuple[str, Agency | None]] = []
        needle = text.strip().casefold()
        if needle:
            rows = [(a.name, a) for a in search(needle, limit=SUGGESTIONS)]
            known = {name.casefold() for name, _a in rows}
            rows += [
                (name, None)
                for name in self._past
                if needle in name.casefold() and name.casefold() not in known
            ][: max(0, SUGGESTIONS - len(rows))]
        # after the directory and past names: bodies the OIA does not reach, said as such
        outside = {b.name: b for b in outside_matches(text)} if needle else {}
        listed = {name.casefold() for name, _a in rows}
        rows += [(name, None) for name in outside if name.casefold() not in listed]
        self.beginResetModel()
        self._rows = rows
        self._outside = outside
        self.endResetModel()

    def agency(self, row: int) -> Agency | None:
        """The directory entry of row ``row`` (None for a past name)."""
        return self._rows[row][1] if 0 <= row < len(self._rows) else None

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008, N802 - Qt's name
        """How many suggestions there are."""
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        """The line shown, the name put in the field, the agency, or a tooltip."""
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        name, agency = self._rows[index.row()]
        if role == Qt.ItemDataRole.EditRole:
            return name
        if role == Qt.ItemDataRole.DisplayRole:
            return self._line(name, agency)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tip(name, agency)
        if role == AGENCY_ROLE:
            return agency
        return None

    def _line(self, name: str, agency: Agency | None) -> str:
        """The row as shown: the directory's description, or what the name is."""
        if agency is not None:
            return describe(agency)
        if name in self._outside:
            return _("{name} — not subject to the OIA").format(name=name)
        return _("{name} — used before").format(name=name)

    def _tip(self, name: str, agency: Agency | None) -> str | None:
        """The row's tooltip: the body's kind and Act, or why the OIA does not reach it."""
        if agency is None:
            outside = self._outside.get(name)
            return outside.note if outside is not None else None
        tip = f"{agency.display_name}\n{_(agency.kind.label)}; {agency.act.statute.title}"
        gone = gone_note(agency)
        return f"{tip}\n{gone}" if gone else tip


class AgencyCompleter(QObject):
    """Attaches the directory's suggestions to a line edit; says which agency was picked."""

    picked = Signal(object)
    """An :class:`~oiaassist.agencies.Agency` chosen from the list."""

    def __init__(self, edit: QLineEdit) -> None:
        super().__init__(edit)
        self.model = AgencyModel(self)
        self.completer = QCompleter(self.model, self)
        self.completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        self.completer.setMaxVisibleItems(SUGGESTIONS)
        self.completer.activated[QModelIndex].connect(self._activated)  # type: ignore[index]
        edit.setCompleter(self.completer)
        # Connected before QLineEdit asks the completer for its popup, so the rows are fresh.
        edit.textEdited.connect(self.model.update)

    def _activated(self, index: QModelIndex) -> None:
        agency = index.data(AGENCY_ROLE)
        if isinstance(agency, Agency):
            self.picked.emit(agency)
