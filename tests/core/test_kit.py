"""Opening kits: folders and ZIPs, what is listed, what is refused, and that nothing is
written; a big kit hands over its first screen of stills before the rest is read."""

from __future__ import annotations

import os
import zipfile

import pytest
from helpers import jpeg_bytes, png_bytes, tree_digest, write

from gallery.core import kit as kit_module
from gallery.core.catalog import Catalog
from gallery.core.kit import KitError, open_kit


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


# -- folder and ZIP kits: what is listed, what is refused, and that nothing is written -------------


def test_folder_kit_lists_stills_recursively_and_ignores_other_files(tmp_path):
    write(tmp_path / "a.jpg", jpeg_bytes())
    write(tmp_path / "sub" / "b.PNG", png_bytes())
    write(tmp_path / "notes.txt", b"hello")
    write(tmp_path / "._a.jpg", b"\x00\x05\x16\x07")  # macOS AppleDouble junk
    kit = open_kit(tmp_path)
    assert [s.file for s in kit.stills] == ["a.jpg", "sub/b.PNG"]
    assert all(s.error is None for s in kit.stills)
    assert (kit.still("sub/b.PNG").width, kit.still("sub/b.PNG").height) == (200, 120)
    # The text file is counted, the AppleDouble junk is not (see test_formats for the rules).
    assert kit.warnings == ["1 file not shown: 1 .txt"]


def test_bad_files_are_reported_per_still_and_the_rest_loads(tmp_path):
    good = jpeg_bytes()
    write(tmp_path / "good.jpg", good)
    write(tmp_path / "empty.jpg", b"")
    write(tmp_path / "page.jpg", b"<!DOCTYPE html><html><body>404</body></html>")
    write(tmp_path / "cut.jpg", good[: len(good) // 2])
    write(tmp_path / "png-named.jpg", png_bytes())
    kit = open_kit(tmp_path)
    errors = {s.file: s.error for s in kit.stills}
    assert errors == {
        "cut.jpg": "damaged file (cut short)",
        "empty.jpg": "empty file",
        "good.jpg": None,
        "page.jpg": "not an image (text)",
        "png-named.jpg": None,  # decoded by content
    }
    assert kit.still("png-named.jpg").format == "PNG"


def test_decompression_bomb_header_is_refused_with_its_size(tmp_path):
    # A PNG header claiming 60000×60000 pixels: a few bytes, never decoded.
    import struct
    import zlib

    def chunk(kind, data):
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    bomb = b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", 60000, 60000, 8, 2, 0, 0, 0))
    bomb += chunk(b"IDAT", zlib.compress(b"\x00" * 1000)) + chunk(b"IEND", b"")
    write(tmp_path / "bomb.png", bomb)
    kit = open_kit(tmp_path)
    assert kit.stills[0].error == "image too large (60000×60000)"


def test_symlinks_never_lead_out_of_the_kit_or_into_a_loop(tmp_path):
    outside = tmp_path / "outside"
    write(outside / "secret.jpg", jpeg_bytes())
    kit_dir = tmp_path / "kit"
    write(kit_dir / "in.jpg", jpeg_bytes())
    os.symlink(outside, kit_dir / "out-link")
    os.symlink(outside / "secret.jpg", kit_dir / "secret-link.jpg")
    os.symlink(kit_dir, kit_dir / "loop")
    os.symlink(kit_dir / "in.jpg", kit_dir / "alias.jpg")
    kit = open_kit(kit_dir)
    assert [s.file for s in kit.stills] == ["alias.jpg", "in.jpg"]


def test_opening_a_kit_writes_nothing_into_it(tmp_path):
    write(tmp_path / "a.jpg", jpeg_bytes())
    write(tmp_path / "bad.jpg", b"garbage")
    before = tree_digest(tmp_path)
    open_kit(tmp_path)
    assert tree_digest(tmp_path) == before


def test_zip_kit_is_read_in_place_with_its_manifest(tmp_path):
    archive = tmp_path / "kit.zip"
    with zipfile.ZipFile(archive, "w") as zf:
        zf.writestr("Press Kit/one.jpg", jpeg_bytes(description="One as Dorothy"))
        zf.writestr("Press Kit/two/two.png", png_bytes())
        zf.writestr("Press Kit/kit.toml", 'title = "Zipped"\ncredit = "Netflix"\n')
        zf.writestr("__MACOSX/Press Kit/._one.jpg", b"junk")
    before = sorted(p.name for p in tmp_path.iterdir())
    kit = open_kit(archive)
    assert kit.title == "Zipped"
    assert [s.file for s in kit.stills] == ["one.jpg", "two/two.png"]
    assert kit.still("one.jpg").caption == "One as Dorothy"
    assert kit.still("one.jpg").credit == "Netflix"
    assert kit.read_bytes("one.jpg")[:2] == b"\xff\xd8"
    assert sorted(p.name for p in tmp_path.iterdir()) == before  # nothing extracted


def test_zip_members_that_would_escape_or_are_bombs_are_refused(tmp_path):
    archive = tmp_path / "hostile.zip"
    with zipfile.ZipFile(archive, "w", compression=zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("good.jpg", jpeg_bytes())
        zf.writestr("../../escape.jpg", jpeg_bytes())
        zf.writestr("/etc/abs.jpg", jpeg_bytes())
        zf.writestr("C:/win.jpg", jpeg_bytes())
        zf.writestr("..\\back.jpg", jpeg_bytes())
        zf.writestr("zeros.jpg", b"\xff\xd8" + b"\x00" * (8 * 1024 * 1024))  # 8 MB of zeros: ratio ~1000:1
    kit = open_kit(archive)
    errors = {s.file: s.error for s in kit.stills}
    assert errors["good.jpg"] is None
    assert errors["../../escape.jpg"] == "unsafe name in archive, refused"
    assert errors["/etc/abs.jpg"] == "unsafe name in archive, refused"
    assert errors["C:/win.jpg"] == "unsafe name in archive, refused"
    assert errors["..\\back.jpg"] == "unsafe name in archive, refused"
    assert errors["zeros.jpg"] == "suspicious compression ratio, refused"
    assert not (tmp_path.parent / "escape.jpg").exists()


def test_a_path_that_is_not_a_kit_is_a_one_line_error(tmp_path):
    with pytest.raises(KitError, match="no such file or folder"):
        open_kit(tmp_path / "missing")
    write(tmp_path / "notes.txt", b"hello")
    with pytest.raises(KitError, match="not a folder or a ZIP"):
        open_kit(tmp_path / "notes.txt")
    write(tmp_path / "broken.zip", b"PK\x03\x04" + b"\x00" * 30)
    with pytest.raises(KitError):
        open_kit(tmp_path / "broken.zip")
