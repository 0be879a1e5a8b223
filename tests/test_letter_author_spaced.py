"""A signature spaced by blank lines still names its body (issue 13, round 8).

An HTML email read as text puts a blank line between each line of its signature; the
signer's body then stands beyond the 14th line of the block though it is only the 8th
line that says anything. Counting only the lines that hold text reads the body's name
wherever it is spaced, listed in the directory or not.

Real words: dev fyi-11887-gwrc-acknowledgement (Greater Wellington's acknowledgement,
as published on FYI.org.nz).
"""

from __future__ import annotations

from pathlib import Path

from oiaassist.reading import read_letter
from oiaassist.reading.author import letter_author
from oiaassist.reading.author.names import _organisation_line
from oiaassist.reading.author.zones import letterhead, signature_blocks

DEV = Path(__file__).parent / "corpus" / "letters" / "dev"
LETTER = (DEV / "fyi-11887-gwrc-acknowledgement.txt").read_text(encoding="utf-8")


def test_the_spaced_signature_block_names_its_body() -> None:
    blocks = signature_blocks(LETTER)
    assert blocks, "the letter has a signature block"
    assert _organisation_line(blocks[-1][1]) == "Greater Wellington Regional Council"


def test_a_body_the_directory_lacks_is_read_from_the_spaced_signature() -> None:
    # The same letter, its author's name as a body the directory cannot list.
    text = LETTER.replace("Greater Wellington Regional Council", "Rangitoto Polytechnic")
    author = letter_author(text, not_these=read_letter(text).not_authors)
    assert author is not None
    assert author.agency is None
    assert author.name == "Rangitoto Polytechnic"
    assert author.how == "signature"


def test_a_short_signature_is_read_as_before() -> None:
    block = "\nOIA Services Team\nMinistry of Health | Manatū Hauora\n"
    assert _organisation_line(block) == "Ministry of Health"


def test_a_letterhead_spaced_by_blank_lines_is_read_to_its_fifteenth_line_of_text() -> None:
    # Dev fyi-29802's head (Ministry of Health, no salutation), each line spaced by two
    # blank lines as an HTML rendering spaces it, its body's name on the tenth line of text.
    head = [
        "133 Molesworth Street",
        "PO Box 5013",
        "Wellington 6140",
        "New Zealand",
        "T+64 4 496 2000",
        "14 February 2025",
        "[name]",
        "[FYI request #29802 email]",
        "[email address]",
        "Ministry of Health",
    ]
    text = "\n\n\n".join(head) + (
        "\n\nI refer to your requests under the Official Information Act 1982 (the Act).\n"
    )
    assert "Ministry of Health" in letterhead(text)


def test_a_short_form_in_brackets_after_the_name_keeps_the_self_reference() -> None:
    # Dev fyi-28140 (round 8, batch 1): "Thank you for your email on 22 August 2024, asking
    # Health New Zealand | Te Whatu Ora (Health NZ) for the following under the Official
    # Information Act 1982": the short form defined in brackets does not hide that the
    # request was addressed to the writer.
    text = (DEV / "fyi-28140-hnz-release.txt").read_text(encoding="utf-8")
    author = letter_author(text, not_these=read_letter(text).not_authors)
    assert author is not None
    assert author.name == "Health New Zealand"
    assert "(Health" in author.evidence


def test_the_same_words_without_the_brackets_read_the_same() -> None:
    text = (DEV / "fyi-28140-hnz-release.txt").read_text(encoding="utf-8")
    plain = text.replace(" (Health \nNZ)", "")
    author = letter_author(plain, not_these=read_letter(plain).not_authors)
    assert author is not None
    assert author.name == "Health New Zealand"
