"""A workaround for a reference-count defect of PySide6 6.12 on CPython 3.11.

Measured on this machine (PySide6/shiboken6 6.12.0, CPython 3.11.7): every call of a
wrapped Qt method that returns ``void`` (``QTimer.start``, ``QWidget.update``,
``QThreadPool.start``, ``processEvents``...) returns ``None`` without taking a reference
to it; ``SignalInstance.emit()`` does the same with ``True`` and a failed ``disconnect()``
with ``False``. CPython 3.12+ makes these singletons immortal, so the binding gets away
with it there; on 3.11 each call drops one reference and after a few thousand calls the
interpreter aborts with "none_dealloc: deallocating None" (or "bool_dealloc"). A window
that paints a few hundred tiles gets there in seconds.

``protect_singletons()`` gives ``None``, ``True`` and ``False`` a reserve of 2**40
references on interpreters that do not make them immortal, which is what 3.12 does
(PEP 683). They are never deallocated in any case, so nothing else changes. It is called
when ``gallery.ui`` is imported, before any Qt call from this package.
"""

from __future__ import annotations

import ctypes
import sys
import threading

RESERVE = 1 << 40
_lock = threading.Lock()
_done = False


def _needs_reserve() -> bool:
    # CPython >= 3.12 reports a constant, huge refcount for immortal objects.
    # A Py_TRACE_REFS build has two more fields before ob_refcnt: leave it alone.
    return sys.implementation.name == "cpython" and sys.version_info < (3, 12) and not hasattr(sys, "getobjects")


def protect_singletons() -> bool:
    """Add the reserve once; returns True when it was needed (CPython < 3.12)."""
    global _done
    if not _needs_reserve():
        return False
    with _lock:
        if not _done:
            for obj in (None, True, False):
                # ob_refcnt is the first field of every object in a release build.
                ctypes.c_ssize_t.from_address(id(obj)).value += RESERVE
            _done = True
    return True
