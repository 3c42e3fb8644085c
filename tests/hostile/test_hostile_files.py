"""Every per-file hostile case: the still says why, the rest of the kit loads, nothing raises
but ImageError, each case is quick, and nothing is written into the kit."""

from __future__ import annotations

import io
import json
import time

import pytest
from conftest import snapshot
from hostile_cases import GOOD_FILES, Case, exif_app1, exif_escape_codes, hostile_files, jpeg_with

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
