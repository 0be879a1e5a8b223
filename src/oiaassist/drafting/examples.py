"""Filled-in letters from the seed story (MFAT, cluster munitions, 2024).

``oiaassist draft KIND --example`` prints these as JSON for a user to start
from, and the snapshot tests render them. The request is the one MFAT quotes
in full in its response (``shared/seeds/response-letter.txt``): 13 items,
four s 16 preferences and a s 19(a)(ii) request, made on Fri 13 Sep 2024.
"""

from __future__ import annotations

from datetime import date

from oiaassist.drafting.followups import Complaint, ComplaintGround, GroundsRequest, Reminder
from oiaassist.drafting.models import DraftItem, LetterStyle, RequestDraft, Requester
from oiaassist.drafting.replies import RefinementReply, ReplyChoice
from oiaassist.tracking.events import Request
from oiaassist.tracking.examples import SEED_ITEMS, SEED_PREFERENCES, seed_request

SEED_REQUESTER = Requester(name="Andrew Ecclestone", email="andrew.ecclestone@example.org")
SEED_STYLE = LetterStyle(greeting="Tēnā koutou", sign_off="Ngā mihi", locale="en_NZ")
SEED_AGENCY = "Ministry of Foreign Affairs and Trade"
SEED_AGENCY_EMAIL = "oia@mfat.example"
SEED_SENT = date(2024, 9, 13)

SEED_BACKGROUND = """\
On 22 December 2009 New Zealand ratified the Convention on Cluster Munitions \
(https://treaties.un.org/Pages/ViewDetails.aspx?src=IND&mtdsg_no=XXVI-6&chapter=26&clang=_en).

Article 1(c) of the Convention states that each party to the Convention "undertakes never \
under any circumstances to...assist, encourage or induce anyone to engage in any activity \
prohibited to a State Party under this Convention."

Article 21(2) of the Convention states: "Each State Party shall notify the governments of all \
States not party to this Convention, referred to in paragraph 3 of this Article, of its \
obligations under this Convention, shall promote the norms it establishes and shall make its \
best efforts to discourage States not party to this Convention from using cluster munitions."

On 10 September 2024, New Zealand's Deputy Permanent Representative to the Conference on \
Disarmament in Geneva made a statement to the 12th Meeting of States Parties to the Convention \
on Cluster Munitions. This noted the use of cluster munitions in Ukraine, and that "The United \
States has transferred cluster weapons of various kinds from its own stockpile to Ukraine. \
These actions will have economic, social, and environmental consequences for years to come, \
including in hampering recovery efforts in places where they have been used."

It has been reported that both Russia and Ukraine have been using cluster munitions during \
their armed conflict."""


def seed_request_draft() -> RequestDraft:
    """The seed request as a draft letter, in the requester's words.

    Its date ranges are in the items' text ("since October 2020"), as in the
    original; the structured ``date_from``/``date_to`` fields are left empty.
    """
    items = [DraftItem(text=text) for text in SEED_ITEMS]
    return RequestDraft(
        requester=SEED_REQUESTER,
        style=SEED_STYLE,
        dated=SEED_SENT,
        agency=SEED_AGENCY,
        agency_email=SEED_AGENCY_EMAIL,
        subject="Responsibilities under the Convention on Cluster Munitions",
        background=SEED_BACKGROUND,
        items=items,
        format_preferences=list(SEED_PREFERENCES),
        ask_grounds=True,
    )


def _seed_events_until(day: date) -> Request:
    """The seed request with only the events up to ``day`` (what the requester knew then)."""
    request = seed_request()
    events = [e.model_dump(mode="json") for e in request.events if e.date <= day]
    return Request.model_validate({**request.model_dump(mode="json"), "events": events})


def seed_refinement_reply() -> RefinementReply:
    """The requester declining MFAT's refinement of 24 Sep 2024, on 30 Sep 2024."""
    return RefinementReply(
        requester=SEED_REQUESTER,
        style=SEED_STYLE,
        dated=date(2024, 9, 30),
        request=_seed_events_until(date(2024, 9, 24)),
        agency_email=SEED_AGENCY_EMAIL,
        choice=ReplyChoice.DECLINE,
    )


def seed_reminder() -> Reminder:
    """A reminder as if no decision had come by 18 Dec 2024 (in fact MFAT decided on the 16th).

    The extension of 10 Oct 2024 moved the limit to Mon 16 Dec 2024; on Wed
    18 Dec the decision would have been 2 working days overdue.
    """
    return Reminder(
        requester=SEED_REQUESTER,
        style=SEED_STYLE,
        dated=date(2024, 12, 18),
        request=_seed_events_until(date(2024, 10, 10)),
        agency_email=SEED_AGENCY_EMAIL,
        reply_by=date(2024, 12, 20),
    )


def seed_grounds_request() -> GroundsRequest:
    """Asking for the grounds for the sections MFAT cited on 16 Dec 2024.

    (MFAT in fact gave them in Annex 1 of its decision, because the request
    had asked in advance; this letter is for when a decision does not.)
    """
    return GroundsRequest(
        requester=SEED_REQUESTER,
        style=SEED_STYLE,
        dated=date(2024, 12, 20),
        request=seed_request(),
        agency_email=SEED_AGENCY_EMAIL,
    )


def seed_complaint() -> Complaint:
    """A complaint about MFAT's refusal of part 12 under s 18(f) and its s 16 answers."""
    return Complaint(
        requester=SEED_REQUESTER,
        style=SEED_STYLE,
        dated=date(2025, 1, 20),
        request=seed_request(),
        grounds=[ComplaintGround.REFUSAL],
        details=(
            "Part 12 of my request was refused in full under section 18(f) (substantial "
            "collation or research). I ask you to consider whether the Ministry first "
            "considered fixing a charge or extending the time limit (section 18A) and "
            "consulting me (section 18B). I also ask you to review the Ministry's refusal of "
            "my section 16 preferences for whole documents in a text-searchable format."
        ),
    )
