"""gallery thumbs (build_thumbnails): its fast path costs no visible quality."""

from __future__ import annotations

import pytest
from PIL import Image

from gallery.core.imaging import ThumbnailCache
from gallery.core.kit import open_kit


@pytest.fixture
def cache(tmp_path):
    return ThumbnailCache(tmp_path / "cache" / "thumbnails")


def test_gallery_thumbs_entries_look_like_a_full_quality_resize(tmp_path, cache):
    """The fast path (DCT draft, box halving, Lanczos, PNG written by the worker) must not cost
    visible quality: compared with decoding every pixel and a Lanczos resize, the cached
    thumbnail of a detailed 12 MP still differs by under 1% (PSNR over 40 dB)."""
    import math

    from PIL import ImageChops, ImageDraw, ImageStat

    from gallery.core.thumbnailer import build_thumbnails

    source = Image.effect_noise((4000, 3000), 60).convert("RGB")
    draw = ImageDraw.Draw(source)
    for i in range(0, 4000, 160):
        draw.rectangle([i, 300 + i // 4, i + 80, 2700 - i // 8], fill=(i % 256, 200 - i % 200, 90))
    (tmp_path / "kit").mkdir()
    source.save(tmp_path / "kit" / "detail.jpg", "JPEG", quality=92)
    kit = open_kit(tmp_path / "kit")
    report = build_thumbnails(kit, size=256, jobs=1, cache=cache)
    assert (report.made, report.failed) == (1, [])

    entry = cache.entry(kit, kit.stills[0]).path("large")
    with Image.open(entry) as cached:
        assert cached.info["Thumb::URI"] == (tmp_path / "kit" / "detail.jpg").resolve().as_uri()
        thumb = cached.convert("RGB")
    with Image.open(tmp_path / "kit" / "detail.jpg") as original:
        reference = original.convert("RGB").resize(thumb.size, Image.Resampling.LANCZOS)
    assert thumb.size == (256, 192)
    squared = ImageStat.Stat(ImageChops.difference(thumb, reference).point(lambda v: v * v))
    psnr = 10 * math.log10(255**2 / max(1e-9, sum(squared.mean) / 3))
    assert psnr > 40, f"PSNR {psnr:.1f} dB"


def test_gallery_thumbs_turns_each_tiff_once_in_its_worker_processes(tmp_path, cache):
    """The worker path (the window's and `gallery thumbs'`) decodes as the in-process one: a
    TIFF that Pillow turned while loading is not turned again (it was mirrored or upside down)."""
    import shutil
    from pathlib import Path

    from gallery.core.thumbnailer import build_thumbnails

    fixtures = Path(__file__).resolve().parent.parent / "fixtures" / "orientation"
    (tmp_path / "kit").mkdir()
    for name in ("o3.tif", "o6_g4.tif", "o8.tif", "o6.jpg"):
        shutil.copy(fixtures / name, tmp_path / "kit" / name)
    kit = open_kit(tmp_path / "kit")
    report = build_thumbnails(kit, size=128, jobs=2, cache=cache)
    assert (report.made, report.failed) == (4, [])
    # Where the stored top-left marker is shown: 3 bottom-right, 6 top-right, 8 bottom-left.
    expected = {"o3.tif": (22, 14), "o6_g4.tif": (14, 1), "o8.tif": (1, 22), "o6.jpg": (14, 1)}
    for name, spot in expected.items():
        with Image.open(cache.entry(kit, kit.still(name)).path("normal")) as im:
            grey = im.convert("L")
        assert grey.getpixel(spot) < 128, name
        assert grey.getpixel((grey.width - 1 - spot[0], grey.height - 1 - spot[1])) > 128, name
