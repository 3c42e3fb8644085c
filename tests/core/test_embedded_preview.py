"""The EXIF preview (IFD1 thumbnail) a camera writes into its JPEGs: read from the header
only, right way up, and None (never an exception) when absent or broken."""

from __future__ import annotations

from helpers import jpeg_bytes, jpeg_with_preview, png_bytes, write

from gallery.core.imaging import embedded_preview
from gallery.core.kit import open_kit


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
