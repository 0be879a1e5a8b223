"""Who wrote the letter, read from sentence shape and zones rather than phrase lists (issue 13).

Each case is a real letter of the development corpus (``tests/corpus/letters/dev``, text
as published), whole or in its own words (the letter is named beside each). The rules
under test are general: a body named as the subject of a finite verb, the owner of the
decision, the sender of a disclaimer; a closing alone on its line; the footer above an
agency's own quoted message; a web address on a footer line of short fields; a letterhead
set in capitals; a body's unique initials.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from oiaassist.agencies import all_agencies
from oiaassist.reading.author import letter_author
from oiaassist.reading.author.acting import acting_body
from oiaassist.reading.author.find import _listed_names
from oiaassist.reading.author.names import _initials, _organisation_line, _uncapped
from oiaassist.reading.author.zones import footers, own_text, signature_blocks

DEV = Path(__file__).parent / "corpus" / "letters" / "dev"


def _letter(letter_id: str) -> tuple[str, dict[str, Any]]:
    text = (DEV / f"{letter_id}.txt").read_text(encoding="utf-8")
    truth = json.loads((DEV / f"{letter_id}.json").read_text(encoding="utf-8"))
    return text, truth


def _acting(text: str) -> str | None:
    found = acting_body(text, tuple(all_agencies()), _listed_names())
    return None if found is None else found[1]


@pytest.mark.parametrize(
    ("words", "author"),
    [
        # fyi-31107-police-extension: a present tense with its object.
        (
            "Police requires until 25 July 2025 to provide a substantive response",
            "New Zealand Police",
        ),
        # fyi-1415-auckland-council-acknowledgement: the owner of the refusal in the
        # right-to-complain sentence (s 27(3) LGOIMA) is the body that refused.
        (
            "You have the right to seek review of Auckland Council’s refusal to release any "
            "information under this letter by application to the Office of the Ombudsman.",
            "Auckland Council",
        ),
        # fyi-31467-horizons-decision: "Horizons decision", the apostrophe lost.
        (
            "Unfortunately, it will not be possible to advise you of Horizons decision within 20- "
            "working days of your request.",
            "Manawatū-Whanganui Regional Council",
        ),
        # fyi-24688-maritime-nz-clarification: the letter written on the body's behalf.
        (
            "On behalf of Maritime NZ I would like to apologise for the delay in responding.",
            "Maritime New Zealand",
        ),
        # fyi-24684-linz-decision: the board is a body the writer sends the requester to
        # ("you may wish to contact"), not a second actor; LINZ is the one that acts.
        (
            "LINZ do not administer the R O Bradley Estate Act 1972 (a private Act of "
            "Parliament).\nAlthough the Orton Bradley Park Board is not subject to the OIA, you "
            "may wish to contact",
            "Land Information New Zealand",
        ),
        # fyi-24688-maritime-nz-clarification: the email disclaimer speaks for its sender.
        (
            "This email message and any accompanying attachments do not necessarily\n"
            "reflect the views of Maritime New Zealand and may contain information that\n"
            "is confidential and subject to legal privilege.",
            "Maritime New Zealand",
        ),
    ],
)
def test_the_body_a_sentence_makes_the_actor_is_the_author(words: str, author: str) -> None:
    assert _acting(words) == author


@pytest.mark.parametrize(
    "words",
    [
        # fyi-24673-auckland-transport-release: Waka Kotahi is the object of "from".
        "Funding received from Waka Kotahi was at 51% of the total cost incurred.",
        # fyi-26421-kainga-ora-release: "dated" after a name is a participle, not its verb.
        "• Email to the Ministry of Housing and Urban Development dated 25 March 2024",
        # fyi-20211-dpmc-transfer: a transferee holding the information is a mention.
        "Staff information relating to the Prime Minister’s office is held by the Department of "
        "Internal Affairs. Accordingly, I have decided under section 14(b)(i) of the Act to "
        "transfer questions three to five to the Department of Internal Affairs, which will "
        "respond to you.",
    ],
)
def test_a_body_that_is_not_the_actor_is_no_author(words: str) -> None:
    assert _acting(words) is None


@pytest.mark.parametrize(
    "words",
    [
        # fyi-1858-waikato-regional-release (author_in_text false): the council is the
        # subject of the content reported, not of the request's business.
        "Good afternoon [name]\nOn 26 June 2014 the Waikato Regional Council confirmed that it "
        "will suspend use of helicopters for monitoring dairy farm effluent compliance.",
        # fyi-33942-tvnz-decision (author_in_text false), a heading run into the sentence.
        "Response: TVNZ has publicly confirmed that it was its Political Editor who contacted "
        "Minister Mitchell’s office the morning after the 1News gang numbers story.",
        # fyi-27532-tvnz-release: "the commercial position of TVNZ" is no disclaimer.
        "would be likely unreasonably to prejudice the commercial position of TVNZ and/or the "
        "relevant producers.",
    ],
)
def test_a_body_that_is_the_subject_of_the_content_not_of_the_request_is_no_author(
    words: str,
) -> None:
    assert _acting(words) is None


def test_the_request_business_may_come_before_the_subject_or_the_writer_vouch_for_it() -> None:
    # fyi-31902-nema-decision: the request's business is named before the subject.
    words = (
        "In order to respond to your request, NEMA would first have to identify all internal "
        "staff communications about the alert."
    )
    assert _acting(words) == "National Emergency Management Agency"
    # fyi-25779-lincoln-decision: "I can advise that X …" speaks for X, whatever the verb.
    words = (
        "In response, I can advise that Te Whare Wānaka o Aoraki Lincoln University is not "
        "currently advertising for a Council member."
    )
    assert _acting(words) == "Lincoln University"


def test_a_request_quoted_back_after_a_colon_is_not_the_letter_speaking() -> None:
    # fyi-29767-ecan-extension: "requested: … actions taken by Environment Canterbury"
    # is the request; the question form "Do students … have the right …?" (fyi-10780)
    # is the requester's too.
    words = (
        "Specifically, you requested:\n• whether the Ministry of Health has a policy\n"
        "• a copy of the advertisement.\nIn response, I can advise that the information is "
        "attached."
    )
    assert _acting(words) is None
    question = "Do students have the right to know why Sport NZ thinks it is justified?"
    assert _acting(question) is None


def test_whole_letters_where_only_the_sentence_shape_shows_the_author() -> None:
    # fyi-31012-waimakariri-release: no letterhead or signature names the council; "we can
    # advise that the Waimakariri District Council is one of the 78 local authorities".
    text, truth = _letter("fyi-31012-waimakariri-release")
    found = letter_author(text)
    assert found is not None and found.name == truth["agency"] and found.how == "self"
    # fyi-25779-lincoln-decision: a body the directory may lack ("Te Whare Wānaka o
    # Aoraki Lincoln University is not currently advertising"), after a request quoted
    # back in bullets ("you requested: • … In response, I can advise …").
    text, truth = _letter("fyi-25779-lincoln-decision")
    found = letter_author(text)
    assert found is not None and truth["agency"] in found.name


def test_acting_never_names_a_body_where_the_text_does_not_show_the_author() -> None:
    # Every dev letter whose truth row says its text does not show the author.
    agencies = tuple(all_agencies())
    for truth_path in sorted(DEV.glob("*.json")):
        truth = json.loads(truth_path.read_text(encoding="utf-8"))
        if truth["author_in_text"] is False:
            text = own_text(truth_path.with_suffix(".txt").read_text(encoding="utf-8"))
            assert acting_body(text, agencies, _listed_names()) is None, truth["id"]


def test_a_closing_alone_on_its_line_opens_a_signature_block() -> None:
    # fyi-28260-wcc-autoreply: "Many thanks / Official Information Team".
    text, _truth = _letter("fyi-28260-wcc-autoreply")
    blocks = [block for _start, block in signature_blocks(text)]
    assert any("Official Information Team" in block for block in blocks)
    # "Thank you for contacting …" opens a sentence, not a signature.
    assert not signature_blocks("Thank you for contacting the Wellington City Council\n")


def test_the_footer_above_an_agencys_own_quoted_message_is_read() -> None:
    # fyi-32937-msd-extension: the sign-off "Ministry of Social Development / Our Purpose:"
    # stands above "-----Original Message----- From: OIA_Requests (MSD)", the agency's own
    # earlier message, so it is not among the text's last lines.
    text, _truth = _letter("fyi-32937-msd-extension")
    assert any("Ministry of Social Development" in foot for foot in footers(own_text(text)))


def test_a_web_address_on_a_footer_line_of_short_fields_names_the_author() -> None:
    # fyi-5841-dia-acknowledgement's footer line, eleven words in three short fields.
    line = "147 Lambton Quay | PO Box 805, Wellington 6140, New Zealand | www.dia.govt.nz"
    found = letter_author(f"Tēnā koe\n\nWe have your request.\n\n{line}\n")
    assert found is not None and found.name == "Department of Internal Affairs"


def test_a_letterhead_in_capitals_is_read_by_the_shape_of_its_name() -> None:
    # documentcloud-police-ir-01-18-12367-release opens "NEW ZEALAND POLICE".
    assert _uncapped("NEW ZEALAND POLICE") == "New Zealand Police"
    assert (
        _organisation_line("UNIVERSITY OF OTAGO\nTE WHARE WĀNANGA O OTĀGO") == "University of Otago"
    )
    assert _uncapped("ACC") == "ACC"  # an acronym alone stays one


def test_unique_initials_stand_for_their_body_shared_ones_for_none() -> None:
    # "QLDC response" (fyi-19047-qldc-release) is an alias; initials a body shares
    # ("WDC": Waimakariri, Whangārei, Waikato …) name no one, unique ones name one.
    agencies = {a.name: a for a in all_agencies()}
    assert _initials(agencies["Waimakariri District Council"]) == ()
    assert _initials(agencies["Upper Hutt City Council"]) == ("UHCC",)


def test_a_typographic_apostrophe_is_the_directorys_apostrophe() -> None:
    # fyi-3864-hawkes-bay-regional-decision: "received by Hawke’s Bay Regional Council
    # (the Council) on 6 April 2016"; the directory spells it "Hawke's".
    text, truth = _letter("fyi-3864-hawkes-bay-regional-decision")
    found = letter_author(text)
    assert found is not None and found.name == truth["agency"]


def test_a_link_to_a_page_of_our_website_is_the_writers_own_site() -> None:
    # docslib-climate-change-commission-2021-005-release: "can be accessed on our website:
    # https://www.climatecommission.govt.nz/who-we-are/…" is the Commission's own site;
    # the same link without "our" is a mention (a link to another body's page).
    text, truth = _letter("docslib-climate-change-commission-2021-005-release")
    found = letter_author(text)
    assert found is not None and found.name == truth["agency"]
    assert letter_author(text.replace("on our website:", "at")) is None


def test_a_signature_without_a_closing_above_a_confidentiality_notice() -> None:
    # fyi-2175-heritage-nz-other: "Nicholas Chin| General Manager Heritage Destinations |
    # Heritage New / Zealand Pouhere Taonga | PO Box 2629, …" then "This communication
    # may be a privileged communication…": the footer is above the notice.
    text, truth = _letter("fyi-2175-heritage-nz-other")
    found = letter_author(text)
    assert found is not None and found.name == truth["agency"]


def test_a_body_named_by_shape_is_the_directorys_entry_when_it_has_one() -> None:
    # fyi-32225-rbnz-extension: "Yours sincerely / Government Relations / Reserve Bank of
    # New Zealand – Te Pūtea Matua": the directory lists the Bank, so the author is its
    # entry (its Act and calendar known); the same letter from a bank the directory lacks
    # (a fictional name) is named by the shape of its name alone.
    text, truth = _letter("fyi-32225-rbnz-extension")
    found = letter_author(text)
    assert found is not None and found.agency is not None and found.name == truth["agency"]
    unlisted = text.replace("Reserve Bank of New Zealand", "Rangitoto Savings Bank")
    found = letter_author(unlisted.replace("Te Pūtea Matua", "Te Pūtea"))
    assert found is not None and found.agency is None
    assert found.name == "Rangitoto Savings Bank"


def test_a_bodys_team_as_the_subject_speaks_for_the_body() -> None:
    # fyi-17733-kiwirail-release.
    words = (
        "I refer to your official information request dated 27 November 2021; KiwiRail’s "
        "Official Correspondence Unit received this OIA on the 28 November 2021."
    )
    assert _acting(words) == "KiwiRail Holdings Limited"


def test_a_request_quoted_in_marks_ends_at_its_closing_mark() -> None:
    # fyi-31860-nema-release: 'You requested: “1) How many complaints … 30-31 July 2025.”
    # / Part one / We note … The National Emergency Management Agency (NEMA) can only
    # provide the information it holds'.
    text, truth = _letter("fyi-31860-nema-release")
    start = text.index("You requested:")
    end = text.index("accordingly, any complaints")
    assert _acting(text[start:end]) == truth["agency"]


def test_a_sign_off_line_may_end_with_a_full_stop() -> None:
    # fyi-27530-hnz-autoreply: "Health NZ, Te Whatu Ora." above "Statement of
    # confidentiality: This email message …".
    text, _truth = _letter("fyi-27530-hnz-autoreply")
    start = text.index("Health NZ, Te Whatu Ora.")
    assert any("Health NZ, Te Whatu Ora." in foot for foot in footers(text[start - 200 :]))


def test_a_body_the_directory_lacks_is_found_by_the_shape_of_its_name() -> None:
    # fyi-24984-climate-change-commission-release, read as if the directory lacked the
    # Commission: "The Climate Change Commission has considered your request": the
    # sentence's "The" is no part of the name.
    words = "The Climate Change Commission has considered your request in accordance with the Act."
    found = acting_body(words, (), frozenset())
    assert found is not None and found[0] is None and found[1] == "Climate Change Commission"
    # fyi-24787-tauranga-decision's footer line, fields set apart by runs of spaces.
    line = "Tauranga City Council   Private Bag 12022, Tauranga 3143, New Zealand    +64 7 577 7000"
    assert _organisation_line(line) == "Tauranga City Council"


@pytest.mark.parametrize(
    "words",
    [
        # fyi-28655-msd-decision: MSD reports what another body did.
        "I understand that Whaikaha responded to your request from their perspective on\n"
        "12 November 2024.",
        # gwrc-2023-232-release (the request quoted in the letter): the writer's knowledge
        # of another body's duty.
        "I am aware that the Greater Wellington Regional Council (GWRC) is responsible for "
        "cleaning debris or blockages in the stream.",
    ],
)
def test_reported_words_about_a_body_are_not_the_body_speaking(words: str) -> None:
    assert _acting(words) is None


def test_a_closing_run_into_the_last_line_still_opens_a_signature() -> None:
    # fyi-32937-msd-extension with its line breaks lost, as some PDF text layers lose
    # them: "… sooner if I am able to. Ngâ mihi, Official Information Team | Ministerial
    # and Executive Services Ministry of Social Development Our Purpose: …".
    text, truth = _letter("fyi-32937-msd-extension")
    joined = " ".join(own_text(text).split())
    assert "able to. Ngâ mihi, Official Information Team" in joined
    blocks = [block for _start, block in signature_blocks(joined)]
    assert any("Ministry of Social Development" in block for block in blocks)
    found = letter_author(joined)
    assert found is not None and found.name == truth["agency"]


def test_the_short_form_a_letter_gives_a_body_speaks_for_it() -> None:
    # fyi-16008-msd-decision: "this part of your request was transferred to the Ministry
    # of Social Development (the Ministry). Although the Ministry holds information …".
    text, truth = _letter("fyi-16008-msd-decision")
    start = text.index("On 3 August 2021")
    assert _acting(text[start : start + 400]) == truth["agency"]
    # A body the writer itself transfers to is not the writer, however it is named.
    assert (
        _acting(
            "I have transferred your request to the Ministry of Health (the Ministry). "
            "The Ministry holds the information you requested."
        )
        is None
    )


def test_a_minister_the_letter_says_was_written_to_by_name_and_title() -> None:
    # fyi-15163-minister-covid-19-response-autoreply: "Thank you for taking the time to
    # write to Hon Chris Hipkins, Minister for / COVID-19 Response, Minister of Education,
    # …": a portfolio the directory lacks, named by its title.
    text, truth = _letter("fyi-15163-minister-covid-19-response-autoreply")
    found = letter_author(text)
    assert found is not None and found.name == truth["agency"]


def test_a_wrapped_sentences_tail_is_no_footer_line() -> None:
    # fyi-15163: "…strategy on the dedicated COVID-19 website / here: […] / or the
    # Ministry of Health website / here: […]" at the foot of a Minister's auto-reply.
    text, _truth = _letter("fyi-15163-minister-covid-19-response-autoreply")
    assert not any("Ministry of Health website" in foot for foot in footers(text))
    # fyi-21794-msd-release: "not held by the Ministry and I have no grounds" names no
    # body called "Ministry and I".
    assert _organisation_line("Ministry and I") is None


def test_a_body_given_a_short_form_after_for_is_an_object_not_the_writer() -> None:
    # fyi-24685-dia-release: "As previously noted, Te Tari Taiwhenua does not hold an
    # active conflict of interest register for the Racing Integrity Board (the Board)":
    # the Board, a body the directory lacks, is what the register would be for; the
    # Department (by its te reo name) is the one that does not hold it.
    text, truth = _letter("fyi-24685-dia-release")
    flat = " ".join(text.split())
    start = flat.index("As previously noted")
    words = flat[start : flat.index("(the Board)", start) + len("(the Board)")] + "."
    found = letter_author(words)
    assert found is not None and found.name == truth["agency"]


def test_a_mention_word_inside_a_bodys_own_name_makes_no_mention() -> None:
    # fyi-9827-lotto-nz-release's words, "This letter is in response to your enquiry to
    # Lotto New Zealand on 11 March 2019.", from another directory body whose name holds
    # a mention word ("Investigation"), as probe_author_swap writes it.
    words = "This letter is in response to your enquiry to Lotto New Zealand on 11 March 2019."
    found = letter_author(words)
    assert found is not None and found.name == "New Zealand Lotteries Commission"
    swapped = words.replace("Lotto New Zealand", "Transport Accident Investigation Commission")
    found = letter_author(swapped)
    assert found is not None and found.name == "Transport Accident Investigation Commission"
