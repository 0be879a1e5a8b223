"""Golden tables for the deadline engine.

Every expected date comes from ``shared/law.md`` §9 (S = sourced, D = derived,
Cipscis = third-party test vectors) or was counted by hand against the rules in
law.md §1-§5 (marked "hand-checked" with the count in the why string). None was
copied from the engine's output.
"""

from __future__ import annotations

from datetime import date

import pytest

from oiaassist import (
    Act,
    ReasonCode,
    calendar_for,
    clarification_deadline,
    extend_deadline,
    response_deadline,
    transfer_deadline,
)
from oiaassist.reading.checks import CheckKind, check_reading
from oiaassist.reading.facts import ExtensionFound
from oiaassist.reading.reader import LetterReading
from oiaassist.reading.text import Found
from oiaassist.tracking import FindingCode, Request, Severity, assess

OIA = Act.OIA
LG = Act.LGOIMA
PA = Act.PRIVACY

# --- s 15(1) / LGOIMA s 13(1) / PA s 44: 20 working days after receipt --------------------------
# (received, act, region, due, why)
RESPONSE_ROWS = [
    pytest.param(
        date(2024, 9, 13),
        OIA,
        None,
        date(2024, 10, 11),
        "seed case (design.md §3): no holidays, 8 weekend days",
        id="seed",
    ),
    pytest.param(
        date(2021, 1, 8),
        OIA,
        None,
        date(2021, 2, 15),
        "S1 Ombudsman: closed period to 15 Jan; Waitangi Sat 6 Feb -> Mon 8 Feb excluded",
        id="S1",
    ),
    pytest.param(
        date(2019, 1, 3),
        OIA,
        None,
        date(2019, 2, 13),
        "S2 FYI/NZ Post: agency's 14 Feb was wrong; Wellington/Auckland anniversaries ignored",
        id="S2",
    ),
    pytest.param(
        date(2019, 1, 15),
        OIA,
        None,
        date(2019, 2, 13),
        "S3 FYI/NZ Post: clarification on 15 Jan (inside closed period) gives the same date",
        id="S3",
    ),
    pytest.param(
        date(2017, 4, 16),
        OIA,
        None,
        date(2017, 5, 16),
        "S4 Easter Sunday receipt; Easter Mon 17 Apr and Anzac Tue 25 Apr excluded",
        id="S4",
    ),
    pytest.param(
        date(2022, 11, 25),
        OIA,
        None,
        date(2022, 12, 23),
        "S5 Ombudsman: Fri 25 Nov 2022 not yet affected by 25 Dec-15 Jan",
        id="S5-fri-25-nov",
    ),
    pytest.param(
        date(2022, 11, 26),
        OIA,
        None,
        date(2022, 12, 23),
        "S5 Ombudsman: Saturday receipt, day 1 is Mon 28 Nov",
        id="S5-sat-26-nov",
    ),
    pytest.param(
        date(2022, 11, 27),
        OIA,
        None,
        date(2022, 12, 23),
        "S5 Ombudsman: Sunday receipt, day 1 is Mon 28 Nov",
        id="S5-sun-27-nov",
    ),
    pytest.param(
        date(2022, 11, 28),
        OIA,
        None,
        date(2023, 1, 16),
        "S5 Ombudsman: first receipt affected by 25 Dec 2022-15 Jan 2023",
        id="S5-mon-28-nov",
    ),
    pytest.param(
        date(2022, 11, 22),
        LG,
        None,
        date(2023, 1, 11),
        "S6 Ombudsman: first LGOIMA receipt affected by 20 Dec-10 Jan",
        id="S6-lgoima",
    ),
    pytest.param(
        date(2022, 11, 21),
        LG,
        None,
        date(2022, 12, 19),
        "S6 negative, hand-checked: no anniversary, 21 Nov 2022 is not affected "
        "(22-25 Nov 4, 28 Nov-2 Dec 9, 5-9 Dec 14, 12-16 Dec 19, Mon 19 Dec 20)",
        id="S6-lgoima-21-nov-no-region",
    ),
    pytest.param(
        date(2022, 11, 21),
        LG,
        "WTC",
        date(2023, 1, 11),
        "S6 Ombudsman + design.md §3: Westland anniversary Mon 28 Nov 2022 makes 21 Nov affected",
        id="S6-lgoima-westland",
    ),
    pytest.param(
        date(2022, 11, 21),
        LG,
        "CIT",
        date(2023, 1, 11),
        "S6 Ombudsman: Chatham Islands anniversary Mon 28 Nov 2022 makes 21 Nov affected",
        id="S6-lgoima-chathams",
    ),
    pytest.param(
        date(2024, 11, 22),
        LG,
        None,
        date(2025, 1, 13),
        "S7 Ruapehu DC: first LGOIMA receipt affected by 20 Dec 2024-10 Jan 2025",
        id="S7",
    ),
    pytest.param(
        date(2024, 11, 21),
        LG,
        None,
        date(2024, 12, 19),
        "S7 negative, hand-checked: 22 Nov 1, 25-29 Nov 6, 2-6 Dec 11, 9-13 Dec 16, 16-19 Dec 20",
        id="S7-21-nov-not-affected",
    ),
    pytest.param(
        date(2016, 1, 20),
        LG,
        None,
        date(2016, 2, 18),
        "S8 LGOIMA acknowledgement: pre-2019 OIA-style definition; Waitangi Sat -> Mon 8 Feb",
        id="S8",
    ),
    pytest.param(
        date(2016, 1, 20),
        LG,
        "WGN",
        date(2016, 2, 18),
        "S8 with a region: before 21 Mar 2019 anniversary days (Wellington 25 Jan 2016, "
        "Auckland 1 Feb 2016) are working days under LGOIMA",
        id="S8-wellington-pre-2019",
    ),
    pytest.param(
        date(2016, 1, 20),
        LG,
        "AUK",
        date(2016, 2, 18),
        "S8 with Auckland: pre-2019 no anniversary days (law.md §5.1 history)",
        id="S8-auckland-pre-2019",
    ),
    pytest.param(
        date(2022, 9, 5),
        OIA,
        None,
        date(2022, 10, 4),
        "S9 Customs notice: 20 WD from Mon 5 Sep 2022 is Tue 4 Oct, not Mon 3 Oct (QEII day)",
        id="S9",
    ),
    pytest.param(
        date(2023, 7, 30),
        OIA,
        None,
        date(2023, 8, 25),
        "S10 FYI: Sunday receipt; extension letter dated 25 Aug 2023 was on day 20",
        id="S10",
    ),
    pytest.param(
        date(2022, 4, 25),
        OIA,
        None,
        date(2022, 5, 23),
        "S11 FYI: receipt on Anzac Day 2022",
        id="S11",
    ),
    pytest.param(
        date(2024, 3, 13),
        OIA,
        None,
        date(2024, 4, 12),
        "S12 Kāinga Ora stated due date Fri 12 Apr 2024 (Good Fri 29 Mar, Easter Mon 1 Apr)",
        id="S12",
    ),
    pytest.param(
        date(2023, 6, 20), OIA, None, date(2023, 7, 19), "D1 Matariki Fri 14 Jul 2023", id="D1"
    ),
    pytest.param(
        date(2024, 6, 3),
        OIA,
        None,
        date(2024, 7, 2),
        "D2 receipt on King's Birthday; Matariki 28 Jun 2024",
        id="D2",
    ),
    pytest.param(
        date(2025, 5, 30),
        OIA,
        None,
        date(2025, 7, 1),
        "D3 King's Birthday 2 Jun + Matariki 20 Jun 2025",
        id="D3",
    ),
    pytest.param(
        date(2026, 4, 20),
        OIA,
        None,
        date(2026, 5, 19),
        "D4 Anzac Sat 25 Apr 2026 -> Mon 27 Apr excluded (para (ab))",
        id="D4",
    ),
    pytest.param(
        date(2027, 1, 29),
        OIA,
        None,
        date(2027, 3, 1),
        "D5 Waitangi Sat 6 Feb 2027 -> Mon 8 Feb excluded (para (ab))",
        id="D5",
    ),
    pytest.param(
        date(2022, 9, 19),
        OIA,
        None,
        date(2022, 10, 18),
        "D6 QEII Memorial Day 26 Sep 2022",
        id="D6",
    ),
    pytest.param(
        date(2024, 10, 14),
        OIA,
        None,
        date(2024, 11, 12),
        "D7 Labour Day 28 Oct 2024; Canterbury anniversary 15 Nov ignored by the OIA",
        id="D7",
    ),
    pytest.param(
        date(2025, 11, 26),
        OIA,
        None,
        date(2025, 12, 24),
        "D8 last receipt before the closed period bites",
        id="D8",
    ),
    pytest.param(
        date(2025, 11, 27),
        OIA,
        None,
        date(2026, 1, 16),
        "D9 first receipt pushed over 25 Dec-15 Jan",
        id="D9",
    ),
    pytest.param(
        date(2025, 12, 1), OIA, None, date(2026, 1, 20), "D10 spans the closed period", id="D10"
    ),
    pytest.param(
        date(2038, 4, 20),
        OIA,
        None,
        date(2038, 5, 20),
        "D11 Anzac Sun = Easter Sun; Mondayised Anzac = Easter Mon, no cascade to Tue 27 Apr",
        id="D11",
    ),
    pytest.param(
        date(2011, 4, 20),
        OIA,
        None,
        date(2011, 5, 20),
        "D12 pre-2014 (no Mondayisation); Anzac = Easter Mon 25 Apr 2011",
        id="D12",
    ),
    pytest.param(
        date(2026, 1, 12),
        LG,
        None,
        date(2026, 2, 10),
        "D13 LGOIMA period ends 10 Jan; Waitangi Fri 6 Feb",
        id="D13",
    ),
    pytest.param(
        date(2026, 1, 12),
        LG,
        "CAN",
        date(2026, 2, 10),
        "D13 with a region whose anniversary (November) is outside the window",
        id="D13-canterbury",
    ),
    pytest.param(
        date(2026, 1, 12),
        LG,
        "WGN",
        date(2026, 2, 11),
        "D14 Wellington anniversary Mon 19 Jan 2026 not a working day under LGOIMA",
        id="D14",
    ),
    pytest.param(
        date(2026, 1, 12),
        OIA,
        None,
        date(2026, 2, 13),
        "D15 contrast: OIA period runs to 15 Jan",
        id="D15",
    ),
    pytest.param(
        date(2026, 1, 12),
        OIA,
        "WGN",
        date(2026, 2, 13),
        "D15 negative: the OIA ignores a region (Wellington anniversary is a working day)",
        id="D15-oia-ignores-region",
    ),
    pytest.param(
        date(2025, 11, 21),
        LG,
        None,
        date(2025, 12, 19),
        "D16 no anniversary: due Fri 19 Dec 2025",
        id="D16-no-region",
    ),
    pytest.param(
        date(2025, 11, 21),
        LG,
        "CIT",
        date(2026, 1, 12),
        "D16 Chatham Islands anniversary Mon 1 Dec 2025 pushes past 20 Dec",
        id="D16-chathams",
    ),
    pytest.param(
        date(2025, 11, 21),
        LG,
        "WTC",
        date(2026, 1, 12),
        "D16 Westland anniversary Mon 1 Dec 2025 pushes past 20 Dec",
        id="D16-westland",
    ),
    pytest.param(
        date(2025, 11, 24),
        LG,
        None,
        date(2026, 1, 12),
        "D17 first generic LGOIMA receipt affected in 2025",
        id="D17",
    ),
    pytest.param(
        date(2019, 11, 26),
        OIA,
        None,
        date(2019, 12, 24),
        "law.md §7 (derived): Tue 26 Nov 2019 is due Tue 24 Dec 2019, not affected",
        id="s7-oia-2019-26-nov",
    ),
    pytest.param(
        date(2019, 11, 27),
        OIA,
        None,
        date(2020, 1, 16),
        "law.md §7: 27 Nov 2019 first affected; hand-checked 28-29 Nov 2, 2-6 Dec 7, "
        "9-13 Dec 12, 16-20 Dec 17, 23-24 Dec 19, Thu 16 Jan 2020 20",
        id="s7-oia-2019-27-nov",
    ),
    pytest.param(
        date(2019, 11, 21),
        LG,
        None,
        date(2019, 12, 19),
        "law.md §7 LGOIMA 2019 (22 Nov first affected), hand-checked: 22 Nov 1, 25-29 Nov 6, "
        "2-6 Dec 11, 9-13 Dec 16, 16-19 Dec 20",
        id="s7-lgoima-2019-21-nov",
    ),
    pytest.param(
        date(2019, 11, 22),
        LG,
        None,
        date(2020, 1, 13),
        "law.md §7 LGOIMA 2019 first affected date; hand-checked 16-19 Dec 19, Mon 13 Jan 20",
        id="s7-lgoima-2019-22-nov",
    ),
    pytest.param(
        date(2019, 11, 21),
        LG,
        "WTC",
        date(2020, 1, 13),
        "law.md §7: 21 Nov 2019 affected for Westland (anniversary Mon 2 Dec 2019)",
        id="s7-lgoima-2019-21-nov-westland",
    ),
    pytest.param(
        date(2024, 9, 13),
        PA,
        None,
        date(2024, 10, 11),
        "Privacy Act s 44 mirrors OIA arithmetic (law.md §6): seed date",
        id="privacy-seed",
    ),
    pytest.param(
        date(2022, 9, 19),
        PA,
        None,
        date(2022, 10, 18),
        "Privacy Act: QEII Memorial Day also excluded (law.md §2.4), as D6",
        id="privacy-qeii",
    ),
    pytest.param(
        date(2025, 11, 27),
        PA,
        None,
        date(2026, 1, 16),
        "Privacy Act: 25 Dec-15 Jan (law.md §6), as D9",
        id="privacy-closed-period",
    ),
    pytest.param(
        date(2022, 9, 19),
        LG,
        None,
        date(2022, 10, 18),
        "LGOIMA: QEII Memorial Day excluded too (law.md §2.4), as D6",
        id="lgoima-qeii",
    ),
]


@pytest.mark.parametrize(("received", "act", "region", "due", "why"), RESPONSE_ROWS)
def test_response_deadline(
    received: date, act: Act, region: str | None, due: date, why: str
) -> None:
    deadline = response_deadline(received, act=act, region=region)
    assert deadline.due == due, why
    assert deadline.working_days == 20
    assert deadline.act is act
    assert calendar_for(act, region).add_working_days(received, 20) == due, why
    assert calendar_for(act, region).working_days_between(received, due) == 20, why


# --- transfer (s 14) and clarification (s 15(1AB)) ----------------------------------------------
# (function, received, due, why)
OTHER_LIMIT_ROWS = [
    pytest.param(
        transfer_deadline,
        date(2022, 9, 19),
        date(2022, 10, 4),
        "D19 OIA s 14: 10 WD including QEII day 26 Sep 2022",
        id="D19-transfer",
    ),
    pytest.param(
        clarification_deadline,
        date(2025, 3, 3),
        date(2025, 3, 12),
        "D18 OIA s 15(1AB): 7th working day is the latest in-time clarification request",
        id="D18-clarification",
    ),
    pytest.param(
        clarification_deadline,
        date(2024, 9, 13),
        date(2024, 9, 24),
        "seed case (design.md §3): 7th working day after Fri 13 Sep 2024",
        id="seed-clarification",
    ),
    pytest.param(
        transfer_deadline,
        date(2024, 9, 13),
        date(2024, 9, 27),
        "seed case, hand-checked: 16-20 Sep 5, 23-27 Sep 10",
        id="seed-transfer",
    ),
]


@pytest.mark.parametrize(("compute", "received", "due", "why"), OTHER_LIMIT_ROWS)
def test_other_limits(compute: object, received: date, due: date, why: str) -> None:
    assert callable(compute)
    assert compute(received).due == due, why


def test_limit_citations() -> None:
    assert transfer_deadline(date(2024, 9, 13)).citation == "Official Information Act 1982, s 14"
    assert transfer_deadline(date(2024, 9, 13)).working_days == 10
    assert clarification_deadline(date(2024, 9, 13)).citation.short == "OIA s 15(1AB)"
    assert clarification_deadline(date(2024, 9, 13)).working_days == 7
    lg = response_deadline(date(2024, 9, 13), act="lgoima")
    assert lg.citation == "Local Government Official Information and Meetings Act 1987, s 13(1)"
    assert response_deadline(date(2024, 9, 13), act="privacy").citation.short == "Privacy Act s 44"


# --- add_wd and working days between (Cipscis/working-days specs, OIA) -------------------------
# (start, n, result, why)
ADD_ROWS = [
    pytest.param(
        date(2022, 6, 1),
        15,
        date(2022, 6, 23),
        "Cipscis addWorkingDays: Queen's Birthday 6 Jun 2022 excluded",
        id="cipscis-1-jun-2022",
    ),
    pytest.param(
        date(2022, 9, 3),
        20,
        date(2022, 10, 3),
        "Cipscis addWorkingDays: Saturday start, QEII day excluded",
        id="cipscis-3-sep-2022",
    ),
    pytest.param(
        date(2022, 9, 5),
        20,
        date(2022, 10, 4),
        "S9 Customs, 20 WD after Mon 5 Sep 2022",
        id="S9-customs",
    ),
    pytest.param(
        date(2024, 9, 13),
        7,
        date(2024, 9, 24),
        "design.md §3: start is day 0",
        id="design-7",
    ),
    pytest.param(
        date(2024, 9, 13), 0, date(2024, 9, 13), "n = 0 is the start itself", id="zero-days"
    ),
    pytest.param(
        date(2024, 9, 14),
        0,
        date(2024, 9, 14),
        "n = 0 is the start itself, even on a Saturday",
        id="zero-days-weekend",
    ),
]


@pytest.mark.parametrize(("start", "n", "result", "why"), ADD_ROWS)
def test_add_working_days(start: date, n: int, result: date, why: str) -> None:
    assert calendar_for(Act.OIA).add_working_days(start, n) == result, why


# (start, end, count, why)
BETWEEN_ROWS = [
    pytest.param(date(2014, 8, 13), date(2014, 9, 3), 15, "Cipscis workingDaysBetween", id="2014"),
    pytest.param(
        date(2015, 8, 13), date(2015, 10, 16), 46, "Cipscis workingDaysBetween", id="2015-aug-oct"
    ),
    pytest.param(
        date(2015, 10, 23),
        date(2015, 11, 23),
        20,
        "Cipscis workingDaysBetween (Labour Day 26 Oct 2015)",
        id="2015-oct-nov",
    ),
    pytest.param(
        date(2016, 3, 6),
        date(2016, 4, 6),
        21,
        "Cipscis workingDaysBetween (Easter 2016)",
        id="2016",
    ),
    pytest.param(
        date(2022, 4, 23),
        date(2022, 6, 8),
        31,
        "Cipscis workingDaysBetween (Anzac Mon 25 Apr, Queen's Birthday 6 Jun 2022)",
        id="2022-apr-jun",
    ),
    pytest.param(
        date(2022, 5, 29),
        date(2022, 6, 26),
        18,
        "Cipscis workingDaysBetween (Queen's Birthday + Matariki 24 Jun 2022)",
        id="2022-may-jun",
    ),
    pytest.param(
        date(2022, 7, 29), date(2022, 8, 26), 20, "Cipscis workingDaysBetween", id="2022-jul-aug"
    ),
    pytest.param(date(2024, 9, 13), date(2024, 10, 11), 20, "design.md §3 seed", id="design-seed"),
    pytest.param(date(2024, 9, 13), date(2024, 9, 13), 0, "empty interval (s, s]", id="same-day"),
    pytest.param(
        date(2024, 10, 11), date(2024, 9, 13), -20, "reversed interval is negative", id="reversed"
    ),
]


@pytest.mark.parametrize(("start", "end", "count", "why"), BETWEEN_ROWS)
def test_working_days_between(start: date, end: date, count: int, why: str) -> None:
    assert calendar_for(Act.OIA).working_days_between(start, end) == count, why


# --- extensions (s 15A) ------------------------------------------------------------------------


def test_seed_extension_by_working_days() -> None:
    d = response_deadline(date(2024, 9, 13))
    extended = extend_deadline(d, working_days=45)
    # design.md §3; hand-checked: Labour Day 28 Oct 2024 skipped, 45th working day Mon 16 Dec.
    assert extended.due == date(2024, 12, 16)
    assert extended.working_days == 45
    assert extended.total_working_days == 65
    assert extended.start == date(2024, 10, 11)
    assert extended.received == date(2024, 9, 13)
    assert extended.extends is d
    assert extended.citation == "Official Information Act 1982, s 15A(1)"
    assert any(s.day == date(2024, 10, 28) and s.label == "Labour Day" for s in extended.skipped)


def test_seed_extension_to_date() -> None:
    d = response_deadline(date(2024, 9, 13))
    assert extend_deadline(d, to=date(2024, 12, 16)).working_days == 45


def test_s1_extension_to_8_march_2021() -> None:
    # S1: original deadline Mon 15 Feb 2021, extended to 8 Mar 2021. Hand-checked count of
    # (15 Feb, 8 Mar]: 16-19 Feb 4, 22-26 Feb 9, 1-5 Mar 14, Mon 8 Mar 15; no holidays.
    d = response_deadline(date(2021, 1, 8))
    extended = extend_deadline(d, to=date(2021, 3, 8))
    assert extended.working_days == 15
    assert extend_deadline(d, working_days=15).due == date(2021, 3, 8)


# (received, notice, in_time, why): s 15A(3) notice must be within the original 20 working days
NOTICE_ROWS = [
    pytest.param(
        date(2021, 1, 8),
        date(2021, 2, 5),
        True,
        "S1 first extension notified 5 Feb 2021, before 15 Feb",
        id="S1-first",
    ),
    pytest.param(
        date(2021, 1, 8),
        date(2021, 3, 5),
        False,
        "S1 'extension' of 5 Mar 2021 purported, after 15 Feb",
        id="S1-second",
    ),
    pytest.param(
        date(2021, 1, 8),
        date(2021, 3, 31),
        False,
        "S1 'extension' of 31 Mar 2021 purported",
        id="S1-third",
    ),
    pytest.param(
        date(2023, 7, 30),
        date(2023, 8, 25),
        True,
        "S10 letter dated on day 20 is in time",
        id="S10",
    ),
    pytest.param(
        date(2022, 4, 25),
        date(2022, 5, 22),
        True,
        "S11 letter dated 22 May 2022, before the 23 May deadline",
        id="S11",
    ),
    pytest.param(
        date(2024, 3, 13),
        date(2024, 4, 17),
        False,
        "S12 letter dated 17 Apr 2024 is after the 12 Apr deadline: invalid",
        id="S12",
    ),
]


@pytest.mark.parametrize(("received", "notice", "in_time", "why"), NOTICE_ROWS)
def test_extension_notice_timing(received: date, notice: date, in_time: bool, why: str) -> None:
    # The code that decides: the tracking replay (s 15A(3)) and the letter checks.
    request = Request.model_validate(
        {
            "agency": "An agency",
            "events": [
                {"type": "received", "date": received.isoformat()},
                {"type": "extension_notified", "date": notice.isoformat(), "working_days": 20},
            ],
        }
    )
    (finding,) = [
        f for f in assess(request, today=notice).findings if f.code.name.startswith("EXT")
    ]
    if in_time:
        assert (finding.code, finding.severity) == (FindingCode.EXTENSION_VALID, Severity.INFO), why
    else:
        assert (finding.code, finding.severity) == (FindingCode.EXTENSION_LATE, Severity.PROBLEM)
    reading = LetterReading(
        received=Found(received, "", (0, 0)),
        received_basis="received",  # the letter states the day of receipt
        extension=ExtensionFound("", Found(notice, "", (0, 0)), True, None, None, ()),
    )
    (check,) = [c for c in check_reading(reading) if c.kind is CheckKind.EXTENSION_NOTICE]
    assert check.ok is in_time, why


# --- the trail -----------------------------------------------------------------------------------


def test_seed_skipped_days_and_citation() -> None:
    d = response_deadline(date(2024, 9, 13))
    assert d.citation == "Official Information Act 1982, s 15(1)"
    assert len(d.skipped) == 8
    assert {s.reason.code for s in d.skipped} == {ReasonCode.WEEKEND}
    assert [s.day for s in d.skipped] == [
        date(2024, 9, 14),
        date(2024, 9, 15),
        date(2024, 9, 21),
        date(2024, 9, 22),
        date(2024, 9, 28),
        date(2024, 9, 29),
        date(2024, 10, 5),
        date(2024, 10, 6),
    ]


def test_lgoima_without_region_reports_uncounted_anniversary() -> None:
    # D16: Chatham Islands/Westland anniversary Mon 1 Dec 2025 falls inside the window.
    d = response_deadline(date(2025, 11, 21), act=Act.LGOIMA)
    found = {a.day: a for a in d.anniversaries_not_counted}
    assert date(2025, 12, 1) in found
    assert {"CIT", "WTC"} <= set(found[date(2025, 12, 1)].regions)
    with_region = response_deadline(date(2025, 11, 21), act=Act.LGOIMA, region="WTC")
    assert with_region.anniversaries_not_counted == ()
    assert response_deadline(date(2025, 11, 21)).anniversaries_not_counted == ()


# --- is it a working day? (positive and negative rows) -------------------------------------------
# (day, act, region, working, why)
WORKING_DAY_ROWS = [
    pytest.param(
        date(2024, 1, 22),
        OIA,
        None,
        True,
        "Wellington Anniversary Day 2024 is a working day under the OIA (law.md §2.3)",
        id="wellington-anniversary-oia",
    ),
    pytest.param(
        date(2024, 1, 22),
        OIA,
        "WGN",
        True,
        "the OIA ignores regions altogether",
        id="wellington-anniversary-oia-region",
    ),
    pytest.param(
        date(2024, 1, 22),
        LG,
        "WGN",
        False,
        "Wellington Anniversary Day 2024 under LGOIMA for a Wellington authority (§5.1 (b))",
        id="wellington-anniversary-lgoima",
    ),
    pytest.param(
        date(2024, 1, 22),
        LG,
        None,
        True,
        "LGOIMA without a region counts no anniversary day",
        id="wellington-anniversary-lgoima-no-region",
    ),
    pytest.param(
        date(2024, 1, 22),
        PA,
        None,
        True,
        "Privacy Act: anniversary days are working days (law.md §6)",
        id="wellington-anniversary-privacy",
    ),
    pytest.param(
        date(2024, 11, 15),
        OIA,
        None,
        True,
        "Canterbury Show/Anniversary Day Fri 15 Nov 2024 is a working day under the OIA",
        id="canterbury-show-day-oia",
    ),
    pytest.param(
        date(2024, 11, 15),
        LG,
        "CAN",
        False,
        "Canterbury anniversary Fri 15 Nov 2024 under LGOIMA for Canterbury",
        id="canterbury-show-day-lgoima",
    ),
    pytest.param(
        date(2024, 1, 15),
        OIA,
        None,
        False,
        "15 January is the last day of the OIA closed period",
        id="15-jan-oia",
    ),
    pytest.param(
        date(2024, 1, 16),
        OIA,
        None,
        True,
        "16 January is a working day under the OIA (Tue 16 Jan 2024)",
        id="16-jan-oia",
    ),
    pytest.param(
        date(2024, 12, 24), OIA, None, True, "24 Dec is a working day (OIA)", id="24-dec-oia"
    ),
    pytest.param(
        date(2024, 12, 25),
        OIA,
        None,
        False,
        "25 Dec starts the OIA closed period",
        id="25-dec-oia",
    ),
    pytest.param(
        date(2019, 12, 20),
        LG,
        None,
        False,
        "20 Dec 2019 is in the LGOIMA closed period (since 21 Mar 2019)",
        id="20-dec-2019-lgoima",
    ),
    pytest.param(
        date(2024, 12, 20),
        LG,
        None,
        False,
        "20 Dec 2024 is in the LGOIMA closed period",
        id="20-dec-2024-lgoima",
    ),
    pytest.param(
        date(2024, 12, 20),
        OIA,
        None,
        True,
        "20 Dec 2024 is a working day under the OIA",
        id="20-dec-2024-oia",
    ),
    pytest.param(
        date(2019, 12, 20),
        OIA,
        None,
        True,
        "20 Dec 2019 is a working day under the OIA",
        id="20-dec-2019-oia",
    ),
    pytest.param(
        date(2021, 1, 11),
        LG,
        None,
        True,
        "11 January is a working day under LGOIMA (period ends 10 Jan)",
        id="11-jan-2021-lgoima",
    ),
    pytest.param(
        date(2021, 1, 11),
        OIA,
        None,
        False,
        "11 January is inside the OIA closed period",
        id="11-jan-2021-oia",
    ),
    pytest.param(
        date(2021, 1, 10),
        LG,
        None,
        False,
        "10 January ends the LGOIMA closed period (a Sunday in 2021, but also closed)",
        id="10-jan-2021-lgoima",
    ),
    pytest.param(
        date(2018, 12, 20),
        LG,
        None,
        True,
        "S8 era: before 21 Mar 2019 LGOIMA used 25 Dec-15 Jan, so Thu 20 Dec 2018 counts",
        id="20-dec-2018-lgoima-pre-2019",
    ),
    pytest.param(
        date(2018, 12, 24),
        LG,
        None,
        True,
        "pre-2019 LGOIMA: Mon 24 Dec 2018 is a working day",
        id="24-dec-2018-lgoima-pre-2019",
    ),
    pytest.param(
        date(2019, 1, 11),
        LG,
        None,
        False,
        "pre-2019 LGOIMA: Fri 11 Jan 2019 is inside 25 Dec-15 Jan",
        id="11-jan-2019-lgoima-pre-2019",
    ),
    pytest.param(
        date(2019, 1, 21),
        LG,
        "WGN",
        True,
        "pre-2019 LGOIMA: Wellington anniversary Mon 21 Jan 2019 was a working day",
        id="wellington-2019-lgoima-pre-change",
    ),
    pytest.param(
        date(2018, 11, 16),
        LG,
        "CAN",
        True,
        "pre-2019 LGOIMA: Canterbury anniversary Fri 16 Nov 2018 was a working day",
        id="canterbury-2018-lgoima-pre-change",
    ),
    pytest.param(
        date(2009, 4, 27),
        OIA,
        None,
        True,
        "Anzac Sat 25 Apr 2009: no Mondayisation before 2014, Mon 27 Apr is a working day",
        id="anzac-2009-not-mondayised",
    ),
    pytest.param(
        date(2015, 4, 27),
        OIA,
        None,
        False,
        "Anzac Sat 25 Apr 2015 -> Mon 27 Apr not a working day (para (ab), from 2014)",
        id="anzac-2015-mondayised",
    ),
    pytest.param(
        date(2010, 2, 8),
        OIA,
        None,
        True,
        "Waitangi Sat 6 Feb 2010: no Mondayisation before 2014",
        id="waitangi-2010-not-mondayised",
    ),
    pytest.param(
        date(2016, 2, 8),
        OIA,
        None,
        False,
        "Waitangi Sat 6 Feb 2016 -> Mon 8 Feb (para (ab)), as in S8",
        id="waitangi-2016-mondayised",
    ),
    pytest.param(
        date(2038, 4, 27),
        OIA,
        None,
        True,
        "D11: no cascade: Tue 27 Apr 2038 is a working day",
        id="anzac-2038-no-cascade",
    ),
    pytest.param(
        date(2022, 9, 26),
        OIA,
        None,
        False,
        "QEII Memorial Day (law.md §2.4), OIA",
        id="qeii-oia",
    ),
    pytest.param(
        date(2022, 9, 26),
        LG,
        None,
        False,
        "QEII Memorial Day, LGOIMA",
        id="qeii-lgoima",
    ),
    pytest.param(
        date(2022, 9, 26),
        LG,
        "WGN",
        False,
        "QEII Memorial Day, LGOIMA with a region",
        id="qeii-lgoima-region",
    ),
    pytest.param(
        date(2022, 9, 26),
        PA,
        None,
        False,
        "QEII Memorial Day, Privacy Act",
        id="qeii-privacy",
    ),
    pytest.param(
        date(2024, 6, 28),
        OIA,
        None,
        False,
        "Matariki Fri 28 Jun 2024 (law.md §3, §8 item 5)",
        id="matariki-2024-oia",
    ),
    pytest.param(
        date(2024, 6, 28), LG, None, False, "Matariki 2024, LGOIMA", id="matariki-2024-lgoima"
    ),
    pytest.param(
        date(2024, 6, 28), PA, None, False, "Matariki 2024, Privacy Act", id="matariki-2024-privacy"
    ),
    pytest.param(
        date(2036, 7, 18),
        OIA,
        None,
        False,
        "Matariki 2036 is Fri 18 Jul (statute), not 21 Jul",
        id="matariki-2036",
    ),
    pytest.param(
        date(2036, 7, 21),
        OIA,
        None,
        True,
        "Mon 21 Jul 2036 is a working day (the advisory group's wrong date)",
        id="matariki-2036-wrong-date",
    ),
    pytest.param(
        date(2022, 11, 11),
        LG,
        "South Canterbury",
        False,
        "South Canterbury anniversary 2022 moved to Fri 11 Nov (law.md §5.1 override)",
        id="south-canterbury-2022-override",
    ),
    pytest.param(
        date(2022, 11, 11),
        LG,
        None,
        True,
        "11 Nov 2022 is a working day without the South Canterbury region",
        id="south-canterbury-2022-no-region",
    ),
    pytest.param(
        date(2024, 10, 28), OIA, None, False, "Labour Day 2024 (4th Mon Oct)", id="labour-day-2024"
    ),
    pytest.param(
        date(2024, 10, 29), OIA, None, True, "the day after Labour Day", id="after-labour-day"
    ),
    pytest.param(
        date(2024, 6, 3), OIA, None, False, "King's Birthday 2024 (1st Mon Jun)", id="kings-2024"
    ),
    pytest.param(
        date(2011, 3, 18),
        OIA,
        None,
        True,
        "Canterbury Earthquake Commemoration Day 2011 was regional: a working day (law.md §2.4)",
        id="earthquake-day-2011",
    ),
]


@pytest.mark.parametrize(("day", "act", "region", "working", "why"), WORKING_DAY_ROWS)
def test_is_working_day(day: date, act: Act, region: str | None, working: bool, why: str) -> None:
    cal = calendar_for(act, region)
    assert cal.is_working_day(day) is working, why
    assert (cal.why_not_working(day) is None) is working, why
    assert (day in cal) is working, why


def test_south_canterbury_2022_is_not_26_september() -> None:
    # python-holidays puts South Canterbury 2022 on 26 Sep; it was moved to 11 Nov (law.md §5.1).
    cal = calendar_for(Act.LGOIMA, "South Canterbury")
    qeii = cal.why_not_working(date(2022, 9, 26))
    assert qeii is not None
    assert [r.code for r in qeii.reasons] == [ReasonCode.MEMORIAL_DAY]
    moved = cal.why_not_working(date(2022, 11, 11))
    assert moved is not None
    assert moved.reason.code is ReasonCode.ANNIVERSARY_DAY
    assert moved.reason.label == "South Canterbury Anniversary Day"


# --- why a day is not a working day ------------------------------------------------------------
# (day, act, region, (code, label, short citation), why)
REASON_ROWS = [
    pytest.param(
        date(2024, 10, 28),
        OIA,
        None,
        (ReasonCode.NAMED_DAY, "Labour Day", 'OIA s 2(1) "working day" (a)'),
        "law.md §2.1 para (a): Labour Day, 4th Mon Oct",
        id="labour-day",
    ),
    pytest.param(
        date(2024, 12, 25),
        OIA,
        None,
        (
            ReasonCode.CLOSED_PERIOD,
            "Christmas–New Year period (25 December–15 January)",
            'OIA s 2(1) "working day" (b)',
        ),
        "law.md §2.1 para (b): 25 Dec-15 Jan",
        id="christmas-oia",
    ),
    pytest.param(
        date(2024, 12, 20),
        LG,
        None,
        (
            ReasonCode.CLOSED_PERIOD,
            "Christmas–New Year period (20 December–10 January)",
            'LGOIMA s 2(1) "working day" (c)',
        ),
        "law.md §5.1 para (c): 20 Dec-10 Jan since 21 Mar 2019",
        id="20-dec-lgoima",
    ),
    pytest.param(
        date(2015, 4, 27),
        OIA,
        None,
        (ReasonCode.MONDAYISED, "Anzac Day (Mondayised)", 'OIA s 2(1) "working day" (ab)'),
        "law.md §2.1 para (ab): Anzac Sat 25 Apr 2015 -> Mon 27 Apr",
        id="anzac-mondayised",
    ),
    pytest.param(
        date(2022, 9, 26),
        OIA,
        None,
        (ReasonCode.MEMORIAL_DAY, "Queen Elizabeth II Memorial Day", "QEII Memorial Day Act"),
        "law.md §2.4: QEII Memorial Day Act 2022",
        id="qeii",
    ),
    pytest.param(
        date(2024, 6, 28),
        OIA,
        None,
        (ReasonCode.NAMED_DAY, "Matariki", 'OIA s 2(1) "working day" (a)'),
        "law.md §3: Matariki Act 2022, Schedule 1",
        id="matariki",
    ),
    pytest.param(
        date(2024, 1, 22),
        LG,
        "WGN",
        (
            ReasonCode.ANNIVERSARY_DAY,
            "Wellington Anniversary Day",
            'LGOIMA s 2(1) "working day" (b)',
        ),
        "law.md §5.1 para (b): provincial anniversary, LGOIMA only",
        id="wellington-anniversary",
    ),
    pytest.param(
        date(2024, 9, 14),
        OIA,
        None,
        (ReasonCode.WEEKEND, "Saturday", 'OIA s 2(1) "working day" (a)'),
        "law.md §2.1 para (a): Saturday",
        id="saturday",
    ),
]


@pytest.mark.parametrize(("day", "act", "region", "expected", "source"), REASON_ROWS)
def test_why_not_working(
    day: date, act: Act, region: str | None, expected: tuple[ReasonCode, str, str], source: str
) -> None:
    code, label, short = expected
    why = calendar_for(act, region).why_not_working(day)
    assert why is not None, source
    assert why.day == day
    assert why.reason.code is code, source
    assert why.reason.label == label, source
    assert why.reason.citation.short == short, source


def test_closed_period_is_the_first_reason_on_a_weekend_christmas() -> None:
    why = calendar_for(Act.OIA).why_not_working(date(2021, 12, 25))  # a Saturday
    assert why is not None
    codes = [r.code for r in why.reasons]
    assert codes[0] is ReasonCode.CLOSED_PERIOD
    assert ReasonCode.WEEKEND in codes


def test_coincident_holidays_cost_one_day() -> None:
    # law.md §2.1: Anzac Day = Easter Monday 2011 costs one day; 2038 Mondayised Anzac = Easter Mon.
    cal = calendar_for(Act.OIA)
    why_2011 = cal.why_not_working(date(2011, 4, 25))
    assert why_2011 is not None
    assert {r.label for r in why_2011.reasons} == {"Anzac Day", "Easter Monday"}
    why_2038 = cal.why_not_working(date(2038, 4, 26))
    assert why_2038 is not None
    assert {r.code for r in why_2038.reasons} == {ReasonCode.NAMED_DAY, ReasonCode.MONDAYISED}
