"""Shared test set-up.

Qt: the app tests run on Qt's offscreen platform, so they need no display
(without it pytest-qt aborts when there is no X server: stack-notes.md §5).
"""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
