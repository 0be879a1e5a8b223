"""The kinds of letter, by the names the CLI and app use, and reading them from JSON."""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping
from datetime import date
from enum import StrEnum
from types import MappingProxyType
from typing import Any

from pydantic import ValidationError

from oiaassist.drafting import examples
from oiaassist.drafting.followups import Complaint, GroundsRequest, Reminder
from oiaassist.drafting.models import Letter, RequestDraft
from oiaassist.drafting.replies import RefinementReply
from oiaassist.errors import OiaAssistError, RequestFileError
from oiaassist.tracking.io import describe_validation_error, parse_json


class LetterKind(StrEnum):
    """A kind of letter (the CLI's ``draft KIND``)."""

    REQUEST = "request"
    REFINEMENT_REPLY = "refinement-reply"
    REMINDER = "reminder"
    GROUNDS = "grounds"
    COMPLAINT = "complaint"


MODELS: Mapping[LetterKind, type[Letter]] = MappingProxyType(
    {
        LetterKind.REQUEST: RequestDraft,
        LetterKind.REFINEMENT_REPLY: RefinementReply,
        LetterKind.REMINDER: Reminder,
        LetterKind.GROUNDS: GroundsRequest,
        LetterKind.COMPLAINT: Complaint,
    }
)

EXAMPLES: Mapping[LetterKind, Callable[[], Letter]] = MappingProxyType(
    {
        LetterKind.REQUEST: examples.seed_request_draft,
        LetterKind.REFINEMENT_REPLY: examples.seed_refinement_reply,
        LetterKind.REMINDER: examples.seed_reminder,
        LetterKind.GROUNDS: examples.seed_grounds_request,
        LetterKind.COMPLAINT: examples.seed_complaint,
    }
)


def letter_from_data(kind: LetterKind, data: Any, source: str, *, today: date) -> Letter:
    """Validate a letter of ``kind`` from parsed JSON; a missing ``dated`` means ``today``.

    Raises:
        RequestFileError: naming ``source``, the field and the problem.
    """
    if isinstance(data, dict) and data.get("dated") is None:
        data = {**data, "dated": today.isoformat()}
    try:
        return MODELS[kind].model_validate(data)
    except ValidationError as exc:
        raise RequestFileError(describe_validation_error(exc, source)) from None
    except OiaAssistError as exc:
        raise RequestFileError(f"{source}: {exc}") from None


def letter_from_json(kind: LetterKind, text: str, source: str, *, today: date) -> Letter:
    """Parse and validate a letter file's text."""
    return letter_from_data(kind, parse_json(text, source), source, today=today)


def input_data(letter: Letter) -> dict[str, Any]:
    """What a user writes for ``letter``: its fields without the computed ones."""
    data: dict[str, Any] = letter.model_dump(mode="json", exclude=_computed(type(letter)))
    return data


def _computed(model: type[Letter]) -> set[str]:
    return set(model.model_computed_fields)


def example_json(kind: LetterKind) -> str:
    """A filled-in input file for ``kind`` (the seed story), to start from."""
    return json.dumps(input_data(EXAMPLES[kind]()), indent=2, ensure_ascii=False) + "\n"
