"""Dates and transfers read by their sentence's features, not by one letter's phrase (issue 13).

Each case is built from a real letter's words: a development-corpus letter
(tests/corpus/letters/dev, named by its id) or a page of the stored public web
(named by its address; none of them a held-out thread). Where a case shortens
a real sentence to test one feature, the comment says what was cut.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from oiaassist.reading import read_letter

_HEAD = "4 March 2024\n\nDear [name]\n\n"


# -- transfers: the act done now, the body the statute's ground names ----------------------


def test_a_transfer_whose_sentence_names_no_body_goes_to_the_body_the_ground_names() -> None:
    # dev fyi-22125-dpmc-transfer, its own two sentences with "to the MFAT" cut from the
    # second: the body is the one "more closely connected with the functions of" (s 14(b)(ii)).
    text = _HEAD + (
        "I can now advise that I believe the information you have requested is more closely "
        "connected with the functions of the Ministry of Foreign Affairs and Trade (MFAT). "
        "Accordingly, I have decided to transfer your request under section 14(b)(ii) of the Act."
    )
    moved = read_letter(text).transfer
    assert moved is not None
    assert moved.to_agency.value == "Ministry of Foreign Affairs and Trade"
    assert moved.on is not None and moved.on.value == date(2024, 3, 4)
    assert not moved.date_stated  # the letter's own date stands for "now"


def test_a_promise_to_transfer_if_the_ground_holds_is_no_transfer() -> None:
    # https://va.cwp.govt.nz/a-z/official-information-act-requests (a policy page's words):
    # what the agency would do, not what it did.
    text = _HEAD + (
        "If the information you seek is not held by us or is more closely connected to another "
        "agency, we'll transfer your request to that agency. We'll tell you if we decided to "
        "transfer your request."
    )
    assert read_letter(text).transfer is None


def test_a_request_routed_inside_the_council_is_not_transferred() -> None:
    # dev fyi-11011-hutt-acknowledgement: a division of the Council is no other agency (s 12).
    text = _HEAD + (
        "Your request has been referred to the Democratic Services Division of Council and is "
        "being processed."
    )
    assert read_letter(text).transfer is None


@pytest.mark.parametrize(
    ("sentence", "body"),
    [
        # dev fyi-21155-moh-transfer's "For this reason, I have decided to transfer your request
        # to Te Whatu Ora", the object written as "your questions" (the thing asked is the
        # request: s 14 transfers it whatever it is called)
        (
            "For this reason, I have decided to transfer your questions to Te Whatu Ora.",
            "Te Whatu Ora",
        ),
        # dev fyi-11011-hutt-acknowledgement's "Your request has been referred to …", with a
        # body outside the Council and the adverb "now"
        (
            "Your request has now been referred to the Department of Internal Affairs.",
            "Department of Internal Affairs",
        ),
    ],
)
def test_a_transfer_in_other_words_for_the_request(sentence: str, body: str) -> None:
    moved = read_letter(_HEAD + sentence).transfer
    assert moved is not None
    assert moved.to_agency.value == body


# -- clarification: the day nearest the act's own words -------------------------------------


def test_the_day_of_a_clarification_is_the_one_by_its_verb_not_the_letters_heading() -> None:
    # dev fyi-4278-auckland-transport-other: "Thank you for contacting Auckland Transport on
    # 28 July 2016 and refining your request", the heading run into the sentence (no full
    # stop after the greeting) must not be read as the day of the act.
    text = (
        "4 August 2016\n\nDear [name]\n\nThank you for contacting Auckland Transport on "
        "28 July 2016 and refining your request with regards to the tender."
    )
    clarified = read_letter(text).clarified
    assert clarified is not None
    assert clarified.value == date(2016, 7, 28)


# -- the decision's own day: only a decision, not another step --------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        # https://fyi.org.nz/request/19205 (Fire and Emergency NZ, dev agency; not held out):
        # an earlier letter that notified an extension, recounted
        "On 22 May 2022 we wrote to you to notify you of an extension of the time to make our "
        "decision. We have now decided to release the information.",
        # an earlier response now under review by the Ombudsman is not this letter's decision
        # (the words of dev fyi-25387-doc-release's "the decision letter sent to you on 1 March",
        # set in a review)
        "You asked the Ombudsman to review the decision letter sent to you on 1 March 2022. We "
        "have reconsidered and are releasing the documents.",
    ],
)
def test_an_earlier_letter_that_was_not_this_decision_gives_no_decision_day(sentence: str) -> None:
    reading = read_letter("30 June 2022\n\nDear [name]\n\n" + sentence)
    assert reading.decided_on is None


def test_the_decision_letter_sent_earlier_still_dates_the_decision() -> None:
    # dev fyi-25387-doc-release: "This letter is further to the decision letter sent to you on
    # 1 March, concerning your clarified request" ("clarified" describes the request)
    text = (
        "4 March 2024\n\nTēnā koe [name]\n\nThank you for your request to the Department of "
        "Conservation, received on 13 January 2024. This letter is further to the decision letter "
        "sent to you on 1 March, concerning your clarified request. I have decided to release the "
        "relevant parts of the documents listed below."
    )
    reading = read_letter(text)
    assert reading.decided_on is not None
    assert reading.decided_on.value == date(2024, 3, 1)


# -- transfers in: this agency is the transferee ---------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "day"),
    [
        # dev fyi-28655-msd-decision: "Thank you for your request, transferred to the Ministry
        # of Social Development (the Ministry) on 4 November 2024", with the letter's own short
        # name for itself: a body named by its kind alone is the letter's author
        (
            "Thank you for your request, transferred to the Ministry on 4 November 2024, "
            "requesting information relating to costs.",
            date(2024, 11, 4),
        ),
        # dev fyi-18456-minister-of-health-decision's "transferred to my Office by the Ministry
        # of Health on 16 February 2022", told with the transferor as the subject and only part
        # of the request moved
        (
            "The Ministry of Health transferred part of your request to my Office on "
            "16 February 2022.",
            date(2022, 2, 16),
        ),
        # dev fyi-25447-tec-decision's "transferred to the Tertiary Education Commission (TEC)
        # on 24 January 2024", with the transferor named after the day
        (
            "Thank you for your request, transferred to the Tertiary Education Commission (TEC) "
            "on 24 January 2024 from the Ministry of Education.",
            date(2024, 1, 24),
        ),
        # the same letter's receipt told with the noun ("following its transfer from")
        (
            "The Tertiary Education Commission received your request on 24 January 2024, "
            "following its transfer from the Ministry of Education.",
            date(2024, 1, 24),
        ),
    ],
)
def test_a_transfer_into_this_agency_is_not_one_out_of_it(sentence: str, day: date) -> None:
    reading = read_letter("9 February 2024\n\nTēnā koe [name]\n\n" + sentence)
    assert reading.transfer is None
    assert reading.transferred_in is not None
    assert reading.transferred_in.value == day


# -- the stated due date: the agency's own promise, whatever its verb -------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        # dev fyi-31131-doc-extension's "We will send you a response no later than 11 August
        # 2025, earlier if possible", its verb of answering changed: the subject (we), the
        # future and the deadline word make the promise, not the word "response"
        "We will get back to you no later than 11 August 2025, earlier if possible.",
        "The Department will be in touch with you no later than 11 August 2025.",
        "We will provide the information to you no later than 11 August 2025.",
        # the same date written as the limit the Act gives the agency
        "The Department has until 11 August 2025 to make a decision on your request.",
        "The due date for a response to your request is therefore 11 August 2025.",
    ],
)
def test_a_due_date_the_agency_promises_in_its_own_words(sentence: str) -> None:
    reading = read_letter("14 July 2025\n\nKia ora [name]\n\n" + sentence)
    assert reading.stated_due is not None
    assert reading.stated_due.value == date(2025, 8, 11)


def test_a_promise_to_say_whether_is_no_due_date() -> None:
    # the same words made a possibility: what the agency will tell by then, not when it answers
    sentence = "We will let you know no later than 11 August 2025 whether we need more time."
    reading = read_letter("14 July 2025\n\nKia ora [name]\n\n" + sentence)
    assert reading.stated_due is None


# -- received: the day of receipt opening its sentence -----------------------------------------


def test_the_day_of_receipt_that_opens_its_sentence() -> None:
    # dev fyi-25387-doc-release's "Thank you for your request to the Department of
    # Conservation, received on 13 January 2024", told with the day first
    text = (
        "4 March 2024\n\nTēnā koe [name]\n\nOn 13 January 2024, the Department of Conservation "
        "received your request for correspondence. We have decided to release the documents."
    )
    reading = read_letter(text)
    assert reading.received_stated is not None
    assert reading.received_stated.value == date(2024, 1, 13)


def test_a_clarified_request_received_on_a_day_is_not_the_first_receipt() -> None:
    # the same words about the amended request (s 15(1AA)): not the day the request arrived
    text = (
        "4 March 2024\n\nTēnā koe [name]\n\nOn 24 January 2024, the Department of Conservation "
        "received your clarified request."
    )
    assert read_letter(text).received_stated is None


# -- the transferee in the directory's terms ---------------------------------------------------


@pytest.mark.parametrize(
    ("written", "body"),
    [
        # dev fyi-23467-wcc-transfer: "We have formally transferred your request to Waka Kotahi
        # NZ Transport Agency", the agency's two names in the other order
        ("NZ Transport Agency Waka Kotahi", "NZ Transport Agency"),
        # Health New Zealand's own dual name as its dev letters write it ("asking Health New
        # Zealand | Te Whatu Ora for the following"), and with a dash
        ("Health New Zealand | Te Whatu Ora", "Health New Zealand"),
        ("Te Whatu Ora - Health New Zealand", "Te Whatu Ora"),
        # the Ministry of Transport's own dual name, Māori first (its letterhead style): the
        # leading words are a directory name too, so they win
        ("Te Manatū Waka Ministry of Transport", "Te Manatū Waka"),
        # an English name with its Māori name after it
        ("Department of Internal Affairs Te Tari Taiwhenua", "Department of Internal Affairs"),
        # a body the directory does not list is kept as written
        ("Regional Software Holdings Ltd", "Regional Software Holdings Ltd"),
    ],
)
def test_a_transferee_with_two_names_is_the_directory_body(written: str, body: str) -> None:
    text = _HEAD + f"We have formally transferred your request to {written}. As the information"
    moved = read_letter(text).transfer
    assert moved is not None
    assert moved.to_agency.value == body


@pytest.mark.parametrize(
    "sentence",
    [
        # dev fyi-25387-doc-release's "This letter is further to the decision letter sent to
        # you on 1 March", the decision's day told with the body as the subject …
        "The Department decided on 1 March 2024 to release the relevant parts of the documents.",
        # … or by the earlier letter that gave the decision …
        "This letter is further to our letter dated 1 March 2024, in which we advised you of our "
        "decision to release the relevant parts of the documents.",
        # … or in the passive
        "You were advised on 1 March 2024 that we had decided to release the relevant parts of "
        "the documents.",
    ],
)
def test_the_day_a_decision_was_made_before_this_letter(sentence: str) -> None:
    reading = read_letter("4 March 2024\n\nTēnā koe [name]\n\n" + sentence)
    assert reading.decided_on is not None
    assert reading.decided_on.value == date(2024, 3, 1)


def test_the_ground_for_a_transfer_into_this_office_names_no_transferee() -> None:
    # dev fyi-18456-minister-of-health-decision's "… which was transferred to my Office by the
    # Ministry of Health on 16 February 2022", after a sentence giving the ground (added): the
    # body the ground names is this letter's author, the transferee, not a body sent to
    text = (
        "21 March 2022\n\nDear [name]\n\nThe Ministry of Health considered the information more "
        "closely connected with the functions of the Minister of Health. Thank you for your "
        "request under the Official Information Act 1982 (the Act) which was transferred to my "
        "Office by the Ministry of Health on 16 February 2022."
    )
    reading = read_letter(text)
    assert reading.transfer is None
    assert reading.transferred_in is not None
    assert reading.transferred_in.value == date(2022, 2, 16)


def test_a_letter_that_writes_to_ask_whether_the_requester_would_refine() -> None:
    # dev fyi-21475-otago-release's "We note we contacted you 12 January 2023 to see whether
    # you would be willing to limit the scope of your request", as the letter that asks
    # (written now, so dated by the letter itself: s 15(1AA))
    text = (
        "12 January 2023\n\nKia ora [name]\n\nWe are writing to ask whether you would be willing "
        "to limit the scope of your request."
    )
    asked = read_letter(text).clarification
    assert asked is not None
    assert asked.asked_in_this_letter
    assert asked.sought.value == date(2023, 1, 12)


def test_a_transfer_in_full_between_commas() -> None:
    # dev fyi-23467-wcc-transfer's "We have formally transferred your request to Waka Kotahi
    # NZ Transport Agency", in the passive with "in full" set off by commas
    text = _HEAD + "Your request has been transferred, in full, to Waka Kotahi NZ Transport Agency."
    moved = read_letter(text).transfer
    assert moved is not None
    assert moved.to_agency.value == "Waka Kotahi NZ Transport Agency"
    assert not moved.partial


def test_being_asked_to_transfer_is_no_transfer() -> None:
    # the same words as something asked of the agency, not done by it
    text = _HEAD + "We have been asked to transfer your request to Waka Kotahi NZ Transport Agency."
    assert read_letter(text).transfer is None


def test_a_request_forwarded_on_a_day_is_transferred_that_day() -> None:
    # dev fyi-11011-hutt-acknowledgement's "Your request has been referred to …", to another
    # body and dated: the day is the act's, not the letter's
    text = _HEAD + "Your request was referred to Wellington City Council on 1 March 2024."
    moved = read_letter(text).transfer
    assert moved is not None
    assert moved.on is not None and moved.on.value == date(2024, 3, 1)
    assert moved.date_stated


# -- the fresh dev letters merged at 12:03 (read before any rule was shaped on them) ------------

_DEV = Path(__file__).parent / "corpus" / "letters" / "dev"


def _dev(letter_id: str) -> str:
    return (_DEV / f"{letter_id}.txt").read_text(encoding="utf-8")


def test_a_split_transfer_after_a_negated_ground_names_both_bodies() -> None:
    # dev fyi-16944-minister-arts-culture-heritage-transfer: "As the office does not hold this
    # information, I have transferred your request to Creative New Zealand … and the final
    # part I have transferred to Manatū Taonga - The Ministry for Culture and Heritage": the
    # "not" is the ground's (s 14(b)(i)), another clause; two bodies, each part to one
    moved = read_letter(_dev("fyi-16944-minister-arts-culture-heritage-transfer")).transfer
    assert moved is not None
    assert moved.to_agency.value == (
        "Arts Council of New Zealand Toi Aotearoa; Ministry for Culture and Heritage"
    )
    assert moved.partial


def test_a_transfer_by_the_body_the_request_was_sent_to_is_one_into_this_agency() -> None:
    # dev fyi-28832-hnz-release: "your e-mail of 20 October 2024 to the Ministry of Health
    # which they transferred to Health NZ on 22 October 2024"
    reading = read_letter(_dev("fyi-28832-hnz-release"))
    assert reading.transfer is None
    assert reading.transferred_in is not None
    assert reading.transferred_in.value == date(2024, 10, 22)


def test_correspondence_from_the_ombudsman_received_is_not_the_requests_receipt() -> None:
    # dev fyi-31132-hnz-release: "Health New Zealand | Te Whatu Ora received correspondence on
    # 24 September 2025, from the Office of the Ombudsman"
    assert read_letter(_dev("fyi-31132-hnz-release")).received is None


@pytest.mark.parametrize(
    ("letter_id", "day"),
    [
        # "KiwiRail's Official Correspondence Unit received this OIA on the 28 November 2021"
        ("fyi-17733-kiwirail-release", date(2021, 11, 28)),
        # "your Official Information Act 1982 request (the Act) to NZTE, received 23 January 2024"
        ("fyi-29850-nzte-acknowledgement", date(2024, 1, 23)),
    ],
)
def test_receipt_told_with_the_requests_own_words(letter_id: str, day: date) -> None:
    reading = read_letter(_dev(letter_id))
    assert reading.received_stated is not None
    assert reading.received_stated.value == day


def test_a_consultation_before_refusing_for_collation_is_a_refinement_sought() -> None:
    # dev fyi-32812-hnz-decision: "On 21 November 2025, Health NZ emailed you and advised that
    # your request as currently framed wil be very difficult to meet without substantial
    # collation or research" (the consultation s 18B asks for before a s 18(f) refusal)
    asked = read_letter(_dev("fyi-32812-hnz-decision")).clarification
    assert asked is not None
    assert asked.sought.value == date(2025, 11, 21)


def test_a_heading_date_without_a_year_takes_the_one_year_the_letter_writes() -> None:
    # dev fyi-23101-nzte-release: headed "29 August"; every full date it writes is in 2023
    # (12 June, 10 July, 7 August 2023): 29 August 2023, an assumption the reading names
    reading = read_letter(_dev("fyi-23101-nzte-release"))
    assert reading.letter_date is not None
    assert reading.letter_date.value == date(2023, 8, 29)
    assert "letter_date" in reading.yearless


def test_a_heading_date_without_a_year_is_not_guessed_across_two_years() -> None:
    # the same heading over dates in two years (a December letter naming a January due
    # date): which year it is cannot be told, so the letter has no date
    text = (
        "[name]\n29 August\nDear [name]\nThank you for your email of 12 June 2023. We will "
        "respond by 7 August 2024."
    )
    assert read_letter(text).letter_date is None


def test_a_period_of_requests_received_is_not_the_day_of_receipt() -> None:
    # dev fyi-24737-doc-release's request for "requests we have received between 1 January
    # 2023 and 13 November 2023", asked as "received 1 January 2023 to 13 November 2023": a
    # period the request is about, not the day it arrived
    text = _HEAD + (
        "Thank you for your request for all requests received 1 January 2023 to 13 November 2023."
    )
    assert read_letter(text).received is None


# -- the fresh dev letters merged at 12:17 (read before any rule was shaped on them) ------------


def test_considering_this_is_no_maybe_before_an_extension() -> None:
    # dev fyi-19639-nz-on-air-extension: "Considering this, we are extending the timeframe for
    # the decision on your request by a further 30 working days. We will respond to your
    # request by 22 August 2022." ("Considering this," is a clause of its own, not "we
    # considered extending")
    ext = read_letter(_dev("fyi-19639-nz-on-air-extension")).extension
    assert ext is not None
    assert ext.working_days is not None and ext.working_days.value == 30
    assert ext.extended_to is not None and ext.extended_to.value == date(2022, 8, 22)


def test_an_updated_response_date_is_the_extended_one() -> None:
    # dev fyi-19639-nz-on-air-release: "NZ On Air extended the timeframe of this response by a
    # further 30 working days, with the updated response date being 22 August 2022"
    ext = read_letter(_dev("fyi-19639-nz-on-air-release")).extension
    assert ext is not None
    assert ext.extended_to is not None and ext.extended_to.value == date(2022, 8, 22)


def test_the_summer_holidays_are_no_extension() -> None:
    # dev fyi-24912-nz-on-air-acknowledgement: "given the upcoming summer holiday, the usual
    # time frame … will be extended. … you may expect a response by 17 January 2024": the
    # days from 25 December to 15 January are not working days (s 2), not a s 15A extension
    reading = read_letter(_dev("fyi-24912-nz-on-air-acknowledgement"))
    assert reading.extension is None
    assert reading.stated_due is not None
    assert reading.stated_due.value == date(2024, 1, 17)


def test_a_dated_contact_whose_next_sentences_ask_to_refine() -> None:
    # dev fyi-20779-fenz-release: "On 13 October 2022, we emailed you regarding the part of your
    # request for … We explained that … would have likely resulted in a decline under section
    # 18(f) … substantial collation or research. We asked you to consider a refinement"
    asked = read_letter(_dev("fyi-20779-fenz-release")).clarification
    assert asked is not None
    assert asked.sought.value == date(2022, 10, 13)


def test_an_invitation_to_reframe_and_the_new_due_date_it_brings() -> None:
    # dev fyi-24685-dia-release: "On 9 November 2023, Te Tari Taiwhenua invited you to reframe
    # your request … On the same day, you were advised that the new due date is 23 January
    # 2024": reframing is refining (s 15(1AA)), and its new due date is the 20 days starting
    # again, a stated due date, not an extension (s 15A)
    reading = read_letter(_dev("fyi-24685-dia-release"))
    assert reading.clarification is not None
    assert reading.clarification.sought.value == date(2023, 11, 9)
    assert reading.extension is None
    assert reading.stated_due is not None
    assert reading.stated_due.value == date(2024, 1, 23)


def test_an_earlier_response_named_without_a_decision_word_dates_no_decision() -> None:
    # dev fyi-19067-minister-for-infrastructure-release: "I refer to your request … and my
    # response dated 4 May 2022. Due to the passage of time, documents … are now able to be
    # released": this letter decides anew; the earlier letter was a refusal
    assert read_letter(_dev("fyi-19067-minister-for-infrastructure-release")).decided_on is None


def test_a_yearless_due_date_in_an_undated_email_stays_unknown() -> None:
    # dev fyi-18566-wcc-acknowledgement: "your email dated 15 Feb 2021 … no later than 15 March":
    # the email has no date of its own, so "15 March" has no year the letter states (the
    # corpus rule, tests/corpus/letters/README.md)
    assert read_letter(_dev("fyi-18566-wcc-acknowledgement")).stated_due is None


def test_the_twenty_working_days_that_run_to_a_day() -> None:
    # dev fyi-24912-nz-on-air-acknowledgement's summer-holiday due date, told as the period
    # running to it ("the usual time frame … you may expect a response by 17 January 2024")
    text = (
        "20 December 2023\n\nTēnā koe,\n\nBecause of the summer holiday, the 20 working days "
        "for our response runs to 17 January 2024."
    )
    reading = read_letter(text)
    assert reading.extension is None
    assert reading.stated_due is not None
    assert reading.stated_due.value == date(2024, 1, 17)


def test_a_reframed_request_of_a_day_is_the_day_it_was_clarified() -> None:
    # dev fyi-24685-dia-release's "On 4 December 2023, you provided the following reframing of
    # your request", told as "your reframed request of 4 December 2023"
    text = (
        "23 January 2024\n\nTēnā koe [name]\n\nThank you for your reframed request of "
        "4 December 2023."
    )
    clarified = read_letter(text).clarified
    assert clarified is not None
    assert clarified.value == date(2023, 12, 4)


def test_a_part_sent_elsewhere_without_its_own_verb() -> None:
    # dev fyi-20211-dpmc-transfer: "… is held by the Department of Internal Affairs (the
    # Department). … to transfer questions one and two to the Prime Minister and questions
    # three, four and five to the Department." ("the Department" is the short name the
    # letter gave the body its ground names, not DPMC itself)
    moved = read_letter(_dev("fyi-20211-dpmc-transfer")).transfer
    assert moved is not None
    assert moved.to_agency.value == "Prime Minister; Department of Internal Affairs"


def test_the_nearest_body_after_transferred_to_is_the_transferee() -> None:
    # dev fyi-16944's bodies, told in one passive sentence: the first "to <body>" after the
    # verb is the first part's, the second the other part's
    text = _HEAD + (
        "Parts 1 to 3 have been transferred to Creative New Zealand and part 4 to Manatū Taonga."
    )
    moved = read_letter(text).transfer
    assert moved is not None
    assert moved.to_agency.value == (
        "Arts Council of New Zealand Toi Aotearoa; Ministry for Culture and Heritage"
    )


def test_the_body_that_transferred_it_to_us_on_a_day() -> None:
    # dev fyi-28832-hnz-release's "your e-mail of 20 October 2024 to the Ministry of Health
    # which they transferred to Health NZ on 22 October 2024", told with "it" and "us"
    text = (
        "19 February 2025\n\nTēnā koe [name]\n\nYour request was originally made to the Ministry "
        "of Health, who transferred it to us on 22 October 2024."
    )
    reading = read_letter(text)
    assert reading.transfer is None
    assert reading.transferred_in is not None
    assert reading.transferred_in.value == date(2024, 10, 22)


@pytest.mark.parametrize(
    "answer",
    [
        # dev fyi-20779-fenz-release's "We asked you to consider a refinement of your request.
        # On 15 October 2022 via email you confirmed with us that you are satisfied with …",
        # the reply made a refusal to refine (s 18(f) may follow), …
        "On 15 October 2022 you responded that you did not wish to refine your request.",
        # … a complaint, …
        "On 15 October 2022 via email you replied to complain about the delay.",
        # … or a request for time
        "On 15 October 2022 you replied asking for more time to consider.",
    ],
)
def test_a_reply_that_is_not_the_clarification_dates_no_clarification(answer: str) -> None:
    text = (
        "5 December 2022\n\nDear [name]\n\nOn 13 October 2022, we emailed you and asked you to "
        "consider a refinement of your request. " + answer
    )
    reading = read_letter(text)
    assert reading.clarification is not None
    assert reading.clarified is None


@pytest.mark.parametrize(
    "sentence",
    [
        # dev fyi-31131-doc-extension's promise ("We will send you a response no later than 11
        # August 2025") made a promise of something else: an update, or a talk about the scope
        "We will send you an update on progress no later than 11 August 2025.",
        "We will be in touch with you no later than 11 August 2025 to discuss the scope.",
    ],
)
def test_a_promise_of_something_other_than_the_answer_is_no_due_date(sentence: str) -> None:
    reading = read_letter("14 July 2025\n\nKia ora [name]\n\n" + sentence)
    assert reading.stated_due is None


def test_a_decision_the_information_is_about_is_not_the_requests() -> None:
    # dev fyi-25387-doc-release's release ("I have decided to release the relevant parts of
    # the documents") of papers about another body's decision, dated in the letter
    text = (
        "4 March 2024\n\nTēnā koe [name]\n\nCabinet decided on 1 March 2024 to fund the project. "
        "I have decided to release the relevant parts of the documents listed below."
    )
    assert read_letter(text).decided_on is None


@pytest.mark.parametrize(
    "sentence",
    [
        # dates a letter writes that are no step of the request (each a shape real letters
        # use around their own dates; none may be read as one)
        "Submissions are due by 3 June 2024.",
        "We received a complaint on 3 May 2024 about the matter you raise.",
        "You requested all reports received by the Ministry between 1 January 2023 and 30 June "
        "2023.",
        "Staff were transferred to the new Ministry on 1 July 2022.",
        "If we need to extend the time limit, we will let you know before 3 June 2024.",
    ],
)
def test_a_date_of_something_else_is_no_step_of_the_request(sentence: str) -> None:
    reading = read_letter("10 May 2024\n\nDear [name]\n\n" + sentence)
    assert reading.stated_due is None
    assert reading.received is None
    assert reading.transfer is None
    assert reading.extension is None


def test_a_negation_cut_off_by_an_aside_still_denies_the_transfer() -> None:
    # dev fyi-16944's "I have transferred your request to Creative New Zealand" denied with an
    # aside between "not" and the verb: the negation is the transfer's, not another clause's
    text = _HEAD + "We have not, however, transferred your request to Creative New Zealand."
    assert read_letter(text).transfer is None


def test_a_person_named_after_a_part_transfer_is_no_second_transferee() -> None:
    # dev fyi-20211's "to transfer questions one and two to the Prime Minister", followed by
    # where questions go (a person, not a body a request can be transferred to, s 14)
    text = _HEAD + (
        "I have decided to transfer questions one and two to the Prime Minister, and questions "
        "about this letter should be addressed to Ms Jane Smith."
    )
    moved = read_letter(text).transfer
    assert moved is not None
    assert moved.to_agency.value == "Prime Minister"
