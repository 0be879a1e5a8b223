"""Trim the ICU data library PySide6's Linux wheels carry (32 MB) to what Qt uses here (~4 MB).

Qt's Linux build links ICU, and ``libicudata.so.NN`` is ICU's whole data set
(CLDR locale data for ~800 locales, dictionaries for Thai, Lao, Khmer,
Burmese and CJK word breaking, transliterators, CJK converters). Qt asks
ICU only for collation (``QCollator``, locale-aware sorting), a few locale
facts and text converters; its dates, numbers and month names come from its
own CLDR tables, and word breaking from its own Unicode tables. The core
Unicode properties, case mapping and NFC are compiled into ``libicuuc``,
not kept in the data library.

:func:`trim` copies the data out of the library (the ``icudtNN_dat``
symbol), removes items with Debian's ``icupkg`` (package ``icu-devtools``),
and assembles a new library with the same soname exporting the same symbol
(``as`` and ``ld`` from binutils). Kept: every item that is not per-locale,
the per-locale items for ``LOCALES`` (root, English, te reo Māori, and the
indexes), the single-byte converters (ISO 8859-x, Windows-125x, ...).
Dropped: other locales' data, the break-iterator rules and dictionaries,
the transliterators, the multi-byte (CJK) converters.

``python trim_icu.py --check TRIMMED_LIB`` runs the same Qt calls (collation
in en_NZ, mi_NZ, en_US and de_DE; case mapping incl. Turkish; long dates;
time zones; windows-1252) against the full and the trimmed library and fails
if any answer differs; ``packaging/build-linux.sh`` runs it on every build.
Linux only (PySide6 on Windows and macOS uses the system's ICU); stdlib only.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

LOCALES = ("root", "en", "en_001", "en_NZ", "mi", "mi_NZ", "res_index", "pool")
SMALL_CONVERTER = 16 * 1024  # single-byte converters are 1-11 KB, CJK ones 50-700 KB
# Per-locale resource names look like "de", "de_CH", "zh_Hant_TW", "sr_Latn"...;
# shared ones ("supplementalData", "zoneinfo64", "metaZones") start with a
# lower-case word of 4+ letters or contain capitals straight after it.
LOCALE_NAME = re.compile(r"^[a-z]{2,3}(_[A-Za-z0-9]+)*$")


class TrimError(RuntimeError):
    """The library could not be trimmed (missing tool, unexpected layout)."""


def _run(args: list[str], **kwargs: object) -> str:
    result = subprocess.run(args, capture_output=True, text=True, check=False, **kwargs)  # type: ignore[call-overload]
    if result.returncode != 0:
        raise TrimError(f"{' '.join(args)} exited {result.returncode}: {result.stderr.strip()}")
    return str(result.stdout)


def tools_missing() -> list[str]:
    """The programs :func:`trim` needs that are not installed."""
    return [tool for tool in ("icupkg", "readelf", "as", "ld") if shutil.which(tool) is None]


def keep(item: str, small_converters: set[str]) -> bool:
    """Whether data item ``item`` (e.g. ``coll/de.res``) stays."""
    folder, _, name = item.rpartition("/")
    stem, _, suffix = name.rpartition(".")
    if folder in ("translit", "brkitr"):
        return False
    if suffix == "cnv":
        return name in small_converters
    if suffix != "res" or stem in LOCALES:
        return True
    return not LOCALE_NAME.match(stem)


def extract(library: Path) -> tuple[str, bytes]:
    """The data symbol's name (``icudt73_dat``) and its bytes."""
    symbols = _run(["readelf", "-Ws", str(library)])
    match = re.search(
        r"\s([0-9a-f]+)\s+(\d+|0x[0-9a-f]+)\s+OBJECT\s+GLOBAL\s+\S+\s+(\d+)\s+(icudt\d+_dat)\b",
        symbols,
    )
    if match is None:
        raise TrimError(f"{library}: no icudtNN_dat symbol")
    address, size_text, section, symbol = match.groups()
    size = int(size_text, 0)
    sections = _run(["readelf", "-SW", str(library)])
    row = re.search(rf"\[\s*{section}\]\s+\S+\s+\S+\s+([0-9a-f]+)\s+([0-9a-f]+)", sections)
    if row is None:
        raise TrimError(f"{library}: section {section} not found")
    offset = int(address, 16) - int(row.group(1), 16) + int(row.group(2), 16)
    data = library.read_bytes()[offset : offset + size]
    if data[12:16] != b"CmnD":
        raise TrimError(f"{library}: {symbol} is not ICU common data")
    return symbol, data


def trim(library: Path, workdir: Path) -> tuple[Path, dict[str, int]]:
    """Build the trimmed copy of ``library`` in ``workdir``; its path and some counts."""
    missing = tools_missing()
    if missing:
        raise TrimError(f"missing {', '.join(missing)} (packaging/linux/install-build-deps.sh)")
    workdir.mkdir(parents=True, exist_ok=True)
    symbol, data = extract(library)
    package = symbol.removesuffix("_dat") + ("l" if sys.byteorder == "little" else "b")
    with tempfile.TemporaryDirectory(dir=workdir) as tmp:
        folder = Path(tmp)
        full = folder / "full" / f"{package}.dat"
        full.parent.mkdir()
        full.write_bytes(data)
        items = _run(["icupkg", "-l", str(full)]).split()
        converters = folder / "converters.txt"
        converters.write_text("\n".join(i for i in items if i.endswith(".cnv")) + "\n")
        (folder / "cnv").mkdir()
        _run(["icupkg", "-x", str(converters), "-d", str(folder / "cnv"), str(full)])
        small = {
            p.name for p in (folder / "cnv").rglob("*.cnv") if p.stat().st_size < SMALL_CONVERTER
        }
        dropped = [item for item in items if not keep(item, small)]
        listing = folder / "drop.txt"
        # icupkg names the items after the output file: it must be <package>.dat.
        trimmed = folder / f"{package}.dat"
        # icupkg refuses to leave an item whose dependency is gone (a small converter
        # that extends a CJK one, "coll/de_.res" on "coll/de.res"): drop those too.
        for _attempt in range(5):
            listing.write_text("\n".join(dropped) + "\n")
            result = subprocess.run(
                ["icupkg", "-r", str(listing), str(full), str(trimmed)],
                capture_output=True, text=True, check=False,
            )  # fmt: skip
            orphans = re.findall(r"Item (\S+) depends on missing item", result.stderr)
            if result.returncode == 0 or not orphans:
                break
            dropped += sorted(set(orphans) - set(dropped))
        if result.returncode != 0:
            raise TrimError(f"icupkg -r exited {result.returncode}: {result.stderr.strip()}")
        source = folder / "icudata.s"
        source.write_text(
            '\t.section .note.GNU-stack,"",@progbits\n'
            "\t.section .rodata\n\t.balign 16\n"
            f"\t.globl {symbol}\n\t.type {symbol}, @object\n{symbol}:\n"
            f'\t.incbin "{trimmed}"\n\t.size {symbol}, . - {symbol}\n',
            encoding="utf-8",
        )
        soname = re.search(
            r"\(SONAME\)\s+Library soname: \[([^\]]+)\]", _run(["readelf", "-d", str(library)])
        )
        if soname is None:
            raise TrimError(f"{library}: no soname")
        _run(["as", "-o", str(folder / "icudata.o"), str(source)])
        out = workdir / library.name
        _run(
            ["ld", "-shared", "-soname", soname.group(1), "-o", str(out), str(folder / "icudata.o")]
        )
    counts = {
        "items": len(items),
        "dropped_items": len(dropped),
        "bytes_before": library.stat().st_size,
        "bytes_after": out.stat().st_size,
    }
    return out, counts


# What --check asks Qt, in a child process, once per library.
PROBE = r"""
import json
from PySide6.QtCore import QCollator, QDate, QDateTime, QLocale, QStringDecoder, Qt, QTime, QTimeZone
words = ["Āporo", "apple", "Zebra", "ēke", "Ēke", "ōrite", "orange", "Ōtautahi", "ngā", "Nga",
         "wh", "ūpoko", "Ūpoko", "über", "Éclair", "eclair", "10", "9", "a-b", "ab", "Ōtaki", "Otago"]
out = {}
for name in ("en_NZ", "mi_NZ", "en_US", "de_DE"):
    c = QCollator(QLocale(name))
    out["sort " + name] = sorted(words, key=c.sortKey)
    c.setNumericMode(True)
    out["numeric " + name] = c.compare("9", "10")
    c.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    out["ci " + name] = c.compare("Ēke", "ēke")
for name in ("en_NZ", "mi", "tr_TR"):
    loc = QLocale(name)
    out["upper " + name] = loc.toUpper("ōrite istanbul ß")
    out["lower " + name] = loc.toLower("ŌRITE ISTANBUL")
    out["date " + name] = loc.toString(QDate(2024, 10, 11), QLocale.FormatType.LongFormat)
zone = QTimeZone(b"Pacific/Auckland")
out["tz"] = zone.offsetFromUtc(QDateTime(QDate(2024, 1, 1), QTime(12, 0)))
out["tz name"] = zone.displayName(
    QTimeZone.TimeType.StandardTime, QTimeZone.NameType.LongName, QLocale("en_NZ")
)
codecs = ("windows-1252", "ISO-8859-15", "windows-1250", "macintosh")
out["codecs"] = [n for n in codecs if QStringDecoder(n).isValid()]
out["icudata"] = sorted({l.split()[-1] for l in open("/proc/self/maps") if "libicudata" in l})
print(json.dumps(out, ensure_ascii=False))
"""


def probe(library_dir: Path | None) -> dict[str, object]:
    """Qt's answers with the ICU data library in ``library_dir`` (None: PySide6's own)."""
    env = {k: v for k, v in os.environ.items() if k != "LD_LIBRARY_PATH"}
    if library_dir is not None:
        env["LD_LIBRARY_PATH"] = str(library_dir)
    result = subprocess.run(
        [sys.executable, "-c", PROBE], env=env, capture_output=True, text=True, check=False
    )
    if result.returncode != 0 or "Could not create collator" in result.stderr:
        raise TrimError(f"the Qt probe failed: {result.stderr.strip()}")
    return dict(json.loads(result.stdout))


def check(trimmed: Path) -> None:
    """Fail unless Qt answers the same with the trimmed library as with the full one."""
    full = probe(None)
    small = probe(trimmed.parent)
    if [os.path.realpath(path) for path in small.pop("icudata")] != [os.path.realpath(trimmed)]:
        raise TrimError(f"the probe did not load {trimmed}")
    full.pop("icudata")
    differ = {key: (full[key], small.get(key)) for key in full if full[key] != small.get(key)}
    if differ:
        raise TrimError(f"Qt answers differently with the trimmed ICU data: {differ}")
    print(
        f"trim_icu: Qt gives the same {len(full)} answers with {trimmed} as with the full ICU data"
    )


def main() -> None:
    """``--check LIB``: compare Qt's answers; ``LIB OUTDIR``: trim by hand."""
    args = sys.argv[1:]
    try:
        if len(args) == 2 and args[0] == "--check":
            check(Path(args[1]).resolve())
        elif len(args) == 2:
            out, counts = trim(Path(args[0]), Path(args[1]))
            print(f"trim_icu: wrote {out}: {counts}")
        else:
            sys.exit("usage: trim_icu.py LIBICUDATA OUTDIR | trim_icu.py --check TRIMMED_LIB")
    except TrimError as exc:
        sys.exit(f"trim_icu: {exc}")


if __name__ == "__main__":
    main()
