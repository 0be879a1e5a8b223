"""How safe is each derived name form as author evidence? Its mentions by other bodies.

A body shows itself in forms the directory does not list ("Waitaki DC", "Gore Council",
"Otago University", an email domain the directory lacks). Forms computed from the
directory's own names for EVERY body (:func:`oiaassist.reading.author.derived.derived_forms`)
reach bodies no letter of the corpus came from, but a form is safe only where it is not
usually a mere mention. For each form family this probe counts, over the dev letters and
the silver set's dev messages (their own text: the requester's quoted message cut),

* **own**: letters written by the body the form stands for that use it;
* **other**: letters written by another body that use it (a mention: its false-author
  risk were it read as the author wherever it stands).

It also lists web and email domains at ``.nz`` in the letters' own text that the directory
does not give any body, with the letter's author (directory gaps, for the lead).

Only dev material is read. Run: ``.venv/bin/python benchmarks/probe_author_forms.py [--show]``.
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_letters import _agency, load_set
from oiaassist.reading.author.derived import derived_forms
from oiaassist.reading.author.names import _domains
from oiaassist.reading.author.zones import own_text
from probe_author_silver import SILVER, labels

_DOMAIN = re.compile(r"(?:@|\bwww\.|https?://)(?P<d>[\w-]{1,63}(?:\.[\w-]{1,63}){0,5}\.nz)\b", re.I)


def texts() -> list[tuple[str, str, str]]:
    """(id, author, own text) of every dev letter and silver dev message."""
    out = []
    for text, truth in load_set("dev"):
        out.append((str(truth["id"]), str(truth.get("agency", "")), own_text(text)))
    for row in labels():
        path = SILVER / "dev" / f"{row['id']}.txt"
        if path.exists():
            out.append((row["id"], row["body"], own_text(path.read_text(encoding="utf-8"))))
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--show", action="store_true", help="list each use")
    args = parser.parse_args(argv)
    items = texts()
    own: Counter[str] = Counter()
    other: Counter[str] = Counter()
    uses: dict[str, list[str]] = defaultdict(list)
    forms = derived_forms()
    for ident, author, text in items:
        writer = _agency(author) if author else None
        for form in forms:
            if form.pattern.search(text) is None:
                continue
            mine = writer is not None and writer.id == form.agency.id
            (own if mine else other)[form.family] += 1
            uses[form.family].append(f"{ident}: {form.text!r} ({'own' if mine else 'other'})")
    print(f"{len(items)} dev letters and silver dev messages; {len(forms)} derived forms")
    for family in sorted(set(own) | set(other) | {f.family for f in forms}):
        print(f"  {family:<22} own {own[family]:3d}  other {other[family]:3d}")
        if args.show:
            for line in uses[family]:
                print(f"      {line}")
    known = _domains()
    gaps: Counter[tuple[str, str]] = Counter()
    for _ident, author, text in items:
        for match in _DOMAIN.finditer(text):
            host = match["d"].lower().removeprefix("www.")
            parts = host.split(".")
            if any(".".join(parts[i:]) in known for i in range(len(parts) - 1)):
                continue
            gaps[(host, author)] += 1
    print("domains in the letters' own text that no directory body has (with the author):")
    for (host, author), n in sorted(gaps.items()):
        print(f"  {host:<40} {n:2d}  {author}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
