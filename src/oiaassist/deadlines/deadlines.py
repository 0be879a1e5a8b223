"""Statutory deadlines, explained.

Each function returns a frozen :class:`Deadline` that carries not only the due
date but the rule it came from and the trail of days it skipped, so the app
and CLI can show a user *why* the date is what it is.
"""

from __future__ import annotations

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
from oiaassist.errors import InputError, NotInForceError
from oiaassist.law.acts import Act, Limit
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


def _deadline(  # noqa: PLR0917 - private; the public functions are keyword-only
    received: date,
    act: Act | str | None,
    region: str | None,
    agency: Agency | str | None,
    limit: Limit,
    field_name: str,
) -> Deadline:
    check_date(received, field_name)
    if agency is not None:  # the directory knows its Act and region (LGOIMA s 2(1)(b))
        from oiaassist.agencies.directory import act_and_region  # noqa: PLC0415 - on first use

        act, region = act_and_region(agency, act, region)
    elif act is None:
        act = Act.OIA
    calendar = calendar_for(act, region)
    calendar.require_covered(received, field_name)
    rule = calendar.act.rules.limit(limit)
    if received < rule.in_force_from:
        raise NotInForceError(
            f"{field_name}: {received.isoformat()} is before {rule.citation} came into force "
            f"({rule.in_force_from.isoformat()})"
        )
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
    if to is not None:
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
    )
