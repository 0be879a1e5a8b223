"""Which agency wrote a letter, from where a letter says who it is from.

A letter names many bodies: the Ombudsman in its closing paragraph, the
ministry it consulted, the council it transferred part of the request to. The
first body named is often not the author (a Crown entity's letter that opens
"Police referred your request…"). So the author is taken only from the
places a letter speaks as itself (:mod:`oiaassist.reading.author.zones`; names,
titles and domains are matched to the directory by :mod:`~oiaassist.reading.author.names`,
sentences in which it names itself found by :mod:`~oiaassist.reading.author.self_reference`),
strongest first:

1. the sender's email address ("From: … <oia@mfat.govt.nz>"), matched to a
   directory agency by the web domain of its sources;
2. the signature block (after "Yours sincerely", "Ngā mihi", "Nāku noa, nā"):
   a Minister's title, a body's name, an email domain, a one-word name on a short
   line ("Police National Headquarters");
3. the letterhead (the short lines above the salutation, not the subject line);
4. the letter speaking of itself by what only the answering agency does (ss 13-19
   OIA): "The Ministry of Health received…", "X is extending…", "X has 20 working
   days…", "your request to X", "we at X", "transferred from X to Y" (told by Y);
5. last, the one body the letter's own sentences make the actor (:mod:`.acting`), then
   the one body that opens its first-person answers as their subject, or owns what they
   describe (:mod:`.subject`);

and never a mere mention. A short form the letter itself defines ("Hutt Valley District
Health Board (HVDHB)") is spelt out first (:mod:`.short_forms`), and a chief executive's
statutory title on a signature line names its department (:mod:`.titles`). The
requester's quoted email at the foot of a reply is not the letter's own text (its "To:"
line names where the request went, not who answers).
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
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from functools import lru_cache

from oiaassist.agencies import Agency, AgencyKind, all_agencies, find, search
from oiaassist.agencies.normalise import fold
from oiaassist.errors import OiaAssistError
from oiaassist.reading.author.acting import _transferred_away, acting_body
from oiaassist.reading.author.kind_word import kind_word_author
from oiaassist.reading.author.names import (
    _ORGANISATION,
    _by_domain,
    _close,
    _excluded,
    _first_named,
    _initials_of,
    _minister_in,
    _ministers_office,
    _name_core,
    _name_pattern,
    _names,
    _organisation_line,
    _short_named,
    minister_written_as,
    ministers_in,
)
from oiaassist.reading.author.self_reference import (
    _self_reference,
    _sentence_at,
    _unlisted_reference,
    _unlisted_speaking_of_itself,
)
from oiaassist.reading.author.short_forms import resolved_acronyms, spelt_out
from oiaassist.reading.author.subject import answered_about, unlisted_answered_about
from oiaassist.reading.author.titles import titled_body
from oiaassist.reading.author.units import parent_body
from oiaassist.reading.author.zones import (
    footers,
    is_header_line,
    letterhead,
    own_text,
    short_fields,
    signature_blocks,
)
from oiaassist.reading.text import single_spaced, without_page_furniture
from oiaassist.reading.transfers import TOLD_IN, deciding_after

_SENDER = re.compile(
    r"^[^\S\n]*from\s*:[^\n]{0,200}?(?<![\w.+-])[\w.+-]{1,64}@(?P<domain>[\w.-]{1,100}\.[a-z]{2,})",
    re.IGNORECASE | re.MULTILINE,
)
_ANY_EMAIL = re.compile(
    r"(?:(?<![\w.+-])[\w.+-]{1,64}@|\bwww\.|https?://)"
    r"(?P<domain>[\w-]{1,63}(?:\.[\w-]{1,63}){0,6}\.(?:nz|com|org|net))\b",
    re.IGNORECASE,
)


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

    A body the directory lacks that the letter calls a unit of a directory body
    (:mod:`.units`) is read as that body.

    Args:
        text: the letter's text.
        not_these: names that cannot be the author (e.g. the agency the request
            was transferred to).
    """
    skipped = {fold(name) for name in not_these if name.strip()}
    allowed = [a for a in all_agencies() if not _excluded(a, skipped)]
    # "Ministry  of  Health": a justified line; a footer's wider gaps part its cells
    bounded = _bounded(without_page_furniture(single_spaced(text, columns=True)))
    found = _letter_author(bounded, skipped, allowed)
    if found is None or found.agency is not None or not found.name:
        return found
    parent = parent_body(bounded, found.name, allowed)
    return found if parent is None else Author(parent[0], found.how, parent[1])


def _letter_author(bounded: str, skipped: set[str], allowed: list[Agency]) -> Author | None:
    """The finders in order of strength (see the module docstring)."""
    text = resolved_acronyms(spelt_out(own_text(_image_names(bounded))))
    structural: tuple[_Finder, ...] = (
        _from_sender,
        _from_published_address,
        _from_signature,
        _from_letterhead,
        _from_footer,
        _from_signature_name,
        _from_letterhead_name,
        _from_footer_name,
    )
    ministers_only = False
    for finder in structural:
        found = finder(text, allowed)
        if found is _ABSTAIN:
            # A Minister's office signs without its portfolio: only a Minister the
            # letter's own words name ("On behalf of Hon …, Minister of Immigration")
            # can be the author, never a department it mentions.
            ministers_only = True
            allowed = [a for a in allowed if a.kind is AgencyKind.MINISTER]
            break
        if found is not None:
            return found
    answering = None if ministers_only else _transferee_answering(text, skipped, allowed)
    if answering is None and not ministers_only:
        answering = _transferee_deciding(" ".join(text.split()), allowed)
    if answering is not None:
        return answering
    claimed = _our_site(text)
    if claimed is not None:
        return _site_owner(text, claimed, allowed, ministers_only=ministers_only)
    in_sentences: tuple[_Finder, ...] = (
        _speaking_of_itself,
        _ours_by_name,
        _from_web_address,
        _team_contact,
        _from_request_heading,
        _unlisted_self,
        _speaking_of_itself_weakly,
        _unlisted_self_weakly,
        _acting,
        _answering,
        _by_kind_word,
    )
    for finder in in_sentences:
        found = finder(text, allowed)
        if found is not None and finder in _LAST_RESORTS and _serves_the_writer(text, found):
            continue
        if found is not None and ministers_only and not _a_minister(found):
            return None
        if found is not None:
            return found
    return None


_SERVES = (
    r"(?:\s*\([^()]{1,40}\))?,?\s+(?:\w+\s+){0,3}?(?:provided?|provides|gave|give|gives|sent|send"
    r"|sends|advised|advises|informed|informs|told|tells|briefed|briefs|asked|asks|wrote\s+to"
    r"|writes\s+to|contacted|contacts)\s+(?:\w+\s+){0,2}?(?:me|us)\b"
)
"""After a body's name: the body acting on the writer ("the Department of Internal Affairs
(the Department) did not provide me with any briefings", a Minister's letter, fyi-19493)."""


def _serves_the_writer(text: str, found: Author) -> bool:
    """Whether the letter has ``found``'s body advise, brief or write to the writer.

    The last-resort finders read a body as the subject of the letter's sentences; a body
    that provides the writer with briefings or advises "us" is a third party the writer
    reports on, not the writer: its name there is a mere mention.
    """
    if found.agency is None:
        return False
    flat = " ".join(text.split())
    names = list(_names(found.agency, aliases=True))
    names += [f"the {k}" for k in _SHORT_FORMS if re.search(rf"\b{k}\b", found.agency.name)]
    return any(
        re.search(_name_pattern(name).pattern + _SERVES, flat, re.IGNORECASE) for name in names
    )


_SHORT_FORMS = ("Ministry", "Department", "Council", "Agency", "Authority", "Commission", "Office")
"""The kind words a letter calls a body by once it has named it ("the Department")."""


def _site_owner(
    text: str, claimed: tuple[Agency, str], allowed: list[Agency], *, ministers_only: bool
) -> Author | None:
    """The body whose site the letter calls "our website": it speaks as that body.

    If the letter says its request went to that body by transfer (``not_these``), that
    body is telling how the request reached it ("Your request was partially transferred
    to Kāinga Ora … on our website at: https:/ kaingaora.govt.nz", silver s24691),
    unless the writer itself sent it there ("I have transferred…", or a Minister's
    office signs): then the evidence conflicts, and no author is named rather than a guess.
    """
    if claimed[0] not in allowed and (
        ministers_only or _transferred_away(" ".join(text.split()), claimed[0])
    ):
        return None
    return Author(claimed[0], "letterhead", claimed[1])


def _transferee_answering(text: str, skipped: set[str], allowed: list[Agency]) -> Author | None:
    """The body a request was transferred to, answering it in the letter in its own name.

    ``not_these`` rules out the body a request is transferred to: a transfer notice is
    written by the body that transfers. But the transferee's own answer also tells the
    transfer: "I refer to your request … to Wellington City Council, this request … was
    partially transferred to Greater Wellington Regional Council … Greater Wellington’s
    response follows" (dev fyi-26733). Where the request was addressed to another body,
    the letter says it was transferred to this one, and this one acts in the letter
    (:func:`_self_reference` with ``moved_only``), and the writer does not itself
    transfer it there ("I have transferred…"), this body answers (s 14 OIA, s 12 LGOIMA).
    """
    if not skipped:
        return None
    ruled_out = [a for a in all_agencies() if _excluded(a, skipped)]
    if not ruled_out:
        return None
    flat = " ".join(text.split())
    signed = _signed_by_transferee(text, flat, ruled_out)
    if signed is not None:
        return signed
    _tier, found = _self_reference(text, (*allowed, *ruled_out), moved_only=True)
    if found is None:
        found = _transferred_for_response(flat, ruled_out) or _answering_below(flat, ruled_out)
    if found is None or found[0] in allowed or _transferred_away(flat, found[0]):
        return None
    return Author(found[0], "self", found[1])


def _signed_by_transferee(text: str, flat: str, ruled_out: list[Agency]) -> Author | None:
    """The transferee, where the sender's address, signature block or letterhead is its own.

    A transfer notice is sent, signed and headed by the body that transfers; a letter
    whose sender, signature or letterhead is the body the request went to ("your request
    was transferred to Health New Zealand | Te Whatu Ora" above a Health NZ signature,
    fyi-27795; MFAT's letterhead, fyi-21901) is that body's answer, unless the writer says
    it sent the request there itself.
    """
    for finder in (_from_sender, _from_signature, _from_letterhead):
        found = finder(text, ruled_out)
        if found is None or found is _ABSTAIN:
            continue
        if found.agency in ruled_out and not _transferred_away(flat, found.agency):
            return found
        return None
    return None


_BELOW = re.compile(
    r"\s+wil{1,2}\s+(?:now\s+)?(?:be\s+)?(?:respond(?:ing)?|answer(?:ing)?|reply(?:ing)?)\b"
    r"[^.]{0,120}?\b(?:(?:as\s+)?set\s+out\s+below|below|in\s+this\s+letter)\b",
    re.IGNORECASE,
)
"""After the transferee's name: its answer is in this letter ("Te Aka Whai Ora wil be
responding to parts 1 through 7 of your request as set out below", silver s23473, "wil "
as a text layer writes "will")."""


def _answering_below(flat: str, ruled_out: list[Agency]) -> tuple[Agency, str] | None:
    """The transferee that says its answer follows in this very letter.

    A transfer notice says the transferee "will respond" to come; only the transferee's
    own letter says it responds "as set out below".
    """
    for agency in ruled_out:
        for name in _names(agency, aliases=True):
            for match in _name_pattern(name).finditer(flat):
                said = _BELOW.match(flat, match.end())
                if said is not None:
                    return agency, flat[match.start() : said.end()]
    return None


_FOR_RESPONSE = re.compile(
    r"(?:\byour\s+(?:[\w'’()-]{1,40}\s+){0,3}?request\s+(?:was|has\s+been)\s+transferred"
    r"|(?<![Ii]\s)(?<![Ww]e\s)\b(?-i:[A-ZĀĒĪŌŪ][\w'’-]+)\s+transferred\s+your\s+request)\s+to\s+"
    r"(?P<name>[^.;]{2,80}?)\s+(?:for\s+(?:a\s+)?(?:direct\s+)?(?:response|reply|answer)\b"
    r"|as\s+the\s+(?:agency|organisation|body)\s+best\s+placed\s+to\s+respond)",
    re.IGNORECASE,
)
"""A whole request transferred to a body "for response" (or "as the agency best placed to
respond"), told in the passive or by the body that transferred it in the third person
("Whaikaha transferred your request to the Ministry of Social Development (the
Ministry) as the agency best placed to respond", silver s29755), never "I/we transferred"."""
_DECIDED = re.compile(
    r"\b(?:(?:is|are|has\s+been|have\s+been)\s+(?:withheld|refused|declined|released|granted)"
    r"(?:\s+in\s+(?:full|part))?\s+under\s+section"
    r"|I\s+am\s+(?:declining|refusing|withholding|releasing)\s+(?:\w+\s+){0,6}?"
    r"(?:under|in\s+accordance\s+with)\s+section)\b",
    re.IGNORECASE,
)
"""The letter's own decision on the request, with its ground (ss 9, 18 OIA): "is withheld
under section 9(2)(a)", "I am declining this element of your request in accordance with
section 18(g)"."""


def _transferred_for_response(flat: str, ruled_out: list[Agency]) -> tuple[Agency, str] | None:
    """The body a whole request was transferred to "for response", where the letter decides it.

    "On 4 November 2022, your request was transferred to Te Whatu Ora for response … This
    information is withheld under section 9(2)(f)(iv) of the Act" (dev fyi-21020): a
    transfer notice tells the transfer and decides nothing; the transferee's letter tells
    it and decides. Not a transfer of part ("part of your request was transferred…"),
    whose letter may decide the rest as the body that transferred it.
    """
    if _DECIDED.search(flat) is None:
        return None
    for match in _FOR_RESPONSE.finditer(flat):
        if re.search(r"\bpart\s+of\s*$", flat[max(0, match.start() - 20) : match.start()]):
            continue
        named = _first_named(match["name"], ruled_out, aliases=True)
        if named is not None:
            return named[0], match.group()
    return None


def _transferee_deciding(flat: str, allowed: list[Agency]) -> Author | None:
    """The body a request was transferred to, deciding it in a later sentence of the letter.

    "On 6 March 2024, Police transferred this part of your request to the Ministry of Justice
    (the Ministry) … the Ministry is refusing your request" (dev fyi-25850): the letter names
    the body that first got the request, which a finder reading sentences would take for the
    author; the transfer (:func:`~oiaassist.reading.transfers.deciding_after`) says who
    decides. The transferee is known by its name or the short form the letter gives it.
    """
    told = list(TOLD_IN.finditer(flat))
    if not told:
        return None
    folded = f" {fold(flat)} "
    for agency in allowed:
        for name in _names(agency, aliases=True):
            if len(name) < 3 or fold(name) not in folded:
                continue
            core = _name_core(name)
            for transfer in told:
                named = re.match(core, flat[transfer.end() :], re.IGNORECASE)
                found = named and deciding_after(flat, transfer.end() + named.end(), [core])
                if found:
                    return Author(agency, "self", found)
    return None


def _a_minister(found: Author) -> bool:
    """Whether ``found`` is a Minister (the directory's, or a title it lacks)."""
    if found.agency is not None:
        return found.agency.kind is AgencyKind.MINISTER
    return bool(re.match(r"(?:Prime\s+)?Minister\b", found.name))


_Finder = Callable[[str, list[Agency]], "Author | None"]
_ABSTAIN = Author(None, "abstain", "")
"""A finder's answer that the letter shows its author is one it cannot name: stop, None."""
"""A place or form of words a letter may show its author by, read in order of strength."""

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


_IMAGE_NAME = re.compile(r"(\[\d{1,3}\])([A-Za-z][A-Za-z0-9-]*(?:_[A-Za-z0-9-]+)+)")
"""An image's file name as FYI.org.nz prints an email's logo: "[1]EPA_logo_teal_96dpi"."""


def _image_names(text: str) -> str:
    """``text`` with the words of each logo's file name apart ("[1]EPA logo teal 96dpi").

    A signature's logo is often its body's only name in an email (silver s19495, the
    Environmental Protection Authority's); its file name joins the words by "_", which
    no name is read through.
    """
    return _IMAGE_NAME.sub(lambda m: m[1] + m[2].replace("_", " "), text)


def _from_sender(text: str, allowed: list[Agency]) -> Author | None:
    sender = _SENDER.search(text)
    if sender is None:
        return None
    found = _by_domain(sender["domain"], allowed)
    return None if found is None else Author(found, "sender", _line(text, sender.start()))


_PUBLISHED_ADDRESS = re.compile(r"\[(?P<name>[^\[\]\n]{2,80}?) request email\]")
"""FYI.org.nz's stand-in for the authority's own request address: "[MSD request email]"."""


def _in_header_block(text: str, at: int) -> bool:
    """Whether ``at`` is in an email header's addressee field.

    Its line is a "To:"/"Cc:" field, or an address alone in angle brackets (a header
    field's second line: 'To: "OIA requests at …"' / '<[X request email]>').
    """
    start = text.rfind("\n", 0, at) + 1
    end = text.find("\n", at)
    here = text[start : len(text) if end < 0 else end]
    return is_header_line(here) or here.strip().startswith("<")


_OFFICE_OF = re.compile(r"Office\s+of\s+(?:the\s+)?(?P<rest>[A-ZĀĒĪŌŪ].{2,60})$")
"""An office named as FYI.org.nz names some authorities: "Office of the Prime Minister",
"Office of the Auditor-General"."""


def _placeholder_body(name: str) -> Agency | None:
    """The directory body FYI.org.nz's name for an authority stands for, if any.

    "Office of the Prime Minister" is the Prime Minister's office: the Minister.
    """
    for said in (name, *(m["rest"] for m in [_OFFICE_OF.match(name)] if m)):
        try:
            found: Agency | None = find(said)
        except OiaAssistError:
            hits = search(said, limit=1)
            found = hits[0] if hits and _close(said, hits[0]) else None
        if found is not None:
            return found
    return None


def _from_published_address(text: str, allowed: list[Agency]) -> Author | None:
    ids = {a.id for a in allowed}
    for match in _PUBLISHED_ADDRESS.finditer(text):
        name = match["name"].strip()
        if _in_header_block(text, match.start()):
            continue  # "To: … <[X request email]>" in a forwarded message: an addressee
        agency = _placeholder_body(name)
        if agency is not None and agency.id in ids:
            return Author(agency, "sender", _line(text, match.start()))
        if agency is None and (_ORGANISATION.match(name) or _OFFICE_OF.match(name)):
            return Author(None, "sender", _line(text, match.start()), name=name)
    return None


_WEB_ADDRESS = re.compile(r"(?<![\w.-])(?:[\w-]{1,63}\.){1,6}(?:nz|com)\b", re.IGNORECASE)
"""A web address; only a directory agency's own domain counts (``_by_domain``)."""
_NOT_THE_AUTHOR_DOMAIN = ("ombudsman.parliament.nz", "privacy.org.nz", "fyi.org.nz",
                          "legislation.govt.nz", "beehive.govt.nz")  # fmt: skip


_OUR_SITE = re.compile(
    r"\bour\s+(?:web\s*site|site|web\s*page|page|online)\b[^.\n]{0,40}(?:\n[^.\n]{0,12})?$",
    re.IGNORECASE,
)
"""A link introduced as the writer's own site ("can be accessed on our website: https://…"),
the link perhaps on the next line ("on our website at:" / "https:/ kaingaora.govt.nz/…",
fyi-24691)."""


def _our_site(text: str) -> tuple[Agency, str] | None:
    """The directory body whose web address the letter introduces as "our website".

    "I refer you to published information on our website. … on our website at:
    https:/ kaingaora.govt.nz/…" (fyi-24691, a Kāinga Ora letter answering the part of a
    request transferred to it): only the writer calls a site its own. Every directory
    body is looked up, so the caller can tell a claim to a body the letter rules out.
    """
    everyone = list(all_agencies())
    for match in _WEB_ADDRESS.finditer(text):
        domain = match.group().lower().removeprefix("www.")
        if domain.endswith(_NOT_THE_AUTHOR_DOMAIN):
            continue
        if _OUR_SITE.search(text, max(0, match.start() - 100), match.start()) is None:
            continue
        found = _by_domain(domain, everyone)
        if found is not None:
            return found, _line(text, match.start())
    return None


def _from_web_address(text: str, allowed: list[Agency]) -> Author | None:
    """The agency whose web address the letter gives as its own.

    On a letterhead or footer line ("W www.linz.govt.nz") or in a sentence about "our"
    site ("our response on our website, www.epa.govt.nz"), even a link to one of its
    pages so introduced ("accessed on our website: https://www.climatecommission.govt.nz/
    who-we-are/…"); an address in any other sentence ("see MBIE's guidance at
    www.mbie.govt.nz"), or a link to a page not called "ours", is a mention.
    """
    for match in _WEB_ADDRESS.finditer(text):
        domain = match.group().lower().removeprefix("www.")
        if domain.endswith(_NOT_THE_AUTHOR_DOMAIN):
            continue
        own_site = _OUR_SITE.search(text, max(0, match.start() - 100), match.start())
        if re.match(r"/[\w%-]", text[match.end() : match.end() + 2]) and not own_site:
            continue  # a link to a page or document ("…govt.nz/assets/…pdf"): a mention
        line = _line(text, match.start())
        if not short_fields(line) and not re.search(r"\bour\b", line, re.IGNORECASE):
            continue
        if not own_site and _LINK_SOURCE.search(text, max(0, match.start() - 40), match.end() + 3):
            continue  # "The whitebaiter's guide to whitebaiting (doc.govt.nz)": a link's title
        found = _by_domain(domain, allowed)
        if found is not None:
            return Author(found, "letterhead", _line(text, match.start()))
    return None


_OURS = re.compile(
    r"\b[Oo]ur\s+(?P<thing>(?:[A-ZĀĒĪŌŪ][\w'’-]+\s+(?:(?:and|of|for)\s+)?){0,5}[A-ZĀĒĪŌŪ][\w'’-]+)"
)
"""A thing the writer calls its own by a proper name: "our Parks and Reserves Bylaw"."""


def _ours_by_name(text: str, allowed: list[Agency]) -> Author | None:
    """The body whose named thing the letter also calls "our" thing.

    "You have enquired about the Hutt City Council’s Parks and Reserves Bylaw 2017 … so our
    Parks and Reserves Bylaw would be over-ridden" (fyi-18449): only the council writes of
    its bylaw as "our". Exactly one body must own the thing so; none or two name no one.
    """
    flat = " ".join(text.split())
    things = {m["thing"] for m in _OURS.finditer(flat)}
    owners: dict[str, tuple[Agency, str]] = {}
    for thing in things:
        if len(thing.split()) < 2:
            continue  # "our Ministry", "our Council": a kind, not a named thing
        for match in re.finditer(rf"['’]s\s+{re.escape(thing)}\b", flat):
            # the owner's name ends just before "'s" (one fold, compared as acting's short forms)
            before = f" {fold(flat[max(0, match.start() - 120) : match.start()])}"
            for agency in allowed:
                if any(before.endswith(f" {fold(n)}") for n in _names(agency, aliases=True)):
                    owners.setdefault(agency.id, (agency, _sentence_at(flat, match.start())))
    if len(owners) != 1:
        return None
    agency, sentence = next(iter(owners.values()))
    return Author(agency, "self", sentence)


_LINK_SOURCE = re.compile(r"\w[^\S\n]*\((?:https?://)?[\w.-]+\)[^\S\n]*$", re.MULTILINE)
"""A page's title with its site after it in brackets, as a web page's link shows when copied
("Summary of whitebait fishing regulations: Fishing (doc.govt.nz)", a Hutt City Council
letter, fyi-18449): another body's page the writer points to, no letterhead."""


_TEAM_CONTACT = re.compile(
    r"\bcontact\s+(?:the\s+|our\s+)?(?:[\w&'’-]+\s+){0,6}?(?:team|unit|office|advisers?|advisors?)"
    r"\s+(?:on|at|via)\s+[\w.+-]+@(?P<domain>[\w-]+(?:\.[\w-]+)+)",
    re.IGNORECASE,
)
"""A letter's own team and its address: "please feel free to contact the Privacy and Official
Information Team on officialinformation@aucklandcouncil.govt.nz" (an Auckland Council email
quoted by its requester): the team is the writer's, so the address's body writes."""


def _team_contact(text: str, allowed: list[Agency]) -> Author | None:
    """The body whose address the letter gives for its own (unnamed) team."""
    for match in _TEAM_CONTACT.finditer(" ".join(text.split())):
        found = _by_domain(match["domain"], allowed)
        if found is not None:
            return Author(found, "signature", match.group())
    return None


def _from_signature(text: str, allowed: list[Agency]) -> Author | None:
    for start, block in signature_blocks(text):
        minister = _minister_in(block, allowed)
        if minister is not None:
            return Author(minister[0], "signature", minister[1], name=minister[1])
        office = _ministers_office(block, allowed)
        if office is not None:
            return _office_signing(text, start, block, office, allowed)
        # Read top down: the signer's own lines come before a footer's links to other
        # bodies ("[1]www.at.govt.nz" above "Visit Waka Kotahi NZTA Traffic Updates", dev
        # fyi-22442): the first body the block names, by name, domain or short name.
        found_at = _first_named(block, allowed, aliases=True)
        domain_at = _first_domain(block, allowed)
        if domain_at is not None and (found_at is None or domain_at[1] < found_at[1]):
            found_at = domain_at
        if found_at is not None:
            return Author(found_at[0], "signature", _line(text, start + found_at[1]))
        short = _short_named(block, allowed) or titled_body(block, allowed)
        if short is not None:
            return Author(short[0], "signature", _line(text, start + short[1]))
    return None


def _first_domain(block: str, allowed: list[Agency]) -> tuple[Agency, int] | None:
    """The first directory body whose web or email domain ``block`` gives, and where."""
    for email in _ANY_EMAIL.finditer(block):
        if re.match(r"/[\w%-]", block[email.end() : email.end() + 2]):
            continue  # "https:/ www.publicservice.govt.nz/our-work/…": a link to a page
        found = _by_domain(email["domain"], allowed)
        if found is not None:
            return found, email.start()
    for match in _WEB_ADDRESS.finditer(block):  # a bare "aucklandcouncil.govt.nz" line
        domain = match.group().lower().removeprefix("www.")
        if domain.endswith(_NOT_THE_AUTHOR_DOMAIN) or re.match(r"/[\w%-]", block[match.end() :]):
            continue  # the Ombudsman's site, or a link to a page: a mention
        found = _by_domain(domain, allowed)
        if found is not None:
            return found, match.start()
    return None


def _office_signing(
    text: str, start: int, block: str, office: tuple[Agency | None, str], allowed: list[Agency]
) -> Author:
    """A Minister's office signs: its Minister, or no author (``_ABSTAIN``) it can name.

    The portfolio a private secretary signs for, else a Minister's title in the block;
    never the department the letter mentions (Police is not the Minister of Police).
    """
    if office[0] is not None:
        return Author(office[0], "signature", office[1])
    ministers = [a for a in allowed if a.kind is AgencyKind.MINISTER]
    titled = _first_named(block, ministers, aliases=True)
    if titled is None:
        return _ABSTAIN
    return Author(titled[0], "signature", _line(text, start + titled[1]))


def _from_signature_name(text: str, allowed: list[Agency]) -> Author | None:
    """A body the directory lacks, named in the signature ("University of Otago")."""
    for _start, block in signature_blocks(text):
        named = _organisation_line(block)
        if named is not None:
            return _named(named, "signature", named, allowed)
    return None


def _from_letterhead_name(text: str, allowed: list[Agency]) -> Author | None:
    """A body the directory lacks, named on a letterhead line ("The University of Waikato")."""
    head = letterhead(text)
    named = _organisation_line(head)
    if named is None or _joint(head, allowed):
        return None
    domain_at = _first_domain(head, allowed)
    if domain_at is not None:
        # a unit's letterhead with the address of the body it is part of: "National Library
        # of New Zealand … dia.govt.nz" (fyi-19208): the Act binds that body (OIA s 2(1))
        return Author(domain_at[0], "letterhead", _line(head, domain_at[1]))
    return _named(named, "letterhead", named, allowed)


def _from_footer_name(text: str, allowed: list[Agency]) -> Author | None:
    """A body the directory lacks, named on a footer line ("Rangitoto Polytechnic | PO Box …")."""
    for foot in footers(text):
        named = _organisation_line(foot)
        if named is not None:
            return _named(named, "letterhead", named, allowed)
    return None


def _from_letterhead(text: str, allowed: list[Agency]) -> Author | None:
    head = letterhead(text)
    ministers = ministers_in(head, allowed)
    if ministers:
        minister = ministers[0]
        written_as = minister_written_as(text, ministers)
        if written_as is not None:
            return Author(written_as, "letterhead", written_as.name, name=written_as.name)
        return Author(minister[0], "letterhead", minister[1], name=minister[1])
    found_at = _first_named(head, allowed, aliases=True)
    if found_at is None:
        # A letterhead that prints only the body's acronym or one-word name ("MFAT",
        # "ACC"), read as a signature's short line is (an acronym only in capitals).
        short = _short_named(head, allowed, whole=True)
        return None if short is None else Author(short[0], "letterhead", _line(head, short[1]))
    if _joint(head, allowed):
        return None  # a joint letterhead (GCSB and NZSIS, fyi-26349): the body's words decide
    return Author(found_at[0], "letterhead", _line(head, found_at[1]))


def _joint(head: str, allowed: list[Agency]) -> bool:
    """Whether a letterhead names two directory bodies (a joint response's letterhead)."""
    found_at = _first_named(head, allowed, aliases=True)
    if found_at is None:
        return False
    rest = head  # the first body's names blanked out: "Upper Hutt City Council" holds no other
    for name in sorted(_names(found_at[0], aliases=True), key=len, reverse=True):
        rest = _name_pattern(name).sub(" ", rest)
    others = [a for a in allowed if a.id != found_at[0].id and a.kind is not AgencyKind.MINISTER]
    return _first_named(rest, others, aliases=True) is not None


def _from_footer(text: str, allowed: list[Agency]) -> Author | None:
    """The first body named on a footer line of the letter's end (see ``footer``)."""
    for foot in footers(text):
        found_at = _first_named(foot, allowed, aliases=True) or _short_named(
            foot, allowed, whole=True
        )
        if found_at is not None:
            return Author(found_at[0], "letterhead", _line(foot, found_at[1]))
    return None


def _line(text: str, at: int) -> str:
    start = text.rfind("\n", 0, at) + 1
    end = text.find("\n", at)
    return " ".join(text[start : end if end >= 0 else len(text)].split())


def _speaking_of_itself(text: str, allowed: list[Agency]) -> Author | None:
    """The agency the letter speaks as in words only the answering agency says of itself.

    "X is extending", "your request to X", "X has 20 working days": the earliest such.
    Words a letter may also say of another body ("X holds the information", "X received
    your request") are a weaker sign, taken only after the letter's web address and
    bodies the directory lacks (:func:`_speaking_of_itself_weakly`).
    """
    tier, found = _self_reference(text, tuple(allowed))
    return Author(found[0], "self", found[1]) if found is not None and tier == 0 else None


def _speaking_of_itself_weakly(text: str, allowed: list[Agency]) -> Author | None:
    """The agency the letter's own sentences speak of as acting on the request."""
    found = _self_reference(text, tuple(allowed))[1]
    return None if found is None else Author(found[0], "self", found[1])


def _unlisted_self(text: str, allowed: list[Agency]) -> Author | None:
    """A body the directory lacks, in words only the author says ("KiwiRail has up to…")."""
    found = _unlisted_speaking_of_itself(text)
    if found is None:
        tier, named = _unlisted_reference(text, _listed_names())
        found = named if tier == 0 else None
    return None if found is None else _named(found[0], "self", found[1], allowed)


def _unlisted_self_weakly(text: str, allowed: list[Agency]) -> Author | None:
    """A body the directory lacks, speaking of itself as acting on the request."""
    found = _unlisted_reference(text, _listed_names())[1]
    if found is None:
        return None
    parent = _unit_of(found[1], found[0], allowed)
    if parent is not None:
        return Author(parent, "self", found[1])
    return _named(found[0], "self", found[1], allowed)


_UNIT_JOIN = re.compile(r"[\s,|–—-]*\Z")


def _unit_of(sentence: str, name: str, allowed: list[Agency]) -> Agency | None:
    """The directory body whose unit ``name`` is, where the sentence names the body first.

    "Te Whatu Ora – Health New Zealand, Te Toka Tumai Auckland received your request": a
    district of Health New Zealand speaks as Health New Zealand (the body the Act
    applies to, OIA s 2(1)), not as a body the directory lacks.
    """
    at = sentence.find(name)
    if at <= 0:
        return None
    before = sentence[max(0, at - 80) : at]
    join = _UNIT_JOIN.search(before)
    if join is None or join.start() == len(before):
        return None
    head = f" {fold(before[: join.start()])}"
    for agency in allowed:
        if any(head.endswith(f" {fold(n)}") for n in _names(agency, aliases=True)):
            return agency
    return None


def _acting(text: str, allowed: list[Agency]) -> Author | None:
    """The one body the letter's own sentences make the actor (:mod:`.acting`): a last resort."""
    found = acting_body(text, tuple(allowed), _listed_names())
    return None if found is None else Author(found[0], "self", found[2], name=found[1])


def _answering(text: str, allowed: list[Agency]) -> Author | None:
    """The one body the letter's own answers open with as their subject (:mod:`.subject`)."""
    found = answered_about(text, tuple(allowed))
    if found is not None:
        return Author(found[0], "self", found[1])
    unlisted = unlisted_answered_about(text, tuple(allowed), _listed_names())
    return None if unlisted is None else _named(unlisted[0], "self", unlisted[1], allowed)


def _by_kind_word(text: str, allowed: list[Agency]) -> Author | None:
    """The one body of the kind the letter calls itself by ("the Ministry"): :mod:`.kind_word`."""
    found = kind_word_author(text, allowed)
    return None if found is None else Author(found[0], "self", found[1])


_LAST_RESORTS = (_speaking_of_itself_weakly, _acting, _answering, _by_kind_word)
"""The finders that read a body from the letter's sentences alone, not where it signs."""


_REQUEST_HEADING = re.compile(
    r"^[^\S\n]*(?P<name>[A-ZĀĒĪŌŪ][^:\n]{2,80}?)[^\S\n]*:[^\S\n]*(?:Official[^\S\n]+Information"
    r"(?:[^\S\n]+Act)?|OIA|LGOIMA)[^\S\n]+request\b",
    re.MULTILINE,
)
"""A heading that files the request under the body it was made to ("Karori Normal School
Board of Trustees: Official Information Act request", fyi-31068)."""


def _from_request_heading(text: str, allowed: list[Agency]) -> Author | None:
    """The body a heading files the request under: the requester's address, a weak sign."""
    heading = _REQUEST_HEADING.search(text[:3000])
    if heading is None:
        return None
    name = heading["name"].strip()
    found_at = _first_named(name, allowed, aliases=True)
    if found_at is not None:
        return Author(found_at[0], "self", _line(text, heading.start()))
    named = _organisation_line(name)
    return None if named is None else _named(named, "self", _line(text, heading.start()), allowed)


_SCHOOL_BOARD = re.compile(r"\b(School|College|Kura)\s+Board(?:\s+of\s+Trustees)?$")
"""A school's board (the body the Act applies to) named after its school: the school's
name is the one its letters and requesters use ("St Patrick’s Catholic School Board of
Trustees", fyi-21867)."""


def _named(name: str, how: str, evidence: str, allowed: list[Agency]) -> Author | None:
    """A body named by the shape of its name: the directory's entry where it has one.

    "Reserve Bank of New Zealand" from a signature line is the directory's body when the
    directory lists it under that name (so its Act and calendar are known), else a body
    known only by name. One the letter rules out (``not_these``) is no author.
    """
    name = _SCHOOL_BOARD.sub(r"\1", name)
    agency = _listed_as(name) or _unit_of_listed(name) or _initialled(name)
    # "not held by Police and Police has no grounds …" (dev fyi-13598): a name cut at a
    # clause's end runs on past "and"; the listed body before it is the one meant.
    head = name.split(" and ", 1)[0]
    agency = agency or (_listed_as(head) if head != name else None)
    agency = agency or _cut_at_comma(name, evidence)
    if agency is None:
        return Author(None, how, evidence, name=name)
    return Author(agency, how, evidence) if agency in allowed else None


def _listed_as(name: str) -> Agency | None:
    """The directory body whose name, te reo name or alias ``name`` is exactly."""
    try:
        agency: Agency | None = find(name)
    except OiaAssistError:
        return None
    if agency is None:
        return None
    names = {fold(n) for n in (agency.name, agency.maori_name, *agency.aliases) if n}
    return agency if fold(name) in names else None


_UNIT_WORDS = frozenset({
    "ministerial", "services", "service", "official", "information", "correspondence", "team",
    "unit", "office", "group", "division", "government", "executive", "legal", "corporate",
    "and", "relations", "support", "governance", "requests",
})  # fmt: skip
"""Words of a unit's name ("Ministerial Services", "Official Information Team")."""


def _cut_at_comma(name: str, evidence: str) -> Agency | None:
    """The directory body whose name has a comma, cut there on a signature line.

    A line's fields are split at ", " ("Jane Smith, Manager, Ministry of …"), and so is
    "Ministry of Business, Innovation and Employment": where the line holds a directory
    name that starts with ``name``, that body is meant.
    """
    head, line = fold(name), fold(evidence)
    for agency in all_agencies():
        full = fold(agency.name)
        if "," in agency.name and full.startswith(f"{head} ") and full in line:
            return agency
    return None


def _initialled(name: str) -> Agency | None:
    """The one directory body a name with its place in initials stands for.

    "SC District Health Board" (fyi-11806's signature) is South Canterbury District Health
    Board: the same kind of body, its place's initials. Only where exactly one body fits.
    """
    words = name.split()
    if len(words) < 3 or not re.fullmatch(r"[A-Z]{2,4}", words[0]):
        return None
    rest = " ".join(words[1:])
    fits = [
        a
        for a in all_agencies()
        if a.name.endswith(f" {rest}") and _initials_of(a.name.removesuffix(f" {rest}")) == words[0]
    ]
    return fits[0] if len(fits) == 1 else None


def _unit_of_listed(name: str) -> Agency | None:
    """The directory body a unit's name ends in: "Ministerial Services Police" is Police.

    A text layer that loses line breaks runs a signature's unit into its body's one-word
    name ("Advisor - Ministerial Services Police National Headquarters", fyi-31107 on
    one line): the name's shape is a unit's words, then a directory body's own name.
    """
    words = name.split()
    for cut in range(1, len(words)):
        if all(w.lower() in _UNIT_WORDS for w in words[:cut]):
            found = _listed_as(" ".join(words[cut:]))
            if found is not None:
                return found
    return None


@lru_cache(maxsize=1)
def _listed_names() -> frozenset[str]:
    """Every directory name, te reo name and alias, folded: not a body the directory lacks."""
    return frozenset(
        fold(n) for a in all_agencies() for n in (a.name, a.maori_name, *a.aliases) if n
    )
