"""A workaround for one way a PySide6 process dies, measured on this machine.

Qt objects freed by the cyclic garbage collector in a worker thread
(``collect_garbage_on_gui_thread``, see ``MainThreadCollector``): every PySide6 version from
6.6.3.1 to 6.12.0 runs a widget's C++ destructor on the worker thread whose collection freed
its cycle, and hangs or crashes there, so the collector runs on the GUI thread only.

(PySide6 6.12.0 on CPython 3.11 also dropped a reference to ``None`` on every void Qt call,
aborting the interpreter within minutes; 6.6.3.1 to 6.11.3 do not. pyproject.toml leaves
6.12.0 out rather than patching reference counts here; ``test_thousands_of_qt_calls...``
would catch a version that brings the defect back.)
"""

from __future__ import annotations

import gc
import threading

from PySide6.QtCore import QCoreApplication, QObject, QTimer


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
