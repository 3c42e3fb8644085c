"""Hostile input for the metadata readers (PNG chunk walk and raw profiles, GIF blocks,
joined APP13 segments, wide XMP, Orientation entries, the IIM charset hint): each file
opens, within its bounds, with what could be read and a warning for what was skipped."""

from __future__ import annotations

import io
import json
import time

import pytest
from hostile_cases import Case, metadata_reader_files

from gallery.core.imaging import ImageError, decode_stream
from gallery.core.metadata import read_metadata

CASES = metadata_reader_files()


@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
def test_each_metadata_case_opens_quickly_with_its_warning(case: Case):
    started = time.perf_counter()
    still = read_metadata(case.data, case.name)
    elapsed = time.perf_counter() - started
    assert still.error is None, still.error
    assert still.width and still.height
    if case.warning:
        assert any(case.warning in w for w in still.warnings), still.warnings
    else:
        assert still.warnings == []
    assert elapsed < 3, f"{case.name}: {elapsed:.1f} s"
    text = json.dumps(still.to_json(), ensure_ascii=False)
    assert not any(ch in text for ch in "\x1b\x07\x08\x00")


@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
def test_each_metadata_case_still_decodes_or_says_why(case: Case):
    started = time.perf_counter()
    try:
        image = decode_stream(io.BytesIO(case.data), None, 64, 64)
    except ImageError as exc:
        assert str(exc)
    else:
        assert max(image.size) <= 64
    assert time.perf_counter() - started < 5


def _read(name: str):
    case = next(c for c in CASES if c.name == name)
    return read_metadata(case.data, name)


def test_what_the_bounded_readers_keep():
    # 10,000 APP13 segments joined (bounded): the first IIM block counts, as in exiftool.
    assert _read("app13-flood.jpg").credit == "Credit 0"
    # A raw profile claiming 2 GB holds a few bytes: they are read, nothing is allocated.
    assert _read("png-raw-profile-2gb.png").credit == "Claimed credit"
    # 10,000 undeclared Latin-1 keywords: the charset is learned from the first XMP twins.
    assert _read("iim-hint-flood.jpg").keywords[:2] == ["Café 0", "Café 1"]
    # 5,000 text Orientation entries and no SHORT one: no orientation, no rotation.
    assert _read("exif-orientation-flood.jpg").orientation is None
