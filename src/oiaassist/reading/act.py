"""Which Act the request was made under: the letter's own words, not any Act it names.

A request for official information from a department, Minister or Crown entity
is under the Official Information Act 1982; from a local authority under the
Local Government Official Information and Meetings Act 1987 (its s 2(1)); a
request for one's own personal information under the Privacy Act 2020 (IPP 6,
s 22). A letter names Acts for other reasons: the request quoted back ("Under
the OIA please provide…" to a council), an OIA request *about* the Privacy Act.
So, in order:

1. the Act the letter says the request was made or considered under ("your
   request under the LGOIMA", "has been considered under the Official
   Information Act"), in the agency's own words — or, where it says neither, the
   Act it names the request by ("your OIA request": councils call LGOIMA requests
   that too); where these statements disagree, unknown;
2. else the Act the agency's own words name most — or, where its own words name
   none, the Act the quoted request names;
3. else the Act whose own section numbers the letter cites: only one Act has them
   (OIA ss 9(2), 15A, 18, 28(3); LGOIMA ss 7(2), 17, 27(3); Privacy Act ss 49, 53);
4. else unknown (None), never a guess.

"The agency's own words" leaves out a message quoted below an email reply and
text inside quotation marks (the request quoted back). A PDF's text layer that
lost a ligature ("Of icial Information Act") still names the Act.
"""

from __future__ import annotations

import re

from oiaassist.law.acts import Act
from oiaassist.reading.facts import Facts, quote_open
from oiaassist.reading.text import Found

__all__ = ["act_and_basis", "request_act"]

_OFFICIAL = r"O\s?f\s?f?\s?i\s?c\s?i\s?a\s?l"  # "Of icial": a ligature lost by the text layer
_LGOIMA = rf"Local\s+Government\s+{_OFFICIAL}\s+Information\s+and\s+Meetings\s+Act|LGOIMA"
_OIA = rf"{_OFFICIAL}\s+Information\s+Act|OIA"
_PRIVACY = r"Privacy\s+Act|IPP\s*6|information\s+privacy\s+principle\s+6"
_ANY = rf"(?P<act>{_LGOIMA}|{_OIA}|{_PRIVACY})"

_NAMES = (
    (Act.LGOIMA, re.compile(rf"\b(?:{_LGOIMA})\b", re.IGNORECASE)),
    (Act.OIA, re.compile(rf"\b(?:{_OIA})\b", re.IGNORECASE)),
    (Act.PRIVACY, re.compile(rf"\b(?:{_PRIVACY})\b", re.IGNORECASE)),
)

_UNDER = re.compile(
    # your request under / pursuant to / in accordance with the … Act
    r"\b(?:request|application|asked|requested|requesting)\b[^.;]{0,60}?\b(?:under|pursuant\s+to"
    r"|in\s+accordance\s+with|made\s+under)\s+(?:the\s+)?(?:(?:section|s)\s+\S+\s+of\s+the\s+)?"
    rf"{_ANY}"
    # it has been considered / processed / decided under the … Act
    r"|\b(?:considered|processed|handled|assessed|decided|responded\s+to|treated|dealt\s+with"
    r"|actioned)\s+(?:\w+\s+){0,2}?(?:under|pursuant\s+to|in\s+accordance\s+with)\s+(?:the\s+)?"
    rf"(?:provisions\s+of\s+(?:the\s+)?)?{_ANY.replace('?P<act>', '?P<act3>')}",
    re.IGNORECASE,
)

_NAMED_REQUEST = re.compile(
    # your OIA request; your Official Information Act 1982 request; … Act 1982 (OIA) request
    rf"\byour\s+(?:\w+\s+)?{_ANY}(?:\s+(?:1982|1987|2020))?"
    r"(?:\s*\((?:the\s+)?(?:OIA|LGOIMA|Act)\))?\s+request\b",
    re.IGNORECASE,
)
"""The Act a letter names the request by: weaker than :data:`_UNDER` (see the module)."""

_SECTIONS = (
    (Act.OIA, re.compile(r"^(?:9\(2\)|15A|18\(|28\(3\))")),
    (Act.LGOIMA, re.compile(r"^(?:7\(2\)|17\(|27\(3\))")),
    (Act.PRIVACY, re.compile(r"^(?:49\(|53\()")),
)
"""Section numbers only one of the three Acts has: OIA s 9(2) (withholding), 15A
(extension), 18 (refusal), 28(3) (complaint); LGOIMA ss 7(2), 17, 27(3); Privacy Act
2020 ss 49, 53 (refusal)."""


def _act_of(name: str) -> Act:
    folded = re.sub(r"\s+", "", name.lower())
    if folded.startswith(("local", "lgoima")):
        return Act.LGOIMA
    if folded.startswith(("privacy", "ipp", "information")):
        return Act.PRIVACY
    return Act.OIA


def _own(facts: Facts, at: int, quoted: int | None) -> bool:
    """Whether flat offset ``at`` is in the agency's own words."""
    if quoted is not None and facts.text.original_offset(at) >= quoted:
        return False  # a message quoted below the reply
    start, _end = facts.text.sentence(at)
    return not quote_open(facts.flat[max(0, start - 300, at - 1200) : at])  # bounded: linear


def _most_named(facts: Facts, quoted: int | None, *, own: bool) -> Found[Act] | None:
    """The Act named most (its full name shown where it appears); ties go to the first."""
    flat = facts.flat
    best: tuple[int, int, Act, re.Match[str]] | None = None
    for act, pattern in _NAMES:
        named = [m for m in pattern.finditer(flat) if not own or _own(facts, m.start(), quoted)]
        if not named:
            continue
        rank = (len(named), -named[0].start())
        if best is None or rank > best[:2]:
            full = [m for m in named if len(m.group()) > 6]
            best = (*rank, act, full[0] if full else named[0])
    if best is None:
        return None
    return facts.text.found(best[2], best[3].start(), best[3].end())


def request_act(facts: Facts, *, quoted: int | None = None) -> Found[Act] | None:
    """The Act the request was made under, as the letter shows it (see the module docstring).

    ``quoted`` is where a message quoted below the letter begins (original offset).
    """
    return act_and_basis(facts, quoted=quoted)[0]


def act_and_basis(facts: Facts, *, quoted: int | None = None) -> tuple[Found[Act] | None, bool]:
    """:func:`request_act`, and whether the letter *states* it (step 1's "made/considered under").

    An Act the letter only names — the request called "your OIA request", the Act named most,
    its sections cited — may be a council's loose word for an LGOIMA request: where the two
    Acts' calendars disagree (a council's anniversary day), the checks do not rest a breach
    on it alone.
    """
    flat = facts.flat
    stated: list[tuple[re.Match[str], str]] = []
    labels: list[tuple[re.Match[str], str]] = []
    for pattern, into in ((_UNDER, stated), (_NAMED_REQUEST, labels)):
        for match in pattern.finditer(flat):
            group = next(g for g in ("act", "act3") if match[g])
            if _own(facts, match.start(group), quoted):
                into.append((match, group))
    # "made under" / "considered under" the Act states it; "your OIA request" is a name a
    # council may give an LGOIMA request too, so it counts only when nothing states the Act
    said = stated or labels
    if said:
        if len({_act_of(match[group]) for match, group in said}) > 1:
            return None, False  # the letter's own statements disagree: unknown, never a guess
        match, group = said[0]
        found = facts.text.found(_act_of(match[group]), match.start(group), match.end(group))
        return found, bool(stated)
    for own_words_only in (True, False):
        named = _most_named(facts, quoted if own_words_only else None, own=own_words_only)
        if named is not None:
            return named, False
    for section in facts.sections():
        for act, pattern in _SECTIONS:
            if pattern.match(section.value):
                return Found(act, section.snippet, section.span), False
    return None, False
