"""Which events a letter proposes for a request, and which of them the request already has.

An event of the same type on the same date is "already recorded" and not
offered by default, so reading the same letter twice adds nothing twice. A
request is received once: a letter that says it was received on another day
offers to correct the date rather than add a second receipt.

A decision letter whose outcome the reader cannot tell (a release letter with
no words such as "granted" or "withheld") still proposes its decision, as a
choice of outcomes the user makes: none is ticked, and ticking one unticks the
others. Recording an outcome the letter does not state would decide, unasked,
whether a complaint is open to the requester.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from oiaassist.i18n import _
from oiaassist.reading.reader import LetterKind, LetterReading, to_events
from oiaassist.tracking.events import DecisionNotified, EventType, Outcome

_OUTCOMES_TO_CHOOSE: dict[LetterKind, tuple[Outcome, ...]] = {
    # A release letter gives information now: all of it, or some of it.
    LetterKind.RELEASE: (Outcome.GRANTED, Outcome.PARTLY_GRANTED),
    # A decision letter releases nothing now: it may still grant (release to follow).
    LetterKind.DECISION: (
        Outcome.REFUSED,
        Outcome.NOT_HELD,
        Outcome.GRANTED,
        Outcome.PARTLY_GRANTED,
    ),
}
"""The outcomes a user chooses from when a decision letter's outcome is not read."""


@dataclass(frozen=True, slots=True)
class Proposal:
    """One event the letter states.

    Attributes:
        event: the event as the request stores it (JSON-ready).
        recorded: the request already has an event of this type on this date.
        replaces: the request's own ``received`` event, on another date, that
            this one would correct (None otherwise).
        stated: the letter states this event's date as such; False for a receipt
            read from the request's own date ("your email of 28 May"): a request
            is often received later than its date, so it corrects nothing unasked.
        choice: the name of a group of alternatives, one of which the user picks (the
            outcomes of a decision the letter does not state); "" for an event of its own.
    """

    event: dict[str, Any]
    recorded: bool = False
    replaces: dict[str, Any] | None = None
    stated: bool = True
    choice: str = ""

    @property
    def no_period(self) -> bool:
        """An extension with no period read (the row asks for it).

        Recorded so, its period is "not recorded": the tracker cannot tell lateness after
        the original deadline until the user adds the period from the notice.
        """
        return _no_period_read(self.event)

    @property
    def ticked(self) -> bool:
        """Offered ticked: anything not already recorded.

        Save a correction the letter does not state (the request's own date put over the
        receipt the user recorded) and one of several alternatives (the user picks). An
        extension of unrecorded period is ticked: recorded, it keeps a later decision from
        being called late on the original deadline.
        """
        if self.recorded or self.choice:
            return False
        return self.stated or self.replaces is None


def _same(a: dict[str, Any], b: dict[str, Any]) -> bool:
    return a.get("type") == b.get("type") and a.get("date") == b.get("date")


def _dated_by_you(reading: LetterReading, event: dict[str, Any]) -> bool:
    """Whether ``event`` takes its day from a letter date the user gave (the text has none)."""
    if not reading.letter_date_given or reading.letter_date is None:
        return False
    kind = event.get("type")
    ext, moved = reading.extension, reading.transfer
    by_letter = {
        EventType.DECISION_NOTIFIED.value: True,  # dated by the letter (to_events)
        EventType.ACKNOWLEDGED.value: True,
        EventType.EXTENSION_NOTIFIED.value: ext is not None and ext.notified_in_this_letter,
        EventType.TRANSFERRED.value: moved is not None and not moved.date_stated,
    }
    return by_letter.get(str(kind), False) and event.get("date") == (
        reading.letter_date.value.isoformat()
    )


def _no_period_read(event: dict[str, Any]) -> bool:
    """Whether ``event`` is an extension whose period the letter was not read to give.

    A letter that only refers to an extension has its period in the notice (dev
    fyi-16987: "As my office advised on 22 October 2021, your request was extended"); a
    notice may give it in words the reader missed. Either way the event records the period
    as not recorded (never "the notice states none", a breach of s 15A(4)(a) resting on a
    miss), and the row asks for it.
    """
    return (
        event["type"] == EventType.EXTENSION_NOTIFIED.value
        and event.get("extended_to") is None
        and event.get("working_days") is None
    )


def propose(reading: LetterReading, events: Sequence[dict[str, Any]]) -> list[Proposal]:
    """The letter's events, each marked against the request's ``events``.

    An event dated by a letter date the user gave says so in its note, so the timeline
    keeps whose word the day is.
    """
    out: list[Proposal] = []
    for model in to_events(reading):
        event = model.model_dump(mode="json")
        if _dated_by_you(reading, event) and not event.get("note"):
            event["note"] = given_note()
        recorded = any(_same(event, e) for e in events)
        replaces = None
        stated = True
        if event["type"] == "received" and not recorded:
            replaces = next((e for e in events if e.get("type") == "received"), None)
            stated = reading.received_basis == "received"
        out.append(Proposal(event, recorded=recorded, replaces=replaces, stated=stated))
    return out + _outcome_choices(reading, events, out)


def _outcome_choices(
    reading: LetterReading, events: Sequence[dict[str, Any]], proposed: Sequence[Proposal]
) -> list[Proposal]:
    """A decision whose outcome is not read, as one proposal per possible outcome.

    None when the letter is not a decision, is undated, or its decision is already
    proposed; the request's own decision of that day, if it has one, shows as recorded.
    """
    decided = EventType.DECISION_NOTIFIED.value
    if not reading.outcome_unread or reading.letter_date is None:
        return []
    outcomes = _OUTCOMES_TO_CHOOSE[reading.kind]
    if any(p.event.get("type") == decided for p in proposed):
        return []
    day = reading.letter_date.value
    recorded = next(
        (e for e in events if e.get("type") == decided and e.get("date") == day.isoformat()), None
    )
    if recorded is not None:
        return [Proposal(dict(recorded), recorded=True)]
    sections = reading.ground_sections()
    return [
        Proposal(
            DecisionNotified(
                date=day,
                outcome=outcome,
                sections=sections,
                note=given_note() if reading.letter_date_given else "",
            ).model_dump(mode="json"),
            choice=decided,
        )
        for outcome in outcomes
    ]


def given_note() -> str:
    """The note on an event dated by the letter date the user gave."""
    return _("Dated as you gave it: the letter does not state its date.")


def merged(events: Sequence[dict[str, Any]], chosen: Sequence[Proposal]) -> list[dict[str, Any]]:
    """The request's events with the chosen ones added (and a corrected receipt replaced)."""
    replaced = [p.replaces for p in chosen if p.replaces is not None]
    kept = [e for e in events if not any(e is r for r in replaced)]
    return [*kept, *(dict(p.event) for p in chosen)]
