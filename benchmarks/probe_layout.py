"""Does the reader read a letter the same when its text layer is laid out another way?

The held-out letters are read worse than the dev letters, and most of them come from
PDFs: a letter's words reach the reader with line breaks wherever the page's margin put
them, a running footer ("Page 2 of 3") between two lines of a sentence, words broken by
a hyphen, spaces doubled by justification or lost, a non-breaking space inside a date.
Those accidents belong to no agency's wording, so a reader that survives them on the dev
letters has learnt something that carries to letters it has never seen.

This probe takes each dev letter and rewrites its *layout only* (never a word), in each
of the styles in :data:`LAYOUTS`, then scores every stated field against the unchanged
truth row as ``bench_letters.py`` does. "(as written)" is the letters unchanged. Only dev
letters are read (never ``heldout/``). The layouts are written from how PDF text layers
break text, not from any letter's failures. (Not a layout here: a word broken by a soft
hyphen at a line's end. The dev letters' line-end hyphens are all real ones — "mid-" /
"December", a URL's — so a reader that joined such breaks would be guessing.)

Run: ``.venv/bin/python benchmarks/probe_layout.py [--show LAYOUT]``.
"""

from __future__ import annotations

import argparse
import random
import re
import sys
import textwrap
from collections import Counter
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_letters import load_set, score_letter


def _rewrap(width: int) -> Callable[[str, random.Random], str]:
    """Runs of prose lines joined and broken again at ``width`` (a page's other margin).

    A prose line is a long one (55 characters or more), and the short line after a run
    when it ends a sentence ("tactical options used."); other short lines (a letterhead,
    a date, a reference, a signature) keep their places, as a PDF keeps them.
    """

    def rewrap(text: str, _rng: random.Random) -> str:
        out: list[str] = []
        run: list[str] = []
        for line in text.split("\n"):
            if len(line) >= _PROSE:
                run.append(line.strip())
                continue
            ends_run = bool(run) and line.rstrip()[-1:] in _SENTENCE_END
            if ends_run:
                run.append(line.strip())
            if run:
                out.append(textwrap.fill(" ".join(run), width))
                run = []
            if not ends_run:
                out.append(line)
        if run:
            out.append(textwrap.fill(" ".join(run), width))
        return "\n".join(out)

    return rewrap


_PROSE = 55
"""A line this long is wrapped prose, not a letterhead's or a signature's line."""
_SENTENCE_END = frozenset('.:;”")?')


def _footer(text: str, rng: random.Random) -> str:
    """A running footer and header between two lines of the letter's middle."""
    lines = text.split("\n")
    if len(lines) < 12:
        return text
    at = rng.randrange(len(lines) // 3, 2 * len(lines) // 3)
    page = ["", "Page 1 of 2", "", "IN-CONFIDENCE", ""]
    return "\n".join(lines[:at] + page + lines[at:])


def _double_spaces(text: str, rng: random.Random) -> str:
    """Justified text: some spaces between words doubled or tripled."""
    return re.sub(r"(?<=\S) (?=\S)", lambda _m: " " * rng.choice((1, 1, 2, 3)), text)


def _nbsp(text: str, _rng: random.Random) -> str:
    """Non-breaking spaces where a word processor keeps a day with its month."""
    return re.sub(r"(\d{1,2}) ([A-Z][a-z]+) (\d{4})", "\\1\u00a0\\2\u00a0\\3", text)


def _crlf(text: str, _rng: random.Random) -> str:
    """Windows line ends and a trailing space on each line."""
    return "\r\n".join(line + " " for line in text.split("\n"))


LAYOUTS: dict[str, Callable[[str, random.Random], str]] = {
    "(as written)": lambda text, _rng: text,
    "rewrapped at 60": _rewrap(60),
    "rewrapped at 95": _rewrap(95),
    "page footer mid-letter": _footer,
    "doubled spaces": _double_spaces,
    "non-breaking spaces in dates": _nbsp,
    "prose runs on one line": _rewrap(100_000),  # an HTML email's paragraphs
    "CRLF and trailing spaces": _crlf,
}


def main() -> int:
    """Print each layout's tallies; ``--show`` lists the letters a layout changes."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--show", metavar="LAYOUT", help="list what LAYOUT makes wrong or missed")
    args = parser.parse_args()
    letters = list(load_set("dev"))
    base = {truth["id"]: score_letter(text, truth) for text, truth in letters}
    print(
        f"{'layout':32} {'right':>6} {'wrong':>6} {'missed':>7} {'invented':>9} {'FA':>4}"
        f" {'author':>7} {'kind':>5}"
    )
    for name, layout in LAYOUTS.items():
        marks: Counter[str] = Counter()
        alarms = authors = kinds = 0
        for text, truth in letters:
            rng = random.Random(truth["id"])  # the same accidents on every run
            scored = score_letter(layout(text, rng), truth)
            marks.update(scored.fields.values())
            alarms += len(scored.false_alarms)
            authors += bool(scored.author_right)
            kinds += scored.kind_right
            if args.show == name:
                before = base[truth["id"]]
                if before.author_right and not scored.author_right:
                    print(f"  {truth['id']}: author right -> {scored.agency_got!r}")
                if before.kind_right and not scored.kind_right:
                    print(f"  {truth['id']}: kind right -> {scored.kind_got!r}")
                was = before.fields
                for key, mark in scored.fields.items():
                    if mark != was.get(key):
                        print(
                            f"  {truth['id']}: {key} {was.get(key)} -> {mark}"
                            f" (got {scored.got.get(key)!r}, want {scored.want.get(key)!r})"
                        )
        print(
            f"{name:32} {marks['right']:>6} {marks['wrong']:>6} {marks['missed']:>7} "
            f"{marks['invented']:>9} {alarms:>4} {authors:>7} {kinds:>5}"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
