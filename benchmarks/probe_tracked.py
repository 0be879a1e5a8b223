"""False alarms against a tracked request: the letter read into the request it answers.

``bench_letters.py`` counts the crosses the checks give from the letter alone. In the
app a letter is read into the user's request file ("From a letter…"), and the checks
then also compare it with the file: the receipt recorded, the Act, the reference. A
misread date there is a cross against the user's own file — the false alarm issue 13
forbids — which the letter-alone bench cannot see (round 12 found one by looking at the
app: "your request, with a new due date of 29 September 2023" read as the request's date).

For each letter whose truth row states the day of receipt (and no transfer, whose
receipts belong to two bodies), this builds the file a user would have — the author, its
Act and region, the receipt, the reference where the letter states it — reads the letter
into it, and counts every cross (``ok`` False) that the truth row's breaches do not list:
a disagreement with a file made from the truth is a misreading. One kind of cross is
counted apart: a late decision or extension proven only because the file records no
extension (the standard allows a fact from the user's own file; the truth row cannot say
whether the agency extended).

Only the development set is read unless ``--set heldout --lead`` (the held-out letters
are the lead's to score, never a tuning aid). Run:
``.venv/bin/python benchmarks/probe_tracked.py [--set dev|heldout --lead] [--show]``.
"""

from __future__ import annotations

import argparse
import sys
from datetime import date
from typing import Any

from bench_letters import BREACH_CODES, load_set
from oiaassist.agencies import find
from oiaassist.errors import OiaAssistError
from oiaassist.reading import check_reading, read_letter
from oiaassist.tracking.events import Received, Request


def tracked(truth: dict[str, Any]) -> Request | None:
    """The request file a user would keep for the letter's request, from its truth row."""
    stated = truth.get("stated") or {}
    act = truth.get("act")
    if not stated.get("received") or act not in ("oia", "lgoima", "privacy"):
        return None
    if stated.get("transfer_to") or stated.get("transfer_date"):
        return None  # two bodies' receipts: which one the user recorded is not known
    return Request(
        agency=str(truth["agency"]),
        act=act,
        region=truth.get("region"),
        reference=str(stated.get("reference") or ""),
        events=[Received(date=date.fromisoformat(stated["received"]))],
    )


def crosses(text: str, truth: dict[str, Any]) -> tuple[list[str], list[str]] | None:
    """The crosses the truth row does not list, and those resting on the file's record of
    no extension; None where no file can be built."""
    request = tracked(truth)
    if request is None:
        return None
    try:
        agency = find(str(truth["agency"]))
    except OiaAssistError:
        agency = None
    listed = {b.lower() for b in (truth.get("statute") or {}).get("breaches") or []}
    reading = read_letter(text)
    alone = {c.kind for c in check_reading(reading, agency=agency) if c.ok is False}
    alarms, on_file = [], []
    for check in check_reading(reading, request=request, agency=agency):
        if check.ok is not False:
            continue
        codes = BREACH_CODES.get(check.kind)
        if codes is not None and codes & listed:
            continue
        said = f"{check.kind.value}: {check.message}"
        if codes is not None and check.kind not in alone:
            on_file.append(said)  # proven with the file's "no extension": not the letter's
        else:
            alarms.append(said)
    return alarms, on_file


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--set", choices=("dev", "heldout"), default="dev")
    parser.add_argument("--lead", action="store_true", help="allow scoring the held-out set")
    parser.add_argument("--show", action="store_true", help="list each false alarm (dev only)")
    args = parser.parse_args(argv)
    if args.set == "heldout" and not args.lead:
        parser.error("--set heldout is the lead's to score: add --lead")
    letters = alarms = on_file = 0
    for text, truth in load_set(args.set):
        found = crosses(text, truth)
        if found is None:
            continue
        letters += 1
        alarms += len(found[0])
        on_file += len(found[1])
        if args.show and args.set == "dev":
            for alarm in found[0]:
                print(f"  {truth['id']}: {alarm}")
            for cross in found[1]:
                print(f"  {truth['id']} (on the file's no extension): {cross}")
    print(
        f"{args.set}: {letters} letters read into a file of their request; false alarms: "
        f"{alarms}; crosses resting on the file's record of no extension: {on_file}"
    )
    return 1 if alarms else 0


if __name__ == "__main__":
    sys.exit(main())
