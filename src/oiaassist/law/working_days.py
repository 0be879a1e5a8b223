"""Each Act's definition of a "working day", as data with effective dates.

The rule for a day is the definition in force *on that day* (law.md §5.1
recommends this for requests straddling a change). Holiday dates come from
:mod:`oiaassist.law.holidays`; this module decides which of them the statute
names, and adds what python-holidays does not know: the closed periods and the
Matariki/QEII effective dates.

Sources: law.md §1 rows 1, 9, 11-13; §2; §3; §5.1; §6.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from enum import StrEnum
from types import MappingProxyType

from oiaassist.law.acts import Act
from oiaassist.law.citations import Citation, Statute
from oiaassist.law.holidays import Holiday

COVERAGE_END = date(2053, 5, 31)
"""Last day oiaassist can classify. Schedule 1 of the Matariki Act ends in 2052, but
every Matariki day it lists falls between 20 June and 21 July, and every other
named day up to June 2053 follows from a rule; so a request received in late 2052
is counted into 2053 rather than refused (issue 12). After 31 May 2053 a Matariki
date would be needed that no Order in Council has set (s 6; law.md §3)."""

MATARIKI_SCHEDULE = Citation(Statute.MATARIKI, "sch 1")
MONDAYISATION_FROM = date(2014, 1, 1)  # Holidays Amendment Act 2013, in force 1 Jan 2014
MATARIKI_FROM = date(2022, 4, 12)  # Matariki Act 2022 s2: day after assent (11 Apr 2022)
QEII_DAY = date(2022, 9, 26)
LGOIMA_2019_CHANGE = date(2019, 3, 21)  # Local Government Regulatory Systems Amendment Act 2019


class ReasonCode(StrEnum):
    """Why a day is not a working day, in categories a user recognises."""

    WEEKEND = "weekend"
    NAMED_DAY = "named_day"
    MONDAYISED = "mondayised"
    MEMORIAL_DAY = "memorial_day"
    ANNIVERSARY_DAY = "anniversary_day"
    CLOSED_PERIOD = "closed_period"


@dataclass(frozen=True, slots=True)
class Reason:
    """One reason a day is not a working day.

    Attributes:
        code: the category.
        label: what to call it, e.g. "Labour Day" or "Anzac Day (Mondayised)".
        citation: the paragraph of the definition that excludes it.
    """

    code: ReasonCode
    label: str
    citation: Citation


@dataclass(frozen=True, slots=True)
class NamedDayRule:
    """A named holiday the definition excludes, from a date.

    Attributes:
        holiday: which holiday.
        observed: True for the Mondayised Monday (para (ab)), False for the day itself.
        citation: the paragraph that names it.
        in_force_from: first day the rule applies.
    """

    holiday: Holiday
    observed: bool
    citation: Citation
    in_force_from: date

    @property
    def code(self) -> ReasonCode:
        """Reason category for a day this rule excludes."""
        if self.observed:
            return ReasonCode.MONDAYISED
        if self.holiday is Holiday.QEII_MEMORIAL_DAY:
            return ReasonCode.MEMORIAL_DAY
        return ReasonCode.NAMED_DAY


@dataclass(frozen=True, slots=True)
class ClosedPeriodRule:
    """A Christmas–New Year run of days that are never working days.

    Attributes:
        first: (month, day) the period starts, e.g. (12, 25).
        last: (month, day) it ends in the following year, e.g. (1, 15).
        citation: the paragraph that sets it.
        in_force_from: first day this version applies.
        in_force_until: last day this version applies, or None while current.
    """

    first: tuple[int, int]
    last: tuple[int, int]
    citation: Citation
    in_force_from: date
    in_force_until: date | None = None

    def applies_on(self, day: date) -> bool:
        """Whether this version of the period is the law on ``day``."""
        return self.in_force_from <= day and (
            self.in_force_until is None or day <= self.in_force_until
        )

    def contains(self, day: date) -> bool:
        """Whether ``day`` falls inside the period (ignoring effective dates)."""
        md = (day.month, day.day)
        return md >= self.first or md <= self.last

    @property
    def label(self) -> str:
        """E.g. "Christmas–New Year period (25 December–15 January)"."""
        months = {1: "January", 12: "December"}
        return (
            f"Christmas–New Year period ({self.first[1]} {months[self.first[0]]}–"
            f"{self.last[1]} {months[self.last[0]]})"
        )


@dataclass(frozen=True, slots=True)
class AnniversaryRule:
    """Para (b) of the LGOIMA definition: the area's provincial anniversary day."""

    citation: Citation
    in_force_from: date


@dataclass(frozen=True, slots=True)
class WorkingDayDefinition:
    """One Act's definition of a working day.

    Attributes:
        act: the Act.
        weekend: the paragraph excluding Saturday and Sunday.
        named_days: the holidays it names, with effective dates.
        closed_periods: its Christmas–New Year periods, oldest first.
        anniversary: the anniversary-day rule, if the Act has one.
        note: any doubt about the text, stated.
    """

    act: Act
    weekend: Citation
    named_days: tuple[NamedDayRule, ...]
    closed_periods: tuple[ClosedPeriodRule, ...]
    anniversary: AnniversaryRule | None
    note: str = ""


def _named_days(
    statute: Statute, since: date, para_a: str, para_ab: str
) -> tuple[NamedDayRule, ...]:
    """Para (a) and (ab) are worded alike in all three Acts."""
    a = Citation(statute, para_a)
    ab = Citation(statute, para_ab)
    qeii = Citation(Statute.QEII_MEMORIAL)
    return (
        NamedDayRule(Holiday.WAITANGI_DAY, False, a, since),
        NamedDayRule(Holiday.GOOD_FRIDAY, False, a, since),
        NamedDayRule(Holiday.EASTER_MONDAY, False, a, since),
        NamedDayRule(Holiday.ANZAC_DAY, False, a, since),
        NamedDayRule(Holiday.SOVEREIGNS_BIRTHDAY, False, a, since),
        NamedDayRule(Holiday.MATARIKI, False, a, max(since, MATARIKI_FROM)),
        NamedDayRule(Holiday.LABOUR_DAY, False, a, since),
        NamedDayRule(Holiday.WAITANGI_DAY, True, ab, max(since, MONDAYISATION_FROM)),
        NamedDayRule(Holiday.ANZAC_DAY, True, ab, max(since, MONDAYISATION_FROM)),
        NamedDayRule(Holiday.QEII_MEMORIAL_DAY, False, qeii, QEII_DAY),
    )


_WD = '"working day"'

DEFINITIONS: Mapping[Act, WorkingDayDefinition] = MappingProxyType(
    {
        Act.OIA: WorkingDayDefinition(
            act=Act.OIA,
            weekend=Citation(Statute.OIA, f"s 2(1) {_WD} (a)"),
            named_days=_named_days(
                Statute.OIA, date(1983, 7, 1), f"s 2(1) {_WD} (a)", f"s 2(1) {_WD} (ab)"
            ),
            closed_periods=(
                ClosedPeriodRule(
                    (12, 25), (1, 15), Citation(Statute.OIA, f"s 2(1) {_WD} (b)"), date(1983, 7, 1)
                ),
            ),
            anniversary=None,
        ),
        Act.LGOIMA: WorkingDayDefinition(
            act=Act.LGOIMA,
            weekend=Citation(Statute.LGOIMA, f"s 2(1) {_WD} (a)"),
            named_days=_named_days(
                Statute.LGOIMA, date(1988, 3, 1), f"s 2(1) {_WD} (a)", f"s 2(1) {_WD} (ab)"
            ),
            closed_periods=(
                ClosedPeriodRule(
                    (12, 25),
                    (1, 15),
                    Citation(Statute.LGOIMA, f"s 2(1) {_WD} (as before 21 March 2019)"),
                    date(1988, 3, 1),
                    in_force_until=date(2019, 3, 20),
                ),
                ClosedPeriodRule(
                    (12, 20),
                    (1, 10),
                    Citation(Statute.LGOIMA, f"s 2(1) {_WD} (c)"),
                    LGOIMA_2019_CHANGE,
                ),
            ),
            anniversary=AnniversaryRule(
                Citation(Statute.LGOIMA, f"s 2(1) {_WD} (b)"), LGOIMA_2019_CHANGE
            ),
        ),
        Act.PRIVACY: WorkingDayDefinition(
            act=Act.PRIVACY,
            weekend=Citation(Statute.PRIVACY, f"s 7(1) {_WD}"),
            named_days=_named_days(
                Statute.PRIVACY, date(2020, 12, 1), f"s 7(1) {_WD}", f"s 7(1) {_WD}"
            ),
            closed_periods=(
                ClosedPeriodRule(
                    (12, 25), (1, 15), Citation(Statute.PRIVACY, f"s 7(1) {_WD}"), date(2020, 12, 1)
                ),
            ),
            anniversary=None,
            note=(
                "The Privacy Act 2020 s 7 text was not seen; it is taken to mirror the OIA "
                "(public holidays named above, 25 December–15 January), as the Privacy "
                "Commissioner's guidance says (law.md §6)."
            ),
        ),
    }
)


def definition_for(act: Act) -> WorkingDayDefinition:
    """The working-day definition of ``act``."""
    return DEFINITIONS[act]
