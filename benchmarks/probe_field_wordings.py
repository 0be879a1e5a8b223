"""Does the reader read a stated field told in a wording its dev letters did not use?

Phrase rules written while reading the development letters fit those letters' sentences;
a new agency tells the same fact in another voice ("your request reached us on", "we
received on 3 May your request", "to the appropriate agency, the Ministry of Health").
This probe puts each wording of a family (every voice and object of the receipt verbs, every
way a due date is promised, transfers with the receiving body named before, after or beside
the verb, incoming transfers, clarification sought and answered, the reference under a
label) into the frame of a short letter and reads it, and it puts the *distractors* of each
family (another request's receipt, a date the requester must answer by, a transfer that may
happen) the same way: a wording is right when the field is the day or body it states, wrong
when another, missed when none; a distractor is right when the field stays empty.

The wordings are this probe's own (written for the families, not copied from any letter);
the real letters' words behind each family are in ``tests/test_letter_field_families.py``.
Only made-up texts are read (never ``heldout/``). Run:
``.venv/bin/python benchmarks/probe_field_wordings.py [--show]``.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from datetime import date
from typing import Any

from oiaassist.reading import read_letter
from oiaassist.reading.reader import LetterReading

_FRAME = (
    "20 May 2024\n\nDear [name]\n\n{body}\n\nYours sincerely\n\nJane Doe\n"
    "Manager, Ministerial Services\n"
)
_RECEIVED = "Your request was received on 1 May 2024. "
_DAY = date(2024, 5, 3)
_DUE = date(2024, 5, 29)


def _received(r: LetterReading) -> Any:
    return r.received_stated.value if r.received_stated else None


def _due(r: LetterReading) -> Any:
    return r.stated_due.value if r.stated_due else None


def _transfer(r: LetterReading) -> Any:
    return r.transfer.to_agency.value if r.transfer else None


def _transferred_in(r: LetterReading) -> Any:
    return r.transferred_in.value if r.transferred_in else None


def _sought(r: LetterReading) -> Any:
    return r.clarification.sought.value if r.clarification else None


def _clarified(r: LetterReading) -> Any:
    return r.clarified.value if r.clarified else None


def _reference(r: LetterReading) -> Any:
    return r.reference.value if r.reference else None


# family -> (field reader, prefix to each wording, [(wording, wanted value or None)])
FAMILIES: dict[str, tuple[Callable[[LetterReading], Any], str, list[tuple[str, Any]]]] = {
    "received": (
        _received,
        "",
        [
            ("We received your request on 3 May 2024.", _DAY),
            ("Your request, which we received on 3 May 2024, has been passed on.", _DAY),
            ("The Ministry received your request on Friday 3 May 2024.", _DAY),
            ("Your official information request, received on 3 May 2024, asked for …", _DAY),
            ("Thank you for your request received 3 May 2024.", _DAY),
            ("Your request for information was received by the Council on 3 May 2024.", _DAY),
            ("We received on 3 May 2024 your request for the following.", _DAY),
            ("We received a request from you on 3 May 2024.", _DAY),
            ("On 3 May 2024, we received a request from you under the Act.", _DAY),
            ("The Council received an email from you on 3 May 2024 requesting information.", _DAY),
            ("We received your questions on 3 May 2024.", _DAY),
            ("Your questions, received on 3 May 2024, are answered below.", _DAY),
            ("Your request reached us on 3 May 2024.", _DAY),
            ("Your request arrived on 3 May 2024.", _DAY),
            ("Your request came in on 3 May 2024.", _DAY),
            ("Your request was received and logged on 3 May 2024.", _DAY),
            ("Received date: 3 May 2024", _DAY),
            ("Date received: 3 May 2024", _DAY),
            # a form's or a table's label and value, apart by a bar, a tab or spaces
            ("Date received | 3 May 2024", _DAY),
            ("Date received\t3 May 2024", _DAY),
            ("Received date   03/05/2024", _DAY),
            ("Received on: Friday, 3 May 2024", _DAY),
            ("\nDate received\tResponse due\n3 May 2024\t31 May 2024\n", _DAY),
            ("\nReference\tDate received\nOIA-2024-0123\t3 May 2024\n", _DAY),
            ("Your request of 1 May 2024 was received on 3 May 2024.", _DAY),
            ("Your request dated 1 May 2024 and received 3 May 2024 asked for …", _DAY),
            # distractors: the request's own date, another thing received, another request
            ("Thank you for your request dated 3 May 2024.", None),
            ("Your request for information dated 3 May 2024 has been received.", None),
            ("We received a complaint about the road on 3 May 2024.", None),
            ("We received 40 requests from 3 May 2024 to 1 June 2024.", None),
            ("We received a request from you on 3 May 2024 for similar information.", None),
            ("Your clarified request was received on 3 May 2024.", None),
        ],
    ),
    "stated_due": (
        _due,
        _RECEIVED,
        [
            ("We will respond no later than 29 May 2024.", _DUE),
            # a form's labels (round 7)
            ("Deadline for response: 29 May 2024", _DUE),
            ("Response required by: 29 May 2024", _DUE),
            ("We will respond no later than the 20th working day, being 29 May 2024.", _DUE),
            ("You can expect a response by 29 May 2024.", _DUE),
            ("The statutory timeframe for a response is 29 May 2024.", _DUE),
            ("We must respond within 20 working days, that is by 29 May 2024.", _DUE),
            ("Our response will be sent to you on or before 29 May 2024.", _DUE),
            ("We will be in touch by 29 May 2024.", _DUE),
            ("We will be in contact with you on or before 29 May 2024.", _DUE),
            ("Please expect our reply no later than 29 May 2024.", _DUE),
            ("Under the Act we have until 29 May 2024 to respond.", _DUE),
            ("The 20th working day is 29 May 2024.", _DUE),
            ("The response date for your request is 29 May 2024.", _DUE),
            ("The final day for responding to your request is 29 May 2024.", _DUE),
            ("We will respond by 29.05.2024.", _DUE),
            ("Due date for response: 29 May 2024", _DUE),
            ("Response due by: 29 May 2024", _DUE),
            ("Due date | 29 May 2024", _DUE),
            # a table: its row (or column) of labels over its row (or column) of values
            ("\nDate received\tDue date\n1 May 2024\t29 May 2024\n", _DUE),
            ("\nDate received   |   Due date\n01/05/2024   |   29/05/2024\n", _DUE),
            ("\nDate received\nDue date\n1 May 2024\n29 May 2024\n", _DUE),
            # distractors: the requester's date, a maybe, another thing's date
            ("Please let us know by 29 May 2024 whether you agree.", None),
            ("Could you please reply by 29 May 2024.", None),
            ("Submissions on the plan are due by 29 May 2024.", None),
            ("Submissions deadline: 29 May 2024", None),
        ],
    ),
    "transfer_to": (
        _transfer,
        "",
        [
            ("We have transferred your request to the Ministry of Health.", "Ministry of Health"),
            ("Your request has been transferred to the Ministry of Health.", "Ministry of Health"),
            (
                "Your request has today been transferred to the Ministry of Health.",
                "Ministry of Health",
            ),
            (
                "Your request was subsequently transferred to the Ministry of Health.",
                "Ministry of Health",
            ),
            (
                "I have decided under section 14(b)(i) of the Act to transfer your request to the "
                "Ministry of Health.",
                "Ministry of Health",
            ),
            (
                "We have transferred your request to the appropriate agency, the Ministry of "
                "Health.",
                "Ministry of Health",
            ),
            (
                "We have transferred your request to our colleagues at the Ministry of Health.",
                "Ministry of Health",
            ),
            (
                "We have transferred your request to the relevant agency (Ministry of Health).",
                "Ministry of Health",
            ),
            (
                "The information is held by the Ministry of Health. We have therefore transferred "
                "your request to them.",
                "Ministry of Health",
            ),
            (
                "We have transferred your request under section 14 of the Act. The Ministry of "
                "Health will respond to you directly.",
                "Ministry of Health",
            ),
            (
                "We have decided to transfer your request under section 14(b)(ii). The Ministry of "
                "Health has 20 working days from receipt of this transfer to decide.",
                "Ministry of Health",
            ),
            # other verbs, given the transfer's footing (s 14 or its grounds), and the body
            # taken up by its kind after the ground named it (round 7)
            (
                "Your request has been passed to the Ministry of Health under section 14 of the "
                "Act.",
                "Ministry of Health",
            ),
            (
                "Your request has been sent to the Ministry of Health, which holds this "
                "information, under section 14 of the Act.",
                "Ministry of Health",
            ),
            (
                "Under section 14 of the Act, your request has been referred to the Ministry of "
                "Health. It will respond to you directly.",
                "Ministry of Health",
            ),
            (
                "Your request has been redirected to the Ministry of Health for response.",
                "Ministry of Health",
            ),
            (
                "The information you requested is more closely connected with the functions of "
                "the Ministry of Health. Accordingly, we have transferred your request to the "
                "Ministry.",
                "Ministry of Health",
            ),
            (
                "We consider that your request would be better dealt with by the Ministry of "
                "Health, and have transferred it accordingly.",
                "Ministry of Health",
            ),
            # distractors: a maybe, a denial, a transfer in
            (
                "A copy of your request has been sent to the Ministry of Health for their "
                "information.",
                None,
            ),
            ("We have consulted the Ministry of Health about your request.", None),
            ("If we transfer your request, the Ministry of Health will respond.", None),
            ("We have decided not to transfer your request to the Ministry of Health.", None),
            (
                "I have decided under section 14 of the Act not to transfer your request to the "
                "Ministry of Health.",
                None,
            ),
            ("Your request was transferred to us by the Ministry of Health on 3 May 2024.", None),
        ],
    ),
    "transferred_in": (
        _transferred_in,
        "",
        [
            ("Your request was transferred to us by the Ministry of Health on 3 May 2024.", _DAY),
            ("The Ministry of Health transferred your request to us on 3 May 2024.", _DAY),
            (
                "Your request was partially transferred to us from the Ministry of Health on 3 May "
                "2024.",
                _DAY,
            ),
            (
                "Your request was subsequently transferred to Te Whatu Ora by the Ministry of "
                "Health on 3 May 2024.",
                _DAY,
            ),
            (
                "We received the transfer of your request from the Ministry of Health on 3 May "
                "2024.",
                _DAY,
            ),
            (
                "Your request to the Ministry of Health, which they transferred to Te Whatu Ora on "
                "3 May 2024, asked for the following.",
                _DAY,
            ),
            # the parts in other orders, read by the sentence's parts (round 7)
            (
                "On 3 May 2024, your request was transferred to Te Whatu Ora by the Ministry of "
                "Health under section 14(b)(ii) of the Act.",
                _DAY,
            ),
            (
                "Your request was transferred under section 14 of the Act to this Ministry on 3 "
                "May 2024.",
                _DAY,
            ),
            (
                "The Ministry of Health has passed your request to us under section 14 of the Act "
                "on 3 May 2024.",
                _DAY,
            ),
            # distractors: routed inside the agency, denied, another request
            ("Your request was forwarded to me by Customer Services on 3 May 2024.", None),
            (
                "Your request was not transferred to us by the Ministry of Health on 3 May 2024; "
                "you sent it to us directly.",
                None,
            ),
            (
                "Another request was transferred to us by the Ministry of Health on 3 May 2024.",
                None,
            ),
        ],
    ),
    "clarification_sought": (
        _sought,
        _RECEIVED,
        [
            ("On 3 May 2024 we asked you to clarify your request.", _DAY),
            ("We sought clarification from you on 3 May 2024.", _DAY),
            ("On 3 May 2024, we contacted you to refine the scope of your request.", _DAY),
            ("In our email of 3 May 2024 we asked you to clarify what you are seeking.", _DAY),
            ("On 3 May 2024 you were asked to provide further details about your request.", _DAY),
        ],
    ),
    "clarified": (
        _clarified,
        _RECEIVED + "On 2 May 2024 we asked you to refine your request. ",
        [
            ("On 3 May 2024 you clarified your request as follows.", _DAY),
            ("You narrowed your request on 3 May 2024.", _DAY),
            ("Your clarification was received on 3 May 2024.", _DAY),
            ("We received your refined request on 3 May 2024.", _DAY),
            ("Your amended request, received on 3 May 2024, asks for the following.", _DAY),
            ("Thank you for your email of 3 May 2024 refining your request.", _DAY),
            ("Your request was clarified on 3 May 2024.", _DAY),
            ("Your request was subsequently refined on 3 May 2024 to the following.", _DAY),
        ],
    ),
    "reference": (
        _reference,
        "",
        [
            ("Our ref: OIA-2024-0042", "OIA-2024-0042"),
            ("Please quote reference OIA/24/042 in any correspondence.", "OIA/24/042"),
            ("Your request has been logged as OIA_2024_042.", "OIA_2024_042"),
            ("Thank you for your request (our reference: MR 24-042).", "MR 24-042"),
            ("This relates to our previous response (ref: HNZ00030750).", None),
        ],
    ),
}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--show", action="store_true", help="list each wording not read right")
    args = parser.parse_args(argv)
    totals = {"right": 0, "wrong": 0, "missed": 0, "invented": 0}
    for name, (field, prefix, cases) in FAMILIES.items():
        tally = {"right": 0, "wrong": 0, "missed": 0, "invented": 0}
        for wording, want in cases:
            got = field(read_letter(_FRAME.format(body=prefix + wording)))
            if got == want:
                outcome = "right"
            elif want is None:
                outcome = "invented"
            elif got is None:
                outcome = "missed"
            else:
                outcome = "wrong"
            tally[outcome] += 1
            if args.show and outcome != "right":
                print(f"  {name}: {outcome} got {got!r} want {want!r} | {wording}")
        for key, value in tally.items():
            totals[key] += value
        print(
            f"{name:22} {len(cases):3} wordings: right {tally['right']:3}  wrong {tally['wrong']}"
            f"  missed {tally['missed']}  invented {tally['invented']}"
        )
    print(
        f"{'ALL':22} {sum(totals.values()):3} wordings: right {totals['right']:3}  wrong "
        f"{totals['wrong']}  missed {totals['missed']}  invented {totals['invented']}"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
