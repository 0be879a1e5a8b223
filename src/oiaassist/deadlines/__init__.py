"""Working-day arithmetic and explained statutory deadlines."""

from oiaassist.deadlines.calendar import NonWorkingDay, SkippedDay, WorkingDayCalendar, calendar_for
from oiaassist.deadlines.deadlines import (
    Alternative,
    Deadline,
    clarification_deadline,
    extend_deadline,
    pending_on_1987,
    response_deadline,
    transfer_deadline,
)

__all__ = [
    "Alternative",
    "Deadline",
    "NonWorkingDay",
    "SkippedDay",
    "WorkingDayCalendar",
    "calendar_for",
    "clarification_deadline",
    "extend_deadline",
    "pending_on_1987",
    "response_deadline",
    "transfer_deadline",
]
