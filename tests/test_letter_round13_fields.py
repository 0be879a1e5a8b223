"""Round 13's mechanisms, each built from a real development letter the reader misread.

Written from the round's fresh development letters (tests/corpus/letters/README.md, the
twenty-first gathering), after the whole fresh batch was scored with the round's start
reader. Each mechanism is general wording, not one agency's; each test also holds a
near case the mechanism must leave alone.
"""

from __future__ import annotations

from datetime import date

from letter_support import dev_letter
from oiaassist.reading import read_letter
from oiaassist.reading.kind.rules import LetterKind


def test_a_notice_after_an_agreed_extension_extends_to_its_own_day() -> None:
    # University of Otago (fyi-12094), 31 March 2020: "Thank you for agreeing to extend the
    # due date for your request until 31 March … I am therefore writing to formally notify you
    # of an extension under section 15A(1)(b) … no later than Friday1 May (20 working days)".
    reading = read_letter(dev_letter("fyi-12094-otago-extension"))
    assert reading.kind is LetterKind.EXTENSION
    ext = reading.extension
    assert ext is not None and ext.notified_in_this_letter
    assert ext.notice_date is not None and ext.notice_date.value == date(2020, 3, 31)
    assert ext.extended_to is not None and ext.extended_to.value == date(2020, 5, 1)
    assert ext.working_days is not None and ext.working_days.value == 20
    # a later letter that recalls an earlier extension keeps its day (not a notice now)
    recalled = (
        "10 May 2024\nDear X\nWe wrote to you on 12 April 2024 to extend the time limit for "
        "responding to your request to 3 May 2024. Please find attached the documents.\n"
    )
    later = read_letter(recalled).extension
    assert later is not None and later.extended_to is not None
    assert later.extended_to.value == date(2024, 5, 3)


def test_a_day_name_glued_to_its_date_is_still_the_date() -> None:
    text = "1 March 2024\nDear X\nWe will respond to your request no later than Friday5 April 2024."
    reading = read_letter(text)
    assert reading.stated_due is not None and reading.stated_due.value == date(2024, 4, 5)


def test_an_office_advising_of_the_extension_dates_the_notice() -> None:
    # Minister of Corrections (fyi-16987): "As my office advised on 22 October 2021, your
    # request was extended in accordance with section 15 (1)(A) of the OIA."
    ext = read_letter(dev_letter("fyi-16987-minister-of-corrections-release")).extension
    assert ext is not None and ext.notice_date is not None
    assert ext.notice_date.value == date(2021, 10, 22)
    # the request's scope "extended to include" is no extension of time
    scope = (
        "3 June 2024\nDear X\nOn 20 May 2024 your request was extended to include the 2023 "
        "figures. Please find attached the data.\n"
    )
    assert read_letter(scope).extension is None


def test_we_emailed_you_to_extend_dates_the_notice() -> None:
    # Pharmac (2019): "We emailed you on 21 June 2019, to extend the timeframe for response
    # to 8 July 2019."
    ext = read_letter(dev_letter("pharmac-2019-keith-petrie-communications-release")).extension
    assert ext is not None and ext.notice_date is not None
    assert ext.notice_date.value == date(2019, 6, 21)
    assert ext.extended_to is not None and ext.extended_to.value == date(2019, 7, 8)


def test_a_decimal_number_of_working_days_is_not_an_extension_length() -> None:
    # NZSIS (fyi-21116): an extension recalled, then "the average NSC processing time for the
    # 2021 Residency visa was 51.28 working days": no 28-day extension
    ext = read_letter(dev_letter("fyi-21116-nzsis-release")).extension
    assert ext is not None and ext.working_days is None
    assert ext.extended_to is not None and ext.extended_to.value == date(2023, 2, 2)


def test_a_requester_asking_the_agency_to_clarify_is_no_clarification() -> None:
    # Ministry of Justice (fyi-25226): "Thank you for your email of 3 September 2024 … requesting
    # clarification of OIA 109160, provided to you by the Ministry on 20 February 2024."
    assert read_letter(dev_letter("fyi-25226-moj-release")).clarified is None
    # the requester clarifying their own request still is
    clarified = (
        "30 September 2024\nDear X\nOn 2 September 2024 we asked you to clarify your request. "
        "Thank you for your email of 3 September 2024 clarifying your request.\n"
    )
    found = read_letter(clarified).clarified
    assert found is not None and found.value == date(2024, 9, 3)


def test_a_request_due_today_states_its_due_date() -> None:
    # Pharmac (fyi-20235): "I am writing as your request is due today, 13 September 2022."
    reading = read_letter(dev_letter("fyi-20235-pharmac-decision"))
    assert reading.stated_due is not None and reading.stated_due.value == date(2022, 9, 13)


def test_you_will_find_the_information_attached_gives_it() -> None:
    # Pharmac (2023): "You will find the information you requested in your first and second
    # question in the document attached."
    reading = read_letter(dev_letter("pharmac-2023-prioritisations-release"))
    assert reading.kind_evidence.gives is not None
    # "you will find our response attached" in a cover note gives no information by itself
    cover = "1 May 2024\nDear X\nYou will find our letter attached.\nKind regards\n"
    assert read_letter(cover).kind_evidence.gives is None


def test_a_minister_speaking_as_the_portfolio_is_the_author() -> None:
    # Minister of Corrections (fyi-16987), no letterhead or signature in the stored text: "As
    # the Minister of Corrections, my top priority is safety …", then "Corrections has a duty
    # of care …" (the department, spoken of)
    from oiaassist.reading.author import letter_author  # noqa: PLC0415

    found = letter_author(dev_letter("fyi-16987-minister-of-corrections-release"))
    assert found is not None and found.name == "Minister of Corrections"
    # a department quoting its Minister is not the Minister
    quoting = (
        "3 June 2024\nDear X\nAs the Minister of Health noted in May, the Ministry of Health has "
        "received your request and will respond by 1 July 2024.\n"
    )
    quoted = letter_author(quoting)
    assert quoted is None or quoted.name == "Ministry of Health"
