"""Does the author finder read every directory body from each place a letter shows its author?

The dev letters show their authors in a few layouts; the held-out letters showed others
(a body's name in capitals on a letterhead, a role and body on one signature line, a
te reo name, an email address in the signature, "on behalf of X"). This probe needs no
new letters: it takes the dev letters whose own text does NOT show the author (truth
``author_in_text: false``: a real body with no letterhead or signature) and gives each
one author evidence in one structural place, for every directory body, then asks
:func:`oiaassist.reading.author.letter_author` who wrote it. The body must be found
(and nothing else); a body the base letter merely mentions must never win over it.

Places (``--show PLACE`` lists the misses of one):

* ``head`` / ``head-caps`` / ``head-reo``: a letterhead line above the letter (the name;
  in capitals; the te reo name alone, where the directory has one);
* ``sign`` / ``sign-role``: a signature block after "Ngā mihi" / "Yours sincerely" (the
  body on its own line; "Senior Advisor, Official Information | Body" on one line);
* ``sign-email``: a signature with only an email address at the body's domain;
* ``behalf``: "On behalf of Body" under the signer's name;
* ``sender``: the top message's "From: … <oia@domain>" header;
* ``short``: the body's short forms ("NZ" for "New Zealand", "DHB" for "District
  Health Board") on a signature line;
* ``head-pipe``: "<Body> | <te reo name>" on one letterhead line;
* ``sign-reo`` / ``sign-unit``: the te reo name alone, or "OIA Team, Corporate Services |
  <ACRONYM>", signing;
* ``logo``: the body's acronym only in its logo's file name ("[1]EPA_logo_96dpi");
* ``web-footer``: "P 04 … | www.<domain>" under the signer;
* ``placeholder``: FYI's "<[<Body> request email]>" in the message's header;
* ``received`` / ``request-to`` / ``published``: a sentence of the letter's own ("<Body>
  received your request on …", "your email of … to <Body>", "published on the <Body>
  website");
* ``kind``: "The <Kind>'s response follows" and a link to the body's site (the base may
  name another body of the kind: then no author is the right answer, counted as none).

Only dev letters are read (never ``heldout/``). Run:
``.venv/bin/python benchmarks/probe_author_zones.py [--bases N] [--show PLACE]``.
"""

from __future__ import annotations

import argparse
import random
import re
import sys
from collections import Counter
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_letters import CORPUS, load_set
from oiaassist.agencies import Agency, AgencyKind, all_agencies
from oiaassist.reading.author import letter_author
from oiaassist.reading.author.names import _domains, _shared_acronyms
from oiaassist.reading.author.zones import own_text


def _host(agency: Agency) -> str | None:
    """A web domain the directory gives as this body's own (not one it shares)."""
    for host, owner in _domains().items():
        if owner == agency.id and host.count(".") >= 2:
            return host
    return None


def _short(name: str) -> str:
    short = name.replace("District Health Board", "DHB").replace("New Zealand", "NZ")
    return short


_SIGNER = "\n\nJane Smith\n"
MINISTER_TITLES = ("Minister", "Prime Minister", "Associate Minister")

Place = Callable[[str, Agency], str | None]


def _head(text: str, a: Agency) -> str:
    return f"{a.name}\nPO Box 1234, Wellington 6140\n\n{text}"


def _head_caps(text: str, a: Agency) -> str:
    return f"{a.name.upper()}\nPO Box 1234, Wellington 6140\n\n{text}"


def _head_reo(text: str, a: Agency) -> str | None:
    if not a.maori_name:
        return None
    return f"{a.maori_name}\nPO Box 1234, Wellington 6140\n\n{text}"


def _sign(text: str, a: Agency) -> str:
    return f"{text}\n\nNgā mihi{_SIGNER}Manager, Official Information\n{a.name}\n"


def _sign_role(text: str, a: Agency) -> str:
    return f"{text}\n\nYours sincerely{_SIGNER}Senior Advisor, Official Information | {a.name}\n"


def _sign_email(text: str, a: Agency) -> str | None:
    host = _host(a)
    if host is None:
        return None
    return f"{text}\n\nKind regards{_SIGNER}Official Information Team\nE: oia@{host}\n"


def _behalf(text: str, a: Agency) -> str:
    return f"{text}\n\nNāku noa, nā{_SIGNER}On behalf of {a.name}\n"


def _sender(text: str, a: Agency) -> str | None:
    host = _host(a)
    if host is None:
        return None
    return (
        f"From: OIA Requests <oia@{host}>\nSent: Monday, 4 March 2024 10:02 a.m.\n"
        f"To: [FYI request #12345 email]\nSubject: Official information request\n\n{text}"
    )


def _short_sign(text: str, a: Agency) -> str | None:
    short = _short(a.name)
    if short == a.name:
        return None
    return f"{text}\n\nKind regards{_SIGNER}Official Information Advisor\n{short}\n"


_SALUTATION = re.compile(
    r"^[^\S\n]*(?:Dear|T\S{1,2}n\S{1,2}\s+koe|Kia\s+ora|Hi|Good)\b[^\n]*\n", re.M
)


def _said(text: str, sentence: str) -> str:
    """``text`` with ``sentence`` as its first paragraph (after the salutation, if any)."""
    salutation = _SALUTATION.search(text)
    at = salutation.end() if salutation else 0
    return f"{text[:at]}{sentence}\n\n{text[at:]}"


def _acronym(agency: Agency) -> str | None:
    """The body's own capitals acronym from the directory, if it has one no other body shares."""
    shared = _shared_acronyms()
    for alias in agency.aliases:
        if alias.isupper() and 2 < len(alias) <= 6 and alias not in shared:
            return alias
    return None


def _head_pipe(text: str, a: Agency) -> str | None:
    if not a.maori_name:
        return None
    return f"{a.name} | {a.maori_name}\nPO Box 1234, Wellington 6140\n\n{text}"


def _sign_reo(text: str, a: Agency) -> str | None:
    if not a.maori_name:
        return None
    return f"{text}\n\nNgā mihi{_SIGNER}Kaitohutohu Matua\n{a.maori_name}\n"


def _sign_unit(text: str, a: Agency) -> str | None:
    acronym = _acronym(a)
    if acronym is None:
        return None
    return f"{text}\n\nNgā mihi{_SIGNER}OIA Team, Corporate Services | {acronym}\n"


def _logo(text: str, a: Agency) -> str | None:
    acronym = _acronym(a)
    if acronym is None:
        return None
    role = "Official Correspondence Advisor"
    return f"{text}\n\nKind regards{_SIGNER}{role}\n\n[1]{acronym}_logo_96dpi\n"


def _web_footer(text: str, a: Agency) -> str | None:
    host = _host(a)
    if host is None:
        return None
    return f"{text}\n\nRegards{_SIGNER}Governance Advisor\nP 04 123 4567 | www.{host}\n"


def _placeholder(text: str, a: Agency) -> str:
    return (
        f"From: {a.name}\n<[{a.name} request email]>\nSent: Monday, 4 March 2024\n"
        f"To: [FYI request #12345 email]\n\n{text}"
    )


def _received(text: str, a: Agency) -> str:
    return _said(text, f"{a.name} received your request on 4 March 2024.")


def _request_to(text: str, a: Agency) -> str:
    return _said(text, f"Thank you for your email of 4 March 2024 to {a.name}.")


def _published(text: str, a: Agency) -> str:
    return _said(text, f"Our response may be published on the {a.name} website.")


_KIND_WORD = re.compile(
    r"\b(Ministry|Department|Council|University|Commission|Authority|Board|Agency|Service)\b"
)


def _kind(text: str, a: Agency) -> str | None:
    kind = _KIND_WORD.search(a.name)
    host = _host(a)
    if kind is None or host is None:
        return None
    return _said(text, f"The {kind[1]}'s response follows. See [1]https://www.{host}/about-us")


PLACES: dict[str, Place] = {
    "head": _head,
    "head-caps": _head_caps,
    "head-reo": _head_reo,
    "sign": _sign,
    "sign-role": _sign_role,
    "sign-email": _sign_email,
    "behalf": _behalf,
    "sender": _sender,
    "short": _short_sign,
    "head-pipe": _head_pipe,
    "sign-reo": _sign_reo,
    "sign-unit": _sign_unit,
    "logo": _logo,
    "web-footer": _web_footer,
    "placeholder": _placeholder,
    "received": _received,
    "request-to": _request_to,
    "published": _published,
    "kind": _kind,
}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--bases", type=int, default=2, help="base letters per body and place")
    parser.add_argument("--show", metavar="PLACE", help="list each miss of one place")
    args = parser.parse_args()
    # The letter without the requester's quoted message: evidence is added to its own text.
    # Not a Minister's letter: its office signs it ("Private Secretary (Advisory/Media)"),
    # which shows a Minister wrote it, if not which; a second signature would conflict.
    bases = [
        own_text(text).rstrip()
        for text, truth in load_set("dev", CORPUS)
        if not truth["author_in_text"] and not str(truth["agency"]).startswith(MINISTER_TITLES)
    ]
    rng = random.Random(13)
    tally: Counter[tuple[str, str]] = Counter()
    for agency in all_agencies():
        if agency.kind is AgencyKind.MINISTER:
            continue  # a Minister is named by a title (probe_author_swap covers them)
        for place, make in PLACES.items():
            for base in rng.sample(bases, args.bases):
                text = make(base, agency)
                if text is None:
                    continue
                author = letter_author(text)
                if author is None:
                    outcome = "none"
                elif author.agency == agency:
                    outcome = "right"
                else:
                    outcome = "wrong"
                tally[place, outcome] += 1
                if args.show == place and outcome != "right":
                    got = author.name if author else ""
                    print(f"{place}: {agency.name}: got {got!r} ({base[:50]!r})")
    total = Counter[str]()
    for place in PLACES:
        n = sum(tally[place, o] for o in ("right", "none", "wrong"))
        total.update({o: tally[place, o] for o in ("right", "none", "wrong")})
        print(
            f"{place:11} {tally[place, 'right']:5}/{n:<5} right "
            f"({100 * tally[place, 'right'] / max(1, n):5.1f}%)  "
            f"none {tally[place, 'none']:4}  wrong {tally[place, 'wrong']:4}"
        )
    n = sum(total.values())
    print(f"{'ALL':11} {total['right']:5}/{n:<5} right ({100 * total['right'] / max(1, n):5.1f}%)"
          f"  none {total['none']:4}  wrong {total['wrong']:4}")  # fmt: skip
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
