"""Formats as a user meets them: AVIF and MPO stills are listed, read and shown; HEIF is listed
with the reason it is not shown; every other file of a kit is counted in one warning line.

tests/fixtures/formats/ holds an AVIF and an MPO whose metadata exiftool wrote
(make_formats.sh), with exiftool's own reading beside them (exiftool_mwg.json)."""

from __future__ import annotations

import io
import json
import pathlib
import subprocess
import sys
import zipfile

import pytest
from helpers import jpeg_bytes, write
from PIL import Image

from gallery.core.imaging import ImageError, ThumbnailCache, decode_image, load_thumbnail
from gallery.core.kit import open_kit

FORMATS = pathlib.Path(__file__).resolve().parent.parent / "fixtures" / "formats"
REFERENCE = {
    pathlib.Path(doc["SourceFile"]).name: doc for doc in json.loads((FORMATS / "exiftool_mwg.json").read_text())
}
BLUE, RED = (20, 20, 220), (200, 30, 30)


def gallery(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "gallery", *args], capture_output=True, text=True, timeout=120)


def info_json(path: pathlib.Path, status: int = 0) -> dict:
    """`gallery info --json`'s document; ``status`` 1 says some stills could not be read."""
    result = gallery("info", str(path), "--json")
    assert result.returncode == status, result.stderr
    return json.loads(result.stdout)


def avif_bytes(size=(64, 48), orientation: int | None = None, exif: Image.Exif | None = None) -> bytes:
    """Left half blue, right half red; an orientation is written by Pillow as irot/imir."""
    im = Image.new("RGB", size, RED)
    im.paste(BLUE, (0, 0, size[0] // 2, size[1]))
    exif = exif or Image.Exif()
    if orientation:
        exif[0x0112] = orientation
    buf = io.BytesIO()
    im.save(buf, "AVIF", exif=exif.tobytes(), quality=90)
    return buf.getvalue()


def near(pixel, colour, tolerance=40) -> bool:
    return all(abs(a - b) <= tolerance for a, b in zip(pixel[:3], colour, strict=True))


@pytest.fixture
def cache(tmp_path):
    return ThumbnailCache(tmp_path / "thumbs")


# --- AVIF ------------------------------------------------------------------------------------


def test_avif_press_fields_match_exiftools_reading(tmp_path):
    write(tmp_path / "kit" / "press.avif", (FORMATS / "press.avif").read_bytes())
    ref = REFERENCE["press.avif"]
    (still,) = info_json(tmp_path / "kit")["stills"]
    assert still["error"] is None
    assert still["caption"] == ref["MWG:Description"] == "Lena Ortiz as the harbour master. Photo: Ana Lima"
    assert still["title"] == ref["XMP-dc:Title"]
    assert still["credit"] == ref["XMP-photoshop:Credit"]
    assert still["creators"] == ref["MWG:Creator"] == ["Ana Lima"]
    assert still["keywords"] == ref["MWG:Keywords"] == ["harbour", "dawn"]
    # exiftool reads the irot box as a 270° (counter-clockwise) rotation: 90° clockwise on
    # screen, EXIF orientation 6; the still is shown portrait.
    assert ref["QuickTime:Rotation"] == 270 and ref["Composite:ImageSize"] == "64x48"
    assert (still["orientation"], still["width"], still["height"]) == (6, 48, 64)


def test_avif_exif_text_survives_an_irot_rotation(tmp_path):
    """Pillow re-encodes an AVIF's EXIF as ASCII to add the irot rotation ('©' became '??')."""
    write(tmp_path / "press.avif", (FORMATS / "press.avif").read_bytes())
    still = open_kit(tmp_path).stills[0]
    assert still.copyright == REFERENCE["press.avif"]["MWG:Copyright"] == "© 2026 North Light Films"
    assert still.orientation == 6


@pytest.mark.parametrize("packed", [False, True], ids=["folder", "zip"])
def test_avif_is_listed_and_shown_turned_as_its_irot_says(tmp_path, cache, packed):
    data = avif_bytes(orientation=6)
    if packed:
        with zipfile.ZipFile(tmp_path / "kit.zip", "w") as zf:
            zf.writestr("kit/turned.avif", data)
        kit = open_kit(tmp_path / "kit.zip")
    else:
        kit = open_kit(write(tmp_path / "kit" / "turned.avif", data).parent)
    still = kit.still("turned.avif")
    assert still is not None and still.error is None and still.format == "AVIF"
    assert (still.width, still.height) == (48, 64)
    thumb = load_thumbnail(kit, still, 128, cache)
    assert thumb.size == (48, 64)
    # The left half (blue) turned 90° clockwise is the top half.
    assert near(thumb.getpixel((24, 4)), BLUE) and near(thumb.getpixel((24, 60)), RED)
    preview = decode_image(kit, still, 1600, 1000)  # the preview and the slideshow decode so
    assert preview.size == (48, 64) and near(preview.getpixel((24, 4)), BLUE)


def test_avif_caption_from_exif_written_by_pillow(tmp_path):
    exif = Image.Exif()
    exif[0x010E] = "Tae-ho at the helm"
    write(tmp_path / "a.avif", avif_bytes(exif=exif))
    kit = open_kit(tmp_path)
    assert (kit.stills[0].caption, kit.stills[0].width, kit.stills[0].height) == ("Tae-ho at the helm", 64, 48)


def test_an_avif_claiming_a_bomb_size_is_refused_with_its_size(tmp_path, cache):
    data = bytearray(avif_bytes())
    at = data.index(b"ispe")  # the image spatial extent: width and height
    data[at + 8 : at + 16] = (12000).to_bytes(4, "big") * 2
    write(tmp_path / "big.avif", bytes(data))
    kit = open_kit(tmp_path)
    still = kit.still("big.avif")
    assert (still.error, still.width, still.height) == (None, 12000, 12000)
    with pytest.raises(ImageError, match=r"image too large \(12000×12000\)"):
        load_thumbnail(kit, still, 128, cache)


# --- MPO -------------------------------------------------------------------------------------


def test_mpo_is_listed_and_read_as_its_first_picture(tmp_path, cache):
    write(tmp_path / "kit" / "pair.MPO", (FORMATS / "press.mpo").read_bytes())
    ref = REFERENCE["press.mpo"]
    assert ref["File:FileType"] == "MPO" and ref["MPF0:NumberOfImages"] == 2
    (doc,) = info_json(tmp_path / "kit")["stills"]
    assert doc["file"] == "pair.MPO" and doc["error"] is None
    assert doc["caption"] == ref["MWG:Description"] == "Two takes of the harbour scene"
    assert doc["credit"] == ref["XMP-photoshop:Credit"]
    assert doc["creators"] == [ref["MWG:Creator"]] == ["Ana Lima"]
    assert (doc["width"], doc["height"]) == (64, 48)
    kit = open_kit(tmp_path / "kit")
    thumb = load_thumbnail(kit, kit.still("pair.MPO"), 128, cache)
    # The first picture: blue on the left, red on the right (the second one is green).
    assert near(thumb.getpixel((4, 24)), BLUE) and near(thumb.getpixel((60, 24)), RED)


# --- HEIF ------------------------------------------------------------------------------------


def heic_bytes(brand: bytes = b"heic") -> bytes:
    ftyp = b"ftyp" + brand + b"\x00\x00\x00\x00mif1" + brand
    return (4 + len(ftyp)).to_bytes(4, "big") + ftyp + b"\x00" * 400


def test_heic_is_listed_with_its_reason(tmp_path, cache):
    write(tmp_path / "kit" / "IMG_0001.HEIC", heic_bytes())
    write(tmp_path / "kit" / "phone" / "IMG_0002.heif", heic_bytes(b"mif1"))
    write(tmp_path / "kit" / "a.jpg", jpeg_bytes())
    doc = info_json(tmp_path / "kit", status=1)
    errors = {s["file"]: s["error"] for s in doc["stills"]}
    assert errors == {
        "IMG_0001.HEIC": "unsupported format (HEIF)",
        "a.jpg": None,
        "phone/IMG_0002.heif": "unsupported format (HEIF)",
    }
    assert doc["kit"]["warnings"] == []  # listed as tiles: nothing is hidden
    kit = open_kit(tmp_path / "kit")
    with pytest.raises(ImageError, match=r"^unsupported format \(HEIF\)$"):
        load_thumbnail(kit, kit.still("IMG_0001.HEIC"), 128, cache)
    summary = gallery("info", str(tmp_path / "kit")).stdout
    assert "IMG_0001.HEIC  \n    ! unsupported format (HEIF)" in summary


# --- files that are not shown ------------------------------------------------------------------

OTHER_FILES = {
    "clip.MOV": b"mov",
    "making-of/b-roll.mov": b"mov",
    "making-of/day 2/take.mov": b"mov",
    "notes.txt": b"notes",
    "making-of/credits.txt": b"credits",
    "README": b"read me",
    "making-of/kit.toml": b"",  # only the kit's own kit.toml is read
}
QUIET_FILES = {
    "kit.toml": b'title = "Harbour"\n',
    "captions.csv": b"file,caption\na.jpg,Hello\n",
    ".DS_Store": b"\x00\x00\x00\x01Bud1",
    "._a.jpg": b"\x00\x05\x16\x07",
    "making-of/Thumbs.db": b"\xd0\xcf",
}
NOT_SHOWN = "7 files not shown: 3 .mov, 2 .txt, 1 .toml, 1 without extension"


def test_every_file_not_shown_is_counted_in_one_warning(tmp_path):
    kit_dir = tmp_path / "kit"
    write(kit_dir / "a.jpg", jpeg_bytes())
    write(kit_dir / "making-of" / "b.jpg", jpeg_bytes())
    for name, data in {**OTHER_FILES, **QUIET_FILES}.items():
        write(kit_dir / name, data)
    kit = open_kit(kit_dir)
    assert [s.file for s in kit.stills] == ["a.jpg", "making-of/b.jpg"]
    assert kit.title == "Harbour" and kit.still("a.jpg").caption == "Hello"
    assert kit.warnings == [NOT_SHOWN]
    doc = info_json(kit_dir)
    assert doc["kit"]["warnings"] == [NOT_SHOWN]
    assert f"warning: {NOT_SHOWN}\n" in gallery("info", str(kit_dir)).stdout


def test_every_member_not_shown_is_counted_in_one_warning(tmp_path):
    archive = tmp_path / "kit.zip"
    with zipfile.ZipFile(archive, "w") as zf:
        zf.writestr("harbour/a.jpg", jpeg_bytes())
        zf.writestr("harbour/making-of/b.jpg", jpeg_bytes())
        for name, data in {**OTHER_FILES, **QUIET_FILES}.items():
            zf.writestr(f"harbour/{name}", data)
        zf.writestr("__MACOSX/harbour/._a.jpg", b"\x00\x05\x16\x07")
    kit = open_kit(archive)
    assert [s.file for s in kit.stills] == ["a.jpg", "making-of/b.jpg"]
    assert kit.title == "Harbour"
    assert kit.warnings == [NOT_SHOWN]


def test_a_kit_of_stills_only_has_no_warning(tmp_path):
    write(tmp_path / "a.jpg", jpeg_bytes())
    write(tmp_path / "b.avif", avif_bytes())
    write(tmp_path / "kit.toml", b'title = "Clean"\n')
    assert open_kit(tmp_path).warnings == []
