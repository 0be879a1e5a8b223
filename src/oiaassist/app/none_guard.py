"""A guard against a Qt binding that takes a reference to ``None`` it never gave.

Shiboken 6.12.0 on Python 3.11 drops one reference to ``None`` on every
call of a Qt method that returns nothing (``setPlainText``, ``setText``,
``processEvents``...). ``None`` starts with a few thousand references, so
after a few thousand such calls (a few minutes of typing) Python aborts with
"Fatal Python error: none_dealloc: deallocating None". Python 3.12 made
``None`` immortal, which hides the bug there; this does the same on 3.11 by
giving ``None`` a reference count no program can use up. It changes nothing
else, and nothing at all on 3.12 or on a debug build of Python (whose
objects have other fields first, so it is left alone).
"""

from __future__ import annotations

import ctypes
import sys

_SPARE = 1 << 40
"""References added to None: more than any run of the app can lose."""


def guard_none() -> bool:
    """Make ``None`` as good as immortal on Python 3.11; whether anything was done."""
    if sys.version_info >= (3, 12) or hasattr(sys, "gettotalrefcount"):
        return False
    if sys.getrefcount(None) > _SPARE:
        return False  # done already
    refcount = ctypes.c_ssize_t.from_address(id(None))  # ob_refcnt, PyObject's first field
    before = sys.getrefcount(None)
    refcount.value += _SPARE
    if sys.getrefcount(None) - before < _SPARE // 2:  # not the layout we know: undo
        refcount.value -= _SPARE
        return False
    return True
