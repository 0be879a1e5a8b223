"""The store survives the app being killed in the middle of a save (a real SIGKILL)."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from oiaassist.storage import Store

SRC = str(Path(__file__).resolve().parents[1] / "src")

WRITER = textwrap.dedent(
    """
    import sys
    from oiaassist.storage import Store, Summary
    store = Store.open(sys.argv[1])
    rid = store.create({"agency": "A", "n": 0, "text": ""})
    n = 0
    while True:
        n += 1
        # Big enough that a write spans many pages: a kill lands mid-write.
        store.save(rid, {"agency": "A", "n": n, "text": str(n) * 20000},
                   compose={"n": n}, summary=Summary(agency="A", subject=str(n)))
        print(n, flush=True)
    """
)


@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX")
def test_kill_mid_save_loses_nothing_committed(tmp_path: Path) -> None:
    db = tmp_path / "requests.sqlite3"
    env = {**os.environ, "PYTHONPATH": SRC + os.pathsep + os.environ.get("PYTHONPATH", "")}
    child = subprocess.Popen(
        [sys.executable, "-c", WRITER, str(db)], stdout=subprocess.PIPE, text=True, env=env
    )
    assert child.stdout is not None
    saved = 0
    deadline = time.monotonic() + 30
    while saved < 200 and time.monotonic() < deadline:
        line = child.stdout.readline()
        if not line:
            break
        saved = int(line)
    os.kill(child.pid, signal.SIGKILL)
    child.wait(timeout=10)
    child.stdout.close()
    assert saved >= 200, "the writer did not get going"

    store = Store.open(db)  # integrity check passes, or this raises
    [row] = store.rows()
    got = store.get(row.id)
    n = got.data["n"]
    assert n >= saved  # every save the writer reported as done is there
    assert got.data["text"] == str(n) * 20000  # and the row is whole, not torn
    assert got.compose == {"n": n}
    assert row.summary.subject == str(n)  # list columns written in the same transaction
    store.close()
    assert json.loads(json.dumps(got.data)) == got.data
