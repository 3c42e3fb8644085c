"""XMP packets in every Unicode encoding, with or without a BOM, and after NUL padding.

Like the other small readers' tests (test_png_chunks, test_gif_blocks, test_jpeg_segments,
test_exif_tags, test_iim), these pin the edges the exiftool fixtures of test_metadata.py do
not reach (layouts, encodings, padding) in a few bytes each."""

from __future__ import annotations

import pytest
from helpers import XMP_PACKET as PACKET

from gallery.core import xmp


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
