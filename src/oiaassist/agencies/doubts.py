"""Councils whose anniversary day is not settled, and what the other possibility is.

LGOIMA s 2(1) "working day" para (b) skips "the day observed in the appropriate
area as the anniversary of the province" (wording as transcribed, law.md §5.1;
the enacted text of the Local Government Regulatory Systems Amendment Act 2019
was not found in the stored sources, law.md §12.5). Which province's day a
council on an old provincial boundary observes is a fact about the council,
and for these rows it is not confirmed (law.md §12.4). A deadline for one of
them is shown with the date it would be under the other possibility
(:attr:`oiaassist.deadlines.Deadline.alternatives`), never only one of them.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from types import MappingProxyType


@dataclass(frozen=True, slots=True)
class AnniversaryDoubt:
    """An unconfirmed anniversary day, and the other day the council may keep.

    Attributes:
        agency_id: the directory row.
        alternative: the province whose day the council may keep instead, or
            ``None`` if it may keep no anniversary day at all.
        condition: words for the other possibility, completing "if the council …".
        evidence: where the doubt comes from.
    """

    agency_id: str
    alternative: str | None
    condition: str
    evidence: str


ANNIVERSARY_DOUBTS: Mapping[str, AnniversaryDoubt] = MappingProxyType(
    {
        d.agency_id: d
        for d in (
            AnniversaryDoubt(
                "ruapehu-district-council",
                "AUK",
                "observes Auckland Anniversary Day (its head office is in Taumarunui, in the "
                "old Auckland province)",
                "law.md §12.4; no statement by the council found in the stored sources",
            ),
            AnniversaryDoubt(
                "buller-district-council",
                "NSN",
                "observes Nelson Anniversary Day (Westport was in Nelson province until 1876)",
                "law.md §12.4; no statement by the council found in the stored sources",
            ),
            AnniversaryDoubt(
                "queenstown-lakes-district-council",
                None,
                "does not observe Otago Anniversary Day (its offices were reported open on it)",
                "https://www.odt.co.nz/regions/anniversary-day-variety-observance (law.md §12.4)",
            ),
        )
    }
)
