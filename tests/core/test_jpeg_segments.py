"""JPEG segments: APP13 (Photoshop) segments joined in order, other segments left out."""

from __future__ import annotations

import struct

from gallery.core import iim
from gallery.core.jpeg_segments import photoshop_block


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
