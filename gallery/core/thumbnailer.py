"""Building many thumbnails at once: the pipeline behind `gallery thumbs`.

Each still is decoded in a guard process (``gallery.core.guard``): a file that hangs a
decoder is given up after ``THUMBNAIL_TIMEOUT`` ("timed out"), one that crashes it costs only
that worker ("decoder crashed"); either is recorded like any other failure and the rest of
the kit is made. Processes cost nothing in speed here (measured: 2 processes matched 2
threads on the sample kit), and they keep the command alive whatever the kit holds.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor, as_completed
from dataclasses import dataclass, field

from PIL import Image

from gallery.core import guard as guards
from gallery.core.imaging import ImageError, ThumbnailCache, decode_image, decode_stream, load_thumbnail
from gallery.core.kit import Kit, SourceSpec, open_spec, source_spec
from gallery.core.sources import MemberError
from gallery.core.still import Still

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

        def decode(kit: Kit, still: Still, width: int, height: int) -> Image.Image:
            return decode_guarded(guard, kit, still, width, height)

        def make(still: Still) -> str | None:
            try:
                load_thumbnail(kit, still, size, cache, decode=decode)
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


def decode_guarded(guard: guards.Guard, kit: Kit, still: Still, width: int, height: int) -> Image.Image:
    """decode_image in a guard process; in-process when there are no worker processes."""
    spec = source_spec(kit.source, still.file) if guard.available else None
    if spec is None:
        return decode_image(kit, still, width, height)
    try:
        mode, size, data = guard.run(thumbnail_task, spec, still.file, still.orientation, width, height)
    except guards.GuardUnavailable:
        return decode_image(kit, still, width, height)
    except (guards.GuardError, MemberError) as exc:
        raise ImageError(str(exc)) from None
    except ImageError:
        raise
    except Exception as exc:  # noqa: BLE001 - whatever came back, it is this still's failure
        raise ImageError(f"damaged file ({type(exc).__name__})") from None
    return Image.frombytes(mode, size, data)


def thumbnail_task(spec: SourceSpec, file: str, orientation: int | None, width: int, height: int):
    """In a worker: decode one still to fit the box; the pixels go back as bytes."""
    try:
        with open_spec(spec, file) as fh:
            image = decode_stream(fh, orientation, width, height)
    except MemberError as exc:
        raise ImageError(str(exc)) from None
    except OSError as exc:
        raise ImageError(f"unreadable ({exc.strerror or type(exc).__name__})") from None
    return image.mode, image.size, image.tobytes()
