"""How much does oiaassist add to rendering a .docx letter, over bare docxtpl?

Contenders, on the same template and the same data, interleaved round by round
(so load from other processes hits both alike):

* oiaassist: ``render_docx(letter)``: model_dump (computed fields, i.e. the
  deadline engine and, for a reply, the tracking assessment), XML-invalid
  character cleaning, a fresh sandboxed Jinja environment with
  StrictUndefined and autoescape, docxtpl render, save to bytes.
* bare docxtpl: ``DocxTemplate(path).render(context, jinja_env, autoescape=True)``
  then ``save`` to bytes, with ``context`` prepared once, before timing, and a
  plain ``jinja2.Environment`` (no sandbox, no StrictUndefined) created once,
  given only the template's filters (dates) and its ``output`` global.

Target (the drafting issue): oiaassist within 2x of bare docxtpl.

Run: ``.venv/bin/python benchmarks/bench_render.py [--rounds N] [--check]``;
``--check`` exits 1 if a ratio is above 2.
"""

from __future__ import annotations

import argparse
import io
import statistics
import sys
import time
from collections.abc import Callable

import jinja2
from docxtpl import DocxTemplate

from oiaassist.drafting.kinds import EXAMPLES, LetterKind
from oiaassist.drafting.render import letter_context, render_docx, render_text
from oiaassist.drafting.sandbox import make_environment
from oiaassist.drafting.templates import TemplateFolder

TARGET = 2.0


def _bare(path: str, context: dict[str, object], locale: str) -> Callable[[], bytes]:
    # A plain jinja2 Environment (no sandbox, no StrictUndefined), with only what the
    # template cannot do without: the same filters (dates...) and the `output` global.
    env = jinja2.Environment(autoescape=True)
    env.filters.update(make_environment(locale, "docx").filters)
    env.globals["output"] = "docx"

    def run() -> bytes:
        template = DocxTemplate(path)
        template.render(context, jinja_env=env, autoescape=True)
        out = io.BytesIO()
        template.save(out)
        return out.getvalue()

    return run


def _time(function: Callable[[], object]) -> float:
    start = time.perf_counter()
    function()
    return time.perf_counter() - start


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--rounds", type=int, default=30)
    parser.add_argument("--check", action="store_true", help="exit 1 if a ratio exceeds 2")
    args = parser.parse_args()

    rows = []
    for kind in LetterKind:
        letter = EXAMPLES[kind]()
        path = str(TemplateFolder().find(letter.template, "docx"))
        bare = _bare(path, letter_context(letter), letter.style.locale)

        def ours(letter: object = letter) -> bytes:
            return render_docx(letter)  # type: ignore[arg-type]

        def text(letter: object = letter) -> object:
            return render_text(letter)  # type: ignore[arg-type]

        for warm in (bare, ours, text):  # imports, caches, first-use costs
            warm()
        times: dict[str, list[float]] = {"ours": [], "bare": [], "text": []}
        ratios = []
        for number in range(args.rounds):
            pair = [("ours", ours), ("bare", bare)]
            if number % 2:
                pair.reverse()
            got = {name: _time(function) for name, function in pair}
            for name, seconds in got.items():
                times[name].append(seconds)
            ratios.append(got["ours"] / got["bare"])
            times["text"].append(_time(text))
        rows.append(
            (
                kind.value,
                statistics.median(times["bare"]),
                statistics.median(times["ours"]),
                statistics.median(ratios),
                statistics.median(times["text"]),
            )
        )

    print(f"{'letter':<18} {'bare docxtpl':>13} {'oiaassist':>10} {'ratio':>6} {'plain text':>11}")
    for kind_name, bare_s, ours_s, ratio, text_s in rows:
        print(
            f"{kind_name:<18} {bare_s * 1000:>10.1f} ms {ours_s * 1000:>7.1f} ms "
            f"{ratio:>5.2f}x {text_s * 1000:>8.2f} ms"
        )
    worst = max(row[3] for row in rows)
    verdict = "PASS" if worst <= TARGET else "FAIL"
    print(f"\nworst paired median ratio {worst:.2f}x (target <= {TARGET:.0f}x): {verdict}")
    return 1 if args.check and worst > TARGET else 0


if __name__ == "__main__":
    sys.exit(main())
