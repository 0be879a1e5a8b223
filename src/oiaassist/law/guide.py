"""A short plain-language guide to asking for official information, for the app's Help.

Written from law.md (§1 summary table, §4 OIA, §5.2 the LGOIMA map, §6
Privacy Act, §12 audit notes); each section ends with the statute or the
Ombudsman's guidance it rests on. It explains; it never decides a case
(that is the tracker's job, with every fact stated).
"""

from __future__ import annotations

from dataclasses import dataclass

from oiaassist.i18n import _

OIA_URL = "https://www.legislation.govt.nz/act/public/1982/0156/latest/whole.html"
LGOIMA_URL = "https://www.legislation.govt.nz/act/public/1987/0174/latest/whole.html"
PRIVACY_URL = "https://www.legislation.govt.nz/act/public/2020/0031/latest/LMS131557.html"
OMBUDSMAN_URL = "https://www.ombudsman.parliament.nz/"
OMBUDSMAN_HOLIDAYS_URL = (
    "https://www.ombudsman.parliament.nz/news/official-information-requests-over-holiday-period"
)
OMBUDSMAN_MEDIA_URL = "https://www.ombudsman.parliament.nz/resources/requesting-official-information-brief-guide-media"
OMBUDSMAN_COLLATION_URL = (
    "https://www.ombudsman.parliament.nz/resources/"
    "substantial-collation-or-research-guide-section-18f-oia-and-section-17f-lgoima"
)


@dataclass(frozen=True, slots=True)
class GuideSection:
    """One heading, its plain words, and where the law says so."""

    title: str
    text: str
    sources: tuple[tuple[str, str], ...]
    """(label, address) pairs."""


def guide() -> tuple[GuideSection, ...]:
    """The guide, in the order a requester meets each step."""
    return (
        GuideSection(
            _("What a request is"),
            _(
                "You can ask a ministry, department or other central government agency for "
                "information it holds: that is a request under the Official Information Act 1982 "
                "(OIA), open to New Zealand citizens and permanent residents, anyone in New "
                "Zealand, and companies incorporated or with a place of business here (OIA "
                "s 12(1)). A council, or a body a council controls, "
                "answers under the Local Government Official Information and Meetings Act 1987 "
                "(LGOIMA), with the same rules and different section numbers. Information about "
                "yourself is asked for under the Privacy Act 2020 (information privacy principle "
                "6). Say what you want as clearly as you can; you do not have to say why. If you "
                "want it urgently, say so and give your reasons (OIA s 12(3), LGOIMA s 10(3))."
            ),
            (
                (_("Official Information Act 1982"), OIA_URL),
                (_("Local Government Official Information and Meetings Act 1987"), LGOIMA_URL),
                (_("The Ombudsman's brief guide to requesting information"), OMBUDSMAN_MEDIA_URL),
            ),
        ),
        GuideSection(
            _("The 20 working days"),
            _(
                "The agency must decide and tell you as soon as reasonably practicable, and no "
                "later than 20 working days after the day it receives your request (OIA s 15(1), "
                "LGOIMA s 13(1)). The day it receives it is day 0. Weekends and public holidays "
                "do not count, nor does the summer break: 25 December to 15 January under the "
                "OIA, 20 December to 10 January under LGOIMA, which also skips the council's "
                "provincial anniversary day. That is why oiaassist asks when the agency received "
                "your request: a draft has no deadline until you mark it as sent."
            ),
            (
                (_("OIA s 15 and s 2 (working day)"), OIA_URL),
                (_("The Ombudsman on requests over the holidays"), OMBUDSMAN_HOLIDAYS_URL),
            ),
        ),
        GuideSection(
            _("Extensions"),
            _(
                "The agency may extend the time limit for a reasonable period if you asked for a "
                "large amount of information, or it must consult others (OIA s 15A, LGOIMA s 14; "
                "under the Privacy Act s 48 also because the request is complex). It must tell "
                "you within the original 20 working days, saying how long, why, and that you may "
                "complain to an Ombudsman. An extension notified after that is not valid."
            ),
            ((_("OIA s 15A"), OIA_URL), (_("LGOIMA s 14"), LGOIMA_URL)),
        ),
        GuideSection(
            _("Transfers"),
            _(
                "If another agency holds the information, the agency must transfer your request "
                "promptly, and no later than 10 working days after it received it (OIA s 14, "
                "LGOIMA s 12), and tell you. The new agency's 20 working days start when it "
                "receives the transfer, counted on its own Act's calendar: a request moved from "
                "a ministry to a council is counted on LGOIMA working days."
            ),
            ((_("OIA s 14"), OIA_URL), (_("LGOIMA s 12"), LGOIMA_URL)),
        ),
        GuideSection(
            _("Clarifying or narrowing a request"),
            _(
                "The agency may ask you to clarify or narrow (refine) your request. If it asks "
                "within 7 working days of receiving it, and you amend the request, it may treat "
                "the amended request as a new one, and the 20 working days start again from "
                "your reply (OIA s 15(1AA)-(1AB)). If it asks later, your reply does not restart "
                "the clock. You may decline: the original request and its deadline stand. The "
                "Timeline tab shows both deadlines while a proposal waits for your reply."
            ),
            (
                (_("OIA s 15(1AA)"), OIA_URL),
                (_("The Ombudsman on substantial collation or research"), OMBUDSMAN_COLLATION_URL),
            ),
        ),
        GuideSection(
            _("When the answer is late"),
            _(
                "If the agency has not decided by the deadline (or a validly extended one), the "
                "law treats that as a refusal (OIA s 28(4), LGOIMA s 27(4)), and you may "
                "complain to an Ombudsman. A polite reminder first often works: oiaassist drafts "
                "one once the deadline has passed. Undue delay in releasing information after "
                "deciding to release it is also treated as a refusal (OIA s 28(5), LGOIMA "
                "s 27(5)). If something is withheld, you may ask for the grounds for the "
                "decision (OIA s 19(a)(ii), LGOIMA s 18(a)(ii))."
            ),
            ((_("OIA s 28 and s 19"), OIA_URL), (_("LGOIMA s 27 and s 18"), LGOIMA_URL)),
        ),
        GuideSection(
            _("The Ombudsman"),
            _(
                "Ombudsmen investigate complaints about OIA and LGOIMA requests: delays, "
                "extensions, refusals, charges, and the way information is released (OIA "
                "s 28(3), LGOIMA s 27(3)). Complaining is free. Requests under the Privacy Act "
                "go to the Privacy Commissioner instead. oiaassist drafts a complaint from the "
                "events you recorded; check it before you send it."
            ),
            ((_("Office of the Ombudsman"), OMBUDSMAN_URL), (_("Privacy Act 2020"), PRIVACY_URL)),
        ),
    )
