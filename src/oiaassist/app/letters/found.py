"""What an agency's letter states and how its dates check out, in words for the letter dialog.

Kept apart from the dialog so the words can be tested without widgets; the
CLI's ``read-letter`` prints the same facts for a terminal.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from oiaassist.app.request_view.timeline.event_words import choice_label
from oiaassist.i18n import _, medium_date
from oiaassist.reading.checks import DateCheck
from oiaassist.reading.reader import LetterKind, LetterReading

Row = tuple[str, str]
"""A label and what the letter states for it."""


def kind_label(reading: LetterReading) -> str:
    """What kind of letter it is, e.g. "A decision letter"."""
    labels = {
        LetterKind.DECISION: _("A decision letter"),
        LetterKind.RELEASE: _("A decision that releases information"),
        LetterKind.TRANSFER: _("A transfer letter"),
        LetterKind.EXTENSION: _("An extension letter"),
        LetterKind.CLARIFICATION: _("A request for clarification"),
        LetterKind.ACKNOWLEDGEMENT: _("An acknowledgement"),
        LetterKind.UNKNOWN: _("A letter of a kind oiaassist does not recognise"),
    }
    return labels[reading.kind]


def _this_letter(day: date, this: bool) -> str:
    text = medium_date(day)
    return _("{day} (this letter)").format(day=text) if this else text


def _dated_rows(reading: LetterReading) -> list[Row]:
    """The letter's date, said to be the user's where its text has none (they gave it)."""
    if reading.letter_date is None:
        return []
    day = medium_date(reading.letter_date.value)
    if reading.letter_date_given:
        day = _("{day} (as you gave it)").format(day=day)
    return [(_("Dated"), day)]


def found_rows(reading: LetterReading) -> list[Row]:
    """Each fact the letter states, in the order a letter usually tells them."""
    rows = _dated_rows(reading)
    if reading.act:
        rows.append((_("Act"), reading.act.value.statute.title))
    if reading.reference:
        rows.append((_("Reference"), reading.reference.value))
    if reading.received:
        label = {
            "received": _("Received"),
            # the day a request transferred here came (s 14): this agency's day 0
            "transfer": _("Transferred here"),
        }.get(reading.received_basis, _("Request dated (receipt not stated)"))
        rows.append((label, medium_date(reading.received.value)))
    if reading.stated_due:
        rows.append((_("Due date stated"), medium_date(reading.stated_due.value)))
    rows += _clarification_rows(reading)
    if reading.extension:
        rows.append((_("Extension"), extension_text(reading)))
    rows += _transfer_rows(reading)
    decision = None
    if reading.outcome is not None:
        decision = choice_label(reading.outcome.value)
    elif reading.outcome_unread:
        decision = _("outcome not stated in words oiaassist knows")
    if decision is not None and reading.letter_date is None:
        # no day to give the decision event, so none is proposed (an extract that starts below
        # the date, dev fyi-16987): say so, and how to give it, rather than leave the user
        # to wonder
        decision = _(
            "{decision} (not proposed until you give the letter's date: its text has none)"
        ).format(decision=decision)
    if decision is not None:
        rows.append((_("Decision"), decision))
    if reading.sections:
        rows.append((_("Sections cited"), ", ".join(reading.section_numbers)))
    if reading.right_to_complain:
        rows.append((_("Right to complain"), reading.right_to_complain.value))
    return rows


def _transfer_rows(reading: LetterReading) -> list[Row]:
    """A transfer out (s 14), and where a request transferred here came from."""
    rows: list[Row] = []
    if reading.transfer:
        moved = reading.transfer
        text = moved.to_agency.value
        if moved.on:
            text = _("{agency}, on {day}").format(agency=text, day=medium_date(moved.on.value))
        if moved.partial:
            text = _("{text} (part of the request)").format(text=text)
        rows.append((_("Transferred to"), text))
    if reading.transferred_from:
        # The request came from another agency: this agency's clock runs from then (s 14).
        text = reading.transferred_from.value
        if reading.transferred_in:
            day = medium_date(reading.transferred_in.value)
            text = _("{agency}, on {day}").format(agency=text, day=day)
        rows.append((_("Transferred from"), text))
    elif reading.transferred_in and reading.received_basis != "transfer":
        # the transferor not named: the day it came here still starts this agency's clock
        rows.append((_("Transferred here"), medium_date(reading.transferred_in.value)))
    return rows


def _clarification_rows(reading: LetterReading) -> list[Row]:
    rows: list[Row] = []
    sought = reading.clarification
    if sought:
        label = _("Refinement sought") if sought.refinement else _("Clarification sought")
        rows.append((label, _this_letter(sought.sought.value, sought.asked_in_this_letter)))
    if reading.refinement_declined:
        rows.append((_("Refinement declined"), medium_date(reading.refinement_declined.value)))
    if reading.clarified:
        rows.append((_("Clarified"), medium_date(reading.clarified.value)))
    if reading.treated_as_new:
        rows.append((_("Treated as new"), _("yes") if reading.treated_as_new.value else _("no")))
    return rows


def extension_text(reading: LetterReading) -> str:
    """E.g. "notified 10 October 2024; 45 working days; grounds: large quantity"."""
    ext = reading.extension
    if ext is None:
        return ""
    parts: list[str] = []
    if ext.notice_date:
        day = _this_letter(ext.notice_date.value, ext.notified_in_this_letter)
        parts.append(_("notified {day}").format(day=day))
    if ext.working_days:
        parts.append(_("{n} working days").format(n=ext.working_days.value))
    if ext.extended_to:
        parts.append(_("to {day}").format(day=medium_date(ext.extended_to.value)))
    if ext.grounds:
        names = ", ".join(choice_label(g.value.value) for g in ext.grounds)
        parts.append(_("grounds: {names}").format(names=names))
    return "; ".join(parts) or _("mentioned, without dates")


@dataclass(frozen=True, slots=True)
class CheckLine:
    """One date check as the dialog shows it: a mark, a word, a severity colour, the words."""

    mark: str
    verdict: str
    severity: str
    text: str


def check_line(check: DateCheck) -> CheckLine:
    """The check with its mark (✓ right, ✗ wrong, • for information) and citation."""
    text = f"{check.message} [{check.citation}]" if check.citation else check.message
    if check.ok is True:
        return CheckLine("✓", _("Right"), "ok", text)
    if check.ok is False:
        return CheckLine("✗", _("Wrong"), "problem", text)
    return CheckLine("•", _("For information"), "info", text)
