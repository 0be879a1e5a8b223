"""Round 12's mechanisms, each built from a real development letter the reader misread.

Written from the round's fresh development letters (tests/corpus/letters/README.md, the
twentieth gathering), after the whole fresh batch was scored with the round's start
reader. Each mechanism is general wording, not one agency's; each test also holds a
near case the mechanism must leave alone.
"""

from __future__ import annotations

from datetime import date

from letter_support import dev_letter
from oiaassist.reading import read_letter
from oiaassist.reading.author import letter_author
from oiaassist.reading.kind.rules import LetterKind


def _author(text: str) -> str | None:
    found = letter_author(text, not_these=read_letter(text).not_authors)
    return found.name if found is not None else None


# -- who wrote it --------------------------------------------------------------------------


def test_the_body_a_request_was_transferred_to_signs_its_own_answer() -> None:
    # Health NZ (fyi-27795): "On 25 July 2024, your request was transferred to Health New
    # Zealand | Te Whatu Ora (Health NZ)" above a Health NZ signature; MFAT (fyi-21901): "was
    # transferred to the Ministry of Foreign Affairs and Trade (the Ministry) for response"
    # under MFAT's letterhead. A transfer notice is signed and headed by the transferor.
    assert _author(dev_letter("fyi-27795-hnz-release")) == "Health New Zealand"
    assert _author(dev_letter("fyi-21901-mfat-release")) == "Ministry of Foreign Affairs and Trade"
    # the writer that itself transferred the request there is not the body it sent it to
    notice = (
        "3 May 2024\nDear X\nThank you for your request. We have transferred your request to "
        "Health New Zealand, as the information is more closely connected with its functions.\n"
        "Yours sincerely\nJane Doe\nManager, Official Information\nMinistry of Health\n"
    )
    assert _author(notice) == "Ministry of Health"


def test_a_footer_name_after_a_blank_line_closes_an_auto_reply() -> None:
    # Matamata-Piako District Council (fyi-15359): "… please do not reply to this email" / "" /
    # "Matamata Piako District Council Customer Services", with no sign-off word above it
    assert _author(dev_letter("fyi-15359-matamata-piako-acknowledgement")) == (
        "Matamata-Piako District Council"
    )
    # a name that ends a sentence run on from the line above is still a mention
    run_on = (
        "Thank you for your email. We will reply soon. If you are not happy, you may contact "
        "the office of the\nOmbudsman.\n"
    )
    assert _author(run_on) is None


def test_requests_the_requester_made_to_a_body_name_the_writer() -> None:
    # DOC (fyi-13567): "This letter responds to three Official Information Act requests you
    # made to the Department of Conservation on 22 August 2020" — "your request to X" reversed
    assert _author(dev_letter("fyi-13567-doc-release")) == "Department of Conservation"


def test_a_body_that_briefs_the_writer_is_not_the_writer() -> None:
    # Hon Nanaia Mahuta (fyi-19493, no letterhead or signature): "The Department of Internal
    # Affairs (the Department) did not provide me with any briefings" — the Department serves
    # the writer; the text does not name the writer, so no author is named (never a guess)
    assert _author(dev_letter("fyi-19493-minister-of-local-government-release")) is None
    # a body that defines its own short form and acts for itself is still read
    own = (
        "3 May 2024\nDear X\nThank you for your email. The Department of Internal Affairs (the "
        "Department) has decided to release the documents you asked for.\n"
    )
    assert _author(own) == "Department of Internal Affairs"


def test_our_named_thing_is_the_body_whose_thing_it_is() -> None:
    # Hutt City Council (fyi-18449, no letterhead): "the Hutt City Council’s Parks and Reserves
    # Bylaw 2017 … so our Parks and Reserves Bylaw would be over-ridden"; DOC's pages listed as
    # "Summary of whitebait fishing regulations: Fishing (doc.govt.nz)" are links, no letterhead
    assert _author(dev_letter("fyi-18449-hutt-release")) == "Hutt City Council"
    # two bodies' things called "our" name no one
    both = (
        "Dear X\nThe Hutt City Council’s Parks and Reserves Bylaw and the Wellington City "
        "Council’s Parks and Reserves Bylaw differ; our Parks and Reserves Bylaw applies.\n"
    )
    assert _author(both) is None


# -- what it does --------------------------------------------------------------------------


def test_an_ask_inside_the_request_quoted_back_is_the_requesters() -> None:
    # DPMC (fyi-14490): under "You requested:", the request's own "could you please confirm
    # whether your agency has a staff member devoted to administering OIA requests" — the
    # requester asking; the letter answers
    reading = read_letter(dev_letter("fyi-14490-dpmc-release"))
    assert reading.clarification is None
    assert reading.kind is LetterKind.RELEASE
    # the same ask in the letter's own words asks to clarify
    asked = read_letter(
        "3 May 2024\nDear X\nThank you for your request received on 1 May 2024. Could you "
        "please clarify which documents you are seeking?\nYours sincerely\n"
    )
    assert asked.kind is LetterKind.CLARIFICATION


def test_a_greeting_opens_a_sentence_and_a_topic_moved_is_no_transfer() -> None:
    # DIA (fyi-18371): the subject line "Request for profits transferred by Lotto New Zealand
    # to the Lottery Grants Board" runs into "Thank you for your … request received by the
    # Department … on 29 January 2022" with no full stop between: that day is the receipt,
    # and the profits, not the request, were transferred
    reading = read_letter(dev_letter("fyi-18371-dia-release"))
    assert reading.transferred_in is None
    assert reading.transferred_from is None
    assert reading.received is not None and reading.received.value == date(2022, 1, 29)
    # a request itself transferred, with its auxiliary, is still read
    moved = read_letter(
        "3 May 2024\nDear X\nYour request for information about rates was transferred to us "
        "by the Ministry of Health on 1 May 2024.\n"
    )
    assert moved.transferred_from is not None
    assert moved.transferred_from.value == "Ministry of Health"


def test_answers_in_the_letters_own_words_give_information() -> None:
    cases = {
        # "I list your questions, and my responses, below" (Kāinga Ora), beside a part
        # transferred to MSD weeks before
        "fyi-21512-kainga-ora-release",
        # "Our records indicate there have been six resignations" (DPMC)
        "fyi-24235-dpmc-release",
        # "the total number of tests processed as of 26 March is 12683" beside an s 18(f)
        # refusal of the rest (Ministry of Health)
        "fyi-12537-moh-release",
    }
    for letter_id in cases:
        assert read_letter(dev_letter(letter_id)).kind is LetterKind.RELEASE, letter_id
    # records that hold nothing give nothing
    none = read_letter(
        "3 May 2024\nDear X\nThank you for your request. Our records show that no such report "
        "exists, so your request is refused under section 18(e) of the Act.\nYours sincerely\n"
    )
    assert none.kind is LetterKind.DECISION


def test_a_transfer_days_before_the_letter_is_told_not_done() -> None:
    # MFAT (fyi-21901, 31 March 2023): "On 8 March 2023, the part of your request bolded above,
    # was transferred to the Ministry … for response" — MFAT's own answer follows
    assert read_letter(dev_letter("fyi-21901-mfat-release")).kind is LetterKind.RELEASE
    # a notice dated the day of its transfer transfers
    notice = read_letter(
        "3 May 2024\nDear X\nOn 3 May 2024 we transferred your request to the Ministry of "
        "Health under section 14 of the Act, as the information is more closely connected "
        "with its functions.\nYours sincerely\n"
    )
    assert notice.kind is LetterKind.TRANSFER


def test_more_time_required_with_a_new_due_date_is_an_extension() -> None:
    # MSD (fyi-23880): "On 15 September 2023, the Ministry contacted you to advise more time was
    # required to respond to your request, with a new due date of 29 September 2023", in a
    # letter that also speaks of a refined request (no restart: the words are the time limit's)
    reading = read_letter(dev_letter("fyi-23880-msd-release"))
    assert reading.extension is not None
    assert reading.extension.notice_date is not None
    assert reading.extension.notice_date.value == date(2023, 9, 15)
    assert reading.extension.extended_to is not None
    assert reading.extension.extended_to.value == date(2023, 9, 29)
    assert reading.stated_due is None
    # "to respond to your request, with a new due date of 29 September 2023" dates the time
    # limit, not the request: the request is the one "On 18 August 2023, you emailed" (read as
    # the request's date, never a receipt the app could call the user's file wrong against)
    assert reading.received is not None and reading.received.value == date(2023, 8, 18)
    assert reading.received_basis == "request"
