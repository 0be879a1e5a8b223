"""The body a letter speaks for in its own prose (issue 13): ``reading/author/speaking_for.py``.

Every case is a real dev letter (tests/corpus/letters/dev, text as published) or a silver
dev message (tests/corpus/silver/dev); the expected author comes from its truth row or
label, so where the text does not show its author the right answer is None.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from oiaassist.agencies import all_agencies, find
from oiaassist.reading import read_letter
from oiaassist.reading.author import letter_author
from oiaassist.reading.author.speaking_for import spoken_for

CORPUS = Path(__file__).parent / "corpus"
DEV = CORPUS / "letters" / "dev"


def _read(letter_id: str) -> tuple[str, str | None]:
    text = (DEV / f"{letter_id}.txt").read_text(encoding="utf-8")
    truth = json.loads((DEV / f"{letter_id}.json").read_text(encoding="utf-8"))
    return text, str(truth["agency"]) if truth["author_in_text"] else None


def _spoken_for(words: str) -> str | None:
    found = spoken_for(words, tuple(all_agencies()))
    return found[0].id if found else None


@pytest.mark.parametrize(
    ("letter_id", "said"),
    [
        ("fyi-12143-kiwirail-release", "would be detrimental to KiwiRail’s business"),
        ("fyi-4102-callaghan-release", "the 3 Callaghan Innovation staff were"),
        ("fyi-12781-police-release", "staff members of New Zealand Police"),
        ("fyi-27612-kiwirail-clarification", "since I started at KiwiRail"),
    ],
)
def test_a_body_answering_about_itself_in_the_third_person(letter_id: str, said: str) -> None:
    text, want = _read(letter_id)
    assert said in " ".join(text.split())
    assert want is not None
    found = letter_author(text, not_these=read_letter(text).not_authors)
    assert found is not None and found.how == "self"
    assert found.agency is not None and found.agency == find(want)


# fyi-12143's own sentence (KiwiRail's release), and the same words in other frames.
_OWN = (
    "While we cannot meet your exact request, we do track the deliveries. The disruption "
    "would be detrimental to KiwiRail’s business."
)


def test_the_relation_not_the_verb_names_the_body() -> None:
    assert _spoken_for(_OWN) == "kiwirail"
    # no writer speaks: a summary about a body names no author
    assert _spoken_for("The disruption would be detrimental to KiwiRail’s business.") is None


@pytest.mark.parametrize(
    "frame",
    [
        # the requester's voice quoted back without marks (dev fyi-15767's item 6 shape)
        "Please provide the costs to KiwiRail’s business.",
        "Does KiwiRail’s business hold these records?",
        # a body the letter sends the requester to, or transfers the request to
        "You may wish to contact KiwiRail about KiwiRail’s business.",
        "I have transferred your request to KiwiRail. KiwiRail’s staff will respond.",
        # a link or an email address
        "See www.kiwirail.co.nz/KiwiRail’s-business for details.",
    ],
)
def test_a_mere_mention_is_not_spoken_for(frame: str) -> None:
    assert _spoken_for(f"We have considered your request. {frame}") is None


def test_two_bodies_so_named_name_neither() -> None:
    both = f"{_OWN} Auckland Transport staff were also present."
    assert _spoken_for(both) is None


def test_a_body_spoken_of_as_a_kind_of_thing_is_not_the_author() -> None:
    # silver s19380 (a DPMC letter): "the establishment of a new Māori Health Authority",
    # "The development of a Māori Health Authority was recommended by …"
    words = (
        "It may be useful if I provide some information. The development of a Māori Health "
        "Authority was recommended by the Health and Disability System Review."
    )
    assert _spoken_for(words) is None
    silver = (CORPUS / "silver" / "dev" / "s19380-1.txt").read_text(encoding="utf-8")
    assert letter_author(silver, not_these=read_letter(silver).not_authors) is None


def test_a_request_quoted_in_single_marks_is_not_the_letters_own() -> None:
    # dev fyi-22087 (MFAT): the request quoted back in ‘…’ holds "MFAT’s annual ‘Pacific
    # Updates’" and an apostrophe ("the agencies’ shared commitment") inside it.
    text = (DEV / "fyi-22087-mfat-release.txt").read_text(encoding="utf-8")
    body = text.partition("[name] \n")[2].split("Nāku noa, nā")[0]
    assert "MFAT’s annual ‘Pacific Updates’" in " ".join(body.split())
    assert _spoken_for(body) is None


def test_the_object_of_a_preposition_names_no_one() -> None:
    # dev fyi-12625 (a Ministry's reply): "Funding received from Waka Kotahi was at 51 %"
    words = "We have looked into this. Funding received from Waka Kotahi was at 51% of the cost."
    assert _spoken_for(words) is None


def test_the_agent_of_a_passive_names_no_author_but_conflicts() -> None:
    # "briefing material presented by Auckland Transport" (dev fyi-14556, an Auckland
    # Council letter, in the request's words): another body's act, not the writer's
    assert _spoken_for("We have considered your request. It was presented by KiwiRail.") is None
    # silver s23427 (a TEC letter): "prepared by the TEC" beside another body's name
    assert (
        _spoken_for(f"{_OWN} The report was prepared by the Tertiary Education Commission.") is None
    )
    silver = (CORPUS / "silver" / "dev" / "s23427-1.txt").read_text(encoding="utf-8")
    assert letter_author(silver, not_these=read_letter(silver).not_authors) is None


def test_a_one_word_alias_inside_another_bodys_name_names_no_one() -> None:
    # dev fyi-22646 (DOC, fresh in round 9's first batch): the text never names DOC; its
    # answer lists "New Zealand Conservation Authority", whose "Conservation" is DOC's
    # one-word alias, and says "the Department’s website": a bare kind names no one.
    text, want = _read("fyi-22646-doc-release")
    assert want is None
    assert "New Zealand Conservation Authority - five short-listed" in " ".join(text.split())
    assert letter_author(text, not_these=read_letter(text).not_authors) is None
    # the same alias standing alone in the letter's own words still names the Department
    own = (
        "We have considered your request. Please note that this letter may be published "
        "on the Department’s website. Conservation staff attended the meetings."
    )
    found = letter_author(own)
    assert found is not None and found.agency is not None and found.agency.id == "doc"
