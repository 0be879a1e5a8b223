r"""The agency's reference for the request, where the letter gives it.

Agencies number requests in registers of their own ("OIA-2024/25-0502", "IR-01-25-19467",
"DOIA 23-012", "HNZ00034115", "LGOIMA 415711", "CAS-154735-W3W6K2", "OIR: 2324/724"), and a
new agency's register will not be in any list. So the reference is not looked up by its
format: every token with the shape of a register's number is a candidate
(:mod:`.candidates`), described by features that hold for any agency — its label ("Our
ref", "Reference number", "Tohutoro", "File", "Request No."), whose it is ("Your ref",
FYI's request number, "your previous request"), its shape (letters before the number,
digit groups, length), its place (letterhead, subject line, the body's opening, the
signature block, an email quoted below) and whether it repeats — and weighed
(:mod:`.score`, weights fitted on the development letters by leave-agency-out
cross-validation in ``benchmarks/fit_reference.py``). The best candidate is taken only
when it clearly wins; otherwise the reference is left unknown.
"""

from __future__ import annotations

import re

from oiaassist.reading.reference.candidates import Candidate, candidates
from oiaassist.reading.reference.score import choose, contest, ranked
from oiaassist.reading.text import ClosedGaps, Found, LetterText, close_gaps

__all__ = ["find_reference", "searched"]


def find_reference(text: LetterText, heading: int) -> Found[str] | None:
    """The agency's reference (see the module), ``heading`` where the salutation starts.

    Read in the letter's lines with a justified line's gaps closed ("OIA  27621" is the
    token "OIA 27621"); the span found is the letter's own.
    """
    closed = close_gaps(text.original)
    winner = choose(ranked(contest(_candidates(closed, heading))))
    if winner is None:
        return None
    value = winner.value.lstrip("# ")  # "Request #12345": the sign is the label's
    start, end = winner.span[1] - len(value), winner.span[1]
    # one letter answering two requests of the same register: "Our ref: OIA 104272 & 104278"
    # (dev fyi-22589-moj-decision) — the reference is both numbers, as printed
    joined = _SECOND_NUMBER.match(closed.text, end)
    if joined and len(joined.group("number")) == len(_last_number(value)):
        value, end = value + joined.group(0), joined.end()
    elif _ANOTHER_NUMBER.match(closed.text, end):
        # "OIA request 25/26 0044 and 2526/0055" (fyi-31534): two requests answered at once, in
        # two registers' shapes; which is this request's the letter does not say
        return None
    return Found(value, winner.line, (closed.original(start), closed.original(end - 1) + 1))


def searched(original: str, heading: int) -> list[Candidate]:
    """The candidates of ``original`` as :func:`find_reference` weighs them (gaps closed)."""
    return _candidates(close_gaps(original), heading)


def _candidates(closed: ClosedGaps, heading: int) -> list[Candidate]:
    return candidates(closed.text, closed.closed(heading))


_ANOTHER_NUMBER = re.compile(r"[ ]?(?:&|and)[ ]+[A-Z]{0,6}[-/ ]?\d[\w/.-]*\d\b")
"""A second reference-shaped number joined to the first ("… 0044 and 2526/0055")."""
_SECOND_NUMBER = re.compile(r"[ ]?(?:&|and)[ ](?P<number>\d{4,})(?![\w/.-]\w)")


def _last_number(value: str) -> str:
    """The number's trailing digits ("OIA 104272" → "104272")."""
    found = re.search(r"\d+$", value)
    return found.group(0) if found else ""
