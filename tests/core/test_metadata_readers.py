"""The small readers behind "where the metadata lives": PNG chunks and raw profiles, GIF
XMP blocks, APP13 joins, wide XMP, IFD0 Orientation entries, the IIM charset hint.

The files of record are the exiftool fixtures (test_metadata_sources.py); these tests pin
the edges those files do not reach (layouts, encodings, padding) in a few bytes each."""

from __future__ import annotations

import io
import struct
import zlib

import pytest

from gallery.core import iim, png_chunks, xmp
from gallery.core.exif_tags import first_orientation
from gallery.core.gif_blocks import read_gif_xmp
from gallery.core.jpeg_segments import photoshop_block

PACKET = (
    "<?xpacket begin='\ufeff' id='W5M0MpCehiHzreSzNTczkc9d'?>"
    "<x:xmpmeta xmlns:x='adobe:ns:meta/'><rdf:RDF xmlns:rdf='http://www.w3.org/1999/02/22-rdf-syntax-ns#'>"
    "<rdf:Description rdf:about='' xmlns:dc='http://purl.org/dc/elements/1.1/'>"
    "<dc:title><rdf:Alt><rdf:li xml:lang='x-default'>승리호 Café</rdf:li></rdf:Alt></dc:title>"
    "</rdf:Description></rdf:RDF></x:xmpmeta><?xpacket end='w'?>"
)


@pytest.mark.parametrize("codec", ["utf-8", "utf-16-be", "utf-16-le", "utf-32-be", "utf-32-le"])
@pytest.mark.parametrize("bom", [False, True])
def test_xmp_in_every_unicode_encoding_with_or_without_bom(codec, bom):
    data = PACKET.encode(codec)
    if bom:
        data = "\ufeff".encode(codec) + data
    # writers pad packets with NULs and spaces in the packet's own encoding
    data += " \x00".encode(codec) * 3
    assert xmp.parse_xmp(data).text("title") == "승리호 Café"


def test_utf8_xmp_after_nul_padding_still_reads():
    assert xmp.parse_xmp(b"\x00\x00\x00" + PACKET.encode()).text("title") == "승리호 Café"


def _png(*chunks: tuple[bytes, bytes]) -> bytes:
    out = b"\x89PNG\r\n\x1a\n"
    for kind, body in chunks:
        out += struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(kind + body))
    return out


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


def test_raw_profile_as_imagemagick_writes_it():
    iim_block = b"\x1c\x02\x6e\x00\x07Netflix"
    hexed = iim_block.hex()
    text = f"\niptc\n{len(iim_block):8d}\n{hexed[:20]}\n{hexed[20:]}\n".encode()
    assert png_chunks.raw_profile(text) == iim_block
    # a claim longer than the data: the data is what the hex holds
    assert png_chunks.raw_profile(f"\niptc\n{2**31}\n{hexed}\n".encode()) == iim_block
    assert png_chunks.raw_profile(b"no header here") is None
    assert png_chunks.raw_profile(b"\niptc\n4\nzz zz\n") is None


def test_gif_xmp_trailer_is_cut_off():
    trailer = b"\x01" + bytes(range(255, -1, -1)) + b"\x00"
    app = b"\x21\xff\x0bXMP DataXMP" + PACKET.encode() + trailer
    head = b"GIF89a" + struct.pack("<HHBBB", 1, 1, 0, 0, 0)
    image = b"\x2c" + struct.pack("<HHHHB", 0, 0, 1, 1, 0) + b"\x02\x02\x44\x01\x00"
    for data in (head + app + image + b";", head + image + app + b";"):
        packet, warnings = read_gif_xmp(io.BytesIO(data))
        assert packet == PACKET.encode() and warnings == []


def test_app13_segments_are_joined_in_order():
    resource = b"8BIM\x04\x04\x00\x00" + struct.pack(">I", 12) + b"\x1c\x02\x05\x00\x07Victory"
    header = b"Photoshop 3.0\x00"
    applist = [
        ("APP13", header + resource[:15]),
        ("APP1", b"Exif\x00\x00"),
        ("APP13", header + resource[15:]),
        ("APP13", b"Adobe_CM"),
    ]
    block = photoshop_block(applist)
    assert block == resource
    assert iim.parse_iim(iim.photoshop_resources(block)[iim.PHOTOSHOP_IIM]).text("title") == "Victory"


def _ifd0(*entries: tuple[int, int, int, bytes]) -> bytes:
    body = struct.pack(">H", len(entries))
    for tag, kind, count, value in entries:
        body += struct.pack(">HHI", tag, kind, count) + value.ljust(4, b"\x00")
    return b"MM\x00*\x00\x00\x00\x08" + body + b"\x00\x00\x00\x00"


def test_first_short_orientation_wins():
    assert first_orientation(_ifd0((0x0112, 3, 1, b"\x00\x03"), (0x0112, 3, 1, b"\x00\x01"))) == 3
    assert first_orientation(_ifd0((0x0112, 2, 2, b"6\x00"), (0x0112, 3, 1, b"\x00\x08"))) == 8
    assert first_orientation(_ifd0((0x0112, 2, 2, b"6\x00"))) is None
    # a count of 65,535 entries in a 30-byte block: only the entries there are
    assert first_orientation(b"MM\x00*\x00\x00\x00\x08\xff\xff" + b"\x00" * 20) is None


def test_iim_charset_learned_from_the_xmp_applies_to_the_whole_block():
    block = b"\x1c\x02\x50\x00\x04Jos\x8e" + b"\x1c\x02\x6e\x00\x05Se\x96or"  # Mac Roman
    assert iim.parse_iim(block).text("credit") == "Se\u2013or"  # Windows-1252 by default
    hinted = iim.parse_iim(block, {"creators": ["José"]})
    assert hinted.text("creators") == "José"
    assert hinted.text("credit") == "Señor"
    # a hint that matches the default decoding changes nothing
    assert iim.parse_iim(block, {"creators": ["JosŽ"]}).text("credit") == "Se\u2013or"
