"""The AVIF source: the rotation is written into the file's own EXIF block, byte for byte
otherwise, and EXIF that is not TIFF is left to Pillow."""

from __future__ import annotations

import struct

import pytest
from PIL import Image

from gallery.core.sources.avif import with_orientation


def tiff_block(order: str, orientation: int | None) -> bytes:
    """EXIF as a camera writes it: IFD0 with a UTF-8 copyright stored past the entries."""
    text = "© 2026 North Light".encode() + b"\x00"
    entries = [(0x8298, 2, len(text), None)] + ([(0x0112, 3, 1, orientation)] if orientation else [])
    entries.sort()
    ifd_size = 2 + 12 * len(entries) + 4
    out = (b"II" if order == "<" else b"MM") + struct.pack(order + "HI", 42, 8) + struct.pack(order + "H", len(entries))
    for tag, kind, count, value in entries:
        packed = struct.pack(order + "I", 8 + ifd_size) if value is None else struct.pack(order + "HH", value, 0)
        out += struct.pack(order + "HHI", tag, kind, count) + packed
    return b"Exif\x00\x00" + out + struct.pack(order + "I", 0) + text


@pytest.mark.parametrize("order", ["<", ">"], ids=["II", "MM"])
@pytest.mark.parametrize("orientation", [None, 1], ids=["added", "replaced"])
def test_the_rotation_is_set_in_the_files_own_exif_without_re_encoding(order, orientation):
    kept = with_orientation(tiff_block(order, orientation), 8)
    assert kept is not None
    reread = Image.Exif()
    reread.load(kept)
    assert reread[0x0112] == 8
    assert reread[0x8298].encode("latin-1").decode("utf-8") == "© 2026 North Light"  # bytes unchanged
    assert len(reread) == 2


def test_exif_that_is_not_tiff_is_left_to_pillow():
    assert with_orientation(b"Exif\x00\x00not a tiff block", 8) is None
    assert with_orientation(tiff_block("<", 1)[:16], 8) is None  # IFD0 cut short


def test_an_avif_over_the_header_budget_is_refused_with_its_size_not_called_damaged(tmp_path):
    """Pillow reads an AVIF whole to open it, so one over 64 MB (here a small picture and a
    65 MB ``free`` box, legal ISOBMFF padding) ran out of the header budget: it was listed as
    "damaged file (header too large)"."""
    import io
    import pathlib

    from gallery.core.kit import open_kit

    picture = (pathlib.Path(__file__).resolve().parents[2] / "fixtures" / "orientation" / "o1.avif").read_bytes()
    Image.open(io.BytesIO(picture)).load()  # a sound AVIF
    padding = 65 * 1024 * 1024
    with open(tmp_path / "big.avif", "wb") as fh:
        fh.write(picture + struct.pack(">I4s", padding + 8, b"free"))
        fh.truncate(len(picture) + 8 + padding)
    (still,) = open_kit(tmp_path).stills
    assert still.error == "AVIF too large to open (66 MB; Stills opens AVIF files up to 64 MB)"
