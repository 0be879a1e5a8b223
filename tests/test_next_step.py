"""The next step, in one sentence, for every status (issue 14)."""

from __future__ import annotations

from datetime import date

from oiaassist.tracking import Request, assess
from oiaassist.tracking.assess import Status
from oiaassist.tracking.examples import seed_request
from oiaassist.tracking.next_step import NEEDS_ME, StepAction, next_step


def step(request: Request, today: date) -> tuple[str, StepAction]:
    found = next_step(request, assess(request, today=today))
    return found.text, found.action


def test_the_seed_story_step_by_step() -> None:
    seed = seed_request()
    text, action = step(seed, date(2024, 9, 20))
    assert action is StepAction.NONE
    assert text == (
        "Wait: they must decide by 11 October 2024. "
        "If nothing arrives, send a reminder on 14 October 2024."
    )
    text, action = step(seed, date(2024, 9, 25))  # the refinement proposal waits
    assert action is StepAction.REFINEMENT_REPLY
    assert "Reply to the agency's proposal of 24 September 2024" in text
    text, action = step(seed, date(2024, 12, 1))  # extended to 16 Dec
    assert "they must decide by 16 December 2024" in text and "on 17 December 2024" in text


def test_overdue_and_the_councils_own_sections() -> None:
    council = Request.model_validate(
        {
            "agency": "Christchurch City Council",
            "events": [{"type": "received", "date": "2025-03-03"}],
        }
    )
    text, action = step(council, date(2025, 5, 1))
    assert action is StepAction.REMINDER
    assert "s 27(4)" in text and "s 28(4)" not in text
    draft = Request.model_validate({"agency": "Christchurch City Council"})
    text, action = step(draft, date(2025, 5, 1))
    assert action is StepAction.MARK_SENT and "s 13(1)" in text


def test_needs_me_ranks_every_status() -> None:
    assert set(NEEDS_ME) == set(Status)
    assert NEEDS_ME[Status.OVERDUE] < NEEDS_ME[Status.AWAITING] < NEEDS_ME[Status.RELEASED]


def test_coming_up_lists_the_week_soonest_first() -> None:
    from oiaassist.tracking.coming_up import UpcomingKind, coming_up  # noqa: PLC0415

    draft = Request.model_validate({"agency": "Ministry of Justice"})
    found = coming_up(
        [("seed", seed_request(), None), ("draft", draft, date(2024, 9, 27))],
        today=date(2024, 9, 25),
    )
    assert [(u.key, u.kind, u.day) for u in found] == [
        ("seed", UpcomingKind.REPLY, date(2024, 9, 25)),  # the refinement waits for a reply
        ("draft", UpcomingKind.REMINDER, date(2024, 9, 27)),
    ]
    assert coming_up([("draft", draft, None)], today=date(2024, 9, 25)) == []


def test_after_a_refusal_the_grounds_section_is_the_acts_own() -> None:
    council = Request.model_validate(
        {
            "agency": "Christchurch City Council",
            "events": [
                {"type": "received", "date": "2025-03-03"},
                {"type": "decision_notified", "date": "2025-03-20", "outcome": "partly_granted",
                 "sections": ["7(2)(a)"]},
            ],
        }
    )  # fmt: skip
    text, action = step(council, date(2025, 3, 21))
    assert action is StepAction.GROUNDS
    assert "LGOIMA s 18(a)(ii)" in text and "19(a)" not in text


def test_a_deadline_in_doubt_waits_for_the_later_date_and_names_it() -> None:
    from oiaassist.tracking import Received  # noqa: PLC0415

    # Ruapehu's anniversary day is unconfirmed (issue 12): received 20 Jan 2026, due
    # 18 Feb on Wellington's calendar, or 19 Feb if it keeps Auckland's (26 Jan).
    request = Request(
        agency="Ruapehu District Council",
        events=[Received(date=date(2026, 1, 20))],
    )
    on_the_day_after = assess(request, today=date(2026, 2, 19))
    step = next_step(request, on_the_day_after)
    assert on_the_day_after.status is Status.POSSIBLY_OVERDUE
    assert "decide by 18 February 2026 (or 19 February 2026 if" in step.text
    assert "reminder on 20 February 2026" in step.text
    assert step.action is StepAction.NONE
