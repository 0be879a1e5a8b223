"""A table's row of labels over its row of values, read as one label beside each value.

Acknowledgements and register entries often give their facts as a small table:

    Date received       Due date
    3 May 2024          31 May 2024

Once the reader folds whitespace (:mod:`.text`), that reads "Date received Due date 3 May
2024 31 May 2024": the due date's label stands just before the day of receipt, and the
receipt has no date after its label. So before reading, a line of two to six short cells
that are all labels (no digit), one of them a date's or a number's ("Date received",
"Reference"), apart by a tab, a bar or two or more spaces, followed by a line of as many
cells that holds a digit, is rewritten as one line per column, "Date
received 3 May 2024" and "Due date 31 May 2024". The rewriting keeps the text's length
(the lines are padded with spaces) so every offset outside the table stays where it was.
A line whose cells cannot be paired (a different number of cells, a sentence, prose
whose words a text layer set two spaces apart) is left as it is.
"""

from __future__ import annotations

import re

_CELL_GAP = re.compile(r"\t+|[^\S\n]*\|[^\S\n]*|[^\S\n]{2,}")
"""What separates a table's cells in text: tabs, a bar, or two or more spaces."""
_HAS_GAP = re.compile(r"\S(?:\t|[^\S\n]*\|[^\S\n]*|[^\S\n]{2,})\S")
_DIGIT = re.compile(r"\d")
MAX_CELLS = 6
MAX_LABEL = 40
"""A label cell is short: a table's heading, not a sentence."""


def _cells(line: str) -> list[str]:
    return [c for c in _CELL_GAP.split(line.strip()) if c]


_PROSE = re.compile(
    r"\b(?:your|you|we|our|is|are|was|were|will|be|has|have|this|that|which|please|if|can)\b"
    r"|[.,;?!]$",
    re.IGNORECASE,
)
"""Words of a sentence, not of a label: a wrapped line of prose is no table's heading."""
MAX_LABEL_WORDS = 4


_OWNED_LABEL = re.compile(r"(?:our|your)\s+(?:ref(?:erence)?|file)\b[^\n]*", re.IGNORECASE)
"""A label with its owner ("Our reference", "Your ref"): a table's heading, though "our" is
a word of prose."""


def _labels(cells: list[str]) -> bool:
    return 2 <= len(cells) <= MAX_CELLS and all(
        len(c) <= MAX_LABEL
        and len(c.split()) <= MAX_LABEL_WORDS
        and not _DIGIT.search(c)
        and (not _PROSE.search(c) or _OWNED_LABEL.fullmatch(c.rstrip(":")) is not None)
        for c in cells
    )


_FACT_LABEL = re.compile(
    r"\b(?:date|received|receipt|due|deadline|ref|reference|number|response|responded|sent"
    r"|extension|extended|transfer(?:red)?|request)\b",
    re.IGNORECASE,
)
"""A word of a label for a date or a number: a column's label must hold one (see
:func:`_columns`), so a letterhead's lines over its date are not taken for a table."""


def _paired(labels: list[str], values: list[str]) -> str:
    """Each label beside its value as a form writes it, "Received: 3 May 2024".

    The colon makes a bare heading ("Received", "Due") a label the way a form's is, so a
    table's "Received" over "3 May 2024" reads as "Received: 3 May 2024" does.
    """
    return "\n".join(
        f"{label if label.endswith(':') else label + ':'} {value}"
        for label, value in zip(labels, values, strict=True)
    )


def _columns(lines: list[str], out: list[str | None]) -> None:
    """Pair a column of labels, one a line, with the column of as many values under it.

    A table's text layer read down its columns: "Date received / Due date / 3 May 2024 /
    31 May 2024", each on its own line.
    """
    i = 0
    while i < len(lines):
        k = 0
        while (
            i + k < len(lines)
            and k < MAX_CELLS
            and len(lines[i + k]) <= MAX_LABEL + 8
            and _FACT_LABEL.search(lines[i + k])
            and _labels([lines[i + k].strip(), "x"])
        ):
            k += 1
        values = lines[i + k : i + 2 * k]
        if (
            k < 2
            or len(values) < k
            or not all(_DIGIT.search(v) and len(v.strip()) <= MAX_LABEL for v in values)
        ):
            i += max(k, 1)
            continue
        block = lines[i : i + 2 * k]
        width = sum(map(len, block)) + len(block) - 1
        labels, cells = [x.strip() for x in block[:k]], [v.strip() for v in values]
        paired = _paired(labels, cells)
        if len(paired) > width:
            paired = "\n".join(
                f"{label} {value}" for label, value in zip(labels, cells, strict=True)
            )
        if len(paired) <= width:
            out[i] = paired + " " * (width - len(paired))
            for j in range(i + 1, i + 2 * k):
                out[j] = None
        i += 2 * k


def unflatten(text: str) -> str:
    """``text`` with each labels-over-values pair of lines written label beside value."""
    if "\n" not in text:
        return text
    lines = text.split("\n")
    out: list[str | None] = list(lines)
    if _FACT_LABEL.search(text):
        _columns(lines, out)
    i = 0
    rows = _HAS_GAP.search(text) is not None
    while rows and i < len(lines) - 1:
        if out[i] is None or out[i] != lines[i] or out[i + 1] != lines[i + 1]:
            i += 1
            continue
        line = lines[i]
        gapped = ("\t" in line or "|" in line or "  " in line) and _HAS_GAP.search(line)
        head = _cells(line) if gapped else []
        if not _labels(head) or not any(_FACT_LABEL.search(c) for c in head):
            # a table of facts has a label of one ("Date received"); a line of prose whose
            # words are all apart by two spaces (a text layer's) is no table
            i += 1
            continue
        values = _cells(lines[i + 1])
        if len(values) != len(head) or not _DIGIT.search(lines[i + 1]):
            i += 1
            continue
        width = len(lines[i]) + 1 + len(lines[i + 1])
        paired = _paired(head, values)
        if len(paired) > width:
            paired = "\n".join(
                f"{label} {value}" for label, value in zip(head, values, strict=True)
            )
        if len(paired) > width:
            i += 1
            continue
        # the two lines become the pairs, padded to the same length; the newline between
        # them is inside ``paired`` (or padding) so the line count may change, not the length
        padded = paired + " " * (width - len(paired))
        out[i] = padded
        out[i + 1] = None
        i += 2
    if out == lines:
        return text
    return "\n".join(line for line in out if line is not None)
