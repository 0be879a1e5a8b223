"""The request's clock in a letter: which date is which, by the words around it (issue 13).

Each case is built from a real agency letter's words: a letter of the dev corpus
(``tests/corpus/letters/dev/``) or a stored FYI.org.nz page of a dev agency, named in
the case. Where a case changes the words (to write a number in words, say), it says
how. None comes from the held-out set.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from oiaassist.reading import read_letter

DEV = Path(__file__).parent / "corpus" / "letters" / "dev"


def test_a_date_in_a_sentence_is_not_the_letters_own_date() -> None:
    # Palmerston North City Council's acknowledgement (FYI request 1306, a stored page),
    # one sentence alone: the date ends a sentence, so it is not a letterhead's date,
    # and the letter's date stays unknown.
    reading = read_letter(
        "For your request, the 20 working days period has been calculated as being no "
        "later than 12 December 2013."
    )
    assert reading.letter_date is None
    assert reading.stated_due is not None and reading.stated_due.value == date(2013, 12, 12)


def test_a_letterhead_date_after_an_address_is_still_the_letters_date() -> None:
    # Greater Wellington's letterhead line shares a line with the date (the text layer of
    # fyi-28640-gwrc-extension joins them): names and numbers, not a sentence.
    reading = read_letter("Wellington 6142  1 November 2024\n\nTēnā koe Tony\n\nThanks.")
    assert reading.letter_date is not None and reading.letter_date.value == date(2024, 11, 1)


def test_a_request_dated_one_day_and_received_another_is_received_the_second() -> None:
    # The words of Greater Wellington's letters ("your request for information dated …,
    # which was received by …"), said the other way round: "received your request dated X
    # on Y". The request's own date is never its receipt (corpus README).
    reading = read_letter(
        "We received your request for information dated 5 April 2024 on 8 April 2024."
    )
    assert reading.received_stated is not None
    assert reading.received_stated.value == date(2024, 4, 8)


def test_the_day_a_request_was_made_is_not_the_day_it_was_received() -> None:
    # The Ministry of Health's "your request … to the Ministry of Health – Manatū Hauora (the
    # Ministry) on 25 October 2024" (a stored FYI page, request 28912, the dev agency's
    # letter), said as an agency also says the day it arrived: "made on X" is the request's
    # own date; the receipt is the later "on Y".
    reading = read_letter(
        "The Ministry received your request, made on 25 October 2024, on 28 October 2024."
    )
    assert reading.received_stated is not None
    assert reading.received_stated.value == date(2024, 10, 28)
    reading = read_letter(
        "Following our receipt of your request dated 25 October 2024, the Ministry will respond."
    )
    assert reading.received_stated is None  # "dated": the request's own date


def test_a_request_only_dated_has_no_stated_receipt() -> None:
    # The Police letter (documentcloud-police-ir-01-18-12367-release): "dated … received via
    # email" gives the request's date, not the day it arrived.
    reading = read_letter(
        "I refer to your Official Information Act request dated 28 September 2018 received "
        "via email seeking information concerning the Police announcement."
    )
    assert reading.received_stated is None


def test_an_extension_of_days_in_words_is_an_extension() -> None:
    # The Department of Conservation's words (fyi-24332-doc-extension: "We require an
    # additional 15 working days to respond to your request"), the number written in words.
    reading = read_letter(
        "We require an additional fifteen working days to respond to your request, and will "
        "send you a response by 11 December 2023."
    )
    assert reading.extension is not None
    assert reading.extension.working_days is not None
    assert reading.extension.working_days.value == 15
    assert reading.extension.extended_to is not None
    assert reading.extension.extended_to.value == date(2023, 12, 11)


def test_an_extension_by_days_after_has_been_is_its_length() -> None:
    # Internal Affairs (fyi-29042-dia-extension): "the timeframe to respond to your request
    # has been extended by five working days to 9 December 2024", here without "working"
    # (the issue: lengths "without 'working'"). "has been" is not "the Act has 20 days".
    reading = read_letter(
        "Under section 15A(1)(b) of the Act, the timeframe to respond to your request has "
        "been extended by five days to 9 December 2024."
    )
    assert reading.extension is not None
    assert reading.extension.working_days is not None
    assert reading.extension.working_days.value == 5
    assert reading.extension.extended_to is not None
    assert reading.extension.extended_to.value == date(2024, 12, 9)


# --- the agency's reference -------------------------------------------------------------


def test_a_request_number_in_the_subject_line_is_the_reference() -> None:
    # Greater Wellington (fyi-10836-gwrc-decision): the subject line under the greeting
    # numbers the request; without the letterhead's "File Ref" it is the reference.
    reading = read_letter(
        "Dear Mr [name]\nRequest for information 2019-304\nI refer to your request for "
        "information dated 27 August 2019, originally received by Greater\nWellington "
        "Regional Council (GWRC) on 27 August 2019."
    )
    assert reading.reference is not None and reading.reference.value == "2019-304"


def test_an_act_acronym_and_number_heading_the_subject_is_the_reference() -> None:
    # Kāpiti Coast's heading "OIR: 2324/724" (fyi-24667-kcdc-release) as a subject line
    # under the greeting, followed by the subject as agencies write it ("– Request for …").
    reading = read_letter(
        "Kia ora [name]\n\nOIR: 2324/724 – Request for information\n\nThank you for your request."
    )
    assert reading.reference is not None and reading.reference.value == "OIR: 2324/724"


def test_a_register_number_with_letters_after_a_label_is_the_reference() -> None:
    # Health New Zealand's subject line (fyi-25021-hnz-release): a label, then a number that
    # opens with the register's letters.
    reading = read_letter(
        "Tēnā koe [name]\nYour request for official information, reference: HNZ00034115\n"
        "Thank you for your request."
    )
    assert reading.reference is not None and reading.reference.value == "HNZ00034115"


def test_your_reference_number_is_the_one_the_agency_gave() -> None:
    # Police (fyi-31107-police-acknowledgement): "your reference number is …" is the number
    # Police gave the request, not the requester's own reference.
    reading = read_letter(
        "Tēnā koe\nI acknowledge receipt of your Official Information Act 1982 (OIA) request "
        "below.\nYour reference number is IR-01-25-19467."
    )
    assert reading.reference is not None and reading.reference.value == "IR-01-25-19467"


def test_a_wrapped_sentence_naming_the_reference_is_not_a_label() -> None:
    # Police (fyi-32314-police-extension) with the line broken where another text layer
    # breaks it: "reference number is IR-01-…" opening a line is a sentence, and the
    # reference is the number, not "is IR-01-…" or "number is IR-01-…".
    reading = read_letter(
        "Tçnâ koe [name],\nThank you for your information request. Your\nreference number is "
        "IR-01-25-33929.\n"
    )
    assert reading.reference is not None and reading.reference.value == "IR-01-25-33929"


def test_another_requests_number_is_not_this_letters_reference() -> None:
    # Stats NZ (fyi-18942-stats-nz-release) writes of "your previous request for official
    # information (dated, 21 March 2022)"; here that request also has its number (added):
    # it numbers the other request, not this one.
    reading = read_letter(
        "Stats NZ exceeded the maximum time limit to respond to your previous request for "
        "official information (OIA-2022-0123, dated 21 March 2022)."
    )
    assert reading.reference is None


def test_a_subject_line_numbering_the_request_after_a_dash_is_the_reference() -> None:
    # Greater Wellington's subject "Extension of time for request for information 2024-257"
    # (fyi-28640-gwrc-extension), and the same with a dash before the number as subject
    # lines often have it.
    for subject in (
        "Extension of time for request for information 2024-257",
        "Extension of time for request for information – 2024-257",
    ):
        reading = read_letter(f"Tēnā koe [name]\n{subject}\nI refer to your request.")
        assert reading.reference is not None and reading.reference.value == "2024-257"


def test_an_acts_acronym_before_a_year_is_not_a_reference() -> None:
    # Auckland Transport's statistics sentence (fyi-13059-auckland-transport-release: "1393
    # LGOIMA requests were received …") opening with the Act and a year.
    reading = read_letter(
        "LGOIMA 2020 figures: from 1 July 2019 to 30 June 2020, 1393 LGOIMA requests were "
        "received and processed by Auckland Transport."
    )
    assert reading.reference is None


def test_a_year_in_the_subject_line_is_not_a_reference() -> None:
    # Greater Wellington's subject style (fyi-10836-gwrc-decision) naming a financial year
    # instead of a number: "2024/25" is a year, and no reference is stated.
    reading = read_letter(
        "Dear Mr [name]\nRequest for information 2024/25 rates\nI refer to your request."
    )
    assert reading.reference is None


# --- email headers ------------------------------------------------------------------------

_HUTT_THREAD = (  # fyi-15596-hutt-acknowledgement (dev): an internal forward, then the request
    "From: contact mailbox\n"
    "Sent: Friday, 28 May 2021 4:32 PM\n"
    "To: Information Management Team\n"
    "Subject: FW: Official Information request - Submissions to the Long Term\n"
    "Plan 2021-31 [#5DA20E]\n\n"
    "-----Original Message-----\n"
    'From: "[name]" <[FOI #15596 email]>\n'
    "Sent: Friday, 28 May 2021 4:00 PM\n"
    'To: "OIA/LGOIMA requests at Hutt City Council" <[Hutt City Council request email]>\n'
    "Subject: Official Information request - Submissions to the Long Term Plan\n"
)


def test_the_top_messages_sent_header_is_the_letters_date() -> None:
    # Hutt City Council's header block, on top of the text: the message's own "Sent:" line,
    # with its time, dates it (only header lines stand above it).
    reading = read_letter(_HUTT_THREAD)
    assert reading.letter_date is not None and reading.letter_date.value == date(2021, 5, 28)
    assert "4:32 PM" in reading.letter_date.snippet


def test_a_quoted_sent_header_below_the_body_is_not_the_letters_date() -> None:
    # The same blocks quoted under a reply: they date the thread's older messages.
    reading = read_letter("Thank you for your email. We will be in touch.\n\n" + _HUTT_THREAD)
    assert reading.letter_date is None


def test_a_forward_inside_the_agency_is_not_the_requests_arrival() -> None:
    # Under Hutt's reply, the first quoted header is the council forwarding the request
    # between its own mailboxes ("Subject: FW: …"); the request is the message it quotes.
    reading = read_letter("Tēnā koe [name],\n\nWe will respond soon.\n\n" + _HUTT_THREAD)
    assert reading.received is not None and reading.received_basis == "sent"
    assert "4:00 PM" in reading.received.snippet


# --- due dates ---------------------------------------------------------------------------


def test_now_earlier_in_the_sentence_does_not_make_the_due_date_an_extended_one() -> None:
    # The New Zealand Defence Force's acknowledgement (fyi-26835-nzdf-acknowledgement) with
    # "now" added as acknowledgements often write it ("has now been received"): the "now" is
    # the receipt's, not the date's, so 14 June 2024 is the stated due date.
    reading = read_letter(
        "Your request below has now been received and a decision on your request will be "
        "provided as soon as possible and no later than 14 June 2024."
    )
    assert reading.extension is None
    assert reading.stated_due is not None and reading.stated_due.value == date(2024, 6, 14)


def test_an_extension_letters_will_now_respond_by_is_the_extended_date() -> None:
    # Environment Canterbury (fyi-29767-ecan-extension): its extension sentence, then "This
    # request wil now be responded to by …": the date after "now" is the new one.
    reading = read_letter(
        "Environment Canterbury has decided to extend the date of reply for this requested "
        "information.\nThis request wil now be responded to by Tuesday 18 March 2025."
    )
    assert reading.extension is not None and reading.extension.extended_to is not None
    assert reading.extension.extended_to.value == date(2025, 3, 18)
    assert reading.stated_due is None


def test_the_statutes_original_time_limit_does_not_make_the_new_date_the_original() -> None:
    # s 15A(1)(b)'s own words, which Fire and Emergency's extension letters quote
    # (fyi-19205-fenz-extension: "a proper response to your request cannot reasonably be made
    # within the original time limit"), in one sentence with the date the agency now gives
    # (the sentence before says it is extending; the words are FENZ's, rearranged):
    # that date is the extended one, not the original due date.
    reading = read_letter(
        "We are therefore writing to notify you of an extension of the time to make our "
        "decision. As consultations necessary to make a decision on your request are such that "
        "a proper response to your request cannot reasonably be made within the original time "
        "limit, we will respond to you by 30 June 2022."
    )
    assert reading.stated_due is None
    assert reading.extension is not None and reading.extension.extended_to is not None
    assert reading.extension.extended_to.value == date(2022, 6, 30)


def test_the_date_the_agency_cannot_keep_is_the_original_due_date() -> None:
    # Kāinga Ora's extension (fyi-26133-kainga-ora-extension: "Unfortunately, it wil not be
    # possible to meet that time limit and we are therefore writing to notify you of an
    # extension …, to 15 May 2024"), with the time limit given as its date: the date that
    # cannot be met is the original one, not the extended one.
    reading = read_letter(
        "Unfortunately, it wil not be possible to respond by 12 April 2024. We are therefore "
        "writing to notify you of an extension of the time to make our decision under "
        "section15A(1) of the Act, to\n15 May 2024."
    )
    assert reading.stated_due is not None and reading.stated_due.value == date(2024, 4, 12)
    assert reading.extension is not None and reading.extension.extended_to is not None
    assert reading.extension.extended_to.value == date(2024, 5, 15)


def test_a_date_given_instead_of_another_is_the_new_one() -> None:
    # Environment Canterbury's "by Tuesday 18 March 2025, instead of Tuesday 25 February
    # 2025" (fyi-29767-ecan-extension) with "rather than": whichever comes first, the date
    # before "rather than"/"instead of" is the new one.
    reading = read_letter(
        "This request wil be responded to by Tuesday 18 March 2025 rather than Tuesday 25 "
        "February 2025."
    )
    assert reading.stated_due is not None and reading.stated_due.value == date(2025, 2, 25)
    assert reading.extension is not None and reading.extension.extended_to is not None
    assert reading.extension.extended_to.value == date(2025, 3, 18)


# --- extensions told by their dates ---------------------------------------------------


def test_an_extract_setting_the_new_date_against_the_old_is_an_extension() -> None:
    # Environment Canterbury (fyi-29767-ecan-extension), its second sentence alone: "now …
    # by 18 March, instead of 25 February" moves the deadline (LGOIMA s 14) even without
    # the sentence before it that says "extend".
    reading = read_letter(
        "This request wil now be responded to by Tuesday 18 March 2025, instead of Tuesday 25\n"
        "February 2025."
    )
    assert reading.extension is not None and reading.extension.extended_to is not None
    assert reading.extension.extended_to.value == date(2025, 3, 18)
    assert reading.stated_due is not None and reading.stated_due.value == date(2025, 2, 25)


def test_an_extension_told_by_its_dates_as_advised_before_was_not_notified_here() -> None:
    # Environment Canterbury's sentence (fyi-29767-ecan-extension) after "As advised …": the
    # new date was notified earlier, so this letter's own date is not the notice's.
    reading = read_letter(
        "1 March 2025\n\nDear Sam\n\nAs advised on 20 February, this request wil now be "
        "responded to by Tuesday 18 March 2025, instead of Tuesday 25 February 2025."
    )
    assert reading.extension is not None
    assert not reading.extension.notified_in_this_letter
    assert reading.extension.notice_date is None


def test_a_new_date_after_an_amended_request_is_not_an_extension() -> None:
    # The same words in a letter that speaks of the request being amended: the later date may
    # be the clock restarting for the amended request (s 15(1AA)), not an extension.
    reading = read_letter(
        "As your request has been amended, this request wil now be responded to by Tuesday "
        "18 March 2025, instead of Tuesday 25 February 2025."
    )
    assert reading.extension is None


def test_a_request_extended_to_a_day_is_an_extension() -> None:
    # Environment Canterbury's extension (fyi-29767-ecan-extension) said shortly: the request
    # itself "extended to" a day, with no word of a time limit in the sentence.
    reading = read_letter(
        "Environment Canterbury has extended this request to Tuesday 18 March 2025."
    )
    assert reading.extension is not None and reading.extension.extended_to is not None
    assert reading.extension.extended_to.value == date(2025, 3, 18)


# --- extensions that are not -----------------------------------------------------------


def test_a_date_after_considered_extending_is_the_original_due_date() -> None:
    # "We considered extending the timeframe" (the words from a real letter; the
    # same turn as Wellington City Council's "the Council has considered charging or
    # extending the timeframe", fyi-29204-wcc-decision) extends nothing: the date it gives
    # is the one the agency keeps to, not an extended one.
    reading = read_letter(
        "The Council has considered charging or extending the timeframe however will respond "
        "by 20 June 2024."
    )
    assert reading.extension is None
    assert reading.stated_due is not None and reading.stated_due.value == date(2024, 6, 20)


# --- date styles -------------------------------------------------------------------------


def test_a_dotted_date_does_not_end_the_sentence_it_is_in() -> None:
    # Greater Wellington (fyi-10836-gwrc-decision) with its dates written dd.mm.yyyy (a
    # style the issue lists): the dots of "27.08.2019" are not full stops, so "…dated
    # 27.08.2019, originally received by … on 29.08.2019" still reads as one sentence.
    reading = read_letter(
        "I refer to your request for information dated 27.08.2019, originally received by "
        "Greater\nWellington Regional Council (GWRC) on 29.08.2019. Your request is for the "
        "following"
    )
    assert reading.received_stated is not None
    assert reading.received_stated.value == date(2019, 8, 29)
    assert "29.08.2019" in reading.received_stated.snippet  # shown as the letter writes it


def test_received_from_a_date_to_date_is_a_range_not_a_receipt() -> None:
    # Auckland Transport (fyi-4278-auckland-transport-other), with a weekday before the date
    # (a style the issue lists): "complaints received from Friday 1 January 2016 to date"
    # is the range of information asked for, not the day the request arrived.
    reading = read_letter(
        "You had reduced the timeframe of your request to apply to all related complaints "
        "received from Friday 1 January 2016 to date."
    )
    assert reading.received_stated is None


# --- from the dev letters and extracts added during the session ----------------------------


def test_ordinals_raised_by_the_page_converter_are_dates() -> None:
    # Oranga Tamariki's acknowledgement (fyi-31387-oranga-tamariki-acknowledgement): FYI's
    # text of the email writes raised ordinals with a caret, and a stray space before the
    # comma.
    reading = read_letter(
        "We will endeavour to respond to you as soon as possible, and in any case,\nno later "
        "than 22^nd July 2025 , being 20 working days from our receipt of\nyour request on "
        "24^th June 2025, as provided for under the Act."
    )
    assert reading.stated_due is not None and reading.stated_due.value == date(2025, 7, 22)
    assert reading.received_stated is not None
    assert reading.received_stated.value == date(2025, 6, 24)


def test_an_acts_number_sign_in_the_subject_is_the_reference() -> None:
    # The Commerce Commission (fyi-23741-commerce-commission-release): "Official
    # Information Act #23.028 - Response" under the greeting.
    reading = read_letter(
        "Dear [name]\nOfficial Information Act #23.028 - Response\n1.\nWe refer to your request "
        "received on 8 August 2023."
    )
    assert reading.reference is not None and reading.reference.value == "23.028"


def test_a_reference_before_the_letters_date_on_one_line_stops_at_the_date() -> None:
    # The Department of Conservation (extract fyi-24737-doc-release-x2): the letterhead's
    # reference runs into the date on one line; "23" is the date's day, not the reference's.
    reading = read_letter(
        "OIAD-3564 23 November 2023 [name] [FYI request #24737 email] Tēnā koe [name] Thank "
        "you for your request to the Department of Conservation (the Department), received on "
        "13 November 2023, in which you asked for: 1."
    )
    assert reading.reference is not None and reading.reference.value == "OIAD-3564"


def test_a_dated_attachment_in_a_list_is_not_the_letters_date() -> None:
    # Tauranga City Council (extract fyi-25894-tauranga-release-x1): a list of attachments.
    reading = read_letter(
        "Attachment 1 - 31 January 2024 - Letter from Hon Chris Bishop – Development of "
        "fast-track consenting legislation."
    )
    assert reading.letter_date is None


def test_more_time_to_prepare_decided_material_is_not_an_extension() -> None:
    # Wellington City Council (fyi-28314-wcc-decision): the Council has decided; "further
    # time to finish preparing the material" is for the release, which the decision letter
    # promises by a later day — neither an extension nor the decision's due date.
    reading = read_letter(
        "4 October 2024\n\nDear [name]\n\nThe Council has decided to grant your request subject "
        "to some information being withheld\nunder section 7(2) of the LGOIMA.  The Council "
        "requires further time to finish preparing the\nmaterial, but we will endeavour to have "
        "our response to you no later than 18 October 2024."
    )
    assert reading.extension is None
    assert reading.stated_due is None


def test_a_typed_extent_for_extend_is_still_an_extension() -> None:
    # The University of Auckland (fyi-12117-uoa-extension) typed "extent" for "extend".
    reading = read_letter(
        "I refer to your request of 30 January 2020. Unfortunately it is necessary to extent "
        "the time limit for your request until Friday 20 March 2020 under section 15A of the "
        "Official Information Act."
    )
    assert reading.extension is not None and reading.extension.extended_to is not None
    assert reading.extension.extended_to.value == date(2020, 3, 20)


def test_an_extract_that_only_says_requires_until_is_an_extension() -> None:
    # Police (extract fyi-31107-police-extension-x1).
    reading = read_letter("Police requires until 25 July 2025 to provide a substantive response")
    assert reading.extension is not None and reading.extension.extended_to is not None
    assert reading.extension.extended_to.value == date(2025, 7, 25)
    assert reading.stated_due is None


def test_a_date_given_under_section_15a_is_the_extended_one() -> None:
    # The Ministry of Social Development (extract fyi-32937-msd-extension-x1).
    reading = read_letter(
        "In accordance with section 15(1) and 15A of the Official Information Act, the "
        "Ministry’s decision will be with you by 28 January 2026."
    )
    assert reading.extension is not None and reading.extension.extended_to is not None
    assert reading.extension.extended_to.value == date(2026, 1, 28)
    reading = read_letter(  # the Act's power to extend, not its use
        "Section 15A of the Act allows us to extend the time limit. We will respond by 28 "
        "January 2026."
    )
    assert reading.extension is None


def test_a_new_maximum_time_limit_is_an_extended_date() -> None:
    # The University of Auckland (extract fyi-23060-uoa-extension-x1).
    reading = read_letter(
        "The new maximum time limit for the University’s response is 24 July 2023; we will "
        "respond to your request as soon as reasonably practicable."
    )
    assert reading.extension is not None and reading.extension.extended_to is not None
    assert reading.extension.extended_to.value == date(2023, 7, 24)


def test_a_period_from_one_date_to_another_is_not_a_due_date() -> None:
    # The Ministry of Social Development (extract fyi-32937-msd-extension-x2): the holiday
    # period that is not working days.
    reading = read_letter(
        "Please note that over the holiday period, there are three weeks that are not "
        "classified as working days. In accordance with Section 2 of the Official Information "
        "Act 1982, this period is 25 December 2024 to 15 January 2025 (inclusive)."
    )
    assert reading.stated_due is None
    assert reading.extension is None


def test_the_request_a_search_was_about_is_not_the_one_being_answered() -> None:
    # Queenstown-Lakes District Council (extract fyi-19047-qldc-release-x1): the letter
    # searched for information "in relation to the official information request we received
    # from you on 4 April 2022" — an earlier request, the subject of this one.
    reading = read_letter(
        "To address your request, we have searched our archive system in relation to the "
        "official information request we received from you on 4 April 2022."
    )
    assert reading.received_stated is None


def test_a_letterhead_run_into_one_line_still_gives_the_letters_date() -> None:
    # Land Information New Zealand (extract fyi-19888-linz-decision-x2): the letterhead, date,
    # greeting and first sentence on one line; the date before "Dear" is the letter's.
    reading = read_letter(
        "Our Ref DOIA 23-012 Wel ington Office Radio New Zealand House 155 The Terrace PO Box "
        "5501 Wellington 6145 New Zealand 9 August 2022 T 0800 665 463 F +64 4 472 2244 E "
        "[email address] W www.linz.govt.nz [name] Ema il [FYI request #19888 email] Dear "
        "[name] Response to your official information request Thank you for your official "
        "information request received on 12 July 2022 asking for: “a copy of the ELFI "
        "database.”"
    )
    assert reading.letter_date is not None and reading.letter_date.value == date(2022, 8, 9)
    assert reading.received_stated is not None
    assert reading.received_stated.value == date(2022, 7, 12)


def test_references_of_a_letter_run_into_one_line() -> None:
    # Heading references as the dev letters write them, with the letter's lines run
    # together (as an extract or a pasted email gives them): Ministry of Health
    # (fyi-17713-moh-decision), Kāpiti Coast (fyi-24667-kcdc-release), Oranga Tamariki
    # (fyi-29698-oranga-tamariki-decision), Environment Canterbury (fyi-29767-ecan-extension),
    # Palmerston North (fyi-3561-pncc-acknowledgement).
    cases = {
        "64 4 496 2000 10 December 2021 [name] By email: [FYI request #17713 email] Ref: "
        "H202116914 Tēnā koe [name] Response to your request": "H202116914",
        "OIR: 2324/724 4 December 2023 [name] [FYI request #24667 email]": "OIR: 2324/724",
        "IN-CONFIDENCE OIA-CE-2024-02763 24 January 2025 [name]": "OIA-CE-2024-02763",
        "Giles Southwell Director Corporate and Public Transport Services File Number: "
        "GOVE/INQU/OMBU/2993C": "GOVE/INQU/OMBU/2993C",
    }
    for text, reference in cases.items():
        reading = read_letter(text)
        assert reading.reference is not None and reading.reference.value == reference, text
    # Palmerston North (fyi-3561-pncc-acknowledgement): two numbers of like claim head the
    # letter ("LGOIMA 415711", then "Ref 6363888"); the truth row takes the first. The
    # reader may take it or leave the reference unknown, never take the other.
    reading = read_letter(
        "LGOIMA 415711 Ref 6363888 21 January 2016 Martin Egan C/- [FYI request #3561 email] "
        "Dear Martin"
    )
    assert reading.reference is None or reading.reference.value == "LGOIMA 415711"


def test_letterhead_dates_after_a_title_an_address_or_fyis_placeholder() -> None:
    # The Commerce Commission's "OIA Res ponse Letter 5 September 2023" (a title, not "your
    # letter"; fyi-23741-commerce-commission-release), Te Pūkenga's address with "St." run
    # into one line (fyi-27748-te-pukenga-decision), and a date after FYI's addressee
    # placeholder (fyi-18456-minister-of-health-decision's heading, "By email:
    # [FYI request #18456 email]", with the date after it).
    cases = {
        "OIA Res ponse Letter\n5 September 2023\n[name]\nBy email only:\n[FYI request #23741 "
        "email]\nDear [name]": date(2023, 9, 5),
        "Level 2, Wintec House Cnr Anglesea and Nisbet St. Hamilton 3204 0800 86 22 84 "
        "info@tepūkenga.ac.nz tepūkenga.ac.nz 19 August 2024 [name] By email: [FYI request "
        "#27748 email] Tēnā koe [name] Request under the Official Information Act 1982": date(
            2024, 8, 19
        ),
        "By email: [FYI request #18456 email] 21 March 2022\n\nDear Seth": date(2022, 3, 21),
    }
    for text, day in cases.items():
        reading = read_letter(text)
        assert reading.letter_date is not None and reading.letter_date.value == day, text


def test_today_is_the_final_day_makes_the_letters_date_the_due_date() -> None:
    # Land Information New Zealand (fyi-19888-linz-decision), dated 9 August 2022: "We
    # appreciate that today is the final day for responding to your request."
    reading = read_letter(
        "9 August 2022\n\nDear [name]\n\nWe appreciate that today is the final day for "
        "responding to your request. We have taken"
    )
    assert reading.stated_due is not None and reading.stated_due.value == date(2022, 8, 9)
    reading = read_letter("We appreciate that today is the final day for responding.")
    assert reading.stated_due is None  # no date of its own: the day is not known


def test_a_receipt_after_the_act_s_long_name_is_still_the_receipt() -> None:
    # Timaru District Council (dev fyi-15387-timaru-dc-release): "Thank you for your request
    # under the Local Government Official Information and Meeting Act 1987 received 6 May 2021."
    path = Path(__file__).parent / "corpus" / "letters" / "dev" / "fyi-15387-timaru-dc-release.txt"
    reading = read_letter(path.read_text(encoding="utf-8"))
    assert reading.received_stated is not None
    assert reading.received_stated.value == date(2021, 5, 6)


def test_a_register_number_over_the_date_lends_it_no_day() -> None:
    # Police (dev fyi-2363-police-release) heads its letter "Information Request #15/30" over
    # "23 January 2015"; written "January 23, 2015", the "30" of "#15/30" is no day of January
    path = Path(__file__).parent / "corpus" / "letters" / "dev" / "fyi-2363-police-release.txt"
    text = path.read_text(encoding="utf-8").replace("23 January 2015", "January 23, 2015", 1)
    reading = read_letter(text)
    assert reading.letter_date is not None
    assert reading.letter_date.value == date(2015, 1, 23)


def test_two_dates_in_a_run_together_heading_leave_the_letter_s_date_unknown() -> None:
    # GCSB (dev fyi-30523-gcsb-release) with its lines run together: "2025-03-26 [name] OIA PO
    # Box 12209, Wellington 6144 … 15 May 2025 [name] …" - which is the letter's own date the
    # lines no longer show (as published, "15 May 2025" stands alone on its line)
    path = Path(__file__).parent / "corpus" / "letters" / "dev" / "fyi-30523-gcsb-release.txt"
    text = path.read_text(encoding="utf-8")
    assert read_letter(text).letter_date is not None
    one_line = read_letter(" ".join(text.split())).letter_date
    assert one_line is None or one_line.value == date(2025, 5, 15)


def test_today_written_beside_its_date_dates_the_letter_and_the_receipt() -> None:
    # Khandallah School (dev fyi-8615-khandallah-school-acknowledgement), an email with no
    # date of its own: "Khandallah School received this request today (11 September 2018)"
    path = DEV / "fyi-8615-khandallah-school-acknowledgement.txt"
    reading = read_letter(path.read_text(encoding="utf-8"))
    assert reading.letter_date is not None and reading.letter_date.value == date(2018, 9, 11)
    assert reading.received_stated is not None
    assert reading.received_stated.value == date(2018, 9, 11)
