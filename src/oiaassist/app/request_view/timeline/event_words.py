"""Words for events and their fields, as the timeline shows them."""

from __future__ import annotations

from oiaassist.i18n import _
from oiaassist.law.acts import Act
from oiaassist.tracking.events import EventType

EVENT_TYPES = tuple(kind.value for kind in EventType)
"""Event types in the order the Add menu lists them: the enum's, the order things usually happen."""


def event_label(kind: str) -> str:
    """E.g. "Extension notified"."""
    labels = {
        "received": _("Received by the agency"),
        "acknowledged": _("Acknowledged"),
        "clarification_sought": _("Clarification or refinement sought"),
        "clarified": _("You clarified or amended"),
        "refinement_declined": _("You declined the refinement"),
        "transferred": _("Transferred"),
        "extension_notified": _("Extension notified"),
        "charge_notified": _("Charge notified"),
        "decision_notified": _("Decision notified"),
        "information_released": _("Information released"),
        "complaint_made": _("Complaint made"),
    }
    return labels.get(kind, kind.replace("_", " ").capitalize())


def field_label(name: str) -> str:
    """The label of an event field, e.g. "Extended to"."""
    labels = {
        "date": _("Date"),
        "note": _("Note"),
        "stated_due": _("Due date the agency stated"),
        "reference": _("Reference"),
        "proposal": _("What the agency asked or proposed"),
        "refinement": _("It proposed narrowing the request (a refinement)"),
        "own_initiative": _("On your own initiative (not asked)"),
        "treated_as_new": _("The agency treats it as a new request"),
        "text": _("What you said"),
        "to_agency": _("Transferred to"),
        "received_by_new_agency": _("Received there on"),
        "act": _("Act of the new agency"),
        "region": _("Region of the new agency"),
        "partial": _("Only part of it"),
        "dated_by_letter": _("Dated by the letter (it does not give the day of the transfer)"),
        "limit": _("Time limit extended"),
        "extended_to": _("Extended to"),
        "working_days": _("By (working days)"),
        "grounds": _("Grounds"),
        "stated_period": _("The notice gave its period"),
        "stated_reasons": _("The notice gave reasons"),
        "stated_right_to_complain": _("The notice said you may complain"),
        "amount": _("Amount ($)"),
        "outcome": _("Outcome"),
        "sections": _("Sections cited"),
        "charge": _("Charge ($)"),
        "to": _("Complained to"),
    }
    return labels.get(name, name.replace("_", " ").capitalize())


def outcome_word(value: str) -> str:
    """A decision's outcome in running text, e.g. "partly granted" (the timeline's details)."""
    words = {
        "granted": _("granted"),
        "partly_granted": _("partly granted"),
        "refused": _("refused"),
        "not_held": _("not held"),
        "withdrawn": _("withdrawn"),
    }
    return words.get(value, value.replace("_", " "))


def ground_label(ground: str, act: Act) -> str:
    """An extension ground with the section of ``act`` that allows it.

    OIA s 15A(1)(a)-(b), LGOIMA s 14(1)(a)-(b) (law.md §5.2), Privacy Act s 48
    (whose complexity ground the other two Acts do not have).
    """
    words = {
        "large_quantity": _("Large quantity of information"),
        "consultations": _("Consultations needed"),
        "complexity": _("Complexity of the request"),
    }
    text = words.get(ground, ground.replace("_", " ").capitalize())
    if ground == "complexity" and act is not Act.PRIVACY:
        return _("{ground} (Privacy Act only)").format(ground=text)
    provision = act.rules.extension.provision
    paragraph = {"large_quantity": "(a)", "consultations": "(b)"}.get(ground, "")
    if provision.endswith("(1)") and paragraph:
        provision += paragraph
    return f"{text} ({provision})" if provision else text


def choice_label(value: str) -> str:
    """Words for an enum value used in events (outcomes, grounds, bodies, Acts)."""
    labels = {
        "granted": _("Granted"),
        "partly_granted": _("Partly granted"),
        "refused": _("Refused"),
        "not_held": _("Not held"),
        "withdrawn": _("Withdrawn"),
        "large_quantity": _("Large quantity of information (s 15A(1)(a))"),
        "consultations": _("Consultations needed (s 15A(1)(b))"),
        "complexity": _("Complexity (Privacy Act only)"),
        "ombudsman": _("The Ombudsman"),
        "privacy_commissioner": _("The Privacy Commissioner"),
        "oia": _("OIA"),
        "lgoima": _("LGOIMA"),
        "privacy": _("Privacy Act"),
        "response": _("To decide (s 15(1))"),
        "transfer": _("To transfer (s 14)"),
    }
    return labels.get(value, value.replace("_", " ").capitalize())
