"""Does a message quoted below a letter leak into what the letter states?

An agency's emailed reply often quotes the request under it (Outlook's "From: / Sent:",
"-----Original Message-----", Gmail's "On …, X wrote:"). The request's own words hold
dates that are not the letter's statements: "I would appreciate a response by …", "this
request was transferred from another agency on …", "your letter dated …", the period the
information covers. This probe appends such a quoted request, in three mail programs'
layouts, under every development letter and reads it again: every stated field is scored
against the unchanged truth row as ``bench_letters.py`` scores it, and each change is
counted (a field invented, lost or made wrong, a false alarm raised).

Only dev letters are read (never ``heldout/``). Run:
``.venv/bin/python benchmarks/probe_quoted.py``.
"""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_letters import load_set, score_letter

_REQUEST = (
    "Dear Ministry,\n\nUnder the Official Information Act, I request all reports received "
    "between 1 January 2020 and 30 June 2020. I would appreciate a response by 12 February "
    "2024. This request was transferred from another agency on 10 January 2024.\n\n"
    "Yours faithfully,\n[name]\n"
)
QUOTED = {
    "Outlook From:/Sent:": "From: [name] <[FOI #123 email]>\nSent: Monday, 15 January 2024 "
    "9:00 AM\nTo: OIA Requests\nSubject: Official Information request - Reports\n\n" + _REQUEST,
    "Original Message": "-----Original Message-----\nFrom: [name]\nSent: 15/01/2024 9:00 a.m."
    "\nTo: OIA\nSubject: OIA request\n\nHi, please treat this as an OIA request. I received "
    "your letter dated 3 January 2024 and was told the due date is 31 January 2024.\n",
    "Gmail On … wrote:": "On Mon, 15 Jan 2024 at 09:00, [name] <[FOI #123 email]> wrote:\n"
    "> Dear Ministry,\n> I request the reports. Your reference OIA-2023-999 was closed on 5 "
    "January 2024. Please respond by 12 February 2024.\n",
}


def main() -> int:
    for name, quoted in QUOTED.items():
        changes: Counter[str] = Counter()
        letters = 0
        for text, truth in load_set("dev"):
            letters += 1
            before = score_letter(text, truth)
            after = score_letter(f"{text.rstrip()}\n\n{quoted}", truth)
            for field, mark in after.fields.items():
                if mark != before.fields.get(field):
                    changes[f"{before.fields.get(field) or 'none'}->{mark}"] += 1
            changes["false alarms added"] += max(
                0, len(after.false_alarms) - len(before.false_alarms)
            )
        shown = ", ".join(f"{k} {v}" for k, v in sorted(changes.items()) if v)
        print(f"{name:22} {letters} letters: {shown or 'no change'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
