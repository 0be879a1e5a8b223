"""One clock: "today" is the New Zealand date of an instant the tests can fix.

Either side of midnight in New Zealand (in standard and in daylight time), with and without
time-zone data, and through ``assess`` and the CLI, which must read this clock and not the
machine's own date (this machine's clock says some day in 2026, never the day fixed here).
"""

from __future__ import annotations

import json
import zoneinfo
from datetime import UTC, date, datetime, timedelta, timezone
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from oiaassist import dates
from oiaassist.cli import main
from oiaassist.tracking import Request, assess

# (instant, New Zealand date, why)
MIDNIGHTS = [
    (datetime(2024, 12, 5, 10, 59, 59, tzinfo=UTC), date(2024, 12, 5), "23:59:59 NZDT"),
    (datetime(2024, 12, 5, 11, 0, 0, tzinfo=UTC), date(2024, 12, 6), "00:00 NZDT"),
    (datetime(2024, 6, 30, 11, 59, 59, tzinfo=UTC), date(2024, 6, 30), "23:59:59 NZST"),
    (datetime(2024, 6, 30, 12, 0, 0, tzinfo=UTC), date(2024, 7, 1), "00:00 NZST"),
    # Daylight time began 02:00 NZST Sun 29 Sep 2024 (14:00 UTC Sat 28 Sep).
    (datetime(2024, 9, 28, 11, 59, 59, tzinfo=UTC), date(2024, 9, 28), "23:59:59 NZST, eve"),
    (datetime(2024, 9, 28, 12, 0, 0, tzinfo=UTC), date(2024, 9, 29), "00:00 NZST, DST day"),
    (datetime(2024, 9, 29, 10, 59, 59, tzinfo=UTC), date(2024, 9, 29), "23:59:59 NZDT"),
    (datetime(2024, 9, 29, 11, 0, 0, tzinfo=UTC), date(2024, 9, 30), "00:00 NZDT"),
    # It ended 03:00 NZDT Sun 7 Apr 2024 (14:00 UTC Sat 6 Apr).
    (datetime(2024, 4, 6, 10, 59, 59, tzinfo=UTC), date(2024, 4, 6), "23:59:59 NZDT, eve"),
    (datetime(2024, 4, 6, 11, 0, 0, tzinfo=UTC), date(2024, 4, 7), "00:00 NZDT, end day"),
    (datetime(2024, 4, 7, 11, 59, 59, tzinfo=UTC), date(2024, 4, 7), "23:59:59 NZST"),
    (datetime(2024, 4, 7, 12, 0, 0, tzinfo=UTC), date(2024, 4, 8), "00:00 NZST"),
]
IDS = [why for _i, _d, why in MIDNIGHTS]


@pytest.fixture(name="no_tz_data")
def no_tz_data_fixture(monkeypatch: pytest.MonkeyPatch) -> None:
    """As on Windows without the tzdata package: no zone can be loaded."""

    def missing(key: str) -> zoneinfo.ZoneInfo:
        raise zoneinfo.ZoneInfoNotFoundError(f"No time zone found with key {key}")

    monkeypatch.setattr(zoneinfo, "ZoneInfo", missing)


@pytest.mark.parametrize(("instant", "expected", "why"), MIDNIGHTS, ids=IDS)
def test_nz_today_either_side_of_midnight(instant: datetime, expected: date, why: str) -> None:
    assert dates.nz_today(instant) == expected, why


@pytest.mark.parametrize(("instant", "expected", "why"), MIDNIGHTS, ids=IDS)
def test_nz_today_without_time_zone_data(
    instant: datetime, expected: date, why: str, no_tz_data: None
) -> None:
    with pytest.raises(zoneinfo.ZoneInfoNotFoundError):
        zoneinfo.ZoneInfo("Pacific/Auckland")
    assert dates.nz_today(instant) == expected, why


def test_any_zone_of_the_instant_gives_the_same_day() -> None:
    instant = datetime(2024, 12, 5, 11, 0, 0, tzinfo=UTC)
    for hours in (-10, 0, 5, 13):
        shifted = instant.astimezone(timezone(timedelta(hours=hours)))
        assert dates.nz_today(shifted) == date(2024, 12, 6)


def test_a_naive_instant_is_refused() -> None:
    with pytest.raises(ValueError, match="aware"):
        dates.nz_today(datetime(2024, 12, 5, 11, 0))


@given(
    st.datetimes(
        min_value=datetime(2008, 1, 1), max_value=datetime(2037, 12, 31), timezones=st.just(UTC)
    )
)
def test_the_daylight_rule_agrees_with_the_time_zone_database(instant: datetime) -> None:
    zone = zoneinfo.ZoneInfo("Pacific/Auckland")
    assert dates.nz_date_by_rule(instant) == instant.astimezone(zone).date()


@pytest.fixture(name="fixed_now")
def fixed_now_fixture(monkeypatch: pytest.MonkeyPatch) -> date:
    """00:30 on Thu 2 Jan 2025 in New Zealand, still 1 Jan in UTC and most of the world."""
    monkeypatch.setattr(dates, "utc_now", lambda: datetime(2025, 1, 1, 11, 30, tzinfo=UTC))
    return date(2025, 1, 2)


def test_assess_reads_the_one_clock(fixed_now: date) -> None:
    request = Request.model_validate(
        {"agency": "A", "events": [{"type": "received", "date": "2024-12-20"}]}
    )
    assert assess(request).today == fixed_now
    assert dates.nz_today() == fixed_now


def test_the_cli_reads_the_one_clock(
    fixed_now: date, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "r.json"
    path.write_text(
        json.dumps({"agency": "A", "events": [{"type": "received", "date": "2024-12-20"}]}),
        encoding="utf-8",
    )
    assert main(["check", str(path), "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["today"] == fixed_now.isoformat()


# Reads of the machine clock that are not "today": a file name's time stamp, and an
# iCalendar DTSTAMP (the instant the file was written, UTC, RFC 5545 §3.8.7.2).
CLOCK_READS_ALLOWED = {
    "storage/backup.py": "set-aside file name stamp",
    "export/ics.py": "DTSTAMP, an instant in UTC",
}


def test_only_the_one_clock_reads_the_machine_date() -> None:
    src = Path(__file__).resolve().parent.parent / "src" / "oiaassist"
    found = []
    for path in sorted(src.rglob("*.py")):
        rel = path.relative_to(src).as_posix()
        if rel == "dates.py" or rel in CLOCK_READS_ALLOWED:
            continue
        text = path.read_text(encoding="utf-8")
        for call in ("date.today(", "datetime.now(", "datetime.today(", "time.time("):
            if call in text:
                found.append(f"{rel}: {call}")
    assert found == [], "read today from oiaassist.dates (nz_today / utc_now) instead"
