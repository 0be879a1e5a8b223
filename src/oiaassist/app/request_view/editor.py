"""The request being edited: its JSON, validated and assessed on every change, and saved.

Tabs never talk to each other: each edits this object and redraws when it
says :attr:`RequestEditor.changed`. Every change is written to the store at
once (one small transaction), so nothing typed is lost if the app is killed.
"""

from __future__ import annotations

import copy
from collections.abc import Callable, Mapping
from datetime import date
from typing import Any

from pydantic import ValidationError
from PySide6.QtCore import QObject, Signal

from oiaassist.app.request_view.field_problems import FieldProblem, describe
from oiaassist.errors import OiaAssistError
from oiaassist.storage import Store, Summary
from oiaassist.storage.summaries import summary_from
from oiaassist.tracking import Assessment, Request, assess


def new_request_data(today: date, preferences: tuple[str, ...]) -> dict[str, Any]:
    """A new request: a draft (no events, so no clock runs), the default preferences.

    ``today`` is unused: a draft is not received on any day until it is marked sent.
    """
    del today
    return {
        "schema_version": 1,
        "agency": "",
        "act": "oia",
        "region": None,
        "subject": "",
        "items": [],
        "format_preferences": list(preferences),
        "urgency_reasons": "",
        "grounds_requested": True,
        "reference": "",
        "events": [],
    }


def _event_key(event: Mapping[str, Any]) -> str:
    value = event.get("date")
    return value if isinstance(value, str) else ""


class RequestEditor(QObject):
    """One request under edit (or none)."""

    changed = Signal()
    """The data, its validation, or its assessment changed."""
    loaded = Signal()
    """Another request (or none) is now being edited; redraw every field."""
    saved = Signal(int)
    """The request with this id was written to the store."""

    def __init__(self, store: Store, *, today: Callable[[], date]) -> None:
        super().__init__()
        self.store = store
        self._today = today
        self.request_id: int | None = None
        self.data: dict[str, Any] = {}
        self.compose: dict[str, Any] = {}
        self.request: Request | None = None
        self.assessment: Assessment | None = None
        self.problem: FieldProblem | None = None

    @property
    def today(self) -> date:
        """The day assessments are made for."""
        return self._today()

    # -- choosing what to edit ----------------------------------------------------

    def load(self, request_id: int | None) -> None:
        """Edit request ``request_id`` (None: nothing)."""
        if request_id is None:
            self.request_id, self.data, self.compose = None, {}, {}
            self.request = self.assessment = self.problem = None
        else:
            stored = self.store.get(request_id)
            self.request_id = request_id
            self.data = stored.data
            self.compose = stored.compose
            self._evaluate()
        self.loaded.emit()
        self.changed.emit()

    def create(self, data: Mapping[str, Any], compose: Mapping[str, Any] | None = None) -> int:
        """Store a new request and edit it; return its id."""
        self.data = copy.deepcopy(dict(data))
        self.compose = copy.deepcopy(dict(compose or {}))
        self._evaluate()
        request_id = self.store.create(self.data, compose=self.compose, summary=self._summary())
        self.request_id = request_id
        self.saved.emit(request_id)
        self.loaded.emit()
        self.changed.emit()
        return request_id

    # -- edits ----------------------------------------------------------------------

    def set_value(self, key: str, value: Any) -> None:
        """Change a top-level field of the request (agency, subject, items…)."""
        if self.request_id is None or self.data.get(key) == value:
            return
        self.data[key] = value
        self._changed()

    def set_values(self, changes: Mapping[str, Any], *, remove: tuple[str, ...] = ()) -> None:
        """Change several fields, and drop the keys in ``remove``, at once (one check, one save).

        An agency picked from the directory changes its name, id, Act and region
        together; one at a time, the request would pass through states that
        contradict themselves (an LGOIMA council's id with the OIA).
        """
        if self.request_id is None:
            return
        before = dict(self.data)
        self.data.update(changes)
        for key in remove:
            self.data.pop(key, None)
        if self.data != before:
            self._changed()

    def set_compose(self, key: str, value: Any) -> None:
        """Change a letter-only field (agency email, background…)."""
        if self.request_id is None or self.compose.get(key) == value:
            return
        self.compose[key] = value
        self._save()

    def set_events(self, events: list[dict[str, Any]]) -> list[dict[str, Any]]:
        """Replace the events, kept in date order (a stable sort); return them."""
        ordered = sorted(events, key=_event_key)
        if self.request_id is not None:
            self.data["events"] = ordered
            self._changed()
        return ordered

    def refresh(self) -> None:
        """Re-assess (a new day, a new language) and redraw."""
        if self.request_id is not None:
            self._changed()

    # -- internals ------------------------------------------------------------------

    def _changed(self) -> None:
        self._evaluate()
        self._save()
        self.changed.emit()

    def _evaluate(self) -> None:
        self.request = self.assessment = self.problem = None
        try:
            self.request = Request.model_validate(self.data)
        except ValidationError as exc:
            self.problem = describe(exc, self.data)
            return
        except OiaAssistError as exc:  # raised inside a validator (an unknown Act…)
            self.problem = FieldProblem((), str(exc))
            return
        try:
            self.assessment = assess(self.request, today=self.today)
        except OiaAssistError as exc:  # a date beyond the holiday data
            self.problem = FieldProblem(("events",), str(exc))

    def _summary(self) -> Summary:
        if self.request is not None and self.assessment is not None:
            return summary_from(self.request, self.assessment)
        agency = self.data.get("agency")
        subject = self.data.get("subject")
        return Summary(
            agency=agency if isinstance(agency, str) else "",
            subject=subject if isinstance(subject, str) else "",
        )

    def _save(self) -> None:
        if self.request_id is None:
            return
        self.store.save(self.request_id, self.data, compose=self.compose, summary=self._summary())
        self.saved.emit(self.request_id)
