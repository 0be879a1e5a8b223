"""Look agencies up: all of them, by id, or by a name a person gave.

:func:`find` is the strict lookup behind ``response_deadline(agency=...)`` and
``Request.agency_id``: it returns one agency or raises an
:class:`~oiaassist.errors.InputError` that suggests what was probably meant,
because a deadline computed for the wrong council is worse than none.
"""

from __future__ import annotations

from functools import lru_cache

from oiaassist.agencies.dataset import agencies_by_id, load_agencies
from oiaassist.agencies.model import Agency, AgencyKind
from oiaassist.agencies.outside import outside_body
from oiaassist.agencies.search import DERIVED_EXACT, EXACT, search_matches
from oiaassist.errors import InputError
from oiaassist.law.acts import Act
from oiaassist.law.regions import REGIONS, parse_region


def all_agencies(
    *,
    act: Act | str | None = None,
    kind: AgencyKind | None = None,
    current: bool | None = None,
) -> tuple[Agency, ...]:
    """Every agency in the directory, in file order, optionally only one Act's or kind's.

    ``current=True`` keeps only bodies that still exist (those a new request can
    go to), ``current=False`` only disestablished ones; ``None`` keeps both (the
    letter reader still names a district health board as a 2019 letter's author).
    """
    wanted = None if act is None else Act.parse(act)
    return tuple(
        a
        for a in load_agencies()
        if (wanted is None or a.act is wanted)
        and (kind is None or a.kind is kind)
        and (current is None or a.is_current is current)
    )


def current_successor(agency: Agency) -> Agency | None:
    """The body that now takes requests meant for a disestablished ``agency``.

    Follows successors until one still exists (a polytechnic merged into Te Pūkenga
    would go on to Te Pūkenga's own successor); ``None`` for a body that still
    exists, or one whose functions no listed body took.
    """
    seen = {agency.id}
    found = agency
    while not found.is_current:
        following = get(found.successor) if found.successor else None
        if following is None or following.id in seen:
            return None
        seen.add(following.id)
        found = following
    return None if found is agency else found


def disestablished_note(agency: Agency) -> str:
    """Why not to send a new request to ``agency``, or "" while it exists.

    E.g. "Canterbury District Health Board was disestablished on 1 July 2022;
    requests now go to Health New Zealand (health-nz)".
    """
    if agency.disestablished is None:
        return ""
    day = f"{agency.disestablished.day} {agency.disestablished:%B %Y}"
    note = f"{agency.name} was disestablished on {day}"
    successor = current_successor(agency)
    if successor is None:
        return f"{note}; no body in the directory took its requests"
    return f"{note}; requests now go to {successor.name} ({successor.id})"


def get(agency_id: str) -> Agency | None:
    """The agency with this id, or ``None``."""
    return agencies_by_id().get(agency_id)


def find(value: Agency | str, *, field: str = "agency") -> Agency:
    """The one agency ``value`` names: an id, a name, a te reo Māori name or an alias.

    Raises:
        InputError: nothing or more than one agency has that exact name; the
            message suggests the closest names.
    """
    if isinstance(value, Agency):
        return value
    if not isinstance(value, str):
        raise InputError(field, value, "must be an agency id or name")
    by_id = agencies_by_id().get(value.strip())
    if by_id is not None:
        return by_id
    matches = search_matches(value, limit=None)
    for level in (EXACT, DERIVED_EXACT):
        exact = [m.agency for m in matches if m.score == level]
        if len(exact) == 1:
            return exact[0]
        if len(exact) > 1:
            names = "; ".join(f"{a.name} ({a.id})" for a in exact[:5])
            raise InputError(field, value, f"names more than one agency: {names}; give the id")
    outside = outside_body(value)
    if outside is not None:
        # Not a gap in the directory: no OIA time limit binds this body (agencies.outside).
        raise InputError(field, value, f"names a body the OIA does not reach: {outside.note}")
    near = "; ".join(f"{m.agency.name} ({m.agency.id})" for m in matches[:3])
    hint = f"; did you mean: {near}" if near else ""
    raise InputError(field, value, f"is not an agency in the directory{hint}")


def act_and_region(
    agency: Agency | str, act: Act | str | None, region: str | None
) -> tuple[Act, str | None]:
    """The Act and calendar region of a request to ``agency``.

    ``act`` and ``region``, when also given, must agree with the directory:
    a deadline counted under one Act for a body under the other is wrong.

    Raises:
        InputError: the agency is unknown, or ``act``/``region`` contradict it.
    """
    found = find(agency)
    if act is not None and Act.parse(act) is not found.act:
        raise InputError(
            "act",
            act.value if isinstance(act, Act) else act,
            f"does not fit {found.name}, which answers under the {found.act.statute.title}",
        )
    if region is not None:
        code = parse_region(region)
        if found.region is None:
            raise InputError(
                "region", region, f"does not apply: {found.name} counts no anniversary days"
            )
        if code not in (found.region, found.calendar_region):
            raise InputError(
                "region",
                region,
                f"does not fit {found.name}, which is in {REGIONS[found.region].name}",
            )
    return found.act, found.calendar_region


@lru_cache(maxsize=4096)
def id_named(name: str) -> str | None:
    """The id of the one agency ``name`` names exactly (as :func:`find`), or None.

    For request files and logs that give a name but no Act: a council named
    there is then counted under LGOIMA on its own calendar, not as an OIA body.
    Cached, because a log repeats the same few names many thousands of times.
    """
    try:
        return find(name).id if name.strip() else None
    except InputError:
        return None
