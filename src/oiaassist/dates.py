"""Today, as New Zealand counts it: the one clock every part of oiaassist reads.

The statutes count days in New Zealand, so "today" is the New Zealand date of
the current instant, whatever the machine's own zone is. Everything that needs
"today" (``assess``, the CLI, the app) asks :func:`nz_today`; tests and
``--today`` pass a fixed instant or day instead of touching the machine clock.

It also holds the one date parser for the CLI and the app, so "18 Dec 2025"
means the same day in both. New Zealand writes dates day first: "3/4/2025"
is 3 April, never March 4.
"""

from __future__ import annotations

import re
from datetime import UTC, date, datetime, timedelta

from oiaassist.errors import InputError

DATE_FORMS = "18 Dec 2025, 18/12/2025, 18-12-2025, 2025-12-18, 'today' or 'yesterday'"
"""The forms :func:`parse_date` accepts, as error messages and help texts name them."""

MAX_DATE_TEXT = 60
"""Longer input is refused unread (a typed date is never this long)."""

_MONTHS = {
    name: number
    for number, names in enumerate(
        (
            ("jan", "january"),
            ("feb", "february"),
            ("mar", "march"),
            ("apr", "april"),
            ("may",),
            ("jun", "june"),
            ("jul", "july"),
            ("aug", "august"),
            ("sep", "sept", "september"),
            ("oct", "october"),
            ("nov", "november"),
            ("dec", "december"),
        ),
        start=1,
    )
    for name in names
}
_ISO = re.compile(r"(\d{4})-(\d{1,2})-(\d{1,2})")
_DMY = re.compile(r"(\d{1,2})[/.\-](\d{1,2})[/.\-](\d{4})")
# "18 Dec 2025", "Thu 18 December 2025", "18 Dec. 2025", "18th Dec, 2025"
_WORDS = re.compile(
    r"(?:[a-z]+,?\s+)?(\d{1,2})(?:st|nd|rd|th)?\s+([a-z]+)\.?,?\s+(\d{4})", re.IGNORECASE
)

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


def parse_date(text: str, field: str = "date", *, today: date | None = None) -> date:
    """A date as a New Zealander types it (day first), or 'today' / 'yesterday'.

    Args:
        text: e.g. "18 Dec 2025", "18/12/2025", "18-12-2025", "2025-12-18".
        field: what the date is, for the error message.
        today: the day 'today' means (default: today in New Zealand).

    Raises:
        InputError: naming the field, the value, what was wrong and the forms accepted.
    """
    value = " ".join(text.split())
    if len(value) > MAX_DATE_TEXT:
        raise InputError(field, text[:MAX_DATE_TEXT] + "…", "is too long to be a date")
    word = value.casefold()
    if word in ("today", "yesterday"):
        day = today or nz_today()
        return day if word == "today" else day - timedelta(days=1)
    if not value:
        raise InputError(field, text, f"is empty; type a date such as {DATE_FORMS}")
    parts = _parts(value)
    if parts is None:
        raise InputError(field, text, f"is not a date; use {DATE_FORMS}")
    year, month, day_of_month = parts
    if not 1 <= month <= 12:
        raise InputError(field, text, f"has no month {month} (day first: 18/12/2025)")
    try:
        return date(year, month, day_of_month)
    except ValueError:
        raise InputError(
            field, text, f"is not a real date: {_month_name(month)} {year} has no day "
            f"{day_of_month}"
        ) from None  # fmt: skip


def _parts(value: str) -> tuple[int, int, int] | None:
    """(year, month, day) from one of the accepted forms, unchecked; None if none fits."""
    if match := _ISO.fullmatch(value):
        year, month, day = (int(g) for g in match.groups())
        return year, month, day
    if match := _DMY.fullmatch(value):
        day, month, year = (int(g) for g in match.groups())
        return year, month, day
    if match := _WORDS.fullmatch(value):
        month_number = _MONTHS.get(match.group(2).casefold())
        if month_number is None:
            return None
        return int(match.group(3)), month_number, int(match.group(1))
    return None


def _month_name(month: int) -> str:
    return date(2000, month, 1).strftime("%B")
