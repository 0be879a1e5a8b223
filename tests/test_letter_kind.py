"""The letter's kind: the act it performs now, by evidence and precedence (issue 13).

Each case is built from a real agency letter's words: a development letter of the
corpus (``tests/corpus/letters/dev``) or a letter on a stored FYI.org.nz page (the
request number is given). The corpus's kinds (its README): ``decision`` releases
nothing now (a refusal, "not held", or a grant whose documents follow later);
``release`` releases some information with or in the letter.
"""

from __future__ import annotations

import json
import time
from datetime import date
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from oiaassist.cli import main
from oiaassist.law.acts import Act
from oiaassist.reading import LetterKind, read_letter
from oiaassist.reading.facts import OutcomeHint
from oiaassist.reading.kind.rules import (
    _due_to_come,
    _not_information,
    _unbacked_release,
    classify,
    ruled,
)
from oiaassist.reading.reader import ExtensionFound, LetterReading
from oiaassist.reading.text import Found

_HEAD = "1 March 2024\n\nTēnā koe Stephen\n\n"
CORPUS = Path(__file__).parent / "corpus" / "letters" / "dev"


def _kind(body: str, head: str = _HEAD) -> LetterKind:
    return read_letter(head + body).kind


# DOC's decision letter, FYI request 25387 (1 March 2024): granted, documents to follow.
_GRANT_TO_FOLLOW = (
    "I have considered your request under the Official Information Act 1982 (OIA). This letter "
    "is to advise you that I have decided to grant your request, subject to information being "
    "withheld from the documents listed below under one or more of the following sections of "
    "the OIA. We are in the final stages of preparing these documents for release and will send "
    "them to you no later than 5 March 2024, earlier if possible.\n"
)


def test_a_grant_whose_documents_follow_is_a_decision() -> None:
    """Nothing is released with the letter: a decision (a later release is s 28(5)'s)."""
    reading = read_letter(_HEAD + _GRANT_TO_FOLLOW)
    assert reading.kind is LetterKind.DECISION
    assert "preparing these documents for release" in classify(reading).words


def test_advise_you_that_i_have_decided_to_grant_is_a_grant() -> None:
    """'… advise you that I have decided to grant your request' (DOC, FYI 25387) is the
    decision itself: not a relative clause ("reports that were released"), nor a cover
    note ("please find attached your request")."""
    reading = read_letter(_HEAD + _GRANT_TO_FOLLOW)
    assert reading.outcome is not None
    assert reading.outcome.value == "partly_granted"


def test_information_given_now_makes_a_release_even_with_more_to_follow() -> None:
    """FENZ, FYI 19205 (30 June 2022): 'I enclose the Board meeting minutes … The remaining
    minutes are being prepared for release'."""
    body = (
        "A decision has been made to release the minutes to you with some redactions made in "
        "accordance with section 9 of the OIA.\nI\nenclose the Board meeting minutes covering "
        "the period 29 March 2019 to 2 September 2019.\nThe remaining minutes are being "
        "prepared for release and will be provided to you in tranches at the earliest "
        "possible time.\n"
    )
    assert _kind(body) is LetterKind.RELEASE


def test_a_release_after_an_earlier_decision_letter_is_a_release() -> None:
    """DOC, FYI 25387 (4 March 2024): 'As previously advised, I have decided to release the
    relevant parts of the documents listed below' and a schedule 'Released in part –'."""
    body = (
        "This letter is further to the decision letter sent to you on 1 March, concerning your "
        "clarified request. I have considered your request under the Official Information Act "
        "1982 (OIA). As previously advised, I have decided to release the relevant parts of the "
        "documents listed below, subject to information being withheld under the following "
        "sections of the OIA:\n• section 9(2)(a) – to protect the privacy of natural persons;\n"
        "Item Date\nDocument description Decision\n1\n19 - 20\nEmail correspondence - Released "
        "in part – section 9(2)(a),\n"
    )
    assert _kind(body, "4 March 2024\n\nTēnā koe Stephen\n\n") is LetterKind.RELEASE


@pytest.mark.parametrize(
    ("title", "kind"),
    [
        # Hutt City Council (dev fyi-15596): the Act, then the letter's purpose after a colon
        (
            "REQUEST FOR INFORMATION - LOCAL GOVERNMENT OFFICIAL INFORMATION AND\n"
            "MEETINGS ACT 1987: ACKNOWLEDGEMENT OF REQUEST",
            LetterKind.ACKNOWLEDGEMENT,
        ),
        # Greater Wellington (dev fyi-28640)
        ("Extension of time for request for information 2024-257", LetterKind.EXTENSION),
        # Wellington City Council (dev fyi-23467)
        ("Transfer Request", LetterKind.TRANSFER),
        # Ministry of Health (dev fyi-21155)
        ("Transfer of your request for official information", LetterKind.TRANSFER),
    ],
)
def test_the_title_names_the_kind_when_the_body_shows_nothing_more(
    title: str, kind: LetterKind
) -> None:
    """An extract cut before the letter's act still carries the agency's own title."""
    text = (
        f"11 July 2023\n[name]\n{title}\nThank you for your request made under the Local "
        "Government Official Information and Meetings Act 1987 (the Act). You requested:\n"
    )
    reading = read_letter(text)
    assert ruled(reading).kind is kind  # the rules' verdict; a transfer the scorer must see stated
    title = reading.kind_evidence.title
    assert title is not None
    assert title.value is kind


def test_a_kind_word_inside_a_titles_topic_is_not_the_kind() -> None:
    """DPMC's titles name the request's topic (dev fyi-17398: 'Official Information Act
    request relating to communications with …'): a topic about extensions is no extension."""
    text = (
        "17 December 2021\n[name]\nRef: OIA-2021/22-0511\nOfficial Information Act request "
        "relating to extension of the Auckland motorway\nThank you for your Official "
        "Information Act 1982 (the Act) request.\n"
    )
    assert read_letter(text).kind is not LetterKind.EXTENSION


def test_fyis_subject_line_is_the_requesters_title() -> None:
    """Auckland Council's reply quotes FYI's subject (dev fyi-34759): 'Subject: [EXTERNAL]
    Official Information request - …' is the requester's title, whatever it says."""
    text = (
        "Kia ora James\nSubject: [EXTERNAL] Official Information request - Transfer of "
        "council land\nThank you for your request for information\n"
    )
    assert read_letter(text).kind is not LetterKind.TRANSFER


# Police's acknowledgement email (dev fyi-12533) quoting the request below it, here a
# request whose words (FYI 15734, to the Ministry of Health) tell of an earlier extension.
_POLICE_ACK = (
    "Dear Mr [name]\nI acknowledge receipt of your Official Information Act (OIA) request\n"
    "attached. Your request is being actioned pursuant to the Act.\n\nKind regards\n"
    "Ministerial Services\n\n"
)
_QUOTED_REQUEST = (
    '-----"[name]" <[FYI request #12533 email]>\nwrote: -----\nTo: "OIA/LGOIMA requests at '
    'New Zealand Police"\nFrom: "[name]" <[FYI request #12533 email]>\nDate: 22/03/2020 '
    "11:52PM\nSubject: Official Information request - Reasons for extending\n\nDear Ministry "
    "of Health,\nA response was due no later than 8 June 2021. On that date the Ministry "
    "notified me it was extending the time for making a decision until 8 July 2021.\n"
)


def test_a_quoted_message_is_not_what_this_letter_does() -> None:
    """The request quoted under an acknowledgement tells of an extension: still acknowledges."""
    reading = read_letter(_POLICE_ACK + _QUOTED_REQUEST)
    assert reading.kind_evidence.quoted_from == len(_POLICE_ACK)
    assert reading.kind is LetterKind.ACKNOWLEDGEMENT


def test_a_saved_emails_own_header_is_not_a_quotation() -> None:
    """A saved email's header block (From:/Date:, written above its body) starts the letter."""
    text = "From: OIA Requests <oia@example.govt.nz>\nDate: 3 May 2024\n\n" + _POLICE_ACK
    assert read_letter(text).kind_evidence.quoted_from is None


def test_the_letters_own_decision_above_a_quoted_message_counts() -> None:
    """MSD's decision (dev fyi-29005-msd-decision) sent as a reply above the quoted request."""
    body = (
        "Tēnā koe James\n\nI have considered your request under the Official Information Act "
        "1982 (the Act). As such, I refuse your request under section 18(f) of the Act.\n\n"
    )
    assert read_letter(body + _QUOTED_REQUEST).kind is LetterKind.DECISION


# --- the Act the request was made under (reading/act.py) ---


def test_an_act_whose_name_lost_a_ligature_is_still_named() -> None:
    """Health NZ (dev fyi-28129): '… following under the Of icial Information Act 1982'."""
    reading = read_letter(
        "9 September 2024\n\nThank you for your email on 21 August 2024, asking Health New "
        "Zealand | Te Whatu Ora for the following under the Of icial Information Act 1982 (the "
        "Act):\n"
    )
    assert reading.act is not None
    assert reading.act.value is Act.OIA


def test_the_act_from_sections_only_one_act_has() -> None:
    """LINZ (dev fyi-19888) names no Act, but cites s 9(2)(a): only the OIA has it (the
    LGOIMA's privacy ground is s 7(2)(a))."""
    reading = read_letter(
        "Thank you for your official information request received on 12 July 2022. "
        "Therefore, we are refusing your request under section 9(2)(a) in order to protect "
        "the privacy of natural persons.\n"
    )
    assert reading.act is not None
    assert reading.act.value is Act.OIA
    council = read_letter(  # Tauranga (dev fyi-24787), cut before "of LGOIMA"
        "We write in response to your request for information. Therefore, this request is "
        "refused under section 17(d)\n"
    )
    assert council.act is not None
    assert council.act.value is Act.LGOIMA


def test_the_councils_own_words_beat_the_act_its_requester_named() -> None:
    """Auckland Council (dev fyi-34759) replies under the LGOIMA above the quoted request,
    whose requester wrote "Under the OIA" (its second sentence adapted here to name the OIA
    again: the quoted request names it more often than the reply names the LGOIMA)."""
    reply = (
        "Kia ora James\nThank you for your request for information\nWe have attached an "
        "information sheet on our processes and requirements\nunder the Local Government "
        "Official Information and Meetings Act 1987.\nWe will respond to your request as soon "
        "as possible.\nNgā mihi,\nThe Privacy and LGOIMA team\nAuckland Council\n"
    )
    quoted = (
        "From: James <[FOI #34759 email]>\nSent: Thursday, 21 May 2026 2:23 pm\nTo: Official "
        "Information <[email address]>\nSubject: [EXTERNAL] Official Information request - "
        "Communications\nDear Auckland Council,\nUnder the OIA please provide a copy of the "
        "letter/correspondence Auckland Mayor Wayne Brown wrote to the Heart of the City (HOTC) "
        "in March.\nAs this is a very basic request under the OIA, please consider waiving the "
        "response time frame.\n"
    )
    reading = read_letter(reply + quoted)
    assert reading.act is not None
    assert reading.act.value is Act.LGOIMA


@pytest.mark.parametrize(
    "sentence",
    [
        # TEC (dev fyi-25447)
        "I am not able to provide you with the information you have requested for the "
        "following reasons.",
        # the Security Intelligence Service's reply, as the Privacy Commissioner's case note
        # 284416 (a stored page) reports it: OIA s 10, Privacy Act s 32 (1993)
        "We can neither confirm nor deny the existence or non-existence of information about you.",
    ],
)
def test_a_refusal_in_other_words_is_a_decision(sentence: str) -> None:
    assert _kind(sentence + "\n") is LetterKind.DECISION


def test_unable_to_respond_in_time_is_no_refusal() -> None:
    """FENZ's extension (dev fyi-19205): 'it will not be possible to meet that time limit';
    an acknowledgement's 'If we are unable to respond … by then' (DOC, FYI 29416)."""
    body = (
        "We will endeavour to respond to your request as soon as possible and no later than "
        "22/01/2025. If we are unable to provide a response by then, we will notify you of an "
        "extension of that timeframe.\n"
    )
    assert _kind(body) is LetterKind.ACKNOWLEDGEMENT


@pytest.mark.parametrize(
    "sentence",
    [
        # Stats NZ (dev fyi-34135)
        "For the second part of your request, we reviewed Microsoft Exchange Online data for "
        "the mailbox.",
        # Kāinga Ora (dev fyi-26421)
        "In relation to part 3 of your request, the Board papers are listed in the appendix.",
    ],
)
def test_an_answer_part_by_part_gives_the_information(sentence: str) -> None:
    reading = read_letter(_HEAD + "Thank you for your request of 1 February 2024. " + sentence)
    assert reading.kind_evidence.gives is not None
    assert reading.kind is LetterKind.RELEASE


@pytest.mark.parametrize(
    "sentence",
    [
        # Wellington City Council's auto-reply (dev fyi-28260-wcc-autoreply)
        "Your email has been received.",
        # MSD's acknowledgement, quoted under its extension (dev fyi-32937)
        "Your request has been forwarded to the appropriate officials at National Office to "
        "respond.",
    ],
)
def test_received_or_passed_on_is_an_acknowledgement(sentence: str) -> None:
    """In a short note; in a long letter an answer may say it too (see below)."""
    reading = read_letter(_HEAD + sentence + "\n")
    assert reading.kind_evidence.noted is not None
    assert reading.kind is LetterKind.ACKNOWLEDGEMENT


def test_an_answer_stated_outright_gives_the_information() -> None:
    """University of Otago (dev fyi-23803-otago-extension): 'We can confirm that there are
    renovations planned for Level 2 in the Otago Business School' — an answer given."""
    reading = read_letter(
        _HEAD + "We can confirm that there are renovations planned for Level 2 in the Otago "
        "Business School.\n"
    )
    assert reading.kind_evidence.gives is not None
    assert reading.kind is LetterKind.RELEASE


def test_confirming_the_receipt_gives_nothing() -> None:
    """'I can confirm that …' about the request itself (Stats NZ, dev fyi-34135: '… I can
    confirm that between 17 March 2025 and 17 March 2026, Stats NZ received 12 …') is no
    answer by itself: a receipt is not information given."""
    reading = read_letter(_HEAD + "I can confirm that we received your request on 3 May 2024.\n")
    assert reading.kind_evidence.gives is None


def test_a_letter_about_an_earlier_decision_is_a_follow_up() -> None:
    """MSD (dev fyi-29005-msd-other) answers the requester's reply to its refusal: it
    decides nothing anew and gives nothing — the corpus's "other", not an answer."""
    body = (
        "I am writing in response to your email of 11 November 2024, seeking details of any "
        "complaints received by the Ministry over an eleven-month period.\nI understand that "
        "your questions flow from my decision to refuse your request for communication about "
        "this issue under section 18(f) of the Official Information Act 1982 (the Act), on the "
        "basis that substantial manual collation would be required to respond.\nYour request "
        "is very broad. Initial searches undertaken by the Ministry across various email "
        "accounts identified 4357 emails that may be in scope of your request. " * 3
    )
    reading = read_letter("19 November 2024\nTēnā koe [name]\n" + body)
    assert ruled(reading).kind is LetterKind.UNKNOWN
    assert ruled(reading).rule == "follows up an earlier decision"


def test_documents_attached_now_with_the_rest_to_follow_is_a_release() -> None:
    """Tauranga (dev fyi-25894-tauranga-release): 'The documents listed below are attached.'
    with FENZ's (FYI 19205) 'The remaining minutes are being prepared for release …'."""
    body = (
        "The documents listed below are attached.\nThe remaining minutes are being prepared "
        "for release and will be provided to you in tranches at the earliest possible time.\n"
    )
    reading = read_letter(_HEAD + body)
    assert reading.kind_evidence.to_follow is not None
    assert reading.kind is LetterKind.RELEASE


def test_read_letter_shows_what_the_kind_rests_on(capsys: pytest.CaptureFixture[str]) -> None:
    """FENZ's extension (dev fyi-19205): `read-letter --quotes` quotes the words the kind
    rests on under it, and `--json` names the rule."""
    letter = CORPUS / "fyi-19205-fenz-extension.txt"
    assert main(["read-letter", str(letter), "--quotes"]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[0].endswith("an extension letter")
    assert out[1].strip().startswith("“Unfortunately, it will not be possible")
    assert main(["read-letter", str(letter), "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert (data["kind"], data["kind_rule"]) == ("extension", "extends the time limit now")


def test_a_quoted_messages_subject_is_not_the_title() -> None:
    """DIA's cover email (dev fyi-34023-dia-other: 'Please see attached for the response to
    your Official Information Act 1982 request.') above the acknowledgement it replies to,
    quoted with its subject line (Hutt City Council's title, dev fyi-15596)."""
    text = (
        "Please see attached for the response to your Official Information Act 1982 request.\n"
        "\nFrom: Information Management Team\nSent: Friday, 28 May 2021 4:32 PM\nSubject: "
        "ACKNOWLEDGEMENT OF REQUEST\n"
    )
    reading = read_letter(text)
    assert reading.kind_evidence.title is None
    assert reading.kind is LetterKind.UNKNOWN


# --- properties: whatever the text, a kind and its reason; a quotation never adds an act ---

_PIECES = [
    # sentences of the development letters above, and the FYI thread's header lines
    "I acknowledge receipt of your Official Information Act (OIA) request.",
    "We are therefore writing to notify you of an extension of the time to make our "
    "decision, to 30 June 2022.",
    "We have formally transferred your request to Waka Kotahi NZ Transport Agency.",
    "As such, are you able to refine your request?",
    "As such, I refuse your request under section 18(f) of the Act.",
    "Please find attached correspondence as requested.",
    "Your email has been received.",
    "From: [name] <[FOI #34759 email]>\nSent: Thursday, 21 May 2026 2:23 pm",
    "Tēnā koe [name]",
    "\n",
]


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), max_size=8), st.text(max_size=80))
def test_any_letter_gets_a_kind_and_the_rule_behind_it(pieces: list[str], noise: str) -> None:
    reading = read_letter(" ".join(pieces) + noise)
    verdict = classify(reading)
    assert verdict.kind is reading.kind
    assert verdict.rule


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(_PIECES[:7]), min_size=1, max_size=5))
def test_a_message_quoted_below_adds_no_act(quoted: list[str]) -> None:
    """What a quoted earlier message says never changes the kind of the reply above it."""
    reply = "23 March 2020\n" + _POLICE_ACK
    alone = read_letter(reply).kind
    header = '-----"[name]" <[FYI request #12533 email]>\nwrote: -----\n'
    assert read_letter(reply + header + "\n".join(quoted) + "\n").kind is alone


@pytest.mark.parametrize(
    "piece",
    [
        "We can confirm that ",  # Otago (dev fyi-23803): an answer's opening, with no full stop
        "If we are unable to respond to your request by then, we will ",  # DOC, FYI 29416
        "Official Information Act ",
    ],
)
def test_the_kind_evidence_costs_linear_time_on_hostile_text(piece: str) -> None:
    """A text of one phrase repeated with no full stop: 50 KB took 5 s and 200 KB 75 s
    (every match looked at the whole rest of the "sentence"). Now 4x the text stays well
    under 16x the time."""
    small, big = piece * (50_000 // len(piece)), piece * (200_000 // len(piece))
    started = time.perf_counter()
    read_letter(small)
    small_time = time.perf_counter() - started
    started = time.perf_counter()
    read_letter(big)
    assert time.perf_counter() - started < 4 * small_time * 2.5 + 0.5


def test_a_topic_after_a_titles_dash_is_not_the_kind() -> None:
    """Tauranga's titles put the request's topic after a dash (dev fyi-24787: 'INFORMATION
    REQUEST – Communications to incoming Ministers'): a council's 'Transfer station' topic
    is no transfer."""
    text = (
        "27 November 2023\n[name]\nINFORMATION REQUEST – Transfer station fees\nWe write in "
        "response to your request for information dated 19 November 2023.\n"
    )
    reading = read_letter(text)
    assert reading.kind_evidence.title is None
    assert reading.kind is not LetterKind.TRANSFER


def test_a_forwarded_letter_is_the_letter() -> None:
    """An email forwarding the agency's letter: what follows "Forwarded message" is the
    letter delivered (FENZ's extension, dev fyi-19205), not an earlier message quoted."""
    text = (
        "Kia ora John, please see the letter below.\n\n---------- Forwarded message "
        "---------\nFrom: Information Requests\nDate: 22 May 2022\n\nTēnā koe John\n"
        "Unfortunately, it will not be possible to meet that time limit and we are therefore "
        "writing to notify you of an extension of the time to make our decision, to 30 June "
        "2022.\n"
    )
    reading = read_letter(text)
    assert reading.kind is LetterKind.EXTENSION


# --- rules from the development letters added during the session (each general) ---


@pytest.mark.parametrize(
    ("sentence", "kind"),
    [
        # New Zealand Post (dev fyi-8955): the Act's own verb, in the present
        (
            "New Zealand Post withholds the unrestricted free disclosure of a geospatial file "
            "showing all the postcodes in New Zealand (Dataset) under: (a)section 9(2)(b)(ii).",
            LetterKind.DECISION,
        ),
        # ERO (dev fyi-32185)
        (
            "In terms of the 17 documents in scope of this request, we have reconsidered them "
            "for release in light of this request, and we are continuing to withhold them in "
            "full under sections: - 9(2)(ba)(i) of the OIA.",
            LetterKind.DECISION,
        ),
        # Sport NZ (dev fyi-18008): "that part of your request"
        (
            "For this reason, on 1 February 2022, Sport NZ decided to transfer that part of your "
            "request to the Ministry of Justice under section 14(b)(i ) of the Act.",
            LetterKind.TRANSFER,
        ),
        # Wellington City Council (dev fyi-28314): granted, the material still being prepared
        (
            "The Council has decided to grant your request subject to some information being "
            "withheld under section 7(2) of the LGOIMA. The Council requires further time to "
            "finish preparing the material, but we will endeavour to have our response to you "
            "no later than 18 October 2024.",
            LetterKind.DECISION,
        ),
        # Environment Canterbury (dev fyi-6789), beside a refusal of one item
        (
            "For your request, attached is all the information Environment Canterbury holds on "
            "this matter. Attachment 1: Email to you from Philippa Beckman dated 18/09/2017. "
            "Names of Prospective Appointees: We cannot provide you with the names of the "
            "prospective appointees because they have not been formally appointed yet.",
            LetterKind.RELEASE,
        ),
        # Wellington City Council (dev fyi-28148): a ligature lost by the text layer
        (
            "The financial information you requested is part of this set, and we have at ached "
            "it to this letter.",
            LetterKind.RELEASE,
        ),
        # a Minister's office (dev fyi-9037-minister-immigration-autoreply)
        ("Please consider this email as an acknowledgement.", LetterKind.ACKNOWLEDGEMENT),
        # Lincoln University (dev fyi-25779): it answers in prose and calls itself the response
        (
            "I acknowledge your Official Information Act 1982 (Act) request received on 19 "
            "February 2024. In response, I can advise that Lincoln University is not currently "
            "advertising for a Council member. Please note that you are entitled, under section "
            "28 of the Official Information Act 1982, to have this response reviewed by the "
            "Office of the Ombudsman.",
            LetterKind.DECISION,
        ),
        # Airways (dev fyi-17698)
        (
            "We would like to work with you in order to clarify your request to enable us to "
            "respond.",
            LetterKind.CLARIFICATION,
        ),
        # University of Auckland (dev fyi-12117): "extent", a typo the extension finder misses
        (
            "Unfortunately it is necessary to extent the time limit for your request until "
            "Friday 20 March 2020 under section 15A of the Official Information Act.",
            LetterKind.EXTENSION,
        ),
    ],
)
def test_the_kind_from_the_sessions_new_letters(sentence: str, kind: LetterKind) -> None:
    """The precedence rules' kind from one sentence of each letter.

    The rules' verdict (:func:`ruled`): the weights of :mod:`.kind_model` are fitted on
    whole letters, and one sentence under a date has none of a letter's shape; two of
    these sentences alone (NZ Post's "withholds … under section 9(2)(b)(ii)", Wellington's
    grant with the material to follow) lean to a release by them, as most letters citing
    s 9 are partial releases.
    """
    # Dated before the days the sentences name (an extension notice precedes the day it
    # extends to: a letter dated after it speaks of an earlier notice).
    text = "2 March 2020\n\nTēnā koe Stephen\n\n" + sentence + "\n"
    assert ruled(read_letter(text)).kind is kind


def test_a_possible_extension_is_no_extension() -> None:
    """DIA's acknowledgement (dev fyi-12896): 'In some cases we may need to extend
    the timeframe for response and will let you know if this applies.'"""
    reading = read_letter(
        _HEAD + "In some cases we may need to extend the timeframe for response and will let "
        "you know if this applies.\n"
    )
    assert reading.kind_evidence.extends is None
    assert reading.kind is not LetterKind.EXTENSION


@pytest.mark.parametrize(
    ("sentence", "kind"),
    [
        # DPMC (dev extract fyi-22125-dpmc-transfer-x1): the s 14 limit extended (s 15A(1))
        (
            "I have determined that your request should be transferred, and we have extended "
            "the ten working day time-limit available to make these transfers.",
            LetterKind.TRANSFER,
        ),
        # University of Auckland (dev extract fyi-23060-uoa-extension-x1)
        (
            "The new maximum time limit for the University’s response is 24 July 2023; we will "
            "respond to your request as soon as reasonably practicable.",
            LetterKind.EXTENSION,
        ),
        # Environment Canterbury (dev extract fyi-29767-ecan-extension-x1)
        (
            "Environment Canterbury has decided to extend the date of reply for this requested "
            "information.",
            LetterKind.EXTENSION,
        ),
        (
            "This request wil now be responded to by Tuesday 18 March 2025, instead of Tuesday "
            "25 February 2025.",
            LetterKind.EXTENSION,
        ),
        # MSD (dev extract fyi-32937-msd-extension-x1): the extension section and the new date
        (
            "In accordance with section 15(1) and 15A of the Official Information Act, the "
            "Ministry’s decision will be with you by 28 January 2026.",
            LetterKind.EXTENSION,
        ),
    ],
)
def test_the_kind_of_an_extract_from_its_one_sentence(sentence: str, kind: LetterKind) -> None:
    """An extract (tests/corpus/extracts) has only its sentence to show its kind: the rules'
    verdict (one sentence has no letter's shape for the weights to weigh)."""
    assert ruled(read_letter(sentence)).kind is kind


def test_a_new_extension_length_of_ten_days_is_no_transfer() -> None:
    """Kāinga Ora (dev fyi-30170): '… an extension of the time to make our decision …, to 4
    April 2025 (10 working days).' — ten working days, but of the decision's time limit."""
    sentence = (
        "Unfortunately, it wil not be possible to meet that time limit and we are therefore "
        "writing to notify you of an extension of the time to make our decision under "
        "section15A(1)(b) of the Act, to 4 April 2025 (10 working days)."
    )
    assert read_letter(sentence).kind is LetterKind.EXTENSION


def test_an_extension_read_without_its_words_is_still_an_extension() -> None:
    """A reading built by hand (the golden tests' S12: notified 17 April 2024) keeps its kind
    though it carries no snippet."""
    day = Found(date(2024, 4, 17), "", (0, 0))
    reading = LetterReading(extension=ExtensionFound("", day, True, None, None, ()))
    assert reading.kind is LetterKind.EXTENSION


def test_a_past_extension_by_its_length_is_no_new_date() -> None:
    """DPMC's decision (dev fyi-27189): 'The time frame for responding to your request was
    extended under section 15A of the Act by 20 working days' — s 15A with a length, no date."""
    reading = read_letter(
        "The time frame for responding to your request was extended under section 15A of the "
        "Act by 20 working days because it necessitated a search through a large quantity of "
        "information.\n"
    )
    assert reading.kind_evidence.extends is None


# The Climate Change Commission's response of 23 March 2021 (dev letter
# docslib-climate-change-commission-2021-005-release), its opening lines.
_PATIENCE_WITH_THE_EXTENSION = (
    "Official Information request reference: 2021-005\n\n23 March 2021\n\nDear\n\n"
    "Thank you for your Official Information Act request, received on 17 March 2021.\n\n"
    "Thank you for your patience with our need to extend the deadline for responding to "
    "your request out to 23 March 2021.\n\n"
    "We have interpreted your request to include the following material: Discussions "
    "(emails) with journalists on the release of the Commission's draft report "
    "(Attachment 1).\n"
)


def test_a_letter_dated_on_the_day_extended_to_is_not_the_extension_notice() -> None:
    """A notice extends a limit still running (OIA s 15A(3)): the letter of the day the time
    was extended to speaks of an earlier notice, and gives the information (a release)."""
    reading = read_letter(_PATIENCE_WITH_THE_EXTENSION)
    assert reading.extension is not None
    assert reading.extension.extended_to is not None
    assert reading.extension.extended_to.value == date(2021, 3, 23)
    assert not reading.extension.notified_in_this_letter
    assert reading.kind is not LetterKind.EXTENSION


def test_the_same_words_a_day_before_the_day_extended_to_still_extend() -> None:
    """Dated before the day extended to, the letter may be the notice: the rule is the dates'.

    Without the material it attaches ("(Attachment 1)"): a letter that plainly gives
    information is a release whatever else it does (the corpus's kind rule 1).
    """
    text = _PATIENCE_WITH_THE_EXTENSION.replace("23 March 2021\n\nDear", "22 March 2021\n\nDear")
    text = text[: text.index("We have interpreted")]
    assert read_letter(text).kind is LetterKind.EXTENSION


def _dev_letter(letter_id: str) -> str:
    return (CORPUS / f"{letter_id}.txt").read_text(encoding="utf-8")


def test_a_cover_note_sending_the_response_attached_is_of_no_kind_of_its_own() -> None:
    """HUD's email (dev letter fyi-19179-hud-other): 'Please find attached the response to your
    Official Information Act 1982 (the Act) request', with the Ombudsman review sentence. The
    decision is in the attached letter: the note is the corpus's "other"."""
    reading = read_letter(_dev_letter("fyi-19179-hud-other"))
    verdict = classify(reading)
    assert verdict.kind is LetterKind.UNKNOWN
    assert verdict.rule == "sends the response attached"
    assert "Please find attached the response" in verdict.words


def test_a_cover_note_is_no_decision_for_its_review_boilerplate() -> None:
    """DIA's cover email (dev letter fyi-34023-dia-other) with Lincoln University's 'If you
    wish to discuss this response, please contact the undersigned.' (fyi-25779) below: words
    about "this response" do not make the note the response."""
    text = _dev_letter("fyi-34023-dia-other").replace(
        "Ngā mihi,",
        "If you wish to discuss this response, please contact the undersigned.\n\nNgā mihi,",
    )
    assert read_letter(text).kind is LetterKind.UNKNOWN


def test_a_note_attaching_an_acknowledgement_is_an_acknowledgement() -> None:
    """Horowhenua's email (dev letter fyi-27047-horowhenua-acknowledgement): 'Please find
    attached an acknowledgment letter' sends an acknowledgement, not the response."""
    assert read_letter(_dev_letter("fyi-27047-horowhenua-acknowledgement")).kind is (
        LetterKind.ACKNOWLEDGEMENT
    )


def test_receipt_restated_in_an_answer_does_not_make_it_an_acknowledgement() -> None:
    """NZDF's acknowledgement words 'Your request below has been received' (dev letter
    fyi-26835-nzdf-acknowledgement) at the head of Callaghan Innovation's answer
    (fyi-6650-callaghan-release): receipt is said in answers too, so in a letter this long
    it is no acknowledgement's mark: the letter is the response it calls itself."""
    text = _dev_letter("fyi-6650-callaghan-release").replace(
        "Your request has been considered",
        "Your request below has been received. It has been considered",
    )
    reading = read_letter(text)
    assert reading.kind_evidence.noted is not None
    assert ruled(reading).kind is not LetterKind.ACKNOWLEDGEMENT
    assert ruled(reading).rule == "is the response"


def test_the_same_receipt_in_a_short_note_acknowledges() -> None:
    """The receipt sentence alone, in a short note, is an acknowledgement's mark."""
    text = "3 June 2024\n\nKia ora [name]\n\nYour request below has been received.\n\nNgā mihi\n"
    assert read_letter(text).kind is LetterKind.ACKNOWLEDGEMENT


def test_a_long_answer_that_promises_to_respond_in_turn_is_no_acknowledgement() -> None:
    """Health NZ (dev letter fyi-30758-health-nz-release), its text layer's lost ligature kept:
    'For clarity, I wil respond to each part of your request in turn' after eight numbered
    questions. A promise marks an acknowledgement only in a short letter."""
    reading = read_letter(_dev_letter("fyi-30758-health-nz-release"))
    assert reading.kind_evidence.promises is not None  # "wil respond" read as "will respond"
    assert reading.kind is LetterKind.RELEASE


def test_a_charge_notice_is_a_decision() -> None:
    """Auckland Transport (dev letter fyi-4278-auckland-transport-other, audited as a
    decision): a grant on payment of a charge (OIA s 15(1A)) releases nothing now."""
    verdict = classify(read_letter(_dev_letter("fyi-4278-auckland-transport-other")))
    assert verdict.kind is LetterKind.DECISION
    assert verdict.rule == "gives notice of a charge"


@pytest.mark.parametrize(
    ("letter_id", "words"),
    [
        # "We are however able to release some of the information you have requested at this
        # time and you can find this information attached", beside a s 15A extension
        ("fyi-3536-pharmac-extension", "able to release"),
        # "We can confirm that there are renovations planned for Level 2 …", then an
        # extension for the second part
        ("fyi-23803-otago-extension", "renovations planned for Level 2"),
    ],
)
def test_information_given_makes_a_release_even_beside_an_extension(
    letter_id: str, words: str
) -> None:
    """The corpus's kind rule 1: a letter that gives some information now is a release,
    whatever else it does (here it also extends the time for the rest, OIA s 15A)."""
    reading = read_letter(_dev_letter(letter_id))
    assert reading.extension is not None
    verdict = classify(reading)
    assert verdict.kind is LetterKind.RELEASE
    assert words in verdict.words


def test_a_refusal_beside_information_released_is_a_release() -> None:
    """TEC (dev letter fyi-25447-tec-decision, audited as a release): it refuses what it does
    not hold and 'I am happy to provide you with a copy of this letter that was sent to each
    of the WDC's in 2021'."""
    verdict = classify(read_letter(_dev_letter("fyi-25447-tec-decision")))
    assert verdict.kind is LetterKind.RELEASE
    assert verdict.rule == "refuses some and gives the rest"
    assert "happy to provide you with a copy" in verdict.words


@pytest.mark.parametrize(
    ("letter_id", "words"),
    [
        # "For all new requests under the Act that concern digital safety, we require evidence of
        # eligibility." (section 12(1) cited)
        ("fyi-21503-dia-clarification", "evidence of eligibility"),
        # "NZ On Air is seeking to confirm your eligibility to make a request under the OIA"
        ("fyi-24912-nz-on-air-other", "confirm your eligibility"),
    ],
)
def test_asking_the_requester_to_show_eligibility_is_no_clarification(
    letter_id: str, words: str
) -> None:
    """OIA s 12(1) says who may request; asking for proof of it questions the requester, not
    the request's scope (s 15(1AA)): the corpus's kind rule 7, "other"."""
    verdict = ruled(read_letter(_dev_letter(letter_id)))
    assert verdict.kind is LetterKind.UNKNOWN
    assert verdict.rule == "asks the requester to show eligibility"
    assert words in verdict.words


def test_a_refusal_spoken_of_as_likely_decides_nothing() -> None:
    """University of Otago (dev letter fyi-23775-otago-clarification): 'we are likely to either
    propose a charge or decline your request on the basis of section 18(f)' — a possibility,
    no decision (OIA s 15(1)); the letter goes on to ask for a refinement."""
    reading = read_letter(_dev_letter("fyi-23775-otago-clarification"))
    assert reading.kind is not LetterKind.DECISION


def test_a_charge_form_attached_releases_nothing() -> None:
    """Hawke's Bay Regional Council (dev letter fyi-3864-hawkes-bay-regional-decision): 'I am
    therefore providing a range of costs in accordance with s13(1A) of the Act, as per the
    attached table' and 'Please find attached a Public Enquiry Charge Form for completion and
    return': what is provided and attached is the charge, not the information (LGOIMA
    s 13(1A)); a grant on payment releases nothing now (the corpus's kind rule 3)."""
    reading = read_letter(_dev_letter("fyi-3864-hawkes-bay-regional-decision"))
    verdict = ruled(reading)
    assert verdict.kind is LetterKind.DECISION
    assert verdict.rule == "gives notice of a charge"
    assert not {s.value for s in reading.kind_evidence.giving.signs} & {
        "attached_information",
        "released_now",
    }


@pytest.mark.parametrize(
    "sentence",
    [
        # DIA's cover email (dev letter fyi-34023-dia-other), as written
        "Please see attached for the response to your Official Information Act 1982 request.",
        # the same words, the response named first or by its author
        "The response to your Official Information Act 1982 request is attached.",
        "Attached is the Department's response to your Official Information Act 1982 request.",
        "Please see the attached letter in response to your Official Information Act 1982 request.",
    ],
)
def test_a_cover_note_names_the_response_attached_in_either_order(sentence: str) -> None:
    """A note whose only act is to attach the response (OIA s 15(1)'s decision is in the
    letter attached) is the corpus's "other", however the sentence is ordered: "… is
    attached" is no release of information by itself."""
    text = _dev_letter("fyi-34023-dia-other").replace(
        "Please see attached for the response to your Official Information Act 1982 request.",
        sentence,
    )
    assert sentence in text
    verdict = classify(read_letter(text))
    assert verdict.kind is LetterKind.UNKNOWN
    assert verdict.rule == "sends the response attached"


# A council-controlled body's email on a stored FYI page (request 29423, not in the corpus):
# a grant in part, the information to follow by a stated day.
_GRANT_IN_PART_TO_FOLLOW = (
    "Good afternoon Erika.\nI refer to your official information request dated 3 December 2024 "
    "for information regarding government vaccination mandates. We have decided to grant your "
    "request in part, namely information which relates to your questions 1, 2, 3 and 5. "
    "However, it will take us some time to prepare the information for release. We will send "
    "you the information by 22 January 2025.\n"
    "You have the right to seek an investigation and review by the Ombudsman of this decision. "
    "Information about how to make a complaint is available at www.ombudsman.parliament.nz or "
    "freephone 0800 802 602.\nRegards\nKaren\n"
)


def test_information_sent_you_later_is_a_decision() -> None:
    """'We will send you the information by 22 January 2025' (FYI 29423): granted, nothing
    given now — a decision (a later release is an undue-delay question, OIA s 28(5))."""
    verdict = classify(read_letter(_GRANT_IN_PART_TO_FOLLOW))
    assert verdict.kind is LetterKind.DECISION
    assert verdict.rule == "decides to release; the information follows"


def test_a_release_verb_that_nothing_backs_yields_to_a_promised_reply() -> None:
    """Horowhenua's email (dev letter fyi-27047-horowhenua-acknowledgement): 'Please find
    attached an acknowledgment letter … Your request has been forwarded onto the relevant
    business group to respond to.' The 'attached' there is no release hint, and a release
    verb that no sign of information given backs, in a letter that promises a reply, is
    weighed by the acts beside it (the corpus's kind rule 1 asks for information given)."""
    reading = read_letter(_dev_letter("fyi-27047-horowhenua-acknowledgement"))
    released = [h for h in reading.outcomes if h.value.value == "released"]
    assert released and all(_not_information(h) for h in released)
    assert _unbacked_release(reading, released)
    assert reading.kind is LetterKind.ACKNOWLEDGEMENT


def test_an_ability_used_now_gives_the_information() -> None:
    """Health NZ (dev letter fyi-26851-hnz-release): it refuses what it cannot find (s 18(e)),
    then 'However, we can provide a summary of an account of the events …' and gives it —
    some information given now is a release (the corpus's kind rule 1). Not Auckland
    Transport's 'which means we can provide this to you' (fyi-14060), an ability spoken of."""
    verdict = classify(read_letter(_dev_letter("fyi-26851-hnz-release")))
    assert verdict.kind is LetterKind.RELEASE
    assert "we can provide a summary" in verdict.words
    other = read_letter(_dev_letter("fyi-14060-auckland-transport-decision"))
    assert "released_now" not in {s.value for s in other.kind_evidence.giving.signs}


@pytest.mark.parametrize(
    ("letter_id", "kind", "words"),
    [
        # "the first part of your request has been transferred to the Ministry of Social
        # Development" and "Kāinga Ora is also declining the second part of your request"
        # beside a table of tenancy counts: the release rests on the answer given ("I can
        # instead advise you the number of market renters …"), not on the refusal of a part
        # (what is not refused may be transferred, not answered)
        ("fyi-16008-kainga-ora-release", LetterKind.RELEASE, "instead advise you the number"),
        # "Sport NZ decided to transfer that part of your request to the Ministry" and
        # refuses the rest
        ("fyi-18008-sport-nz-transfer", LetterKind.DECISION, ""),
    ],
)
def test_a_part_transferred_and_the_rest_decided_takes_the_decisions_kind(
    letter_id: str, kind: LetterKind, words: str
) -> None:
    """A transfer of part (OIA s 14) beside a decision on the rest (s 15(1)) is the
    decision's kind (the corpus's kind rule 4); "not held", the reason for a transfer
    (s 14(b)(i)), is no decision on the rest (fyi-20211-dpmc-transfer stays a transfer)."""
    verdict = classify(read_letter(_dev_letter(letter_id)))
    assert verdict.kind is kind
    assert words in verdict.words
    assert read_letter(_dev_letter("fyi-20211-dpmc-transfer")).kind is LetterKind.TRANSFER


def test_a_table_set_out_in_the_letter_is_an_answer() -> None:
    """Kāinga Ora (dev letter fyi-16008-kainga-ora-release): 'I can instead advise you the
    number of market renters …' and 'Table 1. Number of market rents and IRR Kāinga Ora
    tenancies in Point Chevalier': figures laid out in the letter are information given
    now, each sign on its own."""
    text = _dev_letter("fyi-16008-kainga-ora-release")
    found = read_letter(text).kind_evidence.giving.signs
    assert any(s.value == "answers_in_text" and "instead advise" in s.snippet for s in found)
    cut = text.replace("I can instead advise you the number", "The number")
    found = read_letter(cut).kind_evidence.giving.signs
    assert any(s.value == "answers_in_text" and "Table 1." in s.snippet for s in found)


def test_a_transfer_decided_under_the_section_is_a_transfer() -> None:
    """The Minister of Finance (dev letter fyi-31793-minister-of-finance-transfer): 'I have
    decided under section 14(b)(i ) of the Official Information Act to transfer your request
    to them to consider' — the section cited between the deciding and the act (OIA s 14)."""
    text = _dev_letter("fyi-31793-minister-of-finance-transfer")
    assert classify(read_letter(text)).kind is LetterKind.TRANSFER
    # other sentences of the letter also tell the transfer (the transferee's functions, its
    # 20 working days); the decision under the section must carry the kind alone
    decided = (
        "Accordingly, I have decided under section 14(b)(i ) of the Official\n"
        "Information Act to transfer your request to them to consider."
    )
    assert decided in text
    verdict = classify(read_letter(_HEAD + decided))
    assert verdict.kind is LetterKind.TRANSFER
    assert "to transfer your request" in verdict.words
    denied = "I have decided under section 14 of the Act not to transfer your request."
    assert read_letter(_HEAD + denied).kind_evidence.transfers is None


# Fire and Emergency's extension letter on a stored FYI page (request 18974; since 17:34 also
# the dev letter fyi-18974-fenz-extension).
_FENZ_EXTENSION = (
    "27 June 2022\nTēnā koe Mark\nInformation Request – Additional Complaints Questions\n"
    "I refer to your official information request dated 28 May 2022 asking additional "
    "questions about our complaints and related processes.\nThe Official Information Act 1982 "
    "(OIA) requires that we advise you of our decision on your request no later than 20 working "
    "days after the day we received your request. Unfortunately, it will not be possible to meet "
    "that time limit and we are therefore writing to notify you of an extension of the time to "
    "make our decision, to 19 July 2022.\nWe will respond to you sooner if we are able to. The "
    "reason for the extension is that the impact of COVID-19 has meant that the consultations "
    "necessary to make a decision on your request cannot reasonably be made within the original "
    "time limit.\nYou have the right to seek an investigation and review by the Ombudsman of "
    "this decision.\nNāku noa, nā\nJulia McCook-Weir\nManager, Information Requests\n"
)


@pytest.mark.parametrize(
    "reason",
    [
        # MFAT's words (dev letter fyi-13308-mfat-clarification): a need, not an act done
        "Some of the information may need to be withheld under the Act, e.g. information "
        "relating to privacy.",
        # an act named as the purpose of the time asked for
        "More time is needed to make redactions to the documents.",
        # a release in a clause of time, still to come
        "Consultations are needed before the documents are released.",
    ],
)
def test_a_release_still_to_be_made_does_not_make_an_extension_a_release(reason: str) -> None:
    """An extension letter (OIA s 15A) that gives its reason in words of withholding or
    redacting releases nothing now: 'may need to be withheld' is a need, 'needed to make
    redactions' a purpose; an act done now is what the corpus's kind rule 1 asks for."""
    text = _FENZ_EXTENSION.replace("time limit.\n", f"time limit. {reason}\n")
    assert reason in text
    reading = read_letter(text)
    given = {s.value for s in reading.kind_evidence.giving.signs}
    assert not given & {"released_in_part", "released_now"}
    assert reading.kind is LetterKind.EXTENSION


def test_acknowledging_receipt_marks_a_short_note() -> None:
    """Police (dev letter fyi-12533-police-acknowledgement): 'I acknowledge receipt of your
    Official Information Act (OIA) request attached.' Every such letter of the development
    set acknowledges; an answer may open so too, so it marks a short letter only."""
    reading = read_letter(_dev_letter("fyi-12533-police-acknowledgement"))
    assert reading.kind_evidence.noted is not None
    assert "acknowledge receipt" in reading.kind_evidence.noted.snippet
    assert reading.kind is LetterKind.ACKNOWLEDGEMENT


def test_the_request_attached_is_no_release_but_the_information_attached_is() -> None:
    """MFAT (dev letter fyi-25005-mfat-release): 'The information relevant to your request is
    attached.' releases; the request itself attached ('A copy of your request is attached for
    your reference', the same words with the request as the subject) releases nothing."""
    text = _dev_letter("fyi-25005-mfat-release")
    assert read_letter(text).kind is LetterKind.RELEASE
    hint = Found(
        OutcomeHint.RELEASED, "A copy of your request is attached for your reference.", (0, 1)
    )
    assert _not_information(hint)
    hint = Found(
        OutcomeHint.RELEASED, "The information relevant to your request is attached.", (0, 1)
    )
    assert not _not_information(hint)


def test_a_cover_note_is_short_for_its_own_words_not_the_thread_below() -> None:
    """NZDF's cover email (dev letter fyi-19850-nzdf-other): 'Please find attached the
    response to your questions about RIMPAC.' above the requester's email, quoted. A longer
    thread below (here the quoted message twice more) leaves the note as short as it was:
    only the reply's own words count."""
    text = _dev_letter("fyi-19850-nzdf-other")
    quoted = text[text.index("-----Original Message-----") :]
    longer = f"{text}\n{quoted}\n{quoted}"
    assert len(longer) > 3000
    verdict = classify(read_letter(longer))
    assert verdict.kind is LetterKind.UNKNOWN
    assert verdict.rule == "sends the response attached"


def test_the_request_attached_as_an_appendix_gives_nothing() -> None:
    """The Ministry of Health (dev letter fyi-17713-moh-decision): 'Rather than repeat your
    request verbatim, I have attached it as Appendix 1.' What is attached is the request; the
    letter refuses (OIA s 18): a decision."""
    reading = read_letter(_dev_letter("fyi-17713-moh-decision"))
    assert reading.kind_evidence.gives is None
    assert "attached_information" not in {s.value for s in reading.kind_evidence.giving.signs}
    assert reading.kind is LetterKind.DECISION


def test_a_letter_on_an_ombudsman_review_is_a_follow_up() -> None:
    """NEMA (dev letter fyi-31085-nema-other): 'Ombudsman Ref: CASE-027401', 'Investigation of
    official information complaint', 'you asked the Office of the Ombudsman to investigate':
    written on a review of an earlier response (OIA s 28) and giving nothing now — the
    corpus's "other" (its kind rule 6). The right-to-complain sentence every decision has is
    no such occasion (fyi-17713-moh-decision stays a decision)."""
    verdict = ruled(read_letter(_dev_letter("fyi-31085-nema-other")))
    assert verdict.kind is LetterKind.UNKNOWN
    assert verdict.rule == "follows an Ombudsman's review"
    other = read_letter(_dev_letter("fyi-17713-moh-decision"))
    assert other.kind_evidence.review is None
    assert other.kind is LetterKind.DECISION


def test_a_due_date_already_past_is_no_promise() -> None:
    """Kāinga Ora (dev letter fyi-26133-kainga-ora-extension, 17 April 2024): 'no later than
    20 working days (12 April 2024) after the day we received your request' — a due date
    already past on the letter's day is told, not promised, so it marks no acknowledgement
    (OIA s 15(1)); the letter extends (s 15A). A due date still to come does."""
    reading = read_letter(_dev_letter("fyi-26133-kainga-ora-extension"))
    assert reading.stated_due is not None
    assert reading.stated_due.value == date(2024, 4, 12)
    assert _due_to_come(reading) is None
    assert reading.kind is LetterKind.EXTENSION
    ack = read_letter(_dev_letter("fyi-26133-kainga-ora-extension").replace("17 April", "3 April"))
    assert _due_to_come(ack) is not None


def test_a_refusal_in_the_passive_or_of_the_act_decides() -> None:
    """Auckland Council (dev letter fyi-2449-auckland-council-decision): 'The report that is
    referred to by the New Zealand Herald cannot be released because …' and 'We are therefore
    refusing to release the report under s17(a) of the Act': a refusal (LGOIMA s 17) that
    gives nothing, not a short letter about a received request."""
    reading = read_letter(_dev_letter("fyi-2449-auckland-council-decision"))
    assert reading.kind_evidence.refuses is not None
    assert reading.kind is LetterKind.DECISION


@pytest.mark.parametrize(
    "letter_id",
    [
        # "Thank you for contacting Auckland Transport on 10 July 2017, requesting the type of
        # information that is stored on AT HOP cards" and the answer laid out in points
        "fyi-6178-auckland-transport-release",
        # "Thank you for your request for information date 10 October 2024 relating to …" and
        # each question answered in turn
        "fyi-28681-auckland-transport-release",
    ],
)
def test_thanks_for_the_request_opens_an_answer_too(letter_id: str) -> None:
    """Auckland Transport's answers (dev letters, joined 6 December 17:34): words that only
    thank for the request or say it arrived mark a short note, not a long letter — a long
    letter about a request that decides nothing in words this reader knows answers it."""
    verdict = ruled(read_letter(_dev_letter(letter_id)))
    assert verdict.kind is LetterKind.RELEASE
    assert verdict.rule == "a long answer with no decision words"


def test_thanks_for_reaching_out_in_a_short_note_acknowledges() -> None:
    """Auckland Transport's holiday auto-reply (dev letter fyi-29639-auckland-transport-
    autoreply): 'Thank you for reaching out. Our office is currently closed for the holiday
    period …' — a short note of thanks that gives nothing: an acknowledgement (the corpus's
    kind rule 5: auto-replies that confirm receipt)."""
    reading = read_letter(_dev_letter("fyi-29639-auckland-transport-autoreply"))
    assert reading.kind_evidence.thanks is not None
    assert "reaching out" in reading.kind_evidence.thanks.snippet
    assert reading.kind is LetterKind.ACKNOWLEDGEMENT


def test_a_quoted_request_asks_nothing_of_the_requester() -> None:
    """Greater Wellington (dev letter fyi-31745-gwrc-release): the request quoted back with
    each paragraph opened by “ and closed only at its end — '“If no JWS exist, please confirm
    whether any expert conferencing … took place' is the requester's ask, not the council's
    (OIA s 15(1AA)); 'Greater Wellington’s response follows:' answers."""
    verdict = classify(read_letter(_dev_letter("fyi-31745-gwrc-release")))
    assert verdict.kind is LetterKind.RELEASE


def test_answers_pointed_to_below_are_given() -> None:
    """Police (dev letter fyi-20919-police-release): 'My response to each of your questions
    can be found below.' and the figures follow: information given now, which outweighs the
    refusal of one part (the corpus's kind rule 1)."""
    reading = read_letter(_dev_letter("fyi-20919-police-release"))
    assert any(
        s.value == "answers_in_text" and "can be found below" in s.snippet
        for s in reading.kind_evidence.giving.signs
    )
    assert reading.kind is LetterKind.RELEASE


def test_more_detail_needed_to_identify_the_information_asks_to_clarify() -> None:
    """Te Pūkenga (dev letter fyi-28831-te-pukenga-clarification): 'We require more detail to
    assist us to identify what you are interested in' — the request as made cannot be
    identified, so the requester is asked to clarify (OIA s 15(1AA); s 12(2))."""
    reading = read_letter(_dev_letter("fyi-28831-te-pukenga-clarification"))
    assert reading.kind_evidence.asks is not None
    assert "require more detail" in reading.kind_evidence.asks.snippet
    assert ruled(reading).kind is LetterKind.CLARIFICATION


@pytest.mark.parametrize(
    ("letter_id", "refusal"),
    [
        # DOC: question 1 'I therefore regret that I am not able to provide you with the
        # information you seek', the agendas and minutes of question 2 uploaded
        ("fyi-11648-doc-release", "not able to provide you with the information"),
        # Police: one question 'refused', the others answered with figures
        ("fyi-2363-police-release", "refused"),
    ],
)
def test_a_refusal_among_questions_answered_in_turn_is_of_one(letter_id: str, refusal: str) -> None:
    """A letter that answers its questions in turn (answers in its own words beside numbered
    points) and refuses is refusing one of them and answering the rest: a release (the
    corpus's kind rule 1; OIA s 18 applied to a part)."""
    text = _dev_letter(letter_id)
    assert refusal in text
    verdict = ruled(read_letter(text))
    assert verdict.kind is LetterKind.RELEASE
    assert verdict.rule == "refuses a part and answers the rest"


@pytest.mark.parametrize(
    "letter_id",
    [
        # "For enquiries regarding: • Managed Isolation and Quarantine – Detailed information
        # can be found at …" (MFAT's automatic reply: a menu of links)
        "fyi-19395-mfat-autoreply",
        # "* Due to the high volume of enquiries at this time, it is not always possible to
        # personally reply to each email." (a Minister's office's automatic acknowledgement)
        "fyi-29261-minister-biosecurity-acknowledgement",
    ],
)
def test_bullets_alone_are_no_answer(letter_id: str) -> None:
    """A short note whose only sign of an answer is a list (bullets, numbered points) is not
    a release: a list restates the request's questions as often, or is an automatic reply's
    menu. An acknowledgement gives nothing and a decision is still to come (OIA s 15(1))."""
    reading = read_letter(_dev_letter(letter_id))
    assert "numbered_points" in {s.value for s in reading.kind_evidence.giving.signs}
    assert reading.kind is LetterKind.ACKNOWLEDGEMENT
