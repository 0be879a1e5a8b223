"""Many requests from one CSV file: one row per request, one column per common event.

Columns (only ``agency`` and ``received`` are required; dates are YYYY-MM-DD)::

    id, agency, agency_id, act, region, subject, received, stated_due,
    clarification_sought, clarified, treated_as_new, refinement_declined,
    transferred, transferred_to, transfer_received, transfer_act, transfer_region,
    extension_notified, extended_to, extension_working_days,
    decided, outcome, released

When a row gives no Act, an agency the directory knows by that exact name
(or ``agency_id``) supplies the Act and a council's region: a log of council
requests is counted on each council's calendar, not the OIA's.

A spreadsheet of FYI.org.nz requests or an agency's own OIA log maps onto
these columns; anything rarer needs the JSON format. A file without a
``released`` column is taken to record responses: the decision date is also
the release date (otherwise every granted request would look unreleased).
"""

from __future__ import annotations

import csv
import re
from collections.abc import Callable, Iterator
from datetime import date
from pathlib import Path
from typing import Any

from oiaassist.errors import OiaAssistError, RequestFileError
from oiaassist.tracking.events import Request

COLUMNS = (
    "id",
    "agency",
    "agency_id",
    "act",
    "region",
    "subject",
    "received",
    "stated_due",
    "clarification_sought",
    "clarified",
    "treated_as_new",
    "refinement_declined",
    "transferred",
    "transferred_to",
    "transfer_received",
    "transfer_act",
    "transfer_region",
    "extension_notified",
    "extended_to",
    "extension_working_days",
    "decided",
    "outcome",
    "released",
)

DATE_COLUMNS = (
    "received",
    "stated_due",
    "clarification_sought",
    "clarified",
    "refinement_declined",
    "transferred",
    "transfer_received",
    "extension_notified",
    "extended_to",
    "decided",
    "released",
)

# Same-day events are replayed in this order (a refinement is answered after it is sought).
_ORDER = (
    "received",
    "acknowledged",
    "clarification_sought",
    "clarified",
    "refinement_declined",
    "transferred",
    "extension_notified",
    "decision_notified",
    "information_released",
)


class _Row:
    """One CSV row, with errors that name the row and the column."""

    def __init__(self, cells: dict[str, str], where: str) -> None:
        self.cells = cells
        self.where = where

    def text(self, column: str) -> str:
        return (self.cells.get(column) or "").strip()

    def date(self, column: str) -> date | None:
        value = self.text(column)
        if not value:
            return None
        try:
            return date.fromisoformat(value)
        except ValueError:
            raise RequestFileError(
                f"{self.where}, column '{column}': {value!r} is not a date (use YYYY-MM-DD)"
            ) from None

    def integer(self, column: str) -> int | None:
        value = self.text(column)
        if not value:
            return None
        if not re.fullmatch(r"[0-9]{1,6}", value):  # not str.isdigit: "²" is a digit to it
            raise RequestFileError(
                f"{self.where}, column '{column}': {value!r} is not a whole number"
            )
        return int(value)

    def flag(self, column: str) -> bool | None:
        value = self.text(column).lower()
        if not value:
            return None
        if value in ("yes", "y", "true", "1"):
            return True
        if value in ("no", "n", "false", "0"):
            return False
        raise RequestFileError(f"{self.where}, column '{column}': {value!r} is not yes or no")


def _events(row: _Row) -> list[dict[str, Any]]:
    events: list[dict[str, Any]] = []

    def add(kind: str, day: date | None, **fields: Any) -> None:
        if day is not None:
            events.append({"type": kind, "date": day, **fields})

    received = row.date("received")
    if received is None:
        raise RequestFileError(f"{row.where}, column 'received': the date received is required")
    add("received", received)
    add(
        "acknowledged",
        received if row.date("stated_due") else None,
        stated_due=row.date("stated_due"),
    )
    add("clarification_sought", row.date("clarification_sought"))
    clarified: dict[str, Any] = {"own_initiative": row.date("clarification_sought") is None}
    if row.flag("treated_as_new") is not None:
        clarified["treated_as_new"] = row.flag("treated_as_new")
    add("clarified", row.date("clarified"), **clarified)
    add("refinement_declined", row.date("refinement_declined"))
    transfer: dict[str, Any] = {"to_agency": row.text("transferred_to") or "another agency"}
    for column, field in (
        ("transfer_received", "received_by_new_agency"),
        ("transfer_act", "act"),
        ("transfer_region", "region"),
    ):
        value = row.date(column) if column == "transfer_received" else row.text(column)
        if value:
            transfer[field] = value
    add("transferred", row.date("transferred"), **transfer)
    extension: dict[str, Any] = {}
    if row.date("extended_to"):
        extension["extended_to"] = row.date("extended_to")
    if row.integer("extension_working_days"):
        extension["working_days"] = row.integer("extension_working_days")
    add("extension_notified", row.date("extension_notified"), **extension)
    outcome = row.text("outcome") or "granted"
    add("decision_notified", row.date("decided"), outcome=outcome)
    if "released" in row.cells:
        add("information_released", row.date("released"))
    elif outcome in ("granted", "partly_granted"):
        add("information_released", row.date("decided"))
    for event in events:
        if event["date"] < received:
            column = next(c for c in DATE_COLUMNS if row.date(c) == event["date"])
            raise RequestFileError(
                f"{row.where}, column '{column}': {event['date'].isoformat()} is before the date "
                f"received ({received.isoformat()})"
            )
    events.sort(key=lambda e: (e["date"], _ORDER.index(e["type"])))
    return events


def request_from_row(cells: dict[str, str], where: str) -> Request:
    """One request from one CSV row (``where`` names the row in errors)."""
    row = _Row(cells, where)
    data: dict[str, Any] = {
        "agency": row.text("agency"),
        "subject": row.text("subject"),
        "reference": row.text("id"),
        "events": _events(row),
    }
    if row.text("act"):
        data["act"] = row.text("act")
    if row.text("region"):
        data["region"] = row.text("region")
    if row.text("agency_id"):
        data["agency_id"] = row.text("agency_id")
    from pydantic import ValidationError  # noqa: PLC0415 - already loaded by events

    from oiaassist.tracking.io import describe_validation_error  # noqa: PLC0415

    try:
        return Request.model_validate(data)
    except ValidationError as exc:
        raise RequestFileError(describe_validation_error(exc, where)) from None
    except OiaAssistError as exc:
        raise RequestFileError(f"{where}: {exc}") from None


def iter_csv_requests(
    path: str | Path, on_row: Callable[[int], None] | None = None
) -> Iterator[Request]:
    """Requests from a CSV file, one per row, validated as they are read."""
    file = Path(path)
    try:
        handle = file.open(newline="", encoding="utf-8-sig")
    except OSError as exc:
        raise RequestFileError(f"{file}: cannot be read ({exc.strerror})") from None
    with handle:
        try:
            reader = csv.DictReader(handle)
            header = reader.fieldnames or []
            unknown = [c for c in header if c and c.strip() not in COLUMNS]
            if unknown:
                raise RequestFileError(
                    f"{file}: unknown column {unknown[0]!r}; the columns are: {', '.join(COLUMNS)}"
                )
            names = [c.strip() for c in header]
            twice = sorted({c for c in names if c and names.count(c) > 1})
            if twice:
                raise RequestFileError(
                    f"{file}: the column {twice[0]!r} appears more than once; keep one"
                )
            for required in ("agency", "received"):
                if required not in header:
                    raise RequestFileError(f"{file}: no '{required}' column")
            for number, cells in enumerate(reader, start=2):
                if on_row is not None:
                    on_row(number)
                if None in cells:  # DictReader keeps cells beyond the header under None
                    raise RequestFileError(
                        f"{file}: row {number} has more cells than the header has columns"
                    )
                yield request_from_row(cells, f"{file}: row {number}")
        except UnicodeDecodeError:
            raise RequestFileError(f"{file}: is not UTF-8 text") from None
        except csv.Error as exc:
            raise RequestFileError(f"{file}: not valid CSV ({exc})") from None
