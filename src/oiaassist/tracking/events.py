"""A request as the dated events that happened to it (pydantic v2, versioned JSON).

A :class:`Request` is what a requester knows: who they asked, under which Act,
what they asked for, and what happened when. Everything oiaassist concludes
(deadlines, status, findings) is *derived* from this in :mod:`.assess`, never
stored, so a corrected date corrects every conclusion.

JSON: ``Request.model_validate_json(text)`` / ``request.model_dump_json()``;
the schema is :func:`request_json_schema`. ``schema_version`` is bumped on any
incompatible change.
"""

from __future__ import annotations

import json
import re
from datetime import date, datetime
from decimal import Decimal
from enum import StrEnum
from typing import Annotated, Any, Literal

from pydantic import (
    BaseModel,
    BeforeValidator,
    ConfigDict,
    Field,
    SerializerFunctionWrapHandler,
    Strict,
    field_validator,
    model_serializer,
    model_validator,
)

from oiaassist.agencies.directory import get as get_agency
from oiaassist.agencies.directory import id_named
from oiaassist.law.acts import Act
from oiaassist.tracking.fields import ActField, OptionalActField, RegionField, text_items

SCHEMA_VERSION: Literal[1] = 1

Text = Annotated[str, Field(max_length=100_000)]
ShortText = Annotated[str, Field(max_length=500)]


_ISO_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")


def _strict_day(value: Any) -> Any:
    """A date, or text ``YYYY-MM-DD``: never a number (pydantic reads 1726185600 as a date)."""
    if value is None or (isinstance(value, date) and not isinstance(value, datetime)):
        return value
    if isinstance(value, str) and _ISO_DAY.fullmatch(value.strip()):
        return value
    raise ValueError(f"{_shown(value)} is not a date; write it as YYYY-MM-DD")


def _shown(value: Any) -> str:
    """A value as the request file wrote it (JSON ``true``, not Python's ``True``), shortened."""
    try:
        text = json.dumps(value, ensure_ascii=False, default=str)
    except ValueError:  # an integer too long to print
        text = "a number that long"
    return text if len(text) <= 60 else text[:59] + "…"


# A request file is parsed strictly: pydantic's lax mode would read ``true`` as
# 1 working day, ``"45"`` as 45 and a Unix timestamp as a date, so a wrong value
# would silently become a different request. Dates may be text (JSON has no dates).
Day = Annotated[date, BeforeValidator(_strict_day)]
Flag = Annotated[bool, Strict()]
WholeNumber = Annotated[int, Strict()]


class _Model(BaseModel):
    model_config = ConfigDict(
        extra="forbid", str_strip_whitespace=True, frozen=True, use_enum_values=False
    )


class RequestItem(_Model):
    """One numbered item of a request: what documents, for which period."""

    text: Annotated[str, Field(min_length=1, max_length=100_000)]
    date_from: Day | None = None
    date_to: Day | None = None
    document_types: list[ShortText] = Field(default_factory=list)

    @model_validator(mode="after")
    def _range_in_order(self) -> RequestItem:
        if self.date_from and self.date_to and self.date_to < self.date_from:
            raise ValueError(
                f"date_to {self.date_to.isoformat()} is before date_from "
                f"{self.date_from.isoformat()}"
            )
        return self


class EventType(StrEnum):
    """What happened."""

    RECEIVED = "received"
    ACKNOWLEDGED = "acknowledged"
    CLARIFICATION_SOUGHT = "clarification_sought"
    CLARIFIED = "clarified"
    REFINEMENT_DECLINED = "refinement_declined"
    TRANSFERRED = "transferred"
    EXTENSION_NOTIFIED = "extension_notified"
    CHARGE_NOTIFIED = "charge_notified"
    DECISION_NOTIFIED = "decision_notified"
    INFORMATION_RELEASED = "information_released"
    COMPLAINT_MADE = "complaint_made"


class _Event(_Model):
    date: Day
    note: Text = ""


class Received(_Event):
    """The agency received the request: day 0 of every clock."""

    type: Literal[EventType.RECEIVED] = EventType.RECEIVED


class Acknowledged(_Event):
    """The agency acknowledged the request, perhaps stating a due date."""

    type: Literal[EventType.ACKNOWLEDGED] = EventType.ACKNOWLEDGED
    stated_due: Day | None = None
    reference: ShortText = ""


class ClarificationSought(_Event):
    """The agency asked the requester to clarify or refine (amend) the request.

    Attributes:
        proposal: the agency's words: what it asked or proposed.
        refinement: True when it proposed narrowing the request, False for a
            plain question about meaning. Both count for s 15(1AA)-(1AB).
    """

    type: Literal[EventType.CLARIFICATION_SOUGHT] = EventType.CLARIFICATION_SOUGHT
    proposal: Text = ""
    refinement: Flag = True


class Clarified(_Event):
    """The requester clarified or amended the request.

    Attributes:
        own_initiative: True for an amendment the agency did not ask for
            (s 15(1AA) then applies without the 7-working-day condition).
        treated_as_new: whether the agency said it treats the clarified request
            as a new one (restarting the clock); None when it has not said.
        text: what the requester said.
    """

    type: Literal[EventType.CLARIFIED] = EventType.CLARIFIED
    own_initiative: Flag = False
    treated_as_new: Flag | None = None
    text: Text = ""


class RefinementDeclined(_Event):
    """The requester declined the agency's refinement: the original request stands."""

    type: Literal[EventType.REFINEMENT_DECLINED] = EventType.REFINEMENT_DECLINED


class Transferred(_Event):
    """The agency transferred the request (date = when it did so).

    Attributes:
        to_agency: who it went to.
        received_by_new_agency: when that agency received it (defaults to ``date``).
        act: the Act the new agency answers under (an OIA request sent to a
            council becomes an LGOIMA request and vice versa).
        region: the new agency's region, for LGOIMA anniversary days.
        partial: only part of the request was transferred; the rest stays here.
        dated_by_letter: ``date`` is the day of the letter that told of the transfer,
            which does not give the transfer's own day: it was made on or before it, so
            a letter after the s 14 limit shows no late transfer on its own.
    """

    type: Literal[EventType.TRANSFERRED] = EventType.TRANSFERRED
    to_agency: Annotated[str, Field(min_length=1, max_length=300)]
    received_by_new_agency: Day | None = None
    act: OptionalActField = None
    region: RegionField = None
    partial: Flag = False
    dated_by_letter: Flag = False

    @model_validator(mode="after")
    def _received_after_sent(self) -> Transferred:
        got = self.received_by_new_agency
        if got is not None and got < self.date:
            raise ValueError(
                f"received_by_new_agency {got.isoformat()} is before the transfer "
                f"({self.date.isoformat()})"
            )
        return self


class ExtensionGround(StrEnum):
    """Grounds for extending (OIA s 15A(1), LGOIMA s 14(1), Privacy Act s 48(1))."""

    LARGE_QUANTITY = "large_quantity"
    CONSULTATIONS = "consultations"
    COMPLEXITY = "complexity"  # Privacy Act 2020 only


class ExtensionNotified(_Event):
    """The agency notified an extension (date = when notice was given or posted).

    Give the period as the date it extends to, a number of working days, or
    both as the notice states them. ``stated_reasons`` and
    ``stated_right_to_complain`` record what the notice said (s 15A(4)); None
    means not recorded. With no period given, ``stated_period`` says why:
    False, the notice states none (s 15A(4)(a): it cannot extend anything);
    None, the period is not recorded (the requester has not got it to hand), so
    lateness after the original limit cannot be told rather than asserted.
    ``limit`` is the limit the notice extends: s 15A(1)
    extends "the time limit set out in section 14 or section 15(1)", so a notice
    may extend the 10-working-day transfer limit instead (law.md §12.7).
    """

    type: Literal[EventType.EXTENSION_NOTIFIED] = EventType.EXTENSION_NOTIFIED
    limit: Literal["response", "transfer"] = "response"
    extended_to: Day | None = None
    working_days: Annotated[WholeNumber, Field(ge=1, le=1000)] | None = None
    stated_period: Flag | None = None
    grounds: list[ExtensionGround] = Field(default_factory=list)
    stated_reasons: Flag | None = None
    stated_right_to_complain: Flag | None = None

    @property
    def period_unrecorded(self) -> bool:
        """No period given, and not recorded as missing from the notice."""
        return (
            self.extended_to is None
            and self.working_days is None
            and self.stated_period is not False
        )


class ChargeNotified(_Event):
    """The agency told the requester it will charge (OIA s 15(1A))."""

    type: Literal[EventType.CHARGE_NOTIFIED] = EventType.CHARGE_NOTIFIED
    amount: Annotated[Decimal, Field(ge=0, max_digits=12, decimal_places=2)]


class Outcome(StrEnum):
    """What the agency decided."""

    GRANTED = "granted"
    PARTLY_GRANTED = "partly_granted"
    REFUSED = "refused"
    NOT_HELD = "not_held"
    WITHDRAWN = "withdrawn"


class DecisionNotified(_Event):
    """The agency notified its decision (OIA s 15(1)(b)).

    Attributes:
        outcome: granted, partly granted, refused, not held, or withdrawn by
            the requester.
        sections: the withholding or refusal grounds cited, e.g. "9(2)(a)", "18(f)".
        charge: a charge included in the decision, if any.
    """

    type: Literal[EventType.DECISION_NOTIFIED] = EventType.DECISION_NOTIFIED
    outcome: Outcome
    sections: list[ShortText] = Field(default_factory=list)
    charge: Annotated[Decimal, Field(ge=0, max_digits=12, decimal_places=2)] | None = None


class InformationReleased(_Event):
    """The information was made available."""

    type: Literal[EventType.INFORMATION_RELEASED] = EventType.INFORMATION_RELEASED
    partial: Flag = False


class ComplaintBody(StrEnum):
    """Who a complaint went to."""

    OMBUDSMAN = "ombudsman"
    PRIVACY_COMMISSIONER = "privacy_commissioner"


class ComplaintMade(_Event):
    """The requester complained about delay, an extension, a refusal or a charge."""

    type: Literal[EventType.COMPLAINT_MADE] = EventType.COMPLAINT_MADE
    to: ComplaintBody = ComplaintBody.OMBUDSMAN
    reference: ShortText = ""


Event = Annotated[
    Received
    | Acknowledged
    | ClarificationSought
    | Clarified
    | RefinementDeclined
    | Transferred
    | ExtensionNotified
    | ChargeNotified
    | DecisionNotified
    | InformationReleased
    | ComplaintMade,
    Field(discriminator="type"),
]

_CLOSING = (EventType.DECISION_NOTIFIED,)


class Request(_Model):
    """One information request and what happened to it.

    Attributes:
        schema_version: the JSON format version (currently 1).
        agency: who the request went to.
        agency_id: its id in :mod:`oiaassist.agencies`, if it is there; it fills
            ``agency``, ``act`` and ``region`` when they are not given. An
            ``act`` that contradicts it is an error; a ``region`` given wins.
        act: the Act it was made under (an agency's Act; default OIA).
        region: for LGOIMA, the local authority's region (anniversary day).
        subject: a short title, e.g. "Cluster munitions obligations".
        items: the numbered items asked for (plain strings are accepted).
        format_preferences: the requester's s 16 preferences.
        urgency_reasons: reasons given for urgency (s 12(3)); empty if none.
        grounds_requested: whether the requester asked, should anything be
            withheld, for the grounds in support (s 19(a)(ii)).
        reference: the agency's reference number.
        events: what happened, in date order, starting with ``received``. No
            events at all is a draft: written, not yet sent, so no clock runs.
    """

    schema_version: Literal[1] = SCHEMA_VERSION
    agency: Annotated[str, Field(min_length=1, max_length=300)]
    agency_id: Annotated[str, Field(min_length=1, max_length=100)] | None = None
    act: ActField = Act.OIA
    region: RegionField = None
    subject: ShortText = ""
    items: list[RequestItem] = Field(default_factory=list)
    format_preferences: list[Text] = Field(default_factory=list)
    urgency_reasons: Text = ""
    grounds_requested: Flag = False
    reference: ShortText = ""
    events: list[Event] = Field(default_factory=list)

    @model_validator(mode="before")
    @classmethod
    def _from_directory(cls, data: Any) -> Any:
        if not isinstance(data, dict):
            return data
        if not data.get("agency_id"):
            # A name the directory knows exactly, with no region given and no
            # Act or the directory's own, links itself: a council is then counted
            # on its own calendar (with its anniversary day, LGOIMA s 2(1)(b))
            # instead of the OIA's or LGOIMA's without one (issue 12).
            name = data.get("agency")
            unset = data.get("region") in (None, "") and isinstance(name, str)
            found = id_named(name) if unset else None
            linked = get_agency(found) if found is not None else None
            given = data.get("act")
            if linked is None or (given not in (None, "") and _act_of(given) is not linked.act):
                return data
            data = {**data, "agency_id": found}
        missing = [k for k in ("agency", "act", "region") if k not in data or data[k] == ""]
        agency = get_agency(str(data["agency_id"]).strip())
        if agency is None:
            if missing:  # an id the directory no longer has is fine if nothing depends on it
                raise ValueError(
                    f"agency_id {data['agency_id']!r} is not in the agency directory; "
                    f"give {', '.join(missing)} instead"
                )
            return data
        given_act = data.get("act")
        if given_act not in (None, "") and Act.parse(given_act) is not agency.act:
            raise ValueError(
                f"act {given_act!r} does not fit {agency.name}, which answers under the "
                f"{agency.act.statute.title}"
            )
        filled = {"agency": agency.name, "act": agency.act, "region": agency.calendar_region}
        return {**data, **{k: filled[k] for k in missing}}

    @model_serializer(mode="wrap")
    def _omit_empty_agency_id(self, handler: SerializerFunctionWrapHandler) -> Any:
        # Files without an agency_id stay byte-for-byte what they were (schema_version 1).
        data = handler(self)
        if isinstance(data, dict) and data.get("agency_id", "") is None:
            del data["agency_id"]
        return data

    @field_validator("items", mode="before")
    @classmethod
    def _items(cls, value: Any) -> Any:
        return text_items(value)

    @model_validator(mode="after")
    def _events_tell_a_story(self) -> Request:
        if not self.events:
            return self  # a draft: nothing has happened yet
        receipts = [i for i, e in enumerate(self.events) if e.type is EventType.RECEIVED]
        if not receipts:
            raise ValueError("events: there is no 'received' event; every request starts with one")
        if len(receipts) > 1:
            dates = " and ".join(self.events[i].date.isoformat() for i in receipts)
            raise ValueError(
                f"events: two 'received' events ({dates}); a request is received once "
                "(record a transfer or a clarification instead)"
            )
        received = self.events[receipts[0]].date
        for i, event in enumerate(self.events):
            if event.date < received:
                what = "a decision" if event.type in _CLOSING else f"'{event.type.value}'"
                raise ValueError(
                    f"events[{i}]: {what} dated {event.date.isoformat()} is before the request "
                    f"was received ({received.isoformat()})"
                )
            if i and event.date < self.events[i - 1].date:
                before = self.events[i - 1]
                raise ValueError(
                    f"events[{i}] ('{event.type.value}', {event.date.isoformat()}) is dated "
                    f"before events[{i - 1}] ('{before.type.value}', {before.date.isoformat()}); "
                    "list events in date order"
                )
        return self

    @property
    def is_draft(self) -> bool:
        """Whether the request is not sent yet (no events): it has no deadline."""
        return not self.events

    @property
    def received(self) -> date | None:
        """The day the agency received the request (None for a draft)."""
        return next((e.date for e in self.events if e.type is EventType.RECEIVED), None)


def request_json_schema() -> dict[str, Any]:
    """The JSON Schema of a request file (for editors and other tools)."""
    schema = Request.model_json_schema()
    schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    schema["$id"] = f"https://oiaassist.nz/schema/request-v{SCHEMA_VERSION}.json"
    return schema


def _act_of(value: object) -> Act | None:
    """The Act ``value`` names, or None if it names none (the field validator reports it)."""
    try:
        return value if isinstance(value, Act) else Act.parse(str(value))
    except ValueError:
        return None
