"""Tests written for survivors of ``scripts/mutation`` (triage in tests/README.md).

Each test states a contract a surviving mutant broke without any other test noticing.
"""

from __future__ import annotations

import dataclasses
import importlib
import json
import pkgutil
import sqlite3
from datetime import date
from pathlib import Path
from typing import Any

import holidays
import pytest

from oiaassist.deadlines import calendar_for, response_deadline
from oiaassist.deadlines.calendar import WorkingDayCalendar
from oiaassist.errors import HolidayDataError, OiaAssistError
from oiaassist.law.acts import Act
from oiaassist.law.holidays import anniversary_days
from oiaassist.law.working_days import definition_for
from oiaassist.reading.checks import CheckKind, check_reading
from oiaassist.reading.facts import ClarificationFound, ExtensionFound, Facts, OutcomeHint
from oiaassist.reading.formats.files import LetterError, letter_text_from_bytes
from oiaassist.reading.patterns import parse_date_parts
from oiaassist.reading.reader import LetterReading, read_letter, read_letter_file
from oiaassist.reading.text import Found, LetterText
from oiaassist.storage import Store, StoreError, list_backups, store
from oiaassist.storage.store_errors import DamagedDatabaseError
from oiaassist.tracking import FindingCode, Request, assess
from oiaassist.tracking.io import dump_requests, load_request
from oiaassist.tracking.words import headline

CORE = ("law", "deadlines", "tracking", "reading", "storage")
NO_SLOTS = {"oiaassist.deadlines.deadlines.Deadline"}  # caches its trail (cached_property)


def _value_types() -> list[type]:
    found = []
    for package in CORE:
        module = importlib.import_module(f"oiaassist.{package}")
        # walk_packages: a concern grown into a subpackage (reading/author/) stays covered
        for info in pkgutil.walk_packages(module.__path__, prefix=f"oiaassist.{package}."):
            sub = importlib.import_module(info.name)
            found += [
                obj
                for obj in vars(sub).values()
                if isinstance(obj, type)
                and dataclasses.is_dataclass(obj)
                and obj.__module__ == sub.__name__
            ]
    return found


@pytest.mark.parametrize("cls", _value_types(), ids=lambda c: f"{c.__module__}.{c.__name__}")
def test_core_values_are_frozen_with_slots(cls: type) -> None:
    # Survivors: `frozen=True` / `slots=True` flipped to False (law/acts.py, law/holidays.py,
    # deadlines/calendar.py, deadlines/deadlines.py). Results are shared and cached (calendars,
    # deadlines, findings): a mutable one could be changed under another caller.
    assert cls.__dataclass_params__.frozen  # type: ignore[attr-defined]
    name = f"{cls.__module__}.{cls.__name__}"
    assert ("__slots__" in cls.__dict__) is (name not in NO_SLOTS)


def test_a_deadline_is_equal_whatever_calendar_object_counted_it() -> None:
    # Survivor: Deadline.calendar `field(repr=False, compare=False)` with True. Two deadlines
    # with the same dates are the same deadline, and its repr stays short.
    deadline = response_deadline(date(2024, 9, 13))
    fresh = dataclasses.replace(deadline, calendar=WorkingDayCalendar(Act.OIA, None))
    assert fresh == deadline
    assert "WorkingDayCalendar" not in repr(deadline)


@pytest.mark.parametrize(
    ("region", "day", "working", "why"),
    [
        ("TKI", date(2019, 3, 11), True, "Taranaki anniversary, before the change: counted"),
        ("OTA", date(2019, 3, 25), False, "Otago anniversary, 4 days after it: not counted"),
        ("OTA", date(2018, 3, 26), True, "Otago anniversary a year earlier: counted"),
    ],
)
def test_the_lgoima_2019_change_starts_on_21_march_2019(
    region: str, day: date, working: bool, why: str
) -> None:
    # Survivor: LGOIMA_2019_CHANGE moved a month (law/working_days.py). law.md §1 row 9, §5.1:
    # anniversary days stop counting from 21 Mar 2019 (Local Government Regulatory Systems
    # Amendment Act 2019). Anniversary days: Taranaki 2nd Monday of March, Otago the Monday
    # nearest 23 March.
    assert calendar_for(Act.LGOIMA, region).is_working_day(day) is working, why


def test_closed_periods_apply_in_their_years_and_wrap_the_new_year() -> None:
    # Survivors: ClosedPeriodRule.applies_on / contains (law/working_days.py), comparisons
    # and and/or flipped. LGOIMA: 25 Dec-15 Jan until 20 Mar 2019, then 20 Dec-10 Jan
    # (law.md §1 row 9).
    old, new = definition_for(Act.LGOIMA).closed_periods
    assert old.applies_on(date(2019, 3, 20)) and not old.applies_on(date(2019, 3, 21))
    assert not old.applies_on(date(1988, 2, 29)) and old.applies_on(date(1988, 3, 1))
    assert new.applies_on(date(2019, 3, 21)) and not new.applies_on(date(2019, 3, 20))
    assert new.applies_on(date(2052, 12, 31))
    assert old.contains(date(2018, 12, 25)) and old.contains(date(2019, 1, 15))
    assert not old.contains(date(2018, 12, 24)) and not old.contains(date(2019, 1, 16))
    assert new.contains(date(2019, 12, 20)) and not new.contains(date(2020, 1, 11))


def _letter(**found: Any) -> LetterReading:
    return LetterReading(
        received=Found(date(2024, 9, 13), "", (0, 0)), received_basis="received", **found
    )


def _f(value: Any) -> Found[Any]:
    return Found(value, "", (0, 0))


def test_a_wrong_extended_to_date_is_a_cross_and_the_decision_says_extended() -> None:
    # Survivors: reading/checks.py EXTENDED_TO mismatch reported ok=True; the "(The deadline
    # includes the extension.)" note on the wrong side of `effective is not base`.
    # Seed: received 13 Sep 2024, due 11 Oct; 45 working days on is Mon 16 Dec 2024.
    wrong = _letter(
        extension=ExtensionFound(
            "", _f(date(2024, 10, 10)), True, _f(45), _f(date(2024, 12, 17)), ()
        )
    )
    (check,) = [c for c in check_reading(wrong) if c.kind is CheckKind.EXTENDED_TO]
    # A new date that disagrees with the stated length is named, as a note: which of the
    # two the agency meant is not stated, so it is no breach (issue 13: never a false alarm).
    assert (check.ok, check.statutory, check.stated) == (
        None,
        date(2024, 12, 16),
        date(2024, 12, 17),
    )
    decided = _letter(
        letter_date=_f(date(2024, 12, 16)),
        extension=ExtensionFound("", _f(date(2024, 10, 10)), False, _f(45), None, ()),
        outcomes=(_f(OutcomeHint.RELEASED),),
    )
    (decision,) = [c for c in check_reading(decided) if c.kind is CheckKind.DECISION]
    assert decision.ok is True and "includes the extension" in decision.message
    plain = _letter(letter_date=_f(date(2024, 10, 11)), outcomes=(_f(OutcomeHint.RELEASED),))
    (decision,) = [c for c in check_reading(plain) if c.kind is CheckKind.DECISION]
    assert decision.ok is True and "extension" not in decision.message


def test_a_clarified_request_may_restart_when_the_letter_is_silent_on_it() -> None:
    # reading/checks.py `_restart`: a letter that does not say whether the amended request is
    # new must still allow the restarted date (`treated_as_new is not None and not ...`).
    # Seed: refinement sought 24 Sep (day 7); clarified 25 Sep 2024 restarts to Wed 23 Oct
    # 2024 (20 working days).
    reading = _letter(
        stated_due=_f(date(2024, 10, 23)),
        clarification=ClarificationFound(_f(date(2024, 9, 24)), True, True),
        clarified=_f(date(2024, 9, 25)),
    )
    (check,) = [c for c in check_reading(reading) if c.kind is CheckKind.STATED_DUE]
    # The restart needs the letter to say the amended request is treated as new (s 15(1AA));
    # silent, the restarted date is possible, so it is never called wrong (no false alarm).
    assert check.ok is not False
    assert "new" in check.message


def test_a_reference_on_the_very_first_line_is_found() -> None:
    # Survivor: reading/facts.py find_reference searched from offset 1, missing a label
    # that opens the letter.

    reading = read_letter(
        "Reference: OIA-2024-0123\n\n14 October 2024\n\nDear Jo\n\nWe received your request "
        "under the Official Information Act on 1 October 2024."
    )
    assert reading.reference is not None and reading.reference.value == "OIA-2024-0123"
    assert reading.reference.span == (11, 24)


def test_every_section_found_points_at_its_words() -> None:
    # Survivor: reading/facts.py sections, `match.start("list") + token.start()` with `-`:
    # the "found here" span of a section in a list must point at that section's words.

    letters = sorted((Path(__file__).parent / "fixtures" / "letters").glob("*.txt"))
    seen = 0
    for path in letters:
        text = path.read_text(encoding="utf-8")
        for section in read_letter_file(path).sections:
            start, end = section.span
            words = text[start:end]
            assert words and section.value.endswith(words), (path.name, section, words)
            seen += 1
    assert seen > 30


@pytest.mark.parametrize(
    ("anchor", "written", "future", "expected"),
    [
        # a December letter's due date in January is next year's
        (date(2024, 12, 14), "10 January", True, date(2025, 1, 10)),
        # the boundary (YEAR_WRAP, 120 days): on it, still this year; a day past it, next
        (date(2024, 12, 14), "16 August", True, date(2024, 8, 16)),
        (date(2024, 12, 14), "15 August", True, date(2025, 8, 15)),
        # a letter recounting: "On 10 July we extended the time to 7 August" (NZTE, dev
        # fyi-23101-nzte-release, its year taken away), written on 29 August: this year
        (date(2023, 8, 29), "7 August", True, date(2023, 8, 7)),
        (date(2025, 1, 14), "6 January", True, date(2025, 1, 6)),
        # a January letter's receipt in December is last year's
        (date(2025, 1, 14), "20 December", False, date(2024, 12, 20)),
        (date(2025, 1, 14), "14 May", False, date(2025, 5, 14)),
        (date(2025, 1, 14), "15 May", False, date(2024, 5, 15)),
        (date(2025, 1, 14), "22 January", False, date(2025, 1, 22)),
    ],
)
def test_a_date_without_a_year_takes_the_letters_year_unless_most_of_a_year_away(
    anchor: date, written: str, future: bool, expected: date
) -> None:
    # Survivors: reading/facts.py resolve, the tolerance (YEAR_WRAP) and its comparisons.
    facts = Facts(LetterText("x"))
    facts.letter_date = Found(anchor, "", (0, 0))
    assert facts.resolve(written, future=future) == expected


def test_missing_anniversary_data_is_a_holiday_data_error(monkeypatch: pytest.MonkeyPatch) -> None:
    # Survivor: law/holidays.py, the error names `missing[0]`; `missing[1]` raised IndexError
    # instead when one year lacks its anniversary day.

    monkeypatch.setattr(holidays, "country_holidays", lambda *_a, **_k: {})
    anniversary_days.cache_clear()
    try:
        with pytest.raises(HolidayDataError, match="no anniversary day for OTA in 2030"):
            anniversary_days("OTA", 2030, 2030)
    finally:
        anniversary_days.cache_clear()


def test_an_act_named_only_by_its_initials_is_found_there() -> None:
    # Survivor: reading/facts.py find_act, the fallback `best[3]` (the initials' match) when
    # the full name never appears.

    reading = read_letter("14 October 2024\n\nDear Jo\n\nThank you for your OIA request.")
    assert reading.act is not None and reading.act.value is Act.OIA
    assert reading.act.span == (45, 48)


def test_a_heading_date_without_a_year_is_not_the_letters_date() -> None:
    # Survivor: reading/facts.py find_letter_date, `parts is None or parts.year is None` with
    # `and`: a yearless date in the heading must be passed over for the dated line.

    reading = read_letter("14 October\n\n15 October 2024\n\nDear Jo\n\nThanks.")
    assert reading.letter_date is not None
    assert reading.letter_date.value == date(2024, 10, 15)


# Every month name the reader knows, English and te reo Māori (with and without macrons),
# written out here from the calendar, not from the reader's table.
MONTH_NAMES = [
    ("January", 1), ("Jan", 1), ("February", 2), ("Feb", 2), ("March", 3), ("Mar", 3),
    ("April", 4), ("Apr", 4), ("May", 5), ("June", 6), ("Jun", 6), ("July", 7), ("Jul", 7),
    ("August", 8), ("Aug", 8), ("September", 9), ("Sept", 9), ("Sep", 9), ("October", 10),
    ("Oct", 10), ("November", 11), ("Nov", 11), ("December", 12), ("Dec", 12),
    ("Hānuere", 1), ("Hanuere", 1), ("Pēpuere", 2), ("Pepuere", 2), ("Māehe", 3),
    ("Maehe", 3), ("Āperira", 4), ("Aperira", 4), ("Mei", 5), ("Hune", 6), ("Hūrae", 7),
    ("Hurae", 7), ("Ākuhata", 8), ("Akuhata", 8), ("Hepetema", 9), ("Oketopa", 10),
    ("Noema", 11), ("Tīhema", 12), ("Tihema", 12),
]  # fmt: skip


@pytest.mark.parametrize(("name", "month"), MONTH_NAMES, ids=[n for n, _m in MONTH_NAMES])
def test_every_month_name_reads_as_its_month(name: str, month: int) -> None:
    # Survivors: reading/patterns.py MONTHS, a month number off by one (Feb, Āperira, Hune,
    # Hūrae were never read in a test).

    parts = parse_date_parts(f"9 {name} 2025")
    assert parts is not None and (parts.day, parts.month, parts.year) == (9, month, 2025)


def test_an_html_letter_keeps_table_cells_apart_and_drops_scripts() -> None:
    # Survivors: reading/formats/files.py _html_text, `td` -> tab and the end of <script>/<style>.

    html = (
        "<html><head><style>p { color: red }</style><script>var x = 1;</script></head><body>"
        "<table><tr><td>Reference</td><td>OIA-2024-0123</td></tr></table>"
        "<p>14 October 2024</p><p>Dear Jo</p></body></html>"
    )
    text = letter_text_from_bytes(html.encode(), "letter.html", suffix=".html")
    assert "Reference\tOIA-2024-0123" in text
    assert "color" not in text and "var x" not in text
    assert "14 October 2024" in text and "Dear Jo" in text


def test_a_password_protected_pdf_is_named_as_such(tmp_path: Any) -> None:
    # Survivor: reading/formats/files.py _pdf_text, `not reader.decrypt("")` with the `not` dropped.
    pypdf = pytest.importorskip("pypdf")

    writer = pypdf.PdfWriter()
    writer.add_blank_page(width=200, height=200)
    writer.encrypt("secret")
    path = tmp_path / "locked.pdf"
    with path.open("wb") as out:
        writer.write(out)
    with pytest.raises(LetterError, match="password-protected"):
        letter_text_from_bytes(path.read_bytes(), "locked.pdf", suffix=".pdf")


def test_backups_are_taken_on_each_new_day(tmp_path: Any) -> None:
    # Survivor: storage/backup.py make_backup, `mkdir(parents=True, exist_ok=True)` flipped:
    # the second day's backup goes into the folder the first made.

    path = tmp_path / "data" / "requests.sqlite3"
    Store.open(path, today=date(2024, 9, 13)).close()  # new: nothing to back up yet
    for day in (date(2024, 9, 16), date(2024, 9, 16), date(2024, 9, 17)):
        Store.open(path, today=day).close()
    assert [b.day for b in list_backups(path)] == [date(2024, 9, 17), date(2024, 9, 16)]


def test_the_new_agencys_clock_is_unextended_after_a_transfer() -> None:
    # Survivor: tracking/clock.py transfer() built the new clock with extended=True, so the
    # new agency's first extension read as a second one. Received Fri 13 Sep 2024; transferred
    # Fri 20 Sep, new deadline 20 working days later, Fri 18 Oct; it extends on 17 Oct.
    request = Request.model_validate(
        {
            "agency": "A",
            "events": [
                {"type": "received", "date": "2024-09-13"},
                {"type": "transferred", "date": "2024-09-20", "to_agency": "B"},
                {"type": "extension_notified", "date": "2024-10-17", "working_days": 10},
            ],
        }
    )
    a = assess(request, today=date(2024, 10, 17))
    codes = [f.code for f in a.findings]
    assert FindingCode.EXTENSION_VALID in codes and FindingCode.EXTENSION_SECOND not in codes
    assert a.effective_deadline == date(2024, 11, 4)  # 18 Oct + 10, over Labour Day 28 Oct


@pytest.mark.parametrize(("act", "section"), [(Act.OIA, "s 15(1)(a)"), (Act.LGOIMA, "s 13(1)")])
def test_a_charge_cites_the_acts_own_section(act: Act, section: str) -> None:
    # Survivor: tracking/replay.py charge(), `act is Act.OIA` flipped: the OIA cites s 15(1)(a)
    # (a charge is part of the decision), the others their response limit.
    request = Request.model_validate(
        {
            "agency": "A",
            "act": act.value,
            "events": [
                {"type": "received", "date": "2024-09-13"},
                {"type": "charge_notified", "date": "2024-10-01", "amount": "38"},
            ],
        }
    )
    (charge,) = [
        f
        for f in assess(request, today=date(2024, 10, 1)).findings
        if f.code.name.startswith("CHARGE")
    ]
    assert charge.citation.endswith(section)


def test_the_headline_counts_the_working_days_left() -> None:
    # Survivor: tracking/words.py headline, `working_days_left or 0` with `and` (always 0).
    request = Request.model_validate(
        {"agency": "A", "events": [{"type": "received", "date": "2024-09-13"}]}
    )
    assert "15 working days left" in headline(assess(request, today=date(2024, 9, 20)))


def test_two_errors_in_a_request_file_say_one_more(tmp_path: Path) -> None:
    # Survivor: tracking/io.py, "(and N more)" only from 3 errors up.
    path = tmp_path / "r.json"
    path.write_text('{"agency": "", "bogus": 1, "act": "nope", "events": []}', encoding="utf-8")
    with pytest.raises(OiaAssistError, match=r"\(and 2 more\)"):
        load_request(path)
    path.write_text('{"agency": "", "bogus": 1, "events": []}', encoding="utf-8")
    with pytest.raises(OiaAssistError, match=r"\(and 1 more\)"):
        load_request(path)


def test_exported_json_writes_every_field_even_defaults() -> None:
    # Survivor: tracking/io.py dump_requests with exclude_defaults=True: a file read by
    # another version must not depend on today's defaults.
    request = Request.model_validate(
        {"agency": "A", "events": [{"type": "received", "date": "2024-09-13"}]}
    )
    (data,) = json.loads(dump_requests([request]))
    assert data["schema_version"] == 1
    assert data["grounds_requested"] is False and data["urgency_reasons"] == ""


def test_a_locked_database_is_in_use_not_damaged(tmp_path: Path) -> None:
    # Survivors: storage/store.py _check, `"locked" in ... or "busy" in ...` flipped.
    path = tmp_path / "requests.sqlite3"
    Store.open(path).close()
    holder = sqlite3.connect(path, isolation_level=None)
    try:
        # A rollback journal, so the exclusive lock keeps even the integrity check out.
        holder.execute("PRAGMA journal_mode = DELETE")
        holder.execute("BEGIN EXCLUSIVE")
        with pytest.raises(StoreError, match="in use by another program") as caught:
            Store.open(path)
        assert not isinstance(caught.value, DamagedDatabaseError)
    finally:
        holder.execute("ROLLBACK")
        holder.close()


def test_a_request_file_without_the_refinement_flag_means_a_refinement() -> None:
    # Survivor: tracking/events.py ClarificationSought.refinement defaulting to False. Files
    # written before the flag existed recorded refinements (the seed's "please refine"); the
    # follow-up letters word a refinement and a question of meaning differently.
    request = Request.model_validate(
        {
            "agency": "A",
            "events": [
                {"type": "received", "date": "2024-09-13"},
                {"type": "clarification_sought", "date": "2024-09-24", "proposal": "narrow"},
            ],
        }
    )
    assert request.events[1].refinement is True  # type: ignore[union-attr]


def test_a_clarified_request_without_the_agencys_question_still_restarts() -> None:
    # Survivor: reading/checks.py _restart, `clarification is not None and <the Act has a
    # window>` with `or`: a letter that reports the clarified request but not the question.
    reading = _letter(stated_due=_f(date(2024, 10, 23)), clarified=_f(date(2024, 9, 25)))
    (check,) = [c for c in check_reading(reading) if c.kind is CheckKind.STATED_DUE]
    assert check.ok is not False  # the restarted date is possible: never a false alarm


def test_another_sqlite_error_on_opening_is_damage_not_in_use(tmp_path: Path) -> None:
    # Survivor: storage/store.py _check, `"busy" in` flipped: only a locked or busy database
    # is "in use by another program"; any other error reading it is damage.
    class Broken:
        def execute(self, *_args: object) -> None:
            raise sqlite3.OperationalError("disk I/O error")

    with pytest.raises(DamagedDatabaseError, match="cannot be read"):
        store._check(Broken(), tmp_path / "x.sqlite3", 1)  # type: ignore[arg-type]
