"""Which agency wrote a letter: the directory body its text names first.

A council's letter rarely says which anniversary day its calendar skips, but
it always names the council (letterhead, "Westland District Council received
your request…", sign-off). Finding that name in the agency directory gives
the Act and the calendar region (LGOIMA s 2(1)), so a reader need not type
``--region``. Only full names (English or te reo Māori) count, never acronyms
or aliases ("DIA" is too short to trust in free text), and an agency the
letter transfers the request *to* is not its author.
"""

from __future__ import annotations

from collections.abc import Iterable

from oiaassist.agencies import Agency, all_agencies
from oiaassist.agencies.normalise import fold


def agency_named(text: str, *, not_these: Iterable[str] = ()) -> Agency | None:
    """The directory agency whose full name appears first in ``text``, or None.

    Args:
        text: the letter's text.
        not_these: names to skip (e.g. the agency a request was transferred to).
    """
    folded = f" {fold(text)} "
    skipped = [f" {fold(name)} " for name in not_these if name.strip()]
    best: tuple[int, int, Agency] | None = None
    for agency in all_agencies():
        for name in (agency.name, agency.maori_name):
            key = f" {fold(name)} " if name else ""
            if not key.strip() or any(key in other for other in skipped):
                continue
            at = folded.find(key)
            # Earliest mention wins; at the same place the longer name is the
            # more specific ("Ministry of Health" inside "... Health New Zealand").
            if at >= 0 and (best is None or (at, -len(key)) < (best[0], best[1])):
                best = (at, -len(key), agency)
    return best[2] if best else None
