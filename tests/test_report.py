"""Many requests at once: CSV and JSON in, table/CSV/JSON out, totals, clear errors."""

import csv
import json
from datetime import date
from pathlib import Path

import pytest

from oiaassist.cli import main
from oiaassist.errors import RequestFileError
from oiaassist.tracking import Status
from oiaassist.tracking.csv_io import iter_csv_requests
from oiaassist.tracking.examples import seed_request
from oiaassist.tracking.report import build_report

ROWS = [
    # on time, with a valid extension (the seed story in one row)
    {
        "id": "OIA 29681",
        "agency": "Ministry of Foreign Affairs and Trade",
        "received": "2024-09-13",
        "clarification_sought": "2024-09-24",
        "refinement_declined": "2024-09-30",
        "extension_notified": "2024-10-10",
        "extension_working_days": "45",
        "decided": "2024-12-16",
        "outcome": "partly_granted",
    },
    # decided 2 working days late
    {"id": "B", "agency": "NZ Police", "received": "2024-09-13", "decided": "2024-10-15"},
    # never decided: overdue on the report day
    {"id": "C", "agency": "NZ Police", "received": "2024-09-02"},
    # transferred to a council, still within the council's time
    {
        "id": "D",
        "agency": "Ministry for the Environment",
        "received": "2025-11-17",
        "transferred": "2025-11-21",
        "transferred_to": "Westland District Council",
        "transfer_act": "lgoima",
        "transfer_region": "WTC",
    },
    # refused, 6 working days late
    {
        "id": "E",
        "agency": "Kāinga Ora",
        "received": "2024-03-13",
        "decided": "2024-04-22",
        "outcome": "refused",
    },
]


def write_csv(path: Path, rows: list[dict[str, str]]) -> Path:
    columns = sorted({key for row in rows for key in row})
    with path.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.DictWriter(handle, fieldnames=columns)
        writer.writeheader()
        writer.writerows(rows)
    return path


def test_csv_rows_become_requests_and_totals_add_up(tmp_path: Path) -> None:
    requests = list(iter_csv_requests(write_csv(tmp_path / "r.csv", ROWS)))
    report = build_report(requests, today=date(2025, 12, 1))
    by_ref = {row.reference: row for row in report.rows}
    assert by_ref["OIA 29681"].effective_deadline == date(2024, 12, 16)
    assert by_ref["OIA 29681"].status is Status.RELEASED
    assert by_ref["B"].working_days_late == 2
    assert by_ref["C"].status is Status.OVERDUE
    assert by_ref["D"].effective_deadline == date(2026, 1, 12)  # law.md §9 D16
    assert by_ref["D"].status is Status.AWAITING
    assert by_ref["E"].status is Status.DECIDED_LATE  # refused: nothing released
    assert by_ref["E"].working_days_late == 6
    totals = report.totals
    assert (totals.requests, totals.on_time, totals.late, totals.overdue, totals.pending) == (
        5,
        1,
        2,
        1,
        1,
    )
    assert totals.max_late is not None and totals.max_late > 250  # C has waited over a year


def test_csv_and_json_agree(tmp_path: Path) -> None:
    as_json = tmp_path / "seed.json"
    as_json.write_text(json.dumps([json.loads(seed_request().model_dump_json())]))
    as_csv = write_csv(tmp_path / "seed.csv", ROWS[:1])
    outputs = []
    for path in (as_json, as_csv):
        out = tmp_path / f"{path.stem}-{path.suffix[1:]}.json"
        assert (
            main(
                [
                    "report",
                    str(path),
                    "--today",
                    "2024-12-17",
                    "--format",
                    "json",
                    "--out",
                    str(out),
                ]
            )
            == 0
        )
        outputs.append(json.loads(out.read_text())["requests"][0])
    for key in ("deadline", "status", "decided", "late_wd"):
        assert outputs[0][key] == outputs[1][key]


def test_report_formats(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = write_csv(tmp_path / "r.csv", ROWS)
    assert main(["report", str(path), "--today", "2025-12-01"]) == 0
    table = capsys.readouterr().out
    assert "5 requests as on 2025-12-01: 1 on time, 2 decided late, 1 overdue, 1 pending" in table
    assert main(["report", str(path), "--today", "2025-12-01", "--format", "csv"]) == 0
    rows = list(csv.DictReader(capsys.readouterr().out.splitlines()))
    assert [r["status"] for r in rows][:3] == ["released", "released", "overdue"]
    assert rows[1]["late_wd"] == "2"


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("agency,received\nX,2024-13-01\n", "row 2, column 'received': '2024-13-01' is not a date"),
        ("agency,received\nX,\n", "row 2, column 'received': the date received is required"),
        ("agency,received,colour\nX,2024-01-20,red\n", "unknown column 'colour'"),
        ("received\n2024-01-20\n", "no 'agency' column"),
        ("agency,received,act\nX,2024-01-20,foia\n", "row 2: act: 'foia' is not an Act"),
        (
            "agency,received,decided\nX,2024-01-20,2024-01-10\n",
            "row 2, column 'decided': 2024-01-10 is before the date received (2024-01-20)",
        ),
        (
            "agency,received,extension_working_days,extension_notified\nX,2024-01-20,many,2024-01-22\n",
            "'many' is not a whole number",
        ),
    ],
)
def test_bad_csv_names_row_and_column(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], content: str, message: str
) -> None:
    path = tmp_path / "bad.csv"
    path.write_text(content)
    with pytest.raises(RequestFileError, match=r"bad\.csv"):
        list(iter_csv_requests(path))
    assert main(["report", str(path)]) == 2
    err = capsys.readouterr().err
    assert message in err
    assert err.count("\n") == 1 and "Traceback" not in err


@pytest.mark.parametrize("name", ["missing.csv", "requests.txt", "bad.json"])
def test_bad_files_are_one_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], name: str
) -> None:
    path = tmp_path / name
    if name != "missing.csv":
        path.write_text("{not json")
    assert main(["report", str(path)]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "Traceback" not in err


def test_csv_agencies_the_directory_knows_take_its_act_and_calendar(tmp_path: Path) -> None:
    path = tmp_path / "log.csv"
    path.write_text(
        "agency,agency_id,act,received\n"
        "Westland District Council,,,2022-11-21\n"  # by name: LGOIMA, West Coast
        "Our council,westland-district-council,,2022-11-21\n"  # by id
        "Westland District Council,,oia,2022-11-21\n"  # an Act given is kept
        "A trust not in the directory,,,2022-11-21\n",
        encoding="utf-8",
    )
    requests = list(iter_csv_requests(path))
    assert [(r.act.value, r.region) for r in requests] == [
        ("lgoima", "WTC"),
        ("lgoima", "WTC"),
        ("oia", None),
        ("oia", None),
    ]
    report = build_report(requests, today=date(2023, 3, 1))
    assert [row.effective_deadline for row in report.rows][:2] == [date(2023, 1, 11)] * 2
