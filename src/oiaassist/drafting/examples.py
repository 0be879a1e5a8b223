"""Filled-in letters from the seed story (MFAT, cluster munitions, 2024).

``oiaassist draft KIND --example`` prints these as JSON for a user to start
from, and the snapshot tests render them. The request is the one MFAT quotes
in full in its response (``shared/seeds/response-letter.txt``): 13 items,
four s 16 preferences and a s 19(a)(ii) request, made on Fri 13 Sep 2024.
"""

from __future__ import annotations

from datetime import date

from oiaassist.drafting.models import DraftItem, LetterStyle, RequestDraft, Requester
from oiaassist.tracking.examples import SEED_ITEMS, SEED_PREFERENCES

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
