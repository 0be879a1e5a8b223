"""The list columns of a request, worked out by the tracking library.

Kept apart from :mod:`.store` so opening the database does not import
pydantic: the app lists requests from the stored columns first and
refreshes them with this once the window is on screen.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from typing import TYPE_CHECKING, Any

from oiaassist.errors import OiaAssistError
from oiaassist.storage.records import Summary

if TYPE_CHECKING:
    from oiaassist.tracking import Assessment, Request


def summary_for(request: Request, *, today: date) -> Summary:
    """Status, effective deadline and working days of ``request`` on ``today``."""
    from oiaassist.tracking import assess  # noqa: PLC0415 - pydantic only when needed

    try:
        a = assess(request, today=today)
    except OiaAssistError:  # e.g. a deadline beyond the holiday data
        return Summary(agency=request.agency, subject=request.subject, valid=False)
    return summary_from(request, a)


def summary_from(request: Request, assessment: Assessment) -> Summary:
    """The list columns from an assessment already made."""
    from oiaassist.tracking.words import list_status  # noqa: PLC0415

    a = assessment
    return Summary(
        agency=request.agency,
        subject=request.subject,
        status=a.status.value,
        status_text=list_status(a),
        due=a.effective_deadline,
        days_left=a.working_days_left,
        days_late=a.working_days_late,
        assessed_on=a.today,
        valid=True,
    )


def summary_of(data: Mapping[str, Any], *, today: date) -> Summary:
    """Like :func:`summary_for`, from stored JSON that may not be a complete request yet."""
    from oiaassist.tracking.io import request_from_data  # noqa: PLC0415

    try:
        request = request_from_data(dict(data), "request")
    except OiaAssistError:
        return Summary(agency=_text(data, "agency"), subject=_text(data, "subject"))
    return summary_for(request, today=today)


def _text(data: Mapping[str, Any], key: str) -> str:
    value = data.get(key, "")
    return value.strip() if isinstance(value, str) else ""
