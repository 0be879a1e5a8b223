"""A letter as a PDF text layer or a web page gives it: ligatures, spaces, lost line breaks.

Published letters read "Wel ington", "Of icial", "fol owing", "at ached": the text layer
drew "ll", "ff" and "tt" as one glyph and kept a space for the second letter. The reader's
flat copy mends such a break where the joined word is a real word, keeping every offset.
Each case is a development letter's own text (its id is given).
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from oiaassist.reading import read_letter
from oiaassist.reading.formats.ligatures import mend
from oiaassist.reading.text import LetterText

DEV = Path(__file__).resolve().parent / "corpus" / "letters" / "dev"


@pytest.mark.parametrize(
    ("written", "mended"),
    [
        # dev fyi-19259-linz-decision opens "Wel ington Office"
        ("Wel ington Office", "Wellington Office"),
        # dev fyi-14933-oranga-tamariki-release: "requesting the following information under
        # the Of icial Information" (its "following" whole, another letter's broken)
        ("requesting the fol owing information under the Of icial Information", None),
        # a phrase's word: "we have at ached" (the "tt" pair)
        ("we have at ached a copy", "we have attached a copy"),
    ],
)
def test_a_broken_pair_is_mended_in_the_flat_copy_only(written: str, mended: str | None) -> None:
    want = mended or "requesting the following information under the Official Information"
    letter = LetterText(written)
    assert letter.flat == want
    assert len(letter.flat) == len(written)  # same offsets: snippets show the letter's text
    assert letter.snippet(0, len(written)) == written


@pytest.mark.parametrize(
    "words",
    ["Council has received", "of the request", "at the meeting", "wil be", "al the documents"],
)
def test_words_that_join_into_no_real_word_stay_apart(words: str) -> None:
    assert mend(words) == words


def test_a_transferee_whose_name_lost_its_ll_is_named_whole() -> None:
    # dev fyi-11149-wcc-transfer: "Wellington City Council is transferring part of this request
    # to Wellington Water Limited", with its "ll"s as a text layer that drops them writes them
    path = DEV / "fyi-11149-wcc-transfer.txt"
    text = path.read_text(encoding="utf-8")
    truth = json.loads(path.with_suffix(".json").read_text(encoding="utf-8"))["stated"]
    broken = re.sub(r"(?<=[A-Za-z])ll(?=[a-z])", "l ", text)
    assert "Wel ington" in broken
    for version in (text, broken):
        found = read_letter(version).transfer
        assert found is not None
        assert found.to_agency.value == truth["transfer_to"] == "Wellington Water Limited"


def _dev(letter_id: str) -> tuple[str, dict[str, object]]:
    path = DEV / f"{letter_id}.txt"
    truth = json.loads(path.with_suffix(".json").read_text(encoding="utf-8"))
    return path.read_text(encoding="utf-8"), truth


def test_a_no_break_space_inside_a_reference_is_a_space() -> None:
    # dev fyi-22087-mfat-release heads its letter "OIA 28545"; a web page's copy may hold a
    # no-break space there
    text, truth = _dev("fyi-22087-mfat-release")
    stated = truth["stated"]
    assert isinstance(stated, dict)
    found = read_letter(text.replace("OIA 28545", "OIA\u00a028545")).reference
    assert found is not None and found.value == stated["reference"] == "OIA 28545"


def test_ligature_characters_are_read_as_their_letters_and_raise_no_false_alarm() -> None:
    # dev docslib-mpp-2020-08-07-release (the Ministry for Pacific Peoples): with every "fi",
    # "ff", "fl" kept as one character (U+FB00-FB04), as a PDF text layer may keep them, the
    # letter reads as it does plain: no extension wrongly called late
    from oiaassist.reading import check_reading  # noqa: PLC0415

    text, _truth = _dev("docslib-mpp-2020-08-07-release")
    typeset = re.sub(
        "ffi|ffl|ff|fi|fl",
        lambda m: {"ffi": "\ufb03", "ffl": "\ufb04", "ff": "\ufb00", "fi": "\ufb01"}.get(
            m.group(), "\ufb02"
        ),
        text,
    )
    assert typeset != text
    plain, read = read_letter(text), read_letter(typeset)
    assert read.extension == plain.extension
    assert read.received == plain.received
    marks = {c.kind: c.ok for c in check_reading(read)}
    assert marks == {c.kind: c.ok for c in check_reading(plain)}


def test_a_letterhead_date_after_an_address_in_angle_brackets_on_a_run_on_line() -> None:
    # dev fyi-26668-tvnz-release with its line breaks lost, as a flattened page gives it:
    # "Via email: <[FYI request #26668 email]> 30 May 2024 Dear [name]": the address ends
    # with ">", the date that follows is the letter's, not the email's
    text, truth = _dev("fyi-26668-tvnz-release")
    stated = truth["stated"]
    assert isinstance(stated, dict)
    found = read_letter(text.replace("\n", " ")).letter_date
    assert found is not None and found.value.isoformat() == stated["letter_date"]
