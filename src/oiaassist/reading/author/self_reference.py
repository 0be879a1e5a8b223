"""How a letter speaks of itself: the sentences in which its author names itself.

"The Ministry of Health received your request", "Waka Kotahi is extending the time",
"your email to Te Kaunihera o Pōneke | Wellington City Council": words that only the
agency answering a request says of itself (the acts of ss 13-19 OIA and ss 11-18
LGOIMA: receive, acknowledge, extend, decide, release, refuse, hold or not hold,
respond). A body a letter merely mentions is consulted, referred to, complained to,
transferred to, or named inside the request quoted back: :func:`_judge` tells which.
Used by :mod:`oiaassist.reading.author.find`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from oiaassist.agencies import Agency, all_agencies
from oiaassist.agencies.normalise import fold
from oiaassist.reading.author.names import (
    _INSIDE,
    _ORGANISATION,
    _mended,
    _name_core,
    _name_pattern,
    _names,
    _organisation_line,
    inside_longer,
)
from oiaassist.reading.phrases import REFERRED_TRANSFERRED, WE_HOLD

_NOT_AUTHOR_CONTEXT = re.compile(
    r"\b(?:complain\w*|transferr?\w*|referr?ed\s+to|investigat\w*|consult\w*|forward\w*"
    r"|better\s+placed|more\s+closely\s+connected)\b",
    re.IGNORECASE,
)
# What an agency does as the one answering the request (the verbs of ss 13-19 OIA and
# ss 11-18 LGOIMA: receive, acknowledge, transfer, extend, decide, release, withhold,
# refuse, hold or not hold information, respond): "X has received", "X is extending",
# "X does not hold". A body that merely appears in a letter is consulted, referred to,
# complained to, or holds what the request is transferred for.
_SELF_VERBS = (
    r"(?:has\s+|have\s+|had\s+)?(?:received\s+(?:your|a\s+total|\d|requests?|the\s+request"
    r"|an?\s+(?:OIA|official|LGOIMA|information|request))|receives|acknowledges?|applied"
    r"|decided\s+(?:to\s+(?:release|refuse|grant|withhold|extend|transfer|decline|provide|charge"
    r"|make|not)|that|not)|extended|considers\s+(?:that|this|your)|located|identified"
    r"|is\s+(?:unable|able|refusing|withholding|releasing|extending|responding|required|not\s+able"
    r"|(?:now\s+)?(?:partially\s+)?transferring"
    r"|now\s+extending|processing|(?:currently\s+|still\s+|now\s+)?(?:managing|preparing"
    r"|considering|working\s+on|reviewing|collating|assessing))"
    r"|will\s+(?:respond|reply|provide|make|not\s+be\s+able\s+to\s+respond|send\s+(?:you\s+)?(?:a|its|the)\s+(?:response|reply|decision)"
    r"|be\s+(?:responding|in\s+touch))|contacted\s+you|wrote\s+to\s+you|(?:has\s+)?made\s+a\s+decision"
    r"|(?:needs?|requires?)\s+(?:an\s+|more\s+)?(?:extension|time)|needs?\s+to\s+extend"
    r"|has\s+considered\s+your"
    r"|withholds|refuses\s+(?:your|the|this)|declines\s+(?:your|the|this)"
    r"|(?:has|have)\s+(?:had\s+)?no\s+(?:other\s+|further\s+|additional\s+|relevant\s+)?"
    r"(?:communications?|correspondence|information|records?"
    r"|documents?)|does\s+not\s+hold|holds\s+(?:no|the\s+information|information|data|records?"
    r"\s+(?:of|about|relating))|(?:has|have)\s+(?:up\s+to\s+)?(?:20|twenty)\s+working"
    r"|(?:has|have)\s+up\s+to)"
)
_DEFINING = (
    "Ministry", "Department", "Council", "Agency", "Authority", "Commission", "Office", "Service",
    "Board", "Corporation", "University", "Police", "Trust", "Commissioner",
)  # fmt: skip
"""The short forms a letter gives a body it names ("… (the Department)")."""
_SELF = (
    # the body a request went to, holding it: "question five of your request was partially
    # transferred to the Ministry of Social Development (the Ministry) for response, as we hold
    # this information" (fyi-21527); first, so "your request … to X" does not take it as an address
    r"\b(?:your\s+(?:[\w'’()-]{1,40}\s+){0,8}?)?transferred\s+to\s+(?:the\s+)?{NAME}(?:\s+\([^()]{1,30}\))?"
    r"[^.;]{0,40}?" + WE_HOLD + "|"
    r"\byour\s+(?:[\w'’()-]{1,40}\s+){0,6}?(?:request|email|e-mail|letter|correspondence|enquiry)s?,?\s+"
    r"(?:[\w,()]{1,40}\s+){0,14}?to\s+(?:[A-Z][\w'’-]{1,40}\s+[A-Z][\w'’-]{1,40}\s+(?:of|at)\s+)?(?:the\s+)?{OFFICE}{NAME}"
    r"|\byour\s+(?:[\w'’()-]{1,40}\s+){0,6}?request\s+for\s+(?:official\s+)?information\s+from"
    r"\s+(?:the\s+)?{NAME}"
    # the same address said the other way round: "three Official Information Act requests you
    # made to the Department of Conservation" (fyi-13567)
    r"|\b(?:requests?|emails?|letters?|correspondence)\s+(?:that\s+)?you\s+(?:made|sent|submitted"
    r"|lodged|addressed)\s+to\s+(?:the\s+)?{OFFICE}{NAME}"
    r"|\basking\s+(?:the\s+)?{NAME}(?:\s*\|\s*[\w ]{2,30}?)?\s+for\b"
    r"|\binformation\s+(?:the\s+)?{NAME}\s+(?:currently\s+)?holds\s+(?:on|about|in\s+relation"
    r"|relating|regarding|in\s+respect)\b"
    r"|\b(?:requests?|data|information|records?)\s+(?:[\w'’,-]{1,40}\s+){0,6}?(?:that|which)\s+(?:the\s+)?{NAME}"
    r"\s+(?:has\s+|currently\s+)?(?:received|holds)\b"
    r"|\byou\s+(?:emailed|wrote\s+to|contacted|asked)\s+(?:the\s+)?{NAME}\s+(?:requesting|asking"
    r"|seeking|for)\b"
    r"|\b(?:requests?|emails?|letters?|it|which)\s+(?:was|were|(?:has|have)\s+been)\s+"
    r"received\s+(?:and\s+[a-z]{3,}ed\s+)?by\s+(?:the\s+)?{NAME}"
    r"|\brequests,?\s+received\s+and\s+[a-z]{3,}ed\s+by\s+(?:the\s+)?{NAME}"
    # "received by Health New Zealand | Te Whatu Ora on 18 August 2025" (fyi-32014)
    r"|received\s+by\s+(?:the\s+)?{NAME}(?:\s+\([^()]{1,30}\)|\s*\|\s*[^\W\d][\w ]{1,30}?)?\s+on\b"
    r"|(?:thank\s+you\s+for\s+)(?:contacting|emailing|writing\s+to|getting\s+in\s+touch\s+with"
    r"|reaching\s+out\s+to)\s+(?:the\s+)?"
    r"(?:(?:[\w'’-]{1,40}\s+){0,4}(?:inbox|mailbox|team)\s+(?:at|of)\s+(?:the\s+)?)?{OFFICE}{NAME}"
    r"|(?:requested|requesting|asked\s+for|seeking|sought)\s+(?:the\s+fol[l ]owing"
    r"(?:\s+(?:information|documents?))?|information|documents?)\s+(?:held\s+by|from|of)\s+(?:the\s+)?"
    r"(?:[A-Z][\w'’&-]{1,40}(?:\s+(?:and\s+)?[A-Z][\w'’&-]{1,40}){0,2}\s*[|ǀ]\s*)?{NAME}"
    # The right to complain names the body whose response it is (s 28(3) OIA, s 27(3)
    # LGOIMA): "Should you believe Auckland Council has not responded appropriately".
    r"|\b(?:believe|feel|consider|think)\s+(?:that\s+)?(?:the\s+)?{NAME}\s+(?:has|have)\s+not"
    r"\s+(?:responded|dealt|handled|acted)"
    r"|\b(?:we|us)\s+(?:here\s+)?at\s+(?:the\s+)?{NAME}"
    # The writer giving its own name: "our legal name is Health New Zealand" (silver
    # s23473), "our new name is …", "we are now known as …".
    r"|\bour\s+(?:legal\s+|full\s+|official\s+|new\s+|formal\s+)?name\s+is\s+(?:now\s+)?(?:the\s+)?{NAME}"
    r"|\bwe\s+are\s+now\s+(?:known\s+as|called)\s+(?:the\s+)?{NAME}"
    # The same in the other order: "At NZ On Air we work flexibly" (fyi-15903's email
    # signature), "Here at the Commission, we…", "As the Ministry of Education, we…".
    r"|\b(?:(?:here\s+)?at|as)\s+(?:the\s+)?{NAME},?\s+(?:we|I)\b"
    r"|\bdiscuss\s+(?:this|the|our|my)\s+(?:reply|response|decision|extension|letter|request"
    r"|transfer)\s+with\s+(?:the\s+)?{NAME}"
    r"|\b(?:appropriate|relevant)\s+(?:section|team|area|unit|business\s+unit|staff|people"
    r"|officials?)\s+(?:of|in|at|within)\s+(?:the\s+)?{NAME}"
    # The same unit with the body's name before it: "forwarded to the appropriate
    # Christchurch City Council staff" (silver s9749).
    r"|\b(?:appropriate|relevant)\s+{NAME}\s+(?:section|team|area|unit|business\s+unit|staff"
    r"|people|officials?)\b"
    r"|\b(?:writing|responding|replying|respond)\s+(?:to\s+you\s+)?on\s+behalf\s+of\s+(?:the\s+)?{NAME}"
    r"|\b(?:response|reply|decision)\s+from\s+(?:the\s+)?{OFFICE}{NAME}\s+(?:to|on|regarding)\s+your\b"
    r"|\bon\s+behalf\s+of\s+(?:the\s+)?{OFFICE}{NAME}(?:,[^.]{0,120}?)?\s+thank\s+you\b"
    r"|\b(?:my\s+(?:role|responsibilit\w{1,5}|capacity|portfolio\w?)|I\s+have\s+a\s+responsibility"
    r"|I\s+am\s+responsible)\s+as\s+(?:the\s+)?{NAME}"
    r"|\bthank\s+you\s+for\s+your\s+(?:request|email|correspondence)\b[^.]{0,80}?\btransferred\s+to"
    r"\s+(?:the\s+)?{NAME}"
    # the same told as the writer takes it up: "I refer to your email dated 14 August 2023 that
    # was transferred to Te Manatū Waka Ministry of Transport" (dev fyi-23419)
    r"|" + REFERRED_TRANSFERRED + "{NAME}"
    # the body that keeps what it did not transfer (s 14): "The other parts of the request will
    # remain with the Department of the Prime Minister and Cabinet" (fyi-27562)
    r"|\b(?:other|remaining|rest\s+of\s+the)\s+(?:parts?\s+of\s+)?(?:the\s+|your\s+)?request\s+(?:will\s+)?"
    r"remains?\s+with\s+(?:the\s+)?{NAME}"
    # the answering body, in the answer's frame: "In response to the first part of your request,
    # the Ministry of Defence has not received or produced any advice" (fyi-27563)
    r"|\bin\s+(?:response|reply|answer)\s+to\s+(?:the\s+\w+\s+part\s+of\s+|part\s+\w+\s+of\s+)?your"
    r"\s+request,\s+(?:the\s+)?{NAME}\s+(?:has|have|does|do|is|are|did|holds?|can)\b"
    # A request transferred in, both bodies named (s 14 OIA, s 12 LGOIMA): "which was
    # transferred from the Ministry of Health to Hutt Valley District Health Board
    # (HVDHB) on 1 May 2020" (fyi-12108): only the body that received it tells it so.
    r"|\b(?:was|were|been)\s+(?:partially\s+)?transferred\s+(?:in\s+(?:full|part)\s+)?from"
    r"\s+(?:the\s+)?[A-ZĀĒĪŌŪ][^.;]{1,100}?\s+to\s+(?:the\s+)?{NAME}"
    r"|(?<!that\s)(?<!which\s)\b(?:is|are|was)\s+not\s+(?:already\s+|currently\s+)?held\s+by"
    r"\s+(?:the\s+)?{NAME}"
    r"|\b(?:request|it)\s+is\s+being\s+(?:handled|processed|considered|managed|dealt\s+with)\s+by"
    r"\s+(?:the\s+)?{NAME}"
    # Only the answering body publishes its responses: "on X's website", "on the New
    # Zealand Defence Force website (www.nzdf.mil.nz)" (silver s34117).
    r"|\bpublish\w{0,3}\s+(?:[\w'’]{1,40}\s+){0,4}?on\s+(?:the\s+)?{NAME}(?:['’]s)?\s+web\s?site"
    r"|{NAME}(?:['’]s\s+Office)?\s+(?:\((?:the\s+)?[\w ]{2,30}\)\s+)?"
    + _SELF_VERBS
    + r"|{NAME}['’]s?\s+(?:responses?|reply|replies|decision|answers?)\s+(?:to|on|follows?\b"
    r"|(?:is|are)\s+(?:as\s+follows|below|set\s+out)|:)"
    r"|\b(?:below|here|these)\s+(?:are|is)\s+{NAME}['’]s?\s+(?:responses?|reply|replies|answers?)"
    r"|{NAME}(?:['’]s)?\s+\((?:the\s+|“|\")?(?:" + "|".join(_DEFINING) + ")"
)
# "the Office of the Prime Minister", "Hon Nicola Willis, Minister of Finance": a
# Minister's office and its holder stand for the Minister (OIA s 2(1)).
_OFFICE = (
    r"(?:Office\s+of\s+(?:the\s+)?)?(?:(?:Rt\.?\s+)?Hon\.?\s+(?:[A-Z][\w'’-]{1,40},?\s+){1,3}?"
    r"(?:Deputy\s+Prime\s+Minister,?\s+(?:and\s+)?(?:the\s+)?)?)?"
)
"""A Minister's office, or its holder by name: "Hon Grant Robertson, Deputy Prime Minister,
the Minister of Finance" (fyi-15616): the Deputy Prime Minister is no portfolio of its own
(no directory body), so the portfolio after it is the one written to."""
_SELF = _SELF.replace("{OFFICE}", _OFFICE)
_ONLY_THE_AUTHOR = re.compile(
    r"\b(?:is\s+(?:now\s+)?extending|extended|extend|acknowledges?|up\s+to|working|contacting"
    r"|is\s+(?:now\s+)?(?:partially\s+)?transferring|not\s+(?:responded|dealt|handled|acted)"
    r"|emailing|writing\s+to|getting\s+in\s+touch|reaching\s+out|extension"
    r"|behalf|name\s+is|now\s+(?:known\s+as|called)|we\s+(?:here\s+)?at|(?:here\s+)?at\s+\S.{0,80}?,?\s+(?:we|I)|as\s+\S.{0,80}?,?\s+(?:we|I)"
    r"|(?:request|it|which)\s+(?:was|has\s+been)\s+received\s+by"
    r"|received\s+by\s+\S{1,60}(?:\s+\S{1,60}){0,6}\s+on|discuss|appropriate"
    r"|relevant|being\s+(?:handled|processed|considered|managed|dealt)"
    r"|my\s+(?:role|responsibilit\w{1,5}|capacity|portfolio\w?)\s+as|responsibility\s+as"
    r"|responsible\s+as|thank\s+you\s+for\s+your\s+\w+\b[^.]{0,80}?transferred\s+to"
    r"|refer\s+to\s+your\s+[^.;]{0,120}?\b(?:that|which)\s+(?:was|were|has\s+been)\s+"
    r"(?:\w+ly\s+)?transferred"
    rf"|{WE_HOLD}"
    r"|remains?\s+with|in\s+(?:response|reply|answer)\s+to\s+(?:the\s+\w+\s+part\s+of\s+"
    r"|part\s+\w+\s+of\s+)?your\s+request,"
    r"|transferred\s+(?:in\s+(?:full|part)\s+)?from\s+[^.;]{1,100}?\s+to)\b",
    re.IGNORECASE,
)
"""Words in a self-reference that only the agency answering the request says of itself."""


@lru_cache(maxsize=8)
def _self_reference(
    text: str, allowed: tuple[Agency, ...], *, moved_only: bool = False
) -> tuple[int, tuple[Agency, str] | None]:
    """The best self-reference and its tier (0: only the author's words; 1: weaker).

    Words inside a long quotation (the request quoted back, a quoted document) are the
    requester's or another's, never the letter's own. With ``moved_only``, only the body
    a request addressed to another was transferred to, acting in the letter, is returned.
    """
    flat = " ".join(_end_headings(text).split())
    folded = f" {fold(flat)} "
    quoted = _quoted_spans(flat)
    best: tuple[int, int, Agency, str] | None = None
    best_addressed = False  # the best is the requester's address ("your email to X")
    acting: dict[str, tuple[int, Agency, str]] = {}  # bodies that act on the request
    words = set(folded.split())  # a name whose first word is not here is not named at all
    for agency in allowed:
        transferee: bool | None = None  # whether the letter transfers to it: asked when needed
        for name in _names(agency, aliases=True, words=True):
            bare = fold(name)
            first = bare.split(" ", 1)[0]
            if first not in words and f"{first}s" not in words:
                continue
            if f" {bare} " not in folded and f" {bare}s " not in folded:
                continue  # not named at all ("ACC’s" folds to "accs"): no need to look further
            if transferee is None:
                transferee = _transferred_to(flat, folded, agency)
            for hit in _self_matches(flat, name):
                judged = _judge(flat, hit, quoted, transferee=transferee)
                if judged is None:
                    continue
                strong, addressed, sentence = judged
                weak = not strong and not addressed
                key = (int(weak), hit.start)
                if best is None or key < best[:2]:
                    best = (*key, agency, sentence[:240])
                    best_addressed = bool(addressed) and not strong
                if not addressed and agency.id not in acting and _ACTED.search(hit.text):
                    acting[agency.id] = (hit.start, agency, sentence[:240])
    if best is None:
        return 1, None
    moved = _transferred_to_acting(flat, best, acting) if best_addressed else None
    if moved is not None:
        return 0, (moved[1], moved[2])
    if moved_only:
        return 1, None
    return best[0], (best[2], best[3])


_UNLISTED_NAME = re.compile(
    r"(?<![\w-])(?P<name>(?:[A-ZĀĒĪŌŪ][\w'’&-]{0,40}\s+){0,4}"
    r"(?:University|Council|Commission|Authority|Board|Trust|Institute|Polytechnic|Limited|Ltd"
    r"|Corporation|Company|Science|Research|Innovation|Post|Airport|Port|College|W[āa]nanga"
    r"|Bank|Fund|Tribunal|Foundation|Museum)"
    r"(?:\s+(?:of|for)\s+(?:the\s+)?[A-ZĀĒĪŌŪ][\w'’-]{1,40}"
    r"(?:\s+(?:and\s+)?[A-ZĀĒĪŌŪ][\w'’-]{1,40}){0,3})?"
    r"|Te\s+[A-ZĀĒĪŌŪ][\w'’-]{1,40}(?:\s+[A-ZĀĒĪŌŪ][\w'’-]{1,40}){0,3})\b"
)
"""A body's name shaped as bodies are named ("Lincoln University", "GNS Science",
"New Zealand Post", "University of Otago", "Te Arawhiti"): Crown research institutes,
state enterprises, universities, and bodies known by a te reo Māori name. The words
before the kind of body are taken greedily ("Hauraki Port Company Limited", not
"Hauraki Port"); a name of one word ("Council") names no one and is dropped by its
users."""
_NOT_A_NAME_START = frozenset({"the", "this", "that", "our", "your", "a", "an", "district",
                                "city", "regional", "local", "each", "every", "any", "dear",
                                "yours", "kind", "request", "official", "information",
                                "response", "ref", "reference", "re", "subject"})  # fmt: skip


def unlisted_names(flat: str) -> set[str]:
    """Every name in ``flat`` shaped as a body's, of two words or more.

    Words that open a sentence or a heading and are no part of a name ("The Rangitoto
    Polytechnic has…", "Dear …") are taken off the front, not the whole name dropped.
    """
    names = set()
    for match in _UNLISTED_NAME.finditer(flat):
        words = match["name"].split()
        while words and words[0].lower() in _NOT_A_NAME_START:
            words = words[1:]
        if len(words) >= 2 and not _tail_of_listed(flat, match.start(), " ".join(words)):
            names.add(" ".join(words))
    return names


def _tail_of_listed(flat: str, start: int, name: str) -> bool:
    """Whether ``name`` ends a directory name the words before it complete.

    "Bay of Plenty Regional Council": the capitalised run "Plenty Regional Council" is
    the tail of the directory's name, not another body.
    """
    before = flat[max(0, start - 60) : start].split()
    listed = _listed_folded()
    return any(
        fold(" ".join([*before[-k:], name])) in listed for k in range(1, min(4, len(before)) + 1)
    )


@lru_cache(maxsize=1)
def _listed_folded() -> frozenset[str]:
    """Every directory name, te reo name and alias, folded."""
    return frozenset(
        fold(n) for a in all_agencies() for n in (a.name, a.maori_name, *a.aliases) if n
    )


@lru_cache(maxsize=8)
def _unlisted_reference(text: str, listed: frozenset[str]) -> tuple[int, tuple[str, str] | None]:
    """The best self-reference to a body the directory lacks, and its tier.

    The same words as for a directory body ("GNS Science has no other information",
    "it is not held by New Zealand Post"), for names shaped like a body's and not
    the directory's (``listed``: folded directory names).
    """
    flat = " ".join(_end_headings(text).split())
    quoted = _quoted_spans(flat)
    names = unlisted_names(flat)
    best: tuple[int, int, str, str] | None = None
    for name in sorted(names):
        if fold(name) in listed:
            continue
        for hit in _self_matches(flat, name):
            judged = _judge(flat, hit, quoted, transferee=False)
            if judged is None:
                continue
            strong, addressed, sentence = judged
            key = (int(not strong and not addressed), hit.start)
            if best is None or key < best[:2]:
                best = (*key, name, sentence[:240])
    return (1, None) if best is None else (best[0], (best[2], best[3]))


def _judge(
    flat: str, hit: _Hit, quoted: list[tuple[int, int]], *, transferee: bool
) -> tuple[bool, bool, str] | None:
    """Whether a self-reference speaks as the author: (strong, addressed, sentence) or None.

    None for words inside a long quotation, a transferee's future reply ("… transferred
    to BOPRC. BOPRC will respond"), a request sent elsewhere ("direct your request to
    MBIE"), and a weak form beside a transfer's, consultation's or complaint's words.
    """
    if any(a <= hit.start < b for a, b in quoted):
        return None
    if transferee and re.search(r"\bwill\b", hit.text, re.IGNORECASE):
        return None
    if _REDIRECTED.search(flat, max(0, hit.start - 40), hit.start):
        return None
    opens = hit.text.split(" ", 1)[0].lower()
    if (
        opens not in _FORM_WORDS and _OBJECT_OF.search(flat, max(0, hit.start - 40), hit.start)
    ) or (hit.text.rstrip().endswith(_DEFINING) and _TO_THE_WRITER.match(flat, hit.end)):
        # "a register for the Racing Integrity Board (the Board)": an object; "the
        # Department of Internal Affairs (the Department) did not provide me" (fyi-19493)
        return None
    sentence = _sentence_around(flat, hit.start, hit.end)
    # "Your request to X", "X holds", "X received" can be a transfer's or a complaint's
    # words ("MSD received your request and transferred it"); "X is extending", "X has
    # 20 working days" speak only as the author. The words that make it so stand near
    # it, not clauses away.
    strong = bool(_ONLY_THE_AUTHOR.search(hit.text))
    at = sentence.find(hit.text)
    near = sentence[max(0, at - 120) : at + len(hit.text) + 60] if at >= 0 else sentence
    if _NOT_AUTHOR_CONTEXT.search(without_names(near)) and not strong:
        return None
    return strong, bool(_ADDRESSED.match(hit.text)), sentence


_TO_THE_WRITER = re.compile(r"[^.;:]{0,60}?\b(?:us|me)\b", re.IGNORECASE)
"""The writer as the object of what the defined body does (a Minister's letter: "the
Department … did not provide me with any briefings"): a third party, not the author."""


_PROPER_NAME = re.compile(
    r"(?:[A-ZĀĒĪŌŪ][\w'’&-]*\s+(?:(?:of|and|for|the)\s+)?){1,6}[A-ZĀĒĪŌŪ][\w'’&-]*"
)


def without_names(words: str) -> str:
    """``words`` without its proper names (runs of two or more capitalised words).

    The words that make a body a mere mention ("transferred", "consulted", "investigation")
    are read in the sentence, not in a body's own name: the Transport Accident
    Investigation Commission is not investigated by being named.
    """
    return _PROPER_NAME.sub(" ", words)


_ACTED = re.compile(
    r"\b(?:located|identified|decided|considered|received|extended|is\s+(?:now\s+)?extending"
    r"|withholds|refuses|declines|made\s+a\s+decision|has\s+no"
    r"|(?:responses?|reply|answers?)\s+(?:follows?|(?:is|are)\s+(?:as\s+follows|below|set\s+out))"
    r"|not\s+(?:already\s+|currently\s+)?held\s+by)\b",
    re.IGNORECASE,
)
"""What a body has done on the request itself (not "holds", not "will respond"): also its
response set out ("Greater Wellington’s response follows:", dev fyi-26733, the transferee of
part of a request to Wellington City Council) or its not holding what was asked (s 18(g)
OIA, s 17(g) LGOIMA: "the information is not held by Greater Wellington")."""


def _transferred_to(flat: str, folded: str, agency: Agency) -> bool:
    """Whether the letter says a request (or part of one) is transferred to ``agency``."""
    if " transfer" not in folded:
        return False
    return any(
        re.search(
            rf"transfer(?:red|ring)?\s+(?:\S{{1,60}}\s+){{0,3}}?to\s+(?:the\s+)?{_name_core(name)}",
            flat,
            re.I,
        )
        for name in _names(agency, aliases=True, words=True)
        if fold(name) in folded
    )


def _transferred_to_acting(
    flat: str, best: tuple[int, int, Agency, str], acting: dict[str, tuple[int, Agency, str]]
) -> tuple[int, Agency, str] | None:
    """After a transfer, the body that acts on the request, not the one first asked.

    "I refer to your email … to the Department of the Prime Minister and Cabinet … it was
    transferred to Corrections … Corrections has located one Cabinet paper": the request
    went to DPMC and DPMC transferred it (s 14 OIA, s 12 LGOIMA); the body it went to and
    that now decides is the author. Only when the best reading is the requester's address
    ("your email to X") and the letter says the request was transferred to a body that
    itself acts in the letter (a transferee merely named as such does not act).
    """
    if best[2].id in acting:
        return None  # the body addressed acts in the letter too: it answers
    for at, agency, sentence in sorted(acting.values(), key=lambda x: x[0]):
        if agency.id == best[2].id:
            continue
        for name in _names(agency, aliases=True, words=True):
            pattern = (
                rf"transferred\s+(?:it\s+|your\s+request\s+)?to\s+(?:the\s+)?{_name_core(name)}"
            )
            if re.search(pattern, flat, re.IGNORECASE):
                return at, agency, sentence
    return None


_REDIRECTED = re.compile(
    r"\b(?:direct|send|sent|submit|forward|redirect|address|lodge|put|make)"
    r"(?:\s+(?:also|instead|directly|it))?\s+$",
    re.IGNORECASE,
)
"""Words before "your request to X" that send the request elsewhere, not to the writer."""
_OBJECT_OF = re.compile(
    r"\b(?:for|with|from|between|against)\s+(?:the\s+)?$",
    re.IGNORECASE,
)
"""A preposition of content just before a self-reference that opens with the body's name:
the body is the object of what the sentence says ("…register for the Racing Integrity
Board (the Board)", fyi-24685), not its subject. "to" ("your request to X") and "about"
("information about the Commerce Commission’s (the Commission) progress", fyi-23741, the
Commission's own letter) are left out: a writer names itself after them too."""
_FORM_WORDS = frozenset({
    "your", "you", "thank", "we", "us", "it", "i", "information", "request", "requests", "data",
    "records", "record", "emails", "letters", "which", "received", "asking", "requested",
    "requesting", "asked", "seeking", "sought", "discuss", "appropriate", "relevant",
    "writing", "responding", "replying", "respond", "on", "my", "is", "are", "was",
    "publish", "published", "publishing", "below", "here", "these", "response", "reply", "decision",
    "believe", "feel", "consider", "think", "at", "as",
})  # fmt: skip
"""The first words of the self-reference forms that do not open with the body's name."""
_ADDRESSED = re.compile(
    r"(?:your|thank|contacting|asking|you|requested|asked|seeking|sought|we|us|writing"
    r"|responding|replying|respond)\b",
    re.IGNORECASE,
)
"""A self-reference that is the requester addressing the body ("your request to X")."""
_QUOTATION = re.compile(r"“[^“”]{30,1500}”|\"[^\"]{30,1500}\"")


def _quoted_spans(flat: str) -> list[tuple[int, int]]:
    """Where ``flat`` quotes at length (the request quoted back, a quoted document)."""
    return [m.span() for m in _QUOTATION.finditer(flat)]


_UNLISTED_SELF = re.compile(
    r"(?<![\w-])(?P<name>(?:[A-ZĀĒĪŌŪ][\w'’-]{1,40}\s+){0,4}[A-ZĀĒĪŌŪ][\w'’-]{1,40})\s+(?:is\s+(?:now\s+)?extending"
    r"|(?:has|have)\s+(?:up\s+to\s+)?(?:20|twenty)\s+working\s+days|acknowledges\s+(?:receipt|your)"
    r"|(?:needs|requires)\s+(?:an\s+|more\s+)?(?:extension|time)|has\s+received\s+your)"
    r"|\b(?:requested|requesting|asked\s+for|seeking|sought)\s+(?:the\s+following\s+)?information"
    r"\s+from\s+(?:the\s+)?(?P<named>[A-ZĀĒĪŌŪ][^.;:()\n]{2,90})"
    r"|\b(?:(?:my\s+(?:role|responsibilit\w{1,5}|capacity|portfolio\w?)|I\s+have\s+a\s+responsibility)"
    r"\s+as"
    # "As the Minister of Corrections, my top priority is …" (dev fyi-16987): a Minister
    # speaking in the first person as the portfolio
    r"|As(?=\s+(?:the\s+)?Minister\s+(?:of|for)\s+[^,.;:]{2,80},\s+(?:I|my)\b))"
    r"\s+(?:the\s+)?(?P<title>(?:Associate\s+)?Minister\s+(?:of|for)\s+[A-ZĀĒĪŌŪ][\w'’-]{1,40}"
    r"(?:\s+(?:and\s+)?[A-ZĀĒĪŌŪ][\w'’-]{1,40}){0,4})"
    r"|(?<!that\sis\s)(?<!which\sis\s)\b(?:not\s+(?:already\s+|currently\s+)?held\s+by"
    r"|(?:request|it)\s+is\s+being\s+handled\s+by)"
    r"\s+(?:the\s+)?(?P<held>[A-ZĀĒĪŌŪ][^.;:()\n,]{2,60})"
    r"|(?P<defined>[A-ZĀĒĪŌŪ][^.;:()\n]{2,90}?)\s+\((?:[Tt]he\s+|“|\")?(?:University|Council|Board"
    r"|Commission|Authority|Corporation|Company|Trust|Institute|Polytechnic)[”\"]?\)"
)
_ADDRESSED_MINISTER = re.compile(
    r"\b(?:writ(?:e|ing|ten)|wrote|contacting|emailing|(?:request|email|letter|correspondence)"
    r"(?:\s+[\w,()-]{1,40}){0,6}?)\s+to\s+(?:the\s+)?(?:office\s+of\s+(?:the\s+)?)?"
    r"(?:Rt\.?\s+)?Hon\.?\s+(?:[A-ZĀĒĪŌŪ][\w'’-]{1,40},?\s+){1,3}?(?:the\s+)?"
    r"(?P<addressed>(?:Associate\s+)?Minister\s+(?:of|for)\s+(?:the\s+)?[A-ZĀĒĪŌŪ][\w'’-]{1,40}"
    r"(?:\s+(?:and\s+)?[A-ZĀĒĪŌŪ][\w'’-]{1,40}){0,4})"
)
"""The requester's words addressed to a Minister by name and title: "Thank you for taking
the time to write to Hon Chris Hipkins, Minister for COVID-19 Response" (searched only
where the letter says "Hon")."""


def _unlisted_speaking_of_itself(text: str) -> tuple[str, str] | None:
    """A body the directory lacks, in words only the author says ("KiwiRail has up to 20…").

    The name must look like a body's: a name ending in "University", "Limited", "Council"
    and the like, or one word with a capital inside ("KiwiRail"); a bare "The Council" or
    "We" names no one.
    """
    flat = " ".join(_end_headings(text).split())
    for match in _UNLISTED_SELF.finditer(flat):
        if match["defined"] and _OBJECT_OF.search(flat, max(0, match.start() - 40), match.start()):
            continue  # "…register for the Racing Integrity Board (the Board)": an object
        name = _unlisted_name(match)
        if name is not None:
            return name, _sentence_at(flat, match.start())
    for match in _ADDRESSED_MINISTER.finditer(flat) if "Hon" in flat else ():
        sentence = _sentence_at(flat, match.start())
        title = " ".join(match["addressed"].split())
        if re.search(r"\btransferr", sentence, re.IGNORECASE) or title.startswith("Associate"):
            continue  # the Minister the request was sent to, then transferred from
        return title, sentence
    return None


def _unlisted_name(match: re.Match[str]) -> str | None:
    """The body a ``_UNLISTED_SELF`` match names, if its name is shaped like a body's."""
    if match["defined"]:  # "Te Herenga Waka – Victoria University of Wellington (The
        # University)": a letter names itself so before calling itself "the University"
        candidate = re.split(r"\||—|\s[–-]\s|,\s", _mended(match["defined"]))[-1].strip()
    elif match["title"]:  # "my responsibilities as the Minister for Māori Development"
        title = " ".join(match["title"].split())
        return None if title.startswith("Associate") else title
    elif match["held"]:  # "not already held by the University of Otago but would…"
        candidate = re.split(r"\s+(?!(?:of|for|and|the|o|ki)\b)(?=[a-z])", _mended(match["held"]))[
            0
        ]
    elif match["named"]:  # "information from Te Pūkenga – New Zealand Institute of …"
        return _organisation_line(match["named"])
    else:
        name = match["name"].removeprefix("The ").strip()
        if " " not in name and re.search(r"[a-z][A-Z]", name):
            return name  # "KiwiRail"
        organisation = _ORGANISATION.match(name)
        whole = organisation is not None and organisation["name"] == name
        return name if whole and len(name.split()) >= 2 else None
    organisation = _ORGANISATION.match(candidate.strip())
    if organisation is None or len(organisation["name"].split()) < 2:
        return None
    return " ".join(organisation["name"].split())


_SENTENCE_END = re.compile(r"[.?!;:][”\"’)]?(?=\s)|\s[•▪●◦]\s")
"""A sentence's end: its stop, and a closing quotation mark or bracket after it (the
request quoted back ends "…in the drafting process.” The Ministry of Transport (the
Ministry) undertook…", silver s27571: the next sentence is the letter's own)."""


def _sentence_around(flat: str, start: int, end: int) -> str:
    """The sentence (or bullet, or clause before a colon) holding ``flat[start:end]``.

    At most 600 characters either side: a text with no full stop (a hostile one, or a
    text layer that lost them) costs a bounded search per name, not one to its end.
    """
    begin = max(0, start - 600)
    for stop in _SENTENCE_END.finditer(flat, begin, start):
        begin = stop.end()
    stop_at = min(len(flat), end + 600)
    after = _SENTENCE_END.search(flat, end, stop_at)
    return flat[begin : after.start() if after else stop_at].strip()


def _sentence_at(flat: str, at: int) -> str:
    return _sentence_around(flat, at, at)[:240]


_HEADING = re.compile(
    r"(?m)^([^\S\n]*(?:\S{1,60}[^\S\n]+){0,7}\S{0,60}[\w)”\"])[^\S\n]*\n(?=\s*[A-Z“\"])"
)


def _end_headings(text: str) -> str:
    """``text`` with a full stop after each short heading line ("Transfer of your request").

    A heading is not part of the sentence below it: "Transfer of your request" above
    "Thank you for your request to Manatū Hauora" does not make the thanks a transfer's
    words. A heading a text layer ran into the first sentence's line ("Transfer of your
    request for information Thank you for your request…", fyi-32140) ends where the
    thanks begin.
    """
    return _RUN_IN_THANKS.sub(".", _HEADING.sub(_heading_ended, text))


def _heading_ended(match: re.Match[str]) -> str:
    """A short line ended as a heading, unless it is a wrapped sentence's line.

    A heading starts with a capital or a number and does not end on a word that wants
    the next ("to", "the", "of"); a line that starts in lower case continues a sentence,
    which a page's margin breaks before a name as often as anywhere ("‘particulates’ was
    partially transferred to Greater" / "Wellington Regional Council").
    """
    line = match.group(1)
    first = next((c for c in line if c.isalnum()), "")
    last = line.rsplit(None, 1)[-1].lower() if line.split() else ""
    if first.islower() or last in _WANTS_MORE:
        return match.group(0)
    return f"{line}.\n"


_WANTS_MORE = frozenset({
    "to", "the", "of", "and", "for", "a", "an", "in", "on", "by", "with", "from", "at", "or",
    "that", "which", "was", "is", "are", "were", "has", "have", "been", "be", "our", "your",
    "its", "their", "this", "as", "under",
})  # fmt: skip
"""Words a heading does not end on: a sentence that runs on to the next line does."""


_RUN_IN_THANKS = re.compile(r"(?<=[a-z])(?=[^\S\n]+Thank\s+you\s+for\s+(?:your|the)\b)")
"""Between a lower-case word and a capitalised "Thank you for your…" on one line."""


_MARK = "\ue000"
"""Stands for the body's name in ``_SELF_RE`` and in the text it is matched against."""
_SELF_RE = re.compile(_SELF.replace("{NAME}", _MARK), re.IGNORECASE)
"""Every self-reference form, compiled once: the name is marked in the text instead."""


@dataclass(frozen=True, slots=True)
class _Hit:
    """A self-reference found in the flattened letter: where, and its words."""

    start: int
    end: int
    text: str


def _self_matches(flat: str, name: str) -> list[_Hit]:
    """Self-references to ``name`` in ``flat``, each found near an occurrence of the name.

    Each occurrence of the name is replaced by spaces and a mark of the same length, so
    one pattern compiled once serves every name and offsets stay those of ``flat``. Only
    a window around each occurrence is searched: a long letter that names a body twice
    costs two short searches, not a scan of the whole text.
    """
    occurrences = [
        m
        for m in _name_pattern(name).finditer(flat)
        if flat[m.start()].isupper()  # a proper noun: "corrections to the data" names no one
        and not _INSIDE.search(flat, max(0, m.start() - 12), m.start())
        and not inside_longer(flat, m.start(), m.end())
    ]
    if not occurrences:
        return []
    pieces, last = [], 0
    for m in occurrences:
        pieces += [flat[last : m.start()], " " * (m.end() - m.start() - 1), _MARK]
        last = m.end()
    marked = "".join([*pieces, flat[last:]])
    found: dict[int, _Hit] = {}
    for text in (marked, *_unbracketed(marked)):
        for named in occurrences:
            start, end = max(0, named.start() - 160), min(len(flat), named.end() + 100)
            for match in _SELF_RE.finditer(text, start, end):
                begin = match.start()
                if text[begin] == _MARK:  # it starts with the name: from its first letter
                    begin = next(o.start() for o in occurrences if o.end() - 1 == begin)
                found.setdefault(begin, _Hit(begin, match.end(), flat[begin : match.end()]))
    return [found[at] for at in sorted(found)]


_BRACKET_AFTER = re.compile(
    _MARK + r"(?P<pipe>\s*\|\s*[^|()\n]{2,30}?)?(?P<bracket>\s*\([^()\n]{1,30}\))"
)
"""A short form in brackets just after the name (or after its te reo name beside it): "Health
New Zealand | Te Whatu Ora (Health NZ)", "the Ministry of Social Development (the Ministry)"."""


def _unbracketed(marked: str) -> list[str]:
    """``marked`` with the short form after each name blanked out, if any name has one.

    A letter that defines a short form as it names itself ("Thank you for your email …,
    asking Health New Zealand | Te Whatu Ora (Health NZ) for the following", dev
    fyi-28140) speaks of itself as it would without the brackets; the self-reference forms
    are read again with them blanked (same length: offsets kept). The definition itself
    ("X (the Ministry) …") is still read in ``marked`` as written.
    """
    if _BRACKET_AFTER.search(marked) is None:
        return []
    return [
        _BRACKET_AFTER.sub(lambda m: _MARK + (m["pipe"] or "") + " " * len(m["bracket"]), marked),
    ]
