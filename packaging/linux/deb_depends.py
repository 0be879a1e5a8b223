"""Compute a .deb's Depends from what a PyInstaller bundle still takes from the system.

PyInstaller copies most shared libraries into the bundle, but not the ones
that must match the running system (glibc, libGL/libEGL, libxcb, libdrm,
libwayland ...). This reads the ELF ``NEEDED`` entries of every file in the
bundle (``readelf -d``), drops those the bundle itself provides, finds each
remaining library on this (build) machine with ``ldconfig -p`` and asks
``dpkg -S`` which package owns it. glibc's minimum version is the highest
``GLIBC_x.y`` symbol version any file needs (``objdump -T``).

    python3 packaging/linux/deb_depends.py dist/oiaassist     # prints the Depends value

Fails, naming the file and the library, when a needed library is on neither
the bundle nor this machine: install it (see packaging/README.md) and rebuild,
so PyInstaller can bundle it or the package can depend on it.
Only the standard library; runs on the build machine's system python3.
"""

from __future__ import annotations

import argparse
import functools
import re
import subprocess
import sys
from pathlib import Path

# Not libraries, but what Qt needs at run time besides them: fontconfig's
# configuration (/etc/fonts) and at least one font.
EXTRA = ("fontconfig-config", "fonts-dejavu-core | fonts-liberation2 | fonts-noto-core")
ELF_MAGIC = b"\x7fELF"
GLIBC = re.compile(r"GLIBC_(\d+)\.(\d+)")


def elf_files(bundle: Path) -> list[Path]:
    """Every regular ELF file (programs, libraries, modules) in the bundle."""
    found = []
    for path in sorted(bundle.rglob("*")):
        if path.is_file() and not path.is_symlink():
            with path.open("rb") as handle:
                if handle.read(4) == ELF_MAGIC:
                    found.append(path)
    return found


def needed(path: Path) -> list[str]:
    """The NEEDED sonames of one ELF file."""
    out = subprocess.run(
        ["readelf", "-d", str(path)], capture_output=True, text=True, check=False
    ).stdout
    return re.findall(r"\(NEEDED\)\s+Shared library: \[([^\]]+)\]", out)


def glibc_floor(files: list[Path]) -> tuple[int, int]:
    """The highest GLIBC_x.y symbol version any file needs."""
    best = (2, 17)
    for path in files:
        out = subprocess.run(
            ["objdump", "-T", str(path)], capture_output=True, text=True, check=False
        ).stdout
        for major, minor in GLIBC.findall(out):
            best = max(best, (int(major), int(minor)))
    return best


def system_libraries() -> dict[str, str]:
    """Map each soname to its path for this machine's 64-bit libraries (``ldconfig -p``)."""
    out = subprocess.run(
        ["/sbin/ldconfig", "-p"], capture_output=True, text=True, check=True
    ).stdout
    found: dict[str, str] = {}
    for line in out.splitlines()[1:]:
        match = re.match(r"\s*(\S+) \(([^)]*)\) => (\S+)", line)
        if match and (
            "x86-64" in match.group(2) or "AArch64" in match.group(2) or "64bit" in match.group(2)
        ):
            found.setdefault(match.group(1), match.group(3))
    return found


@functools.cache
def owner(path: str) -> str | None:
    """The Debian package that owns ``path`` (trying the /usr-merged twin too)."""
    resolved = str(Path(path).resolve())
    for candidate in dict.fromkeys(
        (
            path,
            resolved,
            path.replace("/usr/lib/", "/lib/", 1),
            resolved.replace("/usr/lib/", "/lib/", 1),
        )
    ):
        out = subprocess.run(["dpkg", "-S", candidate], capture_output=True, text=True, check=False)
        if out.returncode == 0:
            return out.stdout.split(":", 1)[0].strip()
    return None


@functools.cache
def version_floor(package: str) -> str:
    """`` (>= X)`` with X this machine's upstream version of ``package`` (no Debian revision).

    The bundle was built and tested against these libraries; the upstream
    version (``12.2.0`` of ``12.2.0-14``) lets any later Debian revision,
    security update or release (and Debian 13's t64 packages, which provide
    the old names with their own version) satisfy it.
    """
    out = subprocess.run(
        ["dpkg-query", "-W", "-f", "${Version}", package],
        capture_output=True,
        text=True,
        check=False,
    ).stdout.strip()
    upstream = re.sub(r"-[^-]*$", "", out) if out else ""
    return f" (>= {upstream})" if upstream else ""


def depends(bundle: Path) -> tuple[str, dict[str, list[str]]]:
    """The Depends value, and for each package the sonames that need it."""
    files = elf_files(bundle)
    provided = {p.name for p in bundle.rglob("*")}
    system = system_libraries()
    by_package: dict[str, list[str]] = {}
    missing: list[str] = []
    for path in files:
        for soname in needed(path):
            if soname in provided:
                continue
            if soname not in system:
                missing.append(f"{path.relative_to(bundle)} needs {soname}")
                continue
            package = owner(system[soname])
            if package is None:
                missing.append(
                    f"{path.relative_to(bundle)} needs {soname} "
                    f"({system[soname]}: no package owns it)"
                )
                continue
            sonames = by_package.setdefault(package, [])
            if soname not in sonames:
                sonames.append(soname)
    if missing:
        sys.exit(
            "deb_depends: libraries the bundle needs are missing here:\n  "
            + "\n  ".join(sorted(set(missing)))
        )
    major, minor = glibc_floor(files)
    packages = [p + version_floor(p) for p in sorted(by_package) if p != "libc6"]
    value = ", ".join([f"libc6 (>= {major}.{minor})", *packages, *EXTRA])
    return value, by_package


def main() -> None:
    """Print the Depends value; with --explain, which libraries each package is for."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("bundle", type=Path)
    parser.add_argument(
        "--explain", action="store_true", help="list the sonames behind each package"
    )
    args = parser.parse_args()
    value, by_package = depends(args.bundle)
    if args.explain:
        for package, sonames in sorted(by_package.items()):
            print(f"# {package}: {', '.join(sorted(sonames))}", file=sys.stderr)
    print(value)


if __name__ == "__main__":
    main()
