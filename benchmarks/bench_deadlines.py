"""How fast is oiaassist's deadline engine, against the obvious alternatives?

Contenders, all timed in the same run and interleaved round by round (so load
from other processes hits every contender alike):

* oiaassist: ``WorkingDayCalendar.add_working_days`` (an O(1) lookup in a
  cumulative working-day table), ``response_deadline`` (the full explained
  ``Deadline``) and ``add_working_days_bulk``.
* (a) a day-by-day loop: ``d += timedelta(1)``, weekday check, ``in frozenset``
  of the OIA's non-working weekdays. The set is taken from oiaassist's own
  calendar, so both give identical answers (asserted on every input).
* (b) python-holidays' own helpers (``holidays.NZ().get_nth_working_day``).
  They know nothing of the OIA's 25 December-15 January closed period, so
  their answers differ; the run reports how often and by how much.

Run: ``.venv/bin/python benchmarks/bench_deadlines.py [--quick] [--json PATH]``.
Ratios are "baseline time / oiaassist time", so 12x means oiaassist is 12 times faster.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import random
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta
from importlib import metadata
from pathlib import Path
from typing import Any

import holidays

import oiaassist
from oiaassist import Act, WorkingDayCalendar, calendar_for, response_deadline

N_DAYS = 20  # OIA s 15(1): the response limit every benchmark computes
FIRST_RECEIPT = date(1990, 1, 1)
LAST_RECEIPT = date(2050, 12, 31)
PER_CALL_TARGET = 10.0  # the issue: at least 10x the day-by-day loop per call
BULK_TARGET_S = 1.0  # the issue: 1,000,000 deadlines in under a second
BULK_SIZE = 1_000_000
ONE_DAY = timedelta(days=1)


@dataclass(frozen=True)
class Sizes:
    """How much work each measurement does."""

    rounds: int
    per_call: int  # dates per round for oiaassist and the loop
    per_call_holidays: int  # python-holidays is ~300x slower: fewer dates
    bulk_rounds: int
    bulk_loop: int  # the loop's bulk sample; extrapolated to 1M when smaller
    bulk_holidays: int  # always extrapolated
    cold_runs: int
    importtime_runs: int


FULL = Sizes(7, 100_000, 2_000, 3, BULK_SIZE, 20_000, 9, 5)
QUICK = Sizes(3, 30_000, 300, 2, 100_000, 2_000, 3, 3)


@dataclass
class Timing:
    """Repeated measurements of one contender, in seconds per unit of work."""

    name: str
    samples: list[float] = field(default_factory=list)
    note: str = ""

    @property
    def best(self) -> float:
        return min(self.samples)

    @property
    def median(self) -> float:
        return statistics.median(self.samples)

    def as_json(self) -> dict[str, Any]:
        return {
            "name": self.name,
            "best_s": self.best,
            "median_s": self.median,
            "samples_s": self.samples,
            "note": self.note,
        }


# -- the baselines ---------------------------------------------------------------------------


def oia_non_working_weekdays(calendar: WorkingDayCalendar) -> frozenset[date]:
    """Non-working Monday-Fridays of ``calendar``, for the loop's set lookup."""
    out = set()
    day = calendar.first_day
    while day <= calendar.last_day:
        if day.weekday() < 5 and not calendar.is_working_day(day):
            out.add(day)
        day += ONE_DAY
    return frozenset(out)


def loop_add(
    start: date, n: int, closed: frozenset[date] = frozenset(), one: timedelta = ONE_DAY
) -> date:
    """Baseline (a): step one day at a time, counting working days (start is day 0)."""
    day = start
    while n:
        day += one
        if day.weekday() < 5 and day not in closed:
            n -= 1
    return day


def loop_bulk(
    starts: Sequence[date], n: int, closed: frozenset[date], one: timedelta = ONE_DAY
) -> list[date]:
    """Baseline (a) in bulk: the same loop inlined, no call per date."""
    out: list[date] = []
    append = out.append
    for start in starts:
        day = start
        left = n
        while left:
            day += one
            if day.weekday() < 5 and day not in closed:
                left -= 1
        append(day)
    return out


# Baseline (a) from cold, in a fresh interpreter: it must first build its set
# from python-holidays plus the closed period, as a program without oiaassist would.
COLD_LOOP_SETUP = """
from datetime import date, timedelta
import holidays
one = timedelta(days=1)
closed = {d for d in holidays.NZ(years=range(1983, 2053)) if d.weekday() < 5}
for year in range(1982, 2053):  # OIA s 2(1) "working day" (b): 25 December-15 January
    d = date(year, 12, 25)
    while d <= date(year + 1, 1, 15):
        if d.weekday() < 5:
            closed.add(d)
        d += one
closed = frozenset(closed)
"""
COLD_LOOP_CALL = """
d, n = date(2024, 9, 13), 20
while n:
    d += one
    if d.weekday() < 5 and d not in closed:
        n -= 1
due = d
"""
COLD_OURS = (
    "from datetime import date\nimport oiaassist\n"
    "due = oiaassist.response_deadline(date(2024, 9, 13)).due"
)
CONTEXT = "(context) "  # rows shown for scale, not compared
NO_PYC = f"{CONTEXT}oiaassist, no .pyc (compiles its sources)"
COLD_SCRIPTS = {
    f"{CONTEXT}interpreter only (python -c pass)": "due = None",
    "oiaassist: import + first response_deadline": COLD_OURS,
    NO_PYC: COLD_OURS,
    "(a) loop: import holidays + build set + loop": COLD_LOOP_SETUP + COLD_LOOP_CALL,
    "(b) holidays: import + NZ().get_nth_working_day": (
        "from datetime import date\nimport holidays\n"
        "due = holidays.NZ().get_nth_working_day(date(2024, 9, 13), 20)"
    ),
}
COLD_WRAPPER = (
    "import time\n_t0 = time.perf_counter()\n{body}\n"
    "print(time.perf_counter() - _t0, due.isoformat() if due else '-')\n"
)


def check_cold_loop_set(calendar: WorkingDayCalendar, closed: frozenset[date]) -> None:
    """The cold baseline's set, built from python-holidays, must equal oiaassist's."""
    scope: dict[str, Any] = {}
    exec(COLD_LOOP_SETUP, scope)  # our own constant, run as the cold script runs it
    built = {d for d in scope["closed"] if calendar.first_day <= d <= calendar.last_day}
    assert built == closed, f"cold (a) set differs: {sorted(built ^ closed)[:5]}"


# -- measurement helpers ---------------------------------------------------------------------


def random_receipts(count: int, rng: random.Random) -> list[date]:
    """Uniformly random receipt dates, 1990-2050."""
    first = FIRST_RECEIPT.toordinal()
    span = LAST_RECEIPT.toordinal() - first + 1
    return [date.fromordinal(first + rng.randrange(span)) for _ in range(count)]


def run_calls2(fn: Callable[[date, int], object], starts: Sequence[date]) -> float:
    """Seconds per ``fn(start, 20)`` call, the loop overhead included."""
    t0 = time.perf_counter()
    for start in starts:
        fn(start, N_DAYS)
    return (time.perf_counter() - t0) / len(starts)


def run_calls1(fn: Callable[[date], object], starts: Sequence[date]) -> float:
    """Seconds per ``fn(start)`` call, the loop overhead included."""
    t0 = time.perf_counter()
    for start in starts:
        fn(start)
    return (time.perf_counter() - t0) / len(starts)


def interleave(rounds: int, jobs: dict[str, Callable[[], float]]) -> dict[str, Timing]:
    """Run each job once per round, rotating the order, collecting their results."""
    timings = {name: Timing(name) for name in jobs}
    names = list(jobs)
    for r in range(rounds):
        for name in names[r % len(names) :] + names[: r % len(names)]:
            timings[name].samples.append(jobs[name]())
    return timings


def compare_with_holidays(mine: Sequence[date], theirs: Sequence[date]) -> dict[str, Any]:
    """How often, and by how many calendar days, python-holidays' answer differs."""
    diffs = [(m - t).days for m, t in zip(mine, theirs, strict=True) if m != t]
    return {
        "dates": len(mine),
        "differ": len(diffs),
        "differ_pct": 100.0 * len(diffs) / len(mine),
        "max_days_earlier": max(diffs, default=0),
        "mean_days_earlier_when_differs": statistics.fmean(diffs) if diffs else 0.0,
    }


# -- the benchmarks ----------------------------------------------------------------------------


def bench_per_call(
    sizes: Sizes, rng: random.Random, calendar: WorkingDayCalendar, closed: frozenset[date]
) -> tuple[dict[str, Timing], dict[str, Timing], dict[str, Any]]:
    starts = random_receipts(sizes.per_call, rng)
    few = starts[: sizes.per_call_holidays]
    nz = holidays.NZ(years=range(1983, 2053))  # populated up front: lookups, not expansion
    add = calendar.add_working_days
    nth = nz.get_nth_working_day

    def loop(start: date, n: int) -> date:
        return loop_add(start, n, closed)

    mine = [add(s, N_DAYS) for s in starts]
    assert mine == [loop(s, N_DAYS) for s in starts], "baseline (a) disagrees with oiaassist"
    assert [response_deadline(s).due for s in starts] == mine
    agreement = compare_with_holidays(mine[: len(few)], [nth(s, N_DAYS) for s in few])

    add_t = interleave(
        sizes.rounds,
        {
            "oiaassist add_working_days(s, 20)": lambda: run_calls2(add, starts),
            "(a) day-by-day loop": lambda: run_calls2(loop, starts),
            "(b) holidays get_nth_working_day": lambda: run_calls2(nth, few),
        },
    )
    deadline_t = interleave(
        sizes.rounds,
        {
            "oiaassist response_deadline(s)": lambda: run_calls1(response_deadline, starts),
            "(a) day-by-day loop": lambda: run_calls2(loop, starts),
            "(b) holidays get_nth_working_day": lambda: run_calls2(nth, few),
        },
    )
    return add_t, deadline_t, agreement


def bench_bulk(
    sizes: Sizes, rng: random.Random, calendar: WorkingDayCalendar, closed: frozenset[date]
) -> tuple[dict[str, Timing], dict[str, Any]]:
    starts = random_receipts(BULK_SIZE, rng)
    loop_sample = starts[: sizes.bulk_loop]
    hol_sample = starts[: sizes.bulk_holidays]
    nth = holidays.NZ(years=range(1983, 2053)).get_nth_working_day
    bulk = calendar.add_working_days_bulk
    scale_loop = BULK_SIZE / len(loop_sample)
    scale_hol = BULK_SIZE / len(hol_sample)

    mine = bulk(starts, N_DAYS)
    assert mine[: len(loop_sample)] == loop_bulk(loop_sample, N_DAYS, closed), "(a) disagrees"
    theirs = [nth(s, N_DAYS) for s in hol_sample]
    agreement = compare_with_holidays(mine[: len(hol_sample)], theirs)

    def timed(fn: Callable[[], object], scale: float) -> Callable[[], float]:
        def run() -> float:
            t0 = time.perf_counter()
            fn()
            return (time.perf_counter() - t0) * scale

        return run

    timings = interleave(
        sizes.bulk_rounds,
        {
            "oiaassist add_working_days_bulk": timed(lambda: bulk(starts, N_DAYS), 1.0),
            "(a) day-by-day loop": timed(
                lambda: loop_bulk(loop_sample, N_DAYS, closed), scale_loop
            ),
            "(b) holidays get_nth_working_day": timed(
                lambda: [nth(s, N_DAYS) for s in hol_sample], scale_hol
            ),
        },
    )
    if scale_loop != 1.0:
        timings["(a) day-by-day loop"].note = f"{len(loop_sample):,} dates, x{scale_loop:g}"
    timings["(b) holidays get_nth_working_day"].note = f"{len(hol_sample):,} dates, x{scale_hol:g}"
    return timings, agreement


def cold_env(pycache: Path, *, bytecode: bool = True) -> dict[str, str]:
    """The environment for fresh interpreters.

    With ``bytecode``, compiled modules are cached under ``pycache`` (and a
    warm-up run fills it) so every contender imports from .pyc, as from an
    installed wheel. Without it, oiaassist's sources are compiled on every
    import, as in this editable checkout when PYTHONDONTWRITEBYTECODE is set.
    """
    env = dict(os.environ)
    if bytecode:
        env.pop("PYTHONDONTWRITEBYTECODE", None)
        env["PYTHONPYCACHEPREFIX"] = str(pycache)
    else:  # the stdlib and holidays still have their installed __pycache__
        env.pop("PYTHONPYCACHEPREFIX", None)
        env["PYTHONDONTWRITEBYTECODE"] = "1"
    return env


def run_fresh(code: str, env: dict[str, str], *options: str) -> tuple[float, str, str]:
    """Run ``code`` in a fresh interpreter: (wall seconds, stdout, stderr)."""
    t0 = time.perf_counter()
    proc = subprocess.run(
        [sys.executable, *options, "-c", code], capture_output=True, text=True, check=True, env=env
    )
    return time.perf_counter() - t0, proc.stdout, proc.stderr


def bench_cold(sizes: Sizes, pycache: Path) -> dict[str, tuple[Timing, Timing]]:
    """Fresh interpreters: (process wall time, time inside the process after startup)."""
    results = {name: (Timing(name), Timing(name)) for name in COLD_SCRIPTS}
    envs = {name: cold_env(pycache, bytecode=name != NO_PYC) for name in COLD_SCRIPTS}
    names = list(COLD_SCRIPTS)
    answers: dict[str, str] = {}
    for r in range(-1, sizes.cold_runs):  # round -1 warms the bytecode cache
        for name in names[r % len(names) :] + names[: r % len(names)]:
            wall, out, _ = run_fresh(COLD_WRAPPER.format(body=COLD_SCRIPTS[name]), envs[name])
            inside, answers[name] = out.split()
            if r >= 0:
                results[name][0].samples.append(wall)
                results[name][1].samples.append(float(inside))
    due = {v for k, v in answers.items() if not k.startswith(f"{CONTEXT}interpreter")}
    assert due == {"2024-10-11"}, f"cold runs disagree: {answers}"
    return results


def import_time_us(module: str, env: dict[str, str]) -> int:
    """Cumulative ``-X importtime`` microseconds of ``import module`` in a fresh interpreter."""
    _, _, stderr = run_fresh(f"import {module}", env, "-X", "importtime")
    for line in stderr.splitlines():
        parts = line.split("|")
        if len(parts) == 3 and parts[2] == f" {module}":  # top level: no indentation
            return int(parts[1])
    raise RuntimeError(f"no importtime line for {module}")


def bench_importtime(sizes: Sizes, pycache: Path) -> dict[str, Timing]:
    cached, no_pyc = cold_env(pycache), cold_env(pycache, bytecode=False)
    jobs = {
        "import oiaassist": ("oiaassist", cached),
        "import holidays": ("holidays", cached),
        f"{CONTEXT}import oiaassist, no .pyc": ("oiaassist", no_pyc),
    }
    out = {name: Timing(name) for name in jobs}
    for _ in range(sizes.importtime_runs):
        for name, (module, env) in jobs.items():
            out[name].samples.append(import_time_us(module, env) / 1e6)
    return out


# -- reporting -------------------------------------------------------------------------------


def fmt_time(seconds: float) -> str:
    for unit, scale in (("s", 1.0), ("ms", 1e-3), ("µs", 1e-6)):
        if seconds >= scale:
            return f"{seconds / scale:.3g} {unit}"
    return f"{seconds / 1e-9:.3g} ns"


def fmt_ratio(ratio: float) -> str:
    return f"{ratio:.2f}x" if ratio < 1 else f"{ratio:.1f}x" if ratio < 100 else f"{ratio:.0f}x"


def paired_ratio(baseline: Timing, ours: Timing) -> float:
    """Median over rounds of baseline/ours, each pair timed back to back in one round."""
    return statistics.median(b / o for b, o in zip(baseline.samples, ours.samples, strict=True))


def table(title: str, timings: dict[str, Timing], ours: str) -> list[str]:
    """Rows of absolute times and ratios, each baseline divided by ours."""
    lines = [
        "",
        title,
        f"  {'contender':<48}{'best':>10}{'median':>10}{'ratio(best)':>13}{'ratio(paired)':>15}",
    ]
    mine = timings[ours]
    for name, t in timings.items():
        if name == ours:
            ratio_best = ratio_paired = "1x"
        elif name.startswith(CONTEXT):
            ratio_best = ratio_paired = "-"
        else:
            ratio_best = fmt_ratio(t.best / mine.best)
            ratio_paired = fmt_ratio(paired_ratio(t, mine))
        note = f"  ({t.note})" if t.note else ""
        lines.append(
            f"  {name:<48}{fmt_time(t.best):>10}{fmt_time(t.median):>10}"
            f"{ratio_best:>13}{ratio_paired:>15}{note}"
        )
    return lines


def section_json(timings: dict[str, Timing], ours: str) -> list[dict[str, Any]]:
    rows = []
    for t in timings.values():
        row = t.as_json()
        row["ratio_best"] = t.best / timings[ours].best
        row["ratio_paired_median"] = paired_ratio(t, timings[ours])
        rows.append(row)
    return rows


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--quick", action="store_true", help="short smoke run (~10 s)")
    parser.add_argument("--json", type=Path, metavar="PATH", help="also write results as JSON")
    parser.add_argument("--seed", type=int, default=20240913)
    args = parser.parse_args(argv)
    sizes = QUICK if args.quick else FULL
    rng = random.Random(args.seed)

    t0 = time.perf_counter()
    calendar = calendar_for(Act.OIA)
    closed = oia_non_working_weekdays(calendar)
    check_cold_loop_set(calendar, closed)

    add_t, deadline_t, agree_per_call = bench_per_call(sizes, rng, calendar, closed)
    bulk_t, agree_bulk = bench_bulk(sizes, rng, calendar, closed)
    with tempfile.TemporaryDirectory(prefix="oiaassist-bench-pycache-") as pycache:
        cold = bench_cold(sizes, Path(pycache))
        imports = bench_importtime(sizes, Path(pycache))

    machine = (
        f"{platform.python_implementation()} {platform.python_version()}, "
        f"{platform.system()} {platform.machine()}, {os.cpu_count()} CPUs, "
        f"oiaassist {oiaassist.__version__}, holidays {metadata.version('holidays')}"
    )
    lines = [
        f"oiaassist deadline benchmarks ({'quick' if args.quick else 'full'} run, "
        f"seed {args.seed})",
        f"machine: {machine}",
        f"inputs: random receipt dates {FIRST_RECEIPT}..{LAST_RECEIPT}, {N_DAYS} working days;",
        "ratio = baseline time / oiaassist time (higher is better for oiaassist); "
        "paired = median over rounds of the ratio within a round",
    ]
    lines += table(
        f"Per call, add_working_days ({sizes.per_call:,} dates x {sizes.rounds} rounds; "
        f"holidays {sizes.per_call_holidays:,})",
        add_t,
        "oiaassist add_working_days(s, 20)",
    )
    lines += table(
        "Per call, response_deadline (a full explained Deadline vs a bare date)",
        deadline_t,
        "oiaassist response_deadline(s)",
    )
    lines += table(
        f"Bulk, {BULK_SIZE:,} deadlines ({sizes.bulk_rounds} rounds)",
        bulk_t,
        "oiaassist add_working_days_bulk",
    )
    cold_wall = {name: pair[0] for name, pair in cold.items()}
    cold_inside = {name: pair[1] for name, pair in cold.items()}
    ours_cold = "oiaassist: import + first response_deadline"
    lines += table(
        f"Cold start, process wall time ({sizes.cold_runs} fresh processes each, "
        ".pyc cached as when installed)",
        cold_wall,
        ours_cold,
    )
    lines += table(
        "Cold start, time inside the process (after interpreter startup)", cold_inside, ours_cold
    )
    lines += [
        "",
        f"python -X importtime -c 'import ...' (cumulative, {sizes.importtime_runs} runs)",
    ]
    for t in imports.values():
        lines.append(f"  {t.name:<48}{fmt_time(t.best):>10}{fmt_time(t.median):>10}")
    lines += [
        "",
        "Agreement: (a) equals oiaassist on every input (asserted). (b) python-holidays "
        "ignores the 25 Dec-15 Jan closed period:",
        f"  per-call sample: {agree_per_call['differ']:,} of {agree_per_call['dates']:,} "
        f"({agree_per_call['differ_pct']:.1f}%) differ, up to "
        f"{agree_per_call['max_days_earlier']} days earlier "
        f"(mean {agree_per_call['mean_days_earlier_when_differs']:.1f} when they differ)",
        f"  bulk sample:     {agree_bulk['differ']:,} of {agree_bulk['dates']:,} "
        f"({agree_bulk['differ_pct']:.1f}%) differ, up to {agree_bulk['max_days_earlier']} days "
        f"earlier (mean {agree_bulk['mean_days_earlier_when_differs']:.1f})",
    ]

    loop_name = "(a) day-by-day loop"
    mine = add_t["oiaassist add_working_days(s, 20)"]
    ratio_best = add_t[loop_name].best / mine.best
    ratio_paired = paired_ratio(add_t[loop_name], mine)
    per_call_ok = min(ratio_best, ratio_paired) >= PER_CALL_TARGET
    bulk_mine = bulk_t["oiaassist add_working_days_bulk"]
    bulk_ok = bulk_mine.median < BULK_TARGET_S
    lines += [
        "",
        f"{'PASS' if per_call_ok else 'FAIL'}: add_working_days per call vs (a) loop: "
        f"{ratio_best:.1f}x best-of, {ratio_paired:.1f}x paired median "
        f"(target >= {PER_CALL_TARGET:g}x on both)",
        f"{'PASS' if bulk_ok else 'FAIL'}: {BULK_SIZE:,} deadlines in bulk: "
        f"{fmt_time(bulk_mine.median)} median, {fmt_time(bulk_mine.best)} best "
        f"(target < {BULK_TARGET_S:g} s)",
        f"(run took {time.perf_counter() - t0:.0f} s)",
    ]
    print("\n".join(lines))

    if args.json:
        payload = {
            "machine": machine,
            "quick": args.quick,
            "seed": args.seed,
            "per_call_add_working_days": section_json(add_t, "oiaassist add_working_days(s, 20)"),
            "per_call_response_deadline": section_json(
                deadline_t, "oiaassist response_deadline(s)"
            ),
            "bulk_1m": section_json(bulk_t, "oiaassist add_working_days_bulk"),
            "cold_wall": section_json(cold_wall, ours_cold),
            "cold_in_process": section_json(cold_inside, ours_cold),
            "importtime": [t.as_json() for t in imports.values()],
            "holidays_agreement": {"per_call": agree_per_call, "bulk": agree_bulk},
            "targets": {
                "per_call_ratio_best": ratio_best,
                "per_call_ratio_paired_median": ratio_paired,
                "per_call_pass": per_call_ok,
                "bulk_median_s": bulk_mine.median,
                "bulk_pass": bulk_ok,
            },
        }
        args.json.write_text(json.dumps(payload, indent=2) + "\n", encoding="utf-8")
    return 0 if per_call_ok and bulk_ok else 1


if __name__ == "__main__":
    sys.exit(main())
