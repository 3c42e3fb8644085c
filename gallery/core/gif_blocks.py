"""GIF XMP: the application extension "XMP DataXMP", found by a bounded walk of the blocks.

The XMP spec stores the packet raw (not split in sub-blocks) and ends it with a 258-byte
"magic trailer" (0x01, 0xFF down to 0x00, then the block terminator), so that a reader that
walks the bytes as sub-blocks lands on the terminator whatever the packet holds. We walk it
that way too, keep the bytes, and cut the trailer off.
"""

from __future__ import annotations

from typing import BinaryIO

from gallery.core.limits import HEADER_SECONDS, LimitedReader, ReadLimitExceeded

#: Sub-blocks walked over the whole file (a 20,000-frame GIF needs about 100,000).
MAX_GIF_BLOCKS = 200_000
#: An XMP packet in a GIF larger than this is not a caption.
MAX_GIF_XMP_BYTES = 4 * 1024 * 1024 + 300

_XMP_APP = b"XMP DataXMP"
_MAGIC_TRAILER = b"\x01" + bytes(range(255, -1, -1))


def read_gif_xmp(raw: BinaryIO) -> tuple[bytes | None, list[str]]:
    """(the XMP packet or None, warnings) of the GIF in ``raw``."""
    fp = LimitedReader(raw, 64 * 1024 * 1024, MAX_GIF_BLOCKS + 1000, HEADER_SECONDS, "GIF")
    try:
        return _walk(fp)  # type: ignore[arg-type]  # LimitedReader is a binary file
    except ReadLimitExceeded as exc:
        return None, [f"GIF metadata not read ({exc})"]


def _walk(fp: BinaryIO) -> tuple[bytes | None, list[str]]:
    fp.seek(0)
    head = fp.read(13)
    if len(head) < 13 or not head.startswith(b"GIF8"):
        return None, []
    if head[10] & 0x80:
        fp.seek(3 << ((head[10] & 7) + 1), 1)  # global colour table
    budget = [MAX_GIF_BLOCKS]
    while True:
        introducer = fp.read(1)
        if introducer == b"!":
            label = fp.read(1)
            if label == b"\xff":
                size = fp.read(1)
                ident = fp.read(size[0]) if size else b""
                if ident == _XMP_APP:
                    packet = _read_raw_sub_blocks(fp, budget)
                    if packet is None:
                        return None, ["GIF XMP packet too large or cut short, skipped"]
                    return packet, []
            elif not label:
                return None, []
            if not _skip_sub_blocks(fp, budget):
                return None, _budget_warning(budget)
        elif introducer == b",":
            descriptor = fp.read(9)
            if len(descriptor) < 9:
                return None, []
            if descriptor[8] & 0x80:
                fp.seek(3 << ((descriptor[8] & 7) + 1), 1)  # local colour table
            fp.read(1)  # LZW minimum code size
            if not _skip_sub_blocks(fp, budget):
                return None, _budget_warning(budget)
        else:
            return None, []  # trailer (';'), end of file, or garbage: nothing more to find


def _budget_warning(budget: list[int]) -> list[str]:
    return [f"GIF metadata after {MAX_GIF_BLOCKS:,} blocks not read"] if budget[0] <= 0 else []


def _skip_sub_blocks(fp: BinaryIO, budget: list[int]) -> bool:
    """Skip sub-blocks to the terminator; False when the file or the budget ran out."""
    while budget[0] > 0:
        budget[0] -= 1
        size = fp.read(1)
        if not size:
            return False
        if size == b"\x00":
            return True
        fp.seek(size[0], 1)
    return False


def _read_raw_sub_blocks(fp: BinaryIO, budget: list[int]) -> bytes | None:
    """The bytes of sub-blocks up to the terminator, length bytes included; trailer cut."""
    parts: list[bytes] = []
    total = 0
    while budget[0] > 0:
        budget[0] -= 1
        size = fp.read(1)
        if not size:
            return None
        if size == b"\x00":
            data = b"".join(parts)
            if data.endswith(_MAGIC_TRAILER):
                return data[: -len(_MAGIC_TRAILER)]
            cut = data.find(_MAGIC_TRAILER[:3])
            return data[:cut] if cut >= 0 else data
        chunk = fp.read(size[0])
        total += 1 + len(chunk)
        if total > MAX_GIF_XMP_BYTES or len(chunk) < size[0]:
            return None
        parts.append(size + chunk)
    return None
