"""Round 9's field mechanisms, each built from a real letter the reader misread.

Written from the round's first fresh batch of development letters (tuned on it after it was
scored before tuning; see ``benchmarks/data/round9-fields.md``). A wrong field is worse than a
missed one.
"""

from __future__ import annotations

from datetime import date

from oiaassist.reading import read_letter


def test_a_warning_that_a_request_may_be_refused_is_no_decision() -> None:
    # Ministry of Health (dev fyi-9554-moh-decision, round 9 batch 1): "On 14 February 2019, the
    # Ministry advised you that your request may be refused under section 18(f) …" is the s 18B
    # warning before a refusal, not the day of the decision; the letter itself decides
    reading = read_letter(
        "8 March 2019\n\nDear [name]\n\nOn 14 February 2019, the Ministry advised you that your "
        "request may be refused under section 18(f) of the Act, as the information requested "
        "cannot be made available without substantial collation or research. The Ministry "
        "requested for you to refine your request. At the time of writing, the Ministry has not "
        "had a response from you in relation to this refinement request. As such, your request "
        "is refused under section 18(f) of the Act.\n"
    )
    assert reading.decided_on is None
    assert reading.decision_date is not None
    assert reading.decision_date.value == date(2019, 3, 8)
    # the warning is s 18B's invitation to refine: the day refinement was sought (M4)
    assert reading.clarification is not None
    assert reading.clarification.sought.value == date(2019, 2, 14)


def test_a_request_referred_to_a_body_on_the_transfer_ground_is_transferred() -> None:
    # Ministry of Health (dev fyi-26938-moh-transfer, round 9 batch 1): the Nursing Council is
    # not (yet) in the agency directory, but the letter gives the ground of s 14(b)(ii) in the
    # sentence before "referred", so the referral is a transfer
    text = (
        "Tēnā koe [name],\n\nThank you for your request under the Official Information Act 1982 "
        "(the Act) to Manatū Hauora (the Ministry of Health) on 22 May 2024.\n\nManatū Hauora "
        "does not hold any information relating to your request; however, I have been advised "
        "that the requested information is more closely connected with the functions of Nursing "
        "Council.  Therefore, I have referred your request to the Nursing Council. Please expect "
        "a response from the Nursing Council in due course.\n"
    )
    moved = read_letter(text).transfer
    assert moved is not None and "Nursing Council" in moved.to_agency.value
    # without the ground, "referred to" a body the directory does not know is no transfer
    bare = text.replace(
        "however, I have been advised that the requested information is more closely connected "
        "with the functions of Nursing Council.  Therefore, ",
        "",
    )
    assert read_letter(bare).transfer is None


def test_an_asking_over_a_span_of_days_was_first_made_on_its_first_day() -> None:
    # Ministry of Health (dev fyi-22280-moh-release, round 9 batch 1): "Manatū Hauora has
    # corresponded with you between 29 March and 3 April 2023 to refine the scope of this part
    # of your request": refinement was first sought on 29 March (s 15(1AA)'s 7 days run to it)
    reading = read_letter(
        "21 April 2023\n\nTēnā koe [name]\n\nManatū Hauora has corresponded with you between 29 "
        "March and 3 April 2023 to refine the scope of this part of your request.\nIn your email "
        "of 30 March 2023, you have confirmed that the scope of your request is as follows:\n"
    )
    assert reading.clarification is not None
    assert reading.clarification.sought.value == date(2023, 3, 29)
    assert reading.clarified is not None and reading.clarified.value == date(2023, 3, 30)


def test_a_quoted_request_opening_with_thanks_is_still_the_requesters() -> None:
    # DOC (dev fyi-22646-doc-release, round 9 batch 1): the request quoted under "You requested
    # the following:" opens "Thank you for your recent OIA reply,- OIAD-2806 …" — the requester
    # thanking DOC for an earlier reply, whose number is not this request's reference
    text = (
        "29 May 2023\n[name]\nTēnā koe [name]\nThank you for your email of 1 May 2023 requesting "
        "information relating to appointments.\nYour request has been considered under the "
        "Official Information Act 1982 (‘OIA’).\nYou requested the following:\nThank you for your "
        "recent OIA reply,- OIAD-2806 dated 13 March 2023.\nMay I kindly seek an update on these "
        "appointment process as where they are at.\nWe have decided to release the information.\n"
    )
    assert read_letter(text).reference is None
