r"""A letter's text prepared for reading: whitespace folded, sentences found.

PDF text extraction wraps lines wherever the page ended ("on\n23 November
2023", even blank lines inside a sentence), so the reader matches against a
*flat* copy in which every run of whitespace is one space. :class:`LetterText`
keeps the way back to the original text, so each fact found can carry its
snippet and its place in what the user gave.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from itertools import accumulate
from typing import Generic, TypeVar

from oiaassist.reading.formats.ligatures import mend
from oiaassist.reading.tables import unflatten

T = TypeVar("T")

SNIPPET_MAX = 240
_INVISIBLE = "\u00ad\u200b\u200c\u200d\u2060\ufeff"
_SENTENCE_END = re.compile(r"[.!?:]['\"”’)]*\s+(?=['\"“‘(\[]?[A-ZĀĒĪŌŪ])")
_OPENER = re.compile(r"(?:Thank\s+you\s+for\b|Dear\s|T[eē]n[aā]\s+koe\b|Kia\s+ora\b)")
"""Words that open a letter's first sentence: after a line break, a new sentence."""
_ABBREVIATIONS = frozenset((
    "hon", "mr", "mrs", "ms", "dr", "st", "no", "nos", "s", "ss", "cl", "sec", "e.g", "i.e",
    "eg", "ie", "etc", "vs", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept",
    "oct", "nov", "dec", "ltd", "co", "p", "pp", "para", "ref", "attn", "approx", "cf",
))  # fmt: skip


_DOTTED_DATE = re.compile(
    r"(?<![\w./])(?:3[01]|[12]\d|0?[1-9])\.(?:1[0-2]|0?[1-9])\.(?:19|20)\d\d(?![\w/]|\.\d)"
)
"""A date written with dots and a four-digit year ("19.06.2026")."""


_TYPESET = {
    0xFB00: "ff", 0xFB01: "fi", 0xFB02: "fl", 0xFB03: "ffi", 0xFB04: "ffl", 0xFB05: "st",
    0xFB06: "st", 0x00A0: " ", 0x2007: " ", 0x202F: " ", 0x205F: " ", 0x3000: " ",
    **dict.fromkeys(range(8192, 8203), " "),
}  # fmt: skip
"""A PDF's or a web page's typesetting, as the letters it stands for: a ligature kept as one
character ("ofﬁce", "eﬀect"), a no-break or fixed-width space ("OIA\u00a028545")."""


_TYPESET_CHAR = re.compile("[" + "".join(map(chr, _TYPESET)) + "]")


def plain_letters(text: str) -> str:
    """``text`` with typesetting characters written as plain letters and spaces.

    The reader's patterns are written for letters and plain spaces; a letter taken from a
    PDF or a web page may hold "ﬁ" for "fi" or a no-break space inside "OIA 28545". The
    spaces keep the text's length; a ligature lengthens it by its extra letters.
    """
    if text.isascii() or not _TYPESET_CHAR.search(text):
        return text
    return text.translate(_TYPESET)


_JUSTIFIED_GAP = re.compile(r"(?<=\S)[ \t]{2,}(?=\S)")
"""Two or more spaces or tabs between words on one line: a justified PDF line's gaps."""


_DOUBLED_SPACE = re.compile(r"(?<=\S)  (?=\S)")
"""Exactly two spaces between words: justified prose, never a column's wider gap."""


@dataclass(frozen=True, slots=True)
class ClosedGaps:
    """A text with each justified gap (:data:`_JUSTIFIED_GAP`) one space, and the way back.

    Attributes:
        text: the text with its gaps closed.
        starts: where each piece kept whole starts in ``text``…
        origins: …and in the original (the pieces lie between the gaps taken out).
    """

    text: str
    starts: tuple[int, ...]
    origins: tuple[int, ...]

    def original(self, at: int) -> int:
        """Where an offset of :attr:`text` falls in the original."""
        i = bisect_right(self.starts, at) - 1
        return self.origins[i] + at - self.starts[i]

    def closed(self, original: int) -> int:
        """Where an offset of the original falls in :attr:`text` (in a gap: the next word)."""
        i = bisect_right(self.origins, original) - 1
        end = self.starts[i + 1] if i + 1 < len(self.starts) else len(self.text)
        return min(self.starts[i] + original - self.origins[i], end)


def close_gaps(text: str) -> ClosedGaps:
    """``text`` with a justified line's gaps as one space ("OIA  27621"), offsets kept."""
    if "  " not in text and "\t" not in text:
        return ClosedGaps(text, (0,), (0,))
    pieces: list[str] = []
    starts, origins = [0], [0]
    at = length = 0
    for gap in _JUSTIFIED_GAP.finditer(text):
        pieces.append(text[at : gap.start()] + " ")  # the gap as one space, in its first place
        length += gap.start() + 1 - at
        at = gap.end()
        starts.append(length)
        origins.append(at)
    pieces.append(text[at:])
    return ClosedGaps("".join(pieces), tuple(starts), tuple(origins))


def single_spaced(text: str, *, columns: bool = False) -> str:
    """``text`` with the gaps a justified page leaves between words as one space.

    "OIA  27621" and "Ministry  of  Health" are read as their words are; line breaks are
    kept (a letterhead's lines, a signature's), and so is the indent that starts a line.
    ``columns``: keep gaps of three or more spaces or a tab, which part a footer's or a
    letterhead's cells ("Tauranga City Council   Private Bag 12022").
    """
    if not columns:
        return close_gaps(text).text
    if "  " not in text:
        return text
    return _DOUBLED_SPACE.sub(" ", text)


_FURNITURE_LINE = (
    r"(?<=\n)[^\S\n]*(?:"
    r"(?:Page|Pg\.?)[^\S\n]+\d{1,3}(?:[^\S\n]+of[^\S\n]+\d{1,3})?"
    r"|[-–][^\S\n]*\d{1,3}[^\S\n]*[-–]"
    r"|\[?(?:UNCLASSIFIED|IN[- ]CONFIDENCE|SENSITIVE|RESTRICTED)\]?"
    r")[^\S\n]*(?=\n)"
)
"""A line that is only a page's furniture — "Page 2 of 3", "- 2 -", a security marking on
its own (the NZ Government's classifications UNCLASSIFIED, IN-CONFIDENCE, SENSITIVE,
RESTRICTED): a page break, which may fall inside a sentence ("transferred to the Ministry
of" / "Page 1 of 2" / "Housing and Urban Development"). The flat copy reads it as the gap
between the words around it."""
_GAP = re.compile(rf"((?:[\s{_INVISIBLE}]|{_FURNITURE_LINE})+)")
"""Whitespace, invisible characters and page furniture: what lies between two words."""
_PAGE_FURNITURE = re.compile(rf"\n(?:[^\S\n]*\n)*{_FURNITURE_LINE}(?:\n[^\S\n]*(?=\n))*")


def without_page_furniture(text: str) -> str:
    """``text`` with the lines a page break leaves (:data:`_FURNITURE_LINE`) taken out.

    For finders that read lines, not the flat copy (the author's). The line before the
    break and the line after it then follow each other, as the sentence they may hold
    does; a break between sentences stays a line break.
    """
    if "\n" not in text:  # furniture is a line of its own
        return text

    def taken_out(match: re.Match[str]) -> str:
        before = text[max(0, match.start() - 3) : match.start()].rstrip()
        # a paragraph that ended before the break keeps its line break
        return "\n" if before[-1:] in '.:;!?”")' else ""

    return _PAGE_FURNITURE.sub(taken_out, text)


def as_read(text: str) -> str:
    """``text`` as the reader reads it, so every offset it gives falls in this text.

    Typesetting as plain letters (:func:`plain_letters`) and a table's labels beside their
    values (:func:`.tables.unflatten`). A justified line's doubled spaces and a page
    break's furniture are read past in :class:`LetterText`'s flat copy instead, so the
    offsets stay those of the letter as given.
    """
    return unflatten(plain_letters(text))


@dataclass(frozen=True, slots=True)
class Found(Generic[T]):
    """One fact found in a letter, with where it was found.

    Attributes:
        value: what was found (a date, a number, a name, a section...).
        snippet: the words it came from, whitespace folded, for a "found here" display.
        span: start and end offsets of the matched words in the original text.
    """

    value: T
    snippet: str
    span: tuple[int, int]


class LetterText:
    """The original text, its flat copy and the sentences of the flat copy."""

    def __init__(self, text: str) -> None:
        self.original = text
        # Words and the gaps between them (whitespace and invisible characters), in turn:
        # parts[0::2] are words (the first and last may be empty), parts[1::2] gaps. A gap
        # holding whitespace becomes one space, unless nothing precedes it; a gap of
        # invisible characters only, nothing. Done by slices and sums, not a loop per word.
        parts = _GAP.split(text)
        gaps = parts[1::2]
        spaced = (
            [True] * len(gaps)
            if not any(c in text for c in _INVISIBLE)
            else [bool(g.strip(_INVISIBLE)) for g in gaps]
        )
        if gaps and not parts[0]:
            spaced[0] = False  # the text opens with the gap: nothing to separate
        words = [k for k in range(0, len(parts), 2) if parts[k]]
        widths = list(map(len, parts))
        self._orig_starts: list[int] = _at(widths, words)
        widths[1::2] = map(int, spaced)
        flat_at = list(accumulate(widths, initial=0))  # where each part starts in the flat copy
        self._flat_starts: list[int] = [flat_at[k] for k in words]
        # flat offsets just after a blank line in the original
        self._breaks: list[int] = [
            flat_at[2 * i + 2] for i, gap in enumerate(gaps) if gap.count("\n") >= 2
        ]
        line_starts = [flat_at[2 * i + 2] for i, gap in enumerate(gaps) if "\n" in gap]
        parts[1::2] = [" " if s else "" for s in spaced]  # the gaps as the flat copy has them
        pieces = parts
        # "27.08.2019" reads as "27/08/2019" (same length, same offsets): the phrases keep
        # to one sentence with [^.;], and a date's own dots must not end it. Snippets show
        # the letter's own words.
        self._shown = "".join(pieces).rstrip()
        self.flat = (
            _DOTTED_DATE.sub(lambda m: m.group().replace(".", "/"), self._shown)
            if ".19" in self._shown or ".20" in self._shown  # every such date holds one
            else self._shown
        )
        # "Wel ington" reads as "Wellington": a ligature's lost letter put back where the text
        # layer left a space (same length, same offsets; see .ligatures)
        self.flat = mend(self.flat)
        # Blank lines followed by a capital: where a display snippet may stop (see snippet()).
        # Found once here, so each snippet costs a binary search, not a pass over the letter.
        self._paragraphs = [
            b for b in self._breaks if b < len(self.flat) and self.flat[b].isupper()
        ]
        self._sentence_starts = [0]
        for end in _SENTENCE_END.finditer(self.flat):
            word = self.flat[self.flat.rfind(" ", 0, end.start()) + 1 : end.start()]
            if word.lower().strip("('\"“‘") in _ABBREVIATIONS:
                continue
            self._sentence_starts.append(end.end())
        # A greeting or thanks opening a line starts a sentence even where the line above
        # (a subject line, a letterhead) has no full stop: "… to the Lottery Grants Board" /
        # "Thank you for your … request received … on 29 January 2022" are two (fyi-18371).
        opened = [b for b in line_starts if _OPENER.match(self.flat, b)]
        if opened:
            self._sentence_starts = sorted({*self._sentence_starts, *opened})

    def original_offset(self, flat_offset: int) -> int:
        """Where a position of the flat copy falls in the original text."""
        i = bisect_right(self._flat_starts, flat_offset) - 1
        if i < 0:
            return 0
        return self._orig_starts[i] + (flat_offset - self._flat_starts[i])

    def flat_offset(self, original_offset: int) -> int:
        """Where a position of the original text falls in the flat copy (a gap: the next word)."""
        i = bisect_left(self._orig_starts, original_offset)
        return self._flat_starts[i] if i < len(self._flat_starts) else len(self.flat)

    def sentence(self, flat_offset: int) -> tuple[int, int]:
        """The start and end (in the flat copy) of the sentence holding ``flat_offset``."""
        i = bisect_right(self._sentence_starts, flat_offset) - 1
        start = self._sentence_starts[max(i, 0)]
        end = self._sentence_starts[i + 1] if i + 1 < len(self._sentence_starts) else len(self.flat)
        return start, end

    def sentences(self) -> list[tuple[int, int]]:
        """Every sentence, as (start, end) in the flat copy."""
        ends = [*self._sentence_starts[1:], len(self.flat)]
        return [(s, e) for s, e in zip(self._sentence_starts, ends, strict=True) if e > s]

    def snippet(self, start: int, end: int) -> str:
        """The sentence around ``flat[start:end]``, shortened to about 240 characters.

        For display only, a blank line followed by a capital also ends the
        sentence, so a letterhead does not run into the first paragraph (the
        finders still see whole sentences: PDF text has blank lines mid-sentence).
        """
        s_start, s_end = self.sentence(start)
        s_end = max(s_end, end)
        paragraphs = self._paragraphs
        i = bisect_right(paragraphs, start) - 1  # the last paragraph start at or before start
        if i >= 0 and paragraphs[i] > s_start:
            s_start = paragraphs[i]
        j = bisect_left(paragraphs, end)  # the first paragraph start at or after end
        if j < len(paragraphs) and paragraphs[j] < s_end:
            s_end = paragraphs[j]
        if s_end - s_start <= SNIPPET_MAX:
            return self._shown[s_start:s_end].strip()
        margin = max((SNIPPET_MAX - (end - start)) // 2, 40)
        lo, hi = max(s_start, start - margin), min(s_end, end + margin)
        text = self._shown[lo:hi].strip()
        return ("…" if lo > s_start else "") + text + ("…" if hi < s_end else "")

    def found(self, value: T, start: int, end: int) -> Found[T]:
        """A :class:`Found` for the flat-copy span ``[start, end)``."""
        span = (self.original_offset(start), self.original_offset(max(end - 1, start)) + 1)
        return Found(value, self.snippet(start, end), span)


def _at(widths: list[int], indices: list[int]) -> list[int]:
    """Where each of the parts ``indices`` starts, the parts being ``widths`` long in turn."""
    starts = list(accumulate(widths, initial=0))
    return [starts[k] for k in indices]


def line_around(text: str, start: int, end: int) -> tuple[str, str, str]:
    """The text before ``start`` on its line, the match, and the text after ``end`` on its line."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    if line_end < 0:
        line_end = len(text)
    return text[line_start:start], text[start:end], text[end:line_end]
