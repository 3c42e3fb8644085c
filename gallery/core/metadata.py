"""Embedded metadata of one still: open the header with Pillow, read XMP, IIM and EXIF, merge.

The merge follows the Metadata Working Group 2.0 rules as exiftool's MWG composite tags
apply them (see ``_reconcile``): a non-blank EXIF string first (description, artist,
copyright); then XMP over IIM, unless the IPTC digest stored in the file no longer matches
the IIM block (an older tool edited the IIM after the XMP), in which case IIM, recovered
from the longer XMP when the IIM value was cut at its length limit.
"""

from __future__ import annotations

import datetime as dt
import io
import logging
import struct
import warnings
from dataclasses import dataclass, field
from typing import Any, BinaryIO

from PIL import Image, UnidentifiedImageError

from gallery.core import iim, png_chunks, xmp
from gallery.core.exif_tags import MAX_EXIF_BYTES, is_bigtiff, read_exif, read_pillow_ifd0
from gallery.core.gif_blocks import read_gif_xmp
from gallery.core.jpeg_segments import photoshop_block
from gallery.core.limits import (
    HEADER_SECONDS,
    MAX_HEADER_BYTES,
    MAX_HEADER_READS,
    LimitedReader,
    ReadLimitExceeded,
)
from gallery.core.sources.common import AVIF_DECODED, isobmff_reason, isobmff_size
from gallery.core.still import Licensor, Location, Still, clean_text, preferred_caption

#: Decoders Stills lets Pillow use.
SUPPORTED_FORMATS = ("JPEG", "PNG", "TIFF", "WEBP", "GIF") + (("AVIF",) if AVIF_DECODED else ())  # JPEG opens MPO

# Register just the decoders we let Pillow use, so `formats=` finds them without Image.init()
# importing all forty plugins (~40 ms at every start). JPEG brings MPO in itself; AVIF is
# registered by gallery.core.sources.avif, which knows whether this Pillow reads it.
from PIL import GifImagePlugin, JpegImagePlugin, PngImagePlugin, TiffImagePlugin, WebPImagePlugin  # noqa: E402, F401, I001

# exifread logs damaged input ("IFD loop detected") as warnings; with no handler anywhere,
# Python would print them on the user's terminal. The still's warnings say it instead.
logging.getLogger("exifread").addHandler(logging.NullHandler())
# Pillow warns about what it skips ("Tag data larger than file", "Truncated File Read"):
# thousands of lines for one hostile EXIF block. The still's warnings carry what matters.
# (A module-wide filter: catch_warnings() is not thread-safe, and stills are read in threads.)
warnings.filterwarnings("ignore", module=r"PIL(\.|$)")

_XMP_MARKER = b"http://ns.adobe.com/xap/1.0/\x00"
_EXTENDED_XMP_MARKER = b"http://ns.adobe.com/xmp/extension/\x00"
_EXIF_HEADER = b"Exif\x00\x00"

# Limits of IIM datasets (in bytes) beyond which a value was cut; see RecoverTruncatedIPTC.
_IIM_LIMITS = {
    "title": 64,
    "caption": 2000,
    "credit": 32,
    "creators": 32,
    "copyright": 128,
    "source": 32,
    "keywords": 64,
    "instructions": 256,
}


class StillReadError(Exception):
    """A still that cannot be read at all; the message is what the user sees."""


@dataclass
class _Blobs:
    xmp: bytes | None = None
    iim: bytes | None = None
    iptc_digest: bytes | None = None
    exif: bytes | None = None
    #: EXIF tags already read (a BigTIFF's IFD0, through Pillow), instead of ``exif``.
    exif_tags: dict[str, object] | None = None
    warnings: list[str] = field(default_factory=list)


def read_metadata(data: bytes | BinaryIO, file: str = "") -> Still:
    """Read one still's embedded metadata. Never raises: problems land in ``error``/``warnings``."""
    raw: BinaryIO = io.BytesIO(data) if isinstance(data, (bytes, bytearray)) else data
    still = Still(file=file)
    try:
        raw.seek(0, io.SEEK_END)
        still.size = raw.tell()
        raw.seek(0)
        if still.size == 0:
            raise StillReadError("empty file")
        # Bytes, read calls and time are bounded: a header that would keep Pillow reading
        # (a million APP segments, 64 MB of TIFF tag data) stops here with a reason.
        fp: BinaryIO = LimitedReader(  # type: ignore[assignment]
            raw, MAX_HEADER_BYTES, MAX_HEADER_READS, HEADER_SECONDS, "header"
        )
        with open_image(fp) as im:
            still.format = im.format
            width, height = _stored_size(im)
            blobs = _collect_blobs(im, fp, raw)
        _check_complete(fp, still.format or "")
    except StillReadError as exc:
        still.error = str(exc)
        return still
    except ReadLimitExceeded as exc:
        still.error = exc.reason
        return still
    except MemoryError:
        still.error = "image too large (out of memory)"
        return still
    except Exception as exc:  # noqa: BLE001 - a bad file must never stop the kit
        still.error = f"unreadable file ({type(exc).__name__})"
        return still

    try:
        _merge(still, blobs)
    except Exception as exc:  # noqa: BLE001 - keep the still; say what could not be read
        still.warnings.append(f"metadata unreadable ({type(exc).__name__})")
    if still.orientation in (5, 6, 7, 8):
        width, height = height, width
    still.width, still.height = width, height
    return still


def open_image(fp: BinaryIO) -> Image.Image:
    """Open (header only) with the decoders we support; translate failures to user words."""
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", Image.DecompressionBombWarning)
            im = Image.open(fp, formats=SUPPORTED_FORMATS)
    except Image.DecompressionBombError:
        size = header_size(fp)
        raise StillReadError(f"image too large ({size[0]}×{size[1]})" if size else "image too large") from None
    except UnidentifiedImageError:
        size = _header_size_or_none(fp)
        if size and 0 in size:
            raise StillReadError(f"invalid size ({size[0]}×{size[1]})") from None
        if size and Image.MAX_IMAGE_PIXELS and size[0] * size[1] > Image.MAX_IMAGE_PIXELS:  # past libavif's limit
            raise StillReadError(f"image too large ({size[0]}×{size[1]})") from None
        fp.seek(0)
        head = fp.read(16)
        raise StillReadError(_describe_unknown(head)) from None
    except (OSError, SyntaxError, ValueError, TypeError, KeyError, struct.error, EOFError, IndexError):
        size = _header_size_or_none(fp)
        if size and 0 in size:
            raise StillReadError(f"invalid size ({size[0]}×{size[1]})") from None
        raise StillReadError("damaged file") from None
    except RecursionError:
        raise StillReadError("damaged file (nested too deeply)") from None
    if im.width <= 0 or im.height <= 0:
        im.close()
        raise StillReadError(f"invalid size ({im.width}×{im.height})")
    return im


def _stored_size(im: Image.Image) -> tuple[int, int]:
    """Width and height as stored. Pillow reports a TIFF with Orientation 5-8 already turned
    (it transposes on load), so a TIFF's size is taken from its own tags."""
    if im.format == "TIFF":
        tags = getattr(im, "tag_v2", {})
        width, height = tags.get(256), tags.get(257)
        if isinstance(width, int) and isinstance(height, int) and width > 0 and height > 0:
            return width, height
    return im.size


def _header_size_or_none(fp: BinaryIO) -> tuple[int, int] | None:
    try:
        return header_size(fp)
    except (OSError, ValueError, struct.error):
        return None


def _describe_unknown(head: bytes) -> str:
    if head.startswith((b"\xff\xd8", b"\x89PNG", b"GIF8", b"II*\x00", b"MM\x00*", b"RIFF")):
        return "damaged file"
    stripped = head.lstrip().lower()
    if stripped.startswith((b"<!doctype", b"<html", b"<?xml", b"{", b"<svg")) or _looks_textual(head):
        return "not an image (text)"
    return isobmff_reason(head) or "not an image"


def _looks_textual(head: bytes) -> bool:
    return bool(head) and all(b in b"\t\n\r" or 32 <= b < 127 or b >= 0x80 for b in head)


def header_size(fp: BinaryIO) -> tuple[int, int] | None:
    """Width and height from a PNG, GIF or JPEG header, without Pillow (for a refused bomb)."""
    fp.seek(0)
    head = fp.read(64 * 1024)
    if head.startswith(b"\x89PNG") and len(head) >= 24:
        return struct.unpack(">II", head[16:24])
    if head.startswith(b"GIF8") and len(head) >= 10:
        return struct.unpack("<HH", head[6:10])
    if head[4:8] == b"ftyp":
        return isobmff_size(head)
    if head.startswith(b"\xff\xd8"):
        pos = 2
        while pos + 9 < len(head):
            if head[pos] != 0xFF:
                return None
            marker = head[pos + 1]
            (length,) = struct.unpack(">H", head[pos + 2 : pos + 4])
            if 0xC0 <= marker <= 0xCF and marker not in (0xC4, 0xC8, 0xCC):
                height, width = struct.unpack(">HH", head[pos + 5 : pos + 9])
                return width, height
            pos += 2 + length
    return None


def _check_complete(fp: BinaryIO, fmt: str) -> None:
    """Cheap check that the file was not cut short: its end marker is there."""
    fp.seek(0, io.SEEK_END)
    size = fp.tell()
    fp.seek(max(0, size - 4096))
    tail = fp.read().rstrip(b"\x00\r\n ")
    if fmt in ("JPEG", "MPO") and b"\xff\xd9" not in tail[-4096:]:
        raise StillReadError("damaged file (cut short)")
    if fmt == "PNG" and b"IEND" not in tail[-64:]:
        raise StillReadError("damaged file (cut short)")


def _collect_blobs(im: Image.Image, fp: BinaryIO, raw: BinaryIO) -> _Blobs:
    """The metadata blocks of the still; ``raw`` is the file for the walks Pillow does not do
    (PNG chunks after IDAT, GIF extensions), each bounded on its own."""
    blobs = _Blobs()
    info = im.info
    if im.format == "PNG":
        _collect_png(blobs, raw)
        return blobs
    if im.format == "GIF":
        blobs.xmp, blobs.warnings = read_gif_xmp(raw)
        return blobs
    if im.format in ("JPEG", "MPO"):
        extended: list[bytes] = []
        for marker, segment in getattr(im, "applist", []):
            if marker != "APP1":
                continue
            if segment.startswith(_XMP_MARKER) and blobs.xmp is None:
                blobs.xmp = segment[len(_XMP_MARKER) :]
            elif segment.startswith(_EXTENDED_XMP_MARKER):
                extended.append(segment)
        if extended:
            blobs.xmp = _join_extended_xmp(blobs.xmp, extended)
        _use_photoshop(blobs, photoshop_block(getattr(im, "applist", [])))
    elif im.format == "TIFF":
        tags = getattr(im, "tag_v2", {})
        blobs.xmp = _raw_tiff_tag(tags, 700)
        blobs.iim = _raw_tiff_tag(tags, 33723)
        photoshop = _raw_tiff_tag(tags, 34377)
        if photoshop:
            resources = iim.photoshop_resources(photoshop)
            blobs.iim = blobs.iim or resources.get(iim.PHOTOSHOP_IIM)
            blobs.iptc_digest = resources.get(iim.PHOTOSHOP_IPTC_DIGEST)
        # The file is itself a TIFF: exifread reads its first IFD directly; a BigTIFF it
        # cannot read, Pillow has read already.
        fp.seek(0)
        blobs.exif = fp.read(MAX_EXIF_BYTES)
        if is_bigtiff(blobs.exif):
            blobs.exif = None
            blobs.exif_tags = read_pillow_ifd0(tags, _exif_ifd(im))
        return blobs
    if blobs.xmp is None:
        packet = info.get("xmp") or info.get("XML:com.adobe.xmp")
        blobs.xmp = packet.encode("utf-8") if isinstance(packet, str) else packet
    exif = info.get("exif")
    if isinstance(exif, bytes) and exif:
        blobs.exif = exif[6:] if exif.startswith(b"Exif\x00\x00") else exif
    return blobs


def _use_photoshop(blobs: _Blobs, block: bytes | None) -> None:
    """IIM and the IPTC digest from a Photoshop image-resource block (first of each wins)."""
    if not block:
        return
    resources = iim.photoshop_resources(block)
    blobs.iim = blobs.iim or resources.get(iim.PHOTOSHOP_IIM)
    if blobs.iptc_digest is None:
        blobs.iptc_digest = resources.get(iim.PHOTOSHOP_IPTC_DIGEST)


def _collect_png(blobs: _Blobs, raw: BinaryIO) -> None:
    """XMP, IIM and EXIF from every chunk to IEND: iTXt/zTXt/eXIf, and the "Raw profile type"
    text chunks of ImageMagick and digiKam (the first of each kind, in file order, wins)."""
    found = png_chunks.read_png_metadata(raw)
    blobs.warnings += found.warnings
    blobs.exif = found.exif.removeprefix(_EXIF_HEADER) if found.exif else None
    for keyword, text in found.texts.items():
        if keyword == png_chunks.XMP_KEYWORD:
            blobs.xmp = blobs.xmp or text
            continue
        profile = png_chunks.raw_profile(text)
        if profile is None:
            blobs.warnings.append(f"PNG {keyword.decode('latin-1')} unreadable, skipped")
            continue
        kind = keyword[len(b"Raw profile type ") :].lower()
        if kind in (b"exif", b"app1") and profile.startswith(_EXIF_HEADER):
            blobs.exif = blobs.exif or profile[len(_EXIF_HEADER) :]
        elif kind == b"exif" and profile[:4] in (b"II*\x00", b"MM\x00*"):
            blobs.exif = blobs.exif or profile
        elif kind == b"xmp" or (kind == b"app1" and profile.startswith(_XMP_MARKER)):
            packet = profile.removeprefix(_XMP_MARKER)
            blobs.xmp = blobs.xmp or packet
        elif kind == b"iptc" and profile.startswith(b"\x1c"):
            blobs.iim = blobs.iim or profile
        elif kind in (b"iptc", b"8bim"):
            _use_photoshop(blobs, profile)


def _exif_ifd(im: Image.Image) -> Any:
    try:
        return im.getexif().get_ifd(0x8769)
    except Exception:  # noqa: BLE001 - a malformed EXIF IFD is skipped, the still is not
        return None


def _join_extended_xmp(main: bytes | None, segments: list[bytes]) -> bytes | None:
    """Reassemble Extended XMP (GUID, full length, offset, chunk) and append it to the main packet.

    Both are parsed as one by wrapping: the extension is a whole x:xmpmeta of its own, so we
    return it only when there is no main packet; otherwise the main packet's fields win.
    """
    chunks: dict[int, bytes] = {}
    total = 0
    for segment in segments:
        body = segment[len(_EXTENDED_XMP_MARKER) :]
        if len(body) < 40:
            continue
        total = int.from_bytes(body[32:36], "big")
        offset = int.from_bytes(body[36:40], "big")
        chunks[offset] = body[40:]
    if main is not None or total > xmp.MAX_XMP_BYTES:
        return main
    return b"".join(chunks[k] for k in sorted(chunks))


def _raw_tiff_tag(tags: Any, number: int) -> bytes | None:
    """A TIFF tag's bytes as stored. Pillow would cut IIM (often typed LONG) to one value, so
    the raw data is taken before Pillow interprets it."""
    raw = getattr(tags, "_tagdata", {}).get(number)
    if isinstance(raw, bytes):
        return raw
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            return _as_bytes(tags.get(number))
    except Exception:  # noqa: BLE001 - a malformed tag is skipped, the still is not
        return None


def _as_bytes(value: object) -> bytes | None:
    if value is None:
        return None
    if isinstance(value, bytes):
        return value
    if isinstance(value, str):
        return value.encode("utf-8")
    if isinstance(value, tuple):
        try:
            return bytes(value)
        except (TypeError, ValueError):
            return None
    return None


# --- The merge ---------------------------------------------------------------------------


def _merge(still: Still, blobs: _Blobs) -> None:
    still.warnings += blobs.warnings
    exif: dict[str, object] = dict(blobs.exif_tags or {})
    if blobs.exif:
        try:
            exif = read_exif(blobs.exif)
        except ReadLimitExceeded as exc:
            still.warnings.append(f"EXIF skipped ({'took too long' if exc.kind == 'time' else 'too complex'})")
        except Exception as exc:  # noqa: BLE001 - exifread raises many kinds on bad input
            still.warnings.append(f"EXIF unreadable ({type(exc).__name__})")
    x = xmp.XmpValues()
    if blobs.xmp:
        try:
            x = xmp.parse_xmp(blobs.xmp)
        except xmp.XmpError as exc:
            still.warnings.append(str(exc))
        except Exception as exc:  # noqa: BLE001 - the XML parser on hostile input
            still.warnings.append(f"XMP unreadable ({type(exc).__name__})")
    press = xmp.press_fields(x)
    i = iim.IimValues()
    if blobs.iim:
        try:
            i = iim.parse_iim(blobs.iim, _iim_hints(x) | _press_hints(press))
        except Exception as exc:  # noqa: BLE001 - parse_iim is meant never to raise; belt and braces
            still.warnings.append(f"IPTC unreadable ({type(exc).__name__})")

    # exiftool's rule: XMP wins if there is no IIM, or if XMP is there and the stored digest
    # is absent or matches the current IIM block.
    has_iim = bool(blobs.iim)
    digest_ok = blobs.iptc_digest is None or iim.digest_matches(blobs.iim or b"", blobs.iptc_digest)

    def pick(xmp_value: Any, iim_value: Any, limit_key: str) -> Any:
        if not has_iim or (xmp_value and digest_ok):
            return xmp_value or None
        return _recover_truncated(iim_value, xmp_value, _IIM_LIMITS.get(limit_key, 0))

    xmp_captions = x.lang_alt("captions")
    xmp_default = preferred_caption(xmp_captions)
    default = _nonblank(exif.get("description")) or pick(xmp_default, i.text("caption"), "caption")
    if default and default != xmp_default:
        # EXIF or IIM won: it becomes the default; other XMP languages still stand beside it.
        still.captions = {"x-default": default}
        still.captions.update((k, v) for k, v in xmp_captions.items() if k != "x-default")
    elif default:
        still.captions = xmp_captions

    still.title = pick(x.text("title"), i.text("title"), "title")
    still.credit = pick(x.text("credit"), i.text("credit"), "credit")
    still.source = pick(x.text("source"), i.text("source"), "source")

    artist = _nonblank(exif.get("artist"))
    if artist:
        still.creators = _split_mwg_list(artist)
    else:
        still.creators = pick(x.items("creators"), i.items("creators"), "creators") or []

    still.copyright = _nonblank(exif.get("copyright")) or pick(x.text("copyright"), i.text("copyright"), "copyright")
    still.keywords = _unique(pick(x.items("keywords"), i.items("keywords"), "keywords") or [])
    still.characters = _unique(x.items("characters"))
    _merge_press(still, press, i, pick)

    still.date_created = (
        _exif_datetime(exif.get("date_original")) or pick(x.text("date_created"), _iim_datetime(i), "") or None
    )

    _clean_fields(still)

    orientation = exif.get("orientation") or x.text("orientation")
    try:
        value = int(orientation) if orientation is not None else None  # type: ignore[call-overload]
    except (TypeError, ValueError):
        value = None
    still.orientation = value if value in range(1, 9) else None


# IIM length limits of the press datasets (bytes), for RecoverTruncatedIPTC.
_PRESS_IIM_LIMITS = {
    "headline": 256,
    "caption_writer": 32,
    "city": 32,
    "sublocation": 32,
    "province_state": 32,
    "country_code": 3,
    "country": 64,
}

_LOCATION_FIELDS = {
    "LocationName": "name",
    "Sublocation": "sublocation",
    "City": "city",
    "ProvinceState": "province_state",
    "CountryName": "country",
    "CountryCode": "country_code",
    "WorldRegion": "world_region",
}


def _merge_press(still: Still, press: xmp.XmpPress, i: iim.IimValues, pick: Any) -> None:
    """The newsroom fields: the same XMP-over-IIM rule as the rest (``pick``), each in its own
    field (special instructions are never usage terms), languages kept."""

    def picked(name: str) -> str | None:
        # ``pick`` knows the older fields' IIM limits; the press datasets' are here.
        value = pick(press.text(name), i.text(name), name)
        if value is not None and value == i.text(name):
            value = _recover_truncated(value, press.text(name), _PRESS_IIM_LIMITS[name])
        return _clean(value)

    still.titles = _languages(still.title, press.lang_alt("titles"))
    still.usage_terms_by_language = _languages(None, press.lang_alt("usage_terms"))
    still.usage_terms = preferred_caption(still.usage_terms_by_language)
    still.alt_texts = _languages(None, press.lang_alt("alt_texts"))
    still.instructions = _clean(pick(press.text("instructions"), i.text("instructions"), "instructions"))
    still.headline = picked("headline")
    still.caption_writer = picked("caption_writer")
    still.event = _clean(press.text("event"))
    still.web_statement = _clean(press.text("web_statement"))
    still.digital_source_type = _clean(press.text("digital_source_type"))
    still.licensors = [
        lic
        for struct in press.structs.get("licensors", [])
        if (lic := Licensor(_clean(struct.get("LicensorName")), _clean(struct.get("LicensorURL")))).text
    ]
    shown = [loc for struct in press.structs.get("locations_shown", []) if (loc := _location(struct)).text]
    legacy = Location(
        **{name: picked(name) for name in ("sublocation", "city", "province_state", "country", "country_code")}
    )
    # The legacy fields mean the location shown too; kept beside the structs when they differ.
    still.locations_shown = shown + ([legacy] if legacy.text and legacy not in shown else [])
    created = [loc for struct in press.structs.get("locations_created", []) if (loc := _location(struct)).text]
    still.location_created = created[0] if created else None
    for name, date_key, time_key in (
        ("release_date", "release_date", "release_time"),
        ("expiry_date", "expiry_date", "expiry_time"),
    ):
        text = i.text(date_key)
        moment = _iim_moment(text, i.text(time_key))
        if text and moment is None:
            still.warnings.append(f"IPTC {name.replace('_', ' ')} is not a date ({text})")
        setattr(still, name, moment)


def _press_hints(press: xmp.XmpPress) -> dict[str, list[str]]:
    """The press fields' XMP values, to tell an undeclared IIM charset (as ``_iim_hints``)."""
    return {name: [text] for name in _PRESS_IIM_LIMITS if (text := press.text(name))}


def _clean(value: object) -> str | None:
    return (clean_text(value) or None) if isinstance(value, str) else None


def _languages(default: str | None, xmp_alt: dict[str, str]) -> dict[str, str]:
    """A language alternative whose default may have come from elsewhere (IIM, EXIF, the
    manifest): that value is x-default, the other XMP languages stand beside it."""
    texts = {clean_text(k): clean_text(v) for k, v in xmp_alt.items() if clean_text(v)}
    default = clean_text(default) if default else None
    if default and default != preferred_caption(texts):
        texts = {"x-default": default, **{k: v for k, v in texts.items() if k != "x-default"}}
    return texts


def _location(struct: xmp.XmpStruct) -> Location:
    return Location(**{ours: _clean(struct.get(theirs)) for theirs, ours in _LOCATION_FIELDS.items()})


def _iim_moment(date_text: str | None, time_text: str | None) -> dt.date | None:
    """IIM date (CCYYMMDD) and time (HHMMSS±HHMM) as a datetime (aware when the zone is given),
    or the date alone when there is no time; None when the date is not one."""
    day = iim.iim_date(date_text)
    if not day:
        return None
    date = dt.date.fromisoformat(day)
    digits = (time_text or "").strip().replace(":", "")
    if len(digits) < 4 or not digits[:4].isdigit():
        return date
    seconds = int(digits[4:6]) if digits[4:6].isdigit() else 0
    zone = None
    rest = digits[6:] if digits[4:6].isdigit() else digits[4:]
    if len(rest) >= 5 and rest[0] in "+-" and rest[1:5].isdigit():
        minutes = int(rest[1:3]) * 60 + int(rest[3:5])
        zone = dt.timezone(dt.timedelta(minutes=-minutes if rest[0] == "-" else minutes))
    try:
        return dt.datetime.combine(date, dt.time(int(digits[:2]), int(digits[2:4]), seconds), zone)
    except ValueError:
        return date


# IIM field -> the XMP field holding the same value (to tell an undeclared IIM charset).
_IIM_TWINS = {
    "title": "title",
    "caption": "captions",
    "credit": "credit",
    "creators": "creators",
    "copyright": "copyright",
    "source": "source",
    "keywords": "keywords",
    "instructions": "instructions",
}


def _iim_hints(x: xmp.XmpValues) -> dict[str, list[str]]:
    return {name: x.items(twin) for name, twin in _IIM_TWINS.items() if x.items(twin)}


def _clean_fields(still: Still) -> None:
    """Embedded text loses control characters (an ESC in a caption would reach the terminal
    through `gallery info`); see ``clean_text``."""
    still.captions = {clean_text(k): clean_text(v) for k, v in still.captions.items() if clean_text(v)}
    for name in ("title", "credit", "copyright", "source", "usage_terms", "date_created"):
        value = getattr(still, name)
        if isinstance(value, str):
            setattr(still, name, clean_text(value) or None)
    for name in ("creators", "keywords", "characters"):
        setattr(still, name, [c for c in (clean_text(v) for v in getattr(still, name)) if c])


def _recover_truncated(iim_value: Any, xmp_value: Any, limit: int) -> Any:
    """exiftool's RecoverTruncatedIPTC: an IIM value cut at its limit yields to the XMP one."""
    if not xmp_value or not limit:
        return iim_value or None
    if isinstance(iim_value, list):
        if not isinstance(xmp_value, list):
            return iim_value
        return [
            x if i != x and _cut(i, limit) and x.startswith(i) else i
            for i, x in zip(iim_value, xmp_value + [""] * len(iim_value), strict=False)
        ]
    if isinstance(xmp_value, dict):
        xmp_value = xmp_value.get("x-default") or next(iter(xmp_value.values()), "")
    if iim_value and _cut(iim_value, limit) and isinstance(xmp_value, str) and xmp_value.startswith(iim_value):
        return xmp_value
    return iim_value or None


def _cut(value: str, limit: int) -> bool:
    return len(value.encode("utf-8")) >= limit or len(value) >= limit


def _nonblank(value: object) -> str | None:
    if isinstance(value, str) and value.strip():
        return value.strip()
    return None


def _split_mwg_list(text: str) -> list[str]:
    """EXIF Artist may hold several creators separated by '; ' (quotes protect a ';')."""
    items, current, quoted = [], "", False
    for char in text:
        if char == '"':
            quoted = not quoted
        elif char == ";" and not quoted:
            items.append(current.strip())
            current = ""
        else:
            current += char
    items.append(current.strip())
    return [item for item in items if item]


def _unique(values: list[str]) -> list[str]:
    seen: dict[str, None] = {}
    for value in values:
        seen.setdefault(value, None)
    return list(seen)


def _exif_datetime(value: object) -> str | None:
    if not isinstance(value, str) or not value.strip(" :0"):
        return None
    date, _, time = value.partition(" ")
    date = date.replace(":", "-")
    return f"{date}T{time}" if time else date


def _iim_datetime(values: iim.IimValues) -> str | None:
    date = iim.iim_date(values.text("date_created"))
    if not date:
        return None
    time = values.text("time_created")
    if time and len(time) >= 6 and time[:6].isdigit():
        return f"{date}T{time[0:2]}:{time[2:4]}:{time[4:6]}"
    return date
