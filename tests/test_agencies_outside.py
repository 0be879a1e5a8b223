"""Bodies the OIA does not reach: named with their source wherever someone names one.

The Ministry of Health writes that the health practitioners' responsible authorities
"are not subject to the Act" (H202103106, 22 March 2021; H2023032981, 6 December 2023;
H2023032814, 24 November 2023) and the Auditor-General's own page says "We're not
subject to the Official Information Act 1982". A request to one of them has no OIA time
limit, so no date of theirs may be called late, and a name typed for one must not end
in "not in the directory" as if it were a gap.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from cli_support import run
from oiaassist.agencies import all_agencies, find
from oiaassist.agencies.normalise import words
from oiaassist.agencies.outside import OUTSIDE, OutsideBody, outside_body, outside_matches
from oiaassist.errors import InputError
from oiaassist.reading import check_reading, read_letter

NURSING_LETTER = """Nursing Council of New Zealand
PO Box 9644, Wellington 6141

10 May 2024

Dear Ms Smith

We received your request under the Official Information Act 1982 on 1 March 2024. We
will respond to you by 5 April 2024.

Yours sincerely

Jane Doe
Chief Executive
Nursing Council of New Zealand
"""


@pytest.mark.parametrize("body", OUTSIDE, ids=lambda b: b.name)
def test_every_body_has_a_source_and_says_why(body: OutsideBody) -> None:
    assert body.sources and all(s.startswith("http") for s in body.sources)
    assert "not subject to the Official Information Act 1982" in body.why


def test_no_body_is_also_in_the_directory_nor_begins_a_directory_name() -> None:
    """A listed body may never shadow a directory agency: find() tries the directory first."""
    directory = [
        words(name)
        for agency in all_agencies()
        for name in (agency.name, agency.maori_name, *agency.aliases)
        if name
    ]
    for body in OUTSIDE:
        for name in (body.name, *body.aliases):
            key = words(name)
            assert all(d[: len(key)] != key for d in directory), name
            with pytest.raises(InputError, match="does not reach"):
                find(name)


@pytest.mark.parametrize(
    ("typed", "named"),
    [
        ("Nursing Council", "Nursing Council of New Zealand"),
        ("nursing council of new zealand", "Nursing Council of New Zealand"),
        ("Te Kaunihera Tapuhi o Aotearoa", "Nursing Council of New Zealand"),
        ("medical council", "Medical Council of New Zealand"),
        ("Auditor General", "Office of the Auditor-General"),
        ("Controller and Auditor-General", "Office of the Auditor-General"),
        ("OAG", "Office of the Auditor-General"),
        ("Medical", None),  # one word of a longer name names nothing
        ("Te Kaunihera", None),  # the start of many councils' Māori names too
        ("Ministry of Health", None),
        ("", None),
    ],
)
def test_which_names_name_a_body(typed: str, named: str | None) -> None:
    body = outside_body(typed)
    assert (body.name if body else None) == named


def test_suggestions_as_someone_types() -> None:
    assert [b.name for b in outside_matches("nurs")] == ["Nursing Council of New Zealand"]
    assert [b.name for b in outside_matches("auditor gen")] == ["Office of the Auditor-General"]
    assert outside_matches("council") == ()  # names start with their first word


def test_an_agency_option_naming_one_says_why_not_that_the_directory_lacks_it(
    capsys: pytest.CaptureFixture[str],
) -> None:
    status, out, err = run(capsys, "due", "2024-09-13", "--agency", "Nursing Council")
    assert (status, out) == (2, "")
    assert "does not reach" in err and "Privacy Act 2020" in err
    assert "not an agency in the directory" not in err


def test_agencies_search_shows_it_with_its_reason(capsys: pytest.CaptureFixture[str]) -> None:
    status, out, _err = run(capsys, "agencies", "search", "auditor")
    assert status == 0
    assert "No agency in the directory matches 'auditor'." in out
    assert "Not subject to the OIA: Office of the Auditor-General" in out
    assert "We're not subject to the Official Information Act 1982 (OIA)" in out


def test_its_dates_are_counted_but_never_called_a_breach() -> None:
    reading = read_letter(NURSING_LETTER)
    plain = check_reading(reading)
    assert any(c.ok is False for c in plain)  # 20 working days from 1 March end on 2 April
    body = outside_body("Nursing Council of New Zealand")
    assert body is not None
    checked = check_reading(reading, outside=body)
    assert not any(c.ok is False for c in checked)
    assert any("breaks no statutory limit" in c.message for c in checked)


def test_read_letter_names_it_and_raises_no_alarm(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    letter = tmp_path / "nursing.txt"
    letter.write_text(NURSING_LETTER, encoding="utf-8")
    status, out, _err = run(capsys, "read-letter", str(letter))
    assert status == 0
    assert "Agency: Nursing Council of New Zealand (named in the letter; it is a responsible" in out
    assert "✗" not in out
