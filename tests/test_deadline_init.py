"""Deadline's hand-written __init__ (a speed-up) must match its dataclass fields."""

import dataclasses
import inspect
from datetime import date

import pytest

from oiaassist import Deadline, extend_deadline, response_deadline


def test_init_signature_matches_fields() -> None:
    params = list(inspect.signature(Deadline.__init__).parameters.values())[1:]
    fields = dataclasses.fields(Deadline)
    assert [p.name for p in params] == [f.name for f in fields]
    defaults = [p.default for p in params]
    assert defaults == [
        inspect.Parameter.empty if f.default is dataclasses.MISSING else f.default for f in fields
    ]


def test_init_sets_every_field_and_stays_frozen() -> None:
    deadline = extend_deadline(response_deadline(date(2024, 9, 13)), working_days=45)
    names = [f.name for f in dataclasses.fields(Deadline)]
    assert list(vars(deadline)) == names
    assert dataclasses.replace(deadline) == deadline
    assert hash(dataclasses.replace(deadline)) == hash(deadline)
    with pytest.raises(dataclasses.FrozenInstanceError):
        deadline.due = date(2025, 1, 1)  # type: ignore[misc]
