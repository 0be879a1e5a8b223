"""Does the reader read a letter whose PDF text layer damaged its characters?

Letters published as the text of a PDF carry the text layer's damage, which no agency
wrote and no tuning on clean letters sees: a ligature's second letter lost to a space
("Wel ington", "Of icial", "at ached"), a ligature kept as one character ("ofﬁce",
"ﬂoor", "eﬀect": U+FB00-FB04), every space a no-break space, straight quotes curled.
This probe takes each development letter, applies one kind of damage to the whole text,
and reads it again: every stated field is scored against the unchanged truth row as
``bench_letters.py`` scores it (right, wrong, missed, invented, false alarms), beside the
same letters undamaged; the author (by the bench's law) and the kind read right are
counted too.

Only dev letters are read (never ``heldout/``). Run:
``.venv/bin/python benchmarks/probe_text_layer.py [--show DAMAGE]``.
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import Counter
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_letters import load_set, score_letter

_LIGATURE_CHARS = {"ffi": "\ufb03", "ffl": "\ufb04", "ff": "\ufb00", "fi": "\ufb01", "fl": "\ufb02"}

DAMAGES: dict[str, Callable[[str], str]] = {
    "pair letter lost to a space": lambda t: re.sub(
        r"(?<=[A-Za-z])(ll|ff|tt)(?=[a-z])", lambda m: m[1][0] + " ", t
    ),
    "ligature characters": lambda t: re.sub(
        "ffi|ffl|ff|fi|fl", lambda m: _LIGATURE_CHARS[m.group()], t
    ),
    "no-break spaces": lambda t: t.replace(" ", "\u00a0"),
    "curled quotes": lambda t: t.replace("'", "’").replace('"', "”"),
    "Windows line ends": lambda t: t.replace("\n", "\r\n"),
    "every line break doubled": lambda t: t.replace("\n", "\n\n"),
    "line breaks lost": lambda t: t.replace("\n", " "),
    "words hyphenated at line ends": lambda t: re.sub(
        r"(?m)(\b[a-z]{3,})([a-z]{3,}) *$", r"\1-\n\2", t
    ),
}


def _score(text: str, truth: dict[str, object]) -> Counter[str]:
    result = score_letter(text, truth)
    counts = Counter(result.fields.values())
    counts["false alarms"] += len(result.false_alarms)
    counts["author right"] += bool(result.author_right)
    counts["kind right"] += result.kind_right
    return counts


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--show", metavar="DAMAGE", help="list each letter that damage misreads")
    args = parser.parse_args(argv)
    per: dict[str, Counter[str]] = {"(undamaged)": Counter()}
    for text, truth in load_set("dev"):
        base = _score(text, truth)
        per["(undamaged)"] += base
        for name, damage in DAMAGES.items():
            counts = _score(damage(text), truth)
            per.setdefault(name, Counter()).update(counts)
            if args.show == name and counts != base:
                print(f"  {truth['id']}: {dict(base)} -> {dict(counts)}")
    for name, counts in per.items():
        n = counts["right"] + counts["wrong"] + counts["missed"]
        print(
            f"{name:30} right {100 * counts['right'] / max(n, 1):5.1f}%  wrong {counts['wrong']:3}"
            f"  missed {counts['missed']:3}  invented {counts['invented']:3}"
            f"  false alarms {counts['false alarms']}  author right {counts['author right']}"
            f"  kind right {counts['kind right']}"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
