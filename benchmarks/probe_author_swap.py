"""Does the author finder find a body it was not tuned on, in a layout it was tuned on?

The letter reader was tuned on the dev letters' own agencies. A rule that works
because "Wellington City Council" or "www.dpmc.govt.nz" happens to be in the dev set
does not generalise; a rule that reads the letterhead, the signature block or the
sentence in which the author speaks as itself does. This probe takes each dev letter
whose author is a directory body and swaps every form of that body's name (its name,
te reo name, aliases, web and email domains) for another directory body of the same
kind, then asks :func:`oiaassist.reading.author.letter_author` who wrote it:

* ``author_in_text: true`` letters: the swapped-in body must be found (recall on
  bodies the rules never saw, in layouts they did see);
* ``author_in_text: false`` letters: nothing must be found (a guess is wrong).

Several swaps per letter (seeded, reproducible). With ``--unlisted`` the author is
swapped instead for fictional bodies the directory cannot list but whose names have a
body's shape ("Rangitoto Polytechnic", "Hauraki Port Company Limited"): the finder
must name them as written. With ``--one-line`` nothing is swapped: each letter's line
breaks are lost, as some PDF text layers lose them, and its author must still be found.
With ``--forms`` the author keeps its body but every form of its name is written as one
of its other names only (an acronym, an alias, its te reo name), as an extract that uses
only "MBIE" or "Te Whatu Ora" does: the author must still be found (an acronym several
bodies share names none of them, by design).
Only dev letters are read (never ``heldout/``). Run:
``.venv/bin/python benchmarks/probe_author_swap.py [--swaps N] [--unlisted | --one-line |
--forms] [--show]``.
"""

from __future__ import annotations

import argparse
import random
import re
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_letters import CORPUS, load_set
from oiaassist.agencies import Agency, AgencyKind, all_agencies, find
from oiaassist.errors import OiaAssistError
from oiaassist.reading import read_letter
from oiaassist.reading.author import letter_author


def _hosts(agency: Agency) -> list[str]:
    hosts = []
    for source in agency.sources:
        host = re.sub(r"^https?://", "", source).split("/")[0].lower().removeprefix("www.")
        if host and "legislation" not in host and host.count(".") >= 2:
            hosts.append(host)
    if agency.request_email and "@" in agency.request_email:
        hosts.append(agency.request_email.rsplit("@", 1)[1].lower())
    return hosts


def _forms(agency: Agency) -> list[str]:
    """Every name the letter may use for ``agency``, longest first."""
    names = {agency.name, *(a for a in agency.aliases if len(a) >= 3)}
    if agency.maori_name:
        names.add(agency.maori_name)
    return sorted(names, key=len, reverse=True)


def swap(text: str, old: Agency, new: Agency) -> str:
    """``text`` with every form of ``old``'s name and domain replaced by ``new``'s."""
    new_alias = next((a for a in new.aliases if len(a) >= 3), new.name)
    for name in _forms(old):
        if name == old.name:
            repl = new.name
        elif name == old.maori_name:
            repl = new.maori_name or new.name
        else:
            repl = new_alias if name.isupper() == new_alias.isupper() else new.name
        words = [re.escape(w) for w in re.split(r"[\s\-—–]+", name) if w]
        flags = re.NOFLAG if name.isupper() else re.IGNORECASE
        pattern = r"(?<![\w-])" + r"[\s\-—–]+".join(words) + r"(?![\w-])"
        text = re.sub(pattern, repl.replace("\\", r"\\"), text, flags=flags)
    new_hosts = _hosts(new) or ["example.govt.nz"]
    for host in _hosts(old):
        text = re.sub(re.escape(host), new_hosts[0], text, flags=re.IGNORECASE)
    return text


# Bodies the directory does not list, with the shapes real ones have (fictional names,
# so no directory row and no dev letter can know them).
UNLISTED = (
    "Rangitoto Polytechnic",
    "University of Tāwhiti",
    "Hauraki Port Company Limited",
    "Ōtaki Research Trust",
    "Aoraki Regional Authority",
)


def swap_unlisted(text: str, old: Agency, new: str) -> str:
    """``text`` with every form of ``old``'s name replaced by the unlisted ``new``."""
    for name in _forms(old):
        words = [re.escape(w) for w in re.split(r"[\s\-—–]+", name) if w]
        flags = re.NOFLAG if name.isupper() else re.IGNORECASE
        pattern = r"(?<![\w-])" + r"[\s\-—–]+".join(words) + r"(?![\w-])"
        text = re.sub(pattern, new, text, flags=flags)
    for host in _hosts(old):
        text = re.sub(re.escape(host), "example.org.nz", text, flags=re.IGNORECASE)
    return text


def probe_unlisted(show: bool) -> None:
    """Each dev letter's author swapped for a body the directory lacks: found by name?"""
    tally: Counter[str] = Counter()
    for text, truth in load_set("dev", CORPUS):
        try:
            old = find(str(truth["agency"]))
        except OiaAssistError:
            continue
        if old.kind is AgencyKind.MINISTER:
            continue  # a Minister is named by a title, not by a body's name
        for new in UNLISTED:
            swapped = swap_unlisted(text, old, new)
            author = letter_author(swapped, not_these=read_letter(swapped).not_authors)
            got = author.name if author else ""
            key = "shown" if truth["author_in_text"] else "hidden"
            tally[key] += 1
            if truth["author_in_text"]:
                ok = new in got
                tally["shown right"] += ok
                tally["shown none"] += author is None
            else:
                ok = author is None
                tally["hidden guessed"] += not ok
            if not ok and show:
                print(f"{truth['id']}: {old.name} -> {new}: got {got!r}")
    print(
        f"unlisted, author shown: {tally['shown right']}/{tally['shown']} found by name "
        f"({100 * tally['shown right'] / max(1, tally['shown']):.1f}%), "
        f"{tally['shown none']} none; not shown: {tally['hidden guessed']}/{tally['hidden']} "
        "guessed"
    )


def probe_one_line(show: bool) -> None:
    """Each dev letter with every line break lost (a text layer that joins lines)."""
    tally: Counter[str] = Counter()
    for text, truth in load_set("dev", CORPUS):
        before = letter_author(text, not_these=read_letter(text).not_authors)
        joined = re.sub(r"[^\S\n]*\n[^\S\n]*", " ", text)
        author = letter_author(joined, not_these=read_letter(joined).not_authors)
        if truth["author_in_text"]:
            if before is None or before.agency is None:
                continue  # only letters whose author the finder reads (with an entry)
            tally["shown"] += 1
            ok = author is not None and author.agency is not None and author.agency == before.agency
            tally["shown right"] += ok
            tally["shown none"] += author is None
        else:
            tally["hidden"] += 1
            ok = author is None
            tally["hidden guessed"] += not ok
        if not ok and show:
            print(f"{truth['id']}: got {author.name if author else ''!r}")
    print(
        f"one line, author shown: {tally['shown right']}/{tally['shown']} still found, "
        f"{tally['shown none']} none; not shown: {tally['hidden guessed']}/{tally['hidden']} "
        "guessed"
    )


def probe_forms(show: bool) -> None:
    """Each dev letter's author written by only one of its other names."""
    tally: Counter[str] = Counter()
    for text, truth in load_set("dev", CORPUS):
        if not truth["author_in_text"]:
            continue
        try:
            agency = find(str(truth["agency"]))
        except OiaAssistError:
            continue
        before = letter_author(text, not_these=read_letter(text).not_authors)
        if before is None or before.agency != agency:
            continue  # only letters whose author the finder reads as written
        others = [a for a in agency.aliases if len(a) >= 3]
        others += [agency.maori_name] if agency.maori_name else []
        for other in others:
            kind = (
                "te reo"
                if other == agency.maori_name
                else "acronym"
                if other.isupper()
                else "alias"
            )
            written = text
            for name in _forms(agency):
                if name == other:
                    continue
                words = [re.escape(w) for w in re.split(r"[\s\-—–]+", name) if w]
                flags = re.NOFLAG if name.isupper() else re.IGNORECASE
                pattern = r"(?<![\w-])" + r"[\s\-—–]+".join(words) + r"(?![\w-])"
                written = re.sub(pattern, other.replace("\\", r"\\"), written, flags=flags)
            author = letter_author(written, not_these=read_letter(written).not_authors)
            ok = author is not None and author.agency == agency
            tally[kind] += 1
            tally[f"{kind} right"] += ok
            if not ok and show:
                got = author.name if author else ""
                print(f"{truth['id']}: {agency.name} as {other!r}: got {got!r}")
    print(
        "other names only: "
        + ", ".join(f"{k} {tally[k + ' right']}/{tally[k]}" for k in ("acronym", "alias", "te reo"))
    )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--swaps", type=int, default=3, help="swaps per letter")
    parser.add_argument("--show", action="store_true", help="list each miss")
    parser.add_argument(
        "--unlisted", action="store_true", help="swap in bodies the directory lacks instead"
    )
    parser.add_argument(
        "--one-line", action="store_true", help="join every letter's lines instead of swapping"
    )
    parser.add_argument(
        "--forms", action="store_true", help="write the author by one of its other names only"
    )
    args = parser.parse_args()
    if args.forms:
        probe_forms(args.show)
        return 0
    if args.one_line:
        probe_one_line(args.show)
        return 0
    if args.unlisted:
        probe_unlisted(args.show)
        return 0
    rng = random.Random(13)
    agencies = list(all_agencies())
    tally: Counter[str] = Counter()
    for text, truth in load_set("dev", CORPUS):
        try:
            old = find(str(truth["agency"]))
        except OiaAssistError:
            continue
        peers = [a for a in agencies if a.kind is old.kind and a.id != old.id]
        rng.shuffle(peers)
        shown = truth["author_in_text"]
        for new in peers[: args.swaps]:
            if any(
                re.search(rf"(?<!\w){re.escape(f)}(?!\w)", text, re.IGNORECASE) for f in _forms(new)
            ):
                continue  # the new body is already named in the letter
            swapped = swap(text, old, new)
            reading = read_letter(swapped)
            author = letter_author(swapped, not_these=reading.not_authors)
            got = author.name if author else ""
            if shown:
                ok = author is not None and author.agency is not None and author.agency.id == new.id
                tally["shown"] += 1
                tally["shown right"] += ok
                tally["shown none"] += author is None
                tally["shown wrong"] += author is not None and not ok
            else:
                ok = author is None
                tally["hidden"] += 1
                tally["hidden guessed"] += not ok
            if not ok and args.show:
                print(f"{truth['id']}: {old.name} -> {new.name}: got {got!r}")
    shown, hidden = tally["shown"], tally["hidden"]
    print(
        f"author shown in text: {tally['shown right']}/{shown} right "
        f"({100 * tally['shown right'] / max(1, shown):.1f}%), {tally['shown none']} none, "
        f"{tally['shown wrong']} wrong"
    )
    print(f"author not shown: {tally['hidden guessed']}/{hidden} guessed")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
