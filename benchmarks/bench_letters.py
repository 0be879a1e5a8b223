"""How well does the letter reader read real agency letters it was not written for?

Scores :func:`oiaassist.reading.read_letter` and :func:`check_reading` on the
real-letter corpus in ``tests/corpus/letters/{dev,heldout}/``: each
``<id>.txt`` is a letter as published, each ``<id>.json`` its truth row (what
the letter states, and what the statute makes of it). For each set it prints:

* per stated field: found right, found wrong, missed (stated, not found) and
  invented (found, not stated), with precision and recall;
* the author agency: *strictly* (the reader names the truth row's author) and *by the
  law of "never a mere mention"* (where the truth row says ``author_in_text: false`` —
  nothing in the letter's own text shows who wrote it — the right answer is "no author
  found", and a guess is wrong even when it happens to match; where ``true``, the author
  must be found). Rows without ``author_in_text`` are scored strictly in both;
* the letter kind right;
* **false alarms**: a check marked ✗ (a breach) that the truth row's
  ``statute.breaches`` does not list. The target is none at all;
* time to read and check one letter.

The reader is tuned on ``dev`` only; ``heldout`` is only scored.

Run: ``.venv/bin/python benchmarks/bench_letters.py [--set dev|heldout|all] [--json PATH]
[--show FIELD]`` (``--show`` lists each letter where that field is not right).
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from oiaassist.agencies import Agency, find
from oiaassist.agencies.normalise import fold
from oiaassist.agencies.outside import outside_body
from oiaassist.errors import OiaAssistError
from oiaassist.reading import check_reading, read_letter
from oiaassist.reading.author import letter_author
from oiaassist.reading.checks import CheckKind, DateCheck
from oiaassist.reading.reader import LetterReading

CORPUS = Path(__file__).resolve().parent.parent / "tests" / "corpus" / "letters"
SETS = ("dev", "heldout")

FIELDS = (
    "letter_date",
    "reference",
    "received",
    "stated_due",
    "clarification_sought",
    "refinement_declined",
    "clarified",
    "treated_as_new",
    "extension_notice",
    "extension_days",
    "extended_to",
    "transfer_to",
    "transfer_date",
    "decision_date",
)

# A ✗ check of this kind is a breach the truth row must list under one of these codes
# (the corpus's codes: tests/corpus/letters/README.md).
BREACH_CODES: dict[CheckKind, frozenset[str]] = {
    CheckKind.STATED_DUE: frozenset({"stated_due_wrong"}),
    CheckKind.EXTENSION_NOTICE: frozenset({"extension_after_limit"}),
    CheckKind.EXTENDED_TO: frozenset({"stated_due_wrong", "extended_to_wrong"}),
    CheckKind.TRANSFER: frozenset({"transfer_late"}),
    CheckKind.DECISION: frozenset({"decision_late"}),
    CheckKind.CLARIFICATION: frozenset({"clarification_late"}),
    CheckKind.RECEIVED: frozenset(),
}


@dataclass
class Tally:
    """One field's counts over a set."""

    right: int = 0
    wrong: int = 0
    missed: int = 0
    invented: int = 0

    @property
    def stated(self) -> int:
        return self.right + self.wrong + self.missed

    @property
    def recall(self) -> float | None:
        return self.right / self.stated if self.stated else None

    @property
    def precision(self) -> float | None:
        found = self.right + self.wrong + self.invented
        return self.right / found if found else None


@dataclass
class LetterScore:
    """What happened on one letter."""

    id: str
    fields: dict[str, str] = field(default_factory=dict)  # field -> right/wrong/missed/invented
    got: dict[str, Any] = field(default_factory=dict)
    want: dict[str, Any] = field(default_factory=dict)
    agency_right: bool | None = None
    author_right: bool | None = None  # by the law: no guess where the text does not show it
    agency_got: str = ""
    author_annotated: bool = False
    kind_right: bool = False
    kind_got: str = ""
    false_alarms: list[str] = field(default_factory=list)
    seconds: float = 0.0


def total_of(tallies: dict[str, Tally]) -> Tally:
    """Every field's tally added up."""
    t = Tally()
    for tally in tallies.values():
        t.right += tally.right
        t.wrong += tally.wrong
        t.missed += tally.missed
        t.invented += tally.invented
    return t


def count_marks(tallies: dict[str, Tally], marks: dict[str, str]) -> None:
    """Add one text's marks (field -> right/wrong/missed/invented) to the tallies."""
    for field_name, mark in marks.items():
        tally = tallies[field_name]
        setattr(tally, mark, getattr(tally, mark) + 1)


@dataclass
class SetScore:
    """A whole set's figures."""

    name: str
    letters: list[LetterScore] = field(default_factory=list)
    tallies: dict[str, Tally] = field(default_factory=lambda: {f: Tally() for f in FIELDS})

    def total(self) -> Tally:
        return total_of(self.tallies)

    @property
    def false_alarms(self) -> int:
        return sum(len(s.false_alarms) for s in self.letters)

    def annotated(self) -> int:
        """Letters whose truth row says whether their text shows the author."""
        return sum(1 for s in self.letters if s.author_annotated)

    def rate(self, attr: str) -> float | None:
        marks = [getattr(s, attr) for s in self.letters if getattr(s, attr) is not None]
        return sum(marks) / len(marks) if marks else None


def load_set(name: str, root: Path = CORPUS) -> Iterator[tuple[str, dict[str, Any]]]:
    """Each letter's text and truth row in the set, by id."""
    folder = root / name
    if not folder.is_dir():
        return
    for truth_path in sorted(folder.glob("*.json")):
        text_path = truth_path.with_suffix(".txt")
        if not text_path.exists():
            continue
        truth = json.loads(truth_path.read_text(encoding="utf-8"))
        yield text_path.read_text(encoding="utf-8"), truth


def _iso(found: Any) -> str | None:
    if found is None:
        return None
    value = getattr(found, "value", found)
    return value.isoformat() if isinstance(value, date) else str(value)


def reading_fields(reading: LetterReading) -> tuple[dict[str, Any], set[str]]:
    """The reader's value for each scored field, and which of them it only implied.

    An implied value (an extension or transfer dated by the letter itself) is
    scored when the truth states the field, and not counted as invented when
    it does not.
    """
    ext = reading.extension
    moved = reading.transfer
    implied: set[str] = set()
    got: dict[str, Any] = {
        "letter_date": _iso(reading.letter_date),
        "reference": reading.reference.value if reading.reference else None,
        # "your email of …" is the request's date, not a stated receipt (corpus README)
        "received": _iso(reading.received_stated),
        "stated_due": _iso(reading.stated_due),
        "clarification_sought": _iso(reading.clarification.sought)
        if reading.clarification
        else None,
        "refinement_declined": _iso(reading.refinement_declined),
        "clarified": _iso(reading.clarified),
        "treated_as_new": reading.treated_as_new.value if reading.treated_as_new else None,
        "extension_notice": _iso(ext.notice_date) if ext else None,
        "extension_days": ext.working_days.value if ext and ext.working_days else None,
        "extended_to": _iso(ext.extended_to) if ext else None,
        "transfer_to": moved.to_agency.value if moved else None,
        "transfer_date": _iso(moved.on) if moved else None,
        "decision_date": _iso(reading.decision_date),
    }
    if moved is None and (
        reading.transferred_in or reading.transferred_from or reading.transferred_to_here
    ):
        # this agency is the transferee (corpus README): filled in with the author by score_letter
        got["transfer_to"] = "(this agency)"
        got["transfer_date"] = _iso(reading.transferred_in)
    if reading.clarification and reading.clarification.asked_in_this_letter:
        implied.add("clarification_sought")
    if ext is not None and ext.notified_in_this_letter:
        implied.add("extension_notice")
    if moved is not None and not moved.date_stated:
        implied.add("transfer_date")
    if reading.decision_date is not None and reading.decision_date == reading.letter_date:
        implied.add("decision_date")
    return got, implied


def _same(name: str, got: Any, want: Any) -> bool:
    if name == "reference":
        return _fold_ref(str(got)) == _fold_ref(str(want))
    if name == "transfer_to":
        return _same_agency(str(got), str(want))
    return bool(got == want)


def _fold_ref(ref: str) -> str:
    """A reference as letters and digits, without an Act's or register's leading acronym.

    "OIA: 1281912" and "1281912" name the same request (the corpus README: whether "OIA:"
    before a number is a label is unsettled, and a requester quotes either the same way).
    """
    folded = "".join(c for c in ref.lower() if c.isalnum())
    return re.sub(r"^(?:lgoima|lgoir|oiapr|doia|oir|oia)(?=\d)", "", folded)


def _agency(name: str) -> Agency | None:
    try:
        return find(name)
    except OiaAssistError:
        return None


def _same_agency(got: str, want: str) -> bool:
    g, w = _agency(got), _agency(want)
    if g is not None and w is not None:
        return g.id == w.id
    a, b = fold(got).removeprefix("the "), fold(want).removeprefix("the ")
    return a == b or (len(a) > 6 and (a in b or b in a))


def _kind(reading: LetterReading) -> str:
    """The reader's kind in the corpus's words (the reader's "unknown" is "other").

    The reader itself tells a release (some information given now) from a decision
    that releases nothing now (a refusal, or a grant whose documents follow later).
    """
    kind = reading.kind.value
    return "other" if kind == "unknown" else kind


def false_alarms(checks: list[DateCheck], breaches: list[str]) -> list[str]:
    """The ✗ checks whose breach the truth row does not list."""
    listed = {b.lower() for b in breaches}
    out = []
    for check in checks:
        if check.ok is not False:
            continue
        codes = BREACH_CODES.get(check.kind)
        if codes is None:  # a disagreement with a request file: none in the corpus
            continue
        if not (codes & listed):
            out.append(f"{check.kind.value}: {check.message}")
    return out


def author_by_law(got: str, truth: dict[str, Any]) -> bool | None:
    """Whether the reader's author is right under "never a mere mention" (issue 13).

    A letter whose own text does not show its author (``author_in_text: false``: an
    extract with no letterhead, signature, sender or reference format) has one right
    answer, "no author found": naming one is a guess, wrong even when it matches. Where
    the text shows it (``true``), the truth row's author must be found. A row not yet
    annotated is scored as before (the author must be found).
    """
    want = truth.get("agency")
    if not want:
        return None
    if truth.get("author_in_text") is False:
        return not got
    return bool(got) and _same_agency(got, str(want))


def score_letter(text: str, truth: dict[str, Any]) -> LetterScore:
    """Read, check and compare one letter with its truth row."""
    result = LetterScore(id=str(truth.get("id", "")))
    start = time.perf_counter()
    reading = read_letter(text)
    author = letter_author(text, not_these=reading.not_authors)
    agency = author.agency if author else None
    author_name = author.name if author else ""
    # as read-letter does: an author the OIA does not reach is named, and bound by no limit
    outside = outside_body(author_name) if author_name and agency is None else None
    checks = check_reading(reading, agency=agency, outside=outside)
    result.seconds = time.perf_counter() - start
    stated = truth.get("stated") or {}
    got, implied = reading_fields(reading)
    if got["transfer_to"] == "(this agency)":
        # the letter's own naming of the body that received the transfer, else the author
        here = reading.transferred_to_here
        got["transfer_to"] = here.value if here is not None else author_name or None
    for name in FIELDS:
        want = stated.get(name)
        have = got.get(name)
        if want is None and (have is None or name in implied):
            continue
        if want is None:
            mark = "invented"
        elif have is None:
            mark = "missed"
        else:
            mark = "right" if _same(name, have, want) else "wrong"
        result.fields[name] = mark
        result.got[name] = have
        result.want[name] = want
    want_agency = truth.get("agency")
    if want_agency:
        result.agency_got = author_name
        result.agency_right = bool(author_name) and _same_agency(author_name, str(want_agency))
        result.author_right = author_by_law(author_name, truth)
        result.author_annotated = isinstance(truth.get("author_in_text"), bool)
    result.kind_got = _kind(reading)
    want_kind = truth.get("kind")
    result.kind_right = result.kind_got == want_kind
    statute = truth.get("statute") or {}
    result.false_alarms = false_alarms(checks, list(statute.get("breaches") or []))
    return result


def score_set(name: str, root: Path = CORPUS) -> SetScore:
    """Score every letter of one set."""
    scores = SetScore(name)
    letters = list(load_set(name, root))
    if letters:
        score_letter(*letters[0])  # warm up: the directory and calendars load on first use
    for text, truth in letters:
        letter = score_letter(text, truth)
        scores.letters.append(letter)
        count_marks(scores.tallies, letter.fields)
    return scores


_CITED = re.compile(
    r"(?:fyi\.org\.nz\.?/request/|\bFYI(?:\s+request)?\s*#?\s*|\bfyi-)(\d{3,6})", re.IGNORECASE
)
_REQUEST = re.compile(r"request/(\d{3,6})")


def cited_requests(root: Path = CORPUS.parent.parent.parent) -> set[str]:
    """FYI request numbers the code or its tests cite (rules shaped on those threads)."""
    cited: set[str] = set()
    for folder in ("src", "tests"):
        for path in (root / folder).rglob("*.py"):
            cited.update(_CITED.findall(path.read_text(encoding="utf-8")))
    return cited


def unseen(scores: SetScore, root: Path = CORPUS) -> SetScore:
    """The set without letters whose FYI thread a test or rule cites.

    Held-out letters came from the same stored pages the engineers searched for
    wording; a letter of a thread the code cites may have been seen. This figure
    is the one no rule can have been shaped on.
    """
    cited = cited_requests()
    threads = {
        str(truth["id"]): (_REQUEST.findall(str(truth.get("source", ""))) or [""])[0]
        for _, truth in load_set(scores.name, root)
    }
    kept = SetScore(f"{scores.name}, threads no code or test cites")
    for letter in scores.letters:
        if threads.get(letter.id, "") not in cited:
            kept.letters.append(letter)
            count_marks(kept.tallies, letter.fields)
    return kept


def pct(value: float | None) -> str:
    """A rate as a right-aligned percentage, or a dash where there is nothing to count."""
    return "   -  " if value is None else f"{100 * value:5.1f}%"


def field_lines(tallies: dict[str, Tally]) -> list[str]:
    """The per-field table (right, wrong, missed, invented, precision, recall) and its total."""
    lines = [
        f"  {'field':<22}{'right':>6}{'wrong':>6}{'missed':>7}{'invent':>7}{'prec':>8}{'recall':>8}"
    ]
    for name, t in [*tallies.items(), ("ALL STATED FIELDS", total_of(tallies))]:
        if not (t.stated or t.invented):
            continue
        lines.append(
            f"  {name:<22}{t.right:>6}{t.wrong:>6}{t.missed:>7}{t.invented:>7}"
            f"{pct(t.precision):>8}{pct(t.recall):>8}"
        )
    return lines


def fields_json(tallies: dict[str, Tally]) -> dict[str, Any]:
    """The per-field figures and the stated-field rates, for ``--json``."""
    total = total_of(tallies)
    return {
        "fields": {
            name: {
                "right": t.right,
                "wrong": t.wrong,
                "missed": t.missed,
                "invented": t.invented,
                "precision": t.precision,
                "recall": t.recall,
            }
            for name, t in tallies.items()
        },
        "stated_found_right": total.recall,
        "stated_found_wrong": (total.wrong / total.stated) if total.stated else None,
    }


def report(scores: SetScore) -> list[str]:
    """The set's figures as printable lines."""
    n = len(scores.letters)
    lines = [f"== {scores.name}: {n} letters =="]
    if not n:
        return [*lines, "  (no letters)"]
    lines += field_lines(scores.tallies)
    total = scores.total()
    wrong = (total.wrong / total.stated) if total.stated else None
    times = sorted(s.seconds for s in scores.letters)
    lines += [
        f"  stated fields found right: {pct(total.recall)}   found wrong: {pct(wrong)}",
        f"  author agency right:       {pct(scores.rate('author_right'))}"
        f"   (strict, a guess counted: {pct(scores.rate('agency_right'))};"
        f" {scores.annotated()}/{n} letters say whether the text shows the author)",
        f"  letter kind right:         {pct(scores.rate('kind_right'))}",
        f"  false alarms:              {scores.false_alarms}",
        f"  time per letter:           median {1000 * times[len(times) // 2]:.1f} ms, "
        f"worst {1000 * times[-1]:.1f} ms",
    ]
    for letter in scores.letters:
        for alarm in letter.false_alarms:
            lines.append(f"  FALSE ALARM {letter.id}: {alarm}")
    return lines


def as_json(scores: SetScore) -> dict[str, Any]:
    """The set's figures for ``--json``."""
    return {
        "letters": len(scores.letters),
        **fields_json(scores.tallies),
        "author_right": scores.rate("author_right"),
        "agency_right_strict": scores.rate("agency_right"),
        "author_annotated": scores.annotated(),
        "kind_right": scores.rate("kind_right"),
        "false_alarms": scores.false_alarms,
        "false_alarm_letters": {s.id: s.false_alarms for s in scores.letters if s.false_alarms},
        "seconds_per_letter_median": sorted(s.seconds for s in scores.letters)[
            len(scores.letters) // 2
        ]
        if scores.letters
        else None,
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--set", choices=(*SETS, "all"), default="all")
    parser.add_argument("--json", metavar="PATH", help="save the figures as JSON")
    parser.add_argument(
        "--show",
        metavar="FIELD",
        help="list letters where FIELD (or author, agency = strict, kind) is not right",
    )
    args = parser.parse_args(argv)
    names = SETS if args.set == "all" else (args.set,)
    results = {name: score_set(name) for name in names}
    if "heldout" in results:
        results["heldout-unseen"] = unseen(results["heldout"])
    for scores in results.values():
        print("\n".join(report(scores)))
        if args.show:
            for letter in scores.letters:
                wrong_author = {"agency": letter.agency_right, "author": letter.author_right}
                if wrong_author.get(args.show, True) is False:
                    print(f"  {letter.id}: got {letter.agency_got!r}")
                elif args.show == "kind" and not letter.kind_right:
                    print(f"  {letter.id}: got {letter.kind_got}")
                elif letter.fields.get(args.show, "right") != "right":
                    print(
                        f"  {letter.id}: {letter.fields[args.show]} got "
                        f"{letter.got.get(args.show)!r} want {letter.want.get(args.show)!r}"
                    )
    if args.json:
        Path(args.json).write_text(
            json.dumps({n: as_json(s) for n, s in results.items()}, indent=2), encoding="utf-8"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
