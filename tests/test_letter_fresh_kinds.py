"""Short letters of every kind, written before the reader read them (round 15).

Each is this file's own wording of what NZ agencies write (the kind rules of the corpus
README: 1 releases any part, 3 a grant to follow or nothing held is a decision, 5 an
acknowledgement asking to refine is a clarification, 6 a cover note or a follow-up on a
review is other, 7 a demand for proof of eligibility is other). Written on 7 December 2026
and read afterwards: 22 of 24 right. Two gaps, one mended here: "please confirm that you
are a New Zealand citizen or permanent resident" (s 12(1)) was read as an acknowledgement,
and "we have provided the Ombudsman with the information" as information given to the
requester. The other, a follow-up on the Ombudsman's review, is read as a decision (it
"responds" about a decision); it stays a known miss, marked below.
"""

from __future__ import annotations

import pytest

from oiaassist.reading import read_letter

HEAD = "12 March 2025\n\nDear [name]\n\n"
SIGNED = (
    "\n\nYours sincerely\n\nJane Doe\nManager, Ministerial Services\nMinistry for the Environment\n"
)
REQ = (
    "Thank you for your request of 10 February 2025 under the Official Information Act 1982 "
    "(the Act) for copies of briefings on water quality. "
)
OMB = " You have the right to seek an investigation and review of my decision by the Ombudsman."

FOLLOW_UP = (
    "Thank you for your email about the Ombudsman's review of our decision on your request. "
    "We have provided the Ombudsman with the information they asked for."
)
CASES = [
    # release
    (
        REQ
        + "I have decided to release the two briefings in scope, with some information withheld "
        "under section 9(2)(a) of the Act. The documents are attached." + OMB,
        "release",
    ),
    (REQ + "Please find enclosed the information you requested." + OMB, "release"),
    (
        REQ + "The Ministry spent $45,000 on water quality monitoring in 2024. This information is "
        "provided in full." + OMB,
        "release",
    ),
    (
        REQ
        + "I am releasing the documents listed in the table in Appendix A. Some information has "
        "been withheld under section 9(2)(g)(i)." + OMB,
        "release",
    ),
    (
        REQ
        + "In response to your first question, the Ministry received 12 complaints. In response to"
        " your second question, no fines were issued." + OMB,
        "release",
    ),
    (
        REQ + "I have decided to grant your request in part. Briefing one is released in full and "
        "briefing two is withheld in full under section 9(2)(f)(iv). A copy of briefing one is "
        "attached." + OMB,
        "release",
    ),
    # decision
    (
        REQ
        + "I have decided to refuse your request under section 18(e) of the Act, as the documents "
        "do not exist." + OMB,
        "decision",
    ),
    (
        REQ
        + "Your request is refused under section 18(f) of the Act, as the information requested "
        "cannot be made available without substantial collation or research." + OMB,
        "decision",
    ),
    (
        REQ
        + "The Ministry does not hold any briefings on this subject. I am therefore refusing your "
        "request under section 18(g) of the Act." + OMB,
        "decision",
    ),
    (
        REQ
        + "I have decided to withhold the briefings in full under section 9(2)(f)(iv) of the Act, "
        "to maintain the confidentiality of advice tendered by officials." + OMB,
        "decision",
    ),
    (
        REQ + "I have decided to grant your request. The documents will be sent to you by 20 March "
        "2025, once they have been prepared for release." + OMB,
        "decision",
    ),
    (
        REQ + "The briefings are publicly available on our website at www.mfe.govt.nz, so I am "
        "refusing your request under section 18(d) of the Act." + OMB,
        "decision",
    ),
    # acknowledgement
    (
        "Thank you for your request for information, which we received on 10 February 2025. We "
        "will respond to you as soon as possible, and no later than 10 March 2025, which is 20 "
        "working days after we received it.",
        "acknowledgement",
    ),
    (
        "Kia ora. This is an automated reply to confirm we have received your email. Official "
        "information requests are answered within 20 working days.",
        "acknowledgement",
    ),
    (
        "We have received your request for official information and it has been logged with "
        "reference OIA-2025-0123. We will be in touch by 10 March 2025.",
        "acknowledgement",
    ),
    # extension
    (
        REQ
        + "I am writing to notify you that we need to extend the time limit for responding to your"
        " request by 15 working days, to 31 March 2025, under section 15A(1)(b) of the Act, "
        "because consultations are needed." + OMB,
        "extension",
    ),
    (
        REQ
        + "Unfortunately we are not able to respond within the 20 working days. Under section 15A "
        "of the Act, the time limit has been extended to 7 April 2025 because your request is "
        "for a large quantity of information." + OMB,
        "extension",
    ),
    # transfer
    (
        REQ
        + "The information you have requested is held by the Ministry of Health. I have therefore "
        "transferred your request to the Ministry of Health under section 14(b)(i) of the Act. "
        "The Ministry of Health will respond to you directly.",
        "transfer",
    ),
    (
        REQ
        + "Your request has been transferred to the Department of Conservation, as the information"
        " is more closely connected with its functions (section 14(b)(ii)). You will hear from "
        "them in due course.",
        "transfer",
    ),
    # clarification
    (
        REQ + "Your request is quite broad. Could you please clarify which time period you are "
        "interested in, and whether you want the briefings only or also the related emails? "
        "Under section 15(1AA) of the Act, if you amend your request it will be treated as a new"
        " request.",
        "clarification",
    ),
    (
        REQ
        + "As currently worded your request would require us to review over 5,000 documents. Would"
        " you consider refining it to the briefings provided to the Minister in 2024? If we do "
        "not hear from you, we may have to refuse your request under section 18(f).",
        "clarification",
    ),
    # other
    ("Please find attached our response to your Official Information Act request.", "other"),
    (
        REQ
        + "Before we can process your request, please confirm that you are a New Zealand citizen "
        "or permanent resident, or are in New Zealand, as required by section 12(1) of the Act.",
        "other",
    ),
    (
        "Thank you for your email about the Ombudsman's review of our decision on your request. We"
        " have provided the Ombudsman with the information they asked for.",
        "other",
    ),
]


@pytest.mark.parametrize(("body", "kind"), [c for c in CASES if c[0] != FOLLOW_UP])
def test_a_fresh_letter_of_each_kind(body: str, kind: str) -> None:
    reading = read_letter(HEAD + body + SIGNED)
    got = "other" if reading.kind.value == "unknown" else reading.kind.value
    assert got == kind, reading.kind_verdict


@pytest.mark.xfail(strict=True, reason="a follow-up on a review 'responds' about a decision")
def test_a_follow_up_on_the_ombudsmans_review_is_other() -> None:
    reading = read_letter(HEAD + FOLLOW_UP + SIGNED)
    assert reading.kind.value == "unknown"


def test_information_provided_to_the_ombudsman_is_not_given_to_the_requester() -> None:
    reading = read_letter(HEAD + FOLLOW_UP + SIGNED)
    assert reading.kind.value != "release"
    given = read_letter(HEAD + FOLLOW_UP.replace("the Ombudsman with", "you with") + SIGNED)
    assert given.kind.value == "release"
