"""Folder and ZIP kits: what is listed, what is refused, and that nothing is written."""

from __future__ import annotations

import os
import zipfile

import pytest
from helpers import jpeg_bytes, png_bytes, tree_digest, write

from gallery.core.kit import KitError, open_kit


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
