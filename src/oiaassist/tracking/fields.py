"""Field types shared by the request models (tracking events, draft letters).

A request file may say "OIA", "oia" or "Privacy", and "Wellington" or "WGN";
these types accept what a person would write and store the canonical form, so
every model parses the Act and region the same way, with the same errors.
"""

from __future__ import annotations

from typing import Annotated, Any

from pydantic import BeforeValidator

from oiaassist.law.acts import Act
from oiaassist.law.regions import parse_region


def _act_or_none(value: Any) -> Act | None:
    return None if value is None else Act.parse(value)


def text_items(value: Any) -> Any:
    """Items may be plain strings: ``"Briefings"`` stands for ``{"text": "Briefings"}``."""
    if isinstance(value, list):
        return [{"text": v} if isinstance(v, str) else v for v in value]
    return value


ActField = Annotated[Act, BeforeValidator(Act.parse)]
"""An Act, written as "oia", "OIA", "lgoima", "privacy"... (its value or name)."""

OptionalActField = Annotated[Act | None, BeforeValidator(_act_or_none)]
"""An Act or nothing (e.g. a transfer that keeps the original Act)."""

RegionField = Annotated[str | None, BeforeValidator(parse_region)]
"""A region's python-holidays code ("WGN"), from its code or name; None if not a council."""
