"""Does the author finder name the right body on agency messages from bodies it never saw?

The silver set (``tests/corpus/silver/``, issue 13) holds hundreds of agency messages from
FYI.org.nz threads, each labelled only by the body that wrote it (FYI's own chrome says so)
and whether the message's own text shows it (``shown``: a letterhead, a signature naming the
body in any form, an email domain, "on behalf of X"…). It is split by body, as the letters
corpus is, so its ``dev`` part is a fresh-body measure of the author finder, and its
``heldout`` part is never read here.

Each dev message is read as the letter bench reads a letter (``read_letter`` for the bodies
the letter rules out, then :func:`oiaassist.reading.author.letter_author`) and scored by the
law of "never a mere mention":

* ``shown`` yes: **right** (the label's body), **wrong** (another body) or **none found**;
* ``shown`` no: **right (none)** or **guessed** (a body named though the text does not show
  one; counted even when it happens to match).

Counts are printed by where the finder found the body (``how``: sender, signature,
letterhead, self) and with the number of distinct bodies. ``--show`` lists the misses with
the label's evidence words, ``--json`` saves the figures (``tests/test_author_silver.py``
holds a floor on them).

Last round's ten-page check (``benchmarks/data/author_silver.tsv``, texts kept outside the
repo) still runs with ``--texts DIR``.

Run: ``.venv/bin/python benchmarks/probe_author_silver.py [--root DIR] [--show] [--json PATH]``.
"""

from __future__ import annotations

import argparse
import csv
import json
import re
import sys
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_letters import _agency, _same_agency
from oiaassist.agencies.normalise import fold
from oiaassist.reading import read_letter
from oiaassist.reading.author import letter_author

SILVER = Path(__file__).resolve().parent.parent / "tests" / "corpus" / "silver"
LABELS = Path(__file__).resolve().parent / "data" / "author_silver.tsv"


@dataclass(frozen=True, slots=True)
class Verdict:
    """One silver message read: its label, what the finder named, and the verdict."""

    id: str
    body: str
    shown: bool
    evidence: str
    got: str
    how: str
    verdict: str


def labels(root: Path = SILVER) -> list[dict[str, str]]:
    """Every dev row of the silver label files (``labels-*.tsv``); held-out rows are skipped."""
    rows: list[dict[str, str]] = []
    seen: set[str] = set()
    for path in sorted(root.glob("labels-*.tsv")):
        with path.open(encoding="utf-8", newline="") as handle:
            for row in csv.DictReader(handle, delimiter="\t"):
                ident = (row.get("id") or "").strip()
                if (row.get("set") or "").strip() != "dev" or not ident or ident in seen:
                    continue
                seen.add(ident)
                rows.append({k: (v or "").strip() for k, v in row.items() if k})
    return rows


def judge(body: str, shown: bool, got: str, evidence: str = "") -> str:
    """The verdict on one message, by the law of "never a mere mention".

    FYI.org.nz lists some Ministers by their holder's name ("Nicola Willis"), the
    directory by portfolio: a Minister found by words that name that holder ("Thank you
    for contacting Hon Nicola Willis, Minister of Finance, …") is the label's author.
    """
    if not shown:
        return "right (none)" if not got else "guessed"
    if not got:
        return "none found"
    if _same_agency(got, body):
        return "right"
    holder = _agency(body) is None and got.startswith(("Minister", "Prime Minister"))
    return "right" if holder and f" {fold(body)} " in f" {fold(evidence)} " else "wrong"


def read_silver(root: Path = SILVER) -> list[Verdict]:
    """Read every silver dev message that has a text."""
    out = []
    for row in labels(root):
        path = root / "dev" / f"{row['id']}.txt"
        if not path.exists():
            continue
        text = path.read_text(encoding="utf-8")
        author = letter_author(text, not_these=read_letter(text).not_authors)
        got = author.name if author else ""
        shown = row.get("shown", "").lower().startswith("y")
        verdict = judge(row["body"], shown, got, author.evidence if author else "")
        how = author.how if author else "-"
        evidence = row.get("evidence", "")
        out.append(Verdict(row["id"], row["body"], shown, evidence, got, how, verdict))
    return out


_FAMILIES = (
    ("placeholder", re.compile(r"\[[^\]]{2,80} request email\]", re.IGNORECASE)),
    ("domain", re.compile(r"@|\bwww\.|\.govt\.nz|\.org\.nz|\.ac\.nz|\.co\.nz", re.IGNORECASE)),
    ("on behalf", re.compile(r"\bon\s+behalf\s+of\b", re.IGNORECASE)),
    ("minister's office", re.compile(r"\bOffice\s+of\b.{0,40}\b(?:Hon|Minister)\b|\bHon\b")),
)
"""Kinds of evidence told by their shape (the label's evidence words), strongest first."""


def family(body: str, evidence: str) -> str:
    """The kind of evidence by which the label says a message shows its author.

    By shape first (an FYI address placeholder, a domain, "on behalf of", a Minister's
    office), then by which of the body's directory names the words hold: its full name,
    its te reo name, an alias or acronym; else "other" (a unit, a short form the
    directory lacks, a body outside the directory).
    """
    for name, pattern in _FAMILIES:
        if pattern.search(evidence):
            return name
    agency = _agency(body)
    said = f" {fold(evidence)} "
    if agency is None:
        return "full name" if f" {fold(body)} " in said else "other"
    if f" {fold(agency.name)} " in said:
        return "full name"
    if agency.maori_name and f" {fold(agency.maori_name)} " in said:
        return "te reo name"
    if any(alias and f" {fold(alias)} " in said for alias in agency.aliases):
        return "alias/acronym"
    return "other"


def figures(verdicts: list[Verdict]) -> dict[str, float | int]:
    """The counts and rates the report and the floor test use."""
    counts = Counter(v.verdict for v in verdicts)
    shown = sum(1 for v in verdicts if v.shown)
    right = counts["right"] + counts["right (none)"]
    return {
        "messages": len(verdicts),
        "bodies": len({v.body for v in verdicts}),
        "shown": shown,
        "right": counts["right"],
        "wrong": counts["wrong"],
        "none_found": counts["none found"],
        "right_none": counts["right (none)"],
        "guessed": counts["guessed"],
        "right_rate": right / len(verdicts) if verdicts else 0.0,
        "shown_found_rate": counts["right"] / shown if shown else 0.0,
    }


def report(verdicts: list[Verdict], show: bool) -> None:
    """Print the verdicts' counts (and with ``show`` the misses)."""
    if show:
        for v in verdicts:
            if v.verdict not in ("right", "right (none)"):
                print(f"{v.id:10s} {v.verdict:11s} got {v.got or '-'!r} ({v.how}), want {v.body!r}")
                print(f"{'':10s} evidence: {v.evidence[:160]}")
    f = figures(verdicts)
    print(f"silver dev: {f['messages']} messages from {f['bodies']} bodies ({f['shown']} shown)")
    print(
        f"  shown:     right {f['right']}, wrong {f['wrong']}, none found {f['none_found']}"
        f"  ({f['shown_found_rate']:.1%} right)"
    )
    print(f"  not shown: right (none) {f['right_none']}, guessed {f['guessed']}")
    print(f"  all right by the law: {f['right_rate']:.1%}")
    by_how: Counter[tuple[str, str]] = Counter((v.how, v.verdict) for v in verdicts if v.got)
    for (how, verdict), n in sorted(by_how.items()):
        print(f"  found by {how:10s} {verdict:8s} {n}")
    by_family: Counter[tuple[str, str]] = Counter(
        (family(v.body, v.evidence), v.verdict) for v in verdicts if v.shown
    )
    for name in sorted({f for f, _ in by_family}):
        row = ", ".join(
            f"{verdict} {n}" for (f, verdict), n in sorted(by_family.items()) if f == name
        )
        print(f"  evidence {name:17s} {row}")


def _legacy(texts: Path) -> int:
    """Last round's ten-page check: labels in ``author_silver.tsv``, texts in ``texts``."""
    counts: Counter[str] = Counter()
    for line in LABELS.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        page, _source, want, _note = line.split("\t")
        path = texts / f"{page}.txt"
        if not path.exists():
            counts["no text"] += 1
            continue
        found = letter_author(path.read_text(encoding="utf-8"))
        got = found.name if found else ""
        verdict = judge(want, want != "-", got)
        counts[verdict] += 1
        print(f"{page:10s} {verdict:13s} got {got or '-'!r}, want {want!r}")
    print(", ".join(f"{k}: {v}" for k, v in sorted(counts.items())))
    return 0


def main(argv: list[str] | None = None) -> int:
    """Read the silver dev messages (or last round's pages) and print the counts."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--root", type=Path, default=SILVER, help="the silver set's folder")
    parser.add_argument("--set", choices=("dev",), default="dev", help="only dev is read")
    parser.add_argument("--show", action="store_true", help="list the misses")
    parser.add_argument("--json", type=Path, help="save the figures as JSON")
    parser.add_argument("--texts", type=Path, help="last round's pages: directory of <id>.txt")
    args = parser.parse_args(argv)
    if args.texts is not None:
        return _legacy(args.texts)
    verdicts = read_silver(args.root)
    report(verdicts, args.show)
    if args.json is not None:
        args.json.write_text(json.dumps(figures(verdicts), indent=2) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
