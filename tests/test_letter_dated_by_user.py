"""A letter whose text states no date: the user gives it, and its decision gets that day.

The real case is the Minister of Corrections' release (dev fyi-16987): FYI.org.nz's copy
starts at the address block, below the letter's date. Its decision is read but has no
day, so nothing could be added for it; now the user gives the date (``read_letter(…,
dated=…)``, ``read-letter --dated``, the dialog's "Letter dated" field), and every face
says the date is the user's, not the letter's.
"""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from cli_support import run
from letter_support import DEV, dev_letter
from oiaassist.app.letters.found import found_rows
from oiaassist.app.letters.proposals import propose
from oiaassist.reading.checks import CheckKind, check_reading
from oiaassist.reading.reader import read_letter, to_events
from oiaassist.reading.roles import every_date
from oiaassist.tracking import FindingCode, Request, Status, assess

UNDATED = "fyi-16987-minister-of-corrections-release"
DATED = "fyi-25850-moj-decision"
GIVEN = date(2021, 11, 26)


def test_a_given_date_dates_the_decision_and_says_whose_it_is() -> None:
    text = dev_letter(UNDATED)
    assert read_letter(text).letter_date is None
    reading = read_letter(text, dated=GIVEN)
    assert reading.letter_date is not None and reading.letter_date.value == GIVEN
    assert reading.letter_date_given
    assert reading.letter_date.snippet == ""  # no words of the letter: the user's
    decided = [e for e in to_events(reading) if e.type.value == "decision_notified"]
    assert [e.date for e in decided] == [GIVEN]
    # what the letter itself states is read as before
    assert reading.extension is not None and reading.extension.notice_date is not None
    assert reading.extension.notice_date.value == date(2021, 10, 22)
    # the check counts from it, and says whose date it is
    decision = [c for c in check_reading(reading) if c.kind is CheckKind.DECISION]
    assert [c.stated for c in decision] == [GIVEN]
    assert "this is the date you gave" in decision[0].message
    # a given date is no date of the text: every date listed is one written in the letter
    assert all(d.written in text for d in every_date(text, reading))


def test_the_letters_own_date_wins_over_a_given_one() -> None:
    reading = read_letter(dev_letter(DATED), dated=GIVEN)
    assert reading.letter_date is not None and reading.letter_date.value == date(2024, 4, 4)
    assert not reading.letter_date_given


def test_the_dialog_words_say_the_date_was_given_and_the_decision_is_proposed() -> None:
    undated = read_letter(dev_letter(UNDATED))
    rows = dict(found_rows(undated))
    assert "Dated" not in rows
    assert rows["Decision"].endswith(
        "(not proposed until you give the letter's date: its text has none)"
    )
    given = read_letter(dev_letter(UNDATED), dated=GIVEN)
    rows = dict(found_rows(given))
    assert rows["Dated"] == "26 November 2021 (as you gave it)"
    assert "not proposed" not in rows["Decision"]
    decided = [p for p in propose(given, []) if p.event["type"] == "decision_notified"]
    assert [p.event["date"] for p in decided] == ["2021-11-26"]
    assert decided[0].ticked
    # the extension it refers to has no period in this letter: it is offered ticked with
    # its period "not recorded" (never "the notice states none"), saying what to add
    extension = [p for p in propose(given, []) if p.event["type"] == "extension_notified"]
    assert [p.no_period for p in extension] == [True] and extension[0].ticked
    assert extension[0].event["stated_period"] is None
    # added as offered, the decision after the first deadline is not called late: the
    # extension's end is unknown (received 1 Oct 2021: due 29 Oct; decided 26 Nov)
    ticked = [p.event for p in propose(given, []) if p.ticked]
    tracked = Request.model_validate({"agency": "Minister of Corrections", "events": ticked})
    found = assess(tracked, today=date(2021, 12, 1))
    assert found.status in (Status.DECIDED_POSSIBLY_LATE, Status.RELEASED)
    assert found.working_days_late is None and not found.problems
    assert FindingCode.DECIDED_AFTER_UNRECORDED_EXTENSION in {f.code for f in found.findings}
    # the timeline keeps whose word the day is; the letter's own dates carry no such note
    assert decided[0].event["note"] == "Dated as you gave it: the letter does not state its date."
    others = [p for p in propose(given, []) if p.event["type"] != "decision_notified"]
    assert others and all(not p.event.get("note") for p in others)


def test_read_letter_dated(capsys: pytest.CaptureFixture[str]) -> None:
    path = str(DEV / f"{UNDATED}.txt")
    status, out, _err = run(capsys, "read-letter", path, "--dated", "26/11/2021")
    assert status == 0
    assert "Dated:" in out
    assert "(as you gave it: the letter does not state its date)" in out
    status, out, _err = run(capsys, "read-letter", path, "--dated", "2021-11-26", "--json")
    assert status == 0
    events = json.loads(out)["events"]
    decided = [e["date"] for e in events if e["type"] == "decision_notified"]
    assert decided == ["2021-11-26"]
    status, _out, err = run(capsys, "read-letter", path, "--dated", "31/02/2021")
    assert status == 2
    assert "--dated" in err and "not a real date" in err


def test_read_letter_dated_is_ignored_for_a_dated_letter(
    capsys: pytest.CaptureFixture[str],
) -> None:
    path = str(DEV / f"{DATED}.txt")
    status, out, _err = run(capsys, "read-letter", path, "--dated", "2021-11-26")
    assert status == 0
    assert "4 April 2024" in out
    assert "as you gave it" not in out


# --- the dialog (pytest-qt, offscreen) ---


def _read(dialog: Any, qtbot: Any, text: str) -> None:
    dialog.text.setPlainText(text)
    dialog.read_now()
    assert dialog.reading is not None


def test_the_dialog_asks_for_the_date_only_when_the_text_has_none(
    main: Any, qtbot: Any, tmp_path: Path
) -> None:
    from test_app_letter_import import new_mfat_request, open_dialog, rows  # noqa: PLC0415

    new_mfat_request(main, qtbot)
    dialog = open_dialog(main)
    assert dialog.dated_row.isHidden()  # nothing read yet
    _read(dialog, qtbot, dev_letter(UNDATED))
    assert not dialog.dated_row.isHidden()
    assert not [p for p in dialog.proposals if p.event["type"] == "decision_notified"]
    qtbot.keyClicks(dialog.dated.edit, "26 Nov 2021")
    dialog.dated.commit()  # as leaving the field or Enter does
    assert dialog.reading is not None and dialog.reading.letter_date_given
    decided = [p for p in dialog.proposals if p.event["type"] == "decision_notified"]
    assert [p.event["date"] for p in decided] == ["2021-11-26"]
    assert "26 November 2021 (as you gave it)" in dialog.found.text()
    shown = dict(rows(dialog))
    assert shown[
        "Fri 26 Nov 2021 — Decision notified — granted; Dated as you gave it: the letter does "
        "not state its date."
    ]
    extension = [text for text in shown if "Extension notified" in text]
    assert extension == [
        "Fri 22 Oct 2021 — Extension notified — period not recorded (no period read in the "
        "letter: add it from the extension notice to know the new deadline)"
    ]
    assert shown[extension[0]]  # ticked: its period is "not recorded", never "none stated"
    assert not dialog.dated_row.isHidden()  # still there, to correct
    # a letter with its own date: nothing to ask, and the given date is not used
    _read(dialog, qtbot, dev_letter(DATED))
    assert dialog.dated_row.isHidden()
    assert dialog.reading is not None and not dialog.reading.letter_date_given


from test_app_support import answers_fixture, main_fixture  # noqa: E402, F401


def test_an_extension_notified_here_without_a_period_read_is_not_recorded_as_none() -> None:
    # this letter is the notice and no period is read in it: the reader's miss is not the
    # notice stating none (s 15A(4)(a)), so the period is "not recorded" and the row asks
    # for it; the reasons it gives ("consultations") are recorded as given
    text = (
        "20 May 2024\n\nDear [name]\n\nYour request was received on 1 May 2024. We need to "
        "extend the time limit for responding to your request under section 15A because "
        "consultations are needed.\n\nYours sincerely\n\nJane Doe\n"
    )
    extension = [
        p for p in propose(read_letter(text), []) if p.event["type"] == "extension_notified"
    ]
    assert [(p.no_period, p.ticked) for p in extension] == [(True, True)]
    event = extension[0].event
    assert event["stated_period"] is None and event["stated_reasons"] is True
    # it says nothing of complaining: not recorded, never "the notice did not say"
    assert event["stated_right_to_complain"] is None
