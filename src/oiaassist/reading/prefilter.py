r"""Cheap proofs of where a phrase cannot match, so the reader need not run it there.

Speed only (issue 13): the reader's phrases are long case-insensitive patterns led by
``\b``, which Python's ``re`` tries at every position of the letter. Each shortcut here
gives the same matches as running the phrase, read mechanically from the compiled
pattern's own parse (never written by hand):

* **required words** (its top-level sequence, groups that must match, repeats of at least
  one, and alternations every branch of which needs words): where none is written, the
  phrase has no match (:func:`cannot_match`, :func:`anchors`);
* **openings**: the literal words one of which every match starts with; the phrase is tried
  with ``pattern.match`` only where one is written (:func:`openings`, :func:`opening_starts`,
  :func:`matches_from`); the hand-listed :data:`LEADS` likewise.

Words are found with :meth:`bytes.find` in an ASCII-folded copy of the letter, which finds
exactly what the phrase's own literal would (:func:`_present`), once per letter (:func:`_where`).
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any, TypeVar

try:  # the parser Python's own re uses (3.11+); should a future Python move it, no shortcut
    from re import _constants as sre  # type: ignore[attr-defined]
    from re import _parser  # type: ignore[attr-defined]
except ImportError:  # pragma: no cover - only on a Python whose re has no _parser
    sre = _parser = None

_R = TypeVar("_R")

_MEMO_MOST = 4096
"""Patterns remembered by :func:`per_pattern`, at most (the reader has a few hundred)."""


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
            if len(memo) >= _MEMO_MOST:
                memo.clear()  # patterns made on the fly: not kept without bound
            hit = memo[id(pattern)] = (pattern, compute(pattern))
        return hit[1]

    remembered.__doc__ = compute.__doc__
    return remembered


_IGNORECASE = int(re.IGNORECASE)
"""The flag as a plain int: ``int & RegexFlag`` goes through the enum, several times slower."""

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


@dataclass(frozen=True, slots=True)
class _AnyOf:
    """An alternation every branch of which needs words: a match holds one branch's all."""

    branches: tuple[tuple[_Need, ...], ...]


_Word = tuple[str, re.Pattern[str]]
_Need = _Word | _AnyOf
"""A word (and it compiled with the phrase's flags) every match holds, or an :class:`_AnyOf`."""


def _alternations(items: Any, flags: int) -> Iterator[_AnyOf]:
    """The alternations every match of ``items`` passes through whose every branch needs words.

    Found where :func:`_runs` finds words (the top-level sequence, groups that must
    match, repeats of at least one), so each is as sure to be part of a match.
    """
    for op, av in items:
        if op is sre.BRANCH:
            branches = tuple(tuple(_needs(branch, flags)) for branch in av[1])
            if all(branches):
                yield _AnyOf(branches)
        elif op is sre.SUBPATTERN:
            _group, add_flags, del_flags, body = av
            if not add_flags and not del_flags:
                yield from _alternations(body, flags)
        elif op in (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT) and av[0] >= 1:
            yield from _alternations(av[2], flags)


def _needs(items: Any, flags: int) -> list[_Need]:
    """Words every match of ``items`` holds (longest first), then its :func:`_alternations`."""
    runs = {run for run in _runs(items) if len(run) >= _SHORTEST}
    words = sorted(runs, key=lambda w: (-len(w), w))
    needs: list[_Need] = [(word, re.compile(re.escape(word), flags)) for word in words]
    needs.extend(_alternations(items, flags))
    return needs


@per_pattern
def _required(pattern: re.Pattern[str]) -> tuple[_Need, ...]:
    """What every match of ``pattern`` holds (see :func:`_needs`)."""
    try:
        return tuple(_needs(_parser.parse(pattern.pattern, pattern.flags), pattern.flags))
    except Exception:  # re's internals changed: no shortcut, the same result
        return ()


def required_words(pattern: re.Pattern[str]) -> tuple[re.Pattern[str], ...]:
    """Literals every match of ``pattern`` contains, longest first, compiled with its flags."""
    return tuple(need[1] for need in _required(pattern) if not isinstance(need, _AnyOf))


def cannot_match(
    pattern: re.Pattern[str], text: str, start: int = 0, end: int | None = None
) -> bool:
    """True if ``pattern`` surely has no match in ``text[start:end]`` (False: it may)."""
    stop = len(text) if end is None else end
    return not all(_met(need, text, start, stop) for need in _required(pattern))


def _met(need: _Need, text: str, start: int, stop: int) -> bool:
    """Whether ``text[start:stop]`` holds the word ``need``, or all of one of its branches."""
    if isinstance(need, _AnyOf):
        return any(all(_met(n, text, start, stop) for n in branch) for branch in need.branches)
    return _present(need[0], need[1], text, start, stop)


def _anchor_words(needs: tuple[_Need, ...] | list[_Need]) -> list[_Word] | None:
    """Words one of which every match holds: its longest word, else its first alternation's."""
    for need in needs:
        if not isinstance(need, _AnyOf):
            return [need]  # the longest comes first
    for need in needs:
        words: list[_Word] = []
        for branch in need.branches:  # type: ignore[union-attr]
            some = _anchor_words(branch)
            if some is None:
                return None
            words.extend(some)
        return words
    return None


def anchors(pattern: re.Pattern[str], text: str) -> tuple[list[int], list[int]] | None:
    """Starts and ends in ``text`` of every place a match of ``pattern`` must hold one of.

    Every match of ``pattern`` contains one of these spans whole (each occurrence, overlapping
    ones too, of the words of :func:`_anchor_words`), so a span of the text that contains
    none of them whole holds no match. None where that cannot be told cheaply (no such
    words, a word outside ASCII, or a text holding a character that folds to ASCII).
    """
    words = _anchor_words(_required(pattern))
    folded = _folded(text)
    if not words or folded is None:
        return None
    found: list[tuple[int, int]] = []
    for word, compiled in words:
        if not word.isascii() or "?" in word:
            return None
        ignore_case = bool(compiled.flags & _IGNORECASE)
        found.extend((at, at + len(word)) for at in _where(text, word, ignore_case=ignore_case))
    found.sort()
    return [a for a, _b in found], [b for _a, b in found]


_FOLDS_TO_ASCII = "\u0130\u0131\u017f\u212a"
"""The only characters outside ASCII that ``re.IGNORECASE`` matches to an ASCII letter
(İ, ı, ſ and the Kelvin sign; a test checks every code point)."""

_Read = tuple[str, bytes | None, bool, dict[tuple[str, bool], list[int]]]
_last_text: list[_Read] = [("", b"", True, {})]


def _read(text: str) -> _Read:
    """``text``, :func:`_folded` of it, :func:`_single_spaced` of it and :func:`_where`'s memo.

    The last text's is kept: the reader asks of one letter hundreds of times.
    """
    last = _last_text[0]  # one read: another thread may replace it
    if last[0] is not text:
        folded = (
            None
            if any(c in text for c in _FOLDS_TO_ASCII)
            else text.encode("ascii", "replace").lower()
        )
        last = _last_text[0] = (text, folded, _single_spaced(text), {})
    return last


def _where(text: str, word: str, *, ignore_case: bool) -> list[int]:
    """Every place (overlapping ones too) where the ASCII ``word`` is written in ``text``.

    Case-insensitively, only for a text whose :func:`_folded` is not None; ``word`` holds
    no ``?`` (it stands for every character outside ASCII in the bytes searched).
    """
    _text, folded, _spaced, memo = _read(text)
    key = (word, ignore_case)
    found = memo.get(key)
    if found is None:
        if ignore_case:
            assert folded is not None
            haystack, needle = folded, word.lower().encode("ascii")
        else:
            haystack, needle = text.encode("ascii", "replace"), word.encode("ascii")
        if ignore_case and len(word) > _HEAD:
            # among the places of its first letters, found once for every word they open:
            # most words asked for are absent, and a search for one reads the whole letter
            head = _where(text, word[:_HEAD], ignore_case=True)
            found = [at for at in head if haystack.startswith(needle, at)]
        else:
            found = []
            at = haystack.find(needle)
            while at >= 0:
                found.append(at)
                at = haystack.find(needle, at + 1)
        memo[key] = found
    return found


_HEAD = 3
"""Letters of a word searched for first (:func:`_where`)."""


def _folded(text: str) -> bytes | None:
    """``text`` one byte a character: ASCII lower-cased, anything else ``?``.

    None when ``text`` holds a character of :data:`_FOLDS_TO_ASCII`: there a word absent
    from the folded bytes may still match.
    """
    return _read(text)[1]


def _single_spaced(text: str) -> bool:
    """Whether every whitespace character of ``text`` is a space with no whitespace beside it."""
    return (
        not text.startswith(" ")
        and not text.endswith(" ")
        and "  " not in text
        and _OTHER_SPACE.search(text) is None
    )


_OTHER_SPACE = re.compile(r"[^\S ]")
"""Whitespace other than a space."""


def _present(word: str, compiled: re.Pattern[str], text: str, start: int, stop: int) -> bool:
    """Whether ``compiled`` (the literal ``word``) matches in ``text[start:stop]``.

    Without re's scan where the answer is the same: a case-sensitive literal matches
    exactly where :meth:`str.find` finds it; a case-insensitive ASCII word matches
    exactly where the bytes of the text, ASCII lower-cased, hold it lower-cased, unless
    the text holds a character that folds to an ASCII letter (then re decides). ``?``
    stands for every other character in those bytes, so a word holding one is left to re.
    """
    ignore_case = bool(compiled.flags & _IGNORECASE)
    if word.isascii() and "?" not in word and (not ignore_case or _folded(text) is not None):
        # where it is written, found once for the letter; the first place at or after
        # start is the one that ends soonest
        places = _where(text, word, ignore_case=ignore_case)
        i = bisect_left(places, start)
        return i < len(places) and places[i] + len(word) <= stop
    if not ignore_case:
        return text.find(word, start, stop) >= 0
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


# -- literal openings ------------------------------------------------------------------

_ZERO_WIDTH = ("AT", "ASSERT", "ASSERT_NOT")
_REPEATS = ("MAX_REPEAT", "MIN_REPEAT", "POSSESSIVE_REPEAT")
_OPENING_LONGEST = 8
"""Characters of an opening worth reading (longer ones are as rare)."""
_CLASS_MOST = 4
"""Letters of a class read as branches, at most."""
_OPENINGS_MOST = 200
"""Openings of one pattern, at most (a long alternation of long alternations: no shortcut)."""


class _TooManyError(Exception):
    """More openings than :data:`_OPENINGS_MOST`."""


def _is_space(op: Any, av: Any) -> bool:
    r"""Whether the parsed item is ``\s``."""
    return str(op) == "IN" and len(av) == 1 and str(av[0][1]) == "CATEGORY_SPACE"


def _letters(name: str, av: Any) -> list[int] | None:
    """The one letter of a parsed literal, or the letters of a class of a few ("1[78]")."""
    if name == "LITERAL":
        return [av]
    if name == "IN" and len(av) <= _CLASS_MOST and all(str(op) == "LITERAL" for op, _c in av):
        return [code for _op, code in av]
    return None


def _opening_set(items: tuple[Any, ...], room: int, spaced: bool) -> set[str]:
    r"""Prefixes, ``room`` characters long at most, one of which every match of ``items`` has.

    Zero-width items (``\b``, lookarounds) add nothing; groups and branches are read
    through (a group that turns case-insensitivity off as if it did not; a class of a few
    letters as a branch of each); a repeat of at
    least one adds its body once and ends the prefix; an optional part is read both ways;
    anything else ends the prefix (a class, a group turning case-insensitivity on). With
    ``spaced`` the text is known to hold no whitespace but single spaces, so ``\s`` and
    ``\s+`` are one space.
    """
    if room == 0 or not items:
        return {""}
    (op, av), rest = items[0], items[1:]
    name = str(op)
    found: set[str]
    letters = _letters(name, av)
    if letters is not None:
        tails = _opening_set(rest, room - 1, spaced)
        found = {chr(code) + tail for code in letters for tail in tails}
    elif name in _ZERO_WIDTH:
        found = _opening_set(rest, room, spaced)
    elif name == "SUBPATTERN" and not av[1] & _IGNORECASE:
        # "(?-i:Attach)": read as if case-insensitive, which finds it and more
        found = _opening_set(tuple(av[3]) + rest, room, spaced)
    elif name == "BRANCH":
        found = set()
        for branch in av[1]:
            found |= _opening_set(tuple(branch) + rest, room, spaced)
    elif spaced and (
        _is_space(op, av)
        or (name in _REPEATS and av[0] >= 1 and len(av[2]) == 1 and _is_space(*av[2][0]))
    ):
        found = {" " + tail for tail in _opening_set(rest, room - 1, spaced)}
    elif name in _REPEATS and av[0] >= 1:
        found = _opening_set(tuple(av[2]), room, spaced)
    elif name in _REPEATS:  # "e-?mail": without it, or with it (once: then what follows)
        found = _opening_set(rest, room, spaced) | _opening_set(
            tuple(av[2]) + (rest if av[1] == 1 else ()), room, spaced
        )
    else:
        found = {""}
    if len(found) > _OPENINGS_MOST:
        raise _TooManyError
    return found


_OPENING_SHORTEST = 2
"""A one-letter opening is at half the words of a letter: no saving."""


@per_pattern
def _openings_of(pattern: re.Pattern[str]) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """:func:`openings` of ``pattern``: for any text, and for a text of single spaces."""
    try:
        parsed = _parser.parse(pattern.pattern, pattern.flags)
        if parsed.getwidth()[0] == 0:
            return (), ()
        found = tuple(
            _fit(_opening_set(tuple(parsed), _OPENING_LONGEST, spaced), pattern.flags)
            for spaced in (False, True)
        )
    except Exception:  # too many, or re's internals changed: no shortcut, the same result
        return (), ()
    return found[0], found[1]


def _fit(words: set[str], flags: int) -> tuple[str, ...]:
    """``words`` as :func:`openings` gives them, or none if one is of no use."""
    if any(len(w) < _OPENING_SHORTEST or not w.isascii() or "?" in w for w in words):
        return ()
    if flags & _IGNORECASE:
        words = {w.lower() for w in words}
    kept: list[str] = []
    for word in sorted(words):  # a word after one it starts with is found where that one is
        if not kept or not word.startswith(kept[-1]):
            kept.append(word)
    return tuple(kept)


def openings(pattern: re.Pattern[str], *, spaced: bool = False) -> tuple[str, ...]:
    r"""The ASCII words one of which every match of ``pattern`` opens with (empty: none known).

    Lower-cased for a case-insensitive pattern. With ``spaced``, for a text whose only
    whitespace is single spaces (``\s+`` read as one space). Empty also for a pattern that
    could match nothing (``finditer`` steps differently after an empty match) and where a
    word is outside ASCII, shorter than two characters or holds ``?`` (see :func:`_present`).
    """
    return _openings_of(pattern)[1 if spaced else 0]


def opening_starts(pattern: re.Pattern[str], text: str) -> list[int] | None:
    """Every place in ``text`` where a match of ``pattern`` could start, ascending.

    The places where one of its :func:`openings` is written (overlapping ones too), found
    with :meth:`bytes.find`: exactly where the pattern's own literal would match (see
    :func:`_present`). None where that cannot be told: no openings known, or a
    case-insensitive pattern over a text holding a character that folds to ASCII.
    """
    _text, folded, spaced, _memo = _read(text)
    words = openings(pattern, spaced=spaced)
    ignore_case = bool(pattern.flags & _IGNORECASE)
    if not words or (ignore_case and folded is None):
        return None
    if len(words) == 1:
        return list(_where(text, words[0], ignore_case=ignore_case))
    found: set[int] = set()
    for word in words:
        found.update(_where(text, word, ignore_case=ignore_case))
    return sorted(found)


def opening_spans_lowered(
    pattern: re.Pattern[str], text: str
) -> tuple[list[int], list[int]] | None:
    """Where in ``text`` one of the :func:`openings` of ``pattern`` is written, for ``lower()``.

    For a pattern searched in ``text[start:end].lower()``: every match there starts with an
    opening, which the lower-cased slice holds only where the ASCII-folded text holds it (no
    character but İ and the Kelvin sign lower-cases to ASCII or to two characters, and a
    text holding either has no folded copy; a test checks every code point). Starts and
    ends, by start; None where that cannot be told (no openings, an opening with a capital
    under a case-sensitive pattern, or no folded copy).
    """
    _text, folded, spaced, _memo = _read(text)
    words = openings(pattern, spaced=spaced)
    if not words or folded is None or any(w != w.lower() for w in words):
        return None
    found = sorted(
        (at, at + len(word)) for word in words for at in _where(text, word, ignore_case=True)
    )
    return [a for a, _b in found], [b for _a, b in found]
