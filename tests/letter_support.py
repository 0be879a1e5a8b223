"""The letter corpus's development texts, by id, for tests built from real letters."""

from __future__ import annotations

from pathlib import Path

DEV = Path(__file__).parent / "corpus" / "letters" / "dev"
"""The development letters (the reader may be tuned on these; never on the held-out set)."""


def dev_letter(letter_id: str) -> str:
    """The text of the development letter ``letter_id`` (e.g. "fyi-12094-otago-extension")."""
    return (DEV / f"{letter_id}.txt").read_text(encoding="utf-8")
