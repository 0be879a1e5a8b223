"""Does the letter reader find the date a short real extract states?

Issue 13 measured it on "short real extracts (one or two sentences from an agency's
letter)": the reader found the stated date in fewer than half. Whole letters
(``bench_letters.py``) hide that figure, because a letter gives the reader its
letterhead, its date and its neighbours to lean on; an extract gives only the
sentence. This scores :func:`oiaassist.reading.read_letter` on the extract corpus in
``tests/corpus/extracts/{dev,heldout}.jsonl`` (one JSON object a line; its README
gives the schema) and prints, per set:

* per stated field: right, wrong (found, another value), missed (stated, not found)
  and invented (found, not stated), with precision and recall — the field mapping
  and the comparison are ``bench_letters``' own, imported, so both benches score a
  reading alike;
* extracts whose stated date was found: of the extracts that state at least one
  date, those where every stated date field is right;
* distractors kept clean: of the extracts that state nothing, those where the
  reader found nothing (no date, no extension, no transfer) either;
* the kind right, on the extracts that show what kind of letter they come from.

The reader is tuned on ``dev`` only; ``heldout`` is only scored (never ``--show``).

Run: ``.venv/bin/python benchmarks/bench_extracts.py [--set dev|heldout|both]
[--show FIELD] [--json PATH]`` (``--show`` lists each dev extract where FIELD —
or ``kind``, or ``date`` for extracts whose stated date was not found — is not right).
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import sys
from dataclasses import dataclass, field
from pathlib import Path
from types import ModuleType
from typing import Any

HERE = Path(__file__).resolve().parent
CORPUS = HERE.parent / "tests" / "corpus" / "extracts"
SETS = ("dev", "heldout")


def _bench_letters() -> ModuleType:
    """bench_letters, imported from beside this file (benchmarks/ is not a package)."""
    if "bench_letters" in sys.modules:
        return sys.modules["bench_letters"]
    spec = importlib.util.spec_from_file_location("bench_letters", HERE / "bench_letters.py")
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["bench_letters"] = module  # its dataclasses look their module up
    spec.loader.exec_module(module)
    return module


BL = _bench_letters()
FIELDS: tuple[str, ...] = BL.FIELDS
DATE_FIELDS = frozenset(
    {
        "letter_date",
        "received",
        "stated_due",
        "clarification_sought",
        "refinement_declined",
        "clarified",
        "extension_notice",
        "extended_to",
        "transfer_date",
        "decision_date",
    }
)


@dataclass
class ExtractScore:
    """What happened on one extract."""

    id: str
    text: str
    fields: dict[str, str] = field(default_factory=dict)  # field -> right/wrong/missed/invented
    got: dict[str, Any] = field(default_factory=dict)
    want: dict[str, Any] = field(default_factory=dict)
    states_date: bool = False
    states_nothing: bool = False
    kind_want: str | None = None
    kind_got: str = ""

    @property
    def date_found(self) -> bool:
        """Every stated date field right (only meaningful when ``states_date``)."""
        return all(self.fields.get(f) == "right" for f in self.want if f in DATE_FIELDS)

    @property
    def clean(self) -> bool:
        """Nothing found where nothing is stated."""
        return not self.fields


@dataclass
class ExtractSet:
    """A whole set's figures."""

    name: str
    extracts: list[ExtractScore] = field(default_factory=list)
    tallies: dict[str, Any] = field(default_factory=dict)

    def __post_init__(self) -> None:
        self.tallies = {f: BL.Tally() for f in FIELDS}

    def total(self) -> Any:
        return BL.total_of(self.tallies)

    def dates(self) -> tuple[int, int]:
        """(extracts whose stated date was found, extracts that state a date)."""
        with_date = [e for e in self.extracts if e.states_date]
        return sum(e.date_found for e in with_date), len(with_date)

    def distractors(self) -> tuple[int, int]:
        """(extracts stating nothing where nothing was found, extracts stating nothing)."""
        empty = [e for e in self.extracts if e.states_nothing]
        return sum(e.clean for e in empty), len(empty)

    def kinds(self) -> tuple[int, int]:
        """(kind right, extracts that show their letter's kind)."""
        shown = [e for e in self.extracts if e.kind_want]
        return sum(e.kind_got == e.kind_want for e in shown), len(shown)


def load_set(name: str, root: Path = CORPUS) -> list[dict[str, Any]]:
    """The set's extracts, in file order (blank lines skipped)."""
    path = root / f"{name}.jsonl"
    if not path.exists():
        return []
    lines = path.read_text(encoding="utf-8").splitlines()
    return [json.loads(line) for line in lines if line.strip()]


def score_extract(row: dict[str, Any]) -> ExtractScore:
    """Read one extract and compare what was found with what it states."""
    text = str(row["text"])
    stated: dict[str, Any] = dict(row.get("stated") or {})
    result = ExtractScore(id=str(row["id"]), text=text, kind_want=row.get("kind"))
    reading = BL.read_letter(text)
    got, implied = BL.reading_fields(reading)
    if got["transfer_to"] == "(this agency)":
        # the request came IN: its recipient is the author the text shows (as bench_letters)
        author = BL.letter_author(text)
        got["transfer_to"] = author.name if author else None
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
            mark = "right" if BL._same(name, have, want) else "wrong"
        result.fields[name] = mark
        result.got[name] = have
        result.want[name] = want
    result.states_date = any(f in DATE_FIELDS for f in stated)
    result.states_nothing = not stated
    result.kind_got = BL._kind(reading)
    return result


def score_set(name: str, root: Path = CORPUS) -> ExtractSet:
    """Score every extract of one set."""
    scores = ExtractSet(name)
    for row in load_set(name, root):
        extract = score_extract(row)
        scores.extracts.append(extract)
        BL.count_marks(scores.tallies, extract.fields)
    return scores


def _ratio(pair: tuple[int, int]) -> str:
    hit, of = pair
    return f"{hit}/{of} ({BL.pct(hit / of if of else None).strip()})"


def report(scores: ExtractSet) -> list[str]:
    """The set's figures as printable lines."""
    n = len(scores.extracts)
    lines = [f"== {scores.name}: {n} extracts =="]
    if not n:
        return [*lines, "  (no extracts)"]
    lines += BL.field_lines(scores.tallies)
    total = scores.total()
    wrong = (total.wrong / total.stated) if total.stated else None
    lines += [
        f"  stated fields found right: {BL.pct(total.recall)}   found wrong: {BL.pct(wrong)}"
        f"   invented: {total.invented}",
        f"  extracts whose stated date was found: {_ratio(scores.dates())}",
        f"  extracts stating nothing, nothing found: {_ratio(scores.distractors())}",
        f"  kind right (where the extract shows it): {_ratio(scores.kinds())}",
    ]
    return lines


def as_json(scores: ExtractSet) -> dict[str, Any]:
    """The set's figures for ``--json`` (no per-extract results)."""
    return {
        "extracts": len(scores.extracts),
        **BL.fields_json(scores.tallies),
        "stated_date_found": list(scores.dates()),
        "distractors_clean": list(scores.distractors()),
        "kind_right": list(scores.kinds()),
    }


def show(scores: ExtractSet, what: str) -> list[str]:
    """The extracts where ``what`` (a field, ``kind`` or ``date``) is not right."""
    lines = []
    for e in scores.extracts:
        if what == "kind":
            if e.kind_want and e.kind_got != e.kind_want:
                lines.append(f"  {e.id}: got {e.kind_got} want {e.kind_want}\n    {e.text}")
        elif what == "date":
            if e.states_date and not e.date_found:
                diff = {f: (e.got.get(f), e.want.get(f)) for f in e.fields}
                lines.append(f"  {e.id}: (got, want) {diff}\n    {e.text}")
        elif e.fields.get(what, "right") != "right":
            lines.append(
                f"  {e.id}: {e.fields[what]} got {e.got.get(what)!r} want "
                f"{e.want.get(what)!r}\n    {e.text}"
            )
    return lines


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--set", choices=(*SETS, "both"), default="both")
    parser.add_argument("--json", metavar="PATH", help="save the figures as JSON")
    parser.add_argument(
        "--show",
        metavar="FIELD",
        help="list dev extracts where FIELD (or kind, or date) is not right",
    )
    args = parser.parse_args(argv)
    names = SETS if args.set == "both" else (args.set,)
    results = {name: score_set(name) for name in names}
    for name, scores in results.items():
        print("\n".join(report(scores)))
        if args.show and name == "dev":
            print("\n".join(show(scores, args.show)))
    if args.show and "dev" not in results:
        print("(--show lists dev extracts only: held-out extracts are scored, never listed)")
    if args.json:
        Path(args.json).write_text(
            json.dumps({n: as_json(s) for n, s in results.items()}, indent=2), encoding="utf-8"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
