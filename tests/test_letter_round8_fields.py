"""Round 8's field mechanisms: where a date or number belongs to another clause or text.

A wrong field is worse than a missed one. Each case is built from the words of a real
message the reader misread (silver dev messages, which carry no field labels but show what
the reader invents on bodies it was never tuned on) or a development letter.
"""

from __future__ import annotations

from datetime import date

from oiaassist.reading import read_letter


def test_an_act_is_dated_by_the_last_opening_date_before_it() -> None:
    # DIA (dev fyi-19992-dia-release, joined dev in round 8): the sentence splitter runs on past
    # a quoted link's closing mark, so one "sentence" opens two acts, "On 5 August 2022, you
    # refined …" and "On 2 September 2022 we extended …": the extension is notified on the
    # second day (s 15A(3)), not the first (read wrong before this round)
    text = (
        "9 June 2023\n\nTēnā koe [name]\n\n"
        "On 5 August 2022, you refined your request to be for the following;\n"
        "“https://www.dia.govt.nz/diawebsite.nsf/Files/report.pdf”\n"
        "On 2 September 2022 we extended the time to respond to your request by 20\n"
        "working days to 30 September 2022, under section 15A(1)(b) of the Act.\n"
    )
    extension = read_letter(text).extension
    assert extension is not None and extension.notice_date is not None
    assert extension.notice_date.value == date(2022, 9, 2)
    assert extension.extended_to is not None
    assert extension.extended_to.value == date(2022, 9, 30)


def test_receipt_acknowledged_on_a_day_states_the_day_of_receipt() -> None:
    # Auckland Council (dev fyi-23129-auckland-council-acknowledgement, joined dev in round 8):
    # "We acknowledge receipt of your request on 14 June 2023." states the day of receipt;
    # "receipt of your request dated …" still gives only the request's own date
    text = "Kia ora [name],\n\nWe acknowledge receipt of your request on 14 June 2023.\n"
    reading = read_letter(text)
    assert reading.received_stated is not None
    assert reading.received_stated.value == date(2023, 6, 14)
    dated = read_letter(text.replace("request on", "request dated"))
    assert dated.received is not None and dated.received_stated is None
    sent = read_letter(text.replace("request on", "request sent on"))
    assert sent.received_stated is None


def test_a_body_named_with_its_short_form_received_a_part_of_the_request() -> None:
    # DIA (dev fyi-22460-dia-decision, joined dev in round 8): the day a transferee received
    # part of a request is its day of receipt (s 14: its own clock runs from it), however the
    # body is named ("… (the Department)") and whatever part came
    text = (
        "25 May 2023\n\nTēnā koe [name]\n\nThank you for your email of 14 April 2023 to Hon "
        "Kieran McAnulty. On 27 April 2023 the Department of Internal Affairs (the Department) "
        "received a part of your request as a transfer from the Office of Hon Kieran McAnulty.\n"
    )
    reading = read_letter(text)
    assert reading.received_stated is not None
    assert reading.received_stated.value == date(2023, 4, 27)


def test_days_listed_before_a_date_date_the_first_asking() -> None:
    # A Minister's office (dev fyi-29617-minister-workplace-relations-release, joined dev in
    # round 8): "On 15 and 27 January 2025, my Office contacted you to refine the scope … and
    # on 27 January 2025 you confirmed …": refinement was first sought on 15 January (the day
    # s 15(1AA)'s 7 working days are measured to), not on the requester's day
    text = (
        "Tēnā koe [name]\n\nOn 15 and 27 January 2025, my Office contacted you to refine the "
        "scope of your request and on 27 January 2025 you confirmed that you were not amendable "
        "to rescoping your request.\n"
    )
    clarification = read_letter(text).clarification
    assert clarification is not None
    assert clarification.sought.value == date(2025, 1, 15)


def test_this_letter_is_to_advise_of_an_extension_notifies_it_now() -> None:
    # FENZ (dev fyi-33320-fenz-extension, joined dev in round 8): "This letter is to advise that
    # Fire and Emergency needs to extend the timeframe … by 15 working days" is the notice
    # (s 15A(3)), dated by the letter, even where the request quoted above it says something
    # "was refused by New Zealand Police"
    text = (
        "9 February 2026\nRef: 20368\nTēnā koe [name]\nThank you for your request of 18 "
        "December 2025 requesting the following information under the Official Information Act "
        "1982 (OIA):\n1. Provide the incident report where helicopter air transport for Fire "
        "and Emergency was refused by New Zealand Police.\nThis letter is to advise that Fire "
        "and Emergency needs to extend the timeframe of our response to your request by 15 "
        "working days, under section 15A(1)(a) of the OIA.\n"
    )
    extension = read_letter(text).extension
    assert extension is not None and extension.notified_in_this_letter
    assert extension.notice_date is not None
    assert extension.notice_date.value == date(2026, 2, 9)


def test_receipt_acknowledged_on_a_weekday_or_a_month_first_date() -> None:
    # the same acknowledgement (dev fyi-23129) in other date styles (test_letter_date_styles)
    for written in ("Wednesday 14 June 2023", "June 14, 2023", "Wednesday, June 14, 2023"):
        text = f"Kia ora [name],\n\nWe acknowledge receipt of your request on {written}.\n"
        received = read_letter(text).received_stated
        assert received is not None and received.value == date(2023, 6, 14), written


def test_a_transferee_dates_the_part_it_received_as_a_transfer() -> None:
    # dev fyi-22460-dia-decision, its words: the author is the transferee, and the day it
    # received the part transferred to it is the day of the transfer (and its receipt, s 14)
    text = (
        "25 May 2023\nDear [name]\nThank you for your email of 14 April 2023 to Hon Kieran "
        "McAnulty. On 27 April 2023 the Department of Internal Affairs (the Department) "
        "received a part of your request as a transfer from the Office of Hon Kieran McAnulty.\n"
    )
    reading = read_letter(text)
    assert reading.transferred_in is not None
    assert reading.transferred_in.value == date(2023, 4, 27)
    assert reading.received is not None and reading.received.value == date(2023, 4, 27)


def test_one_reference_for_two_requests_of_one_register_is_both_numbers() -> None:
    # dev fyi-22589-moj-decision: "Our ref: OIA 104272 & 104278"
    text = "2 May 2024\nOur ref: OIA 104272 & 104278\nDear [name]\nThank you for your requests.\n"
    reading = read_letter(text)
    assert reading.reference is not None
    assert reading.reference.value == "OIA 104272 & 104278"


def test_a_number_before_a_month_first_date_is_not_a_day() -> None:
    # dev fyi-12143-kiwirail-release's heading with its date written month first: the
    # reference's last digits and the month are not "02 March"
    text = "Response: OIA2020.02\nMarch 3, 2020\n\nDear [name]\nThank you for your request.\n"
    reading = read_letter(text)
    assert reading.letter_date is not None and reading.letter_date.value == date(2020, 3, 3)
