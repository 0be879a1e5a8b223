"""The reader's phrase shortcuts (:mod:`oiaassist.reading.prefilter`) change no match.

Each shortcut is argued in its docstring; these tests hold it to account on every
phrase the reader has, over development letters and hand-made edge cases.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from oiaassist.reading import clarifying, patterns, phrases, story, transfers
from oiaassist.reading.facts import Facts
from oiaassist.reading.kind import giving, signs
from oiaassist.reading.prefilter import (
    _FOLDS_TO_ASCII,
    _MEMO_MOST,
    _present,
    _single_spaced,
    _where,
    cannot_match,
    lead_of,
    matches_from,
    opening_starts,
    openings,
    per_pattern,
    required_words,
)
from oiaassist.reading.text import LetterText

LETTERS = sorted((Path(__file__).parent / "corpus/letters/dev").glob("*.txt"))[:40]
EDGES = (
    "",
    "On",
    "on 3 May 2024 you asked",
    "Transferred on 3 May 2024. ON 4 MAY 2024 YOU ASKED.",
    "your\u00adrequest was received on 1 June; yourrequest",
    "We extended it on 2 June 2024 until 30 June 2024; we, I extend",
    "The request was transferred to us from the Ministry of Health on 1 May 2024.",
)


def _patterns() -> list[re.Pattern[str]]:
    found: list[re.Pattern[str]] = []
    for module in (phrases, transfers, signs, story, clarifying, patterns):
        for value in vars(module).values():
            for item in value if isinstance(value, (tuple, list)) else (value,):
                if isinstance(item, re.Pattern) and item not in found:
                    found.append(item)
    return found


PATTERNS = _patterns()


def _flats() -> list[str]:
    texts = [p.read_text(encoding="utf-8") for p in LETTERS] + list(EDGES)
    return [LetterText(t).flat for t in texts]


FLATS = _flats()


def _same(a: list[re.Match[str]], b: list[re.Match[str]]) -> bool:
    return [(m.span(), m.groups()) for m in a] == [(m.span(), m.groups()) for m in b]


def test_the_shortcuts_apply_to_many_phrases() -> None:
    assert sum(1 for p in PATTERNS if required_words(p)) >= 40
    assert sum(1 for p in PATTERNS if lead_of(p) is not None) >= 20


@pytest.mark.parametrize("pattern", PATTERNS, ids=lambda p: p.pattern[:40])
def test_a_skipped_phrase_has_no_match(pattern: re.Pattern[str]) -> None:
    for flat in FLATS:
        for start, end in ((0, len(flat)), (len(flat) // 3, 2 * len(flat) // 3)):
            if cannot_match(pattern, flat, start, end):
                assert pattern.search(flat, start, end) is None


@pytest.mark.parametrize(
    "pattern", [p for p in PATTERNS if lead_of(p) is not None], ids=lambda p: p.pattern[:40]
)
def test_trying_only_where_the_lead_matches_finds_the_same(pattern: re.Pattern[str]) -> None:
    lead = lead_of(pattern)
    assert lead is not None
    for flat in FLATS:
        for start, end in ((0, len(flat)), (len(flat) // 3, 2 * len(flat) // 3)):
            starts = [m.start() for m in lead.finditer(flat, start, end)]
            expected = list(pattern.finditer(flat, start, end))
            assert _same(matches_from(pattern, flat, start, end, starts), expected)


def test_no_lead_for_a_phrase_that_opens_otherwise() -> None:
    assert lead_of(re.compile(r"\bOnly\s+", re.IGNORECASE)) is None  # not "\bOn\s+"
    assert lead_of(re.compile(r"\b(?-i:On)\s+x", re.IGNORECASE)) is None
    assert lead_of(re.compile(r"\bOn\s+x", re.IGNORECASE)) is not None
    assert lead_of(re.compile(r"(?:\bOn\s+)?", re.IGNORECASE)) is None  # may match nothing


def test_words_come_only_from_parts_every_match_has() -> None:
    words = {w.pattern for w in required_words(re.compile(r"\bfoo(?:bar|baz)?(?:qux)+x*yyy?"))}
    assert words == {"foo", "qux"}  # not "bar" (optional), not "yy" (too short to be worth it)
    assert not required_words(re.compile(r"(?:alpha|beta)(?=gamma)(?!delta)"))
    assert not required_words(re.compile(r"(?-i:Attachment)", re.IGNORECASE))


def test_only_the_listed_characters_fold_to_ascii_letters() -> None:
    every = "".join(chr(c) for c in range(0x80, 0x110000) if not 0xD800 <= c < 0xE000)
    folding = set(re.findall(r"[A-Za-z]", every, re.IGNORECASE))
    assert folding == set(_FOLDS_TO_ASCII)


@pytest.mark.parametrize(
    "text",
    [
        *FLATS[:10],
        "Your REQUEST was Received",
        "Your reque\u017ft was received",  # a long s: re folds it to "s"
        "\u212aia ora; \u0130NFORMATION; \u0131nformation",
        "caf\u00e9 request? ma\u0101 r?quest",
    ],
)
def test_a_word_is_found_as_re_finds_it(text: str) -> None:
    words = ["request", "received", "kia ora", "information", "r?quest", "caf\u00e9", "REQUEST"]
    for word in words:
        for flags in (0, re.IGNORECASE):
            compiled = re.compile(re.escape(word), flags)
            for start, stop in ((0, len(text)), (3, len(text) - 2), (5, 5)):
                expected = compiled.search(text, start, stop) is not None
                got = _present(word, compiled, text, start, stop)
                assert got is expected, (word, flags, text[:40], start, stop)


def test_alternations_need_a_word_of_some_branch() -> None:
    pattern = re.compile(r"\b(?:we|I)\s+released|\bfoo\s+bar(?:baz|qux)+", re.IGNORECASE)
    for text in ("we released it", "FOO BAR QUX", "foo barbaz"):
        assert not cannot_match(pattern, text)
    for text in ("we release", "foo bar", "releas foo bar", "bar qux"):
        assert cannot_match(pattern, text)
        assert pattern.search(text) is None


@pytest.mark.parametrize("pattern", PATTERNS, ids=lambda p: p.pattern[:40])
def test_a_sentence_without_an_anchor_has_no_match(pattern: re.Pattern[str]) -> None:
    for text in [*FLATS, "caf\u00e9 released; Released it? RELEASED"]:
        facts = Facts(LetterText(text))
        flat = facts.flat
        spans = [*facts.text.sentences(), (0, len(flat)), (len(flat) // 3, 2 * len(flat) // 3)]
        for start, end in spans:
            if not facts.may_match(pattern, start, end):
                assert pattern.search(flat, start, end) is None
            got, expected = facts.search(pattern, start, end), pattern.search(flat, start, end)
            assert (got and got.span()) == (expected and expected.span())


@pytest.mark.parametrize(
    "pattern",
    [p for p in PATTERNS if openings(p) or openings(p, spaced=True)],
    ids=lambda p: p.pattern[:40],
)
def test_trying_only_where_an_opening_is_written_finds_the_same(pattern: re.Pattern[str]) -> None:
    for flat in [*FLATS, "YOUR REQUEST; Your\u00a0request; your reque\u017ft"]:
        every = opening_starts(pattern, flat)
        if every is None:
            continue
        for start, end in ((0, len(flat)), (len(flat) // 3, 2 * len(flat) // 3)):
            starts = [at for at in every if start <= at < end]
            expected = list(pattern.finditer(flat, start, end))
            assert _same(matches_from(pattern, flat, start, end, starts), expected)


def test_openings_are_read_from_the_pattern() -> None:
    pattern = re.compile(r"\b(?:your|the\s+)request", re.IGNORECASE)
    assert openings(pattern) == ("the", "yourrequ")  # at most eight characters
    assert openings(pattern, spaced=True) == ("the requ", "yourrequ")
    assert openings(re.compile(r"\b(?:I|we)\s+", re.IGNORECASE)) == ()  # "i" is everywhere
    assert openings(re.compile(r"\b(?:I|we)\s+", re.IGNORECASE), spaced=True) == ("i ", "we ")
    assert openings(re.compile(r"(?:the\s+)?request")) == ("request", "the")  # both ways
    assert openings(re.compile(r"\w+ request")) == ()  # may open otherwise
    assert openings(re.compile(r"[Tt]he")) == ("The", "the")  # a class of a few letters
    assert openings(re.compile(r"[a-z]he")) == ()
    assert openings(re.compile(r"\b(?-i:Attach)", re.IGNORECASE)) == ("attach",)
    assert openings(re.compile(r"(?i:Re)quest")) == ()  # under other flags
    assert opening_starts(re.compile("re", re.IGNORECASE), "Re re \u0130re") is None
    assert opening_starts(re.compile("re", re.IGNORECASE), "Re rE\u00e9re") == [0, 3, 6]
    assert opening_starts(re.compile("re"), "Re re\u0130re") == [3, 6]
    spaced = re.compile(r"\bI\s+(?:now\s+)?enclose", re.IGNORECASE)
    assert opening_starts(spaced, "If I enclose, if i enclose") == [3, 17]  # "i " only
    assert opening_starts(spaced, "If I\nenclose; I  enclose") is None  # not single-spaced


@pytest.mark.parametrize("text", [*FLATS[:5], "aaaa AAAA aAaA", "Re-request REQUESTED"])
def test_every_place_a_word_is_written_is_found(text: str) -> None:
    for word in ("a", "aa", "aaa", "aaaa", "request", "re", "req", "the ", "on 2", "zzqx"):
        for ignore_case in (False, True):
            compiled = re.compile(f"(?=({re.escape(word)}))", re.IGNORECASE if ignore_case else 0)
            expected = [m.start() for m in compiled.finditer(text)]
            assert _where(text, word, ignore_case=ignore_case) == expected


@given(st.text(alphabet="a \n\u00a0\x1c\t", max_size=12))
def test_single_spaced_is_what_split_and_join_keep(text: str) -> None:
    assert _single_spaced(text) == (" ".join(text.split()) == text)


def test_only_two_characters_lower_case_to_ascii_or_to_two() -> None:
    odd = {
        chr(c)
        for c in range(0x80, 0x110000)
        if not 0xD800 <= c < 0xE000
        and (len(chr(c).lower()) != 1 or any(ch.isascii() for ch in chr(c).lower()))
    }
    assert odd == {"\u0130", "\u212a"} <= set(_FOLDS_TO_ASCII)


@pytest.mark.parametrize("sign", giving._SIGNS, ids=lambda s: s.name)
def test_a_sentence_no_gate_opening_is_in_fails_the_gate(sign: giving._Sign) -> None:
    for text in [*FLATS, "Caf\u00e9 WITHHELD; Attached. NEITHER \u212aia?"]:
        facts = Facts(LetterText(text))
        for start, end in [*facts.text.sentences(), (0, len(facts.flat))]:
            if not facts.may_match_lowered(sign.gate, start, end):
                assert sign.gate.search(facts.flat[start:end].lower()) is None


def test_patterns_made_on_the_fly_are_not_remembered_without_bound() -> None:
    calls: list[re.Pattern[str]] = []

    def count(pattern: re.Pattern[str]) -> int:
        calls.append(pattern)
        return len(calls)

    remembered = per_pattern(count)
    made = [re.compile(f"x{i}y") for i in range(_MEMO_MOST + 10)]
    for pattern in made:
        remembered(pattern)
    assert remembered(made[-1]) == len(made)  # still remembered
    assert remembered(made[0]) == len(made) + 1  # forgotten when the memo was cleared
