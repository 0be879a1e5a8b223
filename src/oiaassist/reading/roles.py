"""Every date a letter writes, each with the role the reader gave it (or none).

The finders (:mod:`.story`) decide a date's role from its sentence: "received
on", "no later than", "extended to", "On … we sought". This module lists
*every* date the letter writes — whatever the style (:mod:`.patterns`) — and
pairs it with the role it was given, so a user can see what was read and,
as plainly, which dates the reader did not understand (a date of the
request's scope, a meeting, a quoted email). Those stay unknown: nothing is
guessed from them.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from oiaassist.reading.patterns import DATE_ANYWHERE, parse_date_parts
from oiaassist.reading.reader import LetterReading
from oiaassist.reading.text import Found, LetterText, as_read

ROLE_NAMES = {
    "letter_date": "the letter's date",
    "received": "received",
    "request_dated": "the request's date",
    "transferred_in": "transferred here",
    "stated_due": "stated due date",
    "clarification_sought": "clarification sought",
    "refinement_declined": "refinement declined",
    "clarified": "clarified",
    "extension_notice": "extension notified",
    "extended_to": "extended to",
    "transfer_date": "transferred",
    "decided_on": "decided",
}


@dataclass(frozen=True, slots=True)
class DateRole:
    """One date written in a letter.

    Attributes:
        written: the date as written ("19.06.2026", "Tuesday 25 February").
        value: the day it means (a missing year taken from the letter's date),
            or None if it cannot be a day.
        role: a key of :data:`ROLE_NAMES`, or "" when the reader gave it no role.
        snippet: the sentence it is in.
    """

    written: str
    value: date | None
    role: str
    snippet: str


def _roles(reading: LetterReading) -> dict[tuple[int, int], str]:
    """The original-text span of each date the reading used, and its role."""
    ext, moved, asked = reading.extension, reading.transfer, reading.clarification
    found: list[tuple[str, Found[date] | None]] = [
        ("letter_date", reading.letter_date),
        (
            "received" if reading.received_basis == "received" else "request_dated",
            reading.received,
        ),
        ("transferred_in", reading.transferred_in),
        ("stated_due", reading.stated_due),
        (
            "clarification_sought",
            asked.sought if asked and not asked.asked_in_this_letter else None,
        ),
        ("refinement_declined", reading.refinement_declined),
        ("clarified", reading.clarified),
        ("extension_notice", ext.notice_date if ext and not ext.notified_in_this_letter else None),
        ("extended_to", ext.extended_to if ext else None),
        ("transfer_date", moved.on if moved and moved.date_stated else None),
        ("decided_on", reading.decided_on),
    ]
    return {f.span: role for role, f in found if f is not None}


def every_date(text: str, reading: LetterReading) -> list[DateRole]:
    """Every date ``text`` writes, in order, with the role ``reading`` gave it."""
    text = as_read(text)  # as read_letter read it: its spans fall alike
    letter = LetterText(text)
    roles = _roles(reading)
    anchor = reading.letter_date.value if reading.letter_date else None
    out: list[DateRole] = []
    for match in DATE_ANYWHERE.finditer(letter.flat):
        parts = parse_date_parts(match.group())
        value: date | None = None
        if parts is not None and (parts.year is not None or anchor is not None):
            year = parts.year if parts.year is not None else anchor.year if anchor else 0
            try:
                value = date(year, parts.month, parts.day)
            except ValueError:
                value = None
        found = letter.found(match.group(), match.start(), match.end())
        role = next(
            (
                r
                for (s, e), r in roles.items()
                if s <= found.span[0] < e or found.span[0] <= s < found.span[1]
            ),
            "",
        )
        written = " ".join(text[found.span[0] : found.span[1]].split())  # as the letter has it
        out.append(DateRole(written, value, role, found.snippet))
    return out
