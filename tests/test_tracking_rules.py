"""Tracking rules: extensions, transfers, clarifications, stated dates, charges (law.md §4, §9)."""

from datetime import date
from typing import Any

from oiaassist import Act
from oiaassist.tracking import FindingCode, Request, Severity, Status, StepKind, assess

F = FindingCode


def request(*events: dict[str, Any], **fields: Any) -> Request:
    data: dict[str, Any] = {"agency": fields.pop("agency", "Some Agency"), **fields}
    data["events"] = list(events)
    return Request.model_validate(data)


def ev(kind: str, day: str, **fields: Any) -> dict[str, Any]:
    return {"type": kind, "date": day, **fields}


def test_minister_for_courts_first_extension_valid_later_ones_purported() -> None:
    # law.md §9 S1: received Fri 8 Jan 2021, due Mon 15 Feb 2021; extended on 5 Feb to 8 Mar
    # (valid); "extensions" on 5 Mar and 31 Mar were after the original limit: purported.
    r = request(
        ev("received", "2021-01-08"),
        ev("extension_notified", "2021-02-05", extended_to="2021-03-08"),
        ev("extension_notified", "2021-03-05", extended_to="2021-03-31"),
        ev("extension_notified", "2021-03-31", extended_to="2021-04-30"),
        agency="Minister for Courts",
    )
    a = assess(r, today=date(2021, 4, 1))
    assert a.original_deadline == date(2021, 2, 15)
    assert a.effective_deadline == date(2021, 3, 8)
    assert a.status is Status.OVERDUE
    assert [f.code for f in a.findings] == [
        F.EXTENSION_VALID,
        F.EXTENSION_PURPORTED,
        F.EXTENSION_PURPORTED,
        F.DEEMED_REFUSAL,
    ]
    assert all("s 15A(3)" in f.citation for f in a.findings[1:3])


def test_extension_notified_after_the_limit_is_not_valid() -> None:
    # law.md §9 S12: received Wed 13 Mar 2024, due Fri 12 Apr 2024; extension letter 17 Apr.
    r = request(
        ev("received", "2024-03-13"),
        ev("extension_notified", "2024-04-17", extended_to="2024-05-24"),
    )
    a = assess(r, today=date(2024, 4, 18))
    assert a.effective_deadline == date(2024, 4, 12)
    assert a.status is Status.OVERDUE
    late = a.findings[0]
    assert late.code is F.EXTENSION_LATE and late.severity is Severity.PROBLEM


def test_extension_on_day_20_is_in_time() -> None:
    # law.md §9 S10: received Sun 30 Jul 2023, due Fri 25 Aug 2023; notice dated 25 Aug.
    r = request(
        ev("received", "2023-07-30"), ev("extension_notified", "2023-08-25", working_days=20)
    )
    a = assess(r, today=date(2023, 8, 28))
    assert a.original_deadline == date(2023, 8, 25)
    assert a.findings[0].code is F.EXTENSION_VALID
    assert a.effective_deadline == date(2023, 9, 22)


def test_extension_notice_contents_s15a4() -> None:
    r = request(
        ev("received", "2024-09-13"),
        ev(
            "extension_notified",
            "2024-10-01",
            working_days=10,
            extended_to="2024-10-30",
            stated_reasons=False,
            stated_right_to_complain=False,
        ),
    )
    found = {f.code: f for f in assess(r, today=date(2024, 10, 2)).findings}
    assert found[F.EXTENSION_NO_REASONS].citation.endswith("s 15A(4)")
    assert found[F.EXTENSION_NO_COMPLAINT_RIGHT].severity is Severity.WARNING
    # 10 working days from 11 Oct is 25 Oct, not the 30 Oct the notice states.
    assert found[F.EXTENSION_PERIOD_MISMATCH].facts["computed"] == date(2024, 10, 25)


def test_extension_without_a_period_is_not_applied() -> None:
    # the notice states no period (s 15A(4)(a)): it cannot extend anything
    r = request(
        ev("received", "2024-09-13"), ev("extension_notified", "2024-10-01", stated_period=False)
    )
    a = assess(r, today=date(2024, 10, 2))
    assert a.effective_deadline == date(2024, 10, 11)
    assert a.findings[0].code is F.EXTENSION_NO_PERIOD
    assert a.unrecorded_extension is None


def test_an_extension_to_a_day_inside_the_limit_is_a_note_not_a_breach() -> None:
    # corpus trap docslib-climate-change-commission-2021-005-release: an "extension" to a
    # date earlier than the statutory deadline promises more than the law asks
    r = request(
        ev("received", "2024-09-13"),
        ev("extension_notified", "2024-10-01", extended_to="2024-10-08"),
    )
    a = assess(r, today=date(2024, 10, 2))
    assert a.effective_deadline == date(2024, 10, 11) and not a.problems
    assert [f.code for f in a.findings] == [F.EXTENSION_NOT_LATER]
    assert "it extends nothing" in a.findings[0].message


def test_late_transfer_and_the_new_agencys_clock() -> None:
    # received Mon 2 Sep 2024: transfer limit 10 working days = Mon 16 Sep 2024.
    r = request(
        ev("received", "2024-09-02"),
        ev("transferred", "2024-09-20", to_agency="Ministry of Health"),
    )
    a = assess(r, today=date(2024, 9, 23))
    late = a.findings[0]
    assert late.code is F.TRANSFER_LATE and late.severity is Severity.PROBLEM
    assert late.facts["limit"] == date(2024, 9, 16)
    assert late.citation == "Official Information Act 1982, s 14"
    assert a.agency == "Ministry of Health"
    assert [s.kind for s in a.steps] == [StepKind.ORIGINAL, StepKind.TRANSFERRED]
    assert a.effective_deadline == date(2024, 10, 18)  # 20 working days after Fri 20 Sep


def test_transfer_to_a_council_switches_to_the_lgoima_calendar() -> None:
    # An OIA request transferred on Fri 21 Nov 2025 to Westland District Council (LGOIMA,
    # West Coast anniversary Mon 1 Dec 2025, closed 20 Dec-10 Jan): law.md §9 D16 gives
    # Mon 12 Jan 2026. Under the OIA calendar it would have been Fri 19 Dec 2025.
    r = request(
        ev("received", "2025-11-17"),
        ev(
            "transferred",
            "2025-11-21",
            to_agency="Westland District Council",
            act="lgoima",
            region="Westland",
        ),
        agency="Ministry for the Environment",
    )
    a = assess(r, today=date(2025, 11, 24))
    assert [f.code for f in a.findings] == [F.TRANSFER_ON_TIME, F.TRANSFER_CHANGES_ACT]
    assert a.act is Act.LGOIMA and a.region == "WTC"
    assert a.effective_deadline == date(2026, 1, 12)
    assert a.steps[-1].citation.endswith("s 13(1)")


def test_clarification_within_the_window_may_restart() -> None:
    # law.md §9 D18: received Mon 3 Mar 2025, 7th working day Wed 12 Mar 2025.
    r = request(
        ev("received", "2025-03-03"),
        ev("clarification_sought", "2025-03-12", proposal="Which years?"),
        ev("clarified", "2025-03-14", text="2020 to 2024"),
    )
    a = assess(r, today=date(2025, 3, 17))
    assert a.original_deadline == date(2025, 3, 31)
    assert a.effective_deadline == date(2025, 4, 11)  # 20 working days after Fri 14 Mar
    assert [f.code for f in a.findings] == [F.CLARIFICATION_IN_WINDOW, F.CLOCK_MAY_RESTART]
    assert a.steps[-1].kind is StepKind.RESTARTED


def test_clarification_after_the_window_cannot_restart() -> None:
    r = request(
        ev("received", "2025-03-03"),
        ev("clarification_sought", "2025-03-13", proposal="Which years?"),
        ev("clarified", "2025-03-14", treated_as_new=True),
    )
    a = assess(r, today=date(2025, 3, 17))
    assert a.effective_deadline == date(2025, 3, 31)
    assert [f.code for f in a.findings] == [F.CLARIFICATION_OUT_OF_WINDOW, F.RESTART_NOT_ALLOWED]
    assert a.findings[1].severity is Severity.PROBLEM
    assert a.findings[0].facts["window_end"] == date(2025, 3, 12)


def test_pending_refinement_after_the_window_does_not_move_the_deadline() -> None:
    r = request(
        ev("received", "2025-03-03"),
        ev("clarification_sought", "2025-03-20", proposal="Narrow to 2024?"),
    )
    what_if = assess(r, today=date(2025, 3, 21)).what_if
    assert what_if is not None and not what_if.can_restart
    assert what_if.if_accepted == what_if.if_declined == date(2025, 3, 31)


def test_requesters_own_amendment_may_restart_without_the_window() -> None:
    r = request(
        ev("received", "2025-03-03"),
        ev("clarified", "2025-03-20", own_initiative=True, text="Add 2019"),
    )
    a = assess(r, today=date(2025, 3, 21))
    assert a.effective_deadline == date(2025, 4, 17)  # before Good Friday 18 Apr 2025
    assert a.findings[0].code is F.CLOCK_MAY_RESTART


def test_agency_keeps_the_original_deadline_when_it_says_so() -> None:
    r = request(
        ev("received", "2025-03-03"),
        ev("clarification_sought", "2025-03-05"),
        ev("clarified", "2025-03-06", treated_as_new=False),
    )
    a = assess(r, today=date(2025, 3, 7))
    assert a.effective_deadline == date(2025, 3, 31)
    assert a.findings[-1].code is F.CLOCK_NOT_RESTARTED


def test_stated_due_date_differing_from_the_statute_nz_post() -> None:
    # law.md §9 S2: received Thu 3 Jan 2019; NZ Post said 14 Feb; the statute says 13 Feb.
    r = request(
        ev("received", "2019-01-03"),
        ev("acknowledged", "2019-01-04", stated_due="2019-02-14"),
        agency="New Zealand Post",
    )
    a = assess(r, today=date(2019, 1, 7))
    wrong = a.findings[0]
    assert wrong.code is F.STATED_DATE_WRONG and wrong.severity is Severity.WARNING
    assert wrong.facts == {"stated": date(2019, 2, 14), "statutory": date(2019, 2, 13)}
    assert "13 February 2019" in wrong.message


def test_charge_first_raised_after_the_deadline() -> None:
    r = request(
        ev("received", "2024-09-13"),
        ev("decision_notified", "2024-10-09", outcome="granted"),
        ev("charge_notified", "2024-11-01", amount="76.00"),
    )
    found = {f.code: f for f in assess(r, today=date(2024, 11, 4)).findings}
    assert found[F.CHARGE_TOO_LATE].severity is Severity.PROBLEM
    assert "$76.00" in found[F.CHARGE_TOO_LATE].message


def test_decided_late_counts_working_days() -> None:
    r = request(
        ev("received", "2024-09-13"),
        ev("decision_notified", "2024-10-15", outcome="refused", sections=["18(f)"]),
    )
    a = assess(r, today=date(2024, 10, 20))
    assert a.status is Status.DECIDED_LATE
    assert a.working_days_late == 2
    assert a.findings[0].code is F.DECIDED_LATE


def test_refusal_without_sections_and_release_delay() -> None:
    r = request(
        ev("received", "2024-09-13"),
        ev("decision_notified", "2024-10-01", outcome="partly_granted"),
        ev("information_released", "2024-10-21"),
    )
    a = assess(r, today=date(2024, 10, 22))
    found = [f.code for f in a.findings]
    assert F.REFUSAL_WITHOUT_REASONS in found
    assert F.RELEASE_DELAYED in found
    assert a.status is Status.RELEASE_DELAYED  # released, with undue delay possible


def test_release_still_awaited_after_a_decision_to_release() -> None:
    r = request(
        ev("received", "2024-09-13"), ev("decision_notified", "2024-10-01", outcome="granted")
    )
    a = assess(r, today=date(2024, 10, 22))
    assert a.status is Status.RELEASE_DELAYED


def test_events_after_today_are_ignored_and_withdrawal_closes() -> None:
    r = request(
        ev("received", "2024-09-13"),
        ev("decision_notified", "2024-09-20", outcome="withdrawn"),
    )
    assert assess(r, today=date(2024, 9, 19)).status is Status.AWAITING
    assert assess(r, today=date(2024, 9, 20)).status is Status.WITHDRAWN


def test_lgoima_request_uses_its_region() -> None:
    # law.md §9 S6: LGOIMA, Westland anniversary Mon 28 Nov 2022: received 21 Nov 2022 is due
    # Wed 11 Jan 2023.
    r = request(ev("received", "2022-11-21"), act="lgoima", region="WTC", agency="Westland DC")
    assert assess(r, today=date(2022, 11, 22)).effective_deadline == date(2023, 1, 11)


def test_urgency_is_noted_but_does_not_shorten_the_limit() -> None:
    r = request(ev("received", "2024-09-13"), urgency_reasons="A court hearing on 1 October")
    a = assess(r, today=date(2024, 9, 16))
    assert a.effective_deadline == date(2024, 10, 11)
    assert a.findings[0].code is F.URGENCY_REQUESTED
    assert a.findings[0].citation == "Official Information Act 1982, s 12(3)"
