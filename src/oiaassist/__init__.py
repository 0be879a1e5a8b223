"""oiaassist: New Zealand Official Information Act deadlines, tracking and letters.

The stable public API is re-exported here::

    from datetime import date
    from oiaassist import response_deadline, extend_deadline
    d = response_deadline(date(2024, 9, 13))       # OIA by default -> d.due == 2024-10-11
    extend_deadline(d, working_days=45).due        # 2024-12-16
    response_deadline(date(2022, 11, 21), agency="westland-district-council").due  # 2023-01-11

Importing this package never imports Qt, and stays light: holiday data is
loaded on the first calculation, not at import.
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # the names below load on first use (see __getattr__)
    from oiaassist.agencies import Agency
    from oiaassist.deadlines import (
        Deadline,
        NonWorkingDay,
        SkippedDay,
        WorkingDayCalendar,
        calendar_for,
        clarification_deadline,
        extend_deadline,
        response_deadline,
        transfer_deadline,
    )
    from oiaassist.errors import (
        HolidayDataError,
        InputError,
        NotInForceError,
        OiaAssistError,
        OutOfCoverageError,
    )
    from oiaassist.law import Act, Citation, Limit, Reason, ReasonCode

# Where each public name lives. Importing a submodule (the CLI, the app) runs
# this file first, so eager re-exports would load the law, the calendar and
# the agency directory before anything needs them (about 40 ms of the app's
# cold start); PEP 562 lets them load on first access instead.
_EXPORTS = {
    "Agency": "oiaassist.agencies",
    **dict.fromkeys(
        (
            "Deadline",
            "NonWorkingDay",
            "SkippedDay",
            "WorkingDayCalendar",
            "calendar_for",
            "clarification_deadline",
            "extend_deadline",
            "response_deadline",
            "transfer_deadline",
        ),
        "oiaassist.deadlines",
    ),
    **dict.fromkeys(
        (
            "HolidayDataError",
            "InputError",
            "NotInForceError",
            "OiaAssistError",
            "OutOfCoverageError",
        ),
        "oiaassist.errors",
    ),
    **dict.fromkeys(("Act", "Citation", "Limit", "Reason", "ReasonCode"), "oiaassist.law"),
}


def __getattr__(name: str) -> Any:
    """Load a public name from its module the first time it is used (PEP 562)."""
    module = _EXPORTS.get(name)
    if module is None:
        raise AttributeError(f"module 'oiaassist' has no attribute {name!r}")
    value = getattr(import_module(module), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted([*globals(), *_EXPORTS])


__version__ = "0.1.0"  # the one version source: hatchling reads it for the package metadata

__all__ = [
    "Act",
    "Agency",
    "Citation",
    "Deadline",
    "HolidayDataError",
    "InputError",
    "Limit",
    "NonWorkingDay",
    "NotInForceError",
    "OiaAssistError",
    "OutOfCoverageError",
    "Reason",
    "ReasonCode",
    "SkippedDay",
    "WorkingDayCalendar",
    "__version__",
    "calendar_for",
    "clarification_deadline",
    "extend_deadline",
    "response_deadline",
    "transfer_deadline",
]
