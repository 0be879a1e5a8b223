"""Every letter, rendered from its seed example, against a committed text snapshot.

The snapshots are reviewed as diffs: a wording or layout change shows up in
the pull request. Regenerate after an intended change with

    OIAASSIST_UPDATE_SNAPSHOTS=1 scripts/test -k snapshot

which rewrites the snapshots that changed and fails for each (so an update run
never passes without comparing); review ``git diff tests/snapshots`` and run
again without the flag. CI refuses the flag.
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
IN_CI = bool(os.environ.get("CI"))


def _matches(name: str, text: str) -> None:
    """Compare with the snapshot; update mode rewrites a changed one and still fails.

    So an update run cannot pass without comparing: it passes only where nothing
    changed, and a rewritten snapshot is reviewed (git diff) before a plain run passes.
    """
    path = SNAPSHOTS / name
    expected = path.read_text(encoding="utf-8") if path.is_file() else None
    if UPDATE and text != expected:
        assert not IN_CI, "OIAASSIST_UPDATE_SNAPSHOTS=1 is not allowed in CI"
        path.write_text(text, encoding="utf-8")
        pytest.fail(f"{name} rewritten: review it (git diff), then run without the update flag")
    assert expected is not None, f"no snapshot {name}: run with OIAASSIST_UPDATE_SNAPSHOTS=1"
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
