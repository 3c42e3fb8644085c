"""JPEG APP13 "Photoshop 3.0" segments joined into one image-resource block.

A resource block larger than a segment (64 KB) continues in the next APP13; some writers
also leave several APP13 segments behind. Pillow parses each segment on its own and keeps
the last value of each resource (or a cut one). exiftool and Exiv2 join the segments' data
in file order and read the block once, the first resource of each id winning: so do we.
"""

from __future__ import annotations

from collections.abc import Iterable

PHOTOSHOP_HEADER = b"Photoshop 3.0\x00"
#: The joined block is at most this large (real IIM blocks are a few KB).
MAX_PHOTOSHOP_BYTES = 16 * 1024 * 1024


def photoshop_block(applist: Iterable[tuple[str, bytes]]) -> bytes | None:
    """The Photoshop resources of every APP13 "Photoshop 3.0" segment, joined (bounded)."""
    parts: list[bytes] = []
    total = 0
    for marker, payload in applist:
        if marker != "APP13" or not payload.startswith(PHOTOSHOP_HEADER):
            continue
        body = payload[len(PHOTOSHOP_HEADER) :]
        total += len(body)
        if total > MAX_PHOTOSHOP_BYTES:
            break  # keep what came before: the first resources are the ones that count
        parts.append(body)
    return b"".join(parts) if parts else None
