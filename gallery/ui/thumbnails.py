"""The thumbnail scheduler: what to decode, in which order, and where results go.

The grid view tells the loader which stills are on screen (``prioritize``); the
loader keeps at most a few jobs per worker thread in flight, visible stills first,
then the ones a page away, then the rest of the kit (to warm the disk cache and
finish the progress count). It never fills the thread pool with thousands of
runnables: the queue is its own, so reordering or dropping work is free.

Every job is stamped with the kit generation and the still's file. A job whose kit
was replaced, or whose still scrolled away before a worker picked it up, is dropped
before decoding. Results are matched by file, never by grid row, and applied in
time-budgeted batches: one ``thumbnailsChanged`` (hence one ``dataChanged``) per
batch. Workers return ``QImage``; pixmaps are made here, on the GUI thread, and
kept in a byte-bounded LRU so memory stays flat at 10,000 stills.
"""

from __future__ import annotations

import logging
import time
from collections import deque
from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtGui import QImage, QPixmap

from gallery.core import imaging, thumbnailer
from gallery.core.kitview import origin_of
from gallery.core.sources import MemberError
from gallery.ui.i18n import translate
from gallery.ui.images import PixmapLRU, pil_to_qimage
from gallery.ui.tasks import Runner

if TYPE_CHECKING:
    from gallery.core.guard import Isolation
    from gallery.core.kitview import KitView
    from gallery.core.still import Still

log = logging.getLogger(__name__)


def bucket_for(pixels: int) -> int:
    """The smallest cached size at least ``pixels`` wide (device pixels): one of the core's
    freedesktop.org buckets (``imaging.BUCKETS``)."""
    return imaging.bucket_for(pixels)[1]


#: The bucket a preview counts as: below every real size, so it never replaces a real
#: thumbnail and its still stays needed until the real one lands.
PREVIEW_BUCKET = 0


class Preview:
    """A job's result that is the still's embedded EXIF preview, not its thumbnail."""

    __slots__ = ("image",)

    def __init__(self, image: QImage) -> None:
        self.image = image


def thumbnail_job(
    kit: KitView,
    still: Still,
    size: int,
    cache: imaging.ThumbnailCache,
    preview: bool = False,
    isolation: Isolation | None = None,
) -> QImage | Preview:
    """Worker side: read (or make) the cached thumbnail and hand back a QImage. For a
    collection (a ``CompoundKit``) the still's own kit and file are used, so the cache entry
    is the one its kit's grid made. With an ``isolation``, what must be decoded is decoded
    in its guard processes (a warm thumbnail is only read from the disk cache, here).

    With ``preview``, a still whose thumbnail is not in the disk cache (nor recorded as
    failed) gives its embedded EXIF preview instead, when it has one (a header read: a few
    milliseconds, where decoding a 24-megapixel JPEG takes a hundred)."""
    kit, still = origin_of(kit, still)
    entry = None
    if (preview or isolation is not None) and not still.error:
        try:
            entry = cache.entry(kit, still)  # the cache key, computed once for every question below
        except Exception:  # noqa: BLE001 - the key needs the file (it may have gone): loading says why
            entry = None
    if preview and entry is not None and not entry.is_current(size) and not entry.recorded_failure():
        if isolation is None:
            image = imaging.embedded_preview(kit, still)
        else:
            image = thumbnailer.shown_preview(isolation.shared(), kit, still)
        if image is not None:
            return Preview(pil_to_qimage(image))
    if isolation is None:
        img = imaging.load_thumbnail(kit, still, size, cache)
    else:
        img = thumbnailer.shown_thumbnail(isolation.shared(), kit, still, size, cache, entry)
    return pil_to_qimage(img)


def describe_error(error: BaseException) -> str:
    """A short reason for a tile, from whatever a worker raised."""
    # (The core's own reasons, in str(error), are English: it knows no Qt.)
    if isinstance(error, imaging.ImageError):
        return str(error) or translate("Thumbnails", "unreadable image")
    if isinstance(error, MemberError):
        return str(error) or translate("Thumbnails", "cannot read file")
    if isinstance(error, MemoryError):
        return translate("Thumbnails", "image too large")
    if isinstance(error, OSError):
        reason = error.strerror or type(error).__name__
        return translate("Thumbnails", "cannot read file ({reason})").format(reason=reason)
    return translate("Thumbnails", "unreadable image ({error})").format(error=type(error).__name__)


class ThumbnailLoader(QObject):
    """Schedules thumbnail jobs for one kit at a time and owns the thumbnails' pixmaps.

    Signals: thumbnailsChanged(list[str]) files whose thumbnail or error changed (one per batch);
    progressChanged(int done, int total).
    """

    thumbnailsChanged = Signal(list)
    progressChanged = Signal(int, int)

    #: Max wall time spent turning QImages into pixmaps per event-loop turn.
    BATCH_BUDGET_S = 0.008

    def __init__(
        self,
        runner: Runner,
        cache: imaging.ThumbnailCache,
        parent: QObject | None = None,
        memory_bytes: int = 96 * 1024 * 1024,  # about 600 tiles at 256 px: many screens
        jobs_per_thread: int = 2,
        isolation: Isolation | None = None,
    ) -> None:
        """``isolation``: where cold thumbnails are decoded (guard processes); None, here."""
        super().__init__(parent)
        self._runner = runner
        self._cache = cache
        self._isolation = isolation
        self._pixmaps = PixmapLRU(memory_bytes)
        self._max_in_flight = max(2, runner.bulk_threads * jobs_per_thread)
        self._kit: KitView | None = None
        self._stills: dict[str, Still] = {}
        self._order: list[str] = []
        self._generation = 0
        self._bucket = 256
        self._pix_bucket: dict[str, int] = {}
        self._errors: dict[str, str] = {}
        self._done: set[str] = set()  # thumbnail made at the current bucket (kept or not)
        self._previewed: set[str] = set()  # asked once for their EXIF preview: never again
        self._in_flight: dict[str, int] = {}  # file -> generation
        self._near: frozenset[str] = frozenset()
        self._near_queue: deque[str] = deque()  # on screen first, then a page away
        self._rest_queue: deque[str] = deque()  # the rest of the kit, to warm the disk cache
        self._near_waiting = 0  # len(_near_queue), read by workers
        self._arrived: deque[tuple[int, str, int, QImage | None, str | None]] = deque()
        self._apply_timer = QTimer(self)
        self._apply_timer.setSingleShot(True)
        self._apply_timer.setInterval(16)
        self._apply_timer.timeout.connect(self._on_apply_batch)
        self._last_progress: tuple[int, int] = (-1, -1)

    # -- what the model and view ask -------------------------------------------------
    @property
    def generation(self) -> int:
        return self._generation

    @property
    def bucket(self) -> int:
        return self._bucket

    @property
    def memory(self) -> PixmapLRU:
        return self._pixmaps

    @property
    def in_flight(self) -> int:
        return len(self._in_flight)

    def pixmap(self, file: str) -> QPixmap | None:
        return self._pixmaps.get(file)

    def error(self, file: str) -> str | None:
        return self._errors.get(file)

    def is_preview(self, file: str) -> bool:
        """Whether the pixmap shown for ``file`` is its embedded preview (the real one is coming)."""
        return file in self._pixmaps and self._pix_bucket.get(file) == PREVIEW_BUCKET

    def is_loading(self, file: str) -> bool:
        return file not in self._pixmaps and file not in self._errors

    def progress(self) -> tuple[int, int]:
        return len(self._done), len(self._order)

    # -- what the window tells it --------------------------------------------------------
    def set_kit(self, kit: KitView | None, generation: int) -> None:
        """Forget everything about the previous kit; results stamped with older generations are dropped."""
        self._kit = kit
        self._generation = generation
        self._stills = {s.file: s for s in kit.stills} if kit else {}
        self._order = [s.file for s in kit.stills] if kit else []
        self._pixmaps.clear()
        self._pix_bucket.clear()
        self._errors.clear()
        self._done.clear()
        self._previewed.clear()
        self._in_flight.clear()  # their results carry the old generation and are dropped
        self._near = frozenset()
        self._near_queue.clear()
        self._rest_queue = deque(self._order)
        self._near_waiting = 0
        self._arrived.clear()
        for still in self._stills.values():
            if still.error:
                self._done.add(still.file)  # nothing to decode; the tile shows still.error
        self._emit_progress()
        self._pump()

    def add_stills(self, kit: KitView, generation: int) -> None:
        """The kit on show, grown by the stills read after its first screen: pixmaps, errors and
        work in flight stay; the new stills join the queue that warms the cache."""
        if generation != self._generation or self._kit is None:
            self.set_kit(kit, generation)
            return
        self._kit = kit
        for still in kit.stills:
            if still.file in self._stills:
                continue
            self._stills[still.file] = still
            self._order.append(still.file)
            if still.error:
                self._done.add(still.file)
            else:
                self._rest_queue.append(still.file)
        self._emit_progress()
        self._pump()

    def set_bucket(self, bucket: int) -> None:
        """Ask for thumbnails of another cached size (after a big zoom). Current pixmaps stay until replaced."""
        if bucket == self._bucket:
            return
        self._bucket = bucket
        self._done = {f for f, b in self._pix_bucket.items() if b >= bucket and f in self._pixmaps}
        self._done |= {f for f in self._errors}
        self._done |= {f for f, s in self._stills.items() if s.error}
        self._near_queue = deque(f for f in self._order if f in self._near)
        self._rest_queue = deque(self._order)
        self._emit_progress()
        self._pump()

    def prioritize(self, near: Sequence[str], rest: Iterable[str] | None = None) -> None:
        """``near``: files on screen first, then the ones a page away. ``rest``: everything else, in order.

        Jobs already queued for files no longer near lose their turn; those already
        handed to a worker are dropped there if it has not started them.
        """
        self._near = frozenset(near)
        wanted = [f for f in dict.fromkeys(near) if self._needs(f, near=True)]
        # Tiles showing nothing yet come first (their preview is a header read away), then the
        # real thumbnails of those showing a preview.
        self._near_queue = deque(sorted(wanted, key=lambda f: f in self._pixmaps or f in self._previewed))
        self._rest_queue = deque(
            f for f in (self._order if rest is None else rest) if f not in self._near and self._needs(f, near=False)
        )
        self._pump()

    def shutdown(self) -> None:
        self._near_queue.clear()
        self._rest_queue.clear()
        self._near_waiting = 0
        self._apply_timer.stop()
        self._kit = None
        self._generation += 1  # anything still running reports to nobody

    # -- scheduling ----------------------------------------------------------------------------
    def _needs(self, file: str, near: bool) -> bool:
        if file in self._in_flight or file in self._errors or file not in self._stills:
            return False
        if self._stills[file].error:
            return False
        have = self._pix_bucket.get(file, 0) if file in self._pixmaps else 0
        if have >= self._bucket:
            return False
        # Off screen and already made once: it is in the disk cache; load it when it comes on screen.
        return near or file not in self._done

    def _pump(self) -> None:
        kit = self._kit
        if kit is None:
            return
        while len(self._in_flight) < self._max_in_flight and (self._near_queue or self._rest_queue):
            file = (self._near_queue or self._rest_queue).popleft()
            is_near = file in self._near
            if self._needs(file, near=is_near):
                self._submit(kit, file, is_near)
        self._near_waiting = len(self._near_queue)

    def _submit(self, kit: KitView, file: str, is_near: bool) -> None:
        generation = self._generation
        bucket = self._bucket
        still = self._stills[file]
        cache = self._cache
        isolation = self._isolation
        # On screen (or, before the view said what is, the top of the kit), never shown yet and
        # never previewed: its EXIF preview first, if it has one.
        preview = (is_near or not self._near) and file not in self._previewed and file not in self._pixmaps
        self._in_flight[file] = generation

        def wanted() -> bool:
            # Runs in the worker just before decoding. Reads two attributes the GUI
            # thread replaces wholesale (an int and a frozenset): atomic under the GIL.
            if generation != self._generation:
                return False
            if file in self._near:
                return True
            # Scrolled away, or background work while stills on screen wait for a worker.
            return not is_near and self._near_waiting == 0

        def on_result(value: QImage | Preview) -> None:
            if preview:
                self._previewed.add(file)
            if isinstance(value, Preview):
                self._arrived.append((generation, file, PREVIEW_BUCKET, value.image, None))
            else:
                self._arrived.append((generation, file, bucket, value, None))
            self._schedule_apply()

        def on_error(error: BaseException) -> None:
            if not isinstance(error, (imaging.ImageError, OSError, MemoryError)):
                log.warning("thumbnail of %s failed: %r", file, error)
            self._arrived.append((generation, file, bucket, None, describe_error(error)))
            self._schedule_apply()

        def on_settled() -> None:
            if self._in_flight.get(file) == generation:
                del self._in_flight[file]
                if generation == self._generation and not self._has_result(file, bucket):
                    pending = any(a[1] == file for a in self._arrived)
                    if not pending:
                        # Dropped before decoding: it goes back in line.
                        (self._near_queue if file in self._near else self._rest_queue).append(file)
            self._pump()

        self._runner.run(
            lambda _context: thumbnail_job(kit, still, bucket, cache, preview, isolation),
            on_result,
            on_error,
            wanted=wanted,
            on_settled=on_settled,
            priority=1 if is_near else 0,
            name=f"thumbnail {file}",
        )

    def _has_result(self, file: str, bucket: int) -> bool:
        return (
            file in self._errors
            or (file in self._pixmaps and self._pix_bucket.get(file, 0) >= bucket)
            or (file in self._done)
        )

    # -- applying results ------------------------------------------------------------------
    def _schedule_apply(self) -> None:
        if not self._apply_timer.isActive():
            self._apply_timer.start()

    def _on_apply_batch(self) -> None:
        start = time.perf_counter()
        changed: list[str] = []
        while self._arrived:
            generation, file, bucket, qimage, error = self._arrived.popleft()
            if generation != self._generation or file not in self._stills:
                continue  # a previous kit's result
            if error is not None:
                self._errors[file] = error
                self._done.add(file)
                changed.append(file)
            elif qimage is not None and bucket == PREVIEW_BUCKET:
                # Shown only where nothing is; the still stays needed and goes back in line.
                if file not in self._pixmaps:
                    pixmap = QPixmap.fromImage(qimage)
                    if file in self._near or not self._pixmaps.would_evict(pixmap):
                        for evicted in self._pixmaps.put(file, pixmap):
                            self._pix_bucket.pop(evicted, None)
                        self._pix_bucket[file] = PREVIEW_BUCKET
                        changed.append(file)
                if file not in self._in_flight:
                    (self._near_queue if file in self._near else self._rest_queue).append(file)
            elif qimage is not None:
                if bucket >= self._bucket:
                    self._done.add(file)
                current = self._pix_bucket.get(file, 0) if file in self._pixmaps else 0
                if bucket >= current:  # never replace a sharper pixmap with a blurrier one
                    pixmap = QPixmap.fromImage(qimage)
                    # Off-screen results only fill free memory; they never push out what is on screen.
                    if file in self._near or not self._pixmaps.would_evict(pixmap):
                        for evicted in self._pixmaps.put(file, pixmap):
                            self._pix_bucket.pop(evicted, None)
                        self._pix_bucket[file] = bucket
                        changed.append(file)
            if time.perf_counter() - start > self.BATCH_BUDGET_S:
                break
        if self._arrived:
            self._apply_timer.start(0)
        if changed:
            self.thumbnailsChanged.emit(changed)
        self._emit_progress()
        self._pump()

    def _emit_progress(self) -> None:
        progress = self.progress()
        if progress != self._last_progress:
            self._last_progress = progress
            self.progressChanged.emit(*progress)
