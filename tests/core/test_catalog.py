"""The catalog: a reopened kit reads no unchanged file; changes and deletions are noticed."""

from __future__ import annotations

import os

from helpers import jpeg_bytes, write

from gallery.core import kit as kit_module
from gallery.core.catalog import Catalog
from gallery.core.kit import open_kit


def counting_reads(monkeypatch):
    reads = []
    real = kit_module._read_entry

    def counting(source, entry):
        reads.append(entry.file)
        return real(source, entry)

    monkeypatch.setattr(kit_module, "_read_entry", counting)
    return reads


def test_reopening_reads_only_changed_files(tmp_path, monkeypatch):
    catalog = Catalog(tmp_path / "catalog.sqlite3")
    kit_dir = tmp_path / "kit"
    for name in ("a", "b", "c"):
        write(kit_dir / f"{name}.jpg", jpeg_bytes(description=f"Caption {name}"))
    reads = counting_reads(monkeypatch)
    first = open_kit(kit_dir, catalog=catalog)
    assert sorted(reads) == ["a.jpg", "b.jpg", "c.jpg"]

    reads.clear()
    again = open_kit(kit_dir, catalog=catalog)
    assert reads == []
    assert [s.to_json() for s in again.stills] == [s.to_json() for s in first.stills]

    path = write(kit_dir / "b.jpg", jpeg_bytes(description="Caption b, corrected"))
    os.utime(path, (path.stat().st_atime, path.stat().st_mtime + 5))
    (kit_dir / "c.jpg").unlink()
    reads.clear()
    third = open_kit(kit_dir, catalog=catalog)
    assert reads == ["b.jpg"]
    assert [s.caption for s in third.stills] == ["Caption a", "Caption b, corrected"]
    assert set(catalog.load(f"dir:{kit_dir.resolve()}")) == {"a.jpg", "b.jpg"}


def test_manifest_edits_show_although_stills_come_from_the_catalog(tmp_path):
    catalog = Catalog(tmp_path / "catalog.sqlite3")
    kit_dir = tmp_path / "kit"
    write(kit_dir / "a.jpg", jpeg_bytes(description="Embedded"))
    assert open_kit(kit_dir, catalog=catalog).stills[0].caption == "Embedded"
    write(kit_dir / "kit.toml", b'[stills."a.jpg"]\ncaption = "From the manifest"\n')
    assert open_kit(kit_dir, catalog=catalog).stills[0].caption == "From the manifest"
    (kit_dir / "kit.toml").unlink()
    assert open_kit(kit_dir, catalog=catalog).stills[0].caption == "Embedded"


def test_a_broken_catalog_file_means_no_catalog_not_a_failure(tmp_path):
    db = tmp_path / "catalog.sqlite3"
    db.write_bytes(b"this is not a database" * 100)
    catalog = Catalog(db)
    write(tmp_path / "kit" / "a.jpg", jpeg_bytes(description="Still works"))
    assert open_kit(tmp_path / "kit", catalog=catalog).stills[0].caption == "Still works"


def test_a_catalog_written_by_earlier_readers_is_read_again(tmp_path):
    """The catalog holds what the readers made of each file; rows from an earlier version of the
    readers (schema 1: no press fields) are not trusted: the kit is read again, once."""
    import sqlite3

    write(tmp_path / "kit" / "a.jpg", jpeg_bytes(description="Read now"))
    db = tmp_path / "catalog.sqlite3"
    catalog = Catalog(db)
    open_kit(tmp_path / "kit", catalog=catalog)
    catalog.close()
    with sqlite3.connect(db) as raw:  # as an earlier Stills left it
        raw.execute("UPDATE stills SET doc = replace(doc, 'Read now', 'Read by the old readers')")
        raw.execute("PRAGMA user_version = 1")
    assert open_kit(tmp_path / "kit", catalog=Catalog(db)).stills[0].caption == "Read now"
