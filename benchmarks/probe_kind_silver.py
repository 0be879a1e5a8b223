"""Does the reader tell the KIND of agency messages from bodies it never saw?

The silver set (``tests/corpus/silver/``, issue 13) holds agency messages from FYI.org.nz
threads. Its kind labels (``kinds.tsv``: columns ``id set kind evidence``) are the messages
two annotators labelled alike and judged complete, in the corpus's kinds (acknowledgement,
clarification, extension, transfer, decision, release, other). The set is split by body as
the letters corpus is, and no kind rule or weight was written on it, so its ``dev`` part is
a fresh measure of the kind reader.

Each message is read as the letter bench reads a letter (:func:`oiaassist.reading.read_letter`)
and scored by the reader's kind (``--policy reader``, the default) or by each candidate
policy of ``kind_policies.py`` side by side (``--policy all``): right/total and the
confusions (truth→got). ``--show P`` lists P's misses with the label's evidence.

Only rows with ``set`` ``dev`` are read. ``--set heldout`` is refused unless ``--lead`` is
given too: the held-out part is the lead's to score, never a tuning aid.

Run: ``.venv/bin/python benchmarks/probe_kind_silver.py [--labels TSV] [--policy all]
[--show P] [--json PATH]``.
"""

from __future__ import annotations

import argparse
import csv
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from kind_policies import POLICIES, evidence, plain
from letter_corpus_counts import KINDS
from oiaassist.reading import read_letter
from probe_kind_policies import score

SILVER = Path(__file__).resolve().parent.parent / "tests" / "corpus" / "silver"


def labels(path: Path, wanted: str) -> list[dict[str, str]]:
    """The label rows of set ``wanted`` (``id set kind evidence``), in file order."""
    with path.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle, delimiter="\t"))
    return [r for r in rows if r.get("set", "").strip() == wanted]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--labels", type=Path, default=SILVER / "kinds.tsv")
    parser.add_argument("--root", type=Path, default=SILVER, help="the silver set's folder")
    parser.add_argument("--set", default="dev", choices=("dev", "heldout"))
    parser.add_argument("--lead", action="store_true", help="the lead's: allow --set heldout")
    parser.add_argument("--policy", default="reader", help="reader, P0…P6, or all")
    parser.add_argument("--show", default="", help="list this policy's misses")
    parser.add_argument("--json", type=Path, help="save each message's kinds by policy")
    args = parser.parse_args(argv)
    if args.set == "heldout" and not args.lead:
        print("refused: the held-out part is scored by the lead only (--lead)", file=sys.stderr)
        return 2
    names = ["reader", *POLICIES] if args.policy == "all" else [args.policy]
    if any(n != "reader" and n not in POLICIES for n in names):
        print(f"unknown policy {args.policy}", file=sys.stderr)
        return 2
    rows = labels(args.labels, args.set)
    strange = sorted({r["kind"] for r in rows} - set(KINDS))
    if strange:
        print(f"labels outside the corpus's kinds (skipped): {strange}", file=sys.stderr)
    truths: list[str] = []
    got: dict[str, list[str]] = {n: [] for n in names}
    ids: list[str] = []
    evidences: list[str] = []
    for row in rows:
        if row["kind"] not in KINDS:
            continue
        text_path = args.root / args.set / f"{row['id']}.txt"
        if not text_path.exists():
            print(f"no text for {row['id']}", file=sys.stderr)
            continue
        reading = read_letter(text_path.read_text(encoding="utf-8"))
        ev = evidence(reading)
        for n in names:
            got[n].append(plain(reading.kind) if n == "reader" else POLICIES[n](ev))
        truths.append(row["kind"])
        ids.append(row["id"])
        evidences.append(row.get("evidence", ""))
    score(f"silver {args.set} messages", truths, got, ids)
    if args.show:
        for i, t in enumerate(truths):
            if got[args.show][i] != t:
                print(f"    {ids[i]}: truth {t}, {args.show} {got[args.show][i]}  ({evidences[i]})")
    if args.json:
        out = {ids[i]: {n: got[n][i] for n in names} | {"truth": t} for i, t in enumerate(truths)}
        args.json.write_text(json.dumps(out, indent=1) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
