"""Compact dates for tables and trails, in the language chosen in Settings.

English (en_NZ) keeps the app's own form, "Mon 16 Dec 2024" and "14–15 Sep":
babel's en_NZ data abbreviates September as "Sept", which would change every
English table. Other languages take babel's CLDR names, so te reo Māori reads
"Man 16 Tīh 2024" and "14–15 Hep". The English names are spelt out rather than
left to ``strftime``, whose names follow the system's C locale.
"""

from __future__ import annotations

from datetime import date

from oiaassist.i18n import current_locale

_DAYS = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


def _english() -> bool:
    return current_locale().startswith("en")


def _babel(day: date, pattern: str) -> str:
    from babel.dates import format_date  # noqa: PLC0415 - 20 ms, only when words are needed

    return str(format_date(day, pattern, locale=current_locale()))


def month_abbr(day: date) -> str:
    """E.g. "Dec" (en_NZ) or "Tīh" (mi)."""
    return _MONTHS[day.month - 1] if _english() else _babel(day, "MMM")


def day_month(day: date) -> str:
    """E.g. "16 Dec" (en_NZ) or "16 Tīh" (mi)."""
    return f"{day.day} {month_abbr(day)}"


def short_day(day: date) -> str:
    """E.g. "Mon 16 Dec 2024" (en_NZ) or "Man 16 Tīh 2024" (mi)."""
    if _english():
        return f"{_DAYS[day.weekday()]} {day.day} {_MONTHS[day.month - 1]} {day.year}"
    return _babel(day, "EEE d MMM y")


def padded_day(day: date) -> str:
    """E.g. "05 Dec 2024" (en_NZ) or "05 Tīh 2024" (mi): the findings' column of dates."""
    return f"{day.day:02d} {month_abbr(day)} {day.year}"
