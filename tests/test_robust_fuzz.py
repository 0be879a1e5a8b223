"""Issue 15: random bytes, JSON and CSV fed to every command: exit 0 or 2, one line, no traceback.

Derandomized (a fixed seed, the same cases on every run) so CI is repeatable:
each test runs ``CASES`` examples; with the seven tests that is 7 x CASES
command runs, about 20 s here. ``lint`` may also exit 1: that is its answer
"the draft has a problem", as linters do.

Each run is in-process (``main([...])``): an exception that escapes ``main``
is exactly the traceback a user would have seen, and fails the test.
"""

from __future__ import annotations

import csv
import io
import json
import time
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from oiaassist.cli import main
from oiaassist.tracking.csv_io import COLUMNS
from oiaassist.tracking.examples import seed_request
from oiaassist.tracking.io import dump_requests

CASES = 60
SECONDS = 10  # per command run; typically well under 0.5 s
KINDS = ("request", "refinement-reply", "reminder", "grounds", "complaint")

FUZZ = settings(
    max_examples=CASES,
    derandomize=True,
    deadline=None,  # time is asserted per run below (CI machines are shared)
    database=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)

json_values = st.recursive(
    st.none()
    | st.booleans()
    | st.integers(min_value=-(10**6), max_value=10**6)
    | st.floats(allow_nan=False, allow_infinity=False)
    | st.text(max_size=20)
    | st.sampled_from(["2024-09-13", "1726185600", "", "oia", "lgoima", "WTC", "45", "²"]),
    lambda children: (
        st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=12), children, max_size=4)
    ),
    max_leaves=12,
)


def run(capsys: pytest.CaptureFixture[str], argv: list[str], *, ok: frozenset[int]) -> None:
    started = time.perf_counter()
    try:
        status = main(argv)
    except SystemExit as exc:  # argparse usage errors exit 2 by themselves
        status = exc.code if isinstance(exc.code, int) else 1
    elapsed = time.perf_counter() - started
    out, err = capsys.readouterr()
    assert status in ok, (argv, status, err)
    assert "Traceback" not in err and "Traceback" not in out
    if status == 2:  # the last line says what was wrong (warnings may come before it)
        assert "error" in err.strip().splitlines()[-1], err
    assert elapsed < SECONDS, (argv, elapsed)


def _seed() -> dict[str, Any]:
    data: dict[str, Any] = json.loads(dump_requests([seed_request()]))[0]
    return data


def _mutate(data: Any, path: list[int], value: Any) -> Any:
    """Replace the value at a pseudo-random place in ``data`` with ``value``."""
    if not path or not isinstance(data, dict | list) or not data:
        return value
    if isinstance(data, dict):
        keys = sorted(data)
        key = keys[path[0] % len(keys)]
        return {**data, key: _mutate(data[key], path[1:], value)}
    index = path[0] % len(data)
    return [*data[:index], _mutate(data[index], path[1:], value), *data[index + 1 :]]


@pytest.fixture(scope="module")
def folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("fuzz")


@FUZZ
@given(value=json_values)
def test_random_json_to_every_json_command(
    folder: Path, capsys: pytest.CaptureFixture[str], value: Any
) -> None:
    path = folder / "random.json"
    path.write_text(json.dumps(value), encoding="utf-8")
    run(capsys, ["check", str(path), "--today", "2024-12-01"], ok=frozenset({0, 2}))
    run(capsys, ["report", str(path), "--today", "2024-12-01"], ok=frozenset({0, 2}))
    run(capsys, ["lint", str(path)], ok=frozenset({0, 1, 2}))
    for kind in KINDS:
        run(capsys, ["draft", kind, str(path), "--today", "2024-12-01"], ok=frozenset({0, 2}))


@FUZZ
@given(path=st.lists(st.integers(min_value=0, max_value=50), max_size=5), value=json_values)
def test_a_request_with_one_random_value(
    folder: Path, capsys: pytest.CaptureFixture[str], path: list[int], value: Any
) -> None:
    """Near-valid files reach the validators, not just the JSON parser."""
    file = folder / "mutated.json"
    file.write_text(json.dumps(_mutate(_seed(), path, value)), encoding="utf-8")
    run(capsys, ["check", str(file), "--today", "2024-12-01", "--json"], ok=frozenset({0, 2}))
    run(capsys, ["report", str(file), "--format", "csv"], ok=frozenset({0, 2}))


@FUZZ
@given(data=st.binary(max_size=2000))
def test_random_bytes_to_every_file_command(
    folder: Path, capsys: pytest.CaptureFixture[str], data: bytes
) -> None:
    for suffix in (".txt", ".html", ".docx", ".json", ".csv"):
        path = folder / f"random{suffix}"
        path.write_bytes(data)
        if suffix in (".txt", ".html", ".docx"):
            run(capsys, ["read-letter", str(path)], ok=frozenset({0, 2}))
        elif suffix == ".json":
            run(capsys, ["check", str(path)], ok=frozenset({0, 2}))
            run(capsys, ["lint", str(path)], ok=frozenset({0, 1, 2}))
            run(capsys, ["draft", "reminder", str(path)], ok=frozenset({0, 2}))
        else:
            run(capsys, ["report", str(path)], ok=frozenset({0, 2}))


@FUZZ
@given(
    header=st.lists(st.sampled_from([*COLUMNS, "x", ""]), min_size=1, max_size=8),
    rows=st.lists(
        st.lists(
            st.text(max_size=12) | st.sampled_from(["2024-09-13", "45", "yes", "²", "=1+1"]),
            max_size=9,
        ),
        max_size=4,
    ),
)
def test_random_csv_to_report(
    folder: Path, capsys: pytest.CaptureFixture[str], header: list[str], rows: list[list[str]]
) -> None:
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow(header)
    writer.writerows(rows)
    path = folder / "random.csv"
    path.write_text(buffer.getvalue(), encoding="utf-8")
    for fmt in ("table", "csv", "json"):
        run(
            capsys,
            ["report", str(path), "--format", fmt, "--today", "2025-01-01"],
            ok=frozenset({0, 2}),
        )


@FUZZ
@given(text=st.text(max_size=40))
def test_random_text_arguments(capsys: pytest.CaptureFixture[str], text: str) -> None:
    """Dates, Acts, regions and searches given on the command line."""
    run(capsys, ["due", text], ok=frozenset({0, 2}))
    run(capsys, ["due", "2024-09-13", "--region", text, "--act", "lgoima"], ok=frozenset({0, 2}))
    run(capsys, ["due", "2024-09-13", "--extend", text], ok=frozenset({0, 2}))
    run(capsys, ["agencies", "search", text or "x"], ok=frozenset({0, 2}))


@FUZZ
@given(text=st.text(max_size=3000))
def test_random_letters_from_stdin(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, text: str
) -> None:
    class Stdin(io.TextIOWrapper):
        pass

    monkeypatch.setattr("sys.stdin", Stdin(io.BytesIO(text.encode("utf-8", "surrogatepass"))))
    run(capsys, ["read-letter", "-", "--json"], ok=frozenset({0, 2}))


@FUZZ
@given(words=st.lists(st.text(max_size=30), max_size=30))
def test_random_letter_text_with_quotes(
    folder: Path, capsys: pytest.CaptureFixture[str], words: list[str]
) -> None:
    seed = "Dear Sir\n\nWe received your request on 13 September 2024 under section 9(2)(a). "
    path = folder / "letter.txt"
    path.write_text(seed + " ".join(words), encoding="utf-8", errors="surrogatepass")
    run(capsys, ["read-letter", str(path), "--quotes"], ok=frozenset({0, 2}))
