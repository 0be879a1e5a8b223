"""The sections a letter cites, per Act, as letters write them ("section 15(1)").

Time limits and their sections come from :mod:`oiaassist.law.acts` (one
source for the engine and the letters); the rest — eligibility, urgency,
preferences, grounds, the duty to assist, substantial collation — only matter
to letters and live here. Sources: law.md §4.6-4.8 and the OIA → LGOIMA
section map in §5.2. A section that is not confirmed for an Act is ``None``
and templates leave the citation out rather than cite a guess.
"""

from __future__ import annotations

from functools import cache

from pydantic import BaseModel, ConfigDict

from oiaassist.law.acts import Act, Limit
from oiaassist.law.citations import Citation


class LetterLaw(BaseModel):
    """What one Act's letters cite; each provision reads like "section 12(3)".

    Attributes:
        act: the Act's full title ("Official Information Act 1982").
        short: its short name ("OIA").
        request_title: what a request under it is called in a subject line.
        response_days: working days to decide (20).
        clarify_days: working days within which a clarification request lets
            the agency restart the clock (7), or None.
        response: the decision time limit (OIA s 15(1)).
        amended: an amended or clarified request may be treated as new (s 15(1AA)).
        extension: the power to extend (s 15A).
        deemed_refusal: missing the limit counts as a refusal (s 28(4)).
        undue_delay: undue delay in releasing counts as a refusal (s 28(5)).
        complaint: the right to complain to an Ombudsman (s 28(3)).
        complaint_body: who reviews complaints ("an Ombudsman").
        eligibility: who may request (s 12(1)); None where unconfirmed.
        urgency: asking for urgency, with reasons (s 12(3)).
        preferences: the requester's preferred form (s 16).
        grounds: grounds in support of a refusal, on request (s 19(a)(ii)).
        duty_to_assist: the agency's duty to help a requester (s 13).
        collation: refusal for substantial collation or research (s 18(f)).
        alternatives: charge or extend before refusing under (f) (s 18A).
        consult: consult the requester before refusing under (e) or (f) (s 18B).
        public_interest: the public interest test for section 9 grounds (s 9(1)).
    """

    model_config = ConfigDict(frozen=True)

    act: str
    short: str
    request_title: str
    response_days: int
    clarify_days: int | None
    response: str
    amended: str | None
    extension: str
    deemed_refusal: str | None
    undue_delay: str | None
    complaint: str | None
    complaint_body: str
    eligibility: str | None
    urgency: str | None
    preferences: str | None
    grounds: str | None
    duty_to_assist: str | None
    collation: str | None
    alternatives: str | None
    consult: str | None
    public_interest: str | None


def _section(citation: Citation | None) -> str | None:
    """From "s 15(1)" to "section 15(1)"; a citation with no provision gives None."""
    if citation is None or not citation.provision:
        return None
    provision = citation.provision
    return "section " + provision.removeprefix("s ").removeprefix("ss ")


# A Privacy Act request is for one's own personal information (IPP 6), and a
# subject line that says so routes it to the agency's privacy officer.
_REQUEST_TITLES = {
    Act.OIA: "Official information request",
    Act.LGOIMA: "Official information request",
    Act.PRIVACY: "Request for personal information",
}

# Sections the engine does not need. OIA: law.md §4.6-4.8. LGOIMA: the §5.2 map
# (urgency s 10(3) is marked there as assumed; eligibility is left out because
# the LGOIMA twin of OIA s 12(1) was not confirmed). Privacy Act requests are
# made under IPP 6 and have none of these.
_LETTER_ONLY: dict[Act, dict[str, str | None]] = {
    Act.OIA: {
        "eligibility": "section 12(1)",
        "urgency": "section 12(3)",
        "preferences": "section 16",
        "grounds": "section 19(a)(ii)",
        "duty_to_assist": "section 13",
        "collation": "section 18(f)",
        "alternatives": "section 18A",
        "consult": "section 18B",
        "public_interest": "section 9(1)",
    },
    Act.LGOIMA: {
        "eligibility": None,
        "urgency": "section 10(3)",
        "preferences": "section 15",
        "grounds": "section 18(a)(ii)",
        "duty_to_assist": "section 11",
        "collation": "section 17(f)",
        "alternatives": "section 17A",
        "consult": "section 17B",
        "public_interest": "section 7(1)",
    },
    Act.PRIVACY: dict.fromkeys(
        (
            "eligibility",
            "urgency",
            "preferences",
            "grounds",
            "duty_to_assist",
            "collation",
            "alternatives",
            "consult",
            "public_interest",
        )
    ),
}


@cache
def letter_law(act: Act) -> LetterLaw:
    """The provisions a letter under ``act`` cites."""
    rules = act.rules
    response = rules.limit(Limit.RESPONSE)
    clarify = rules.limits.get(Limit.CLARIFICATION)
    return LetterLaw(
        act=rules.statute.title,
        short=rules.statute.short_title,
        request_title=_REQUEST_TITLES[act],
        response_days=response.working_days,
        clarify_days=clarify.working_days if clarify else None,
        response=_section(response.citation) or rules.statute.title,
        amended=_section(rules.amended_requests),
        extension=_section(rules.extension) or rules.statute.title,
        deemed_refusal=_section(rules.deemed_refusal),
        undue_delay=_section(rules.undue_delay),
        complaint=_section(rules.complaint_right),
        complaint_body=rules.complaint_body,
        **_LETTER_ONLY[act],
    )
