"""Python's cyclic garbage is collected on the window's thread, never on a worker's.

The cyclic collector runs in whichever thread happens to allocate when a
generation's threshold is passed. A cycle holding a Qt object (a widget and a
lambda slot that refers back to it) collected on a :mod:`.background` worker
runs Qt's destructor on that thread, and a Qt object must be destroyed on its
own: the app crashed ("Fatal Python error: Segmentation fault … Garbage-collecting"
in a Compose preview's render thread, seen in the test suite). So once the app
has a window, automatic collection is switched off and a timer on the window's
thread does the same work: every :data:`INTERVAL_MS` it collects the generation
whose threshold has been passed, as the interpreter itself would.
"""

from __future__ import annotations

import gc
import time

from PySide6.QtCore import QCoreApplication, QObject, QTimer

__all__ = ["collect_due", "install", "installed"]

INTERVAL_MS = 100
"""How often the window's thread looks at the collector's counts."""

_timers: list[QTimer] = []
"""The one timer, once installed (a list: no ``global`` statement needed)."""


def installed() -> bool:
    """Whether collection has been moved to the window's thread in this process."""
    return bool(_timers)


FULL_EVERY_S = 5.0
"""The least time between two full collections. The interpreter itself skips a full one
until the objects that survived since the last have grown by a quarter (so a big heap is
not walked over and over); that count is not visible from Python, and a full walk of a
big heap stalls the window, so a full collection waits at least this long."""

_last_full: list[float] = [0.0]


def collect_due() -> int:
    """Collect the oldest generation whose threshold has been passed (as ``gc`` would).

    Returns the number of unreachable objects found (0 when nothing was due).
    """
    counts, limits = gc.get_count(), gc.get_threshold()
    now = time.monotonic()
    if limits[2] and counts[2] > limits[2] and now - _last_full[0] >= FULL_EVERY_S:
        _last_full[0] = now
        return gc.collect(2)
    for generation in (1, 0):
        if limits[generation] and counts[generation] > limits[generation]:
            return gc.collect(generation)
    return 0


def install(app: QObject | None = None) -> None:
    """Move cyclic collection to the thread of ``app`` (the QApplication); idempotent."""
    if _timers:
        return
    owner = app if app is not None else QCoreApplication.instance()
    if owner is None:
        return  # no event loop to run the timer: leave the interpreter's own collection
    timer = QTimer(owner)
    timer.setInterval(INTERVAL_MS)
    timer.timeout.connect(collect_due)
    gc.disable()
    timer.start()
    _timers.append(timer)
