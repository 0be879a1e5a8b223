"""Fit the weights that weigh a letter's kind, and measure them by leave-agency-out CV.

:mod:`oiaassist.reading.kind_scores` weighs the evidence of a letter that neither
transfers, extends nor asks to clarify (by :func:`oiaassist.reading.kind.by_rules`) as an
acknowledgement, a release, a decision or neither ("other"). This script fits its weights
— an L2-regularised multinomial logistic regression, plain Python, deterministic (fixed
start, fixed steps) — on the **development** letters in that zone whose truth kind is one
of the four, and writes them with the threshold (:data:`THRESHOLD`) to
``src/oiaassist/reading/data/kind_weights.json``.

It reports, by **leave-agency-out cross-validation** (fit without one agency, test on its
letters; every agency in turn), how often the weighing alone is right in the zone, and how
often the reader is right there when the weighing overrules the rules only at or above each
threshold. The rules' own figure on dev is a training figure (they were written on these
letters); the fair test is letters they never saw (the README: before/after figures).

Only the dev set is read. Run: ``.venv/bin/python benchmarks/fit_kind.py [--write]
[--check] [--letters FILE]`` (``--check`` refits on the letters the stored weights were
fitted on and exits 1 when the weights differ; ``--letters`` fits on the dev letters
whose ids FILE lists, one a line).
"""

from __future__ import annotations

import argparse
import json
import math
import sys
from collections import Counter, defaultdict
from pathlib import Path
from typing import Any

from bench_letters import load_set
from oiaassist.reading import read_letter
from oiaassist.reading.kind import LetterKind, by_rules, classify, rules_verdict, weighable
from oiaassist.reading.kind_scores import CLASSES, features, probabilities

WEIGHTS = (
    Path(__file__).resolve().parent.parent
    / "src"
    / "oiaassist"
    / "reading"
    / "data"
    / "kind_weights.json"
)
L2 = 1.0
"""Regularisation: evidence seen in few letters gets a small weight."""
STEPS = 400
RATE = 0.5
THRESHOLDS = (0.0, 0.5, 0.6, 0.7, 0.8, 0.9)
THRESHOLD = 0.7
"""The probability at which the weighing overrules the rules (see the README's figures)."""

ACTS = frozenset({LetterKind.TRANSFER, LetterKind.EXTENSION, LetterKind.CLARIFICATION})


def fit(rows: list[tuple[frozenset[str], str]]) -> dict[str, list[float]]:
    """Per evidence name, a weight for each kind (the bias under ""), by gradient descent."""
    names = sorted({n for f, _ in rows for n in f})
    k, n = len(CLASSES), len(rows)
    bias = [0.0] * k
    w = {name: [0.0] * k for name in names}
    for _ in range(STEPS):
        g_bias = [0.0] * k
        g_w: dict[str, list[float]] = defaultdict(lambda: [0.0] * k)
        for found, truth in rows:
            sums = list(bias)
            for name in found:
                sums = [s + x for s, x in zip(sums, w[name], strict=True)]
            top = max(sums)
            exp = [math.exp(s - top) for s in sums]
            total = sum(exp)
            err = [e / total - (CLASSES[i] == truth) for i, e in enumerate(exp)]
            g_bias = [g + e for g, e in zip(g_bias, err, strict=True)]
            for name in found:
                g_w[name] = [g + e for g, e in zip(g_w[name], err, strict=True)]
        bias = [b - RATE * g / n for b, g in zip(bias, g_bias, strict=True)]
        for name in names:
            grad = g_w.get(name, [0.0] * k)
            w[name] = [x - RATE * (g / n + L2 * x / n) for x, g in zip(w[name], grad, strict=True)]
    return {"": bias, **w}


def _rounded(weights: dict[str, list[float]]) -> dict[str, list[float]]:
    return {name: [round(x, 3) for x in row] for name, row in weights.items()}


def _plain(kind: LetterKind) -> str:
    return "other" if kind is LetterKind.UNKNOWN else kind.value


Row = dict[str, Any]


def rows_of(pairs: list[tuple[str, dict[str, Any]]]) -> list[Row]:
    """Each letter (text, truth) with its evidence, the rules' kind and the reader's kind."""
    out = []
    for text, truth in pairs:
        reading = read_letter(text)
        out.append({
            "id": truth["id"],
            "agency": truth["agency"],
            "truth": truth["kind"],
            "zone": by_rules(reading).kind not in ACTS,
            "features": features(reading),
            "reader": _plain(classify(reading).kind),
            "rules": _plain(rules_verdict(reading).kind),
            "weighable": weighable(rules_verdict(reading)),
        })  # fmt: skip
    return out


def cross_validate(rows: list[Row]) -> dict[str, Any]:
    """Leave-agency-out: each zone letter weighed by weights fitted without its agency."""
    zone = [r for r in rows if r["zone"]]
    trainable = [r for r in zone if r["truth"] in CLASSES]
    probs: dict[str, dict[str, float]] = {}
    for agency in sorted({r["agency"] for r in zone}):
        weights = fit([(r["features"], r["truth"]) for r in trainable if r["agency"] != agency])
        for r in zone:
            if r["agency"] == agency:
                probs[r["id"]] = probabilities(r["features"], {"weights": weights})
    result: dict[str, Any] = {
        "zone_letters": len(zone),
        "weighing_alone": _share(zone, lambda r: _top(probs[r["id"]])),
        "rules_alone_training": _share(zone, lambda r: r["rules"]),
        "by_threshold": {},
    }
    for t in THRESHOLDS:

        def combined(r: Row, t: float = t) -> str:
            top = _top(probs[r["id"]])
            return top if r["weighable"] and probs[r["id"]][top] >= t else str(r["rules"])

        result["by_threshold"][str(t)] = _share(zone, combined)
    wrong = Counter((r["truth"], _top(probs[r["id"]])) for r in zone)
    result["weighing_confusions"] = {
        f"{a} as {b}": n for (a, b), n in wrong.most_common() if a != b
    }
    return result


def _top(probs: dict[str, float]) -> str:
    return max(CLASSES, key=lambda k: probs[k])


def _share(rows: list[Row], kind_of: Any) -> float:
    return round(sum(kind_of(r) == r["truth"] for r in rows) / len(rows), 3)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--write", action="store_true", help="write the weights file")
    parser.add_argument("--check", action="store_true", help="exit 1 if the weights are stale")
    parser.add_argument("--letters", metavar="FILE", help="fit on these dev letter ids only")
    parser.add_argument("--no-cv", action="store_true", help="skip the cross-validation")
    args = parser.parse_args(argv)
    pairs = [(text, truth) for text, truth in load_set("dev")]
    if args.check:
        current = json.loads(WEIGHTS.read_text(encoding="utf-8"))
        keep = set(current["fitted_on"])
        pairs = [p for p in pairs if p[1]["id"] in keep]
    elif args.letters:
        keep = set(Path(args.letters).read_text(encoding="utf-8").split())
        pairs = [p for p in pairs if p[1]["id"] in keep]
    rows = rows_of(pairs)
    train = [r for r in rows if r["zone"] and r["truth"] in CLASSES]
    weights = _rounded(fit([(r["features"], r["truth"]) for r in train]))
    if args.check:
        if current["weights"] != weights:
            print("stale: run benchmarks/fit_kind.py --write", file=sys.stderr)
            return 1
        return 0
    stored: dict[str, Any] = {
        "about": "Weights of oiaassist.reading.kind_scores (per kind: acknowledgement, release, "
        "decision, other), fitted by benchmarks/fit_kind.py on the development letters.",
        "classes": list(CLASSES),
        "letters": len(train),
        "threshold": THRESHOLD,
        "weights": weights,
    }
    if not args.no_cv:
        stored["cross_validation"] = cross_validate(rows)
    stored["fitted_on"] = sorted(r["id"] for r in train)
    text = json.dumps(stored, indent=1, ensure_ascii=False) + "\n"
    print(
        json.dumps({k: v for k, v in stored.items() if k not in ("weights", "fitted_on")}, indent=1)
    )
    if args.write:
        WEIGHTS.write_text(text, encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
