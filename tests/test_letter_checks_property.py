"""Checks that cannot lie: a ✗ never rests on a fact the letter no longer states (issue 13).

A property over the real development letters (tests/corpus/letters/dev): take a
letter, blank out any of the dates it writes (as a redaction would: "[date]"), read
and check it again. Removing a date removes a fact; it can take a ✗ away but never
add one, and no ✗ may appear that the letter's truth row does not list as a breach.
A ✗ needs every fact it rests on stated (the day of receipt, the day checked); with
one of them gone the check must say it cannot tell.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from oiaassist.reading import check_reading, read_letter
from oiaassist.reading.author import letter_author
from oiaassist.reading.checks import CheckKind, DateCheck
from oiaassist.reading.patterns import DATE_ANYWHERE

DEV = Path(__file__).parent / "corpus" / "letters" / "dev"
LETTERS = sorted(p.stem for p in DEV.glob("*.json"))

# The corpus's breach codes for each kind of check that can say ✗
# (tests/corpus/letters/README.md; benchmarks/bench_letters.py uses the same).
_CODES = {
    CheckKind.STATED_DUE: {"stated_due_wrong"},
    CheckKind.EXTENSION_NOTICE: {"extension_after_limit"},
    CheckKind.EXTENDED_TO: {"stated_due_wrong", "extended_to_wrong"},
    CheckKind.TRANSFER: {"transfer_late"},
    CheckKind.DECISION: {"decision_late"},
    CheckKind.CLARIFICATION: {"clarification_late"},
}


def _load(letter_id: str) -> tuple[str, dict[str, Any]]:
    text = (DEV / f"{letter_id}.txt").read_text(encoding="utf-8")
    truth = json.loads((DEV / f"{letter_id}.json").read_text(encoding="utf-8"))
    return text, truth


def _checks(text: str) -> list[DateCheck]:
    reading = read_letter(text)
    author = letter_author(text, not_these=reading.not_authors)
    return check_reading(reading, agency=author.agency if author else None)


def _crosses(checks: list[DateCheck]) -> set[CheckKind]:
    return {c.kind for c in checks if c.ok is False}


def _redact(text: str, keep: list[bool]) -> str:
    out, at = [], 0
    for match, kept in zip(DATE_ANYWHERE.finditer(text), keep, strict=False):
        out.append(text[at : match.start()])
        out.append(match.group() if kept else "[date]")
        at = match.end()
    out.append(text[at:])
    return "".join(out)


@settings(
    max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow], derandomize=True
)
@given(letter_id=st.sampled_from(LETTERS), data=st.data())
def test_blanking_dates_never_adds_a_cross(letter_id: str, data: st.DataObject) -> None:
    text, truth = _load(letter_id)
    n = sum(1 for _ in DATE_ANYWHERE.finditer(text))
    keep = data.draw(st.lists(st.booleans(), min_size=n, max_size=n), label="keep")
    full = _crosses(_checks(text))
    redacted = _checks(_redact(text, keep))
    listed = {b.lower() for b in truth["statute"]["breaches"]}
    for check in redacted:
        if check.ok is False:
            assert check.kind in full, (letter_id, check.message)
            assert _CODES.get(check.kind, set()) & listed, (letter_id, check.message)


def test_every_development_letter_with_its_receipt_blanked_has_no_cross() -> None:
    """Every ✗ rests on the day of receipt: blank each date the truth row gives as received
    (every way the letter writes that day) and no ✗ is left."""
    for letter_id in LETTERS:
        text, truth = _load(letter_id)
        received = truth["stated"].get("received")
        if received is None:
            continue
        reading = read_letter(text)
        if reading.received is None:
            continue
        start, end = reading.received.span
        blanked = text[:start] + "[date]" + text[end:]
        again = read_letter(blanked)
        if again.received is not None and again.received_basis == "received":
            continue  # the letter states its receipt twice; one is still there
        if again.transferred_in is not None:
            continue  # a transferee's clock runs from the transfer, still stated
        assert not _crosses(_checks(blanked)), letter_id
