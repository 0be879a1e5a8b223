"""Stated fields read by families of wording, not by one letter's sentence (issue 13).

Receipt: a letter states the day it received a request in many shapes: the verb before or after its
object ("we received your request on", "we received on 3 May your request"), the object
being any thing a requester sends (a request, an email, questions, an OIA), the passive
("your questions, received on"), "a request from you", a label ("Received date:"), and
other verbs of arriving ("reached us on"). Each is a receipt (the checks' basis
"received"); the request's own date ("your email of") stays only the request's date.

Each case keeps the frame of a real letter's sentence, named beside it (a stored public
page, none of them a held-out thread, or a development letter); where the verb or its
object is varied to test one member of the family, the comment says so.
"""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

import pytest

from oiaassist.reading import read_letter
from oiaassist.reading.reference.candidates import candidates

DEV = Path(__file__).resolve().parent / "corpus" / "letters" / "dev"
_HEAD = "21 January 2016\n\nDear [name]\n\n"
_TAIL = "\n\nYours faithfully\n\nKyle Whitfield\nGOVERNANCE & SUPPORT TEAM LEADER\n"


@pytest.mark.parametrize(
    "sentence",
    [
        # fyi.org.nz/request/3561 (Auckland Council's LGOIMA acknowledgement): "Your request
        # for information was received by Council on 20 January 2016." - the verb varied:
        "Your request for information reached Council on 20 January 2016.",
        "Your request for information came in on 20 January 2016.",
        "Your request for information was received and logged on 20 January 2016.",
        # the same letter's receipt told with the object after the day
        "Council received on 20 January 2016 your request for information.",
        # ... with "a request from you" for "your request"
        "Council received a request from you on 20 January 2016.",
        "On 20 January 2016, Council received a request from you for information.",
        "Council received an email from you on 20 January 2016 requesting information.",
        # ... with the requester's questions as the thing received (dev letters answer "your
        # questions", e.g. fyi-29416-doc-release)
        "Council received your questions on 20 January 2016.",
        "Your questions, received on 20 January 2016, are answered below.",
        # a register's label, as Manawatū's register writes "Date received" (dev letters)
        "Received date: 20 January 2016",
    ],
)
def test_every_voice_of_receipt_states_the_day_received(sentence: str) -> None:
    reading = read_letter(_HEAD + sentence + _TAIL)
    assert reading.received_stated is not None, sentence
    assert reading.received_stated.value == date(2016, 1, 20)


@pytest.mark.parametrize(
    "sentence",
    [
        # the request's own date is not its receipt (tests/corpus/letters/README.md)
        "Thank you for your request for information dated 20 January 2016.",
        # a received thing that is not the request (Health NZ's "received correspondence",
        # dev): its day is not the request's
        "Council received a complaint about the road on 20 January 2016.",
        # a period of receipt asked about, not a day of receipt
        "Council received 40 requests from 20 January 2016 to 1 March 2016.",
    ],
)
def test_other_days_are_not_the_receipt(sentence: str) -> None:
    assert read_letter(_HEAD + sentence + _TAIL).received_stated is None, sentence


# -- transfers ---------------------------------------------------------------------------


def test_a_transfer_decided_under_its_section_names_the_body_of_the_ground() -> None:
    # dev fyi-31793-minister-of-finance-transfer, its own two sentences (the text layer's
    # "14(b)(i )" kept): "decided under section … to transfer" is "decided to transfer".
    text = "7 August 2025\n\nDear [name]\n\n" + (
        "I believe the requested information is more closely connected to the functions of Te\n"
        "Tari Whakatau. Accordingly, I have decided under section 14(b)(i ) of the Official\n"
        "Information Act to transfer your request to them to consider."
    )
    moved = read_letter(text).transfer
    assert moved is not None
    assert moved.to_agency.value == "Te Tari Whakatau"
    assert not moved.date_stated


def test_a_decision_not_to_transfer_under_the_section_is_no_transfer() -> None:
    # the same sentence negated
    text = "7 August 2025\n\nDear [name]\n\n" + (
        "The information is more closely connected to the functions of Te Tari Whakatau. I have "
        "decided under section 14(b)(i) of the Act not to transfer your request to them."
    )
    assert read_letter(text).transfer is None


# -- the reference -------------------------------------------------------------------------


def test_an_earlier_responses_reference_is_not_this_requests() -> None:
    # dev fyi-24292-hnz-release-2, its heading and first sentence: the number after "our
    # previous response (ref:" is the earlier request's; this one's is in the subject line.
    text = (
        "Tēnā koe [name]\nOfficial information request HNZ00035558\n"
        "Thank you for your email on 9 January 2024, which relates to our previous response "
        "(ref: \nHNZ00030750), and has been considered under the Official Information Act 1982 "
        "(the Act): \n"
    )
    found = read_letter(text).reference
    assert found is not None and found.value == "HNZ00035558"


def test_a_second_responses_reference_stays_a_candidate() -> None:
    # "second" is not "previous": a later tranche may carry this request's own number
    text = (
        "Tēnā koe [name]\n"
        "This is our second response (ref: HNZ00030750) to your request under the Official "
        "Information Act 1982.\n"
    )
    found = read_letter(text).reference
    assert found is not None and found.value == "HNZ00030750"


# -- the stated due date -------------------------------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        # dev letters promise "You can expect a response by …"; the imperative "Please expect
        # our reply no later than …" is the same promise ("reply" a noun after "our"), not a
        # date the requester must reply by
        "Please expect our reply no later than 18 February 2016.",
        # "will be in touch by" (dev) in its other wording
        "We will be in contact with you on or before 18 February 2016.",
    ],
)
def test_a_due_date_promised_in_other_words(sentence: str) -> None:
    text = _HEAD + "Your request for information was received by Council on 20 January 2016. "
    reading = read_letter(text + sentence + _TAIL)
    assert reading.stated_due is not None, sentence
    assert reading.stated_due.value == date(2016, 2, 18)


def test_a_date_the_requester_must_reply_by_is_not_the_due_date() -> None:
    # fyi.org.nz/request/13308 (MFAT's scoping letter): "Can you please advise by 30 July 2020
    # whether this proposal is acceptable"
    text = "23 July 2020\n\nDear [name]\n\n" + (
        "Can you please advise by 30 July 2020 whether this proposal is acceptable."
    )
    assert read_letter(text + _TAIL).stated_due is None


@pytest.mark.parametrize(
    "sentence",
    [
        # dev extract (Wellington City Council): "We have formally transferred your request to
        # Waka Kotahi NZ Transport Agency"; the passive of it with adverbs of time and manner
        "Your request has today been transferred to Waka Kotahi NZ Transport Agency.",
        "Your request was subsequently transferred to Waka Kotahi NZ Transport Agency.",
        "Your request has now formally been transferred to Waka Kotahi NZ Transport Agency.",
    ],
)
def test_a_passive_transfer_with_adverbs_names_its_body(sentence: str) -> None:
    moved = read_letter(_HEAD + sentence + _TAIL).transfer
    assert moved is not None, sentence
    assert moved.to_agency.value.startswith("Waka Kotahi")


@pytest.mark.parametrize(
    "written",
    [
        # the corpus README's Reserve Bank reference (dev fyi-32225-rbnz-extension), and the
        # same register with the underscore between its letters and number
        "OIA2526_67",
        "OIA_2526_67",
    ],
)
def test_a_reference_joined_by_underscores(written: str) -> None:
    text = f"3 May 2024\nOur ref: {written}\n\nDear [name]\n\nThank you for your request.{_TAIL}"
    found = read_letter(text).reference
    assert found is not None and found.value == written


# -- an amended request's receipt ------------------------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        # tests/test_letter_roles_by_features.py's DOC words ("On 24 January 2024, the
        # Department of Conservation received your clarified request"), in the other voices
        # of the receipt family: the amended request's day is not the request's first receipt
        "Your clarified request was received by the Department of Conservation on 24 January 2024.",
        "Your clarified request, received on 24 January 2024, asks for the following.",
        "The Department of Conservation received your amended request on 24 January 2024.",
    ],
)
def test_an_amended_requests_receipt_is_the_clarified_day_not_the_first_receipt(
    sentence: str,
) -> None:
    reading = read_letter("4 March 2024\n\nTēnā koe [name]\n\n" + sentence)
    assert reading.received_stated is None, sentence
    assert reading.clarified is not None and reading.clarified.value == date(2024, 1, 24)


def test_a_clarification_received_on_a_day_is_the_day_clarified() -> None:
    # the same letter's words, the clarification itself the subject
    text = "4 March 2024\n\nTēnā koe [name]\n\n" + (
        "On 22 January 2024 we asked you to clarify your request. Your clarification was "
        "received on 24 January 2024."
    )
    reading = read_letter(text)
    assert reading.clarified is not None and reading.clarified.value == date(2024, 1, 24)
    assert reading.received_stated is None


@pytest.mark.parametrize("verb", ["revised", "reworded", "rephrased"])
def test_a_request_revised_on_a_day_is_the_day_clarified(verb: str) -> None:
    # round 15's fresh wordings, written before the reader read them: "revised" was the one
    # verb of answering a clarification it did not know
    text = "4 March 2024\n\nTēnā koe [name]\n\n" + (
        f"On 22 January 2024 we asked you to refine your request. You {verb} your request on "
        "24 January 2024."
    )
    reading = read_letter(text)
    assert reading.clarified is not None and reading.clarified.value == date(2024, 1, 24)


@pytest.mark.parametrize(
    "sentence",
    [
        # dev fyi-30632-kainga-ora-acknowledgement: "The response date shown takes into
        # account: …"; the response date stated as a date
        "The response date for your request is 18 February 2016.",
        # dev: "today is the final day for responding to your request"; the final day dated
        "The final day for responding to your request is 18 February 2016.",
        "The last day for us to respond is 18 February 2016.",
    ],
)
def test_the_response_date_and_the_last_day_are_the_due_date(sentence: str) -> None:
    text = _HEAD + "Your request for information was received by Council on 20 January 2016. "
    reading = read_letter(text + sentence + _TAIL)
    assert reading.stated_due is not None, sentence
    assert reading.stated_due.value == date(2016, 2, 18)


def test_an_updated_response_date_is_the_extended_date_not_the_original() -> None:
    # dev fyi-19639-nz-on-air-release: "with the updated response date being 22 August 2022"
    text = "29 July 2022\n\nDear [name]\n\n" + (
        "We received your request on 1 July 2022. We are extending the time to respond by 15 "
        "working days, with the updated response date being 22 August 2022."
    )
    reading = read_letter(text + _TAIL)
    assert reading.extension is not None and reading.extension.extended_to is not None
    assert reading.extension.extended_to.value == date(2022, 8, 22)
    assert reading.stated_due is None or reading.stated_due.value != date(2022, 8, 22)


@pytest.mark.parametrize(
    ("sentences", "body"),
    [
        # dev fyi-31793-minister-of-finance-transfer's last sentence after a transfer whose
        # own sentence names no body (the ground before it cut): the transferee acts next
        (
            "Accordingly, I have decided to transfer your request under section 14(b)(i) of the "
            "Official Information Act. Te Tari Whakatau has 20 working days from receipt of this "
            "transfer to make a decision on your request.",
            "Te Tari Whakatau",
        ),
        # dev fyi-22125-dpmc-transfer's sentence after the transfer
        (
            "Accordingly, I have decided to transfer your request under section 14(b)(ii) of the "
            "Act. The Ministry of Foreign Affairs and Trade have the usual timeframes under the "
            "Act from receipt of this transfer to make a decision on your request.",
            "Ministry of Foreign Affairs and Trade",
        ),
        # the same with the body's promise to respond, in a letter dated in May (the month is
        # not the modal "may")
        (
            "Your request has been transferred under section 14 of the Act. The Ministry of "
            "Foreign Affairs and Trade will respond to you directly.",
            "Ministry of Foreign Affairs and Trade",
        ),
        # dev fyi-22125's "to the MFAT" as "to the appropriate agency, the MFAT"
        (
            "Accordingly, I have decided to transfer your request to the appropriate agency, the "
            "Ministry of Foreign Affairs and Trade, under section 14(b)(ii) of the Act.",
            "Ministry of Foreign Affairs and Trade",
        ),
    ],
)
def test_the_transferee_named_beside_the_transfer(sentences: str, body: str) -> None:
    moved = read_letter("20 May 2023\n\nDear [name]\n\n" + sentences + _TAIL).transfer
    assert moved is not None, sentences
    assert moved.to_agency.value == body


@pytest.mark.parametrize(
    "sentences",
    [
        # a transfer that may happen, and one into this agency: the body acting next is not
        # a transferee of this letter's
        "If we transfer your request, the Ministry of Health will respond to you directly.",
        "Your request was transferred to us by the Ministry of Health. The Ministry of Health "
        "will be in touch with you about the rest.",
    ],
)
def test_no_transfer_out_from_the_body_that_acts_next(sentences: str) -> None:
    assert read_letter("20 May 2023\n\nDear [name]\n\n" + sentences + _TAIL).transfer is None


@pytest.mark.parametrize(
    "sentence",
    [
        # dev fyi-12108's words ("… transferred from the Ministry of Health to Hutt Valley
        # District Health Board (HVDHB) on 1 May 2020"), with an adverb before the verb
        "Your request was partially transferred from the Ministry of Health to Hutt Valley "
        "District Health Board (HVDHB) on 1 May 2020.",
        "Your request was subsequently transferred to Hutt Valley District Health Board (HVDHB) "
        "by the Ministry of Health on 1 May 2020.",
    ],
)
def test_a_transfer_in_with_an_adverb_is_dated(sentence: str) -> None:
    reading = read_letter("20 May 2020\n\nDear [name]\n\n" + sentence + _TAIL)
    assert reading.transferred_in is not None, sentence
    assert reading.transferred_in.value == date(2020, 5, 1)


# -- extensions of this request only ---------------------------------------------------------


def test_an_extension_of_a_previous_request_is_not_this_ones() -> None:
    # dev fyi-18942-stats-nz-release, its own sentence
    text = "26 May 2022\n\nDear [name]\n\n" + (
        "The information you have requested is in relation to a decision Stats NZ made to extend "
        "the maximum time limit to respond to your previous request for official information "
        "(dated, 21 March 2022)."
    )
    assert read_letter(text + _TAIL).extension is None


def test_a_new_limit_years_before_the_letter_is_a_misread_year() -> None:
    # dev documentcloud-police-ir-01-18-12367-release, its OCR text as published ("ior",
    # "15AM)", the year 2013 for 2018): the extension is told, its day is not trusted
    text = "4 December 2018\n\nDear [name]\n\n" + (
        "He also advised you that Police were extending the deadline ior responding to your "
        "request until 20 November 2013 pursuant to section 15AM) of the Official Information "
        "Act 1982."
    )
    reading = read_letter(text + _TAIL)
    assert reading.extension is not None
    assert reading.extension.extended_to is None
    assert reading.stated_due is None


@pytest.mark.parametrize(
    "sentence",
    [
        # the "a request from you" member of the family (above) told of a repeat request (OIA
        # s 18(h)): another request like this one, not this one's arrival
        "Council received a request from you on 20 January 2015 for similar information.",
        "Council also received a request from you on 20 January 2015.",
    ],
)
def test_a_request_like_this_one_received_earlier_is_not_this_receipt(sentence: str) -> None:
    assert read_letter(_HEAD + sentence + _TAIL).received_stated is None, sentence


@pytest.mark.parametrize(
    "sentence",
    [
        # a request's topic that holds a day of arriving or receiving: the day is the topic's
        "Your request about when the vessel arrived in Wellington on 20 January 2016 has been "
        "considered.",
        "We have answered your questions about correspondence received on 20 January 2016.",
    ],
)
def test_a_day_inside_the_requests_topic_is_not_its_receipt(sentence: str) -> None:
    assert read_letter(_HEAD + sentence + _TAIL).received_stated is None, sentence


# -- clarification sought ------------------------------------------------------------------


def test_a_clarification_sought_after_a_verb_of_telling() -> None:
    # dev fyi-30956-doc-decision, its own sentence
    text = "10 June 2025\n\nDear [name]\n\n" + (
        "On 21 May 2025, we advised you that questions 1 and 2 were likely to comprise a large "
        "volume of information and invited you to clarify or refine your request."
    )
    found = read_letter(text + _TAIL).clarification
    assert found is not None and found.sought.value == date(2025, 5, 21)


def test_telling_of_nothing_in_scope_is_no_clarification_sought() -> None:
    # dev fyi-24292-hnz-release, its own sentence: an earlier answer, no request to clarify
    text = "11 December 2023\n\nDear [name]\n\n" + (
        "On 28 November 2023, we informed you that we hadn’t identified any documents that were "
        "within scope of your request."
    )
    assert read_letter(text + _TAIL).clarification is None


# -- the day of deciding -------------------------------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "The Council extended the deadline for submissions to 26 June 2024.",
        "We extended the closing date for applications to 26 June 2024.",
    ],
)
def test_the_topics_deadline_extended_is_no_extension_of_the_request(sentence: str) -> None:
    # round 15's fresh distractors: read as an s 15A extension notified by this letter, a
    # letter dated after the deadline would have been told its "extension" came too late
    text = (
        "20 June 2024\n\nDear [name]\n\nYour request was received on 1 May 2024. "
        + sentence
        + " Please find the documents attached."
    )
    reading = read_letter(text)
    assert reading.extension is None
    # tied to the request, the same words are its extension
    tied = read_letter(
        re.sub(r"for (?:submissions|applications)", "for our response to your request", text)
    )
    assert tied.extension is not None


def test_a_decision_sent_earlier_with_a_comma_dates_the_decision() -> None:
    # round 15's fresh wordings, written before the reader read them
    text = (
        "20 May 2024\n\nDear [name]\n\nYour request was received on 1 April 2024. Our "
        "decision, sent to you on 3 May 2024, was to release the documents with redactions. "
        "Please find the documents attached."
    )
    reading = read_letter(text)
    assert reading.decided_on is not None and reading.decided_on.value == date(2024, 5, 3)


def test_a_decision_sent_earlier_dates_the_decision() -> None:
    # dev fyi-30523-gcsb-release, its own sentence: the decision the object of "sent"
    text = "15 May 2025\n\nDear [name]\n\n" + (
        "I understand my staff sent you a decision on this request on 8 May 2025."
    )
    reading = read_letter(text + _TAIL)
    assert reading.decided_on is not None and reading.decided_on.value == date(2025, 5, 8)


def test_a_decision_sent_on_an_extension_is_not_the_decision_day() -> None:
    # an earlier letter that extended the time is another step (s 15A), not the decision
    text = "15 May 2025\n\nDear [name]\n\n" + (
        "My staff sent you a decision to extend the time limit for your request on 16 April 2025."
    )
    assert read_letter(text + _TAIL).decided_on is None


# -- letters that joined dev at the merge of 6 December (17:48), read before tuning -------------


def test_a_decision_day_told_in_a_when_clause_after_the_extended_day() -> None:
    # dev fyi-16284-mfat-release, its own sentence
    text = "15 November 2021\n\nDear [name]\n\n" + (
        "On 1 September 2021, the deadline for your request was extended to 13 October 2021, when "
        "you were advised the Ministry had made a decision on your request, and the information "
        "was in the final stages of preparation to be sent to you as soon as possible."
    )
    reading = read_letter(text + _TAIL)
    assert reading.decided_on is not None and reading.decided_on.value == date(2021, 10, 13)


def test_my_decision_letter_to_you_of_a_day_dates_the_decision() -> None:
    # dev fyi-7863-mfat-release, its own words (a year-less day: the letter's year)
    text = "3 August 2018\n\nDear [name]\n\n" + (
        "Further to my decision letter to you of 16 July, attached are the documents relevant to "
        "your request."
    )
    reading = read_letter(text + _TAIL)
    assert reading.decided_on is not None and reading.decided_on.value == date(2018, 7, 16)


def test_the_response_to_you_of_a_day_may_answer_another_request() -> None:
    # dev fyi-28312-msd-release, its own words: an earlier response, not this decision's day
    text = "14 November 2024\n\nDear [name]\n\n" + (
        "As mentioned in the response to you dated 16 October 2024, when a request for emergency "
        "housing is made, the Ministry must make a decision on that request."
    )
    assert read_letter(text + _TAIL).decided_on is None


def test_a_month_first_date_and_a_time_in_a_printed_mail_header() -> None:
    # dev fyi-32952-kcdc-release, its header as stored: "11/14/2025" can only be 14 November,
    # and neither it nor the time is the council's reference
    text = (
        "From:  \nMailbox - Information Request <[email address]>\nSent time:  \n"
        "11/14/2025 06:22:42 PM\nTo:  \ns7(2)(a)\nSubject:  \nOut of scope  2526-166: Response to "
        "requests for information under the Local Government Official Information and Meetings "
        "Act 1987\n \nKia ora s7(2)(a)\n \nPlease find attached responses to your correspondence "
        "of 19 October 2025.\n"
    )
    reading = read_letter(text)
    assert reading.letter_date is not None and reading.letter_date.value == date(2025, 11, 14)
    assert reading.reference is not None and reading.reference.value == "2526-166"
    # "Out of scope" marks a redaction, not a clarification of the request
    assert reading.clarified is None


def test_an_email_header_run_into_one_line_dates_the_letter_and_gives_its_subject() -> None:
    # dev docslib-hamilton-cc-lgoima-20161-release, its opening as stored (one line)
    text = (
        "Michelle van Straalen From: official information Sent: Friday, 24 July 2020 15:51 To: "
        "Cc: official information Subject: LGOIMA 20161 - The physical addresses of all council "
        "owned or co-owned property that are of more than 50m2. Kia ora Further to your "
        "information request of 29 June 2020 in respect of the physical addresses, I am now able "
        "to provide Hamilton City Council’s response."
    )
    reading = read_letter(text)
    assert reading.letter_date is not None and reading.letter_date.value == date(2020, 7, 24)
    assert reading.reference is not None and reading.reference.value == "LGOIMA 20161"


def test_a_forwarded_header_run_into_one_line_is_not_the_letters_date() -> None:
    # dev extract fyi-15596-hutt-acknowledgement-x2, as stored: an internal forward
    text = (
        "From: contact mailbox Sent: Friday, 28 May 2021 4:32 PM To: Information Management Team "
        "Subject: FW: Official Information request - Submissions to the Long Term Plan 2021-31 "
        "[#5DA20E]"
    )
    assert read_letter(text).letter_date is None


def test_a_received_label_in_a_quoted_mail_header_is_no_receipt() -> None:
    # dev fyi-22442-auckland-transport-other, its quoted header as stored
    text = (
        "Kia ora [name],\nWe do not have a record of a request being sent from this email "
        "address.\n"
        + (
            "From: [name] <[FOI #22442 email]>;\nReceived: Mon Apr 24 2023 10:00:03 GMT+1200 (New "
            "Zealand Standard Time)\nTo: [email address] <at[Auckland Transport request email]>;\n"
            "Subject: Re: Official Information request - Request for copies from board meetings\n"
        )
    )
    assert read_letter(text).received_stated is None


def test_the_release_promised_in_an_undated_decision_is_not_the_due_date() -> None:
    # https://fyi.org.nz/request/29423 (a council's emailed decision, not in the corpus), its
    # own sentences: the information follows the decision (s 28(5)); no due date is stated
    text = (
        "Good afternoon Erika.\nI refer to your official information request dated 3 December "
        "2024 for information regarding government vaccination mandates. We have decided to "
        "grant your request in part, namely information which relates to your questions 1, 2, 3 "
        "and 5. However, it will take us some time to prepare the information for release. We "
        "will send you the information by 22 January 2025.\nRegards\nKaren\n"
    )
    assert read_letter(text).stated_due is None


def test_a_subject_line_below_the_first_line_is_the_subject_zone() -> None:
    # dev fyi-32952-kcdc-release's printed header has its "Subject:" on a later line; the
    # place a reference stands is read on any line of the heading, not only the text's first
    text = (
        "From:  \nMailbox - Information Request <[email address]>\nSubject:  2526-166: Response "
        "to requests for information\n\nKia ora [name]\n\nPlease find attached our response.\n"
    )
    found = [c for c in candidates(text, text.index("Kia ora")) if c.value == "2526-166"]
    assert found and "zone_subject" in found[0].features


# -- a label and its value, as a form, a table or a mail program lays them out --------------


@pytest.mark.parametrize(
    "line",
    [
        # fyi.org.nz/request/3561 (dev fyi-3561-pncc-acknowledgement): "Your request for
        # information was received by Council on 20 January 2016." - told as a register's or
        # a form's label and value, apart by a colon, a bar, a tab or spaces
        "Date received: 20 January 2016",
        "Date received | 20 January 2016",
        "Date received\t20 January 2016",
        "Received date   20/01/2016",
        "Received on: Wednesday, 20 January 2016",
    ],
)
def test_a_receipt_written_as_a_label_and_its_value(line: str) -> None:
    reading = read_letter(_HEAD + line + "\n\nThank you for your request for information." + _TAIL)
    assert reading.received_stated is not None, line
    assert reading.received_stated.value == date(2016, 1, 20)


@pytest.mark.parametrize(
    "line",
    [
        # the same letter's "no later than 18 February 2016", told as a label and its value
        "Due date for response: 18 February 2016",
        "Response due by: 18 February 2016",
        "Due date | 18 February 2016",
    ],
)
def test_a_due_date_written_as_a_label_and_its_value(line: str) -> None:
    text = _HEAD + "Date received: 20 January 2016\n" + line + "\n\nThank you." + _TAIL
    reading = read_letter(text)
    assert reading.stated_due is not None, line
    assert reading.stated_due.value == date(2016, 2, 18)


@pytest.mark.parametrize(
    "header",
    [
        "Received: Monday, 24 April 2023 10:00 a.m.",
        "Received | 24 April 2023",
        "Date received 24 April 2023",
    ],
)
def test_a_receipt_label_in_a_quoted_mail_header_is_no_receipt(header: str) -> None:
    # dev fyi-22442-auckland-transport-other quotes the requester's chaser under "From: …" with
    # "Received: Mon Apr 24 2023 10:00:03 GMT+1200": the header dates a message; the agency
    # says it has no record of the request. Whatever shape the label takes, not a receipt.
    path = DEV / "fyi-22442-auckland-transport-other.txt"
    text = path.read_text(encoding="utf-8").replace(
        "Received: Mon Apr 24 2023 10:00:03 GMT+1200 (New Zealand Standard Time)", header
    )
    assert read_letter(text).received is None


# -- a transfer in: the body it went to, as the letter names it ------------------------------


@pytest.mark.parametrize(
    ("sentence", "here"),
    [
        # dev fyi-12108-hvdhb-decision: "which was transferred from the Ministry of Health to
        # Hutt Valley District Health Board (HVDHB) on 1 May 2020" - the bodies the other way round
        (
            "Your request was transferred to Hutt Valley District Health Board by the Ministry of "
            "Health on 1 May 2020.",
            "Hutt Valley District Health Board",
        ),
        # dev fyi-28832-hnz-release, as stored: the receiver after "which they transferred to"
        (
            "Thank you for your e-mail of 20 October 2024 to the Ministry of Health which they "
            "transferred to Health NZ on 22 October 2024 seeking the following.",
            "Health NZ",
        ),
    ],
)
def test_the_receiver_of_a_transfer_in_is_named_here(sentence: str, here: str) -> None:
    reading = read_letter("20 May 2020\n\nDear [name]\n\n" + sentence + _TAIL)
    assert reading.transfer is None
    assert reading.transferred_in is not None
    assert reading.transferred_to_here is not None
    assert reading.transferred_to_here.value == here


def test_the_noun_of_a_transfer_in_dates_it() -> None:
    # dev fyi-12108-hvdhb-decision's transfer told with the noun: "the transfer of your request
    # from the Ministry of Health on 1 May 2020"
    text = "20 May 2020\n\nDear [name]\n\nWe received the transfer of your request from the " + (
        "Ministry of Health on 1 May 2020."
    )
    reading = read_letter(text + _TAIL)
    assert reading.transferred_in is not None
    assert reading.transferred_in.value == date(2020, 5, 1)


@pytest.mark.parametrize(
    "sentence",
    [
        # dev fyi-24427-doc-extension: "On October 25th 2023 you refined your request to
        # remove the following" - the same act told in the passive
        "Your request was refined on October 25th 2023 to remove the following.",
        "On October 25th 2023 your request was amended to remove the following.",
    ],
)
def test_a_request_clarified_in_the_passive_dates_the_clarification(sentence: str) -> None:
    text = "2 November 2023\n\nDear [name]\n\nOn 20 October 2023 we asked you to refine your "
    reading = read_letter(text + "request. " + sentence + _TAIL)
    assert reading.clarified is not None
    assert reading.clarified.value == date(2023, 10, 25)


def test_a_request_refined_by_the_agency_is_not_the_requesters_clarification() -> None:
    text = "2 November 2023\n\nDear [name]\n\nYour request was refined by us on 25 October 2023."
    assert read_letter(text + _TAIL).clarified is None


# -- a request quoted below the letter: its dates are not the letter's ----------------------


@pytest.mark.parametrize(
    "header",
    [
        # FYI.org.nz's quoted request header as dev fyi-19850-nzdf-other stores it
        "From: [name] [mailto:[FOI #19850 email]]\nSent: Thursday, 7 July 2022 3:37 p.m.\n"
        "To: Ministerial Services\nSubject: Official Information request - RIMPAC 2022\n",
        "On Thu, 7 Jul 2022 at 15:37, [name] <[FOI #19850 email]> wrote:\n",
    ],
)
def test_a_quoted_requests_dates_are_not_the_letters(header: str) -> None:
    # dev fyi-9571-gwrc-extension, as stored, with the request quoted under it asking for a
    # reply by a day of its own: no due date, transfer or extension is read from the request,
    # and no check calls the extension late
    from oiaassist.reading import check_reading  # noqa: PLC0415

    text = (DEV / "fyi-9571-gwrc-extension.txt").read_text(encoding="utf-8").rstrip()
    request = (
        "Dear Wellington Regional Council,\n\nI request the reports. I would appreciate a "
        "response by 12 February 2024. This request was transferred from another agency on "
        "10 January 2024.\n"
    )
    plain, quoted = read_letter(text), read_letter(f"{text}\n\n{header}\n{request}")
    assert quoted.stated_due == plain.stated_due
    assert quoted.transfer is None and quoted.transferred_in is None
    assert quoted.extension is not None and plain.extension is not None
    assert quoted.extension.notice_date == plain.extension.notice_date
    assert [c.ok for c in check_reading(quoted)] == [c.ok for c in check_reading(plain)]


def test_the_agencys_own_earlier_message_quoted_below_still_states_its_facts() -> None:
    # dev fyi-32937-msd-extension quotes MSD's own acknowledgement ("From: OIA_Requests (MSD)")
    # which states "your two emails received 20 November 2025": still a stated receipt
    text = (DEV / "fyi-32937-msd-extension.txt").read_text(encoding="utf-8")
    received = read_letter(text).received_stated
    assert received is not None and received.value == date(2025, 11, 20)


def test_a_quoted_request_from_a_named_requester_is_known_by_its_greeting_to_the_body() -> None:
    # a saved email, the requester named (not FYI's "[name]"): the quoted message greets the
    # council as every FYI request does ("Dear Wellington Regional Council,") - it is the
    # request, and its "a response by …" is not the letter's due date (dev fyi-9571 as stored)
    text = (DEV / "fyi-9571-gwrc-extension.txt").read_text(encoding="utf-8").rstrip()
    quoted = (
        "\n\nFrom: John Smith <john@example.com>\nSent: Monday, 15 January 2024 9:00 AM\n"
        "To: OIA\nSubject: request\n\nDear Wellington Regional Council,\n\nI request the "
        "reports. I would appreciate a response by 12 February 2024. This request was "
        "transferred from another agency on 10 January 2024.\n"
    )
    plain, read = read_letter(text), read_letter(text + quoted)
    assert read.stated_due == plain.stated_due
    assert read.transferred_in is None and read.transfer is None
