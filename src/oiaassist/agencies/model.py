"""An agency that takes official information requests, as the directory records it.

An :class:`Agency` carries what a requester needs to know about who they are
asking: the official and te reo Māori names, the names people actually type,
the Act that applies, and for a local authority the region and the provincial
anniversary day its calendar skips (LGOIMA s 2(1) "working day" para (b)).
Every row of the shipped data names its sources and, once confirmed, the day
it was checked.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from oiaassist.errors import OiaAssistError
from oiaassist.law.acts import Act
from oiaassist.law.regions import REGIONS


class AgencyKind(StrEnum):
    """What sort of body an agency is (which also tells which Act applies)."""

    DEPARTMENT = "department"
    DEPARTMENTAL_AGENCY = "departmental_agency"
    MINISTER = "minister"
    CROWN_ENTITY = "crown_entity"
    STATE_ENTERPRISE = "state_enterprise"
    CROWN_COMPANY = "crown_company"
    CROWN_RESEARCH_INSTITUTE = "crown_research_institute"
    UNIVERSITY = "university"
    TERTIARY_INSTITUTION = "tertiary_institution"
    DISTRICT_HEALTH_BOARD = "district_health_board"
    REGIONAL_COUNCIL = "regional_council"
    UNITARY_AUTHORITY = "unitary_authority"
    CITY_COUNCIL = "city_council"
    DISTRICT_COUNCIL = "district_council"
    COUNCIL_CONTROLLED_ORGANISATION = "council_controlled_organisation"
    # A body the OIA reaches that is none of the kinds above: an organisation named in
    # OIA Sch 1 / Ombudsmen Act Sch 1 Part 2 in its own right (the Teaching Council).
    OTHER_PUBLIC_BODY = "other_public_body"

    @property
    def act(self) -> Act:
        """The Act requests to this kind of body are made under."""
        return Act.LGOIMA if self in LOCAL_KINDS else Act.OIA

    @property
    def label(self) -> str:
        """Words for a person: "district council", "Crown entity".

        In English; marked for the catalog, so a face shows ``_(kind.label)``.
        """
        return _LABELS[self]


LOCAL_KINDS = frozenset(
    {
        AgencyKind.REGIONAL_COUNCIL,
        AgencyKind.UNITARY_AUTHORITY,
        AgencyKind.CITY_COUNCIL,
        AgencyKind.DISTRICT_COUNCIL,
        AgencyKind.COUNCIL_CONTROLLED_ORGANISATION,
    }
)

# The 78 local authorities of the Local Government Act 2002: CCOs are subject to
# LGOIMA too, but are not local authorities themselves.
LOCAL_AUTHORITY_KINDS = LOCAL_KINDS - {AgencyKind.COUNCIL_CONTROLLED_ORGANISATION}


def N_(message: str) -> str:  # noqa: N802 - the gettext convention pybabel looks for
    """Mark ``message`` for the catalog; the app translates it when shown, with ``_``."""
    return message


_LABELS = {
    AgencyKind.DEPARTMENT: N_("government department"),
    AgencyKind.DEPARTMENTAL_AGENCY: N_("departmental agency"),
    AgencyKind.MINISTER: N_("Minister of the Crown"),
    AgencyKind.CROWN_ENTITY: N_("Crown entity"),
    AgencyKind.STATE_ENTERPRISE: N_("state enterprise"),
    AgencyKind.CROWN_COMPANY: N_("Crown company"),
    AgencyKind.CROWN_RESEARCH_INSTITUTE: N_("Crown research institute"),
    AgencyKind.UNIVERSITY: N_("university"),
    AgencyKind.TERTIARY_INSTITUTION: N_("tertiary education institution"),
    AgencyKind.DISTRICT_HEALTH_BOARD: N_("district health board"),
    AgencyKind.REGIONAL_COUNCIL: N_("regional council"),
    AgencyKind.UNITARY_AUTHORITY: N_("unitary authority"),
    AgencyKind.CITY_COUNCIL: N_("city council"),
    AgencyKind.DISTRICT_COUNCIL: N_("district council"),
    AgencyKind.COUNCIL_CONTROLLED_ORGANISATION: N_("council-controlled organisation"),
    AgencyKind.OTHER_PUBLIC_BODY: N_("public body"),
}


class AgencyDataError(OiaAssistError, ValueError):
    """The agency data file is malformed; the message names the file and row."""

    def __init__(self, where: str, problem: str) -> None:
        self.where = where
        self.problem = problem
        super().__init__(f"{where}: {problem}")


@dataclass(frozen=True, slots=True)
class Agency:
    """A body that takes official information requests.

    Attributes:
        id: a stable slug, e.g. "mfat", "wellington-city-council".
        name: the official English (or only) name.
        maori_name: the te reo Māori name in official use, or "".
        aliases: other names and acronyms people use ("MFAT", "Horizons").
        kind: what sort of body it is.
        act: the Act requests to it are made under (OIA or LGOIMA).
        region: for LGOIMA, the python-holidays subdivision code of its region.
        anniversary: for LGOIMA, the subdivision code of the province whose
            anniversary day it observes (LGOIMA s 2(1)(b)), e.g. "WGN";
            may differ from the region's own, e.g. Kaikōura (Canterbury) keeps
            Marlborough's.
        anniversary_source: where the ``anniversary`` fact comes from.
        request_email: an address the agency lists for requests, or "" (never guessed).
        request_url: the agency's page on making a request, or "".
        sources: the pages the row's facts come from.
        checked: the day the row's facts were last compared with its sources,
            or ``None`` where they are not yet confirmed (see ``notes``).
        notes: anything a user should know (doubts, former names).
        disestablished: the day the body ceased to exist, or ``None`` while it
            exists. Its letters are still real (a district health board's of
            2014-2022), so the reader still names it; a NEW request goes to
            ``successor``.
        successor: the id of the body that took its functions, or "".
    """

    id: str
    name: str
    maori_name: str
    aliases: tuple[str, ...]
    kind: AgencyKind
    act: Act
    region: str | None
    anniversary: str | None
    anniversary_source: str
    request_email: str
    request_url: str
    sources: tuple[str, ...]
    checked: date | None
    notes: str = ""
    disestablished: date | None = None
    successor: str = ""

    @property
    def is_local(self) -> bool:
        """True for a body under LGOIMA (a council or a council-controlled organisation)."""
        return self.kind in LOCAL_KINDS

    @property
    def is_current(self) -> bool:
        """False for a body that has been disestablished: send no new request to it."""
        return self.disestablished is None

    @property
    def display_name(self) -> str:
        """The name as shown: "Ministry of Foreign Affairs and Trade (Manatū Aorere)"."""
        return f"{self.name} ({self.maori_name})" if self.maori_name else self.name

    @property
    def calendar_region(self) -> str | None:
        """The region code to give :func:`~oiaassist.deadlines.calendar_for`.

        The calendar skips the anniversary day of the province its region
        observes, so an agency that keeps another province's day (Kaikōura
        keeps Marlborough's) is counted on that province's own region code.
        ``None`` for an OIA body: the OIA skips no anniversary days.
        """
        if self.act is not Act.LGOIMA or self.region is None:
            return None
        if self.anniversary is None or REGIONS[self.region].observes == self.anniversary:
            return self.region
        return self.anniversary

    @property
    def anniversary_name(self) -> str:
        """E.g. "Wellington" for an agency that keeps Wellington Anniversary Day; "" if none."""
        if self.anniversary is None:
            return ""
        return REGIONS[self.anniversary].name
