r"""The words an agency's letter uses, as named regular expressions.

The letter reader (:mod:`.reader`) runs these over the letter's text
with every run of whitespace folded to one space, so a date or a phrase that
PDF extraction wrapped across lines ("on\n23 November 2023") still matches.
Nothing here is clever: each pattern says in its name what it finds, and
dates are parsed by :func:`parse_date_parts` alone.

Date styles accepted (law.md letters and real agency letters): "13 September
2024", "13 Sept 2024", "Friday, 13 September 2024", "13th of September 2024",
"September 13, 2024", "13/09/2024", "13.09.2024", "2024-09-13", "2024/09/13", "13-Sep-24", te reo
Māori month names ("13 Hepetema 2024"), and "13 September" without a year
(only with a capital letter, and resolved against the letter's date).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

# -- dates --

MONTHS: dict[str, int] = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3,
    "april": 4, "apr": 4, "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7,
    "august": 8, "aug": 8, "september": 9, "sept": 9, "sep": 9, "october": 10, "oct": 10,
    "november": 11, "nov": 11, "december": 12, "dec": 12,
    # te reo Māori, with and without macrons
    "hānuere": 1, "hanuere": 1, "pēpuere": 2, "pepuere": 2, "māehe": 3, "maehe": 3,
    "āperira": 4, "aperira": 4, "mei": 5, "hune": 6, "hūrae": 7, "hurae": 7,
    "ākuhata": 8, "akuhata": 8, "hepetema": 9, "oketopa": 10, "noema": 11,
    "tīhema": 12, "tihema": 12,
}  # fmt: skip


def _plain(word: str) -> str:
    return word.translate(str.maketrans("āēīōū", "aeiou"))


# te reo Māori's own month names ("30 Poutū-te-rangi 2022", "9 Haratua 2025"), written with
# or without macrons and hyphens
for _number, _name in enumerate(
    ("kohi-tātea", "hui-tanguru", "poutū-te-rangi", "paenga-whāwhā", "haratua", "pipiri",
     "hōngongoi", "here-turi-kōkā", "mahuru", "whiringa-ā-nuku", "whiringa-ā-rangi", "hakihea"),
    start=1,
):  # fmt: skip
    for _form in {_name, _name.replace("-", ""), _plain(_name), _plain(_name).replace("-", "")}:
        MONTHS.setdefault(_form, _number)

_MONTH = "(?:" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\.?"
# A date without a year must name its month with a capital ("13 September"),
# so "section 9 may be withheld" is never 9 May.
_CAPITAL_MONTH = "(?-i:" + "|".join(m.capitalize() for m in sorted(MONTHS, key=len, reverse=True))
_CAPITAL_MONTH += ")"
_WEEKDAY = (
    r"(?:(?:Mon|Tues?|Wed(?:nes)?|Thu(?:rs)?|Fri|Sat(?:ur)?|Sun)(?:day)?\.?"
    r"|Mane|Tūrei|Turei|Wenerei|Tāite|Taite|Paraire|Hātarei|Hatarei|Rātapu|Ratapu)"
    r"(?:\s?,?\s+|(?<=day)(?=\d))"
)
"""A day's name before its date; a text layer may lose the space ("no later than Friday1 May",
dev fyi-12094-otago-extension)."""
_DAY = r"(?:3[01]|[12]\d|0?[1-9])(?:\^?(?:st|nd|rd|th)|ˢᵗ|ⁿᵈ|ʳᵈ|ᵗʰ)?"
"""A day, with its ordinal as typed ("22nd"), raised in a converted page ("22^nd") or in
superscript letters ("22ⁿᵈ")."""

# Each source has named groups for parse_date_parts; DATE (below) is the same
# patterns with the names removed, for embedding in the fact patterns.
_DATE_SOURCES = (
    # 13 September 2024, Friday 13th of September 2024, 13-Sep-2024, "31May 2024" and "31 May2024"
    # (a text layer's lost space before a capital or after the month)
    rf"(?:{_WEEKDAY})?(?:the\s+)?(?P<d1>{_DAY})(?:\s+of)?(?:\s+|-|(?-i:(?=[A-Z])))(?P<m1>{_MONTH})"
    r"(?:\s?,?(?:\s+|-|(?<=[^\W\d])(?=(?:19|20)\d\d(?![\w/])))(?P<y1>(?:19|20)\d\d))(?![\w/])",
    # September 13, 2024
    rf"(?:{_WEEKDAY})?(?P<m2>{_MONTH})\s+(?P<d2>{_DAY})\s?,?\s+(?P<y2>(?:19|20)\d\d)(?![\w/])",
    # 13/09/2024, 13/9/24, 13.09.2024
    r"(?<![\w/.-])(?P<d3>3[01]|[12]\d|0?[1-9])(?P<sep>[/.])(?P<m3>1[0-2]|0?[1-9])(?P=sep)"
    r"(?P<y3>(?:19|20)\d\d|\d\d)(?![\w/]|\.\d)",
    # 2024-09-13
    r"(?<![\w/.-])(?P<y4>(?:19|20)\d\d)-(?P<m4>1[0-2]|0[1-9])-(?P<d4>3[01]|[12]\d|0[1-9])(?![\w-])",
    # 13 September (no year: resolved against the letter's date); the dot of "13 Sept." is
    # the date's, but after a month written in full it ends the sentence ("received on 13
    # January. This letter…"), so the next sentence's words are not read as the date's
    rf"(?:{_WEEKDAY})?(?:the\s+)?(?P<d5>{_DAY})(?:\s+of)?\s+(?P<m5>{_CAPITAL_MONTH})\b"
    # not a number before a month-first date: "Response: OIA2020.02\nMarch 3, 2020" (dev
    # fyi-12143-kiwirail-release rewritten month first) is the letter's date, not "02 March"
    rf"(?!\s+{_DAY}\s?,?\s+(?:19|20)\d\d(?![\w/]))"
    r"(?:(?<!uary)(?<!arch)(?<!pril)(?<!May)(?<!une)(?<!uly)(?<!gust)(?<!mber)(?<!ober)\.)?",
    # 13-09-2024 (a four-digit year only: "12-03-25" may as well be a reference)
    r"(?<![\w/.-])(?P<d6>3[01]|[12]\d|0?[1-9])-(?P<m6>1[0-2]|0?[1-9])-(?P<y6>(?:19|20)\d\d)(?![\w-])",
    # 11/14/2025: month first, as a US-set mail program prints it ("Sent time: 11/14/2025
    # 06:22:42 PM", dev fyi-32952) - only where no day-first reading exists (a day of 13 or
    # more second) and with a four-digit year
    r"(?<![\w/.-])(?P<m7>1[0-2]|0?[1-9])/(?P<d7>3[01]|2\d|1[3-9])/(?P<y7>(?:19|20)\d\d)(?![\w/]|\.\d)",
    # 03-May-24: a register's or spreadsheet's day, month name and two-digit year
    rf"(?<![\w/.-])(?P<d8>3[01]|[12]\d|0?[1-9])-(?P<m8>{_MONTH})-(?P<y8>\d\d)(?![\w/-])",
    # 2024/05/03: the year first, with slashes
    r"(?<![\w/.-])(?P<y9>(?:19|20)\d\d)/(?P<m9>1[0-2]|0[1-9])/(?P<d9>3[01]|[12]\d|0[1-9])(?![\w/])",
)


RANGE_FIRST_DAY = re.compile(
    rf"(?<![\w/.])(?P<first>{_DAY})\s*(?:-|–|—|to|and|&)\s*(?=(?:{_DAY})(?:\s+of)?\s+{_MONTH})",
    re.IGNORECASE,
)
"""The first day of a range or pair sharing one month ("3 and 5 May 2024", "1–5 May")."""


def _unnamed(source: str) -> str:
    return re.sub(r"\(\?P<\w+>", "(?:", source).replace("(?P=sep)", "[/.]")


DATE = "(?<![\\w/#])(?<![A-Za-z]-)(?:" + "|".join(_unnamed(s) for s in _DATE_SOURCES) + ")"
"""Any date style; never one whose day ends a reference ("OIA 16-E-30 April 21, 2016")."""
# (not after "/" or "#": "Information Request #15/30" over "January 23, 2015" holds no "30
# January", dev fyi-2363)
"""Any one date, as a regular-expression source with no capturing groups."""

_DATE_PARTS = tuple(re.compile(s, re.IGNORECASE) for s in _DATE_SOURCES)
DATE_ANYWHERE = re.compile(DATE, re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class DateParts:
    """A date as written: the year is None when the letter left it out."""

    day: int
    month: int
    year: int | None


def parse_date_parts(text: str) -> DateParts | None:
    """The day, month and (if written) year of a date matched by :data:`DATE`."""
    text = text.strip()
    for number, pattern in enumerate(_DATE_PARTS, start=1):
        match = pattern.fullmatch(text)
        if match is None:
            continue
        day = int(re.sub(r"\D", "", match[f"d{number}"]))
        month_text = match[f"m{number}"].rstrip(".").lower()
        month = int(month_text) if month_text.isdigit() else MONTHS[month_text]
        year_text = match.groupdict().get(f"y{number}")
        year = None if year_text is None else int(year_text)
        if year is not None and year < 100:
            year += 2000
        return DateParts(day, month, year)
    return None


# -- numbers of working days --

_UNITS = (
    "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
    "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen",
    "nineteen",
)  # fmt: skip
_TENS = ["twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
NUMBER_WORDS: dict[str, int] = {w: i for i, w in enumerate(_UNITS, start=1)}
NUMBER_WORDS.update({w: 10 * i for i, w in enumerate(_TENS, start=2)})

NUMBER = (
    r"(?:\d{1,3}|(?:" + "|".join(_TENS) + r")(?:[\s-](?:" + "|".join(_UNITS[:9]) + r"))?"
    r"|" + "|".join(sorted(_UNITS, key=len, reverse=True)) + r")(?:\s*\(\d{1,3}\))?"
)
"""A count such as "45", "forty-five", "twenty (20)"."""


def parse_number(text: str) -> int | None:
    """The value of a :data:`NUMBER` ("twenty (20)" → 20; the figure wins)."""
    figures = re.findall(r"\d+", text)
    if figures:
        return int(figures[-1])
    total = 0
    for word in re.split(r"[\s-]+", text.strip().lower()):
        if word not in NUMBER_WORDS:
            return None
        total += NUMBER_WORDS[word]
    return total or None


# -- sections --

_GROUP = r"\((?:\d{1,2}[A-Z]{0,2}|[a-z]{1,3}|[ivx]{1,6})\)"
SECTION = rf"\d{{1,3}}[A-Z]{{0,2}}(?:{_GROUP})*"
"""A provision such as "9(2)(g)(i)", "15A(1)", "18(f)" or "16"."""

SECTION_CONTINUATION = rf"(?:{_GROUP})+"
"""The "(f)" of "sections 18(d) and (f)"."""

SECTION_LIST = re.compile(
    r"(?<!['’\w])(?i:sections?|ss?\.?|secs?\.?|§)\s*"
    rf"(?P<list>{SECTION}(?:\s*(?:,|and|or|&|/)\s*(?:(?i:sections?|ss?\.?)\s*)?"
    rf"(?:{SECTION}|{SECTION_CONTINUATION}))*)(?![\w(])"
)
"""Sections named with a keyword: "section 9(2)(a)", "ss 6(a) and 9(2)(g)(i)", "s15A(1)"."""

BARE_SECTION = re.compile(
    rf"(?<![\w(./:=&?#-])(?P<section>\d{{1,3}}[A-Z]{{0,2}}(?:{_GROUP})+)(?![\w(])"
)
"""A provision with no keyword, as in a list of grounds ("6(a): to avoid prejudicing…")."""

NOT_A_SECTION_BEFORE = re.compile(
    r"\b(?:articles?|clauses?|cl|parts?|paragraphs?|paras?|items?|questions?|schedules?"
    r"|rules?|regulations?|regs?|points?|pages?|annex|appendix|principles?|ipp|steps?"
    r"|options?|recommendations?|no|number)\.?\s*$",
    re.IGNORECASE,
)
"""Words that make a following "21(2)" something other than a section of the Act."""

OTHER_ACT_AFTER = re.compile(r"\s*of\s+the\s+(?P<act>(?:[A-Z][\w'’-]*\s+){1,8}Act)\b")
"""A section of some other Act: "section 17(2) of the Public Records Act 2005" (use .match)."""

OUR_ACTS = re.compile(
    r"Official Information(?: and Meetings)? Act|Privacy Act|Local Government Official",
    re.IGNORECASE,
)

# -- which Act --

# -- the letter's heading --

SALUTATION = re.compile(
    r"^[^\S\n]*(?:Tēnā|Tena|T\S{1,2}n\S{1,2})\s+(?:koe|kōrua|korua|koutou)\b|^[^\S\n]*(?:Dear|Kia\s+ora"
    r"|Mōrena|Morena|Talofa|Greetings|Hello|Hi|Good\s+(?:morning|afternoon|day))\b",
    re.IGNORECASE | re.MULTILINE,
)
DATE_LABEL = re.compile(
    r"^(?:(?:date[d]?(?:\s+(?:of\s+(?:this\s+)?letter|sent|issued))?|letter\s+date)\s*[:.-]?\s*)?$",
    re.IGNORECASE,
)
"""What may stand before the letter's date on its line: nothing, "Date:", or a form's label
for the letter's own date ("Date of letter:", "Date sent:", "Letter date:")."""

LABELLED_REFERENCE = re.compile(
    r"^[^\S\n]*(?:(?:our|agency|oia|lgoima|file|case|request|document)[^\S\n]+)?"
    r"(?:ref(?:erence)?\.?|(?<=file )(?:number|no\.?))(?![a-z])"
    r"(?:\s+(?:no\.?|number|#))?[^\S\n]*(?:[:#.-][^\S\n]*\n?)?[^\S\n]*"
    # not a sentence the text layer wrapped: "reference number is IR-01-…", "reference dated …"
    r"(?!(?:is|was|were|are|for|of|to|and|will|has|have|number|dated|on|in|the|your|our|an?"
    r"|which|that|with|from|by)\b)"
    r"(?P<ref>[A-Za-z0-9][\w/.#-]*(?:[ ][\w/.#-]+){0,3}?)"
    r"[^\S\n]*(?:$|\t|[ ]{2,}|\|)",
    re.IGNORECASE | re.MULTILINE,
)
"""A reference after a label: "Our ref: OIA-2024-1234", "Reference: IR-01-24-12345"."""

HEADER_REFERENCE = re.compile(
    r"^[^\S\n]*(?P<ref>(?-i:[A-Z]{2,8}(?:[ -][A-Z]{2,8})?)[ \t:#/-]*\d[\w/.-]*)[^\S\n]*$",
    re.MULTILINE,
)
"""A heading line that is only a reference: "OIA 29681", "LGOIMA 2024-123", "IR-01-24-12345"."""

QUOTED_REFERENCE = re.compile(
    r"\b(?:(?:quote|quoting|use|under)\s+(?:(?:our|the|this)\s+)?reference\s+(?:(?:number|no\.?)\s+)?"
    r"|\b(?:our|OIA|LGOIMA)\s+ref(?:erence)?\.?(?:\s+(?:no\.?|number))?\s*[:#]?\s*"
    r"|\b(?:request|case|file|tracking)\s+(?:ID|number|no\.?)\s*(?:[:#]|is)?\s*"
    r"|\breference\s+(?:number|no\.?)\s+(?!is\b|for\b|of\b)"
    r"|\breference\s+(?=(?-i:[A-Z]{2,8})[ -]?\d)"
    r"|\b(?:logged|registered|recorded)\s+(?:as|under)\s+(?:(?:the\s+)?(?:reference|number)\s+)?"
    r"(?=(?-i:[A-Z]{0,8})[ -]?\d)"
    r"|\b(?:given|assigned|allocated)\s+(?:the\s+|a\s+)?(?:reference|ref\.?|number)\s+(?:number\s+)?"
    r"|\bquot(?:e|ing)\s+(?:the\s+|our\s+|this\s+)?(?:reference\s+(?:number\s+)?)?(?=(?-i:[A-Z]{2,8})"
    r"[ -]?\d)|\b(?:OIA|LGOIMA)\s+request\s+(?:(?:no\.?|number|#)\s*)?(?=\d)"
    r"|\bref(?:erence)?\.?\s*[:#]?\s*(?=\d)"
    # a label with its colon before a register's letters: "Ref: H202116914", "Ref: ALOIA160"
    r"|(?<!\byour\s)\bref(?:erence)?\.?\s*[:#]\s*(?=(?-i:[A-Z]{1,6})[-/]?\d)"
    # "Official Information Act #23.028 - Response"
    r"|(?<=\bAct)\s+#\s*(?=\d)"
    r"|\b(?:OIA|LGOIMA|official\s+information)\s+request\s*[-–:]\s*"
    r"|reference(?:\s+(?:number|no\.?))?(?:\s+(?:for|of)\s+(?:your|this|the)\s+(?:records|request"
    r"|file))?\s*(?:is|:)\s*:?\s*"
    r"|(?:official\s+)?information\s+request\s+(?:no\.?|number|#)\s*"
    r"|\bAct(?:\s+1982|\s+1987)?\s+request\s*[-–:]?\s*(?=(?-i:[A-Z]{2,}))"
    r"|(?=(?-i:(?:CAS|OIA|OIR|LGOIMA|IR|DOIA|OIAD|OIAP)-\d)))"
    r"(?<![/.\w-])(?P<ref>(?-i:[A-Z0-9])[\w-]*(?:/(?-i:[A-Z]+))*[ -/]?\d[\w/.-]*\w)(?![\w/-])"
    r"(?!\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\b|\s+(?:working|days?"
    r"|weeks?)\b)",
    re.IGNORECASE,
)
"""A reference in running text: "please quote our reference OIA-2024-0412"."""
