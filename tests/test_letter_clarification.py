"""Clarification and refinement (OIA s 15(1AA), (1AB); LGOIMA s 13(1A), (1B)) in real letters.

Each case is a development-corpus letter (tests/corpus/letters/dev), compared with
its truth row, or a sentence copied from a letter published on FYI.org.nz (the
request number is given). The sentence reader (:mod:`oiaassist.reading.clarifying`)
is tested on its own too, over every development letter: where it finds a day it
must be the truth row's, so a new letter merged into the corpus tests it afresh.
"""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from oiaassist.reading import check_reading, read_letter
from oiaassist.reading import clarifying as cl
from oiaassist.reading.facts import ClarificationFound, Facts
from oiaassist.reading.text import Found, LetterText

DEV = Path(__file__).parent / "corpus" / "letters" / "dev"
LETTERS = sorted(p.stem for p in DEV.glob("*.json"))


def _letter(letter_id: str) -> tuple[str, dict[str, Any]]:
    text = (DEV / f"{letter_id}.txt").read_text(encoding="utf-8")
    truth = json.loads((DEV / f"{letter_id}.json").read_text(encoding="utf-8"))
    return text, truth


def _facts(text: str) -> Facts:
    facts = Facts(LetterText(text))
    facts.letter_date = facts.find_letter_date()
    return facts


@pytest.mark.parametrize(
    "letter_id",
    [
        # "On 29 May 2024 we emailed you to ask you to clarify your request" (the month
        # "May" is not the modal "may")
        "fyi-26145-hnz-decision",
        # "On 25 November 2021, the Department of the Prime Minister and Cabinet (DPMC)
        # contacted you to advise that your request was very broad in scope and asked if you
        # would consider refining the scope …"
        "fyi-17398-dpmc-decision",
        # "On 30 October 2024, the Ministry contacted you to clarify the scope of your request"
        "fyi-28912-moh-release",
        # "On 11 November 2024, the Ministry contacted you to clarify if …" (and again on 12th)
        "fyi-29078-moh-release",
        # "On 28 November 2024, we sought to clarify the scope of your request with you"
        "fyi-29042-dia-extension",
        # "As per my email dated 19 November and fol ow up on 21 November 2024, we requested
        # that you refine your request": the first asking
        "fyi-29204-wcc-decision",
        # "We note we contacted you 12 January 2023 to see whether you would be willing to
        # limit the scope of your request" (a day with no "on")
        "fyi-21475-otago-release",
    ],
)
def test_the_day_clarification_was_sought_from_the_sentence_alone(letter_id: str) -> None:
    text, truth = _letter(letter_id)
    found = cl.sought_by_sentence(_facts(text))
    assert found is not None
    assert found[0].value.isoformat() == truth["stated"]["clarification_sought"]
    reading = read_letter(text)
    assert reading.clarification is not None
    assert reading.clarification.sought.value.isoformat() == truth["stated"]["clarification_sought"]


@pytest.mark.parametrize(
    "letter_id",
    [
        # "On 1 November 2024, you confirmed the Ministry’s interpretation of the scope"
        "fyi-28912-moh-release",
        # two rounds, each answered "On the same date, you replied: …": the last answer
        "fyi-29078-moh-release",
        # "On 22 January 2024, you reclarified your request"
        "fyi-25152-oranga-tamariki-extension",
        # "Thank you for your email of 18 September 2023 confirming that your request of
        # 13 September 2023 is for the following information"
        "fyi-23987-kainga-ora-extension",
        # "Thank you for contacting Auckland Transport on 28 July 2016 and refining your request"
        "fyi-4278-auckland-transport-other",
        # "On October 25th 2023 you refined your request to remove the following"
        "fyi-24427-doc-extension",
        # "Your reply of 12 January 2023 confirmed that you were willing to limit the scope"
        "fyi-21475-otago-release",
    ],
)
def test_the_day_the_requester_clarified_from_the_sentence_alone(letter_id: str) -> None:
    text, truth = _letter(letter_id)
    found = cl.clarified_by_sentence(_facts(text))
    assert found is not None
    assert found.value.isoformat() == truth["stated"]["clarified"]
    reading = read_letter(text)
    assert reading.clarified is not None
    assert reading.clarified.value.isoformat() == truth["stated"]["clarified"]


@pytest.mark.parametrize("letter_id", LETTERS)
def test_the_sentence_reader_never_invents_a_day(letter_id: str) -> None:
    """Over every development letter: a day the sentence reader finds is the truth row's.

    (A letter that itself asks is dated by its own date, not by this reader.)
    """
    text, truth = _letter(letter_id)
    facts = _facts(text)
    stated = truth["stated"]
    sought = cl.sought_by_sentence(facts)
    if sought is not None:
        assert sought[0].value.isoformat() == stated.get("clarification_sought")
    answered = cl.clarified_by_sentence(facts)
    if answered is not None:
        assert answered.value.isoformat() == stated.get("clarified")
    declined = cl.refinement_declined(facts)
    if declined is not None:
        assert declined.value.isoformat() == stated.get("refinement_declined")
    as_new = cl.treated_as_new(facts)
    if as_new is not None:
        assert as_new.value == stated.get("treated_as_new")


@pytest.mark.parametrize(
    ("letter_id", "words"),
    [
        # "As we have not received your clarification, your request is refused …"
        ("fyi-26145-hnz-decision", "not received your clarification"),
        # "As we have not received a response from you regarding the refinement of the scope"
        ("fyi-17398-dpmc-decision", "not received a response"),
        # "… the 20-working day period would start again": a possibility, not a new request
        ("fyi-29204-wcc-decision", "would start again"),
        # "… it is effectively a new request made to that agency": a transfer (s 14)
        ("fyi-23467-wcc-transfer", "effectively a new request"),
    ],
)
def test_no_answer_and_no_restart_where_the_letter_states_none(letter_id: str, words: str) -> None:
    text, truth = _letter(letter_id)
    assert words in " ".join(text.split())
    reading = read_letter(text)
    assert "clarified" not in truth["stated"]
    assert reading.clarified is None
    assert reading.refinement_declined is None
    assert reading.treated_as_new is None
    assert all(c.ok is not False for c in check_reading(reading))


def test_refined_without_a_day_states_no_day() -> None:
    """MSD, FYI request 29005: 'I acknowledge that you have further refined the time period
    since your previous request.' — no day, so nothing to date the restart by."""
    reading = read_letter(
        "11 November 2024\nTēnā koe James\nOfficial Information Act request\nThank you for your "
        "FYI request of 1 November 2024, requesting the following\ninformation:\nI acknowledge "
        "that you have further refined the time period since your previous\nrequest.\n"
    )
    assert reading.clarified is None
    assert reading.clarification is None


@pytest.mark.parametrize(
    ("sentence", "want"),
    [
        # the wording of dev fyi-24427 ("On October 25th 2023 you refined your request"), told
        # as a refusal of the refinement proposed
        ("On 25 October 2023 you declined to refine your request.", date(2023, 10, 25)),
        (
            "On 30 September 2024, you advised that you did not wish to narrow the scope of "
            "your request.",
            date(2024, 9, 30),
        ),
        # "If we have any questions or need to seek clarification on any points we will be in
        # touch soon" (dev fyi-23803): a maybe, no day
        ("If you do not wish to refine your request, please let us know.", None),
    ],
)
def test_the_day_the_requester_declined_a_refinement(sentence: str, want: date | None) -> None:
    reading = read_letter(f"10 October 2024\n\nDear Sam\n\n{sentence}\n")
    got = reading.refinement_declined.value if reading.refinement_declined else None
    assert got == want


@pytest.mark.parametrize(
    ("sentence", "as_new"),
    [
        ("Your amended request is treated as a new request under section 15(1AA).", True),
        ("We have considered your clarified request as a new request.", True),
        ("Your amended request will not be treated as a new request.", False),
        ("We may treat your amended request as a new request.", None),
    ],
)
def test_treated_as_new_in_the_acts_words(sentence: str, as_new: bool | None) -> None:
    """s 15(1AA): 'that request may be treated as a new request' — the statute's words."""
    reading = read_letter(
        f"10 October 2024\n\nDear Sam\n\nYou clarified your request. {sentence}\n"
    )
    got = reading.treated_as_new.value if reading.treated_as_new else None
    assert got is as_new


def test_the_letter_asking_now_by_its_features() -> None:
    """CCC: 'As such, are you able to refine your request?' — an ask, with its object."""
    text, truth = _letter("fyi-26238-ccc-clarification")
    found = cl.asked_now_by_sentence(_facts(text))
    assert truth["kind"] == "clarification"
    assert found is not None
    assert "refine your request" in found.value


@pytest.mark.parametrize(
    ("letter_id", "words"),
    [
        # an option offered in an acknowledgement, not an ask
        ("fyi-12625-moh-acknowledgement", "If you would like to reconsider or refine"),
        # what may happen
        ("fyi-23803-otago-acknowledgement", "need to seek clarification on any points"),
    ],
)
def test_an_offer_or_a_maybe_is_not_asking(letter_id: str, words: str) -> None:
    text, truth = _letter(letter_id)
    assert words in " ".join(text.split())
    assert truth["kind"] != "clarification"
    assert cl.asked_now_by_sentence(_facts(text)) is None


@pytest.mark.parametrize("letter_id", LETTERS)
def test_asking_by_features_only_in_a_letter_that_asks(letter_id: str) -> None:
    """Over every development letter that decides nothing: the feature reader finds an ask
    only where the truth row says the letter is a clarification (or another letter that
    asks while extending or acknowledging, whose own kind wins)."""
    text, truth = _letter(letter_id)
    if truth["kind"] in ("decision", "release"):
        return  # a decision letter is never read as asking now
    found = cl.asked_now_by_sentence(_facts(text))
    if found is not None:
        assert truth["kind"] == "clarification", found.value


@pytest.mark.parametrize(
    ("sentence", "sought", "answered"),
    [
        # dev fyi-29042's "we sought to clarify whether you are seeking …", asked as "confirm"
        (
            "On 28 November 2024, we asked you to confirm whether you are seeking communications "
            "with the Office of the Minister.",
            date(2024, 11, 28),
            None,
        ),
        # dev fyi-28912's "On 1 November 2024, you confirmed the Ministry’s interpretation …",
        # answered with more information instead
        (
            "On 1 November 2024, you provided further information about your request.",
            None,
            date(2024, 11, 1),
        ),
        # boilerplate offering help is neither
        (
            "Should you require further information about your request, please contact us.",
            None,
            None,
        ),
    ],
)
def test_confirm_whether_and_further_information(
    sentence: str, sought: date | None, answered: date | None
) -> None:
    reading = read_letter(
        f"2 December 2024\n\nDear Sam\n\nThank you for your request. {sentence}\n"
    )
    got_sought = reading.clarification.sought.value if reading.clarification else None
    assert got_sought == sought
    assert (reading.clarified.value if reading.clarified else None) == answered


def test_considered_to_be_a_new_request() -> None:
    """Airways: 'Please note that any clarification or subsequent amendment of a request is
    considered to be a new request for the purposes of calculating the ma…' (s 15(1AA))."""
    text, truth = _letter("fyi-17698-airways-clarification")
    reading = read_letter(text)
    assert reading.treated_as_new is not None
    assert reading.treated_as_new.value is truth["stated"]["treated_as_new"] is True


# The Ministry of Health's words (dev fyi-28912-moh-release): the ask and the answer each
# dated. With the answer's own date taken away, the only date left is the asking's, and it
# must not be read as the answer's (OIA s 15(1AA): the two days are different acts).
_MOH_ASK = (
    "15 December 2024\n\nDear [name]\n\nOn 30 October 2024, the Ministry contacted you to "
    "clarify the scope of your request; particularly, to ascertain whether you were "
    "interested in communications specifically pertaining to the requests you have "
    "submitted. {answer}you confirmed the Ministry’s interpretation of the scope to be "
    "accurate.\n"
)


@pytest.mark.parametrize(
    ("answer", "clarified"),
    [
        ("On 1 November 2024, ", date(2024, 11, 1)),
        ("", None),
        ("In reply, ", None),
        # dev fyi-29078-moh-release's own words for a same-day answer
        ("On the same date ", date(2024, 10, 30)),
    ],
)
def test_an_undated_answer_does_not_take_the_asking_day(
    answer: str, clarified: date | None
) -> None:
    reading = read_letter(_MOH_ASK.format(answer=answer))
    assert reading.clarification is not None
    assert reading.clarification.sought.value == date(2024, 10, 30)
    assert (reading.clarified.value if reading.clarified else None) == clarified


@pytest.mark.parametrize(
    "sentence",
    [
        # the agency's act between the date and the answer: DOC's "We wrote to you on …
        # asking you to clarify" (phrases.CLARIFICATION_SOUGHT), then an undated answer
        "We wrote to you on 20 September 2024 asking you to clarify your request, and you "
        "responded confirming the scope.",
        # the agency's own message named by the answer: "our email of D"
        "You replied to our email of 20 September 2024 and clarified your request.",
    ],
)
def test_the_agency_s_day_is_not_the_answer_s(sentence: str) -> None:
    reading = read_letter(f"15 December 2024\n\nDear [name]\n\n{sentence}\n")
    assert reading.clarified is None


def test_an_answer_before_the_asking_is_left_unknown() -> None:
    """An answer dated before the asking (dev fyi-20779-fenz-release asked on 13 October 2022)."""
    asked = ClarificationFound(
        _found(date(2022, 10, 13)), refinement=True, asked_in_this_letter=False
    )
    assert cl.answered_after_asked(_found(date(2022, 10, 12)), asked) is None
    assert cl.answered_after_asked(_found(date(2022, 10, 13)), asked) is not None
    assert cl.answered_after_asked(_found(date(2022, 10, 20)), asked) is not None


def _found(day: date) -> Found[date]:
    return Found(day, str(day), (0, 0))


def test_the_first_asking_is_taken_however_its_comma_is_spaced() -> None:
    # Ministry of Health (dev fyi-29078-moh-release) asked twice; a PDF's stray space before
    # the comma must not hand the first asking's day to the second
    text, truth = _letter("fyi-29078-moh-release")
    spaced = text.replace("On 11 November 2024, the", "On 11 November 2024 , the")
    assert spaced != text
    for version in (text, spaced):
        reading = read_letter(version)
        assert reading.clarification is not None
        assert str(reading.clarification.sought.value) == truth["stated"]["clarification_sought"]


def test_a_sentence_ending_in_a_year_less_date_lends_it_to_no_other_sentence() -> None:
    # DOC (dev fyi-25387-doc-release) with its receipt's year left out: "received on
    # 13 January." ends a sentence, and "the decision letter sent to you on 1 March,
    # concerning your clarified request" in the next is no asking on 13 January
    text, _truth = _letter("fyi-25387-doc-release")
    yearless = text.replace("received on 13 January\n2024.", "received on 13 January.")
    assert yearless != text
    reading = read_letter(yearless)
    assert reading.clarification is None
    assert reading.received is not None and reading.received.value == date(2024, 1, 13)


@pytest.mark.parametrize(
    "declined",
    [
        "On 30 September 2024, you declined this refinement.",
        "In your reply of 30 September 2024 you declined this refinement.",
        "In your response of 30 September 2024, you advised that you did not wish to refine "
        "your request.",
    ],
)
def test_a_reply_declining_the_refinement_is_no_clarification(declined: str) -> None:
    # MFAT's response (OIA 29681, tests/fixtures/letters/mfat-2024-cluster-munitions-response.txt):
    # "On 24 September 2024, we contacted you seeking to refine your request … On 30
    # September 2024, you declined this refinement." Worded as other letters word the reply,
    # it is still a refusal to refine (s 18(f) may follow), never an amended request
    # (s 15(1AA)): what the reply said follows its date.
    text = (
        "16 December 2024\n\nDear [name]\n\nOn 24 September 2024, we contacted you seeking to "
        f"refine your request. {declined}\n"
    )
    reading = read_letter(text)
    assert reading.clarified is None
    assert reading.refinement_declined is not None
    assert reading.refinement_declined.value == date(2024, 9, 30)


def test_the_same_day_in_the_asking_s_own_sentence_dates_the_answer() -> None:
    # dev fyi-29078-moh-release's "On the same date you replied", joined to the asking
    text = (
        "15 December 2024\n\nDear [name]\n\nOn 11 November 2024, the Ministry contacted you "
        "to clarify your request, and on the same date you replied.\n"
    )
    reading = read_letter(text)
    assert reading.clarified is not None and reading.clarified.value == date(2024, 11, 11)
