"""Converting between ``datetime.date`` and ``QDate`` (typed, unlike ``QDate.toPython``)."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate


def to_date(value: QDate) -> date:
    """The ``date`` of a ``QDate``."""
    return date(value.year(), value.month(), value.day())


def to_qdate(value: date) -> QDate:
    """The ``QDate`` of a ``date``."""
    return QDate(value.year, value.month, value.day)


def parse_iso(value: object) -> date | None:
    """An ISO date string as a ``date``; None if it is not one."""
    try:
        return date.fromisoformat(str(value)) if value else None
    except ValueError:
        return None
