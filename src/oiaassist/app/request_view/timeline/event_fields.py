"""Which widget edits each field of each kind of event, and a new event's defaults.

Fields come from the tracking models themselves (``model_fields``), so a
field added there shows up here; :data:`FIELD_KINDS` says how to edit it, and
a test checks every field of every event has an entry.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from pydantic import BaseModel

from oiaassist.app.request_view.timeline.event_words import outcome_word
from oiaassist.app.widgets.qdates import parse_iso
from oiaassist.i18n import _, medium_date
from oiaassist.tracking import (
    Acknowledged,
    ChargeNotified,
    ClarificationSought,
    Clarified,
    ComplaintMade,
    DecisionNotified,
    ExtensionNotified,
    InformationReleased,
    Received,
    RefinementDeclined,
    Transferred,
)

MODELS: dict[str, type[BaseModel]] = {
    model.model_fields["type"].default.value: model
    for model in (
        Received, Acknowledged, ClarificationSought, Clarified, RefinementDeclined, Transferred,
        ExtensionNotified, ChargeNotified, DecisionNotified, InformationReleased, ComplaintMade,
    )
}  # fmt: skip
"""Event type value → its pydantic model."""

FIELD_KINDS: dict[str, str] = {
    "date": "date",
    "note": "text",
    "stated_due": "optional_date",
    "reference": "line",
    "proposal": "text",
    "refinement": "flag",
    "own_initiative": "flag",
    "treated_as_new": "tristate",
    "text": "text",
    "to_agency": "line",
    "received_by_new_agency": "optional_date",
    "act": "act",
    "region": "region",
    "partial": "flag",
    "dated_by_letter": "flag",
    "limit": "limit",
    "extended_to": "optional_date",
    "working_days": "days",
    "stated_period": "tristate",
    "grounds": "grounds",
    "stated_reasons": "tristate",
    "stated_right_to_complain": "tristate",
    "amount": "money",
    "outcome": "outcome",
    "sections": "sections",
    "charge": "optional_money",
    "to": "body",
}
"""Field name → how the event editor edits it."""

OUTCOMES = ("granted", "partly_granted", "refused", "not_held", "withdrawn")
BODIES = ("ombudsman", "privacy_commissioner")
LIMITS = ("response", "transfer")
GROUNDS = ("large_quantity", "consultations", "complexity")


def fields_of(kind: str) -> list[str]:
    """The editable fields of an event type, in form order (the note last)."""
    names = [n for n in MODELS[kind].model_fields if n not in ("type", "note")]
    return [*names, "note"]


def new_event(kind: str, on: date) -> dict[str, Any]:
    """A new event of type ``kind`` dated ``on``, with what it needs to be valid (or nearly)."""
    event: dict[str, Any] = {"type": kind, "date": on.isoformat(), "note": ""}
    defaults: dict[str, dict[str, Any]] = {
        "clarification_sought": {"proposal": "", "refinement": True},
        "transferred": {"to_agency": ""},
        "extension_notified": {"working_days": 20, "grounds": ["large_quantity"]},
        "charge_notified": {"amount": "0.00"},
        "decision_notified": {"outcome": "granted", "sections": []},
        "complaint_made": {"to": "ombudsman"},
    }
    event.update(defaults.get(kind, {}))
    return event


def _day(value: Any) -> str:
    """A stored ISO day as the app writes days ("1 May 2020"); anything else as it is."""
    day = parse_iso(value)
    return medium_date(day) if day is not None else str(value)


def describe(event: dict[str, Any]) -> str:
    """A one-line summary of an event's details, for the timeline table."""
    kind = event.get("type")
    parts: list[str] = []
    if kind == "extension_notified":
        if event.get("working_days"):
            parts.append(_("{n} working days").format(n=event["working_days"]))
        if event.get("extended_to"):
            parts.append(_("to {day}").format(day=_day(event["extended_to"])))
        if not parts:  # the tracker reads these two differently (s 15A(4)(a))
            stated_none = event.get("stated_period") is False
            parts.append(
                _("the notice states no period") if stated_none else _("period not recorded")
            )
    elif kind == "decision_notified":
        parts.append(outcome_word(str(event.get("outcome", ""))))
        if event.get("sections"):
            parts.append("s " + ", ".join(event["sections"]))
    elif kind == "transferred":
        parts.append(_("to {agency}").format(agency=event.get("to_agency") or "?"))
    elif kind == "clarification_sought":
        parts.append(" ".join(str(event.get("proposal", "")).split())[:80])
    elif kind == "acknowledged" and event.get("stated_due"):
        parts.append(_("said due {day}").format(day=_day(event["stated_due"])))
    elif kind == "charge_notified":
        parts.append(f"${event.get('amount', '')}")
    note = " ".join(str(event.get("note", "")).split())
    if note:
        parts.append(note[:80])
    return "; ".join(p for p in parts if p)
