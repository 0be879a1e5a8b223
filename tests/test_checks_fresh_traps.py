"""False-alarm traps for the checks, written before the checks read them (round 15).

A check may give a ✗ only when every fact it rests on is stated. Each trap is this file's
own short letter where a careless check would cry "late" or "wrong", or where a ✗ is due:

  T1 WCC ack, anniversary counted
  T2 unlisted council ack
  T3 late-looking decision, extension not ruled out
  T4 extension on day 20
  T5 extension a day late
  T6 request's date only, extension 12 Feb
  T7 Privacy Act extension
  T8 kinder due date
  T9 due a day late
  T10 transfer inside the holidays
  T11 council decision, region from directory
  T12 clarified and treated as new

Read afterwards, each gave a ✗ exactly where every fact was stated (T5, T7, T9: an
extension notified a day after the limit, a Privacy Act extension likewise (s 48), a due
date a day later than the Act's), and none elsewhere.
"""

from __future__ import annotations

import pytest

from oiaassist.reading import read_letter
from oiaassist.reading.author import letter_author
from oiaassist.reading.checks import check_reading

SIGNED = "\n\nYours sincerely\n\nJane Doe\n{who}\n"

TRAPS = [
    pytest.param(
        (
            "21 January 2025\n\nDear [name]\n\nThank you for your request under the Local "
            "Government Official Information and Meetings Act 1987, which we received on 20 "
            "January 2025. We will respond no later than 18 February 2025."
        ),
        "Wellington City Council",
        False,
        id="T1",
    ),
    pytest.param(
        (
            "21 January 2025\n\nDear [name]\n\nThank you for your request under the Local "
            "Government Official Information and Meetings Act 1987, which we received on 20 "
            "January 2025. We will respond no later than 18 February 2025."
        ),
        "Information Team",
        False,
        id="T2",
    ),
    pytest.param(
        (
            "12 February 2025\n\nDear [name]\n\nThank you for your request received on 20 "
            "December 2024 under the Official Information Act 1982. I have decided to refuse your"
            " request under section 18(e) as the document does not exist. You have the right to "
            "seek an investigation and review by the Ombudsman."
        ),
        "Ministry for the Environment",
        False,
        id="T3",
    ),
    pytest.param(
        (
            "11 February 2025\n\nDear [name]\n\nYour request under the Official Information Act "
            "1982 was received on 20 December 2024. I am writing to notify you that the time "
            "limit for responding has been extended by 15 working days, to 4 March 2025, under "
            "section 15A(1)(b) because consultations are needed. You have the right to complain "
            "to the Ombudsman about this extension."
        ),
        "Ministry for the Environment",
        False,
        id="T4",
    ),
    pytest.param(
        (
            "12 February 2025\n\nDear [name]\n\nYour request under the Official Information Act "
            "1982 was received on 20 December 2024. I am writing to notify you that the time "
            "limit for responding has been extended by 15 working days, to 5 March 2025, under "
            "section 15A(1)(b) because consultations are needed. You have the right to complain "
            "to the Ombudsman about this extension."
        ),
        "Ministry for the Environment",
        True,
        id="T5",
    ),
    pytest.param(
        (
            "12 February 2025\n\nDear [name]\n\nThank you for your request dated 20 December 2024"
            " under the Official Information Act 1982. I am writing to notify you that the time "
            "limit for responding has been extended by 15 working days, to 5 March 2025, under "
            "section 15A(1)(b). You have the right to complain to the Ombudsman about this "
            "extension."
        ),
        "Ministry for the Environment",
        False,
        id="T6",
    ),
    pytest.param(
        (
            "12 February 2025\n\nDear [name]\n\nThank you for your request for your personal "
            "information under the Privacy Act 2020, which we received on 20 December 2024. We "
            "are extending the time limit to respond by 20 working days, to 12 March 2025, under "
            "section 48 of the Privacy Act 2020, as the request requires a search through a large"
            " quantity of information. You have the right to complain to the Privacy "
            "Commissioner."
        ),
        "Ministry for the Environment",
        True,
        id="T7",
    ),
    pytest.param(
        (
            "21 December 2024\n\nDear [name]\n\nWe received your request under the Official "
            "Information Act 1982 on 20 December 2024. We will respond by 31 January 2025."
        ),
        "Ministry for the Environment",
        False,
        id="T8",
    ),
    pytest.param(
        (
            "21 December 2024\n\nDear [name]\n\nWe received your request under the Official "
            "Information Act 1982 on 20 December 2024. We will respond by 12 February 2025."
        ),
        "Ministry for the Environment",
        True,
        id="T9",
    ),
    pytest.param(
        (
            "10 January 2025\n\nDear [name]\n\nYour request under the Official Information Act "
            "1982 was received on 20 December 2024. On 10 January 2025 we transferred your "
            "request to the Ministry of Health under section 14(b)(i) of the Act, as the "
            "information is held by the Ministry of Health."
        ),
        "Ministry for the Environment",
        False,
        id="T10",
    ),
    pytest.param(
        (
            "19 February 2025\n\nDear [name]\n\nYour request under the Local Government Official "
            "Information and Meetings Act 1987 was received on 20 January 2025. I have decided to"
            " release the attached report. You have the right to ask the Ombudsman to review this"
            " decision."
        ),
        "Wellington City Council",
        False,
        id="T11",
    ),
    pytest.param(
        (
            "20 March 2025\n\nDear [name]\n\nYour request under the Official Information Act 1982"
            " was received on 3 February 2025. On 5 February 2025 we asked you to refine your "
            "request, and on 10 February 2025 you amended it. Under section 15(1AB) your amended "
            "request is treated as a new request received on 10 February 2025. I have decided to "
            "release the attached documents. You have the right to complain to the Ombudsman."
        ),
        "Ministry for the Environment",
        False,
        id="T12",
    ),
]


@pytest.mark.parametrize(("text", "who", "breach"), TRAPS)
def test_a_cross_only_where_every_fact_is_stated(text: str, who: str, breach: bool) -> None:
    full = text + SIGNED.format(who=who)
    author = letter_author(full)
    checks = check_reading(read_letter(full), agency=author.agency if author else None)
    marks = [c.ok for c in checks]
    assert (False in marks) is breach, [c.message for c in checks]
