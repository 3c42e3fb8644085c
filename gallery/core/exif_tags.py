"""The few EXIF tags Stills uses: exifread for a classic TIFF block, Pillow for BigTIFF, and
our own look at IFD0's Orientation entries.

exifread keeps the *last* of several entries with one tag, and takes a text Orientation as
it is; exiftool and Pillow take the first numeric one. A file with Orientation 1 then 3
would show upside down, so Orientation is read from IFD0's entries directly.
"""

from __future__ import annotations

import io
import struct
import warnings
from typing import Any

import exifread

from gallery.core.limits import EXIF_SECONDS, MAX_EXIF_READS, LimitedReader

MAX_EXIF_BYTES = 1024 * 1024

_EXIF_TAGS = {
    "Image ImageDescription": "description",
    "Image Artist": "artist",
    "Image Copyright": "copyright",
    "Image Orientation": "orientation",
    "EXIF DateTimeOriginal": "date_original",
}
# The same tags by number, for Pillow's reading of a BigTIFF's IFD0 (and its EXIF IFD).
_IFD0_NUMBERS = {270: "description", 315: "artist", 33432: "copyright", 274: "orientation"}
_EXIF_IFD = 0x8769
_DATE_TIME_ORIGINAL = 0x9003
_ORIENTATION = 0x0112
_SHORT = 3


def is_bigtiff(data: bytes) -> bool:
    return data[:4] in (b"II+\x00", b"MM\x00+")


def read_exif(tiff: bytes) -> dict[str, object]:
    """The few EXIF tags Stills uses, via exifread without MakerNote details."""
    # exifread reads value by value, and a 64 KB block can ask for millions of values
    # (5,000 entries of 999 each took 18 s): its reads and time are budgeted.
    fh = LimitedReader(io.BytesIO(tiff[:MAX_EXIF_BYTES]), None, MAX_EXIF_READS, EXIF_SECONDS, "EXIF")
    tags = exifread.process_file(
        fh,  # type: ignore[arg-type]
        details=False,
        extract_thumbnail=False,
    )
    found: dict[str, object] = {}
    for tag, name in _EXIF_TAGS.items():
        value = getattr(tags.get(tag), "values", None)
        if isinstance(value, list):
            value = value[0] if value else None
        _keep(found, name, value)
    orientation = first_orientation(tiff)
    if orientation is not None:
        found["orientation"] = orientation
    elif "orientation" in found and not isinstance(found["orientation"], int):
        del found["orientation"]  # a text Orientation is no orientation
    return found


def read_pillow_ifd0(tags: Any, exif_ifd: Any = None) -> dict[str, object]:
    """The same tags from Pillow's reading of a TIFF's IFD0 (``tag_v2``), for BigTIFF, which
    exifread does not read. ``exif_ifd`` is Pillow's EXIF sub-IFD, if any."""
    found: dict[str, object] = {}
    for number, name in _IFD0_NUMBERS.items():
        try:
            with warnings.catch_warnings():
                warnings.simplefilter("ignore")
                value = tags.get(number)
        except Exception:  # noqa: BLE001 - a malformed tag is skipped, the still is not
            continue
        if isinstance(value, tuple):
            value = value[0] if value else None
        if name == "orientation" and not isinstance(value, int):
            continue
        _keep(found, name, value)
    if exif_ifd:
        _keep(found, "date_original", exif_ifd.get(_DATE_TIME_ORIGINAL))
    return found


def _keep(found: dict[str, object], name: str, value: object) -> None:
    if isinstance(value, bytes):
        value = value.decode("utf-8", errors="replace")
    if isinstance(value, str):
        value = value.strip("\x00 ").strip()
    if value not in (None, ""):
        found[name] = value


def first_orientation(tiff: bytes) -> int | None:
    """The value of IFD0's first Orientation entry of type SHORT (None if there is none).

    A bounded look at IFD0 only: its entry count is capped by the bytes there are.
    """
    if len(tiff) < 8 or tiff[:2] not in (b"II", b"MM") or is_bigtiff(tiff):
        return None
    order = "<" if tiff[:2] == b"II" else ">"
    (offset,) = struct.unpack(order + "I", tiff[4:8])
    if offset + 2 > len(tiff):
        return None
    (count,) = struct.unpack(order + "H", tiff[offset : offset + 2])
    entries = min(count, (len(tiff) - offset - 2) // 12)
    for index in range(entries):
        at = offset + 2 + 12 * index
        tag, kind, number = struct.unpack(order + "HHI", tiff[at : at + 8])
        if tag == _ORIENTATION and kind == _SHORT and number >= 1:
            value: int = struct.unpack(order + "H", tiff[at + 8 : at + 10])[0]
            return value
    return None
