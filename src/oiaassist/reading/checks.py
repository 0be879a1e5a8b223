"""Check each date a letter states against the deadline engine.

Given a :class:`~oiaassist.reading.reader.LetterReading`,
:func:`check_reading` recomputes every statutory date from the day of
receipt and says, date by date, whether the letter has it right:

* a stated due date against 20 working days after receipt (OIA s 15(1);
  the NZ Post case in law.md §9 S2 stated 14 Feb 2019 for 13 Feb 2019);
* a request for clarification against the 7-working-day window (s 15(1AB));
* an extension notice against the original deadline (s 15A(3): later is invalid);
* an "extended to" date against the original deadline plus the stated working days;
* a transfer against 10 working days (s 14);
* a decision letter's date against the (validly extended) deadline.

Each :class:`DateCheck` carries a plain-English message and the citation of
the rule, as the engine gives it.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from oiaassist.agencies import Agency
from oiaassist.deadlines import (
    Deadline,
    calendar_for,
    clarification_deadline,
    extend_deadline,
    response_deadline,
    transfer_deadline,
)
from oiaassist.errors import OiaAssistError
from oiaassist.i18n import _, medium_date, ngettext
from oiaassist.law.acts import Act, Limit
from oiaassist.reading.reader import LetterReading
from oiaassist.tracking.events import Request


class CheckKind(StrEnum):
    """What a :class:`DateCheck` checked."""

    RECEIVED = "received"
    STATED_DUE = "stated_due"
    CLARIFICATION = "clarification"
    EXTENSION_NOTICE = "extension_notice"
    EXTENDED_TO = "extended_to"
    TRANSFER = "transfer"
    DECISION = "decision"
    REQUEST_RECEIVED = "request_received"
    REQUEST_ACT = "request_act"
    REQUEST_REFERENCE = "request_reference"


@dataclass(frozen=True, slots=True)
class DateCheck:
    """One date in a letter, checked.

    Attributes:
        kind: what was checked.
        stated: the date the letter states (or implies, e.g. its own date).
        statutory: the date the law gives for it.
        ok: True if the letter has it right (or acted in time), False if not,
            None where there was nothing to check it against (information only).
        message: what it means, in plain English.
        citation: the provision the statutory date comes from.
        difference: working days from the statutory date to the stated one
            (positive: the stated date is later), where that means something.
    """

    kind: CheckKind
    stated: date | None
    statutory: date | None
    ok: bool | None
    message: str
    citation: str = ""
    difference: int | None = None


def _days(n: int) -> str:
    n = abs(n)
    return ngettext("{n} working day", "{n} working days", n).format(n=n)


def _d(day: date) -> str:
    return medium_date(day)


def _anniversary_note(deadline: Deadline) -> str:
    """For an LGOIMA date counted without a region: an anniversary day may move it."""
    chain: Deadline | None = deadline
    while chain is not None:
        if chain.anniversaries_not_counted:
            return " " + _(
                "An anniversary day falls in this period and was counted as a working day; if the "
                "council observes it, give its region."
            )
        chain = chain.extends
    return ""


def check_reading(
    reading: LetterReading,
    *,
    act: Act | str | None = None,
    region: str | None = None,
    request: Request | None = None,
    agency: Agency | None = None,
) -> list[DateCheck]:
    """Check every date the letter states; see the module docstring.

    Args:
        reading: what :func:`~oiaassist.reading.reader.read_letter` found.
        act: the Act to count under; by default the Act the letter names, else
            the request's, else the OIA.
        region: the local authority's region (LGOIMA anniversary day); by
            default the request's.
        request: the tracked request the letter belongs to: its received date,
            Act and region fill in what the letter does not state, and where the
            letter disagrees with it the result says so.
        agency: the agency that wrote the letter (from the directory, see
            :func:`~oiaassist.reading.agency.agency_named`): its Act
            comes after the letter's, and a council's region after the request's.
    """
    if act is not None:
        chosen = Act.parse(act)
    elif reading.act is not None:
        chosen = reading.act.value
    elif agency is not None:
        chosen = agency.act
    else:
        chosen = request.act if request is not None else Act.OIA
    if region is None and request is not None:
        region = request.region
    if region is None and agency is not None and chosen is agency.act:
        region = agency.calendar_region
    checks: list[DateCheck] = []
    if request is not None:
        checks += _against_request(reading, request)
    if reading.received is not None:
        received: date | None = reading.received.value
    else:
        received = request.received if request is not None else None
    if received is None:
        checks.append(
            DateCheck(
                CheckKind.RECEIVED,
                None,
                None,
                None,
                _(
                    "The letter does not say when the request was received, so its dates cannot "
                    "be checked; give the request file to check them."
                ),
            )
        )
        return checks
    return checks + _Checker(reading, chosen, region, received).run()


def _against_request(reading: LetterReading, request: Request) -> list[DateCheck]:
    out: list[DateCheck] = []
    if reading.received is not None:
        stated, recorded = reading.received.value, request.received
        if recorded is None:
            return out  # a draft: nothing recorded to compare with
        same = stated == recorded
        message = (
            _("The letter's date of receipt, {stated}, matches your request file.")
            if same
            else _(
                "The letter says the request was received on {stated}; your request file says "
                "{recorded}. The checks below use the letter's date."
            )
        )
        out.append(
            DateCheck(
                CheckKind.REQUEST_RECEIVED,
                stated,
                recorded,
                same,
                message.format(stated=_d(stated), recorded=_d(recorded)),
            )
        )
    if reading.act is not None and reading.act.value is not request.act:
        message = _("The letter is under the {letter}; your request file says the {recorded}.")
        out.append(
            DateCheck(
                CheckKind.REQUEST_ACT,
                None,
                None,
                False,
                message.format(
                    letter=reading.act.value.statute.title, recorded=request.act.statute.title
                ),
            )
        )
    ref = reading.reference.value if reading.reference else ""
    if ref and request.reference and _fold(ref) != _fold(request.reference):
        message = _("The letter's reference is {letter}; your request file has {recorded}.")
        out.append(
            DateCheck(
                CheckKind.REQUEST_REFERENCE,
                None,
                None,
                False,
                message.format(letter=ref, recorded=request.reference),
            )
        )
    return out


def _fold(reference: str) -> str:
    return re.sub(r"[\s_-]", "", reference).lower()


class _Checker:
    """The checks for one letter, counted on one Act's calendar."""

    def __init__(self, reading: LetterReading, act: Act, region: str | None, received: date):
        self.reading = reading
        self.act = act
        self.region = region
        self.received = received
        self.checks: list[DateCheck] = []
        self.extension_invalid = False

    def run(self) -> list[DateCheck]:
        try:
            original = response_deadline(self.received, act=self.act, region=self.region)
        except OiaAssistError as exc:
            return [self._cannot(CheckKind.RECEIVED, self.received, exc)]
        restart = self._safely(CheckKind.CLARIFICATION, self._restart)
        base = restart or original
        self._safely(CheckKind.STATED_DUE, lambda: self._stated_due(original, restart))
        self._safely(CheckKind.CLARIFICATION, self._clarification)
        effective = self._safely(CheckKind.EXTENSION_NOTICE, lambda: self._extension(base)) or base
        self._safely(CheckKind.TRANSFER, self._transfer)
        self._safely(CheckKind.DECISION, lambda: self._decision(base, effective))
        return self.checks

    def _safely(self, kind: CheckKind, check: Callable[[], Deadline | None]) -> Deadline | None:
        """Run one check; a date outside what the engine covers is reported, not raised."""
        try:
            return check()
        except OiaAssistError as exc:
            self.checks.append(self._cannot(kind, None, exc))
            return None

    @staticmethod
    def _cannot(kind: CheckKind, day: date | None, exc: OiaAssistError) -> DateCheck:
        return DateCheck(
            kind, day, None, None, _("Could not check this: {problem}").format(problem=exc)
        )

    def _add(
        self,
        kind: CheckKind,
        stated: date | None,
        deadline: Deadline | None,
        ok: bool | None,
        message: str,
        *,
        citation: str = "",
    ) -> None:
        statutory = deadline.due if deadline is not None else None
        difference = None
        if stated is not None and statutory is not None and kind is not CheckKind.CLARIFICATION:
            difference = calendar_for(self.act, self.region).working_days_between(statutory, stated)
        cite = citation or (str(deadline.citation) if deadline is not None else "")
        self.checks.append(DateCheck(kind, stated, statutory, ok, message, cite, difference))

    def _restart(self) -> Deadline | None:
        """The deadline counted from a clarified request, where the agency may restart it."""
        r = self.reading
        if r.clarified is None or r.refinement_declined is not None:
            return None
        if r.treated_as_new is not None and not r.treated_as_new.value:
            return None
        if r.clarification is not None and self.act.rules.limits.get(Limit.CLARIFICATION):
            window = clarification_deadline(self.received, act=self.act, region=self.region)
            if r.clarification.sought.value > window.due:
                return None
        if r.clarified.value < self.received:
            return None
        return response_deadline(r.clarified.value, act=self.act, region=self.region)

    def _stated_due(self, original: Deadline, restart: Deadline | None) -> None:
        if self.reading.stated_due is None:
            return None
        stated = self.reading.stated_due.value
        args = {"stated": _d(stated), "received": _d(self.received), "due": _d(original.due)}
        if stated == original.due:
            message = _(
                "The stated due date, {stated}, is right: 20 working days after the request "
                "was received on {received}."
            )
            self._add(CheckKind.STATED_DUE, stated, original, True, message.format(**args))
        elif restart is not None and stated == restart.due:
            message = _(
                "The stated due date, {stated}, is right if the clarified request of "
                "{clarified} is treated as a new request."
            )
            clarified = _d(restart.start)
            self._add(
                CheckKind.STATED_DUE,
                stated,
                restart,
                True,
                message.format(**args, clarified=clarified),
            )
        else:
            n = calendar_for(self.act, self.region).working_days_between(original.due, stated)
            if stated > original.due:
                message = _(
                    "The letter says {stated}, but the statutory deadline is {due}: 20 "
                    "working days after the request was received on {received}. The stated "
                    "date is {n} too late."
                )
            else:
                message = _(
                    "The letter says {stated}, {n} earlier than the statutory deadline of "
                    "{due} (20 working days after receipt on {received}). The agency has "
                    "promised more than the law requires."
                )
            message = message.format(**args, n=_days(n)) + _anniversary_note(original)
            self._add(CheckKind.STATED_DUE, stated, original, False, message)
        return None

    def _clarification(self) -> None:
        r = self.reading
        if r.clarification is None or not self.act.rules.limits.get(Limit.CLARIFICATION):
            return None
        window = clarification_deadline(self.received, act=self.act, region=self.region)
        sought = r.clarification.sought.value
        what = _("a refinement") if r.clarification.refinement else _("clarification")
        args = {"what": what, "sought": _d(sought), "limit": _d(window.due)}
        ok = sought <= window.due
        if ok:
            message = _(
                "The agency sought {what} on {sought}, within 7 working days of receipt "
                "(by {limit}), so it may treat an amended request as a new one."
            )
        else:
            message = _(
                "The agency sought {what} on {sought}, after the 7th working day "
                "({limit}), so an amended request cannot restart the clock."
            )
        message = message.format(**args)
        if r.refinement_declined is not None:
            message += " " + _(
                "You declined it on {day}, so the original request and its deadline stand."
            ).format(day=_d(r.refinement_declined.value))
        self._add(CheckKind.CLARIFICATION, sought, window, ok, message)
        return None

    def _extension(self, base: Deadline) -> Deadline | None:
        """Check the notice and the new date; return the deadline a decision must meet."""
        ext = self.reading.extension
        if ext is None:
            return None
        cite = str(self.act.rules.extension_notice)
        valid = True
        if ext.notice_date is None:
            message = _(
                "The letter does not say when the extension was notified; it counts only if "
                "notice was given by {due}."
            ).format(due=_d(base.due))
            self._add(CheckKind.EXTENSION_NOTICE, None, base, None, message, citation=cite)
        else:
            notice = ext.notice_date.value
            valid = notice <= base.due
            args = {"notice": _d(notice), "due": _d(base.due)}
            if valid:
                message = _(
                    "The extension was notified on {notice}, on or before the original "
                    "deadline of {due}, as the law requires."
                )
            else:
                n = calendar_for(self.act, self.region).working_days_between(base.due, notice)
                message = _(
                    "The extension was notified on {notice}, {n} after the original deadline "
                    "of {due}. Notice must be given within 20 working days of receipt, so the "
                    "extension is not valid and the original deadline stands."
                )
                args["n"] = _days(n)
            self._add(
                CheckKind.EXTENSION_NOTICE,
                notice,
                base,
                valid,
                message.format(**args),
                citation=cite,
            )
        extended = self._extended_to(base)
        self.extension_invalid = not valid
        return extended if valid and extended is not None else base

    def _extended_to(self, base: Deadline) -> Deadline | None:
        ext = self.reading.extension
        assert ext is not None
        days = ext.working_days.value if ext.working_days else None
        to = ext.extended_to.value if ext.extended_to else None
        args = {"due": _d(base.due)}
        if to is not None and to <= base.due:
            message = _(
                "The letter says the time was extended to {to}, which is not after the "
                "original deadline of {due}."
            ).format(to=_d(to), **args)
            self._add(CheckKind.EXTENDED_TO, to, base, False, message)
            return None
        if days is not None:
            computed = extend_deadline(base, working_days=days)
            args.update(n=_days(days), computed=_d(computed.due))
            if to is None:
                message = _(
                    "An extension of {n} from the original deadline of {due} runs to {computed}."
                )
                self._add(CheckKind.EXTENDED_TO, None, computed, None, message.format(**args))
            elif to == computed.due:
                message = _(
                    "The new date, {to}, is right: {n} after the original deadline of {due}."
                )
                self._add(
                    CheckKind.EXTENDED_TO, to, computed, True, message.format(to=_d(to), **args)
                )
            else:
                message = _(
                    "The letter gives {to} as the new date, but {n} after the original deadline "
                    "of {due} is {computed}."
                )
                message = message.format(to=_d(to), **args) + _anniversary_note(computed)
                self._add(CheckKind.EXTENDED_TO, to, computed, False, message)
            return computed
        if to is not None:
            computed = extend_deadline(base, to=to)
            message = _("The extension to {to} adds {n} to the original deadline of {due}.")
            message = message.format(to=_d(to), n=_days(computed.working_days), **args)
            self._add(CheckKind.EXTENDED_TO, to, computed, None, message)
            return computed
        return None

    def _transfer(self) -> None:
        moved = self.reading.transfer
        if moved is None or moved.on is None:
            return None
        limit = transfer_deadline(self.received, act=self.act, region=self.region)
        on = moved.on.value
        ok = on <= limit.due
        args = {"on": _d(on), "limit": _d(limit.due), "to": moved.to_agency.value}
        if ok:
            message = _(
                "The request was transferred to {to} on {on}, within 10 working days of "
                "receipt (by {limit})."
            )
        else:
            message = _(
                "The request was transferred to {to} on {on}, after the 10 working days the "
                "law allows (by {limit})."
            )
        if not moved.date_stated:
            message += " " + _(
                "(The letter gives no date for the transfer; this is the letter's date.)"
            )
        self._add(CheckKind.TRANSFER, on, limit, ok, message.format(**args))
        return None

    def _decision(self, base: Deadline, effective: Deadline) -> None:
        r = self.reading
        if r.outcome is None or r.letter_date is None:
            return None
        decided = r.letter_date.value
        due = effective.due
        args = {"decided": _d(decided), "due": _d(due)}
        ext = r.extension
        unknown_length = (
            ext is not None and effective is base and not (ext.working_days or ext.extended_to)
        )
        if decided == due:
            ok: bool | None = True
            message = _(
                "Decided on time, on the last day: the letter is dated {decided} and the "
                "deadline was {due}."
            )
        elif decided < due:
            ok = True
            message = _(
                "Decided on time: the letter is dated {decided}, {n} before the deadline of {due}."
            )
            args["n"] = _days(
                calendar_for(self.act, self.region).working_days_between(decided, due)
            )
        elif unknown_length:
            ok = None
            message = _(
                "The letter is dated {decided}, after the original deadline of {due}; it "
                "mentions an extension but not its length, so whether it was on time "
                "cannot be told."
            )
        else:
            ok = False
            n = calendar_for(self.act, self.region).working_days_between(due, decided)
            message = _(
                "Decided late: the letter is dated {decided}, {n} after the deadline of "
                "{due}. A decision not made in time counts as a refusal, which you can "
                "complain about."
            )
            args["n"] = _days(n)
        if effective is not base:
            message += " " + _("(The deadline includes the extension.)")
        elif self.extension_invalid:
            message += " " + _("(The extension was not validly notified, so it does not count.)")
        self._add(CheckKind.DECISION, decided, effective, ok, message.format(**args))
        return None
