"""A letter reads the same whatever its text layer's layout (issue 13).

Most letters reach the reader from a PDF: its words come with a justified line's doubled
spaces ("OIA  27621") and, where a sentence runs over a page, the page's furniture in the
middle of it ("transferred to the Ministry of" / "Page 1 of 2" / "IN-CONFIDENCE" /
"Housing and Urban Development"). Neither belongs to any agency's wording.
``benchmarks/probe_layout.py`` rewrites every dev letter's layout in such ways; these
tests keep two real dev letters reading as published under them.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from oiaassist.reading import read_letter
from oiaassist.reading.author import letter_author
from oiaassist.reading.text import close_gaps, single_spaced, without_page_furniture

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "benchmarks"))

from bench_letters import reading_fields

DEV = Path(__file__).parent / "corpus" / "letters" / "dev"


def _letter(name: str) -> str:
    return (DEV / f"{name}.txt").read_text(encoding="utf-8")


def test_a_page_break_inside_the_transferees_name_leaves_it_whole() -> None:
    """Kāinga Ora's letter (dev fyi-12499) with a page break inside "the Ministry of …"."""
    published = _letter("fyi-12499-kainga-ora-release")
    broken = published.replace(
        "transferred to the Ministry of\n",
        "transferred to the Ministry of\n\nPage 1 of 2\n\nIN-CONFIDENCE\n\n",
        1,
    )
    assert broken != published
    got, _implied = reading_fields(read_letter(broken))
    assert got["transfer_to"] == "Ministry of Housing and Urban Development"
    assert got == reading_fields(read_letter(published))[0]


def test_a_justified_pages_doubled_spaces_change_nothing() -> None:
    """MFAT's letter (dev fyi-16284) with every space between words doubled."""
    published = _letter("fyi-16284-mfat-release")
    justified = re.sub(r"(?<=\S) (?=\S)", "  ", published)
    assert reading_fields(read_letter(justified))[0] == reading_fields(read_letter(published))[0]
    assert reading_fields(read_letter(justified))[0]["reference"] == "OIA 27621"
    found = letter_author(justified)
    assert found is not None and found.agency is not None
    assert found.agency.name == "Ministry of Foreign Affairs and Trade"


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("to the Ministry of\n\nPage 2 of 3\n\nHealth", "to the Ministry of\nHealth"),
        ("the end.\n\n- 2 -\n\nNext paragraph", "the end.\n\nNext paragraph"),
        ("a line\n[IN-CONFIDENCE]\nmore", "a line\nmore"),
        ("See page 2 of the report.\nPage two", "See page 2 of the report.\nPage two"),
    ],
)
def test_page_furniture_is_only_a_line_of_its_own(text: str, want: str) -> None:
    assert without_page_furniture(text) == want


def test_a_footers_column_gaps_survive_where_cells_are_read() -> None:
    line = "Tauranga City Council   Private Bag 12022,  Tauranga 3143"
    assert single_spaced(line) == "Tauranga City Council Private Bag 12022, Tauranga 3143"
    assert single_spaced(line, columns=True) == (
        "Tauranga City Council   Private Bag 12022, Tauranga 3143"
    )


def test_a_line_broken_before_a_name_is_no_heading() -> None:
    """Greater Wellington's letter (dev fyi-26733) with its lines broken elsewhere.

    "‘particulates’ was partially transferred to Greater" is a wrapped sentence's line,
    not a heading: ending it there left "your request … to Wellington City Council" as
    the letter's own words, and the author read as the council the request went to first.
    """
    published = _letter("fyi-26733-gwrc-release")
    rewrapped = published.replace(
        "this request\nfor information on ‘particulates’ was partially transferred to Greater "
        "Wellington Regional\nCouncil (Greater Wellington)",
        "this request for\ninformation on ‘particulates’ was partially transferred to Greater\n"
        "Wellington Regional Council (Greater Wellington)",
        1,
    )
    assert rewrapped != published
    for text in (published, rewrapped):
        found = letter_author(text)
        assert found is not None and found.agency is not None
        assert found.agency.name == "Wellington Regional Council"


@given(st.text(alphabet="aO7 \t\n", max_size=60))
def test_closing_the_gaps_keeps_the_way_back(text: str) -> None:
    closed = close_gaps(text)
    assert closed.text == re.sub(r"(?<=\S)[ \t]{2,}(?=\S)", " ", text)
    for at, char in enumerate(closed.text):
        back = text[closed.original(at)]
        assert back == char or (char == " " and back in " \t")
        assert closed.closed(closed.original(at)) == at
