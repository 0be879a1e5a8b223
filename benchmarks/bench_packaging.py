"""Sizes of the Linux packages in dist/, and what the lean build left out.

`packaging/build-linux.sh` runs this at its end; run it again any time after a build:

    python3 benchmarks/bench_packaging.py               # reads dist/
    python3 benchmarks/bench_packaging.py --json out.json
    python3 benchmarks/bench_packaging.py --markdown benchmarks/packaging.md [--naive DIR]

Without --timings it reuses the step timings build-linux.sh saved in
dist/packaging-report.json.

It prints the bundle's size (in total and its biggest parts), the tarball, the
.deb, the wheel and the sdist, the build's step timings when given, and each
rule of packaging/pyinstaller/lean.py with the files and bytes it removed
(from dist/lean-report.json, which the spec writes). It also checks that every
output carries the one version (wheel, programs, .deb, metainfo, tarball) and
exits 1 if not. ``--markdown`` writes benchmarks/packaging.md from the same
figures (one build's, so they agree with each other). Stdlib only.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import platform
import re
import subprocess
import sys
import zipfile
from collections import Counter
from importlib import metadata
from pathlib import Path

MB = 1024 * 1024
NAIVE_MB = 185.0
"""The naive one-folder PySide6 bundle of stack-notes.md §6 (du, MiB), the figure to beat."""


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


def disk_usage(folder: Path) -> int:
    """Bytes the folder takes on disk, like ``du -sB1`` (blocks, links counted once)."""
    seen: set[tuple[int, int]] = set()
    total = 0
    for path in [folder, *folder.rglob("*")]:
        info = path.lstat()
        if (info.st_dev, info.st_ino) not in seen:
            seen.add((info.st_dev, info.st_ino))
            total += info.st_blocks * 512
    return total


def output(args: list[str], **env: str) -> str:
    """A command's stdout, stripped ('' when it cannot run)."""
    try:
        result = subprocess.run(
            args, capture_output=True, text=True, timeout=60, check=False,
            env={**os.environ, **env},
        )  # fmt: skip
    except OSError:
        return ""
    return result.stdout.strip()


def versions(dist: Path) -> dict[str, str]:
    """The version each output states (empty when that output is missing)."""
    found: dict[str, str] = {}
    wheel = one(dist, "oiaassist-*.whl")
    if wheel is not None:
        with zipfile.ZipFile(wheel) as archive:
            meta = next(n for n in archive.namelist() if n.endswith(".dist-info/METADATA"))
            match = re.search(r"^Version: (\S+)", archive.read(meta).decode(), re.M)
            found["wheel METADATA"] = match.group(1) if match else "?"
    for program in ("oiaassist", "oiaassist-app"):
        path = dist / "oiaassist" / program
        if path.is_file():
            text = output([str(path), "--version"], QT_QPA_PLATFORM="offscreen")
            found[f"bundle {program} --version"] = text.removeprefix("oiaassist ")
    deb = one(dist, "oiaassist_*.deb")
    if deb is not None:
        found[".deb Version"] = output(["dpkg-deb", "-f", str(deb), "Version"])
    metainfo = one(dist, "*.metainfo.xml")
    if metainfo is not None:
        match = re.search(r'<release version="([^"]+)"', metainfo.read_text(encoding="utf-8"))
        found["metainfo `<release version>`"] = match.group(1) if match else "?"
    tarball = one(dist, "oiaassist-*-linux-*.tar.*")
    if tarball is not None:
        found["tarball name"] = tarball.name.split("-")[1]
    return found


def consistent(found: dict[str, str]) -> bool:
    """Whether every output states the same version (the .deb adds its "-1" revision)."""
    values = {re.sub(r"-\d+$", "", value).replace("~", "") for value in found.values()}
    return len(values) == 1


def one(dist: Path, pattern: str) -> Path | None:
    """The single file in dist/ matching a glob, if any."""
    found = sorted(dist.glob(pattern))
    return found[-1] if found else None


def ratio(size: float) -> str:
    """A size against the naive bundle, e.g. '57 %'."""
    return f"{100 * size / (NAIVE_MB * MB):.0f} %"


def naive_sentence(report: dict[str, object]) -> str:
    """What a naive build of this app measured, when --naive was given."""
    naive = report.get("naive")
    if not isinstance(naive, dict):
        return ""
    return (
        " A naive build of *this* app (`OIAASSIST_LEAN=0`: no exclusions, no rules, no strip;"
        " a separate PyInstaller run on the same machine, same spec and venv) measured"
        f" **{int(naive['bytes']) / MB:.1f} MB in {naive['files']} files**, so the lean"
        f" bundle is {100 * int(report['bundle']['bytes']) / int(naive['bytes']):.0f} % of"  # type: ignore[index]
        " that."
    )


def markdown(report: dict[str, object], dist: Path) -> str:
    """benchmarks/packaging.md from one build's report."""
    bundle = report["bundle"]
    assert isinstance(bundle, dict)
    timings = report["timings_s"]
    assert isinstance(timings, dict)
    env = report["environment"]
    assert isinstance(env, dict)
    lines = [
        "# Packaging: sizes and build time (Linux, measured)",
        "",
        f"Written by `benchmarks/bench_packaging.py --markdown` from one run of "
        f"`packaging/build-linux.sh` on {env['date']} (commit `{env['commit']}`, "
        f"{env['cpus']} cores, {env['system']}, Python {env['python']}, "
        f"PySide6-Essentials {env['pyside6']}). Every figure below comes from that one build. "
        "MB here is MiB (1,048,576 bytes), as `du -sh` counts.",
        "",
        f"The figure to beat is the **naive** PyInstaller one-folder build of a PySide6 app, "
        f"**{NAIVE_MB:.0f} MB** (stack-notes.md §6)." + naive_sentence(report),
        "",
        f"| output | size | vs naive {NAIVE_MB:.0f} MB | files |",
        "|---|---|---|---|",
        f"| bundle `dist/oiaassist/` (`du -s`) | **{int(bundle['du']) / MB:.1f} MB** | "
        f"{ratio(int(bundle['du']))} | {bundle['files']} |",
        f"| bundle, sum of file sizes | {int(bundle['bytes']) / MB:.1f} MB | "
        f"{ratio(int(bundle['bytes']))} | |",
    ]
    for label, key in (
        ("release tarball (`xz -6`)", "tarball"),
        (".deb (`dpkg-deb -Zxz -z1`)", "deb"),
        ("wheel", "wheel"),
        ("sdist", "sdist"),
    ):
        item = report.get(key)
        if isinstance(item, dict):
            size = int(item["bytes"])
            share = ratio(size) if key in ("tarball", "deb") else "—"
            lines.append(f"| {label}: `{item['file']}` | **{size / MB:.1f} MB** | {share} | |")
    deb = report.get("deb")
    if isinstance(deb, dict) and deb.get("installed_kb"):
        lines.append(
            f"| .deb installed (`Installed-Size`) | {int(deb['installed_kb']) / 1024:.1f} MB | "
            f"{ratio(int(deb['installed_kb']) * 1024)} | |"
        )
    lines += ["", "## Where the bundle's bytes are", "", "| part | MB |", "|---|---|"]
    parts_sizes = bundle["parts"]
    assert isinstance(parts_sizes, dict)
    for name, size in list(parts_sizes.items())[:14]:
        lines.append(f"| {name} | {int(size) / MB:.1f} |")
    left_out = report.get("left_out")
    if isinstance(left_out, dict):
        rows = sorted(left_out["dropped_files"], key=lambda r: -int(r["bytes"]))
        total = sum(int(r["bytes"]) for r in rows)
        lines += [
            "",
            "## What was left out, and why",
            "",
            f"The rules in `packaging/pyinstaller/lean.py` removed **{total / MB:.1f} MB** "
            "from the files PyInstaller's hooks collected (`dist/lean-report.json`); on top of "
            "that the analysis never followed the excluded modules, and binaries are stripped.",
            "",
            "| rule | files | MB | why |",
            "|---|---|---|---|",
        ]
        for row in rows:
            lines.append(
                f"| `{row['pattern']}` | {row['files']} | {int(row['bytes']) / MB:.1f} | "
                f"{row['reason']} |"
            )
        lines += [
            "",
            "(For the ICU row, *files* counts the data items removed from inside the library.)",
            "",
            "Modules never analysed (`lean.EXCLUDED_MODULES`): "
            + ", ".join(f"`{m}`" for m in left_out["excluded_modules"])
            + ". The reasons are beside each group in `lean.py`: other GUI toolkits, test and "
            "packaging machinery, TLS (no network), CJK codecs (all text is UTF-8), optional "
            "imports of the dependencies (numpy, PIL, lxml.html, pydantic.v1), Qt bindings "
            "the app does not import.",
        ]
    if isinstance(deb, dict) and deb.get("depends"):
        lines += ["", f"**.deb Depends** (computed by `deb_depends.py`): `{deb['depends']}`"]
    if timings:
        lines += [
            "",
            "## Build time",
            "",
            f"{env['cpus']} cores; `packaging/build-linux.sh` in total "
            f"**{timings.get('total', '?')} s** (its first step creates `build/venv-linux` "
            "when it does not exist yet, and installs PySide6 into it).",
            "",
            "| step | s |",
            "|---|---|",
        ]
        lines += [f"| {step} | {sec} |" for step, sec in timings.items() if step != "total"]
    found = report["versions"]
    assert isinstance(found, dict)
    lines += [
        "",
        "## One version everywhere",
        "",
        "| output | version |",
        "|---|---|",
        *(f"| {name} | `{value}` |" for name, value in found.items()),
        "",
        "All from `oiaassist.__version__` through the package metadata: "
        + ("consistent." if report["versions_consistent"] else "**NOT consistent**."),
        "",
        "Regenerate: `packaging/build-linux.sh`, then `build/venv-linux/bin/python "
        "benchmarks/bench_packaging.py --markdown benchmarks/packaging.md` (it reuses the "
        "build's step timings from `dist/packaging-report.json`; add `--naive DIR` with a "
        "bundle built with `OIAASSIST_LEAN=0`).",
        "",
    ]
    return "\n".join(lines)


def saved_timings(dist: Path) -> dict[str, object]:
    """The step timings of the last build-linux.sh run, if it saved any."""
    saved = dist / "packaging-report.json"
    if not saved.is_file():
        return {}
    return dict(json.loads(saved.read_text(encoding="utf-8")).get("timings_s", {}))


def packages(dist: Path) -> dict[str, object]:
    """The tarball, .deb, wheel and sdist: file, bytes (and the .deb's control fields)."""
    found: dict[str, object] = {}
    for label, pattern in (
        ("tarball", "oiaassist-*-linux-*.tar.*"),
        ("deb", "oiaassist_*.deb"),
        ("wheel", "oiaassist-*.whl"),
        ("sdist", "oiaassist-*[0-9].tar.gz"),
    ):
        path = one(dist, pattern)
        if path is not None:
            size = path.stat().st_size
            entry: dict[str, object] = {"file": path.name, "bytes": size}
            if label == "deb":
                entry["installed_kb"] = output(["dpkg-deb", "-f", str(path), "Installed-Size"])
                entry["depends"] = output(["dpkg-deb", "-f", str(path), "Depends"])
            found[label] = entry
            share = f"  ({ratio(size)} of naive)" if label in ("tarball", "deb") else ""
            print(f"{label:10} {size / MB:7.1f} MB  {path.name}{share}")
    return found


def environment(dist: Path) -> dict[str, object]:
    """Where and when: for the markdown's first paragraph."""
    try:  # build-linux.sh runs this with the build venv's Python, which has it
        pyside = metadata.version("PySide6-Essentials")
    except metadata.PackageNotFoundError:
        pyside = "?"
    commit = output(["git", "-C", str(dist.resolve().parent), "log", "-1", "--format=%h"])
    return {
        "date": dt.datetime.now(tz=dt.UTC).strftime("%Y-%m-%d %H:%M UTC"),
        "commit": commit or "?",
        "cpus": os.cpu_count(),
        "system": f"{platform.freedesktop_os_release().get('PRETTY_NAME', platform.system())}"
        if hasattr(platform, "freedesktop_os_release")
        else platform.system(),
        "python": platform.python_version(),  # build-linux.sh runs this with the build venv's
        "pyside6": pyside,
    }


def main() -> None:
    """Print the report; optionally save it as JSON and as markdown."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dist", type=Path, default=Path("dist"))
    parser.add_argument(
        "--timings",
        help="JSON object of step -> seconds (default: those in DIST/packaging-report.json)",
    )
    parser.add_argument("--json", type=Path, help="also write the report here")
    parser.add_argument("--markdown", type=Path, help="also write benchmarks/packaging.md here")
    parser.add_argument("--naive", type=Path, help="a bundle built with OIAASSIST_LEAN=0")
    args = parser.parse_args()
    bundle = args.dist / "oiaassist"
    if not bundle.is_dir():
        sys.exit(f"bench_packaging: no bundle at {bundle}; run packaging/build-linux.sh first")
    bundle_bytes, bundle_files = tree_size(bundle)
    bundle_du = disk_usage(bundle)
    report: dict[str, object] = {
        "bundle": {
            "bytes": bundle_bytes,
            "du": bundle_du,
            "files": bundle_files,
            "parts": dict(parts(bundle)),
        },
        "timings_s": json.loads(args.timings) if args.timings else saved_timings(args.dist),
    }
    print(
        f"bundle     {bundle_du / MB:7.1f} MB  {bundle_files} files  ({bundle}; du -s; "
        f"{ratio(bundle_du)} of the naive {NAIVE_MB:.0f} MB)"
    )
    for name, size in parts(bundle)[:12]:
        print(f"  {size / MB:7.1f} MB  {name}")
    if args.naive:
        naive_bytes, naive_files = tree_size(args.naive)
        report["naive"] = {"bytes": naive_bytes, "files": naive_files}
        print(f"naive      {naive_bytes / MB:7.1f} MB  {naive_files} files  ({args.naive})")
    report.update(packages(args.dist))
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
    timings = report["timings_s"]
    if isinstance(timings, dict) and timings:
        print("timings    " + ", ".join(f"{k}: {v} s" for k, v in timings.items()))
    found = versions(args.dist)
    report["versions"] = found
    report["versions_consistent"] = consistent(found)
    print("versions   " + ", ".join(f"{k}: {v}" for k, v in found.items()))
    if args.json:
        args.json.write_text(json.dumps(report, indent=2) + "\n", encoding="utf-8")
    if args.markdown:
        report["environment"] = environment(args.dist)
        args.markdown.write_text(markdown(report, args.dist), encoding="utf-8")
        print(f"wrote {args.markdown}")
    if not report["versions_consistent"]:
        sys.exit("bench_packaging: the outputs state different versions (above)")


if __name__ == "__main__":
    main()
