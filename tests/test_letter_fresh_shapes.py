"""Shapes the development letters that joined on 6 December (20:45) showed the reader first.

Each was read wrong or not at all before any tuning on it; each mechanism is general (a
date style, a family of words, a label's form), and each case is the dev letter itself,
read whole, its stated field compared with its truth row.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from oiaassist.reading import read_letter
from oiaassist.reading.reader import LetterReading

DEV = Path(__file__).resolve().parent / "corpus" / "letters" / "dev"


def _field(reading: LetterReading, name: str) -> object:
    ext, moved = reading.extension, reading.transfer
    values = {
        "letter_date": reading.letter_date,
        "reference": reading.reference,
        "transfer_to": moved.to_agency if moved else None,
        "transfer_date": reading.transferred_in
        if moved is None
        else (moved.on if moved.date_stated else None),
        "extension_notice": ext.notice_date if ext else None,
        "clarification_sought": reading.clarification.sought if reading.clarification else None,
        "clarified": reading.clarified,
    }
    found = values[name]
    value = getattr(found, "value", found)
    return value.isoformat() if hasattr(value, "isoformat") else value


@pytest.mark.parametrize(
    ("letter_id", "field", "why"),
    [
        ("fyi-26733-gwrc-release", "letter_date", "'31May 2024': the text layer lost the space"),
        ("fyi-30822-minister-maori-development-release", "transfer_date", "'9 Haratua 2025'"),
        ("fyi-8961-gwrc-acknowledgement", "transfer_date", "'your email transferred from X on'"),
        ("fyi-16724-dpmc-decision", "extension_notice", "'Regarding part two…, on D the time…'"),
        ("fyi-16724-dpmc-decision", "transfer_date", "'the letter dated D … advising that'"),
        ("gwrc-2023-111-release", "clarification_sought", "'a Metlink officer corresponded'"),
        ("fyi-15619-auckland-council-release", "clarification_sought", "'my email to you on D'"),
        ("fyi-15619-auckland-council-release", "clarified", "'you replied on the next day'"),
        ("fyi-6575-auckland-council-release", "reference", "'Request No.8140002000'"),
    ],
)
def test_the_fresh_letters_shape_is_read(letter_id: str, field: str, why: str) -> None:
    text = (DEV / f"{letter_id}.txt").read_text(encoding="utf-8")
    stated = json.loads((DEV / f"{letter_id}.json").read_text(encoding="utf-8"))["stated"]
    assert _field(read_letter(text), field) == stated[field], why


def test_a_transfer_to_their_agency_names_the_body_named_before() -> None:
    # dev fyi-25075-moh-transfer: "… held by Te Whatu Ora – Health New Zealand. For this
    # reason, I have decided to transfer your request to their agency under section 14(b)(i)"
    text = (DEV / "fyi-25075-moh-transfer.txt").read_text(encoding="utf-8")
    moved = read_letter(text).transfer
    assert moved is not None and moved.to_agency.value in ("Te Whatu Ora", "Health New Zealand")


def test_a_gluing_or_a_te_reo_month_is_no_date_where_it_is_no_date() -> None:
    # the glued day needs a capital month and a year; "section 9may" is no date
    reading = read_letter("Dear [name]\n\nSee section 9may 2024 of the plan and Pipiri Street.\n")
    assert reading.letter_date is None and reading.received is None
