"""Round 11's mechanisms, each built from a real development letter the reader misread.

Written from the round's fresh development letters (tests/corpus/letters/README.md, the
seventeenth gathering), after the whole fresh batch was scored with the round's start
reader. A wrong field is worse than a missed one; each mechanism is general wording, not
one agency's.
"""

from __future__ import annotations

from datetime import date

from letter_support import dev_letter
from oiaassist.reading import read_letter
from oiaassist.reading.author import letter_author
from oiaassist.reading.kind.rules import LetterKind


def test_the_request_attached_as_an_appendix_is_no_information_given() -> None:
    # DIA (fyi-28507-dia-extension): "Your full request is attached as Appendix A", and the
    # request stands under "Appendix A" after the signature: the letter extends, it gives nothing
    reading = read_letter(dev_letter("fyi-28507-dia-extension"))
    assert reading.kind is LetterKind.EXTENSION
    assert reading.extension is not None and reading.extension.notified_in_this_letter
    assert reading.extension.extended_to is not None
    assert reading.extension.extended_to.value == date(2024, 11, 27)
    # the same words with a release of documents in another appendix still give information
    released = read_letter(
        "3 May 2024\nDear X\nYour full request is attached as Appendix A. I am releasing the "
        "documents listed in Appendix B.\nYours sincerely\n"
    )
    assert released.kind is LetterKind.RELEASE


def test_a_minister_writes_as_the_portfolio_the_letter_names_among_the_letterheads() -> None:
    # Hon Michael Wood (fyi-22226): five portfolios on the letterhead, Immigration first; the
    # body says "part of my portfolio as the Minister of Transport" (OIA s 2(1): one holder)
    text = dev_letter("fyi-22226-minister-of-transport-release")
    author = letter_author(text)
    assert author is not None and author.name == "Minister of Transport"
    # without that sentence the letterhead's first title stands, as before
    plain = text.replace("my portfolio as the Minister of Transport", "my portfolio")
    first = letter_author(plain)
    assert first is not None and first.name == "Minister of Immigration"


def test_time_needed_to_prepare_the_release_does_not_undate_the_decision() -> None:
    # DOC (fyi-26232-doc-release): "On 26 April 2024 we made a decision on your request and noted
    # that additional time was required to prepare material for release" — the decision's day
    reading = read_letter(dev_letter("fyi-26232-doc-release"))
    assert reading.decided_on is not None and reading.decided_on.value == date(2024, 4, 26)
    # time asked for the decision itself is still an extension's, not a decision's day
    asked = read_letter(
        "1 May 2024\nDear X\nOn 26 April 2024 we wrote to you and noted that additional time was "
        "required to make a decision on your request.\n"
    )
    assert asked.decided_on is None


def test_an_attempt_to_clarify_and_a_part_transferred_by_its_questions() -> None:
    # Inland Revenue (fyi-29988-ird-release): "Inland Revenue attempted to clarify the scope of
    # your request" (s 15(1AA)); "we partially transferred your request concerning questions 4,
    # 6 and 7 to the Ministry of Education" (s 14: a part)
    reading = read_letter(dev_letter("fyi-29988-ird-release"))
    assert reading.clarification is not None
    assert reading.clarification.sought.value == date(2025, 2, 18)
    assert reading.transfer is not None and reading.transfer.partial
    assert reading.transfer.on.value == date(2025, 2, 20)


def test_a_portion_refused_beside_a_figure_is_a_release() -> None:
    # Wellington City Council (fyi-29532-wcc-release): "this portion of your request is refused
    # under section 17(e)", and part 2 answered with 2,165,479 transactions (kind rule 1)
    assert read_letter(dev_letter("fyi-29532-wcc-release")).kind is LetterKind.RELEASE


def test_a_warning_unless_the_request_is_narrowed_asks_to_refine() -> None:
    # University of Auckland (fyi-6093-uoa-clarification): "Unless the request is narrowed
    # substantially, the University is likely to refuse it under s 18(f)" — s 18B's notice
    reading = read_letter("3 July 2017\n" + dev_letter("fyi-6093-uoa-clarification"))
    assert reading.kind is LetterKind.CLARIFICATION
    assert reading.clarification is not None and reading.clarification.asked_in_this_letter


def test_an_out_of_office_reply_that_forwards_the_email_acknowledges_it() -> None:
    # University of Auckland (fyi-6093-uoa-acknowledgement): "Your email has been forwarded to
    # … for action"; its return date is no due date
    reading = read_letter(dev_letter("fyi-6093-uoa-acknowledgement"))
    assert reading.kind is LetterKind.ACKNOWLEDGEMENT
    assert reading.stated_due is None


def test_a_number_the_requester_was_previously_advised_under_is_another_requests() -> None:
    # Police, quoted on a requester's blog (kiwigunblog-police-2020-buyback-release): "As you were
    # previously advised in response to OIA IR-01-19-32542" is an earlier request's number
    reading = read_letter(dev_letter("kiwigunblog-police-2020-buyback-release"))
    assert reading.reference is None


def test_a_units_letterhead_with_its_departments_address_names_the_department() -> None:
    # National Library (fyi-19208-dia-release): "Office of the National Librarian / National
    # Library of New Zealand … dia.govt.nz" — the Department of Internal Affairs answers
    author = letter_author(dev_letter("fyi-19208-dia-release"))
    assert author is not None and author.name == "Department of Internal Affairs"


def test_documents_within_scope_of_a_request_are_no_clarification() -> None:
    # Ministry of Transport (fyi-23419-mot-release): "your email dated 14 August 2023" is the
    # request; "No documents fall directly within scope of your request" asks nothing
    reading = read_letter(dev_letter("fyi-23419-mot-release"))
    assert reading.clarified is None


# -- the round's second fresh batch (the eighteenth gathering) ------------------------------


def test_the_answering_body_named_in_its_own_sentences() -> None:
    # each names the body that answers, in words only the answering body says of itself
    cases = {
        # "received by Health New Zealand | Te Whatu Ora on 18 August 2025": a te reo name after
        # a bar, as after a bracket
        "fyi-32014-hnz-release": "Health New Zealand",
        # "The other parts of the request will remain with the Department of the Prime Minister
        # and Cabinet": the body that transferred one part keeps the rest (s 14)
        "fyi-27562-dpmc-transfer": "Department of the Prime Minister and Cabinet",
        # "In response to the first part of your request, the Ministry of Defence has not
        # received or produced any advice": the answer's frame, though NZDF is named more
        "fyi-27563-mod-release": "Ministry of Defence",
        # "From: [name]" in the address block above "Tēnā koe" is no quoted email to cut
        "fyi-30228-gwrc-release-2": "Wellington Regional Council",
    }
    for letter_id, body in cases.items():
        text = dev_letter(letter_id)
        author = letter_author(text, not_these=read_letter(text).not_authors)
        assert author is not None and author.name == body, letter_id


def test_transfers_in_and_out_read_from_their_own_words() -> None:
    # Health NZ (fyi-28630): "transferred from the Office of Hon Dr. Shane Reti to Health New
    # Zealand | Te Whatu Ora on 9 October 2024" — a title's full stop ends no sentence
    moved_in = read_letter(dev_letter("fyi-28630-hnz-decision"))
    assert moved_in.transferred_in is not None
    assert moved_in.transferred_in.value == date(2024, 10, 9)
    # EPA (fyi-21972): "to the Office of Hon David Parker, as we believe this request is more
    # closely connected with the functions of the Minister for the Environment" — the portfolio
    moved_out = read_letter(dev_letter("fyi-21972-epa-release"))
    assert moved_out.transfer is not None
    assert moved_out.transfer.to_agency.value == "Minister for the Environment"
    # DIA (fyi-31534): "by way of full transfer pursuant to section 14(b)(i) of the Act from the
    # Department of the Prime Minister and Cabinet"
    by_way = read_letter(dev_letter("fyi-31534-dia-release"))
    assert by_way.transferred_from is not None
    assert by_way.transferred_from.value.startswith("Department of the Prime Minister")


def test_two_requests_numbers_in_two_shapes_leave_the_reference_unknown() -> None:
    # DIA (fyi-31534): "OIA request 25/26 0044 and 2526/0055" answers two requests at once; which
    # number is this thread's the letter does not say (a joint "OIA 104272 & 104278" of one
    # register is read whole, as printed)
    assert read_letter(dev_letter("fyi-31534-dia-release")).reference is None
    joint = read_letter("3 May 2022\nOur ref: OIA 104272 & 104278\nDear X\nThank you.\n")
    assert joint.reference is not None and joint.reference.value == "OIA 104272 & 104278"


def test_documents_released_under_another_requests_number_are_not_given_now() -> None:
    # Ministry of Health (fyi-25124): "These have been released to you under OIA H2023033891",
    # then the request is refused under s 18(g)(i): a decision that releases nothing now
    assert read_letter(dev_letter("fyi-25124-moh-decision")).kind is LetterKind.DECISION


# -- the round's third fresh batch (the nineteenth gathering) -------------------------------


def test_a_transfer_to_the_body_that_holds_it_is_the_writers_own() -> None:
    # MSD (fyi-21527): "question five of your request was partially transferred to the Ministry
    # of Social Development (the Ministry) for response, as we hold this information" — "we"
    # hold it, so the writer is the Ministry (s 14), though it names Waka Kotahi first
    text = dev_letter("fyi-21527-msd-release")
    reading = read_letter(text)
    assert reading.transfer is None
    assert reading.transferred_to_here is not None
    assert reading.transferred_to_here.value == "Ministry of Social Development"
    assert reading.transferred_in is not None
    assert reading.transferred_in.value == date(2023, 2, 1)
    author = letter_author(text, not_these=reading.not_authors)
    assert author is not None and author.name == "Ministry of Social Development"
    # the same transfer with "as they hold" is this agency's, out
    out = read_letter(
        "21 February 2023\nDear X\nOn 1 February 2023, question five of your request was "
        "transferred to the Ministry of Social Development for response, as they hold this "
        "information.\n"
    )
    assert out.transfer is not None


def test_a_teams_own_address_names_its_body() -> None:
    # Auckland Council's email, quoted by its requester (accountabilitynz-2016): "please feel
    # free to contact the Privacy and Official Information Team on
    # officialinformation@aucklandcouncil.govt.nz"
    author = letter_author(dev_letter("accountabilitynz-2016-auckland-council-acknowledgement"))
    assert author is not None and author.name == "Auckland Council"


def test_what_the_law_provides_for_is_no_information_given() -> None:
    # Hamilton City Council (fyi-29371): "This is provided for under section 2 of LGOIMA which
    # sets out the definition of a working day" in a holiday-period acknowledgement
    reading = read_letter(dev_letter("fyi-29371-hamilton-cc-acknowledgement"))
    assert reading.kind is not LetterKind.RELEASE
    assert not [s for s in reading.kind_evidence.giving.signs if s.value == "released_now"]
