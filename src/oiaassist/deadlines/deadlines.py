"""Statutory deadlines, explained.

Each function returns a frozen :class:`Deadline` that carries not only the due
date but the rule it came from and the trail of days it skipped, so the app
and CLI can show a user *why* the date is what it is.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date
from functools import cached_property
from typing import TYPE_CHECKING

from oiaassist.deadlines.calendar import (
    NonWorkingDay,
    WorkingDayCalendar,
    calendar_for,
    check_date,
)
from oiaassist.errors import InputError, NotInForceError, OutOfCoverageError
from oiaassist.law.acts import OIA_LIMITS_IN_FORCE, OIA_TRANSITIONAL, Act, Limit, TimeLimit
from oiaassist.law.citations import Citation
from oiaassist.law.holidays import anniversary_days
from oiaassist.law.regions import REGIONS
from oiaassist.law.working_days import definition_for

if TYPE_CHECKING:
    from oiaassist.agencies.model import Agency


@dataclass(frozen=True, slots=True)
class UncountedAnniversary:
    """An anniversary day that some regions observe, counted as a working day.

    Attributes:
        day: the date.
        names: e.g. ("Chatham Islands Anniversary Day", "West Coast Anniversary Day").
        regions: the region codes that observe it.
    """

    day: date
    names: tuple[str, ...]
    regions: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class Alternative:
    """Another date the same deadline may fall on, and the unconfirmed fact it rests on.

    A deadline that rests on a fact oiaassist cannot confirm (a council's
    anniversary day, a region not given, a transfer to a body the directory does
    not know, a clarification the agency may or may not treat as new) carries
    each other possible date: every face shows both, and nothing calls a request
    overdue on the earlier while the later has not passed.

    Attributes:
        due: the other possible last day.
        condition: when it applies, completing "due … or <due> if …".
        calendar: the calendar it was counted on (for extensions).
    """

    due: date
    condition: str
    calendar: WorkingDayCalendar | None = field(default=None, repr=False, compare=False)


@dataclass(frozen=True)
class Deadline:
    """A statutory due date and how it was reached.

    Attributes:
        due: the last day (inclusive) by which the thing must be done.
        start: day 0 of the count: the day of receipt, or for an extension the
            deadline it extends.
        working_days: working days counted after ``start``.
        act: the Act whose calendar was used.
        region: the region whose anniversary day counted (LGOIMA only), else None.
        citation: the provision that sets this limit.
        limit: which kind of limit this is.
        calendar: the calendar it was computed on (for the trail).
        extends: for an extension, the deadline it extends.
        agency_id: the directory agency whose Act and region were used, if any
            (its anniversary day may be unconfirmed: see ``alternatives``).
        given_alternatives: alternatives fixed by the caller instead of computed.
    """

    due: date
    start: date
    working_days: int
    act: Act
    region: str | None
    citation: Citation
    limit: Limit
    calendar: WorkingDayCalendar = field(repr=False, compare=False)
    extends: Deadline | None = None
    agency_id: str | None = None
    given_alternatives: tuple[Alternative, ...] | None = field(default=None, compare=False)

    def __init__(  # noqa: PLR0917 - the dataclass signature, field for field
        self,
        due: date,
        start: date,
        working_days: int,
        act: Act,
        region: str | None,
        citation: Citation,
        limit: Limit,
        calendar: WorkingDayCalendar,
        extends: Deadline | None = None,
        agency_id: str | None = None,
        given_alternatives: tuple[Alternative, ...] | None = None,
    ) -> None:
        # Written out (the dataclass keeps it) because the generated frozen
        # __init__ stores each field through object.__setattr__: ~1 µs for these
        # nine, a third of response_deadline. Same signature and effect; keep it
        # in step with the fields above (tests/test_deadline_init.py checks).
        attrs = self.__dict__
        attrs["due"] = due
        attrs["start"] = start
        attrs["working_days"] = working_days
        attrs["act"] = act
        attrs["region"] = region
        attrs["citation"] = citation
        attrs["limit"] = limit
        attrs["calendar"] = calendar
        attrs["extends"] = extends
        attrs["agency_id"] = agency_id
        attrs["given_alternatives"] = given_alternatives

    @cached_property
    def skipped(self) -> tuple[NonWorkingDay, ...]:
        """The non-working days in ``(start, due]``, each with its reasons."""
        return self.calendar.non_working_days(self.start, self.due)

    @property
    def received(self) -> date:
        """The day of receipt the whole chain counts from."""
        return self.extends.received if self.extends is not None else self.start

    @property
    def total_working_days(self) -> int:
        """Working days from receipt to ``due`` across any extension."""
        before = self.extends.total_working_days if self.extends is not None else 0
        return before + self.working_days

    @cached_property
    def alternatives(self) -> tuple[Alternative, ...]:
        """Other dates this deadline may fall on, each with the fact that would make it so.

        Empty when every fact is settled. Computed on first use (a bulk report
        of OIA requests never pays for it).
        """
        if self.given_alternatives is not None:
            return self.given_alternatives
        if self.extends is not None:  # an extension by N working days, on each possibility
            return _distinct(
                self.due,
                (
                    (_count(a.calendar, a.due, self.working_days), a.condition, a.calendar)
                    for a in self.extends.alternatives
                    if a.calendar is not None
                ),
            )
        if self.agency_id is not None:
            return self._doubtful_anniversary()
        if self.act is Act.LGOIMA and self.region is None:
            return self._region_unknown()
        return ()

    def _region_unknown(self) -> tuple[Alternative, ...]:
        """LGOIMA with no region: the date for each anniversary day in the window."""
        by_day: dict[date, tuple[list[str], WorkingDayCalendar]] = {}
        for u in self.anniversaries_not_counted:
            calendar = calendar_for(Act.LGOIMA, u.regions[0])
            day = _count(calendar, self.start, self.working_days)
            if day is None or day == self.due:
                continue
            when = u.day.strftime("%a %d %b %Y").replace(" 0", " ")
            by_day.setdefault(day, ([], calendar))[0].append(f"{' / '.join(u.names)} ({when})")
        return tuple(
            Alternative(
                day,
                f"the local authority observes {' or '.join(names)} (no region was given)",
                calendar,
            )
            for day, (names, calendar) in sorted(by_day.items())
        )

    def _doubtful_anniversary(self) -> tuple[Alternative, ...]:
        from oiaassist.agencies.directory import get  # noqa: PLC0415 - agencies import this module
        from oiaassist.agencies.doubts import ANNIVERSARY_DOUBTS  # noqa: PLC0415

        doubt = ANNIVERSARY_DOUBTS.get(self.agency_id or "")
        agency = get(self.agency_id or "")
        if doubt is None or agency is None or self.region != agency.calendar_region:
            return ()
        calendar = calendar_for(Act.LGOIMA, doubt.alternative)
        return _distinct(
            self.due,
            [
                (
                    _count(calendar, self.start, self.working_days),
                    f"{agency.name} {doubt.condition} (unconfirmed)",
                    calendar,
                )
            ],
        )

    @property
    def latest(self) -> date:
        """The latest date the deadline may fall on (``due`` when nothing is in doubt)."""
        return max([self.due, *(a.due for a in self.alternatives)])

    def for_agency(self, agency_id: str | None) -> Deadline:
        """This deadline, recorded as counted for the directory agency ``agency_id``."""
        if agency_id == self.agency_id:
            return self
        return Deadline(
            self.due, self.start, self.working_days, self.act, self.region, self.citation,
            self.limit, self.calendar, self.extends, agency_id, self.given_alternatives,
        )  # fmt: skip

    @cached_property
    def anniversaries_not_counted(self) -> tuple[UncountedAnniversary, ...]:
        """Anniversary days inside the window that were *not* counted.

        Only for an LGOIMA deadline computed without a region: if the local
        authority observes one of these days, its deadline is a working day
        later (the Ombudsman's own calculator gives the same advice).
        """
        rule = definition_for(self.act).anniversary
        if rule is None or self.region is not None:
            return ()
        first = max(self.start.year, rule.in_force_from.year)
        if self.due.year < first:
            return ()
        names: dict[date, list[str]] = {}
        regions: dict[date, list[str]] = {}
        for code, region in REGIONS.items():
            for anniversary in anniversary_days(region.observes, first, self.due.year).values():
                day = anniversary.day
                in_window = self.start < day <= self.due and day >= rule.in_force_from
                if in_window and self.calendar.is_working_day(day):
                    if anniversary.name not in names.setdefault(day, []):
                        names[day].append(anniversary.name)
                    regions.setdefault(day, []).append(code)
        return tuple(
            UncountedAnniversary(day, tuple(names[day]), tuple(regions[day]))
            for day in sorted(names)
        )


def _count(calendar: WorkingDayCalendar | None, start: date, n: int) -> date | None:
    """``n`` working days after ``start`` on ``calendar``, or None past coverage."""
    if calendar is None:
        return None
    try:
        return calendar.add_working_days(start, n)
    except OutOfCoverageError:
        return None


def _distinct(
    due: date,
    found: Iterable[tuple[date | None, str, WorkingDayCalendar | None]],
) -> tuple[Alternative, ...]:
    """Alternatives other than ``due``, one per date (conditions joined), in date order."""
    by_day: dict[date, Alternative] = {}
    for day, condition, calendar in found:
        if day is None or day == due:
            continue
        before = by_day.get(day)
        text = condition if before is None else f"{before.condition}; or if {condition}"
        by_day[day] = Alternative(day, text, calendar)
    return tuple(by_day[d] for d in sorted(by_day))


def _deadline(  # noqa: PLR0917 - private; the public functions are keyword-only
    received: date,
    act: Act | str | None,
    region: str | None,
    agency: Agency | str | None,
    limit: Limit,
    field_name: str,
) -> Deadline:
    check_date(received, field_name)
    agency_id = None
    if agency is not None:  # the directory knows its Act and region (LGOIMA s 2(1)(b))
        from oiaassist.agencies.directory import act_and_region, find  # noqa: PLC0415

        act, region = act_and_region(agency, act, region)
        agency_id = find(agency).id
    elif act is None:
        # Only LGOIMA counts anniversary days (s 2(1)(b)): a region given without
        # an Act means LGOIMA, never a region silently ignored (issue 12).
        act = Act.OIA if region is None else Act.LGOIMA
    calendar = calendar_for(act, region)
    calendar.require_covered(received, field_name)
    rule = calendar.act.rules.limit(limit)
    if received < rule.in_force_from:
        raise NotInForceError(_not_in_force(received, rule, calendar, field_name))
    due = calendar.add_working_days(received, rule.working_days)
    return Deadline(
        due=due,
        start=received,
        working_days=rule.working_days,
        act=calendar.act,
        region=calendar.region,
        citation=rule.citation,
        limit=limit,
        calendar=calendar,
        agency_id=agency_id,
    )


def _not_in_force(
    received: date, rule: TimeLimit, calendar: WorkingDayCalendar, field_name: str
) -> str:
    """Why no deadline runs from ``received``; for the OIA before 1987, what ran instead."""
    text = (
        f"{field_name}: {received.isoformat()} is before {rule.citation} came into force "
        f"({rule.in_force_from.isoformat()})"
    )
    if calendar.act is Act.OIA and rule.in_force_from == OIA_LIMITS_IN_FORCE:
        pending_due = calendar.add_working_days(OIA_LIMITS_IN_FORCE, rule.working_days)
        text += (
            ": the Official Information Act 1982 as enacted set no time limit (law.md §12.1), "
            "so none runs from receipt. A request still pending on 1 April 1987 had "
            f"{rule.working_days} working days after that day, to "
            f"{pending_due.strftime('%a %d %B %Y').replace(' 0', ' ')} ({OIA_TRANSITIONAL})"
        )
    return text


def pending_on_1987(received: date, limit: Limit = Limit.RESPONSE) -> Deadline:
    """The limit of an OIA request received before 1 April 1987 and pending on that day.

    The Official Information Amendment Act 1987 ss 7(2), 8(2): transfer within
    10 and decide within 20 working days *after 1 April 1987* (law.md §12.1).
    """
    check_date(received, "received")
    calendar = calendar_for(Act.OIA)
    calendar.require_covered(received, "received")
    rule = Act.OIA.rules.limit(limit)
    if received >= OIA_LIMITS_IN_FORCE:
        raise InputError("received", received.isoformat(), "is not before 1 April 1987")
    return Deadline(
        due=calendar.add_working_days(OIA_LIMITS_IN_FORCE, rule.working_days),
        start=OIA_LIMITS_IN_FORCE,
        working_days=rule.working_days,
        act=Act.OIA,
        region=None,
        citation=OIA_TRANSITIONAL,
        limit=limit,
        calendar=calendar,
    )


def response_deadline(
    received: date,
    *,
    act: Act | str | None = None,
    region: str | None = None,
    agency: Agency | str | None = None,
) -> Deadline:
    """Latest day to decide and notify the decision: 20 working days after receipt.

    OIA s 15(1), LGOIMA s 13(1), Privacy Act 2020 s 44.

    ``act`` defaults to the OIA. Instead of ``act`` and ``region``, name the
    ``agency`` (an :class:`~oiaassist.agencies.Agency`, id or exact name): the
    directory supplies both, and an ``act`` or ``region`` also given must agree.

    Example:
        >>> response_deadline(date(2024, 9, 13)).due
        datetime.date(2024, 10, 11)
        >>> response_deadline(date(2022, 11, 21), agency="westland-district-council").due
        datetime.date(2023, 1, 11)
    """
    return _deadline(received, act, region, agency, Limit.RESPONSE, "received")


def transfer_deadline(
    received: date,
    *,
    act: Act | str | None = None,
    region: str | None = None,
    agency: Agency | str | None = None,
) -> Deadline:
    """Latest day to transfer a request: 10 working days after receipt (OIA s 14)."""
    return _deadline(received, act, region, agency, Limit.TRANSFER, "received")


def clarification_deadline(
    received: date,
    *,
    act: Act | str | None = None,
    region: str | None = None,
    agency: Agency | str | None = None,
) -> Deadline:
    """Last day an agency can seek clarification and still restart the clock.

    If the agency asks by this day (the 7th working day), it may treat the
    clarified request as a new one (OIA s 15(1AA)-(1AB)). oiaassist treats a
    request made *on* the 7th working day as in time (law.md §4.3).
    """
    return _deadline(received, act, region, agency, Limit.CLARIFICATION, "received")


def extend_deadline(
    deadline: Deadline, *, working_days: int | None = None, to: date | None = None
) -> Deadline:
    """The deadline after an extension (OIA s 15A, LGOIMA s 14, Privacy Act s 48).

    Give the extension either as a number of working days added to
    ``deadline.due`` or as the date the agency stated (``to``). Whether the
    extension was *validly* notified is for :mod:`oiaassist.tracking` to judge.

    Example:
        >>> extend_deadline(response_deadline(date(2024, 9, 13)), working_days=45).due
        datetime.date(2024, 12, 16)
    """
    if not isinstance(deadline, Deadline):
        raise TypeError(f"deadline: expected a Deadline, got {type(deadline).__name__}")
    if (working_days is None) == (to is None):
        raise InputError("extension", (working_days, to), "give exactly one of working_days or to")
    calendar = deadline.calendar
    fixed: tuple[Alternative, ...] | None = None
    if to is not None:
        fixed = ()  # the agency stated the date: nothing left in doubt
        check_date(to, "to")
        if to <= deadline.due:
            raise InputError(
                "to",
                to.isoformat(),
                f"must be after the deadline it extends ({deadline.due.isoformat()})",
            )
        count = calendar.working_days_between(deadline.due, to)
        due = to
    else:
        if type(working_days) is not int or working_days < 1:
            raise InputError("working_days", working_days, "must be a whole number of at least 1")
        count = working_days
        due = calendar.add_working_days(deadline.due, working_days)
    return Deadline(
        due=due,
        start=deadline.due,
        working_days=count,
        act=deadline.act,
        region=deadline.region,
        citation=deadline.act.rules.extension,
        limit=deadline.limit,
        extends=deadline,
        calendar=calendar,
        agency_id=deadline.agency_id,
        given_alternatives=fixed,
    )
