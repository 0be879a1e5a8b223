"""A label that shows as much of a long text as fits, ending in "…", the whole in its tooltip.

The request's title ("agency — subject") is often longer than the window is
wide; cut off mid-word with no sign of it, it reads as a mistake.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QLabel, QSizePolicy


class Elider(QObject):
    """Keeps ``label``'s text elided to its width."""

    def __init__(self, label: QLabel) -> None:
        super().__init__(label)
        self.label = label
        self.full = label.text()
        policy = label.sizePolicy()
        policy.setHorizontalPolicy(QSizePolicy.Policy.Ignored)
        label.setSizePolicy(policy)
        label.installEventFilter(self)

    def set_text(self, text: str) -> None:
        """Show ``text``, elided to fit; all of it in the tooltip and the accessible name."""
        self.full = text
        self.label.setToolTip(text)
        self.label.setAccessibleName(text)
        self._apply()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        """Re-elide when the label is resized (Qt API)."""
        if event.type() in (QEvent.Type.Resize, QEvent.Type.FontChange, QEvent.Type.Polish):
            self._apply()
        return super().eventFilter(watched, event)

    def _apply(self) -> None:
        metrics = self.label.fontMetrics()
        width = max(1, self.label.contentsRect().width())
        self.label.setText(metrics.elidedText(self.full, Qt.TextElideMode.ElideRight, width))
