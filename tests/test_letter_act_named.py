"""The Act a letter states against the Act it only names (issue 13: the Act is the one the
request was made under, not any Act the letter mentions).

Built from Palmerston North City Council's LGOIMA acknowledgement (dev
fyi-21595-pncc-acknowledgement): "Council refers to your request made under the Local
Government Official Information and Meetings Act 1987", a receipt on 20/1/23 and a due date
of 21/2/23 that counts Wellington Anniversary Day (LGOIMA s 2(1) "working day"). Councils
also call such a request "your OIA request"; so a letter that only names the OIA that way,
and does not show its author, cannot prove a council's due date a day late.
"""

from __future__ import annotations

import re
from pathlib import Path

from oiaassist.law.acts import Act
from oiaassist.reading import check_reading, read_letter
from oiaassist.reading.checks import CheckKind

LETTER = Path(__file__).parent / "corpus" / "letters" / "dev" / "fyi-21595-pncc-acknowledgement.txt"
MADE_UNDER = " made under the Local Government Official\nInformation and Meetings Act 1987"


def _text(*, oia_name: bool, made_under: bool) -> str:
    text = LETTER.read_text(encoding="utf-8")
    assert MADE_UNDER in text
    if oia_name:
        text = re.sub(r"\byour request\b", "your OIA request", text)
    return text if made_under else text.replace(MADE_UNDER, "")


def test_the_act_stated_beats_the_act_the_request_is_called_by() -> None:
    reading = read_letter(_text(oia_name=True, made_under=True))
    assert reading.act is not None and reading.act.value is Act.LGOIMA
    assert not reading.act_named_only


def test_an_act_only_named_proves_no_council_due_date_late() -> None:
    for made_under in (True, False):
        reading = read_letter(_text(oia_name=True, made_under=made_under))
        due = [c for c in check_reading(reading) if c.kind is CheckKind.STATED_DUE]
        assert due and all(c.ok is not False for c in due), due
    assert read_letter(_text(oia_name=True, made_under=False)).act_named_only


def test_statements_of_two_acts_leave_the_act_unknown() -> None:
    text = _text(oia_name=False, made_under=True).replace(
        "Council refers",
        "Your request has been considered under the Official Information Act. Council refers",
    )
    assert read_letter(text).act is None
