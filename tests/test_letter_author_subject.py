"""The author as the subject of the letter's own answers (issue 13): ``reading/author/subject.py``.

Every case is a real dev letter (tests/corpus/letters/dev, text as published); the
expected author comes from its truth row, so where the row says the text does not show
its author the right answer is None.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from oiaassist.agencies import all_agencies, find
from oiaassist.reading import read_letter
from oiaassist.reading.author import letter_author
from oiaassist.reading.author.short_forms import spelt_out
from oiaassist.reading.author.subject import answered_about

DEV = Path(__file__).parent / "corpus" / "letters" / "dev"


def _read(letter_id: str) -> tuple[str, str | None]:
    text = (DEV / f"{letter_id}.txt").read_text(encoding="utf-8")
    truth = json.loads((DEV / f"{letter_id}.json").read_text(encoding="utf-8"))
    return text, str(truth["agency"]) if truth["author_in_text"] else None


@pytest.mark.parametrize(
    "letter_id",
    [
        "fyi-15785-auckland-council-release",  # "Auckland Council does carry out drug and…"
        "fyi-9074-police-other",  # "Police do have robust recording processes in place."
        "fyi-20801-swrb-release",  # "the context in which we operate. The SWRB is a Crown…"
        "fyi-14060-auckland-transport-decision",  # "Auckland Transport provide 5 hours of…"
        "fyi-19771-eeca-release",  # "EECA’s reporting…", "EECA’s last year…", "EECA’s carbon…"
        "fyi-27532-tvnz-release",  # "TVNZ attendees at this meeting were": not a subject
        "fyi-33942-tvnz-decision",  # "TVNZ has publicly confirmed that…": reported words
        "fyi-1858-waikato-regional-release",  # "On 26 June 2014 the … Council confirmed that…"
    ],
)
def test_author_as_the_subject_of_the_answers(letter_id: str) -> None:
    text, want = _read(letter_id)
    found = letter_author(text, not_these=read_letter(text).not_authors)
    assert (found.name if found else None) == want


def test_the_letter_must_speak_in_the_first_person() -> None:
    # fyi-9074's sentence, with no writer speaking anywhere: content about Police only.
    words = "Police do have robust recording processes in place. However, there are guidelines."
    assert answered_about(words, tuple(all_agencies())) is None
    spoken = f"We have set out our answers below. {words}"
    found = answered_about(spoken, tuple(all_agencies()))
    assert found is not None and found[0].name == "New Zealand Police"


def test_two_bodies_as_subjects_name_neither() -> None:
    # fyi-15785's answer beside a second body answering: evidence in conflict.
    words = (
        "We refer to your request. Auckland Council does carry out drug and alcohol testing. "
        "Auckland Transport does not carry out such testing."
    )
    assert answered_about(words, tuple(all_agencies())) is None


def test_a_question_or_a_transfer_is_not_an_answer() -> None:
    agencies = tuple(all_agencies())
    asked = "We refer to your request: Does Auckland Council carry out testing? Police do have?"
    assert answered_about(asked, agencies) is None
    moved = "We have transferred your request to Police. Police do have the information you want."
    assert answered_about(moved, agencies) is None


def test_a_short_form_the_letter_defines_is_spelt_out() -> None:
    # fyi-19047 (QLDC's letter) with its council swapped for one whose initials several
    # councils share ("WDC"): within the letter the form means the body it was given to.
    text = (DEV / "fyi-19047-qldc-release.txt").read_text(encoding="utf-8")
    swapped = text.replace("Queenstown Lakes District Council", "Waikato District Council")
    swapped = swapped.replace("QLDC", "WDC")
    out = spelt_out(swapped)
    assert "WDC has decided" not in out
    assert "Waikato District Council has decided to grant your request" in out
    assert "Waikato District Council (WDC)" in out  # the definition itself is kept


def test_a_short_form_defined_for_two_bodies_is_left_alone() -> None:
    # fyi-12108's words, its form "HVDHB" (a directory alias, read as such already) made
    # one the directory lacks, and a second body given the same form: evidence in conflict.
    words = (
        "transferred from the Ministry of Health to Hutt Valley District Health Board "
        "(HVB) on 1 May 2020. Capital and Coast District Health Board (HVB) contacted "
        "you. HVB has decided to refuse your request."
    )
    assert spelt_out(words) == words
    one = words.replace("Capital and Coast District Health Board (HVB)", "CCDHB")
    assert "Hutt Valley District Health Board has decided" in spelt_out(one)
    known = one.replace("HVB", "HVDHB")  # the directory's own alias: nothing to spell out
    assert spelt_out(known) == known


def test_a_short_form_of_a_transferee_stays_a_transferee() -> None:
    # Rotorua Lakes Council's words (tests/test_letter_author.py): the regional council,
    # given a form the directory lacks, is still the body the request went to.
    words = (
        "Kia ora [name]\nAs advised on 14 January 2025, questions 3-6 have been transferred "
        "to Bay of Plenty Regional Council (BoPRC). BoPRC will respond to these points direct."
    )
    assert letter_author(words) is None


def test_a_chief_executives_title_names_the_department() -> None:
    # fyi-22087 (MFAT) signs "for Secretary of Foreign Af" (the text layer cut the line):
    # its closing with the title whole, and no letterhead or line naming the Ministry.
    closing = (
        "If you have any questions about this decision, you can contact us by email at: \n"
        "[email address]. \nNāku noa, nā \nSarah Corbett \n"
    )
    for title, body in [
        ("for Secretary of Foreign Affairs and Trade", "Ministry of Foreign Affairs and Trade"),
        ("Secretary for Education and Chief Executive", "Ministry of Education"),
        ("Chief Executive and Secretary for the Environment", "Ministry for the Environment"),
        ("Solicitor-General", "Crown Law Office"),
        ("Chief Electoral Officer", "Electoral Commission"),
    ]:
        found = letter_author(f"{closing}{title} \n")
        assert found is not None and found.name == body, title
    assert letter_author(f"{closing}Private Secretary \n") is None  # a Minister's office
    assert letter_author(f"{closing}Secretary to Council \n") is None  # names no body


def test_the_body_a_request_was_transferred_to_from_another_is_the_writer() -> None:
    # fyi-12108: "which was transferred from the Ministry of Health to Hutt Valley District
    # Health Board (HVDHB)", though Capital & Coast DHB "contacted you" later in the letter.
    text, want = _read("fyi-12108-hvdhb-decision")
    found = letter_author(text, not_these=read_letter(text).not_authors)
    assert want == "Hutt Valley District Health Board"
    assert found is not None and found.name == want


def test_a_deputy_prime_ministers_office_names_the_portfolio_after_it() -> None:
    # fyi-15616: "Thank you for contacting Hon Grant Robertson, Deputy Prime Minister, the
    # Minister of Finance, Minister for Infrastructure, …" (the auto-reply of the office).
    text, want = _read("fyi-15616-minister-of-finance-acknowledgement")
    found = letter_author(text, not_these=read_letter(text).not_authors)
    assert want == "Minister of Finance"
    assert found is not None and found.name == want


def test_fyis_name_for_an_office_in_its_placeholder() -> None:
    # fyi-29005 (MSD, dev): "please feel free to contact [MSD request email]"; FYI.org.nz
    # names some authorities as offices ("Office of the Prime Minister").
    closing = "If you wish to discuss this response with us, please feel free to contact\n"
    for said, body in [
        ("MSD", "Ministry of Social Development"),
        ("Office of the Prime Minister", "Prime Minister"),
        ("Office of the Auditor-General", "Office of the Auditor-General"),
    ]:
        found = letter_author(f"{closing}[{said} request email].\n")
        assert found is not None and found.name == body, said


def test_a_body_the_letter_sends_the_requester_to_is_not_the_subject_of_its_answers() -> None:
    # LINZ's words (fyi-24684): "…you may wish to contact them through their website for
    # the information you seek"; Kāinga Ora's (fyi-16008): "as we do not hold the
    # information". A body said to act in such a letter is another body, not the writer.
    agencies = tuple(all_agencies())
    holds = "We refer to your request. Waka Kotahi is responsible for state highways."
    assert answered_about(holds, agencies) is not None  # alone, it reads as the writer
    sent = f"{holds} You may wish to contact Waka Kotahi for the information you seek."
    assert answered_about(sent, agencies) is None
    assert answered_about(f"{holds} We do not hold the information.", agencies) is None
    directed = "We refer to your request. Police have the information you seek, and we "
    directed += "suggest you direct your request to Police."
    assert letter_author(directed) is None


def test_a_heading_run_into_the_first_sentence_is_not_its_words() -> None:
    # fyi-32140: "Transfer of your request for information Thank you for your request …
    # to the Minister of Health, Hon Simeon Brown." on one line: the heading's "Transfer"
    # is not the thanks' context; the request was made to the Minister, who transfers it.
    text, want = _read("fyi-32140-minister-of-health-transfer")
    found = letter_author(text, not_these=read_letter(text).not_authors)
    assert want == "Minister of Health"
    assert found is not None and found.name == want


def test_a_body_owning_things_twice_is_not_enough() -> None:
    # fyi-19771's answers (EECA), with its name as owner twice only: not shown enough.
    agencies = tuple(all_agencies())
    words = (
        "Your requests and our responses are provided below. EECA’s last year of reporting "
        "on the Govt3 sustainability programme was 2009/10. At 30 June 2010, EECA’s carbon "
        "emissions totalled 413 tonnes of CO2e."
    )
    assert answered_about(words, agencies) is None
    thrice = words + " EECA’s air travel made up most of it."
    found = answered_about(thrice, agencies)
    assert found is not None and found[0].name == "Energy Efficiency and Conservation Authority"
    other = thrice + " Police’s figures are not held by us."
    assert answered_about(other, agencies) is None  # a second owner: evidence in conflict


@pytest.mark.parametrize(
    "letter_id",
    [
        # "General Manager, Public Transport": a unit the signer manages, not a body the
        # directory lacks; the council said so earlier ("received by Greater Wellington…").
        "fyi-9571-gwrc-extension",
        # the signature's own web address ("[1]www.at.govt.nz") comes before a footer's
        # link to another body ("Visit Waka Kotahi NZTA Traffic Updates").
        "fyi-22442-auckland-transport-other",
        # "Auckland Transport (AT) has its own Bylaw", then "AT receives…": a form too
        # short for the directory's alias, given by the letter itself.
        "fyi-6140-auckland-transport-release",
        # "requesting information from Te Pûkenga": a macron written as a circumflex.
        "fyi-28831-te-pukenga-clarification",
        # a letterhead run onto one line by the text layer, up to the salutation: "~ Privacy
        # Commissioner \\Cl T e Mana Matapono Matatapu Office of the Privacy Commissioner
        # PO Box 10094, … Emailed to: fyi-request-…"
        "pdfslide-fyi-10798-privacy-commissioner-release",
    ],
)
def test_letters_of_the_eighth_gathering(letter_id: str) -> None:
    text, want = _read(letter_id)
    found = letter_author(text, not_these=read_letter(text).not_authors)
    assert want is not None and found is not None and found.agency is not None
    assert found.agency == find(want)  # the truth row may spell the body by an alias


def test_a_letterhead_that_prints_only_the_acronym() -> None:
    # fyi-22087's letterhead ("New Zealand Ministry of Foreign Affairs and Trade" /
    # "Manatū Aorere" / "195 Lambton Quay"…) printed as the acronym alone, the signature
    # cut: the acronym on a short letterhead line is the body (only in capitals).
    text = (DEV / "fyi-22087-mfat-release.txt").read_text(encoding="utf-8")
    head, _sep, body = text.partition("[name] \n")
    body = body.split("Nāku noa, nā")[0]
    lines = ["MFAT", "195 Lambton Quay", "Private Bag 18−901", "Wellington 6160", ""]
    found = letter_author("\n".join(lines) + "[name] \n" + body)
    assert found is not None and found.name == "Ministry of Foreign Affairs and Trade"
    assert letter_author("[name] \n" + body) is None  # the letter's body alone does not say
    # a one-word name inside another organisation's name is no letterhead of that body
    other = ["Customs Brokers and Freight Forwarders Federation", *lines[1:]]
    assert letter_author("\n".join(other) + "[name] \n" + body) is None
    assert "New Zealand Ministry" in head  # the real letterhead named it in full


def test_a_footer_line_that_is_only_the_acronym() -> None:
    # fyi-15377 (PNCC's auto-reply): "Palmerston North City Council" / "Customer Services"
    # at its foot; written with the directory's acronym instead, it still names the council.
    text = (DEV / "fyi-15377-pncc-acknowledgement.txt").read_text(encoding="utf-8")
    assert "Palmerston North City Council" in text
    found = letter_author(text.replace("Palmerston North City Council", "PNCC"))
    assert found is not None and found.name == "Palmerston North City Council"
    assert letter_author(text.replace("Palmerston North City Council", "Pncc")) is None


def test_we_at_the_body_in_either_order() -> None:
    # fyi-15903 (NZ On Air): "At NZ On Air we work flexibly. Email or Mobile is my
    # preferred communication method" - the writer placing itself in its body.
    found = letter_author(
        "At NZ On Air we work flexibly. Email or Mobile is my preferred\n"
        "communication method as I am sometimes working from home.\n"
    )
    assert found is not None and found.name == "Broadcasting Commission"
    # another body's words, as the writer reports them, are no self-reference
    assert (
        letter_author("Thank you for your request. As Police have advised, we do not hold it.")
        is None
    )


def test_a_body_the_directory_lacks_as_the_subject_of_the_answers() -> None:
    # fyi-9074 (Police) with Police written as a body no directory lists: "Rangitoto
    # Polytechnic do have robust recording processes in place."
    text, want = _read("fyi-9074-police-other")
    assert want == "New Zealand Police"
    swapped = text.replace("Police", "Rangitoto Polytechnic")
    found = letter_author(swapped, not_these=read_letter(swapped).not_authors)
    assert found is not None and found.agency is None
    assert found.name == "Rangitoto Polytechnic"


def test_a_hostile_text_of_short_forms_stays_cheap() -> None:
    # untrusted input is bounded: thousands of bracketed forms cost no more than a few.
    import string  # noqa: PLC0415
    import time  # noqa: PLC0415

    forms = "".join(
        f"Body Council ({a}{b}X) " for a in string.ascii_uppercase for b in string.ascii_uppercase
    )
    start = time.perf_counter()
    spelt_out(forms * 10)
    assert time.perf_counter() - start < 1.0


def test_a_hostile_text_with_no_full_stop_stays_cheap() -> None:
    # a sentence is looked for at most 600 characters either side of each name.
    import time  # noqa: PLC0415

    start = time.perf_counter()
    letter_author("we at Police we at Police " * 3000)
    assert time.perf_counter() - start < 1.5


@pytest.mark.parametrize(
    ("letter_id", "body"),
    [
        # "…as soon as possible. Palmerston North City Council Customer Services 06 356 8199"
        ("fyi-15377-pncc-acknowledgement", "Palmerston North City Council"),
        # "…as soon as possible.  Regards Official and Parliamentary Information team | …"
        ("fyi-1863-msd-acknowledgement", "Ministry of Social Development"),
        # "…as quickly as possible Kind regards Catherine Catherine Robinson | …"
        ("fyi-1858-waikato-regional-acknowledgement", "Waikato Regional Council"),
        # "Yours sincerely   James Stephens … Private Bag 92300, Auckland 1142  |
        # aucklandcouncil.govt.nz  |  Ph 09 301 0101": a bare web address in the sign-off
        ("fyi-2644-auckland-council-acknowledgement", "Auckland Council"),
    ],
)
def test_a_sign_off_run_onto_the_last_line(letter_id: str, body: str) -> None:
    # the real letter with its line breaks lost, as some PDF text layers lose them
    text = (DEV / f"{letter_id}.txt").read_text(encoding="utf-8")
    joined = re.sub(r"[^\S\n]*\n[^\S\n]*", " ", text)
    found = letter_author(joined)
    assert found is not None and found.name == body


def test_a_letterhead_run_onto_one_line_stops_at_the_addressee() -> None:
    # fyi-22087 (MFAT) on one line: the letterhead's words up to "[name]" are read, the
    # addressee's organisation after it is not.
    text = (DEV / "fyi-22087-mfat-release.txt").read_text(encoding="utf-8")
    joined = re.sub(r"[^\S\n]*\n[^\S\n]*", " ", text)
    found = letter_author(joined)
    assert found is not None and found.name == "Ministry of Foreign Affairs and Trade"
    head = "6 April 2023 [name] Secretary New Zealand Council for Civil Liberties PO Box 1 Dear"
    assert letter_author(head + " [name], thank you for your request.") is None
