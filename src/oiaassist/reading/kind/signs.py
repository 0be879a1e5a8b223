"""Signs of a letter's kind that the date finders do not give (used by :mod:`.rules`).

The letter's own title ("Extension of time to respond"), information given with
it or in it, a release still to follow, a refusal in other words, an earlier
decision spoken of, a reply promised (an acknowledgement's mark, whoever the
subject is), words that extend the time limit or ask the requester to clarify
that the other finders miss, and where a message quoted below an email reply
begins: what the request or an earlier letter says there is not what this
letter does. Each is found outside quotation marks and not under an "if", in
bounded time (a hostile text with no full stop costs linear time).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from oiaassist.reading import phrases as ph
from oiaassist.reading.clarifying import asked_now_by_sentence
from oiaassist.reading.facts import Facts, quote_open
from oiaassist.reading.kind.giving import Giving, giving
from oiaassist.reading.kind.rules import LetterKind
from oiaassist.reading.patterns import SALUTATION
from oiaassist.reading.prefilter import cannot_match
from oiaassist.reading.text import Found

__all__ = ["KindEvidence", "evidence", "quoted_from"]


@dataclass(frozen=True, slots=True)
class KindEvidence:
    """Signs of the letter's kind that the date finders do not give.

    Attributes:
        title: the kind the letter's own title line names ("Transfer of your
            request", "…: ACKNOWLEDGEMENT OF REQUEST"); a "Response to your
            request" title is ``DECISION`` (a decision, released or not).
        gives: words by which the letter gives information now ("I enclose",
            "please find attached correspondence", "In response to question one of
            your request, …").
        to_follow: words saying the information granted will be sent later
            ("will send them to you no later than…", "being prepared for release").
        refuses: a refusal in other words ("we are unable to provide this information",
            "can neither confirm nor deny").
        earlier: words about a decision an earlier letter made ("flow from my decision to
            refuse your request").
        responds: words by which the letter calls itself the response ("discuss this
            response", "have this response reviewed").
        asks: words asking the requester to clarify or refine ("We would like to work with
            you in order to clarify your request"; "are you able to refine your request?",
            found by the sentence's features, :func:`.clarifying.asked_now_by_sentence`,
            also where the letter bears no date to date the asking by).
        extends: words extending the time limit that the extension finder missed.
        promises: words promising a reply to come ("the Council will respond",
            "you can expect a response by…"), or calling itself an acknowledgement: the
            marks of an acknowledgement.
        noted: words saying the request was received, noted or passed on to be answered
            ("Your request has been received"): an answer may say so too, so only a short
            letter is an acknowledgement by them.
        quoted_from: where (in the original text) an earlier message quoted below
            this one begins ("-----Original Message-----", "From: … Sent: …"): what
            the request or an earlier letter says there is not what this letter does.
        extension_quoted: every sentence about an extension lies in a quoted message.
        thanks: words thanking for the request or email, or saying it was received or
            noted ("Thank you for taking the time to write to Hon …"): a short note
            that does nothing else acknowledges it.
        transfers: words by which this letter's writer transfers the request now, in the
            first person ("I have transferred your request to Creative New Zealand"), for
            a transfer the transfer finder could not read (OIA s 14; LGOIMA s 12).
        charge: words fixing a charge for the information or asking for its payment
            ("part payment of the estimated charge", "in accordance with s13(1A)"; OIA
            s 15(1A), LGOIMA s 13(1A)): a grant on payment releases nothing now.
        review: words showing the letter follows an Ombudsman's review of an earlier
            response ("Ombudsman Ref: CASE-027401", "you asked the Office of the Ombudsman
            to investigate"; OIA s 28): not the right-to-complain sentence every answer has.
        eligibility: words asking the requester to show they may request at all ("confirm
            your eligibility under the Act", OIA s 12(1); LGOIMA s 10): no clarification.
        giving: the general signs of information given now or not, weighed
            (:mod:`.giving`): a release or a decision that releases nothing.
    """

    title: Found[LetterKind] | None = None
    gives: Found[str] | None = None
    to_follow: Found[str] | None = None
    promises: Found[str] | None = None
    noted: Found[str] | None = None
    refuses: Found[str] | None = None
    earlier: Found[str] | None = None
    responds: Found[str] | None = None
    asks: Found[str] | None = None
    extends: Found[str] | None = None
    quoted_from: int | None = None
    extension_quoted: bool = False
    thanks: Found[str] | None = None
    transfers: Found[str] | None = None
    eligibility: Found[str] | None = None
    charge: Found[str] | None = None
    review: Found[str] | None = None
    giving: Giving = field(default_factory=Giving)

    def here(self, found: Found[Any] | None) -> Found[Any] | None:
        """``found`` if it lies in this letter's own text (above any quoted message)."""
        if found is None or (self.quoted_from is not None and found.span[0] >= self.quoted_from):
            return None
        return found


_TITLE_WORD = re.compile(
    r"(?:^|[:–—|]\s*|\s[-–—]\s*|\b(?:re|subject)\s*:\s*)(?:notice\s+of\s+(?:an?\s+)?|notification"
    r"\s+of\s+(?:an?\s+)?|request\s+for\s+|your\s+)?(?P<word>acknowledg\w*|extension|extending"
    r"|transfer(?:red|ring)?|clarification|refinement|release\s+of\s+information"
    r"|(?:response|reply|decision)(?!\s+(?:date|time|due))"
    r")\b",
    re.IGNORECASE,
)
"""A kind word opening a title line or one of its parts ("…ACT 1987: ACKNOWLEDGEMENT OF
REQUEST", "Re: Transfer of your request"): deep inside a title it is the topic of the
request ("Request about the transfer of land"), not the letter's kind."""

_ABOUT_THE_REQUEST = re.compile(
    r"\b(?:request|time|time\s*frame|deadline|OIA|LGOIMA|information|letter|notice)\b",
    re.IGNORECASE,
)
"""What follows a title's kind word when it names the letter's act ("Transfer of your
request", "Extension of time", "ACKNOWLEDGEMENT OF REQUEST", or nothing), not a topic
("LGOIMA request – Transfer station fees")."""

_TITLE_KINDS = (
    ("acknowledg", LetterKind.ACKNOWLEDGEMENT),
    ("exten", LetterKind.EXTENSION),
    ("transfer", LetterKind.TRANSFER),
    ("clarif", LetterKind.CLARIFICATION),
    ("refine", LetterKind.CLARIFICATION),
    ("release", LetterKind.RELEASE),
)

_TITLE_LINES_AFTER_GREETING = 3
_TITLE_LINES_WITHOUT_GREETING = 12
_TITLE_MAX = 150


def _title(facts: Facts, quoted: int | None) -> Found[LetterKind] | None:
    """The kind named by the letter's title, where it has one.

    A title is a short line in the heading or just under the greeting, not a
    sentence, and not a quoted email's subject (FYI's "Official Information
    request - <the requester's title>", or any line of a message quoted below
    the reply, from ``quoted`` on).
    """
    original = facts.text.original
    greeting = SALUTATION.search(original)
    lines: list[tuple[int, str]] = []
    at = 0
    head = original[: greeting.start()] if greeting is not None else original
    for line in head.split("\n")[: _TITLE_LINES_WITHOUT_GREETING if greeting is None else None]:
        lines.append((at, line))
        at += len(line) + 1
    if greeting is not None:
        at = original.find("\n", greeting.end())
        for _ in range(_TITLE_LINES_AFTER_GREETING):
            if at < 0:
                break
            end = original.find("\n", at + 1)
            line = original[at + 1 : end if end >= 0 else len(original)]
            lines.append((at + 1, line))
            at = end
    for start, line in lines:
        if quoted is not None and start >= quoted:
            break
        text = line.strip()
        if not text or len(text) > _TITLE_MAX or text.endswith((".", ",")):
            continue
        if re.match(r"(?:from|sent|to|cc|date|reply-to)\s*:", text, re.IGNORECASE):
            continue
        if re.search(r"official\s+information\s+request\s+-\s", text, re.IGNORECASE):
            continue  # FYI's subject line: the requester's own title follows
        match = _TITLE_WORD.search(text)
        if match is None:
            continue
        rest = text[match.end() :]
        if rest.strip(" :–—.-") and not _ABOUT_THE_REQUEST.search(rest):
            continue  # a topic: "INFORMATION REQUEST – Transfer station fees"
        word = match["word"].lower()
        kind = next((k for stem, k in _TITLE_KINDS if word.startswith(stem)), LetterKind.DECISION)
        offset = start + line.index(text)
        return Found(kind, " ".join(text.split()), (offset + match.start(), offset + match.end()))
    return None


_GIVES = re.compile(
    r"\bI\s+(?:now\s+)?enclose\b|\b(?:we|I)\s+(?:have\s+)?(?:attached|enclosed|included)\s+"
    r"(?:a\s+copy|copies|the\s+(?:documents?|information|data|figures|report|table|spreadsheet"
    r"|minutes|correspondence|emails?|records?))"
    r"|\bplease\s+find\s+(?:enclosed|attached|below|herewith)\s+(?:\w+\s+){0,2}?(?:documents?|copies"
    r"|copy|information|data|figures|report|reports|spreadsheet|table|minutes|correspondence"
    r"|emails?|records?|briefings?|answers?|responses\s+to)"
    r"|\b(?:attached|enclosed)\s+(?:is|are)\s+(?:all\s+|a\s+copy|copies|the\s+(?:documents?|information"
    r"|data|figures|report|spreadsheet|minutes|correspondence|emails?|records?))"
    # a list of what is attached ("Attachment 1: Email to you from …"); a text layer that
    # lost the "tt" ligature ("we have at ached it to this letter")
    r"|(?-i:\bAttachment)\s+\d+\s*[:–-]\s+(?-i:[A-Z])|\b(?:we|I)\s+have\s+at\s?t?ached\s+(?:it|them|these|this|the"
    r"|a\s+copy|copies)\b"
    r"|\b(?:documents?|information|data|figures|reports?|spreadsheet|minutes|correspondence"
    r"|emails?|records?|briefings?)\s+(?:is|are)\s+(?:detailed|provided|included|set\s+out)\s+in\s+"
    r"the\s+(?:attached|enclosed)\b|\bin\s+the\s+attached\s+(?:spreadsheet|table|document|report)\b"
    r"|\bI\s+am\s+(?:pleased|happy)\s+to\s+(?:provide|release|enclose|attach|share)\b"
    # "You will find the information you requested in your first and second question in the
    # document attached" (dev pharmac-2023-prioritisations-release)
    r"|\byou\s+will\s+find\s+(?:all\s+)?(?:the\s+)?(?:information|documents?|data|figures|answers?"
    r"|responses?)\b[^.;]{0,80}?\b(?:attached|enclosed|below)\b"
    r"|\b(?:released|granted)\s+in\s+(?:full|part)\s*[–—:-]"
    # the answer in the letter itself, part by part: "In response to question one of your
    # request, …", "For the second part of your request, we reviewed …"
    r"|\b(?:in\s+(?:answer|reply|response|relation)\s+to|turning\s+to|with\s+(?:regard|respect)"
    r"\s+to|for)\s+"
    r"(?:your\s+|the\s+)?(?:first|second|third|fourth|fifth|final|last)?\s*(?:part|question|point"
    r"|item)s?\s*(?:\d+|one|two|three|four|five|\(\w\))?(?:\s+of\s+your\s+request)?\s*[,:–-]"
    # an answer stated outright, with its figure: "We can confirm that there are renovations
    # planned for Level 2" (not "I can confirm that we received your request on 3 May")
    r"|\b(?:I|we)\s+can\s+(?:confirm|advise|tell\s+you)\s+that\b(?![^.;]{0,200}?\b(?:receiv"
    r"|request|extend|extension|transfer|due|respon|decision|working\s+day)\w*)[^.;]{0,200}?\d",
    re.IGNORECASE,
)
"""Information given now, with or in this letter (not "attached is our letter")."""

_REFUSES = re.compile(
    r"\b(?:unable|not\s+able)\s+to\s+(?:provide|release|supply|give|share|make\s+available)\s+"
    r"(?!(?:you\s+with\s+)?(?:an?|our|the|my|its)\s+(?:\w+\s+)?(?:response|decision|reply|answer)\b)"
    r"|\b(?:can\s*not|can't|will\s+not)\s+(?:be\s+)?(?:provide|release|supply|make\s+available)"
    r"(?:d|s)?\s+(?:the|this|that|these|those|it|them|you\s+with\s+(?:the|this|any))\b"
    r"|\bneither\s+confirm\s+nor\s+deny\b"
    # the passive, and the refusal of an act: "The report … cannot be released because …",
    # "We are therefore refusing to release the report under s17(a)" (Auckland Council)
    r"|\b(?:can\s*not|can't|will\s+not|is\s+not\s+able\s+to)\s+be\s+(?:released|provided|disclosed"
    r"|supplied|made\s+available)\b|\brefus(?:e|es|ed|ing)\s+to\s+(?:release|provide|disclose|supply"
    r"|make\s+available)\b",
    re.IGNORECASE,
)
"""A refusal in other words than "refuse" (OIA s 18; "neither confirm nor deny", OIA s 10,
LGOIMA s 8): a decision when the letter gives nothing and does nothing else first."""

_EARLIER_DECISION = re.compile(
    r"\b(?:my|our|the)\s+(?:earlier\s+|previous\s+|original\s+|initial\s+)?decision\s+(?:to\s+"
    r"(?:refuse|withhold|decline|release|grant|extend|transfer)|of\s+\d|dated\b|(?:sent|made"
    r"|notified)\s+(?:to\s+you\s+)?on\b)"
    r"|\bas\s+(?:previously|already)\s+(?:advised|explained|stated|notified)\b",
    re.IGNORECASE,
)
"""A decision made in an earlier letter ("my decision to refuse your request", "as
previously explained"): a letter about it that gives nothing and decides nothing anew is
a follow-up, not an answer."""

_RESPONDS = re.compile(
    r"\b(?:discuss|query|questions?\s+about|concerns?\s+about|unhappy\s+with|dissatisfied\s+with"
    r"|not\s+satisfied\s+with)\s+(?:this|my|our)\s+(?:response|decision)\b"
    r"|\b(?:have|has)\s+(?:this|my|our)\s+(?:response|decision)\s+(?:\w+\s+){0,2}?reviewed\b",
    re.IGNORECASE,
)
"""The letter calls itself the response ("If you wish to discuss this response", "to have
this response reviewed by the Office of the Ombudsman", OIA s 28(3))."""

_ASKS = re.compile(
    r"\b(?:we|I)\s+would\s+like\s+to\s+(?:work\s+with\s+you\s+(?:in\s+order\s+)?to\s+)?(?:clarify"
    r"|refine|narrow)\s+your\s+request\b"
    r"|\bwould\s+like\s+to\s+understand\s+(?:the\s+)?(?:specific\s+|exact\s+)?(?:information"
    r"|documents?|scope)\s+you\s+are\s+(?:requesting|seeking|after)\b"
    # "We require more detail to assist us to identify what you are interested in" (Te Pūkenga)
    r"|\b(?:we|I)\s+(?:require|need|would\s+need)\s+(?:some\s+)?(?:more|further|additional)\s+"
    r"(?:detail|details|information|clarification)\s+(?:from\s+you|to\s+(?:assist\s+us\s+to\s+"
    r"|help\s+us\s+(?:to\s+)?|enable\s+us\s+to\s+)?(?:identify|understand|locate|clarify|determine))\b",
    re.IGNORECASE,
)
"""This letter asks the requester to clarify (OIA s 15(1AA); LGOIMA s 13(1AA)): "We would
like to work with you in order to clarify your request"."""

_DAY = (
    r"(?:\w+day,?\s+)?\d{1,2}(?:st|nd|rd|th)?(?:\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov"
    r"|Dec)[a-z]*\b|[./]\d{1,2}[./]\d{2,4})"
)
"""The start of a date ("Tuesday 18 March", "28 January", "20/7/2021"), not a length
("by 20 working days")."""

_EXTENDS = re.compile(
    r"\b(?:necessary|need|needs|required|have|has|decided|writing)\s+to\s+exten[dt]\s+(?:the\s+)?"
    r"(?:time|time\s*frame|time\s+limit|deadline|due\s+date|period|date\s+(?:of|for)\s+(?:reply"
    r"|response|decision)|(?:response|reply)\s+date)\b"
    # "The new maximum time limit for the University's response is 24 July 2023"
    r"|\bnew\s+(?:maximum\s+)?(?:time\s+limit|due\s+date|deadline|response\s+date)\b[^.;]{0,60}?"
    rf"\b(?:is|will\s+be)\s+{_DAY}"
    # "In accordance with section 15(1) and 15A …, the Ministry's decision will be with you by
    # 28 January 2026": the extension section cited with the new date (OIA s 15A)
    rf"|\b15A\b[^.;]{{0,120}}?\b(?:by|until|no\s+later\s+than|on\s+or\s+before)\s+{_DAY}"
    # "This request wil now be responded to by Tuesday 18 March 2025" ("wil": a lost "l")
    r"|\bwill?\s+now\s+be\s+(?:responded\s+to|answered|decided|provided|sent)\s+(?:by|on|no\s+later"
    rf"\s+than)\s+{_DAY}",
    re.IGNORECASE,
)
"""This letter extends the time limit, in words the extension finder missed: a typo ("it
is necessary to extent the time limit", University of Auckland), "decided to extend the
date of reply", "the new maximum time limit … is …", s 15A cited with the new date."""

_TO_FOLLOW = re.compile(
    r"\b(?:will?|shall)\s+(?:then\s+)?(?:send|provide|forward|release|email|post)\s+(?:them|it|these"
    r"|the\s+(?:documents?|information|records?))\s+to\s+you\b"
    # "We will send you the information by 22 January 2025" (the one it goes to first)
    r"|\b(?:will?|shall)\s+(?:then\s+)?(?:send|provide|forward|email|post)\s+you\s+(?:with\s+)?"
    r"(?:the|these|those|this|that)\s+(?:\w+\s+)?(?:documents?|information|records?|material|data"
    r"|copies|correspondence|emails?|reports?)\b"
    r"|\b(?:documents?|information|records?|material|them|these)\s+(?:will?|shall)\s+be\s+(?:sent"
    r"|provided|released|forwarded|emailed|made\s+available)\s+(?:to\s+you\s+)?(?:shortly|soon|by"
    r"|on|no\s+later\s+than|once|when|within|in\s+due\s+course|separately|as\s+soon\s+as)\b"
    r"|\b(?:being|are|is)\s+(?:currently\s+|now\s+)?(?:being\s+)?prepared\s+for\s+release\b"
    r"|\bpreparing\s+(?:the|these|them|those)\s+(?:\w+\s+)?(?:for\s+release)"
    r"|\bin\s+the\s+(?:final\s+)?(?:stages?|process)\s+of\s+preparing\b[^.;]{0,40}\bfor\s+release"
    r"|\b(?:more|additional|further)\s+time\s+(?:is\s+)?(?:needed|required)\s+to\s+(?:make\s+the"
    r"\s+information\s+available|prepare\s+(?:the\s+)?(?:information|documents)\s+for\s+release)"
    # "The Council requires further time to finish preparing the material"
    r"|\b(?:requires?|needs?)\s+(?:some\s+)?(?:more|further|additional|extra)\s+time\s+to\s+(?:finish"
    r"\s+|complete\s+)?(?:preparing|collating|compiling|formatting|redacting)\b",
    re.IGNORECASE,
)
"""The information granted follows later: a decision now, a release to come (OIA s 28(5))."""

_PROMISES = re.compile(
    r"\b(?:will?|shall)\s+(?:endeavour\s+to\s+|aim\s+to\s+|try\s+to\s+|seek\s+to\s+)?(?:respond|reply"
    r"|acknowledge"
    r"|make\s+(?:a|our|its|their|the)\s+decision|provide\s+(?:you\s+with\s+)?(?:a|our|its|the)\s+"
    r"(?:response|decision|reply)|send\s+you\s+(?:a|our|its|the)\s+(?:response|decision|reply)"
    r"|notify\s+you\s+of\s+(?:our|its|the)\s+decision|be\s+in\s+(?:touch|contact))\b"
    r"|\b(?:aim|aims|endeavour|endeavours|expect|expects)\s+to\s+(?:respond|reply|provide\s+(?:you\s+"
    r"with\s+)?a\s+response)\b"
    r"|\byou\s+(?:will?|should|can\s+expect\s+to|may\s+expect\s+to)\s+(?:receive|hear|get)\s+(?:a|our"
    r"|the|back|from)\b|\bcan\s+expect\s+(?:a|our|the)\s+(?:response|reply|decision)\b"
    r"|\b(?:a|our|the)\s+(?:response|reply|decision)\s+(?:will?|should)\s+be\s+(?:sent|provided|made"
    r"|given|with\s+you)\b"
    # "Please consider this email as an acknowledgement" (a Minister's office)
    r"|\b(?:this|please\s+(?:consider|accept|treat)\s+this)\s+(?:e-?mail|letter|message|reply)\s+"
    r"(?:is\s+|as\s+|serves\s+as\s+)(?:an?\s+|our\s+)?(?:automatic\s+|formal\s+)?acknowledge?ment\b"
    # the request will be answered (a future passive, whoever answers): "will be responded to
    # within the statutory timeframe"; it has been noted or logged
    r"|\b(?:request|e-?mail|correspondence|query)\s[^.;]{0,60}?(?<=\s)(?:will?|shall)\s+be\s+"
    r"(?:\w+\s+)?(?:responded\s+to|answered|considered|processed|actioned|dealt\s+with|replied\s+to)\b"
    # the letter calls itself an acknowledgement ("this acknowledgement is an automatically
    # generated email", "please find attached an acknowledgment letter")
    r"|\b(?:this|an?|our)\s+(?:automatic\s+|formal\s+)?acknowledge?ment(?:\s+(?:letter|e-?mail))?\b"
    r"|\bautomatic(?:ally)?[\s-]+(?:generated\s+)?(?:reply|response|e-?mail|message)\b",
    re.IGNORECASE,
)
"""A reply still to come, whoever promises it ("the Council will respond", "you can expect a
response by…"), or a letter calling itself an acknowledgement: the marks of an
acknowledgement when the letter does nothing else (a decision is still to come, OIA s 15(1);
LGOIMA s 13(1))."""

_NOTED = re.compile(
    r"\b(?:request|e-?mail|letter|correspondence)\s+(?:\w+\s+)?(?:has|have)\s+been\s+received\b"
    r"|\bhas\s+been\s+(?:passed|forwarded|referred|sent|allocated|assigned)\s+(?:on\s*)?to\s+"
    r"(?:the\s+|our\s+)?(?:relevant|appropriate|responsible)\b"
    r"|\b(?:request|e-?mail|correspondence|letter|query)\s+(?:has|have)\s+been\s+(?:noted|logged"
    r"|registered|recorded)\b"
    # "We acknowledge receipt of your request" (every such letter of the development set is an
    # acknowledgement; an answer may open so too, so a short letter's mark only)
    r"|\b(?:we|I)\s+(?:hereby\s+|would\s+like\s+to\s+|wish\s+to\s+|write\s+to\s+)?acknowledge\s+"
    r"(?:the\s+)?receipt\b",
    re.IGNORECASE,
)
"""The request received, noted, or passed to the team that will answer it: said in an
acknowledgement, and as often at the head of the answer itself ("Your request has been
received and considered under the Act"), so it marks an acknowledgement only in a short
note that gives and decides nothing (:mod:`.rules`)."""

_THANKS = re.compile(
    r"\bthank\s+you\s+(?:\w+\s+)?for\s+(?:your|taking\s+the\s+time|contacting|writing|getting\s+in"
    r"\s+touch|reaching\s+out|emailing|getting\s+back)\b|\b(?:we|I)\s+(?:acknowledge|confirm)\s+(?:the\s+)?receipt\b"
    r"|\b(?:request|e-?mail|correspondence|letter)\s+(?:has|have)\s+been\s+(?:received|noted|logged"
    r"|registered)\b",
    re.IGNORECASE,
)
"""Thanks for the request or email, or its receipt acknowledged or noted."""

_TRANSFERS = re.compile(
    r"\b(?:I|we)\s+(?:have\s+|has\s+)?(?:now\s+|therefore\s+|also\s+)?(?:transferred|am\s+transferring"
    r"|are\s+transferring|decided\s+to\s+transfer)\s+(?:(?:part|parts|some|all)\s+(?:\w+\s+){0,3}?of\s+)?"
    r"your\s+(?:\w+\s+){0,3}?request\b(?!\s+to\s+(?:us|me|this\s+office)\b)"
    # "I have decided under section 14(b)(ii) of the Official Information Act to transfer your
    # request to them" (words between the deciding and the transfer; not "decided not to")
    r"|\b(?:I|we)\s+(?:have\s+|has\s+)?decided\s+(?:under|pursuant\s+to|in\s+accordance\s+with)\s+"
    r"(?:(?!\bnot\b)[^.;]){0,80}?\bto\s+transfer\s+(?:(?:part|parts|some|all)\s+(?:\w+\s+){0,3}?of\s+)?"
    r"your\s+(?:\w+\s+){0,3}?request\b",
    re.IGNORECASE,
)
"""The writer transfers the request now, in the first person (not "we considered
transferring", "if we transfer", "we have not transferred it", nor a request
transferred in to us)."""

_ELIGIBILITY = re.compile(
    r"\b(?:confirm|evidence\s+of|proof\s+of|assurance\s+(?:as\s+to|of|about|regarding))\s+"
    r"(?:your\s+)?eligib\w*"
    r"|\beligib\w*\s+(?:to\s+(?:make\s+(?:a|an|this)\s+)?request|under\s+(?:the\s+)?(?:Act|OIA"
    r"|section\s+12))"
    # who may request, asked without the word: "please confirm that you are a New Zealand
    # citizen or permanent resident, or are in New Zealand" (round 15's fresh letters)
    r"|\b(?:confirm|evidence|proof|demonstrate|verify|establish)\b[^.;?]{0,40}?\byou\s+are\s+"
    r"(?:an?\s+)?(?:New\s+Zealand\s+citizen|citizen\s+of\s+New\s+Zealand|permanent\s+resident)\b",
    re.IGNORECASE,
)
"""The letter asks the requester to show they may request at all (OIA s 12(1): a citizen,
a permanent resident, a person in New Zealand, a body incorporated or with a place of
business here; LGOIMA s 10): it questions the requester, not the scope of the request
(s 15(1AA)), so it is no clarification (the corpus's kind rule 7)."""

_CHARGE = re.compile(
    r"\b1[35]\s*\(\s*1A\s*\)|\b(?:part\s+)?payment\s+of\s+(?:the\s+)?(?:\$\s?\d"
    r"|estimated\s+charge)|\b(?:a\s+)?(?:charge|deposit)\s+of\s+\$\s?\d"
    r"|\b(?:estimated|proposed)\s+charge\b",
    re.IGNORECASE,
)
"""A charge fixed for the information (OIA s 15(1A); LGOIMA s 13(1A), cited or in words:
"requiring part payment of the estimated charge"): the charging section cited, or a sum
to pay for it. A grant on payment releases nothing now (the corpus's kind rule 3)."""

_REVIEW = re.compile(
    r"\bOmbudsman(?:['’]s)?\s+(?:Ref|reference|case)\b"
    r"|\b(?:you|your)\s+(?:asked|complained\s+to|complaint\s+to|approached|contacted)\s+(?:the\s+)?"
    r"(?:Office\s+of\s+the\s+)?Ombudsman"
    r"|\bOmbudsman\s+(?:has|had)\s+(?:asked|contacted|notified|written|requested|recommended"
    r"|investigat\w*|formed)"
    r"|\binvestigation\s+of\s+(?:an?\s+|your\s+)?(?:official\s+information\s+)?complaint\b"
    r"|\b(?:following|as\s+a\s+result\s+of|in\s+light\s+of)\s+(?:the\s+|an?\s+|your\s+)?(?:Ombudsman"
    r"|complaint\s+to\s+the\s+Ombudsman)",
    re.IGNORECASE,
)
"""An Ombudsman's review of an earlier response, as the occasion of this letter (OIA s 28;
LGOIMA s 27): "Investigation of official information complaint", "you asked the Office of
the Ombudsman to investigate". Not "You have the right to seek an investigation and review
by the Ombudsman", which every decision says."""

_CONDITIONAL = re.compile(
    r"\b(?:if|unless|once|when|whether|should\s+(?:we|you|it))\b[^.;]*$", re.IGNORECASE
)


_LOOK_BACK = 300
"""Characters before a match looked at for an open quotation or an "if" (bounded, so a
hostile text with no full stops costs linear time)."""
_MAX_TRIES = 40
"""Matches of one pattern weighed at most: a real letter has a handful."""


def _first(facts: Facts, pattern: re.Pattern[str]) -> Found[str] | None:
    """The first match of ``pattern`` outside a quotation and not under an "if"."""
    if cannot_match(pattern, facts.flat, 0, len(facts.flat)):
        return None  # a word every match needs is absent (.prefilter): no match, sooner
    for tries, match in enumerate(facts.matches(pattern, 0, len(facts.flat))):
        if tries >= _MAX_TRIES:
            break
        at = match.start()
        start, _end = facts.text.sentence(at)
        if quote_open(facts.flat[max(0, start - _LOOK_BACK, at - 4 * _LOOK_BACK) : at]):
            continue  # the request, quoted back
        if _CONDITIONAL.search(facts.flat, max(start, at - _LOOK_BACK), at):
            continue  # "if you agree, we will send them to you"
        return facts.text.found(match.group(), match.start(), match.end())
    return None


_QUOTED_MESSAGE = re.compile(
    r"^[^\S\n]*>?[^\S\n]*-{3,}[^\S\n]*Original\s+Message"
    r"|^[^\S\n]*>?[^\S\n]*-{3,}.{0,80}\n?.{0,40}\bwrote:"
    r"|^[^\S\n]*>?[^\S\n]*On\s[^\n]{5,120}\bwrote:[^\S\n]*$"
    r"|^[^\S\n]*>?[^\S\n]*From:[^\n]*\n(?:[^\n]*\n){0,2}?[^\S\n]*>?[^\S\n]*(?:Sent|Date):",
    re.IGNORECASE | re.MULTILINE,
)
"""Where an earlier message, quoted under a reply, begins (a "Forwarded message" marker is
not one: what is forwarded is the letter being delivered)."""

_FORWARDED = re.compile(r"Forwarded\s+message|Begin\s+forwarded", re.IGNORECASE)

_OWN_TEXT_MIN = 40
"""Characters of text a reply has above a quoted message (a saved email's own "From: …
Date: …" header, written above its body, is no quotation)."""


def _gives(facts: Facts) -> Found[str] | None:
    """Words giving information now (:data:`_GIVES`), unless what is attached is the request."""
    found = _first(facts, _GIVES)
    if found is None or ph.REQUEST_ATTACHED_RE.search(found.snippet):
        return None
    return found


def _extends_now(facts: Facts) -> Found[str] | None:
    """Words extending the time limit now, not "if we need to extend" (:data:`_EXTENDS`)."""
    for tries, match in enumerate(facts.matches(_EXTENDS, 0, len(facts.flat))):
        if tries >= _MAX_TRIES:
            break
        start, _end = facts.text.sentence(match.start())
        if not ph.CONDITIONAL.search(
            facts.flat, max(start, match.start() - _LOOK_BACK), match.end()
        ):
            return facts.text.found(match.group(), match.start(), match.end())
    return None


def _extension_word(facts: Facts, start: int, end: int) -> int:
    """Where the sentence's extension word is (a "sentence" may begin above a quotation)."""
    word = ph.EXTENSION_WORD.search(facts.flat, start, end)
    return word.start() if word is not None else start


def _asked_by_features(facts: Facts, quoted: int | None) -> Found[str] | None:
    """A sentence asking the requester to clarify or refine, wholly above any quoted message.

    Found by the sentence's features (:func:`.clarifying.asked_now_by_sentence`), so
    also where the letter bears no date (a dated letter's is the clarification finder's:
    :attr:`.ClarificationFound.asked_in_this_letter`); its span is the whole sentence,
    which must end above a message quoted below (a sentence may run on into the quoted
    header).
    """
    asked = asked_now_by_sentence(facts)
    if asked is None or (quoted is not None and asked.span[1] > quoted):
        return None
    return asked


def quoted_from(original: str) -> int | None:
    """Where an earlier message quoted below the letter begins (original offset), if any."""
    for match in _QUOTED_MESSAGE.finditer(original):
        if _FORWARDED.search(original, max(0, match.start() - 120), match.start()):
            continue  # the header of the letter forwarded, not of a message quoted
        if len(original[: match.start()].strip()) >= _OWN_TEXT_MIN:
            return match.start()
    return None


def evidence(
    facts: Facts, extension_sentences: list[tuple[int, int]], *, quoted: int | None
) -> KindEvidence:
    """The signs of the letter's kind in ``facts`` (see :class:`KindEvidence`).

    ``extension_sentences`` are the sentences (flat offsets) that speak of an
    extension (:func:`.story.extension_sentences`); ``quoted`` is :func:`quoted_from`.
    """
    where = facts.text.original_offset
    return KindEvidence(
        title=_title(facts, quoted),
        gives=_gives(facts),
        to_follow=_first(facts, _TO_FOLLOW),
        promises=_first(facts, _PROMISES),
        noted=_first(facts, _NOTED),
        refuses=_first(facts, _REFUSES),
        earlier=_first(facts, _EARLIER_DECISION),
        responds=_first(facts, _RESPONDS),
        asks=_first(facts, _ASKS)
        or (_asked_by_features(facts, quoted) if facts.letter_date is None else None),
        extends=_extends_now(facts),
        quoted_from=quoted,
        extension_quoted=quoted is not None
        and bool(extension_sentences)
        and all(where(_extension_word(facts, s, e)) >= quoted for s, e in extension_sentences),
        thanks=_first(facts, _THANKS),
        transfers=_first(facts, _TRANSFERS),
        eligibility=_first(facts, _ELIGIBILITY),
        charge=_first(facts, _CHARGE),
        review=_first(facts, _REVIEW),
        giving=giving(facts, quoted),
    )
