"""Building many thumbnails at once: the pipeline `gallery thumbs` and the window share."""

from __future__ import annotations

import os
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor, as_completed
from dataclasses import dataclass, field

from gallery.core.imaging import ImageError, ThumbnailCache, load_thumbnail
from gallery.core.kit import Kit
from gallery.core.still import Still


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

    def make(still: Still) -> str | None:
        try:
            load_thumbnail(kit, still, size, cache)
        except ImageError as exc:
            return str(exc)
        return None

    with ThreadPoolExecutor(max_workers=jobs or os.cpu_count() or 2) as pool:
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
