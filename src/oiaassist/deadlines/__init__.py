"""Working-day arithmetic and explained statutory deadlines."""

from oiaassist.deadlines.calendar import NonWorkingDay, SkippedDay, WorkingDayCalendar, calendar_for
from oiaassist.deadlines.deadlines import (
    Deadline,
    clarification_deadline,
    extend_deadline,
    response_deadline,
    transfer_deadline,
)

__all__ = [
    "Deadline",
    "NonWorkingDay",
    "SkippedDay",
    "WorkingDayCalendar",
    "calendar_for",
    "clarification_deadline",
    "extend_deadline",
    "response_deadline",
    "transfer_deadline",
]
