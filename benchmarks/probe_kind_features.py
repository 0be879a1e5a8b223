"""Compare candidate FEATURE sets of the kind scorer: leave-agency-out CV on dev, and fresh ids.

Round 9 of issue 13 (``benchmarks/data/round9-kind.md``): the policy is settled (P8: the
fitted scorer decides wherever a feature of what the letter does shows its kind); what is
compared here is what the scorer is given. Each candidate is a function of one letter's
cached reading (the hand features of :mod:`oiaassist.reading.kind.model`, the rules'
verdict, the letter's own text) that returns the feature names; every candidate is fitted
by the same regression (``fit_kind.fit``'s, re-written class-major for speed: the same
steps, rate and L2) and decided by the same policy (P8).

``--cache PATH`` reads the dev letters once and keeps what the candidates need (rerun after
the reader changes); ``--cv`` scores every candidate by grouped cross-validation (agencies in
``--folds`` groups, every letter of an agency in one fold); ``--fresh IDS`` fits on every dev
letter not in the file ``IDS`` and scores those.

Only the dev set is read. Run: ``.venv/bin/python benchmarks/probe_kind_features.py --cache
/tmp/kind-cache.json [--refresh] [--cv] [--fresh IDS] [--only C0,C1]``.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import math
import re
import sys
from collections import Counter
from collections.abc import Callable
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from fit_kind import CLASSES  # the fitted scorer's kinds, in its order

STEPS = 300
RATE = 1.0


def silver_dev() -> list[tuple[str, dict[str, Any]]]:
    """The silver set's dev messages with agreed kind labels (``set`` dev rows only)."""
    from probe_kind_silver import SILVER, labels  # noqa: PLC0415

    out = []
    for row in labels(SILVER / "kinds.tsv", "dev"):
        text = (SILVER / "dev" / f"{row['id']}.txt").read_text(encoding="utf-8")
        out.append((text, {"id": row["id"], "agency": f"silver {row['id']}", "kind": row["kind"]}))
    return out


def build_cache(path: Path, *, silver: bool = False) -> list[dict[str, Any]]:
    """Every dev letter's id, agency, truth kind, rules' verdict, hand features and own text.

    ``silver``: the silver set's dev messages instead (:func:`silver_dev`).
    """
    from bench_letters import load_set  # noqa: PLC0415
    from oiaassist.reading import read_letter  # noqa: PLC0415
    from oiaassist.reading.kind import model as kind_model  # noqa: PLC0415
    from oiaassist.reading.kind.rules import LetterKind, ruled  # noqa: PLC0415
    from oiaassist.reading.text import as_read  # noqa: PLC0415

    rows = []
    for text, truth in silver_dev() if silver else load_set("dev"):
        reading = read_letter(text)
        verdict = ruled(reading)
        quoted = reading.kind_evidence.quoted_from
        # the text as the reader reads it (quoted_from is an offset into it)
        text = as_read(text)  # noqa: PLW2901
        rows.append({
            "id": truth["id"],
            "agency": truth["agency"],
            "kind": truth["kind"],
            "rules_kind": "other" if verdict.kind is LetterKind.UNKNOWN else verdict.kind.value,
            "rule": verdict.rule,
            "names": sorted(kind_model.features(reading)),
            "own": text if quoted is None else text[:quoted],
            "extra": extra_features(reading),
        })  # fmt: skip
    path.write_text(json.dumps(rows, ensure_ascii=False), encoding="utf-8")
    return rows


def extra_features(reading: Any) -> list[str]:
    """Candidate features the branch's reader computes (empty on a reader without them)."""
    try:
        from oiaassist.reading.kind import model as kind_model  # noqa: PLC0415

        extra = getattr(kind_model, "candidate_features", None)
        return sorted(extra(reading)) if extra else []
    except ImportError:
        return []


# -- the regression (fit_kind.fit's, class-major) -------------------------------------------


def fit(
    xs: list[list[int]], ys: list[int], n: int, l2: float
) -> tuple[list[float], list[list[float]]]:
    k, m = len(CLASSES), len(xs)
    w = [[0.0] * n for _ in range(k)]
    b = [0.0] * k
    for _ in range(STEPS):
        gw = [[0.0] * n for _ in range(k)]
        gb = [0.0] * k
        for x, y in zip(xs, ys, strict=True):
            sums = [b[c] + sum(map(w[c].__getitem__, x)) for c in range(k)]
            top = max(sums)
            exp = [math.exp(s - top) for s in sums]
            total = sum(exp)
            for c in range(k):
                e = exp[c] / total - (1.0 if c == y else 0.0)
                gb[c] += e
                g = gw[c]
                for i in x:
                    g[i] += e
        for c in range(k):
            b[c] -= RATE * gb[c] / m
            wc, gc = w[c], gw[c]
            for i in range(n):
                wc[i] -= RATE * (gc[i] + l2 * wc[i]) / m
    return b, w


_SHAPE = frozenset({
    "length_short", "length_mid", "length_long", "length_very_long", "letter_date", "received",
    "thanks", "right_to_complain", "quoted_thread",
})  # fmt: skip
_ACT_SHOWN = {
    "extension": ("extends_now", "extends_words"),
    "transfer": ("transfer_own", "transfer_words", "extends_transfer_limit"),
    "clarification": ("asks",),
}


def predict(
    b: list[float],
    w: list[list[float]],
    index: dict[str, int],
    names: set[str],
    row: dict[str, Any],
) -> str:
    """P8: the scorer's kind where a feature of what the letter does shows it, else the rules'."""
    x = [index[nm] for nm in sorted(names) if nm in index]
    sums = [b[c] + sum(w[c][i] for i in x) for c in range(len(CLASSES))]
    allowed = [
        c for c, kind in enumerate(CLASSES)
        if kind not in _ACT_SHOWN or not names.isdisjoint(_ACT_SHOWN[kind])
    ]  # fmt: skip
    best = max(allowed, key=lambda c: (sums[c], CLASSES[c]))
    pulls = [(w[best][index[nm]], nm) for nm in names if nm in index and nm not in _SHAPE]
    shown = bool(pulls) and max(pulls)[0] > 0
    return CLASSES[best] if shown else row["rules_kind"]


# -- the candidates -------------------------------------------------------------------------

_TOKEN = re.compile(r"[a-zāēīōū]{3,}")


def words_of(own: str) -> set[str]:
    return set(_TOKEN.findall(own.lower()[:20000]))


Featuriser = Callable[[dict[str, Any]], set[str]]


def base(row: dict[str, Any]) -> set[str]:
    return set(row["names"])


def _facts(row: dict[str, Any], persons: bool) -> set[str]:
    from kind_stated import stated  # noqa: PLC0415

    n = len(stated(row["own"], persons=persons))
    out = set(row["names"])
    if n >= 1:
        out.add("states_facts")
    if n >= 3:
        out.add("states_facts_many")
    return out


def f1b(row: dict[str, Any]) -> set[str]:
    return _facts(row, False)


def f1c(row: dict[str, Any]) -> set[str]:
    return _facts(row, True)


_GIVEN = {
    "sign_attached_information",
    "sign_released_now",
    "sign_released_in_part",
    "sign_answers_in_text",
    "sign_figures",
    "gives",
    "answers",
    "outcome_released",
}
_NOTHING = {
    "sign_refused",
    "sign_not_held",
    "sign_withheld_in_full",
    "sign_neither_confirm_nor_deny",
    "sign_to_follow",
    "refuses",
    "to_follow",
    "outcome_refused",
    "outcome_not_held",
    "outcome_withheld",
}


def counts(row: dict[str, Any]) -> set[str]:
    out = set(row["names"])
    g = len(out & _GIVEN)
    n = len(out & _NOTHING)
    if g >= 2:
        out.add("given_2")
    if g >= 3:
        out.add("given_3")
    if n >= 2:
        out.add("nothing_2")
    if n >= 3:
        out.add("nothing_3")
    return out


def interactions(row: dict[str, Any]) -> set[str]:
    out = set(row["names"])
    given = bool(out & _GIVEN)
    nothing = bool(out & _NOTHING)
    longish = bool(out & {"length_long", "length_very_long"})
    if longish and not given:
        out.add("long_none_given")
    if longish and not given and not nothing:
        out.add("long_no_answer_sign")
    if not longish and given:
        out.add("short_given")
    return out


_SUPPORT: dict[str, int] = {}


def pruned(min_agencies: int) -> Featuriser:
    def featurise(row: dict[str, Any]) -> set[str]:
        return {n for n in row["names"] if _SUPPORT.get(n, 0) >= min_agencies}

    return featurise


CANDIDATES: dict[str, tuple[Any, ...]] = {
    "C0": (base, 0.5),
    "F1b": (f1b, 0.5),
    "F1c": (f1c, 0.5),
    "N": (counts, 0.5),
    "I": (interactions, 0.5),
    "F1cI": (lambda r: f1c(r) | interactions(r), 0.5),
    "F1cN": (lambda r: f1c(r) | counts(r), 0.5),
    "W": (base, 0.5, 10),
    "FN": (lambda r: f1b(r) | counts(r), 0.5),
    "R3": (pruned(3), 0.5),
    "R5": (pruned(5), 0.5),
    "R8": (pruned(8), 0.5),
}
_OLD = {
    "L2": (base, 2.0),
    "L5": (base, 5.0),
    "L10": (base, 10.0),
    "L20": (base, 20.0),
    "W10": (base, 0.5, 10),
    "W20": (base, 0.5, 20),
    "W10L5": (base, 5.0, 10),
    "W20L5": (base, 5.0, 20),
    "W30L5": (base, 5.0, 30),
    "W20L20": (base, 20.0, 20),
}


def vocab_for(rows: list[dict[str, Any]], min_agencies: int) -> set[str]:
    """Words found in letters of at least ``min_agencies`` agencies (label-free)."""
    seen: dict[str, set[str]] = {}
    for r in rows:
        for word in words_of(r["own"]):
            seen.setdefault(word, set()).add(r["agency"])
    return {wd for wd, ags in seen.items() if len(ags) >= min_agencies}


def run(  # noqa: PLR0917
    name: str,
    featurise: Featuriser,
    l2: float,
    train: list[dict[str, Any]],
    test: list[dict[str, Any]],
    words: int = 0,
) -> list[str]:
    vocab = vocab_for(train, words) if words else set()

    def names_of(r: dict[str, Any]) -> set[str]:
        out = featurise(r)
        if vocab:
            out |= {f"w:{wd}" for wd in words_of(r["own"]) & vocab}
        return out

    train_names = [names_of(r) for r in train]
    all_names = sorted({nm for ns in train_names for nm in ns})
    index = {nm: i for i, nm in enumerate(all_names)}
    xs = [[index[nm] for nm in sorted(ns)] for ns in train_names]
    ys = [CLASSES.index(r["kind"]) for r in train]
    b, w = fit(xs, ys, len(all_names), l2)
    return [predict(b, w, index, names_of(r), r) for r in test]


def fold_of(agency: str, folds: int) -> int:
    return int(hashlib.sha1(agency.encode()).hexdigest(), 16) % folds


def main(argv: list[str] | None = None) -> int:  # noqa: PLR0912
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--cache", type=Path, required=True)
    parser.add_argument("--refresh", action="store_true")
    parser.add_argument("--cv", action="store_true")
    parser.add_argument("--folds", type=int, default=10)
    parser.add_argument("--fresh", type=Path)
    parser.add_argument("--only", default="")
    parser.add_argument("--show", default="")
    parser.add_argument(
        "--silver", type=Path, help="a cache of the silver dev messages to score (fit on all dev)"
    )
    args = parser.parse_args(argv)
    if args.refresh or not args.cache.exists():
        rows = build_cache(args.cache)
    else:
        rows = json.loads(args.cache.read_text(encoding="utf-8"))
    seen: dict[str, set[str]] = {}
    for r in rows:
        for n in r["names"]:
            seen.setdefault(n, set()).add(r["agency"])
    _SUPPORT.update({n: len(a) for n, a in seen.items()})
    chosen = {k: v for k, v in CANDIDATES.items() if not args.only or k in args.only.split(",")}
    if args.cv:
        print(f"== grouped CV ({args.folds} agency folds), P8, {len(rows)} dev letters ==")
        for name, spec in chosen.items():
            featurise, l2, *rest = spec
            got: dict[str, str] = {}
            for f in range(args.folds):
                train = [r for r in rows if fold_of(r["agency"], args.folds) != f]
                test = [r for r in rows if fold_of(r["agency"], args.folds) == f]
                for r, k in zip(test, run(name, featurise, l2, train, test, *rest), strict=True):
                    got[r["id"]] = k
            right = sum(got[r["id"]] == r["kind"] for r in rows)
            conf = Counter(f"{r['kind']}→{got[r['id']]}" for r in rows if got[r["id"]] != r["kind"])
            print(
                f"  {name:4} {right}/{len(rows)} = {right / len(rows):.1%}  {conf.most_common(6)}",
                flush=True,
            )
    if args.silver:
        if args.refresh or not args.silver.exists():
            tests = build_cache(args.silver, silver=True)
        else:
            tests = json.loads(args.silver.read_text(encoding="utf-8"))
        print(f"== silver dev messages: fitted on {len(rows)} dev letters, {len(tests)} (P8) ==")
        for name, spec in chosen.items():
            featurise, l2, *rest = spec
            got_list = run(name, featurise, l2, rows, tests, *rest)
            right = sum(k == r["kind"] for k, r in zip(got_list, tests, strict=True))
            print(f"  {name:4} {right}/{len(tests)}", flush=True)
    if args.fresh:
        ids = set(args.fresh.read_text(encoding="utf-8").split())
        train = [r for r in rows if r["id"] not in ids]
        test = [r for r in rows if r["id"] in ids]
        print(f"== fresh: fitted on {len(train)}, scored on {len(test)} (P8) ==")
        for name, spec in chosen.items():
            featurise, l2, *rest = spec
            got_list = run(name, featurise, l2, train, test, *rest)
            right = sum(k == r["kind"] for k, r in zip(got_list, test, strict=True))
            print(f"  {name:4} {right}/{len(test)}", flush=True)
            if name in args.show.split(","):
                for k, r in zip(got_list, test, strict=True):
                    if k != r["kind"]:
                        print(f"    {r['id']}: truth {r['kind']}, got {k}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
