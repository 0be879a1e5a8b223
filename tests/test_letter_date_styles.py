"""The dev letters read the same whatever style their dates are written in (issue 13).

Each letter of the dev corpus is read as published, then with every date re-written in
another style NZ agencies use (dd/mm/yyyy, dd.mm.yyyy, an ordinal, a weekday before it,
"May 5, 2024", a stray space before the comma), and with its long lines wrapped at another
width (as another PDF text layer would). The stated dates and the reference found must not
change: the reader decides a date's role from its sentence, not from how the date is spelt
or where the page broke the line.
"""

from __future__ import annotations

import json
import re
import textwrap
from collections.abc import Callable
from datetime import date
from functools import cache
from pathlib import Path

import pytest

from oiaassist.reading import read_letter
from oiaassist.reading.patterns import DATE_ANYWHERE, parse_date_parts
from oiaassist.reading.reader import LetterReading

DEV = Path(__file__).parent / "corpus" / "letters" / "dev"
MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December")  # fmt: skip
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")


def _ordinal(day: int) -> str:
    return f"{day}{'th' if 10 <= day <= 20 else {1: 'st', 2: 'nd', 3: 'rd'}.get(day % 10, 'th')}"


STYLES: dict[str, Callable[[date], str]] = {
    "slashes": lambda d: f"{d.day:02d}/{d.month:02d}/{d.year}",
    "dots": lambda d: f"{d.day:02d}.{d.month:02d}.{d.year}",
    "ordinal": lambda d: f"{_ordinal(d.day)} {MONTHS[d.month - 1]} {d.year}",
    "weekday": lambda d: f"{WEEKDAYS[d.weekday()]} {d.day} {MONTHS[d.month - 1]} {d.year}",
    "month first": lambda d: f"{MONTHS[d.month - 1]} {d.day}, {d.year}",
    "space before comma": lambda d: f"{d.day} {MONTHS[d.month - 1]} , {d.year}",
    # a register's or spreadsheet's cells ("03-May-24") and the year first with slashes
    "spreadsheet": lambda d: f"{d.day:02d}-{MONTHS[d.month - 1][:3]}-{d.year % 100:02d}",
    "year first": lambda d: f"{d.year}/{d.month:02d}/{d.day:02d}",
}


def _stated(reading: LetterReading) -> dict[str, date | str | None]:
    ext = reading.extension
    return {
        "reference": reading.reference.value if reading.reference else None,
        "letter_date": reading.letter_date.value if reading.letter_date else None,
        "received": reading.received_stated.value if reading.received_stated else None,
        "stated_due": reading.stated_due.value if reading.stated_due else None,
        "extension_notice": ext.notice_date.value if ext and ext.notice_date else None,
        "extended_to": ext.extended_to.value if ext and ext.extended_to else None,
    }


def _restyle(text: str, style: Callable[[date], str]) -> str:
    def one(match: re.Match[str]) -> str:
        parts = parse_date_parts(match.group())
        if parts is None or parts.year is None:
            return match.group()
        try:
            return style(date(parts.year, parts.month, parts.day))
        except ValueError:
            return match.group()

    return DATE_ANYWHERE.sub(one, text)


@cache
def _as_published(path: Path) -> tuple[str, dict[str, date | str | None]]:
    text = path.read_text(encoding="utf-8")
    return text, _stated(read_letter(text))


@pytest.mark.parametrize("style", list(STYLES))
def test_every_dev_letter_reads_the_same_in_another_date_style(style: str) -> None:
    changed = []
    for path in sorted(DEV.glob("*.txt")):
        text, before = _as_published(path)
        after = _stated(read_letter(_restyle(text, STYLES[style])))
        if before != after:
            changed.append((path.stem, before, after))
    assert changed == []


def _rewrap(text: str, width: int) -> str:
    lines: list[str] = []
    for line in text.split("\n"):
        lines.extend(textwrap.wrap(line, width) or [""] if len(line) > width else [line])
    return "\n".join(lines)


@pytest.mark.parametrize("width", [50, 55])
def test_every_dev_letter_reads_the_same_wrapped_at_another_width(width: int) -> None:
    changed = []
    for path in sorted(DEV.glob("*.txt")):
        text, before = _as_published(path)
        after = _stated(read_letter(_rewrap(text, width)))
        if before != after:
            changed.append((path.stem, before, after))
    assert changed == []


def test_no_dev_letter_run_into_one_line_has_a_stated_date_read_wrong() -> None:
    # An extract or a pasted email loses the letter's line breaks: the reader may then
    # miss a date the lines gave it, but must not read one wrong.
    wrong = []
    for path in sorted(DEV.glob("*.txt")):
        truth = json.loads(path.with_suffix(".json").read_text(encoding="utf-8"))["stated"]
        text, _before = _as_published(path)
        got = _stated(read_letter(" ".join(text.split())))
        for name, value in got.items():
            if name == "reference" or value is None or name not in truth:
                continue
            if str(value) != truth[name]:
                wrong.append((path.stem, name, value, truth[name]))
    assert wrong == []


_PAST_EVENTS = (
    "received",
    "clarification_sought",
    "clarified",
    "refinement_declined",
    "extension_notice",
    "transfer_date",
    "decision_date",
)
"""Stated days a letter tells as past: none is after the letter's own date."""


def test_no_dev_letter_with_its_years_left_out_has_a_stated_date_read_wrong() -> None:
    # Letters often write a date of the letter's own year without it ("On 10 July 2023, we
    # extended the time for response to 7 August", NZTE, dev fyi-23101-nzte-release, written
    # on 29 August): the year comes from the letter's date, and a day a few weeks before a
    # letter recounting it is not next year's. Every dev letter with a date of its own is read
    # with each other date of that year written without it: a stated date may be missed
    # (a year-less date stands by the letter's date only), never read wrong.
    wrong = []
    for path in sorted(DEV.glob("*.txt")):
        truth = json.loads(path.with_suffix(".json").read_text(encoding="utf-8"))["stated"]
        if "letter_date" not in truth:
            continue
        if any(truth[k] > truth["letter_date"] for k in _PAST_EVENTS if k in truth):
            # the letter's own date slips a year (dev fyi-28542-pharmac-release-2: dated 4
            # February 2024, "clarified on 1 October 2024"): a year-less date can't be told
            continue
        own = date.fromisoformat(truth["letter_date"])

        def yearless(match: re.Match[str], own: date = own) -> str:
            parts = parse_date_parts(match.group())
            if (
                parts is None
                or parts.year != own.year
                or (parts.month, parts.day)
                == (
                    own.month,
                    own.day,
                )
            ):
                return match.group()
            return f"{parts.day} {MONTHS[parts.month - 1]}"

        reading = read_letter(DATE_ANYWHERE.sub(yearless, path.read_text(encoding="utf-8")))
        got = _stated(reading)
        got["clarification_sought"] = (
            reading.clarification.sought.value if reading.clarification else None
        )
        got["clarified"] = reading.clarified.value if reading.clarified else None
        for name, value in got.items():
            if name == "reference" or value is None or name not in truth:
                continue
            if str(value) != truth[name]:
                wrong.append((path.stem, name, value, truth[name]))
    assert wrong == []
