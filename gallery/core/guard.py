"""Running untrusted parsing where it can be stopped: worker processes with a deadline per task.

Pillow and exifread run in-process with limits on bytes, reads and time (see ``limits``), but
a parser can still loop inside C code or a decoder can crash the whole process. ``Guard``
runs such work in a few worker processes instead: a task that overruns its deadline has its
worker killed ("timed out"), a worker that dies mid-task ("decoder crashed") is replaced,
and the caller gets the reason as an exception it can show. Threads call ``run`` directly:
each call borrows one idle worker for the length of the task, so there is no dispatcher.

Workers are started by a ``forkserver`` (never plain ``fork``: the caller may be a Qt process
with threads); as with any multiprocessing code, a script that opens kits needs the usual
``if __name__ == "__main__":`` guard, since workers import the main module. Each worker also arms ``alarm()`` before a
task, so one stuck in C code dies on its own even if the parent vanished, and, where the
platform allows, caps its address space so an allocation bomb fails with MemoryError
rather than waking the OOM killer. When processes are unavailable (a frozen build without
multiprocessing support, a sandbox without ``fork``), ``Guard.available`` is False and
callers do the work in-process under the in-process limits alone.

Whether processes may be used is the ``Isolation``'s to say: an entry point (``gallery``'s
command line, the window's ``run``) makes one and passes it to whoever decodes or parses;
it makes the pools, and keeps the app's long-lived shared one.
"""

from __future__ import annotations

import multiprocessing
import os
import queue
import signal
import sys
import threading
import time
from collections.abc import Callable
from multiprocessing.connection import Connection
from typing import Any

#: Address-space cap of a worker. A still decodes in well under 1 GB (see imaging's pixel cap).
WORKER_MEMORY_BYTES = 2 * 1024 * 1024 * 1024
#: Modules a worker needs, imported once in the fork server rather than in every worker
#: (a worker then starts in ~10 ms instead of ~130 ms). Python 3.11's fork server imports
#: them with its own default sys.path, not the caller's; a worker whose preloaded gallery is
#: not the caller's copy (a script that put a checkout first on sys.path) drops it and
#: imports the caller's instead (see ``_worker_main``).
PRELOAD = [
    "PIL.Image",
    "exifread",
    "defusedxml.ElementTree",
    "gallery.core.guard",
    "gallery.core.kit",
    "gallery.core.imaging",
    "gallery.core.thumbnailer",
]

#: Workers of the long-lived pool an app decodes in (the window's thumbnails, preview,
#: slideshow and copy): one per thumbnail thread, and two more so that a click's preview
#: never waits behind a screen of cold thumbnails (started when first needed).
SHARED_WORKERS = min(os.cpu_count() or 2, 4) + 2
#: A decode the window waits on is stopped after this long ("timed out").
SHARED_TIMEOUT = 40.0


class GuardError(Exception):
    """The task did not finish; str() is the reason shown to the user."""


class TaskTimeout(GuardError):
    def __init__(self) -> None:
        super().__init__("timed out")


class WorkerCrashed(GuardError):
    def __init__(self, exitcode: int | None = None) -> None:
        super().__init__("decoder crashed")
        self.exitcode = exitcode


class GuardUnavailable(GuardError):
    """No worker process could be started; the caller falls back to in-process work."""


def _context() -> Any:
    ctx = multiprocessing.get_context("forkserver")
    ctx.set_forkserver_preload(_preload())
    return ctx


def _preload() -> list[str]:
    """PRELOAD, less our own modules when the fork server would import another copy of them.

    Python 3.11's fork server imports its preload with the working directory first on its
    path: run from a source checkout while an installed copy is in use (CI does exactly
    this), it would preload the checkout's gallery. Workers then hold two copies at once and
    their results no longer pickle; better to import the caller's copy in each worker."""
    if getattr(sys, "frozen", False):
        return list(PRELOAD)  # a built app imports only its own bundle, wherever it runs
    ours = getattr(sys.modules.get("gallery"), "__file__", None)
    candidate = os.path.join(os.getcwd(), "gallery", "__init__.py")
    if ours and os.path.exists(candidate) and os.path.realpath(candidate) != os.path.realpath(ours):
        return [name for name in PRELOAD if not name.startswith("gallery")]
    return list(PRELOAD)


def processes_allowed(frozen_support: bool = False) -> bool:
    """Whether worker processes may be used here.

    Not in a frozen app unless it opted in (``frozen_support``) (without ``freeze_support()`` a child would start
    the app again), not inside a worker (no nesting), not where there is no fork server
    (Windows: ``spawn`` would re-run the caller's main module), and not when the user set
    ``STILLS_NO_WORKERS=1``.
    """
    if getattr(sys, "frozen", False) and not frozen_support:
        return False
    if multiprocessing.parent_process() is not None:
        return False
    if "forkserver" not in multiprocessing.get_all_start_methods():
        return False
    return os.environ.get("STILLS_NO_WORKERS", "") in ("", "0")


def _start_fork_server() -> None:
    try:
        _context()
        from multiprocessing import forkserver

        forkserver.ensure_running()
    except (OSError, ValueError, RuntimeError, ImportError):
        pass


class _Worker:
    def __init__(self, ctx: Any) -> None:
        parent, child = ctx.Pipe(duplex=True)
        self.conn: Connection = parent
        package = getattr(sys.modules.get("gallery"), "__file__", None)
        self.process = ctx.Process(target=_worker_main, args=(child, package), daemon=True, name="stills-guard")
        self.process.start()
        child.close()

    def kill(self) -> int | None:
        try:
            self.process.kill()
            self.process.join(2.0)
        except (OSError, ValueError, AssertionError):
            pass
        try:
            self.conn.close()
        except OSError:
            pass
        code: int | None = self.process.exitcode
        return code

    def exitcode_after_death(self) -> int | None:
        self.process.join(1.0)
        code: int | None = self.process.exitcode
        self.kill()
        return code


class Guard:
    """A small pool of worker processes; ``run`` is thread-safe and blocks for one task.

    Use as a context manager (or call ``close``): workers are started on first use only.
    """

    def __init__(self, workers: int = 2, timeout: float = 10.0, allowed: bool | None = None) -> None:
        """``allowed``: whether processes may be used (an ``Isolation`` says); None asks
        ``processes_allowed`` with its defaults."""
        self.workers = max(1, workers)
        self.timeout = timeout
        self._idle: queue.Queue[_Worker | None] = queue.Queue()
        for _ in range(self.workers):
            self._idle.put(None)  # None: a slot whose worker is started when first needed
        self._all: set[_Worker] = set()
        self._lock = threading.Lock()
        self._closed = False
        self._broken = not (processes_allowed() if allowed is None else allowed)
        self.crashes = 0
        self.timeouts = 0

    @property
    def available(self) -> bool:
        return not self._broken and not self._closed

    def run(self, fn: Callable[..., Any], *args: Any, timeout: float | None = None) -> Any:
        """fn(*args) in a worker. ``fn`` and the arguments must pickle (module-level functions).

        Raises TaskTimeout, WorkerCrashed or GuardUnavailable; an exception raised by ``fn``
        itself is re-raised here as it was (it must pickle too).
        """
        if not self.available:
            raise GuardUnavailable("no worker processes")
        limit = self.timeout if timeout is None else timeout
        worker = self._idle.get()
        try:
            if worker is None or not worker.process.is_alive():
                worker = self._start()
            try:
                worker.conn.send((fn, args, limit))
            except (OSError, ValueError):
                self._forget(worker)
                worker = None
                self.crashes += 1
                raise WorkerCrashed() from None
            if not worker.conn.poll(limit):
                self._forget(worker)
                worker = None
                self.timeouts += 1
                raise TaskTimeout()
            try:
                ok, value = worker.conn.recv()
            except (EOFError, OSError, ConnectionError):
                code = worker.exitcode_after_death()
                self._forget(worker)
                worker = None
                self.crashes += 1
                raise WorkerCrashed(code) from None
        finally:
            self._idle.put(worker)
        if ok:
            return value
        raise value

    def _start(self) -> _Worker:
        try:
            worker = _Worker(_context())
        except (OSError, ValueError, RuntimeError, ImportError) as exc:
            self._broken = True
            raise GuardUnavailable(f"cannot start a worker ({exc})") from None
        with self._lock:
            if self._closed:
                worker.kill()
                raise GuardUnavailable("closed")
            self._all.add(worker)
        return worker

    def _forget(self, worker: _Worker) -> None:
        worker.kill()
        with self._lock:
            self._all.discard(worker)

    def close(self) -> None:
        with self._lock:
            self._closed = True
            workers = list(self._all)
            self._all.clear()
        for worker in workers:
            try:
                worker.conn.send(None)  # a polite stop; killed below if it does not go
            except (OSError, ValueError):
                pass
        deadline = time.monotonic() + 1.0
        for worker in workers:
            worker.process.join(max(0.0, deadline - time.monotonic()))
            if worker.process.is_alive():
                worker.kill()
            else:
                try:
                    worker.conn.close()
                except OSError:
                    pass

    def __enter__(self) -> Guard:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


class Isolation:
    """How this app runs untrusted decoding: made once by an entry point (``gallery``'s
    command line, the window's ``run``) and handed to everything that decodes or parses.

    ``pool`` makes a pool for one batch of work (a kit's metadata, ``gallery thumbs``);
    ``shared`` is the app's long-lived pool for decodes someone is looking at (the window's
    thumbnails, preview, slideshow and copy), started at first use and ended by ``close``.
    Where processes are not allowed (see ``processes_allowed``) every pool is unavailable and
    callers do the work in-process under the in-process limits alone.
    """

    def __init__(
        self, frozen_support: bool = False, workers: int = SHARED_WORKERS, timeout: float = SHARED_TIMEOUT
    ) -> None:
        self.frozen_support = frozen_support
        self.workers = workers
        self.timeout = timeout
        self._shared: Guard | None = None
        self._lock = threading.Lock()
        self._closed = False

    @property
    def allowed(self) -> bool:
        """Whether worker processes may be used (asked afresh: the environment may change)."""
        return processes_allowed(self.frozen_support)

    def start_early(self) -> None:
        """Start the fork server now, in the background, where worker processes will be used.

        Its imports of Pillow, exifread and our modules (~0.25 s) then overlap the caller's
        own start-up (a command's imports, the window being built) instead of delaying the
        first guarded task. Costs nothing when it is already running; failures are left for
        ``Guard.run``."""
        if self.allowed:
            _start_fork_server()

    def pool(self, workers: int, timeout: float) -> Guard:
        """A pool of its own for one batch of work; the caller closes it."""
        return Guard(workers=workers, timeout=timeout, allowed=self.allowed)

    def shared(self) -> Guard:
        """The app's long-lived pool (thread-safe; after ``close``, an unavailable one)."""
        with self._lock:
            if self._shared is None:
                self._shared = Guard(self.workers, self.timeout, allowed=self.allowed and not self._closed)
            return self._shared

    def close(self) -> None:
        with self._lock:
            self._closed = True
            shared, self._shared = self._shared, None
        if shared is not None:
            shared.close()


# --- the worker side ---------------------------------------------------------------------


def _worker_setup() -> None:
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the parent's to handle
    if not os.environ.get("STILLS_DEBUG"):
        # libtiff and libjpeg print their complaints about a damaged file straight to fd 2
        # ("TIFFFillStrip: Read error on strip 0"); from a worker that is noise on the
        # user's terminal. What went wrong comes back through the pipe instead.
        try:
            devnull = os.open(os.devnull, os.O_WRONLY)
            os.dup2(devnull, 2)
            os.close(devnull)
        except OSError:
            pass
    try:
        import resource

        soft, hard = resource.getrlimit(resource.RLIMIT_AS)
        cap = WORKER_MEMORY_BYTES if hard == resource.RLIM_INFINITY else min(hard, WORKER_MEMORY_BYTES)
        if soft == resource.RLIM_INFINITY or soft > cap:
            resource.setrlimit(resource.RLIMIT_AS, (cap, hard))
    except (ImportError, ValueError, OSError):
        pass
    if sys.platform.startswith("linux"):
        try:  # die with the fork server, which dies with the app: no orphan keeps burning CPU
            import ctypes

            ctypes.CDLL(None).prctl(1, signal.SIGKILL)  # PR_SET_PDEATHSIG
        except (OSError, AttributeError):
            pass


def _worker_main(conn: Connection, package: str | None = None) -> None:
    _worker_setup()
    preloaded = getattr(sys.modules.get("gallery"), "__file__", None)
    if package and preloaded and os.path.realpath(preloaded) != os.path.realpath(package):
        for name in [m for m in sys.modules if m == "gallery" or m.startswith("gallery.")]:
            del sys.modules[name]  # the fork server's copy: the caller's is imported on demand
    has_alarm = hasattr(signal, "alarm")
    while True:
        try:
            task = conn.recv()
        except (EOFError, OSError, KeyboardInterrupt):
            return
        if task is None:
            return
        fn, args, limit = task
        if has_alarm:
            # SIGALRM's default action ends the process even inside C code; the parent has
            # given up on the task by then anyway.
            signal.alarm(max(1, int(limit) + 2))
        try:
            result: tuple[bool, Any] = (True, fn(*args))
        except BaseException as exc:  # noqa: BLE001 - everything goes back to the caller
            result = (False, _picklable(exc))
        if has_alarm:
            signal.alarm(0)
        try:
            conn.send(result)
        except Exception as exc:  # noqa: BLE001 - e.g. a result that does not pickle
            conn.send((False, RuntimeError(f"worker result could not be sent ({type(exc).__name__})")))


def _picklable(exc: BaseException) -> BaseException:
    import pickle

    try:
        pickle.loads(pickle.dumps(exc))
        return exc
    except Exception:  # noqa: BLE001
        return RuntimeError(f"{type(exc).__name__}: {exc}")
