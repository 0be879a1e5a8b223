"""Work done just after the window appears: statuses recomputed for today.

The list first shows each request's status as last saved; a request whose
status was worked out on an earlier day (or in another language) is
assessed again here, in small slices so the window stays responsive.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QTimer

from oiaassist.storage import DamagedRowError, Summary
from oiaassist.storage.summaries import summary_of

if TYPE_CHECKING:
    from datetime import date

    from oiaassist.app.request_list.pane import ListPane
    from oiaassist.storage import Store

SLICE = 100


def refresh_statuses(
    store: Store, rows: ListPane, *, today: date, everything: bool = False
) -> None:
    """Reassess stale rows (all rows with ``everything``) and update the list."""
    stale = [
        row.id
        for row in store.rows()
        if everything or (row.summary.valid and row.summary.assessed_on != today)
    ]

    def work() -> None:
        batch, stale[:] = stale[:SLICE], stale[SLICE:]
        summaries: dict[int, Summary] = {}
        for rid in batch:
            try:
                summaries[rid] = summary_of(store.get(rid).data, today=today)
            except DamagedRowError:  # left as last saved; reported when the window opened
                continue
        store.set_summaries(summaries)
        for rid in summaries:
            rows.upsert(store.row(rid))
        if stale:
            QTimer.singleShot(0, work)

    if stale:
        work()
