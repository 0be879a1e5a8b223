"""Where a letter quotes the request back without quotation marks.

Letters restate what was asked under a line that introduces it ("You have asked the
following:", "I refer to your request … for the following information:") and then speak
again ("We have decided…", "In response…"). The words between are the requester's: an ask
in them is not the agency asking to clarify (s 15(1AA)), and a number in them was written
before the agency registered the request, so it is not the agency's reference for it.
"""

from __future__ import annotations

import re
from functools import lru_cache

from oiaassist.reading.author.zones import CLOSING

__all__ = ["in_quoted_request", "quoted_request_spans"]

_REQUEST_INTRO = re.compile(
    r"\b(?:asked|requested|request(?:ing)?|following(?:\s+information)?|as\s+follows|respond\s+to"
    r"|wrote|questions?)\b[^.\n]{0,90}:[^\S\n]*\n",
    re.IGNORECASE,
)
"""A line that introduces the request quoted back ("You have asked the following:", "I would
like to request the following information:", "We ask that you respond to:")."""
_AGENCY_RESUMES = re.compile(
    r"^[^\S\n]*(?:We|Our|In\s+response|Response|My\s+response|I\s+(?:have|am|will|can|must"
    r"|refer|note|consider|decided)|Please\s+(?:note|find)|Thank|Your\s+request|The\s+(?:Ministry"
    r"|Council|Department|University|Commission|Authority|Agency|information))\b",
    re.MULTILINE,
)
"""A line where the agency speaks again after the request it quoted."""
_COLON_AT_LINE_END = re.compile(r":[^\S\n]*\n")
QUOTED_SPAN = 1500
"""How far a quoted request may run (bounded: a hostile text is not one long quote)."""


def in_quoted_request(original: str, at: int) -> bool:
    """Whether offset ``at`` of ``original`` lies in a request the letter quotes back.

    The request's own asks ("please amend my calculations", "Can you please confirm if this is
    correct?") listed under "You have asked the following:" (dev fyi-4102, fyi-11149,
    fyi-22029, fyi-29069), and the numbers of earlier requests it cites ("1. Further to
    Callaghan's response to OIA request 2016-OIA-15", silver dev s14362-1).
    """
    return any(start <= at < end for start, end in quoted_request_spans(original))


@lru_cache(maxsize=8)
def quoted_request_spans(original: str) -> tuple[tuple[int, int], ...]:
    """Each quoted request: from its introduction's end to where the agency speaks again.

    At most :data:`QUOTED_SPAN` characters from the introduction; found once per text (a
    finder asks for many offsets of one letter).
    """
    spans = []
    for colon in _COLON_AT_LINE_END.finditer(original):
        # the introduction ends its line with a colon: look only at the words before it
        intro = _REQUEST_INTRO.search(original, max(0, colon.start() - 120), colon.end())
        if intro is None:
            continue
        limit = min(len(original), intro.start() + QUOTED_SPAN)
        ends = [
            m.start()
            for m in (
                # not on the quote's own first line: a request may open "Thank you for your
                # recent OIA reply, OIAD-2806 …" (DOC, dev fyi-22646-doc-release)
                _AGENCY_RESUMES.search(original, _first_line_end(original, intro.end()), limit),
                # a sign-off ends it, whoever signs: the requester's own "Yours faithfully,
                # [name]" closes it, and a footer below is the agency's again (silver dev
                # s18188-1: the Ministry for Women's reference under the quoted request)
                CLOSING.search(original, intro.end(), limit),
            )
            if m is not None
        ]
        end = min(ends, default=limit)
        if end > intro.end():
            spans.append((intro.end(), end))
    return tuple(spans)


def _first_line_end(original: str, at: int) -> int:
    """The end of the first line holding words at or after ``at`` (the quote's opening line)."""
    start = at
    while start < len(original) and original[start] in " \t\r\n":
        start += 1
    end = original.find("\n", start)
    return len(original) if end < 0 else end
