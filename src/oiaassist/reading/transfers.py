"""A letter's transfer: the request sent on to another agency, or received from one.

OIA s 14 and LGOIMA s 12 let an agency transfer a request (or part of it) to
the body that holds the information or whose functions it is closer to, within
10 working days of receipt (extendable under OIA s 15A(1)). A letter speaks of
a transfer in one of two directions, and the reader must tell them apart:

* **out** — this agency transferred it: "we have transferred your request to
  X", "I have decided to transfer questions 1 and 2 to X", "Notice of the
  transfer of your request to X" (:func:`transfer`);
* **in** — this agency is the transferee: "your request was transferred to us
  by X on D", "transferred to my Office by the Ministry of Health on D"
  (:func:`transferred_in`, :func:`transferred_from`). The author is then the
  transferee, and the transferee's 20 working days run from the day *it*
  received the transfer (s 14, s 15(1)).

A letter that merely mentions a transfer ("we may transfer", "we have not
transferred it", "you may ask us to transfer", "the transfer of your request
from X to Y" asked about by the requester) is no transfer. The body
transferred to is named as the letter names it, then put in the directory's
terms where the letter wraps it ("the office of the Minister of X", "Hon A B,
Minister of X", "Ministry of Business, Innovation and Employment"), so a
transfer can be compared with a tracked request.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import date

from oiaassist.agencies import find
from oiaassist.errors import OiaAssistError
from oiaassist.reading import phrases as ph
from oiaassist.reading.author.names import in_directory, longer_directory_name
from oiaassist.reading.facts import Facts, TransferFound
from oiaassist.reading.story import opening_date
from oiaassist.reading.text import Found

__all__ = ["decided_here", "deciding_after", "transfer", "transferred_from", "transferred_in"]

_THING = (
    r"(?:requests?|questions?|e-?mails?|correspondence|enquiry|inquiry|application|query|queries"
    r"|OIA|LGOIMA)"
)
"""What an agency transfers: the request, or the thing the request was made in ("your
email", "your questions"): the act is the same (OIA s 14, LGOIMA s 12)."""
_WHAT_REQUEST = (
    rf"(?P<what>(?:your|the|this|that|these|those)\s+(?:[\w'’-]+\s+){{0,4}}?{_THING}|it|(?:part"
    r"|parts|some|all|items?|questions?)(?:\s+[\w,]+){0,4}?(?:\s+of)?(?:\s+your)?(?:\s+request)?)"
)
_DECIDED_TO = (
    r"decided\s+(?:,?\s*(?:under|in\s+accordance\s+with|pursuant\s+to|in\s+terms\s+of)\s+"
    r"(?:(?!\b(?:not|never)\b)[^.;]){1,90}?,?\s+)?to\s+"
)
""""decided to", or decided under the section that allows it ("I have decided under section
14(b)(i) of the Official Information Act to transfer your request", dev fyi-31793)."""
_ADVERBS = r"(?:(?:(?!(?:not|only)\b)\w+ly|now|also|therefore|today|already|since)\s+){0,2}"
"""Adverbs between the auxiliary and "transferred" ("has today been transferred", "was
subsequently transferred"): any "-ly" word but a negation's."""
_GENERIC = (
    r"(?:(?:the|another|an)\s+(?:(?:appropriate|relevant|correct|right|responsible|other)\s+)?"
    r"(?:agency|organi[sz]ation|department|body|entity|public\s+(?:service\s+)?agency)\s*[,(–—-]\s*"
    r"(?:namely\s+)?|(?:our\s+)?colleagues\s+(?:at|in)\s+)?"
)
"""A kind of body named before the body itself: "to the appropriate agency, the Ministry of
Health", "to another agency (Ministry of Health)", "to our colleagues at …"."""
TRANSFER = (
    # we have transferred your request to the Ministry of Health
    ph.phrase(
        rf"\b(?:have\s+|has\s+|had\s+)?(?:{_DECIDED_TO}|will\s+be\s+|are\s+|am\s+|is\s+)?"
        rf"transfer(?:red|ring)?\s+{_WHAT_REQUEST},?\s+(?:[^.;]{{0,80}}?\s)??to\s+{_GENERIC}(?:the\s+)?"
        r"(?:office\s+of\s+(?:the\s+)?)?<AGENCY>"
    ),
    # your request has been transferred to NZ Police
    ph.phrase(
        rf"\b(?P<what>(?:your|the|this)\s+(?:[\w'’-]+\s+){{0,4}}?{_THING}|part\s+of\s+your\s+request"
        r"|parts\s+of\s+your\s+request|(?:questions?|items?|parts?|points?)\s+\d[\w,&\s-]{0,20}?)"
        rf"\b[^.;]{{0,100}}?\b(?:(?:has|have)\s+{_ADVERBS}been|was|were|is\s+being|will\s+be)\s+"
        rf"{_ADVERBS}transferred,?\s+(?:[^.;]{{0,70}}?\s)??to\s+{_GENERIC}"
        r"(?:the\s+)?(?:office\s+of\s+(?:the\s+)?)?<AGENCY>"
    ),
)
TRANSFER_PART_FIRST = ph.phrase(
    r"\b(?P<what>(?:the\s+)?(?:final|last|first|second|third|remaining|other)\s+(?:part|parts"
    r"|questions?|items?)|(?:parts?|questions?|items?)\s+\d[\w,&\s-]{0,20}?)\s+(?:I|we)\s+"
    r"(?:have\s+)?(?:also\s+)?transferred\s+to\s+(?:the\s+)?(?:office\s+of\s+(?:the\s+)?)?<AGENCY>"
)
"""A part named before the verb ("… and the final part I have transferred to X")."""
TRANSFER_FORWARDED = (
    # your request has been forwarded to the Department of Conservation (a directory body only:
    # "forwarded to the OIA Team" is no transfer)
    ph.phrase(
        rf"\b(?P<what>(?:your|the|this)\s+(?:[\w'’-]+\s+){{0,4}}?{_THING})\b[^.;]{{0,60}}?\b(?:(?:has"
        r"|have)\s+(?:now\s+|also\s+)?been|was|is\s+being|will\s+be)\s+(?:(?:now|also|therefore|accordingly"
        r"|already)\s+)?(?:forwarded|referred|passed\s+on)\s+to\s+(?:the\s+)?(?:office\s+of\s+(?:the"
        r"\s+)?)?<AGENCY>"
    ),
    ph.phrase(
        r"\b(?:we|I)\s+have\s+(?:(?:now|also|therefore|accordingly|already)\s+)?(?:forwarded"
        rf"|referred|passed)\s+(?P<what>your\s+(?:[\w'’-]+\s+){{0,3}}?{_THING})\s+(?:on\s+)?to\s+"
        r"(?:the\s+)?<AGENCY>"
    ),
)
"""A transfer in plainer words, counted only when the body is in the agency directory."""
TRANSFER_SENT = (
    ph.phrase(
        rf"\b(?P<what>(?:your|the|this)\s+(?:[\w'’-]+\s+){{0,4}}?{_THING})\b[^.;]{{0,60}}?\b(?:(?:has"
        r"|have)\s+(?:now\s+|also\s+)?been|was|is\s+being|will\s+be)\s+(?:(?:now|also|therefore"
        r"|accordingly|already)\s+)?(?:passed|sent(?:\s+on)?|re-?directed|handed\s+(?:on|over)"
        r"|directed)\s+to\s+(?:the\s+)?(?:office\s+of\s+(?:the\s+)?)?<AGENCY>"
    ),
    ph.phrase(
        r"\b(?:we|I)\s+have\s+(?:(?:now|also|therefore|accordingly|already)\s+)?(?:sent|re-?directed"
        rf"|handed)\s+(?P<what>your\s+(?:[\w'’-]+\s+){{0,3}}?{_THING})\s+(?:on\s+|over\s+)?to\s+"
        r"(?:the\s+)?<AGENCY>"
    ),
)
"""A request "passed", "sent", "redirected" or "handed over" to a body: words also used of a
copy sent for information or a consultation, so counted only when the sentence gives the
transfer's statutory footing — section 14 (OIA) or 12 (LGOIMA), or a ground of it (the body
holds the information, or will respond) — and the body is in the directory."""
_TRANSFER_FOOTING = re.compile(
    r"\b(?:section|s\.?)\s*1[42]\b|\btransfer|\bhold(?:s|ing)?\b[^.;]{0,30}\binformation"
    r"|\bheld\s+by\b|\bclosely\s+connected\b|\bfunctions\s+of\b|\bfor\s+(?:(?:their|its|a"
    r"|direct|further)\s+)*(?:response|reply|answer|consideration|decision)\b"
    r"|\bto\s+(?:respond|reply|answer|consider|decide)\b|\bbetter\s+placed\b",
    re.IGNORECASE,
)
"""What makes "sent to X" a transfer (OIA s 14, LGOIMA s 12): the section, or its grounds."""
TRANSFER_TO_THEM = ph.phrase(
    rf"\b(?:transfer(?:red|ring)?|(?:have|has)\s+(?:forwarded|referred|passed))\s+{_WHAT_REQUEST}"
    r"\s+(?:on\s+)?to\s+(?:them|it|the\s+latter|(?:that|their)\s+(?:agency|organisation"
    r"|Ministry|department|office|Minister|council))\b"
)
"""A transfer whose target is a pronoun ("… and have therefore transferred your request to
them", "to their agency", dev fyi-25075): the body is the last one the letter named before it
(:func:`_named_before`)."""
_NAME = ph.phrase(r"\b(?:the\s+)?<AGENCY>")
NOT_A_TRANSFER = re.compile(
    r"\b(?:not|never|no\s+longer|unable\s+to|cannot|decided\s+against)\b"
    r"|\b(?:consider(?:ed|ing)?\s+(?:\w+\s+){0,3}?transfer|whether|instead\s+of|rather\s+than"
    r"|you\s+(?:can|could|may|might)|ask(?:ed)?\s+(?:us|that|to)|been\s+asked"
    r"|transferred\s+to\s+(?:us|me|this)\b|to\s+us\s+(?:from|by)|from\s+(?:the\s+)?(?-i:[A-Z]))",
    re.IGNORECASE,
)
"""Words that make a sentence about a transfer something other than this agency transferring
(whole words: "Notice of transfer" is not "not")."""
TRANSFER_DATE = ph.phrase(
    r"\b(?:transfer\w*|forwarded|referred|passed\s+on)\b(?:(?!\b(?:received|dated|made|sent|lodged"
    r"|submitted)\s+on\b)[^.;]){0,120}?"
    r"\bon\s+<DATE>"
)
"""The day of a transfer, in its sentence (not "your request, received on 3 March, …")."""

_WHAT_NOUN = (
    r"(?P<what>(?:part|parts|some|all|items?|questions?)(?:\s+[\w,]+){0,4}?\s+of\s+(?:your|the|this)"
    r"\s+(?:[\w'’-]+\s+){0,3}?request|(?:your|the|this)\s+(?:[\w'’-]+\s+){0,4}?request)"
)
TRANSFER_NOUN = ph.phrase(
    rf"\btransfer\s+of\s+{_WHAT_NOUN},?\s+(?:[^.;]{{0,80}}?\s)??to\s+(?:the\s+)?"
    r"(?:office\s+of\s+(?:the\s+)?)?<AGENCY>"
)
"""The noun: "Notice of transfer of your request to X", "the transfer of part of your
request to X" (an outgoing transfer unless the sentence says it came "from" another)."""

_INCOMING_WHAT = (
    r"(?:(?:(?:part|parts|some)\s+of\s+)?(?:your|the|this)\s+(?:[\w'’-]+\s+){0,2}?request\s+"
    r"|(?:part\s+of\s+)?it\s+)?"
)
_SELF_PLACE = (
    r"(?:us|me|(?:my|our|this)\s+(?:office|Ministry|department|agency|Council|organisation)"
    r"|the\s+(?-i:Ministry|Council|University|Department|Office|Commission|Authority|Agency|Board"
    r"|Service)(?!\s+(?:of|for)\b|\s+(?-i:[A-Z])))"
)
"""Where a request transferred in arrives: "us", "my Office", or this agency named by its
kind alone ("the Ministry", "the University")."""

TRANSFERRED_IN_ON = (
    # Thank you for your request under the OIA transferred from Health New Zealand on 29 July
    # 2022 (DPMC, FYI request 20074); "your email transferred from …" (dev fyi-8961): any thing
    # a request is made in
    ph.phrase(
        rf"\b{_THING}\b[^.;]{{0,80}}?\btransferred\s+(?:in\s+(?:full|part)\s+)?(?:to\s+(?:us|me)\s+)?"
        r"from\s+[^.;]{1,60}?\bon\s+<DATE>"
    ),
    # On 5 March 2025 the Ministry of Health transferred part of your request to us
    ph.phrase(
        rf"\bOn\s+<DATE>,?\s+[^.;]{{0,80}}?\btransferred\s+{_INCOMING_WHAT}(?:in\s+(?:full|part)\s+)?"
        rf"to\s+{_SELF_PLACE}"
    ),
    # The Ministry of Health transferred part of your request to us on 5 March 2025; your
    # request … was transferred to the University on 5 March 2025
    ph.phrase(
        rf"\btransferred\s+{_INCOMING_WHAT}(?:in\s+(?:full|part)\s+)?to\s+{_SELF_PLACE}"
        r"[^.;]{0,80}?\bon\s+<DATE>"
    ),
    # Thank you for your e-mail of 20 October 2024 to the Ministry of Health which they
    # transferred to Health NZ on 22 October 2024 (dev fyi-28832): a third person transferred
    # it, to the author
    ph.phrase(
        r"\b(?:which|who)\s+(?:they|it)\s+(?:then\s+|subsequently\s+|later\s+)?transferred\s+"
        r"(?:it\s+)?to\s+[^.;]{1,60}?\bon\s+<DATE>"
    ),
    # Your request was transferred to Te Whatu Ora on 2 May 2024 from the Ministry of Health
    ph.phrase(
        r"\b(?:was|were|been)\s+(?:(?:partially|partly|fully|subsequently|formally|then|also|since)\s+)?transferred\s+to\s+[^.;]{1,60}?\bon\s+<DATE>,?\s+from\s+(?:the\s+)?"
        r"(?-i:[A-ZĀĒĪŌŪ])"
    ),
    # We received the transfer of your request from the Ministry of Health on 8 May 2024 (the
    # noun of the phrase above it, the day after the body)
    ph.phrase(
        r"\btransfer\s+of\s+(?:part\s+of\s+)?(?:your|the|this)\s+(?:[\w'’-]+\s+){0,2}?request\s+"
        r"from\s+[^.;]{1,60}?\bon\s+<DATE>"
    ),
    # On 27 April 2023 the Department of Internal Affairs (the Department) received a part of
    # your request as a transfer from the Office of Hon … (dev fyi-22460-dia-decision)
    ph.phrase(
        r"\bOn\s+<DATE>,?\s+[^.;]{0,120}?\breceived\s+(?:a\s+)?(?:part\s+of\s+)?(?:your|the|this)\s+"
        r"(?:[\w'’-]+\s+){0,2}?request\s+(?:as\s+a\s+|by\s+(?:way\s+of\s+)?)(?:partial\s+)?transfer\b"
    ),
    # We received your request on 5 March 2025, following its transfer from the Ministry
    ph.phrase(
        r"\breceived\b[^.;]{0,60}?\bon\s+<DATE>,?\s+(?:following|after|on|upon|by\s+way\s+of)\s+"
        r"(?:its\s+|the\s+|a\s+)?(?:partial\s+)?transfer\b"
    ),
)
"""Incoming transfers the older phrases (:data:`.phrases.TRANSFERRED_IN`) miss."""

TRANSFERRED_FROM = (
    # … transferred to us by the Ministry of Health; … referred from Whaikaha
    ph.phrase(
        r"\b(?:transferred|referred|forwarded)\s+(?:in\s+(?:full|part)\s+)?(?:to\s+(?:us|me"
        r"|(?:my|our|this)\s+(?:office|Ministry|department|agency|Council|organisation))\s+)?"
        r"(?:from|by)\s+(?:the\s+)?<AGENCY>"
    ),
    # … following its transfer from the Ministry of Health (the noun)
    ph.phrase(
        r"\b(?:following|after|on|upon|by\s+way\s+of)\s+(?:its\s+|the\s+|a\s+)?(?:partial\s+|full\s+)?"
        # "by way of full transfer pursuant to section 14(b)(i) of the Act from the Department
        # of the Prime Minister and Cabinet" (fyi-31534)
        r"transfer\s+(?:(?:pursuant\s+to|under)\s+(?:section|s)\s*14[\w()]*(?:\s+of\s+the\s+Act)?\s+)?"
        r"from\s+(?:the\s+)?<AGENCY>"
    ),
    # The Ministry of Health transferred (part of) your request to us: the name is read
    # backwards from "transferred" (:data:`_NAME_BEFORE`), so a long run of capitalised
    # words costs one pass, not one per word
    ph.phrase(
        rf"\btransferred\s+{_INCOMING_WHAT}(?:in\s+(?:full|part)\s+)?to\s+(?:us|me|(?:my|our"
        r"|this)\s+(?:office|Ministry|department|agency|Council|organisation))\b"
    ),
)
"""The body that transferred the request to this one ("transferred to us by X",
"X transferred your request to us"), with or without a date."""
_TOPIC_MOVED = re.compile(
    r"\brequest\s+(?:for|about|on|regarding)\s+(?!(?:official\s+)?information\b|the\s+information\b)"
    r"(?:(?!\b(?:was|were|been|is|are|being|has|have|had)\b)[^.;]){1,60}$",
    re.IGNORECASE,
)
"""A request's topic that was itself moved: "Request for profits transferred by Lotto New
Zealand to the Lottery Grants Board" (a subject line, fyi-18371) tells what the request is
about, not that the request was transferred; "your request for information … was
transferred" keeps its auxiliary and is a transfer."""
_NAME_BEFORE = ph.phrase(r"(?:the\s+)?<AGENCY>\s+(?:has\s+|have\s+|had\s+)?$")
"""The body named just before "transferred" (searched in a bounded window)."""

_PORTFOLIO = re.compile(
    r"(?:Rt\.?\s+)?Hon\.?\s+[A-ZĀĒĪŌŪ][\w'’.-]*(?:\s+[A-ZĀĒĪŌŪ][\w'’.-]*){0,3}?\s*[,(–—-]?\s*"
    # "the Hon Paul Goldsmith, as the Minister for Treaty of Waitangi Negotiations" (dev fyi-31705)
    r"(?:(?:as|in\s+(?:his|her|their)\s+(?:role|capacity)\s+as)\s+(?:the\s+)?)?"
    r"(?P<role>(?:Associate\s+)?(?:Prime\s+)?Minister(?:\s+(?:(?:Responsible\s+)?for|of)\s+(?:the\s+)?"
    r"[A-ZĀĒĪŌŪ][\w'’-]*"
    r"(?:\s+(?:and\s+|&\s+|of\s+(?:the\s+)?)?[A-ZĀĒĪŌŪ][\w'’-]*)*)?)"
)
"""'Hon Erica Stanford, Minister of Education': the Minister is the portfolio, not the person
(the directory lists Ministers by portfolio)."""

_ANOTHER_REQUEST = re.compile(
    r"\b(?:another|other|separate|additional|different)\s+(?:[\w-]+\s+)?requests?\b", re.IGNORECASE
)
"""A request other than the one the letter answers ("an additional request transferred …")."""

_INTERNAL = re.compile(r"\b(?:Team|Unit|Desk|Directorate|Division|Branch|Business\s+Group)$")
_INTERNAL_AFTER = re.compile(
    r"\s+(?:team|unit|desk|directorate|division|branch|business\s+group)\b"
)
"""A team or unit inside the agency: a request routed to it is not transferred (s 14 is
a transfer to another agency, Minister or local authority)."""

_FROM_LATER = re.compile(r"[^.;,()]{0,40}?\sfrom\s+(?:the\s+)?(?-i:[A-ZĀĒĪŌŪ])", re.IGNORECASE)
"""Later in a transfer's clause, the body it came from: the transfer was into the letter's
author (the transferee), not out of it."""

_SELF = re.compile(
    r"(?:Ministry|Council|University|Department|Office|Commission|Authority|Agency|Board"
    r"|Service|Trust|Corporation|Company|Institute|Polytechnic|Minister|Organisation)"
)
"""A body named by its kind alone ("the Ministry", "the University"): a letter's name for
itself, never another agency's (a transfer "to the Ministry" is a transfer to this one)."""

_SOME_OF = re.compile(r"\b(?:most|part|parts|some|one|two|three|several)\s+of\s+$", re.IGNORECASE)
"""Words just before "your request was transferred" that make it a part transfer."""

_DONE_TRANSFER = re.compile(
    r"\b(?:have|has|we|I)\s+(?:now\s+|therefore\s+|already\s+)?transferred\b", re.IGNORECASE
)


def transferee_name(flat: str, start: int, written: str) -> tuple[str, int]:
    """The body at ``start`` whose capitalised words are ``written``, in the directory's terms.

    Returns the name and where its words end in ``flat``.
    """
    end = start + len(written)
    if re.match(r"[-‐][A-ZĀĒĪŌŪ]", flat[end : end + 2]):
        # "Thames-Coromandel District Council": a hyphen joins the words of one name
        hyphened = _HYPHENED.match(flat, start)
        if hyphened is not None:
            written = hyphened.group()
    named = re.split(r"\.\s", written)[0]  # "… Agency. As we …": the name ends
    # "the Minister of Education Hon A B": the portfolio, not the person after it
    named = re.split(r"\s+(?:Rt\.?\s+)?Hon\.?\s", named)[0]
    # "the Prime Minister’s Office": the Minister (dev fyi-18810's words)
    named = re.sub(r"['’]s(?:\s+Office)?$", "", named.rstrip(".,"))
    name = re.sub(r"(?:\s+(?:of|for|and|the|on|&|te|o|a|ki|me))+$", "", named)
    if name.startswith("The ") and in_directory(name[4:]):
        name, start = name[4:], start + 4  # "The Department of …" opening a sentence
    minister = _PORTFOLIO.match(flat, start)
    if minister is not None:
        # "Minister of Science, Innovation and Technology": a portfolio with a comma in it
        role_at = minister.start("role")
        longer = longer_directory_name(flat, role_at, minister["role"])
        if longer != minister["role"]:
            return longer, role_at + len(longer)
        words = minister["role"].split(" ")
        for n in range(len(words), 0, -1):
            if in_directory(" ".join(words[:n])):
                return " ".join(words[:n]), minister.end()
        return minister["role"], minister.end()
    longer = longer_directory_name(flat, start, name)
    return _directory_part(longer), start + len(longer)


_NAME_PARTS = re.compile(r"\s+[–—|/-]\s+|\s*[—|]\s*")
"""What joins a body's two names ("Te Whatu Ora - Health New Zealand", "Health New Zealand |
Te Whatu Ora")."""


_MOST_WORDS = 12
"""The most words of a written name whose parts are looked up in the directory."""


def _directory_part(name: str) -> str:
    """``name``, or the part of it the directory knows where only a part is a body's name.

    A dual name joined by a dash or bar ("Te Whatu Ora – Health New Zealand"), or a name
    followed by its other name ("NZ Transport Agency Waka Kotahi", "Te Manatū Waka Ministry
    of Transport"): the first part, else the longest leading words (at least two), else the
    longest trailing words, that name a directory body. A name the directory
    does not know at all is kept as written (a body not listed yet).
    """
    if in_directory(name):
        return name
    for part in _NAME_PARTS.split(name):
        if part != name and in_directory(part):
            return part
    words = name.split(" ")
    if len(words) > _MOST_WORDS:
        return name  # no body's name is this long: a run of capitals, not worth the look-ups
    for n in range(len(words) - 1, 1, -1):
        if in_directory(" ".join(words[:n])):
            return " ".join(words[:n])
    for n in range(1, len(words) - 1):  # "Te Manatū Waka Ministry of Transport": its other name
        tail = " ".join(words[n:])
        if words[n][:1].isupper() and words[n] != "The" and in_directory(tail):
            return tail
    return name


def _named_before(facts: Facts, at: int) -> tuple[int, str, int] | None:
    """The last directory body named in the sentence before ``at`` or the one before it.

    "… more closely connected with the functions of the Ministry of Justice. We have
    therefore transferred your request to them": the Ministry of Justice.
    """
    s_start, _end = facts.text.sentence(at)
    p_start, _p_end = facts.text.sentence(max(0, s_start - 2))
    p_start = max(p_start, at - 2 * _WINDOW)
    last: tuple[int, str, int] | None = None
    last_id = ""
    for match in _NAME.finditer(facts.flat, p_start, at):
        start, name, end = _known_tail(facts.flat, match.start("agency"), match["agency"])
        body = _directory_id(name)
        if body and body != last_id:  # "… Trade (MFAT)": the same body, first named in full
            last, last_id = (start, name, end), body
    return last


def _known_tail(flat: str, at: int, written: str) -> tuple[int, str, int]:
    """The body named by capitalised words ``written`` at ``at``: where, what, where it ends.

    "Dear Sam The Department of …": a greeting run into the name (no full stop after
    it); the body is the longest tail of the words that the directory knows, else the
    words as written ("Associate Minister of Health" is not cut to another Minister).
    """
    if _GREETING.match(written) and not in_directory(written):
        for cut in (m.end() for m in re.finditer(r"\s+", written)):
            name, end = transferee_name(flat, at + cut, written[cut:])
            if in_directory(name):
                return at + cut, name, end
    name, end = transferee_name(flat, at, written)
    return at, name, end


_HYPHENED = re.compile(
    r"[A-ZĀĒĪŌŪ][\w'’.&-]*(?:\s+(?:(?:of|for|and|the|on|o|te|a|ki|me|&)\s+)*[A-ZĀĒĪŌŪ][\w'’.&-]*)*"
)
"""A name whose words may be joined by hyphens ("Manawatū-Whanganui Regional Council")."""

_WINDOW = 300
"""Characters looked back from a transfer phrase for its sentence's other words: enough
for any real sentence, and a bound on the work a hostile text can cause."""

_GREETING = re.compile(r"(?:Dear|Kia\s+ora|Tēnā|Tena|Tçnâ|Mōrena|Morena|Hi|Hello|Good)\b")
"""A greeting a name can run on from (the heading has no full stop)."""


def _directory_id(name: str) -> str:
    """The directory id of the body ``name`` names, "" if none."""
    try:
        return find(name.strip().rstrip(".,")).id
    except OiaAssistError:
        return ""


_CLAUSE_END = re.compile(
    r"[,;:]\s|\s(?:and|so|therefore|accordingly|consequently|hence)\s(?!(?:we|I)\s+(?:have\s+)?not\b)",
    re.IGNORECASE,
)
"""Where a clause ends: a negation before it belongs to another act ("As the office does not
hold this information, I have transferred your request to …": the ground, s 14(b)(i))."""


_NEGATION = re.compile(r"\b(?:not|never|no\s+longer|unable\s+to|cannot)\b", re.IGNORECASE)


def _next_clause_end(flat: str, at: int, stop: int) -> int:
    """Where the clause holding ``at`` ends (at most ``stop``)."""
    end = _CLAUSE_END.search(flat, at, stop)
    return end.start() if end is not None else stop


def _clause_start(flat: str, s_start: int, match: re.Match[str]) -> int:
    """Where the clause holding a transfer phrase begins (after the last clause end before it).

    Only the words before the phrase are looked at: its own words ("your request, in full,
    to …") do not end its clause.
    """
    ends = [m.end() for m in _CLAUSE_END.finditer(flat, s_start, max(s_start, match.start()))]
    return ends[-1] if ends else s_start


def _comes_in(flat: str, end: int, s_end: int) -> bool:
    """Whether the words after a transfer's body say where it came from (so it came in).

    "transferred to Kāinga Ora from the Ministry of …", "… by the Ministry", "transferred
    to Te Whatu Ora on 2 May 2024 from the Ministry of Health": the body named is the
    letter's author, the transferee.
    """
    if re.match(r"\s+(?:from|by\s+(?!us\b|me\b))", flat[end : end + 12]):
        return True
    return _FROM_LATER.match(flat, end, min(s_end, end + 60)) is not None


TRANSFER_TO_LIST = ph.phrase(
    rf"\btransfer(?:red|ring)?\s+{_WHAT_REQUEST}\s+to\s+the\s+following\s+(?:\w+\s+)?"
    r"(?:agencies|councils|organisations|bodies|authorities|Ministries|departments|Ministers)\s*:"
)
"""A transfer to bodies listed after a colon, one a line ("… we have transferred that part of
your request to the following councils: Christchurch City Council - [email address] …", dev
fyi-11849-ecan-transfer)."""
_LISTED_MOST = 8
_LIST_ITEM = ph.phrase(r"\s*(?:[•▪●◦*–-]\s*)?(?:the\s+)?<AGENCY>")
_ITEM_REST = re.compile(
    r"\s*(?:[-–—:,;]\s*)?(?:\[[^\]\n]{0,40}\]|\S+@\S+)?\s*(?:[,;]\s*)?(?:and\s+)?",
    re.IGNORECASE,
)
"""What follows a listed body before the next: its address ("- [email address]"), a comma."""


def _listed(facts: Facts) -> list[TransferFound]:
    """The directory bodies a transfer to "the following councils:" lists, in order."""
    for match in facts.matches(TRANSFER_TO_LIST, 0, len(facts.flat)):
        s_start, _s_end = facts.text.sentence(match.start())
        clause = facts.flat[_clause_start(facts.flat, s_start, match) : match.start()]
        if _NEGATION.search(clause) or _MAYBE.search(clause):
            continue
        found: list[TransferFound] = []
        seen: set[str] = set()
        at = match.end()
        for _ in range(_LISTED_MOST):
            named = _LIST_ITEM.match(facts.flat, at)
            if named is None:
                break
            name, end = transferee_name(facts.flat, named.start("agency"), named["agency"])
            body = _directory_id(name)
            if not body:
                break
            if body not in seen:
                seen.add(body)
                found.append(
                    TransferFound(
                        to_agency=facts.text.found(name, named.start("agency"), end),
                        on=facts.letter_date,
                        date_stated=False,
                        partial=True,
                    )
                )
            rest = _ITEM_REST.match(facts.flat, end)
            at = rest.end() if rest is not None else end
        if found:
            return found
    return []


def transfer(facts: Facts) -> TransferFound | None:
    """A transfer of the request to another agency (OIA s 14, LGOIMA s 12).

    Parts of one request may go to different bodies ("questions 1-3 to X, and the final
    part to Y"): then the transferee is every body, in the directory's spelling, joined
    by "; " (the first transfer's day stands for all).
    """
    found = [*_transfers_out(facts), *_parts_elsewhere(facts)] or _listed(facts)
    if not found:
        return _transfer_by_grounds(facts)
    first = found[0]
    bodies: dict[str, str] = {}
    for moved in found:
        body = _directory_id(moved.to_agency.value)
        bodies.setdefault(body or moved.to_agency.value, moved.to_agency.value)
    if len(bodies) < 2 or not any(m.partial for m in found):
        return first
    names = [find(name).name if in_directory(name) else name for name in bodies.values()]
    joined = Found("; ".join(names), first.to_agency.snippet, first.to_agency.span)
    return TransferFound(to_agency=joined, on=first.on, date_stated=first.date_stated, partial=True)


_AND_PART_TO = ph.phrase(
    r"[^.;]{0,120}?\b(?:and|while|with)\s+(?:the\s+)?(?:(?:final|last|remaining|other|fourth|third"
    r"|second)\s+)?(?:parts?|questions?|items?|points?)\b[^.;]{0,40}?\bto\s+(?:the\s+)?<AGENCY>"
)
"""A second part sent elsewhere without its own verb: "I have transferred questions 1 and 2
to X, and question 3 to Y" (s 14 lets each part go to the body it concerns)."""


def _parts_elsewhere(facts: Facts) -> Iterator[TransferFound]:
    """The bodies other parts go to, told after a part transfer in the same sentence."""
    for match in facts.matches(TRANSFER[1], 0, len(facts.flat)) + facts.matches(
        TRANSFER[0], 0, len(facts.flat)
    ):
        _s_start, s_end = facts.text.sentence(match.start())
        more = _AND_PART_TO.match(facts.flat, match.end(), min(s_end, match.end() + 200))
        if more is None or _transfer_at(facts, match) is None:
            continue
        named = _transferee_named(facts, more.start("agency"), more["agency"])
        if named is not None and (in_directory(named[1]) or _BODY_SHAPED.search(named[1])):
            at, agency, end = named
            found = facts.text.found(agency, at, end)
            yield TransferFound(to_agency=found, on=None, date_stated=False, partial=True)


def _transfers_out(facts: Facts) -> Iterator[TransferFound]:
    """Every transfer out the letter states, in text order (see :func:`transfer`)."""
    matches = sorted(
        (
            m
            for p in (
                *TRANSFER,
                TRANSFER_TO_THEM,
                *TRANSFER_FORWARDED,
                *TRANSFER_SENT,
                TRANSFER_NOUN,
                TRANSFER_PART_FIRST,
            )
            for m in facts.matches(p, 0, len(facts.flat))
        ),
        key=lambda m: m.start(),
    )
    for match in matches:
        moved = _transfer_at(facts, match)
        if moved is not None:
            yield moved


def _transfer_at(facts: Facts, match: re.Match[str]) -> TransferFound | None:
    """The transfer a phrase states, or None where its sentence makes it no transfer out."""
    s_start, s_end = facts.text.sentence(match.start())
    # bounded: a hostile text with no full stops is one long "sentence"
    s_start, s_end = max(s_start, match.start() - _WINDOW), min(s_end, match.end() + _WINDOW)
    if _not_out(facts, match, s_start, s_end):
        return None
    named = _transferee(facts, match)
    if named is None:
        return None
    agency_at, agency, agency_end = named
    hit = facts.first_dated([TRANSFER_DATE], within=(s_start, s_end))
    stated = (
        hit[1] if hit is not None else opening_date(facts, s_start, s_end, act_at=match.start())
    )
    if stated is None:
        stated = _on_day_before(facts, s_start, match.start())
    if stated is None:
        # a transfer another letter told of: "I refer to the letter dated 27 September 2021
        # from DPMC advising that part one of your request was transferred" (dev fyi-16724)
        told = facts.first_dated([_TOLD_BY_LETTER], within=(s_start, match.end()))
        stated = told[1] if told is not None else None
    on = stated if stated is not None else facts.letter_date
    partial = bool(
        re.search(r"\b(?:part|parts|some|items?|questions?)\b", match["what"] or "", re.I)
        or _SOME_OF.search(facts.flat, max(s_start, match.start() - 30), match.start())
        # "we partially transferred your request concerning questions 4, 6 and 7" (fyi-29988)
        or re.search(r"\b(?:partially|partly|in\s+part)\s+transferr", match.group(), re.I)
        or re.search(
            r"\bconcerning\s+(?:questions?|items?|parts?|points?)\b",
            facts.flat[match.start() : agency_at],
            re.I,
        )
    )
    return TransferFound(
        to_agency=facts.text.found(agency, agency_at, agency_end),
        on=on,
        date_stated=stated is not None,
        partial=partial,
    )


_TOLD_BY_LETTER = ph.phrase(
    r"\b(?:letter|e-?mail|correspondence|notice)\s+(?:(?:sent\s+)?to\s+you\s+)?(?:dated|of|on"
    r"|sent\s+on)\s+<DATE>[^.;]{0,120}?\b(?:advis|inform|notif|explain|tell|told)\w*\s+(?:you\s+)?"
    r"that\b"
)
"""An earlier letter, dated, that told of the transfer: its date is the transfer's notice."""


def _known_or_grounded(facts: Facts, name: str, s_start: int, s_end: int) -> bool:
    """Whether a body a request is "referred" or "sent" to is a transferee.

    A directory body is; so is a name shaped like a public body's ("the Nursing Council") where
    this sentence or the one before gives the transfer's ground (OIA s 14(b): the information
    is held by it, or more closely connected with its functions): "… more closely connected
    with the functions of Nursing Council. Therefore, I have referred your request to the
    Nursing Council" (Ministry of Health, dev fyi-26938-moh-transfer).
    """
    if in_directory(name):
        return True
    if not _BODY_SHAPED.search(name):
        return False
    before = facts.text.sentence(s_start - 1)[0] if s_start > 0 else s_start
    return _TRANSFER_GROUND.search(facts.flat, before, s_end) is not None


_TRANSFER_GROUND = re.compile(
    r"\b(?:section|s\.?)\s*1[42]\b|\bheld\s+by\b|\bclosely\s+connected\b|\bfunctions\s+of\b"
    r"|\bbetter\s+placed\b",
    re.IGNORECASE,
)
"""A transfer's statutory ground (OIA s 14(b), LGOIMA s 12(b)) or its section."""


_WE_HOLD_IT = re.compile(rf"[^.;]{{0,80}}?{ph.WE_HOLD}", re.IGNORECASE)
"""After "transferred to X": "… to the Ministry of Social Development (the Ministry) for
response, as we hold this information" (fyi-21527) — the writer holds it, so the writer is X:
a transfer in."""


def _not_out(facts: Facts, match: re.Match[str], s_start: int, s_end: int) -> bool:
    """Whether the phrase's sentence makes it a maybe, a denial or a transfer in."""
    if match.re in TRANSFER_SENT and not _TRANSFER_FOOTING.search(facts.flat, s_start, s_end):
        return True  # "a copy has been sent to the Ministry of Health for their information"
    if match.re in (*TRANSFER_FORWARDED, *TRANSFER_SENT) and not _known_or_grounded(
        facts,
        transferee_name(facts.flat, match.start("agency"), match["agency"])[0],
        s_start,
        s_end,
    ):
        # "forwarded to the OIA Team": only a directory body is a transfer (its name cut where
        # its sentence ends: "… to the Ministry of Health. Yours sincerely" is one run of capitals)
        return True
    # "… would be better dealt with by X, and we have transferred it": a fact, not a maybe
    done = _DONE_TRANSFER.search(
        facts.flat, max(s_start, match.start() - 30), match.end()
    ) and not re.search(
        r"\b(?:if|unless|whether)\b", facts.flat[s_start : match.start()], re.IGNORECASE
    )
    if not done and ph.OUTCOME_CONDITIONAL.search(facts.flat, s_start, s_end):
        return True
    end = match.end()
    if _comes_in(facts.flat, end, s_end) or _WE_HOLD_IT.match(facts.flat, end, s_end):
        # "transferred to Kāinga Ora from the Ministry of …"; "… transferred to X for response,
        # as we hold this information": this agency, incoming
        return True
    # "we have not transferred…", "you may ask us to transfer…"
    clause = _clause_start(facts.flat, s_start, match)
    if NOT_A_TRANSFER.search(facts.flat, clause, match.end()):
        return True
    # "We have not, however, transferred …": a negation cut off only by an aside
    return any(
        len(facts.flat[neg.end() : _next_clause_end(facts.flat, neg.end(), clause)].split()) <= 1
        for neg in _NEGATION.finditer(facts.flat, s_start, clause)
    )


def _transferee(facts: Facts, match: re.Match[str]) -> tuple[int, str, int] | None:
    """The body a transfer phrase sends the request to: where, what, where it ends."""
    if match.re is TRANSFER_TO_THEM:
        named = _named_before(facts, match.start())
        if named is None:
            return None
        agency_at, agency, agency_end = named
    else:
        agency_at = match.start("agency")
        agency, agency_end = transferee_name(facts.flat, agency_at, match["agency"])
    return _transferee_named(facts, agency_at, agency, agency_end)


def _transferee_named(
    facts: Facts, agency_at: int, written: str, agency_end: int | None = None
) -> tuple[int, str, int] | None:
    """A transferee's name, unless it is this agency, a pronoun, or a team inside it."""
    if agency_end is None:
        agency, agency_end = transferee_name(facts.flat, agency_at, written)
    else:
        agency = written
    if _SELF.fullmatch(agency or ""):
        # "… held by the Department of Internal Affairs (the Department). … to the Department":
        # a short name the letter gave the body its ground names; else this agency itself
        defined = _defined_in_ground(facts, agency, agency_at) or _kind_in_ground(
            facts, agency, agency_at
        )
        if defined is None:
            return None  # "… transferred your request to the Ministry": this agency, incoming
        agency = defined
    if not agency or re.fullmatch(r"(?i:us|me|them|it)", agency):
        return None
    if re.match(r"(?:Rt\.?\s+)?Hon\.?\s", agency):
        # "to the Office of Hon David Parker, as we believe this request is more closely
        # connected with the functions of the Minister for the Environment" (fyi-21972): a
        # Minister answers as a portfolio's holder (OIA s 2(1)), which the ground names
        agency = _portfolio_in_ground(facts, agency_end) or agency
    if _INTERNAL.search(agency) or _INTERNAL_AFTER.match(facts.flat, agency_end):
        return None  # "transferred to the Ministerial Services team": routed inside, not s 14
    return agency_at, agency, agency_end


def _portfolio_in_ground(facts: Facts, after: int) -> str | None:
    """The Minister's portfolio a transfer's ground names in the rest of its sentence, if any."""
    _start, s_end = facts.text.sentence(after)
    for ground in facts.matches(HELD_BY, after, s_end):
        _at, name, _end = _known_tail(facts.flat, ground.start("agency"), ground["agency"])
        if re.match(r"(?:Associate\s+)?Minister\s+(?:of|for)\s", name):
            return name
    return None


def _defined_in_ground(facts: Facts, short: str, before: int) -> str | None:
    """The body a transfer ground names and calls ``short`` ("… (the Department)"), if any."""
    for ground in facts.matches(HELD_BY, 0, before):
        _at, name, end = _known_tail(facts.flat, ground.start("agency"), ground["agency"])
        if re.match(rf"\s*\((?:the\s+)?{re.escape(short)}\)", facts.flat[end : end + 40], re.I):
            return name
    return None


def _kind_in_ground(facts: Facts, kind: str, before: int) -> str | None:
    """The body of that kind a transfer's ground just named, if any.

    "The information you requested is more closely connected with the functions of the
    Ministry of Health. Accordingly, we have transferred your request to the Ministry": the
    ground (OIA s 14(b), LGOIMA s 12(b)) in this sentence or the one before names the body,
    and "the Ministry" takes it up. A ground denied ("not held by") names no transferee.
    """
    s_start, _end = facts.text.sentence(before)
    p_start = facts.text.sentence(s_start - 1)[0] if s_start > 0 else s_start
    p_start = max(p_start, before - 2 * _WINDOW)
    found: str | None = None
    for ground in facts.matches(HELD_BY, p_start, before):
        if NOT_A_TRANSFER.search(
            facts.flat, max(p_start, facts.text.sentence(ground.start())[0]), ground.start()
        ):
            continue
        _at, name, _stop = _known_tail(facts.flat, ground.start("agency"), ground["agency"])
        if in_directory(name) and re.search(rf"\b{re.escape(kind)}\b", name):
            found = name
    return found


TRANSFER_DONE = ph.phrase(
    r"\b(?:(?:have|has|had)\s+(?:now\s+|therefore\s+|accordingly\s+|also\s+)?transferred"
    rf"|(?:am|are|is)\s+(?:now\s+|therefore\s+|accordingly\s+)?transferring|{_DECIDED_TO}transfer)"
    rf"\s+{_WHAT_REQUEST}"
    rf"|\b(?P<what2>(?:your|the|this)\s+(?:[\w'’-]+\s+){{0,4}}?{_THING})\s+(?:(?:has|have)\s+"
    r"(?:now\s+|therefore\s+|accordingly\s+|also\s+)?been|is\s+being|was)\s+(?:(?:now|therefore"
    r"|accordingly|partially|partly|fully)\s+)?transferred\b"
)
"""A transfer done (perfect or progressive tense, or "decided to"), whichever body it went to."""
_TO_BODY = re.compile(r"[^.;]{0,80}?\bto\s+(?:the\s+)?(?-i:[A-ZĀĒĪŌŪ])", re.IGNORECASE)
_TRANSFER_WORD = re.compile(r"transfer", re.IGNORECASE)
_INTO_HERE = re.compile(
    r"[^.;]{0,40}?\b(?:to\s+(?:us|me|(?:my|our|this)\s+\w+)\b|from\s|by\s+(?:the\s+)?(?-i:[A-Z]))",
    re.IGNORECASE,
)
"""After a transfer's verb, words that make it one into this agency ("to us", "to my Office",
"from X", "by X")."""
HELD_BY = ph.phrase(
    r"\b(?:functions\s+of|held\s+by|holds?\s+by|responsibility\s+of|administered\s+by"
    r"|(?:a\s+)?matter\s+for|(?:better|best)\s+placed|(?:dealt\s+with|handled|answered|responded"
    r"\s+to)\s+by|closely\s+connected\s+(?:with|to))\s+(?:the\s+)?<AGENCY>"
)
"""The statute's grounds for a transfer (OIA s 14(b)(i) "held by", (ii) "more closely
connected with the functions of"; LGOIMA s 12(b)) naming the body the request goes to."""
_BODY_SHAPED = re.compile(
    r"\b(?:Ministry|Council|Department|Agency|Authority|Commission|Office|Service|Police|Board"
    r"|Trust|Corporation|Limited|Ltd|University|Minister|Commissioner|Ombudsman|Inland\s+Revenue"
    r"|Treasury|Kāinga\s+Ora|Te\s+Whatu\s+Ora|Waka\s+Kotahi|Pharmac|WorkSafe|Customs|Corrections"
    r"|Force|Institute|Polytechnic|Te\s+[A-ZĀĒĪŌŪ][\w’'-]+(?:\s+[A-ZĀĒĪŌŪa-zāēīōū][\w’'-]+){0,4})\b"
)
"""The words of a public body's name (a name the directory does not list yet)."""


ACTS_AFTER = ph.phrase(
    r"(?:the\s+)?<AGENCY>\s+(?:will\s+(?:now\s+|then\s+|be\s+able\s+to\s+)?(?:respond|reply|answer"
    r"|be\s+in\s+(?:touch|contact)|contact\s+you|make\s+a\s+decision|decide|consider|process)\b"
    r"|(?:has|have|now\s+has|now\s+have)\s+[^.;]{0,60}?\bfrom\s+(?:the\s+)?(?:receipt|date|day)\s+of"
    r"\s+(?:this|the)\s+transfer)"
)
"""The body that acts on the request after a transfer, named in the sentence after it: "Te
Tari Whakatau has 20 working days from receipt of this transfer to make a decision" (dev
fyi-31793), "The MFAT have the usual timeframes under the Act from receipt of this transfer"
(dev fyi-22125), "The Ministry of Health will respond to you directly" (OIA s 14: the
transferee decides)."""


def _acts_after(facts: Facts, s_end: int) -> list[re.Match[str]]:
    """:data:`ACTS_AFTER` opening the sentence after a transfer's (``s_end``), if it does."""
    if s_end >= len(facts.flat):
        return []
    n_start, n_end = facts.text.sentence(s_end + 1)
    hit = ACTS_AFTER.match(facts.flat, n_start, n_end)
    return [hit] if hit is not None else []


_MAYBE = re.compile(
    r"\b(?:if|unless|whether|might|could|would)\b|(?<!\d\s)\bmay\b(?!\s+\d)", re.IGNORECASE
)
"""A transfer that only may happen; "may" the modal, not the month ("20 May 2024")."""


def _transfer_by_grounds(facts: Facts) -> TransferFound | None:
    """A transfer done whose sentence names no body, where the grounds just before name one.

    "The information you requested is more closely connected with the functions of X.
    Accordingly, your request has been transferred under section 14(b)(ii) of the Act":
    the body is the one the statute's ground names (OIA s 14(b), LGOIMA s 12(b)), in the
    same sentence or one of the two before it. A transfer whose sentence goes on "to <a
    name>" is :func:`transfer`'s to read (or to reject), not this one's.
    """
    if not facts.has(_TRANSFER_WORD, 0, len(facts.flat)):
        return None  # most letters: no word of transferring at all, so no pass of the phrase
    for match in facts.matches(TRANSFER_DONE, 0, len(facts.flat)):
        s_start, s_end = facts.text.sentence(match.start())
        s_start = max(s_start, match.start() - _WINDOW)
        if _TO_BODY.match(facts.flat, match.end(), min(s_end, match.end() + 120)):
            continue
        if _INTO_HERE.match(facts.flat, match.end(), min(s_end, match.end() + 80)):
            continue  # "… has been transferred to us by the Ministry of Health": incoming
        before = facts.flat[s_start : match.start()]
        # a maybe in the clause of the transfer, not in its ground's ("… would be better dealt
        # with by X, and have transferred it accordingly")
        clause = facts.flat[_clause_start(facts.flat, s_start, match) : match.start()]
        if NOT_A_TRANSFER.search(before) or _MAYBE.search(clause):
            continue
        p_start = s_start
        for _ in range(2):
            if p_start > 0:
                p_start = facts.text.sentence(p_start - 1)[0]
        p_start = max(p_start, match.start() - 2 * _WINDOW)
        grounds = [
            g for g in facts.matches(HELD_BY, p_start, s_end) if g.start() < match.start() + 200
        ]
        if not grounds:
            grounds = _acts_after(facts, s_end)
        if not grounds:
            continue
        ground = grounds[-1]
        if NOT_A_TRANSFER.search(
            facts.flat, facts.text.sentence(ground.start())[0], ground.start()
        ):
            continue  # "not held by X", "instead of X"
        at, name, end = _known_tail(facts.flat, ground.start("agency"), ground["agency"])
        if not name or not (in_directory(name) or _BODY_SHAPED.search(name)):
            continue
        if _INTERNAL.search(name):
            continue
        hit = facts.first_dated([TRANSFER_DATE], within=(s_start, s_end))
        stated = hit[1] if hit is not None else opening_date(facts, s_start, s_end)
        what = match["what"] or match["what2"] or ""
        return TransferFound(
            to_agency=facts.text.found(name, at, end),
            on=stated if stated is not None else facts.letter_date,
            date_stated=stated is not None,
            partial=bool(re.search(r"\b(?:part|parts|some|items?|questions?)\b", what, re.I)),
        )
    return None


_ON_DAY = ph.phrase(
    r"(?<!received\s)(?<!dated\s)(?<!sent\s)(?<!made\s)(?<!lodged\s)\bon\s+(?:the\s+)?<DATE>"
)


def _on_day_before(facts: Facts, start: int, at: int) -> Found[date] | None:
    """The day of the act at ``at``, written just before it.

    "For this reason, on 1 February 2022, Sport NZ decided to transfer …" (dev
    fyi-18008); not "received on …", "dated …".
    """
    found = None
    for _match, day in facts.dated([_ON_DAY], future=False, within=(max(start, at - 100), at)):
        found = day
    return found


def transferred_in(facts: Facts) -> Found[date] | None:
    """The day another agency transferred the request to this one."""
    for match, found in facts.dated((*ph.TRANSFERRED_IN, *TRANSFERRED_IN_ON), future=False):
        s_start, _end = facts.text.sentence(match.start())
        if _ANOTHER_REQUEST.search(facts.flat, s_start, match.start("date")):
            continue
        verb = _MOVED.search(facts.flat, match.start(), match.end())
        if verb is not None and _NEGATION.search(
            facts.flat[_clause_start(facts.flat, s_start, verb) : verb.start()]
        ):
            continue  # "your request was not transferred to us by X on D"
        return found
    return _incoming_day(facts)


_MOVED = re.compile(
    r"\b(?:transferred|passed(?:\s+on)?|forwarded|referred|transfer(?=\s+of\b))\b", re.IGNORECASE
)
_STRONG_MOVED = re.compile(r"transferred", re.IGNORECASE)
_RECEIVED_BY_BODY = ph.phrase(r"\breceived\s+by\s+(?:the\s+)?<AGENCY>")
"""Another body's receipt before the transfer: "your email received by the Ministry of Health
on 12 February and partially transferred to Health New Zealand on 24 February" (dev
fyi-32941-hnz-release): it came from that body, into the one it was transferred to."""
_INTO_THIS = re.compile(
    r"\bto\s+(?:us|me|(?:my|our|this)\s+(?:office|Ministry|department|agency|Council|organisation"
    r"|University|Commission|Authority|Board|Service))\b",
    re.IGNORECASE,
)
_BY_BODY = ph.phrase(r"\b(?:from|by)\s+(?:the\s+)?<AGENCY>")
_REQUEST_WORD = re.compile(rf"\b{_THING}\b", re.IGNORECASE)
_DAY_OF_IT = ph.phrase(
    r"(?<!received\s)(?<!dated\s)(?<!sent\s)(?<!made\s)(?<!lodged\s)(?<!submitted\s)"
    r"(?<!email\s)(?<!e-mail\s)(?<!request\s)(?<!letter\s)"
    r"\bon\s+(?:the\s+)?<DATE>"
)


def _incoming_day(facts: Facts) -> Found[date] | None:
    """The day of a transfer into this agency, read from its sentence's parts in any order.

    A transferee tells of the transfer in many orders ("On 10 May your request was
    transferred to the Ministry for the Environment by the Ministry of Health under section
    14(b)(ii)", "your request was transferred under section 14 to this Ministry on 10 May",
    "the Ministry of Health has passed your request to us under section 14 on 10 May"), so
    the parts are read separately: a verb of moving the request; that it came *in* (to
    "us", "me", "this Ministry", or from or by a body of the directory, or a directory body
    did it); and the day the
    sentence puts "on" that is not the request's own ("received", "dated", "made on").
    The plainer verbs (passed, forwarded, referred) count only with a directory body, since
    a request is also "forwarded to me by Customer Services" inside one agency. A sentence
    that denies it, supposes it or speaks of another request is passed over.
    """
    if not facts.has(_MOVED, 0, len(facts.flat)):
        return None
    for verb in facts.matches(_MOVED, 0, len(facts.flat)):
        s_start, s_end = facts.text.sentence(verb.start())
        s_start, s_end = max(s_start, verb.start() - _WINDOW), min(s_end, verb.end() + _WINDOW)
        if not _REQUEST_WORD.search(facts.flat, s_start, s_end):
            continue
        noun = verb.group().lower() == "transfer"
        from_body = any(
            in_directory(transferee_name(facts.flat, m.start("agency"), m["agency"])[0])
            for m in _BY_BODY.finditer(facts.flat, verb.end(), s_end)
            # "by" names the transferor after a verb only, never after "received" (a receipt's)
            if m.group().lower().startswith("from")
            or not (
                noun
                or re.search(r"received\s+$", facts.flat[max(0, m.start() - 12) : m.start()], re.I)
            )
        )
        into = (
            _INTO_THIS.search(facts.flat, verb.end(), s_end) is not None
            or _WE_HOLD_IT.match(facts.flat, verb.end(), s_end) is not None  # fyi-21527
        )
        base = max(s_start, verb.start() - 120)
        subject = _NAME_BEFORE.search(facts.flat[base : verb.start()])
        by_subject = subject is not None and in_directory(
            _known_tail(facts.flat, base + subject.start("agency"), subject["agency"])[1]
        )
        received_by = any(
            in_directory(transferee_name(facts.flat, m.start("agency"), m["agency"])[0])
            for m in _RECEIVED_BY_BODY.finditer(facts.flat, s_start, verb.start())
        ) and _STRONG_MOVED.fullmatch(verb.group())
        if not (
            from_body
            or received_by
            or (into and (by_subject or _STRONG_MOVED.fullmatch(verb.group())))
        ):
            continue
        clause = facts.flat[_clause_start(facts.flat, s_start, verb) : verb.start()]
        if (
            _NEGATION.search(clause)
            or _MAYBE.search(clause)
            or _ANOTHER_REQUEST.search(facts.flat, s_start, s_end)
        ):
            continue
        # the one day after the verb, else the sentence's one day: two would leave it unsure
        # (the noun "transfer of …" gives its day after it: "your email on 7 December, asking
        # about the transfer of your request from X" is the email's day, dev fyi-25021)
        for start in (verb.end(),) if noun else (verb.end(), s_start):
            days = list(facts.dated([_DAY_OF_IT], future=False, within=(start, s_end)))
            if len({day.value for _m, day in days}) == 1:
                return days[0][1]
    return None


_FROM_TO_HERE = ph.phrase(
    r"\b(?:was|were|been|being|having\s+been)\s+transferred\s+(?:in\s+(?:full|part)\s+)?from\s+"
    r"[^.;]{1,100}?\s+to\s+(?:the\s+)?<AGENCY>"
)
"""A request transferred in, both bodies named: "which was transferred from the Ministry of
Health to Hutt Valley District Health Board (HVDHB) on 1 May 2020" (dev fyi-12108)."""


_TO_HERE_HELD = ph.phrase(
    r"\btransferred\s+to\s+(?:the\s+)?<AGENCY>(?:\s+\([^()]{1,30}\))?[^.;]{0,40}?" + ph.WE_HOLD
)
"""The body a request went to, named by the writer that holds the information (fyi-21527)."""


_TO_HERE_BY = ph.phrase(
    r"\b(?:was|were|been|being|having\s+been)\s+(?:(?:partially|partly|fully|formally|then|also"
    r"|subsequently)\s+)?transferred\s+(?:in\s+(?:full|part)\s+)?to\s+(?:the\s+)?<AGENCY>,?\s+"
    r"(?:by|from)\s+(?:the\s+)?(?-i:[A-ZĀĒĪŌŪ])"
)
"""The same with the bodies the other way round: "Your request was transferred to the
Ministry of Education by the Ministry of Health on …" (the receiver named first)."""


def transferred_to_here(facts: Facts) -> Found[str] | None:
    """This agency, as the letter names it when it tells of the transfer it received (s 14).

    The letter's own words say who received the transfer; the author finder, reading the
    letterhead and signature, may be misled by other bodies the letter names (another
    DHB that sought an amendment, a Minister's office).
    """
    matches = [
        m
        for p in (_FROM_TO_HERE, _TO_HERE_BY, _TO_HERE_HELD)
        for m in facts.matches(p, 0, len(facts.flat))
    ]
    for match in sorted(matches, key=lambda m: m.start()):
        s_start, _end = facts.text.sentence(match.start())
        if _ANOTHER_REQUEST.search(facts.flat, s_start, match.start()):
            continue
        name, end = transferee_name(facts.flat, match.start("agency"), match["agency"])
        if name and not _SELF.fullmatch(name) and not re.fullmatch(r"(?i:us|me|them|it)", name):
            return facts.text.found(name, match.start("agency"), end)
    # a phrase of a transfer in that names the receiver: "… to the Ministry of Health which they
    # transferred to Health NZ on 22 October 2024" (dev fyi-28832): the body it went to is here
    for match, _day in facts.dated((*ph.TRANSFERRED_IN, *TRANSFERRED_IN_ON), future=False):
        named = _TO_NAMED.search(facts.flat, match.start(), match.end())
        if named is None:
            continue
        name, end = transferee_name(facts.flat, named.start("agency"), named["agency"])
        if name and not _SELF.fullmatch(name):
            return facts.text.found(name, named.start("agency"), end)
    return None


_TO_NAMED = ph.phrase(r"\btransferred\s+(?:it\s+)?to\s+(?:the\s+)?<AGENCY>")
"""A receiver named by capitalised words after "transferred to" (not "us", "me")."""


def transferred_from(facts: Facts) -> Found[str] | None:
    """The body that transferred the request to this one, where the letter names it."""
    for match in sorted(
        (m for p in TRANSFERRED_FROM for m in facts.matches(p, 0, len(facts.flat))),
        key=lambda m: m.start(),
    ):
        s_start, _end = facts.text.sentence(match.start())
        s_start = max(s_start, match.start() - _WINDOW)  # bounded: untrusted text
        before = facts.flat[s_start : match.start()]
        if ph.OUTCOME_CONDITIONAL.search(before):
            continue
        if re.search(r"\b(?:not|never)\b", before, re.IGNORECASE):
            continue
        if _ANOTHER_REQUEST.search(before):
            continue  # "we have received an additional request transferred from X": not this one
        named_after = match.re is not TRANSFERRED_FROM[-1]
        if named_after and not re.search(r"\brequest", before, re.I):
            continue  # "this information was forwarded by X": not the request
        if named_after and _TOPIC_MOVED.search(before):
            continue  # "Request for profits transferred by Lotto New Zealand to …" (fyi-18371)
        if named_after:
            at, written = match.start("agency"), match["agency"]
        else:
            named = _NAME_BEFORE.search(before[-120:])
            if named is None:
                continue
            at = match.start() - len(before[-120:]) + named.start("agency")
            written = named["agency"]
        at, name, end = _known_tail(facts.flat, at, written)
        if name and not re.fullmatch(r"(?i:us|me|them|it)", name):
            return facts.text.found(name, at, end)
    return None


TOLD_IN = re.compile(
    r"(?:\b(?:was|were|has\s+been|have\s+been)\s+(?:partially\s+|subsequently\s+)?"
    r"|(?<![Ii]\s)(?<![Ww]e\s)\b(?-i:[A-ZĀĒĪŌŪ][\w'’-]+)\)?\s+(?:partially\s+)?)"
    r"transferred\s+(?:(?:this|that|the|your|part|parts|some)\s+(?:[\w'’]+\s+){0,5}?)?"
    r"to\s+(?:the\s+)?",
    re.IGNORECASE,
)
"""A transfer told in the passive or by the body that made it in the third person ("this part
of your request was transferred to", "Police transferred this part of your request to"): how
the transferee may tell the way a request reached it; never "I/we transferred"."""
_DECIDES_NOW = (
    r"\s+(?:is|are)\s+(?:refusing|withholding|releasing|declining|providing"
    r"|unable\s+to\s+provide)"
    r"|\s+(?:has|have)\s+(?:decided|identified|located|made\s+a\s+decision)"
    r"|\s+(?:does\s+not\s+hold|publishes)"
)
"""What the body deciding a request does now (ss 9, 16, 18 OIA): "the Ministry is refusing
your request", "the Ministry does not hold", "Te Manatū Waka is withholding", "Te Manatū Waka
publishes our responses"; never the future a transfer notice gives ("X will respond"), nor
"X holds the information", why a request is transferred (s 14(b)(i); dev fyi-21155)."""
_NOT_DECIDING_HERE = re.compile(
    r"(?:\b(?:as|because|since|given|that|where|which|if|whether|believe|consider|think)"
    r"(?:\s+\w+){0,2}|\btransfer\w*[^.;]*|\bwil{1,2}\b[^.;]*)\s*$",
    re.IGNORECASE,
)
"""Before a body's act: a transfer's ground ("as the Ministry holds the information"), a
clause, the transfer itself or a future: not the body deciding in this letter."""


_REFERRED_IN = re.compile(ph.REFERRED_TRANSFERRED + "$", re.IGNORECASE)


def deciding_after(flat: str, end: int, forms: list[str]) -> str | None:
    """The first later sentence in which the body named just before ``end`` decides now.

    ``forms`` are regexes for the body's name; the short form the letter gives it right after
    ("… to the Ministry of Justice (the Ministry)") is one more. Returns that sentence, or None.
    """
    short = re.match(r"\s*\((?:the\s+)?([^()]{2,30})\)", flat[end : end + 40])
    if short is not None:
        forms, end = [*forms, re.escape(short[1])], end + short.end()
    sentence_end = flat.find(". ", end)
    if sentence_end < 0:
        return None
    for form in forms:
        pattern = rf"\b(?:the\s+)?{form}(?:{_DECIDES_NOW})\b"
        for act in re.finditer(pattern, flat[sentence_end:], re.IGNORECASE):
            at = sentence_end + act.start()
            start = flat.rfind(". ", 0, at) + 2
            if _NOT_DECIDING_HERE.search(flat, start, at) is None:
                stop = flat.find(".", sentence_end + act.end())
                return flat[start : stop if stop >= 0 else len(flat)].strip()
    return None


def decided_here(facts: Facts, moved: TransferFound) -> bool:
    """Whether ``moved`` is the transfer that brought the request to the letter's author.

    "Police transferred this part of your request to the Ministry of Justice (the Ministry)
    … the Ministry is refusing your request" (dev fyi-25850) reads as a transfer out, but is
    told in the third person and the transferee decides in a later sentence: the letter is
    the transferee's, whose 20 working days run from the transfer (s 14, s 15(1) OIA). So
    is "I refer to your email … that was transferred to X" (``phrases.REFERRED_TRANSFERRED``).
    """
    at = facts.text.flat_offset(moved.to_agency.span[0])
    end = facts.text.flat_offset(moved.to_agency.span[1])
    s_start, _s_end = facts.text.sentence(at)
    told = any(
        not facts.flat[m.end() : at].strip() for m in TOLD_IN.finditer(facts.flat, s_start, at)
    )
    if not told or end <= at:
        return False
    if _REFERRED_IN.search(facts.flat, s_start, at):
        return True
    written = r"\s+".join(re.escape(w) for w in facts.flat[at:end].split())
    return deciding_after(facts.flat, end, [written, re.escape(moved.to_agency.value)]) is not None
