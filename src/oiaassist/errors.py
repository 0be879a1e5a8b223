"""The exceptions oiaassist raises.

One root (:class:`OiaAssistError`) so callers can catch everything the library
raises on purpose; the CLI and app catch it at the edge and show its message.
Each message names the field and the value that was wrong, because that is
what a user needs to fix it.
"""

from __future__ import annotations

__all__ = [
    "HolidayDataError",
    "InputError",
    "LetterError",
    "NotInForceError",
    "OiaAssistError",
    "OutOfCoverageError",
    "RequestFileError",
    "TemplateError",
    "UsageError",
]


class OiaAssistError(Exception):
    """Root of every error oiaassist raises deliberately."""


class InputError(OiaAssistError, ValueError):
    """A value given to the library is not acceptable (wrong Act, region, count...)."""

    def __init__(self, field: str, value: object, problem: str) -> None:
        self.field = field
        self.value = value
        self.problem = problem
        super().__init__(f"{field}: {value!r} {problem}")


class OutOfCoverageError(OiaAssistError, ValueError):
    """A computation reached a day that the law or the holiday data does not cover.

    Raised rather than guessing: e.g. a deadline reaching 2053, for which no
    Matariki date has been legislated, or a day before an Act commenced.
    """

    def __init__(self, year: int, reason: str) -> None:
        self.year = year
        self.reason = reason
        super().__init__(f"{year} is outside what oiaassist covers: {reason}")


class NotInForceError(OiaAssistError, ValueError):
    """A rule was asked for on a date when that provision was not yet law."""


class HolidayDataError(OiaAssistError):
    """python-holidays returned something the adapter does not recognise.

    Failing loudly here means an upstream rename or new holiday breaks CI
    instead of silently moving somebody's deadline.
    """


class RequestFileError(OiaAssistError, ValueError):
    """A request file (JSON or CSV) could not be read; the message names file and place."""


class UsageError(OiaAssistError, ValueError):
    """A command was called without what it needs (the CLI shows this as a usage error)."""


class TemplateError(OiaAssistError):
    """A letter template could not be found, parsed or rendered.

    Templates may come from a user's own folder, so the message names the
    template file and what went wrong in it (an unknown variable, a syntax
    error, or something the sandbox refused).
    """

    def __init__(self, template: str, problem: str) -> None:
        self.template = template
        self.problem = problem
        super().__init__(f"template {template}: {problem}")


class LetterError(OiaAssistError, ValueError):
    """An agency's letter could not be read (missing, empty, binary, or an unreadable format)."""
