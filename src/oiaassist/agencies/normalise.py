"""Fold names to search keys, so typing need not match spelling exactly.

People type "manatu aorere" for "Manatū Aorere", "hawkes bay" for "Hawke's
Bay" and "Ministry for Foreign Affairs" for "Ministry of Foreign Affairs and
Trade". Folding removes case, macrons and punctuation; :func:`words` also
drops the small words whose choice people get wrong ("of", "for", "and").
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

# Apostrophes vanish ("Hawke's" -> "hawkes"); other punctuation separates words.
_APOSTROPHES = str.maketrans("", "", "'’‘ʻ`")
_SEPARATORS = re.compile(r"[^0-9a-z]+")

# Words dropped when matching: "Ministry of"/"Ministry for" are both typed for either.
STOPWORDS = frozenset({"of", "for", "the", "and", "a", "an", "to"})


@lru_cache(maxsize=4096)
def fold(text: str) -> str:
    """Case-, macron- and punctuation-insensitive form: "Manatū Aorere" -> "manatu aorere"."""
    decomposed = unicodedata.normalize("NFKD", text.casefold().replace("&", " and "))
    plain = "".join(c for c in decomposed if not unicodedata.combining(c))
    return " ".join(_SEPARATORS.split(plain.translate(_APOSTROPHES))).strip()


def words(text: str) -> tuple[str, ...]:
    """The folded words of ``text`` without stopwords (all of them if that leaves none)."""
    folded = fold(text).split()
    kept = tuple(w for w in folded if w not in STOPWORDS)
    return kept or tuple(folded)
