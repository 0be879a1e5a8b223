"""Which events a letter proposes for a request, and which of them the request already has.

An event of the same type on the same date is "already recorded" and not
offered by default, so reading the same letter twice adds nothing twice. A
request is received once: a letter that says it was received on another day
offers to correct the date rather than add a second receipt.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from oiaassist.reading.reader import LetterReading, to_events


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
    """

    event: dict[str, Any]
    recorded: bool = False
    replaces: dict[str, Any] | None = None
    stated: bool = True

    @property
    def ticked(self) -> bool:
        """Offered ticked: anything not already recorded.

        Save a correction the letter does not state: the request's own date put over the
        receipt the user recorded.
        """
        return not self.recorded and (self.stated or self.replaces is None)


def _same(a: dict[str, Any], b: dict[str, Any]) -> bool:
    return a.get("type") == b.get("type") and a.get("date") == b.get("date")


def propose(reading: LetterReading, events: Sequence[dict[str, Any]]) -> list[Proposal]:
    """The letter's events, each marked against the request's ``events``."""
    out: list[Proposal] = []
    for model in to_events(reading):
        event = model.model_dump(mode="json")
        recorded = any(_same(event, e) for e in events)
        replaces = None
        stated = True
        if event["type"] == "received" and not recorded:
            replaces = next((e for e in events if e.get("type") == "received"), None)
            stated = reading.received_basis == "received"
        out.append(Proposal(event, recorded=recorded, replaces=replaces, stated=stated))
    return out


def merged(events: Sequence[dict[str, Any]], chosen: Sequence[Proposal]) -> list[dict[str, Any]]:
    """The request's events with the chosen ones added (and a corrected receipt replaced)."""
    replaced = [p.replaces for p in chosen if p.replaces is not None]
    kept = [e for e in events if not any(e is r for r in replaced)]
    return [*kept, *(dict(p.event) for p in chosen)]
