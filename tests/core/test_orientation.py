"""Every Orientation value 1-8, in every format that carries one, shown the right way up.

tests/fixtures/orientation/ holds one 24×16 still per format and value (plain and G4 TIFF,
JPEG, PNG with eXIf, WebP, AVIF with irot/imir), stored white with a black marker in the
top-left corner; exiftool wrote the orientations and its reading is committed beside them
(make_orientation_fixtures.sh). The marker must land where the orientation puts the top-left
stored pixel, in the thumbnail and in the full decode (the details preview and the slideshow
decode through the same call). Before, every TIFF with Orientation 2-8 was turned twice:
once by Pillow while loading, once by Stills."""

from __future__ import annotations

import itertools
import json
import pathlib
import shutil

import pytest
from PIL import Image

from gallery.core.imaging import ThumbnailCache, decode_image, load_thumbnail
from gallery.core.kit import open_kit
from gallery.core.orientation import TRANSPOSE, applied_by_decoder, turn, turns_left

FIXTURES = pathlib.Path(__file__).resolve().parent.parent / "fixtures" / "orientation"
EXIFTOOL = {
    pathlib.Path(doc["SourceFile"]).name: doc
    for doc in json.loads((FIXTURES / "exiftool_orientation.json").read_text())
}
#: Where the stored top-left pixel is shown, per orientation (EXIF 2.32, tag 274).
CORNER = {1: "top-left", 2: "top-right", 3: "bottom-right", 4: "bottom-left"}
CORNER |= {5: "top-left", 6: "top-right", 7: "bottom-right", 8: "bottom-left"}
#: exiftool 12.57 reads an AVIF's irot box (counter-clockwise degrees) but not its imir.
AVIF_ROTATION = {1: None, 2: None, 3: 180, 4: None, 5: 90, 6: 270, 7: 270, 8: 90}
FILES = [f"o{n}{kind}" for kind in (".jpg", ".tif", "_g4.tif", ".png", ".webp", ".avif") for n in range(1, 9)]


def marker_corner(image: Image.Image) -> str:
    grey = image.convert("L")
    w, h = grey.size
    spots = {"top-left": (1, 1), "top-right": (w - 2, 1), "bottom-left": (1, h - 2), "bottom-right": (w - 2, h - 2)}
    dark = [name for name, xy in spots.items() if grey.getpixel(xy) < 128]
    return ",".join(dark) or "none"


@pytest.fixture(scope="module")
def kit(tmp_path_factory):
    folder = tmp_path_factory.mktemp("orientation") / "kit"
    folder.mkdir()
    for name in FILES:
        shutil.copy(FIXTURES / name, folder / name)
    return open_kit(folder)


@pytest.mark.parametrize("name", FILES)
def test_each_orientation_is_read_as_exiftool_reads_it_and_shown_upright(kit, name, tmp_path):
    n = int(name[1])
    ref = EXIFTOOL[name]
    if name.endswith(".avif"):
        assert ref.get("QuickTime:Rotation") == AVIF_ROTATION[n]
    else:
        assert ref["IFD0:Orientation"] == n
    still = kit.still(name)
    assert still is not None and still.error is None
    assert (still.orientation or 1) == n
    shown = (16, 24) if n >= 5 else (24, 16)
    assert (still.width, still.height) == shown

    thumb = load_thumbnail(kit, still, 128, ThumbnailCache(tmp_path / "thumbnails"))
    full = decode_image(kit, still, 1600, 1000)
    assert (thumb.size, marker_corner(thumb)) == (shown, CORNER[n])
    assert (full.size, marker_corner(full)) == (shown, CORNER[n])


@pytest.mark.parametrize("name", ["o6.tif", "o6_g4.tif", "o6.jpg", "o6.png", "o6.webp", "o6.avif"])
def test_pillow_turns_tiffs_itself_and_no_other_format(name):
    """The per-decoder rule, measured on the installed Pillow: a newer Pillow that turns
    another format (or stops turning TIFFs) fails here rather than in front of a user."""
    with Image.open(FIXTURES / name) as im:
        applied = applied_by_decoder(im)
        im.load()
        turned_by_pillow = marker_corner(im) == "top-right" and im.size == (16, 24)
        as_stored = marker_corner(im) == "top-left" and im.size == (24, 16)
    assert turned_by_pillow == name.endswith(".tif") == (applied == 6)
    assert as_stored != turned_by_pillow


def test_the_turns_left_finish_any_orientation_from_any_the_decoder_applied():
    """A TIFF whose shown orientation is not the one Pillow applied (an XMP one, say) is
    finished from what Pillow did, not from the stored pixels."""
    stored = Image.new("L", (3, 2))
    stored.putdata(range(6))
    for applied, wanted in itertools.product(range(1, 9), repeat=2):
        decoded = turn(stored, turns_left(applied, 1))
        expected = stored.transpose(TRANSPOSE[wanted]) if wanted in TRANSPOSE else stored
        result = turn(decoded, turns_left(wanted, applied))
        assert (result.size, result.tobytes()) == (expected.size, expected.tobytes()), (applied, wanted)
