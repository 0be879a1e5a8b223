"""Short dates and outcome words follow the chosen language; English stays as it was."""

from __future__ import annotations

import gettext
from collections.abc import Iterator
from datetime import date

import pytest

from oiaassist import i18n
from oiaassist.app.main_window import MainWindow
from oiaassist.app.request_view.deadline.marks import weekend_text
from oiaassist.app.request_view.timeline.event_fields import describe
from oiaassist.app.widgets.day_words import day_month, padded_day, short_day
from oiaassist.i18n import set_locale
from test_app_support import answers_fixture, main_fixture  # noqa: F401


@pytest.fixture(name="maori")
def maori_fixture() -> Iterator[None]:
    set_locale("mi")
    try:
        yield
    finally:
        set_locale("en_NZ")


def test_english_short_dates_keep_their_form() -> None:
    set_locale("en_NZ")
    assert short_day(date(2024, 12, 16)) == "Mon 16 Dec 2024"
    assert short_day(date(2024, 9, 1)) == "Sun 1 Sep 2024"  # not babel's "Sept"
    assert day_month(date(2024, 9, 14)) == "14 Sep"
    assert padded_day(date(2024, 12, 5)) == "05 Dec 2024"
    weekends = (date(2024, 9, 14), date(2024, 9, 15), date(2024, 11, 30), date(2024, 12, 1))
    assert weekend_text(weekends) == "14–15 Sep, 30 Nov–1 Dec"


def test_maori_short_dates_use_maori_names(maori: None) -> None:
    assert short_day(date(2024, 12, 16)) == "Man 16 Tīh 2024"
    assert padded_day(date(2024, 12, 5)) == "05 Tīh 2024"
    assert weekend_text((date(2024, 9, 14), date(2024, 9, 15))) == "14–15 Hep"


def test_the_calculator_trail_names_days_in_maori(main: MainWindow, maori: None) -> None:
    calculator = main.calculator()
    calculator.set_date(date(2024, 9, 13))
    calculator.extend.setValue(45)
    lines = [calculator.trail.item(i).text() for i in range(calculator.trail.count())]
    assert any(line.startswith("Man 28 Oke 2024") for line in lines)  # Labour Day


class _Shouting(gettext.NullTranslations):
    def gettext(self, message: str) -> str:
        return message.upper()


def test_the_outcome_word_in_the_timeline_is_translated(monkeypatch: pytest.MonkeyPatch) -> None:
    event = {"type": "decision_notified", "outcome": "partly_granted", "sections": []}
    assert describe(event) == "partly granted"
    monkeypatch.setitem(i18n._state, "translations", _Shouting())
    assert describe(event) == "PARTLY GRANTED"


def test_an_events_days_read_as_the_app_writes_days() -> None:
    # the letter dialog's proposals and the timeline show "to 1 May 2020", not "to 2020-05-01"
    extension = {"type": "extension_notified", "working_days": 20, "extended_to": "2020-05-01"}
    assert describe(extension) == "20 working days; to 1 May 2020"
    assert describe({"type": "acknowledged", "stated_due": "2024-06-27"}) == "said due 27 June 2024"
