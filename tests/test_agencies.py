"""The agency directory: its data, its search, and the deadlines it feeds."""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from datetime import date
from typing import NoReturn

import pytest

from oiaassist import response_deadline, transfer_deadline
from oiaassist.agencies import (
    LOCAL_AUTHORITY_KINDS,
    Agency,
    AgencyDataError,
    AgencyKind,
    all_agencies,
    find,
    load_agencies,
    parse_agencies,
    search,
    search_matches,
)
from oiaassist.agencies.dataset import COLUMNS, PROVINCES
from oiaassist.agencies.normalise import fold
from oiaassist.cli import agencies as agencies_cli
from oiaassist.errors import InputError, OiaAssistError
from oiaassist.law.acts import Act
from oiaassist.law.regions import REGIONS
from oiaassist.tracking import Request, assess

# --- the data -----------------------------------------------------------------------------------


def test_dataset_parses_and_covers_what_the_issue_asks() -> None:
    agencies = load_agencies()
    kinds = Counter(a.kind for a in agencies)
    assert kinds[AgencyKind.REGIONAL_COUNCIL] == 11
    assert kinds[AgencyKind.UNITARY_AUTHORITY] == 6
    assert sum(kinds[k] for k in LOCAL_AUTHORITY_KINDS) == 78
    assert sum(1 for a in agencies if a.act is Act.OIA) >= 40
    assert find("Chatham Islands Council").kind is AgencyKind.UNITARY_AUTHORITY


def test_every_local_authority_has_a_region_and_an_anniversary() -> None:
    for agency in all_agencies(act=Act.LGOIMA):
        assert agency.region in REGIONS, agency.id
        assert agency.anniversary in PROVINCES, agency.id
        assert agency.anniversary_source.startswith("https://"), agency.id
        assert agency.calendar_region is not None
        assert agency.anniversary_name


def test_oia_bodies_have_no_region() -> None:
    for agency in all_agencies(act="oia"):
        assert agency.region is None
        assert agency.calendar_region is None


def test_ids_and_names_are_unique() -> None:
    agencies = load_agencies()
    ids = [a.id for a in agencies]
    assert len(ids) == len(set(ids))
    names = [fold(n) for a in agencies for n in (a.name, a.maori_name) if n]
    assert len(names) == len(set(names))


def test_every_row_has_sources_and_emails_come_with_their_page() -> None:
    for agency in load_agencies():
        assert agency.sources
        assert all(s.startswith("https://") for s in agency.sources)
        assert agency.checked is not None or agency.notes, agency.id
        # An email is only ever copied from the agency's own request page, which
        # must then be the row's request_url and one of its sources.
        if agency.request_email:
            assert agency.request_url, agency.id
            assert agency.request_url in agency.sources, agency.id
            assert "@" in agency.request_email, agency.id


def test_nz_post_is_a_state_enterprise_under_the_oia() -> None:
    # Its published responses withhold under OIA s 9(2)(b)(ii) and s 9(2)(i).
    post = find("New Zealand Post Limited")
    assert post.kind is AgencyKind.STATE_ENTERPRISE
    assert post.act is Act.OIA
    assert find("NZ Post") is post


HEADER = ",".join(COLUMNS)
GOOD = "x,X Council,,,district_council,lgoima,WGN,WGN,https://e.nz/a,,,https://e.nz/s,2026-11-23,,,"


def test_parse_accepts_a_good_row() -> None:
    (agency,) = parse_agencies(f"{HEADER}\n{GOOD}\n")
    assert agency.calendar_region == "WGN"


@pytest.mark.parametrize(
    ("row", "problem"),
    [
        (GOOD.replace("lgoima", "oia"), "does not fit kind"),
        (GOOD.replace(",WGN,WGN,", ",,WGN,"), "needs a region"),
        (GOOD.replace(",WGN,WGN,", ",TAS,TAS,"), "no anniversary day of its own"),
        (GOOD.replace("2026-11-23", "23/11/2026"), "not a YYYY-MM-DD date"),
        (GOOD.replace("2026-11-23,", ","), "must say why"),
        (GOOD.replace(",,,https://e.nz/s", ",nobody@,,https://e.nz/s"), "not an email"),
        (GOOD.replace("x,", "X Y,", 1), "lower-case words"),
    ],
)
def test_parse_rejects_bad_rows_naming_the_line(row: str, problem: str) -> None:
    with pytest.raises(AgencyDataError, match=problem) as info:
        parse_agencies(f"{HEADER}\n{row}\n", source="t.csv")
    assert info.value.where == "t.csv:2"


def test_parse_rejects_duplicates_and_a_wrong_header() -> None:
    with pytest.raises(AgencyDataError, match="used twice"):
        parse_agencies(f"{HEADER}\n{GOOD}\n{GOOD.replace('X Council', 'Y Council')}\n")
    with pytest.raises(AgencyDataError, match="header"):
        parse_agencies(f"id,name\n{GOOD}\n")


# --- search -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    ["mfat", "MFAT", "foreign affairs", "Manatū Aorere", "manatu aorere", "Ministry for Foreign"],
)
def test_search_finds_mfat_first(text: str) -> None:
    assert search(text)[0].id == "mfat"


def test_wellington_city_finds_the_council_with_wellington_anniversary() -> None:
    council = search("wellington city")[0]
    assert council.name == "Wellington City Council"
    assert council.anniversary == "WGN"
    assert council.anniversary_name == "Wellington"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("wcc", "wellington-city-council"),
        ("wellington", "wellington-city-council"),
        ("hawkes bay regional", "hawkes-bay-regional-council"),
        ("city wellington", "wellington-city-council"),
        ("te puni kokiri", "tpk"),
        ("ECan", "canterbury-regional-council"),
        ("waka kotahi", "nzta"),
        ("welington", "wellington-city-council"),  # one slip
        ("Kāpiti", "kapiti-coast-district-council"),
        ("kapiti", "kapiti-coast-district-council"),
        ("department of conservation", "doc"),
        ("health", "moh"),
    ],
)
def test_search_is_forgiving_and_ranked(text: str, expected: str) -> None:
    assert search(text)[0].id == expected


def test_exact_beats_prefix_beats_words_beats_fuzzy() -> None:
    scores = [m.score for m in search_matches("police", limit=None)]
    assert scores == sorted(scores, reverse=True)
    assert search_matches("police")[0].agency.id == "police"
    assert search_matches("welington")[0].score < search_matches("wellington")[0].score


def test_search_limits_and_filters() -> None:
    assert search("") == ()
    assert search("   ") == ()
    assert search("zzzzqqq") == ()
    assert len(search("council", limit=3)) == 3
    assert all(a.act is Act.LGOIMA for a in search("w", limit=None, act=Act.LGOIMA))


def test_find_is_strict_and_suggests() -> None:
    assert find("mfat").id == "mfat"
    assert find("Manatū Aorere").id == "mfat"
    assert find(find("doc")) is find("doc")
    with pytest.raises(InputError, match="did you mean: Wellington City Council"):
        find("wellington cty council")


# --- deadlines and tracking ---------------------------------------------------------------------


def test_westland_request_received_21_nov_2022_is_due_11_jan_2023() -> None:
    # law.md §9 S6: the West Coast anniversary (Mon 28 Nov 2022) is skipped.
    westland = find("Westland District Council")
    deadline = response_deadline(date(2022, 11, 21), agency=westland)
    assert deadline.due == date(2023, 1, 11)
    assert deadline.act is Act.LGOIMA
    assert deadline.region == "WTC"
    by_id = response_deadline(date(2022, 11, 21), agency="westland-district-council")
    assert by_id.due == deadline.due


def test_an_oia_agency_gives_the_oia_calendar() -> None:
    deadline = response_deadline(date(2024, 9, 13), agency="mfat")
    assert deadline.act is Act.OIA
    assert deadline.region is None
    assert deadline.due == date(2024, 10, 11)
    assert transfer_deadline(date(2024, 9, 13), agency="mfat").act is Act.OIA


def test_a_council_in_a_region_python_holidays_lacks_uses_its_province() -> None:
    tasman = find("Tasman District Council")
    assert tasman.anniversary == "NSN"
    assert response_deadline(date(2024, 1, 25), agency=tasman).region == "TAS"
    kaikoura = find("Kaikōura District Council")
    assert kaikoura.calendar_region == "MBH"


def test_agency_and_consistent_act_or_region_are_accepted() -> None:
    due = response_deadline(date(2022, 11, 21), agency="westland-district-council").due
    assert (
        response_deadline(
            date(2022, 11, 21), agency="westland-district-council", act="lgoima", region="WTC"
        ).due
        == due
    )


@pytest.mark.parametrize(
    ("kwargs", "field"),
    [
        ({"agency": "mfat", "act": "lgoima"}, "act"),
        ({"agency": "westland-district-council", "act": Act.OIA}, "act"),
        ({"agency": "westland-district-council", "region": "WGN"}, "region"),
        ({"agency": "mfat", "region": "WGN"}, "region"),
        ({"agency": "no-such-agency"}, "agency"),
    ],
)
def test_agency_and_inconsistent_act_or_region_is_input_error(
    kwargs: dict[str, object], field: str
) -> None:
    with pytest.raises(InputError) as info:
        response_deadline(date(2022, 11, 21), **kwargs)  # type: ignore[arg-type]
    assert info.value.field == field


def test_request_fills_act_and_region_from_agency_id() -> None:
    from oiaassist.tracking.events import Request  # noqa: PLC0415 - pydantic only here

    events = [{"type": "received", "date": "2022-11-21"}]
    request = Request.model_validate({"agency_id": "westland-district-council", "events": events})
    assert request.agency == "Westland District Council"
    assert request.act is Act.LGOIMA
    assert request.region == "WTC"
    assert Request.model_validate_json(request.model_dump_json()) == request
    plain = Request.model_validate({"agency": "Someone", "events": events})
    assert "agency_id" not in plain.model_dump_json()
    with pytest.raises(ValueError, match="does not fit"):
        Request.model_validate({"agency_id": "mfat", "act": "lgoima", "events": events})
    with pytest.raises(ValueError, match="not in the agency directory"):
        Request.model_validate({"agency_id": "gone", "events": events})
    kept = Request.model_validate(
        {"agency_id": "gone", "agency": "Old name", "act": "oia", "region": None, "events": events}
    )
    assert kept.agency_id == "gone"


# --- the CLI ------------------------------------------------------------------------------------


class _Parser(argparse.ArgumentParser):
    """As oiaassist.cli.OneLineParser: a usage error is one line and exit 2."""

    def error(self, message: str) -> NoReturn:
        self.exit(2, f"{self.prog}: error: {message}\n")


def run_cli(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    """The command as oiaassist.cli.main runs it, without depending on its COMMANDS list."""
    parser = _Parser(prog="oiaassist")
    commands = parser.add_subparsers(dest="command", parser_class=_Parser)
    agencies_cli.register(commands)
    try:
        args = parser.parse_args(argv)
        status = args.handler(args)
    except SystemExit as exc:
        status = exc.code if isinstance(exc.code, int) else 1
    except OiaAssistError as exc:
        print(f"oiaassist {argv[0]}: error: {exc}", file=sys.stderr)
        status = 2
    out, err = capsys.readouterr()
    return status, out, err


def test_cli_search_prints_json(capsys: pytest.CaptureFixture[str]) -> None:
    status, out, err = run_cli(capsys, "agencies", "search", "manatu aorere", "--json")
    assert (status, err) == (0, "")
    rows = json.loads(out)
    assert rows[0]["id"] == "mfat"
    assert rows[0]["maori_name"] == "Manatū Aorere"
    assert rows[0]["score"] == 1000


def test_cli_search_and_list_print_text(capsys: pytest.CaptureFixture[str]) -> None:
    status, out, _ = run_cli(capsys, "agencies", "search", "westland", "--limit", "1")
    assert status == 0
    assert out.startswith("westland-district-council")
    assert "West Coast anniversary day" in out
    status, out, _ = run_cli(capsys, "agencies", "list", "--act", "lgoima")
    assert status == 0
    assert len(out.splitlines()) == len(all_agencies(act=Act.LGOIMA))


def test_cli_list_json(capsys: pytest.CaptureFixture[str]) -> None:
    status, out, _ = run_cli(capsys, "agencies", "list", "--json")
    assert status == 0
    rows = json.loads(out)
    assert len(rows) == len(load_agencies())
    assert {r["act"] for r in rows} == {"oia", "lgoima"}


def test_cli_no_match_is_not_an_error(capsys: pytest.CaptureFixture[str]) -> None:
    status, out, _ = run_cli(capsys, "agencies", "search", "zzzzqqq", "--json")
    assert (status, json.loads(out)) == (0, [])


@pytest.mark.parametrize(
    "argv",
    [
        ("agencies", "search", "mfat", "--limit", "0"),
        ("agencies", "search", "mfat", "--limit", "ten"),
        ("agencies", "list", "--act", "privacy"),
        ("agencies", "list", "--act", "foia"),
        ("agencies", "search", "  "),
        ("agencies",),
        ("agencies", "search"),
    ],
)
def test_cli_bad_input_exits_2_with_one_line(
    capsys: pytest.CaptureFixture[str], argv: tuple[str, ...]
) -> None:
    status, out, err = run_cli(capsys, *argv)
    assert status == 2
    assert out == ""
    assert len(err.strip().splitlines()) == 1, err


def test_cli_main_once_registered(capsys: pytest.CaptureFixture[str]) -> None:
    from oiaassist import cli  # noqa: PLC0415 - the coordinator adds the command

    assert agencies_cli in cli.COMMANDS
    assert cli.main(["agencies", "search", "mfat", "--json"]) == 0
    assert json.loads(capsys.readouterr().out)[0]["id"] == "mfat"


def test_agency_is_exported() -> None:
    import oiaassist  # noqa: PLC0415

    assert oiaassist.Agency is Agency


def test_a_request_naming_a_council_without_an_act_links_to_the_directory() -> None:
    events = [{"type": "received", "date": "2022-11-21"}]
    linked = Request.model_validate({"agency": "Westland District Council", "events": events})
    assert (linked.agency_id, linked.act, linked.region) == (
        "westland-district-council",
        Act.LGOIMA,
        "WTC",
    )
    assert assess(linked, today=date(2022, 12, 1)).effective_deadline == date(2023, 1, 11)
    # An Act given by the user is theirs; an unknown name stays as written, under the OIA.
    explicit = Request.model_validate(
        {"agency": "Westland District Council", "act": "oia", "events": events}
    )
    assert (explicit.agency_id, explicit.act) == (None, Act.OIA)
    unknown = Request.model_validate({"agency": "A trust", "events": events})
    assert (unknown.agency_id, unknown.act) == (None, Act.OIA)
