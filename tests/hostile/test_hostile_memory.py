"""Decompression bombs cost no memory: headers claiming billions of pixels are refused before
any pixel is allocated, and images Pillow would still decode but Stills will not (over
MAX_DECODE_PIXELS) are refused with their size. Measured as peak RSS in a fresh process,
where Pillow's C allocations show (tracemalloc would not see them)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from conftest import write
from hostile_cases import (
    gif_header_only,
    good_jpeg,
    jpeg_with_size,
    png_header_only,
    progressive_jpeg,
    tiff_image,
    webp_header_only,
)

HERE = Path(__file__).resolve().parent

BOMBS = {
    "bomb.jpg": jpeg_with_size(65500, 65500),
    "bomb.png": png_header_only(60000, 60000),
    "bomb.gif": gif_header_only(65535, 65535),
    "bomb.tif": tiff_image(60000, 60000),
    "bomb.webp": webp_header_only(16384, 16384),
    # 100 and 144 megapixels: under Pillow's refusal (178 MP), over Stills' decode cap
    "sneaky.png": png_header_only(10000, 10000),
    "sneaky-grey.png": png_header_only(12000, 12000, color_type=0),
    "sneaky.gif": gif_header_only(10000, 10000),
    "sneaky.tif": tiff_image(12000, 12000),
    # 144 MP JPEG: DCT scaling decodes it at 1/8, so it is shown (or found damaged), cheaply
    "poster.jpg": jpeg_with_size(12000, 12000),
    # ...but a progressive one would need every coefficient in memory: 977 MB before the cap
    "progressive.jpg": jpeg_with_size(13000, 13000, base=progressive_jpeg()),
    "good.jpg": good_jpeg(),
}

PROBE = textwrap.dedent(
    """
    import json, resource, sys
    from gallery.core.imaging import ImageError, ThumbnailCache, decode_image, load_thumbnail
    from gallery.core.kit import open_kit
    from gallery.core.thumbnailer import build_thumbnails

    def peak_mb():
        return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024

    def main():
        kit_dir, cache_dir = sys.argv[1], sys.argv[2]
        base = peak_mb()
        kit = open_kit(kit_dir)
        cache = ThumbnailCache()
        reasons = {}
        for still in kit.stills:
            for size in (128, 1024):
                try:
                    load_thumbnail(kit, still, size, cache)
                    reasons[still.file] = "ok"
                except ImageError as exc:
                    reasons[still.file] = str(exc)
            try:
                decode_image(kit, still, 1920, 1080)
            except ImageError:
                pass
        build_thumbnails(kit, size=512, jobs=2, cache=ThumbnailCache())
        # The same decodes in one guard worker, which then reports its own peak.
        from gallery.core.guard import Guard
        from gallery.core.thumbnailer import decode_guarded
        children = 0.0
        with Guard(workers=1, timeout=60) as guard:
            if guard.available:
                for still in kit.stills:
                    try:
                        decode_guarded(guard, kit, still, 1024, 1024)
                    except ImageError:
                        pass
                children = guard.run(resource.getrusage, resource.RUSAGE_SELF).ru_maxrss / 1024
        print(json.dumps({"base": base, "peak": peak_mb(), "children": children, "reasons": reasons,
                          "errors": {s.file: s.error for s in kit.stills}}))

    if __name__ == "__main__":
        main()
    """
)


@pytest.mark.parametrize("isolated", [False, True], ids=["in-process", "with-workers"])
def test_bombs_leave_memory_flat(tmp_path, isolated):
    kit = tmp_path / "kit"
    for name, data in BOMBS.items():
        write(kit / name, data)
    probe = write(tmp_path / "probe.py", PROBE.encode())
    env = {**os.environ, "XDG_CACHE_HOME": str(tmp_path / "xdg")}
    if not isolated:
        env["STILLS_NO_WORKERS"] = "1"
    result = subprocess.run(
        [sys.executable, str(probe), str(kit), str(tmp_path / "xdg")],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr[-3000:]
    doc = json.loads(result.stdout)
    errors, reasons = doc["errors"], doc["reasons"]
    for name in ("bomb.jpg", "bomb.png", "bomb.gif", "bomb.tif", "bomb.webp"):
        assert errors[name].startswith("image too large"), (name, errors[name])
    for name in ("sneaky.png", "sneaky-grey.png", "sneaky.gif", "sneaky.tif", "progressive.jpg"):
        assert reasons[name].startswith("image too large ("), (name, reasons[name])
    assert reasons["good.jpg"] == "ok"
    grown = doc["peak"] - doc["base"]
    # A decoded 10000×10000 RGB would be 400 MB; the whole run stays within a few dozen.
    print(f"peak RSS {doc['base']:.0f} -> {doc['peak']:.0f} MB, workers {doc['children']:.0f} MB")
    assert grown < 80, f"peak RSS grew by {grown:.0f} MB: {doc}"
    if isolated:
        assert 0 < doc["children"] < doc["base"] + 80, doc
