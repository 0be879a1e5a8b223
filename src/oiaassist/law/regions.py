"""Regions, and which provincial anniversary day each observes (LGOIMA s2(1)(b)).

python-holidays gives anniversary days only for some of its NZ subdivisions
(``shared/stack-notes.md`` §1): Gisborne, Bay of Plenty, Waikato,
Manawatū-Whanganui and Tasman get none, although each keeps the anniversary
of the province it was part of. Anniversary days are set by local custom, not
statute (law.md §5.1), so this module keeps them as data: which province each
region observes, plus dated overrides where a region moved its day.

Which words decide the day (law.md §5.1, §12.5): LGOIMA s 2(1) "working day"
para (b), as transcribed, excludes "the day observed in the appropriate area as
the anniversary of the province of which the area forms a part" (from 21 March
2019, Local Government Regulatory Systems Amendment Act 2019). The enacted text
was not found in the stored sources, so where a council's day depends on reading
"area" rather than "office", the directory keeps the doubt visible
(``oiaassist.agencies.doubts``) instead of choosing. Requests straddling 21 March
2019 are counted with the definition in force on each counted day (law.md §5.1):
e.g. Otago councils skip Otago Anniversary Day, Mon 25 March 2019, even for a
request received in February 2019.

Region identifiers are python-holidays' subdivision keys ("WGN", "South
Canterbury"), so users can type what that library documents.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from types import MappingProxyType

from oiaassist.errors import InputError


@dataclass(frozen=True, slots=True)
class Region:
    """A region whose local authorities observe one province's anniversary day.

    Attributes:
        code: python-holidays subdivision key, e.g. "WGN".
        name: English name.
        aliases: other names and codes people type (te reo Māori, ISO, HASC).
        observes: the subdivision whose anniversary day python-holidays computes
            and this region observes.
        source: where the ``observes`` fact comes from, when it differs from
            python-holidays' own rule.
    """

    code: str
    name: str
    aliases: tuple[str, ...]
    observes: str
    source: str = ""


_KEEPS_PROVINCE = (
    "python-holidays gives this region no anniversary day; it keeps its historic "
    "province's day (shared/stack-notes.md §1, law.md §5.1)"
)

REGIONS: Mapping[str, Region] = MappingProxyType(
    {
        r.code: r
        for r in (
            Region("AUK", "Auckland", ("Tāmaki-Makaurau", "AU"), "AUK"),
            Region("BOP", "Bay of Plenty", ("Toi Moana", "BP"), "AUK", _KEEPS_PROVINCE),
            Region("CAN", "Canterbury", ("Waitaha", "CA"), "CAN"),
            Region(
                "CIT",
                "Chatham Islands",
                ("Chatham Islands Territory", "Wharekauri", "CI"),
                "CIT",
            ),
            Region("GIS", "Gisborne", ("Te Tairāwhiti", "GI"), "AUK", _KEEPS_PROVINCE),
            Region("HKB", "Hawke's Bay", ("Te Matau-a-Māui", "HB"), "HKB"),
            Region("MBH", "Marlborough", ("MA",), "MBH"),
            Region(
                "MWT",
                "Manawatū-Whanganui",
                ("Manawatū Whanganui", "MW"),
                "WGN",
                _KEEPS_PROVINCE,
            ),
            Region("NSN", "Nelson", ("Whakatū", "NE"), "NSN"),
            Region("NTL", "Northland", ("Te Taitokerau", "NO"), "NTL"),
            Region("OTA", "Otago", ("Ō Tākou", "OT"), "OTA"),
            Region("STL", "Southland", ("Te Taiao Tonga", "SO"), "STL"),
            Region("TAS", "Tasman", ("Te tai o Aorere", "TS"), "NSN", _KEEPS_PROVINCE),
            Region("TKI", "Taranaki", ("TK",), "TKI"),
            Region(
                "WGN",
                "Wellington",
                ("Greater Wellington", "Te Pane Matua Taiao", "Te Whanganui-a-Tara", "WG"),
                "WGN",
            ),
            Region("WKO", "Waikato", ("WK",), "AUK", _KEEPS_PROVINCE),
            Region("WTC", "West Coast", ("Westland", "Te Tai o Poutini", "WC"), "WTC"),
            Region("South Canterbury", "South Canterbury", (), "South Canterbury"),
        )
    }
)


@dataclass(frozen=True, slots=True)
class AnniversaryOverride:
    """A year in which a province observed its anniversary on another day."""

    province: str
    year: int
    day: date
    source: str


ANNIVERSARY_OVERRIDES: tuple[AnniversaryOverride, ...] = (
    AnniversaryOverride(
        "South Canterbury",
        2022,
        date(2022, 11, 11),
        "Moved from Mon 26 Sep 2022 (Queen Elizabeth II Memorial Day) to Fri 11 Nov 2022; "
        "python-holidays still gives 26 Sep (law.md §5.1 and §8 item 8)",
    ),
)


def _fold(text: str) -> str:
    """Case- and macron-insensitive key: "Manawatū" and "manawatu" match."""
    decomposed = unicodedata.normalize("NFKD", text.strip().casefold())
    stripped = "".join(c for c in decomposed if not unicodedata.combining(c))
    return " ".join(stripped.replace("-", " ").split())


_LOOKUP: Mapping[str, str] = MappingProxyType(
    {
        _fold(key): region.code
        for region in REGIONS.values()
        for key in (region.code, region.name, *region.aliases)
    }
)


def parse_region(value: str | Region | None, *, field: str = "region") -> str | None:
    """Normalise a region code or name to its code; ``None`` stays ``None``.

    Raises:
        InputError: the value names no region oiaassist knows.
    """
    if value is None:
        return None
    if isinstance(value, Region):
        return value.code
    if isinstance(value, str):
        code = _LOOKUP.get(_fold(value))
        if code is not None:
            return code
    known = ", ".join(REGIONS)
    raise InputError(field, value, f"is not a region oiaassist knows; use one of: {known}")
