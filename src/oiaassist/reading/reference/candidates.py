r"""Every token of a letter that could be the agency's reference, with what surrounds it.

A register's number is told by its *shape* and its *place*, not by a list of agencies'
formats: an unseen register ("BR2021/345", "MC-12345", "OIA/24/25/123", "31.2/18/1") has
the same shape as a seen one (letters and digits joined by separators, several digits),
and stands where references stand (after a label such as "Our ref", "Reference number",
"Tohutoro", "File", "Request No."; on a line of its own in the letterhead; in the subject
line; in the first lines of the body; in the signature block). What it is *not* is told
the same way: a date, a year or financial year ("2024/25"), a time, an amount, a phone
number, a section of an Act ("9(2)(a)"), a web address, FYI.org.nz's own request number,
the requester's reference ("Your ref: …"), another request's ("your previous request
OIA-2023-0999"), a document's or a bill's number.

:func:`candidates` gives each such token once per place it occurs, with the names of
the features that hold there (:data:`FEATURES`); :mod:`.score` weighs them.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass

from oiaassist.reading import patterns as lp
from oiaassist.reading.quoted_request import in_quoted_request

_LABEL_WORD = (
    r"(?:OUR|YOUR|REF|REFS|REFERENCE|NO|NUMBER|ID|FILE|CASE|REQUEST|QUOTE|RE|SUBJECT|DATE"
    r"|TOHUTORO|ATTN|TO|FROM)(?:[ ]?[:#.–-]*[ \n]|[ ]?[:#]+(?=\d))"
)
"""A label word in capitals, then a space or colon: "OUR REF 28545", "REF: 2324/724", "ID: 123"
are a label and a number (a letterhead in capitals), not a register's letters; "REF-2024-123"
and "REF2024" keep their letters."""
_TOKEN = re.compile(
    # letters before the number: "OIA", "OIA-CE-", "GOVE/INQU/OMBU/", "OIR: ", "DOIA ", "H",
    # and a body's letters before an Act's: "PMO OIA", "DOC OIA"
    # not inside another token; after "No." or "Ref." run on to it, a label's ("Request
    # No.8140002000", dev fyi-6575)
    # and a register's letters after a label's sign: "Ticket #OIA-123"
    r"(?=[A-Z#\d])(?:(?<=\bNo\.)|(?<=\bRef\.)|(?<=[^\w&]\#)(?=[A-Z])|(?<=\b[Rr]ef)(?=\#)"
    r"|(?<=\bREF)(?=\#)|(?<=[Rr]ef\#)(?=[A-Z])|(?<=REF\#)(?=[A-Z])|(?<![\w@/.#$£€%&=+–-]))(?P<tok>(?:(?!"
    + _LABEL_WORD
    + r")(?P<prefix>"
    r"(?:[A-Z]{2,5}[ ](?=(?:OIA|LGOIMA|OIR)\b))?[A-Z][A-Z]{0,7}(?:[-/][A-Z]{1,8}){0,3})"
    r"(?:[ ]?[:#][ \n]?|[ \n]|[-/._–]|(?=\d)))?"
    # digit groups joined by - / . : or a PDF's en dash; after a register's letters also by a
    # spaced dash ("OIA2024 - 127", dev fyi-27618-kiwirail-release), the line perhaps
    # wrapped after the dash ("OIA 2324 -" / "1045")
    r"(?P<hash>\#[ ]?)?(?P<number>\d\w*"
    r"(?:(?:[-/.:–]|(?(prefix)(?<=\d)[ ][-–][ \n](?=\d\d)|(?!)))\w+)*)"
    # a second number after a space, only after letters: "OIAPR 1274023063 26281"; or after a
    # financial year, the year's own sequence number: "OIA request 24/25 0026" (checked for
    # consecutive years by _shape_allows)
    r"(?(prefix)(?:[ ]\d{3,}(?:[-/]\w+)*(?![\w/.-]\w))?"
    r"|(?:(?<=[^\d/]\d\d/\d\d)[ ]\d{4}(?![\w/.,–-])"
    # or a year's own sequence number after a space: "Request for information 2024 067"
    r"|(?<=(?<![\d.,/])20\d\d)[ ]\d{3}(?![\w/.,:–-]))?))"
    r"(?![\w@]|[-/.–]\w)"
)
"""A token with a digit, optionally after capital letters (see the module)."""

_MONTH = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*"
_NOT_A_NUMBER = re.compile(
    r"(?:19|20)\d\d(?:[/–-](?:19|20)\d\d)?"  # a year or years: 2024, 2018-2028, 2025–2030
    r"|(?:0?[1-9]|[12]\d|3[01])[-/.](?:0?[1-9]|1[0-2])[-/.](?:\d\d|(?:19|20)\d\d)"  # 20/08/2019
    r"|(?:0?[1-9]|1[0-2])/(?:1[3-9]|2\d|3[01])/(?:19|20)\d\d"  # 11/14/2025, month first
    r"|(?:19|20)\d\d[-/.](?:0?[1-9]|1[0-2])[-/.](?:0?[1-9]|[12]\d|3[01])"  # 2024-09-13
    rf"|\d{{1,2}}[-/ .]?{_MONTH}(?:[-/ .]?\d{{2,4}})?"  # 30-Apr-22
    r"|\d+(?:st|nd|rd|th|am|pm|km|kg|mm|cm|m|ha|hrs?|mins?|pc|x)",  # ordinals and measures
    re.IGNORECASE,
)
"""A number part that is a date, year, ordinal or measure, not a register's."""
_A_QUANTITY = re.compile(
    r"\d{1,2}[:.]\d\d(?::\d\d)?(?:[ap]m)?|\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+\.\d{1,2}", re.I
)
"""A time or an amount (10.30am, 06:22:42, 1,234, 12.50) — unless a register's letters precede it
("OIA2021.90", KiwiRail's 90th request of 2021)."""
_A_DATE_INSIDE = re.compile(
    r"(?<!\d)(?:0?[1-9]|[12]\d|3[01])[/.](?:0?[1-9]|1[0-2])[/.](?:19|20)\d\d(?!\d)"
    r"|(?<!\d)(?:19|20)\d\d-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01])(?!\d)"
)

FEATURES = (
    # its label, read from the words just before it on its line or sentence
    "label_ref",  # "Ref:", "Reference:", "Our ref", "Tohutoro", "reference number is"
    "label_our",  # "our" owns the label: "Our ref", "our reference"
    "label_file",  # "File ref:", "File number:", "File:"
    "label_request_no",  # "Request No.", "request number", "case ID", "Request #"
    "label_request",  # "(Official information|OIA|LGOIMA) request 24-0123"
    "label_given",  # "quote", "logged as", "registered under", "assigned", "given"
    "label_yours",  # the requester's: "Your ref: 12345"
    "label_other_request",  # "your previous request", "a related request"
    "label_fyi",  # FYI.org.nz's request number: "[FYI request #21059 email]"
    "label_thing",  # a document's, a bill's, a section's, a page's number
    "label_contact",  # a phone, fax, PO box, street address
    # its shape
    "shape_prefix",  # capital letters before the number: "OIAD-3564", "H202116914"
    "shape_act_prefix",  # letters of the Acts or of a request: OIA, LGOIMA, OIR, IR, REQ, REF
    "shape_one_letter",  # a single letter before the number: "A108045"
    "shape_separated",  # digit groups joined by - / . : "22-205", "2324/724"
    "shape_long",  # six or more digits
    "shape_short",  # three or four digits only
    "shape_letters_inside",  # letters after the first digit: "W3W6K2", "3205C"
    "shape_spaced",  # letters and number apart: "OIA 28396"
    "shape_leading_zero",  # all digits, starting with 0: a phone number's shape
    # its place
    "zone_heading",  # above the salutation (the letterhead and address block)
    "zone_subject",  # the subject line: "Re:"/"Subject:" or the short line under the greeting
    "zone_opening",  # the first lines of the body
    "zone_tail",  # the last lines: signature block and footer
    "zone_quoted",  # an email quoted below a reply, or the request quoted in the letter
    "alone",  # nothing else on its line (but a label)
    "line_start",  # it (or its label) opens the line
    "in_brackets",  # "(OIA-2023-0999)", "[…]"
    "request_near",  # "request" in the same sentence
    "your_request",  # the words before it speak of "your request": "Your OIA request 24-0123"
    "zone_body",  # in the body, past its opening and before the signature
    "page_break",  # beside a page number: a PDF's running footer ("4792100-1" over "2")
    "repeated",  # the same token elsewhere in the letter
    "first",  # the letter's first candidate: a reference heads the letter or the body
)
"""The features a candidate may have; the score's weights are keyed by these names."""

_NOT_FIRST = frozenset({"label_contact", "label_thing", "shape_short"})
"""A phone number, postcode or page above the reference does not take its place as first."""


def _may_be_first(features: set[str]) -> bool:
    """Whether a token may be the letter's first candidate (:data:`_NOT_FIRST`).

    A short number is passed over as a postcode or a page's, unless a reference's own
    label names it ("Our ref: 3961"): a small body's register runs to four digits, and its
    number heads the letter as any other's does.
    """
    if not features & _NOT_FIRST:
        return True
    return not features & {"label_contact", "label_thing"} and bool(features & _OWN_LABELS)


SOMEONE_ELSES = frozenset({"label_yours", "label_other_request", "label_fyi"})
"""Labels that make a number someone else's: such a token is not a candidate."""

_LABEL_REF = re.compile(
    r"(?:\bref(?:erence)?s?\b\.?|\btohutoro\b)(?:[ ]*(?:no\b\.?|number|num\b\.?|#|id\b|code\b))?"
    # "… reference number for your request (for information) is:" (the label's own object)
    r"(?:[ ]+(?:for[ ]+(?:your|this|the)(?:[ ]+[\w'’-]+){0,3}?[ ]+(?:records|request|file)"
    r"(?:[ ]+for[ ]+(?:official[ ]+)?information)?))?"
    r"[ ]*(?:is|was|will[ ]be|[:#=–—/-]{1,3})?[ ]*:?[ ]*(?:\(|\[)?$",
    re.IGNORECASE,
)
_LABEL_OUR = re.compile(
    r"\b(?:our|agency|ministry'?s?|council'?s?|department'?s?)[ ]+(?:\w+[ ]+)?ref", re.I
)
_LABEL_FILE = re.compile(
    r"\bfile[ ]*(?:ref(?:erence)?\.?|number|no\b\.?|#|id)?[ ]*[:#–-]{0,3}[ ]*(?:\(|\[)?$",
    re.IGNORECASE,
)
_LABEL_REQUEST_NO = re.compile(
    r"\b(?:request|case|tracking|enquiry|inquiry|application|matter|oia|lgoima|oir|ticket"
    r"|correspondence|query|log)[ ]*"
    r"(?:no\b\.?|number|num\b\.?|id|#|identifier)[ ]*(?:is|[:#–-]{1,3})?[ ]*:?[ ]*$",
    re.IGNORECASE,
)
_LABEL_REQUEST = re.compile(
    r"\b(?:(?:official[ ]+)?information|oia|lgoima|act(?:[ ]+\d{4})?|privacy)[ ]+requests?[ ]*"
    r"(?:[:#–—-][ ]*)?(?:\(|\[)?$"
    r"|\brequests?[ ]+for[ ]+(?:official[ ]+)?information[ ]*(?:[:#–—-][ ]*)?$"  # "Request for
    # information 2024-107": the register's name for the request heads its number
    r"|\b(?:act|oia|lgoima)[ ]*\#$",  # "Official Information Act #23.028"
    re.IGNORECASE,
)
_LABEL_GIVEN = re.compile(
    r"\b(?:quot(?:e|ing)|logged|registered|recorded|assigned|allocated|given|lodged|numbered)"
    r"(?:[ ]+(?:as|under|with|it|this|that|the|our|a|an|your|request|reference|ref|number|no"
    r"|is|was|has|been|following|unique|file|case|tracking)\b\.?){0,5}[ ]*[:#]?[ ]*$",
    re.IGNORECASE,
)
_LABEL_YOURS = re.compile(r"\byour[ ]+(?:own[ ]+)?ref(?:erence)?\b\.?[ ]*[:#]?[ ]*$", re.IGNORECASE)
_LABEL_OTHER_REQUEST = re.compile(
    r"\b(?:previous|earlier|prior|other|former|separate|another|related|similar|last|second"
    r"|first|new|transferred|different)[ ]+(?:[\w’'-]+[ ]+){0,3}?(?:requests?|references?|ref"
    r"|cases?)\b[^.\n]{0,40}$"
    # an earlier letter's number is its request's: "our previous response (ref: HNZ00030750)"
    # (dev fyi-24292-hnz-release-2); not "our second response", which may share this one's
    r"|\b(?:previous|earlier|prior|former)[ ]+(?:[\w’'-]+[ ]+){0,2}?(?:responses?|repl(?:y|ies)"
    r"|letters?|decisions?|correspondence)\b[^.\n]{0,40}$"
    # an earlier answer's number: "As you were previously advised in response to OIA
    # IR-01-19-32542" (a Police letter on another request)
    r"|\b(?:previously|already|earlier)[ ]+(?:[\w’'-]+[ ]+){0,3}?(?:in[ ]+)?(?:response|reply"
    r"|answer)[ ]+to\b[^.\n]{0,20}$"
    # a third party's case number: "the Ombudsman's reference 500123", "Privacy Commissioner"
    r"|\b(?:ombudsman|ombudsmen|commissioner|tribunal|court)(?:'s|’s)?\b[^.\n]{0,30}$",
    re.IGNORECASE,
)
_LABEL_FYI = re.compile(r"\bFYI\b[^.\n\]]{0,24}$|\brequest/$", re.IGNORECASE)
_PLACEHOLDER = re.compile(r"\[[^\[\]\n]{0,40}\b(?:email|FYI|FOI)\b[^\[\]\n]{0,40}\]", re.IGNORECASE)
"""FYI.org.nz's placeholder for an address, holding its own request number: "[FOI #32021 email]"."""
_LABEL_THING = re.compile(
    r"\b(?:document|doc|page|pages|item|items|bill|section|sections|s|ss|clause|regulation|rule"
    r"|version|invoice|account|policy|appendix|table|figure|attachment|annex|schedule|part"
    r"|paragraph|para|question|questions|chapter|volume|vol|edition|issue|report|briefing|memo"
    r"|claim|customer|client|member|employee|staff|student|patient|nhi"
    r"|memorandum|aide[ ]memoire|cabinet[ ]paper|minute|submission|brief"
    r"|isbn|issn|cab|cbc|sh|state[ ]+highway|route|lot|dp|unit|flat|plan|map|parcel"
    r"|licence|license|permit|consent|contract|order|serial|model|bylaw|standard|nzs|iso"
    r"|gst|nzbn|ird|bank|acc|company|charity|cc|reg|registration|vehicle|plate)"
    r"\b\.?[ ]*(?:no\b\.?|number|#|id\b)?[ ]*[:#]?[ ]*$",
    re.IGNORECASE,
)
_LABEL_CONTACT = re.compile(
    r"\b(?:phone|ph|tel|telephone|fax|mobile|mob|cell|ddi|call|free[ ]?phone|contact|txt|text|dx"
    r"|po[ ]+box|box|private[ ]+bag|bag|level|street|st|road|rd|avenue|ave|terrace|tce|lane"
    r"|drive|dr|place|quay|highway|way|crescent)\b[^\n]{0,24}$|\+\s*$",
    re.IGNORECASE,
)
_POSTCODE = re.compile(r"(?:^|,)[ ]*(?-i:[A-Z][a-zāēīōū]+(?:[ ][A-Z][a-zāēīōū]+)*)[ ]*,?[ ]*$")
"""A place's name ending an address line before its number: "Wellington 6011"."""
_STREET_AFTER = re.compile(
    # "42-52 Wil is Street": a text layer's broken word inside the street's name
    r"\s+(?:[A-Z][a-zāēīōū]+(?:[ ][a-zāēīōū]{1,3})?\s+){0,2}(?:Street|St|Road|Rd"
    r"|Avenue|Ave|Terrace|Tce|Quay|Lane"
    r"|Drive|Place|Crescent|Way|Highway|Parade|Square|Esplanade)\b"
)
"""Street words after a number make it a street address: "18-32 Manners Street"."""
_VERSION_AFTER = re.compile(r"[ ]+v(?:er(?:sion)?)?\.?[ ]?\d", re.IGNORECASE)
"""A version after a number makes it a document's: "Ref #22696461 v1.1"."""
_LIST_ITEM = re.compile(r"[^\S\n]*(?:\d{1,3}[.)]|\(?[a-z]\)|[•▪◦●·*])[^\S\n]+\S")
"""A line opening a numbered or bulleted list: a schedule of documents, not the heading."""
_OWN_LABELS = frozenset(
    {"label_ref", "label_file", "label_request_no", "label_request", "label_given"}
)
"""Labels that name a number as this request's, whatever line it stands on."""
_NAMED_OURS = frozenset({"label_ref", "label_file", "label_request_no", "label_given"})
"""Labels by which the agency itself names a number as this request's ("Our ref", "File",
"Request No.", "logged as"): such a number stands even inside the request quoted back (a
label line the quote detector cannot tell from an introduction). "OIA request 2016-OIA-15"
alone is how a requester cites an earlier request too."""
_ACT_PREFIX = re.compile(r"OI|LGOI|IR|REQ|REF|ENQ|INF|PA", re.IGNORECASE)
_QUOTED_EMAIL = re.compile(
    r"^[^\S\n]*(?:-{2,}[^\S\n]*(?:Original|Forwarded)[^\n]*|From:[^\n]*|On [^\n]{0,120}wrote:"
    r"|show quoted sections)[^\S\n]*$",
    re.IGNORECASE | re.MULTILINE,
)
_SUBJECT_LINE = re.compile(r"^[^\S\n]*(?:subject|re|title)[^\S\n]*:", re.IGNORECASE | re.MULTILINE)
_SUBJECT_INLINE = re.compile(
    r"(?<=\S)(?:[^\S\n]+|[^\S\n]*\n[^\S\n]*)Subject[^\S\n]*:", re.IGNORECASE
)
"""A "Subject:" label after other header text on its line or the line before (a run-on
email header, however its text was later wrapped)."""
_HEADER_LABEL_BEFORE = re.compile(r"\b(?:To|Cc|Sent|Date)[^\S\n]*:[^:]{0,150}$", re.IGNORECASE)
"""Another header's label just before: the "Subject:" is a run-on header's."""
_YOUR_REQUEST = re.compile(
    r"\byour\b[^.;\n]{0,40}\brequest\b|\byour[ ]+(?:\w+[ ]+)?ref(?:erence)?[ ]+(?:number|no\b)",
    re.IGNORECASE,
)
_PAGE_NUMBER_LINE = re.compile(r"[^\S\n]*(?:page[ ]+)?\d{1,3}(?:[ ]+of[ ]+\d{1,3})?[^\S\n]*", re.I)
_SENTENCE_END = re.compile(r"[.!?](?:\s|$)")
_WEB = re.compile(r"https?://|www\.|\.(?:nz|com|org|govt|pdf|docx?|html?)\b|@", re.IGNORECASE)
_CHUNK_BEFORE = re.compile(r"\S*\Z")  # not "$": it matches before a final line break
_CHUNK_AFTER = re.compile(r"\S*")
OPENING_LINES = 6
"""How many lines after the salutation count as the body's opening."""
OPENING_CHARS = 700
"""How many characters after the salutation count as the opening, however the lines wrap."""
TAIL_LINES = 12
"""How many lines at the end count as the signature block and footer."""


@dataclass(frozen=True, slots=True)
class Candidate:
    """One occurrence of a token that may be the reference.

    Attributes:
        value: the token as written ("OIA-2024/25-0502", "OIR: 2324/724").
        key: the token folded (letters and digits, lower case) to find repeats.
        span: where it is in the original text.
        line: its line, whitespace folded, for the "found here" display.
        features: the names (from :data:`FEATURES`) that hold for it here.
    """

    value: str
    key: str
    span: tuple[int, int]
    line: str
    features: frozenset[str]


def fold(token: str) -> str:
    """A token's letters and digits in lower case: "OIA 2425-0430" → "oia24250430"."""
    return "".join(c for c in token.lower() if c.isalnum())


def candidates(original: str, heading: int) -> list[Candidate]:
    """Every token that may be the reference, with its features (``heading``: the salutation)."""
    zones = _Zones(original, heading)
    found: list[tuple[str, tuple[int, int], str, set[str]]] = []
    for match in _TOKEN.finditer(original):
        if not _may_be_a_reference(original, match):
            continue
        start, end = match.span("tok")
        before, line = _before(original, start)
        features = _label_features(before, match) | _shape_features(match) | zones.of(start, end)
        bracket = original.rfind("[", max(0, start - 40), start)
        placeholder = _PLACEHOLDER.match(original, bracket) if bracket >= 0 else None
        if placeholder is not None and placeholder.end() >= end:
            features.add("label_fyi")
        if _another_requests(original, start, before):
            features.add("label_other_request")
        if _someone_elses(original, start, features):
            continue  # the requester's, FYI's or another request's number: never this one
        if _STREET_AFTER.match(original, end):
            features.add("label_contact")  # "18-32 Manners Street": an address
        if _LIST_ITEM.match(line) and not features & _OWN_LABELS:
            features.add("label_thing")  # "1. Email 24-0133 – released in full": a document listed
        if _VERSION_AFTER.match(original, end):
            features.add("label_thing")  # "Ref #22696461 v1.1": a document's number and version
        features |= _line_features(original, match, before)
        value = " ".join(match["tok"].split())  # "OIA\n2425-0430": the text layer wrapped it
        found.append((value, (start, end), " ".join(line.split()), features))
    counts: dict[str, int] = {}
    for value, *_ in found:
        counts[fold(value)] = counts.get(fold(value), 0) + 1
    first = next((i for i, hit in enumerate(found) if _may_be_first(hit[3])), None)
    out: list[Candidate] = []
    for at, (value, span, line, features) in enumerate(found):
        if at == first:
            features.add("first")
        if counts[fold(value)] > 1:
            features.add("repeated")
        out.append(Candidate(value, fold(value), span, line, frozenset(features)))
    return out


def _someone_elses(original: str, start: int, features: set[str]) -> bool:
    """Whether a token is someone else's number: by its label, or as the requester's words.

    A number inside the request quoted back was written before the agency registered the
    request, so it is not its reference (unless the agency's own label names it).
    """
    if features & SOMEONE_ELSES:
        return True
    return not features & _NAMED_OURS and in_quoted_request(original, start)


def _may_be_a_reference(original: str, match: re.Match[str]) -> bool:
    """Whether a token's shape allows a register's number (see :data:`_NOT_A_NUMBER`)."""
    if not _shape_allows(match):
        return False
    start, end = match.span("tok")
    ahead = _CHUNK_BEFORE.search(original[max(0, start - 200) : start])
    chunk_start = start - (len(ahead[0]) if ahead else 0)
    behind = _CHUNK_AFTER.match(original, end)
    chunk_end = behind.end() if behind else end
    # a web or email address or a file's name; a section of an Act: "9(2)(a)"
    return not (_WEB.search(original, chunk_start, chunk_end) or original[end : end + 1] == "(")


def _shape_allows(match: re.Match[str]) -> bool:
    """Not a date, year, span of years, time, amount, file name or a letter for a word."""
    value, number, prefix = match["tok"], match["number"], match["prefix"] or ""
    years = re.fullmatch(r"(?:19|20)(\d\d)[/–-](\d\d)", number)
    sequence = re.fullmatch(r"(\d\d)/(\d\d) \d{4}", value)
    if sequence and int(sequence[2]) != (int(sequence[1]) + 1) % 100:
        return False  # "12/05 2024": not a financial year's sequence
    return not (
        sum(c.isdigit() for c in value) < 3
        or (_NOT_A_NUMBER.fullmatch(number) and not re.fullmatch(r"20\d\d \d{3}", value))
        or (len(prefix) < 2 and _A_QUANTITY.fullmatch(number))
        # "6-08/09/2022": a range of dates; "OIA-30645-Communications": a file's name
        or _A_DATE_INSIDE.search(number)
        or re.search(r"[a-z]{3}", value)
        # capital letters then a year: "OIA 1982", "COVID 2020", "LTP 2024"
        or (len(prefix) >= 2 and re.fullmatch(r"(?:19|20)\d\d", number) and not match["hash"])
        # a financial year or a span of years: "2024/25", "2021-24"
        or (years and int(years[2]) > int(years[1]))
        # "T 0800 665 463": a letter standing for a word, not a register's
        or (len(prefix) == 1 and value[1:2] in (" ", ":", "#", "\n"))
    )


def _line_features(original: str, match: re.Match[str], before: str) -> set[str]:
    """What its line and sentence say: alone, opening the line, in brackets, "your request"."""
    start, end = match.span("tok")
    line_start = original.rfind("\n", 0, start) + 1
    features: set[str] = set()
    text_line = original[line_start : _line_end(original, end)]
    rest = text_line.replace(match["tok"], "", 1).strip(" \t:#-–—.,;()[]")
    if not rest or _LABEL_REF.fullmatch(rest + " ") or _label_only(rest):
        features.add("alone")
    opening = original[line_start:start]
    if not opening.strip(" \t([") or _label_only(opening):
        features.add("line_start")
    if start > 0 and original[start - 1] in "([":
        features.add("in_brackets")
    if re.search(r"\brequest", _sentence_around(original, start, end), re.IGNORECASE):
        features.add("request_near")
    if _YOUR_REQUEST.search(before[-90:]):
        features.add("your_request")
    if _beside_page_number(original, start, end):
        features.add("page_break")
    return features


def _label_only(text: str) -> bool:
    """Whether ``text`` is nothing but a label ("Our ref:", "File Ref:", "Reference number")."""
    text = text.strip(" \t([")
    if not text or len(text) >= 40:
        return False
    short = re.fullmatch(r"(?:[\w'’.]+[ ]*){0,4}[:#.-]?[ ]*", text) is not None
    return bool(
        (short and _LABEL_REF.fullmatch(text + " "))
        or _LABEL_FILE.fullmatch(text)
        or _LABEL_REQUEST_NO.fullmatch(text)
    )


def _line_end(original: str, end: int) -> int:
    at = original.find("\n", end)
    return len(original) if at < 0 else at


def _before(original: str, start: int) -> tuple[str, str]:
    r"""The words before ``start`` on its line, and the line above when they are few.

    The line above counts when it is a label ("Our reference:\nOIA-2024-0012") or a
    sentence the text layer wrapped ("… reference number for your request\nis: H2020…",
    "… The reference number\nfor your request is: H2023021908", dev fyi-22121 at 50 columns).
    """
    line_start = original.rfind("\n", 0, start) + 1
    before = original[line_start:start]
    if len(before.strip()) < 40 and line_start > 0 and not _label_only(before):
        previous_start = original.rfind("\n", 0, line_start - 1) + 1
        previous = original[previous_start : line_start - 1]
        if not previous.strip() and previous_start > 0:
            # a label over a blank line ("Our ref:\n \nOIA-2024-0012"): a PDF's table cells
            above_start = original.rfind("\n", 0, previous_start - 1) + 1
            above = original[above_start : previous_start - 1]
            if _label_only(above):
                previous = above
        if _label_only(previous) or _ends_in_a_label(previous) or _WRAPPED.search(previous):
            before = previous.strip() + " " + before
    line = original[line_start : _line_end(original, start)]
    return " ".join(before[-80:].split()) + (" " if before.endswith((" ", "\t")) else ""), line


_WRAPPED = re.compile(r"(?:^|\s)[a-zāēīōū][\w'’-]*[,:]?[^\S\n]*$")
"""A line that runs on into the next: it ends with a lower-case word ("… reference number for
your request\nis: H2020…"), not a letterhead's phone, address or name line ("Phone: 04 123
4567", "PO Box 5013, Wellington 6140", "Level 7, 15 Stout Street"), whose words are no label
of a reference opening the next line."""


def _ends_in_a_label(line: str) -> bool:
    """Whether a line ends in a label, anyone's: "Our Ref", "Your ref", "File number"."""
    flat = " ".join(line.split())
    return bool(
        _ends_in_own_label(flat) or _LABEL_YOURS.search(flat) or _LABEL_REQUEST.search(flat)
    )


def _another_requests(original: str, start: int, before: str) -> bool:
    r"""Whether the sentence run onto this line makes the token another request's number.

    "… to your previous OIA request dated 14\nNovember 2024 (reference TP240141)" (Te
    Pūkenga, dev fyi-29197): the words naming the earlier request sit on the line above,
    which :func:`_before` joins only to a short line. A line that is only a label ("Our
    ref:") starts afresh, and a sentence's end stops the look back.
    """
    line_start = original.rfind("\n", 0, start) + 1
    if line_start == 0 or _label_only(original[line_start:start]):
        return False
    window = " ".join(original[max(0, line_start - 90) : start].split())
    window = re.split(r"[.!?]\s", window)[-1]
    return window != before.strip() and _names_another_request(window)


_REFERRED_TO = re.compile(
    r"\brefer(?:red)?\s+you\s+to\s+(?:our|the|my|its|their)\s+(?:\w+\s+)?(?:responses?|repl(?:y|ies)"
    r"|letters?|decisions?)\b[^.\n]{0,90}$",
    re.IGNORECASE,
)
"""Other answers the letter sends the requester to: "I refer you to our responses to the
Society's President dated 31 October 2023 – reference OI 23 504 and OI 23 522" (silver dev
s24691-1, Kāinga Ora): their numbers are theirs, not this request's."""


def _names_another_request(words: str) -> bool:
    """Whether ``words`` (before a token) name another request, a date in them folded."""
    if _LABEL_OTHER_REQUEST.search(words[-70:]):
        return True
    if "refer" in words.lower() and _REFERRED_TO.search(_dates_folded(words)[-130:]):
        return True
    if not _OTHER_WORD.search(words):
        return False  # cheap: most tokens have no such word before them
    return bool(_LABEL_OTHER_REQUEST.search(_dates_folded(words)[-70:]))


_OTHER_WORD = re.compile(
    r"previous|earlier|prior|other|former|separate|another|related|similar|last|second|first"
    r"|new|transferred|different|ombudsm|commissioner|tribunal|court",
    re.IGNORECASE,
)
"""A word :data:`_LABEL_OTHER_REQUEST` needs: without one, no date need be folded."""


def _dates_folded(words: str) -> str:
    """``words`` with each date written as "D", however the date is written.

    "your previous request dated 14.11.2024 (reference …": the earlier request is as near
    its number, and its sentence as free of full stops, as with "14 November 2024".
    """
    return lp.DATE_ANYWHERE.sub("D", words) if any(c.isdigit() for c in words) else words


_BODY_ACRONYM = re.compile(r"[ ](?=[A-Za-z]*[A-Z][A-Za-z]*[A-Z])[A-Z][A-Za-z]{1,5}$")
"""A body's letters between a label and its number ("ACC", "MoE", "NZTA"): two capitals at least."""


def _ends_in_own_label(words: str) -> bool:
    """Whether ``words`` end in a label that names a number this request's."""
    words = words.rstrip()
    return bool(
        _LABEL_REF.search(words) or _LABEL_FILE.search(words) or _LABEL_REQUEST_NO.search(words)
    )


def _without_body_letters(near: str) -> str:
    """``near`` without a body's letters after its label: "Our ref: ACC" → "Our ref:"."""
    body = _BODY_ACRONYM.search(near)
    if body is not None and _ends_in_own_label(near[: body.start()]):
        return near[: body.start()]
    return near


def _label_features(before: str, match: re.Match[str]) -> set[str]:
    """The label the words before a token give it."""
    features: set[str] = set()
    near = _without_body_letters(before.rstrip())
    if match["hash"] and not near.endswith(":"):
        near += " #"  # "Request #12345": the hash is part of the label ("Our ref: #12345": the
        # label ends at its colon)
    if _LABEL_YOURS.search(near):
        return {"label_yours"}
    if _LABEL_FYI.search(near[-30:]):
        return {"label_fyi"}
    if _names_another_request(near):
        return {"label_other_request"}
    if _LABEL_REF.search(near):
        features.add("label_ref")
        if _LABEL_OUR.search(near[-40:]):
            features.add("label_our")
    if _LABEL_FILE.search(near):
        features.add("label_file")
    if _LABEL_REQUEST_NO.search(near):
        features.add("label_request_no")
    if _LABEL_REQUEST.search(near):
        features.add("label_request")
    if _LABEL_GIVEN.search(near[-50:]):
        features.add("label_given")
    # the words before it, or its own letters, say what it is: "briefing BR2024/123",
    # "ISBN 978-…", "DDI 04 …"
    words = (near[-30:], near[-30:] + " " + (match["prefix"] or ""))
    if any(_LABEL_THING.search(w) for w in words) and not features & {"label_ref", "label_file"}:
        features.add("label_thing")
    postcode = re.fullmatch(r"\d{4}", match["tok"]) and _POSTCODE.search(near[-40:])
    # a contact's word before a reference's own label is the line's other field: "Phone 04 123
    # 4567 | Our ref: OIA-123"
    own = features & {"label_ref", "label_file", "label_request_no"}
    if (any(_LABEL_CONTACT.search(w) for w in words) and not own) or (postcode and not features):
        features.add("label_contact")
    return features


def _shape_features(match: re.Match[str]) -> set[str]:
    """What a token's shape says: letters before it, separators, digits, letters inside."""
    features: set[str] = set()
    prefix, number = match["prefix"] or "", match["number"]
    digits = sum(c.isdigit() for c in match["tok"])
    if prefix:
        features.add("shape_one_letter" if len(prefix) == 1 else "shape_prefix")
        if _ACT_PREFIX.search(prefix):
            features.add("shape_act_prefix")
        if match["tok"][len(prefix) : len(prefix) + 1] in (" ", ":", "\n"):
            features.add("shape_spaced")
    if re.search(r"\d[-/.:–]\w", number) or " " in number:
        features.add("shape_separated")
    if re.search(r"\d[A-Za-z]", number):
        features.add("shape_letters_inside")
    if digits >= 6:
        features.add("shape_long")
    elif digits <= 4 and not prefix and number.isdigit():
        features.add("shape_short")  # "145", "6011": a count, a postcode (not "OIAD-5292")
    if not prefix and number.startswith("0") and number.isdigit():
        features.add("shape_leading_zero")
    return features


def _beside_page_number(original: str, start: int, end: int) -> bool:
    """Whether the line above or below a token's line is only a page number ("2", "Page 2 of 5")."""
    line_start = original.rfind("\n", 0, start) + 1
    line_end = _line_end(original, end)
    above_start = original.rfind("\n", 0, max(line_start - 1, 0)) + 1
    below_end = _line_end(original, line_end + 1) if line_end < len(original) else line_end
    above = line_start > 0 and _PAGE_NUMBER_LINE.fullmatch(original, above_start, line_start - 1)
    below = line_end < len(original) and _PAGE_NUMBER_LINE.fullmatch(
        original, line_end + 1, below_end
    )
    return bool(above or below)


def _sentence_around(original: str, start: int, end: int) -> str:
    """The sentence (or line) holding a token, for "request" nearby."""
    floor = max(0, start - 120)  # bounded: a long text without blank lines costs no more
    left = max(original.rfind(". ", floor, start), original.rfind("\n\n", floor, start), floor)
    right_match = _SENTENCE_END.search(original, end, end + 120)
    right = right_match.start() if right_match else min(len(original), end + 120)
    return original[max(left, 0) : right]


class _Zones:
    """Where in the letter a position falls: heading, subject, opening, tail, quoted."""

    def __init__(self, original: str, heading: int) -> None:
        self.heading = heading
        greeting = lp.SALUTATION.search(original)
        self.has_greeting = greeting is not None
        body = original.find("\n", greeting.end()) + 1 if greeting is not None else 0
        if greeting is not None and body == 0:
            body = len(original)
        self.body = body
        line_starts = [0, *(m.end() for m in re.finditer(r"\n", original))]
        nonblank = [s for s in line_starts if original[s : _line_end(original, s)].strip()]
        after_body = [s for s in nonblank if s >= body]
        self.subject_end = body
        for s in after_body[:2]:
            text = original[s : _line_end(original, s)].strip()
            if text.endswith((".", ",")) or len(text) > 120:
                break
            self.subject_end = _line_end(original, s)
        self.opening_end = (
            _line_end(original, after_body[OPENING_LINES - 1])
            if len(after_body) >= OPENING_LINES
            else len(original)
        )
        # at least the first OPENING_CHARS of the body, so a narrower text layer (more,
        # shorter lines) does not push the body's first sentences out of its opening
        self.opening_end = max(
            self.opening_end, _line_end(original, min(len(original), body + OPENING_CHARS))
        )
        quoted = _QUOTED_EMAIL.search(original, body + 1) if greeting is not None else None
        self.quoted = quoted.start() if quoted is not None else len(original)
        before_quote = [s for s in nonblank if s < self.quoted]
        self.tail = (
            before_quote[-TAIL_LINES] if len(before_quote) > TAIL_LINES * 2 else len(original)
        )
        self.subject_lines = [
            (s, _line_end(original, s))
            for s in nonblank
            if s < heading and _SUBJECT_LINE.match(original, s)
        ]
        # a printed mail header puts the label on a line of its own and the subject on the next
        # ("Subject:  \nOut of scope  2526-166: Response to …", dev fyi-32952-kcdc-release)
        for here, below in itertools.pairwise(nonblank):
            label_only = _SUBJECT_LINE.match(original, here)
            if (
                here < heading
                and label_only
                and not original[label_only.end() : _line_end(original, here)].strip()
            ):
                self.subject_lines.append((below, _line_end(original, below)))
        # an email header whose lines were run into one ("… To: Cc: … Subject: LGOIMA 20161 -
        # The physical addresses …", dev docslib-hamilton-cc-lgoima-20161-release): its subject
        # runs from the label to the next label or the line's end, at most a subject's length
        for label in _SUBJECT_INLINE.finditer(original, 0, heading):
            before = max(0, label.start() - 160)
            if not _HEADER_LABEL_BEFORE.search(original, before, label.start()):
                continue
            end = min(_line_end(original, label.end()), label.end() + 160)
            self.subject_lines.append((label.end(), end))

    def of(self, start: int, end: int) -> set[str]:
        zones: set[str] = set()
        if start >= self.quoted:
            return {"zone_quoted"}
        if start < self.heading:
            zones.add("zone_heading")
        if any(s <= start < e for s, e in self.subject_lines) or (
            self.has_greeting and self.body <= start < self.subject_end
        ):
            zones.add("zone_subject")
        elif self.body <= start < self.opening_end or (not self.has_greeting and start < 400):
            zones.add("zone_opening")
        if start >= self.tail:
            zones.add("zone_tail")
        if not zones:
            zones.add("zone_body")
        return zones
