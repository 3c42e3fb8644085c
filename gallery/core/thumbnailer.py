"""Building many thumbnails at once: the pipeline behind `gallery thumbs`.

Each still is decoded in a guard process (``gallery.core.guard``): a file that hangs a
decoder is given up after ``THUMBNAIL_TIMEOUT`` ("timed out"), one that crashes it costs only
that worker ("decoder crashed"); either is recorded like any other failure and the rest of
the kit is made. Processes cost nothing in speed here (measured: 2 processes matched 2
threads on the sample kit), and they keep the command alive whatever the kit holds.

The worker also encodes and writes the cache entry and answers only "written": when the
parent encoded the PNG, each worker sat idle for that (~7 ms of every ~130 ms still).

The window decodes the same way (``shown_thumbnail``, ``shown_preview``, ``decode_shown``),
in its ``Isolation``'s shared pool, so a decoder crash costs one tile, not the window. A
thumbnail already in the disk cache is read here (a file read, no worker); pixels come back
from a worker as bytes (``Pixels``), which the caller turns into what it paints.
"""

from __future__ import annotations

import functools
import os
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor, as_completed
from dataclasses import dataclass, field
from pathlib import Path
from typing import TypeVar

from PIL import Image

from gallery.core import guard as guards
from gallery.core.imaging import (
    CacheEntry,
    ImageError,
    ThumbnailCache,
    bucket_for,
    decode_image,
    decode_stream,
    embedded_preview,
    embedded_preview_stream,
    load_thumbnail,
    write_png,
)
from gallery.core.kit import Kit, SourceSpec, open_spec, source_spec
from gallery.core.kitview import KitView, origin_of
from gallery.core.reasons import Reason
from gallery.core.sources import MemberError
from gallery.core.still import Still

T = TypeVar("T")

#: A decode of one still in a guard process is stopped after this long.
THUMBNAIL_TIMEOUT = 40.0
#: An embedded preview is a header read: one that takes longer is no preview.
PREVIEW_TIMEOUT = 5.0

#: An image as it crosses the pipe from a worker: (mode, size, raw bytes).
Pixels = tuple[str, tuple[int, int], bytes]


@dataclass
class ThumbnailReport:
    made: int = 0
    cached: int = 0
    failed: list[tuple[str, str]] = field(default_factory=list)


def build_thumbnails(
    kit: Kit,
    size: int = 256,
    jobs: int | None = None,
    cache: ThumbnailCache | None = None,
    progress: Callable[[int, int], None] | None = None,
    isolation: guards.Isolation | None = None,
) -> ThumbnailReport:
    """Make every missing thumbnail of the kit, each decoded in a pool of ``isolation`` (by
    default, worker processes wherever they are allowed)."""
    cache = cache or ThumbnailCache()
    report = ThumbnailReport()
    todo: list[CacheEntry] = []
    for still in kit.stills:
        if still.error:
            report.failed.append((still.file, still.error))
            continue
        try:
            entry = cache.entry(kit, still)  # its key, computed once for all that follows
        except MemberError as exc:  # the key needs the file's path: it may have gone
            report.failed.append((still.file, str(exc)))
            continue
        if entry.is_current(size):
            report.cached += 1
        else:
            todo.append(entry)
    total = len(kit.stills)
    done = total - len(todo)
    if progress:
        progress(done, total)

    workers = jobs or os.cpu_count() or 2
    with (isolation or guards.Isolation()).pool(workers, THUMBNAIL_TIMEOUT) as guard:

        def make(entry: CacheEntry) -> str | None:
            try:
                make_thumbnail(guard, kit, entry, size)
            except ImageError as exc:
                return str(exc)
            return None

        with ThreadPoolExecutor(max_workers=workers) as pool:
            futures = {pool.submit(make, entry): entry.still for entry in todo}
            for future in as_completed(futures):
                error = future.result()
                if error:
                    report.failed.append((futures[future].file, error))
                else:
                    report.made += 1
                done += 1
                if progress:
                    progress(done, total)
    report.failed.sort()
    return report


def make_thumbnail(
    guard: guards.Guard, kit: Kit, entry: CacheEntry, size: int, keep: bool = False
) -> Image.Image | None:
    """Decode one still (``entry.still``) and write its cache entry, both in a guard process;
    ImageError with the reason when it cannot be made (recorded, unless the reason may pass).
    With ``keep``, the thumbnail comes back too (the window shows it); else None (nothing
    crosses the pipe)."""
    still = entry.still
    if still.error:
        raise ImageError(still.error)
    bucket, pixels = bucket_for(size)
    failure = entry.recorded_failure()
    if failure:
        raise ImageError(failure)
    spec = source_spec(kit.source, still.file) if guard.available else None
    target = entry.target(bucket) if spec is not None else None
    if spec is None or target is None:  # no workers, or nowhere to write: the in-memory path
        decode = functools.partial(decode_guarded, guard)
        return load_thumbnail(kit, still, size, entry.cache, decode=decode, entry=entry)
    try:
        written, image = _run_in_worker(
            guard, thumbnail_task, spec, still.file, still.orientation, pixels, str(target), entry.texts(), keep
        )
    except guards.GuardUnavailable:
        return load_thumbnail(kit, still, size, entry.cache, entry=entry)
    except ImageError as exc:
        entry.record_failure(exc.reason)
        raise
    if not written:
        entry.cache.mark_unwritable()
    if image is None:
        return None
    thumbnail = _from_pixels(image)
    if max(thumbnail.size) > size:
        thumbnail.thumbnail((size, size), Image.Resampling.BICUBIC)
    return thumbnail


def shown_thumbnail(
    guard: guards.Guard, kit: Kit, still: Still, size: int, cache: ThumbnailCache, entry: CacheEntry | None = None
) -> Image.Image:
    """``load_thumbnail`` for the window: a thumbnail in the disk cache is read here, a cold
    one is decoded (and cached) in a guard process. ``entry``: the still's, if the caller
    has it already. Raises only ImageError."""
    if still.error:
        raise ImageError(still.error)
    try:
        entry = entry or cache.entry(kit, still)
    except MemberError as exc:  # the cache key needs the file's path: it may have gone
        raise ImageError(str(exc)) from None
    image = entry.read(size)
    if image is None:
        image = make_thumbnail(guard, kit, entry, size, keep=True)
        assert image is not None  # kept: make_thumbnail gives it back or raises
    elif max(image.size) > size:
        image.thumbnail((size, size), Image.Resampling.BICUBIC)
    return image


def shown_preview(guard: guards.Guard, kit: Kit, still: Still) -> Image.Image | None:
    """``embedded_preview`` read in a guard process (in-process where there are none); None
    when the still has none, or when reading it failed in any way."""
    if still.error:
        return None
    spec = source_spec(kit.source, still.file) if guard.available else None
    if spec is None:
        return embedded_preview(kit, still)
    try:
        found = guard.run(preview_task, spec, still.file, still.orientation, timeout=PREVIEW_TIMEOUT)
    except guards.GuardUnavailable:
        return embedded_preview(kit, still)
    except Exception:  # noqa: BLE001 - a worker that crashed or hung on it: no preview, the decode says why
        return None
    return _from_pixels(found) if found is not None else None


def decode_shown(guard: guards.Guard, view: KitView, still: Still, width: int, height: int) -> Image.Image:
    """``decode_image`` of a still as shown (a collection's too), in a guard process."""
    if still.error:
        raise ImageError(still.error)
    try:
        kit, real = origin_of(view, still)
    except MemberError as exc:
        raise ImageError(str(exc)) from None
    return decode_guarded(guard, kit, real, width, height)


def decode_guarded(guard: guards.Guard, kit: Kit, still: Still, width: int, height: int) -> Image.Image:
    """decode_image in a guard process; in-process when there are no worker processes."""
    spec = source_spec(kit.source, still.file) if guard.available else None
    if spec is None:
        return decode_image(kit, still, width, height)
    try:
        pixels = _run_in_worker(guard, decode_task, spec, still.file, still.orientation, width, height)
    except guards.GuardUnavailable:
        return decode_image(kit, still, width, height)
    return _from_pixels(pixels)


def _from_pixels(pixels: Pixels) -> Image.Image:
    mode, size, data = pixels
    return Image.frombytes(mode, size, data)


def _to_pixels(image: Image.Image) -> Pixels:
    return image.mode, image.size, image.tobytes()


def _run_in_worker(guard: guards.Guard, task: Callable[..., T], *args: object) -> T:
    """``task(*args)`` in a guard process; whatever stops it is an ImageError with the reason for
    the user. GuardUnavailable goes through: the caller then does the work in-process."""
    try:
        return guard.run(task, *args)  # type: ignore[no-any-return]
    except guards.GuardUnavailable:
        raise
    except (guards.GuardError, MemberError) as exc:
        raise ImageError(str(exc)) from None
    except ImageError:
        raise
    except Exception as exc:  # noqa: BLE001 - whatever came back, it is this still's failure
        raise ImageError(f"damaged file ({type(exc).__name__})") from None


def _decode_in_worker(spec: SourceSpec, file: str, orientation: int | None, width: int, height: int) -> Image.Image:
    try:
        with open_spec(spec, file) as fh:
            return decode_stream(fh, orientation, width, height)
    except MemberError as exc:
        raise ImageError(str(exc)) from None
    except OSError as exc:
        raise ImageError(Reason.passing(f"unreadable ({exc.strerror or type(exc).__name__})")) from None


def thumbnail_task(
    spec: SourceSpec,
    file: str,
    orientation: int | None,
    box: int,
    target: str,
    texts: dict[str, str],
    keep: bool = False,
) -> tuple[bool, Pixels | None]:
    """In a worker: decode one still to fit the box and write its cache entry at ``target``.
    Gives back whether the cache could be written, and with ``keep`` the pixels."""
    image = _decode_in_worker(spec, file, orientation, box, box)
    return write_png(Path(target), image, texts), _to_pixels(image) if keep else None


def decode_task(spec: SourceSpec, file: str, orientation: int | None, width: int, height: int) -> Pixels:
    """In a worker: decode one still to fit the box; the pixels go back as bytes."""
    return _to_pixels(_decode_in_worker(spec, file, orientation, width, height))


def preview_task(spec: SourceSpec, file: str, orientation: int | None) -> Pixels | None:
    """In a worker: the still's embedded EXIF preview, or None."""
    try:
        with open_spec(spec, file) as fh:
            image = embedded_preview_stream(fh, orientation)
    except (MemberError, OSError):
        return None
    return _to_pixels(image) if image is not None else None
