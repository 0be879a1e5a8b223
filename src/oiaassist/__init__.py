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
