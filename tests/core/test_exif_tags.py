"""EXIF tags: the first IFD0 Orientation entry of type SHORT wins; counts beyond the block are bounded."""

from __future__ import annotations

import struct

from gallery.core.exif_tags import first_orientation


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
