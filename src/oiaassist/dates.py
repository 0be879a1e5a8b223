"""Today, as New Zealand counts it: the one clock every part of oiaassist reads.

The statutes count days in New Zealand, so "today" is the New Zealand date of
the current instant, whatever the machine's own zone is. Everything that needs
"today" (``assess``, the CLI, the app) asks :func:`nz_today`; tests and
``--today`` pass a fixed instant or day instead of touching the machine clock.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

NZST = timedelta(hours=12)
NZDT = timedelta(hours=13)


def utc_now() -> datetime:
    """The current instant (aware, UTC): the only place oiaassist reads the machine clock."""
    return datetime.now(UTC)


def nz_today(now: datetime | None = None) -> date:
    """Today's date in New Zealand, where the statutes' days are counted.

    Args:
        now: the instant to convert (aware); by default :func:`utc_now`.

    Without time-zone data (a Windows install without ``tzdata``) the date is
    worked out from the statutory rule for daylight time instead of taken from
    the machine's own zone, which may be anywhere.
    """
    instant = utc_now() if now is None else now
    if instant.tzinfo is None:
        raise ValueError("nz_today needs an aware datetime (with a time zone)")
    try:
        from zoneinfo import ZoneInfo  # noqa: PLC0415 - only needed for 'today'

        return instant.astimezone(ZoneInfo("Pacific/Auckland")).date()
    except (ImportError, KeyError, OSError, ValueError):
        return nz_date_by_rule(instant)


def nz_date_by_rule(instant: datetime) -> date:
    """The New Zealand date of ``instant`` by the daylight-time rule, without tz data.

    New Zealand Daylight Time Order 2007: daylight time (UTC+13) runs from
    02:00 standard time on the last Sunday in September to 03:00 daylight time
    on the first Sunday in April; standard time is UTC+12.
    """
    utc = instant.astimezone(UTC).replace(tzinfo=None)
    year = utc.year
    # Daylight time ends at 03:00 NZDT = 14:00 UTC on the Saturday before the first Sunday in April.
    ends = _first_sunday(year, 4) - timedelta(hours=13) + timedelta(hours=3)
    # It starts at 02:00 NZST = 14:00 UTC on the Saturday before the last Sunday in September.
    starts = _last_sunday(year, 9) - timedelta(hours=12) + timedelta(hours=2)
    offset = NZDT if (utc < ends or utc >= starts) else NZST
    return (utc + offset).date()


def _first_sunday(year: int, month: int) -> datetime:
    first = datetime(year, month, 1)
    return first + timedelta(days=(6 - first.weekday()) % 7)


def _last_sunday(year: int, month: int) -> datetime:
    nxt = datetime(year + month // 12, month % 12 + 1, 1)
    last = nxt - timedelta(days=1)
    return last - timedelta(days=(last.weekday() - 6) % 7)
