"""Does the reader read a letter sent as an email, whatever mail program printed its header?

Agencies answer by email as often as by letter, and the text a requester pastes or FYI.org.nz
publishes then starts with the mail program's header, not a letterhead date. Each program
lays the header out its own way: Outlook's "From:/Sent:/To:/Subject:" (one per line, or run
into one line when the text layer loses the breaks; the date day-first or, on a US-set
machine, month-first; "Date:" instead of "Sent:"), Apple Mail's "From:/Subject:/Date: … at
…/To:", Gmail's printed page (the sender, then the date on a line of its own, "Tue, 30 Jul
2019 at 9:37 AM"), an RFC 5322 header ("Date: Tue, 30 Jul 2019 09:37:12 +1200"), Lotus
Notes (the sender, then "30/07/2019 09:37 a.m.", then "To:" and "cc:"). The reader was
tuned on the few layouts its development letters happen to show.

This probe takes each development letter whose own date stands alone on one of its first
lines, removes that line and puts each layout's header carrying the same day on top (as a
printed email starts), and reads the letter again. Every stated field is scored against the
unchanged truth row as ``bench_letters.py`` scores it (right, wrong, missed, invented, false
alarms); the letter's own date is also counted on its own. "(as written)" is the same
letters unchanged.
A header for a message QUOTED lower down (a reply's "On … wrote:") is also probed: it must
not become the letter's date.

Only dev letters are read (never ``heldout/``). Run:
``.venv/bin/python benchmarks/probe_mail_headers.py [--show LAYOUT]``.
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import Counter
from collections.abc import Callable
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_letters import load_set, score_letter

_FROM = "OIA Team <oia@agency.govt.nz>"
_SUBJECT = "RE: Official Information request - information held"


def _dmy(d: date) -> str:
    return f"{d:%A}, {d.day} {d:%B} {d.year}"


def _mdy(d: date) -> str:
    return f"{d:%A}, {d:%B} {d.day}, {d.year}"


LAYOUTS: dict[str, Callable[[date], str]] = {
    "Outlook": lambda d: f"From: {_FROM}\nSent: {_dmy(d)} 9:37 AM\nTo: [name]\nSubject: {_SUBJECT}",
    "Outlook, US date": lambda d: (
        f"From: {_FROM}\nSent: {_mdy(d)} 9:37 AM\nTo: [name]\nSubject: {_SUBJECT}"
    ),
    "Outlook, short date": lambda d: (
        f"From: {_FROM}\nSent: {d.day:02}/{d.month:02}/{d.year} 9:37:12 a.m.\nTo: [name]\n"
        f"Subject: {_SUBJECT}"
    ),
    "Outlook run on": lambda d: (
        f"From: {_FROM} Sent: {_dmy(d)} 9:37 AM To: [name] Subject: {_SUBJECT}"
    ),
    "Outlook, Date:": lambda d: (
        f"From: {_FROM}\nDate: {_dmy(d)} at 9:37 am\nTo: [name]\nSubject: {_SUBJECT}"
    ),
    "Outlook, Sent: first": lambda d: (
        f"Sent: {_dmy(d)} 9:37 AM\nFrom: {_FROM}\nTo: [name]\nSubject: {_SUBJECT}"
    ),
    "Apple Mail": lambda d: (
        f"From: {_FROM}\nSubject: {_SUBJECT}\nDate: {d.day} {d:%B} {d.year} at 9:37:12 AM NZST"
        "\nTo: [name]"
    ),
    "Gmail print": lambda d: f"{_FROM}\t{d:%a}, {d:%b} {d.day}, {d.year} at 9:37 AM\nTo: [name]",
    "Gmail print, own line": lambda d: (
        f"{_FROM}\n{d:%a}, {d.day} {d:%b} {d.year} at 09:37\nTo: [name]"
    ),
    "RFC 5322": lambda d: (
        f"Date: {d:%a}, {d.day} {d:%b} {d.year} 09:37:12 +1200\nFrom: {_FROM}\nTo: [name]\n"
        f"Subject: {_SUBJECT}"
    ),
    "Lotus Notes": lambda d: (
        f"OIA Team/Agency\n{d.day:02}/{d.month:02}/{d.year} 09:37 a.m.\nTo: [name]\ncc:\n"
        f"Subject: {_SUBJECT}"
    ),
}
_DATE_LINE = re.compile(r"[^\S\n]*(?:\S[^\n]{0,60}?\s)?(\S[^\n]*\d{4})[^\S\n]*")


def _own_date_line(text: str, day: date) -> tuple[int, int] | None:
    """The span of the line among the first eight that is only the letter's own date."""
    start = 0
    for _ in range(8):
        end = text.find("\n", start)
        end = len(text) if end < 0 else end
        line = text[start:end].strip()
        if line and _is_only(line, day):
            return start, end
        if end >= len(text):
            return None
        start = end + 1
    return None


def _is_only(line: str, day: date) -> bool:
    forms = {
        f"{day.day} {day:%B} {day.year}",
        f"{day.day:02} {day:%B} {day.year}",
        f"{day.day:02}/{day.month:02}/{day.year}",
        f"{day.day}/{day.month}/{day.year}",
        f"{_dmy(day)}",
    }
    return line.replace("Date: ", "").strip() in forms


def _score(text: str, truth: dict[str, object]) -> tuple[Counter[str], str]:
    result = score_letter(text, truth)
    counts = Counter(result.fields.values())
    counts["false alarms"] += len(result.false_alarms)
    return counts, result.fields.get("letter_date", "")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--show", metavar="LAYOUT", help="list each letter that layout misreads")
    args = parser.parse_args(argv)
    per: dict[str, Counter[str]] = {"(as written)": Counter()}
    dates: dict[str, Counter[str]] = {"(as written)": Counter()}
    letters = 0
    for text, truth in load_set("dev"):
        stated = dict(truth["stated"])  # type: ignore[call-overload]
        if not isinstance(stated.get("letter_date"), str):
            continue
        day = date.fromisoformat(stated["letter_date"])
        span = _own_date_line(text, day)
        if span is None:
            continue
        letters += 1
        base, base_date = _score(text, truth)
        per["(as written)"] += base
        dates["(as written)"][base_date] += 1
        for name, layout in LAYOUTS.items():
            # the header on top, as a printed email starts; the date line it replaces removed
            rewritten = layout(day) + "\n\n" + text[: span[0]] + text[span[1] :]
            counts, mark = _score(rewritten, truth)
            per.setdefault(name, Counter()).update(counts)
            dates.setdefault(name, Counter())[mark] += 1
            if args.show and args.show == name and (mark != base_date or counts != base):
                print(f"  {truth['id']}: letter_date {base_date} -> {mark}; {dict(counts)}")
        # the same header for a message quoted below the letter: never the letter's date
        quoted_day = date(day.year - 1, 1, 15)
        for name in ("Outlook", "Gmail print, own line"):
            quoted = f"{text.rstrip()}\n\n{LAYOUTS[name](quoted_day)}\n\nDear OIA team\n"
            counts, mark = _score(quoted, truth)
            per.setdefault(f"quoted below: {name}", Counter()).update(counts)
            dates.setdefault(f"quoted below: {name}", Counter())[mark] += 1
    print(f"{letters} dev letters whose own date stands alone near the top")
    for name, counts in per.items():
        n = counts["right"] + counts["wrong"] + counts["missed"]
        d = dates[name]
        print(
            f"{name:28} letter date right {d['right']:3} wrong {d['wrong']:2} missed "
            f"{d['missed']:3} | all fields right {100 * counts['right'] / max(n, 1):5.1f}% wrong "
            f"{counts['wrong']:2} missed {counts['missed']:3} invented {counts['invented']:2} "
            f"false alarms {counts['false alarms']}"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
