"""PNG chunks: the walk reads past IDAT without reading it, and raw profiles as ImageMagick writes them."""

from __future__ import annotations

import io
import struct
import zlib

from helpers import XMP_PACKET as PACKET

from gallery.core import png_chunks


def _png(*chunks: tuple[bytes, bytes]) -> bytes:
    out = b"\x89PNG\r\n\x1a\n"
    for kind, body in chunks:
        out += struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(kind + body))
    return out


class _CountingReader(io.BytesIO):
    read_bytes = 0
    seeked_back = False

    def read(self, size: int | None = -1) -> bytes:
        data = super().read(size)
        self.read_bytes += len(data)
        return data

    def seek(self, offset: int, whence: int = 0) -> int:
        before = self.tell()
        after = super().seek(offset, whence)
        if after < before and after != 0:
            self.seeked_back = True
        return after


def test_png_walk_reads_after_idat_and_skips_what_it_does_not_use():
    itxt = b"XML:com.adobe.xmp\x00\x01\x00\x00\x00" + zlib.compress(PACKET.encode())
    data = _png(
        (b"IHDR", b"\x00" * 13),
        (b"tEXt", b"Comment\x00not ours"),
        (b"IDAT", b"\xff" * 5000),
        (b"iTXt", itxt),
        (b"eXIf", b"MM\x00*\x00\x00\x00\x08\x00\x00"),
        (b"iTXt", b"XML:com.adobe.xmp\x00\x00\x00\x00\x00second packet"),
        (b"IEND", b""),
    )
    reader = _CountingReader(data)
    found = png_chunks.read_png_metadata(reader)  # type: ignore[arg-type]
    assert found.texts == {png_chunks.XMP_KEYWORD: PACKET.encode()}  # the first XMP wins
    assert found.exif == b"MM\x00*\x00\x00\x00\x08\x00\x00"
    assert found.warnings == []
    assert reader.read_bytes < 1500  # IDAT (5,000 bytes) was skipped, not read
    assert not reader.seeked_back


def test_raw_profile_as_imagemagick_writes_it():
    iim_block = b"\x1c\x02\x6e\x00\x07Netflix"
    hexed = iim_block.hex()
    text = f"\niptc\n{len(iim_block):8d}\n{hexed[:20]}\n{hexed[20:]}\n".encode()
    assert png_chunks.raw_profile(text) == iim_block
    # a claim longer than the data: the data is what the hex holds
    assert png_chunks.raw_profile(f"\niptc\n{2**31}\n{hexed}\n".encode()) == iim_block
    assert png_chunks.raw_profile(b"no header here") is None
    assert png_chunks.raw_profile(b"\niptc\n4\nzz zz\n") is None
