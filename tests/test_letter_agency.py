"""Which agency wrote a letter: the first directory body it names by full name."""

from __future__ import annotations

from pathlib import Path

import pytest

from oiaassist.reading.agency import agency_named
from oiaassist.reading.reader import read_letter

LETTERS = Path(__file__).parent / "fixtures" / "letters"


@pytest.mark.parametrize(
    ("letter", "agency_id", "region"),
    [
        ("mfat-2024-cluster-munitions-response.txt", "mfat", None),
        ("westland-district-council-extension.txt", "westland-district-council", "WTC"),
        ("wellington-city-council-lgoima-ack.txt", "wellington-city-council", "WGN"),
        ("police-transfer-to-council.txt", "police", None),  # not the council it went to
        ("ministry-of-health-transfer.txt", "moh", None),
        ("nzta-acknowledgement.txt", "nzta", None),
        ("nzpost-wrong-due-date.txt", None, None),  # NZ Post is not in the directory
    ],
)
def test_the_author_is_the_first_agency_named(
    letter: str, agency_id: str | None, region: str | None
) -> None:
    text = (LETTERS / letter).read_text(encoding="utf-8")
    reading = read_letter(text)
    transferred_to = [reading.transfer.to_agency.value] if reading.transfer else []
    found = agency_named(text, not_these=transferred_to)
    assert (found.id if found else None) == agency_id
    assert (found.calendar_region if found else None) == region


def test_names_match_without_macrons_or_case() -> None:
    found = agency_named("MANATU AORERE\n195 Lambton Quay\n\nDear requester")
    assert found is not None
    assert found.id == "mfat"


def test_acronyms_alone_are_not_trusted() -> None:
    assert agency_named("DIA and MFAT were consulted.") is None


def test_empty_text_names_no_agency() -> None:
    assert agency_named("") is None
