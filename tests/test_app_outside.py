"""The app never shows a request held by a body outside the OIA as due or overdue.

A requester who sends to the Nursing Council (not subject to the OIA, as the Ministry of
Health's letters say) sees "No time limit" on the badge, in the list and on the Deadline
tab, with the reason, and no reminder or complaint letter that would cite the Act.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtWidgets import QLineEdit

from oiaassist.app.letters.build import Kind
from oiaassist.app.main_window import MainWindow
from oiaassist.app.request_view.mark_sent import Sending
from oiaassist.app.widgets.forms import child
from test_app_support import answers_fixture, main_fixture  # noqa: F401


def test_a_request_to_the_nursing_council_has_no_time_limit(main: MainWindow, qtbot: Any) -> None:
    main.actions["actionNew"].trigger()
    qtbot.keyClicks(child(main.window, QLineEdit, "agencyEdit"), "Nursing Council of New Zealand")
    view = main.view()
    view.record_sending(Sending(date(2024, 9, 13), "email", date(2024, 9, 13)))
    assert view.badge.text() == "No time limit (not subject to the Act)"
    assert "never late" in view.headline.text()
    timeline = view.timeline
    for kind in (Kind.REMINDER, Kind.COMPLAINT):
        button = timeline.draft_buttons[kind]
        assert not button.isEnabled()
        assert "not subject to the Official Information Act" in button.toolTip()
    findings = [timeline.findings.item(i).text() for i in range(timeline.findings.count())]
    assert any("a guide, not a deadline" in text for text in findings)
    view.deadline.show_assessment()
    assert "No time limit" in view.deadline.summary.text()
    row = main.ctx.store.row(main.editor().request_id or 0)
    assert row.summary.due is None and row.summary.status == "no_time_limit"
