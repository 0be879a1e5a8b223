"""Every letter, rendered from its seed example, against a committed text snapshot.

The snapshots are reviewed as diffs: a wording or layout change shows up in
the pull request. Regenerate after an intended change with

    OIAASSIST_UPDATE_SNAPSHOTS=1 scripts/test -k snapshot
"""

from __future__ import annotations

import io
import os
from pathlib import Path

import docx
import pytest

from oiaassist.drafting.kinds import EXAMPLES, LetterKind
from oiaassist.drafting.render import render_docx, render_text

SNAPSHOTS = Path(__file__).resolve().parent / "snapshots"
UPDATE = os.environ.get("OIAASSIST_UPDATE_SNAPSHOTS") == "1"


def _matches(name: str, text: str) -> None:
    path = SNAPSHOTS / name
    if UPDATE:
        path.write_text(text, encoding="utf-8")
        return
    assert path.is_file(), f"no snapshot {name}: run with OIAASSIST_UPDATE_SNAPSHOTS=1"
    expected = path.read_text(encoding="utf-8")
    assert text == expected, f"{name} changed: review, then OIAASSIST_UPDATE_SNAPSHOTS=1"


def _docx_outline(data: bytes) -> str:
    """Each paragraph as "[Style] text", continuation lines indented: layout as a diff."""
    lines = []
    for paragraph in docx.Document(io.BytesIO(data)).paragraphs:
        text = paragraph.text.replace("\t", " → ").replace("\n", "\n    ")
        lines.append(f"[{paragraph.style.name}] {text}")
    return "\n".join(lines) + "\n"


@pytest.mark.parametrize("kind", list(LetterKind))
def test_plain_text_snapshot(kind: LetterKind) -> None:
    letter = EXAMPLES[kind]()
    _matches(f"{letter.template}.txt", str(render_text(letter)))


@pytest.mark.parametrize("kind", list(LetterKind))
def test_docx_snapshot(kind: LetterKind) -> None:
    letter = EXAMPLES[kind]()
    _matches(f"{letter.template}.docx.txt", _docx_outline(render_docx(letter)))
