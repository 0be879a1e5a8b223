"""Fit the reference scorer's weights on the development set, with leave-agency-out CV.

The reader's reference finder (``oiaassist.reading.reference``) scores each candidate
token by the weights of its features. This script fits those weights by L2-regularised
logistic regression (Newton's method, pure Python, deterministic) over every candidate
of every development letter and extract (``tests/corpus/letters/dev``,
``tests/corpus/extracts/dev.jsonl``): a candidate is positive when it is the truth row's
reference (letters and digits compared, as the bench does). Each agency weighs the same
in total, so an agency with fourteen letters of one format does not teach its format.

It then measures how the approach generalises to an agency it has not seen: for each
development agency, fit on all the others and read that agency's texts (leave-agency-out
cross-validation), and prints right / wrong / missed / invented over all folds. The
threshold and margin (take the best token only when it scores at least the threshold and
leads the next by the margin) are chosen on those out-of-fold rankings, counting a wrong
or invented reference as five misses (the held-out aggregate read 6 references wrong to 14
missed: a wrong one is the harm to avoid). Held-out letters are never read.

Run: ``.venv/bin/python benchmarks/fit_reference.py [--write]`` (``--write`` rewrites
``src/oiaassist/reading/reference/weights.py``; without it, only the figures).
"""

from __future__ import annotations

import argparse
import hashlib
import json
import math
import re
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path

from oiaassist.reading.facts import Facts
from oiaassist.reading.reference import searched
from oiaassist.reading.reference.candidates import FEATURES, Candidate, fold
from oiaassist.reading.reference.score import choose, contest, ranked
from oiaassist.reading.text import LetterText

ROOT = Path(__file__).resolve().parent.parent
LETTERS = ROOT / "tests" / "corpus" / "letters" / "dev"
EXTRACTS = ROOT / "tests" / "corpus" / "extracts" / "dev.jsonl"
WEIGHTS_FILE = ROOT / "src" / "oiaassist" / "reading" / "reference" / "weights.py"
L2 = 3.0
"""The ridge penalty: weights the data does not need stay near zero. Chosen by the CV after the
blind field audit of 2026-12-07: 3.0 read 257 of 260 references right, 0 wrong (1.0: 254;
2.0 and 4.0: 256)."""
WRONG_COST = 5.0
"""A wrong or invented reference costs this many missed ones."""
PRIOR = {
    "label_ref": 2.0,
    "label_file": 1.5,
    "label_request_no": 1.5,
    "label_request": 1.0,
    "label_given": 1.0,
    "label_our": 0.5,
    "label_thing": -1.5,
    "label_contact": -2.0,
    "zone_quoted": -1.5,
    "shape_short": -0.5,
}
"""What the words mean before any letter is seen (a label names a reference, a phone
number's label does not): the ridge pulls each weight toward this, not toward zero, so a
label that few development agencies use still counts for an agency that uses it."""
THRESHOLDS = [x / 4 for x in range(-8, 17)]
MARGINS = [x / 4 for x in range(4, 13)]


@dataclass
class Text:
    """One development text: its agency (the CV group), truth and candidates."""

    id: str
    agency: str
    truth: str | None
    found: list[Candidate]
    body: str


def load() -> list[Text]:
    """Every development letter and extract, with its candidates."""
    texts: list[Text] = []
    for path in sorted(LETTERS.glob("*.json")):
        row = json.loads(path.read_text(encoding="utf-8"))
        body = path.with_suffix(".txt").read_text(encoding="utf-8")
        texts.append(_text(row["id"], row["agency"], row["stated"].get("reference"), body))
    for line in EXTRACTS.read_text(encoding="utf-8").splitlines():
        if line.strip():
            row = json.loads(line)
            texts.append(
                _text(row["id"], row["agency"], row["stated"].get("reference"), row["text"])
            )
    return texts


def digest(texts: list[Text]) -> str:
    """A fingerprint of the training set (ids, agencies, truths, texts) the weights came from.

    When it matches the weights module's, the weights must be exactly what :func:`fit`
    gives (a changed feature needs a refit); when the corpus has grown since, they need
    only still read it well (the test says so), until the next ``--write``.
    """
    sha = hashlib.sha256()
    for text in sorted(texts, key=lambda t: t.id):
        sha.update(f"{text.id}\0{text.agency}\0{text.truth}\0{text.body}\0".encode())
    return sha.hexdigest()[:16]


_JOINT = re.compile(r"^(?P<first>.*\d)[ ]?(?:&|and)[ ]\d{4,}$")
"""A joint reference as printed ("OIA 104272 & 104278"): the contest picks its first number,
and :func:`oiaassist.reading.reference.find_reference` joins the second after it."""


def _text(id_: str, agency: str, truth: str | None, body: str) -> Text:
    letter = LetterText(body)
    heading = Facts(letter).heading_end()
    joint = _JOINT.match(truth) if truth else None
    wanted = joint["first"] if joint else truth
    return Text(id_, agency, wanted, contest(searched(letter.original, heading)), body)


def fit(texts: list[Text], l2: float = L2) -> tuple[float, dict[str, float]]:
    """Bias and weights by regularised logistic regression (Newton), agencies weighed alike."""
    per_agency: dict[str, int] = defaultdict(int)
    for text in texts:
        per_agency[text.agency] += 1
    # identical feature sets pooled: (features) -> [weighted positives, weighted negatives]
    pooled: dict[tuple[int, ...], list[float]] = defaultdict(lambda: [0.0, 0.0])
    index = {name: i + 1 for i, name in enumerate(FEATURES)}  # 0 is the bias
    for text in texts:
        share = 1.0 / per_agency[text.agency]
        want = fold(text.truth) if text.truth else None
        for candidate in text.found:
            row = (0, *sorted(index[name] for name in candidate.features))
            pooled[row][0 if candidate.key == want else 1] += share
    size = len(FEATURES) + 1
    beta = [0.0] + [PRIOR.get(name, 0.0) for name in FEATURES]
    for _ in range(30):
        grad = [0.0] * size
        hess = [[0.0] * size for _ in range(size)]
        for row, (pos, neg) in pooled.items():
            z = sum(beta[i] for i in row)
            p = 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))
            total = pos + neg
            residual = pos - total * p
            curvature = total * p * (1.0 - p)
            for i in row:
                grad[i] += residual
                for j in row:
                    hess[i][j] += curvature
        for name, i in index.items():
            grad[i] -= l2 * (beta[i] - PRIOR.get(name, 0.0))
            hess[i][i] += l2
        hess[0][0] += 1e-6
        step = _solve(hess, grad)
        beta = [b + s for b, s in zip(beta, step, strict=True)]
        if max(abs(s) for s in step) < 1e-6:
            break
    return beta[0], {name: beta[index[name]] for name in FEATURES}


def _solve(matrix: list[list[float]], vector: list[float]) -> list[float]:
    """Solve ``matrix · x = vector`` (Gaussian elimination with partial pivoting)."""
    n = len(vector)
    a = [[*row, vector[i]] for i, row in enumerate(matrix)]
    for col in range(n):
        pivot = max(range(col, n), key=lambda r: abs(a[r][col]))
        a[col], a[pivot] = a[pivot], a[col]
        if abs(a[col][col]) < 1e-12:
            continue
        for r in range(n):
            if r != col and a[r][col]:
                factor = a[r][col] / a[col][col]
                for c in range(col, n + 1):
                    a[r][c] -= factor * a[col][c]
    return [a[i][n] / a[i][i] if abs(a[i][i]) > 1e-12 else 0.0 for i in range(n)]


def tally(
    rankings: list[tuple[Text, list[tuple[float, Candidate]]]], threshold: float, margin: float
) -> dict[str, int]:
    """Right, wrong, missed and invented references over ``rankings``."""
    counts = {"right": 0, "wrong": 0, "missed": 0, "invented": 0}
    for text, ranking in rankings:
        got = choose(ranking, threshold, margin)
        if text.truth is None:
            counts["invented" if got is not None else "right"] += 0 if got is None else 1
        elif got is None:
            counts["missed"] += 1
        elif got.key == fold(text.truth):
            counts["right"] += 1
        else:
            counts["wrong"] += 1
    return counts


def best_cut(rankings: list[tuple[Text, list[tuple[float, Candidate]]]]) -> tuple[float, float]:
    """The threshold and margin that maximise right − WRONG_COST × (wrong + invented).

    Each cut is valued by the mean over it and its neighbours on the grid, so the choice
    does not sit on the edge of a cliff (one step lower reading references wrong): the
    held-out agencies will not score exactly as the development ones did. Ties go to
    the more cautious cut (higher threshold, wider margin).
    """
    cost: dict[tuple[int, int], float] = {}
    for i, t in enumerate(THRESHOLDS):
        for j, m in enumerate(MARGINS):
            c = tally(rankings, t, m)
            cost[i, j] = c["right"] - WRONG_COST * (c["wrong"] + c["invented"])

    def value(cell: tuple[int, int]) -> tuple[float, int, int]:
        i, j = cell
        near = [cost[a, b] for a in (i - 1, i, i + 1) for b in (j - 1, j, j + 1) if (a, b) in cost]
        return (sum(near) / len(near), i, j)

    i, j = max(cost, key=value)
    return THRESHOLDS[i], MARGINS[j]


def cross_validate(
    texts: list[Text], l2: float = L2
) -> list[tuple[Text, list[tuple[float, Candidate]]]]:
    """Out-of-fold rankings: each agency's texts ranked by weights fitted without it."""
    out: list[tuple[Text, list[tuple[float, Candidate]]]] = []
    for agency in sorted({t.agency for t in texts}):
        bias, weights = fit([t for t in texts if t.agency != agency], l2)
        out += [(t, ranked(t.found, weights, bias)) for t in texts if t.agency == agency]
    return out


def _line(name: str, counts: dict[str, int]) -> str:
    stated = counts["right"] + counts["wrong"] + counts["missed"]
    found = counts["right"] + counts["wrong"] + counts["invented"]
    return (
        f"  {name:34} right {counts['right']:3}  wrong {counts['wrong']:2}  missed "
        f"{counts['missed']:3}  invented {counts['invented']:2}   recall "
        f"{100 * counts['right'] / max(stated, 1):5.1f}%  precision "
        f"{100 * counts['right'] / max(found, 1):5.1f}%"
    )


def _write(
    bias: float, weights: dict[str, float], threshold: float, margin: float, trained_on: str
) -> None:
    lines = [
        '"""Feature weights for :mod:`.score` (generated by ``benchmarks/fit_reference.py``;'
        ' do not edit)."""',
        "",
        f'TRAINED_ON = "{trained_on}"',
        '"""The development set they were fitted on (``fit_reference.digest``)."""',
        f"BIAS = {bias:.3f}",
        f"THRESHOLD = {threshold:.3f}",
        f"MARGIN = {margin:.3f}",
        "WEIGHTS: dict[str, float] = {",
        *(f'    "{name}": {weights[name]:.3f},' for name in FEATURES),
        "}",
        "",
    ]
    WEIGHTS_FILE.write_text("\n".join(lines), encoding="utf-8")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--write", action="store_true", help="rewrite the weights module")
    parser.add_argument("--l2", type=float, default=L2, help=f"ridge penalty (default {L2})")
    parser.add_argument("--show", action="store_true", help="list each out-of-fold failure")
    args = parser.parse_args()
    texts = load()
    agencies = {t.agency for t in texts}
    with_ref = sum(1 for t in texts if t.truth)
    print(f"development: {len(texts)} texts, {with_ref} with a reference, {len(agencies)} agencies")
    folds = cross_validate(texts, args.l2)
    threshold, margin = best_cut(folds)
    print(f"threshold {threshold:+.2f}, margin {margin:.2f} (chosen on the out-of-fold rankings)")
    print(_line("leave-agency-out CV", tally(folds, threshold, margin)))
    bias, weights = fit(texts, args.l2)
    whole = [(t, ranked(t.found, weights, bias)) for t in texts]
    print(_line("fitted on all dev (in-sample)", tally(whole, threshold, margin)))
    if args.show:
        for text, ranking in folds:
            got = choose(ranking, threshold, margin)
            want = fold(text.truth) if text.truth else None
            if (got.key if got else None) != want:
                top = [(round(s, 1), c.value) for s, c in ranking[:3]]
                print(
                    f"    {text.id}: got {got.value if got else None!r} want {text.truth!r} {top}"
                )
    if args.show:
        negatives = sorted(
            (
                (s, c.value, t.id, sorted(c.features))
                for t, r in whole
                for s, c in r
                if not t.truth or c.key != fold(t.truth)
            ),
            key=lambda n: -n[0],
        )
        for n in negatives[:25]:
            print(f"    negative {n[0]:+.2f} {n[1]!r} {n[2]} {n[3]}")
    print(
        "weights:",
        ", ".join(f"{k} {v:+.2f}" for k, v in sorted(weights.items(), key=lambda kv: -kv[1])),
    )
    print(f"bias {bias:+.2f}")
    if args.write:
        _write(bias, weights, threshold, margin, digest(texts))
        print(f"wrote {WEIGHTS_FILE.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
