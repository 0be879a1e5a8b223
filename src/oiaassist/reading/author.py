"""Which agency wrote a letter, from where a letter says who it is from.

A letter names many bodies: the Ombudsman in its closing paragraph, the
ministry it consulted, the council it transferred part of the request to. The
first body named is often not the author (a Crown entity's letter that opens
"Police referred your request…"). So the author is taken only from the
places a letter speaks as itself (:mod:`oiaassist.reading.author_zones`),
strongest first:

1. the sender's email address ("From: … <oia@mfat.govt.nz>"), matched to a
   directory agency by the web domain of its sources;
2. the signature block (after "Yours sincerely", "Ngā mihi", "Nāku noa, nā"):
   a Minister's title, a body's name, an email domain, a one-word name on a short
   line ("Police National Headquarters");
3. the letterhead (the short lines above the salutation, not the subject line);
4. the letter speaking of itself by what only the answering agency does (ss 13-19
   OIA): "The Ministry of Health received…", "X is extending…", "X has 20 working
   days…", "your request to X", "we at X";

and never a mere mention. The requester's quoted email at the foot of a reply is not
the letter's own text (its "To:" line names where the request went, not who answers).
An agency the request is transferred *to*, or the Ombudsman in a right-to-complain
sentence, is never the author; nor is a body named only in a link to one of its
pages, nor one the letter calls only "the Ministry" (a bare kind of body names no
one), nor a reference format alone (IR-01-…: the corpus's rule, since a format can be
copied or quoted). Where the text does not show the author, the answer is None: a
guess is wrong even when it happens to match. The agency found gives the Act and a
council's calendar region (LGOIMA s 2(1)).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache

from oiaassist.agencies import Agency, AgencyKind, all_agencies, find, search
from oiaassist.agencies.normalise import fold
from oiaassist.errors import OiaAssistError
from oiaassist.reading.author_zones import (
    footer,
    is_header_line,
    letterhead,
    own_text,
    signature_blocks,
)

_SENDER = re.compile(
    r"^[^\S\n]*from\s*:[^\n]{0,200}?(?<![\w.+-])[\w.+-]{1,64}@(?P<domain>[\w.-]{1,100}\.[a-z]{2,})",
    re.IGNORECASE | re.MULTILINE,
)
_ANY_EMAIL = re.compile(
    r"(?:(?<![\w.+-])[\w.+-]{1,64}@|\bwww\.|https?://)"
    r"(?P<domain>[\w-]{1,63}(?:\.[\w-]{1,63}){0,6}\.(?:nz|com|org|net))\b",
    re.IGNORECASE,
)
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
    r"|now\s+extending|processing|(?:currently\s+|still\s+|now\s+)?(?:managing|preparing"
    r"|considering|working\s+on|reviewing|collating|assessing))"
    r"|will\s+(?:respond|reply|provide|make|not\s+be\s+able\s+to\s+respond|send\s+(?:you\s+)?(?:a|its|the)\s+(?:response|reply|decision)"
    r"|be\s+(?:responding|in\s+touch))|contacted\s+you|wrote\s+to\s+you|(?:has\s+)?made\s+a\s+decision"
    r"|(?:needs?|requires?)\s+(?:an\s+|more\s+)?(?:extension|time)|needs?\s+to\s+extend"
    r"|has\s+considered\s+your"
    r"|(?:has|have)\s+(?:had\s+)?no\s+(?:communications?|correspondence|information|records?"
    r"|documents?)|does\s+not\s+hold|holds\s+(?:no|the\s+information|information|data|records?"
    r"\s+(?:of|about|relating))|(?:has|have)\s+(?:up\s+to\s+)?(?:20|twenty)\s+working"
    r"|(?:has|have)\s+up\s+to)"
)
_SELF = (
    r"\byour\s+(?:[\w'’()-]{1,40}\s+){0,4}?(?:request|email|e-mail|letter|correspondence|enquiry)\s+"
    r"(?:[\w,()]{1,40}\s+){0,9}?to\s+(?:[A-Z][\w'’-]{1,40}\s+[A-Z][\w'’-]{1,40}\s+(?:of|at)\s+)?(?:the\s+)?{OFFICE}{NAME}"
    r"|\basking\s+(?:the\s+)?{NAME}(?:\s*\|\s*[\w ]{2,30}?)?\s+for\b"
    r"|\b(?:requests?|data|information|records?)\s+(?:[\w'’,-]+\s+){0,6}?(?:that|which)\s+(?:the\s+)?{NAME}"
    r"\s+(?:has\s+|currently\s+)?(?:received|holds)\b"
    r"|\byou\s+(?:emailed|wrote\s+to|contacted|asked)\s+(?:the\s+)?{NAME}\s+(?:requesting|asking"
    r"|seeking|for)\b"
    r"|\b(?:requests?|emails?|letters?|it|which)\s+(?:was|were|(?:has|have)\s+been)\s+"
    r"received\s+(?:and\s+processed\s+)?by\s+(?:the\s+)?{NAME}|received\s+by\s+(?:the\s+)?{NAME}(?:\s+\([^()]{1,30}\))?\s+on\b"
    r"|(?:thank\s+you\s+for\s+)(?:contacting|emailing|writing\s+to)\s+(?:the\s+)?{OFFICE}{NAME}"
    r"|(?:requested|requesting|asked\s+for|seeking|sought)\s+(?:the\s+following\s+)?(?:information|documents?)"
    r"\s+(?:held\s+by|from)\s+(?:the\s+)?{NAME}"
    r"|\b(?:we|us)\s+(?:here\s+)?at\s+(?:the\s+)?{NAME}"
    r"|\bdiscuss\s+(?:this|the|our|my)\s+(?:reply|response|decision|extension|letter|request"
    r"|transfer)\s+with\s+(?:the\s+)?{NAME}"
    r"|\b(?:appropriate|relevant)\s+(?:section|team|area|unit|business\s+unit|staff|people"
    r"|officials?)\s+(?:of|in|at|within)\s+(?:the\s+)?{NAME}"
    r"|\b(?:writing|responding|replying|respond)\s+(?:to\s+you\s+)?on\s+behalf\s+of\s+(?:the\s+)?{NAME}"
    r"|{NAME}(?:['’]s\s+Office)?\s+(?:\((?:the\s+)?[\w ]{2,30}\)\s+)?"
    + _SELF_VERBS
    + r"|{NAME}['’]s?\s+(?:responses?|reply|replies|decision|answers?)\s+(?:to|on)\b"
    r"|\b(?:below|here|these)\s+(?:are|is)\s+{NAME}['’]s?\s+(?:responses?|reply|replies|answers?)"
    r"|{NAME}\s+\((?:the\s+|“|\")?(?:Ministry|Department|Council|Agency|Authority|Commission"
    r"|Office|Service|Board|Corporation|University|Police|Trust|Commissioner)"
)
# "the Office of the Prime Minister", "Hon Nicola Willis, Minister of Finance": a
# Minister's office and its holder stand for the Minister (OIA s 2(1)).
_OFFICE = (
    r"(?:Office\s+of\s+(?:the\s+)?)?(?:(?:Rt\.?\s+)?Hon\.?\s+(?:[A-Z][\w'’-]{1,40},?\s+){1,3}?)?"
)
_SELF = _SELF.replace("{OFFICE}", _OFFICE)
_ONLY_THE_AUTHOR = re.compile(
    r"\b(?:is\s+(?:now\s+)?extending|extended|extend|acknowledges?|up\s+to|working|contacting"
    r"|emailing|writing\s+to|extension"
    r"|behalf|we\s+(?:here\s+)?at|(?:request|it|which)\s+(?:was|has\s+been)\s+received\s+by"
    r"|received\s+by\s+\S{1,60}(?:\s+\S{1,60}){0,6}\s+on|discuss|appropriate"
    r"|relevant)\b",
    re.IGNORECASE,
)
"""Words in a self-reference that only the agency answering the request says of itself."""
_SKIP_DOMAINS = frozenset({
    "legislation.govt.nz", "www.legislation.govt.nz", "govt.nz", "beehive.govt.nz",
    "www.beehive.govt.nz", "employment.govt.nz", "www.employment.govt.nz", "parliament.nz",
    "www.parliament.nz", "fyi.org.nz", "www.fyi.org.nz",
})  # fmt: skip


_ORGANISATION = re.compile(
    r"^(?:The\s+)?(?P<name>(?:[A-ZĀĒĪŌŪ][\w'’.&-]{0,40}\s+){0,4}?"
    r"(?:University|Council|Ministry|Department|Commission|Authority|Agency|Board|Trust"
    r"|Polytechnic|Institute|Corporation|Service|Transport|Police|Te\s+Whatu\s+Ora|Limited|Ltd)"
    r"(?:\s+(?:of|for|and|o|ki)\s+(?:the\s+)?[A-ZĀĒĪŌŪ][\w'’.&-]{0,40}(?:\s+(?:and\s+)?[A-ZĀĒĪŌŪ][\w'’.&-]{0,40}){0,4})?)"
    r"\s*(?:$|\||[,–—-]\s)",
)
"""A line of a signature block that names an organisation ("University of Otago | Te Whare…")."""

_MINISTER_TITLE = re.compile(
    r"^(?:(?:Rt\.?\s+)?Hon\.?\s+[\w .'’-]{2,40}?,\s*)?(?:Office\s+of\s+(?:the\s+)?)?"
    r"(?P<name>Prime\s+Minister|Minister\s+(?:of|for)\s+(?:the\s+)?[A-ZĀĒĪŌŪ][\w'’-]*"
    r"(?:\s+(?:and\s+)?[A-ZĀĒĪŌŪ][\w'’-]*){0,4})(?:['’]s\s+Office)?\s*(?:$|\||,)"
)
"""A Minister's title as a signature or letterhead line ("Minister for Primary Industries").

A Minister is subject to the OIA as the holder of a portfolio (s 2(1) "Minister of the
Crown"), so the title is the author; "Associate Minister of …" is another office and
is not read as the portfolio's Minister.
"""


@dataclass(frozen=True, slots=True)
class Author:
    """The agency that wrote a letter, and the words that say so.

    Attributes:
        agency: the directory entry, or None for a body the directory lacks
            (a university, a district health board): then only ``name`` is known.
        how: where it was found: "sender" (an email header or FYI's stand-in for the
            agency's own address), "signature", "letterhead" (also a footer line or the
            letter's own web address) or "self" (a sentence in which it speaks as itself).
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
    text = own_text(_bounded(text))
    finders = (
        _from_sender,
        _from_published_address,
        _from_signature,
        _from_letterhead,
        _from_footer,
        _from_signature_name,
        _from_letterhead_name,
        _speaking_of_itself,
        _from_web_address,
        _unlisted_speaking_of_itself,
        _speaking_of_itself_weakly,
    )
    for finder in finders:
        found = finder(text, allowed)
        if found is not None:
            return found
    return None


_HEAD_CHARS, _TAIL_CHARS = 40_000, 20_000
"""How much of a long text is read for its author: its start and its end."""


def _bounded(text: str) -> str:
    """The start and end of a long text: where a letter says who it is from.

    The letterhead, the opening sentences and the signature lie in a letter's first and
    last pages; a 300-page attachment's middle is not searched (the time a hostile or
    enormous text costs stays bounded).
    """
    if len(text) <= _HEAD_CHARS + _TAIL_CHARS:
        return text
    return text[:_HEAD_CHARS] + "\n\n" + text[-_TAIL_CHARS:]


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
        if is_header_line(_line(text, match.start())):
            continue  # "To: … <[X request email]>": the addressee of a forwarded message
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


_WEB_ADDRESS = re.compile(r"(?<![\w.-])(?:[\w-]{1,63}\.){1,6}(?:nz|com)\b", re.IGNORECASE)
"""A web address; only a directory agency's own domain counts (``_by_domain``)."""
_NOT_THE_AUTHOR_DOMAIN = ("ombudsman.parliament.nz", "privacy.org.nz", "fyi.org.nz",
                          "legislation.govt.nz", "beehive.govt.nz")  # fmt: skip


def _from_web_address(text: str, allowed: list[Agency]) -> Author | None:
    """The agency whose web address the letter gives as its own.

    On a letterhead or footer line ("W www.linz.govt.nz") or in a sentence about "our"
    site ("our response on our website, www.epa.govt.nz"); an address in any other
    sentence ("see MBIE's guidance at www.mbie.govt.nz") is a mention.
    """
    for match in _WEB_ADDRESS.finditer(text):
        domain = match.group().lower().removeprefix("www.")
        if domain.endswith(_NOT_THE_AUTHOR_DOMAIN):
            continue
        if re.match(r"/[\w%-]", text[match.end() : match.end() + 2]):
            continue  # a link to a page or document ("…govt.nz/assets/…pdf"): a mention
        line = _line(text, match.start())
        if len(line.split()) > 8 and not re.search(r"\bour\b", line, re.IGNORECASE):
            continue
        found = _by_domain(domain, allowed)
        if found is not None:
            return Author(found, "letterhead", _line(text, match.start()))
    return None


def _from_signature(text: str, allowed: list[Agency]) -> Author | None:
    for start, block in signature_blocks(text):
        minister = _minister_in(block, allowed)
        if minister is not None:
            return Author(minister[0], "signature", minister[1], name=minister[1])
        found_at = _first_named(block, allowed, aliases=True)
        if found_at is not None:
            return Author(found_at[0], "signature", _line(text, start + found_at[1]))
        for email in _ANY_EMAIL.finditer(block):
            found = _by_domain(email["domain"], allowed)
            if found is not None:
                return Author(found, "signature", _line(text, start + email.start()))
        short = _short_named(block, allowed)
        if short is not None:
            return Author(short[0], "signature", _line(text, start + short[1]))
    return None


def _minister_in(zone: str, allowed: list[Agency]) -> tuple[Agency | None, str] | None:
    """A Minister's title on a line of its own in ``zone``: the directory's entry or the title."""
    for line in zone.splitlines()[:14]:
        for part in re.split(r"\||—|\s[–-]\s", line):
            match = _MINISTER_TITLE.match(part.strip())
            if match is None:
                continue
            title = " ".join(match["name"].split())
            try:
                agency: Agency | None = find(title)
            except OiaAssistError:
                agency = None
            if agency is None:
                return None, title
            if agency in allowed:
                return agency, agency.name
    return None


def _short_named(block: str, allowed: list[Agency]) -> tuple[Agency, int] | None:
    """A body named by its one-word name on a short line of a signature block.

    "Police National Headquarters", "Ministerial Services | ACC": in a signature a
    short line names the signer's own body, so its one-word name counts there (and
    only there: in a sentence "Police" or "Treasury" is usually a mention). An
    acronym counts only as written in capitals.
    """
    offset = 0
    ids = {a.id for a in allowed}
    for line in block.split("\n"):
        if 0 < len(line.split()) <= 6 and not is_header_line(line):
            for agency, pattern in _one_word_names():
                hit = pattern.search(line) if agency.id in ids else None
                if hit is not None and hit.group()[0].isupper():
                    return agency, offset + hit.start()
        offset += len(line) + 1
    return None


def _case(name: str) -> re.RegexFlag:
    """An acronym matches only in capitals ("ACC", not "acc"); a word in any case."""
    return re.NOFLAG if name.isupper() else re.IGNORECASE


@lru_cache(maxsize=1)
def _one_word_names() -> tuple[tuple[Agency, re.Pattern[str]], ...]:
    """Each directory body's one-word names ("Police", "ACC"), as whole-word patterns."""
    shared = _shared_acronyms()
    return tuple(
        (agency, re.compile(rf"(?<![\w-]){re.escape(name)}(?![\w-])", _case(name)))
        for agency in all_agencies()
        for name in agency.aliases
        if " " not in name.strip() and len(name) >= 3 and name.upper() not in shared
    )


def _from_signature_name(text: str, allowed: list[Agency]) -> Author | None:
    """A body the directory lacks, named in the signature ("University of Otago")."""
    for _start, block in signature_blocks(text):
        named = _organisation_line(block)
        if named is not None:
            return Author(None, "signature", named, name=named)
    return None


def _from_letterhead_name(text: str, allowed: list[Agency]) -> Author | None:
    """A body the directory lacks, named on a letterhead line ("The University of Waikato")."""
    named = _organisation_line(letterhead(text))
    return None if named is None else Author(None, "letterhead", named, name=named)


def _from_letterhead(text: str, allowed: list[Agency]) -> Author | None:
    head = letterhead(text)
    minister = _minister_in(head, allowed)
    if minister is not None:
        return Author(minister[0], "letterhead", minister[1], name=minister[1])
    found_at = _first_named(head, allowed, aliases=True)
    if found_at is None:
        return None
    return Author(found_at[0], "letterhead", _line(head, found_at[1]))


def _from_footer(text: str, allowed: list[Agency]) -> Author | None:
    """The first body named on a footer line of the letter's end (see ``footer``)."""
    foot = footer(text)
    found_at = _first_named(foot, allowed, aliases=True)
    if found_at is None:
        return None
    return Author(found_at[0], "letterhead", _line(foot, found_at[1]))


def _organisation_line(block: str) -> str | None:
    """The first line of a signature block that names an organisation, as written."""
    for line in block.splitlines()[:14]:
        parts = [p.strip() for p in re.split(r"\||—|\s[–-]\s|,\s", _mended(line))]
        for part in parts:
            match = _ORGANISATION.match(part) or _MINISTER_TITLE.match(part)
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


@lru_cache(maxsize=2048)
def _names(agency: Agency, *, aliases: bool, words: bool = False) -> tuple[str, ...]:
    names = [agency.name, agency.maori_name]
    if aliases:
        # Aliases of two words or more only ("Environment Canterbury"); an acronym
        # alone ("DIA") is too short to trust. A one-word name ("Police") only where
        # the letter speaks as it ("received by Police on …").
        shared = _shared_acronyms()
        names += [
            a
            for a in agency.aliases
            if len(a.split()) >= 2 or (words and len(a) >= 3 and a.upper() not in shared)
        ]
    kept = [n for n in names if n and len(fold(n)) >= (3 if words else 5)]
    return (*kept, *(_broken(n) for n in kept if _broken(n) != n))


def _broken(name: str) -> str:
    """``name`` as a PDF text layer that drops "ll"/"ff" ligatures writes it.

    Published letters read "Wel ington", "Af airs" (and "wil ", "fol owing"): the
    second letter of the pair becomes a space. The corpus keeps such text as stored.
    """
    return re.sub(r"(ll|ff)", lambda m: m.group()[0] + " ", name)


_LIGATURE_GAP = re.compile(r"\b([A-Za-z]{2,}([lf])) (?=[a-z]{3,})")


def _mended(line: str) -> str:
    """A line with a dropped ligature put back: "University of Wel ington" -> "…Wellington"."""
    return _LIGATURE_GAP.sub(lambda m: m[1] + m[2], line)


@lru_cache(maxsize=1)
def _shared_acronyms() -> frozenset[str]:
    """Acronyms that fit more than one directory body: never read as naming one.

    "SDC" is Southland's alias but also Selwyn's and Stratford's initials; "TDC" is
    Tasman, Timaru, Taupō or Tararua; "HNZ" is Housing NZ and Health NZ. A letter that
    signs with one of these names no body the directory can tell apart.
    """
    owners: dict[str, set[str]] = {}
    for agency in all_agencies():
        initials = "".join(w[0] for w in re.split(r"[\s\-—–]+", agency.name) if w[:1].isupper())
        for acronym in (initials, *(a for a in agency.aliases if a.isupper())):
            owners.setdefault(acronym.upper(), set()).add(agency.id)
    return frozenset(acronym for acronym, ids in owners.items() if len(ids) > 1)


def _first_named(text: str, allowed: list[Agency], *, aliases: bool) -> tuple[Agency, int] | None:
    """The agency named earliest in ``text`` (longest name at a tie), and where."""
    folded, offsets = _fold_with_offsets(text)
    best: tuple[int, int, Agency] | None = None
    lines = [fold(line) for line in text.splitlines()]
    for agency in allowed:
        for name in _names(agency, aliases=aliases):
            key = f" {fold(name)} "
            if agency.kind is AgencyKind.MINISTER and not _minister_line(lines, fold(name)):
                continue  # "Prime Minister" inside "Department of the Prime Minister and…"
            at = folded.find(key)
            if at >= 0 and (best is None or (at, -len(key)) < (best[0], best[1])):
                best = (at, -len(key), agency)
    if best is None:
        return None
    return best[2], offsets[min(best[0], len(offsets) - 1)]


def _minister_line(lines: list[str], title: str) -> bool:
    """Whether a short line names the Minister as its holder or office does.

    "Prime Minister", "Office of the Prime Minister", "Hon Erica Stanford, Minister of
    Education | Minister for …": the Minister. Not "Department of the Prime Minister and
    Cabinet", an "Associate"/"Deputy" Minister (another office), or a possessive
    ("the Minister of Health's office" is a mention).
    """
    pattern = re.compile(
        rf"(?<!department of the )(?<!associate )(?<!deputy )(?<!ministry of the )"
        rf"\b{re.escape(title)}\b(?! and cabinet)(?! s\b)"
    )
    return any(len(line.split()) <= 12 and pattern.search(line) for line in lines)


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
    """The agency the letter speaks as in words only the answering agency says of itself.

    "X is extending", "your request to X", "X has 20 working days": the earliest such.
    Words a letter may also say of another body ("X holds the information", "X received
    your request") are a weaker sign, taken only after the letter's web address and
    bodies the directory lacks (:func:`_speaking_of_itself_weakly`).
    """
    tier, found = _self_reference(text, tuple(allowed))
    return found if tier == 0 else None


def _speaking_of_itself_weakly(text: str, allowed: list[Agency]) -> Author | None:
    """The agency the letter's own sentences speak of as acting on the request."""
    return _self_reference(text, tuple(allowed))[1]


@lru_cache(maxsize=8)
def _self_reference(text: str, allowed: tuple[Agency, ...]) -> tuple[int, Author | None]:
    """The best self-reference and its tier (0: only the author's words; 1: weaker).

    Words inside a long quotation (the request quoted back, a quoted document) are the
    requester's or another's, never the letter's own.
    """
    flat = " ".join(_end_headings(text).split())
    folded = f" {fold(flat)} "
    quoted = _quoted_spans(flat)
    best: tuple[int, int, Agency, str] | None = None
    best_addressed = False  # the best is the requester's address ("your email to X")
    acting: dict[str, tuple[int, Agency, str]] = {}  # bodies that act on the request
    for agency in allowed:
        transferee: bool | None = None  # whether the letter transfers to it: asked when needed
        for name in _names(agency, aliases=True, words=True):
            bare = fold(name)
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
                if not addressed and agency.id not in acting:
                    acting[agency.id] = (hit.start, agency, sentence[:240])
    if best is None:
        return 1, None
    moved = _transferred_to_acting(flat, best, acting) if best_addressed else None
    if moved is not None:
        return 0, Author(moved[1], "self", moved[2])
    return best[0], Author(best[2], "self", best[3])


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
    sentence = _sentence_around(flat, hit.start, hit.end)
    # "Your request to X", "X holds", "X received" can be a transfer's or a complaint's
    # words ("MSD received your request and transferred it"); "X is extending", "X has
    # 20 working days" speak only as the author. The words that make it so stand near
    # it, not clauses away.
    strong = bool(_ONLY_THE_AUTHOR.search(hit.text))
    at = sentence.find(hit.text)
    near = sentence[max(0, at - 120) : at + len(hit.text) + 60] if at >= 0 else sentence
    if _NOT_AUTHOR_CONTEXT.search(near) and not strong:
        return None
    return strong, bool(_ADDRESSED.match(hit.text)), sentence


def _transferred_to(flat: str, folded: str, agency: Agency) -> bool:
    """Whether the letter says a request (or part of one) was transferred to ``agency``."""
    if " transferred " not in folded:
        return False
    return any(
        re.search(
            rf"transferred\s+(?:\S{{1,60}}\s+){{0,3}}?to\s+(?:the\s+)?{_name_core(name)}",
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
    r"|(?P<defined>[A-ZĀĒĪŌŪ][^.;:()\n]{2,90}?)\s+\((?:[Tt]he\s+|“|\")?(?:University|Council|Board"
    r"|Commission|Authority|Corporation|Company|Trust|Institute|Polytechnic)[”\"]?\)"
)


def _unlisted_speaking_of_itself(text: str, allowed: list[Agency]) -> Author | None:
    """A body the directory lacks, in words only the author says ("KiwiRail has up to 20…").

    The name must look like a body's: a name ending in "University", "Limited", "Council"
    and the like, or one word with a capital inside ("KiwiRail"); a bare "The Council" or
    "We" names no one.
    """
    flat = " ".join(_end_headings(text).split())
    for match in _UNLISTED_SELF.finditer(flat):
        if match["defined"]:  # "Te Herenga Waka – Victoria University of Wellington (The
            # University)": a letter names itself so before calling itself "the University"
            last = re.split(r"\||—|\s[–-]\s|,\s", _mended(match["defined"]))[-1].strip()
            organisation = _ORGANISATION.match(last)
            if organisation is not None and len(organisation["name"].split()) >= 2:
                name = " ".join(organisation["name"].split())
                return Author(None, "self", _sentence_at(flat, match.start()), name=name)
            continue
        if match["named"]:  # "information from Te Pūkenga – New Zealand Institute of …"
            named = _organisation_line(match["named"])
            if named is not None:
                return Author(None, "self", _sentence_at(flat, match.start()), name=named)
            continue
        name = match["name"].removeprefix("The ").strip()
        organisation = _ORGANISATION.match(name)
        if organisation is not None and organisation["name"] == name and len(name.split()) >= 2:
            return Author(None, "self", _sentence_at(flat, match.start()), name=name)
        if " " not in name and re.search(r"[a-z][A-Z]", name):
            return Author(None, "self", _sentence_at(flat, match.start()), name=name)
    return None


_SENTENCE_END = re.compile(r"[.?!;:](?=\s)|\s[•▪●◦]\s")


def _sentence_around(flat: str, start: int, end: int) -> str:
    """The sentence (or bullet, or clause before a colon) holding ``flat[start:end]``."""
    begin = max(0, start - 600)
    for stop in _SENTENCE_END.finditer(flat, begin, start):
        begin = stop.end()
    after = _SENTENCE_END.search(flat, end)
    return flat[begin : after.start() if after else len(flat)].strip()


def _sentence_at(flat: str, at: int) -> str:
    return _sentence_around(flat, at, at)[:240]


_HEADING = re.compile(
    r"(?m)^([^\S\n]*(?:\S{1,60}[^\S\n]+){0,7}\S{0,60}[\w)”\"])[^\S\n]*\n(?=\s*[A-Z“\"])"
)


def _end_headings(text: str) -> str:
    """``text`` with a full stop after each short heading line ("Transfer of your request").

    A heading is not part of the sentence below it: "Transfer of your request" above
    "Thank you for your request to Manatū Hauora" does not make the thanks a transfer's
    words.
    """
    return _HEADING.sub(r"\1.\n", text)


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
        if not _INSIDE.search(flat, max(0, m.start() - 12), m.start())
    ]
    if not occurrences:
        return []
    pieces, last = [], 0
    for m in occurrences:
        pieces += [flat[last : m.start()], " " * (m.end() - m.start() - 1), _MARK]
        last = m.end()
    marked = "".join([*pieces, flat[last:]])
    found: dict[int, _Hit] = {}
    for named in occurrences:
        start, end = max(0, named.start() - 160), min(len(flat), named.end() + 100)
        for match in _SELF_RE.finditer(marked, start, end):
            begin = match.start()
            if marked[begin] == _MARK:  # it starts with the name: from the name's first letter
                begin = next(o.start() for o in occurrences if o.end() - 1 == begin)
            found.setdefault(begin, _Hit(begin, match.end(), flat[begin : match.end()]))
    return [found[at] for at in sorted(found)]


def _name_core(name: str) -> str:
    """``name`` as a regex: words joined by any space or dash; an acronym only in capitals."""
    words = [re.escape(w) for w in re.split(r"[\s\-—–]+", name) if w]
    escaped = r"[\s\-—–]+".join(words)
    if name.isupper():  # an acronym only as written: "DOC", never "doc" of "document"
        escaped = f"(?-i:{escaped})"
    return rf"\b(?:{escaped})\b"


# Not the tail of another office's or body's name: "Associate Minister of Health" is
# not the Minister of Health, "Upper Hutt City Council" not Hutt City Council.
_INSIDE = re.compile(r"(?:\b(?:associate|deputy|upper)\s|\w[-–—])\Z", re.IGNORECASE)


@lru_cache(maxsize=1024)
def _name_pattern(name: str) -> re.Pattern[str]:
    """The name, to be checked against ``_INSIDE`` (a longer office's or body's name)."""
    return re.compile(_name_core(name), re.IGNORECASE)
