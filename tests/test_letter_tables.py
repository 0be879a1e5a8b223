"""A table's labels over its values, read as one label beside each value (issue 13).

Acknowledgements and registers give their dates as small tables; once whitespace is folded
a row of labels over a row of values puts the due date's label before the day of receipt.
The cases are dev fyi-3561-pncc-acknowledgement's facts ("received by Council on 20 January
2016", "no later than 18 February 2016", "LGOIMA 415711") laid out as tables.
"""

from __future__ import annotations

from datetime import date

import pytest

from oiaassist.reading import every_date, read_letter
from oiaassist.reading.tables import unflatten

_HEAD = "21 January 2016\n\nDear [name]\n\nOFFICIAL INFORMATION REQUEST\n\n"
_TAIL = "\n\nYours faithfully\n\nKyle Whitfield\nGOVERNANCE & SUPPORT TEAM LEADER\n"


@pytest.mark.parametrize(
    "table",
    [
        "Date received\tDue date\n20 January 2016\t18 February 2016",
        "Date received  |  Due date\n20/01/2016  |  18/02/2016",
        "Reference       Date received       Due date\nLGOIMA 415711   20 January 2016   "
        "18 February 2016",
        "Date received\nDue date\n20 January 2016\n18 February 2016",
        # bare headings, each read as a form's label ("Received: …"; round 7)
        "Received  |  Due\n20 January 2016  |  18 February 2016",
        "Received\tDue date\n20/01/2016\t18/02/2016",
    ],
)
def test_a_tables_labels_go_with_their_own_values(table: str) -> None:
    reading = read_letter(_HEAD + table + _TAIL)
    assert reading.received_stated is not None
    assert reading.received_stated.value == date(2016, 1, 20)
    assert reading.stated_due is not None
    assert reading.stated_due.value == date(2016, 2, 18)  # never the day of receipt


def test_the_text_keeps_its_length_and_other_lines() -> None:
    text = _HEAD + "Date received\tDue date\n20 January 2016\t18 February 2016" + _TAIL
    mended = unflatten(text)
    assert len(mended) == len(text)
    assert mended.startswith(_HEAD) and mended.endswith(_TAIL)
    roles = {d.written: d.role for d in every_date(text, read_letter(text))}
    assert roles["20 January 2016"] == "received" and roles["18 February 2016"] == "stated_due"


@pytest.mark.parametrize(
    "lines",
    [
        # a letterhead's lines over its date: no label of a fact, no table
        "Palmerston North City Council\nPrivate Bag 11034\n21 January 2016\n",
        # a sentence with wide spaces over a line with a number
        "We have  considered your  request carefully.\nIt is 5 pages long.\n",
    ],
)
def test_lines_that_are_no_table_are_left_alone(lines: str) -> None:
    assert unflatten(lines) == lines


@pytest.mark.parametrize(
    ("heading", "letter_date"),
    [
        # the same letter's facts as a form's labelled lines in its heading: a label naming
        # another fact's date is not the letter's date; a label for the letter's own is
        ("Request date: 20 January 2016\n", None),
        ("Statutory due date: 18 February 2016\n", None),
        ("Response date: 18 February 2016\n", None),
        ("Date of letter: 21 January 2016\n", date(2016, 1, 21)),
        ("Date sent: 21 January 2016\n", date(2016, 1, 21)),
    ],
)
def test_a_form_label_in_the_heading_says_whose_date_it_is(
    heading: str, letter_date: date | None
) -> None:
    body = "\nDear [name]\n\nOFFICIAL INFORMATION REQUEST\n\nCouncil refers to your request."
    found = read_letter(heading + body + _TAIL).letter_date
    assert (found.value if found else None) == letter_date
