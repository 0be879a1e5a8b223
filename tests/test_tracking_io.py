"""Requests as JSON: round trips, schema, clear errors, and every finding readable."""

import json
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from pydantic import ValidationError

from oiaassist.cli import main
from oiaassist.errors import RequestFileError
from oiaassist.tracking import (
    SCHEMA_VERSION,
    FindingCode,
    Request,
    assess,
    request_json_schema,
)
from oiaassist.tracking.examples import seed_request
from oiaassist.tracking.findings import _MESSAGES
from oiaassist.tracking.io import load_request, load_requests_json

EVERY_EVENT: list[dict[str, Any]] = [
    {"type": "received", "date": "2024-09-13", "note": "by email"},
    {"type": "acknowledged", "date": "2024-09-16", "stated_due": "2024-10-11", "reference": "R1"},
    {
        "type": "clarification_sought",
        "date": "2024-09-17",
        "proposal": "Narrow?",
        "refinement": False,
    },
    {"type": "clarified", "date": "2024-09-18", "own_initiative": False, "treated_as_new": None},
    {"type": "refinement_declined", "date": "2024-09-19"},
    {
        "type": "transferred",
        "date": "2024-09-20",
        "to_agency": "Wellington City Council",
        "received_by_new_agency": "2024-09-23",
        "act": "lgoima",
        "region": "WGN",
        "partial": False,
    },
    {
        "type": "extension_notified",
        "date": "2024-10-01",
        "extended_to": "2024-11-29",
        "working_days": 25,
        "grounds": ["large_quantity", "consultations"],
        "stated_reasons": True,
        "stated_right_to_complain": True,
    },
    {"type": "charge_notified", "date": "2024-10-02", "amount": "38.00"},
    {
        "type": "decision_notified",
        "date": "2024-11-01",
        "outcome": "partly_granted",
        "sections": ["7(2)(a)"],
        "charge": "38.00",
    },
    {"type": "information_released", "date": "2024-11-05", "partial": True},
    {"type": "complaint_made", "date": "2024-11-06", "to": "ombudsman", "reference": "C-1"},
]


def full_request() -> Request:
    return Request.model_validate(
        {
            "agency": "Department of Internal Affairs",
            "subject": "Everything at once",
            "items": ["plain string item", {"text": "ranged", "date_from": "2020-01-01"}],
            "format_preferences": ["electronic"],
            "urgency_reasons": "deadline",
            "grounds_requested": True,
            "events": EVERY_EVENT,
        }
    )


@pytest.mark.parametrize("request_", [full_request(), seed_request()], ids=["every-event", "seed"])
def test_json_round_trip(request_: Request) -> None:
    text = request_.model_dump_json()
    again = Request.model_validate_json(text)
    assert again == request_
    assert json.loads(text)["schema_version"] == SCHEMA_VERSION


def test_every_event_type_is_covered_and_every_finding_renders() -> None:
    r = full_request()
    assert {e.type.value for e in r.events} == {e["type"] for e in EVERY_EVENT}
    for today in (date(2024, 9, 30), date(2024, 11, 30), date(2025, 6, 1)):
        for finding in assess(r, today=today).findings:
            assert finding.message  # every template's placeholders are filled


def test_every_finding_code_has_words() -> None:
    assert set(_MESSAGES) == set(FindingCode)


def test_schema_describes_events_and_version() -> None:
    schema = request_json_schema()
    assert schema["properties"]["schema_version"]["const"] == 1
    text = json.dumps(schema)
    for event in EVERY_EVENT:
        assert f'"{event["type"]}"' in text


def test_check_cli_exports_the_schema(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["check", "--schema"]) == 0
    assert json.loads(capsys.readouterr().out) == request_json_schema()


@pytest.mark.parametrize(
    ("events", "expected"),
    [
        ([{"type": "acknowledged", "date": "2024-09-13"}], "no 'received' event"),
        (
            [
                {"type": "received", "date": "2024-09-13"},
                {"type": "received", "date": "2024-09-14"},
            ],
            "two 'received' events",
        ),
        (
            [
                {"type": "received", "date": "2024-09-13"},
                {"type": "decision_notified", "date": "2024-09-01", "outcome": "granted"},
            ],
            "a decision dated 2024-09-01 is before the request was received",
        ),
        (
            [
                {"type": "received", "date": "2024-09-13"},
                {"type": "refinement_declined", "date": "2024-09-20"},
                {"type": "acknowledged", "date": "2024-09-16"},
            ],
            "list events in date order",
        ),
        ([{"type": "received", "date": "2024-02-30"}], "day value is outside expected range"),
        (
            [{"type": "sent_flowers", "date": "2024-02-03"}],
            "does not match any of the expected tags",
        ),
    ],
)
def test_validation_errors_are_clear(events: list[dict[str, Any]], expected: str) -> None:
    with pytest.raises(ValidationError, match=expected):
        Request.model_validate({"agency": "X", "events": events})


def test_unknown_act_and_region_are_named() -> None:
    with pytest.raises(Exception, match="'foi' is not an Act"):
        Request.model_validate({"agency": "X", "act": "foi", "events": [EVERY_EVENT[0]]})
    with pytest.raises(Exception, match="'Atlantis' is not a region"):
        Request.model_validate({"agency": "X", "region": "Atlantis", "events": [EVERY_EVENT[0]]})


def test_load_request_errors_name_the_file(tmp_path: Path) -> None:
    bad = tmp_path / "bad.json"
    bad.write_text('{"agency": "x", "events": [}')
    with pytest.raises(RequestFileError, match=r"bad.json: not valid JSON at line 1, column 28"):
        load_request(bad)
    wrong = tmp_path / "wrong.json"
    wrong.write_text('{"agency": "x", "events": [{"type": "received", "date": "soon"}]}')
    with pytest.raises(RequestFileError, match=r"wrong.json: events\[0\]\.received\.date: "):
        load_request(wrong)
    with pytest.raises(RequestFileError, match="no such file"):
        load_request(tmp_path / "missing.json")
    binary = tmp_path / "junk.json"
    binary.write_bytes(b"\xff\xfe\x00\x81")
    with pytest.raises(RequestFileError, match="not UTF-8"):
        load_request(binary)


def test_load_many(tmp_path: Path) -> None:
    many = tmp_path / "many.json"
    many.write_text(json.dumps([json.loads(seed_request().model_dump_json())] * 3))
    assert len(load_requests_json(many)) == 3
    one = tmp_path / "one.json"
    one.write_text(seed_request().model_dump_json())
    assert len(load_requests_json(one)) == 1


def test_check_cli_example_round_trips(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["check", "--example"]) == 0
    path = tmp_path / "seed.json"
    path.write_text(capsys.readouterr().out)
    assert main(["check", str(path), "--today", "2024-12-17"]) == 0
    out = capsys.readouterr().out
    assert "Released" in out and "on time: on the last day" in out
    assert "Extended by 45 working days" in out
    assert main(["check", str(path), "--today", "2024-10-11", "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["effective_deadline"] == "2024-12-16"
    assert [s["kind"] for s in data["steps"]] == ["original", "extended"]


@pytest.mark.parametrize(
    ("content", "args"),
    [
        ('{"agency": "x", "events": [}', []),
        ("[1, 2]", []),
        ('{"agency": "x", "events": [{"type": "received", "date": "2053-07-01"}]}', []),
        ("{}", ["--today", "31/2/2024"]),
    ],
)
def test_check_cli_bad_input_is_one_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], content: str, args: list[str]
) -> None:
    path = tmp_path / "r.json"
    path.write_text(content)
    with pytest.raises(SystemExit) if args else _no_raise() as caught:
        status = main(["check", str(path), *args])
    if caught is not None and hasattr(caught, "value"):
        status = caught.value.code  # type: ignore[assignment]
    assert status == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "Traceback" not in err


class _no_raise:  # noqa: N801 - used like a context manager function
    def __enter__(self) -> None:
        return None

    def __exit__(self, *exc: object) -> bool:
        return False
