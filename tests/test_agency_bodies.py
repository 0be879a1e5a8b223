"""The bodies beyond departments and councils: universities, polytechnics, state
enterprises, Crown research institutes, district health boards, and bodies that no
longer exist (issue 13: the reader names a letter's author through the directory)."""

from __future__ import annotations

import json
from collections import Counter
from datetime import date

import pytest

from oiaassist.agencies import (
    AgencyDataError,
    AgencyKind,
    all_agencies,
    current_successor,
    disestablished_note,
    find,
    get,
    load_agencies,
    parse_agencies,
    search,
)
from oiaassist.agencies.dataset import COLUMNS
from oiaassist.cli import main
from oiaassist.cli.args import resolve_agency
from oiaassist.errors import UsageError
from oiaassist.law.acts import Act
from oiaassist.reading.author.names import _domains

# --- coverage -----------------------------------------------------------------------------------


def test_every_university_state_enterprise_research_institute_and_health_board() -> None:
    kinds = Counter(a.kind for a in load_agencies())
    assert kinds[AgencyKind.UNIVERSITY] == 8  # Education and Training Act 2020: the eight
    assert kinds[AgencyKind.DISTRICT_HEALTH_BOARD] == 20  # NZPHD Act 2000 Sch 1
    assert kinds[AgencyKind.STATE_ENTERPRISE] >= 9  # SOE Act 1986 Sch 1
    assert kinds[AgencyKind.CROWN_RESEARCH_INSTITUTE] == 10  # seven CRIs, three successors
    assert kinds[AgencyKind.TERTIARY_INSTITUTION] >= 19  # Te Pūkenga, 3 wānanga, polytechnics


@pytest.mark.parametrize("kind", list(AgencyKind))
def test_every_kind_has_a_label_and_its_act(kind: AgencyKind) -> None:
    assert kind.label
    local = kind.value.endswith("council") or kind in (
        AgencyKind.UNITARY_AUTHORITY,
        AgencyKind.COUNCIL_CONTROLLED_ORGANISATION,
    )
    assert kind.act is (Act.LGOIMA if local else Act.OIA)


@pytest.mark.parametrize(
    ("spelled", "agency_id"),
    [
        # As the letter corpus's truth rows spell the author (compared through find()).
        ("Te Pūkenga – New Zealand Institute of Skills and Technology", "te-pukenga"),
        ("New Zealand Post Limited", "nz-post"),
        ("KiwiRail", "kiwirail"),
        ("Transpower New Zealand Limited", "transpower"),
        ("Airways Corporation of New Zealand Limited", "airways"),
        ("Office for Māori Crown Relations—Te Arawhiti", "te-arawhiti"),
        ("Māori Health Authority", "maori-health-authority"),
        ("Capital & Coast District Health Board", "capital-and-coast-dhb"),
        ("Counties Manukau District Health Board", "counties-manukau-dhb"),
        ("GNS Science", "gns-science"),
        ("Christchurch International Airport Limited", "christchurch-airport"),
        ("Auckland University of Technology", "aut"),
        ("Callaghan Innovation", "callaghan-innovation"),
        ("Reserve Bank of New Zealand", "reserve-bank"),
        ("Minister for Arts, Culture and Heritage", "minister-for-arts-culture-and-heritage"),
        ("Minister for Primary Industries", "minister-for-primary-industries"),
        ("Victoria University of Wellington", "victoria-university-of-wellington"),
        # Names people type.
        ("Te Whatu Ora", "health-nz"),
        ("Waka Kotahi", "nzta"),
        ("Te Aka Whai Ora", "maori-health-authority"),
        ("Landcorp", "landcorp"),
        ("Pāmu", "landcorp"),
        ("Unitec", "unitec"),
        ("Otago Polytechnic", "otago-polytechnic"),
        ("NIWA", "niwa"),
        ("Plant and Food Research", "plant-and-food-research"),
        ("Te Herenga Waka", "victoria-university-of-wellington"),
        ("Waipapa Taumata Rau", "university-of-auckland"),
        ("RNZ", "rnz"),
    ],
)
def test_names_as_letters_and_people_spell_them(spelled: str, agency_id: str) -> None:
    assert find(spelled).id == agency_id


@pytest.mark.parametrize(
    ("host", "agency_id"),
    [
        ("otago.ac.nz", "university-of-otago"),
        ("wgtn.ac.nz", "victoria-university-of-wellington"),
        ("tepukenga.ac.nz", "te-pukenga"),
        ("nzpost.co.nz", "nz-post"),
        ("kiwirail.co.nz", "kiwirail"),
        ("gns.cri.nz", "gns-science"),
        ("earthsciences.nz", "earth-sciences-nz"),
        ("cdhb.health.nz", "canterbury-dhb"),
        ("ccdhb.org.nz", "capital-and-coast-dhb"),
        ("wcdhb.health.nz", "west-coast-dhb"),
        ("bopdhb.health.nz", "bay-of-plenty-dhb"),
        # Pages of other bodies cited as sources keep their own body.
        ("tec.govt.nz", "tec"),
        ("education.govt.nz", "moe"),
        ("health.govt.nz", "moh"),
    ],
)
def test_the_reader_matches_each_body_by_its_own_web_domain(host: str, agency_id: str) -> None:
    assert _domains()[host] == agency_id


def test_each_new_body_owns_the_domain_of_its_own_site() -> None:
    """The last source of a row is the body's own site; no earlier row may claim its host."""
    table = _domains()
    for agency in load_agencies():
        if agency.kind not in {
            AgencyKind.UNIVERSITY,
            AgencyKind.TERTIARY_INSTITUTION,
            AgencyKind.STATE_ENTERPRISE,
            AgencyKind.CROWN_RESEARCH_INSTITUTE,
            AgencyKind.DISTRICT_HEALTH_BOARD,
        }:
            continue
        own = [s for s in agency.sources if "legislation.govt.nz" not in s][-1]
        host = own.split("/")[2].removeprefix("www.")
        if host in ("tec.govt.nz", "education.govt.nz", "earthsciences.nz"):
            continue  # a body with no site of its own here cites another body's page
        assert table.get(host) == agency.id, (agency.id, host)


# --- bodies that no longer exist ----------------------------------------------------------------


def test_district_health_boards_went_on_1_july_2022_to_health_nz() -> None:
    boards = all_agencies(kind=AgencyKind.DISTRICT_HEALTH_BOARD)
    assert len(boards) == 20
    for board in boards:
        assert board.disestablished == date(2022, 7, 1)  # Pae Ora (Healthy Futures) Act 2022
        assert board.successor == "health-nz"
        assert not board.is_current
        assert current_successor(board) == get("health-nz")


def test_every_successor_exists_and_leads_to_a_current_body() -> None:
    for agency in load_agencies():
        if agency.is_current:
            assert not agency.successor
            assert current_successor(agency) is None
            assert disestablished_note(agency) == ""
            continue
        assert agency.disestablished is not None
        assert agency.notes, agency.id  # says what happened, and where requests go
        if agency.successor:
            successor = current_successor(agency)
            assert successor is not None and successor.is_current, agency.id


def test_the_note_says_when_and_where_requests_go_now() -> None:
    assert disestablished_note(find("Te Aka Whai Ora")) == (
        "Māori Health Authority was disestablished on 30 June 2024; "
        "requests now go to Health New Zealand (health-nz)"
    )
    assert find("GNS Science").successor == "earth-sciences-nz"
    assert find("Scion").successor == "bioeconomy-science-institute"
    assert find("WelTec").successor == "te-pukenga"


def test_all_agencies_can_leave_out_bodies_that_are_gone() -> None:
    current = all_agencies(current=True)
    gone = all_agencies(current=False)
    assert all(a.is_current for a in current)
    assert len(current) + len(gone) == len(load_agencies())
    assert get("canterbury-dhb") in gone
    assert get("health-nz") in current


def test_a_body_that_exists_comes_first_at_a_tie() -> None:
    ranked = [a.id for a in search("canterbury", limit=None)]
    assert ranked.index("canterbury-regional-council") < ranked.index("canterbury-dhb")
    assert search("health new zealand")[0].id == "health-nz"


def test_a_partial_name_picks_among_bodies_that_exist() -> None:
    # "Counties Manukau" names only the board; taken, but drafting then refuses it.
    assert resolve_agency("counties manukau").id == "counties-manukau-dhb"
    with pytest.raises(UsageError, match="matches"):
        resolve_agency("waikato")  # councils, a university, a polytechnic: still ambiguous


def test_draft_refuses_a_new_request_to_a_disestablished_body(
    capsys: pytest.CaptureFixture[str],
) -> None:
    status = main(
        [
            "draft", "request", "--agency", "canterbury-dhb", "--subject", "Wait times",
            "--item", "Elective surgery waiting lists for 2021", "--name", "Jo Bloggs",
            "--email", "jo@example.org", "--today", "2026-12-06",
        ]
    )  # fmt: skip
    err = capsys.readouterr().err
    assert status == 2
    assert "disestablished on 1 July 2022" in err
    assert "--agency health-nz" in err


def test_cli_lists_a_gone_body_with_its_note(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["agencies", "search", "te aka whai ora"]) == 0
    out = capsys.readouterr().out
    assert "disestablished on 30 June 2024; requests now go to Health New Zealand" in out
    assert main(["agencies", "search", "southern dhb", "--json"]) == 0
    (row, *_) = json.loads(capsys.readouterr().out)
    assert row["disestablished"] == "2022-07-01"
    assert row["successor"] == "health-nz"


# --- the data file ------------------------------------------------------------------------------

HEADER = ",".join(COLUMNS)
ROW = "x,X Board,,,district_health_board,oia,,,,,,https://e.nz/s,2026-12-06,gone,{day},{succ}"
HEALTH = "health-nz,Health New Zealand,,,crown_entity,oia,,,,,,https://e.nz/h,2026-12-06,,,"


@pytest.mark.parametrize(
    ("day", "succ", "problem"),
    [
        ("1/7/2022", "health-nz", "not a YYYY-MM-DD date"),
        ("", "health-nz", "a successor is for a disestablished body"),
        ("2022-07-01", "nobody", "is not in the directory"),
        ("2022-07-01", "x", "its own successor"),
        ("2022-07-01", "Health NZ", "is not an agency id"),
    ],
)
def test_parse_checks_the_ending(day: str, succ: str, problem: str) -> None:
    with pytest.raises(AgencyDataError, match=problem):
        parse_agencies(f"{HEADER}\n{HEALTH}\n{ROW.format(day=day, succ=succ)}\n")


def test_parse_reads_the_ending() -> None:
    _, board = parse_agencies(
        f"{HEADER}\n{HEALTH}\n{ROW.format(day='2022-07-01', succ='health-nz')}\n"
    )
    assert board.disestablished == date(2022, 7, 1)
    assert board.successor == "health-nz"
    assert not board.is_current


def test_due_for_a_gone_body_counts_but_notes_a_request_after_its_end(
    capsys: pytest.CaptureFixture[str],
) -> None:
    # A 2021 request to a DHB is real: counted, no note.
    assert main(["due", "2021-03-01", "--agency", "canterbury-dhb"]) == 0
    assert capsys.readouterr().err == ""
    # Received after 1 July 2022 it could not have gone there: still counted, but said.
    assert main(["due", "2023-03-01", "--agency", "canterbury-dhb"]) == 0
    captured = capsys.readouterr()
    assert captured.out.startswith("Due Wednesday, 29 March 2023")
    assert "disestablished on 1 July 2022; requests now go to Health New Zealand" in captured.err


def test_cli_current_leaves_out_gone_bodies(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["agencies", "search", "canterbury", "--current", "--json"]) == 0
    ids = [row["id"] for row in json.loads(capsys.readouterr().out)]
    assert "canterbury-regional-council" in ids
    assert "canterbury-dhb" not in ids
    assert main(["agencies", "list", "--current"]) == 0
    listed = capsys.readouterr().out
    assert "disestablished" not in listed
    assert "health-nz " in listed
