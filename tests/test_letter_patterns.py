"""Every failure pattern of issue 13, each on a real letter of the development corpus.

The letters are in tests/corpus/letters/dev (text as published, truth rows by
hand). Each case names the pattern, the letter, and the facts the reader must
read from it — compared with the letter's truth row, so a test cannot agree
with the reader by construction. Where no development letter has the pattern,
a letter published on FYI.org.nz by a development-set agency is used (its request
number given; never a held-out letter); patterns with neither are at the end,
tested on the issue's own wording (marked so).

Where each pattern of the issue is tested on a real letter:

* model wording "… extension of the time to make our decision, to [date]": dev
  fyi-32314-police, fyi-26133-kainga-ora (CASES)
* extension length in brackets "(N working days)": dev fyi-30170-kainga-ora-extension ("to
  4 April 2025 (10 working days)", split over two lines; CASES and its own test); the
  converse, the original deadline in brackets after the length ("20 working days (12 April
  2024)"): fyi-26133-kainga-ora-extension, fyi-30170-kainga-ora-extension
* length in words ("five working days"): dev fyi-29042-dia; without "working": fyi-31131-doc
* receipt "your request dated …": dev fyi-24787-tauranga, fyi-28640-gwrc; "your two emails
  received …" / "your three requests of …": fyi-32937-msd, fyi-8589-uoa; "our receipt of your
  request on …" and a stray space before a comma: fyi-21459-oranga-tamariki; "received by
  [agency] on …": fyi-15850-pncc, fyi-32314-police
* dd.mm.yyyy: fyi-34759-auckland-council; zero-padded day: fyi-10558-auckland-council; day and
  month without a year: fyi-29204-wcc; a quoted "Sent:" header: fyi-16869-uoa
* a decision made before the letter's own date (s 28(5)): dev fyi-25387-doc-release; an earlier
  request's decision is not this one's: Health NZ, FYI request 24292; an earlier extension
  notice is no decision day: FENZ, FYI request 19205
* "we will reply no later than [date]" in an extension letter: fyi-31131-doc
* "we considered extending": fyi-29204-wcc
* a letter that mentions "transfer" is not necessarily a transfer: fyi-18872-epa,
  fyi-29603-minister-of-finance, fyi-30381-minister-of-health, fyi-25021-hnz, fyi-32937-msd
  (tests/test_letter_transfers.py)
* the author is not a body merely mentioned: fyi-29042-dia, fyi-24787-tauranga, fyi-18456
  (a department's, a council's, a Minister's letter); a Crown entity's letter naming Police
  first: fyi-20377-fenz; the body a request was transferred from: DPMC, FYI request 20074
* a council's anniversary day: fyi-21595-pncc (right with the council, never ✗ without)
* the 20 days restart only if treated as new and sought within 7 working days:
  fyi-24427-doc; words of a restart that is not one: fyi-29204-wcc, fyi-23467-wcc
  (tests/test_letter_clarification.py)
* an extension of the transfer limit (s 15A(1)): fyi-18810-dpmc, fyi-22125-dpmc
* the Act is the request's, not any Act named: fyi-34759-auckland-council (an LGOIMA request
  written "under the OIA"); an OIA request *about* the Privacy Act: dev
  fyi-21110-privacy-commissioner-release (whether Police were fined under Privacy Act s 118),
  fyi-20919-police-release (statistics on IPP 6 requests: "your Official Information Act 1982
  (OIA) request" names the request's Act),
  pdfslide-fyi-10798-privacy-commissioner-release (breaches reported to the Commissioner; names
  no Act, so the Act stays unknown)
"""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from oiaassist.law.acts import Act
from oiaassist.reading import check_reading, read_letter
from oiaassist.reading.author import letter_author
from oiaassist.reading.checks import CheckKind
from oiaassist.reading.reader import LetterKind, LetterReading
from oiaassist.tracking.events import Outcome

DEV = Path(__file__).parent / "corpus" / "letters" / "dev"


def _letter(letter_id: str) -> tuple[str, dict[str, Any]]:
    text = (DEV / f"{letter_id}.txt").read_text(encoding="utf-8")
    truth = json.loads((DEV / f"{letter_id}.json").read_text(encoding="utf-8"))
    return text, truth


def _got(reading: LetterReading, name: str) -> Any:
    ext, moved = reading.extension, reading.transfer
    values: dict[str, Any] = {
        "letter_date": reading.letter_date,
        "reference": reading.reference,
        "received": reading.received_stated,
        "stated_due": reading.stated_due,
        "clarification_sought": reading.clarification.sought if reading.clarification else None,
        "clarified": reading.clarified,
        "extension_notice": ext.notice_date if ext else None,
        "extension_days": ext.working_days if ext else None,
        "extended_to": ext.extended_to if ext else None,
        "transfer_date": moved.on if moved else None,
    }
    found = values[name]
    if found is None:
        return None
    value = found.value
    return value.isoformat() if isinstance(value, date) else value


# (pattern, letter, the stated fields to compare with the truth row)
CASES = [
    ("Ombudsman model wording '…extension of the time to make our decision, to [date]'",
     "fyi-32314-police-extension", ("extended_to",)),
    ("the model wording, date on the next line", "fyi-26133-kainga-ora-extension",
     ("extended_to", "stated_due")),
    ("extension length in words ('five working days')", "fyi-29042-dia-extension",
     ("extension_days", "extended_to")),
    ("extension without 'working' ('an additional 30 days')", "fyi-31131-doc-extension",
     ("extension_days", "extended_to", "received")),
    ("'an additional N days' with a zero-padded day", "fyi-24427-doc-extension",
     ("extension_days", "extended_to", "received", "clarified")),
    ("receipt 'received by Council on  22/6/2021' (d/m/yyyy, double space)",
     "fyi-15850-pncc-acknowledgement", ("received", "stated_due")),
    ("receipt 'received by Police on 15/09/2025'", "fyi-32314-police-acknowledgement",
     ("received", "reference")),
    ("request *dated* one day, *received* on it by the council",
     "fyi-28640-gwrc-extension", ("received", "extended_to", "extension_days")),
    ("due date written dd.mm.yyyy ('by 19.06.2026')", "fyi-34759-auckland-council-acknowledgement",
     ("stated_due", "reference")),
    ("zero-padded day in the letter's date ('03 July 2019')", "fyi-10558-auckland-council-release",
     ("letter_date", "received", "reference")),
    ("day and month with no year ('my email dated 19 November')", "fyi-29204-wcc-decision",
     ("clarification_sought",)),
    ("'we will reply no later than [date]' in an extension letter is the extended date",
     "fyi-31131-doc-extension", ("extended_to",)),
    ("due date in brackets after the 20 working days ('(12 April 2024)')",
     "fyi-26133-kainga-ora-extension", ("stated_due",)),
    ("'instead of [date]' is the original due date", "fyi-29767-ecan-extension",
     ("stated_due", "extended_to")),
    ("an extension told in the past in a decision letter is not notified by it",
     "fyi-27189-dpmc-decision", ("received", "extension_days")),
    ("an extension notified in a letter that also decides part of the request",
     "fyi-31467-horizons-decision", ("extension_notice",)),
    ("extension length in brackets after the new date ('to 4 April 2025 (10 working days)')",
     "fyi-30170-kainga-ora-extension", ("extension_days", "extended_to", "stated_due")),
]  # fmt: skip


@pytest.mark.parametrize(("pattern", "letter_id", "fields"), CASES, ids=[c[0][:60] for c in CASES])
def test_pattern_read_as_the_truth_row_says(
    pattern: str, letter_id: str, fields: tuple[str, ...]
) -> None:
    text, truth = _letter(letter_id)
    reading = read_letter(text)
    for name in fields:
        assert _got(reading, name) == truth["stated"].get(name), (pattern, name)


def test_a_request_dated_on_a_sunday_is_not_its_receipt() -> None:
    """'Your request for information dated 19 November 2023' (a Sunday): receipt unknown."""
    text, truth = _letter("fyi-24787-tauranga-decision")
    reading = read_letter(text)
    assert "received" not in truth["stated"]
    assert reading.received_stated is None
    assert all(c.ok is not False for c in check_reading(reading))


def test_a_quoted_sent_header_is_the_latest_receipt_not_a_stated_one() -> None:
    text, _truth = _letter("fyi-16869-uoa-extension")
    reading = read_letter(text)
    assert reading.received is not None
    assert (reading.received.value, reading.received_basis) == (date(2021, 9, 23), "request")
    assert reading.received_stated is None


def test_considered_extending_is_not_an_extension() -> None:
    """'…the Council has considered charging or extending the timeframe however…'."""
    text, _truth = _letter("fyi-29204-wcc-decision")
    reading = read_letter(text)
    assert reading.extension is None
    assert reading.kind is LetterKind.DECISION


@pytest.mark.parametrize(
    ("letter_id", "mentioned"),
    [
        ("fyi-29042-dia-extension", "Wellington City Council"),  # a department's letter
        ("fyi-24787-tauranga-decision", "Minister of Local Government"),  # a council's
        ("fyi-18456-minister-of-health-decision", "Ministry of Health"),  # transferred it
    ],
)
def test_the_author_is_not_a_body_the_letter_merely_mentions(
    letter_id: str, mentioned: str
) -> None:
    text, truth = _letter(letter_id)
    author = letter_author(text)
    assert mentioned in " ".join(text.split())
    assert author is not None
    assert author.name == truth["agency"]
    assert author.name != mentioned


@pytest.mark.parametrize(
    "letter_id",
    [
        "fyi-13059-auckland-transport-release",  # "received and processed by Auckland Transport"
        "fyi-17398-dpmc-decision",  # "the Department … (DPMC) contacted you to advise"
        "fyi-25447-tec-decision",  # "the TEC has had no communications or correspondence"
    ],
)
def test_the_author_speaks_of_itself_by_what_it_did(letter_id: str) -> None:
    text, truth = _letter(letter_id)
    assert truth["author_in_text"] is True
    author = letter_author(text)
    assert author is not None
    assert author.name == truth["agency"]


@pytest.mark.parametrize(
    ("letter_id", "kind"),
    [
        # "Attached is the second and final tranche of your request": it releases
        ("fyi-21059-mfat-release", LetterKind.RELEASE),
        # "This reply addresses the information you requested … review my decision": no
        # outcome the reader knows, so the fitted scorer decides between release and decision;
        # since round 14's refit it leans to release (48 %): a known misreading, kept visible
        pytest.param(
            "fyi-21219-minister-of-finance-decision",
            LetterKind.DECISION,
            marks=pytest.mark.xfail(strict=True, reason="scorer's 48 % lean to release"),
        ),
        # "Your request has been considered under the Official Information Act 1982"
        ("fyi-5834-kiwirail-decision", LetterKind.DECISION),
        # "QLDC has decided to grant your request for information in part"
        ("fyi-19047-qldc-release", LetterKind.RELEASE),
        # "… to make an informed decision on release material …": still an extension
        ("fyi-24427-doc-extension", LetterKind.EXTENSION),
    ],
)
def test_the_kind_is_what_the_letter_does(letter_id: str, kind: LetterKind) -> None:
    text, _truth = _letter(letter_id)
    assert read_letter(text).kind is kind


def test_a_receipt_before_the_requests_own_date_is_another_requests() -> None:
    """QLDC: 'your … request dated 22 June 2022' then '… the request we received from you
    on 4 April 2022' (the earlier request the new one asks about): no stated receipt, and
    so no 'decided late' on a deadline counted from the wrong day."""
    text, truth = _letter("fyi-19047-qldc-release")
    reading = read_letter(text)
    assert "received" not in truth["stated"]
    assert reading.received_stated is None
    assert all(c.ok is not False for c in check_reading(reading))


def test_an_incoming_transfer_is_not_a_transfer_out() -> None:
    """'…transferred to my Office by the Ministry of Health on 16 February 2022'."""
    text, truth = _letter("fyi-18456-minister-of-health-decision")
    reading = read_letter(text)
    assert reading.transfer is None
    assert reading.transferred_in is not None
    assert reading.transferred_in.value.isoformat() == truth["stated"]["transfer_date"]


def test_an_amended_request_restarts_the_clock_only_when_treated_as_new() -> None:
    """DOC: received 12 Oct 2023, clarified 25 Oct; the letter does not say 'a new request'."""
    text, truth = _letter("fyi-24427-doc-extension")
    reading = read_letter(text)
    assert reading.clarified is not None
    assert reading.treated_as_new is None
    checks = check_reading(reading)
    assert all(c.ok is not False for c in checks)
    notice = next(c for c in checks if c.kind is CheckKind.EXTENSION_NOTICE)
    assert notice.statutory == date.fromisoformat(truth["statute"]["due"])


def test_the_act_is_the_requests_not_any_act_named() -> None:
    """A council's letter under LGOIMA whose requester wrote 'Under the OIA'."""
    text, truth = _letter("fyi-34759-auckland-council-acknowledgement")
    reading = read_letter(text)
    author = letter_author(text)
    assert truth["act"] == "lgoima"
    assert author is not None
    checks = check_reading(reading, agency=author.agency)
    assert all(c.citation.startswith("Local Government") for c in checks if c.citation)


# --- patterns once tested only on the issue's own wording, now on real letters ---


def test_our_receipt_and_a_stray_space_before_a_comma() -> None:
    """Oranga Tamariki: '… no later than Tuesday 7 February 2023 , being 20 working days from
    our receipt of your request on 19 December 2022' (the closed period and Waitangi Day)."""
    text, truth = _letter("fyi-21459-oranga-tamariki-acknowledgement")
    reading = read_letter(text)
    assert _got(reading, "received") == truth["stated"]["received"]
    assert _got(reading, "stated_due") == truth["stated"]["stated_due"]
    (check,) = check_reading(reading, act=Act.OIA)
    assert check.ok is True
    assert check.statutory is not None
    assert check.statutory.isoformat() == truth["statute"]["due"]


@pytest.mark.parametrize(
    ("letter_id", "stated"),
    [
        # "Thank you for your two emails received 20 November 2025": a stated receipt
        ("fyi-32937-msd-extension", True),
        # "I refer to your three requests of 31 August 2018": the requests' own date only
        ("fyi-8589-uoa-extension", False),
    ],
)
def test_your_n_emails_or_requests(letter_id: str, stated: bool) -> None:
    text, truth = _letter(letter_id)
    reading = read_letter(text)
    assert _got(reading, "received") == truth["stated"].get("received")
    assert (reading.received_stated is not None) is stated
    assert all(c.ok is not False for c in check_reading(reading))


def test_an_extension_of_the_ten_day_transfer_limit() -> None:
    """DPMC: 'we have extended the ten working day time-limit available to make these
    transfers' (s 15A(1)): the transfer limit, not the deadline for a decision."""
    text, _truth = _letter("fyi-22125-dpmc-transfer")
    reading = read_letter(text)
    assert reading.transfer is not None
    checks = check_reading(reading)
    notice = next(c for c in checks if c.kind is CheckKind.EXTENSION_NOTICE)
    assert notice.ok is None
    assert "transfer" in notice.message
    assert all(c.ok is not False for c in checks)


def test_a_decision_made_before_the_letter_is_dated_by_the_decision() -> None:
    """DOC: a release dated 4 March 2024 'further to the decision letter sent to you on
    1 March' (no year: the letter's): the decision's own day, a later release being an
    undue-delay question (s 28(5)); nothing is called late."""
    text, truth = _letter("fyi-25387-doc-release")
    reading = read_letter(text)
    assert _got(reading, "received") == truth["stated"]["received"]
    assert reading.decision_date is not None
    assert reading.decision_date.value.isoformat() == truth["stated"]["decision_date"]
    assert "decided_on" in reading.yearless
    assert all(c.ok is not False for c in check_reading(reading))


def test_a_decision_on_an_earlier_request_is_not_this_ones() -> None:
    """Health NZ, FYI request 24292: 'Thank you for your email on 9 January 2024, which
    relates to our previous response (ref: HNZ00030750)' — here with that response's day
    given: the earlier request's decision, not the day this request was decided."""
    reading = read_letter(
        "17 January 2024\nT Barnett\nTēnā koe\nOfficial information request HNZ00035558\n"
        "Thank you for your email on 9 January 2024, which relates to our response of "
        "20 December 2023 to your earlier request (ref: HNZ00030750), and has been "
        "considered under the Official Information Act 1982 (the Act). Five documents are "
        "enclosed as Annex Two.\n"
    )
    assert reading.decided_on is None
    assert reading.decision_date is None or reading.decision_date == reading.letter_date


def test_an_earlier_extension_notice_is_not_a_decision_day() -> None:
    """FENZ, FYI request 19205 (a development-set agency): 'On 22 May 2022, we wrote to you
    advising of an extension …' in the decision letter of 30 June 2022."""
    reading = read_letter(
        "30 June 2022\nJohn Luke\nBy email: [FYI request #19205 email]\nDear John\nInformation "
        "Request – Board Minutes from 1 January 2019\nI refer to your official information "
        "request dated 25 April 2022 asking for meeting minutes of the\nFire and Emergency New "
        "Zealand Board from 1 January 2019 to the date of your request.\nOn 22 May 2022, we "
        "wrote to you advising of an extension to the timeframe for deciding on your\nrequest due "
        "to the consultations that were needed.\nYour request has been assessed in accordance "
        "with the provisions of the Official Information Act\n1982 (“OIA”). A decision has been "
        "made to release the minutes to you with some redactions made\nin accordance with "
        "section 9 of the OIA.\n"
    )
    assert reading.decided_on is None
    assert reading.extension is not None
    assert reading.extension.notice_date is not None
    assert reading.extension.notice_date.value == date(2022, 5, 22)
    assert not reading.extension.notified_in_this_letter
    assert reading.received_stated is None  # "dated 25 April": the request's own date
    assert all(c.ok is not False for c in check_reading(reading))


def test_a_crown_entitys_letter_that_mentions_police_is_not_polices() -> None:
    """FENZ: the letter names New Zealand Police before anything of its own."""
    text, truth = _letter("fyi-20377-fenz-extension")
    assert "Police" in text
    assert truth["author_in_text"] is False
    assert letter_author(text) is None  # nothing of the letter's own shows its author: no guess


def test_a_councils_anniversary_day_needs_the_council() -> None:
    """PNCC: received Friday 20 January 2023, stated due 21 February 2023. Wellington
    Anniversary Day (23 January) moves the deadline for a Manawatū council only: without
    the council the stated date cannot be called wrong; with it, it is right."""
    from oiaassist.agencies import find  # noqa: PLC0415

    text, truth = _letter("fyi-21595-pncc-acknowledgement")
    reading = read_letter(text)
    assert truth["author_in_text"] is False
    author = letter_author(text)
    unsure = check_reading(reading, agency=author.agency if author else None)
    assert all(c.ok is not False for c in unsure)
    (check,) = check_reading(reading, agency=find(truth["agency"]))
    assert check.ok is True
    assert check.statutory is not None
    assert check.statutory.isoformat() == truth["statute"]["due"]


def test_an_extension_length_in_brackets_after_the_new_date() -> None:
    """Kāinga Ora: '… writing to notify you of an extension of the time to make our decision
    under section15A(1)(b) of the Act, to / 4 April 2025 (10 working / days).' The length sits
    in brackets after the date and is split over two lines; the original deadline is in
    brackets too ('20 working / days (21 March 2025)'). Notified on that last day: in time."""
    text, truth = _letter("fyi-30170-kainga-ora-extension")
    reading = read_letter(text)
    assert reading.extension is not None
    assert reading.extension.notified_in_this_letter
    for name in ("extension_days", "extended_to", "extension_notice", "stated_due"):
        assert _got(reading, name) == truth["stated"][name], name
    assert truth["stated"]["extension_days"] == 10
    assert all(c.ok is not False for c in check_reading(reading, act=Act.OIA))


# (letter, whether the letter itself names the Official Information Act)
_ABOUT_THE_PRIVACY_ACT = [
    # "Official Information Act Request (Our Ref: OIA/0238)" on whether Police were fined
    # for a breach of the Privacy Act (ss 112, 114, 118 quoted in the request)
    pytest.param("fyi-21110-privacy-commissioner-release", True, id="opc-fine-for-a-breach"),
    # "your Official Information Act 1982 (OIA) request of 19 October 2022" for statistics
    # on "principle 6 privacy act requests"; the letter names the Privacy Act nine times
    pytest.param("fyi-20919-police-release", True, id="police-ipp6-statistics"),
    # "Official Information request - De-identified information on reported breaches":
    # names no Act at all (OCR text of the signed letter)
    pytest.param(
        "pdfslide-fyi-10798-privacy-commissioner-release", False, id="opc-breach-notifications"
    ),
]


@pytest.mark.parametrize(("letter_id", "names_the_oia"), _ABOUT_THE_PRIVACY_ACT)
def test_an_oia_request_about_the_privacy_act_is_an_oia_request(
    letter_id: str, names_the_oia: bool
) -> None:
    """The Act is the one the request was made under, not the Act it asks about: an OIA
    request about privacy breaches or IPP 6 requests is counted under the OIA (s 15(1)),
    never under the Privacy Act's timeline (ss 44, 48). A letter that names no Act leaves
    it unknown; the author's Act from the directory (an OIA body) then applies."""
    from oiaassist.agencies import find  # noqa: PLC0415

    text, truth = _letter(letter_id)
    assert truth["act"] == "oia"
    assert "privacy" in text.lower()
    reading = read_letter(text)
    if names_the_oia:
        assert reading.act is not None
        assert reading.act.value is Act(truth["act"])
    else:
        assert reading.act is None or reading.act.value is Act.OIA
    author = find(truth["agency"])
    assert author is not None
    assert author.act is Act.OIA
    for checks in (check_reading(reading), check_reading(reading, agency=author)):
        assert not [c for c in checks if c.citation.startswith("Privacy Act")]
        assert all(c.ok is not False for c in checks)


def test_a_letterhead_beats_a_body_named_in_the_quoted_request() -> None:
    """Privacy Commissioner: the letterhead is 'Office of the Privacy Commissioner'; 'NZ
    Police' appears only in the request quoted back (the subject of the request)."""
    text, truth = _letter("fyi-21110-privacy-commissioner-release")
    author = letter_author(text)
    assert author is not None
    assert author.name == truth["agency"]


# --- the issue's own wording (kept beside the real letters above) ---


def test_issue_wording_extension_length_in_brackets() -> None:
    reading = read_letter(
        "3 May 2024\n\nDear Sam\n\nWe received your request on 8 April 2024. We are extending "
        "the time to make our decision to 17 June 2024 (20 working days), because consultations "
        "are needed.\n"
    )
    assert reading.extension is not None
    assert reading.extension.working_days is not None
    assert reading.extension.working_days.value == 20


def test_issue_wording_our_receipt_and_stray_space_before_comma() -> None:
    reading = read_letter(
        "10 May 2024\n\nDear Sam\n\nThis letter confirms our receipt of your request on "
        "Monday 6 May 2024 , and we will respond no later than 4 June 2024 .\n"
    )
    assert reading.received_stated is not None
    assert reading.received_stated.value == date(2024, 5, 6)
    assert reading.stated_due is not None
    assert reading.stated_due.value == date(2024, 6, 4)


def test_issue_wording_decision_made_before_the_letter_is_an_undue_delay_question() -> None:
    reading = read_letter(
        "20 June 2024\n\nDear Sam\n\nWe received your request on 6 May 2024. On 31 May 2024 we "
        "decided to release the information you asked for, and it is enclosed.\n"
    )
    assert reading.decided_on is not None
    assert reading.decided_on.value == date(2024, 5, 31)
    assert reading.kind is LetterKind.RELEASE
    checks = {c.kind: c for c in check_reading(reading, act=Act.OIA)}
    assert checks[CheckKind.DECISION].ok is True  # decided by 3 June: not late
    release = checks[CheckKind.RELEASE]
    assert release.ok is None
    assert "28(5)" in release.citation


def test_issue_wording_an_extension_of_the_transfer_limit() -> None:
    reading = read_letter(
        "17 May 2024\n\nDear Sam\n\nWe received your request on 1 May 2024. We are extending "
        "the time limit to transfer your request by 5 working days, to 22 May 2024, as we "
        "need to consult other agencies.\n"
    )
    checks = check_reading(reading, act=Act.OIA)
    notice = next(c for c in checks if c.kind is CheckKind.EXTENSION_NOTICE)
    assert notice.ok is None
    assert "transfer" in notice.message
    assert all(c.ok is not False for c in checks)


def test_issue_wording_an_oia_request_about_the_privacy_act_is_an_oia_request() -> None:
    reading = read_letter(
        "3 June 2024\n\nDear Sam\n\nWe received your request under the Official Information "
        "Act 1982 on 6 May 2024 for our guidance on the Privacy Act 2020. The Privacy Act "
        "guidance and our Privacy Act training material are enclosed.\n"
    )
    assert reading.act is not None
    assert reading.act.value is Act.OIA


def test_a_kinder_date_is_a_note_not_a_cross() -> None:
    reading = read_letter(
        "7 May 2024\n\nDear Sam\n\nWe received your request on 6 May 2024 and will respond by "
        "20 May 2024.\n"
    )
    (check,) = check_reading(reading, act=Act.OIA)
    assert check.kind is CheckKind.STATED_DUE
    assert check.ok is None
    assert "more than the law requires" in check.message


def test_every_date_is_listed_with_its_role_or_as_unknown() -> None:
    """WCC: the request's scope dates stay unknown; 19 November is when refinement was sought."""
    from oiaassist.reading.roles import every_date  # noqa: PLC0415

    text, _truth = _letter("fyi-29204-wcc-decision")
    dates = {(d.written, d.role) for d in every_date(text, read_letter(text))}
    assert ("12 December 2024", "letter_date") in dates
    assert ("14 November 2024", "request_dated") in dates
    assert ("19 November", "clarification_sought") in dates
    assert ("1 July 2024", "") in dates  # the scope of the request: not a date of its story


def test_a_reply_by_date_for_the_requester_is_not_a_due_date() -> None:
    """MFAT: 'Can you please advise by 30 July 2020 whether this proposal is acc…'."""
    text, truth = _letter("fyi-13308-mfat-clarification")
    reading = read_letter(text)
    assert "stated_due" not in truth["stated"]
    assert reading.stated_due is None
    assert reading.kind is LetterKind.CLARIFICATION


@pytest.mark.parametrize(
    ("text", "reference"),
    [
        ("Dear Sam\nWe have assigned your request the reference number 220154.\n", "220154"),
        (
            "Dear Sam\nYour request has been logged as OIA2024-1234 and will be answered.\n",
            "OIA2024-1234",
        ),
        ("Dear Sam\nYour request has been logged under reference 2024/0567.\n", "2024/0567"),
        ("Dear Sam\nOfficial Information Act request: LGOIMA 24-567\n", "LGOIMA 24-567"),
        ("Dear Sam\nRE: LGOIMA REQUEST - 2024-0567\n", "2024-0567"),
        ("Dear Sam\nYour request number is 2024-0567.\n", "2024-0567"),
        ("Dear Sam\nYour request (ref. 2024-0567) has been received.\n", "2024-0567"),
        ("Dear Sam\nYour OIA request (reference: 24-0567) has been received.\n", "24-0567"),
        ("Dear Sam\nTracking number: 24-0567\n", "24-0567"),
        (
            "Dear Sam\nThank you for your request, given the reference LGOIMA-24-0567.\n",
            "LGOIMA-24-0567",
        ),
        ("Dear Sam\nPlease quote OIA24-0123 in any correspondence.\n", "OIA24-0123"),
        ("Subject: OIA request 24-0123\n\nDear Sam\nThanks\n", "24-0123"),
        ("12 March 2025\nMETIS 1234567\nDear Sam\n", "METIS 1234567"),
        ("Dear Sam\nYour request has been assigned the number 2024-0123.\n", "2024-0123"),
        ("Dear Sam\nYour OIA request 24-0123 has been received.\n", "24-0123"),
    ],
)
def test_a_reference_however_the_letter_labels_it(text: str, reference: str) -> None:
    found = read_letter(text).reference
    assert found is not None
    assert found.value == reference


@pytest.mark.parametrize(
    "text",
    [
        "Dear Sam\nThe request was given 20 working days.\n",
        "Dear Sam\nOur team logged 145 requests last year.\n",
        "Dear Sam\nThis is an OIA request - 12 March 2024 is the day it arrived.\n",
        "Dear Sam\nYour request under the OIA 1982 was received.\n",
    ],
)
def test_no_reference_from_a_number_that_is_not_one(text: str) -> None:
    assert read_letter(text).reference is None


def test_a_bare_number_under_the_signature_is_not_guessed() -> None:
    """A records-system number alone under the signature, with no label.

    Pharmac's 'A108045' is its reference for the request; DPMC's letters end with a
    document number alone on its line ('4408703') that is not, their reference being
    the labelled 'Reference: OIA-2020/21-0704' of the heading. Nothing but the place
    tells them apart, so such a number is never preferred to a labelled one, and alone
    it is taken only if it scores clear of doubt.
    """
    text, truth = _letter("fyi-3536-pharmac-extension")
    found = read_letter(text).reference
    assert found is None or found.value == truth["stated"]["reference"]
    text, truth = _letter("fyi-14756-dpmc-extension")
    found = read_letter(text).reference
    assert found is not None and found.value == truth["stated"]["reference"]


@pytest.mark.parametrize(
    ("sentence", "to", "on"),
    [
        (
            "We consider the information is more closely connected with the functions of the "
            "Ministry of Justice and have therefore transferred your request to them.",
            "Ministry of Justice",
            None,
        ),
        (
            "Your request was transferred in full to the Ministry for Primary Industries on "
            "11 March 2025.",
            "Ministry for Primary Industries",
            date(2025, 3, 11),
        ),
    ],
)
def test_a_transfer_out_however_worded(sentence: str, to: str, on: date | None) -> None:
    reading = read_letter(f"12 March 2025\n\nDear Sam\n\n{sentence}\n")
    assert reading.transfer is not None
    assert reading.transfer.to_agency.value == to
    assert reading.transfer.date_stated is (on is not None)
    if on is not None:
        assert reading.transfer.on.value == on


@pytest.mark.parametrize(
    "sentence",
    [
        "The Department of Internal Affairs transferred your request to us on 5 March 2025.",
        "Your request was received by us on 6 March 2025, having been transferred from the "
        "Department of Internal Affairs on 5 March 2025.",
        "On 5 March 2025 the Department of Internal Affairs transferred your request to this "
        "Ministry.",
    ],
)
def test_a_transfer_in_however_worded(sentence: str) -> None:
    reading = read_letter(f"12 March 2025\n\nDear Sam\n\n{sentence}\n")
    assert reading.transfer is None
    assert reading.transferred_in is not None
    assert reading.transferred_in.value == date(2025, 3, 5)


def test_considering_a_transfer_is_not_one() -> None:
    reading = read_letter(
        "12 March 2025\n\nDear Sam\n\nWe considered transferring your request to the Ministry "
        "of Health but decided to answer it ourselves.\n"
    )
    assert reading.transfer is None


def test_a_date_broken_by_the_text_layer_is_not_the_letters_date() -> None:
    """'1 2 March 2025' is not 2 March: better no date than a wrong one."""
    reading = read_letter("1 2 March 2025\n\nDear Sam\n\nThank you for your request.\n")
    assert reading.letter_date is None


@pytest.mark.parametrize(
    ("letter_id", "kind"),
    [
        # an acknowledgement that repeats "As advised previously, we refuse …": not a decision
        ("fyi-1415-auckland-council-acknowledgement", LetterKind.ACKNOWLEDGEMENT),
        # "the University refuses your request … pursuant to section 9(2)(ba)(i)"
        ("fyi-28777-waikato-university-decision", LetterKind.DECISION),
        # "Thank you for contacting the Hon Simeon Brown, Minister of Health": an auto-reply
        ("fyi-30381-minister-of-health-acknowledgement", LetterKind.ACKNOWLEDGEMENT),
        # "The University's response follows."
        ("fyi-30779-uoa-release", LetterKind.RELEASE),
        # "… on or before 26 June 2025 unless an extension is needed": no extension
        ("fyi-31107-police-acknowledgement", LetterKind.ACKNOWLEDGEMENT),
        # "Auckland Transport will impose a charge": a grant on payment of a charge releases
        # nothing now (the audited kind: decision)
        ("fyi-4278-auckland-transport-other", LetterKind.DECISION),
    ],
)
def test_the_kind_from_what_the_letter_does_more(letter_id: str, kind: LetterKind) -> None:
    text, truth = _letter(letter_id)
    reading = read_letter(text)
    assert reading.kind is kind
    if "stated_due" in truth["stated"]:
        assert reading.stated_due is not None
        assert reading.stated_due.value.isoformat() == truth["stated"]["stated_due"]


def test_requires_until_is_the_extended_date() -> None:
    """Police: '… requires an extension … Police requires until 25 July 2025 to provide …'."""
    text, truth = _letter("fyi-31107-police-extension")
    reading = read_letter(text)
    assert reading.extension is not None
    assert reading.extension.extended_to is not None
    assert reading.extension.extended_to.value.isoformat() == truth["stated"]["extended_to"]


@pytest.mark.parametrize(
    "letter_id",
    [
        "fyi-28777-waikato-university-decision",  # letterhead "The University of Waikato"
        "fyi-30381-minister-of-health-acknowledgement",  # "contacting the Hon …, Minister of …"
    ],
)
def test_the_author_from_a_letterhead_or_greeting(letter_id: str) -> None:
    text, truth = _letter(letter_id)
    author = letter_author(text)
    assert truth["author_in_text"] is True
    assert author is not None
    assert author.name.removeprefix("The ") == truth["agency"].removeprefix("The ")


@pytest.mark.parametrize(
    "letter_id",
    [
        # "…publicly available on the MFAT website via the following link: https://www.mfat…"
        "fyi-33505-minister-foreign-affairs-decision",
        # "(charging information can be found here: https://ccc.govt.nz/the-council/…)"
        "fyi-26238-ccc-clarification",
    ],
)
def test_a_link_to_a_page_is_a_mention_not_the_author(letter_id: str) -> None:
    text, truth = _letter(letter_id)
    assert truth["author_in_text"] is False
    assert letter_author(text) is None


@pytest.mark.parametrize(
    "sentence",
    [
        "We wrote to you on 10 October 2024 to extend the timeframe for our decision to "
        "16 December 2024.",
        "You were notified on 10 October 2024 of an extension to 16 December 2024.",
        "On 10 October 2024, you were advised of an extension to 16 December 2024.",
    ],
)
def test_an_earlier_extension_is_dated_by_its_own_notice(sentence: str) -> None:
    """The notice is the earlier day, never this letter's date (which is not the notice)."""
    reading = read_letter(f"16 December 2024\n\nDear Sam\n\n{sentence}\n")
    assert reading.extension is not None
    assert reading.extension.notice_date is not None
    assert reading.extension.notice_date.value == date(2024, 10, 10)
    assert not reading.extension.notified_in_this_letter


@pytest.mark.parametrize(
    ("sentence", "refinement"),
    [
        ("Our email of 24 September 2024 asked you to refine your request.", True),
        ("On 24 September 2024 you were asked to clarify your request.", False),
        ("In our email dated 24 September 2024 we sought clarification about it.", False),
        ("On 24 September 2024 we emailed you asking for more detail about your request.", False),
    ],
)
def test_a_clarification_sought_however_worded(sentence: str, refinement: bool) -> None:
    reading = read_letter(f"30 September 2024\n\nDear Sam\n\n{sentence}\n")
    assert reading.clarification is not None
    assert reading.clarification.sought.value == date(2024, 9, 24)
    assert reading.clarification.refinement is refinement


def test_the_clarified_day_is_the_requesters_not_the_asking() -> None:
    reading = read_letter(
        "30 September 2024\n\nDear Sam\n\nFollowing our request for clarification on "
        "24 September 2024, you amended your request on 26 September 2024.\n"
    )
    assert reading.clarification is not None
    assert reading.clarification.sought.value == date(2024, 9, 24)
    assert reading.clarified is not None
    assert reading.clarified.value == date(2024, 9, 26)


@pytest.mark.parametrize(
    ("letter_id", "kind"),
    [
        # "… to transfer questions one and two to the Prime Minister and …": a split transfer
        ("fyi-20211-dpmc-transfer", LetterKind.TRANSFER),
        # "we would appreciate if you could confirm your eligibility …": proof of eligibility
        # (OIA s 12(1)), not the request's scope (the audited kind: other)
        ("fyi-21503-dia-clarification", LetterKind.UNKNOWN),
        # "We trust this clarifies your request" after the figures
        ("fyi-24673-auckland-transport-release", LetterKind.RELEASE),
        # "Parts of the exchange are withheld under …", long after a conditional "would be"
        ("fyi-25894-tauranga-release-2", LetterKind.RELEASE),
        # "your request is refused" after a quote closed with a straight mark
        ("fyi-26145-hnz-decision", LetterKind.DECISION),
        # "Our team will manage your request …"
        ("fyi-28260-wcc-acknowledgement", LetterKind.ACKNOWLEDGEMENT),
        # "Thank you for emailing the Department …": an auto-reply
        ("fyi-30016-dpmc-acknowledgement", LetterKind.ACKNOWLEDGEMENT),
        # "Please see attached for the response …": a cover note, not a release
        ("fyi-34023-dia-other", LetterKind.UNKNOWN),
        # "I refer you to the table below …" beside a refusal of question two
        ("fyi-12791-dia-release", LetterKind.RELEASE),
    ],
)
def test_the_kind_from_what_new_letters_do(letter_id: str, kind: LetterKind) -> None:
    text, _truth = _letter(letter_id)
    assert read_letter(text).kind is kind


def test_a_split_transfer_does_not_rule_out_a_body_whose_name_contains_the_transferee() -> None:
    """DPMC transfers questions to the Prime Minister: DPMC is still the author."""
    text, truth = _letter("fyi-20211-dpmc-transfer")
    reading = read_letter(text)
    assert reading.transfer is not None
    # both bodies of the split transfer (dev fyi-20211's truth row), neither the author
    assert reading.transfer.to_agency.value == "Prime Minister; Department of Internal Affairs"
    author = letter_author(text, not_these=reading.not_authors)
    assert author is not None
    assert author.name == truth["agency"]


def test_the_requesters_own_words_do_not_name_the_author() -> None:
    """Auckland Transport: the request quoted unmarked, '… AT's full request to NZTA …'."""
    text, truth = _letter("fyi-24673-auckland-transport-release")
    author = letter_author(text)
    assert author is None or author.name == truth["agency"]


# --- checks that cannot lie: a ✗ only where every fact it rests on is stated ---


def _decision_check(text: str) -> bool | None:
    reading = read_letter(text)
    check = next(c for c in check_reading(reading) if c.kind is CheckKind.DECISION)
    return check.ok


_LATE_RELEASE = (
    "20 June 2024\n\nDear Sam\n\nThe Ministry received your request under the Official "
    "Information Act 1982 on 3 April 2024. {extra}The documents are released to you in full.\n"
)


def test_a_late_release_with_no_decision_day_is_not_called_a_late_decision() -> None:
    """The decision may have been notified earlier; a later release is s 28(5) (issue 13)."""
    assert _decision_check(_LATE_RELEASE.format(extra="")) is None


def test_a_late_release_that_owns_its_delay_is_late() -> None:
    text = _LATE_RELEASE.format(extra="We apologise for the delay in responding. ")
    assert _decision_check(text) is False


_LATE_REFUSAL = (
    "20 June 2024\n\nDear Sam\n\nThe Ministry received your request under the Official "
    "Information Act 1982 on 3 April 2024. {extra}Your request is refused under section 18(d).\n"
)


def test_a_late_refusal_with_no_word_on_an_extension_is_not_proved() -> None:
    """An extension may have been notified in an earlier letter (s 15A(3)): the letter
    neither states nor rules one out, so it is not called late outright (the corpus's
    rule, dev fyi-16192-sport-nz-release: 'a reader should say the letter is dated after
    the statutory due and that only a notified extension would make it in time')."""
    reading = read_letter(_LATE_REFUSAL.format(extra=""))
    check = next(c for c in check_reading(reading) if c.kind is CheckKind.DECISION)
    assert check.ok is None
    assert "only a notified extension (OIA s 15A)" in check.message


def test_a_late_refusal_that_owns_its_delay_is_late() -> None:
    text = _LATE_REFUSAL.format(extra="We apologise for the delay in responding. ")
    assert _decision_check(text) is False


def test_a_request_file_with_an_extension_the_letter_omits_proves_no_lateness() -> None:
    """The user's record shows an extension this letter does not mention: the letter's own
    check cannot count it, so it does not call the decision late."""
    from oiaassist.tracking.events import ExtensionNotified, Received, Request  # noqa: PLC0415

    reading = read_letter(_LATE_REFUSAL.format(extra=""))
    request = Request(
        agency="Ministry",
        events=[
            Received(date=date(2024, 4, 3)),
            ExtensionNotified(date=date(2024, 4, 20), working_days=20),
        ],
    )
    check = next(c for c in check_reading(reading, request=request) if c.kind is CheckKind.DECISION)
    assert check.ok is None


def test_a_late_refusal_is_late_against_a_request_file_with_no_extension() -> None:
    """The tracked request records its extensions: none there, none made."""
    from oiaassist.tracking.events import Received, Request  # noqa: PLC0415

    reading = read_letter(_LATE_REFUSAL.format(extra=""))
    request = Request(agency="Ministry", events=[Received(date=date(2024, 4, 3))])
    check = next(c for c in check_reading(reading, request=request) if c.kind is CheckKind.DECISION)
    assert check.ok is False


@pytest.mark.parametrize(
    "extra",
    [
        "We could not complete this within the time because we needed more time to consult. ",
        "Further to our letter of 2 May 2024, ",
    ],
)
def test_a_late_refusal_that_speaks_of_more_time_or_an_earlier_letter_is_not_proved(
    extra: str,
) -> None:
    text = (
        "20 June 2024\n\nDear Sam\n\nThe Ministry received your request under the Official "
        f"Information Act 1982 on 3 April 2024. {extra}your request is refused under section "
        "18(d).\n"
    )
    assert _decision_check(text) is None


def test_a_date_without_its_year_proves_nothing() -> None:
    text = (
        "20 June 2024\n\nDear Sam\n\nThe Ministry received your request under the Official "
        "Information Act 1982 on 3 April. Your request is refused under section 18(d).\n"
    )
    reading = read_letter(text)
    assert reading.yearless == ("received",)
    assert _decision_check(text) is None


def test_a_transferees_clock_runs_from_the_transfer() -> None:
    """Received by the Ministry of Health on 1 March, transferred to us on 28 March 2024: a
    refusal on 24 April 2024 is in time for this agency (OIA s 14, s 15(1))."""
    text = (
        "24 April 2024\n\nDear Sam\n\nYour request under the Official Information Act 1982 was "
        "received by the Ministry of Health on 1 March 2024. The Ministry of Health transferred "
        "your request to us on 28 March 2024. Your request is refused under section 18(d).\n"
    )
    reading = read_letter(text)
    assert reading.transferred_in is not None
    assert _decision_check(text) is True


@pytest.mark.parametrize(
    ("received", "dated", "ok"),
    [("22 November 2024", "10 January 2025", None), ("1 July 2024", "30 August 2024", False)],
)
def test_a_late_decision_under_an_act_the_letter_does_not_show_must_be_late_under_both(
    received: str, dated: str, ok: bool | None
) -> None:
    """No Act named and no author: a ✗ stands only if the OIA and LGOIMA calendars agree.

    Received Friday 22 November 2024: the OIA's 20 working days end 20 December 2024,
    LGOIMA's 13 January 2025 (their closed periods differ), so 10 January 2025 is late
    only under the OIA. Received 1 July 2024 the two agree (no closed period, no
    anniversary day), so 30 August 2024 is late under both. (Each letter owns its delay,
    so no extension can have made it in time.)
    """
    text = (
        f"{dated}\n\nDear Sam\n\nWe received your request on {received}. We apologise for "
        "the delay in responding. Your request is refused because the information is not held.\n"
    )
    assert _decision_check(text) is ok


@pytest.mark.parametrize(
    "letter_id",
    [
        "fyi-21503-dia-clarification",  # "Your … request, reference OIA 22/23-0493"
    ],
)
def test_the_reference_the_letter_gives_its_request(letter_id: str) -> None:
    text, truth = _letter(letter_id)
    found = read_letter(text).reference
    assert found is not None
    assert found.value == truth["stated"]["reference"]


def test_two_references_of_like_claim_are_not_guessed_between() -> None:
    """Palmerston North: "LGOIMA 415711" heads the letter, "Ref 6363888" under it.

    Both are labelled numbers in the letterhead; the truth row takes the first. Where
    the evidence does not clearly favour one, the reference is left unknown rather than
    guessed: the reader may give the first, never the other.
    """
    text, truth = _letter("fyi-3561-pncc-acknowledgement")
    found = read_letter(text).reference
    assert found is None or found.value == truth["stated"]["reference"]
    assert found is None or found.value != "6363888"


def test_an_email_confirming_the_request_is_its_clarification() -> None:
    """Kāinga Ora: 'your email of 18 September 2023 confirming that your request … is for'."""
    text, truth = _letter("fyi-23987-kainga-ora-extension")
    reading = read_letter(text)
    assert reading.clarified is not None
    assert reading.clarified.value.isoformat() == truth["stated"]["clarified"]


@pytest.mark.parametrize(
    ("sentence", "to"),
    [
        (
            "Your request has been partially transferred to the Ministry of Education.",
            "Ministry of Education",
        ),
        (
            "We consider that your request would be more appropriately dealt with by the "
            "Treasury, and have transferred it to them.",
            "Treasury",
        ),
        ("Questions 3 and 4 were transferred to the Ministry of Health.", "Ministry of Health"),
    ],
)
def test_more_transfers_out(sentence: str, to: str) -> None:
    reading = read_letter(f"12 March 2025\n\nDear Sam\n\n{sentence}\n")
    assert reading.transfer is not None
    assert reading.transfer.to_agency.value == to


def test_transferred_to_this_agency_from_another_is_a_transfer_in() -> None:
    reading = read_letter(
        "12 March 2025\n\nDear Sam\n\nYour request was transferred to Kāinga Ora from the "
        "Ministry of Social Development on 3 March 2025.\n"
    )
    assert reading.transfer is None
    assert reading.transferred_in is not None
    assert reading.transferred_in.value == date(2025, 3, 3)


def test_if_we_transferred_is_no_transfer() -> None:
    reading = read_letter(
        "12 March 2025\n\nDear Sam\n\nIf we transferred your request to the Ministry of Health, "
        "it would take longer.\n"
    )
    assert reading.transfer is None


# --- the kind from what a letter does, in wordings no development letter has yet ---

_KINDS = {
    "acknowledgement": LetterKind.ACKNOWLEDGEMENT,
    "extension": LetterKind.EXTENSION,
    "decision": LetterKind.DECISION,
    "release": LetterKind.RELEASE,
    "clarification": LetterKind.CLARIFICATION,
    "transfer": LetterKind.TRANSFER,
}


@pytest.mark.parametrize(
    ("kind", "sentence"),
    [
        (
            "acknowledgement",
            "Thank you for your request for information, which we received on 10 March 2025. We "
            "are considering your request and will be in touch.",
        ),
        (
            "acknowledgement",
            "This email confirms that we have received your Official Information Act request. We "
            "aim to respond within 20 working days.",
        ),
        (
            "acknowledgement",
            "Your request is being processed under the Official Information Act 1982.",
        ),
        (
            "acknowledgement",
            "Thank you for your email. This is an automated response to confirm receipt.",
        ),
        (
            "acknowledgement",
            "We have logged your request and you can expect a response by 8 April 2025.",
        ),
        (
            "extension",
            "I am writing to let you know that we need more time to respond to your request. The "
            "new due date is 22 April 2025.",
        ),
        (
            "extension",
            "Unfortunately we will not be able to respond within 20 working days and have "
            "extended the time limit by 15 working days under section 15A.",
        ),
        (
            "extension",
            "We require an additional 20 working days to respond because of the consultations "
            "necessary.",
        ),
        ("extension", "The timeframe for our response has been extended to 22 April 2025."),
        (
            "decision",
            "I have decided to refuse your request under section 18(e) of the Act as the document "
            "alleged to contain the information does not exist.",
        ),
        (
            "decision",
            "We are unable to provide the information you requested as it is not held by the "
            "Ministry.",
        ),
        ("decision", "Your request is declined under section 18(h) as frivolous or vexatious."),
        ("decision", "We have decided to withhold the report in full under section 9(2)(g)(i)."),
        ("release", "Please find enclosed the documents you requested."),
        ("release", "The information you requested is attached."),
        ("release", "I am pleased to provide you with the following information."),
        (
            "release",
            "Here is the information you asked for: the Council spent $12,000 on consultants in "
            "2024.",
        ),
        (
            "release",
            "We are releasing the report to you with some information withheld under section "
            "9(2)(a).",
        ),
        ("release", "The answers to your questions are below."),
        (
            "release",
            "In response to your questions: 1. The number of staff is 45. 2. The budget is $2m.",
        ),
        (
            "clarification",
            "Before we can process your request, we need you to clarify what you mean by 'policy "
            "documents'.",
        ),
        (
            "clarification",
            "Your request as worded is very broad. Could you narrow it to a specific time period?",
        ),
        (
            "clarification",
            "Please let us know which reports you are seeking so we can progress your request.",
        ),
        (
            "clarification",
            "We would like to discuss the scope of your request with you. Can you tell us more "
            "about what you are looking for?",
        ),
        (
            "transfer",
            "We have transferred your request to the Ministry of Health under section 14 of the "
            "Official Information Act.",
        ),
        (
            "transfer",
            "Your request has been forwarded to the Department of Conservation, which holds the "
            "information.",
        ),
    ],
)
def test_the_kind_from_general_wording(kind: str, sentence: str) -> None:
    reading = read_letter(f"12 March 2025\n\nDear Sam\n\n{sentence}\n")
    got = reading.kind
    if got is LetterKind.DECISION and reading.outcome in (Outcome.GRANTED, Outcome.PARTLY_GRANTED):
        got = LetterKind.RELEASE  # the corpus's word for a decision that releases some
    assert got is _KINDS[kind]


_SIGNED = "Kia ora Sam\n\nThank you for your request. We will respond soon.\n\n"


@pytest.mark.parametrize(
    ("text", "author"),
    [
        (
            _SIGNED + "Nāku noa, nā\nJane Doe\nSenior Advisor\n"
            "Ministry of Business, Innovation & Employment\n",
            "Ministry of Business, Innovation and Employment",
        ),
        (
            _SIGNED + "Ngā mihi\nJane\nMinisterial Services | Waka Kotahi NZ Transport Agency\n",
            "New Zealand Transport Agency",
        ),
        (
            "Kia ora Sam\n\nACC is extending the time to respond to your request.\n",
            "Accident Compensation Corporation",
        ),
        (
            _SIGNED + "Yours sincerely\n\nRt Hon Christopher Luxon\nPrime Minister\n",
            "Prime Minister",
        ),
        (
            _SIGNED + "Ngā mihi\nJane Doe\nTe Herenga Waka—Victoria University of Wellington\n",
            "Victoria University of Wellington",
        ),
        (
            _SIGNED + "Ngā mihi\nJane\nT: 04 123 4567 | www.mpi.govt.nz\n",
            "Ministry for Primary Industries",
        ),
    ],
)
def test_the_author_where_the_letter_speaks_as_itself(text: str, author: str) -> None:
    found = letter_author(text)
    assert found is not None
    assert author in (found.name, found.agency.name if found.agency else "")


def test_a_bare_the_ministry_names_no_author() -> None:
    text = (
        "Kia ora Sam\n\nThe Ministry has decided to release the report. You asked about the "
        "Ministry of Health's advice on this.\n"
    )
    assert letter_author(text) is None


def test_a_receipt_inside_a_transfer_sentence_is_not_its_date() -> None:
    reading = read_letter(
        "20 March 2025\n\nDear Sam\n\nWe transferred your request, received on 3 March 2025, "
        "to the Ministry of Health.\n"
    )
    assert reading.transfer is not None
    assert not reading.transfer.date_stated


@pytest.mark.parametrize(
    "sentence",
    [
        "On 10 March 2025 you responded to clarify that you want the 2024 reports.",
        "In your email of 10 March 2025 you clarified that you want the 2024 reports.",
        "The scope, which you clarified on 10 March 2025, is the 2024 reports.",
        "On 10 March 2025 you replied, narrowing your request to 2024.",
    ],
)
def test_the_day_the_requester_clarified_however_worded(sentence: str) -> None:
    reading = read_letter(f"20 March 2025\n\nDear Sam\n\nThank you for your request. {sentence}\n")
    assert reading.clarified is not None
    assert reading.clarified.value == date(2025, 3, 10)


def test_you_were_contacted_seeking_clarification() -> None:
    reading = read_letter(
        "20 March 2025\n\nDear Sam\n\nYou were contacted on 5 March 2025 seeking clarification "
        "of your request.\n"
    )
    assert reading.clarification is not None
    assert reading.clarification.sought.value == date(2025, 3, 5)


def test_an_unsigned_block_under_a_long_sentence_names_the_author() -> None:
    """NZDF: '… published on the New Zealand Defence Force website (' then the unsigned block
    'Corporate and Ministerial Services / OCDF, … / New Zealand Defence Force'."""
    text, truth = _letter("fyi-26835-nzdf-acknowledgement")
    author = letter_author(text)
    assert truth["author_in_text"] is True
    assert author is not None
    assert author.name == truth["agency"]


@pytest.mark.parametrize("greeting", ["Good morning [name]", "Tçnâ koe [name]"])
def test_a_greeting_ends_the_heading(greeting: str) -> None:
    """'Good morning' and a mojibake 'Tēnā koe' open the letter: the date above is its own."""
    reading = read_letter(
        f"Our ref: OIA-123\n12 March 2025\n[name]\n\n{greeting}\n\nThank you for your request "
        "of 3 March 2025.\n"
    )
    assert reading.letter_date is not None
    assert reading.letter_date.value == date(2025, 3, 12)
    assert reading.reference is not None
    assert reading.reference.value == "OIA-123"


@pytest.mark.parametrize(
    ("sentence", "kind"),
    [
        ("Some information has been withheld under section 9(2)(a) of the Act.", "release"),
        ("The documents are withheld in part under section 9(2)(a).", "release"),
        ("The information you requested is as follows: 45 staff.", "release"),
        ("The information you requested is publicly available on our website.", "decision"),
        ("Your request is refused in full under section 9(2)(a).", "decision"),
    ],
)
def test_release_or_decision_by_what_is_given(sentence: str, kind: str) -> None:
    """Withholding *some* releases the rest; publicly available is a refusal (s 18(d))."""
    test_the_kind_from_general_wording(kind, sentence)


@pytest.mark.parametrize(
    ("sentence", "days", "to"),
    [
        (
            "The time limit for responding to your request has been extended by 20 working days "
            "to 18 April 2025.",
            20,
            date(2025, 4, 18),
        ),
        ("We require an extension to 18 April 2025.", None, date(2025, 4, 18)),
        (
            "We need more time. The new date for our response is 18 April 2025.",
            None,
            date(2025, 4, 18),
        ),
        ("We are extending the due date by a further 15 working days.", 15, None),
    ],
)
def test_an_extension_notified_in_this_letter_however_worded(
    sentence: str, days: int | None, to: date | None
) -> None:
    reading = read_letter(
        f"12 March 2025\n\nDear Sam\n\nWe received your request on 3 March 2025. {sentence}\n"
    )
    ext = reading.extension
    assert reading.kind is LetterKind.EXTENSION
    assert ext is not None
    assert ext.notified_in_this_letter
    assert (ext.working_days.value if ext.working_days else None) == days
    assert (ext.extended_to.value if ext.extended_to else None) == to


@pytest.mark.parametrize(
    "sentence",
    [
        "Your request was received via the FYI website on 3 March 2025.",
        "Your request, received from you by email on 3 March 2025, is being processed.",
    ],
)
def test_a_receipt_by_way_of_a_channel(sentence: str) -> None:
    reading = read_letter(f"12 March 2025\n\nDear Sam\n\n{sentence}\n")
    assert reading.received_stated is not None
    assert reading.received_stated.value == date(2025, 3, 3)


def test_a_date_written_day_month_year_with_hyphens() -> None:
    reading = read_letter("12-03-2025\n\nDear Sam\n\nThank you for your request.\n")
    assert reading.letter_date is not None
    assert reading.letter_date.value == date(2025, 3, 12)
