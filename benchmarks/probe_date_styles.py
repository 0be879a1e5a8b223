"""Does the reader read a stated date written in a style its dev letters did not use?

Letters write one day many ways: "13 September 2024", "13/09/2024", "13.09.2024",
"13th September 2024", "Friday, 13 September 2024", "September 13, 2024", "13 Sept 2024",
"13 September" (the year from the letter's own date), "13 September 2024 ," (a PDF's stray
space). The reader was tuned on the styles its dev letters happen to use. This probe takes
each dev letter, and for each date its truth row states (other than the letter's own), it
rewrites every place the text writes that day in another style and reads the letter again.
Every stated field is then scored against the unchanged truth row (a day is the same day
in any style) as ``bench_letters.py`` scores it: right, wrong, missed, invented, and false
alarms. "(as written)" is the same letters unchanged, once per rewriting.
Only dev letters are read (never ``heldout/``). Run:
``.venv/bin/python benchmarks/probe_date_styles.py [--show STYLE]``.
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import Counter
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_letters import load_set, score_letter

_MONTHS = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
]
_ORD = {1: "st", 2: "nd", 3: "rd", 21: "st", 22: "nd", 23: "rd", 31: "st"}

STYLES: dict[str, Callable[[date], str]] = {
    "d Month yyyy": lambda d: f"{d.day} {_MONTHS[d.month - 1]} {d.year}",
    "dd/mm/yyyy": lambda d: f"{d.day:02}/{d.month:02}/{d.year}",
    "dd.mm.yyyy": lambda d: f"{d.day:02}.{d.month:02}.{d.year}",
    "0d Month yyyy": lambda d: f"{d.day:02} {_MONTHS[d.month - 1]} {d.year}",
    "dth Month yyyy": lambda d: f"{d.day}{_ORD.get(d.day, 'th')} {_MONTHS[d.month - 1]} {d.year}",
    "Weekday, d Month yyyy": lambda d: f"{d:%A}, {d.day} {_MONTHS[d.month - 1]} {d.year}",
    "Month d, yyyy": lambda d: f"{_MONTHS[d.month - 1]} {d.day}, {d.year}",
    "d Mon yyyy": lambda d: f"{d.day} {_MONTHS[d.month - 1][:3]} {d.year}",
    "d Month (no year)": lambda d: f"{d.day} {_MONTHS[d.month - 1]}",
    "d Month yyyy<space>": lambda d: f"{d.day} {_MONTHS[d.month - 1]} {d.year} ",
    "dd-Mon-yy": lambda d: f"{d.day:02}-{_MONTHS[d.month - 1][:3]}-{d.year % 100:02}",
    "yyyy/mm/dd": lambda d: f"{d.year}/{d.month:02}/{d.day:02}",
    # a text layer's lost spaces (round 7): before the month ("31May 2024") or the year
    "dMonth yyyy": lambda d: f"{d.day}{_MONTHS[d.month - 1]} {d.year}",
    "d Monthyyyy": lambda d: f"{d.day} {_MONTHS[d.month - 1]}{d.year}",
}
DATE_FIELDS = (
    "received", "stated_due", "clarification_sought", "refinement_declined", "clarified",
    "extended_to", "transfer_date", "decision_date",
)  # fmt: skip


def writings(text: str, day: date) -> re.Pattern[str]:
    """Every way the dev text may write ``day`` (its style unknown), as one pattern."""
    month = _MONTHS[day.month - 1]
    forms = [
        rf"(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+)?(?:the\s+)?0?{day.day}"
        rf"(?:st|nd|rd|th)?\s+(?:of\s+)?{month[:3]}[a-z]*\.?,?\s+{day.year}",
        rf"0?{day.day}/0?{day.month}/{day.year}",
        rf"{month}\s+{day.day}(?:st|nd|rd|th)?,?\s+{day.year}",
    ]
    return re.compile(r"(?<![\w/.])(?:" + "|".join(forms) + r")(?![\w/])")


def score(text: str, truth: dict[str, Any]) -> Counter[str]:
    """right / wrong / missed / invented over the stated fields, and false alarms, as the bench."""
    result = score_letter(text, truth)
    counts = Counter(result.fields.values())
    counts["false alarms"] += len(result.false_alarms)
    return counts


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--show", metavar="STYLE", help="list each letter that style reads worse")
    args = parser.parse_args(argv)
    per_style: dict[str, Counter[str]] = {name: Counter() for name in STYLES}
    base_total: Counter[str] = Counter()
    for text, truth in load_set("dev"):
        letter_id, stated = truth["id"], dict(truth["stated"])
        letter_day = stated.get("letter_date")
        base = score(text, truth)
        for field in DATE_FIELDS:
            value = stated.get(field)
            if not isinstance(value, str) or value == letter_day:
                continue
            day = date.fromisoformat(value)
            pattern = writings(text, day)
            if not pattern.search(text):
                continue
            base_total += base
            for style, write in STYLES.items():
                if style == "d Month (no year)" and (
                    letter_day is None or date.fromisoformat(str(letter_day)).year != day.year
                ):
                    continue
                rewritten = pattern.sub(write(day), text)
                counts = score(rewritten, truth)
                per_style[style] += counts
                bad = ("wrong", "invented", "false alarms")
                worse = sum(counts[k] for k in bad) - sum(base[k] for k in bad)
                if args.show == style and (counts["right"] < base["right"] or worse > 0):
                    print(f"  {letter_id} {field} {value}: {dict(base)} -> {dict(counts)}")
    per_style = {"(as written)": base_total, **per_style}
    for style, counts in per_style.items():
        stated_n = counts["right"] + counts["wrong"] + counts["missed"]
        print(
            f"{style:24} right {100 * counts['right'] / max(stated_n, 1):5.1f}%  wrong "
            f"{counts['wrong']:3}  missed {counts['missed']:3}  invented {counts['invented']:3}"
            f"  false alarms {counts['false alarms']}"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
