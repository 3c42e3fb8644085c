"""Stills and other programs share the freedesktop.org thumbnail cache.

The spec, written out independently here (not through Stills' code): thumbnails live in
$XDG_CACHE_HOME/thumbnails/{normal,large,x-large,xx-large}/MD5(URI).png, carry the tEXt keys
Thumb::URI and Thumb::MTime, and are current while those match the file.
"""

from __future__ import annotations

import hashlib
import os
import urllib.parse
from pathlib import Path

from helpers import jpeg_bytes, write
from PIL import Image, PngImagePlugin

from gallery.core import imaging
from gallery.core.imaging import ThumbnailCache, load_thumbnail
from gallery.core.kit import open_kit


def spec_uri(path: Path) -> str:
    return "file://" + urllib.parse.quote(str(path.resolve()))


def spec_thumbnail_path(cache_home: Path, path: Path, size: str = "large") -> Path:
    return cache_home / "thumbnails" / size / (hashlib.md5(spec_uri(path).encode()).hexdigest() + ".png")


def test_a_spec_following_program_finds_stills_thumbnails(tmp_path):
    # An unusual name: spaces and Korean must be escaped the way the spec says.
    still = write(tmp_path / "kit" / "승리호 bridge #1.jpg", jpeg_bytes(size=(1200, 600)))
    cache = ThumbnailCache(tmp_path / "cache" / "thumbnails")
    kit = open_kit(tmp_path / "kit")
    load_thumbnail(kit, kit.stills[0], 256, cache)
    found = spec_thumbnail_path(tmp_path / "cache", still)
    assert found.is_file()
    with Image.open(found) as im:
        assert im.format == "PNG"
        assert im.info["Thumb::URI"] == spec_uri(still)
        assert int(im.info["Thumb::MTime"]) == int(os.stat(still).st_mtime)
        assert max(im.size) == 256


def test_stills_uses_a_thumbnail_another_program_made(tmp_path, monkeypatch):
    still = write(tmp_path / "kit" / "a.jpg", jpeg_bytes(size=(1200, 600), color=(0, 0, 255)))
    target = spec_thumbnail_path(tmp_path / "cache", still)
    target.parent.mkdir(parents=True)
    info = PngImagePlugin.PngInfo()
    info.add_text("Thumb::URI", spec_uri(still))
    info.add_text("Thumb::MTime", str(int(os.stat(still).st_mtime)))
    Image.new("RGB", (256, 128), (0, 255, 0)).save(target, pnginfo=info)  # green: not what decoding gives

    monkeypatch.setattr(imaging, "decode_image", lambda *a, **k: (_ for _ in ()).throw(AssertionError("decoded")))
    kit = open_kit(tmp_path / "kit")
    thumb = load_thumbnail(kit, kit.stills[0], 256, ThumbnailCache(tmp_path / "cache" / "thumbnails"))
    assert thumb.getpixel((10, 10)) == (0, 255, 0)


def test_a_stale_thumbnail_from_another_program_is_replaced(tmp_path):
    still = write(tmp_path / "kit" / "a.jpg", jpeg_bytes(size=(1200, 600), color=(0, 0, 255)))
    target = spec_thumbnail_path(tmp_path / "cache", still)
    target.parent.mkdir(parents=True)
    info = PngImagePlugin.PngInfo()
    info.add_text("Thumb::URI", spec_uri(still))
    info.add_text("Thumb::MTime", "12345")  # an older version of the file
    Image.new("RGB", (256, 128), (0, 255, 0)).save(target, pnginfo=info)
    kit = open_kit(tmp_path / "kit")
    thumb = load_thumbnail(kit, kit.stills[0], 256, ThumbnailCache(tmp_path / "cache" / "thumbnails"))
    r, g, b = thumb.getpixel((200, 100))
    assert b > 200 and g < 80
