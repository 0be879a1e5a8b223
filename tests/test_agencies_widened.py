"""The directory widened beyond departments, Crown entities and councils (issue 13).

Bodies real letters came from that the directory lacked (the Teaching Council, City Rail
Link Limited, Te Tari Whakatau under its new name, Ministers' portfolio offices), the one
new kind they needed, the bodies deliberately left out, and the rule that an id is never
reused. Expected dates are counted by hand from OIA s 2(1) "working day" and s 15(1).
"""

from __future__ import annotations

from collections import Counter
from datetime import date
from pathlib import Path

import pytest

from oiaassist import response_deadline
from oiaassist.agencies import (
    AgencyKind,
    disestablished_note,
    find,
    get,
    load_agencies,
    search,
)
from oiaassist.errors import InputError
from oiaassist.law.acts import Act

IDS = Path(__file__).parent / "fixtures" / "agency_ids.tsv"


def _registered() -> dict[str, str]:
    lines = IDS.read_text(encoding="utf-8").splitlines()
    rows = [line.split("\t") for line in lines if line and not line.startswith("#")]
    assert all(len(row) == 2 for row in rows)
    pairs = [(row[0], row[1]) for row in rows]
    registered = dict(pairs)
    assert len(registered) == len(pairs), "an id is listed twice in agency_ids.tsv"
    return registered


# --- ids ----------------------------------------------------------------------------------------


def test_no_id_ever_shipped_is_dropped_or_given_to_another_kind_of_body() -> None:
    """Stored requests refer to ids: one that vanished or changed body would misfile them."""
    shipped = {a.id: a.kind.value for a in load_agencies()}
    for ident, kind in _registered().items():
        assert ident in shipped, f"{ident} was shipped once and must stay"
        assert shipped[ident] == kind, f"{ident} was a {kind}, now a {shipped[ident]}"


def test_every_row_is_registered_so_a_new_row_cannot_take_an_old_id() -> None:
    registered = _registered()
    unregistered = [a.id for a in load_agencies() if a.id not in registered]
    assert not unregistered, f"add to tests/fixtures/agency_ids.tsv: {unregistered}"


# --- kinds ----------------------------------------------------------------------------------------


@pytest.mark.parametrize("kind", list(AgencyKind))
def test_every_kind_has_a_row_that_loads(kind: AgencyKind) -> None:
    rows = [a for a in load_agencies() if a.kind is kind]
    assert rows, f"no row of kind {kind.value}"
    assert all(a.act is kind.act for a in rows)


def test_the_general_kind_is_an_oia_public_body() -> None:
    kind = AgencyKind("other_public_body")
    assert kind is AgencyKind.OTHER_PUBLIC_BODY
    assert kind.act is Act.OIA
    assert kind.label == "public body"


def test_a_new_body_is_counted_under_its_act() -> None:
    kinds = Counter(a.kind for a in load_agencies())
    assert kinds[AgencyKind.OTHER_PUBLIC_BODY] >= 1
    assert kinds[AgencyKind.CROWN_COMPANY] >= 1


# --- the bodies real letters came from ----------------------------------------------------------


@pytest.mark.parametrize(
    ("spelled", "agency_id"),
    [
        ("teaching-council", "teaching-council"),
        ("Teaching Council of Aotearoa New Zealand", "teaching-council"),
        ("Matatū Aotearoa", "teaching-council"),
        ("matatu aotearoa", "teaching-council"),
        ("Education Council of Aotearoa New Zealand", "teaching-council"),  # its name to 2018
        ("City Rail Link Limited", "city-rail-link"),
        ("CRLL", "city-rail-link"),
        ("Te Tari Whakatau", "te-arawhiti"),
        ("Office of Treaty Settlements and Takutai Moana", "te-arawhiti"),
        ("Office for Māori Crown Relations—Te Arawhiti", "te-arawhiti"),  # the old name
        ("Te Arawhiti", "te-arawhiti"),
        ("Aroturuki Tamariki", "independent-childrens-monitor"),
        ("Independent Children’s Monitor", "independent-childrens-monitor"),
        ("Electricity Authority", "electricity-authority"),
        ("Te Mana Hiko", "electricity-authority"),
        ("Herenga ā Nuku", "outdoor-access-commission"),
        ("Walking Access Commission", "outdoor-access-commission"),  # its name to 2022
        (
            "Minister for Treaty of Waitangi Negotiations",
            "minister-for-treaty-of-waitangi-negotiations",
        ),
        ("Minister for Children", "minister-for-children"),
        (
            "Minister for Emergency Management and Recovery",
            "minister-for-emergency-management-and-recovery",
        ),
    ],
)
def test_found_as_letters_spell_them(spelled: str, agency_id: str) -> None:
    assert find(spelled).id == agency_id


def test_teaching_council_is_an_oia_body_on_the_oia_calendar() -> None:
    council = find("teaching-council")
    assert council.act is Act.OIA
    assert council.kind is AgencyKind.OTHER_PUBLIC_BODY
    assert council.calendar_region is None  # the OIA skips no anniversary day
    assert council.display_name == "Teaching Council of Aotearoa New Zealand (Matatū Aotearoa)"


@pytest.mark.parametrize(
    ("received", "due"),
    [
        # Received Fri 13 Sep 2024: working days 16-20, 23-27 Sep, 30 Sep-4 Oct, 7-11 Oct.
        (date(2024, 9, 13), date(2024, 10, 11)),
        # Received Mon 2 Dec 2024: 3-6 Dec (4), 9-13 (9), 16-20 (14), 23-24 (16); 25 Dec to
        # 15 Jan is no working day (OIA s 2(1) para (d)); 16-17 Jan (18), 20-21 Jan (20).
        # Wellington Anniversary Day (20 Jan) counts: the OIA skips no anniversary day.
        (date(2024, 12, 2), date(2025, 1, 21)),
    ],
)
@pytest.mark.parametrize("agency_id", ["teaching-council", "city-rail-link"])
def test_twenty_working_days_as_the_statute_counts_them(
    agency_id: str, received: date, due: date
) -> None:
    assert response_deadline(received, agency=agency_id).due == due
    assert response_deadline(received, act="oia").due == due


def test_te_tari_whakatau_keeps_te_arawhitis_id_and_request_page() -> None:
    body = get("te-arawhiti")
    assert body is not None
    assert body.name == "Office of Treaty Settlements and Takutai Moana"
    assert body.maori_name == "Te Tari Whakatau"
    assert body.kind is AgencyKind.DEPARTMENTAL_AGENCY
    assert body.request_url.startswith("https://tearawhiti.govt.nz/")
    assert "https://whakatau.govt.nz/about-us" in body.sources


def test_city_rail_link_says_its_existence_is_unconfirmed() -> None:
    company = find("city-rail-link")
    assert company.kind is AgencyKind.CROWN_COMPANY
    assert company.checked is None
    assert "not confirmed" in company.notes
    assert company.request_email == ""  # only FYI showed an address; never copied from there


def test_the_productivity_commission_is_gone_and_says_where_requests_go() -> None:
    commission = find("Productivity Commission")
    assert commission.id == "productivity-commission"
    assert commission.disestablished == date(2024, 2, 29)
    assert commission.checked is None  # the day was read only in secondary sources
    assert disestablished_note(commission) == (
        "New Zealand Productivity Commission was disestablished on 29 February 2024; "
        "requests now go to Ministry for Regulation (regulation)"
    )


# --- Ministers ----------------------------------------------------------------------------------


def test_ministers_are_offices_never_people() -> None:
    for minister in (a for a in load_agencies() if a.kind is AgencyKind.MINISTER):
        assert minister.act is Act.OIA
        for name in (minister.name, *minister.aliases):
            assert "Hon " not in name and not name.startswith("Office of"), name


def test_a_portfolio_not_confirmed_in_the_current_ministry_says_so() -> None:
    ministers = [a for a in load_agencies() if a.kind is AgencyKind.MINISTER]
    unconfirmed = [a for a in ministers if a.checked is None]
    assert len(unconfirmed) >= 13 + 49
    for minister in unconfirmed:
        assert "Ministerial List" in minister.notes
        assert "Portfolio title as written in " in minister.notes  # where it was read
        # only the Act and the Beehive: a page's host would become a domain read as the author's
        hosts = {s.split("/")[2] for s in minister.sources}
        assert hosts <= {"www.legislation.govt.nz", "www.beehive.govt.nz"}, minister.id


@pytest.mark.parametrize(
    ("written", "office"),
    [
        ("Minister of Corrections", "minister-of-corrections"),
        ("Minister of Internal Affairs", "minister-of-internal-affairs"),
        ("Minister for Biosecurity", "minister-for-biosecurity"),
        ("Minister for the Environment", "minister-for-the-environment"),
        # a title the office carried before, or a spelling sources disagree on, is an alias
        ("Minister of Trade", "minister-for-trade-and-investment"),
        (
            "Minister of Research, Science and Innovation",
            "minister-of-science-innovation-and-technology",
        ),
        ("Minister of Energy and Resources", "minister-for-energy"),
        ("Minister of Maori Development", "minister-for-maori-development"),
        ("Minister for Customs", "minister-of-customs"),
    ],
)
def test_a_portfolio_read_in_public_pages_is_an_office(written: str, office: str) -> None:
    found = find(written)
    assert found.id == office
    assert found.kind is AgencyKind.MINISTER and found.act is Act.OIA


def test_a_letter_signed_by_a_minister_of_a_new_portfolio_names_that_office() -> None:
    from oiaassist.reading.author.find import letter_author  # noqa: PLC0415

    letter = (
        "12 March 2025\nDear Jo\nThank you for your request of 10 February 2025. I have "
        "decided to release the attached briefing.\nYours sincerely\n\nHon Jane Smith\n"
        "Minister of Corrections\n"
    )
    found = letter_author(letter)
    assert found is not None and found.agency is not None
    assert found.agency.id == "minister-of-corrections"
    # the department's own letter that speaks of its Minister is still the department's
    department = letter.replace(
        "Hon Jane Smith\nMinister of Corrections", "Department of Corrections"
    )
    department = department.replace(
        "the attached briefing", "the briefing we gave the Minister of Corrections"
    )
    other = letter_author(department)
    assert other is not None and other.name == "Department of Corrections"


def _office(letter: str) -> str:
    """The id of the directory body the author finder names for ``letter``."""
    from oiaassist.reading.author.find import letter_author  # noqa: PLC0415

    found = letter_author(letter)
    assert found is not None and found.agency is not None
    return found.agency.id


@pytest.mark.parametrize(
    ("signed", "office"),
    [
        # a portfolio with commas of its own, in a signature block or a letterhead line
        (
            "Hon Jane Smith\nMinister of Science, Innovation and Technology",
            "minister-of-science-innovation-and-technology",
        ),
        (
            "Minister of Science, Innovation, & Technology",
            "minister-of-science-innovation-and-technology",
        ),
        (
            "Hon Jane Smith, Minister for Arts, Culture & Heritage",
            "minister-for-arts-culture-and-heritage",
        ),
        (
            "Minister for Arts, Culture and Heritage’s Office",
            "minister-for-arts-culture-and-heritage",
        ),
        # a list of portfolios is still a list: the first is the one on the line
        ("Minister of Finance, Minister of Health", "minister-of-finance"),
        ("Minister of Finance, Associate Minister of Health", "minister-of-finance"),
    ],
)
def test_a_signed_portfolio_with_commas_is_the_whole_office(signed: str, office: str) -> None:
    # the title's words stopped at its first comma: "Minister of Science", no office at all
    letter = (
        "12 March 2025\nDear Jo\nThank you for your request of 10 February 2025. I have "
        f"decided to release the attached briefing.\nYours sincerely\n\n{signed}\n"
    )
    assert _office(letter) == office


def test_the_portfolio_a_minister_writes_as_may_hold_commas() -> None:
    # a letterhead listing two portfolios, the letter naming the one it answers in (s 2(1)):
    # the title was read to its first comma, "Minister of Science", which matched none of the
    # listed offices, so the first listed was taken

    letter = (
        "Hon Jane Smith\nMinister of Defence\nMinister of Science, Innovation and Technology\n\n"
        "12 March 2025\n\nDear Jo\n\nThank you for your request of 10 February 2025. This "
        "falls within my portfolio as the Minister of Science, Innovation and Technology. I have "
        "decided to release the attached report.\n\nYours sincerely\n\nHon Jane Smith\n"
    )
    assert _office(letter) == "minister-of-science-innovation-and-technology"
    defence = letter.replace(
        "as the Minister of Science, Innovation and Technology", "as the Minister of Defence"
    )
    assert _office(defence) == "minister-of-defence"


# --- deliberate exclusions ----------------------------------------------------------------------


@pytest.mark.parametrize(
    "name",
    [
        "Office of the Auditor-General",
        "Controller and Auditor-General",
        "Auditor-General",
        "Parliamentary Service",
    ],
)
def test_bodies_outside_the_oia_are_left_out(name: str) -> None:
    with pytest.raises(InputError):
        find(name)
    assert all(
        "auditor" not in m.name.lower() and "parliamentary service" not in m.name.lower()
        for m in search(name)
    )


def test_school_boards_are_not_listed_one_by_one() -> None:
    assert not [a.name for a in load_agencies() if "school" in a.name.lower()]
