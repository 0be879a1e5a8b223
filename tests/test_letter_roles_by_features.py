"""Dates and transfers read by their sentence's features, not by one letter's phrase (issue 13).

Each case is built from a real letter's words: a development-corpus letter
(tests/corpus/letters/dev, named by its id) or a page of the stored public web
(named by its address; none of them a held-out thread). Where a case shortens
a real sentence to test one feature, the comment says what was cut.
"""

from __future__ import annotations

from datetime import date

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
