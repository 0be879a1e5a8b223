"""Cyclic garbage is collected on the window's thread only (oiaassist.app.main_thread_gc).

A collection a worker thread set off destroyed Qt objects on that thread and the
suite crashed with a segfault ("Garbage-collecting" in a Compose preview's render
worker). These tests record the thread of every collection while a worker allocates.
"""

from __future__ import annotations

import gc
import threading
from typing import Any

from oiaassist.app import main_thread_gc
from oiaassist.app.background import Background


def test_a_background_moves_collection_to_the_window_thread(qtbot: Any) -> None:
    Background()
    assert main_thread_gc.installed()
    assert not gc.isenabled()


def test_a_worker_allocating_cycles_never_runs_the_collector(qtbot: Any) -> None:
    Background()
    threads: list[str] = []

    def record(phase: str, _info: dict[str, int]) -> None:
        if phase == "start":
            threads.append(threading.current_thread().name)

    def churn() -> None:
        for _ in range(200_000):
            cycle: list[Any] = []
            cycle.append(cycle)  # garbage only the cyclic collector frees

    gc.callbacks.append(record)
    try:
        worker = threading.Thread(target=churn, name="worker")
        worker.start()
        worker.join()
        qtbot.wait(3 * main_thread_gc.INTERVAL_MS)  # the window's timer collects what is due
    finally:
        gc.callbacks.remove(record)
    assert "worker" not in threads
    assert threads, "the window's thread collected nothing"
    assert set(threads) == {threading.main_thread().name}


def test_collect_due_collects_only_when_a_threshold_is_passed(qtbot: Any) -> None:
    Background()
    gc.collect()
    assert main_thread_gc.collect_due() == 0
    for _ in range(gc.get_threshold()[0] + 10):
        cycle: list[Any] = []
        cycle.append(cycle)
    assert main_thread_gc.collect_due() > 0
