"""Measurements for benchmarks/run.py that need the real window (not shipped with the app).

They drive the window through what it offers anyone (``open_path``, ``kit``, ``loading``,
its ``grid``, ``proxy`` and ``loader``); the slideshow's prefetch state has no public face yet,
so the three private reads it needs are kept together in ``_SlideshowPeek``.
"""

from __future__ import annotations

import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QSettings, Qt, QTimer
from PySide6.QtWidgets import QApplication

if TYPE_CHECKING:
    from gallery.core.guard import Isolation


def _peak_rss_mb() -> float:
    """This process's own peak RSS (VmHWM): ru_maxrss carries the forking parent's over exec."""
    with open("/proc/self/status") as status:
        return next(int(line.split()[1]) for line in status if line.startswith("VmHWM")) / 1024


def _app_isolation() -> Isolation:
    """What ``gallery.ui.app.run`` gives the window: stills decoded in guard processes."""
    from gallery.core import guard

    return guard.Isolation()


def _closing(isolation: Isolation, finish: Callable[[], None]) -> Callable[[], None]:
    def done() -> None:
        isolation.close()
        finish()

    return done


def probe_first_screen(
    app: QApplication, kit_path: str, started: float, result: dict[str, Any], finish: Callable[[], None]
) -> None:
    """Open the kit in a 1400×900 window; note when every tile on the first screen shows its
    thumbnail (painted), then scroll end to end a screen per frame at 60 Hz, noting each
    frame's time (lateness plus paint) and peak memory."""
    from gallery.ui.grid import FileRole
    from gallery.ui.window import MainWindow

    settings = QSettings(str(Path(tempfile.mkdtemp()) / "s.ini"), QSettings.Format.IniFormat)
    isolation = _app_isolation()
    window = MainWindow(settings, isolation=isolation)
    finish = _closing(isolation, finish)
    window.resize(1400, 900)
    window.show()
    window.open_path(kit_path)

    def first_screen_ready() -> bool:
        first, last = window.grid.visible_rows()
        if last < first:
            return False
        files = [window.proxy.index(r, 0).data(FileRole) for r in range(first, last + 1)]
        return all(window.loader.pixmap(f) is not None or window.loader.error(f) for f in files)

    def poll() -> None:
        if window.kit is not None and first_screen_ready():
            window.grid.viewport().repaint()  # the frame with every thumbnail is on screen
            result["first_paint_s"] = time.perf_counter() - started
            result["first_paint_rss_mb"] = _peak_rss_mb()
            scroll()
        else:
            QTimer.singleShot(5, poll)

    def scroll() -> None:
        if window.loading.is_loading():  # the first screen came before the rest of the kit: wait for all rows
            QTimer.singleShot(20, scroll)
            return
        result["kit_loaded_s"] = time.perf_counter() - started
        bar = window.grid.verticalScrollBar()
        step = max(1, window.grid.viewport().height())  # a screen of new tiles every frame: the worst case
        frame_s = 1 / 60
        frames: list[float] = []
        scroll_started = time.perf_counter()
        due = {"at": scroll_started}
        pacer = QTimer(window)  # a precise timer: the coarse default may fire 5 % late by design
        pacer.setSingleShot(True)
        pacer.setTimerType(Qt.TimerType.PreciseTimer)

        def tick() -> None:
            # A frame's time: how late its tick came (the GUI thread busy with arriving
            # thumbnails) plus moving the view and painting it, synchronously.
            began = time.perf_counter()
            if bar.value() >= bar.maximum() or len(frames) > 4000:
                result["scroll_s"] = began - scroll_started
                result["scroll_frames"] = len(frames)
                ordered = sorted(frames)
                result["scroll_longest_ms"] = 1000 * ordered[-1] if ordered else 0.0
                result["scroll_worst"] = sorted(((round(1000 * f, 1), i) for i, f in enumerate(frames)), reverse=True)[
                    :6
                ]
                result["scroll_p99_ms"] = 1000 * ordered[int(0.99 * (len(ordered) - 1))] if ordered else 0.0
                result["scrolled_peak_rss_mb"] = _peak_rss_mb()
                result["pixmap_cache_mb"] = window.loader.memory.bytes_used / 1e6
                finish()
                return
            bar.setValue(bar.value() + step)
            window.grid.viewport().repaint()
            done = time.perf_counter()
            frames.append(max(0.0, began - due["at"]) + (done - began))
            due["at"] = max(done, due["at"] + frame_s)
            pacer.start(max(0, round(1000 * (due["at"] - done))))

        pacer.timeout.connect(tick)
        due["at"] = time.perf_counter()
        tick()

    QTimer.singleShot(0, poll)


def probe_cold_first_screen(
    app: QApplication, kit_path: str, started: float, result: dict[str, Any], finish: Callable[[], None]
) -> None:
    """Open a kit whose thumbnails are not cached in a 1400×900 window. Notes, from the moment
    the kit is asked to open: when every tile on the first screen shows a picture (an embedded
    EXIF preview counts) and is painted, and when every one of them shows its real thumbnail."""
    from gallery.ui.grid import FileRole
    from gallery.ui.window import MainWindow

    settings = QSettings(str(Path(tempfile.mkdtemp()) / "s.ini"), QSettings.Format.IniFormat)
    isolation = _app_isolation()
    window = MainWindow(settings, isolation=isolation)
    finish = _closing(isolation, finish)
    window.resize(1400, 900)
    window.show()
    app.processEvents()
    result["window_s"] = time.perf_counter() - started
    opened = time.perf_counter()
    window.open_path(kit_path)

    def visible() -> list[str] | None:
        if window.kit is None:
            return None
        first, last = window.grid.visible_rows()
        if last < first:
            return None
        return [window.proxy.index(r, 0).data(FileRole) for r in range(first, last + 1)]

    def shown(file: str, real: bool) -> bool:
        loader = window.loader
        if loader.error(file):
            return True
        return loader.pixmap(file) is not None and not (real and loader.is_preview(file))

    def poll() -> None:
        files = visible()
        now = time.perf_counter()
        if files and "kit_loaded_s" not in result:
            result["kit_loaded_s"] = now - opened
        if files and "first_paint_s" not in result and all(shown(f, real=False) for f in files):
            window.grid.viewport().repaint()  # the frame with a picture on every tile
            result["first_paint_s"] = time.perf_counter() - opened
            result["tiles"] = len(files)
            result["previews"] = sum(1 for f in files if window.loader.is_preview(f))
        if files and all(shown(f, real=True) for f in files):
            window.grid.viewport().repaint()
            result["first_paint_s"] = result.get("first_paint_s", time.perf_counter() - opened)
            result["tiles"] = len(files)
            result["real_s"] = time.perf_counter() - opened
            finish()
            return
        if now - opened > 120:
            finish()
            return
        QTimer.singleShot(2, poll)

    QTimer.singleShot(0, poll)


class _SlideshowPeek:
    """The slideshow's prefetch cache, seen from outside: the only private attributes a probe
    reads (if the slideshow grows public methods for these, use them here)."""

    def __init__(self, show: Any) -> None:
        self._show = show

    def next_is_decoded(self) -> bool:
        show = self._show
        return show._key(show.stills[(show.index + 1) % len(show.stills)]) in show._cache

    def nothing_in_flight(self) -> bool:
        return not self._show._in_flight

    def forget_decoded(self) -> None:
        self._show._cache.clear()


def slideshow_step_times(corpus: Path) -> dict[str, float]:
    """Key press to the next still on screen at 1920×1080, prefetched and cold, in milliseconds."""
    from gallery.core.kit import open_kit
    from gallery.ui.app import make_application
    from gallery.ui.slideshow import Slideshow, SlideshowOptions
    from gallery.ui.tasks import TaskRunner

    app = make_application()
    kit = open_kit(corpus)
    runner = TaskRunner()
    options = SlideshowOptions(interval_s=120.0, crossfade=False)
    isolation = _app_isolation()
    show = Slideshow(kit, kit.stills, 0, runner, options, isolation=isolation)
    show.resize(1920, 1080)
    show.start(full_screen=False)
    show.resize(1920, 1080)

    def wait(predicate: Callable[[], bool], timeout: float = 60.0) -> None:
        deadline = time.monotonic() + timeout
        while not predicate() and time.monotonic() < deadline:
            app.processEvents()
            time.sleep(0.001)

    peek = _SlideshowPeek(show)
    wait(lambda: show.displayed is show.current)
    prefetched: list[float] = []
    cold: list[float] = []
    for _ in range(min(4, len(kit.stills) - 2)):
        # Prefetched: wait until the next one is decoded, then step.
        wait(peek.next_is_decoded)
        show.next()
        wait(lambda: show.displayed is show.current)
        prefetched.append(show.last_step_ms or 0.0)
        # Cold: let prefetches settle, forget everything decoded, then step.
        wait(peek.nothing_in_flight)
        peek.forget_decoded()
        show.next()
        wait(lambda: show.displayed is show.current)
        cold.append(show.last_step_ms or 0.0)
    show.close()
    runner.shutdown()
    isolation.close()
    prefetched.sort()
    cold.sort()
    return {
        "prefetched step (median), key press to picture on screen": prefetched[len(prefetched) // 2],
        "cold step (median), decode at screen size included": cold[len(cold) // 2],
    }
