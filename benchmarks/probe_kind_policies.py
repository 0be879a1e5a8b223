"""Score every candidate kind policy (``kind_policies.py``) side by side on dev letters.

The fair test of a policy is FRESH letters: dev letters neither the rules nor the weights
were tuned on. ``--new`` takes the dev letters the stored kind weights were not fitted on
(``fitted_on`` in ``src/oiaassist/reading/kind/data/kind_weights.json``: letters merged into dev
since the last refit); ``--ids FILE`` any list of dev ids (one a line). Run it with
``PYTHONPATH=/tmp/<base>/src`` to read the same letters with an older reader (its rules,
weights and ``kind.DEFINED``; P0 is then that reader's policy).

``--cv`` scores the policies on all dev letters with the scorer's weights fitted by
leave-agency-out cross-validation (the rules are still in-sample there: a weaker measure).

Only the dev set is read. Run: ``.venv/bin/python benchmarks/probe_kind_policies.py [--new |
--ids FILE] [--cv] [--show P] [--json PATH]``.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter, defaultdict
from collections.abc import Iterable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_letters import load_set
from kind_policies import POLICIES, Evidence, evidence, evidence_of, plain
from oiaassist.reading import read_letter
from oiaassist.reading.kind import model as kind_model
from oiaassist.reading.kind.rules import ruled

WEIGHTS = (
    Path(kind_model.__file__).resolve().parent / "data" / "kind_weights.json"
)  # the reader's own (under PYTHONPATH, the older reader's)


def score(
    title: str, truths: list[str], got: dict[str, list[str]], ids: list[str], show: str = ""
) -> dict[str, int]:
    """Print each policy's right/total and its confusions (truth→got); return the rights."""
    n = len(truths)
    print(f"== {title}: {n} ==")
    rights: dict[str, int] = {}
    for name, kinds in got.items():
        right = sum(k == t for k, t in zip(kinds, truths, strict=True))
        rights[name] = right
        wrong = Counter(f"{t}→{k}" for k, t in zip(kinds, truths, strict=True) if k != t)
        pct = f"{right / n:.1%}" if n else "-"
        listed = ", ".join(f"{c} {w}" for w, c in wrong.most_common())
        print(f"  {name:7} {right}/{n} = {pct}   {listed}")
    if show:
        for i, t in enumerate(truths):
            if got[show][i] != t:
                others = " ".join(f"{p}={got[p][i]}" for p in got if p != show)
                print(f"    {ids[i]}: truth {t}, {show} {got[show][i]}  ({others})")
    return rights


def letters(ids: set[str] | None, new: bool) -> Iterable[tuple[str, dict[str, object]]]:
    fitted = set(json.loads(WEIGHTS.read_text(encoding="utf-8"))["fitted_on"]) if new else set()
    for text, truth in load_set("dev"):
        if ids is not None and truth["id"] not in ids:
            continue
        if new and truth["id"] in fitted:
            continue
        yield text, truth


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--ids", type=Path, help="score only these dev ids (one a line)")
    parser.add_argument("--new", action="store_true", help="only dev letters not fitted on")
    parser.add_argument("--cv", action="store_true", help="leave-agency-out weights")
    parser.add_argument("--show", default="", help="list this policy's misses")
    parser.add_argument("--json", type=Path, help="save each letter's kinds by policy")
    args = parser.parse_args(argv)
    ids = set(args.ids.read_text(encoding="utf-8").split()) if args.ids else None
    rows: list[tuple[str, str, str, Evidence, frozenset[str], str]] = []
    for text, truth in letters(ids, args.new):
        reading = read_letter(text)
        verdict = ruled(reading)
        names = frozenset(kind_model.features(reading))
        ev = evidence(reading)
        assert ev.rules_kind == plain(verdict.kind)
        rows.append((
            str(truth["id"]), str(truth["agency"]), str(truth["kind"]), ev, names,
            plain(reading.kind),
        ))  # fmt: skip
    truths = [r[2] for r in rows]
    ids_in = [r[0] for r in rows]
    got = {name: [policy(r[3]) for r in rows] for name, policy in POLICIES.items()}
    got["reader"] = [r[5] for r in rows]
    score("dev letters (stored weights)", truths, got, ids_in, args.show)
    if args.json:
        out = {
            r[0]: {name: got[name][i] for name in got} | {"truth": r[2]} for i, r in enumerate(rows)
        }
        args.json.write_text(json.dumps(out, indent=1) + "\n", encoding="utf-8")
    if args.cv:
        # here, not above: an older reader (PYTHONPATH) may lack what fit_kind imports
        from fit_kind import fit  # noqa: PLC0415

        by_agency: dict[str, list[int]] = defaultdict(list)
        for i, r in enumerate(rows):
            by_agency[r[1]].append(i)
        cv_ev: list[Evidence] = [rows[0][3]] * len(rows)
        for agency, members in sorted(by_agency.items()):
            train = [
                (r[0], r[1], r[2], r[4], r[3].rules_kind, r[3].rule) for r in rows if r[1] != agency
            ]
            fitted = fit(train)
            for i in members:
                r = rows[i]
                cv_ev[i] = evidence_of(r[3].rules_kind, r[3].rule, r[4], fitted)
        cv_got = {name: [policy(e) for e in cv_ev] for name, policy in POLICIES.items()}
        score("leave-agency-out CV (rules in-sample)", truths, cv_got, ids_in, args.show)
    return 0


if __name__ == "__main__":
    sys.exit(main())
