from __future__ import annotations

from typing import Any

import pytest

from drafting_support import good_draft
from oiaassist.drafting.checks import Action, CheckCode, Severity, check_draft
from oiaassist.drafting.examples import seed_request_draft
from oiaassist.drafting.models import DraftItem, RequestDraft, Requester


def _with(**changes: Any) -> RequestDraft:
    base = good_draft().model_dump(exclude=set(RequestDraft.model_computed_fields))
    return RequestDraft.model_validate({**base, **changes})


def _items(*texts: str) -> list[DraftItem]:
    return [DraftItem(text=t) for t in texts]


def _codes(draft: RequestDraft) -> list[CheckCode]:
    return [issue.code for issue in check_draft(draft)]


def test_a_good_draft_has_no_issues() -> None:
    assert check_draft(good_draft()) == []


BAD = [
    (CheckCode.MISSING_AGENCY, {"agency": ""}),
    (CheckCode.SEVERAL_AGENCIES, {"agency": "Ministry of Health and Te Whatu Ora"}),
    (CheckCode.SEVERAL_AGENCIES, {"agency": "NZ Police; Department of Corrections"}),
    (CheckCode.SEVERAL_AGENCIES, {"agency_email": "oia@health.example, oia@police.example"}),
    (CheckCode.NO_ITEMS, {"items": []}),
    (CheckCode.NO_DATE_RANGE, {"items": _items("Briefings about waiting lists.")}),
    (CheckCode.SWEEPING_PHRASE, {"items": _items("Any and all documents since 2020.")}),
    (CheckCode.SWEEPING_PHRASE, {"items": _items("All information relating to X since 2020.")}),
    (
        CheckCode.SWEEPING_PHRASE,
        {"items": _items("Emails, including but not limited to texts, since 2020.")},
    ),
    (CheckCode.ASKS_FOR_OPINION, {"items": _items("Why did the Minister cancel it in 2024?")}),
    (CheckCode.ASKS_FOR_OPINION, {"items": _items("Explain how the 2024 target was set.")}),
    (CheckCode.ASKS_FOR_OPINION, {"items": _items("What is your opinion of the 2024 plan?")}),
    (CheckCode.PERSONAL_INFORMATION, {"items": _items("All notes about me since 2020.")}),
    (CheckCode.PERSONAL_INFORMATION, {"items": _items("A copy of my file, 2019 to 2024.")}),
    (CheckCode.PERSONAL_INFORMATION, {"items": _items("Emails naming Aroha Smith in 2024.")}),
    (CheckCode.TOO_MANY_ITEMS, {"items": _items(*[f"Report {n} of 2024." for n in range(11)])}),
    (CheckCode.TOO_LONG, {"items": _items("Reports of 2024 " + "x" * 5000)}),
    (CheckCode.MISSING_NAME, {"requester": Requester(email="a@example.org")}),
    (CheckCode.MISSING_CONTACT, {"requester": Requester(name="Aroha Smith")}),
    (CheckCode.URGENCY_WITHOUT_REASONS, {"urgency_reasons": ""}),
    (CheckCode.URGENCY_WITHOUT_REASONS, {"urgency_reasons": "urgent!"}),
]


@pytest.mark.parametrize(("code", "changes"), BAD, ids=[f"{c}-{i}" for i, (c, _) in enumerate(BAD)])
def test_each_check_fires_on_a_bad_draft(code: CheckCode, changes: dict[str, Any]) -> None:
    issues = [i for i in check_draft(_with(**changes)) if i.code is code]
    assert issues, f"{code} did not fire"
    for issue in issues:
        assert issue.message and issue.suggestion and issue.field


QUIET = [
    {"agency": "Ministry of Foreign Affairs and Trade"},
    {"agency": "Ministry of Business, Innovation and Employment"},
    {"agency": "Department of the Prime Minister and Cabinet"},
    {"agency": "Te Tari Taake / Inland Revenue"},
    {"items": _items("The dates on which the Ministry met the Ministry of Defence since 2020.")},
    {"items": _items("Copies of all communications with Ukraine in 2023.")},
    {"items": _items("Advice on why the policy changed, produced between May and June 2024.")},
    {"items": _items("Briefings for the Minister in the last two years.")},
    {"urgent": False, "urgency_reasons": ""},
]


@pytest.mark.parametrize("changes", QUIET)
def test_checks_stay_quiet_on_reasonable_wording(changes: dict[str, Any]) -> None:
    assert _codes(_with(**changes)) == []


def test_the_seed_request_gets_the_advice_mfat_later_gave() -> None:
    # MFAT's refinement (24 Sep 2024) put a timeframe on everything and cut 13 items to 5.
    codes = _codes(seed_request_draft())
    assert codes == [CheckCode.NO_DATE_RANGE] * 3 + [CheckCode.TOO_MANY_ITEMS]
    fields = [i.field for i in check_draft(seed_request_draft())][:3]
    assert fields == ["items[0]", "items[1]", "items[2]"]


def test_personal_information_offers_the_privacy_act() -> None:
    (issue,) = check_draft(_with(items=_items("My file, 2019 to 2024.")))
    assert issue.action is Action.SWITCH_TO_PRIVACY_ACT
    assert "Privacy Act 2020" in issue.suggestion
    assert check_draft(_with(act="privacy", items=_items("My file, 2019 to 2024."))) == []


def test_problems_come_first() -> None:
    issues = check_draft(_with(agency="", items=_items("Everything about the budget.")))
    assert [i.severity for i in issues] == [
        Severity.PROBLEM,
        Severity.WARNING,
        Severity.WARNING,
    ]
    assert issues[2].excerpt == "Everything"
