"""A reply to an agency's request to clarify or refine (narrow) a request.

The reply accepts, declines, or counter-proposes (narrower dates, fewer
items, a sample first), quotes the agency's proposal, and says what each
choice does to the deadline, from the tracking what-if: an agency that asked
within 7 working days may treat an amended or clarified request as a new one
and restart the 20 working days (OIA s 15(1AA)-(1AB)); a declined refinement
leaves the original request, and its deadline, standing. It also reminds the
agency of its duty to assist (s 13) and, before refusing for substantial
collation, to consider charging or extending (s 18A) and consulting (s 18B).
"""

from __future__ import annotations

from datetime import date
from enum import StrEnum
from typing import ClassVar

from pydantic import BaseModel, ConfigDict, Field, computed_field, model_validator

from oiaassist.drafting.models import DraftModel, Text
from oiaassist.drafting.tracked import REPLIES, TrackedLetter
from oiaassist.tracking.assess import assess
from oiaassist.tracking.events import ClarificationSought, Day, Flag, Request, WholeNumber


class ReplyChoice(StrEnum):
    """What the requester says to the proposal."""

    ACCEPT = "accept"
    DECLINE = "decline"
    COUNTER = "counter"


class CounterProposal(DraftModel):
    """A narrower request the requester would accept instead.

    Attributes:
        date_from: only information dated from this day.
        date_to: only information dated up to this day.
        items: keep only these item numbers of the request (1-based); withdraw the rest.
        sample_first: ask for a sample first, to judge what is worth the agency's time.
        text: anything else, in the requester's words.
    """

    date_from: Day | None = None
    date_to: Day | None = None
    items: list[WholeNumber] = Field(default_factory=list)
    sample_first: Flag = False
    text: Text = ""

    @model_validator(mode="after")
    def _says_something(self) -> CounterProposal:
        if not (self.date_from or self.date_to or self.items or self.sample_first or self.text):
            raise ValueError("a counter-proposal needs dates, items, sample_first or text")
        if self.date_from and self.date_to and self.date_to < self.date_from:
            raise ValueError(
                f"date_to {self.date_to.isoformat()} is before date_from "
                f"{self.date_from.isoformat()}"
            )
        if any(number < 1 for number in self.items):
            raise ValueError("items are item numbers, counted from 1")
        return self


class WhatIf(BaseModel):
    """The agency's proposal and what each answer does to the deadline.

    Attributes:
        proposal: the agency's words.
        sought_on: when it asked.
        refinement: True for a proposal to narrow the request, False for a
            question about what it means.
        can_restart: whether the agency asked in time (7 working days) to be
            able to treat an amended request as a new one.
        window_days: that number of working days (7).
        if_accepted: the deadline if the agency treats the reply as a new request.
        if_declined: the deadline if nothing changes.
    """

    model_config = ConfigDict(frozen=True)

    proposal: str
    sought_on: date
    refinement: bool
    can_restart: bool
    window_days: int | None
    if_accepted: date
    if_declined: date


def _before_reply(request: Request, dated: date) -> tuple[Request, ClarificationSought]:
    """The request as it stood when the reply was written, and the request it answers."""
    events = [e for e in request.events if e.date <= dated]
    asks = [i for i, e in enumerate(events) if isinstance(e, ClarificationSought)]
    if not asks:
        raise ValueError(
            f"request.events: no clarification_sought event on or before {dated.isoformat()} "
            "to reply to"
        )
    last = asks[-1]
    kept = events[: last + 1] + [e for e in events[last + 1 :] if e.type not in REPLIES]
    asked = events[last]
    assert isinstance(asked, ClarificationSought)
    return request.model_copy(update={"events": kept}), asked


class RefinementReply(TrackedLetter):
    """A reply to a clarification or refinement request.

    Attributes:
        choice: accept, decline or counter.
        counter: the counter-proposal (with ``choice`` "counter").
        comments: anything else to say, e.g. why the proposal would not work.
    """

    template: ClassVar[str] = "refinement_reply"

    choice: ReplyChoice
    counter: CounterProposal | None = None
    comments: Text = ""

    @model_validator(mode="after")
    def _replies_to_something(self) -> RefinementReply:
        _before_reply(self.request, self.dated)
        if (self.choice is ReplyChoice.COUNTER) != (self.counter is not None):
            raise ValueError('give "counter" exactly when choice is "counter"')
        count = len(self.request.items)
        if self.counter and count and any(n > count for n in self.counter.items):
            raise ValueError(f"counter.items: the request has only {count} items")
        return self

    @computed_field  # type: ignore[prop-decorator]
    @property
    def what_if(self) -> WhatIf:
        """The proposal and the deadline each answer leads to (tracking's what-if)."""
        before, asked = _before_reply(self.request, self.dated)
        found = assess(before, today=self.dated).what_if
        assert found is not None  # a clarification is pending in ``before``
        return WhatIf(
            proposal=found.proposal,
            sought_on=found.sought_on,
            refinement=asked.refinement,
            can_restart=found.can_restart,
            window_days=self.law.clarify_days,
            if_accepted=found.if_accepted,
            if_declined=found.if_declined,
        )
