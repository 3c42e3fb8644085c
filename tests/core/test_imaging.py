"""Thumbnails: right way up, right shape, cached where the freedesktop spec says, never in the kit.

Stills and other programs share the freedesktop.org thumbnail cache. The spec, written out
independently here (not through Stills' code): thumbnails live in
$XDG_CACHE_HOME/thumbnails/{normal,large,x-large,xx-large}/MD5(URI).png, carry the tEXt keys
Thumb::URI and Thumb::MTime, and are current while those match the file.

The EXIF preview (IFD1 thumbnail) a camera writes into its JPEGs: read from the header only,
right way up, and None (never an exception) when absent or broken."""

from __future__ import annotations

import hashlib
import os
import urllib.parse
import zipfile
from pathlib import Path

import pytest
from helpers import jpeg_bytes, jpeg_with_preview, png_bytes, tree_digest, write
from PIL import Image, PngImagePlugin

from gallery.core import imaging
from gallery.core.imaging import ImageError, ThumbnailCache, decode_image, embedded_preview, load_thumbnail
from gallery.core.kit import open_kit


@pytest.fixture
def cache(tmp_path):
    return ThumbnailCache(tmp_path / "cache" / "thumbnails")


def test_thumbnail_keeps_aspect_and_applies_exif_orientation(tmp_path, cache):
    write(tmp_path / "kit" / "turned.jpg", jpeg_bytes(size=(400, 200), exif_orientation=6))
    kit = open_kit(tmp_path / "kit")
    still = kit.stills[0]
    assert (still.width, still.height) == (200, 400)
    thumb = load_thumbnail(kit, still, 128, cache)
    assert thumb.size == (64, 128)
    assert thumb.mode == "RGB"
    # The yellow block sat top-left in stored pixels; turned 90° clockwise it is top-right.
    r, g, b = thumb.getpixel((thumb.width - 4, 4))
    assert r > 200 and g > 200 and b < 100
    r, g, b = thumb.getpixel((4, 4))
    assert b > 100


def test_transparent_png_keeps_alpha(tmp_path, cache):
    write(tmp_path / "kit" / "a.png", png_bytes(color=(255, 0, 0, 0)))
    kit = open_kit(tmp_path / "kit")
    assert load_thumbnail(kit, kit.stills[0], 128, cache).mode == "RGBA"


def test_cache_follows_the_freedesktop_layout_and_is_reused(tmp_path, cache, monkeypatch):
    path = write(tmp_path / "kit" / "a.jpg", jpeg_bytes(size=(1000, 500)))
    kit = open_kit(tmp_path / "kit")
    before = tree_digest(tmp_path / "kit")
    first = load_thumbnail(kit, kit.stills[0], 256, cache)
    uri = path.resolve().as_uri()
    cached = cache.root / "large" / (hashlib.md5(uri.encode()).hexdigest() + ".png")
    assert cached.is_file()
    with Image.open(cached) as im:
        assert im.info["Thumb::URI"] == uri
        assert im.info["Thumb::MTime"] == str(int(os.stat(path).st_mtime))
        assert im.size == (256, 128)
    assert tree_digest(tmp_path / "kit") == before

    def no_decoding(*args, **kwargs):
        raise AssertionError("decoded although cached")

    monkeypatch.setattr(imaging, "decode_image", no_decoding)
    again = load_thumbnail(kit, open_kit(tmp_path / "kit").stills[0], 256, cache)
    assert again.size == first.size


def test_a_changed_file_gets_a_new_thumbnail(tmp_path, cache):
    path = write(tmp_path / "kit" / "a.jpg", jpeg_bytes(size=(300, 300), color=(0, 0, 200)))
    kit = open_kit(tmp_path / "kit")
    assert load_thumbnail(kit, kit.stills[0], 128, cache).getpixel((100, 100))[2] > 150
    write(path, jpeg_bytes(size=(300, 300), color=(0, 200, 0)))
    os.utime(path, (os.stat(path).st_atime, os.stat(path).st_mtime + 10))
    kit = open_kit(tmp_path / "kit")
    assert load_thumbnail(kit, kit.stills[0], 128, cache).getpixel((100, 100))[1] > 150


def test_failures_are_recorded_and_not_retried(tmp_path, cache, monkeypatch):
    good = jpeg_bytes(size=(300, 300))
    # Complete markers but damaged entropy data: only decoding finds out.
    broken = good[:400] + b"\xff\xd0" * 200 + good[-2:]
    write(tmp_path / "kit" / "broken.jpg", broken)
    kit = open_kit(tmp_path / "kit")
    still = kit.stills[0]
    calls = []
    real = imaging.decode_image

    def counting(*args, **kwargs):
        calls.append(1)
        return real(*args, **kwargs)

    monkeypatch.setattr(imaging, "decode_image", counting)
    try:
        load_thumbnail(kit, still, 128, cache)
    except ImageError as exc:
        first_reason = str(exc)
    else:  # Pillow may decode a damaged JPEG as grey; then there is nothing to record
        pytest.skip("this Pillow decodes the damaged data")
    with pytest.raises(ImageError) as again:
        load_thumbnail(kit, still, 128, cache)
    assert str(again.value) == first_reason
    assert len(calls) == 1


def test_unreadable_still_raises_its_reason(tmp_path, cache):
    write(tmp_path / "kit" / "page.jpg", b"<html>not found</html>")
    kit = open_kit(tmp_path / "kit")
    with pytest.raises(ImageError, match="not an image"):
        load_thumbnail(kit, kit.stills[0], 128, cache)


def test_zip_members_go_to_a_private_cache(tmp_path, cache):
    archive = tmp_path / "kit.zip"
    with zipfile.ZipFile(archive, "w") as zf:
        zf.writestr("a.jpg", jpeg_bytes(size=(600, 300)))
    kit = open_kit(archive)
    thumb = load_thumbnail(kit, kit.stills[0], 256, cache)
    assert thumb.size == (256, 128)
    assert list(cache.private_root.glob("large/*.png"))
    assert not (cache.root / "large").exists()


def test_an_unwritable_cache_still_gives_thumbnails(tmp_path):
    blocked = tmp_path / "blocked"
    blocked.write_bytes(b"")  # a file where the cache folder should be
    cache = ThumbnailCache(blocked / "thumbnails")
    write(tmp_path / "kit" / "a.jpg", jpeg_bytes())
    kit = open_kit(tmp_path / "kit")
    assert load_thumbnail(kit, kit.stills[0], 128, cache).size == (128, 80)


def test_decode_for_the_screen_is_reduced(tmp_path):
    write(tmp_path / "kit" / "big.jpg", jpeg_bytes(size=(4000, 3000)))
    kit = open_kit(tmp_path / "kit")
    image = decode_image(kit, kit.stills[0], 800, 800)
    assert image.size == (800, 600)


def test_a_reason_that_may_pass_is_shown_but_never_recorded(tmp_path, cache):
    import pickle

    from gallery.core.reasons import Reason

    for name in ("a", "b"):
        write(tmp_path / "kit" / f"{name}.jpg", jpeg_bytes())
    kit = open_kit(tmp_path / "kit")
    short = ImageError(Reason.passing("image too large (out of memory)"))
    assert str(short) == "image too large (out of memory)"  # what the tile says, word for word
    crossed = pickle.loads(pickle.dumps(short))  # as it comes back from a worker
    assert crossed.reason == short.reason and crossed.reason.transient
    assert ImageError("file is gone").reason.transient  # a source's plain message, classified
    assert not ImageError("decoder crashed").reason.transient
    first, second = kit.stills
    cache.record_failure(kit, first, short.reason)
    cache.record_failure(kit, second, Reason("damaged file"))
    assert cache.recorded_failure(kit, first) is None
    assert cache.recorded_failure(kit, second) == "damaged file"


# -- shared with other programs, as the freedesktop.org spec says ----------------------------------


def spec_uri(path: Path) -> str:
    """The URI GLib (so GNOME Files) gives the file: its bytes escaped but for letters, digits
    and ``-._~!$&'()*+,:=@/`` (g_filename_to_uri's set; see tests/core/test_file_uri.py)."""
    return "file://" + urllib.parse.quote(os.fsencode(path.resolve()), safe="/!$&'()*+,:=@")


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


def test_still_1_gets_the_thumbnail_name_and_uri_glib_computes(tmp_path):
    """GNOME Files sees Stills' thumbnails of names with parentheses and the like (and Stills
    sees its): before, Python's as_uri() escaped "(" and ")" and the names differed."""
    assert spec_uri(tmp_path) == tmp_path.resolve().as_uri()  # a plain folder: the name is all that differs
    for name, tail in [
        ("Still (1).jpg", "/Still%20(1).jpg"),
        ("!$&'()*+,;=:@~ #%.jpg", "/!$&'()*+,%3B=:@~%20%23%25.jpg"),
    ]:
        still = write(tmp_path / "kit" / name, jpeg_bytes(size=(1200, 600)))
        assert spec_uri(still) == tmp_path.resolve().as_uri() + "/kit" + tail
    kit = open_kit(tmp_path / "kit")
    cache = ThumbnailCache(tmp_path / "cache" / "thumbnails")
    for still in kit.stills:
        load_thumbnail(kit, still, 256, cache)
        found = spec_thumbnail_path(tmp_path / "cache", tmp_path / "kit" / still.file)
        with Image.open(found) as im:
            assert im.info["Thumb::URI"] == spec_uri(tmp_path / "kit" / still.file)


def test_a_thumbnail_of_the_previous_naming_is_used_and_shared(tmp_path, monkeypatch):
    """Stills 0.1 named "Still (1).jpg"'s thumbnail after as_uri(): it is still read (no
    decode), and copied under the name file managers look for."""
    still = write(tmp_path / "kit" / "Still (1).jpg", jpeg_bytes(size=(1200, 600), color=(0, 0, 255)))
    old_uri = still.resolve().as_uri()
    old = tmp_path / "cache" / "thumbnails" / "large" / (hashlib.md5(old_uri.encode()).hexdigest() + ".png")
    old.parent.mkdir(parents=True)
    info = PngImagePlugin.PngInfo()
    info.add_text("Thumb::URI", old_uri)
    info.add_text("Thumb::MTime", str(int(os.stat(still).st_mtime)))
    Image.new("RGB", (256, 128), (0, 255, 0)).save(old, pnginfo=info)  # green: not what decoding gives

    monkeypatch.setattr(imaging, "decode_image", lambda *a, **k: (_ for _ in ()).throw(AssertionError("decoded")))
    kit = open_kit(tmp_path / "kit")
    thumb = load_thumbnail(kit, kit.stills[0], 256, ThumbnailCache(tmp_path / "cache" / "thumbnails"))
    assert thumb.getpixel((10, 10)) == (0, 255, 0)
    with Image.open(spec_thumbnail_path(tmp_path / "cache", still)) as shared:
        assert shared.info["Thumb::URI"] == spec_uri(still) and shared.getpixel((10, 10)) == (0, 255, 0)


def test_failures_go_to_fail_stills_version_and_the_cache_is_private(tmp_path):
    """The spec's fail/appname-version folder (a newer Stills tries again), and thumbnails/
    itself 0700, not only the size folders (an older Stills left it 0755: tightened)."""
    import gallery

    good = jpeg_bytes(size=(300, 300))
    write(tmp_path / "kit" / "broken.jpg", good[:400] + b"\xff\xd0" * 200 + good[-2:])
    write(tmp_path / "kit" / "good.jpg", good)
    (tmp_path / "cache" / "thumbnails").mkdir(parents=True, mode=0o755)
    os.chmod(tmp_path / "cache" / "thumbnails", 0o755)
    kit = open_kit(tmp_path / "kit")
    cache = ThumbnailCache(tmp_path / "cache" / "thumbnails")
    load_thumbnail(kit, kit.still("good.jpg"), 128, cache)
    with pytest.raises(ImageError):
        load_thumbnail(kit, kit.still("broken.jpg"), 128, cache)
    fail = tmp_path / "cache" / "thumbnails" / "fail" / f"stills-{gallery.__version__}"
    (record,) = fail.iterdir()
    assert record.name == hashlib.md5(spec_uri(tmp_path / "kit" / "broken.jpg").encode()).hexdigest() + ".png"
    for folder in (
        "thumbnails",
        "thumbnails/normal",
        "thumbnails/fail",
        f"thumbnails/fail/stills-{gallery.__version__}",
    ):
        assert (tmp_path / "cache" / folder).stat().st_mode & 0o777 == 0o700, folder


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


# -- the EXIF preview a camera writes into its JPEGs -----------------------------------------------


def only_still(folder):
    kit = open_kit(folder)
    return kit, kit.stills[0]


def is_red(pixel) -> bool:
    r, g, b = pixel
    return r > 180 and g < 80 and b < 80


def is_yellow(pixel) -> bool:
    r, g, b = pixel
    return r > 200 and g > 200 and b < 100


def test_preview_is_the_exif_thumbnail_not_the_image(tmp_path):
    write(tmp_path / "kit" / "a.jpg", jpeg_with_preview(size=(640, 480), orientation=1))
    kit, still = only_still(tmp_path / "kit")
    preview = embedded_preview(kit, still)
    assert preview is not None
    assert preview.size == (160, 120)
    assert preview.mode == "RGB"
    # The preview is red (the main image is blue): it is the thumbnail's pixels.
    assert is_red(preview.getpixel((120, 90)))
    assert is_yellow(preview.getpixel((4, 4)))


def test_preview_is_turned_by_the_stills_orientation(tmp_path):
    write(tmp_path / "kit" / "turned.jpg", jpeg_with_preview(size=(640, 480), orientation=6))
    kit, still = only_still(tmp_path / "kit")
    assert still.orientation == 6
    preview = embedded_preview(kit, still)
    assert preview is not None
    assert preview.size == (120, 160)
    # The yellow block sat top-left in stored pixels; turned 90° clockwise it is top-right.
    assert is_yellow(preview.getpixel((preview.width - 4, 4)))
    assert is_red(preview.getpixel((4, preview.height - 4)))


def test_no_exif_thumbnail_gives_none(tmp_path):
    write(tmp_path / "kit" / "plain.jpg", jpeg_bytes(exif_orientation=6, description="Dorothy"))
    write(tmp_path / "kit" / "bare.jpg", jpeg_bytes())
    write(tmp_path / "kit" / "c.png", png_bytes())
    kit = open_kit(tmp_path / "kit")
    assert len(kit.stills) == 3
    for still in kit.stills:
        assert embedded_preview(kit, still) is None, still.file


def test_garbage_offsets_give_none(tmp_path):
    write(tmp_path / "kit" / "far.jpg", jpeg_with_preview(offset=0x7FFF_FFF0))
    write(tmp_path / "kit" / "long.jpg", jpeg_with_preview(length=50_000_000))
    write(tmp_path / "kit" / "off.jpg", jpeg_with_preview(offset=9))  # inside IFD0: not a JPEG
    write(tmp_path / "kit" / "short.jpg", jpeg_with_preview(length=40))  # a cut-off thumbnail
    kit = open_kit(tmp_path / "kit")
    assert len(kit.stills) == 4
    for still in kit.stills:
        assert embedded_preview(kit, still) is None, still.file


def test_unreadable_still_gives_none(tmp_path):
    write(tmp_path / "kit" / "broken.jpg", b"\xff\xd8\xff\xe1\x00\x10Exif\x00\x00II*\x00garbage")
    path = write(tmp_path / "kit" / "gone.jpg", jpeg_with_preview())
    kit = open_kit(tmp_path / "kit")
    path.unlink()
    for still in kit.stills:
        assert embedded_preview(kit, still) is None, still.file
