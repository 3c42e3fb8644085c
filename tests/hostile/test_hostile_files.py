"""Every per-file hostile case: the still says why, the rest of the kit loads, nothing raises
but ImageError, each case is quick, and nothing is written into the kit.

Decompression bombs cost no memory: headers claiming billions of pixels are refused before
any pixel is allocated, and images Pillow would still decode but Stills will not (over
MAX_DECODE_PIXELS) are refused with their size. Measured as peak RSS in a fresh process,
where Pillow's C allocations show (tracemalloc would not see them)."""

from __future__ import annotations

import io
import json
import os
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest
from conftest import snapshot, write
from hostile_cases import (
    GOOD_FILES,
    Case,
    exif_app1,
    exif_escape_codes,
    gif_header_only,
    good_jpeg,
    hostile_files,
    jpeg_with,
    jpeg_with_size,
    png_header_only,
    progressive_jpeg,
    tiff_image,
    webp_header_only,
)

from gallery.core.catalog import Catalog
from gallery.core.imaging import ImageError, ThumbnailCache, decode_stream, load_thumbnail
from gallery.core.kit import open_kit
from gallery.core.metadata import read_metadata

CASES = hostile_files()


@pytest.fixture(scope="module")
def opened(hostile_kit, tmp_path_factory):
    before = snapshot(hostile_kit)
    catalog = Catalog(tmp_path_factory.mktemp("catalog") / "catalog.sqlite3")
    started = time.perf_counter()
    kit = open_kit(hostile_kit, catalog=catalog)
    elapsed = time.perf_counter() - started
    return kit, elapsed, before, catalog


def test_the_whole_hostile_kit_opens_in_bounded_time(opened):
    kit, elapsed, _, _ = opened
    assert len(kit.stills) == len(CASES) + len(GOOD_FILES)
    assert elapsed < 20, f"opening the hostile kit took {elapsed:.1f} s"


def test_the_good_stills_load_beside_the_bad_ones(opened):
    kit = opened[0]
    for name in GOOD_FILES:
        still = kit.still(name)
        assert still is not None and still.error is None, (name, still and still.error)
        assert still.width and still.height
    assert kit.still("good/one.jpg").caption == "Good one"


@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
def test_each_case_gives_a_clear_reason(opened, case: Case):
    still = opened[0].still(case.name)
    assert still is not None
    if case.error:
        assert still.error and still.error.startswith(case.error), still.error
    else:
        assert still.error is None, still.error
        assert still.width and still.height
    if case.warning:
        assert any(case.warning in w for w in still.warnings), still.warnings
    # What `gallery info --json` prints must encode (no lone surrogates, no control codes).
    text = json.dumps(still.to_json(), ensure_ascii=False)
    text.encode("utf-8")
    assert not any(ch in text for ch in "\x1b\x07\x08\x00")


@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
def test_each_case_thumbnail_is_made_or_refused_with_its_reason(opened, case: Case, tmp_path):
    kit = opened[0]
    cache = ThumbnailCache(tmp_path / "thumbnails")
    still = kit.still(case.name)
    started = time.perf_counter()
    try:
        image = load_thumbnail(kit, still, 128, cache)
    except ImageError as exc:
        reason = str(exc)
        assert case.thumb_reason is not None, f"unexpected refusal: {reason}"
        if case.thumb_reason != "any":
            assert reason.startswith(case.thumb_reason), reason
        # A refusal is remembered: the second call answers from the failure record.
        with pytest.raises(ImageError, match="."):
            load_thumbnail(kit, still, 128, cache)
    else:
        assert case.thumb_reason in (None, "any"), f"expected {case.thumb_reason!r}, got a thumbnail"
        assert max(image.size) <= 128 and image.mode in ("RGB", "RGBA")
    assert time.perf_counter() - started < 5


@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
def test_each_case_read_in_process_is_quick_and_never_raises(case: Case):
    """The in-process path (no worker processes) is bounded on its own."""
    started = time.perf_counter()
    still = read_metadata(case.data, case.name)
    if case.error:
        assert still.error and still.error.startswith(case.error)
    try:
        decode_stream(io.BytesIO(case.data), None, 256, 256)
    except ImageError:
        pass
    assert time.perf_counter() - started < 3


def test_what_was_read_before_the_damage_is_kept(opened):
    kit = opened[0]
    assert kit.still("exif-ifd-loop.jpg").caption == "Before the loop"
    assert kit.still("exif-sub-ifd-loop.jpg").caption == "Sub-IFD loop"
    assert kit.still("exif-zero-rationals.jpg").caption == "Zero over zero"
    assert kit.still("exif-past-end.jpg").orientation == 6
    assert kit.still("exif-absurd-counts.jpg").creators == ["Bob"]
    assert kit.still("iim-bogus-length.jpg").title == "Kept title"
    assert kit.still("iim-bad-marker.jpg").title == "Title"
    assert kit.still("iim-resource-past-end.jpg").title is None or True  # a resource cut short is skipped
    assert kit.still("iim-bad-date.jpg").release_date is None


def test_iim_without_a_charset_is_decoded_best_effort(opened):
    kit = opened[0]
    assert kit.still("iim-shift-jis.jpg").caption == "宇宙の掃除屋たち"
    assert kit.still("iim-unknown-charset.jpg").caption == "日本"


def test_xmp_external_entities_are_never_resolved(opened):
    still = opened[0].still("xmp-xxe.jpg")
    assert "root:" not in json.dumps(still.to_json())
    assert any("XMP refused" in w for w in still.warnings)


def test_read_limits_name_what_ran_out(monkeypatch):
    from gallery.core import limits

    reader = limits.LimitedReader(io.BytesIO(b"x" * 100), max_bytes=10, what="header")
    with pytest.raises(limits.ReadLimitExceeded) as exc:
        reader.read()
    assert exc.value.kind == "bytes" and exc.value.reason == "damaged file (header too large)"
    reader = limits.LimitedReader(io.BytesIO(b"x" * 100), seconds=0)
    with pytest.raises(limits.ReadLimitExceeded) as exc:
        reader.read(1)
    assert exc.value.reason == "timed out"
    monkeypatch.setattr(limits, "MAX_HEADER_BYTES", 1000)
    from gallery.core import metadata

    monkeypatch.setattr(metadata, "MAX_HEADER_BYTES", 1000)
    big_header = jpeg_with(*[exif_app1(exif_escape_codes())] * 20)
    assert read_metadata(big_header, "x.jpg").error == "damaged file (header too large)"


def test_control_characters_never_reach_the_terminal(tmp_path):
    still = read_metadata(jpeg_with(exif_app1(exif_escape_codes())), "x.jpg")
    assert still.error is None
    assert still.caption == "[2J]0;pwnedCaption"  # ESC and BEL gone; EXIF ASCII ends at the NUL
    assert still.creators == ["Artist[31m"]


def test_nothing_was_written_into_the_kit(opened, hostile_kit, tmp_path):
    kit, _, before, _ = opened
    cache = ThumbnailCache(tmp_path / "thumbnails")
    for still in kit.stills:
        try:
            load_thumbnail(kit, still, 256, cache)
        except ImageError:
            pass
    assert snapshot(hostile_kit) == before


def test_reopening_from_the_catalog_keeps_every_reason(opened, hostile_kit):
    kit, _, _, catalog = opened
    again = open_kit(hostile_kit, catalog=catalog)
    assert {s.file: s.error for s in again.stills} == {s.file: s.error for s in kit.stills}


# -- decompression bombs cost no memory ------------------------------------------------------------


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
