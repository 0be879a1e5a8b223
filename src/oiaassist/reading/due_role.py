"""Is a due date the letter states the original one or the extended one?

A letter may give two decision dates: the original (20 working days, OIA s 15(1),
LGOIMA s 13(1)) and the extended one (OIA s 15A, LGOIMA s 14). Which is which is
decided from the words around the date, in this order:

1. "no later than 20 working days (12 April 2024)": the statutory limit's own date;
2. a date followed by "rather than …"/"instead of …" is the new one;
3. a date the agency says it cannot keep ("we are unable to respond by …") is the
   original;
4. a mark that stands by the words promising the date ("will *now* respond by",
   "the *new* due date", "*extended* to") makes it the extended one — but a mark
   anywhere else in the sentence does not ("We are *now* processing your request
   and will respond by …" promises the original date), nor does a possibility
   ("we considered extending", "if we need to extend": s 15A(3), an extension is made
   by notice);
5. "original", "was due", "previously", "instead of" back to the sentence's start (or
   the previous date) make it the original — except s 15A(1)'s own "within the
   original time limit", which is a ground for extending;
6. otherwise: the extended date in a letter that extends, else the original.
"""

from __future__ import annotations

import re

from oiaassist.reading import phrases as ph

NEAR_WORDS = 4
"""Words before a due-date phrase that may still mark it as the extended date."""
CANNOT_WORDS = 8
"""Words before a date in which "unable to respond by" makes it the date not kept."""

_STATUTORY_LIMIT = re.compile(
    r"\b(?:within|meet(?:ing)?|by)\s+(?:the|that|this)\s+original\s+(?:statutory\s+)?"
    r"(?:time\s*(?:limit|frame)s?|deadline|due\s+date)\b(?!\W*(?:of|is|was|being)?\W*$)",
    re.IGNORECASE,
)
"""s 15A(1)'s own words, "within the original time limit": the ground for extending, not a
mark that a date further on is the original one ("the original time limit of 4 March" is)."""
_LIMITS_OWN_DATE = re.compile(r"\b(?:20|twenty)\s+working\s+days\s*\($", re.IGNORECASE)


def is_extended(
    flat: str, *, start: int, phrase_start: int, at: int, end: int, extending: bool
) -> bool:
    """Whether the date at ``flat[at:end]`` is the extended due date (see the module).

    Args:
        flat: the letter's flat text.
        start: where the words that may mark the date begin (the sentence's start, or
            the end of the date before it in the sentence).
        phrase_start: where the phrase that promises the date begins ("respond by").
        at: where the date begins.
        end: where the date ends.
        extending: whether the letter extends the time limit.
    """
    phrase = flat[max(start, phrase_start) : at]
    near = _words_before(flat, start, phrase_start, NEAR_WORDS) + phrase
    if _LIMITS_OWN_DATE.search(flat, phrase_start, at):
        return False
    if ph.REPLACES_AFTER.match(flat, end):
        return True
    if ph.CANNOT_KEEP.search(_words_before(flat, start, at, CANNOT_WORDS)):
        return False
    if _extended(near) and not _original(near):
        return True
    if _original(flat[start:at]):
        return False
    return extending


def _words_before(flat: str, start: int, at: int, words: int) -> str:
    """The last ``words`` words of ``flat[start:at]`` (none before ``start``)."""
    return " ".join(flat[start : max(start, at)].split()[-words:]) + " "


def _original(words: str) -> bool:
    """Whether ``words`` mark a date as the original due date ("originally", "was due")."""
    return bool(ph.ORIGINAL_MARKER.search(_STATUTORY_LIMIT.sub(" ", words)))


def _extended(words: str) -> bool:
    """Whether ``words`` mark a date as extended, and not as a mere possibility."""
    return bool(ph.EXTENDED_MARKER.search(words)) and not ph.CONDITIONAL.search(words)
