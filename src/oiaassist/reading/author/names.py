"""Which directory body a name, an acronym, a web domain or a title stands for.

A letter names its author as the directory does ("Ministry of Health"), in te reo
Māori ("Manatū Hauora"), by an alias ("Health NZ"), by a one-word name on a signature
line ("Police"), by a Minister's title ("Minister for Primary Industries"), by its web
or email domain, or as a body the directory lacks ("University of Otago"). An acronym
several bodies share ("SDC") names none of them. Used by :mod:`oiaassist.reading.author.find`
and :mod:`oiaassist.reading.author.self_reference`.
"""

from __future__ import annotations

import re
from functools import lru_cache

from oiaassist.agencies import Agency, AgencyKind, all_agencies, find
from oiaassist.agencies.normalise import fold
from oiaassist.errors import OiaAssistError
from oiaassist.reading.author.zones import is_header_line

_SKIP_DOMAINS = frozenset({
    "legislation.govt.nz", "www.legislation.govt.nz", "govt.nz", "beehive.govt.nz",
    "www.beehive.govt.nz", "employment.govt.nz", "www.employment.govt.nz", "parliament.nz",
    "www.parliament.nz", "fyi.org.nz", "www.fyi.org.nz",
})  # fmt: skip


_ORGANISATION = re.compile(
    r"^(?:The\s+)?(?P<name>(?:[A-ZĀĒĪŌŪ][\w'’.&-]{0,40}\s+){0,4}?"
    r"(?:University|Council|Ministry|Department|Commission|Authority|Agency|Board|Trust"
    r"|Polytechnic|Institute|Corporation|Service|Police|Te\s+Whatu\s+Ora|Limited|Ltd"
    r"|College|School|W[āa]nanga|Kura|Bank|Fund|Tribunal|Foundation|Museum|Library|Archives)"
    r"(?:\s+(?:of|for|and|o|ki)\s+(?:the\s+)?[A-ZĀĒĪŌŪ][\w'’.&-]{1,40}(?:\s+(?:and\s+)?[A-ZĀĒĪŌŪ][\w'’.&-]{1,40}){0,4})?)"
    r"(?:\s+(?:Admin\w*|(?:National\s+)?Head(?:quarters|\s+Office)|National\s+Office))?"
    r"\s*(?:$|\||[,–—-]\s)",
)
"""A line of a signature block that names an organisation ("University of Otago | Te Whare…"),
perhaps with the unit that signs for it after the name ("NZ On Air Admin", fyi-19639;
"Police National Headquarters", fyi-31107): the unit is not part of the name.

Each word after "of"/"and" is a name of two letters or more: "the Ministry and I have
no grounds" (fyi-21794) names no "Ministry and I", nor "… Urban Development and I"."""

_MINISTER_TITLE = re.compile(
    r"^(?:(?:Rt\.?\s+)?Hon\.?\s+[\w .'’-]{2,40}?,\s*)?(?:Office\s+of\s+(?:the\s+)?)?"
    r"(?P<name>Prime\s+Minister|Minister\s+(?:of|for)\s+(?:the\s+)?[A-ZĀĒĪŌŪ][\w'’-]{0,40}"
    r"(?:\s+(?:and\s+)?[A-ZĀĒĪŌŪ][\w'’-]{0,40}){0,4})(?:['’]s\s+Office)?\s*(?:$|\||,)"
)
"""A Minister's title as a signature or letterhead line ("Minister for Primary Industries").

A Minister is subject to the OIA as the holder of a portfolio (s 2(1) "Minister of the
Crown"), so the title is the author; "Associate Minister of …" is another office and
is not read as the portfolio's Minister.
"""


def _close(name: str, agency: Agency) -> bool:
    """Whether a searched name is the agency's, give or take spelling ("Manawatu-Wanganui")."""
    words = set(fold(name).split())
    names = [agency.name, agency.maori_name, *agency.aliases]
    return any(len(words & set(fold(n).split())) >= max(1, len(words) - 1) for n in names if n)


_CAPACITY = re.compile(
    r"\b(?:my\s+(?:role|capacity|portfolio\w?|responsibilit\w{1,5})\s+as|in\s+my\s+capacity\s+as)"
    r"\s+(?:the\s+)?(?:Associate\s+)?(?P<title>Minister\s+(?:of|for)\s+(?:the\s+)?[A-ZĀĒĪŌŪ][\w'’-]{0,40}"
    r"(?:\s+(?:and\s+)?[A-ZĀĒĪŌŪ][\w'’-]{0,40}){0,4})",
    re.IGNORECASE,
)
"""The portfolio a Minister writes in, in the first person: "the uptake of low- and
zero-emission vehicles is part of my portfolio as the Minister of Transport" (fyi-22226,
under a letterhead listing five portfolios, Immigration first)."""


def minister_written_as(text: str, on_head: list[tuple[Agency | None, str]]) -> Agency | None:
    """Of a letterhead's Ministers (:func:`ministers_in`), the one the letter says it writes as.

    A Minister answers as the holder of one portfolio (OIA s 2(1)); a letterhead lists
    them all. Only a title on the letterhead counts, and only when the letter names it in
    the first person ("my portfolio as", "in my capacity as"): never a guess.
    """
    listed = [agency for agency, _title in on_head if agency is not None]
    if len(listed) < 2:
        return None
    for match in _CAPACITY.finditer(" ".join(text.split())):
        if match.group().lower().count("associate"):
            continue  # "Associate Minister of Finance" is another office
        wanted = fold(" ".join(match["title"].split()))
        for agency in listed:
            # the title's words stop at a comma: "as the Minister of Science, Innovation and
            # Technology" is read as far as "Science", the start of a listed portfolio
            names = [fold(t) for t in (agency.name, *agency.aliases)]
            if any(wanted.startswith(n) or n.startswith(wanted + " ") for n in names):
                return agency
    return None


def in_directory(name: str) -> bool:
    """Whether ``name`` is a body in the agency directory."""
    try:
        find(name.strip().rstrip(".,"))
    except OiaAssistError:
        return False
    return True


def longer_directory_name(flat: str, start: int, name: str) -> str:
    """``name`` continued where the directory knows a longer body (", Innovation and …").

    The capitalised words of a name stop at a comma or a lower-case word; "Ministry of
    Business, Innovation and Employment" and "Te Manatū mō ngā Iwi ō te Moana-nui-a-Kiwa"
    are each one body. The name is extended, a word at a time up to the end of the
    sentence, only when the longer words, ending in a capitalised one, name a directory
    body.
    """
    rest = flat[start + len(name) : start + len(name) + 60]
    tail = re.match(r"[^.;()|]*", rest)
    best = name
    if tail is None or tail.group()[:1] not in (",", " "):
        return best
    words = tail.group().split(" ")
    for n in range(1, len(words) + 1):
        # ("… Innovation and Technology’s Office": the body is the name before its possessive)
        longer = re.sub(r"['’]s$", "", (name + " ".join(words[:n])).rstrip(" ,"))
        last = longer.rsplit(" ", 1)[-1]
        if longer != name and last[:1].isupper() and in_directory(longer):
            best = longer
    return best


def ministers_in(zone: str, allowed: list[Agency]) -> list[tuple[Agency | None, str]]:
    """Every Minister's title on a line of its own in ``zone``, in order."""
    out: list[tuple[Agency | None, str]] = []
    for line in _first_lines(zone):
        for part in re.split(r"\||—|\s[–-]\s", line):
            written = part.strip()
            match = _MINISTER_TITLE.match(written)
            if match is None:
                continue
            # a portfolio may hold commas of its own ("Minister of Science, Innovation and
            # Technology"); a list of portfolios stays a list
            title = " ".join(
                longer_directory_name(written, match.start("name"), match["name"]).split()
            )
            try:
                agency: Agency | None = find(title)
            except OiaAssistError:
                agency = None
            if agency is None:
                out.append((None, title))
            elif agency in allowed:
                out.append((agency, agency.name))
    return out


def _minister_in(zone: str, allowed: list[Agency]) -> tuple[Agency | None, str] | None:
    """A Minister's title on a line of its own in ``zone``: the directory's entry or the title."""
    return next(iter(ministers_in(zone, allowed)), None)


_MINISTERS_OFFICE = re.compile(
    r"\bPrivate\s+Secretary\b|\bOffice\s+of\s+(?:the\s+)?(?:Rt\.?\s+)?Hon\b", re.IGNORECASE
)
"""A Minister's office signing (OIA s 2(1): a Minister holds information in that capacity)."""
_PORTFOLIO = re.compile(
    r"\bPrivate\s+Secretary\s*(?:[(–—|,-]\s*|\s+(?:for|to)\s+(?:the\s+)?(?:Minister\s+(?:of|for)\s+)?)"
    r"(?:the\s+)?(?P<portfolio>[A-ZĀĒĪŌŪ][\w'’&-]{1,40}"
    r"(?:[^\S\n]+(?:and[^\S\n]+)?[A-ZĀĒĪŌŪ][\w'’&-]{1,40}){0,4})"
)
"""The portfolio a Minister's private secretary signs for: "Private Secretary – Police",
"Private Secretary (Education)"."""


_TITLE_HEAD = re.compile(r"^Minister\s+(?:of|for)\s+(?:the\s+)?")


def _ministers_office(block: str, allowed: list[Agency]) -> tuple[Agency | None, str] | None:
    """Whether ``block`` is a Minister's office signing, and which Minister if it says.

    None when it is not a Minister's office; (None, line) when it is but names no
    portfolio the directory knows ("Private Secretary (Advisory/Media)", fyi-32839): a
    department it mentions is then not the author either (Police is not the Minister of
    Police's office).
    """
    office = _MINISTERS_OFFICE.search(block)
    if office is None:
        return None
    line_start = block.rfind("\n", 0, office.start()) + 1
    line_end = block.find("\n", office.start())
    line = block[line_start : line_end if line_end >= 0 else len(block)].strip()
    portfolio = _PORTFOLIO.search(block)
    if portfolio is not None:
        wanted = fold(portfolio["portfolio"])
        for agency in allowed:
            if agency.kind is not AgencyKind.MINISTER:
                continue
            titles = (agency.name, *agency.aliases)
            tails = {fold(_TITLE_HEAD.sub("", t)) for t in titles}
            if wanted in tails:
                return agency, line
    return None, line


def _short_named(
    block: str, allowed: list[Agency], *, whole: bool = False
) -> tuple[Agency, int] | None:
    """A body named by its one-word name on a short line of a signature block.

    "Police National Headquarters", "Ministerial Services | ACC": in a signature a
    short line names the signer's own body, so its one-word name counts there (and
    only there: in a sentence "Police" or "Treasury" is usually a mention). An
    acronym counts only as written in capitals. With ``whole`` (a letterhead or
    footer, where the addressee's or another organisation's name may stand too) the
    name must be a whole line or a whole "|" field ("MFAT", "PNCC"): "NZ Police
    Association" names no Police.
    """
    offset = 0
    ids = {a.id for a in allowed}
    for line in block.split("\n"):
        if 0 < len(line.split()) <= 6 and not is_header_line(line) and not _ROLE.search(line):
            fields = [f.strip(" \t.,") for f in line.split("|")]
            for agency, pattern in _one_word_names():
                hit = pattern.search(line) if agency.id in ids else None
                if hit is not None and _BUILDING.match(line, hit.end()):
                    continue  # "Level 2, Wintec House": an address, not the signer's body
                if hit is not None and whole and hit.group() not in fields:
                    continue
                if hit is not None and hit.group()[0].isupper():
                    return agency, offset + hit.start()
        offset += len(line) + 1
    return None


_BUILDING = re.compile(r"\s+(?:House|Building|Tower|Centre|Center|Street|Road|Place)\b")
"""A word after a one-word name that makes it part of an address ("Wintec House")."""

_ROLE = re.compile(
    r"\b(?:officer|manager|advis[eo]r|liaison|analyst|co-?ordinator|director|specialist"
    r"|lead|partner)\b",
    re.IGNORECASE,
)
"""A role on a signature line ("Police Liaison Officer"): the body in it may not be the signer's."""


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
        for name in (*agency.aliases, *_initials(agency))
        if " " not in name.strip() and len(name) >= 3 and name.upper() not in shared
    )


def _initials(agency: Agency) -> tuple[str, ...]:
    """The initials of a body's name as an acronym it may sign with ("UHCC", "TCC").

    Only three letters or more, and only where no other directory body has the same
    initials or acronym (``_shared_acronyms``): then "TCC" can stand for one body
    whether or not the directory lists it as an alias (a new body needs no alias list).
    """
    initials = "" if agency.kind is AgencyKind.MINISTER else _initials_of(agency.name)
    if len(initials) < 3 or initials in _shared_acronyms() or initials in agency.aliases:
        return ()
    return (initials,)


def _initials_of(name: str) -> str:
    return "".join(w[0] for w in re.split(r"[\s\-—–]+", name) if w[:1].isupper()).upper()


def _first_lines(block: str, most: int = 14) -> list[str]:
    """The first ``most`` lines of ``block`` that hold any text.

    An email's signature is often spaced by blank lines (an HTML email as text: "Luke Troy
    / (blank) / General / Manager / (blank) / Strategy / (blank) / Greater Wellington
    Regional Council", dev fyi-11887): the signer's body may stand beyond the 14th line
    though it is only the 8th that says anything.
    """
    return [line for line in block.splitlines() if line.strip()][:most]


def _organisation_line(block: str) -> str | None:
    """The first line of a signature block that names an organisation, as written."""
    for raw in _first_lines(block):
        line = _uncapped(_mended(_LINK_MARK.sub(" ", raw)))
        parts = [p.strip() for p in re.split(r"\||—|\s[–-]\s|,\s|\s{2,}|\t", line)]
        for part in parts:
            match = _ORGANISATION.match(part) or _MINISTER_TITLE.match(part)
            if match is not None and len(match["name"].split()) >= 2:
                return " ".join(match["name"].split())
    return None


_LINK_MARK = re.compile(r"\[\d{1,3}\]")
"""FYI.org.nz's mark for a link in an email ("OIA Services Team [4]Ministry of Health"):
not part of the name it is glued to."""

_SMALL_WORDS = frozenset({"of", "for", "and", "the", "o", "ki", "me", "a"})


def _uncapped(line: str) -> str:
    """An all-capitals letterhead line in title case: "MASSEY UNIVERSITY" -> "Massey University".

    Letterheads set a body's name in capitals; the shape of a name ("… University",
    "University of …") is read in title case. A line with any lower-case letter, or an
    acronym alone ("ACC"), is left as it is.
    """
    words = line.split()
    if len(words) < 2 or not line.isupper():
        return line
    titled = [w.lower() if w.lower() in _SMALL_WORDS else w.capitalize() for w in words]
    if titled[0] in _SMALL_WORDS:
        titled[0] = titled[0].capitalize()
    return " ".join(titled)


def _excluded(agency: Agency, skipped: set[str]) -> bool:
    names = (agency.name, agency.maori_name, *agency.aliases)
    # Whole names only: transferring to "the Prime Minister" does not rule out the
    # Department of the Prime Minister and Cabinet, whose name merely contains it.
    return any(
        fold(n) in skipped or any(s and re.search(rf"\b{re.escape(fold(n))}\b", s) for s in skipped)
        for n in names
        if n
    )


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
            for a in (*agency.aliases, *(_initials(agency) if words else ()))
            if len(a.split()) >= 2 or (words and len(a) >= 3 and a.upper() not in shared)
        ]
    kept = [n for n in names if n and len(fold(n)) >= (3 if words else 5)]
    kept += [short for n in kept if (short := _shortened(n)) != n and short not in kept]
    return (*kept, *(_broken(n) for n in kept if _broken(n) != n))


_SHORT_FORMS = (("New Zealand", "NZ"), ("District Health Board", "DHB"))
"""Words a body's own letters shorten in its name: "NZ Customs Service", "Lakes DHB"."""


def _shortened(name: str) -> str:
    """``name`` as its letters often write it, short forms used ("Land Information NZ").

    Only a name of three words or more once shortened: "NZ" or "DHB" alone names no one.
    """
    short = name
    for long, abbreviation in _SHORT_FORMS:
        short = short.replace(long, abbreviation)
    return short if len(short.split()) >= 3 or short == name else name


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
        # A Minister is never written by initials: "MPI" is the Ministry for Primary
        # Industries, not the Minister for Primary Industries (whose initials they are).
        initials = "" if agency.kind is AgencyKind.MINISTER else _initials_of(agency.name)
        for acronym in (initials, *(a for a in agency.aliases if a.isupper())):
            if not acronym:
                continue
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
            while at >= 0 and _held_at(text, offsets, at, key):
                at = folded.find(key, at + 1)  # "Auckland University" of "… of Technology"
            if at >= 0 and (best is None or (at, -len(key)) < (best[0], best[1])):
                best = (at, -len(key), agency)
    if best is None:
        return None
    return best[2], offsets[min(best[0] + 1, len(offsets) - 1)]  # past the space before it


def _held_at(text: str, offsets: list[int], at: int, key: str) -> bool:
    """Whether the folded name ``key`` found at ``at`` is part of a longer body's name."""
    if key.strip() not in _holders():
        return False
    start = offsets[min(at + 1, len(offsets) - 1)]
    tokens = list(zip(range(len(key.split())), re.finditer(r"\S+", text[start:]), strict=False))
    end = start + tokens[-1][1].end() if tokens else start
    return inside_longer(text, start, end)


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


_ADDRESS_WORD = re.compile(
    r"@|\bwww\.|://|\w\.(?:govt|health|ac|co|org|cri|school)\.nz\b", re.IGNORECASE
)
"""A word that is an email or web address: its parts are not a body's name in words
(a domain is read as a domain, by ``_by_domain``)."""


def _fold_with_offsets(text: str) -> tuple[str, list[int]]:
    """Folded text framed by spaces, word by word, and each folded word's offset in ``text``."""
    pieces = [" "]
    offsets = [0]
    for match in re.finditer(r"\S+", text):
        if _ADDRESS_WORD.search(match.group()):
            continue  # "oia@adhb.health.nz" is an address, not the words "health nz"
        word = fold(match.group())
        if not word:
            continue
        for part in word.split():
            offsets.extend([match.start()] * (len(part) + 1))
            pieces.append(part + " ")
    return "".join(pieces), offsets


_MACRONS = str.maketrans({
    "ā": "[āâäa]", "ē": "[ēêëe]", "ī": "[īîïi]", "ō": "[ōôöo]", "ū": "[ūûüu]",
    "Ā": "[ĀÂÄA]", "Ē": "[ĒÊËE]", "Ī": "[ĪÎÏI]", "Ō": "[ŌÔÖO]", "Ū": "[ŪÛÜU]",
})  # fmt: skip
"""A macron vowel as the letters a text layer or a keyboard writes for it: "Te Pûkenga",
"Kâpiti", "Te Pukenga" (dev fyi-28831, fyi-28213)."""


def _name_core(name: str) -> str:
    """``name`` as a regex: words joined by any space, dash or comma; an acronym only in capitals.

    "and" and "&" are the same word: the Ministry of Business, Innovation & Employment and
    the Ministry for Culture & Heritage write their names with "&" (dev fyi-19198: "Ministry
    of Foreign Affairs & Trade"), the directory with "and"; and a comma in a name may be
    dropped ("Ministry of Business Innovation and Employment").
    """
    words = [_word(w) for w in re.split(r"[\s\-—–,]+", name) if w]
    # A typographic apostrophe is the same letter, and may be left out: "Hawke’s Bay" and
    # "Hawkes Bay" are "Hawke's Bay".
    escaped = re.sub(r"\\?['’‘`]", "['’‘`]?", r"[\s\-—–,]+".join(words))
    escaped = escaped.translate(_MACRONS)
    if name.isupper():  # an acronym only as written: "DOC", never "doc" of "document"
        escaped = f"(?-i:{escaped})"
    return rf"\b(?:{escaped})\b"


def _word(word: str) -> str:
    """One word of a name as a regex: "and" or "&" as either."""
    return r"(?:and|&)" if word.lower() in ("and", "&") else re.escape(word)


# Not the tail of another office's or body's name: "Associate Minister of Health" is
# not the Minister of Health, "Upper Hutt City Council" not Hutt City Council.
_INSIDE = re.compile(r"(?:\b(?:associate|deputy|upper)\s|\w[-–—])\Z", re.IGNORECASE)


@lru_cache(maxsize=1)
def _holders() -> dict[str, tuple[tuple[tuple[str, ...], tuple[str, ...]], ...]]:
    """Each folded directory name -> the words around it in another body's longer name.

    "Auckland University" (the University of Auckland's alias) is held by "Auckland
    University of Technology"; "Tairāwhiti" (Gisborne District Council's) by "Tairāwhiti
    District Health Board"; "Hutt City Council" by "Upper Hutt City Council". Derived from
    the directory, so a body added to it needs no rule of its own.
    """
    named = {
        (agency.id, fold(name))
        for agency in all_agencies()
        for name in (*_names(agency, aliases=True, words=True), *agency.aliases)
        if fold(name)
    }
    by_word: dict[str, list[tuple[str, list[str]]]] = {}
    for owner, name in named:
        for word in set(name.split()):
            by_word.setdefault(word, []).append((owner, name.split()))
    out: dict[str, set[tuple[tuple[str, ...], tuple[str, ...]]]] = {}
    for owner, name in named:
        words = name.split()
        for other, longer in by_word.get(words[0], []):
            if other == owner or len(longer) <= len(words):
                continue
            for i in range(len(longer) - len(words) + 1):
                if longer[i : i + len(words)] == words:
                    out.setdefault(name, set()).add(
                        (tuple(longer[:i]), tuple(longer[i + len(words) :]))
                    )
    return {name: tuple(sorted(found)) for name, found in out.items()}


def inside_longer(text: str, start: int, end: int) -> bool:
    """Whether the name at ``text[start:end]`` is part of another body's longer name.

    A letter from Auckland University of Technology names no "Auckland University", and
    "Tairāwhiti District Health Board" no Gisborne District Council ("Tairāwhiti"): the
    longer directory name is the one written. Only the few words around the name are
    folded and compared, and only for names another body's name holds.
    """
    around = _holders().get(fold(text[start:end]))
    if not around:
        return False
    before = fold(text[max(0, start - 80) : start]).split()
    after = fold(text[end : end + 80]).split()
    return any(
        (not head or before[-len(head) :] == list(head)) and list(tail) == after[: len(tail)]
        for head, tail in around
    )


@lru_cache(maxsize=1024)
def _name_pattern(name: str) -> re.Pattern[str]:
    """The name, to be checked against ``_INSIDE`` (a longer office's or body's name)."""
    return re.compile(_name_core(name), re.IGNORECASE)
