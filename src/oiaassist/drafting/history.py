"""A request's events as dated sentences: the chronology a complaint attaches.

The Ombudsman asks for the request and the correspondence; a chronology that
says what happened when, in plain words, is what makes a complaint quick to
assess (prior-art.md §6.6-6.7). Sentences are translatable (``_``) because the
app shows the same timeline. The requester's private ``note`` on an event is
left out: it was not written for the Ombudsman.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from datetime import date
from types import MappingProxyType
from typing import Any

from pydantic import BaseModel, ConfigDict

from oiaassist.drafting.names import with_article
from oiaassist.i18n import _, medium_date, ngettext
from oiaassist.tracking.events import (
    Acknowledged,
    ChargeNotified,
    ClarificationSought,
    Clarified,
    ComplaintBody,
    ComplaintMade,
    DecisionNotified,
    Event,
    ExtensionNotified,
    InformationReleased,
    Outcome,
    Received,
    RefinementDeclined,
    Transferred,
)


class HistoryEntry(BaseModel):
    """One dated line of the chronology."""

    model_config = ConfigDict(frozen=True)

    day: date
    text: str


def outcome_words(outcome: Outcome) -> str:
    """An outcome as words, e.g. "partly granted"."""
    words = {
        Outcome.GRANTED: _("granted"),
        Outcome.PARTLY_GRANTED: _("partly granted"),
        Outcome.REFUSED: _("refused"),
        Outcome.NOT_HELD: _("refused: the information is not held"),
        Outcome.WITHDRAWN: _("withdrawn"),
    }
    return words[outcome]


def _days(count: int) -> str:
    return ngettext("{n} working day", "{n} working days", count).format(n=count)


def _extension(agency: str, event: ExtensionNotified) -> str:
    if event.working_days and event.extended_to:
        return _("{agency} extended the time limit by {days}, to {to}.").format(
            agency=agency, days=_days(event.working_days), to=medium_date(event.extended_to)
        )
    if event.working_days:
        return _("{agency} extended the time limit by {days}.").format(
            agency=agency, days=_days(event.working_days)
        )
    if event.extended_to:
        return _("{agency} extended the time limit to {to}.").format(
            agency=agency, to=medium_date(event.extended_to)
        )
    return _("{agency} said it was extending the time limit, without saying for how long.").format(
        agency=agency
    )


def _decision(agency: str, event: DecisionNotified) -> str:
    text = _("{agency} notified its decision: {outcome}.").format(
        agency=agency, outcome=outcome_words(event.outcome)
    )
    if event.sections:
        text += " " + _("Sections cited: {sections}.").format(sections=", ".join(event.sections))
    if event.charge is not None:
        text += " " + _("Charge: ${amount}.").format(amount=f"{event.charge:,.2f}")
    return text


def _acknowledged(agency: str, event: Acknowledged) -> str:
    text = _("{agency} acknowledged my request.").format(agency=agency)
    if event.stated_due:
        due = medium_date(event.stated_due)
        text += " " + _("It said its decision was due by {due}.").format(due=due)
    return text


def _asked(agency: str, event: ClarificationSought) -> str:
    if event.refinement:
        return _("{agency} asked me to refine (narrow) my request.").format(agency=agency)
    return _("{agency} asked me to clarify my request.").format(agency=agency)


def _transferred(agency: str, event: Transferred) -> str:
    return _("{agency} transferred my request to {to}.").format(
        agency=agency, to=with_article(event.to_agency)
    )


def _charged(agency: str, event: ChargeNotified) -> str:
    amount = f"{event.amount:,.2f}"
    return _("{agency} notified a charge of ${amount}.").format(agency=agency, amount=amount)


def _released(agency: str, event: InformationReleased) -> str:
    if event.partial:
        return _("{agency} released some of the information.").format(agency=agency)
    return _("{agency} released the information.").format(agency=agency)


def _complained(agency: str, event: ComplaintMade) -> str:
    if event.to is ComplaintBody.PRIVACY_COMMISSIONER:
        return _("I complained to the Privacy Commissioner.")
    return _("I complained to the Ombudsman.")


_SENTENCES: Mapping[type, Callable[[str, Any], str]] = MappingProxyType(
    {
        Received: lambda agency, _event: _("{agency} received my request.").format(agency=agency),
        Acknowledged: _acknowledged,
        ClarificationSought: _asked,
        Clarified: lambda _agency, _event: _("I clarified or amended my request."),
        RefinementDeclined: lambda _agency, _event: _(
            "I declined the proposed refinement; my request stood as made."
        ),
        Transferred: _transferred,
        ExtensionNotified: _extension,
        ChargeNotified: _charged,
        DecisionNotified: _decision,
        InformationReleased: _released,
        ComplaintMade: _complained,
    }
)


def _sentence(agency: str, event: Event) -> str:
    try:
        describe = _SENTENCES[type(event)]
    except KeyError:  # a new event type must get its sentence here
        raise TypeError(f"no chronology sentence for {type(event).__name__}") from None
    return describe(agency, event)


def history(agency: str, events: Sequence[Event]) -> list[HistoryEntry]:
    """Each event as a dated sentence, naming whichever agency held the request then."""
    entries = []
    holder = agency
    for event in events:
        name = with_article(holder, capital=True)
        entries.append(HistoryEntry(day=event.date, text=_sentence(name, event)))
        if isinstance(event, Transferred) and not event.partial:
            holder = event.to_agency
    return entries
