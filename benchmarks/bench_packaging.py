"""Sizes of the Linux packages in dist/, and what the lean build left out.

`packaging/build-linux.sh` runs this at its end; run it again any time after a build:

    python3 benchmarks/bench_packaging.py               # reads dist/
    python3 benchmarks/bench_packaging.py --json out.json

It prints the bundle's size (in total and its biggest parts), the tarball, the
.deb, the wheel and the sdist, the build's step timings when given, and each
rule of packaging/pyinstaller/lean.py with the files and bytes it removed
(from dist/lean-report.json, which the spec writes). benchmarks/packaging.md
records measured figures. Stdlib only: runs on any python3.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path

MB = 1024 * 1024


def tree_size(folder: Path) -> tuple[int, int]:
    """Bytes and file count of a folder (symbolic links not followed or counted)."""
    total = files = 0
    for path in folder.rglob("*"):
        if path.is_file() and not path.is_symlink():
            total += path.stat().st_size
            files += 1
    return total, files


def parts(bundle: Path) -> list[tuple[str, int]]:
    """The bundle's size by part: Qt libraries, ICU data, Qt plugins, PySide6 modules, ..."""
    sizes: Counter[str] = Counter()
    internal = bundle / "_internal"
    for path in bundle.rglob("*"):
        if not path.is_file() or path.is_symlink():
            continue
        rel = path.relative_to(internal if path.is_relative_to(internal) else bundle).as_posix()
        if path.parent == bundle:
            key = f"programs ({path.name})" if path.suffix != ".txt" else "licences file"
        elif "libicu" in path.name:
            key = "ICU (Qt's Unicode data)"
        elif rel.startswith("PySide6/Qt/lib/"):
            key = "Qt libraries"
        elif rel.startswith("PySide6/Qt/plugins/"):
            key = "Qt plugins"
        elif rel.startswith(("PySide6/", "shiboken6/")) or rel.startswith(
            ("libpyside6", "libshiboken6")
        ):
            key = "PySide6/shiboken6 bindings"
        elif rel.startswith("libpython"):
            key = "libpython"
        elif "/" not in rel and ".so" in rel:
            key = "system libraries copied from the build machine"
        elif rel.startswith(("python3", "base_library")):
            key = "Python standard library (extensions + base_library.zip)"
        else:
            key = f"{rel.split('/')[0]}"
        sizes[key] += path.stat().st_size
    return sizes.most_common()


def one(dist: Path, pattern: str) -> Path | None:
    """The single file in dist/ matching a glob, if any."""
    found = sorted(dist.glob(pattern))
    return found[-1] if found else None


def main() -> None:
    """Print the report; optionally save it as JSON."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dist", type=Path, default=Path("dist"))
    parser.add_argument("--timings", default="{}", help="JSON object of step -> seconds")
    parser.add_argument("--json", type=Path, help="also write the report here")
    args = parser.parse_args()
    bundle = args.dist / "oiaassist"
    if not bundle.is_dir():
        sys.exit(f"bench_packaging: no bundle at {bundle}; run packaging/build-linux.sh first")
    bundle_bytes, bundle_files = tree_size(bundle)
    report: dict[str, object] = {
        "bundle": {"bytes": bundle_bytes, "files": bundle_files, "parts": dict(parts(bundle))},
        "timings_s": json.loads(args.timings),
    }
    print(f"bundle     {bundle_bytes / MB:7.1f} MB  {bundle_files} files  ({bundle})")
    for name, size in parts(bundle)[:12]:
        print(f"  {size / MB:7.1f} MB  {name}")
    for label, pattern in (
        ("tarball", "oiaassist-*-linux-*.tar.*"),
        ("deb", "oiaassist_*.deb"),
        ("wheel", "oiaassist-*.whl"),
        ("sdist", "oiaassist-*[0-9].tar.gz"),
    ):
        path = one(args.dist, pattern)
        if path is not None:
            size = path.stat().st_size
            report[label] = {"file": path.name, "bytes": size}
            print(f"{label:10} {size / MB:7.1f} MB  {path.name}")
    lean = args.dist / "lean-report.json"
    if lean.is_file():
        dropped = json.loads(lean.read_text(encoding="utf-8"))
        report["left_out"] = dropped
        total = sum(int(row["bytes"]) for row in dropped["dropped_files"])
        print(f"left out   {total / MB:7.1f} MB of files by packaging/pyinstaller/lean.py:")
        for row in sorted(dropped["dropped_files"], key=lambda r: -int(r["bytes"])):
            print(f"  {int(row['bytes']) / MB:7.1f} MB  {row['files']:5} files  {row['pattern']}")
        print(
            f"  and {len(dropped['excluded_modules'])} modules never analysed",
            "(lean.EXCLUDED_MODULES)",
        )
    if report["timings_s"]:
        print("timings    " + ", ".join(f"{k}: {v} s" for k, v in report["timings_s"].items()))
    if args.json:
        args.json.write_text(json.dumps(report, indent=2) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
