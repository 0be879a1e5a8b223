"""The Agency field: the directory as you type; a pick sets the Act, region and deadline."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit

from oiaassist.agencies import find
from oiaassist.app.main_window import MainWindow
from oiaassist.app.widgets.agency_completer import AGENCY_ROLE
from oiaassist.app.widgets.forms import child
from test_app_support import answers_fixture, main_fixture  # noqa: F401


def offered(main: MainWindow) -> list[str]:
    """What the suggestion list shows now."""
    model = main.view().compose.agencies.model
    return [str(model.index(row).data()) for row in range(model.rowCount())]


def type_agency(main: MainWindow, qtbot: Any, text: str) -> QLineEdit:
    edit = child(main.window, QLineEdit, "agencyEdit")
    edit.setFocus()
    qtbot.keyClicks(edit, text)
    return edit


def pick(main: MainWindow, qtbot: Any, name: str) -> None:
    """Choose ``name`` in the open suggestion list, with the keyboard."""
    completer = main.view().compose.agencies.completer
    popup = completer.popup()
    qtbot.waitUntil(popup.isVisible)
    rows = [completer.completionModel().index(r, 0) for r in range(popup.model().rowCount())]
    row = next(i for i in rows if i.data(AGENCY_ROLE) and i.data(AGENCY_ROLE).name == name)
    popup.setCurrentIndex(row)
    qtbot.keyClick(popup, Qt.Key.Key_Return)


def test_an_acronym_offers_the_ministry(main: MainWindow, qtbot: Any) -> None:
    main.actions["actionNew"].trigger()
    type_agency(main, qtbot, "mfat")
    assert offered(main)[0].startswith("Ministry of Foreign Affairs and Trade (Manatū Aorere)")
    assert "OIA" in offered(main)[0]


def test_macron_less_words_and_short_names_find_agencies(main: MainWindow, qtbot: Any) -> None:
    main.actions["actionNew"].trigger()
    edit = type_agency(main, qtbot, "manatu aorere")
    assert "Ministry of Foreign Affairs and Trade" in offered(main)[0]
    edit.clear()
    qtbot.keyClicks(edit, "wellington city")
    assert offered(main)[0].startswith("Wellington City Council")
    assert "LGOIMA, Wellington" in offered(main)[0]


def test_picking_a_council_sets_its_act_region_and_deadline(main: MainWindow, qtbot: Any) -> None:
    main.actions["actionNew"].trigger()
    editor = main.editor()
    editor.set_events([{"type": "received", "date": "2022-11-21", "note": ""}])
    type_agency(main, qtbot, "westland")
    pick(main, qtbot, "Westland District Council")
    assert child(main.window, QLineEdit, "agencyEdit").text() == "Westland District Council"
    assert child(main.window, QComboBox, "actCombo").currentData() == "lgoima"
    region = child(main.window, QComboBox, "regionCombo")
    assert (region.currentData(), region.currentText(), region.isEnabled()) == (
        "WTC", "West Coast", True,
    )  # fmt: skip
    assert editor.data["agency_id"] == "westland-district-council"
    assert editor.assessment is not None
    assert editor.assessment.steps[0].due.isoformat() == "2023-01-11"
    assert "Original deadline 11 January 2023" in main.view().headline.text()
    # the field shows exactly the directory's address (copied from the council's page), nothing else
    listed = find("westland-district-council")
    assert listed is not None and listed.request_email
    assert child(main.window, QLineEdit, "agencyEmailEdit").text() == listed.request_email
    stored = main.ctx.store.get(editor.request_id or 0)
    assert stored.data["agency_id"] == "westland-district-council"


def test_typing_another_name_after_a_pick_forgets_the_entry(main: MainWindow, qtbot: Any) -> None:
    main.actions["actionNew"].trigger()
    edit = type_agency(main, qtbot, "mfat")
    pick(main, qtbot, "Ministry of Foreign Affairs and Trade")
    editor = main.editor()
    assert editor.data["agency_id"] == "mfat"
    qtbot.keyClicks(edit, " (Pacific)")
    assert "agency_id" not in editor.data
    assert editor.data["agency"] == "Ministry of Foreign Affairs and Trade (Pacific)"


def test_free_text_is_still_an_agency(main: MainWindow, qtbot: Any) -> None:
    main.actions["actionNew"].trigger()
    type_agency(main, qtbot, "Otaki Kiwi Trust")
    editor = main.editor()
    assert editor.data["agency"] == "Otaki Kiwi Trust"
    assert "agency_id" not in editor.data
    assert editor.request is not None
    assert editor.request.act.value == "oia"


def test_a_listed_address_fills_the_email_and_leaves_with_its_agency(main: MainWindow) -> None:
    main.actions["actionNew"].trigger()
    compose = main.view().compose
    mfat = find("mfat")
    assert mfat is not None
    compose.choose_agency(replace(mfat, request_email="oia@example.govt.nz"))  # the data has none
    email = child(main.window, QLineEdit, "agencyEmailEdit")
    assert email.text() == "oia@example.govt.nz"
    assert main.editor().compose["agency_email"] == "oia@example.govt.nz"
    westland = find("Westland District Council")
    assert westland is not None
    # an agency with no address listed: the field empties, it keeps no earlier one
    compose.choose_agency(replace(westland, request_email=""))
    assert email.text() == ""


def test_a_disestablished_body_is_offered_with_where_requests_go_now(
    main: MainWindow, qtbot: Any
) -> None:
    main.actions["actionNew"].trigger()
    type_agency(main, qtbot, "counties manukau")
    line = next(o for o in offered(main) if o.startswith("Counties Manukau District Health Board"))
    assert "disestablished on 1 July 2022; new requests go to Health New Zealand" in line
    pick(main, qtbot, "Counties Manukau District Health Board")
    assert main.editor().data["agency_id"] == "counties-manukau-dhb"  # an old request is real
    label = child(main.window, QLabel, "sendToLabel")
    assert "no longer exists" in label.text()
    assert "Health New Zealand" in label.text()


def test_send_to_others_puts_the_successor_in_place_of_a_gone_body(main: MainWindow) -> None:
    from oiaassist.app.dialogs.several_agencies import SeveralAgenciesDialog  # noqa: PLC0415

    dialog = SeveralAgenciesDialog(main.window, "MBIE")
    dialog.add(find("Canterbury District Health Board"))
    assert [a.id for a in dialog.chosen if not isinstance(a, str)] == ["health-nz"]
    text = dialog.list.item(0).text()
    assert "instead of Canterbury District Health Board, disestablished on 1 July 2022" in text
    dialog.add(find("Southern DHB"))  # Health New Zealand is already on the list
    assert len(dialog.chosen) == 1
    dialog.reject()


def test_a_body_the_oia_does_not_reach_is_offered_and_warned_of(
    main: MainWindow, qtbot: Any
) -> None:
    """The Nursing Council is not subject to the OIA (Ministry of Health, H2023032981):
    typing it says so in the list and under the email field, never an OIA request in silence."""
    main.actions["actionNew"].trigger()
    type_agency(main, qtbot, "nursing council")
    assert offered(main)[-1] == "Nursing Council of New Zealand — not subject to the OIA"
    model = main.view().compose.agencies.model
    tip = str(model.index(model.rowCount() - 1).data(Qt.ItemDataRole.ToolTipRole))
    assert "responsible authority" in tip and "Privacy Act 2020" in tip
    label = child(main.window, QLabel, "sendToLabel")
    assert "Not an OIA request" in label.text()
    assert "Privacy Act 2020" in label.text()
