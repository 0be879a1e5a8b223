"""The three Acts and their statutory time limits, as data with citations.

Every number a deadline uses is here, next to the provision it comes from.
Sources: ``shared/law.md`` §1, §4, §5.2 and §6.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from enum import StrEnum
from types import MappingProxyType

from oiaassist.errors import InputError
from oiaassist.law.citations import Citation, Statute


class Act(StrEnum):
    """An Act under which information can be requested."""

    OIA = "oia"
    LGOIMA = "lgoima"
    PRIVACY = "privacy"

    @classmethod
    def parse(cls, value: Act | str, *, field: str = "act") -> Act:
        """Accept an ``Act`` or its value/name in any case ("oia", "OIA", "Privacy")."""
        if isinstance(value, Act):
            return value
        if isinstance(value, str):
            key = value.strip().lower()
            for act in cls:
                if key in (act.value, act.name.lower()):
                    return act
        choices = ", ".join(a.value for a in cls)
        raise InputError(field, value, f"is not an Act oiaassist knows; use one of: {choices}")

    @property
    def rules(self) -> ActRules:
        """The time limits and section map of this Act."""
        return ACT_RULES[self]

    @property
    def statute(self) -> Statute:
        """Its title data: ``Act.OIA.statute.title == "Official Information Act 1982"``."""
        return ACT_RULES[self].statute


class Limit(StrEnum):
    """The kinds of statutory time limit oiaassist computes."""

    RESPONSE = "response"
    TRANSFER = "transfer"
    CLARIFICATION = "clarification"


@dataclass(frozen=True, slots=True)
class TimeLimit:
    """One statutory period: how many working days, and where the law says so.

    Attributes:
        limit: which period this is.
        working_days: the number of working days after the day of receipt.
        citation: the provision that sets it.
        in_force_from: first day a request could be received under this rule.
        note: any doubt about the source, stated rather than hidden.
    """

    limit: Limit
    working_days: int
    citation: Citation
    in_force_from: date
    note: str = ""


@dataclass(frozen=True, slots=True)
class ActRules:
    """What one Act says about time, and where.

    Attributes:
        act: the Act.
        statute: its title data.
        commenced: first day requests could be made under it.
        limits: the periods oiaassist can compute for it.
        extension: the power to extend the time limits.
        extension_notice: the rule that notice must be given within the original limit.
        extension_notice_contents: what an extension notice must state.
        deemed_refusal: failure to decide in time counts as a refusal.
        undue_delay: undue delay in releasing counts as a refusal.
        amended_requests: an amended or clarified request may be treated as new.
        reasons: the duty to give reasons for a refusal, and grounds on request.
        complaint_right: the right to complain about a decision or extension.
        complaint_body: who reviews a delay or extension.
    """

    act: Act
    statute: Statute
    commenced: date
    limits: Mapping[Limit, TimeLimit]
    extension: Citation
    extension_notice: Citation
    extension_notice_contents: Citation
    deemed_refusal: Citation | None
    undue_delay: Citation
    amended_requests: Citation | None
    reasons: Citation
    complaint_right: Citation
    complaint_body: str

    def limit(self, which: Limit) -> TimeLimit:
        """The period ``which``, or a clear error if this Act has none."""
        try:
            return self.limits[which]
        except KeyError:
            raise InputError(
                "limit", which.value, f"is not a time limit in the {self.statute.title}"
            ) from None


def _limits(*limits: TimeLimit) -> Mapping[Limit, TimeLimit]:
    return MappingProxyType({tl.limit: tl for tl in limits})


OIA_COMMENCED = date(1983, 7, 1)  # OIA s1(2); law.md §2.2
OIA_LIMITS_IN_FORCE = date(1987, 4, 1)
"""The OIA as enacted had no time limits; the Official Information Amendment Act 1987
substituted ss 14 and 15 from 1 April 1987 (law.md §12.1; Law Commission R40 para 154)."""
OIA_TRANSITIONAL = Citation(Statute.OIA_AMENDMENT_1987, "ss 7(2), 8(2)")
"""Requests pending on 1 April 1987: transfer within 10 and decide within 20 working days
*after 1 April 1987* (law.md §12.1)."""
LGOIMA_COMMENCED = date(
    1988, 3, 1
)  # LGOIMA s1(2); in force 1 March 1988 (Papers Past, 16 Feb 1988)
PRIVACY_COMMENCED = date(2020, 12, 1)  # Privacy Act 2020 s2
AMENDED_REQUESTS_IN_FORCE = date(2015, 3, 26)  # OIA Amendment Act 2015; law.md §4.3

_OIA = Statute.OIA
_LG = Statute.LGOIMA
_PA = Statute.PRIVACY

ACT_RULES: Mapping[Act, ActRules] = MappingProxyType(
    {
        Act.OIA: ActRules(
            act=Act.OIA,
            statute=_OIA,
            commenced=OIA_COMMENCED,
            limits=_limits(
                TimeLimit(Limit.RESPONSE, 20, Citation(_OIA, "s 15(1)"), OIA_LIMITS_IN_FORCE),
                TimeLimit(Limit.TRANSFER, 10, Citation(_OIA, "s 14"), OIA_LIMITS_IN_FORCE),
                TimeLimit(
                    Limit.CLARIFICATION,
                    7,
                    Citation(_OIA, "s 15(1AB)"),
                    AMENDED_REQUESTS_IN_FORCE,
                    note=(
                        "Exact wording of s 15(1AB) unconfirmed; oiaassist treats a request for "
                        "clarification made on the 7th working day as in time (law.md §4.3)."
                    ),
                ),
            ),
            extension=Citation(_OIA, "s 15A(1)"),
            extension_notice=Citation(_OIA, "s 15A(3)"),
            extension_notice_contents=Citation(_OIA, "s 15A(4)"),
            deemed_refusal=Citation(_OIA, "s 28(4)"),
            undue_delay=Citation(_OIA, "s 28(5)"),
            amended_requests=Citation(_OIA, "s 15(1AA)"),
            reasons=Citation(_OIA, "s 19(a)"),
            complaint_right=Citation(_OIA, "s 28(3)"),
            complaint_body="an Ombudsman",
        ),
        Act.LGOIMA: ActRules(
            act=Act.LGOIMA,
            statute=_LG,
            commenced=LGOIMA_COMMENCED,
            limits=_limits(
                TimeLimit(Limit.RESPONSE, 20, Citation(_LG, "s 13(1)"), LGOIMA_COMMENCED),
                TimeLimit(Limit.TRANSFER, 10, Citation(_LG, "s 12"), LGOIMA_COMMENCED),
                TimeLimit(
                    Limit.CLARIFICATION,
                    7,
                    Citation(_LG, "s 13(7)–(8)"),
                    AMENDED_REQUESTS_IN_FORCE,
                    note=(
                        "Inserted after s 13(6) by the LGOIMA Amendment Act 2015; the section "
                        "numbers are inferred (law.md §5.2)."
                    ),
                ),
            ),
            extension=Citation(_LG, "s 14(1)"),
            extension_notice=Citation(_LG, "s 14(3)"),
            extension_notice_contents=Citation(_LG, "s 14(4)"),
            deemed_refusal=Citation(_LG, "s 27(4)"),
            undue_delay=Citation(_LG, "s 27(5)"),
            amended_requests=Citation(_LG, "s 13(7)"),
            reasons=Citation(_LG, "s 18(a)"),
            complaint_right=Citation(_LG, "s 27(3)"),
            complaint_body="an Ombudsman",
        ),
        Act.PRIVACY: ActRules(
            act=Act.PRIVACY,
            statute=_PA,
            commenced=PRIVACY_COMMENCED,
            limits=_limits(
                TimeLimit(Limit.RESPONSE, 20, Citation(_PA, "s 44"), PRIVACY_COMMENCED),
                TimeLimit(
                    Limit.TRANSFER,
                    10,
                    Citation(_PA, "s 43"),
                    PRIVACY_COMMENCED,
                    note="Section number and wording unconfirmed (law.md §6).",
                ),
            ),
            extension=Citation(_PA, "s 48"),
            extension_notice=Citation(_PA, "s 48"),
            extension_notice_contents=Citation(_PA, "s 48"),
            deemed_refusal=None,
            undue_delay=Citation(_PA),  # no section confirmed (law.md §6)
            amended_requests=None,
            reasons=Citation(_PA),
            complaint_right=Citation(_PA),
            complaint_body="the Privacy Commissioner",
        ),
    }
)
