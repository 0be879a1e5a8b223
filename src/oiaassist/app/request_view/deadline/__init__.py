"""The Deadline tab: the month grid and how the deadline was counted."""
