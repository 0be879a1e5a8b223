"""The directory body a unit belongs to, where the letter itself says so.

A letter may be written by a unit that the directory does not list, under the unit's
own letterhead and signature: "Te Tari Pūreke – Firearms Safety Authority … is a
business unit of New Zealand Police" (silver s24724). The Act applies to the body the
unit is part of (OIA s 2(1), Schedule 1: the department, not its business units), so
the author is that body, named as the letter names it. Only the letter's own words
"<unit> is a unit/part/division/branch of <body>" say so; a unit's name alone is not
read as any body's.
"""

from __future__ import annotations

import re

from oiaassist.agencies import Agency
from oiaassist.reading.author.names import _first_named, _name_core

_PART_OF = re.compile(
    r"[^.;]{0,40}?\s(?:is|are)\s+(?:a|an|the|one)\s+(?:[\w-]+\s+){0,2}?(?:unit|part|division"
    r"|branch|arm|directorate|group|service)\s+(?:of|within)\s+(?P<rest>[^.;\n]{3,100})",
    re.IGNORECASE,
)
"""After the unit's name: "is a business unit of", "is part of", "is a division within"."""


def parent_body(text: str, name: str, allowed: list[Agency]) -> tuple[Agency, str] | None:
    """The body the letter says ``name`` (a unit the directory lacks) is part of, and where.

    The first directory body named right after "<name> is a … unit of"; None where the
    letter never says so.
    """
    flat = " ".join(text.split())
    for match in re.finditer(_name_core(name), flat, re.IGNORECASE):
        said = _PART_OF.match(flat, match.end())
        if said is None:
            continue
        found = _first_named(said["rest"], allowed, aliases=True)
        if found is not None:
            return found[0], flat[match.start() : said.end()]
    return None
