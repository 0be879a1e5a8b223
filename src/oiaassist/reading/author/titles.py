"""The body a chief executive's statutory title stands for, on a signature line.

A department's letter may be signed by its chief executive under the title the law
gives the office, with no other line naming the department: "Secretary for Education",
"Secretary to the Treasury", "for Secretary of Foreign Affairs and Trade" (fyi-22087),
"Director-General of Health", "Commissioner of Police", "Chief of Defence Force",
"Solicitor-General", "Chief Electoral Officer", "Public Service Commissioner". The title
names its department by the same words as the department's own name ("Secretary for
Education" heads the Ministry of Education), so one rule reads them all, whichever
department: the words after "Secretary / Director-General / Commissioner / Chief
Executive of, for or to" are matched to a directory body called "Ministry of/for …",
"Department of …", "The …", "New Zealand …" or by that alias. The few titles that do
not repeat their body's words are listed with the body (the law's names for the
offices). A Minister's private secretary is not a chief executive (a Minister's office
signs so: :func:`oiaassist.reading.author.names._ministers_office`).
"""

from __future__ import annotations

import re
from functools import lru_cache

from oiaassist.agencies import Agency, AgencyKind, all_agencies
from oiaassist.agencies.normalise import fold

_TITLE = re.compile(
    r"^[^\S\n]*(?:(?:for|Acting|Deputy|Interim)[^\S\n]+){0,2}"
    r"(?:Chief[^\S\n]+Executive[^\S\n]*(?:and|&|/|,|\|)[^\S\n]*)?"
    r"(?:(?P<head>Secretary|Director[- ]General|Commissioner|Chief[^\S\n]+Executive)"
    r"[^\S\n]+(?:of|for|to)[^\S\n]+(?:the[^\S\n]+)?"
    r"(?P<words>[A-ZĀĒĪŌŪ][\w'’&-]*(?:[^\S\n]+(?:and|&|of|the|[A-ZĀĒĪŌŪ][\w'’&-]*)){0,6})"
    r"|(?P<office>Solicitor[- ]General|Chief[^\S\n]+Electoral[^\S\n]+Officer"
    r"|Public[^\S\n]+Service[^\S\n]+Commissioner|Government[^\S\n]+Statistician"
    r"|Chief[^\S\n]+of[^\S\n]+(?:the[^\S\n]+)?Defence[^\S\n]+Force"
    r"|(?:Controller[^\S\n]+and[^\S\n]+)?Auditor[- ]General))"
    r"[^\S\n]*(?:$|[|,–—-])",
    re.MULTILINE,
)
"""A signature line that is a chief executive's title (perhaps "for", "Acting")."""

_OFFICES = {
    "solicitor general": "Crown Law Office",
    "chief electoral officer": "Electoral Commission",
    "public service commissioner": "Public Service Commission",
    "government statistician": "Statistics New Zealand",
    "chief of defence force": "New Zealand Defence Force",
    "chief of the defence force": "New Zealand Defence Force",
    "auditor general": "Office of the Auditor-General",
    "controller and auditor general": "Office of the Auditor-General",
}
"""Titles that do not repeat their body's words, with the body the law gives them."""

_HEADS = ("ministry of ", "ministry for ", "ministry for the ", "department of ",
          "department of the ", "the ", "new zealand ", "")  # fmt: skip
"""How a department's name wraps the words of its chief executive's title."""


@lru_cache(maxsize=1)
def _by_name() -> dict[str, Agency]:
    """Every directory body (not a Minister) by its folded name and aliases."""
    out: dict[str, Agency] = {}
    for agency in all_agencies():
        if agency.kind is AgencyKind.MINISTER:
            continue
        for name in (agency.name, *agency.aliases):
            out.setdefault(fold(name), agency)
    return out


def titled_body(block: str, allowed: list[Agency]) -> tuple[Agency, int] | None:
    """The body whose chief executive's title is a line of ``block``, and where."""
    names = _by_name()
    ids = {a.id for a in allowed}
    for match in _TITLE.finditer(block):
        if re.match(r"\s*Private\b", match.group()):
            continue
        if match["office"]:
            found = names.get(fold(_OFFICES.get(fold(match["office"]), "")))
        else:
            found = _named_by(fold(match["words"].replace("&", " and ")).split(), names)
        if found is not None and found.id in ids:
            return found, match.start()
    return None


def _named_by(words: list[str], names: dict[str, Agency]) -> Agency | None:
    """The body the title's words name, the longest run of them first.

    "Secretary for Education and Chief Executive": the words after the office's own
    name are another title, not part of it.
    """
    for end in range(len(words), 0, -1):
        said = " ".join(words[:end])
        for head in _HEADS:
            if head + said in names:
                return names[head + said]
    return None
