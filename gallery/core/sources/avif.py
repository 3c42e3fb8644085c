"""AVIF stills through Pillow's own decoder, with the file's EXIF kept whole.

Pillow (11.3 and later) reads AVIF natively and reports the irot/imir rotation as EXIF
orientation. To do that it re-encodes the file's EXIF block, and its encoder writes text tags
as ASCII: a "©" in an EXIF copyright becomes "??", and MWG puts EXIF text first. Here the
file's own EXIF bytes are kept and only the orientation is set in them, without re-encoding
anything: IFD0 is copied to the end of the block with its Orientation entry set or added, so
every other offset in the block stays valid.
"""

from __future__ import annotations

import struct

try:
    from PIL import AvifImagePlugin, Image

    AVIF_DECODED: bool = AvifImagePlugin.SUPPORTED
except ImportError:  # pragma: no cover - a Pillow older than 11.3: AVIF is listed as unsupported
    AVIF_DECODED = False

ORIENTATION = 0x0112
_SHORT = 3
_MAX_IFD_ENTRIES = 4096  # EXIF's IFD0 holds a few dozen


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
            super()._open()
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
