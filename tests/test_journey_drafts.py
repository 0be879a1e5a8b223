"""A request with no events is a draft: written, not sent, with no clock (issue 14)."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from oiaassist.cli import main
from oiaassist.drafting import RequestDraft
from oiaassist.drafting.render import render_text
from oiaassist.export.ics import deadlines_ics
from oiaassist.tracking import Request, Status, assess
from oiaassist.tracking.examples import seed_request
from oiaassist.tracking.report import build_report
from oiaassist.tracking.words import headline, status_label

TODAY = date(2025, 12, 18)
DRAFT = Request.model_validate({"agency": "Christchurch City Council", "subject": "Parks"})


def test_a_request_without_events_is_a_draft_with_no_deadline() -> None:
    assert DRAFT.is_draft and DRAFT.received is None
    a = assess(DRAFT, today=TODAY)
    assert a.status is Status.NOT_SENT
    assert status_label(a.status) == "Not sent"
    assert a.effective_deadline is None and a.original_deadline is None
    assert a.findings == () and a.steps == ()
    assert a.act.value == "lgoima"  # the council's Act, ready for when it is sent
    assert "once the agency receives it" in headline(a)


def test_events_without_a_receipt_are_still_refused() -> None:
    with pytest.raises(ValueError, match="no 'received' event"):
        Request.model_validate(
            {"agency": "x", "events": [{"type": "acknowledged", "date": "2024-09-13"}]}
        )


def test_reports_and_calendars_leave_drafts_out() -> None:
    report = build_report([DRAFT, seed_request()], today=TODAY)
    assert len(report.rows) == 1 and report.totals.requests == 1
    assert report.totals.not_sent == 1 and report.totals.overdue == 0
    ics = deadlines_ics([("d", DRAFT), ("s", seed_request())], today=TODAY).decode()
    assert ics.count("BEGIN:VEVENT") == 1


def test_check_cli_reads_a_draft(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "draft.json"
    path.write_text(json.dumps({"agency": "Ministry of Justice", "events": []}))
    assert main(["check", str(path), "--today", "2025-12-18"]) == 0
    out = capsys.readouterr().out
    assert "Not sent yet" in out and "Deadline" not in out
    assert main(["check", str(path), "--json", "--today", "2025-12-18"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["status"] == "not_sent" and data["effective_deadline"] is None


def test_a_drafts_letter_invents_no_date() -> None:
    common = {"dated": TODAY, "agency": "Ministry of Justice", "items": ["All briefings"]}
    unsent = render_text(RequestDraft.model_validate({**common, "receipt_unknown": True})).body
    assert "20 working days after the day you receive it" in unsent
    assert "If you receive it on" not in unsent
    sent = render_text(RequestDraft.model_validate(common)).body
    assert "If you receive it on" in sent and "18 December 2025, that is no later than" in sent
