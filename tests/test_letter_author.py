"""Who wrote the letter (issue 13): the author from where the letter speaks as itself.

Each case is a real letter of the development corpus (tests/corpus/letters/dev, text
as published) or a real letter's words from a stored public page (its address is
given). The expected author comes from the letter's truth row, so a test cannot
agree with the reader by construction: where the row says the text does not show
its author (``author_in_text: false``), the right answer is None.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from oiaassist.reading.author import letter_author
from oiaassist.reading.author_zones import footer, letterhead, own_text, signature_blocks

DEV = Path(__file__).parent / "corpus" / "letters" / "dev"


def _letter(letter_id: str) -> tuple[str, dict[str, Any]]:
    text = (DEV / f"{letter_id}.txt").read_text(encoding="utf-8")
    truth = json.loads((DEV / f"{letter_id}.json").read_text(encoding="utf-8"))
    return text, truth


def _author_name(text: str) -> str | None:
    found = letter_author(text)
    return None if found is None else found.name


@pytest.mark.parametrize(
    "letter_id",
    [
        # The requester's quoted email: 'To: "OIA/LGOIMA requests at New Zealand Police"
        # <[New Zealand Police request email]>' — where the request went, not who answers.
        "fyi-12533-police-acknowledgement",
        # "Your reference number is IR-01-25-33929." and nothing else: a format alone.
        "fyi-32314-police-extension",
        # "IR-01-22-22497" at the top; "NZ Police released" only inside the quoted request.
        "fyi-20076-police-release",
    ],
)
def test_no_author_where_only_the_request_or_a_reference_format_names_one(letter_id: str) -> None:
    text, truth = _letter(letter_id)
    assert truth["author_in_text"] is False
    assert letter_author(text) is None


@pytest.mark.parametrize(
    ("letter_id", "how"),
    [
        # "Ngā mihi / Siena (she/her) / Advisor - Ministerial Services / Police National
        # Headquarters": a one-word name on a short signature line.
        ("fyi-31107-police-acknowledgement", "signature"),
        # "NEW ZEALAND POLICE Pirihimana … 4 December 2018 Dear …": an OCR text layer ran
        # the letterhead into the salutation.
        ("documentcloud-police-ir-01-18-12367-release", "letterhead"),
        # "Under the Act, KiwiRail has up to 20 working days …": a body the directory
        # lacks, speaking as the one that must answer (s 15(1) OIA).
        ("fyi-5834-kiwirail-acknowledgement", "self"),
        # "Transfer of your request for official information / Thank you for your request
        # … to Manatū Hauora": the heading is not part of the thanks.
        ("fyi-21155-moh-transfer", "self"),
        # "Auckland Transport applied and received co-funding": Waka Kotahi, the funder,
        # is named more often but only as what AT applied to.
        ("fyi-24673-auckland-transport-release", "self"),
        # "If your request is for data that Health NZ holds": the body holding the
        # information it is asked for is the one answering.
        ("fyi-34875-hnz-acknowledgement", "self"),
    ],
)
def test_the_author_where_the_letter_speaks_as_itself(letter_id: str, how: str) -> None:
    text, truth = _letter(letter_id)
    assert truth["author_in_text"] is True
    found = letter_author(text)
    assert found is not None
    assert found.name == truth["agency"]
    assert found.how == how


def test_own_text_drops_the_requesters_quoted_email_but_keeps_the_agencys() -> None:
    text, _truth = _letter("fyi-15596-hutt-acknowledgement")
    own = own_text(text)
    assert "Hutt City Council request email" not in own  # the request's own "To:"
    assert "Nāku noa, nā" in own
    text, _truth = _letter("fyi-32937-msd-extension")
    assert "From: OIA_Requests (MSD)" in own_text(text)  # the agency's own earlier message


def test_the_letterhead_leaves_out_the_subject_line() -> None:
    """FENZ's letter: 'Information Request – Communications with Police …' is a subject."""
    text, truth = _letter("fyi-20377-fenz-extension")
    assert "Police" not in letterhead(text)
    assert truth["author_in_text"] is False
    assert letter_author(text) is None


def test_a_signature_block_stops_at_the_quoted_message() -> None:
    text, _truth = _letter("fyi-12533-police-acknowledgement")
    blocks = signature_blocks(own_text(text))
    assert blocks
    assert all("New Zealand Police" not in block for _at, block in blocks)


def test_the_requesters_organisation_in_the_address_block_is_not_the_author() -> None:
    """Stats NZ's letter is addressed '[name] / Secretary / New Zealand Council for Civil
    Liberties': the addressee's body; 'you emailed Stats NZ requesting' names the author."""
    text, truth = _letter("fyi-18942-stats-nz-release")
    assert "Civil Liberties" not in letterhead(text)
    found = letter_author(text)
    assert found is not None
    assert found.name == truth["agency"]
    assert found.how == "self"


def test_a_footer_line_of_short_fields_names_the_author_a_last_sentence_does_not() -> None:
    """Tauranga's footer: 'Tauranga City Council   Private Bag 12022, Tauranga 3143, New
    Zealand    +64 7 577 7000'. Health NZ's auto-reply ends in a sentence naming itself
    ('data that Health NZ holds'): a sentence, so not read as a footer."""
    text, truth = _letter("fyi-24787-tauranga-decision")
    found = letter_author(text)
    assert found is not None
    assert (found.name, found.how) == (truth["agency"], "letterhead")
    assert "Minister of Local Government" in text  # mentioned above it, never the author
    text, _truth = _letter("fyi-34875-hnz-acknowledgement")
    assert "Health NZ" not in footer(text)


@pytest.mark.parametrize(
    ("letter_id", "wrongly"),
    [
        # A district council's letter quoting the Minister it reports to (LGOIMA).
        ("fyi-24787-tauranga-decision", "Minister of Local Government"),
        # A Crown entity's letter whose subject line and quoted request name Police first.
        ("fyi-20377-fenz-extension", "New Zealand Police"),
        # A department's letter that transfers to another ministry's Crown entity.
        ("fyi-21155-moh-transfer", "Health New Zealand"),
        # A Crown entity's letter about a transfer from the Ministry of Health.
        ("fyi-25021-hnz-release", "Ministry of Health"),
        # A council-controlled organisation's letter naming its funder Waka Kotahi.
        ("fyi-24673-auckland-transport-release", "New Zealand Transport Agency"),
    ],
)
def test_a_body_merely_mentioned_is_never_the_author(letter_id: str, wrongly: str) -> None:
    text, truth = _letter(letter_id)
    found = letter_author(text)
    if truth["author_in_text"]:
        assert found is not None
        assert found.name == truth["agency"]
    else:
        assert found is None
    assert found is None or found.name != wrongly
