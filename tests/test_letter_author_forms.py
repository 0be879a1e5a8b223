"""Which body a name stands for when the directory's names overlap (issue 13).

Three families of evidence, each read from the directory rather than from one letter's
wording: a body's name written inside another body's longer name names the longer body
("South Canterbury DHB" is not Canterbury DHB; ``names.inside_longer``); a Minister is
never written by initials, so "MPI" is the Ministry for Primary Industries; and an
acronym several bodies share ("WDC", "MDC") names the one owner the letter also writes
in another form (``short_forms.resolved_acronyms``), else no one.

Real words: dev letters of tests/corpus/letters/dev (as published) and the Ministry for
Primary Industries' own OIA page (mpi.govt.nz, a stored page; not an FYI thread).
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from oiaassist.agencies import AgencyKind, all_agencies
from oiaassist.reading import read_letter
from oiaassist.reading.author import letter_author
from oiaassist.reading.author.names import inside_longer
from oiaassist.reading.author.short_forms import resolved_acronyms
from oiaassist.reading.author.zones import request_spans

DEV = Path(__file__).parent / "corpus" / "letters" / "dev"


def _span(text: str, name: str, nth: int = 0) -> tuple[int, int]:
    match = list(re.finditer(re.escape(name), text))[nth]
    return match.start(), match.end()


@pytest.mark.parametrize(
    ("text", "name", "held"),
    [
        # fyi-18402: the South Canterbury DHB's own answer, not Canterbury DHB's
        ("SCDHB’s response: South Canterbury DHB responds partially due to the fact we hold",
         "Canterbury DHB", True),
        # fyi-33942 (TVNZ): the Police Minister is not Police
        ("TVNZ Executive reached out to Police \nMinister Mark Mitchel  to ap", "Police", True),
        # fyi-32960 (DOC's footer): Te Papa Atawhai is DOC, not Te Papa the museum
        ("Department of Conservation\nTe Papa Atawhai\n", "Te Papa", True),
        # fyi-2363: Police itself, then the Independent Police Conduct Authority
        ("vestigated by the Independent Police Conduct Authority. Police do ", "Police", True),
        # ... but the second "Police" there is Police
        ("vestigated by the Independent Police Conduct Authority. Police do ", "Police do", False),
    ],
)  # fmt: skip
def test_a_name_inside_a_longer_directory_name(text: str, name: str, held: bool) -> None:
    if name == "Police do":
        start, _end = _span(text, "Police", 1)
        assert inside_longer(text, start, start + len("Police")) is held
        return
    start, end = _span(text, name)
    assert inside_longer(text, start, end) is held


def test_the_longer_body_is_the_author() -> None:
    # fyi-18402-south-canterbury-dhb-release, its own answer and signature
    text = (
        "SCDHB’s response: South Canterbury DHB responds partially due to the fact we hold\n"
        "information.\n\nSLT Administrator  \nSouth Canterbury DHB \n"
    )
    found = letter_author(text)
    assert found is not None and found.name == "South Canterbury District Health Board"


def test_mpi_is_the_ministry_not_the_minister() -> None:
    # mpi.govt.nz, "Official Information Act responses": the Ministry speaking of itself
    text = "In 2018, MPI released historical reports on compliance risk profiling of:\n"
    found = letter_author(text)
    assert found is not None and found.name == "Ministry for Primary Industries"


def test_a_shared_acronym_names_the_owner_the_letter_also_writes() -> None:
    # fyi-23523 (Whanganui District Council): the requester's quoted email
    quoted = "To: WDC Information Request <[email address]>\n\nDear Whanganui District Council,\n"
    assert "To: Whanganui District Council Information Request" in resolved_acronyms(quoted)


def test_a_shared_acronym_with_two_owners_shown_names_neither() -> None:
    text = "MDC received your request.\nMasterton District Council\nManawatū District Council\n"
    assert resolved_acronyms(text) == text


def test_a_shared_acronym_in_a_quoted_email_makes_no_author() -> None:
    # fyi-23523: its own text never names the council (truth author_in_text false)
    text = (DEV / "fyi-23523-whanganui-dc-acknowledgement.txt").read_text(encoding="utf-8")
    assert letter_author(text) is None


# A stored FYI page outside the corpus (request 21549, The Treasury's response; its
# number is in neither corpus set): the request quoted back ends where the letter tells
# the request's history from a date, and the body is the actor in its own past tenses.
TREASURY_21549 = (
    "Thank you for your Official Information Act request, received on 11 January 2023. You\n"
    "requested the following:\n"
    "A full copy of the report T2020/3411, entitled Treasury Report: Justice\n"
    "baseline review final report; and\n"
    "Any other baseline reports, other type of report, or analyses, involving\n"
    "consideration of referral to legal aid for the years 2018-2022 inclusive.\n"
    "On 26 January 2023 Treasury attempted to contact you asking you to clarify what was\n"
    "meant by “consideration of referral” to legal aid and to crown, departmental and police\n"
    "In the absence of clarification, we have interpreted part 2 and 3 of your request as any\n"
    "significant analysis Treasury has undertaken on legal aid.\n"
)


def test_the_quoted_request_ends_where_the_history_is_told_from_a_date() -> None:
    (start, end), *_rest = request_spans(TREASURY_21549)
    assert TREASURY_21549[start:end].rstrip().endswith("2018-2022 inclusive.")
    found = letter_author(TREASURY_21549)
    assert found is not None and found.name == "The Treasury"


def test_the_request_quoted_before_a_dated_line_stays_the_requesters() -> None:
    # fyi-12108 (Hutt Valley DHB): "…Thus, I request… these policies." is the requester's,
    # "On 12 May 2020, Capital & Coast District Health Board contacted you" the letter's
    text = (DEV / "fyi-12108-hvdhb-decision.txt").read_text(encoding="utf-8")
    spans = request_spans(text)
    dated = text.index("On 12 May 2020, Capital")
    assert not any(a <= dated < b for a, b in spans)
    found = letter_author(text)
    assert found is not None and found.name == "Hutt Valley District Health Board"


def test_a_past_tense_then_an_infinitive_is_the_body_acting() -> None:
    sentence = (
        "On 26 January 2023 Treasury attempted to contact you asking you to clarify what was\n"
        "meant by “consideration of referral” to legal aid and to crown, departmental and police\n"
    )
    found = letter_author(f"Dear I Brown\n{sentence}")
    assert found is not None and found.name == "The Treasury"


def test_a_participle_before_to_and_a_name_is_no_act() -> None:
    # "transferred to" / "referred to" + a name: the body is where the request went
    text = "Dear I Brown\nThis part of your request is transferred to Treasury, which holds it.\n"
    assert letter_author(text) is None


_AMPERSANDED = sorted(
    a.name
    for a in all_agencies()
    if " and " in a.name and a.kind is not AgencyKind.MINISTER and "—" not in a.name
)


@pytest.mark.parametrize("name", _AMPERSANDED)
def test_a_name_written_with_an_ampersand_is_the_body(name: str) -> None:
    # dev fyi-20087's opening, the body's "and" written "&" as fyi-19198 writes
    # "Ministry of Foreign Affairs & Trade"
    written = name.replace(" and ", " & ")
    text = (
        f"Dear JB\nThank you for your email of 31 July 2022 to {written} requesting\n"
        "the following information under the Official Information Act 1982 (the Act):\n"
    )
    found = letter_author(text)
    assert found is not None and found.name == name


def test_a_name_without_its_comma_is_the_body() -> None:
    text = (
        "Dear JB\nThank you for your email of 31 July 2022 to Ministry of Business Innovation\n"
        "and Employment requesting the following information:\n"
    )
    found = letter_author(text)
    assert found is not None and found.name == "Ministry of Business, Innovation and Employment"


_APOSTROPHED = sorted(
    a.name for a in all_agencies() if "'" in a.name and a.kind is not AgencyKind.MINISTER
)


@pytest.mark.parametrize("name", _APOSTROPHED)
def test_a_name_without_its_apostrophe_is_the_body(name: str) -> None:
    # dev fyi-20087's opening, the name typed without its apostrophe ("Hawkes Bay")
    text = (
        f"Dear JB\nThank you for your email of 31 July 2022 to {name.replace(chr(39), '')} "
        "requesting\nthe following information under the Official Information Act 1982 (the Act):\n"
    )
    found = letter_author(text)
    assert found is not None and found.name == name


def test_the_answer_opens_with_the_body_after_the_quoted_request() -> None:
    # dev fyi-25455 (Oranga Tamariki), lines 16-22: the request quoted back, then the
    # answer opening with the body as the subject of its own act
    text = (DEV / "fyi-25455-oranga-tamariki-release.txt").read_text(encoding="utf-8")
    extract = "\n".join(text.splitlines()[15:22]) + "\n"
    assert extract.startswith("I would like the following:")
    found = letter_author(extract)
    assert found is not None and found.name == "Oranga Tamariki—Ministry for Children"


def test_a_body_name_as_a_common_noun_is_no_author() -> None:
    # dev fyi-20076's quoted case note, out of its quotation marks: "police" in lower case
    # is the police in general (and reported words), not New Zealand Police speaking
    text = (
        "Dear [name]\nBoshier said police did not demonstrate that a 72-hour notification\n"
        "period was necessary, and three to five days is likely to be unreasonable, he added.\n"
    )
    assert letter_author(text) is None
    # the proper name still is the body: fyi-29236's answer
    text = (
        "Dear [name]\nNew Zealand Police (Police) contracted Rangahau Aotearoa | Research New"
        " Zealand as\na third-party agency to undertake a customer experience research programme.\n"
    )
    found = letter_author(text)
    assert found is not None and found.name == "New Zealand Police"


@pytest.mark.parametrize(
    "sentence",
    [
        # constructed in the shape of the case note above: a one-word name in lower case
        "Some corrections have been made to the information you requested.",
        "We hold information about services for disabled people who have asked for it.",
    ],
)
def test_a_lower_case_one_word_name_is_a_common_noun(sentence: str) -> None:
    assert letter_author(f"Dear [name]\n{sentence}\n") is None


@pytest.mark.parametrize(
    "letter_id",
    [
        # the transferee answering: "…to Wellington City Council, this request … was
        # partially transferred to Greater Wellington Regional Council … Greater
        # Wellington’s response follows:" (the reader rules the transferee out as such)
        "fyi-26733-gwrc-release",
        # "a list of departmental OIA requests, received and completed by the Department of
        # the Prime Minister and Cabinet (DPMC)"
        "docslib-dpmc-oia-2020-21-0027-release",
        # "This is a response to your 5 March 2022 request for information from the Human
        # Rights Commission."
        "fyi-18785-hrc-release",
        # "On 4 November 2022, your request was transferred to Te Whatu Ora for response …
        # This information is withheld under section 9(2)(f)(iv) of the Act"
        "fyi-21020-hnz-decision",
    ],
)
def test_fresh_letters_of_round_six(letter_id: str) -> None:
    text = (DEV / f"{letter_id}.txt").read_text(encoding="utf-8")
    truth = json.loads((DEV / f"{letter_id}.json").read_text(encoding="utf-8"))
    found = letter_author(text, not_these=read_letter(text).not_authors)
    assert found is not None and found.name == truth["agency"]


def test_a_transfer_notice_that_decides_nothing_names_no_transferee() -> None:
    # fyi-21020's transfer sentence alone, without its decision: a transfer notice's words
    text = (
        "Tēnā koe [name],\nOn 4 November 2022, your request was transferred to Te Whatu Ora"
        " for response because the\ninformation to which your request relates to is operational.\n"
    )
    reading = read_letter(text)
    assert letter_author(text, not_these=reading.not_authors) is None
