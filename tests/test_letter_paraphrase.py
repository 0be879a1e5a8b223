"""The dev letters read the same when their words say the same thing another way (issue 13).

Phrase rules matched to the dev letters' words do not generalise; the reader must decide a
date's role from its sentence's shape. So each dev letter is read as published and again
reworded as other agencies word the same letter — the agency speaking as a named body
("the Ministry", "Council") rather than "we", or the request called "your OIA request" —
and no stated field the letter as published is read right may then be read wrong, and no
check may raise a false alarm (a ✗ the truth row does not list). A field may be missed: the
rewording may lose a cue.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

import pytest

from oiaassist.reading import read_letter

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "benchmarks"))

from bench_letters import load_set, score_letter

REWORDINGS = {
    "we: the Ministry": ((r"\bWe\b", "The Ministry"), (r"\bwe\b", "the Ministry")),
    "we: Council": ((r"\bWe\b", "Council"), (r"\bwe\b", "Council")),
    "your OIA request": ((r"\byour request\b", "your OIA request"),),
}


@pytest.mark.parametrize("rewording", list(REWORDINGS))
def test_no_dev_letter_reworded_reads_a_field_wrong_or_raises_a_false_alarm(
    rewording: str,
) -> None:
    bad = []
    for published, truth in load_set("dev"):
        text = published
        for pattern, replacement in REWORDINGS[rewording]:
            text = re.sub(pattern, replacement, text)
        if text == published:
            continue
        scored = score_letter(text, truth)
        # a field the letter as published is already read wrong is the bench's count (its
        # floor allows 1 %); the rewording must not make any other field wrong
        as_published = score_letter(published, truth).fields
        wrong = {
            k: (scored.got.get(k), scored.want.get(k))
            for k, mark in scored.fields.items()
            if mark == "wrong"
            and k != "transfer_to"  # the transferee is the author's name
            and as_published.get(k) != "wrong"
        }
        if wrong or scored.false_alarms:
            bad.append((truth["id"], wrong, scored.false_alarms))
    assert bad == []


def test_a_named_body_s_if_makes_an_extension_a_possibility() -> None:
    # Ministry of Health (dev fyi-12625-moh-acknowledgement), as a council would word it:
    # "If Council are unable …, Council will notify you of an extension" extends nothing
    # (OIA s 15A(3), LGOIMA s 14(3): an extension is made by notice, not by its possibility)
    text = (
        "Dear [name]\n\nAs required under the Act Council will endeavour to respond to your "
        "request no later than 13 May 2020, being 20 working days after the day your request "
        "was received.\n\nIf Council are unable to respond to your request within this time "
        "frame, Council will notify you of an extension of that time frame.\n"
    )
    reading = read_letter(text)
    assert reading.extension is None
    assert reading.stated_due is not None and str(reading.stated_due.value) == "2020-05-13"
