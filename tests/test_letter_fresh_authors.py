"""Signature blocks and letterheads written before the author finder read them (round 15).

Each layout is this file's own, in the shapes NZ agencies sign in: te reo sign-offs,
bilingual names beside a bar, capitals, a team under a council, an email address's domain,
a letterhead over the address, a Minister's office, "for Secretary of …". Written on 7
December 2026 and read afterwards: all 25 named the body (two expected names were first
written in another spelling: Whangārei; Te Puni Kōkiri, listed as the Ministry of Māori
Development). The body text names another agency (consulted), which must never be taken
for the author.
"""

from __future__ import annotations

import pytest

from oiaassist.reading.author import letter_author

BODY = (
    "Thank you for your request of 10 February 2025 for information about the review. "
    "I have decided to release the attached report. The Ministry for Primary Industries was "
    "consulted on the request. You have the right to ask the Ombudsman to review my decision."
)


def letter(sig: str, head: str = "") -> str:
    """A short letter signed ``sig`` under ``head``."""
    return f"{head}12 March 2025\n\nDear [name]\n\n{BODY}\n\n{sig}\n"


CASES = [
    (
        letter(
            "Nāku noa, nā\n\nJane Doe\nManager Official Information\nMinistry for the Environment"
        ),
        "Ministry for the Environment",
    ),
    (
        letter(
            "Ngā mihi\nJane Doe | Senior Advisor, Ministerial Services | Office of the Chief "
            "Executive\nTe Tāhuhu o te Mātauranga | Ministry of Education"
        ),
        "Ministry of Education",
    ),
    (letter("Yours sincerely\n\nJane Doe\nGroup Manager\nfor Chief Executive"), None),
    (
        letter("Ngā mihi\n\nJane Doe\nOIA Advisor\nE: oia@mbie.govt.nz"),
        "Ministry of Business, Innovation and Employment",
    ),
    (
        letter("Regards,\nLGOIMA Team\nHutt City Council\n30 Laings Road, Lower Hutt"),
        "Hutt City Council",
    ),
    (
        letter(
            "Kind regards\n\nJane Doe\nPrincipal Advisor | Official Information and Privacy\nWaka "
            "Kotahi NZ Transport Agency"
        ),
        "New Zealand Transport Agency",
    ),
    (
        letter("Yours sincerely\n\nJane Doe\nChief Executive\nStats NZ Tatauranga Aotearoa"),
        "Statistics New Zealand",
    ),
    (
        letter("Yours sincerely\n\nJane Doe\nDeputy Commissioner\nInland Revenue"),
        "Inland Revenue Department",
    ),
    (
        letter("Yours sincerely\n\nJane Doe\nDistrict Commander\nNew Zealand Police"),
        "New Zealand Police",
    ),
    (
        letter(
            "YOURS FAITHFULLY\n\nJANE DOE\nMANAGER, CORPORATE SERVICES\nWHANGAREI DISTRICT COUNCIL"
        ),
        "Whangārei District Council",
    ),
    (
        letter(
            "Nā māua noa, nā\n\nJane Doe\nGeneral Manager Strategy\nTe Whatu Ora – Health New "
            "Zealand, Waitematā"
        ),
        "Health New Zealand",
    ),
    (letter("Yours sincerely\n\nJane Doe\nDeputy Secretary\nPolicy Group"), None),
    (
        letter(
            "Yours sincerely\n\nJane Doe\nManager",
            head=(
                "MINISTRY OF HEALTH\nMANATŪ HAUORA\n\n133 Molesworth Street\nPO Box 5013\n"
                "Wellington 6140\n\n"
            ),
        ),
        "Ministry of Health",
    ),
    (
        letter(
            "Yours sincerely\n\nJane Doe\nManager",
            head="Te Kaunihera o Pōneke\nWellington City Council\n\n",
        ),
        "Wellington City Council",
    ),
    (
        letter(
            "Yours sincerely\n\nHon Chris Bishop",
            head="Office of Hon Chris Bishop\nMinister of Housing\n\n",
        ),
        "Minister of Housing",
    ),
    (
        letter(
            "Ngā mihi\n\nOIA Team",
            head=(
                "From: OIA Requests <oia.requests@dia.govt.nz>\nSent: 12 March 2025\nTo: [name]\n"
                "Subject: OIA request\n\n"
            ),
        ),
        "Department of Internal Affairs",
    ),
    (
        letter(
            "Yours sincerely\n\nJane Doe\nDirector, Office of the Chief Executive\nDepartment of "
            "Conservation | Te Papa Atawhai"
        ),
        "Department of Conservation",
    ),
    (
        letter("Yours sincerely\n\nJane Doe\nfor Secretary of Foreign Affairs and Trade"),
        "Ministry of Foreign Affairs and Trade",
    ),
    (
        letter("Ngā mihi nui\n\nJane Doe\nKaiwhakahaere Matua | General Manager\nTe Puni Kōkiri"),
        "Ministry of Māori Development",
    ),
    (
        letter(
            "Heoi anō\n\nJane Doe\nManager, Ministerial and Executive Services\nOranga "
            "Tamariki—Ministry for Children"
        ),
        "Oranga Tamariki—Ministry for Children",
    ),
    (
        letter(
            "Yours sincerely\n\nJane Doe\nChief Executive Officer\nDunedin City Council | "
            "Kaunihera-a-rohe o Ōtepoti"
        ),
        "Dunedin City Council",
    ),
    (
        letter("Yours sincerely\n\nJane Doe\nGeneral Counsel\nAccident Compensation Corporation"),
        "Accident Compensation Corporation",
    ),
    (
        letter("Kind regards\nJane Doe\nGovernment Services\nACC"),
        "Accident Compensation Corporation",
    ),
    (
        letter("Yours sincerely\n\nJane Doe\nManager Governance\nEnvironment Canterbury"),
        "Canterbury Regional Council",
    ),
    (
        letter(
            "Kind regards,\n\nJane Doe\nPrivacy and Official Information Team\nUniversity of "
            "Auckland | Waipapa Taumata Rau"
        ),
        "University of Auckland",
    ),
]


@pytest.mark.parametrize(("text", "author"), CASES)
def test_a_fresh_layout_names_its_author(text: str, author: str | None) -> None:
    found = letter_author(text)
    got = found.agency.name if found is not None and found.agency is not None else None
    assert got == author
