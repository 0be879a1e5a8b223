"""What letters about a request already made share: the tracked request and its clock.

A reply, a reminder, a grounds request or a complaint is written about a
:class:`~oiaassist.tracking.events.Request` (the events the user recorded),
assessed by :func:`~oiaassist.tracking.assess` on the letter's date. Nothing
here is stored: change an event's date and every letter follows. Assessing
takes tens of microseconds, so computed fields simply assess again rather
than cache (a cache would go stale under ``model_copy``).
"""

from __future__ import annotations

from datetime import date

from pydantic import BaseModel, ConfigDict, computed_field, model_validator

from oiaassist.drafting.models import Letter, Line, Text
from oiaassist.drafting.provisions import LetterLaw, letter_law
from oiaassist.tracking.assess import Assessment, assess
from oiaassist.tracking.clock import StepKind
from oiaassist.tracking.events import (
    DecisionNotified,
    Event,
    EventType,
    ExtensionNotified,
    Outcome,
    Request,
)


class DeadlineFacts(BaseModel):
    """The request's clock on the letter's date, for a template to state.

    Attributes:
        original: the first limit, 20 working days after receipt.
        effective: the limit that applies now (the latest possible one, if in doubt).
        basis: how the effective limit was reached: "original", "restarted",
            "transferred" or "extended".
        basis_start: day 0 of that last step (receipt, clarification, transfer,
            or for an extension the limit it extended).
        extended_on: when the extension that set the limit was notified.
        extension_days: the working days it added.
        status: the assessment's status ("overdue", "decided_late"…).
        decided_on: when the decision was notified, if it was.
        late_by: working days late (overdue, or decided late); else None.
    """

    model_config = ConfigDict(frozen=True)

    original: date
    effective: date
    basis: str
    basis_start: date
    extended_on: date | None
    extension_days: int | None
    status: str
    decided_on: date | None
    late_by: int | None


class DecisionFacts(BaseModel):
    """The agency's decision as recorded.

    Attributes:
        day: when it was notified.
        outcome: "granted", "partly_granted", "refused", "not_held" or "withdrawn".
        sections: the grounds cited, e.g. "9(2)(a)", "18(f)".
        charge: a charge in the decision, as "1,234.00", if any.
    """

    model_config = ConfigDict(frozen=True)

    day: date
    outcome: str
    sections: list[str]
    charge: str | None


class TrackedLetter(Letter):
    """A letter about a tracked request, to the agency that now holds it.

    Attributes:
        request: the request and its events (as ``oiaassist check`` reads them).
        agency_email: the agency's address (for email and .eml).
        agency_address: a postal address, lines separated by newlines.
    """

    request: Request
    agency_email: Line = ""
    agency_address: Text = ""

    @model_validator(mode="after")
    def _dated_after_receipt(self) -> TrackedLetter:
        if self.request.received is None:
            raise ValueError(
                "request: it has not been sent (no events); record when the agency received it"
            )
        outside = self.assessment().outside_note
        if outside:
            raise ValueError(
                f"request: its letters cite the Act's sections, which do not bind the body "
                f"holding it: {outside}"
            )
        if self.dated < self.request.received:
            raise ValueError(
                f"dated {self.dated.isoformat()} is before the request was received "
                f"({self.request.received.isoformat()})"
            )
        return self

    def assessment(self) -> Assessment:
        """The request as it stands on the letter's date."""
        return assess(self.request, today=self.dated)

    def events_until_dated(self) -> list[Event]:
        """The events on or before the letter's date (later ones have not happened yet)."""
        return [e for e in self.request.events if e.date <= self.dated]

    def decision_event(self) -> DecisionNotified | None:
        """The latest decision notified on or before the letter's date."""
        decisions = [e for e in self.events_until_dated() if isinstance(e, DecisionNotified)]
        return decisions[-1] if decisions else None

    @computed_field  # type: ignore[prop-decorator]
    @property
    def law(self) -> LetterLaw:
        """The sections to cite, for the Act the request is under now."""
        return letter_law(self.assessment().act)

    @computed_field  # type: ignore[prop-decorator]
    @property
    def recipient(self) -> str:
        """The agency that holds the request now (it changes on a transfer)."""
        return self.assessment().agency

    @computed_field  # type: ignore[prop-decorator]
    @property
    def recipient_address(self) -> str:
        """The agency's postal address."""
        return self.agency_address

    @computed_field  # type: ignore[prop-decorator]
    @property
    def recipient_email(self) -> str:
        """Where an email of the letter goes."""
        return self.agency_email

    @computed_field  # type: ignore[prop-decorator]
    @property
    def reference(self) -> str:
        """The agency's reference for the request."""
        return self.request.reference

    @computed_field  # type: ignore[prop-decorator]
    @property
    def subject(self) -> str:
        """The request's short title ("" if none was recorded)."""
        return self.request.subject

    @computed_field  # type: ignore[prop-decorator]
    @property
    def received(self) -> date:
        """When the agency received the request."""
        received = self.request.received
        assert received is not None  # the validator refuses a draft
        return received


def deadline_facts(letter: TrackedLetter) -> DeadlineFacts:
    """The clock of ``letter``'s request on its date, as :class:`DeadlineFacts`."""
    found = letter.assessment()
    last = found.steps[-1]
    assert found.original_deadline is not None  # a tracked letter is never a draft
    assert found.effective_deadline is not None
    extensions = [e for e in letter.events_until_dated() if isinstance(e, ExtensionNotified)]
    extended = last.kind is StepKind.EXTENDED and bool(extensions)
    return DeadlineFacts(
        original=found.original_deadline,
        # A letter never asserts a date that rests on an unconfirmed fact: where the
        # deadline is in doubt it states the latest possible one (issue 12).
        effective=found.latest_deadline,
        basis=str(last.kind),
        basis_start=last.start,
        extended_on=extensions[-1].date if extended else None,
        extension_days=last.working_days if extended else None,
        status=str(found.status),
        decided_on=found.decided_on,
        late_by=found.working_days_late,
    )


def decision_facts(event: DecisionNotified | None) -> DecisionFacts | None:
    """The decision as template data, or None."""
    if event is None:
        return None
    return DecisionFacts(
        day=event.date,
        outcome=str(event.outcome),
        sections=list(event.sections),
        charge=f"{event.charge:,.2f}" if event.charge is not None else None,
    )


REFUSALS = frozenset({Outcome.REFUSED, Outcome.PARTLY_GRANTED})
"""Outcomes that refuse or withhold something (reasons due: OIA s 19)."""
REPLIES = frozenset({EventType.CLARIFIED, EventType.REFINEMENT_DECLINED})
"""A requester's answers to a clarification or refinement request."""
