"""The seed story end to end: MFAT's cluster-munitions request, 2024 (shared/seeds)."""

from datetime import date

import pytest

from oiaassist.tracking import FindingCode, Request, Severity, Status, StepKind, assess
from oiaassist.tracking.examples import SEED_ITEMS, seed_request

F = FindingCode


@pytest.fixture
def seed() -> Request:
    return seed_request()


def codes(request: Request, today: date) -> list[FindingCode]:
    return [f.code for f in assess(request, today=today).findings]


def test_seed_quotes_all_thirteen_items(seed: Request) -> None:
    assert len(seed.items) == 13 == len(SEED_ITEMS)
    assert seed.received == date(2024, 9, 13)


def test_20_september_awaiting_the_original_deadline(seed: Request) -> None:
    a = assess(seed, today=date(2024, 9, 20))
    assert a.status is Status.AWAITING
    assert a.original_deadline == a.effective_deadline == date(2024, 10, 11)
    assert a.working_days_used == 5
    assert a.working_days_left == 15
    assert a.findings == ()
    assert [s.kind for s in a.steps] == [StepKind.ORIGINAL]


def test_refinement_pending_shows_what_if(seed: Request) -> None:
    a = assess(seed, today=date(2024, 9, 25))
    assert a.what_if is not None
    assert a.what_if.sought_on == date(2024, 9, 24)
    assert a.what_if.can_restart  # asked on working day 7: within the window
    assert a.what_if.if_accepted == date(2024, 10, 23)  # 20 working days after 25 Sep
    assert a.what_if.if_declined == date(2024, 10, 11)
    assert "Cluster Munitions" in a.what_if.proposal
    assert F.REFINEMENT_PENDING in codes(seed, date(2024, 9, 25))
    window = next(f for f in a.findings if f.code is F.CLARIFICATION_IN_WINDOW)
    assert window.facts["day_number"] == 7
    assert "s 15(1AA)" in window.citation


def test_11_october_extended_to_16_december(seed: Request) -> None:
    a = assess(seed, today=date(2024, 10, 11))
    assert a.status is Status.AWAITING
    assert a.original_deadline == date(2024, 10, 11)
    assert a.effective_deadline == date(2024, 12, 16)
    assert [s.kind for s in a.steps] == [StepKind.ORIGINAL, StepKind.EXTENDED]
    assert a.steps[1].working_days == 45
    assert a.what_if is None  # the refinement was declined on 30 September
    assert codes(seed, date(2024, 10, 11)) == [
        F.CLARIFICATION_IN_WINDOW,
        F.REFINEMENT_DECLINED,
        F.EXTENSION_VALID,
    ]
    assert a.problems == ()
    extension = a.findings[-1]
    assert "16 December 2024" in extension.message
    assert extension.citation == "Official Information Act 1982, s 15A(1)"


@pytest.mark.parametrize("today", [date(2024, 12, 16), date(2024, 12, 17)])
def test_decided_on_time_on_the_last_day(seed: Request, today: date) -> None:
    a = assess(seed, today=today)
    assert a.status is Status.RELEASED
    assert a.decided_on == a.effective_deadline == date(2024, 12, 16)
    assert a.working_days_late is None
    assert a.problems == ()
    on_time = next(f for f in a.findings if f.code is F.DECIDED_ON_TIME)
    assert on_time.severity is Severity.INFO
    assert "last day" in on_time.message
    assert F.GROUNDS_REQUESTED in [f.code for f in a.findings]  # s 19(a)(ii) was asked


def test_without_a_decision_17_december_is_a_deemed_refusal(seed: Request) -> None:
    undecided = seed.model_copy(update={"events": seed.events[:4]})
    a = assess(undecided, today=date(2024, 12, 17))
    assert a.status is Status.OVERDUE
    assert a.working_days_late == 1
    refusal = a.findings[-1]
    assert refusal.code is F.DEEMED_REFUSAL
    assert refusal.severity is Severity.PROBLEM
    assert refusal.citation == "Official Information Act 1982, s 28(4)"
    assert "Ombudsman" in refusal.message


def test_due_soon_in_the_last_week(seed: Request) -> None:
    a = assess(seed.model_copy(update={"events": seed.events[:4]}), today=date(2024, 12, 10))
    assert a.status is Status.DUE_SOON
    assert a.working_days_left == 4
