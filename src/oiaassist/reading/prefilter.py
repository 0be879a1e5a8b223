r"""A cheap proof that a phrase cannot match: a word every match must contain is absent.

Speed only (issue 13): the reader's phrases are long case-insensitive patterns led by
``\b``, which Python's ``re`` tries at every position of the letter. Most phrases
contain literal words that every match must include ("transferred", "clarification");
searching for each such word alone is several times cheaper, and when one is absent
the phrase has no match, so the result is the same as running the phrase. The words
are read from the compiled pattern itself (its top-level sequence, groups that must match and
repeats of at least one), never written by hand, and searched with the phrase's own
flags, so each matches exactly where the phrase's own literal could.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from typing import Any, TypeVar

try:  # the parser Python's own re uses (3.11+); should a future Python move it, no shortcut
    from re import _constants as sre  # type: ignore[attr-defined]
    from re import _parser  # type: ignore[attr-defined]
except ImportError:  # pragma: no cover - only on a Python whose re has no _parser
    sre = _parser = None

_R = TypeVar("_R")


def per_pattern(compute: Callable[[re.Pattern[str]], _R]) -> Callable[[re.Pattern[str]], _R]:
    """``compute`` remembered for each compiled pattern, found by identity.

    Not :func:`functools.cache`: hashing a compiled pattern hashes its whole compiled
    code, every time (microseconds for a long phrase, asked hundreds of times a letter).
    The memo holds each pattern it saw, so no other object can take its ``id``.
    """
    memo: dict[int, tuple[re.Pattern[str], _R]] = {}

    def remembered(pattern: re.Pattern[str]) -> _R:
        hit = memo.get(id(pattern))
        if hit is None or hit[0] is not pattern:
            hit = memo[id(pattern)] = (pattern, compute(pattern))
        return hit[1]

    remembered.__doc__ = compute.__doc__
    return remembered


_SHORTEST = 3
"""A shorter word is in nearly every letter: testing for it would only cost time."""


def _runs(items: Any) -> Iterator[str]:
    """Runs of literal characters every match of the parsed sequence ``items`` contains."""
    run: list[str] = []
    for op, av in items:
        if op is sre.LITERAL:
            run.append(chr(av))
            continue
        if run:
            yield "".join(run)
            run = []
        if op is sre.SUBPATTERN:
            _group, add_flags, del_flags, body = av
            if not add_flags and not del_flags:  # "(?-i:On)" matches under other flags
                yield from _runs(body)
        elif op in (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT) and av[0] >= 1:
            yield from _runs(av[2])
        # anything else (branches, optional parts, classes, lookarounds) ends a run
    if run:
        yield "".join(run)


@per_pattern
def _required(pattern: re.Pattern[str]) -> tuple[tuple[str, re.Pattern[str]], ...]:
    """Each literal every match of ``pattern`` contains, with it compiled with its flags."""
    try:
        runs = set(_runs(_parser.parse(pattern.pattern, pattern.flags)))
    except Exception:  # re's internals changed: no shortcut, the same result
        return ()
    words = sorted((run for run in runs if len(run) >= _SHORTEST), key=lambda w: (-len(w), w))
    return tuple((word, re.compile(re.escape(word), pattern.flags)) for word in words)


def required_words(pattern: re.Pattern[str]) -> tuple[re.Pattern[str], ...]:
    """Literals every match of ``pattern`` contains, longest first, compiled with its flags."""
    return tuple(compiled for _word, compiled in _required(pattern))


def cannot_match(
    pattern: re.Pattern[str], text: str, start: int = 0, end: int | None = None
) -> bool:
    """True if ``pattern`` surely has no match in ``text[start:end]`` (False: it may)."""
    stop = len(text) if end is None else end
    return any(
        not _present(word, compiled, text, start, stop) for word, compiled in _required(pattern)
    )


_FOLDS_TO_ASCII = "\u0130\u0131\u017f\u212a"
"""The only characters outside ASCII that ``re.IGNORECASE`` matches to an ASCII letter
(İ, ı, ſ and the Kelvin sign; a test checks every code point)."""

_last_folded: list[tuple[str, bytes | None]] = [("", b"")]


def _folded(text: str) -> bytes | None:
    """``text`` one byte a character: ASCII lower-cased, anything else ``?`` (the last text's).

    None when ``text`` holds a character of :data:`_FOLDS_TO_ASCII`: there a word absent
    from the folded bytes may still match.
    """
    last = _last_folded[0]  # one read: another thread may replace it
    if last[0] is text:
        return last[1]
    folded = (
        None if any(c in text for c in _FOLDS_TO_ASCII) else text.encode("ascii", "replace").lower()
    )
    _last_folded[0] = (text, folded)
    return folded


def _present(word: str, compiled: re.Pattern[str], text: str, start: int, stop: int) -> bool:
    """Whether ``compiled`` (the literal ``word``) matches in ``text[start:stop]``.

    Without re's scan where the answer is the same: a case-sensitive literal matches
    exactly where :meth:`str.find` finds it; a case-insensitive ASCII word matches
    exactly where the bytes of the text, ASCII lower-cased, hold it lower-cased, unless
    the text holds a character that folds to an ASCII letter (then re decides). ``?``
    stands for every other character in those bytes, so a word holding one is left to re.
    """
    if not compiled.flags & re.IGNORECASE:
        return text.find(word, start, stop) >= 0
    if word.isascii() and "?" not in word:
        folded = _folded(text)
        if folded is not None:
            return folded.find(word.lower().encode("ascii"), start, stop) >= 0
    return compiled.search(text, start, stop) is not None


# -- shared leads ----------------------------------------------------------------------

LEADS = (
    r"\bOn\s+",
    r"\byour\s+",
    r"\b(?:we|I)\s+",
    r"\byou\s+",
    r"\breceived\s+",
    r"\btransferred\s+",
    r"\btransfer",
    r"\bextend",
)
"""Openings several phrases share. Where each phrase can start is found once per letter
for all the phrases that open with it, and each phrase is then tried only there."""


def _plain(items: Any) -> Any:
    """A parsed pattern as nested tuples, so two parses compare by content."""
    if isinstance(items, _parser.SubPattern):
        return tuple(_plain(item) for item in items.data)
    if isinstance(items, (list, tuple)):
        return tuple(_plain(item) for item in items)
    return items


@per_pattern
def lead_of(pattern: re.Pattern[str]) -> re.Pattern[str] | None:
    """``(?=L)`` for the lead ``L`` that ``pattern`` opens with, compiled with its flags.

    Proven, not assumed: the lead's parsed items must be the first items of the
    pattern's own top-level sequence, so every match of the pattern starts where the
    lead matches. None if no lead fits, or if the pattern could match nothing (an
    empty match would make ``finditer`` step differently).
    """
    try:
        parsed = _parser.parse(pattern.pattern, pattern.flags)
        if parsed.getwidth()[0] == 0:
            return None
        items = _plain(parsed)
        for lead in LEADS:
            lead_items = _plain(_parser.parse(lead, pattern.flags))
            if items[: len(lead_items)] == lead_items:
                return re.compile(f"(?={lead})", pattern.flags)
    except Exception:  # re's internals changed: no shortcut, the same result
        return None
    return None


def matches_from(
    pattern: re.Pattern[str], text: str, start: int, end: int, starts: list[int]
) -> list[re.Match[str]]:
    r"""``list(pattern.finditer(text, start, end))``, trying only the positions ``starts``.

    ``starts`` (ascending) must hold every position in ``[start, end)`` where a match can
    start (:func:`lead_of`). ``finditer`` searches from where the last match ended; a
    search returns the match at the first position where the pattern matches, which is
    what ``pattern.match`` at that position returns (the text is not sliced, so
    lookbehinds and ``\b`` see the same characters).
    """
    found: list[re.Match[str]] = []
    at = start
    for candidate in starts:
        if candidate < at:
            continue
        match = pattern.match(text, candidate, end)
        if match is not None:
            found.append(match)
            at = match.end()
    return found
