"""Transfers (OIA s 14, LGOIMA s 12) read from real letters' words, both ways.

Each case is a real letter: a development-corpus letter (tests/corpus/letters/dev,
compared with its truth row) or a sentence copied from a letter published on
FYI.org.nz (the request number is given; the stored public page, not a held-out
letter). The reader must tell a transfer *out* ("we have transferred your request
to X") from one *in* ("transferred to my Office by the Ministry of Health on …",
where the author is the transferee), and a mere mention from either.
"""

from __future__ import annotations

import json
import re
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from oiaassist.reading import check_reading, read_letter
from oiaassist.reading.checks import CheckKind
from oiaassist.reading.reader import LetterKind

DEV = Path(__file__).parent / "corpus" / "letters" / "dev"


def _letter(letter_id: str) -> tuple[str, dict[str, Any]]:
    text = (DEV / f"{letter_id}.txt").read_text(encoding="utf-8")
    truth = json.loads((DEV / f"{letter_id}.json").read_text(encoding="utf-8"))
    return text, truth


@pytest.mark.parametrize(
    ("letter_id", "partial"),
    [
        # "I have decided under section 14(b)(ii) of the Act to transfer your request to the
        # Prime Minister"
        ("fyi-18810-dpmc-transfer", False),
        # "… to transfer questions one and two to the Prime Minister and questions three, four
        # and five to the Department": a split transfer, read as part of it going to the first
        ("fyi-20211-dpmc-transfer", True),
        # "I have decided to transfer your request to Te Whatu Ora under section 14(b)(i)"
        ("fyi-21155-moh-transfer", False),
        # "We have formally transferred your request to Waka Kotahi NZ Transport Agency"
        ("fyi-23467-wcc-transfer", False),
        # "Greater Wellington is transferring your request to Regional Software Holdings Ltd"
        ("fyi-26338-gwrc-transfer", False),
        # "I have decided to transfer your request to the Department of Internal Affairs"
        ("fyi-30016-dpmc-transfer", False),
    ],
)
def test_a_transfer_out_is_read_as_the_truth_row_says(letter_id: str, partial: bool) -> None:
    text, truth = _letter(letter_id)
    reading = read_letter(text)
    moved = reading.transfer
    assert moved is not None
    assert reading.kind is LetterKind.TRANSFER
    if "; " in moved.to_agency.value:  # a split transfer: every body, in the directory's words
        assert moved.to_agency.value == truth["stated"]["transfer_to"]
    else:
        want = truth["stated"]["transfer_to"].split("; ")[0]
        assert moved.to_agency.value in want or want in _directory_name(moved.to_agency.value)
    assert moved.partial is partial
    # Each of these letters transfers in the letter itself: the day is the letter's own.
    assert not moved.date_stated
    if "transfer_date" in truth["stated"]:
        assert moved.on is not None
        assert moved.on.value.isoformat() == truth["stated"]["transfer_date"]


def _directory_name(name: str) -> str:
    from oiaassist.agencies import find  # noqa: PLC0415

    return find(name).name


@pytest.mark.parametrize(
    "letter_id",
    [
        # "… which was transferred to my Office by the Ministry of Health on 16 February 2022"
        "fyi-18456-minister-of-health-decision",
        # "Thank you for your request, transferred to the Tertiary Education Commission (TEC) on
        # 24 January 2024"
        "fyi-25447-tec-decision",
    ],
)
def test_a_transfer_in_makes_the_author_the_transferee(letter_id: str) -> None:
    text, truth = _letter(letter_id)
    reading = read_letter(text)
    assert reading.transfer is None
    assert reading.transferred_in is not None
    assert reading.transferred_in.value.isoformat() == truth["stated"]["transfer_date"]
    assert truth["stated"]["transfer_to"] == truth["agency"]  # the corpus README's rule


def test_the_body_a_request_came_from_is_named() -> None:
    """Minister of Health: '… transferred to my Office by the Ministry of Health on …'."""
    text, _truth = _letter("fyi-18456-minister-of-health-decision")
    reading = read_letter(text)
    assert reading.transferred_from is not None
    assert reading.transferred_from.value == "Ministry of Health"


def test_a_request_transferred_from_another_on_a_day() -> None:
    """DPMC, FYI request 20074: an OIA request 'transferred from Health New Zealand on …'."""
    reading = read_letter(
        "Kia ora,\n\nThank you for your request under the Official Information Act 1982 (OIA)\n"
        " transferred from Health New Zealand on 29 July 2022. You requested:\n"
    )
    assert reading.transfer is None
    assert reading.transferred_in is not None
    assert reading.transferred_in.value == date(2022, 7, 29)
    assert reading.transferred_from is not None
    assert reading.transferred_from.value == "Health New Zealand"


def test_most_of_a_request_transferred_is_a_part_transfer() -> None:
    """Minister of Health, FYI request 31139: most went to Health NZ on a stated day, the rest
    is answered; 'must not be transferred' (the requester's words, quoted) is no transfer."""
    reading = read_letter(
        "27 June 2025\nDear Dr AO\nResponse to your request for information\nThank you for your "
        "request under the Official Information Act 1982 (the Act) on 28 May\n2025. Most of your "
        "request was transferred to Health New Zealand on 16 June 2025. Please find a\nresponse "
        "to the remaining part of your request below.\nThis request is made to your office as "
        "the Minister of Health and must not\nbe transferred to Health New Zealand.\n"
    )
    moved = reading.transfer
    assert moved is not None
    assert moved.to_agency.value == "Health New Zealand"
    assert moved.partial
    assert moved.date_stated
    assert moved.on is not None
    assert moved.on.value == date(2025, 6, 16)


@pytest.mark.parametrize(
    "letter_id",
    [
        # "… it would have been necessary under section 14 of the OIA to transfer your request
        # to the Ministry for the Environment … therefore we have not transferred it"
        "fyi-18872-epa-decision",
        # "… which may include transfer to a more relevant Minister or agency"
        "fyi-29603-minister-of-finance-acknowledgement",
        # "… it may be transferred to another Minister's office"
        "fyi-30381-minister-of-health-acknowledgement",
        # the requester asked about "the transfer of your request from the Ministry of Health |
        # Manatū Hauora to Health New Zealand": a transfer between two other bodies
        "fyi-25021-hnz-release",
        # "We have received an additional request transferred from Whaikaha on 20 November
        # 2025": another request, not the one this letter extends
        "fyi-32937-msd-extension",
    ],
)
def test_a_letter_that_mentions_a_transfer_is_not_necessarily_one(letter_id: str) -> None:
    text, truth = _letter(letter_id)
    reading = read_letter(text)
    assert "transfer_to" not in truth["stated"]
    assert reading.transfer is None
    assert reading.transferred_in is None
    assert reading.transferred_from is None
    assert all(c.kind is not CheckKind.TRANSFER for c in check_reading(reading))


def test_an_extension_of_the_transfer_limit_is_not_of_the_decision() -> None:
    """DPMC: 'I have also extended the time limits of your request by an additional 5 working
    days in order to make this transfer' (s 15A(1)): the transfer limit, not the decision's."""
    text, truth = _letter("fyi-18810-dpmc-transfer")
    reading = read_letter(text)
    assert reading.extension is not None
    checks = check_reading(reading)
    for check in checks:
        if check.kind is CheckKind.EXTENSION_NOTICE:
            assert check.ok is None
            assert "transfer" in check.message
    # The one breach the truth row records is the transfer's lateness, nothing else.
    crosses = {c.kind for c in checks if c.ok is False}
    assert crosses <= {CheckKind.TRANSFER}
    assert truth["statute"]["breaches"] == ["transfer_late"]


@pytest.mark.parametrize(
    ("sentence", "to"),
    [
        # The directory lists a Minister by portfolio, not by the person or "the office of".
        # The forms are real letters': "Hon Nicola Willis, Minister of Finance" (dev
        # fyi-29603), "the Office of the Minister of Local Government" (dev fyi-29042),
        # "the Prime Minister, Rt Hon Jacinda Ardern" (dev fyi-18810).
        ("We have transferred your request to Hon Nicola Willis, Minister of Finance.",
         "Minister of Finance"),
        ("Your request has been transferred to the Office of the Minister of Local Government.",
         "Minister of Local Government"),
        ("We have transferred your request to the Prime Minister, Rt Hon Jacinda Ardern.",
         "Prime Minister"),
        ("We have transferred your request to the Prime Minister Rt Hon Jacinda Ardern.",
         "Prime Minister"),
        # "… consultations with the Prime Minister’s Office on the transfer of your request"
        # (dev fyi-18810)
        ("We have transferred your request to the Prime Minister’s Office.", "Prime Minister"),
        # A name with a comma in it is one body where the directory says so.
        ("We have transferred your request to the Ministry of Business, Innovation and "
         "Employment.", "Ministry of Business, Innovation and Employment"),
        # The noun, as in dev fyi-25021's "the transfer of your request from the Ministry of
        # Health … to Health New Zealand", here of the agency's own transfer.
        ("This letter gives notice of the transfer of part of your request to Kāinga Ora.",
         "Kāinga Ora"),
    ],
)  # fmt: skip
def test_the_transferee_in_the_directorys_terms(sentence: str, to: str) -> None:
    reading = read_letter(f"12 March 2025\n\nDear Sam\n\n{sentence}\n")
    assert reading.transfer is not None
    assert reading.transfer.to_agency.value == to


def test_a_comma_does_not_join_a_name_to_the_next_words() -> None:
    """'… dealt with by the Treasury, and have transferred it to them': the Treasury only."""
    reading = read_letter(
        "12 March 2025\n\nDear Sam\n\nWe consider that your request would be more appropriately "
        "dealt with by the Treasury, and have transferred it to them.\n"
    )
    assert reading.transfer is not None
    assert reading.transfer.to_agency.value == "Treasury"


@pytest.mark.parametrize(
    "sentence",
    [
        # the team names of dev fyi-22125 ("Manager, Ministerial Services") and dev fyi-34023
        # ("Regulatory and Identity Services"), as the place a request is routed inside
        "Your request has been transferred to the Ministerial Services team to respond.",
        "Your request has been transferred to our Regulatory and Identity Services unit.",
        "We have transferred your request to the Official Information Team.",
    ],
)
def test_a_request_routed_to_a_team_inside_is_not_transferred(sentence: str) -> None:
    reading = read_letter(f"12 March 2025\n\nDear Sam\n\n{sentence}\n")
    assert reading.transfer is None


@pytest.mark.parametrize(
    ("sentences", "to"),
    [
        # dev fyi-22125's first sentence, then the transfer told with a pronoun
        (
            "I can now advise that I believe the information you have requested is more closely "
            "connected with the functions of the Ministry of Foreign Affairs and Trade (MFAT). "
            "Accordingly, I have decided to transfer your request to them.",
            "Ministry of Foreign Affairs and Trade",
        ),
        # the body named as the one better placed, in the same sentence
        (
            "The Department of Internal Affairs is better placed to answer your request, and we "
            "have transferred it to that agency.",
            "Department of Internal Affairs",
        ),
    ],
)
def test_a_transfer_to_them_is_to_the_body_named_before(sentences: str, to: str) -> None:
    reading = read_letter(f"12 March 2025\n\nDear Sam\n\n{sentences}\n")
    assert reading.transfer is not None
    assert reading.transfer.to_agency.value == to


def test_a_transfer_to_them_with_no_body_named_is_none() -> None:
    reading = read_letter(
        "12 March 2025\n\nDear Sam\n\nWe have looked into this and have transferred your "
        "request to them.\n"
    )
    assert reading.transfer is None


def test_information_forwarded_by_another_body_is_no_transfer_in() -> None:
    """Only the request is transferred (s 14): 'The figures were forwarded by …' is not."""
    reading = read_letter(
        "12 March 2025\n\nDear Sam\n\nThe figures below were forwarded by the Ministry of "
        "Health in 2024.\n"
    )
    assert reading.transferred_from is None


def test_the_body_a_request_came_from_is_not_the_author() -> None:
    """DPMC, FYI request 20074: the only body the letter names is the one that transferred
    the request ('… transferred from Health New Zealand on 29 July 2022'): a mention, so no
    author (the letter is signed by a team only)."""
    from oiaassist.reading.author import letter_author  # noqa: PLC0415

    text = (
        "Kia ora,\n\nThank you for your request under the Official Information Act 1982 (OIA)\n"
        " transferred from Health New Zealand on 29 July 2022. You requested:\n\nI would like "
        "to request a copy of the written briefings, advice and information provided by the "
        "DPMC’s health reform transition unit.\n\nNgā mihi\nMinisterial Services\n"
    )
    reading = read_letter(text)
    assert reading.not_authors == ("Health New Zealand",)
    author = letter_author(text, not_these=reading.not_authors)
    assert author is None or author.name != "Health New Zealand"


def test_a_greeting_run_into_the_transferors_name_is_not_part_of_it() -> None:
    """The heading has no full stop: 'Dear Sam The Ministry of Health transferred …'."""
    reading = read_letter(
        "12 March 2025\n\nDear Sam\n\nThe Ministry of Health transferred your request to us on "
        "5 March 2025.\n"
    )
    assert reading.transferred_from is not None
    assert reading.transferred_from.value == "Ministry of Health"
    assert reading.transferred_in is not None
    assert reading.transferred_in.value == date(2025, 3, 5)


@pytest.mark.parametrize(
    "piece",
    [
        "Ministry Of Health And Department Of Internal Affairs ",  # one long run of capitals
        "we may transfer your request to the Ministry of Health, ",  # no full stop, all maybes
        "transferred from the Ministry Of Health And ",
        "the Ministry of Health and have transferred it to them ",
    ],
)
def test_transfer_reading_time_grows_linearly(piece: str) -> None:
    """Untrusted text: a transfer phrase repeated with no full stop costs linear time."""
    import time  # noqa: PLC0415

    read_letter(piece)  # patterns compiled, directory loaded
    small, big = piece * 100, piece * 400
    started = time.perf_counter()
    read_letter(small)
    small_time = time.perf_counter() - started
    started = time.perf_counter()
    read_letter(big)
    big_time = time.perf_counter() - started
    assert big_time < 4 * small_time * 2.5 + 0.5  # 4x the text, well under 16x the time


def _every_agency() -> list[Any]:
    from oiaassist.agencies import all_agencies  # noqa: PLC0415

    return list(all_agencies())


@pytest.mark.parametrize("agency", _every_agency(), ids=lambda a: a.id)
def test_every_directory_body_is_read_back_as_itself(agency: Any) -> None:
    """Each body of the agency directory, by its name, Māori name and aliases, in the words
    of the development letters ("transfer your request to …", dev fyi-30016; "has been
    transferred to …"; "transferred to my Office by … on …", dev fyi-18456), is read as that
    body: hyphens ("Thames-Coromandel"), commas ("Business, Innovation and Employment"),
    lower-case joins ("Te Manatū mō ngā Iwi ō te Moana-nui-a-Kiwa") and macrons included."""
    from oiaassist.agencies import find  # noqa: PLC0415

    names = [agency.name, *(n for n in (agency.maori_name, *agency.aliases) if n)]
    for name in names:
        for sentence in (
            f"Accordingly, I have decided to transfer your request to the {name}.",
            f"Your request has been transferred to {name} under section 14.",
            f"Your request was transferred to my Office by {name} on 16 February 2022.",
        ):
            reading = read_letter(f"21 March 2022\n\nDear Sam\n\n{sentence}\n")
            found = reading.transfer.to_agency if reading.transfer else reading.transferred_from
            assert found is not None, sentence
            assert find(found.value).id == agency.id, (sentence, found.value)


@pytest.mark.parametrize(
    "agency",
    [a for a in _every_agency() if re.match(r"(?:Associate\s+)?(?:Prime\s+)?Minister\b", a.name)],
    ids=lambda a: a.id,
)
def test_every_minister_is_read_by_portfolio(agency: Any) -> None:
    """The forms of real letters: "Hon Nicola Willis, Minister of Finance" (dev fyi-29603),
    "the Prime Minister, Rt Hon Jacinda Ardern" and "the Prime Minister’s Office" (dev
    fyi-18810), "the Office of the Minister of Local Government" (dev fyi-29042)."""
    from oiaassist.agencies import find  # noqa: PLC0415

    for sentence in (
        f"We have transferred your request to Hon Jane Doe, {agency.name}.",
        f"I have decided to transfer your request to the {agency.name}, Hon Jane Doe.",
        f"Your request has been transferred to the Office of the {agency.name}.",
        f"Your request has been transferred to the {agency.name}’s Office.",
    ):
        reading = read_letter(f"12 March 2025\n\nDear Sam\n\n{sentence}\n")
        assert reading.transfer is not None, sentence
        assert find(reading.transfer.to_agency.value).id == agency.id, sentence


def test_that_part_transferred_on_a_day_before_the_verb() -> None:
    """Sport NZ: 'For this reason, on 1 February 2022, Sport NZ decided to transfer that part
    of your request to the Ministry of Justice …' and the rest declined as not held (s 18(g)).
    After the 10-working-day limit (24 January 2022), but the letter neither states nor rules
    out an extension of that limit (s 15A(1)): the gap is shown, no breach asserted."""
    text, truth = _letter("fyi-18008-sport-nz-transfer")
    reading = read_letter(text)
    moved = reading.transfer
    assert moved is not None
    assert moved.to_agency.value == truth["stated"]["transfer_to"]
    assert moved.partial
    assert moved.date_stated
    assert moved.on is not None
    assert moved.on.value.isoformat() == truth["stated"]["transfer_date"]
    # a transfer of part beside a decision on the rest takes the decision's kind (the
    # corpus's kind rule 4, which cites this letter; its truth row's kind is decision)
    assert reading.kind is LetterKind.DECISION
    (check,) = [c for c in check_reading(reading) if c.kind is CheckKind.TRANSFER]
    assert truth["statute"]["breaches"] == []
    assert check.ok is None
    assert "extension" in check.message


@pytest.mark.parametrize(
    "qualifier",
    ["", " for information", " under the Official Information Act 1982", " dated 19 January 2024"],
)
def test_a_transfer_in_is_read_whatever_words_follow_the_request(qualifier: str) -> None:
    # TEC (dev fyi-25447-tec-decision), the request described as other letters describe it:
    # the day it was transferred to this agency (OIA s 14) is still that day
    path = Path(__file__).parent / "corpus" / "letters" / "dev" / "fyi-25447-tec-decision.txt"
    text = path.read_text(encoding="utf-8")
    words = "Thank you for your request, transferred"
    assert words in text
    reading = read_letter(
        text.replace(words, f"Thank you for your request{qualifier}, transferred")
    )
    assert reading.transferred_in is not None
    assert reading.transferred_in.value == date(2024, 1, 24)


def test_a_transfer_to_a_minister_named_as_the_portfolio_goes_to_the_portfolio() -> None:
    # Minister of Finance (dev fyi-31705-minister-of-finance-transfer): "… to transfer your
    # request to the Hon Paul Goldsmith, as the Minister for Treaty of Waitangi Negotiations."
    # The Minister is the portfolio (OIA s 2(1) "Minister of the Crown"), not the person
    path = Path(__file__).parent / "corpus" / "letters" / "dev"
    text = (path / "fyi-31705-minister-of-finance-transfer.txt").read_text(encoding="utf-8")
    reading = read_letter(text)
    assert reading.transfer is not None
    assert reading.transfer.to_agency.value == "Minister for Treaty of Waitangi Negotiations"


@pytest.mark.parametrize(
    ("letter_id", "here", "on"),
    [
        # "… which was transferred from the Ministry of Health to Hutt Valley District Health
        # Board (HVDHB) on 1 May 2020" (its letter also names Capital & Coast DHB, which
        # sought an amendment)
        ("fyi-12108-hvdhb-decision", "Hutt Valley District Health Board", date(2020, 5, 1)),
        # "… which was transferred from the office of the Minister for Mental Health, Hon Matt
        # Doocey to the Ministry of Health – Manatū Hauora (the Ministry) on 4 November 2024"
        ("fyi-28972-moh-release", "Ministry of Health", date(2024, 11, 4)),
    ],
)
def test_a_transfer_in_names_the_body_that_received_it(letter_id: str, here: str, on: date) -> None:
    path = Path(__file__).parent / "corpus" / "letters" / "dev" / f"{letter_id}.txt"
    reading = read_letter(path.read_text(encoding="utf-8"))
    assert reading.transfer is None
    assert reading.transferred_in is not None and reading.transferred_in.value == on
    assert reading.transferred_to_here is not None
    assert reading.transferred_to_here.value.startswith(here)


def test_requests_in_the_plural_are_transferred_too() -> None:
    # Kāinga Ora (dev fyi-12499-kainga-ora-release): "As you were advised on 27 March 2020,
    # via the fyi.org.nz website, your third and fourth requests have been transferred to the
    # Ministry of Housing and Urban Development (HUD) …" (OIA s 14)
    path = Path(__file__).parent / "corpus" / "letters" / "dev" / "fyi-12499-kainga-ora-release.txt"
    reading = read_letter(path.read_text(encoding="utf-8"))
    assert reading.transfer is not None
    assert reading.transfer.to_agency.value == "Ministry of Housing and Urban Development"
    assert reading.transfer.on.value == date(2020, 3, 27)
