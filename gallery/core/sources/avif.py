"""AVIF stills through Pillow's own decoder, with the file's EXIF kept whole.

Pillow (11.3 and later) reads AVIF natively and reports the irot/imir rotation as EXIF
orientation. To do that it re-encodes the file's EXIF block, and its encoder writes text tags
as ASCII: a "©" in an EXIF copyright becomes "??", and MWG puts EXIF text first. Here the
file's own EXIF bytes are kept and only the orientation is set in them, without re-encoding
anything: IFD0 is copied to the end of the block with its Orientation entry set or added, so
every other offset in the block stays valid.

Pillow reads an AVIF whole while opening it (libavif decodes from memory), so the header's
byte budget (``MAX_HEADER_BYTES``, 64 MB) is a limit on the whole file: an AVIF over it was
called "damaged file (header too large)". It is refused with its size and why instead.
"""

from __future__ import annotations

import io
import struct
from typing import BinaryIO

from gallery.core.limits import MAX_HEADER_BYTES, ReadLimitExceeded

try:
    from PIL import AvifImagePlugin, Image

    AVIF_DECODED: bool = AvifImagePlugin.SUPPORTED
except ImportError:  # pragma: no cover - a Pillow older than 11.3: AVIF is listed as unsupported
    AVIF_DECODED = False

ORIENTATION = 0x0112
_SHORT = 3
_MAX_IFD_ENTRIES = 4096  # EXIF's IFD0 holds a few dozen
_MB = 1024 * 1024


class AvifTooLarge(ReadLimitExceeded):
    """An AVIF bigger than Stills reads to open a still (Pillow reads an AVIF whole)."""

    def __init__(self, size: int | None) -> None:
        super().__init__(f"AVIF of {size} bytes", "bytes")
        self.size = size

    @property
    def reason(self) -> str:
        mb = f"{-(-self.size // _MB)} MB; " if self.size else ""
        return f"AVIF too large to open ({mb}Stills opens AVIF files up to {MAX_HEADER_BYTES // _MB} MB)"


def _stream_size(fp: BinaryIO) -> int | None:
    try:
        here = fp.tell()
        end = fp.seek(0, io.SEEK_END)
        fp.seek(here)
        return end
    except (OSError, ValueError):
        return None


def with_orientation(exif: bytes, orientation: int) -> bytes | None:
    """``exif`` (a TIFF block, optionally after "Exif\\0\\0") with IFD0's Orientation set to
    ``orientation``; None when the block cannot be read as TIFF."""
    prefix = b"Exif\x00\x00" if exif.startswith(b"Exif\x00\x00") else b""
    tiff = exif[len(prefix) :]
    order = {b"II": "<", b"MM": ">"}.get(tiff[:2])
    if order is None or len(tiff) < 8:
        return None
    (ifd0,) = struct.unpack(order + "I", tiff[4:8])
    if ifd0 < 8 or ifd0 + 2 > len(tiff):
        return None
    (count,) = struct.unpack(order + "H", tiff[ifd0 : ifd0 + 2])
    end = ifd0 + 2 + 12 * count
    if count > _MAX_IFD_ENTRIES or end + 4 > len(tiff):
        return None
    entries = [tiff[pos : pos + 12] for pos in range(ifd0 + 2, end, 12)]
    value = struct.pack(order + "HHIHH", ORIENTATION, _SHORT, 1, orientation, 0)
    tags = [struct.unpack(order + "H", entry[:2])[0] for entry in entries]
    kept = [entry for tag, entry in zip(tags, entries, strict=True) if tag != ORIENTATION]
    kept.append(value)
    kept.sort(key=lambda entry: struct.unpack(order + "H", entry[:2])[0])  # TIFF wants them sorted
    body = bytearray(tiff)
    if len(body) % 2:
        body.append(0)  # an IFD starts on a word boundary
    new_ifd0 = len(body)
    body += struct.pack(order + "H", len(kept)) + b"".join(kept) + tiff[end : end + 4]  # same next IFD
    body[4:8] = struct.pack(order + "I", new_ifd0)
    return prefix + bytes(body)


if AVIF_DECODED:

    class AvifStillFile(AvifImagePlugin.AvifImageFile):
        """Pillow's AVIF image whose ``info["exif"]`` is the file's own EXIF plus the rotation."""

        def _open(self) -> None:
            try:
                super()._open()
            except ReadLimitExceeded as exc:
                if exc.kind != "bytes":
                    raise
                raise AvifTooLarge(_stream_size(self.fp)) from None  # type: ignore[arg-type]
            rewritten = self.info.get("exif")
            try:
                raw, orientation = self._decoder.get_info()[4:6]
            except Exception:  # noqa: BLE001 - Pillow's private decoder moved: keep its EXIF
                return
            if not isinstance(raw, bytes) or not raw or rewritten == raw or not isinstance(orientation, int):
                return
            kept = with_orientation(raw, orientation)
            if kept is not None:
                self.info["exif"] = kept

    Image.register_open(AvifStillFile.format, AvifStillFile, AvifImagePlugin._accept)
