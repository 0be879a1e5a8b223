"""Mending words a PDF text layer broke where it lost the second letter of a ligature.

Letters published as the text of a PDF often lose the second letter of "ll", "ff" or "tt"
(drawn as one glyph) and leave a space in its place: "Wel ington", "Of icial Information
Act", "the fol owing", "we have at ached". Every finder then sees two fragments where the
letter has one word, so a body's name stops at "Wel" and a phrase's word is not there. This
module puts the letter back — in the reader's flat copy only, where the space stood, so
every offset stays where it was and snippets still show the letter's own characters —
and only where the joined word is a real word: one the development letters write whole
(``data/doubled_words.txt``, made by ``benchmarks/make_doubled_words.py``) or a word of a
body's name in the agency directory. "of the" stays two words; "Council has" is no word.
A loss at a word's end ("wil be") leaves no gap to fill and is not mended.
"""

from __future__ import annotations

import re
from functools import lru_cache
from importlib import resources

from oiaassist.agencies import all_agencies

_GAP_AFTER_PAIR_LETTER = re.compile(r"[lft] (?=[a-zāēīōū])")
"""A space after l, f or t and before a lower-case letter: where a broken pair may be."""


@lru_cache(maxsize=1)
def _words() -> frozenset[str]:
    """The real words a break may be mended into (see the module)."""
    listed = resources.files("oiaassist.reading").joinpath("data/doubled_words.txt")
    words = {
        w.strip()
        for w in listed.read_text(encoding="utf-8").splitlines()
        if w.strip() and not w.startswith("#")
    }
    for agency in all_agencies():
        for name in (agency.name, agency.maori_name, *agency.aliases):
            for word in re.findall(r"[A-Za-zāēīōūĀĒĪŌŪ]+", name or ""):
                low = word.lower()
                if re.search(r"ll|ff|tt", low):
                    words.add(low)
    return frozenset(words)


@lru_cache(maxsize=1)
def _heads() -> frozenset[str]:
    """Each word's part before the second letter of a pair: "wel" of "wellington"."""
    return frozenset(
        w[:i] for w in _words() for i in range(1, len(w)) if w[i - 1] == w[i] and w[i] in "lft"
    )


def mend(flat: str) -> str:
    """``flat`` with each broken pair's lost letter put back in its space (same length)."""
    heads = _heads()
    words = _words()
    cuts: list[int] = []
    for match in _GAP_AFTER_PAIR_LETTER.finditer(flat):
        gap = match.start() + 1
        start = gap - 1
        while start > 0 and flat[start - 1].isalpha():
            start -= 1
        head = flat[start:gap].lower()
        if head not in heads:
            continue  # cheap: most words before a space begin no listed word
        end = gap + 1
        while end < len(flat) and flat[end].isalpha():
            end += 1
        if head + head[-1] + flat[gap + 1 : end].lower() in words:
            cuts.append(gap)
    if not cuts:
        return flat
    chars = list(flat)
    for at in cuts:
        chars[at] = flat[at - 1].lower()
    return "".join(chars)
