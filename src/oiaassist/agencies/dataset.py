"""Load and check the shipped agency data (``data/agencies.csv``).

The data is a reviewable CSV file inside the package (so the wheel and the
bundle carry it); ``data/README.md`` next to it says where each fact comes
from and how to add a body. Loading checks every row and stops at the first
bad one with an :class:`~oiaassist.agencies.model.AgencyDataError` naming the
file, the row and the column: a table never ends in silence.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from datetime import date
from functools import lru_cache
from types import MappingProxyType
from typing import TypeVar

from oiaassist.agencies.model import LOCAL_KINDS, Agency, AgencyDataError, AgencyKind
from oiaassist.agencies.normalise import fold
from oiaassist.errors import InputError
from oiaassist.law.acts import Act
from oiaassist.law.regions import REGIONS, parse_region

DATA_FILE = "data/agencies.csv"

_E = TypeVar("_E", AgencyKind, Act)

COLUMNS = (
    "id",
    "name",
    "maori_name",
    "aliases",
    "kind",
    "act",
    "region",
    "anniversary",
    "anniversary_source",
    "request_email",
    "request_url",
    "sources",
    "checked",
    "notes",
    "disestablished",
    "successor",
)

_ID = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
# Deliberately simple: it catches typos, not every RFC 5322 address.
_EMAIL = re.compile(r"^[^@\s,;]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+$")
_URL = re.compile(r"^https?://\S+$")

# Provinces with an anniversary day of their own: the regions that observe themselves.
PROVINCES = frozenset(code for code, region in REGIONS.items() if region.observes == code)


@lru_cache(maxsize=1)
def load_agencies() -> tuple[Agency, ...]:
    """Every agency in the shipped data, in file order (read and checked once)."""
    from importlib import resources  # noqa: PLC0415 - ~10 ms; not paid by `import oiaassist`

    text = resources.files("oiaassist.agencies").joinpath(DATA_FILE).read_text(encoding="utf-8")
    return parse_agencies(text, source=DATA_FILE)


def parse_agencies(text: str, *, source: str = "<text>") -> tuple[Agency, ...]:
    """Parse and check agency CSV text.

    Args:
        text: the CSV, header row first (columns :data:`COLUMNS`).
        source: the file name used in error messages.

    Raises:
        AgencyDataError: naming ``source``, the line and what is wrong with it.
    """
    import csv  # noqa: PLC0415 - ~5 ms; only needed when the data is read
    import io  # noqa: PLC0415

    reader = csv.DictReader(io.StringIO(text, newline=""), strict=True)
    header = tuple(reader.fieldnames or ())
    if header != COLUMNS:
        missing = [c for c in COLUMNS if c not in header]
        extra = [c for c in header if c not in COLUMNS]
        detail = "; ".join(
            part
            for part in (
                f"missing {', '.join(missing)}" if missing else "",
                f"unknown {', '.join(extra)}" if extra else "",
            )
            if part
        )
        raise AgencyDataError(
            f"{source}:1", f"the header must be {','.join(COLUMNS)} ({detail or 'wrong order'})"
        )
    agencies: list[Agency] = []
    try:
        for row in reader:
            where = f"{source}:{reader.line_num}"
            if None in row or any(value is None for value in row.values()):
                raise AgencyDataError(where, f"expected {len(COLUMNS)} columns")
            agencies.append(_agency(row, where))
    except csv.Error as exc:
        raise AgencyDataError(f"{source}:{reader.line_num}", f"not valid CSV ({exc})") from None
    if not agencies:
        raise AgencyDataError(source, "has no agencies")
    _check_unique(agencies, source)
    return tuple(agencies)


def _agency(row: Mapping[str, str], where: str) -> Agency:
    def text(column: str, *, required: bool = False) -> str:
        value = row[column].strip()
        if required and not value:
            raise AgencyDataError(where, f"{column} is empty")
        return value

    ident = text("id", required=True)
    if not _ID.match(ident):
        raise AgencyDataError(where, f"id {ident!r} must be lower-case words joined by '-'")
    kind = _choice(AgencyKind, text("kind", required=True), "kind", where)
    act = _choice(Act, text("act", required=True), "act", where)
    if act is not kind.act:
        raise AgencyDataError(
            where, f"act {act.value!r} does not fit kind {kind.value!r} (expected {kind.act.value})"
        )
    region, anniversary = _place(kind, text("region"), text("anniversary"), where)
    anniversary_source = text("anniversary_source")
    if anniversary is not None and not _URL.match(anniversary_source):
        raise AgencyDataError(where, "anniversary_source must be the URL the anniversary is from")
    if anniversary is None and anniversary_source:
        raise AgencyDataError(where, "anniversary_source is given but there is no anniversary")
    email = text("request_email")
    if email and not _EMAIL.match(email):
        raise AgencyDataError(where, f"request_email {email!r} is not an email address")
    url = text("request_url")
    if url and not _URL.match(url):
        raise AgencyDataError(where, f"request_url {url!r} is not an http(s) URL")
    sources = tuple(text("sources", required=True).split())
    for source_url in sources:
        if not _URL.match(source_url):
            raise AgencyDataError(where, f"source {source_url!r} is not an http(s) URL")
    checked_text = text("checked")
    try:
        checked = date.fromisoformat(checked_text) if checked_text else None
    except ValueError:
        raise AgencyDataError(where, f"checked {checked_text!r} is not a YYYY-MM-DD date") from None
    if checked is None and not text("notes"):
        raise AgencyDataError(where, "a row not yet checked must say why in notes")
    aliases = tuple(a.strip() for a in text("aliases").split(";") if a.strip())
    disestablished, successor = _ending(text("disestablished"), text("successor"), where)
    return Agency(
        id=ident,
        name=text("name", required=True),
        maori_name=text("maori_name"),
        aliases=aliases,
        kind=kind,
        act=act,
        region=region,
        anniversary=anniversary,
        anniversary_source=anniversary_source,
        request_email=email,
        request_url=url,
        sources=sources,
        checked=checked,
        notes=text("notes"),
        disestablished=disestablished,
        successor=successor,
    )


def _ending(day_text: str, successor: str, where: str) -> tuple[date | None, str]:
    """The day a body was disestablished and the id of the body that took its functions."""
    try:
        day = date.fromisoformat(day_text) if day_text else None
    except ValueError:
        problem = f"disestablished {day_text!r} is not a YYYY-MM-DD date"
        raise AgencyDataError(where, problem) from None
    if successor and day is None:
        raise AgencyDataError(where, "a successor is for a disestablished body; give the day")
    if successor and not _ID.match(successor):
        raise AgencyDataError(where, f"successor {successor!r} is not an agency id")
    return day, successor


def _choice(enum: type[_E], value: str, column: str, where: str) -> _E:
    try:
        return enum(value)
    except ValueError:
        choices = ", ".join(member.value for member in enum)
        raise AgencyDataError(where, f"{column} {value!r} is not one of: {choices}") from None


def _place(
    kind: AgencyKind, region_text: str, anniversary_text: str, where: str
) -> tuple[str | None, str | None]:
    """The region and anniversary province codes: both for LGOIMA bodies, neither for OIA."""
    if kind not in LOCAL_KINDS:
        if region_text or anniversary_text:
            raise AgencyDataError(
                where, "region and anniversary are for LGOIMA bodies only; leave them empty"
            )
        return None, None
    if not region_text:
        raise AgencyDataError(where, f"a {kind.label} needs a region")
    if not anniversary_text:
        raise AgencyDataError(where, f"a {kind.label} needs the anniversary day it observes")
    try:
        region = parse_region(region_text, field="region")
        anniversary = parse_region(anniversary_text, field="anniversary")
    except InputError as exc:
        raise AgencyDataError(where, str(exc)) from None
    assert region is not None  # both were non-empty
    assert anniversary is not None
    if anniversary not in PROVINCES:
        keeps = REGIONS[anniversary].observes
        raise AgencyDataError(
            where,
            f"anniversary {anniversary!r} has no anniversary day of its own "
            f"(it keeps {keeps!r}'s); name the province: {', '.join(sorted(PROVINCES))}",
        )
    return region, anniversary


def _check_unique(agencies: Iterable[Agency], source: str) -> None:
    """Ids and names are unique, and no alias is another agency's name."""
    ids: dict[str, str] = {}
    names: dict[str, str] = {}
    for agency in agencies:
        if agency.id in ids:
            raise AgencyDataError(source, f"id {agency.id!r} is used twice")
        ids[agency.id] = agency.id
        for name in (agency.name, agency.maori_name):
            key = fold(name)
            if not key:
                continue
            other = names.get(key)
            if other is not None and other != agency.id:
                raise AgencyDataError(
                    source, f"name {name!r} of {agency.id!r} is already the name of {other!r}"
                )
            names[key] = agency.id
    for agency in agencies:
        if agency.successor and agency.successor not in ids:
            raise AgencyDataError(
                source, f"successor {agency.successor!r} of {agency.id!r} is not in the directory"
            )
        if agency.successor == agency.id:
            raise AgencyDataError(source, f"{agency.id!r} cannot be its own successor")
        for alias in agency.aliases:
            owner = names.get(fold(alias))
            if owner is not None and owner != agency.id:
                raise AgencyDataError(
                    source, f"alias {alias!r} of {agency.id!r} is the name of {owner!r}"
                )


@lru_cache(maxsize=1)
def agencies_by_id() -> Mapping[str, Agency]:
    """The shipped agencies keyed by id."""
    return MappingProxyType({agency.id: agency for agency in load_agencies()})
