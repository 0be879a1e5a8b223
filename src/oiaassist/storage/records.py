"""The records the store hands out: list rows, summaries, full requests."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

COLUMNS = (
    "id, uid, agency, subject, status, status_text, due, days_left, days_late, assessed_on, valid, "
    "archived, created_at, updated_at, tags"
)
"""The columns :func:`row_from_sql` reads."""

SUMMARY_SET = (
    "agency = ?, subject = ?, status = ?, status_text = ?, due = ?, days_left = ?, days_late = ?, "
    "assessed_on = ?, valid = ?"
)
"""An UPDATE assignment list for :func:`summary_values`."""


@dataclass(frozen=True, slots=True)
class Summary:
    """What the list shows about a request, as of ``assessed_on``.

    ``status`` is a :class:`oiaassist.tracking.Status` value, or "" while the
    request is not yet complete enough to assess (``valid`` False);
    ``status_text`` is its label in the user's language, kept so the list can
    be shown before the tracking library is loaded.
    """

    agency: str = ""
    subject: str = ""
    status: str = ""
    status_text: str = ""
    due: date | None = None
    days_left: int | None = None
    days_late: int | None = None
    assessed_on: date | None = None
    valid: bool = False


@dataclass(frozen=True, slots=True)
class RequestRow:
    """One request as listed."""

    id: int
    uid: str
    summary: Summary
    archived: bool
    created_at: datetime
    updated_at: datetime
    tags: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class StoredRequest:
    """One request in full: its row plus the JSON it is made of."""

    row: RequestRow
    data: dict[str, Any]
    compose: dict[str, Any]


def _day(text: str | None) -> date | None:
    return date.fromisoformat(text) if text else None


def row_from_sql(r: sqlite3.Row) -> RequestRow:
    """A list row from a query over :data:`COLUMNS`."""
    summary = Summary(
        agency=r["agency"],
        subject=r["subject"],
        status=r["status"],
        status_text=r["status_text"],
        due=_day(r["due"]),
        days_left=r["days_left"],
        days_late=r["days_late"],
        assessed_on=_day(r["assessed_on"]),
        valid=bool(r["valid"]),
    )
    return RequestRow(
        id=r["id"],
        uid=r["uid"],
        summary=summary,
        archived=bool(r["archived"]),
        created_at=datetime.fromisoformat(r["created_at"]),
        updated_at=datetime.fromisoformat(r["updated_at"]),
        tags=_tags(r["tags"]),
    )


def _tags(text: str) -> tuple[str, ...]:
    try:
        value = json.loads(text)
    except ValueError:
        return ()
    return tuple(t for t in value if isinstance(t, str)) if isinstance(value, list) else ()


def clean_tags(tags: Iterable[str]) -> tuple[str, ...]:
    """Tags as stored: trimmed, no empties or duplicates (any case), at most 20 of 40 chars."""
    out: list[str] = []
    for tag in tags:
        text = " ".join(tag.split())[:40]
        if text and text.casefold() not in {t.casefold() for t in out}:
            out.append(text)
    return tuple(out[:20])


def summary_values(s: Summary) -> tuple[object, ...]:
    """The values for :data:`SUMMARY_SET`, in order."""
    return (
        s.agency,
        s.subject,
        s.status,
        s.status_text,
        s.due.isoformat() if s.due else None,
        s.days_left,
        s.days_late,
        s.assessed_on.isoformat() if s.assessed_on else None,
        int(s.valid),
    )
