"""Files for other programs: iCalendar (.ics) deadlines. Qt-free.

JSON export and import of requests is :mod:`oiaassist.tracking.io`
(the tracking schema), so the CLI and the app read each other's files.
"""

from oiaassist.export.ics import deadlines_ics

__all__ = ["deadlines_ics"]
