"""A directory of New Zealand bodies that take official information requests.

Who is asked decides the law: a department, Minister or Crown entity answers
under the OIA, a council or council-controlled organisation under LGOIMA, and
a council's deadline skips the anniversary day of its province (LGOIMA s 2(1)
"working day" para (b)). The directory records both for each body, so a user
picks an agency instead of an Act and a region::

    from oiaassist.agencies import Agency, all_agencies, find, search

    search("manatu aorere")[0].id            # "mfat" (case, macrons, acronyms forgiven)
    find("Westland District Council").calendar_region   # "WTC"
    all_agencies(act="lgoima")               # every local authority and listed CCO
    response_deadline(date(2022, 11, 21), agency="westland-district-council").due
                                             # 2023-01-11 (from oiaassist.deadlines)

The data is ``data/agencies.csv`` (sources and coverage in ``data/README.md``);
it is read and checked on first use, not at import.
"""

from oiaassist.agencies.dataset import load_agencies, parse_agencies
from oiaassist.agencies.directory import (
    all_agencies,
    current_successor,
    disestablished_note,
    find,
    get,
)
from oiaassist.agencies.model import (
    LOCAL_AUTHORITY_KINDS,
    Agency,
    AgencyDataError,
    AgencyKind,
)
from oiaassist.agencies.search import AgencyMatch, search, search_matches

__all__ = [
    "LOCAL_AUTHORITY_KINDS",
    "Agency",
    "AgencyDataError",
    "AgencyKind",
    "AgencyMatch",
    "all_agencies",
    "current_successor",
    "disestablished_note",
    "find",
    "get",
    "load_agencies",
    "parse_agencies",
    "search",
    "search_matches",
]
