"""Workarounds for two ways a PySide6 process dies, both measured on this machine.

1. A reference-count defect of PySide6 6.12 on CPython 3.11 (``protect_singletons``).
2. Qt objects freed by the cyclic garbage collector in a worker thread
   (``collect_garbage_on_gui_thread``, see ``MainThreadCollector``).

About 1 (PySide6/shiboken6 6.12.0, CPython 3.11.7): every call of a
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

Re-measured on CPython 3.11.7 (December 2026): 6.6.3.1, 6.8.3, 6.10.3 and 6.11.3 keep their
references (no drift over 200,000 calls, no abort without the reserve); 6.12.0 drops one per
call. A dependency range that leaves out 6.12.0 would make the reserve unnecessary there.
About 2, every one of those versions (6.6.3.1 to 6.12.0) runs a widget's C++ destructor
on the worker thread whose collection freed its cycle, and hangs there: the collector stays.
"""

from __future__ import annotations

import ctypes
import gc
import sys
import threading

from PySide6.QtCore import QCoreApplication, QObject, QTimer

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


class MainThreadCollector(QObject):
    """Runs Python's cyclic garbage collector on the GUI thread only.

    A cycle that holds a Qt object (a lambda slot capturing ``self`` is enough) is freed by
    whichever thread happens to trigger a collection. When that is a worker (opening a kit
    allocates a lot), a widget's C++ destructor runs off the GUI thread and the process
    dies with a segmentation fault: seen here once in six runs of the test suite. So
    automatic collection is switched off and this timer does it on the GUI thread, with
    the interpreter's own thresholds (the usual PyQt/PySide recipe).
    """

    def __init__(self, parent: QObject | None = None, interval_ms: int = 500) -> None:
        super().__init__(parent)
        self.setObjectName("stillsMainThreadCollector")
        self._threshold = gc.get_threshold()
        gc.disable()
        self._timer = QTimer(self)
        self._timer.setInterval(interval_ms)
        self._timer.timeout.connect(self._on_timeout)
        self._timer.start()

    def _on_timeout(self) -> None:
        c0, c1, c2 = gc.get_count()
        if c0 > self._threshold[0]:
            gc.collect(0)
            if c1 > self._threshold[1]:
                gc.collect(1)
                if c2 > self._threshold[2]:
                    gc.collect(2)


def collect_garbage_on_gui_thread() -> MainThreadCollector | None:
    """Install the collector once per application (call on the GUI thread before starting workers)."""
    app = QCoreApplication.instance()
    if app is None or threading.current_thread() is not threading.main_thread():
        return None
    existing = app.findChild(MainThreadCollector, "stillsMainThreadCollector")
    if isinstance(existing, MainThreadCollector):
        return existing
    return MainThreadCollector(app)
