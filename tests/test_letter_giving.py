"""Is information given now? The general signs of a release or a decision (issue 13).

:mod:`oiaassist.reading.kind.giving` finds kinds of sign — something attached that is
information, a release verb done, answers and figures in the text, versus a refusal,
"not held", a release still to follow — each screened for "if"/"may", negation and
the request quoted back; their weights are data fitted on the development letters
by ``benchmarks/fit_giving.py``. Each case is a real letter's words: a development
letter of the corpus (``tests/corpus/letters/dev``, named by its id).
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from bench_support import benchmark
from oiaassist.reading import LetterKind, read_letter
from oiaassist.reading.facts import OutcomeHint
from oiaassist.reading.kind.giving import FEATURES, margin, score
from oiaassist.reading.kind.rules import Verdict, _promised_only, own_outcomes, turned, weigh
from oiaassist.reading.text import Found

_HEAD = "1 March 2024\n\nTēnā koe [name]\n\n"
_ROOT = Path(__file__).resolve().parent.parent
_DEV = _ROOT / "tests" / "corpus" / "letters" / "dev"
_WEIGHTS = _ROOT / "src" / "oiaassist" / "reading" / "kind" / "data" / "giving_weights.json"


def _signs(body: str, head: str = _HEAD) -> set[str]:
    return {s.value for s in read_letter(head + body).kind_evidence.giving.signs}


def test_attached_with_a_lost_ligature_is_information_given() -> None:
    """fyi-28148-wcc-release: "we have at ached it to this letter" (the PDF lost "tt")."""
    body = (
        "The financial information you requested is part of this set, and we have at ached "
        "it to this letter.\n"
    )
    assert "attached_information" in _signs(body)


def test_figures_in_the_body_are_an_answer_and_the_letterhead_is_not() -> None:
    """fyi-9980-auckland-transport-release: counts in the answer are figures; the
    letterhead's street number, postcodes, phone number and the dates are not."""
    head = (
        "20 Viaduct Harbour Avenue, Auckland 1010\nPrivate Bag 92250, Auckland 1142, New Zealand"
        "\nPhone 09 355 3553\n1 May 2019\nDear Mr [name],\n"
    )
    assert "figures" not in _signs("Thank you for your email dated 27 January 2019.\n", head)
    answer = (
        "1) How many requests have been made to date in 2019.\nAuckland Transport has received "
        "a total of 332 requests, of those request, 250 have been\nresolved.\n*Please note that "
        "29 of these were requests for CCTV footage\n"
    )
    assert "figures" in _signs(answer, head)


def test_a_refusal_of_the_request_and_of_a_part_are_told_apart() -> None:
    """fyi-27189-dpmc-decision refuses the request; fyi-26421-kainga-ora-release refuses
    two parts of it (and gives the rest); fyi-12791-dia-release refuses "question two"."""
    whole = _signs(
        "Accordingly, I am refusing your request under section 18(f) of the Act, on the basis "
        "that the information requested cannot be made available without substantial "
        "collation or research.\n"
    )
    assert "refused" in whole
    part = _signs(
        "I am refusing parts 1 and 2 of your request under section 18(e) of the Act as the "
        "document alleged to contain the information does not exist.\n"
    )
    assert "refused_part" in part
    assert "refused" not in part
    question = _signs(
        "In response to question two, the Department is refusing your request in accordance "
        "with section 18(g) of the Act, as the information is not held by the Department.\n"
    )
    assert "refused" not in question


def test_a_refusal_only_supposed_is_no_sign() -> None:
    """fyi-13059-auckland-transport-release: "we will either refuse or grant the request"
    explains the Act; it refuses nothing."""
    assert "refused" not in _signs("This means we will either refuse or grant the request.\n")


def test_a_response_provided_earlier_is_not_information_released() -> None:
    """fyi-10836-gwrc-decision: "we have provided you with a response" is a letter, not
    information given."""
    body = (
        "As you will be aware, since this request was made, we have provided you with a "
        "response to your request for information.\n"
    )
    assert "released_now" not in _signs(body)


def test_publishing_this_letter_is_not_a_release_to_follow() -> None:
    """fyi-28655-msd-decision: the decision letter itself will be published; no
    information granted is still to come."""
    body = (
        "I will be publishing this decision letter, with your personal details deleted, on the "
        "Ministry’s website in due course.\n"
    )
    assert "to_follow" not in _signs(body)


def test_documents_being_prepared_for_release_are_to_follow() -> None:
    """fyi-25387-doc-decision: granted, documents sent later (a decision, OIA s 28(5))."""
    body = (
        "We are in the final stages of preparing these documents for release and will send "
        "them to you no later than 5 March 2024, earlier if possible.\n"
    )
    assert "to_follow" in _signs(body)


def test_signs_in_a_quoted_message_below_the_reply_do_not_count() -> None:
    """Only this letter's own words count: the request quoted below a reply is not it."""
    body = (
        "Thank you for your request. We will respond as soon as possible.\n\n"
        "From: [name]\nSent: Monday, 3 June 2024 9:00 a.m.\nTo: OIA\nSubject: request\n\n"
        "Please find attached the documents I was sent last year.\n"
    )
    assert "attached_information" not in _signs(body)


def test_the_weights_are_data_with_one_weight_per_sign_and_a_margin() -> None:
    data = json.loads(_WEIGHTS.read_text(encoding="utf-8"))
    assert set(data["weights"]) == {"", *FEATURES}
    assert margin() == data["margin"] > 0
    assert score(()) == data["weights"][""]
    given = (Found("attached_information", "", (0, 0)),)
    refused = (Found("refused", "", (0, 0)),)
    assert score(given) > score(()) > score(refused)


def test_the_weights_file_is_what_the_fitting_script_gives() -> None:
    """Reproducible: a refit on the development letters writes the same weights."""
    benchmark("bench_letters")
    assert benchmark("fit_giving").main(["--check", "--quiet"]) == 0


_RULES_RELEASE = Verdict(LetterKind.RELEASE, "releases some information", "")
_RULES_DECISION = Verdict(LetterKind.DECISION, "decides and releases nothing", "")


@pytest.mark.parametrize(
    ("verdict", "lean", "kind"),
    [
        (_RULES_DECISION, 5.0, LetterKind.RELEASE),
        (_RULES_DECISION, 0.5, LetterKind.DECISION),
        (_RULES_RELEASE, -5.0, LetterKind.DECISION),
        (_RULES_RELEASE, -0.5, LetterKind.RELEASE),
        (
            Verdict(LetterKind.EXTENSION, "extends the time limit now", ""),
            5.0,
            LetterKind.EXTENSION,
        ),
        (
            Verdict(LetterKind.UNKNOWN, "follows up an earlier decision", ""),
            5.0,
            LetterKind.UNKNOWN,
        ),
    ],
)
def test_only_an_answer_is_turned_and_only_by_a_clear_lean(
    verdict: Verdict, lean: float, kind: LetterKind
) -> None:
    """The signs choose between release and decision; other acts keep their precedence."""
    assert turned(verdict, lean, 1.0) is kind


def test_a_release_the_outcome_words_miss_is_read_by_its_signs() -> None:
    """fyi-28148-wcc-release's attachment and fyi-9980-auckland-transport-release's answer
    in figures, after a sentence that withholds personal details: the phrase rules see
    only the withholding (a decision); the signs show information given now."""
    body = (
        "Names of staff have been withheld under section 7(2)(a) of the LGOIMA.\n"
        "The financial information you requested is part of this set, and we have at ached "
        "it to this letter.\nAuckland Transport has received a total of 332 requests, of those "
        "request, 250 have been\nresolved.\n*Please note that 29 of these were requests for "
        "CCTV footage\n"
    )
    reading = read_letter(_HEAD + body)
    assert reading.kind_evidence.giving.score >= margin()
    assert reading.kind is LetterKind.RELEASE
    verdict = weigh(reading, _RULES_DECISION)
    assert verdict.kind is LetterKind.RELEASE
    assert verdict.rule.startswith("the signs weighed")
    assert verdict.words


def _dev_text(letter_id: str) -> str:
    return (_ROOT / "tests" / "corpus" / "letters" / "dev" / f"{letter_id}.txt").read_text(
        encoding="utf-8"
    )


def test_an_ask_found_by_its_features_is_kind_evidence_without_a_letter_date() -> None:
    """fyi-26238-ccc-clarification bears no date; its ask ("As such, are you able to
    refine your request?", OIA s 15(1AA); LGOIMA s 13(1AA)) is still the kind's evidence."""
    reading = read_letter(_dev_text("fyi-26238-ccc-clarification"))
    assert reading.letter_date is None
    asks = reading.kind_evidence.asks
    assert asks is not None
    assert "are you able to refine your request" in asks.snippet
    assert reading.kind is LetterKind.CLARIFICATION


# fyi-34759-auckland-council-acknowledgement's promise of a decision to come
_PROMISE = (
    "Thank you for your request for information\nWe will respond to your request as soon as "
    "possible and in any event no\nlater than 20 working days after the day your request was "
    "received.\n"
)


def test_an_answer_that_gives_nothing_and_promises_a_reply_is_an_acknowledgement() -> None:
    """A release read from other words (a "Response" title, a long letter) that shows no
    sign of information given, but promises the decision to come (OIA s 15(1)): the
    promise is what the letter does."""
    reading = read_letter(_HEAD + _PROMISE)
    titled = Verdict(LetterKind.RELEASE, "is titled a response and states no outcome")
    verdict = _promised_only(reading, titled)
    assert verdict.kind is LetterKind.ACKNOWLEDGEMENT
    assert "We will respond to your request" in verdict.words


def test_a_release_that_gives_something_keeps_its_kind_beside_a_promise() -> None:
    """fyi-13282-ird-release's spreadsheet is given now: a promise beside it (the rest to
    come) does not make the letter an acknowledgement."""
    given = "The information is provided to you in the attached csv spreadsheet, as requested.\n"
    reading = read_letter(_HEAD + given + _PROMISE)
    released = Verdict(LetterKind.RELEASE, "gives the information")
    assert _promised_only(reading, released) is released


def test_a_grant_with_the_material_still_being_prepared_is_to_follow() -> None:
    """fyi-28314-wcc-decision: granted, but the Council "requires further time to finish
    preparing the material" (a decision now; the release follows, OIA s 28(5))."""
    signs = _signs(
        "The Council has decided to grant your request subject to some information being "
        "withheld under section 7(2) of the LGOIMA. The Council requires further time to finish "
        "preparing the material, but we will endeavour to have our response to you no later "
        "than 18 October 2024.\n"
    )
    assert {"granted", "to_follow"} <= signs
    assert "released_now" not in signs


def test_an_answer_that_nothing_exists_is_no_answer_given() -> None:
    """fyi-25779-lincoln-decision: "I can advise that … is not currently advertising" tells
    the requester there is nothing to give; "I can advise that" alone would be an answer."""
    body = (
        "In response, I can advise that Te Whare Wānaka o Aoraki Lincoln University is not "
        "currently advertising for a Council member.\n"
    )
    assert "answers_in_text" not in _signs(body)


def test_the_form_of_release_is_no_refusal() -> None:
    """tests/fixtures/letters/mfat-2024-cluster-munitions-response.txt (MFAT): "while we are
    unable to release these documents without a watermark" is about the form of release
    (OIA s 16), not a refusal of the information."""
    body = (
        "(c) that it does not have a watermark of ‘Released under the Official Information Act’ "
        "or similar across the text – while we are unable to release these documents without "
        "a watermark, we have moved this watermark to the margins of each page so it does not "
        "interfere with the text;\n"
    )
    assert "refused" not in _signs(body)


@pytest.mark.parametrize(
    ("letter_id", "rule"),
    [
        # "Your OIA request has been noted and will be responded to within the statutory
        # timeframe": a future passive, whoever answers
        ("fyi-19639-nz-on-air-acknowledgement", "acknowledges the request"),
        # "(Please note that this acknowledgement is an automatically generated email.)"
        ("fyi-15684-minister-of-transport-acknowledgement", "acknowledges the request"),
        # "… although your email will be carefully considered and noted, it is not possible
        # to respond to each individual email" (a Minister's office's automatic reply)
        ("fyi-15163-minister-covid-19-response-autoreply", "acknowledges the request"),
        # "Thank you for your Official Information Act 1982 request (the Act) to NZTE,
        # received 23 January 2024 requesting: …" and the request: a short note of thanks
        # (its receipt is now read, so the rule for a short letter about it decides first)
        ("fyi-29850-nzte-acknowledgement", "a short letter about a received request"),
        # "Please find attached an acknowledgment letter …": what is attached is no
        # information (no release hint), and the letter calls itself an acknowledgement
        ("fyi-27047-horowhenua-acknowledgement", "acknowledges the request"),
    ],
)
def test_acknowledgements_in_general_words(letter_id: str, rule: str) -> None:
    """Acknowledgements the rules read as nothing, or as a release, before these signs
    (dev letters that arrived after the rules were written)."""
    verdict = read_letter(_dev_text(letter_id)).kind_verdict
    assert verdict.kind is LetterKind.ACKNOWLEDGEMENT
    assert verdict.rule == rule


def test_a_cover_note_for_the_response_is_no_acknowledgement() -> None:
    """fyi-21459-oranga-tamariki-other: "Please find attached a response to your … request"
    thanks nobody for anything new; it covers the response (the corpus's "other")."""
    reading = read_letter(_dev_text("fyi-21459-oranga-tamariki-other"))
    assert reading.kind is not LetterKind.ACKNOWLEDGEMENT


def test_a_letter_with_no_sign_keeps_the_rules_kind_whatever_the_prior() -> None:
    """The fitted bias alone never turns a verdict: the signs themselves must pull."""
    prior = 1.5
    assert turned(_RULES_DECISION, prior, 1.0, prior=prior) is LetterKind.DECISION
    assert turned(_RULES_DECISION, prior + 0.1, 1.0, prior=prior) is LetterKind.RELEASE


def test_a_partial_refusal_with_a_lost_ligature_is_a_part_refused() -> None:
    """fyi-18402-south-canterbury-dhb-release: "we partial y decline your request under
    section 18 (g)" ("partially", its "ll" lost) refuses a part; the rest is given."""
    signs = _signs(
        "We do not hold diagnostic data for presentations to outpatient hospital services; "
        "therefore, we partial y decline your request under section 18 (g) of the Act.\n"
    )
    assert "refused_part" in signs
    assert "refused" not in signs


def test_a_statutes_schedule_is_no_enclosure() -> None:
    """fyi-4530-auckland-council-decision: "Use of RMA Schedule 1.8AA mediation" names a
    clause of the Resource Management Act, not a schedule sent with the letter."""
    assert "attached_information" not in _signs("Use of RMA Schedule 1.8AA mediation\n")
    assert "attached_information" in _signs("Please refer to appendix A.\n")


def test_an_automatic_reply_promising_an_acknowledgement_is_one() -> None:
    """fyi-23826-moj-acknowledgement: "We will endeavour to acknowledge your email within 2
    working days"; its "your name … will be withheld under Section 9(2)(a)" is about
    publishing the response later, not a decision."""
    verdict = read_letter(_dev_text("fyi-23826-moj-acknowledgement")).kind_verdict
    assert verdict.kind is LetterKind.ACKNOWLEDGEMENT


def test_a_transfer_in_the_first_person_is_a_transfer_when_the_finder_reads_no_transferee() -> None:
    """fyi-16944-minister-arts-culture-heritage-transfer: a split transfer, undated ("As the
    office does not hold this information, I have transferred your request to Creative New
    Zealand to answer the first three parts …"): "not held" is why it transfers (OIA
    s 14(b)(i)), not a decision."""
    verdict = read_letter(
        _dev_text("fyi-16944-minister-arts-culture-heritage-transfer")
    ).kind_verdict
    assert verdict.kind is LetterKind.TRANSFER
    assert "I have transferred your request" in verdict.words


@pytest.mark.parametrize(
    "sentence",
    [
        # dev fyi-25779-lincoln-decision: the Act would have required it; not done
        "However, we are aware that you have already made requests for this information to the "
        "TEC. Therefore, we have not transferred it.",
        "If we transfer your request to another agency, we will let you know.",
    ],
)
def test_a_transfer_not_done_is_no_transfer(sentence: str) -> None:
    assert read_letter(_HEAD + sentence + "\n").kind_evidence.transfers is None


def test_information_given_to_someone_else_is_not_given_now() -> None:
    """DPMC (fyi-16724-dpmc-decision): "DPMC holds no information … other than those that
    have been provided to Ministers" — provided to Ministers, not to the requester; "released
    to you" still is."""
    body = (
        "I advise that DPMC holds no information relating to COVID-19 vaccine certificates for "
        "domestic use, other than those that have been provided to Ministers.\n"
    )
    assert "released_now" not in _signs(body)
    assert "released_now" in _signs("The documents have been provided to you in full.\n")


def test_a_release_weighed_is_not_a_release_done() -> None:
    """Hutt Valley DHB (fyi-17123-hvdhb-decision) refuses under s 9(2)(g)(i): "the effective
    conduct of DHB affairs outweighs the transparency and accountability benefits of the
    information being released" weighs a release (OIA s 9(1)); it releases nothing."""
    text = (_DEV / "fyi-17123-hvdhb-decision.txt").read_text(encoding="utf-8")
    assert "benefits of the information being released" in text
    reading = read_letter(text)
    assert "released_now" not in {s.value for s in reading.kind_evidence.giving.signs}
    assert OutcomeHint.RELEASED not in {h.value for h in own_outcomes(reading)}
    assert reading.kind is LetterKind.DECISION


def test_information_to_be_provided_by_the_body_is_to_follow() -> None:
    """Wellington City Council (fyi-26842-wcc-decision): "has decided to grant your request
    in part, and will provide you with that information shortly" — granted, to follow
    (a decision: OIA s 28(5); LGOIMA s 27(5))."""
    body = (
        "Wellington City Council has decided to grant your request in part, and will provide "
        "you with that information shortly.\n"
    )
    assert "to_follow" in _signs(body)
