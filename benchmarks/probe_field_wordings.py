"""Does the reader read a stated field told in a wording its dev letters did not use?

Phrase rules written while reading the development letters fit those letters' sentences;
a new agency tells the same fact in another voice ("your request reached us on", "we
received on 3 May your request", "to the appropriate agency, the Ministry of Health").
This probe puts each wording of a family (every voice and object of the receipt verbs, every
way a due date is promised, transfers with the receiving body named before, after or beside
the verb, incoming transfers, clarification sought and answered, the reference under a
label, the day of a decision made before the letter) into the frame of a short letter and
reads it, and it puts the *distractors* of each family (another request's receipt, a date
the requester must answer by, a transfer that may happen) the same way: a wording is right
when the field is the day or body it states, wrong when another, missed when none; a
distractor is right when the field stays empty.

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


def _decided_on(r: LetterReading) -> Any:
    return r.decided_on.value if r.decided_on else None


def _extension_days(r: LetterReading) -> Any:
    ext = r.extension
    return ext.working_days.value if ext and ext.working_days else None


def _extended_to(r: LetterReading) -> Any:
    ext = r.extension
    return ext.extended_to.value if ext and ext.extended_to else None


def _transfer_date(r: LetterReading) -> Any:
    moved = r.transfer
    return moved.on.value if moved and moved.on and moved.date_stated else None


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


ROUND15: dict[str, list[tuple[str, Any]]] = {
    "received": [
        ("Your request was received by us on 3 May 2024.", _DAY),
        ("Your email, received on 3 May 2024, requested the following.", _DAY),
        (
            "Your request for information, which was received on 3 May 2024, has been considered.",
            _DAY,
        ),
        ("Your Official Information Act request was received on Friday, 3 May 2024.", _DAY),
        ("The Council received your request for information on 3 May 2024.", _DAY),
        ("We confirm that we received your request on 3 May 2024.", _DAY),
        ("We received your request for official information on 3 May 2024.", _DAY),
        ("This is to confirm that your request was received on 3 May 2024.", _DAY),
        ("Your LGOIMA request (received 3 May 2024) asked for the following.", _DAY),
        ("Request received: 3 May 2024", _DAY),
        ("Your request was received on 3rd May 2024.", _DAY),
        ("Your request was received on the 3rd of May 2024.", _DAY),
        ("Your request was received on 3 May.", _DAY),
        ("Your request, dated 1 May 2024, was received by the Ministry on 3 May 2024.", _DAY),
        ("We received your payment on 3 May 2024.", None),
        ("Your request dated 3 May 2024 asked for the following.", None),
    ],
    "stated_due": [
        (
            "We will make a decision on your request as soon as possible, and no later than 29 "
            "May 2024.",
            _DUE,
        ),
        ("A decision on your request will be made by 29 May 2024.", _DUE),
        ("We aim to respond to you by 29 May 2024.", _DUE),
        ("The Council will respond to your request on or before 29 May 2024.", _DUE),
        ("Our response is due on 29 May 2024.", _DUE),
        ("You will receive our response no later than 29 May 2024.", _DUE),
        ("We are required to respond to your request by 29 May 2024.", _DUE),
        ("The due date for your request is 29 May 2024.", _DUE),
        ("Your request will be responded to by 29 May 2024.", _DUE),
        ("We expect to provide a response by Wednesday 29 May 2024.", _DUE),
        ("You should receive a decision by 29 May 2024.", _DUE),
        ("We will notify you of our decision by 29 May 2024.", _DUE),
        ("A response will be provided within 20 working days (by 29 May 2024).", _DUE),
        ("The statutory deadline for our response is 29 May 2024.", _DUE),
        ("We will respond to you by 29th May 2024.", _DUE),
        ("We will respond to your request by 29/05/2024.", _DUE),
        ("The consultation closes on 29 May 2024.", None),
        ("Please provide the information by 29 May 2024.", None),
    ],
    "transfer_to": [
        (
            "Your request has been forwarded to the Ministry of Health under section 14 of the "
            "Act, as the information is held by them.",
            "Ministry of Health",
        ),
        ("We are transferring your request to the Ministry of Health.", "Ministry of Health"),
        (
            "Under section 14(b)(ii), I am transferring your request to the Ministry of Health.",
            "Ministry of Health",
        ),
        (
            "This letter is to let you know that your request has been transferred to the "
            "Ministry of Health.",
            "Ministry of Health",
        ),
        (
            "I am writing to advise that your request has been transferred to the Ministry of "
            "Health.",
            "Ministry of Health",
        ),
        (
            "Your request has been partially transferred to the Ministry of Health.",
            "Ministry of Health",
        ),
        (
            "Part of your request has been transferred to the Ministry of Health, which holds "
            "the information.",
            "Ministry of Health",
        ),
        (
            "We have transferred the part of your request about hospitals to the Ministry of "
            "Health.",
            "Ministry of Health",
        ),
        (
            "We have transferred your request in full to the Ministry of Health.",
            "Ministry of Health",
        ),
        (
            "The Ministry of Health is better placed to respond, so we have transferred your "
            "request to it.",
            "Ministry of Health",
        ),
        (
            "Your request was transferred on 3 May 2024 to the Ministry of Health.",
            "Ministry of Health",
        ),
        (
            "I have transferred your request to the Ministry of Health under section 14 of the "
            "Official Information Act 1982.",
            "Ministry of Health",
        ),
        (
            "Questions 2 and 3 of your request have been transferred to the Ministry of Health.",
            "Ministry of Health",
        ),
        ("You may wish to direct your request to the Ministry of Health.", None),
        ("We suggest you contact the Ministry of Health.", None),
        ("The Ministry of Health may hold this information.", None),
    ],
    "clarification_sought": [
        ("We wrote to you on 3 May 2024 seeking clarification of your request.", _DAY),
        ("On 3 May 2024, we asked you to narrow the scope of your request.", _DAY),
        ("We emailed you on 3 May 2024 to ask if you would refine your request.", _DAY),
        ("On 3 May 2024 we requested that you clarify which documents you are seeking.", _DAY),
        ("Our email of 3 May 2024 sought clarification of your request.", _DAY),
        ("We contacted you on 3 May 2024 asking you to amend your request.", _DAY),
        ("On 3 May 2024, the Ministry asked you to refine your request.", _DAY),
        ("You were asked on 3 May 2024 whether you would be willing to refine your request.", _DAY),
        ("On 3 May 2024 we proposed that you refine your request to the last two years.", _DAY),
        ("If you would like to clarify your request, please contact us by 3 May 2024.", None),
    ],
    "clarified": [
        ("You responded on 3 May 2024, clarifying your request.", _DAY),
        ("On 3 May 2024 you replied, refining your request to the following.", _DAY),
        ("You agreed to refine your request on 3 May 2024.", _DAY),
        ("In your email of 3 May 2024 you clarified that you are seeking the reports only.", _DAY),
        ("You provided clarification on 3 May 2024.", _DAY),
        ("On 3 May 2024, you amended your request to the following:", _DAY),
        ("Your response of 3 May 2024 narrowed the scope to the last two years.", _DAY),
        ("You confirmed on 3 May 2024 that you would accept the refined scope.", _DAY),
        ("We received your clarification on 3 May 2024.", _DAY),
        (
            "Following your clarification on 3 May 2024, your request is now for the reports only.",
            _DAY,
        ),
        ("You revised your request on 3 May 2024.", _DAY),
        ("You have until 3 May 2024 to clarify your request.", None),
        ("If you clarify your request by 3 May 2024, we will respond sooner.", None),
    ],
}
"""A second batch of wordings, written on 7 December 2026 before the reader read any of them
(round 15): 72 of 73 right, "You revised your request on 3 May 2024" missed (read since);
none wrong, none invented. Phrasing is not where the reader fails on fresh letters."""
for _family, _cases in ROUND15.items():
    FAMILIES[_family][2].extend(_cases)
_EXTENDED = date(2024, 6, 26)
ROUND15["reference"] = [
    ("Ref: DOIA 2324-0567", "DOIA 2324-0567"),
    ("OIA Ref: MOH-OIA-2024-0456", "MOH-OIA-2024-0456"),
    ("Reference number: 24/0456", "24/0456"),
    ("File ref: OIA/2024/456", "OIA/2024/456"),
    ("Tō mātou tohutoro: OIA 2024/456", "OIA 2024/456"),
    ("Our reference: IR-01-24-12345", "IR-01-24-12345"),
    ("Request number: LGOIMA 2024-456", "LGOIMA 2024-456"),
    ("Our ref. 2024-0456", "2024-0456"),
    ("Ombudsman reference: 654321", None),
    ("Phone: 04 123 4567", None),
]
FAMILIES["reference"][2].extend(ROUND15["reference"])
# round 15, written before the reader read them: extension days and new dates 30 of 31 (the
# topic's "deadline for submissions" extended was read as the request's; not since); the
# transfer's day 6 of 6; references 10 of 10
FAMILIES["extension_days"] = (
    _extension_days,
    _RECEIVED,
    [
        (
            "We are extending the time limit for responding to your request by 20 working days, "
            "to 26 June 2024.",
            20,
        ),
        ("The timeframe for responding has been extended by an additional 20 working days.", 20),
        ("We have decided to extend the time limit by twenty (20) working days.", 20),
        ("This letter is notice under section 15A of an extension of 20 working days.", 20),
        ("The extension is for 20 working days, and the new deadline is 26 June 2024.", 20),
        ("We may need to extend the time limit.", None),
        ("If an extension is required, we will let you know.", None),
        ("We do not expect to need an extension.", None),
    ],
)
FAMILIES["extended_to"] = (
    _extended_to,
    _RECEIVED,
    [
        (
            "I am writing to notify you of an extension of the time to make our decision, to "
            "26 June 2024.",
            _EXTENDED,
        ),
        ("We need more time to respond, so the due date is now 26 June 2024.", _EXTENDED),
        ("Your request has been extended until 26 June 2024 under section 15A(1)(b).", _EXTENDED),
        ("The Ministry has extended the deadline for its response to 26 June 2024.", _EXTENDED),
        ("The new due date for your request is 26 June 2024.", _EXTENDED),
        (
            "Under section 15A we have extended the time limit by 20 working days, to Wednesday "
            "26 June 2024, because consultations are needed.",
            _EXTENDED,
        ),
        ("The Council extended the deadline for submissions to 26 June 2024.", None),
        ("We extended the closing date for applications to 26 June 2024.", None),
    ],
)
FAMILIES["transfer_date"] = (
    _transfer_date,
    "",
    [
        ("Your request was transferred to the Ministry of Health on 3 May 2024.", _DAY),
        ("On 3 May 2024 we transferred your request to the Ministry of Health.", _DAY),
        (
            "We transferred your request to the Ministry of Health on 3 May 2024 under section 14.",
            _DAY,
        ),
        ("Your request was transferred on 3 May 2024 to the Ministry of Health.", _DAY),
        (
            "On 3 May 2024, your request was transferred to the Ministry of Health under section "
            "14(b)(i).",
            _DAY,
        ),
        ("Part of your request was transferred to the Ministry of Health on 3 May 2024.", _DAY),
    ],
)
FAMILIES["decided_on"] = (
    _decided_on,
    _RECEIVED,
    [
        # a decision made before this letter, told in it (s 28(5): a later release is an
        # undue-delay question); written in round 15 before the reader read them: 13 of 14,
        # "Our decision, sent to you on" missed (read since)
        ("A decision on your request was made on 3 May 2024.", _DAY),
        ("On 3 May 2024 we decided to release the information.", _DAY),
        ("We advised you of our decision on 3 May 2024; the documents are now enclosed.", _DAY),
        ("As advised in our letter of 3 May 2024, we decided to grant your request.", _DAY),
        (
            "Our decision, sent to you on 3 May 2024, was to release the documents with "
            "redactions.",
            _DAY,
        ),
        ("I decided on 3 May 2024 to release the report.", _DAY),
        ("On 3 May 2024 you were notified that your request had been granted.", _DAY),
        # distractors: a decision to come, one about the request's topic, a due day
        ("We will make a decision by 3 June 2024.", None),
        ("The Council decided on 3 May 2024 to close the pool.", None),
        ("Cabinet made a decision on 3 May 2024 about the policy.", None),
        ("The Minister decided on 3 May 2024 to approve the funding.", None),
        ("The decision on your request was due on 3 May 2024.", None),
        ("You asked on 3 May 2024 for a decision.", None),
        ("The board's decision of 3 May 2024 is attached.", None),
    ],
)


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
