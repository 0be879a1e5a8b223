r"""The agency's reference for the request, where the letter gives it.

Agencies number requests in their own registers ("OIA-2024/25-0502", "IR-01-25-19467",
"DOIA 23-012", "HNZ00034115", "LGOIMA 415711", "CAS-154735-W3W6K2"). A letter gives the
number in one of a few places, tried in this order:

1. the heading: a labelled line ("Our ref: …", "File Ref: …") or a line that is only a
   reference ("OIA 29681");
2. the subject line ("OIR: 2324/724 – Request for …", "Request for information
   2019-304", "Official Information Act #23.028 - Response");
3. a labelled line anywhere ("Reference: …" under the signature);
4. the letter's first word, when its lines were run together ("LGOIMA 415711 Ref …");
5. the running text ("please quote our reference …", "your reference number is …");
6. a register's token in the heading without a label;
7. a records-system document number alone on a line ("A108045").

Never the requester's own ("Your ref: 12345") nor another request's ("your previous
request (OIA-2023-0999)"), nor a year ("2024/25").
"""

from __future__ import annotations

import re

from oiaassist.reading import patterns as lp
from oiaassist.reading.text import Found, LetterText, line_around

REFERENCE_TOKEN = re.compile(
    r"(?<![\w/.@-])(?-i:(?:OIA|OIR|OIAD|DOIA|OIAP|OIAPR|LGOIMA|LGOIR|IR|IRC|CAS|HNZ|MIN|ECM|OC|REQ"
    r"|PR|FOI|OI|REF)(?:-[A-Z]{1,4})?)(?::[ ]?|[-/ ])?\d[\w/-]*\d(?![\w@])"
)
"""A reference written without a label ("OIA-2021/22-0684", "HNZ00086144", "OIR: 2324/724")."""
_DOCUMENT_NUMBER_LINE = re.compile(r"^[^\S\n]*(?P<ref>[A-Z]{1,3}\d{5,9})[^\S\n]*$", re.MULTILINE)
"""A records-system document number alone on its line ("A108045"): a reference."""
_NOT_OUR_REFERENCE = re.compile(
    r"\byour\s+(?:own\s+)?ref(?:erence)?\.?\s*[:#]?\s*$"
    r"|\b(?:previous|earlier|prior|last|other|former|separate)\s+(?:\w+\s+){0,2}?requests?\b"
    r"[^.;]{0,40}$",
    re.IGNORECASE,
)
"""Words making the reference that follows someone else's: the requester's own ("Your ref:
12345"; but "your reference number is IR-01-…" is the one the agency gave), or another
request's ("your previous request (OIA-2023-0999)")."""
SUBJECT_LINES = 2
"""How many lines under the salutation may be the subject line."""
_SUBJECT_LINE = re.compile(r"^[^\S\n]*(?:subject|re)[^\S\n]*:[^\n]*$", re.IGNORECASE | re.MULTILINE)
_SUBJECT_REFERENCE = re.compile(
    # an acronym of the Acts or of a request register, with its number: "OIA: 2425-0123"
    r"(?<![\w/-])(?P<ref>(?-i:(?:OIA|LGOIMA|OIR|LGOIR|DOIA|OIAD|OIAP|IR|REQ|CAS))"
    r"[ \t:#-]*\d[\w/.-]*\w)(?![\w/])"
    # or a label before a number: "Request No. 2024/123", "Ref: 24/0123", "reference 24-01"
    r"|(?:\b(?:ref(?:erence)?|(?<!FYI )request(?:[ \t]+for[ \t]+information)?|file)"
    r"|(?<=Act )(?=#))"  # "Official Information Act #23.028 - Response"
    r"(?:[ \t]+(?:no\.?|number|ref(?:erence)?))?[ \t]*[:#.–—-]?"
    r"[ \t]*(?P<ref2>(?-i:[A-Z]{0,8})[-/]?\d[\w/.-]*\w)(?![\w/])"
    r"|\b(?:no\.?|number)[ \t]*[:#]?[ \t]*(?P<ref3>\d[\w/.-]*\w)(?![\w/])",
    re.IGNORECASE,
)
"""A reference in a subject line (see :func:`subject_reference`)."""
_A_YEAR = re.compile(r"(?:19|20)\d\d(?:[/-](?:\d\d|(?:19|20)\d\d))?")
"""A year or a financial year ("2024/25"), not a reference number."""
NOT_A_REFERENCE = re.compile(r"(?i:covid|sh\d|po\s)")
_REFERENCE_PREFIXES = re.compile(
    r"\b(?:OIA|OIAP|OIR|LGOIMA|LGOIR|LG|IR|PA|REF|CAS|ECM|OC|OI|CR|FOI|IPP|MIN|DOIA)"
)


def looks_like_reference(ref: str, *, labelled: bool) -> bool:
    """Whether ``ref`` may be a register's number (a label vouches for any with a digit)."""
    if not re.search(r"\d", ref) or len(ref) > 40:
        return False
    if labelled:
        return True
    if _A_YEAR.fullmatch(re.sub(r"^\D+", "", ref)):
        return False  # "OIA 2024 statistics": a year
    return bool(
        _REFERENCE_PREFIXES.match(ref)
        or re.search(r"\d[-/]\d", ref)
        or re.fullmatch(r"[A-Z]{2,8}[ -]?\d{5,}", ref)  # "METIS 1234567": a system's number
    )


def find_reference(text: LetterText, heading: int) -> Found[str] | None:
    """The agency's reference (see the module), ``heading`` the end of the letter's heading."""
    original = text.original
    found = _labelled(original, (lp.LABELLED_REFERENCE, lp.HEADER_REFERENCE), heading)
    if found is None:
        found = subject_reference(original, heading)
    if found is None:
        found = _labelled(original, (lp.LABELLED_REFERENCE,), len(original))
    if found is None:
        found = _opening(original)
    if found is None:
        found = _quoted(text)
    if found is None:
        found = _token(original, heading)
    if found is None:
        # Last: a document number alone on a line, often under the signature ("A108045").
        alone = _DOCUMENT_NUMBER_LINE.search(original)
        if alone is not None:
            found = Found(alone["ref"], alone["ref"], alone.span("ref"))
    return found


def _labelled(original: str, patterns: tuple[re.Pattern[str], ...], end: int) -> Found[str] | None:
    """The first labelled or reference-only line before ``end``."""
    hits = sorted(
        (
            (match.start(), match, pattern is lp.LABELLED_REFERENCE)
            for pattern in patterns
            for match in pattern.finditer(original, 0, end)
        ),
        key=lambda hit: hit[0],
    )
    for _at, match, labelled in hits:
        ref = match["ref"].strip().rstrip(".")
        if looks_like_reference(ref, labelled=labelled):
            line = " ".join(line_around(original, match.start(), match.end())[1].split())
            return Found(ref, line, (match.start("ref"), match.start("ref") + len(ref)))
    return None


def _opening(original: str) -> Found[str] | None:
    """A register's token that opens the text: the heading's first reference.

    ("LGOIMA 415711 Ref 6363888 21 January 2016 …" when the letter's lines were run together.)
    """
    opening = REFERENCE_TOKEN.match(original, len(original) - len(original.lstrip()))
    if opening is None or not looks_like_reference(opening.group(), labelled=False):
        return None
    line = " ".join(line_around(original, *opening.span())[1].split())
    return Found(opening.group(), line, opening.span())


def _quoted(text: LetterText) -> Found[str] | None:
    """A reference the running text gives ("please quote our reference OIA-2024-0412")."""
    flat = text.flat
    for quoted in lp.QUOTED_REFERENCE.finditer(flat):
        if re.fullmatch(r"(?:19|20)\d\d", quoted["ref"]):
            continue  # "Official information request – 2020 report": a year, not a number
        if _NOT_OUR_REFERENCE.search(flat, max(0, quoted.start() - 80), quoted.start("ref")):
            continue  # "your ref 12345", "your previous request (OIA-2023-0999)"
        return text.found(quoted["ref"], quoted.start("ref"), quoted.end("ref"))
    return None


def _token(original: str, heading: int) -> Found[str] | None:
    """A register's token without a label in the heading ("OIA-2021/22-0684")."""
    for match in REFERENCE_TOKEN.finditer(original, 0, heading):
        ref = match.group().strip()
        if _NOT_OUR_REFERENCE.search(original, max(0, match.start() - 80), match.start()):
            continue
        if not NOT_A_REFERENCE.match(ref) and looks_like_reference(ref, labelled=False):
            line = " ".join(line_around(original, match.start(), match.end())[1].split())
            return Found(ref, line, match.span())
    return None


def subject_reference(original: str, heading: int) -> Found[str] | None:
    """A reference in the letter's subject line: "OIA: 2425-0123 – Request for data".

    The subject line is a "Subject:"/"Re:" line of the heading, or one of the short
    lines just under the salutation that ends without a full stop. In it a reference
    is an Act's or a request's label with a number ("OIA 24-0123", "LGOIMA No.
    2024/123", "Ref: LGOIMA 24/123", "Official Information Request 24/0123"); a
    number that no such label introduces ("LTP 2024-34") is not taken.
    """
    lines = list(_SUBJECT_LINE.finditer(original, 0, heading))
    lines += _under_greeting(original)
    for line in lines:
        for match in _SUBJECT_REFERENCE.finditer(original, line.start(), line.end()):
            group = next(g for g in ("ref", "ref2", "ref3") if match[g])
            ref = match[group].strip().rstrip(".:")
            if _not_a_number(ref, labelled_only=group != "ref"):
                continue
            if looks_like_reference(ref, labelled=True) and not NOT_A_REFERENCE.match(ref):
                text = " ".join(original[line.start() : line.end()].split())
                at = match.start(group)
                return Found(ref, text, (at, at + len(ref)))
    return None


def _under_greeting(original: str) -> list[re.Match[str]]:
    """The short lines just under the salutation, up to the first that ends a sentence."""
    salutation = lp.SALUTATION.search(original)
    if salutation is None:
        return []
    start = original.find("\n", salutation.end())
    start = len(original) if start < 0 else start
    lines: list[re.Match[str]] = []
    for line in re.finditer(r"^[^\S\n]*(\S[^\n]*)$", original[: start + 1000], re.M):
        if line.start() <= start:
            continue
        if len(lines) >= SUBJECT_LINES:
            break
        text = line[1].rstrip()
        if text.endswith((".", ",")) or len(text) > 120:
            break  # the body has begun
        lines.append(line)
    return lines


def _not_a_number(ref: str, *, labelled_only: bool) -> bool:
    """A year ("OIA 1982", "2024/25") or a short count ("Request – 100 days of …")."""
    digits = len(re.findall(r"\d", ref))
    if _A_YEAR.fullmatch(re.sub(r"^\D+", "", ref)) or digits < 3:
        return True
    return labelled_only and digits < 4 and not re.search(r"[-/]", ref)
