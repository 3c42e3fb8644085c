"""One background-task helper for the whole UI (the shape of Picard's ``run_task``).

``TaskRunner.run(fn, on_result, on_error)`` runs ``fn(context)`` in a thread pool and calls
``on_result(value)`` or ``on_error(exception)`` later on the GUI thread. Every task function
takes one ``TaskContext``: ``progress(done, total)``, ``partial(result)`` (a first part of its
result, delivered before the whole) and ``cancelled()``. Two pools:

* the *bulk* pool (one thread per core) for thumbnails, fed a few jobs at a time by
  the thumbnail scheduler so it never holds thousands of queued runnables;
* the *interactive* pool (two threads) for what the user is waiting on right now:
  opening a kit, the details preview, copying a full-size image. A click is never
  queued behind 5,000 thumbnails.

Workers hand back ``QImage``, PIL images, bytes or plain data, never ``QPixmap`` or
``QIcon`` (those belong to the GUI thread; HOSTILE.md row 25). A result of that kind
is refused and reported on the error path.

A task can carry a ``wanted`` predicate, checked in the worker just before ``fn``
runs: a job whose still scrolled away, or whose kit was replaced (older generation),
is dropped without doing any work and reports nothing.

``Runner`` is what the UI asks of a runner; ``TaskRunner`` is the threaded one, the tests'
fake runs the same ``Task`` objects (``Task.execute``, ``Task.deliver``) when it chooses.
"""

from __future__ import annotations

import functools
import logging
import os
import time
from collections.abc import Callable
from typing import Generic, Protocol, TypeVar

from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, Signal, Slot
from PySide6.QtGui import QIcon, QImage, QPixmap

from gallery.ui.qtcompat import collect_garbage_on_gui_thread

log = logging.getLogger(__name__)

#: What a progress callback looks like: progress(done, total).
Progress = Callable[[int, int], None]

R = TypeVar("R")

#: A task's outcome, made in the worker and called on the GUI thread: it hands the task's
#: result to ``on_result`` or its exception to ``on_error``.
Outcome = Callable[[], None]


def _no_progress(done: int, total: int) -> None:
    pass


def _no_partial(result: object) -> None:
    pass


def _never() -> bool:
    return False


class TaskContext:
    """What a task function is given, in its worker: ``progress(done, total)`` to report how
    far it is, ``partial(result)`` to hand over a first part of its result (``on_partial``
    gets it on the GUI thread, always before the whole), ``cancelled()`` to stop early (its
    task was cancelled or is no longer wanted)."""

    __slots__ = ("_cancelled", "_partial", "_progress")

    def __init__(
        self,
        progress: Progress = _no_progress,
        partial: Callable[[object], None] = _no_partial,
        cancelled: Callable[[], bool] = _never,
    ) -> None:
        self._progress = progress
        self._partial = partial
        self._cancelled = cancelled

    def progress(self, done: int, total: int) -> None:
        self._progress(done, total)

    def partial(self, result: object) -> None:
        self._partial(result)

    def cancelled(self) -> bool:
        return self._cancelled()


#: A task function: all it gets is its context; what it returns goes to ``on_result``.
TaskFn = Callable[[TaskContext], R]


def warm_qt_enums() -> None:
    """Touch, on the GUI thread, the Qt enums worker code uses.

    PySide6 6.12 creates enum types lazily and the first use from two threads at
    once can raise ``AttributeError`` (measured: 9 runs in 10). Call this before
    starting any worker.
    """
    _ = (
        QImage.Format.Format_RGBA8888,
        QImage.Format.Format_RGB888,
        QImage.Format.Format_RGB32,
        QImage.Format.Format_ARGB32_Premultiplied,
        QImage.Format.Format_Grayscale8,
        Qt.AspectRatioMode.KeepAspectRatio,
        Qt.TransformationMode.SmoothTransformation,
        Qt.ConnectionType.QueuedConnection,
    )


class Task(Generic[R]):
    """A handle on one submitted job; ``cancel()`` drops its result (and the job if not started).

    Runners call ``execute`` in a worker (or wherever they choose), then ``deliver`` its
    outcome on the GUI thread; ``settle`` when the job was dropped without running.
    """

    __slots__ = (
        "fn",
        "on_result",
        "on_error",
        "on_progress",
        "on_partial",
        "on_settled",
        "wanted",
        "cancelled",
        "name",
        "interactive",
    )

    def __init__(
        self,
        fn: TaskFn[R],
        on_result: Callable[[R], None] | None = None,
        on_error: Callable[[BaseException], None] | None = None,
        *,
        on_progress: Progress | None = None,
        on_partial: Callable[[object], None] | None = None,
        on_settled: Callable[[], None] | None = None,
        wanted: Callable[[], bool] | None = None,
        name: str = "",
        interactive: bool = False,
    ) -> None:
        self.fn = fn
        self.on_result = on_result
        self.on_error = on_error
        self.on_progress = on_progress
        self.on_partial = on_partial
        self.on_settled = on_settled
        self.wanted = wanted
        self.cancelled = False
        self.name = name or getattr(fn, "__name__", "task")
        self.interactive = interactive

    def cancel(self) -> None:
        self.cancelled = True

    def is_wanted(self) -> bool:
        if self.cancelled:
            return False
        if self.wanted is None:
            return True
        try:
            return bool(self.wanted())
        except Exception:  # a broken predicate must not kill the worker
            log.exception("wanted() of task %s failed", self.name)
            return True

    def execute(self, progress: Progress, partial: Callable[[object], None]) -> Outcome:
        """Run the task function with a context built of ``progress`` and ``partial``; what it
        returned, or the exception it raised, comes back as the call that delivers it."""
        context = TaskContext(progress, partial, lambda: not self.is_wanted())
        try:
            value = self.fn(context)
            if isinstance(value, (QPixmap, QIcon)):
                raise TypeError(
                    f"task {self.name} returned a {type(value).__name__}; workers must return QImage or data"
                )
        except BaseException as error:  # noqa: BLE001 - every failure goes to the error path
            if not isinstance(error, Exception):
                log.error("task %s raised %r", self.name, error)
            return functools.partial(self._fail, error)
        return functools.partial(self._succeed, value)

    def _succeed(self, value: R) -> None:
        if self.on_result is not None:
            self.on_result(value)

    def _fail(self, error: BaseException) -> None:
        if self.on_error is not None:
            self.on_error(error)
        else:
            log.error("background task %s failed: %r", self.name, error, exc_info=error)

    def deliver(self, outcome: Outcome) -> None:
        """GUI thread: the result to ``on_result`` or the error to ``on_error`` (unless the
        task was cancelled meanwhile), then ``on_settled``."""
        try:
            if not self.cancelled:
                outcome()
        finally:
            self.settle()

    def settle(self) -> None:
        """GUI thread: the job is over (whatever happened)."""
        if self.on_settled is not None:
            self.on_settled()

    def deliver_progress(self, done: int, total: int) -> None:
        if not self.cancelled and self.on_progress is not None:
            self.on_progress(done, total)

    def deliver_partial(self, result: object) -> None:
        if not self.cancelled and self.on_partial is not None:
            self.on_partial(result)


class Runner(Protocol):
    """What the UI asks of a task runner (``TaskRunner``; the tests' fake runner)."""

    @property
    def bulk_threads(self) -> int: ...

    @property
    def pending(self) -> int: ...

    def run(
        self,
        fn: TaskFn[R],
        on_result: Callable[[R], None] | None = None,
        on_error: Callable[[BaseException], None] | None = None,
        *,
        interactive: bool = False,
        priority: int = 0,
        wanted: Callable[[], bool] | None = None,
        on_progress: Progress | None = None,
        on_settled: Callable[[], None] | None = None,
        on_partial: Callable[[object], None] | None = None,
        name: str = "",
    ) -> Task[R]:
        """Run ``fn(context)`` in a worker; ``on_result(value)`` or ``on_error(exception)``
        come back on the GUI thread, ``on_progress`` and ``on_partial`` as the context's calls
        are made (partial results always before the whole).

        ``wanted`` is checked right before ``fn`` runs (and by ``context.cancelled()``); when it
        says no, the job is dropped silently. ``on_settled()`` is called on the GUI thread once
        the job is over whatever happened (result, error, dropped or cancelled), which is what
        a scheduler that keeps N jobs in flight needs. ``priority``: higher starts first.
        """
        ...

    def shutdown(self, timeout_ms: int = 5000) -> None: ...


class Submitting:
    """``Runner.run`` written once: it makes the ``Task`` and hands it to the runner's own
    ``submit(task, priority)`` (the threaded runner queues it in a pool; the tests' fake holds
    it or runs it at once)."""

    def run(
        self,
        fn: TaskFn[R],
        on_result: Callable[[R], None] | None = None,
        on_error: Callable[[BaseException], None] | None = None,
        *,
        interactive: bool = False,
        priority: int = 0,
        wanted: Callable[[], bool] | None = None,
        on_progress: Progress | None = None,
        on_settled: Callable[[], None] | None = None,
        on_partial: Callable[[object], None] | None = None,
        name: str = "",
    ) -> Task[R]:
        """See ``Runner.run``."""
        task = Task(
            fn,
            on_result,
            on_error,
            on_progress=on_progress,
            on_partial=on_partial,
            on_settled=on_settled,
            wanted=wanted,
            name=name,
            interactive=interactive,
        )
        self.submit(task, priority)
        return task

    def submit(self, task: Task[R], priority: int) -> None:
        raise NotImplementedError


class _Job(Protocol):
    """A task as the worker and the relay see it: no result type (what they do needs none)."""

    name: str
    cancelled: bool

    def is_wanted(self) -> bool: ...
    def execute(self, progress: Progress, partial: Callable[[object], None]) -> Outcome: ...
    def deliver(self, outcome: Outcome) -> None: ...
    def settle(self) -> None: ...
    def deliver_progress(self, done: int, total: int) -> None: ...
    def deliver_partial(self, result: object) -> None: ...


class _Relay(QObject):
    """Lives on the GUI thread; worker threads emit, the GUI thread delivers.

    Signals: done(runnable); dropped(runnable); progressed((task, done, total));
    partial((task, value)).
    """

    done = Signal(object)
    dropped = Signal(object)
    progressed = Signal(object)
    partial = Signal(object)


class _Runnable(QRunnable):
    """Runs one task in a pool thread and hands it back to the GUI thread.

    Everything the task drags along (its callbacks, which capture windows and models; its
    result; an exception's traceback) must be *freed on the GUI thread*: when the last
    reference to a Python-owned widget drops in a worker, its C++ destructor runs there
    and the process crashes (seen in the test suite: a slideshow freed by a prefetch
    job). So the worker keeps task and outcome on the runnable, holds no other reference
    once it emits, and the GUI thread takes them off (``take``) before anything is freed.
    """

    def __init__(self, task: _Job, relay: _Relay) -> None:
        super().__init__()
        self.setAutoDelete(True)
        self._task: _Job | None = task
        self._outcome: Outcome | None = None
        self._relay = relay

    def run(self) -> None:  # worker thread
        if not self._is_wanted():
            self._relay.dropped.emit(self)
            return
        self._outcome = self._execute()
        self._relay.done.emit(self)

    def _is_wanted(self) -> bool:
        task = self._task
        return task is not None and task.is_wanted()

    def _execute(self) -> Outcome:
        # A frame of its own: its locals are gone when it returns, before run() emits.
        task = self._task
        assert task is not None
        relay = self._relay
        return task.execute(_throttled_progress(relay, task), lambda part: relay.partial.emit((task, part)))

    def take(self) -> tuple[_Job | None, Outcome | None]:
        """GUI thread: detach the task and its outcome from the runnable."""
        task, outcome = self._task, self._outcome
        self._task = self._outcome = None
        return task, outcome


def _throttled_progress(relay: _Relay, task: _Job, interval: float = 0.05) -> Progress:
    """A progress callback for worker code that emits at most every ``interval`` s (and the last one)."""
    last = 0.0

    def report(done: int, total: int) -> None:
        nonlocal last
        now = time.monotonic()
        if done >= total or now - last >= interval:
            last = now
            relay.progressed.emit((task, done, total))

    return report


class TaskRunner(QObject, Submitting):
    """The ``Runner`` of the app: runs tasks in the bulk or interactive pool; results and
    errors come back on the GUI thread.

    Signals: none (callbacks are passed to ``run``).
    """

    def __init__(
        self, parent: QObject | None = None, bulk_threads: int | None = None, interactive_threads: int = 2
    ) -> None:
        super().__init__(parent)
        warm_qt_enums()
        collect_garbage_on_gui_thread()  # workers must never free Qt objects (see qtcompat)
        self._relay = _Relay(self)
        self._relay.done.connect(self._on_done, Qt.ConnectionType.QueuedConnection)
        self._relay.dropped.connect(self._on_dropped, Qt.ConnectionType.QueuedConnection)
        self._relay.progressed.connect(self._on_progress, Qt.ConnectionType.QueuedConnection)
        self._relay.partial.connect(self._on_partial, Qt.ConnectionType.QueuedConnection)
        self.bulk_pool = QThreadPool(self)
        self.bulk_pool.setMaxThreadCount(bulk_threads or max(1, os.cpu_count() or 1))
        self.interactive_pool = QThreadPool(self)
        self.interactive_pool.setMaxThreadCount(max(1, interactive_threads))
        self._pending = 0
        self._closed = False

    @property
    def pending(self) -> int:
        """Jobs submitted whose callbacks have not been delivered yet."""
        return self._pending

    @property
    def bulk_threads(self) -> int:
        return self.bulk_pool.maxThreadCount()

    def submit(self, task: Task[R], priority: int) -> None:
        """Queue ``task`` in its pool (``priority``: higher starts first)."""
        if self._closed:
            task.cancel()
            return
        self._pending += 1
        pool = self.interactive_pool if task.interactive else self.bulk_pool
        pool.start(_Runnable(task, self._relay), priority)

    def shutdown(self, timeout_ms: int = 5000) -> None:
        """Clear the queues, then wait for running jobs (on quit)."""
        self._closed = True
        for pool in (self.bulk_pool, self.interactive_pool):
            pool.clear()
        for pool in (self.bulk_pool, self.interactive_pool):
            pool.waitForDone(timeout_ms)

    @Slot(object)
    def _on_done(self, runnable: _Runnable) -> None:
        task, outcome = runnable.take()
        self._pending = max(0, self._pending - 1)
        if self._closed or task is None or outcome is None:
            return
        task.deliver(outcome)

    @Slot(object)
    def _on_dropped(self, runnable: _Runnable) -> None:
        task, _ = runnable.take()
        self._pending = max(0, self._pending - 1)
        if not self._closed and task is not None:
            task.settle()

    @Slot(object)
    def _on_progress(self, report: tuple[_Job, int, int]) -> None:
        task, done, total = report
        if not self._closed:
            task.deliver_progress(done, total)

    @Slot(object)
    def _on_partial(self, report: tuple[_Job, object]) -> None:
        task, value = report
        if not self._closed:
            task.deliver_partial(value)
