"""Building many thumbnails at once: the pipeline behind `gallery thumbs`.

Each still is decoded in a guard process (``gallery.core.guard``): a file that hangs a
decoder is given up after ``THUMBNAIL_TIMEOUT`` ("timed out"), one that crashes it costs only
that worker ("decoder crashed"); either is recorded like any other failure and the rest of
the kit is made. Processes cost nothing in speed here (measured: 2 processes matched 2
threads on the sample kit), and they keep the command alive whatever the kit holds.

The worker also encodes and writes the cache entry and answers only "written": when the
parent encoded the PNG, each worker sat idle for that (~7 ms of every ~130 ms still).
"""

from __future__ import annotations

import os
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor, as_completed
from dataclasses import dataclass, field
from pathlib import Path
from typing import TypeVar

from PIL import Image

from gallery.core import guard as guards
from gallery.core.imaging import (
    ImageError,
    ThumbnailCache,
    bucket_for,
    decode_image,
    decode_stream,
    load_thumbnail,
    write_png,
)
from gallery.core.kit import Kit, SourceSpec, open_spec, source_spec
from gallery.core.sources import MemberError
from gallery.core.still import Still

T = TypeVar("T")

#: A decode of one still in a guard process is stopped after this long.
THUMBNAIL_TIMEOUT = 40.0


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
) -> ThumbnailReport:
    """Make every missing thumbnail of the kit. Threads suffice: Pillow releases the GIL."""
    cache = cache or ThumbnailCache()
    report = ThumbnailReport()
    todo: list[Still] = []
    for still in kit.stills:
        if still.error:
            report.failed.append((still.file, still.error))
        elif cache.is_current(kit, still, size):
            report.cached += 1
        else:
            todo.append(still)
    total = len(kit.stills)
    done = total - len(todo)
    if progress:
        progress(done, total)

    workers = jobs or os.cpu_count() or 2
    with guards.Guard(workers=workers, timeout=THUMBNAIL_TIMEOUT) as guard:

        def make(still: Still) -> str | None:
            try:
                make_thumbnail(guard, kit, still, size, cache)
            except ImageError as exc:
                return str(exc)
            return None

        with ThreadPoolExecutor(max_workers=workers) as pool:
            futures = {pool.submit(make, still): still for still in todo}
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


def make_thumbnail(guard: guards.Guard, kit: Kit, still: Still, size: int, cache: ThumbnailCache) -> None:
    """Decode one still and write its cache entry, both in a guard process; ImageError with
    the reason when it cannot be made (recorded, unless the reason may pass)."""
    if still.error:
        raise ImageError(still.error)
    bucket, pixels = bucket_for(size)
    try:
        failure = cache.recorded_failure(kit, still)
        spec = source_spec(kit.source, still.file) if guard.available and not failure else None
        target = cache.target(kit, still, bucket) if spec is not None else None
        texts = cache.entry_texts(kit, still) if target is not None else {}
    except MemberError as exc:  # the cache key needs the file's path: it may have gone
        raise ImageError(str(exc)) from None
    except OSError as exc:  # the ZIP kit itself is gone
        raise ImageError(f"unreadable ({exc.strerror or type(exc).__name__})") from None
    if failure:
        raise ImageError(failure)
    if spec is None or target is None:  # no workers, or nowhere to write: the in-memory path
        load_thumbnail(kit, still, size, cache, decode=lambda k, s, w, h: decode_guarded(guard, k, s, w, h))
        return
    try:
        written = _run_in_worker(guard, thumbnail_task, spec, still.file, still.orientation, pixels, str(target), texts)
    except guards.GuardUnavailable:
        load_thumbnail(kit, still, size, cache)
        return
    except ImageError as exc:
        cache.record_failure(kit, still, str(exc))
        raise
    if not written:
        cache.mark_unwritable()


def decode_guarded(guard: guards.Guard, kit: Kit, still: Still, width: int, height: int) -> Image.Image:
    """decode_image in a guard process; in-process when there are no worker processes."""
    spec = source_spec(kit.source, still.file) if guard.available else None
    if spec is None:
        return decode_image(kit, still, width, height)
    try:
        mode, size, data = _run_in_worker(guard, decode_task, spec, still.file, still.orientation, width, height)
    except guards.GuardUnavailable:
        return decode_image(kit, still, width, height)
    return Image.frombytes(mode, size, data)


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
        raise ImageError(f"unreadable ({exc.strerror or type(exc).__name__})") from None


def thumbnail_task(
    spec: SourceSpec, file: str, orientation: int | None, box: int, target: str, texts: dict[str, str]
) -> bool:
    """In a worker: decode one still to fit the box and write its cache entry at ``target``;
    False when the cache could not be written."""
    return write_png(Path(target), _decode_in_worker(spec, file, orientation, box, box), texts)


def decode_task(
    spec: SourceSpec, file: str, orientation: int | None, width: int, height: int
) -> tuple[str, tuple[int, int], bytes]:
    """In a worker: decode one still to fit the box; the pixels go back as bytes."""
    image = _decode_in_worker(spec, file, orientation, width, height)
    return image.mode, image.size, image.tobytes()
