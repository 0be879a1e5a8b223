"""Issue 12: every date a user sees is counted on the right Act and calendar.

Golden tables for each wrong date the issue reported, through the library
(``assess``), ``oiaassist check``, the CSV ``report`` and the app's timeline;
then the edge cases, each with its law.md citation.
"""

from __future__ import annotations

import csv
import io
import json
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from oiaassist import response_deadline, transfer_deadline
from oiaassist.cli import main as cli
from oiaassist.errors import NotInForceError
from oiaassist.law.acts import Act
from oiaassist.reading import read_letter, to_events
from oiaassist.tracking.assess import Status, assess
from oiaassist.tracking.events import Request, Transferred
from oiaassist.tracking.findings import FindingCode
from oiaassist.tracking.words import headline

Events = list[dict[str, Any]]


def request(agency: str, events: Events, **fields: Any) -> Request:
    return Request.model_validate({"agency": agency, "events": events, **fields})


def received(day: str) -> dict[str, Any]:
    return {"type": "received", "date": day}


def transferred(day: str, to: str, **fields: Any) -> dict[str, Any]:
    return {"type": "transferred", "date": day, "to_agency": to, **fields}


# Each case: (agency, events, extra fields, today, expected effective deadline, Act, region).
# Case 1 (law.md §12.6): transfers switch calendars, from the directory.
# Case 2: a body the directory does not know keeps the Act it had, and is asked about.
# Case 3: an LGOIMA request to a council the directory names gets the council's region.
CASES = {
    "1-ministry-to-council": (
        "Ministry for the Environment",
        [received("2025-11-10"), transferred("2025-11-24", "Wellington City Council")],
        {},
        date(2025, 12, 1),
        date(2026, 1, 12),
        Act.LGOIMA,
        "WGN",
    ),
    "1-council-to-ministry": (
        "Wellington City Council",
        [received("2025-11-10"), transferred("2025-11-24", "Ministry for the Environment")],
        {},
        date(2025, 12, 1),
        date(2025, 12, 22),
        Act.OIA,
        None,
    ),
    "2-transfer-to-a-dhb": (
        "Ministry of Health",
        [received("2021-11-10"), transferred("2021-11-24", "Canterbury DHB")],
        {},
        date(2021, 12, 1),
        date(2021, 12, 22),
        Act.OIA,
        None,
    ),
    "3-lgoima-without-region": (
        "Wellington City Council",
        [received("2026-01-12")],
        {"act": "lgoima"},
        date(2026, 2, 11),
        date(2026, 2, 11),
        Act.LGOIMA,
        "WGN",
    ),
}


@pytest.mark.parametrize("case", CASES.values(), ids=CASES.keys())
def test_library(case: tuple[Any, ...]) -> None:
    agency, events, fields, today, due, act, region = case
    a = assess(request(agency, events, **fields), today=today)
    assert (a.effective_deadline, a.act, a.region) == (due, act, region)
    assert a.status is not Status.OVERDUE


@pytest.mark.parametrize("case", CASES.values(), ids=CASES.keys())
def test_check_cli(
    case: tuple[Any, ...], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    agency, events, fields, today, due, act, region = case
    path = tmp_path / "r.json"
    path.write_text(json.dumps({"agency": agency, "events": events, **fields}))
    assert cli(["check", str(path), "--today", today.isoformat(), "--json"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert (out["effective_deadline"], out["act"], out["region"]) == (
        due.isoformat(),
        act.value,
        region,
    )
    assert "alternatives" in out


@pytest.mark.parametrize("case", CASES.values(), ids=CASES.keys())
def test_csv_report(
    case: tuple[Any, ...], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    agency, events, fields, today, due, _act, _region = case
    row = {"id": "X", "agency": agency, "received": events[0]["date"]}
    if len(events) > 1:
        row |= {"transferred": events[1]["date"], "transferred_to": events[1]["to_agency"]}
    if "act" in fields:
        row["act"] = fields["act"]
    path = tmp_path / "r.csv"
    with path.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.DictWriter(handle, fieldnames=list(row))
        writer.writeheader()
        writer.writerow(row)
    args = ["report", str(path), "--today", today.isoformat(), "--format", "csv", "--no-progress"]
    assert cli(args) == 0
    rows = list(csv.DictReader(io.StringIO(capsys.readouterr().out)))
    assert rows[0]["deadline"] == due.isoformat()
    assert rows[0]["status"] != "overdue"


def test_the_unknown_body_is_asked_about_with_both_dates() -> None:
    """Case 2: never a guess by words; the LGOIMA date is shown as the other possibility."""
    a = assess(
        request(
            "Ministry of Health",
            [received("2021-11-10"), transferred("2021-11-24", "Canterbury Museum Trust Board")],
        ),
        today=date(2021, 12, 1),
    )
    codes = [f.code for f in a.findings]
    assert FindingCode.TRANSFER_ACT_UNKNOWN in codes
    assert a.alternatives[0].due == date(2022, 1, 13)
    assert "Canterbury Museum Trust Board" in a.alternatives[0].condition


@pytest.mark.parametrize(
    "body", ["Arts Council", "Health Research Council", "City Rail Link", "Canterbury DHB"]
)
def test_the_letter_reader_guesses_no_act_from_a_name(body: str) -> None:
    text = (
        "12 November 2021\n\nDear requester\n\nOn 10 November 2021 we received your request "
        "under the Official Information Act 1982. On 24 November 2021 we transferred your "
        f"request to the {body}, because the information is more closely connected with "
        "its functions.\n\nYours sincerely\n"
    )
    moved = [e for e in to_events(read_letter(text)) if isinstance(e, Transferred)]
    assert all(e.act is None for e in moved)


def test_an_lgoima_request_with_no_region_shows_both_dates_and_is_not_overdue_early() -> None:
    """Case 3 with a name the directory does not know exactly: the doubt is shown."""
    r = request("Wellington council", [received("2026-01-12")], act="lgoima")
    on_10 = assess(r, today=date(2026, 2, 10))
    assert on_10.effective_deadline == date(2026, 2, 10)
    assert [alt.due for alt in on_10.alternatives] == [date(2026, 2, 11)]
    assert "11 February 2026" in headline(on_10)
    on_11 = assess(r, today=date(2026, 2, 11))
    assert on_11.status is Status.POSSIBLY_OVERDUE
    assert FindingCode.DEEMED_REFUSAL not in [f.code for f in on_11.findings]
    assert FindingCode.POSSIBLY_OVERDUE in [f.code for f in on_11.findings]
    on_12 = assess(r, today=date(2026, 2, 12))
    assert on_12.status is Status.OVERDUE
    assert "Overdue since 12 February 2026" in headline(on_12)


# --- case 4: council rows in doubt (law.md §12.4) ---------------------------------------


@pytest.mark.parametrize(
    ("agency", "got", "due", "other"),
    [
        # Auckland Anniversary Mon 27 Jan 2025 counted only if Ruapehu keeps Auckland's day
        ("ruapehu-district-council", date(2025, 1, 20), date(2025, 2, 18), date(2025, 2, 19)),
        # Nelson Anniversary Mon 3 Feb 2020 counted only if Buller keeps Nelson's day
        ("buller-district-council", date(2020, 1, 10), date(2020, 2, 10), date(2020, 2, 11)),
        # Otago Anniversary Mon 25 Mar 2019 skipped only if Queenstown-Lakes observes it
        (
            "queenstown-lakes-district-council",
            date(2019, 3, 1),
            date(2019, 4, 1),
            date(2019, 3, 29),
        ),
    ],
)
def test_doubtful_councils_carry_the_other_date(
    agency: str, got: date, due: date, other: date, capsys: pytest.CaptureFixture[str]
) -> None:
    d = response_deadline(got, agency=agency)
    assert d.due == due
    assert [a.due for a in d.alternatives] == [other]
    assert "unconfirmed" in d.alternatives[0].condition
    assert cli(["due", got.isoformat(), "--agency", agency]) == 0
    assert other.strftime("%d %B %Y").lstrip("0") in capsys.readouterr().out
    assert cli(["due", got.isoformat(), "--agency", agency, "--json"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert out["alternatives"][0]["due"] == other.isoformat()


# --- edge cases ----------------------------------------------------------------------------


def test_overdue_is_from_the_day_after_the_last_day() -> None:
    """Due Mon 9 Mar 2026: the last lawful day is not overdue (s 28(4))."""
    r = request("New Zealand Police", [received("2026-02-09")])
    assert assess(r, today=date(2026, 3, 9)).status is Status.DUE_SOON
    a = assess(r, today=date(2026, 3, 10))
    assert "Overdue since 10 March 2026" in headline(a)


def test_region_without_act_means_lgoima_in_the_cli(capsys: pytest.CaptureFixture[str]) -> None:
    assert cli(["due", "2026-01-12", "--region", "WGN"]) == 0
    assert "11 February 2026" in capsys.readouterr().out  # law.md §9 D14
    assert cli(["due", "2026-01-12", "--region", "CAN", "--act", "oia"]) == 2
    assert "--region applies only to LGOIMA" in capsys.readouterr().err


def test_oia_limits_start_1_april_1987() -> None:
    """law.md §12.1: no limit from receipt before 1 April 1987; pending → 1 May 1987."""
    with pytest.raises(NotInForceError, match="1 May 1987"):
        response_deadline(date(1985, 6, 3))
    a = assess(request("New Zealand Police", [received("1985-06-03")]), today=date(1987, 5, 1))
    assert a.effective_deadline == date(1987, 5, 1)
    assert a.status is Status.DUE_SOON
    assert response_deadline(date(1987, 4, 1)).due == date(1987, 5, 1)


def test_late_2052_receipts_are_counted_into_2053() -> None:
    assert response_deadline(date(2052, 12, 20)).due == date(2053, 2, 11)  # Waitangi Thu 6 Feb
    assert response_deadline(date(2052, 11, 30), act="lgoima", region="WGN").due > date(
        2052, 12, 31
    )


def test_otago_2019_counts_each_day_under_the_definition_in_force_that_day() -> None:
    """law.md §5.1: Otago Anniversary Mon 25 Mar 2019 is after the 21 Mar 2019 change, so an
    Otago council skips it even for a request received before the change."""
    d = response_deadline(date(2019, 2, 25), agency="otago-regional-council")
    assert d.due == date(2019, 3, 26)
    assert response_deadline(date(2019, 2, 25), act="oia").due == date(2019, 3, 25)


def test_a_transfer_inside_an_extended_transfer_limit_is_on_time() -> None:
    """law.md §12.7: s 15A(1) extends "the time limit set out in section 14 or section 15(1)"."""
    limit = transfer_deadline(date(2025, 3, 3)).due  # 17 Mar 2025
    r = request(
        "Ministry of Health",
        [
            received("2025-03-03"),
            {
                "type": "extension_notified",
                "date": "2025-03-10",
                "limit": "transfer",
                "extended_to": "2025-03-24",
            },
            transferred("2025-03-21", "Ministry for the Environment"),
        ],
    )
    a = assess(r, today=date(2025, 3, 25))
    codes = [f.code for f in a.findings]
    assert FindingCode.TRANSFER_LIMIT_EXTENDED in codes
    assert FindingCode.TRANSFER_ON_TIME in codes
    assert FindingCode.TRANSFER_LATE not in codes
    assert date(2025, 3, 21) > limit
    # the decision limit is untouched by a transfer-limit notice
    assert a.steps[0].due == response_deadline(date(2025, 3, 3)).due


def test_a_clarification_not_yet_treated_as_new_shows_both_dates() -> None:
    """law.md §4.3: the agency "may" restart (s 15(1AA)); until it says, both dates stand.
    The restart replaces the request only for s 15(1), so the s 14 limit does not move."""
    r = request(
        "Ministry of Health",
        [
            received("2025-03-03"),
            {"type": "clarification_sought", "date": "2025-03-05"},
            {"type": "clarified", "date": "2025-03-10"},
            transferred("2025-03-18", "Ministry for the Environment"),
        ],
    )
    before = assess(r, today=date(2025, 3, 12))
    assert before.effective_deadline == response_deadline(date(2025, 3, 10)).due
    assert [a.due for a in before.alternatives] == [response_deadline(date(2025, 3, 3)).due]
    after = assess(r, today=date(2025, 3, 19))
    assert FindingCode.TRANSFER_LATE in [f.code for f in after.findings]  # 10 WD from 3 Mar


# --- the app's timeline -------------------------------------------------------------------


class _NoProgress:
    def setValue(self, value: int) -> None:  # noqa: N802 - Qt's name
        del value

    def wasCanceled(self) -> bool:  # noqa: N802 - Qt's name
        return False


def test_app_timeline_shows_the_transfer_date_and_the_doubt(tmp_path: Path, qtbot: Any) -> None:
    pytest.importorskip("pytestqt")
    from oiaassist.app import transfer  # noqa: PLC0415
    from test_app_support import close_main, open_main  # noqa: PLC0415

    main = open_main(tmp_path / "profile", qtbot, today=date(2025, 12, 1))
    try:
        cases = [
            request(
                "Ministry for the Environment",
                [received("2025-11-10"), transferred("2025-11-24", "Wellington City Council")],
            ),
            request("Wellington council", [received("2026-01-12")], act="lgoima"),
        ]
        result = transfer.import_requests(
            main.ctx.store, cases, _NoProgress(), today=date(2025, 12, 1)
        )
        main.list.set_rows(main.ctx.store.rows())
        ids = result.added
        texts = []
        for request_id in ids:
            main.list.select(request_id)
            texts.append(main.view().headline.text())
        joined = " | ".join(texts)
        assert "12 January 2026" in joined  # case 1: LGOIMA with Wellington's calendar
        assert "or 11 February 2026 if" in joined  # case 3: the doubt, shown
    finally:
        close_main(main)


def test_app_calculator_shows_the_doubtful_councils_other_date(tmp_path: Path, qtbot: Any) -> None:
    pytest.importorskip("pytestqt")
    from oiaassist.agencies import find  # noqa: PLC0415
    from test_app_support import close_main, open_main  # noqa: PLC0415

    main = open_main(tmp_path / "profile", qtbot, today=date(2025, 1, 20))
    try:
        calculator = main.calculator()
        calculator.set_date(date(2025, 1, 20))
        calculator.choose_agency(find("ruapehu-district-council"))
        text = calculator.due.text()
        assert "18 February 2025" in text
        assert "19 February 2025" in text
        assert "unconfirmed" in text
    finally:
        close_main(main)


def test_no_alarm_on_the_earlier_of_two_possible_dates() -> None:
    """A doubtful council (Ruapehu, law.md §12.4): its stated date, an extension notice and a
    decision on the later possible day are not called wrong, late or invalid."""
    events: Events = [
        received("2025-01-20"),
        {"type": "acknowledged", "date": "2025-01-21", "stated_due": "2025-02-19"},
        {"type": "extension_notified", "date": "2025-02-19", "extended_to": "2025-03-19"},
    ]
    a = assess(request("Ruapehu District Council", events), today=date(2025, 2, 20))
    codes = [f.code for f in a.findings]
    assert FindingCode.STATED_DATE_ALTERNATIVE in codes
    assert FindingCode.STATED_DATE_WRONG not in codes
    assert FindingCode.EXTENSION_LATE not in codes
    assert a.effective_deadline == date(2025, 3, 19)
    decided = assess(
        request(
            "Ruapehu District Council",
            [
                received("2025-01-20"),
                {"type": "decision_notified", "date": "2025-02-19", "outcome": "granted"},
            ],
        ),
        today=date(2025, 2, 19),
    )
    codes = [f.code for f in decided.findings]
    assert FindingCode.DECIDED_LATE not in codes
    assert FindingCode.DECIDED_POSSIBLY_LATE in codes
    # neither "on time" (it was, only on the later date) nor "late": the doubt is the status
    assert decided.status is Status.DECIDED_POSSIBLY_LATE
    assert not decided.problems and decided.working_days_late is None
