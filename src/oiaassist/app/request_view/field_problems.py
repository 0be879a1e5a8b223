"""A request that does not validate, described as a person would: which field, what is wrong.

The library's validation errors name JSON paths ("events[3].working_days");
the app says "Event 4 (Extension notified), By (working days): …" and keeps
the path so the form can point at the field.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from pydantic import ValidationError

from oiaassist.app.request_view.timeline.event_words import event_label, field_label
from oiaassist.i18n import _

Path = tuple[str | int, ...]


@dataclass(frozen=True, slots=True)
class FieldProblem:
    """What is wrong, and where.

    Attributes:
        path: the JSON path, e.g. ("events", 3, "working_days"); () for the whole request.
        text: the message to show, naming the field.
    """

    path: Path
    text: str


def _top_label(name: str) -> str:
    labels = {
        "agency": _("Agency"),
        "act": _("Act"),
        "region": _("Region"),
        "subject": _("Subject"),
        "items": _("Items"),
        "format_preferences": _("Format"),
        "urgency_reasons": _("Urgency reasons"),
        "reference": _("Their reference"),
        "events": _("Timeline"),
    }
    return labels.get(name, name)


def where(path: Sequence[str | int], data: Mapping[str, Any]) -> str:
    """The field a path points at, in words."""
    if not path:
        return ""
    head = str(path[0])
    if head == "events" and len(path) > 1 and isinstance(path[1], int):
        number = path[1]
        events = data.get("events") or []
        kind = events[number].get("type", "") if number < len(events) else ""
        text = _("Event {n} ({kind})").format(n=number + 1, kind=event_label(str(kind)))
        rest = [p for p in path[2:] if isinstance(p, str) and p != kind]
        return f"{text}, {field_label(rest[-1])}" if rest else text
    if head == "items" and len(path) > 1 and isinstance(path[1], int):
        return _("Item {n}").format(n=path[1] + 1)
    return _top_label(head)


def _message(error: Mapping[str, Any]) -> str:
    if error.get("type") == "string_too_short" and error.get("ctx", {}).get("min_length") == 1:
        return _("is required")
    if error.get("type") == "too_short" and error.get("loc") == ("events",):
        return _("add the day the agency received the request")
    message = str(error.get("msg", ""))
    return message.removeprefix("Value error, ")


def describe(exc: ValidationError, data: Mapping[str, Any]) -> FieldProblem:
    """The first problem of ``exc`` as a :class:`FieldProblem`."""
    first = exc.errors(include_url=False)[0]
    path: Path = tuple(first["loc"])
    label = where(path, data)
    message = _message(first)
    return FieldProblem(path, f"{label}: {message}" if label else message)
