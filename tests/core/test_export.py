"""Export: exact bytes, originals untouched, caption sheets, safe names, nothing half-written."""

from __future__ import annotations

import csv
import datetime as dt
import os

import pytest
from helpers import tree_digest
from presshelpers import make_press_kit, sha, zip_kit

from gallery.core import export as export_module
from gallery.core.export import (
    CSV_HEADER,
    ExportCancelled,
    ExportError,
    ExportItem,
    embargoed,
    export_stills,
    pattern_name,
    safe_name,
    slug,
    target_names,
    usage_terms,
)
from gallery.core.kit import open_kit
from gallery.core.still import Still


@pytest.fixture
def kit(tmp_path):
    return open_kit(make_press_kit(tmp_path / "kit"))


def items_of(kit, files=None):
    return [ExportItem(kit, s, kit.title) for s in kit.stills if files is None or s.file in files]


def test_export_writes_exact_bytes_and_leaves_originals_untouched(tmp_path, kit):
    before = tree_digest(kit.path)
    report = export_stills(items_of(kit), tmp_path / "out")
    assert tree_digest(kit.path) == before
    assert [f.name for f in report.files] == [s.name for s in kit.stills]
    for exported in report.files:
        original = kit.path / exported.item.still.file
        copy = tmp_path / "out" / exported.name
        assert copy.read_bytes() == original.read_bytes()
        assert exported.sha256 == sha(original)
        assert int(copy.stat().st_mtime) == int(original.stat().st_mtime)
    expected = [s.name for s in kit.stills] + ["captions.csv", "captions.txt"]
    assert sorted(os.listdir(tmp_path / "out")) == sorted(expected)


def test_zip_members_are_exported_byte_for_byte(tmp_path, kit):
    archive = open_kit(zip_kit(kit.path, tmp_path / "kit.zip"))
    report = export_stills(items_of(archive), tmp_path / "out", caption_sheet=False)
    for exported in report.files:
        assert (tmp_path / "out" / exported.name).read_bytes() == (kit.path / exported.item.still.name).read_bytes()


def test_caption_sheets_have_every_column_in_the_chosen_style_and_language(tmp_path, kit):
    chosen = items_of(kit, {"b_dorothy.jpg", "e_bubs.jpg"})
    export_stills(chosen, tmp_path / "out", style="ap", language="ko-KR", today=dt.date(2026, 1, 1))
    with open(tmp_path / "out" / "captions.csv", encoding="utf-8-sig", newline="") as fh:
        rows = list(csv.DictReader(fh))
    assert tuple(rows[0].keys()) == CSV_HEADER
    assert CSV_HEADER[:5] == ("file", "caption", "credit", "characters", "usage terms")
    assert rows[0] == {
        "file": "b_dorothy.jpg",
        "caption": "별을 보는 꽃님이",
        "credit": "Netflix",
        "characters": "Dorothy",
        "usage terms": "Editorial use only.",
        "press caption": "별을 보는 꽃님이 (Netflix via AP)",
        "release date": "2021-02-05",
        "kit": "Test Sweepers",
        "original file": "b_dorothy.jpg",
    }
    assert rows[1]["caption"] == "Bubs, the robot with a dream."  # no Korean: the default
    assert rows[1]["usage terms"] == "Not before the premiere."
    text = (tmp_path / "out" / "captions.txt").read_text(encoding="utf-8")
    assert text.startswith("b_dorothy.jpg\n별을 보는 꽃님이 (Netflix via AP)\nCharacters: Dorothy\nUsage: Editorial")
    assert "EMBARGOED until 2031-12-01" in text


def test_renaming_by_pattern_gives_safe_unique_names(tmp_path, kit):
    chosen = items_of(kit, {"b_dorothy.jpg", "d_crew.jpg", "f_city.jpg"})
    names = target_names(chosen, "{kit}_{index}_{characters}")
    assert names == [
        "Test-Sweepers_01_Dorothy.jpg",
        "Test-Sweepers_02_Tae-ho+Dorothy+Bubs+Tiger-Park.jpg",
        "Test-Sweepers_03.jpg",  # no characters: no dangling separator
    ]
    report = export_stills(chosen, tmp_path / "out", pattern="{kit}_{index}_{characters}")
    assert [f.name for f in report.files] == names
    assert (tmp_path / "out" / names[1]).read_bytes() == (kit.path / "d_crew.jpg").read_bytes()


def test_hostile_titles_and_names_become_safe_file_names():
    evil = Still(file="x/../../etc/passwd.jpg", characters=["../../root", "CON", "A:B*C?"], title="t")
    item = ExportItem(None, evil, 'Kit "1" / <2> \\ |3| \x00\x1b' + "x" * 400)
    name = pattern_name("{kit}_{index}_{characters}", item, 1, 1)
    assert "/" not in name and "\\" not in name and "\x00" not in name and ".." not in name
    assert name.endswith(".jpg") and len(name.encode()) <= 200
    assert safe_name("CON.jpg") == "_CON.jpg"
    assert safe_name("...hidden. ") == "hidden"
    assert safe_name("a/b\\c:d.jpg") == "a-b-c-d.jpg"
    assert safe_name("") == "still"
    assert slug("Space Sweepers (Netflix, 2021) — Press Kit") == "Space-Sweepers-Netflix-2021-Press-Kit"
    assert slug("꽃님 (Dorothy)") == "꽃님-Dorothy"
    long_korean = safe_name("꽃" * 300 + ".jpg")
    assert len(long_korean.encode()) <= 200 and long_korean.endswith(".jpg")


def test_existing_files_are_never_overwritten(tmp_path, kit):
    out = tmp_path / "out"
    out.mkdir()
    (out / "b_dorothy.jpg").write_bytes(b"mine")
    (out / "captions.csv").write_text("my notes")
    report = export_stills(items_of(kit, {"b_dorothy.jpg"}), out)
    assert (out / "b_dorothy.jpg").read_bytes() == b"mine"
    assert (out / "captions.csv").read_text() == "my notes"
    assert report.files[0].name == "b_dorothy (2).jpg"
    assert [p.name for p in report.sheets] == ["captions (2).csv", "captions.txt"]


def test_cancelling_mid_file_leaves_nothing_behind(tmp_path, kit, monkeypatch):
    monkeypatch.setattr(export_module, "CHUNK", 1000)  # several chunks a file
    out = tmp_path / "out"
    out.mkdir()
    (out / "already-there.txt").write_text("keep me")
    reads = []

    def cancelled():
        reads.append(1)
        return len(reads) > 12  # in the middle of the second or third file

    with pytest.raises(ExportCancelled):
        export_stills(items_of(kit), out, cancelled=cancelled)
    assert os.listdir(out) == ["already-there.txt"]


def test_a_write_failure_removes_what_was_made(tmp_path, kit, monkeypatch):
    out = tmp_path / "out"
    real_replace = os.replace
    calls = []

    def failing_replace(src, dst):
        calls.append(dst)
        if len(calls) == 3:
            raise OSError(28, "No space left on device")
        return real_replace(src, dst)

    monkeypatch.setattr(export_module.os, "replace", failing_replace)
    with pytest.raises(ExportError, match="No space left"):
        export_stills(items_of(kit), out)
    assert os.listdir(out) == []


def test_an_unreadable_original_is_reported_and_the_rest_exported(tmp_path, kit):
    chosen = items_of(kit, {"a_taeho.jpg", "b_dorothy.jpg"})
    (kit.path / "a_taeho.jpg").unlink()
    report = export_stills(chosen, tmp_path / "out")
    assert [f.name for f in report.files] == ["b_dorothy.jpg"]
    assert report.failed and report.failed[0][0] == "a_taeho.jpg"
    assert not any(n.endswith(".part") for n in os.listdir(tmp_path / "out"))


def test_progress_counts_up_to_the_total(tmp_path, kit):
    seen = []
    export_stills(items_of(kit), tmp_path / "out", progress=lambda d, t: seen.append((d, t)))
    assert seen and seen[-1][0] == seen[-1][1] and all(d <= t for d, t in seen)


def test_usage_terms_and_embargoes_before_export(kit):
    assert usage_terms(kit.stills) == ["Editorial use only.", "Not before the premiere."]
    assert [s.file for s in embargoed(kit.stills, dt.date(2026, 1, 1))] == ["e_bubs.jpg"]
    assert embargoed(kit.stills, dt.date(2032, 1, 1)) == []


def test_the_text_sheet_carries_instructions_apart_and_says_what_expired(kit):
    from gallery.core.export import caption_rows, caption_text, held_back

    still = kit.stills[0]
    still.instructions = "Do not crop."
    still.release_date = None
    still.expiry_date = dt.datetime(2020, 1, 31, 18, 0, tzinfo=dt.UTC)
    items = [ExportItem(kit, still, kit.title)]
    rows = caption_rows([(items[0], "a.jpg")])
    text = caption_text(rows, items, dt.datetime(2026, 1, 1, tzinfo=dt.UTC))
    assert "Special instructions: Do not crop." in text
    assert "EXPIRED on 2020-01-31T18:00:00+00:00: do not use." in text
    assert rows[0]["usage terms"] != "Do not crop."
    assert held_back([still], dt.datetime(2020, 1, 31, 17, 0, tzinfo=dt.UTC)) == []
    assert held_back([still]) == [(still, "Expired on 31 January 2020, 18:00 UTC")]
