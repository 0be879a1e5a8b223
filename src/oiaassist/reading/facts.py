"""Finding each kind of fact in a letter (used by :mod:`.reader`).

Every finder takes the prepared :class:`~.text.LetterText` and returns
:class:`~.text.Found` values, or small frozen records for the facts that
have parts (an extension, a transfer, a request for clarification).
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import date, timedelta
from enum import StrEnum

from oiaassist.reading import patterns as lp
from oiaassist.reading import phrases as ph
from oiaassist.reading.prefilter import (
    anchors,
    cannot_match,
    lead_of,
    matches_from,
    opening_spans_lowered,
    opening_starts,
)
from oiaassist.reading.reference import find_reference
from oiaassist.reading.text import Found, LetterText, line_around
from oiaassist.tracking.events import ExtensionGround

HEADING_LINES = 40

_TRIES_PER_SCAN = 20
"""Characters of a scan that cost about one ``pattern.match`` call at a chosen place (both
give the same matches: the choice is only speed)."""

Span = tuple[int, int, int]
"""A pattern's ``id`` and a span of the flat text: a key of the remembered matches."""


class OutcomeHint(StrEnum):
    """What a decision letter says it did (several can apply to one letter)."""

    RELEASED = "released"
    WITHHELD = "withheld"
    REFUSED = "refused"
    NOT_HELD = "not_held"


@dataclass(frozen=True, slots=True)
class ClarificationFound:
    """The agency asked the requester to clarify or refine the request.

    Attributes:
        sought: when it asked (the letter's own date when this letter asks).
        refinement: True for narrowing/amending, False for a question of meaning.
        asked_in_this_letter: this letter is the request for clarification.
    """

    sought: Found[date]
    refinement: bool
    asked_in_this_letter: bool


@dataclass(frozen=True, slots=True)
class ExtensionFound:
    """What the letter says about an extension of the time limit.

    Attributes:
        snippet: the sentence that announces the extension.
        notice_date: when notice was given: a date the letter states, or the
            letter's own date when this letter is the notice.
        notified_in_this_letter: this letter is the extension notice.
        working_days: the length stated in working days.
        extended_to: the date stated as the new deadline.
        grounds: the statutory grounds the letter gives.
    """

    snippet: str
    notice_date: Found[date] | None
    notified_in_this_letter: bool
    working_days: Found[int] | None
    extended_to: Found[date] | None
    grounds: tuple[Found[ExtensionGround], ...]


@dataclass(frozen=True, slots=True)
class TransferFound:
    """A transfer of the request to another agency (OIA s 14).

    Attributes:
        to_agency: who it went to, as the letter names them.
        on: when (the letter's own date if the letter does not say).
        date_stated: False when ``on`` is only the letter's date.
        partial: only part of the request was transferred.
    """

    to_agency: Found[str]
    on: Found[date] | None
    date_stated: bool
    partial: bool


def _holds(spans: tuple[list[int], list[int]] | None, start: int, end: int) -> bool:
    """Whether one of ``spans`` (starts and ends, by start) lies in ``[start, end)``; None: may."""
    if spans is None:
        return True
    starts, ends = spans
    i = bisect_left(starts, start)
    while i < len(starts) and starts[i] < end:
        if ends[i] <= end:
            return True
        i += 1
    return False


class Facts:
    """Finders over one letter; ``letter_date`` anchors dates written without a year."""

    def __init__(self, text: LetterText) -> None:
        self.text = text
        self.flat = text.flat
        self.letter_date: Found[date] | None = None
        # Where the letter's own text ends and a message quoted below it begins (flat
        # offset), while the finders of stated facts run: a quoted request's "I would like a
        # response by …" or an earlier letter's dates are not what this letter states.
        self.until: int | None = None
        # Each pattern's matches over a span, found once: several finders ask the same.
        # Keyed by the pattern's id, not the pattern: hashing a compiled pattern hashes
        # all its code each time. Each entry keeps its pattern, so no id is reused.
        self._matches: dict[Span, tuple[re.Pattern[str], list[re.Match[str]]]] = {}
        self._lead_starts: dict[Span, tuple[re.Pattern[str], list[int]]] = {}
        self._has: dict[Span, tuple[re.Pattern[str], bool]] = {}
        self._lowered: dict[int, tuple[re.Pattern[str], tuple[list[int], list[int]] | None]] = {}
        self._openings: dict[int, tuple[re.Pattern[str], list[int] | None]] = {}
        self._anchors: dict[int, tuple[re.Pattern[str], tuple[list[int], list[int]] | None]] = {}

    def matches(self, pattern: re.Pattern[str], start: int, end: int) -> list[re.Match[str]]:
        """Every match of ``pattern`` in ``flat[start:end]`` (remembered), above :attr:`until`."""
        if self.until is not None:
            end = min(end, self.until)
            start = min(start, end)
        key = (id(pattern), start, end)
        hit = self._matches.get(key)
        if hit is None:
            found: list[re.Match[str]]
            if cannot_match(pattern, self.flat, start, end):
                found = []  # its required word is absent: the same answer, sooner
            elif (starts := self._opening_starts(pattern, start, end)) is not None:
                # tried only where one of its opening words is written
                found = matches_from(pattern, self.flat, start, end, starts)
            elif (lead := lead_of(pattern)) is not None:
                # tried only where its opening matches, found once for all who share it
                found = matches_from(pattern, self.flat, start, end, self._starts(lead, start, end))
            else:
                found = list(pattern.finditer(self.flat, start, end))
            hit = self._matches[key] = (pattern, found)
        return hit[1]

    def search(
        self, pattern: re.Pattern[str], start: int = 0, end: int | None = None
    ) -> re.Match[str] | None:
        """``pattern.search(flat, start, end)``: the same match, sooner.

        Not run where a word it needs is absent (:meth:`may_match`); tried only where
        one of its opening words is written, where that is known (:meth:`_opening_starts`).
        """
        stop = len(self.flat) if end is None else end
        if self.until is not None:
            stop = min(stop, self.until)
            start = min(start, stop)
        hit = self._matches.get((id(pattern), start, stop))
        if hit is not None:
            return hit[1][0] if hit[1] else None
        if not self.may_match(pattern, start, stop):
            return None
        starts = self._opening_starts(pattern, start, stop)
        if starts is None:
            return pattern.search(self.flat, start, stop)
        for at in starts:  # the first place it matches, as search finds it
            match = pattern.match(self.flat, at, stop)
            if match is not None:
                return match
        return None

    def may_match_lowered(self, pattern: re.Pattern[str], start: int, end: int) -> bool:
        """False if ``pattern`` surely has no match in ``flat[start:end].lower()``.

        By :func:`.prefilter.opening_spans_lowered`, found once for the letter.
        """
        hit = self._lowered.get(id(pattern))
        if hit is None:
            hit = self._lowered[id(pattern)] = (
                pattern,
                opening_spans_lowered(pattern, self.flat),
            )
        return _holds(hit[1], start, end)

    def may_match(self, pattern: re.Pattern[str], start: int, end: int) -> bool:
        """False if ``pattern`` surely has no match in ``flat[start:end]``.

        By :func:`.prefilter.anchors`, found once for the letter: a bisection, where
        running a long phrase over a sentence costs it a try at each character.
        """
        hit = self._anchors.get(id(pattern))
        if hit is None:
            hit = self._anchors[id(pattern)] = (pattern, anchors(pattern, self.flat))
        return _holds(hit[1], start, end)

    def has(self, pattern: re.Pattern[str], start: int, end: int) -> bool:
        """Whether ``pattern`` matches in ``flat[start:end]`` (remembered), above :attr:`until`."""
        if self.until is not None:
            end = min(end, self.until)
            start = min(start, end)
        key = (id(pattern), start, end)
        hit = self._has.get(key)
        if hit is None:
            found = pattern.search(self.flat, start, end) is not None
            hit = self._has[key] = (pattern, found)
        return hit[1]

    def _opening_starts(self, pattern: re.Pattern[str], start: int, end: int) -> list[int] | None:
        """Where in ``flat[start:end]`` a match of ``pattern`` could start, if that is known.

        None also where those places are too many for trying each to beat a scan.
        """
        hit = self._openings.get(id(pattern))
        if hit is None:
            hit = self._openings[id(pattern)] = (pattern, opening_starts(pattern, self.flat))
        every = hit[1]
        if every is None:
            return None
        starts = every[bisect_left(every, start) : bisect_left(every, end)]
        return starts if len(starts) * _TRIES_PER_SCAN <= end - start else None

    def _starts(self, lead: re.Pattern[str], start: int, end: int) -> list[int]:
        """Where in ``flat[start:end]`` the lookahead ``lead`` matches (remembered)."""
        key = (id(lead), start, end)
        hit = self._lead_starts.get(key)
        if hit is None:
            found = [m.start() for m in lead.finditer(self.flat, start, end)]
            hit = self._lead_starts[key] = (lead, found)
        return hit[1]

    # -- dates ----------------------------------------------------------------------

    def resolve(self, written: str, *, future: bool) -> date | None:
        """A date as written; a missing year is taken from the letter's date.

        A letter with no date of its own leaves a year-less date unknown, even where it
        writes a full date elsewhere (the corpus rule: tests/corpus/letters/README.md).
        """
        parts = lp.parse_date_parts(written)
        if parts is None:
            return None
        year = parts.year
        anchor = self.letter_date.value if self.letter_date else None
        if year is None:
            if anchor is None:
                return None
            year = anchor.year
        try:
            day = date(year, parts.month, parts.day)
        except ValueError:
            return None
        if parts.year is None and anchor is not None:
            # A year-less date is the letter's year unless that puts it most of a year away
            # on the wrong side: "due 10 January" in a December letter is next January.
            # A few weeks on the wrong side is a letter recounting ("On 10 July we extended
            # the time to 7 August", written on 29 August): still this year.
            if future and day < anchor - YEAR_WRAP:
                day = _same_day(day, year + 1) or day
            elif not future and day > anchor + YEAR_WRAP:
                day = _same_day(day, year - 1) or day
        return day

    def dated(
        self,
        patterns: Iterable[re.Pattern[str]],
        *,
        future: bool,
        within: tuple[int, int] | None = None,
    ) -> Iterator[tuple[re.Match[str], Found[date]]]:
        """Matches of ``patterns`` (in text order) whose ``date`` group is a real date."""
        start, end = within or (0, len(self.flat))
        matches = [m for p in patterns for m in self.matches(p, start, end)]
        for match in sorted(matches, key=lambda m: m.start("date")):
            day = self.resolve(match["date"], future=future)
            if day is not None:
                yield match, self.text.found(day, match.start("date"), match.end("date"))

    def first_dated(
        self,
        patterns: Iterable[re.Pattern[str]],
        *,
        future: bool = False,
        within: tuple[int, int] | None = None,
    ) -> tuple[re.Match[str], Found[date]] | None:
        """The earliest match of ``patterns`` with a real date, or None."""
        return next(self.dated(patterns, future=future, within=within), None)

    # -- the heading --------------------------------------------------------------------

    def heading_end(self) -> int:
        """Where the letter's heading ends in the original text: at the salutation."""
        original = self.text.original
        salutation = lp.SALUTATION.search(original)
        if salutation is not None:
            return salutation.start()
        cut = 0
        for _ in range(HEADING_LINES):
            cut = original.find("\n", cut + 1)
            if cut < 0:
                return len(original)
        return cut

    def find_letter_date(self) -> Found[date] | None:
        """The date heading the letter: a date alone on its line (or after "Date:")."""
        original = self.text.original
        for match in lp.DATE_ANYWHERE.finditer(original, 0, self.heading_end()):
            before, written, after = line_around(original, match.start(), match.end())
            parts = lp.parse_date_parts(written)
            if parts is None or parts.year is None:
                continue
            alone_after = not after.strip() or re.match(r"\s{2,}|\t|\|", after)
            labelled = lp.DATE_LABEL.match(before.strip()) is not None
            if (
                _EMAIL_SENT_LABEL.match(before)
                and _TOP_HEADERS.fullmatch(original, 0, original.rfind("\n", 0, match.start()) + 1)
                and (not after.strip() or _CLOCK_TIME.match(after))
            ):
                # The header of the message on top (the agency's own): "Sent: Monday, 5 May
                # 2025 10:03 AM". A quoted message's header further down is not this letter's.
                labelled = alone_after = True
            if labelled and alone_after:
                try:
                    day = date(parts.year, parts.month, parts.day)
                except ValueError:
                    continue
                line = " ".join((before + written + after).split())
                return Found(day, line, (match.start(), match.end()))
        return (
            self._letter_date_in_letterhead()
            or self._letter_date_in_run_on_header()
            or self._letter_date_signed()
            or self._letter_date_without_year()
            or self._letter_date_today()
        )

    def _letter_date_today(self) -> Found[date] | None:
        """The day the letter calls "today", written beside it, in a letter with no date.

        "Khandallah School received this request today (11 September 2018)" (dev fyi-8615).
        """
        match = _TODAY_IS.search(self.text.original)
        if match is None:
            return None
        day = _full_date(match["date"])
        if day is None:
            return None
        return Found(day, " ".join(match.group().split()), match.span("date"))

    def _letter_date_without_year(self) -> Found[date] | None:
        """A heading date written without a year ("29 August"), its year from the letter's dates.

        Only where that cannot be wrong by a year: every full date the letter writes is in
        one year, and the heading's day in that year is not before the earliest of them (a
        letter answers a request it has received). A December letter that names a January
        due date (two years) stays undated. The year is an assumption the reading says it
        made (:attr:`~.reader.LetterReading.yearless`), so no check rests on it as proof.
        """
        original = self.text.original
        for match in lp.DATE_ANYWHERE.finditer(original, 0, self.heading_end()):
            before, written, after = line_around(original, match.start(), match.end())
            parts = lp.parse_date_parts(written)
            if parts is None or parts.year is not None:
                continue
            if after.strip() or not lp.DATE_LABEL.match(before.strip()):
                continue
            full = [
                d
                for m in lp.DATE_ANYWHERE.finditer(self.flat)
                if (d := _full_date(m.group())) is not None
            ]
            if not full or len({d.year for d in full}) != 1:
                return None
            try:
                day = date(full[0].year, parts.month, parts.day)
            except ValueError:
                return None
            if day < min(full):
                return None
            return Found(day, " ".join(written.split()), (match.start(), match.end()))
        return None

    def _letter_date_signed(self) -> Found[date] | None:
        """A date alone on one of the last lines: the day a letter dated at its foot was signed."""
        original = self.text.original
        start = 0
        for _ in range(15):
            start = original.rfind("\n", 0, start - 1 if start else len(original))
            if start <= 0:
                start = 0
                break
        for match in lp.DATE_ANYWHERE.finditer(original, start):
            before, written, after = line_around(original, match.start(), match.end())
            parts = lp.parse_date_parts(written)
            if parts is None or parts.year is None or after.strip():
                continue
            if not lp.DATE_LABEL.match(before.strip()):
                continue
            try:
                day = date(parts.year, parts.month, parts.day)
            except ValueError:
                continue
            return Found(day, " ".join((before + written).split()), (match.start(), match.end()))
        return None

    def _letter_date_in_run_on_header(self) -> Found[date] | None:
        """The top message's date in an email header whose lines were run together.

        "Michelle van Straalen From: official information Sent: Friday, 24 July 2020 15:51
        To: Cc: … Subject: LGOIMA 20161 …" (dev docslib-hamilton-cc-lgoima-20161-release, a
        printed email flattened to one line): "From:" near the text's start, then "Sent:" or
        "Date:" with the date and its time, then "To:", "Cc:" or "Subject:". Only the first
        such header: one further down is a quoted message's.
        """
        original = self.text.original
        match = _RUN_ON_HEADER.match(original)
        if match is None or _FORWARD_SUBJECT.search(
            original, match.start("line"), match.end() + 300
        ):
            return None  # "Subject: FW: …": a message forwarded inside the agency (dev extract)
        day = _full_date(match["date"])
        if day is None:
            return None
        return Found(day, " ".join(match["line"].split()), match.span("date"))

    def _letter_date_in_letterhead(self) -> Found[date] | None:
        """A date sharing its heading line with letterhead text ("Wellington 6011  9 August 2022").

        Only before the salutation, never after words that make it a date the
        letter speaks of ("your request dated…", "received on…"), and never inside
        running prose ("…no later than 5 June 2024."): a letterhead is not a sentence.
        """
        original = self.text.original
        found: list[Found[date]] = []
        for match in lp.DATE_ANYWHERE.finditer(original, 0, self.heading_end()):
            before, written, after = line_around(original, match.start(), match.end())
            parts = lp.parse_date_parts(written)
            if parts is None or parts.year is None:
                continue
            if len(before) > 80:
                # A letter whose lines were run together: the heading is still the part
                # before the greeting, so a date followed on its line by "Dear …" may be
                # the letterhead's, judged by the words just before it.
                before = "…" + before[-80:]  # "…": not the line's start
                if not _GREETING_LATER.search(after) or re.search(r"\b[a-z]{2,}[.!?]\s", before):
                    continue
            # After FYI's "[FYI request #123 email]" placeholder (the addressee's address,
            # "By email: […]"), a date starts the letterhead's next item.
            if re.search(r"\[[^\[\]\n]{0,60}\][>)]?[^\S\n]*$", before):
                before = "…"
            if _NOT_THE_LETTERS_DATE.search(before) or _NOT_THE_LETTERS_DATE.match(after):
                continue
            if re.search(r"[(\[“\"][^\S\n]*$", before):
                continue  # "(5 May 2023)": a date a sentence gives in brackets or quotes
            if _IN_PROSE_BEFORE.search(before) and _IN_PROSE_AFTER.match(after):
                continue
            try:
                day = date(parts.year, parts.month, parts.day)
            except ValueError:
                continue
            line = " ".join((before + written + after).split())
            found.append(Found(day, line, (match.start(), match.end())))
        if len({f.value for f in found}) > 1:
            # two dates in the letterhead (a run-together heading's document date and the
            # letter's, dev fyi-30523): which is the letter's its lines no longer show
            return None
        return found[0] if found else None

    def find_reference(self) -> Found[str] | None:
        """The agency's reference (see :mod:`.reference`)."""
        return find_reference(self.text, self.heading_end())

    # -- sentences ------------------------------------------------------------------------

    def sentences_matching(self, *patterns: re.Pattern[str]) -> list[tuple[int, int]]:
        """Sentences in which every one of ``patterns`` matches."""
        return [
            (s, e) for s, e in self.text.sentences() if all(self.search(p, s, e) for p in patterns)
        ]

    def outcomes(self) -> tuple[Found[OutcomeHint], ...]:
        """Each decision hint, with the first sentence that gives it."""
        hints = {
            OutcomeHint.RELEASED: ph.RELEASED,
            OutcomeHint.WITHHELD: ph.WITHHELD,
            OutcomeHint.REFUSED: ph.REFUSED,
            OutcomeHint.NOT_HELD: ph.NOT_HELD,
        }
        found: dict[OutcomeHint, Found[OutcomeHint]] = {}
        for start, end in self.text.sentences():
            if self.search(_DECIDED_BEFORE, start, end):
                continue  # "As advised previously, we refuse…": an earlier letter's decision
            for hint, pattern in hints.items():
                if hint in found:
                    continue  # the first sentence that gives it is kept: no need to look again
                match = self.search(pattern, start, end)
                if match is None:
                    continue
                if ph.OUTCOME_CONDITIONAL.search(self.flat, start, match.end()):
                    continue  # "If … we may withhold": a possibility (words after it do not count)
                if _RELATIVE.search(
                    self.flat, max(start, match.start() - 12), match.start() + 1
                ) and not re.match(r"(?:I|we)\b", match.group(), re.IGNORECASE):
                    continue  # "reports that were released": a description, not a decision
                    # ("… advise you that I have decided to grant" is one)
                if _quoted(self.flat, start, match.start()):
                    continue  # the request, quoted back to the requester
                if (
                    hint is OutcomeHint.RELEASED
                    and not re.search(r"\bgrant", match.group(), re.IGNORECASE)
                    and _COVER_NOTE.match(self.flat, match.end())
                ):
                    continue  # "please find attached our letter": a cover note, not a release
                    # ("I have decided to grant your request" is a decision)
                if hint is OutcomeHint.RELEASED and ph.REQUEST_ATTACHED_RE.search(
                    self.flat, start, match.end()
                ):
                    continue  # "Your full request is attached as Appendix A" (fyi-28507)
                found[hint] = self.text.found(hint, match.start(), match.end())
        return tuple(found[h] for h in OutcomeHint if h in found)

    def sections(self) -> tuple[Found[str], ...]:
        """Every section cited, normalised ("9(2)(g)(i)"), first appearance first."""
        cited: list[tuple[int, int, str]] = []
        covered: list[tuple[int, int]] = []
        for match in self.matches(lp.SECTION_LIST, 0, len(self.flat)):
            covered.append(match.span())
            if _other_act_follows(self.flat, match.end()):
                continue
            if "(" not in match["list"] and self.flat.startswith(":", match.end()):
                continue  # a heading of the letter ("Section 1: …"), not of the Act
            previous = ""
            for token in re.finditer(rf"{lp.SECTION}|{lp.SECTION_CONTINUATION}", match["list"]):
                section = (
                    _continue(previous, token.group()) if token.group()[0] == "(" else token.group()
                )
                previous = section
                at = match.start("list") + token.start()
                cited.append((at, at + len(token.group()), section))
        covered_starts = [s for s, _e in covered]  # in text order, not overlapping
        for match in self.matches(lp.BARE_SECTION, 0, len(self.flat)):
            start, end = match.span()
            i = bisect_right(covered_starts, start) - 1  # the one list that could hold start
            if i >= 0 and start < covered[i][1]:
                continue
            before = self.flat[max(0, start - 30) : start]
            if lp.NOT_A_SECTION_BEFORE.search(before) or _other_act_follows(self.flat, end):
                continue
            if int(re.sub(r"\D.*", "", match["section"])) <= 250:
                cited.append((start, end, match["section"]))
        seen: dict[str, Found[str]] = {}
        for start, end, section in sorted(cited):
            if section not in seen:  # a snippet only for each section's first appearance
                seen[section] = self.text.found(section, start, end)
        return tuple(seen.values())


_TOP_HEADERS = re.compile(
    r"(?:[^\S\n]*(?:(?:from|to|cc|bcc|subject|reply-to|importance|attachments)[^\S\n]*:[^\n]*)?\n)*",
    re.IGNORECASE,
)
"""Only email header lines (or blank ones): what may stand above the top message's date."""
_RUN_ON_HEADER = re.compile(
    rf"\s*(?:[^:]{{0,60}}?\s)?(?P<line>From\s*:[^:]{{0,200}}?\b(?:Sent|Date)\s*:\s*"
    rf"(?P<date>{lp.DATE})(?:,?\s+(?:at\s+)?\d{{1,2}}[:.]\d\d(?:[:.]\d\d)?\s*(?:[ap]\.?m\.?)?)?"
    r"\s+(?:To|Cc|Subject)\s*:)",
    re.IGNORECASE,
)
"""An email header at the text's very start, its lines run into one (see
:meth:`Facts._letter_date_in_run_on_header`)."""
_FORWARD_SUBJECT = re.compile(r"\bSubject\s*:\s*(?:RE:\s*)?(?:FW|FWD)\s*:", re.IGNORECASE)
_EMAIL_SENT_LABEL = re.compile(r"^[^\S\n]*(?:sent|date)[^\S\n]*:[^\S\n]*$", re.IGNORECASE)
_CLOCK_TIME = re.compile(
    r"[^\S\n]*,?[^\S\n]*(?:at[^\S\n]+)?\d{1,2}[:.]\d\d(?:[:.]\d\d)?[^\S\n]*(?:[ap]\.?m\.?)?"
    r"(?:[^\S\n]*(?:[+-]\d{4}|\(?[A-Z]{2,5}\)?))?[^\S\n]*$",
    re.IGNORECASE,
)
"""The time after the date of an email header ("10:03 AM", "4.15 p.m.", "10:03:11 +1200")."""
_NOT_THE_LETTERS_DATE = re.compile(
    r"\b(?:dated|of|on|from|received|since|between|until|to|by|request\w*|and|or|before|after"
    r"|due|sent|meeting|period|(?-i:email|letter))\b\W*$|^\s*(?:(?:to|and)\b|[-–—])"
    # a form's label naming another fact's date: "Request date:", "Statutory due date:",
    # "Response date:" (in an acknowledgement, the day the response is due)
    r"|\b(?:request\w*|received|receipt|due|response|decision|deadline|extended|extension"
    r"|transfer\w*|clarif\w*)\s+(?:date|day|by)\W*$"
    r"|(?:^|\s)\d[^\S\n]$",  # "1 2 March": a day broken by the text layer, not 2 March
    re.IGNORECASE,
)
_GREETING_LATER = re.compile(r"\b(?:Dear|T[eē]n[aā]\s+(?:koe|kōrua|korua|koutou)|Kia\s+ora)\b")
"""A greeting further along the line: what stands before it is the letter's heading."""
_IN_PROSE_BEFORE = re.compile(
    r"(?-i:\b[a-zāēīōū][\w'’]*[^\S\n]+[a-zāēīōū][\w'’]*),?[^\S\n]+$|\bthan[^\S\n]+$"
    # one lowercase word and a comma: a sentence wrapped just before it ("… from today's" /
    # "date, 21 September 2021. Please format …", a request quoted in fyi-16820)
    r"|^(?-i:[a-zāēīōū][\w'’]*),[^\S\n]+$"
)
_IN_PROSE_AFTER = re.compile(r"[^\S\n]*(?:[.,;:)]|(?-i:[a-zāēīōū])|$)")
"""A date after two lowercase words (or "than") and before a full stop, a comma, more
lowercase words or the line's end is in a sentence of the letter's body (a letterhead line
is names, numbers and capitals; an OCR'd one may hold one garbled word)."""
_COVER_NOTE = re.compile(
    r"\s*(?:for\s+(?:the|our|my)\s+(?:response|reply|letter|decision)\b|(?:is\s+|are\s+)?(?:"
    r"(?:our|my|the|a|your)\s+(?:\w+\s+)?(?:letter|response|reply"
    r"|correspondence)\b|(?:it|them)\b|(?:a\s+copy\s+of\s+)?your\s+(?:request|e-?mail)\b"
    r"|(?:an?\s+|our\s+)?(?:information\s+sheet|fact\s*sheet|guide|brochure|form)\b))",
    re.IGNORECASE,
)
_DECIDED_BEFORE = re.compile(
    r"\bas\s+(?:previously|already|earlier)\s+(?:advised|notified|explained|stated|told)\b"
    r"|\bas\s+(?:advised|notified|explained|stated)\s+(?:previously|earlier|before)\b"
    r"|\b(?:flows?|follows?|arises?|arising|following)\s+from\s+(?:my|our|the)\s+(?:earlier\s+"
    r"|previous\s+)?decision\b|\b(?:my|our)\s+(?:earlier|previous|original)\s+decision\b",
    re.IGNORECASE,
)
_RELATIVE = re.compile(r"\b(?:that|which|who)\s+\S?$", re.IGNORECASE)


def _quoted(flat: str, sentence_start: int, at: int) -> bool:
    """Whether ``at`` falls inside a “quotation” opened in its sentence or just before it."""
    window = flat[max(0, sentence_start - 300) : at]
    return quote_open(window)


def quote_open(window: str) -> bool:
    """Whether a quotation is open at the end of ``window``.

    The last mark must open one (“), and the marks must not pair up: some letters
    close a quote with an opening mark or a straight one ("“… fleet. “").
    """
    last_open = window.rfind("“")
    if last_open < max(window.rfind("”"), window.rfind('"')):
        return False
    return (window.count("“") + window.count("”") + window.count('"')) % 2 == 1


def _full_date(written: str) -> date | None:
    """The day ``written`` names, if it writes its year (else None)."""
    parts = lp.parse_date_parts(written)
    if parts is None or parts.year is None:
        return None
    try:
        return date(parts.year, parts.month, parts.day)
    except ValueError:
        return None


YEAR_WRAP = timedelta(days=120)
"""How far on the wrong side of the letter's date a year-less date must fall to be taken as
the next (or last) year's: dates a letter states sit within weeks of it, so a day four
months or more before a letter that speaks of the future is the next year's."""


_TODAY_IS = re.compile(rf"\btoday\s*(?:\(\s*|,\s+)(?P<date>{lp.DATE})", re.IGNORECASE)
""""today (11 September 2018)", "today, 11 September 2018": the letter's own day."""


def _same_day(day: date, year: int) -> date | None:
    try:
        return day.replace(year=year)
    except ValueError:
        return None


def _other_act_follows(flat: str, end: int) -> bool:
    """Whether the section just cited belongs to another Act ("… of the Public Records Act")."""
    match = lp.OTHER_ACT_AFTER.match(flat, end, end + 120)
    return match is not None and not lp.OUR_ACTS.search(match["act"])


_LEVEL = re.compile(r"\([^)]*\)")


def _kind(group: str) -> str:
    """The kind of a group: "n" for "(2)", "r" for a roman numeral "(ii)", "l" for "(b)"."""
    inner = group.strip("()")
    if inner[:1].isdigit():
        return "n"
    return "r" if re.fullmatch(r"[ivx]+", inner) else "l"


def _continue(previous: str, continuation: str) -> str:
    """Expand "(f)" after "18(d)" to "18(f)", and "(g)(i)" after "9(2)(a)" to "9(2)(g)(i)".

    The continuation replaces the last group of its own kind in the previous
    section (a roman "(i)" may also replace a letter, as in "9(2)(h) and (i)").
    """
    if not previous or "(" not in previous:
        return previous + continuation
    base = previous[: previous.index("(")]
    groups = _LEVEL.findall(previous)
    kind = _kind(_LEVEL.findall(continuation)[0])
    fallback = {"r": "l", "l": "r", "n": "n"}[kind]
    for wanted in (kind, fallback):
        places = [i for i, g in enumerate(groups) if _kind(g) == wanted]
        if places:
            return base + "".join(groups[: places[-1]]) + continuation
    return base + continuation
