"""The seed story as a request: MFAT, cluster munitions, 2024.

A real released OIA response (``shared/seeds/response-letter.txt``): received
Fri 13 Sep 2024; refinement proposed 24 Sep (working day 7) and declined
30 Sep; extension of 45 working days notified 10 Oct under s 15A(1)(a) and
(b); decision dated 16 Dec 2024, the last day of the extended limit. Users
start from it (``oiaassist check --example``) and tests replay it.
"""

from __future__ import annotations

from oiaassist.tracking.events import Request

_SINCE = "since October 2020"
_CCM = "the Convention on Cluster Munitions"
_STATES = "Russia, Belarus, Iran, Ukraine and the United States"
_UKRAINE = (
    f"{_CCM} and New Zealand's obligations under that Convention with regard to the conflict "
    "in Ukraine"
)

SEED_ITEMS = (
    f"The dates on which New Zealand, pursuant to Article 21(2), notified the governments of "
    f"{_STATES} of its obligations under {_CCM}.",
    f"The dates on which New Zealand, pursuant to Article 21(2), communicated to the governments "
    f'of {_STATES} in accordance with its obligation to "make best efforts to discourage States '
    f'not party to this Convention from using cluster munitions."',
    "Copies of all communications falling within 1 and 2 above, and the replies received.",
    f"The dates {_SINCE} on which legal advice was requested on what New Zealand needed to do "
    f"to meet its obligations under {_CCM}.",
    f"Copies of all requests {_SINCE} for legal advice on what New Zealand needed to do to meet "
    f"its obligations under {_CCM}.",
    f"The dates {_SINCE} on which legal advice was provided on what New Zealand needed to do to "
    f"meet its obligations under {_CCM}.",
    f"Copies of all legal advice provided {_SINCE} on what New Zealand needed to do to meet its "
    f"obligations under {_CCM}.",
    f"The dates on which, {_SINCE}, advice has been provided to the Ministers of (a) Disarmament "
    f"and Arms Control and (b) Foreign Affairs that relate to {_UKRAINE}.",
    f"Copies of all advice {_SINCE} to the Ministers of (a) Disarmament and Arms Control and (b) "
    f"Foreign Affairs that relate to {_UKRAINE}.",
    f"The dates of all meetings and correspondence with the Ministry of Defence {_SINCE} that "
    f"relate to {_UKRAINE}.",
    f"Copies of all meetings notes and correspondence with the Ministry of Defence {_SINCE} that "
    f"relate to {_UKRAINE}.",
    f"The dates, {_SINCE}, of any meetings or correspondence any MFAT official has had with any "
    f"member or representative of the government of the United Kingdom that included mention "
    f"of either country's obligations under {_CCM}.",
    f"The dates, {_SINCE}, of any meetings or correspondence any New Zealand government minister "
    f"has had with any member or representative of the government of the United Kingdom that "
    f"included mention of either country's obligations under {_CCM}.",
)

SEED_PREFERENCES = (
    "to receive a copy of the whole of each document",
    "that the information is disclosed in a text searchable format, either Word or PDF",
    "that it does not have a watermark of 'Released under the Official Information Act' or "
    "similar across the text",
    "that it is sent to the email address from which the Ministry received this request",
)

SEED_SECTIONS = (
    "6(a)",
    "6(b)(i)",
    "6(b)(ii)",
    "9(2)(a)",
    "9(2)(f)(iv)",
    "9(2)(g)(i)",
    "9(2)(h)",
    "18(d)",
    "18(e)",
    "18(f)",
)

SEED_REFINEMENT = (
    "All timeframes are from 1 October 2020 to 13 September 2024.\n"
    "1- Communications between Ministry of Foreign Affairs and Trade (MFAT) officials and the "
    "governments of Russia, Belarus, Iran, Ukraine and the United States relating to New "
    "Zealand's obligations under Article 21(2) of the Convention on Cluster Munitions;\n"
    "2- Legal advice produced by MFAT relating to New Zealand's obligations under Article 21(2) "
    "of the Convention on Cluster Munitions;\n"
    "3- Formal advice to Ministers produced by MFAT relating to New Zealand's obligations under "
    "the Convention on Cluster Munitions with regard to the conflict in Ukraine;\n"
    "4- Formal meeting notes and correspondence between MFAT and the Ministry of Defence that "
    "relate to New Zealand's obligations under the Convention on Cluster Munitions with regard "
    "to the conflict in Ukraine;\n"
    "5- The dates of formal and planned meetings between New Zealand based MFAT officials and "
    "British High Commission representatives to New Zealand where the Convention on Cluster "
    "Munitions was a named agenda item."
)


def seed_request() -> Request:
    """The MFAT cluster-munitions request (OIA 29681) from receipt to release."""
    return Request.model_validate(
        {
            "agency": "Ministry of Foreign Affairs and Trade",
            "agency_id": "mfat",
            "act": "oia",
            "subject": "Responsibilities under the Convention on Cluster Munitions",
            "items": list(SEED_ITEMS),
            "format_preferences": list(SEED_PREFERENCES),
            "grounds_requested": True,
            "reference": "OIA 29681",
            "events": [
                {
                    "type": "received",
                    "date": "2024-09-13",
                    "note": "Request emailed via FYI.org.nz",
                },
                {
                    "type": "clarification_sought",
                    "date": "2024-09-24",
                    "proposal": SEED_REFINEMENT,
                    "refinement": True,
                },
                {"type": "refinement_declined", "date": "2024-09-30"},
                {
                    "type": "extension_notified",
                    "date": "2024-10-10",
                    "working_days": 45,
                    "grounds": ["large_quantity", "consultations"],
                },
                {
                    "type": "decision_notified",
                    "date": "2024-12-16",
                    "outcome": "partly_granted",
                    "sections": list(SEED_SECTIONS),
                },
                {"type": "information_released", "date": "2024-12-16"},
            ],
        }
    )
