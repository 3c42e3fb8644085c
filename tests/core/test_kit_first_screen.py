"""Opening a big kit hands over its first screen of stills before the rest is read."""

from __future__ import annotations

import os

from helpers import jpeg_bytes, write

from gallery.core import kit as kit_module
from gallery.core.catalog import Catalog
from gallery.core.kit import open_kit


def make_kit(folder, count: int):
    for i in range(count):
        write(folder / f"still_{i:02d}.jpg", jpeg_bytes(description=f"Caption {i}"))
    (folder / "kit.toml").write_text('credit = "Netflix"\n')
    return folder


def test_first_stills_come_first_and_are_the_same_stills(tmp_path):
    kit_dir = make_kit(tmp_path / "kit", 12)
    heads = []
    kit = open_kit(kit_dir, first=5, on_first=heads.append)

    assert len(heads) == 1
    head = heads[0]
    assert [s.file for s in head.stills] == [f"still_{i:02d}.jpg" for i in range(5)]
    assert [s.caption for s in head.stills] == [f"Caption {i}" for i in range(5)]
    assert all(s.credit == "Netflix" for s in head.stills)  # the manifest is applied already
    assert len(kit.stills) == 12
    assert all(a is b for a, b in zip(head.stills, kit.stills[:5], strict=True))  # the window keeps its rows


def test_a_kit_smaller_than_the_first_screen_arrives_once(tmp_path):
    kit_dir = make_kit(tmp_path / "kit", 3)
    heads = []
    kit = open_kit(kit_dir, first=50, on_first=heads.append)
    assert heads == []
    assert [s.caption for s in kit.stills] == ["Caption 0", "Caption 1", "Caption 2"]


def test_warm_first_screen_reads_no_file_and_catalog_stays_whole(tmp_path, monkeypatch):
    kit_dir = make_kit(tmp_path / "kit", 10)
    catalog = Catalog(tmp_path / "catalog.sqlite3")
    open_kit(kit_dir, catalog=catalog)

    changed = write(kit_dir / "still_07.jpg", jpeg_bytes(description="Caption 7, corrected"))
    os.utime(changed, (changed.stat().st_atime, changed.stat().st_mtime + 5))
    (kit_dir / "still_09.jpg").unlink()
    reads = []
    real = kit_module._read_entry
    monkeypatch.setattr(kit_module, "_read_entry", lambda source, e: reads.append(e.file) or real(source, e))

    heads = []
    kit = open_kit(kit_dir, catalog=catalog, first=4, on_first=heads.append)
    assert [s.caption for s in heads[0].stills] == [f"Caption {i}" for i in range(4)]
    assert reads == ["still_07.jpg"]
    assert [s.caption for s in kit.stills][6:] == ["Caption 6", "Caption 7, corrected", "Caption 8"]
    stored = catalog.load(f"dir:{kit_dir.resolve()}")
    assert set(stored) == {f"still_{i:02d}.jpg" for i in range(9)}  # the deleted one is forgotten
    assert stored["still_07.jpg"][2].caption == "Caption 7, corrected"


def test_catalog_loads_only_or_skips_files(tmp_path):
    kit_dir = make_kit(tmp_path / "kit", 6)
    catalog = Catalog(tmp_path / "catalog.sqlite3")
    open_kit(kit_dir, catalog=catalog)
    key = f"dir:{kit_dir.resolve()}"
    assert set(catalog.load(key, only=["still_01.jpg", "still_04.jpg", "nope.jpg"])) == {"still_01.jpg", "still_04.jpg"}
    assert set(catalog.load(key, skip={"still_00.jpg", "still_01.jpg"})) == {f"still_{i:02d}.jpg" for i in range(2, 6)}


def test_a_deleted_file_is_forgotten_though_empty_files_have_no_rows(tmp_path):
    """(Review finding) An empty file in the first screen has no catalog row: counting the first
    screen's files instead of its rows hid a deleted file's row from the tidy-up."""
    kit_dir = make_kit(tmp_path / "kit", 10)
    (kit_dir / "still_01.jpg").write_bytes(b"")
    (kit_dir / "still_08.jpg").write_bytes(b"")
    catalog = Catalog(tmp_path / "catalog.sqlite3")
    open_kit(kit_dir, catalog=catalog)
    (kit_dir / "still_05.jpg").unlink()
    open_kit(kit_dir, catalog=catalog, first=4, on_first=lambda head: None)
    assert "still_05.jpg" not in catalog.load(f"dir:{kit_dir.resolve()}")
