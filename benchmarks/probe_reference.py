"""Does the reference finder follow a register, a label or a neighbour it was not tuned on?

The reference finder (``oiaassist.reading.reference``) was fitted on the development
letters' own registers and labels. Leave-agency-out cross-validation
(``fit_reference.py``) tests its weights, not its candidate features, which were written
while reading those same letters. This probe tests the features: it takes each dev text
whose truth row states a reference that the text prints, rewrites it, and reads it again.

* ``shapes``: the reference is replaced (everywhere) by another register's shape
  ("OIA-CE-2024-0044", "BR2021/345", "ECM 8827441", "3961", …): found right, wrong or missed;
* ``labels``: the label before it is replaced by another agency's ("OUR REF", "Request ID:",
  "Ref:-", "Tohutoro:", the label over a blank line, …);
* ``neighbours``: a line holding another number (a document's, a phone's, the Ombudsman's,
  another request's) is put under the reference's line, or halfway down the letter: the
  reference must stay right or be left unknown, never replaced by the neighbour; and a line
  ending in a web or email address or a file's name is put above it (a letterhead's).

A wrong reference is worse than none (the corpus README). Only dev texts are read (never
``heldout/``). Run: ``.venv/bin/python benchmarks/probe_reference.py [--show]``.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_letters import CORPUS, _fold_ref
from oiaassist.reading.facts import Facts
from oiaassist.reading.reference import find_reference
from oiaassist.reading.text import LetterText

EXTRACTS = CORPUS.parent / "extracts" / "dev.jsonl"
SHAPES = (
    "OIA-2024-0123", "2024/0567", "OIA24-0567", "R123456", "DOIA 2425-0430", "1329712",
    "MC-12345", "BR2021/345", "31.2/18/1", "CAS-154735-W3W6K2", "LGOIMA/24/123",
    "OIA-CE-2024-0044", "IR-01-25-19467", "OIAD-3564", "OIR-24-117", "GOV-028412", "24-123",
    "OIA 24/25-0502", "ECM 8827441", "PR-2024-1187", "HNZ00034115", "A1627489", "OIA2526_67",
    "MIN-2024-0877", "20240412-03", "REQ-0012345", "OIA#1234", "FOI 2023-087", "3961",
    "OIA–2024–0123", "OIA 2024 - 0123",
)  # fmt: skip
LABELS = (
    "{L}\n{R}", "{L}\n \n{R}", "Our Reference: {R}", "Ref No. {R}", "Reference number: {R}",
    "File Ref: {R}", "OIA Reference: {R}", "Request ID: {R}", "Tohutoro: {R}", "Our file: {R}",
    "Case No: {R}", "Request number: {R}", "Ref. {R}", "Reference #: {R}", "OUR REF {R}",
    "Ref:- {R}", "Te tohutoro: {R}", "Reference No.: {R}", "Our Ref.: {R}",
    "Correspondence ref: {R}", "Our reference\t{R}", "OIA ref: {R}",
    "Our ref: {R} (please quote this)", "Reference: {R}\nDate: 1 May 2024",
    "Your ref: [name]  Our ref: {R}", "In reply please quote: {R}",
    "Official Information Act request {R}", "LGOIMA Request No. {R}", "RE: OIA REQUEST {R}",
    "Phone 04 123 4567 | Our ref: {R}", "Request #{R}", "Correspondence ID: {R}", "Ref#{R}",
    "Reference code: {R}", "Ref / {R}",
)  # fmt: skip
NEIGHBOURS = (
    "Document 3: Briefing BR2024/0567 dated 3 May 2024", "Your ref: ABC-12345",
    "Ombudsman reference: 600123", "This relates to your previous request OIA-2023-0999.",
    "Phone 04 123 4567", "Ref #22696461 v1.1", "Cabinet paper CAB-24-MIN-0123",
    "1. Email 24-0133 - released in full", "Report number 2024-1187",
    "Customer number: 4411872", "Attachment: OIA-30645-Response.pdf", "Aide memoire AM24-567",
    "Memo ID: MEM-2024-0789", "ISBN 978-1-99-115000-7", "PO Box 5013, Wellington 6140",
    "PQ 12345 (2024)", "CAB-22-MIN-0456 refers",
)  # fmt: skip
ABOVE = (
    "www.agency.govt.nz", "Email: oia@agency.govt.nz", "Response letter.pdf",
    "Phone: 04 123 4567", "PO Box 5013, Wellington 6140", "Level 7, 15 Stout Street",
)  # fmt: skip
"""A letterhead's web, email, phone or address line, or an attachment's name, on the line
above (round 7)."""
_LABEL = re.compile(
    r"(?i)(?:our\s+)?(?:ref(?:erence)?s?\.?(?:\s*(?:no\.?|number|#))?|file\s*(?:ref|number)?"
    r"|request\s+(?:no\.?|number))\s*[:#.-]?\s*$"
)
"""The label the dev text prints before its reference, to be replaced."""


def dev_texts() -> Iterator[tuple[str, str, str]]:
    """(id, text, reference) for each dev letter and extract whose text prints its reference."""
    for path in sorted((CORPUS / "dev").glob("*.json")):
        row = json.loads(path.read_text(encoding="utf-8"))
        text = path.with_suffix(".txt").read_text(encoding="utf-8")
        ref = row["stated"].get("reference")
        if ref and ref in text:
            yield row["id"], text, ref
    for line in EXTRACTS.read_text(encoding="utf-8").splitlines():
        row = json.loads(line) if line.strip() else {}
        ref = row.get("stated", {}).get("reference")
        if ref and ref in row["text"]:
            yield row["id"], row["text"], ref


def read(text: str) -> str | None:
    """The reference the finder reads in ``text``."""
    letter = LetterText(text)
    found = find_reference(letter, Facts(letter).heading_end())
    return None if found is None else found.value


def outcome(got: str | None, want: str) -> str:
    """right, wrong or missed."""
    if got is None:
        return "missed"
    return "right" if _fold_ref(got) == _fold_ref(want) else "wrong"


def variants(text: str, ref: str) -> Iterator[tuple[str, str, str, str]]:
    """(probe, variant name, rewritten text, the reference it now states)."""
    for shape in SHAPES:
        yield "shapes", shape, text.replace(ref, shape), shape
    at = text.find(ref)
    line_start = text.rfind("\n", 0, at) + 1
    label = _LABEL.search(text, line_start, at)
    if label is not None:
        written = text[label.start() : at].rstrip()
        for form in LABELS:
            rewritten = form.format(L=written, R=ref)
            yield "labels", form, text[: label.start()] + rewritten + text[at + len(ref) :], ref
    line_end = text.find("\n", at)
    line_end = len(text) if line_end < 0 else line_end
    lines = text.split("\n")
    half = len(lines) // 2
    for other in NEIGHBOURS:
        yield "neighbours", f"{other} (next)", f"{text[:line_end]}\n{other}{text[line_end:]}", ref
        middle = "\n".join([*lines[:half], other, *lines[half:]])
        yield "neighbours", f"{other} (middle)", middle, ref
    for other in ABOVE:
        # the line above the reference's line ends in a web or email address or a file's name
        above = f"{text[:line_start]}{other}\n{text[line_start:]}"
        yield "neighbours", f"{other} (above)", above, ref


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--show", action="store_true", help="list each wrong reading")
    args = parser.parse_args(argv)
    totals: dict[str, Counter[str]] = {}
    by_variant: dict[tuple[str, str], Counter[str]] = {}
    for letter_id, text, ref in dev_texts():
        for probe, name, rewritten, want in variants(text, ref):
            got = read(rewritten)
            result = outcome(got, want)
            totals.setdefault(probe, Counter())[result] += 1
            by_variant.setdefault((probe, name), Counter())[result] += 1
            if args.show and result == "wrong":
                print(f"  {letter_id} [{probe}: {name!r}] read {got!r}, states {want!r}")
    for (probe, name), counts in by_variant.items():
        if counts["right"] != sum(counts.values()):
            print(
                f"  {probe:10} {name!r:56} right {counts['right']:3} wrong {counts['wrong']:2}"
                f" missed {counts['missed']:3}"
            )
    for probe, counts in totals.items():
        total = sum(counts.values())
        print(
            f"{probe:10} {total:5} readings: right {100 * counts['right'] / total:5.1f}%"
            f"  wrong {counts['wrong']:3} ({100 * counts['wrong'] / total:.1f}%)"
            f"  missed {counts['missed']:3}"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
