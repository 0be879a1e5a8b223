"""Which agency wrote a letter, from where a letter says who it is from.

A letter names many bodies: the Ombudsman in its closing paragraph, the
ministry it consulted, the council it transferred part of the request to. The
first body named is often not the author (a Crown entity's letter that opens
"Police referred your request…"). So the author is taken only from the
places a letter speaks as itself, strongest first:

1. the sender's email address ("From: … <oia@mfat.govt.nz>"), matched to a
   directory agency by the web domain of its sources;
2. the signature block (after "Yours sincerely", "Ngā mihi", "Nāku noa, nā");
3. the letterhead (the lines above the salutation);
4. the letter speaking of itself: "Thank you for your request to the
   Ministry of Health", "The Ministry of Health received…", "… (the Ministry)";

and never a mere mention. An agency the request is transferred *to*, or the
Ombudsman in a right-to-complain sentence, is never the author; nor is a body
named only in a link to one of its pages, nor one the letter calls only "the
Ministry" (a bare kind of body names no one). Where the text does not show the
author, the answer is None: a guess is wrong even when it happens to match. The agency
found gives the Act and a council's calendar region (LGOIMA s 2(1)).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache

from oiaassist.agencies import Agency, AgencyKind, all_agencies, find, search
from oiaassist.agencies.normalise import fold
from oiaassist.errors import OiaAssistError

_CLOSING = re.compile(
    r"^[^\S\n]*(?:yours\s+(?:sincerely|faithfully|truly)|n.ku\s+(?:iti\s+)?(?:noa|iti)|ng.\s+mihi"
    r"|(?:kind|warm|best|many)\s+regards|regards|heoi\s+an.|mauri\s+ora|noho\s+ora\s+mai)\b",
    re.IGNORECASE | re.MULTILINE,
)
_SALUTATION = re.compile(
    r"^[^\S\n]*(?:t\S{1,2}n\S{1,2}\s+(?:koe|k[oō]rua|koutou)|dear|kia\s+ora|hello|hi|greetings"
    r"|m[oō]rena|good\s+(?:morning|afternoon|day))\b",
    re.IGNORECASE | re.MULTILINE,
)
_SENDER = re.compile(
    r"^[^\S\n]*from\s*:[^\n]*?[\w.+-]+@(?P<domain>[\w.-]+\.[a-z]{2,})", re.IGNORECASE | re.MULTILINE
)
_ANY_EMAIL = re.compile(
    r"(?:[\w.+-]+@|\bwww\.|https?://)(?P<domain>[\w-]+(?:\.[\w-]+)*\.(?:nz|com|org|net))\b",
    re.IGNORECASE,
)
# Reference formats only one agency uses (its case-management system's numbering).
_REFERENCE_FORMATS = ((re.compile(r"\bIR-01-\d{2}-\d{3,}"), "police"),)
_NOT_AUTHOR_CONTEXT = re.compile(
    r"\b(?:complain\w*|transferr?\w*|referr?ed\s+to|investigat\w*|consult\w*|forward\w*"
    r"|better\s+placed|more\s+closely\s+connected)\b",
    re.IGNORECASE,
)
_SELF = (
    r"\byour\s+(?:[\w'’()-]+\s+){0,4}?(?:request|email|e-mail|letter|correspondence|enquiry)\s+"
    r"(?:[\w,]+\s+){0,6}?to\s+(?:[A-Z][\w'’-]+\s+[A-Z][\w'’-]+\s+(?:of|at)\s+)?(?:the\s+)?{NAME}"
    r"|\basking\s+(?:the\s+)?{NAME}(?:\s*\|\s*[\w ]{2,30}?)?\s+for\b"
    r"|received\s+(?:and\s+processed\s+)?by\s+(?:the\s+)?{NAME}|{NAME}\s+(?:have|has)\s+up\s+to"
    r"|(?:thank\s+you\s+for\s+)contacting\s+(?:the\s+)?(?:Hon\.?\s+(?:[A-Z][\w'’-]+,?\s+){1,3}?)?{NAME}"
    r"|(?:information|documents?)\s+(?:held\s+by|from)\s+(?:the\s+)?{NAME}"
    r"|{NAME}\s+(?:\((?:the\s+)?[\w ]{2,30}\)\s+)?(?:has\s+|have\s+)?(?:received|acknowledges?"
    r"|decided|extended|considers|is\s+(?:unable|able|refusing|withholding|releasing|extending)"
    r"|will\s+(?:respond|provide|make)|contacted\s+you|wrote\s+to\s+you|requires?\s+(?:an\s+)?extension|has\s+considered\s+your|has\s+(?:had\s+)?no\s+"
    r"(?:communications?|correspondence|information|records?|documents?)|does\s+not\s+hold)"
    r"|{NAME}\s+\((?:the\s+|“|\")?(?:Ministry|Department|Council|Agency|Authority|Commission"
    r"|Office|Service|Board|Corporation|University|Police|Trust|Commissioner)"
)
_SKIP_DOMAINS = frozenset({
    "legislation.govt.nz", "www.legislation.govt.nz", "govt.nz", "beehive.govt.nz",
    "www.beehive.govt.nz", "employment.govt.nz", "www.employment.govt.nz", "parliament.nz",
    "www.parliament.nz", "fyi.org.nz", "www.fyi.org.nz",
})  # fmt: skip


_ORGANISATION = re.compile(
    r"^(?:The\s+)?(?P<name>(?:[A-ZĀĒĪŌŪ][\w'’.&-]*\s+){0,4}?"
    r"(?:University|Council|Ministry|Department|Commission|Authority|Agency|Board|Trust"
    r"|Polytechnic|Institute|Corporation|Service|Transport|Police|Te\s+Whatu\s+Ora)"
    r"(?:\s+(?:of|for|and|o|ki)\s+(?:the\s+)?[A-ZĀĒĪŌŪ][\w'’.&-]*(?:\s+(?:and\s+)?[A-ZĀĒĪŌŪ][\w'’.&-]*){0,4})?)"
    r"\s*(?:$|\||[,–—-]\s)",
)
"""A line of a signature block that names an organisation ("University of Otago | Te Whare…")."""


@dataclass(frozen=True, slots=True)
class Author:
    """The agency that wrote a letter, and the words that say so.

    Attributes:
        agency: the directory entry, or None for a body the directory lacks
            (a university, a district health board): then only ``name`` is known.
        how: where it was found: "sender", "signature", "letterhead", "self"
            or "reference".
        evidence: the line or sentence it was found in.
        name: the author's name: the directory's, else as the letter writes it.
    """

    agency: Agency | None
    how: str
    evidence: str
    name: str = ""

    def __post_init__(self) -> None:
        if not self.name and self.agency is not None:
            object.__setattr__(self, "name", self.agency.name)


def letter_author(text: str, *, not_these: Iterable[str] = ()) -> Author | None:
    """The agency that wrote ``text``, or None if the letter does not say.

    Args:
        text: the letter's text.
        not_these: names that cannot be the author (e.g. the agency the request
            was transferred to).
    """
    skipped = {fold(name) for name in not_these if name.strip()}
    allowed = [a for a in all_agencies() if not _excluded(a, skipped)]
    finders = (
        _from_sender,
        _from_published_address,
        _from_signature,
        _from_letterhead,
        _from_footer,
        _speaking_of_itself,
        _from_signature_name,
        _from_letterhead_name,
        _from_web_address,
        _from_reference,
    )
    for finder in finders:
        found = finder(text, allowed)
        if found is not None:
            return found
    return None


def _from_sender(text: str, allowed: list[Agency]) -> Author | None:
    sender = _SENDER.search(text)
    if sender is None:
        return None
    found = _by_domain(sender["domain"], allowed)
    return None if found is None else Author(found, "sender", _line(text, sender.start()))


_PUBLISHED_ADDRESS = re.compile(r"\[(?P<name>[^\[\]\n]{2,80}?) request email\]")
"""FYI.org.nz's stand-in for the authority's own request address: "[MSD request email]"."""


def _from_published_address(text: str, allowed: list[Agency]) -> Author | None:
    ids = {a.id for a in allowed}
    for match in _PUBLISHED_ADDRESS.finditer(text):
        name = match["name"].strip()
        agency: Agency | None
        try:
            agency = find(name)
        except OiaAssistError:
            hits = search(name, limit=1)
            agency = hits[0] if hits and _close(name, hits[0]) else None
        if agency is not None and agency.id in ids:
            return Author(agency, "sender", _line(text, match.start()))
        if agency is None and _ORGANISATION.match(name):
            return Author(None, "sender", _line(text, match.start()), name=name)
    return None


def _close(name: str, agency: Agency) -> bool:
    """Whether a searched name is the agency's, give or take spelling ("Manawatu-Wanganui")."""
    words = set(fold(name).split())
    names = [agency.name, agency.maori_name, *agency.aliases]
    return any(len(words & set(fold(n).split())) >= max(1, len(words) - 1) for n in names if n)


_WEB_ADDRESS = re.compile(r"\b(?:[\w-]+\.)+(?:govt|ac|org|co)\.nz\b", re.IGNORECASE)
_NOT_THE_AUTHOR_DOMAIN = ("ombudsman.parliament.nz", "privacy.org.nz", "fyi.org.nz",
                          "legislation.govt.nz", "beehive.govt.nz")  # fmt: skip


def _from_web_address(text: str, allowed: list[Agency]) -> Author | None:
    """The agency whose web address the letter gives (letterhead or footer, usually)."""
    for match in _WEB_ADDRESS.finditer(text):
        domain = match.group().lower().removeprefix("www.")
        if domain.endswith(_NOT_THE_AUTHOR_DOMAIN):
            continue
        if re.match(r"/[\w%-]", text[match.end() : match.end() + 2]):
            continue  # a link to a page or document ("…govt.nz/assets/…pdf"): a mention
        found = _by_domain(domain, allowed)
        if found is not None:
            return Author(found, "letterhead", _line(text, match.start()))
    return None


def _signature_blocks(text: str) -> list[tuple[int, str]]:
    """Each block after a closing ("Ngā mihi", "Yours sincerely"), with where it starts."""
    return [(m.end(), text[m.end() : m.end() + 600]) for m in _CLOSING.finditer(text)]


def _from_signature(text: str, allowed: list[Agency]) -> Author | None:
    for start, block in _signature_blocks(text):
        found_at = _first_named(block, allowed, aliases=True)
        if found_at is not None:
            return Author(found_at[0], "signature", _line(text, start + found_at[1]))
        for email in _ANY_EMAIL.finditer(block):
            found = _by_domain(email["domain"], allowed)
            if found is not None:
                return Author(found, "signature", _line(text, start + email.start()))
    return None


def _from_signature_name(text: str, allowed: list[Agency]) -> Author | None:
    """A body the directory lacks, named in the signature ("University of Otago")."""
    for _start, block in _signature_blocks(text):
        named = _organisation_line(block)
        if named is not None:
            return Author(None, "signature", named, name=named)
    return None


def _from_letterhead_name(text: str, allowed: list[Agency]) -> Author | None:
    """A body the directory lacks, named on a letterhead line ("The University of Waikato")."""
    salutation = _SALUTATION.search(text)
    if salutation is None:
        return None
    named = _organisation_line(_without_addressee(text[: salutation.start()]))
    return None if named is None else Author(None, "letterhead", named, name=named)


def _from_letterhead(text: str, allowed: list[Agency]) -> Author | None:
    salutation = _SALUTATION.search(text)
    head_end = salutation.start() if salutation is not None else min(len(text), 400)
    found_at = _first_named(_without_addressee(text[:head_end]), allowed, aliases=True)
    if found_at is None:
        return None
    return Author(found_at[0], "letterhead", _line(text, found_at[1]))


def _from_footer(text: str, allowed: list[Agency]) -> Author | None:
    """The first body named on a short line of the letter's last 300 characters.

    A footer line is short; a long one is a sentence that mentions a body (the search
    goes on past it), and a link to a page on a body's site is a mention too.
    """
    tail = max(0, len(text) - 300)
    while tail < len(text):
        found_at = _first_named(text[tail:], allowed, aliases=True)
        if found_at is None:
            return None
        line = _line(text, tail + found_at[1])
        linked = re.search(r"[\w-]\.[a-z]{2,}/[\w%-]", line, re.IGNORECASE)
        if line.count(" ") < 25 and not linked:
            return Author(found_at[0], "letterhead", line)
        end = text.find("\n", tail + found_at[1])
        tail = len(text) if end < 0 else end + 1  # past that line
    return None


def _from_reference(text: str, allowed: list[Agency]) -> Author | None:
    ids = {a.id: a for a in allowed}
    for pattern, agency_id in _REFERENCE_FORMATS:
        match = pattern.search(text)
        if match is not None and agency_id in ids:
            return Author(ids[agency_id], "reference", _line(text, match.start()))
    return None


def _organisation_line(block: str) -> str | None:
    """The first line of a signature block that names an organisation, as written."""
    for line in block.splitlines()[:14]:
        parts = [p.strip() for p in re.split(r"\||—|\s[–-]\s", line)]
        for part in parts:
            match = _ORGANISATION.match(part)
            if match is not None and len(match["name"].split()) >= 2:
                return " ".join(match["name"].split())
    return None


def _excluded(agency: Agency, skipped: set[str]) -> bool:
    names = (agency.name, agency.maori_name, *agency.aliases)
    # Whole names only: transferring to "the Prime Minister" does not rule out the
    # Department of the Prime Minister and Cabinet, whose name merely contains it.
    return any(
        fold(n) in skipped or any(s and re.search(rf"\b{re.escape(fold(n))}\b", s) for s in skipped)
        for n in names
        if n
    )


def _line(text: str, at: int) -> str:
    start = text.rfind("\n", 0, at) + 1
    end = text.find("\n", at)
    return " ".join(text[start : end if end >= 0 else len(text)].split())


def _without_addressee(head: str) -> str:
    """The heading without a "To:"/"Attention" line, which names the requester's side."""
    return re.sub(r"(?im)^[^\S\n]*(?:to|attn|attention|cc)\s*:.*$", "", head)


@lru_cache(maxsize=1)
def _domains() -> dict[str, str]:
    """Web and email domains of directory agencies -> agency id."""
    out: dict[str, str] = {}
    for agency in all_agencies():
        hosts = [re.sub(r"^https?://", "", s).split("/")[0].lower() for s in agency.sources]
        if agency.request_email and "@" in agency.request_email:
            hosts.append(agency.request_email.rsplit("@", 1)[1].lower())
        for name in hosts:
            host = name.removeprefix("www.")
            if host and host not in _SKIP_DOMAINS and host.count(".") >= 1:
                out.setdefault(host, agency.id)
    return out


def _by_domain(domain: str, allowed: list[Agency]) -> Agency | None:
    domain = domain.lower().rstrip(".")
    ids = {a.id: a for a in allowed}
    table = _domains()
    parts = domain.split(".")
    for i in range(len(parts) - 1):
        agency_id = table.get(".".join(parts[i:]))
        if agency_id is not None and ".".join(parts[i:]) not in ("govt.nz", "co.nz", "org.nz"):
            return ids.get(agency_id)
    return None


def _names(agency: Agency, *, aliases: bool, words: bool = False) -> list[str]:
    names = [agency.name, agency.maori_name]
    if aliases:
        # Aliases of two words or more only ("Environment Canterbury"); an acronym
        # alone ("DIA") is too short to trust. A one-word name ("Police") only where
        # the letter speaks as it ("received by Police on …").
        names += [a for a in agency.aliases if len(a.split()) >= 2 or (words and len(a) >= 3)]
    return [n for n in names if n and len(fold(n)) >= (3 if words else 5)]


def _first_named(text: str, allowed: list[Agency], *, aliases: bool) -> tuple[Agency, int] | None:
    """The agency named earliest in ``text`` (longest name at a tie), and where."""
    folded, offsets = _fold_with_offsets(text)
    best: tuple[int, int, Agency] | None = None
    lines = {fold(line) for line in text.splitlines()}
    for agency in allowed:
        for name in _names(agency, aliases=aliases):
            key = f" {fold(name)} "
            if agency.kind is AgencyKind.MINISTER and fold(name) not in lines:
                continue  # "Prime Minister" inside "Department of the Prime Minister and…"
            at = folded.find(key)
            if at >= 0 and (best is None or (at, -len(key)) < (best[0], best[1])):
                best = (at, -len(key), agency)
    if best is None:
        return None
    return best[2], offsets[min(best[0], len(offsets) - 1)]


def _fold_with_offsets(text: str) -> tuple[str, list[int]]:
    """Folded text framed by spaces, word by word, and each folded word's offset in ``text``."""
    pieces = [" "]
    offsets = [0]
    for match in re.finditer(r"\S+", text):
        word = fold(match.group())
        if not word:
            continue
        for part in word.split():
            offsets.extend([match.start()] * (len(part) + 1))
            pieces.append(part + " ")
    return "".join(pieces), offsets


def _speaking_of_itself(text: str, allowed: list[Agency]) -> Author | None:
    """The agency the letter's own sentences speak as ("your request to the Ministry of…")."""
    flat = " ".join(text.split())
    folded = f" {fold(flat)} "
    best: tuple[int, Agency, str] | None = None
    for agency in allowed:
        for name in _names(agency, aliases=True, words=True):
            if f" {fold(name)} " not in folded:
                continue  # not named at all: no need to look for how it is named
            pattern = _self_pattern(name)
            for match in pattern.finditer(flat):
                s_start = max(flat.rfind(". ", 0, match.start()) + 2, 0)
                s_end = flat.find(". ", match.end())
                sentence = flat[s_start : s_end if s_end >= 0 else len(flat)]
                # Only "your request to X" can be a transfer's or a complaint's words;
                # "X is extending", "received by X" speak as the author.
                strong = not re.match(
                    r"(?:your|request|email|e-mail|letter|correspondence|enquiry|information|documents?)\b",
                    match.group(),
                    re.IGNORECASE,
                ) or re.search(r"received|contacting", match.group(), re.IGNORECASE)
                if _NOT_AUTHOR_CONTEXT.search(sentence) and not strong:
                    continue
                if best is None or match.start() < best[0]:
                    best = (match.start(), agency, sentence[:240])
                break
    if best is None:
        return None
    return Author(best[1], "self", best[2])


@lru_cache(maxsize=1024)
def _self_pattern(name: str) -> re.Pattern[str]:
    words = [re.escape(w) for w in re.split(r"[\s\-—–]+", name) if w]
    escaped = r"[\s\-—–]+".join(words)
    if name.isupper():  # an acronym only as written: "DOC", never "doc" of "document"
        escaped = f"(?-i:{escaped})"
    return re.compile(_SELF.replace("{NAME}", rf"\b(?:{escaped})\b"), re.IGNORECASE)
