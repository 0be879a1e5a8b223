"""Today, as New Zealand counts it."""

from __future__ import annotations

from datetime import date, datetime


def nz_today() -> date:
    """Today's date in New Zealand, where the statutes' days are counted.

    Falls back to the machine's date when it has no time-zone data.
    """
    try:
        from zoneinfo import ZoneInfo  # noqa: PLC0415 - only needed for 'today'

        return datetime.now(ZoneInfo("Pacific/Auckland")).date()
    except (ImportError, KeyError, OSError, ValueError):
        return date.today()
