"""An EXIF block with an IFD1 thumbnail, as cameras write it, built by hand.

Used by the benchmark's 24-megapixel corpus and by the tests of ``embedded_preview``
(Pillow writes IFD0 only, so the thumbnail's IFD is assembled here byte by byte).
"""

from __future__ import annotations

import io
import struct

from PIL import Image


def thumbnail_jpeg(image: Image.Image, size=(160, 120), quality: int = 80) -> bytes:
    """The image shrunk to ``size`` (aspect kept, like a camera's 160×120 thumbnail) as JPEG bytes."""
    small = image.convert("RGB")
    small.thumbnail(size, Image.Resampling.BILINEAR)
    buf = io.BytesIO()
    small.save(buf, "JPEG", quality=quality)
    return buf.getvalue()


def exif_with_thumbnail(
    thumbnail: bytes, orientation: int | None = 1, offset: int | None = None, length: int | None = None
) -> bytes:
    """A little-endian TIFF block: IFD0 (Orientation) pointing to IFD1 (Compression=6,
    JPEGInterchangeFormat, JPEGInterchangeFormatLength), then the thumbnail's bytes.

    Pass as ``exif=`` to ``Image.save(..., "JPEG")``. ``offset``/``length`` override the
    pointers (to make a broken one)."""
    ifd0_entries = [(0x0112, 3, 1, orientation)] if orientation else []
    ifd0_at = 8
    ifd0_size = 2 + 12 * len(ifd0_entries) + 4
    ifd1_at = ifd0_at + ifd0_size
    ifd1_size = 2 + 12 * 3 + 4
    data_at = ifd1_at + ifd1_size
    out = bytearray(b"II*\x00" + struct.pack("<I", ifd0_at))

    def entry(tag: int, kind: int, count: int, value: int) -> bytes:
        if kind == 3:
            return struct.pack("<HHIHH", tag, kind, count, value, 0)
        return struct.pack("<HHII", tag, kind, count, value)

    out += struct.pack("<H", len(ifd0_entries))
    for e in ifd0_entries:
        out += entry(*e)
    out += struct.pack("<I", ifd1_at)
    ifd1 = [
        (0x0103, 3, 1, 6),
        (0x0201, 4, 1, data_at if offset is None else offset),
        (0x0202, 4, 1, len(thumbnail) if length is None else length),
    ]
    out += struct.pack("<H", len(ifd1))
    for e in ifd1:
        out += entry(*e)
    out += struct.pack("<I", 0)
    assert len(out) == data_at
    out += thumbnail
    return b"Exif\x00\x00" + bytes(out)
