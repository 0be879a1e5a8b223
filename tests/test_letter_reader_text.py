"""The reader's building blocks: date styles, section lists, and never guessing."""

from __future__ import annotations

from datetime import date

import pytest

from oiaassist.reading.checks import CheckKind, check_reading
from oiaassist.reading.patterns import DateParts, parse_date_parts, parse_number
from oiaassist.reading.reader import LetterKind, read_letter


@pytest.mark.parametrize(
    ("written", "parts"),
    [
        ("13 September 2024", DateParts(13, 9, 2024)),
        ("13 Sept 2024", DateParts(13, 9, 2024)),
        ("Friday, 13 September 2024", DateParts(13, 9, 2024)),
        ("13th of September 2024", DateParts(13, 9, 2024)),
        ("September 13, 2024", DateParts(13, 9, 2024)),
        ("13/09/2024", DateParts(13, 9, 2024)),
        ("13.9.24", DateParts(13, 9, 2024)),
        ("2024-09-13", DateParts(13, 9, 2024)),
        ("13 Hepetema 2024", DateParts(13, 9, 2024)),
        ("Paraire, 4 Oketopa 2024", DateParts(4, 10, 2024)),
        ("13 September", DateParts(13, 9, None)),
    ],
)
def test_date_styles(written: str, parts: DateParts) -> None:
    assert parse_date_parts(written) == parts


@pytest.mark.parametrize(
    ("written", "number"),
    [("45", 45), ("forty-five", 45), ("twenty (20)", 20), ("ten", 10), ("sixty", 60)],
)
def test_numbers_of_days(written: str, number: int) -> None:
    assert parse_number(written) == number


def _sections(sentence: str) -> tuple[str, ...]:
    return read_letter(sentence).section_numbers


@pytest.mark.parametrize(
    ("sentence", "sections"),
    [
        ("It is withheld under ss 6(a) and 9(2)(g)(i) of the Act.", ("6(a)", "9(2)(g)(i)")),
        ("It is refused under sections 18(d) and (f).", ("18(d)", "18(f)")),
        (
            "It is withheld under section 9(2)(a), (g)(i) and (h).",
            ("9(2)(a)", "9(2)(g)(i)", "9(2)(h)"),
        ),
        ("We extended the time (s15A(1) refers).", ("15A(1)",)),
        ("Article 21(2) of the Convention applies.", ()),
        ("Section 17(2) of the Public Records Act 2005 applies.", ()),
        ("Please see question 4(b) and paragraph 3(a).", ()),
    ],
)
def test_section_lists(sentence: str, sections: tuple[str, ...]) -> None:
    assert _sections(sentence) == sections


def test_section_9_may_is_not_a_date() -> None:
    reading = read_letter("Information under section 9 may be withheld.")
    assert reading.letter_date is None
    assert reading.received is None
    assert reading.section_numbers == ("9",)


def test_a_letter_with_no_dates_states_nothing() -> None:
    reading = read_letter("Dear Sam\n\nThank you for your request. We will be in touch.\n")
    # "We will be in touch" acknowledges the request (issue 13: kinds by their words)
    assert reading.kind is LetterKind.ACKNOWLEDGEMENT
    assert read_letter("Dear Sam\n\nThank you.\n").kind is LetterKind.UNKNOWN
    assert reading.letter_date is None
    assert reading.received is None
    assert reading.stated_due is None
    assert reading.extension is None
    (check,) = check_reading(reading)
    assert (check.kind, check.ok) == (CheckKind.RECEIVED, None)


def test_a_possible_extension_is_not_an_extension() -> None:
    reading = read_letter(
        "2 October 2024\n\nDear Sam\n\nThank you for your request of 1 October 2024. If we "
        "need to extend the time limit for responding, we will let you know.\n"
    )
    assert reading.extension is None
    assert reading.kind is LetterKind.ACKNOWLEDGEMENT


def test_a_date_without_a_year_takes_the_letters_year() -> None:
    reading = read_letter(
        "6 January 2025\n\nDear Sam\n\nThank you for your email of 20 December requesting "
        "information under the Official Information Act 1982.\n"
    )
    assert reading.received is not None
    assert reading.received.value == date(2024, 12, 20)  # before the letter: last year


def test_a_date_without_a_year_and_no_letter_date_is_not_guessed() -> None:
    reading = read_letter("Thank you for your email of 20 December requesting information.")
    assert reading.received is None


def test_an_impossible_date_is_not_read() -> None:
    reading = read_letter("Thank you for your email of 30 February 2024 requesting information.")
    assert reading.received is None


def test_text_must_be_a_string() -> None:
    with pytest.raises(TypeError):
        read_letter(b"bytes")  # type: ignore[arg-type]


def test_a_due_date_label_and_a_plain_request_date() -> None:
    reading = read_letter(
        "Date: 15/10/2024\nOur ref: OIA-1\n\nDear Sam\n\nDate received: 14 October 2024\n"
        "Due date: 12/11/2024\n\nWe will respond under the Official Information Act 1982.\n"
    )
    assert reading.received is not None
    assert reading.received.value == date(2024, 10, 14)
    assert reading.stated_due is not None
    assert reading.stated_due.value == date(2024, 11, 12)


def test_the_request_date_stands_in_only_when_receipt_is_not_stated() -> None:
    reading = read_letter(
        "12 August 2024\n\nDear Sam\n\nYour request of 5 August 2024 has been transferred to "
        "the Office of the Minister of Finance under section 14 of the Official Information "
        "Act 1982.\n"
    )
    assert reading.received is not None
    assert reading.received.value == date(2024, 8, 5)
    assert reading.transfer is not None
    # the Minister, as the directory names them (not "the Office of the …")
    assert reading.transfer.to_agency.value == "Minister of Finance"
    reading = read_letter(
        "12 August 2024\n\nDear Sam\n\nYour request of 5 August 2024 was received on "
        "6 August 2024.\n"
    )
    assert reading.received is not None
    assert reading.received.value == date(2024, 8, 6)


@pytest.mark.parametrize(
    ("sentence", "released"),
    [
        ("I am pleased to provide the report to you.", True),
        ("The dates are provided below.", True),
        ("This is provided for in section 15A of the Act.", False),
        ("If we decide to release the report, we will send it to you.", False),
    ],
)
def test_release_words(sentence: str, released: bool) -> None:
    reading = read_letter("1 July 2024\n\nDear Sam\n\n" + sentence + "\n")
    assert (reading.outcome is not None) is released
