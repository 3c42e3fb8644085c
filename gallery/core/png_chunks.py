"""PNG metadata chunks wherever they are: a bounded walk from the signature to IEND.

Pillow's header-only open stops at the first IDAT, so XMP (iTXt), IPTC (zTXt) and EXIF
(eXIf) written after the image data, as Photo Mechanic and ImageMagick do, are never seen.
This walk reads only the chunks Stills uses and skips every other one (IDAT included) by its
length, without reading it. It also decodes ImageMagick's and digiKam's "Raw profile type
..." text chunks (hex, after a header line with the profile's name and length).
"""

from __future__ import annotations

import re
import struct
import zlib
from dataclasses import dataclass, field
from typing import BinaryIO

from gallery.core.limits import HEADER_SECONDS, LimitedReader, ReadLimitExceeded

PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"
#: Real PNGs have a few hundred chunks (IDAT split in 8-64 KB pieces); past this we stop.
MAX_PNG_CHUNKS = 50_000
#: A text chunk we read (XMP, a raw profile) is at most this large, stored or inflated.
MAX_TEXT_CHUNK_BYTES = 24 * 1024 * 1024
#: What the walk may read in all (it reads only the chunks it keeps).
MAX_WALK_BYTES = 64 * 1024 * 1024

XMP_KEYWORD = b"XML:com.adobe.xmp"
_RAW_PROFILE = b"Raw profile type "
_TEXT_CHUNKS = (b"tEXt", b"zTXt", b"iTXt")
# "\n<name>\n<spaces><decimal length>\n<hex, in lines>" (ImageMagick's layout; exiftool's reader).
_PROFILE_HEADER = re.compile(rb"\A\s*\n?([^\n]*)\n\s*(\d{1,12})\n")


@dataclass
class PngMetadata:
    """What the walk found: text chunks we use by keyword (first one wins), the first eXIf."""

    texts: dict[bytes, bytes] = field(default_factory=dict)
    exif: bytes | None = None
    warnings: list[str] = field(default_factory=list)


def read_png_metadata(raw: BinaryIO) -> PngMetadata:
    """Walk every chunk of the PNG in ``raw`` (bounded in chunks, bytes, reads and time)."""
    found = PngMetadata()
    fp = LimitedReader(raw, MAX_WALK_BYTES, MAX_PNG_CHUNKS * 3, HEADER_SECONDS, "PNG")
    try:
        _walk(fp, found)  # type: ignore[arg-type]  # LimitedReader is a binary file
    except ReadLimitExceeded as exc:
        found.warnings.append(f"PNG metadata after the first chunks not read ({exc})")
    return found


def _walk(fp: BinaryIO, found: PngMetadata) -> None:
    fp.seek(0)
    if fp.read(8) != PNG_SIGNATURE:
        return
    for _ in range(MAX_PNG_CHUNKS):
        head = fp.read(8)
        if len(head) < 8:
            return  # cut short: keep what came before
        length, kind = struct.unpack(">I4s", head)
        if kind == b"IEND":
            return
        wanted = kind == b"eXIf" and found.exif is None
        head_of_data = b""
        if kind in _TEXT_CHUNKS:
            # Peek at the keyword by reading forward only: a ZIP member seeks back by
            # decompressing again from its start.
            head_of_data = fp.read(min(length, 80))
            keyword = head_of_data.split(b"\x00", 1)[0]
            wanted = _wanted_keyword(keyword) and keyword not in found.texts
        if wanted and length > MAX_TEXT_CHUNK_BYTES:
            found.warnings.append(f"PNG {kind.decode('latin-1')} chunk too large ({length // 1024} KB), skipped")
            wanted = False
        if not wanted:
            fp.seek(length - len(head_of_data) + 4, 1)  # the rest of the data and the CRC, never read
            continue
        data = head_of_data + fp.read(length - len(head_of_data))
        fp.seek(4, 1)
        if len(data) < length:
            return
        if kind == b"eXIf":
            found.exif = data
            continue
        text = _chunk_text(kind, data)
        if text is None:
            found.warnings.append(f"PNG {kind.decode('latin-1')} chunk unreadable, skipped")
        else:
            found.texts[data.split(b"\x00", 1)[0]] = text
    found.warnings.append(f"PNG metadata after {MAX_PNG_CHUNKS:,} chunks not read")


def _wanted_keyword(keyword: bytes) -> bool:
    return keyword == XMP_KEYWORD or keyword.startswith(_RAW_PROFILE)


def _chunk_text(kind: bytes, data: bytes) -> bytes | None:
    """The text of a tEXt, zTXt or iTXt chunk as stored bytes (inflated, bounded)."""
    keyword, sep, rest = data.partition(b"\x00")
    if not sep:
        return None
    if kind == b"tEXt":
        return rest
    if kind == b"zTXt":
        return _inflate(rest[1:]) if rest[:1] == b"\x00" else None
    # iTXt: compression flag, method, language tag \0, translated keyword \0, text
    if len(rest) < 2:
        return None
    compressed, method = rest[0], rest[1]
    parts = rest[2:].split(b"\x00", 2)
    if len(parts) < 3:
        return None
    text = parts[2]
    if compressed:
        return _inflate(text) if method == 0 else None
    return text


def _inflate(data: bytes) -> bytes | None:
    inflater = zlib.decompressobj()
    try:
        text = inflater.decompress(data, MAX_TEXT_CHUNK_BYTES)
    except zlib.error:
        return None
    if inflater.unconsumed_tail:
        return None  # would inflate past the cap: a bomb, not a caption
    return text


def raw_profile(text: bytes) -> bytes | None:
    """The bytes of an ImageMagick "Raw profile type ..." chunk: name line, length, hex.

    The declared length is only a claim: the data is what the hex holds, cut to the claim
    when the claim is shorter (exiftool warns and uses the hex too).
    """
    match = _PROFILE_HEADER.match(text)
    if not match:
        return None
    declared = int(match.group(2))
    digits = re.sub(rb"\s+", b"", text[match.end() :])
    if len(digits) % 2:
        digits = digits[:-1]
    try:
        data = bytes.fromhex(digits.decode("ascii"))
    except (UnicodeDecodeError, ValueError):
        return None
    return data[:declared]
