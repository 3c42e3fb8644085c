"""GIF blocks: the XMP application extension, its magic trailer cut off, before or after the image."""

from __future__ import annotations

import io
import struct

from helpers import XMP_PACKET as PACKET

from gallery.core.gif_blocks import read_gif_xmp


def test_gif_xmp_trailer_is_cut_off():
    trailer = b"\x01" + bytes(range(255, -1, -1)) + b"\x00"
    app = b"\x21\xff\x0bXMP DataXMP" + PACKET.encode() + trailer
    head = b"GIF89a" + struct.pack("<HHBBB", 1, 1, 0, 0, 0)
    image = b"\x2c" + struct.pack("<HHHHB", 0, 0, 1, 1, 0) + b"\x02\x02\x44\x01\x00"
    for data in (head + app + image + b";", head + image + app + b";"):
        packet, warnings = read_gif_xmp(io.BytesIO(data))
        assert packet == PACKET.encode() and warnings == []
