"""Letters from what the app holds: the request being edited, its letter fields, the settings.

Qt-free glue between the editor's JSON and :mod:`oiaassist.drafting`: which
model each letter is, what date it bears, and who signs it. Every model
raises ``ValidationError`` (or an :class:`OiaAssistError`) when its premise is
false, e.g. a reminder for a request that is not overdue; the app shows that
message, which names the field.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from enum import StrEnum
from typing import Any

from oiaassist.app.settings import AppSettings
from oiaassist.drafting import (
    Complaint,
    CounterProposal,
    GroundsRequest,
    Letter,
    LetterStyle,
    RefinementReply,
    Reminder,
    ReplyChoice,
    RequestDraft,
    Requester,
)
from oiaassist.tracking import EventType, Request


class Kind(StrEnum):
    """The letters the app drafts."""

    REQUEST = "request"
    REFINEMENT_REPLY = "refinement_reply"
    REMINDER = "reminder"
    GROUNDS = "grounds"
    COMPLAINT = "complaint"


def requester(settings: AppSettings) -> Requester:
    """Who signs: from Settings."""
    return Requester(
        name=settings.name,
        email=settings.email,
        postal_address=settings.postal_address,
        phone=settings.phone,
        organisation=settings.organisation,
    )


def style(settings: AppSettings) -> LetterStyle:
    """Greeting, sign-off and the language of dates: from Settings."""
    return LetterStyle(
        greeting=settings.greeting,
        sign_off=settings.sign_off,
        locale="mi" if settings.language == "mi" else "en_NZ",
    )


def received_on(data: Mapping[str, Any]) -> date | None:
    """The date of the 'received' event, if there is a valid one."""
    for event in data.get("events") or []:
        if isinstance(event, Mapping) and event.get("type") == "received":
            try:
                return date.fromisoformat(str(event.get("date")))
            except ValueError:
                return None
    return None


def _items(data: Mapping[str, Any]) -> list[dict[str, Any]]:
    out = []
    for item in data.get("items") or []:
        if isinstance(item, Mapping) and str(item.get("text", "")).strip():
            out.append({k: item.get(k) for k in ("text", "date_from", "date_to", "document_types")})
    return out


def request_draft(
    data: Mapping[str, Any], compose: Mapping[str, Any], settings: AppSettings, *, today: date
) -> RequestDraft:
    """The request letter, dated the day it is (or was) received: the day you send it."""
    reasons = str(compose.get("urgency_text") or data.get("urgency_reasons") or "")
    urgent = bool(compose.get("urgent"))
    return RequestDraft.model_validate(
        {
            "requester": requester(settings),
            "style": style(settings),
            "dated": received_on(data) or today,
            "agency": data.get("agency") or "",
            "agency_email": compose.get("agency_email") or "",
            "act": data.get("act") or "oia",
            "region": data.get("region"),
            "subject": data.get("subject") or "",
            "background": compose.get("background") or "",
            "items": _items(data),
            "format_preferences": [p for p in data.get("format_preferences") or [] if p],
            "urgent": urgent,
            "urgency_reasons": reasons if urgent else "",
            "ask_grounds": bool(data.get("grounds_requested")),
            "reference": data.get("reference") or "",
            # A draft is not received yet: no date the agency must answer by.
            "receipt_unknown": received_on(data) is None,
        }
    )


def _reply_event_date(request: Request) -> tuple[date | None, ReplyChoice | None]:
    """When and how the requester last answered a clarification request, if recorded."""
    asked = None
    answer: tuple[date | None, ReplyChoice | None] = (None, None)
    for event in request.events:
        if event.type is EventType.CLARIFICATION_SOUGHT:
            asked, answer = event.date, (None, None)
        elif asked and event.type is EventType.REFINEMENT_DECLINED:
            answer = (event.date, ReplyChoice.DECLINE)
        elif asked and event.type is EventType.CLARIFIED:
            answer = (event.date, ReplyChoice.ACCEPT)
    return answer


def tracked_letter(
    kind: Kind,
    request: Request,
    compose: Mapping[str, Any],
    settings: AppSettings,
    *,
    today: date,
    choice: ReplyChoice | None = None,
    comments: str = "",
) -> Letter:
    """A letter about a request already made: the refinement reply, a reminder, a complaint.

    The refinement reply is dated the day the reply was recorded (so the
    seed's reply of 30 September 2024 reads as it was sent), else today.
    """
    common: dict[str, Any] = {
        "requester": requester(settings),
        "style": style(settings),
        "request": request,
        "agency_email": compose.get("agency_email") or "",
    }
    if kind is Kind.REFINEMENT_REPLY:
        replied_on, recorded = _reply_event_date(request)
        chosen = choice or recorded or ReplyChoice.DECLINE
        extra: dict[str, Any] = {"choice": chosen, "comments": comments}
        if chosen is ReplyChoice.COUNTER:  # the comments are the counter-proposal
            extra["counter"] = CounterProposal(text=comments or "(describe your counter-proposal)")
            extra["comments"] = ""
        return RefinementReply.model_validate({**common, "dated": replied_on or today, **extra})
    if kind is Kind.REMINDER:
        return Reminder.model_validate({**common, "dated": today, "comments": comments})
    if kind is Kind.GROUNDS:
        return GroundsRequest.model_validate({**common, "dated": today, "comments": comments})
    if kind is Kind.COMPLAINT:
        return Complaint.model_validate({**common, "dated": today, "details": comments})
    raise ValueError(f"kind: {kind!r} is not a letter about a request")


def file_stem(kind: Kind, data: Mapping[str, Any]) -> str:
    """A file name for a saved letter, e.g. "complaint - Responsibilities under the…"."""
    subject = str(data.get("subject") or data.get("agency") or "").strip()
    safe = "".join(c if c.isalnum() or c in " -_,." else " " for c in subject)
    safe = " ".join(safe.split())[:60]
    return f"{kind.value.replace('_', ' ')} - {safe}" if safe else kind.value
