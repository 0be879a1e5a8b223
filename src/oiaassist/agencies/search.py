"""Find agencies from what a person types, fast enough to run on every keystroke.

Ranking, best first (ties: kind of body, then the shorter name):

1. exact: the text is an id, name, te reo Māori name or alias ("mfat",
   "Manatū Aorere"), or a derived form of one: the name without "Ministry of"
   or "Council" ("foreign affairs and trade", "wellington city") or its
   initials ("wcc");
2. prefix: a name starts with the text ("wellington ci");
3. words: each word typed starts a word of one name, in any order ("city wellington");
4. fuzzy, only when nothing above matches: each word is about one typing
   slip from the start of a word ("welington").

Case, macrons, punctuation and the small words "of", "for", "and", "the" never
matter. The index is built once, on the first search.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from functools import lru_cache

from oiaassist.agencies.dataset import load_agencies
from oiaassist.agencies.model import Agency, AgencyKind
from oiaassist.agencies.normalise import words
from oiaassist.law.acts import Act

EXACT = 1000
DERIVED_EXACT = 950
PREFIX = 800
WORDS_IN_ORDER = 600
WORDS_ANY_ORDER = 580
WORDS_ACROSS_NAMES = 500
FUZZY = 300

# Bodies people most often mean come first when two match equally well.
_KIND_ORDER: Mapping[AgencyKind, int] = {
    AgencyKind.DEPARTMENT: 0,
    AgencyKind.DEPARTMENTAL_AGENCY: 1,
    AgencyKind.CROWN_ENTITY: 2,
    AgencyKind.STATE_ENTERPRISE: 2,
    AgencyKind.CROWN_COMPANY: 2,
    AgencyKind.CROWN_RESEARCH_INSTITUTE: 2,
    AgencyKind.OTHER_PUBLIC_BODY: 2,
    AgencyKind.UNITARY_AUTHORITY: 3,
    AgencyKind.CITY_COUNCIL: 3,
    AgencyKind.DISTRICT_COUNCIL: 3,
    AgencyKind.REGIONAL_COUNCIL: 4,
    AgencyKind.MINISTER: 5,
    AgencyKind.UNIVERSITY: 5,
    AgencyKind.TERTIARY_INSTITUTION: 5,
    AgencyKind.COUNCIL_CONTROLLED_ORGANISATION: 6,
    AgencyKind.DISTRICT_HEALTH_BOARD: 7,
}
_HEADS = frozenset({"ministry", "department", "office"})
_TAILS = (("council",), ("limited",), ("new", "zealand"), ("nz",))
_FUZZY_MIN = 4  # shorter words have too many neighbours to be worth guessing at


@dataclass(frozen=True, slots=True)
class AgencyMatch:
    """One search result: the agency, how well it matched, and the name that matched."""

    agency: Agency
    score: int
    matched: str


@dataclass(frozen=True, slots=True)
class _Key:
    text: str
    spaced: str  # " " + text: `" " + word in spaced` finds a word start at C speed
    shown: str
    derived: bool


@dataclass(frozen=True, slots=True)
class _Entry:
    agency: Agency
    keys: tuple[_Key, ...]
    words: frozenset[str]
    spaced: str  # every word of every key, each after a space
    order: int  # at a tie: a body that exists before one that is gone, then by kind


class _Index:
    """Every agency's search keys, and which agencies use each word."""

    def __init__(self, agencies: Iterable[Agency]) -> None:
        self.entries = tuple(_entry(agency) for agency in agencies)
        holders: dict[str, set[int]] = {}
        for position, entry in enumerate(self.entries):
            for word in entry.words:
                holders.setdefault(word, set()).add(position)
        self.holders: Mapping[str, frozenset[int]] = {w: frozenset(p) for w, p in holders.items()}
        self.vocabulary = tuple(sorted(self.holders))
        self._near: dict[str, set[str]] | None = None

    def prefixed(self, stem: str) -> list[str]:
        """Vocabulary words that start with ``stem``."""
        vocabulary = self.vocabulary
        found = []
        for i in range(bisect_left(vocabulary, stem), len(vocabulary)):
            if not vocabulary[i].startswith(stem):
                break
            found.append(vocabulary[i])
        return found

    def near(self, stem: str) -> set[str]:
        """Vocabulary words with a prefix one deletion, insertion or substitution from ``stem``."""
        if len(stem) < _FUZZY_MIN:
            return set()
        if self._near is None:
            self._near = _deletion_map(self.vocabulary)
        found: set[str] = set()
        for variant in (stem, *_deletions(stem)):
            found |= self._near.get(variant, set())
        return found


def _deletions(word: str) -> set[str]:
    return {word[:i] + word[i + 1 :] for i in range(len(word))}


def _deletion_map(vocabulary: Iterable[str]) -> dict[str, set[str]]:
    """Each prefix (4+ letters) of each word, and its one-letter deletions, to the word."""
    near: dict[str, set[str]] = {}
    for word in vocabulary:
        for end in range(_FUZZY_MIN, len(word) + 1):
            prefix = word[:end]
            for variant in (prefix, *_deletions(prefix)):
                near.setdefault(variant, set()).add(word)
    return near


def _entry(agency: Agency) -> _Entry:
    keys: dict[str, _Key] = {}

    def add(shown: str, key_words: tuple[str, ...], *, derived: bool) -> None:
        text = " ".join(key_words)
        if text and (text not in keys or (keys[text].derived and not derived)):
            keys[text] = _Key(text, f" {text}", shown, derived)

    explicit = [agency.name, agency.maori_name, *agency.aliases, agency.id]
    for shown in explicit:
        add(shown, words(shown), derived=False)
    name_words = words(agency.name)
    stripped = name_words[1:] if len(name_words) > 1 and name_words[0] in _HEADS else name_words
    for tail in _TAILS:
        if len(stripped) > len(tail) and stripped[-len(tail) :] == tail:
            stripped = stripped[: -len(tail)]
    add(agency.name, stripped, derived=True)
    if len(name_words) > 1:
        add(agency.name, ("".join(w[0] for w in name_words),), derived=True)
    all_words = frozenset(w for key in keys.values() for w in key.text.split())
    order = _KIND_ORDER[agency.kind] + (0 if agency.is_current else len(AgencyKind) + 1)
    return _Entry(agency, tuple(keys.values()), all_words, " " + " ".join(sorted(all_words)), order)


@lru_cache(maxsize=1)
def _shipped_index() -> _Index:
    return _Index(load_agencies())


def _words_score(spaced: str, starts: tuple[str, ...]) -> int:
    """The query's words as word starts in one name: in order, in any order, or not all."""
    position = 0
    for start in starts:
        found = spaced.find(start, position)
        if found < 0:
            break
        position = found + len(start)  # the next word must start after this one
    else:
        return WORDS_IN_ORDER
    if all(start in spaced for start in starts):
        return WORDS_ANY_ORDER
    return 0


def _best(entry: _Entry, query: str, starts: tuple[str, ...]) -> AgencyMatch:
    """The agency's best-matching name: exact, a prefix, the query's words in it, or a guess.

    Scored inline (no call per name): this loop runs for every candidate on every keystroke.
    """
    best_score, best_length, best_shown = 0, 0, ""
    single = starts[0] if len(starts) == 1 else None
    for key in entry.keys:
        text = key.text
        if text == query:
            score = DERIVED_EXACT if key.derived else EXACT
        elif text.startswith(query):
            score = PREFIX
        elif single is not None:
            score = WORDS_IN_ORDER if single in key.spaced else 0
        else:
            score = _words_score(key.spaced, starts)
        if score > best_score or (score == best_score and len(text) < best_length):
            best_score, best_length, best_shown = score, len(text), key.shown
    if best_score:
        return AgencyMatch(entry.agency, best_score, best_shown)
    if all(start in entry.spaced for start in starts):
        return AgencyMatch(entry.agency, WORDS_ACROSS_NAMES, entry.agency.name)
    return AgencyMatch(entry.agency, FUZZY, entry.agency.name)


def _candidates(index: _Index, query_words: tuple[str, ...], *, fuzzy: bool) -> set[int]:
    found: set[int] | None = None
    for word in query_words:
        vocabulary = set(index.prefixed(word))
        if fuzzy:
            vocabulary |= index.near(word)
            if not vocabulary and len(word) < _FUZZY_MIN:
                continue  # a short slip ("cty") is not worth losing the other words for
        holders: set[int] = set()
        for known in vocabulary:
            holders |= index.holders[known]
        found = holders if found is None else found & holders
        if not found:
            return set()
    return found or set()


def search_matches(
    text: str, *, limit: int | None = 10, act: Act | None = None
) -> tuple[AgencyMatch, ...]:
    """Agencies matching ``text``, best first, each with its score and the name that matched.

    Args:
        text: what the person typed so far; "" matches nothing.
        limit: at most this many results (``None`` for all).
        act: only agencies under this Act.
    """
    return _search(_shipped_index(), text, limit=limit, act=act)


def search(text: str, *, limit: int | None = 10, act: Act | None = None) -> tuple[Agency, ...]:
    """Agencies matching ``text``, best first (see :func:`search_matches`)."""
    return tuple(m.agency for m in search_matches(text, limit=limit, act=act))


def _search(
    index: _Index, text: str, *, limit: int | None, act: Act | None
) -> tuple[AgencyMatch, ...]:
    query_words = words(text)
    if not query_words or (limit is not None and limit < 1):
        return ()
    query = " ".join(query_words)
    positions = _candidates(index, query_words, fuzzy=False)
    if not positions:  # guesses only when nothing matches as typed: they are noise otherwise
        positions = _candidates(index, query_words, fuzzy=True)
    entries = [index.entries[p] for p in positions]
    if act is not None:
        entries = [e for e in entries if e.agency.act is act]
    starts = tuple(f" {word}" for word in query_words)
    scored = [(_best(e, query, starts), e.order) for e in entries]
    # At a tie a body that still exists comes before one that was disestablished.
    scored.sort(key=lambda p: (-p[0].score, p[1], len(p[0].matched), p[0].agency.name))
    ranked = [match for match, _order in scored]
    return tuple(ranked if limit is None else ranked[:limit])
