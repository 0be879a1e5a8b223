"""Follow-ups: a deadline reminder, a request for grounds, a complaint to the Ombudsman.

The reminder says the deadline has passed (a deemed refusal); the grounds
request asks for the grounds for withholding (s 19(a)(ii)). Each is built on
the tracked request assessed on the letter's date, so the dates, the
extension and the lateness it states are the engine's, and it refuses to be
written when its premise is false (a reminder for a request that is not
overdue, grounds for a decision that was never made).
"""

from __future__ import annotations

from enum import StrEnum
from typing import ClassVar

from pydantic import Field, computed_field, model_validator

from oiaassist.drafting.history import HistoryEntry, history
from oiaassist.drafting.models import Line, Text
from oiaassist.drafting.tracked import (
    REFUSALS,
    DeadlineFacts,
    DecisionFacts,
    TrackedLetter,
    deadline_facts,
    decision_facts,
)
from oiaassist.law.acts import Act
from oiaassist.tracking.assess import Status
from oiaassist.tracking.events import ChargeNotified, Day
from oiaassist.tracking.findings import FindingCode, Severity


class Reminder(TrackedLetter):
    """The decision is overdue: a deemed refusal (OIA s 28(4)); ask for it now.

    Attributes:
        reply_by: a date to ask for the decision by, before complaining.
        comments: anything else to say.
    """

    template: ClassVar[str] = "reminder"

    reply_by: Day | None = None
    comments: Text = ""

    @model_validator(mode="after")
    def _is_overdue(self) -> Reminder:
        found = self.assessment()
        if found.status is not Status.OVERDUE:
            raise ValueError(
                f"dated: on {self.dated.isoformat()} the request is not overdue "
                f"(status {found.status.value}, deadline {found.effective_deadline})"
            )
        if self.reply_by is not None and self.reply_by <= self.dated:
            raise ValueError("reply_by must be after the letter's date")
        return self

    @computed_field  # type: ignore[prop-decorator]
    @property
    def deadline(self) -> DeadlineFacts:
        """The clock: the limit that passed, how it was set, how late it is."""
        return deadline_facts(self)


class GroundsRequest(TrackedLetter):
    """Ask for the grounds in support of the reasons for a refusal (OIA s 19(a)(ii)).

    Attributes:
        sections: the sections to ask about; empty means those recorded on the decision.
        comments: anything else to say.
    """

    template: ClassVar[str] = "grounds"

    sections: list[Line] = Field(default_factory=list)
    comments: Text = ""

    @model_validator(mode="after")
    def _has_a_refusal(self) -> GroundsRequest:
        event = self.decision_event()
        if event is None:
            raise ValueError(
                f"request.events: no decision_notified event on or before {self.dated.isoformat()}"
            )
        if not (self.sections or event.sections):
            raise ValueError(
                "sections: the decision records no sections; list the ones it relied on"
            )
        return self

    @computed_field  # type: ignore[prop-decorator]
    @property
    def decision(self) -> DecisionFacts:
        """The decision the letter asks about."""
        facts = decision_facts(self.decision_event())
        assert facts is not None  # checked on validation
        return facts

    @computed_field  # type: ignore[prop-decorator]
    @property
    def withheld_under(self) -> list[str]:
        """The sections asked about: the user's, or the decision's."""
        return list(self.sections) or self.decision.sections

    @computed_field  # type: ignore[prop-decorator]
    @property
    def public_interest_sections(self) -> list[str]:
        """Those subject to the public interest test (OIA s 9, LGOIMA s 7)."""
        prefix = "7" if self.assessment().act is Act.LGOIMA else "9"
        return [s for s in self.withheld_under if s.split("(")[0] == prefix]


class ComplaintGround(StrEnum):
    """What a complaint to the Ombudsman is about (OIA s 28)."""

    DELAY = "delay"
    EXTENSION = "extension"
    REFUSAL = "refusal"
    CHARGE = "charge"
    RELEASE_DELAY = "release_delay"


_CONCERNS = frozenset(
    {
        FindingCode.STATED_DATE_WRONG,
        FindingCode.RESTART_NOT_ALLOWED,
        FindingCode.TRANSFER_LATE,
        FindingCode.EXTENSION_LATE,
        FindingCode.EXTENSION_PURPORTED,
        FindingCode.EXTENSION_NO_REASONS,
        FindingCode.EXTENSION_NO_COMPLAINT_RIGHT,
        FindingCode.EXTENSION_BAD_GROUND,
        FindingCode.CHARGE_TOO_LATE,
    }
)
"""Findings that read well as points in a complaint (the rest are advice to the
requester, or already said by the complaint's grounds). Not a refusal with no section
recorded: the record may lack what the letter cites (a reader's miss, a field left empty),
and a complaint states only what happened; the requester's own details can say it."""

_EXTENSION_FINDINGS = frozenset(
    {
        FindingCode.EXTENSION_LATE,
        FindingCode.EXTENSION_PURPORTED,
        FindingCode.EXTENSION_SECOND,
        FindingCode.EXTENSION_NO_PERIOD,
        FindingCode.EXTENSION_NO_REASONS,
        FindingCode.EXTENSION_NO_COMPLAINT_RIGHT,
        FindingCode.EXTENSION_PERIOD_MISMATCH,
        FindingCode.EXTENSION_BAD_GROUND,
    }
)


OMBUDSMAN_POSTAL_ADDRESS = "PO Box 10152\nWellington 6143"
"""Where the Ombudsman takes complaints by post, as its "How to make a complaint" page gives
it (https://www.ombudsman.parliament.nz/what-ombudsman-can-help/complaints-about-government-agencies/how-make-complaint);
its email address is shown there obfuscated, so none is assumed."""


class Complaint(TrackedLetter):
    """A complaint to the Ombudsman, with the request's history assembled from tracking.

    Attributes:
        grounds: what the complaint is about; empty means worked out from the
            assessment (overdue -> delay, a faulty extension -> extension, a
            refusal -> refusal, a charge -> charge, a slow release -> release_delay).
        details: the requester's own account of what is wrong.
        outcome: what the requester asks the Ombudsman to do.
        ombudsman_email: where to email it (the Ombudsman also takes
            complaints by its online form).
        ombudsman_address: a postal address, if writing.
    """

    template: ClassVar[str] = "complaint"

    grounds: list[ComplaintGround] = Field(default_factory=list)
    details: Text = ""
    outcome: Text = ""
    ombudsman_email: Line = ""
    ombudsman_address: Text = ""

    @computed_field  # type: ignore[prop-decorator]
    @property
    def agency(self) -> str:
        """The agency complained about (the one holding the request now)."""
        return self.assessment().agency

    @computed_field  # type: ignore[prop-decorator]
    @property
    def recipient(self) -> str:
        """The Ombudsman (or for a Privacy Act request, the Privacy Commissioner)."""
        if self.assessment().act is Act.PRIVACY:
            return "Office of the Privacy Commissioner"
        return "Office of the Ombudsman"

    @computed_field  # type: ignore[prop-decorator]
    @property
    def recipient_address(self) -> str:
        """Where to post it: the Ombudsman's published complaints address unless one is given.

        The Privacy Commissioner's is left to the requester (not confirmed here).
        """
        if self.ombudsman_address or self.assessment().act is Act.PRIVACY:
            return self.ombudsman_address
        return OMBUDSMAN_POSTAL_ADDRESS

    @computed_field  # type: ignore[prop-decorator]
    @property
    def recipient_email(self) -> str:
        """Where to email it."""
        return self.ombudsman_email

    @computed_field  # type: ignore[prop-decorator]
    @property
    def deadline(self) -> DeadlineFacts:
        """The clock on the letter's date."""
        return deadline_facts(self)

    @computed_field  # type: ignore[prop-decorator]
    @property
    def decision(self) -> DecisionFacts | None:
        """The decision, if one was notified."""
        return decision_facts(self.decision_event())

    @computed_field  # type: ignore[prop-decorator]
    @property
    def history(self) -> list[HistoryEntry]:
        """What happened, when: one sentence per event up to the letter's date."""
        return history(self.request.agency, self.events_until_dated())

    @computed_field  # type: ignore[prop-decorator]
    @property
    def concerns(self) -> list[HistoryEntry]:
        """What tracking found wrong with how the request was handled, with sections."""
        return [
            HistoryEntry(day=f.day or self.dated, text=f"{f.message} ({f.citation})")
            for f in self.assessment().findings
            if f.code in _CONCERNS
        ]

    @computed_field  # type: ignore[prop-decorator]
    @property
    def complaint_grounds(self) -> list[ComplaintGround]:
        """The grounds given, or those the assessment shows."""
        if self.grounds:
            return list(dict.fromkeys(self.grounds))
        found = self.assessment()
        codes = {f.code for f in found.findings if f.severity is not Severity.INFO}
        inferred = []
        if found.status in (Status.OVERDUE, Status.DECIDED_LATE):
            inferred.append(ComplaintGround.DELAY)
        if codes & _EXTENSION_FINDINGS:
            inferred.append(ComplaintGround.EXTENSION)
        event = self.decision_event()
        if event is not None and event.outcome in REFUSALS:
            inferred.append(ComplaintGround.REFUSAL)
        charged = any(isinstance(e, ChargeNotified) for e in self.events_until_dated())
        if charged or (event is not None and event.charge):
            inferred.append(ComplaintGround.CHARGE)
        if found.status is Status.RELEASE_DELAYED:
            inferred.append(ComplaintGround.RELEASE_DELAY)
        return inferred

    @model_validator(mode="after")
    def _has_something_to_complain_about(self) -> Complaint:
        if not (self.complaint_grounds or self.details):
            raise ValueError(
                "grounds: nothing in the request's history shows a delay, a faulty extension, "
                "a refusal or a charge; say what the complaint is about in grounds or details"
            )
        return self
