"""The statutes as data: Acts, time limits, working-day definitions, holidays."""

from oiaassist.law.acts import ACT_RULES, Act, ActRules, Limit, TimeLimit
from oiaassist.law.citations import Citation, Statute
from oiaassist.law.regions import REGIONS, Region, parse_region
from oiaassist.law.working_days import COVERAGE_END, Reason, ReasonCode, definition_for

__all__ = [
    "ACT_RULES",
    "COVERAGE_END",
    "REGIONS",
    "Act",
    "ActRules",
    "Citation",
    "Limit",
    "Reason",
    "ReasonCode",
    "Region",
    "Statute",
    "TimeLimit",
    "definition_for",
    "parse_region",
]
