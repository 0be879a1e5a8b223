"""Every statutory limit the product judges, crossed: the last lawful day, a non-working day
after it, and the next working day, under every Act — through ``assess``, the letter checks
and ``oiaassist check``.

The dates are counted by hand from the statutes (20 working days, s 15(1); 10 for a transfer,
s 14; 7 for clarification, s 15(1AB); an extension counts on from the original limit, s 15A)
in September–November 2024, whose only national holiday is Labour Day, Mon 28 Oct 2024; a
weekday model at the top of the file checks the counting, not the engine. Where the last
lawful day is a Friday the Saturday after it is "between": the limit has passed, though no
working day has started (the product treats it as after the limit; law.md gives no other rule).
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest

from oiaassist.cli import main
from oiaassist.law.acts import Act
from oiaassist.reading.checks import CheckKind, check_reading
from oiaassist.reading.facts import ClarificationFound, ExtensionFound, OutcomeHint, TransferFound
from oiaassist.reading.reader import LetterReading
from oiaassist.reading.text import Found
from oiaassist.tracking import FindingCode, Request, Severity, Status, assess
from oiaassist.tracking.report import build_report

F = FindingCode
S = Severity
LABOUR_DAY_2024 = date(2024, 10, 28)
RECEIVED = date(2024, 9, 13)  # Fri 13 Sep 2024, the seed request (MFAT OIA 29681)
RECEIVED_WED = date(2024, 9, 11)  # Wed: its 7th working day is a Friday
DECIDED = date(2024, 10, 4)  # Fri: its 5th working day after is a Friday
EXTENDED_BY = 19  # from Fri 11 Oct 2024: Fri 8 Nov 2024, over Labour Day

POSITIONS = ("last", "between", "next")


def weekdays_after(start: date, n: int) -> date:
    """The nth working day after ``start`` in Sep-Nov 2024 (weekends and Labour Day off)."""
    day = start
    while n:
        day += timedelta(days=1)
        if day.weekday() < 5 and day != LABOUR_DAY_2024:
            n -= 1
    return day


# limit -> (day 0 of its count, working days, last lawful day, non-working day after, next one)
DAYS = {
    "clarification": (RECEIVED_WED, 7, date(2024, 9, 20), date(2024, 9, 21), date(2024, 9, 23)),
    "transfer": (RECEIVED, 10, date(2024, 9, 27), date(2024, 9, 28), date(2024, 9, 30)),
    "response": (RECEIVED, 20, date(2024, 10, 11), date(2024, 10, 12), date(2024, 10, 14)),
    "extended": (
        date(2024, 10, 11),
        EXTENDED_BY,
        date(2024, 11, 8),
        date(2024, 11, 9),
        date(2024, 11, 11),
    ),
    "release": (DECIDED, 5, date(2024, 10, 11), date(2024, 10, 12), date(2024, 10, 14)),
}


@pytest.mark.parametrize("limit", sorted(DAYS))
def test_the_table_is_counted_right(limit: str) -> None:
    start, n, last, between, nxt = DAYS[limit]
    assert weekdays_after(start, n) == last
    assert weekdays_after(last, 1) == nxt
    assert last < between < nxt and between.weekday() >= 5


# Limits judged against another's days: the extension notice, a charge and the decision all
# against the response limit (s 15A(3), s 15(1)(a)).
BASIS = {
    "stated_due": "response",
    "extension_notice": "response",
    "charge": "response",
    "decision": "response",
    "release_awaited": "release",
}


def day_of(limit: str, position: str) -> date:
    _start, _n, last, between, nxt = DAYS[BASIS.get(limit, limit)]
    return {"last": last, "between": between, "next": nxt}[position]


@dataclass(frozen=True)
class Row:
    """One crossing: the request, the day assessed, and what each face must say."""

    events: list[dict[str, Any]]
    today: date
    found: tuple[tuple[FindingCode, Severity], ...]
    absent: tuple[FindingCode, ...] = ()
    status: Status | None = None
    letter: LetterReading | None = None
    check: tuple[CheckKind, bool | None] | None = None
    received: date = RECEIVED
    extra: dict[str, Any] = field(default_factory=dict)


def _f(value: Any) -> Found[Any]:
    return Found(value, str(value), (0, 0))


def _ev(kind: str, day: date, **fields: Any) -> dict[str, Any]:
    return {"type": kind, "date": day.isoformat(), **fields}


def row(limit: str, act: Act, position: str) -> Row:  # noqa: PLR0911 - one case per limit
    day = day_of(limit, position)
    lawful = position == "last"
    if limit == "clarification":
        window = act is not Act.PRIVACY  # the Privacy Act has no s 15(1AB) window
        in_window = window and lawful
        return Row(
            [
                _ev("received", RECEIVED_WED),
                _ev("clarification_sought", day, proposal="narrow it"),
                _ev("clarified", date(2024, 9, 24), treated_as_new=True),
            ],
            date(2024, 9, 24),
            (
                (F.CLARIFICATION_IN_WINDOW if in_window else F.CLARIFICATION_OUT_OF_WINDOW, S.INFO),
                (F.CLOCK_RESTARTED, S.INFO) if in_window else (F.RESTART_NOT_ALLOWED, S.PROBLEM),
            ),
            letter=LetterReading(
                received_basis="received",
                received=_f(RECEIVED_WED),
                clarification=ClarificationFound(
                    _f(day), refinement=True, asked_in_this_letter=True
                ),
            ),
            # Seeking clarification late breaks no rule: it only cannot restart the clock
            # (s 15(1AB)), so the letter check says so as a note (None), never a ✗.
            check=(CheckKind.CLARIFICATION, True if lawful else None) if window else None,
            received=RECEIVED_WED,
        )
    if limit == "transfer":
        return Row(
            [_ev("received", RECEIVED), _ev("transferred", day, to_agency="Another Agency")],
            day,
            ((F.TRANSFER_ON_TIME, S.INFO) if lawful else (F.TRANSFER_LATE, S.PROBLEM),),
            letter=LetterReading(
                received_basis="received",
                received=_f(RECEIVED),
                transfer=TransferFound(_f("Another Agency"), _f(day), True, False),
            ),
            check=(CheckKind.TRANSFER, lawful),
        )
    if limit == "response":
        # Nothing decided: on the last day it is due soon; after it, a deemed refusal.
        return Row(
            [_ev("received", RECEIVED), _ev("acknowledged", RECEIVED, stated_due=day.isoformat())],
            day,
            ((F.DUE_SOON, S.INFO),) if lawful else ((F.DEEMED_REFUSAL, S.PROBLEM),),
            absent=(F.STATED_DATE_WRONG,) if lawful else (),
            status=Status.DUE_SOON if lawful else Status.OVERDUE,
            letter=LetterReading(
                received=_f(RECEIVED), received_basis="received", stated_due=_f(day)
            ),
            check=(CheckKind.STATED_DUE, lawful),
        )
    if limit == "stated_due":
        return Row(
            [_ev("received", RECEIVED), _ev("acknowledged", RECEIVED, stated_due=day.isoformat())],
            RECEIVED,
            () if lawful else ((F.STATED_DATE_WRONG, S.WARNING),),
            absent=(F.STATED_DATE_WRONG,) if lawful else (),
            letter=LetterReading(
                received=_f(RECEIVED), received_basis="received", stated_due=_f(day)
            ),
            check=(CheckKind.STATED_DUE, lawful),
        )
    if limit == "extension_notice":
        return Row(
            [
                _ev("received", RECEIVED),
                _ev("extension_notified", day, working_days=EXTENDED_BY),
            ],
            day,
            ((F.EXTENSION_VALID, S.INFO) if lawful else (F.EXTENSION_LATE, S.PROBLEM),),
            letter=LetterReading(
                received_basis="received",
                received=_f(RECEIVED),
                extension=ExtensionFound("", _f(day), True, _f(EXTENDED_BY), None, ()),
            ),
            check=(CheckKind.EXTENSION_NOTICE, lawful),
        )
    if limit == "extended":
        return Row(
            [
                _ev("received", RECEIVED),
                _ev("extension_notified", DECIDED, working_days=EXTENDED_BY),
                _ev("decision_notified", day, outcome="refused", sections=["9(2)(a)"]),
            ],
            day,
            ((F.DECIDED_ON_TIME, S.INFO) if lawful else (F.DECIDED_LATE, S.PROBLEM),),
            status=Status.DECIDED_ON_TIME if lawful else Status.DECIDED_LATE,
            letter=LetterReading(
                received_basis="received",
                letter_date=_f(day),
                received=_f(RECEIVED),
                extension=ExtensionFound("", _f(DECIDED), False, _f(EXTENDED_BY), None, ()),
                outcomes=(_f(OutcomeHint.REFUSED),),
            ),
            check=(CheckKind.DECISION, lawful),
        )
    if limit == "charge":
        return Row(
            [_ev("received", RECEIVED), _ev("charge_notified", day, amount="76.00")],
            day,
            ((F.CHARGE_NOTIFIED, S.INFO) if lawful else (F.CHARGE_TOO_LATE, S.PROBLEM),),
        )
    if limit == "decision":
        return Row(
            [
                _ev("received", RECEIVED),
                _ev("decision_notified", day, outcome="refused", sections=["9(2)(a)"]),
            ],
            day,
            ((F.DECIDED_ON_TIME, S.INFO) if lawful else (F.DECIDED_LATE, S.PROBLEM),),
            status=Status.DECIDED_ON_TIME if lawful else Status.DECIDED_LATE,
            letter=LetterReading(
                received_basis="received",
                letter_date=_f(day),
                received=_f(RECEIVED),
                outcomes=(_f(OutcomeHint.REFUSED),),
            ),
            check=(CheckKind.DECISION, lawful),
        )
    # The release prompt (s 28(5) sets no number; oiaassist prompts after 5 working days):
    # the Saturday after the 5th working day is still 5 working days, so no prompt.
    quiet = position in ("last", "between")
    if limit == "release":
        return Row(
            [
                _ev("received", RECEIVED),
                _ev("decision_notified", DECIDED, outcome="granted"),
                _ev("information_released", day),
            ],
            day,
            () if quiet else ((F.RELEASE_DELAYED, S.WARNING),),
            absent=(F.RELEASE_DELAYED,) if quiet else (),
            status=Status.RELEASED if quiet else Status.RELEASE_DELAYED,
        )
    assert limit == "release_awaited"
    return Row(
        [_ev("received", RECEIVED), _ev("decision_notified", DECIDED, outcome="granted")],
        day,
        () if quiet else ((F.RELEASE_DELAYED, S.WARNING),),
        absent=(F.RELEASE_DELAYED,) if quiet else (),
        status=Status.DECIDED_ON_TIME if quiet else Status.RELEASE_DELAYED,
    )


LIMITS = (
    "clarification",
    "transfer",
    "response",
    "stated_due",
    "extension_notice",
    "extended",
    "charge",
    "decision",
    "release",
    "release_awaited",
)
CASES = [
    pytest.param(limit, act, position, id=f"{limit}-{act.value}-{position}")
    for limit in LIMITS
    for act in Act
    for position in POSITIONS
]


# A council on Wellington's calendar, whose anniversary day (January) is outside the
# Sep-Nov 2024 counts: an LGOIMA request with no region would (rightly) show the
# other regions' dates as alternatives instead of one verdict.
REGION = {Act.LGOIMA: "WGN"}


def _request(r: Row, act: Act) -> Request:
    return Request.model_validate(
        {"agency": "Some Agency", "act": act.value, "region": REGION.get(act), "events": r.events}
    )


@pytest.mark.parametrize(("limit", "act", "position"), CASES)
def test_assess_at_the_boundary(limit: str, act: Act, position: str) -> None:
    r = row(limit, act, position)
    a = assess(_request(r, act), today=r.today)
    found = {(f.code, f.severity) for f in a.findings}
    for expected in r.found:
        assert expected in found, (expected, found)
    codes = {f.code for f in a.findings}
    for code in r.absent:
        assert code not in codes
    if r.status is not None:
        assert a.status is r.status


@pytest.mark.parametrize(("limit", "act", "position"), CASES)
def test_cli_at_the_boundary(
    limit: str, act: Act, position: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    r = row(limit, act, position)
    path = tmp_path / "request.json"
    path.write_text(_request(r, act).model_dump_json(), encoding="utf-8")
    assert main(["check", str(path), "--today", r.today.isoformat(), "--json"]) == 0
    out = json.loads(capsys.readouterr().out)
    found = {(f["code"], f["severity"]) for f in out["findings"]}
    for code, severity in r.found:
        assert (code.value, severity.value) in found
    for code in r.absent:
        assert code.value not in {c for c, _s in found}
    if r.status is not None:
        assert out["status"] == r.status.value


LETTER_CASES = [c for c in CASES if row(*c.values).check is not None]  # type: ignore[arg-type]


@pytest.mark.parametrize(("limit", "act", "position"), LETTER_CASES)
def test_letter_checks_at_the_boundary(limit: str, act: Act, position: str) -> None:
    r = row(limit, act, position)
    assert r.letter is not None and r.check is not None
    kind, ok = r.check
    # With the request file, whose events record any extension: a letter alone that neither
    # states nor rules out an extension proves no lateness (tests/test_letter_patterns.py).
    request = _request(r, act)
    checks = [
        c
        for c in check_reading(r.letter, act=act, region=REGION.get(act), request=request)
        if c.kind is kind
    ]
    assert len(checks) == 1, checks
    assert checks[0].ok is ok, checks[0].message
    assert checks[0].citation


@pytest.mark.parametrize("position", POSITIONS)
def test_the_report_counts_a_decision_late_exactly_when_assess_does(position: str) -> None:
    r = row("decision", Act.OIA, position)
    report = build_report([_request(r, Act.OIA)], today=r.today)
    late = position != "last"
    assert (report.totals.late, report.totals.on_time) == ((1, 0) if late else (0, 1))
