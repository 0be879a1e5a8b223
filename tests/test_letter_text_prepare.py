"""Preparing a letter's text (:class:`~oiaassist.reading.text.LetterText`) by slices and sums
gives what the plain loop over its words and gaps gives (issue 13: faster, nothing changed).
A gap may hold a page's furniture ("Page 2 of 3" on a line of its own): it is read past."""

from __future__ import annotations

import re
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from oiaassist.reading.formats.ligatures import mend
from oiaassist.reading.text import _DOTTED_DATE, _FURNITURE_LINE, _INVISIBLE, LetterText

# a gap: whitespace, invisible characters, and a page's furniture on a line of its own
_CHUNK = re.compile(rf"(?:[\s{_INVISIBLE}]|{_FURNITURE_LINE})+|[^\s{_INVISIBLE}]+")


def _by_loop(text: str) -> tuple[str, str, list[int], list[int], list[int]]:
    """The flat copy, shown copy, offsets and blank-line breaks, one chunk at a time."""
    pieces: list[str] = []
    breaks: list[int] = []
    flat_starts: list[int] = []
    orig_starts: list[int] = []
    length = 0
    for match in _CHUNK.finditer(text):
        chunk = match.group()
        if chunk[0].isspace() or chunk[0] in _INVISIBLE:
            if chunk.strip(_INVISIBLE) and pieces and not pieces[-1].endswith(" "):
                pieces.append(" ")
                length += 1
            if chunk.count("\n") >= 2:
                breaks.append(length)
            continue
        flat_starts.append(length)
        orig_starts.append(match.start())
        pieces.append(chunk)
        length += len(chunk)
    shown = "".join(pieces).rstrip()
    flat = mend(_DOTTED_DATE.sub(lambda m: m.group().replace(".", "/"), shown))
    return flat, shown, flat_starts, orig_starts, breaks


def _same(text: str) -> None:
    prepared = LetterText(text)
    flat, shown, flat_starts, orig_starts, breaks = _by_loop(text)
    assert prepared.flat == flat
    assert prepared._shown == shown
    assert prepared._flat_starts == flat_starts
    assert prepared._orig_starts == orig_starts
    assert prepared._breaks == breaks


_PIECES = st.sampled_from(
    [
        "word", "On", "3", "27.08.2019", "1.2.20", " ", "  ", "\n", "\n\n", "\t", "\u00a0",
        "\u2003", "\u00ad", "\u200b", "\ufeff", "\u2060", "Ā", "é", "(", ".", "\r\n", "\x1c",
        "Page 2 of 3", "IN-CONFIDENCE", "- 2 -",
    ]
)  # fmt: skip


@settings(max_examples=400, deadline=None)
@given(st.lists(_PIECES, max_size=30).map("".join))
def test_slices_and_sums_give_what_the_loop_gives(text: str) -> None:
    _same(text)


@given(st.text(max_size=60))
def test_any_text_too(text: str) -> None:
    _same(text)


def test_edges() -> None:
    for text in ("", " ", "\u200b", "\n\nA", "a\u200bb", " a \u200b b \n\n", "x\n\n"):
        _same(text)


def test_the_development_letters() -> None:
    letters = sorted((Path(__file__).parent / "corpus/letters/dev").glob("*.txt"))
    assert letters
    for path in letters:
        _same(path.read_text(encoding="utf-8"))
