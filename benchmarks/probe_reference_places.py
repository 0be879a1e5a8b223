"""Does the reference finder find a reference in every PLACE a letter may print it?

``probe_reference.py`` rewrites the references the development letters print, where
those letters print them. A new agency prints its number elsewhere: a letterhead's first
line, under the date, in an email's "Subject:" header, in the line under the greeting,
inside the body's first sentence, in brackets after "your request", in the signature
block, as a page's running footer. This probe takes each development letter (and
extract) that states NO reference and reads none, puts one reference in one such place
(under several labels and shapes, each a register's shape seen in some agency's letters),
and reads it again: right, wrong (another number read), or missed. Since the letters
carry no reference of their own, every number the reader may prefer is one the letter
already held: a wrong reading is a real confusion, not an artefact.

Only dev texts are read (never ``heldout/``). Run:
``.venv/bin/python benchmarks/probe_reference_places.py [--show PLACE]``.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter
from collections.abc import Callable, Iterator
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_letters import CORPUS
from oiaassist.reading import patterns as lp
from probe_reference import outcome, read

EXTRACTS = CORPUS.parent / "extracts" / "dev.jsonl"
SHAPES = ("OIA-2024-0567", "1329712", "DOIA 2425-0430", "LGOIMA 8140012345", "IR-01-24-567")
"""One register shape of each family: act letters and a year, bare digits, a department's,
a council's long number, a Treasury-like dotted series."""


def _greeting_line_end(text: str) -> int | None:
    match = lp.SALUTATION.search(text)
    if match is None:
        return None
    end = text.find("\n", match.end())
    return len(text) if end < 0 else end


def _first_line_end(text: str) -> int:
    end = text.find("\n")
    return len(text) if end < 0 else end


def _top(text: str, ref: str) -> str:
    return f"Our ref: {ref}\n\n{text}"


def _top_bare(text: str, ref: str) -> str:
    return f"{ref}\n\n{text}"


def _after_first_line(text: str, ref: str) -> str:
    end = _first_line_end(text)
    return f"{text[:end]}\nReference: {ref}{text[end:]}"


def _subject_header(text: str, ref: str) -> str:
    return f"Subject: RE: Official Information Act request {ref} - your request\n\n{text}"


def _subject_run_on(text: str, ref: str) -> str:
    return (
        "From: OIA Requests Sent: Monday, 6 May 2024 10:03 AM To: [name] "
        f"Subject: OIA request - {ref}\n\n{text}"
    )


def _under_greeting(text: str, ref: str) -> str | None:
    end = _greeting_line_end(text)
    if end is None:
        return None
    return f"{text[:end]}\n\nOfficial information request - our reference {ref}\n{text[end:]}"


def _re_line(text: str, ref: str) -> str | None:
    end = _greeting_line_end(text)
    if end is None:
        return None
    return f"{text[:end]}\n\nRe: Request for information (Ref {ref})\n{text[end:]}"


def _first_sentence(text: str, ref: str) -> str | None:
    end = _greeting_line_end(text)
    start = 0 if end is None else end
    return f"{text[:start]}\n\nYour request has been logged as {ref}. {text[start:].lstrip()}"


def _in_brackets(text: str, ref: str) -> str | None:
    match = re.search(r"\byour (?:\w+ )?(?:information |OIA |LGOIMA )?request\b", text)
    if match is None:
        return None
    return f"{text[: match.end()]} (our ref: {ref}){text[match.end() :]}"


def _signature(text: str, ref: str) -> str:
    return f"{text.rstrip()}\n\nOur reference: {ref}\n"


def _footer_page(text: str, ref: str) -> str:
    return f"{text.rstrip()}\n\n{ref}\n2\n"


PLACES: dict[str, Callable[[str, str], str | None]] = {
    "top 'Our ref:'": _top,
    "top, no label": _top_bare,
    "under line 1 'Reference:'": _after_first_line,
    "email Subject: header": _subject_header,
    "run-on email header": _subject_run_on,
    "line under greeting": _under_greeting,
    "'Re:' line, bracketed": _re_line,
    "first sentence 'logged as'": _first_sentence,
    "'your request (our ref: …)'": _in_brackets,
    "signature 'Our reference:'": _signature,
    "page footer": _footer_page,
}


def dev_texts() -> Iterator[tuple[str, str]]:
    """(id, text) of each dev letter and extract that states no reference and reads none."""
    for path in sorted((CORPUS / "dev").glob("*.json")):
        row = json.loads(path.read_text(encoding="utf-8"))
        if not row["stated"].get("reference"):
            yield row["id"], path.with_suffix(".txt").read_text(encoding="utf-8")
    for line in EXTRACTS.read_text(encoding="utf-8").splitlines():
        row = json.loads(line) if line.strip() else {}
        if row and not row.get("stated", {}).get("reference"):
            yield row["id"], row["text"]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--show", metavar="PLACE", help="list each letter that place misreads")
    args = parser.parse_args(argv)
    per_place: dict[str, Counter[str]] = {name: Counter() for name in PLACES}
    total: Counter[str] = Counter()
    letters = 0
    for letter_id, text in dev_texts():
        if read(text) is not None:
            continue  # reads a reference the truth does not state: not a clean frame
        letters += 1
        for name, place in PLACES.items():
            for ref in SHAPES:
                rewritten = place(text, ref)
                if rewritten is None:
                    continue
                got = read(rewritten)
                result = outcome(got, ref)
                per_place[name][result] += 1
                total[result] += 1
                if args.show and args.show in name and result != "right":
                    print(f"  {letter_id} [{ref}] read {got!r}")
    print(f"{letters} dev texts stating no reference")
    for name, counts in {**per_place, "ALL": total}.items():
        n = sum(counts.values())
        print(
            f"{name:30} {n:5} readings: right {100 * counts['right'] / max(n, 1):5.1f}%"
            f"  wrong {counts['wrong']:3}  missed {counts['missed']:4}"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
