"""Hostile and broken files made in code: every byte here is built from a recipe below.

Nothing is a blob of unknown origin. The builders return bytes; ``hostile_files()`` names
the per-file cases a kit is made of, with what Stills must say about each.
"""

from __future__ import annotations

import io
import struct
import zlib
from dataclasses import dataclass

from PIL import Image

# --- plain good files ----------------------------------------------------------------------


def good_jpeg(size=(320, 200), color=(30, 60, 120), quality=85, exif: bytes = b"") -> bytes:
    im = Image.new("RGB", size, color)
    im.paste((250, 250, 20), (0, 0, size[0] // 4, size[1] // 4))
    buf = io.BytesIO()
    im.save(buf, "JPEG", quality=quality, exif=exif)
    return buf.getvalue()


def good_png(size=(200, 120), mode="RGB") -> bytes:
    buf = io.BytesIO()
    Image.new(mode, size, (200, 40, 40)).save(buf, "PNG")
    return buf.getvalue()


def good_gif(size=(64, 48)) -> bytes:
    buf = io.BytesIO()
    Image.new("P", size, 3).save(buf, "GIF")
    return buf.getvalue()


def good_tiff(size=(64, 48)) -> bytes:
    buf = io.BytesIO()
    Image.new("RGB", size, (10, 200, 10)).save(buf, "TIFF")
    return buf.getvalue()


def good_webp(size=(64, 48)) -> bytes:
    buf = io.BytesIO()
    Image.new("RGB", size, (10, 10, 200)).save(buf, "WEBP")
    return buf.getvalue()


# --- JPEG surgery --------------------------------------------------------------------------


def segment(marker: int, payload: bytes) -> bytes:
    """One JPEG marker segment (payload at most 65533 bytes)."""
    assert len(payload) <= 65533
    return bytes([0xFF, marker]) + struct.pack(">H", len(payload) + 2) + payload


def jpeg_with(*segments: bytes, base: bytes | None = None) -> bytes:
    """A good JPEG with extra segments right after SOI."""
    base = base or good_jpeg()
    return base[:2] + b"".join(segments) + base[2:]


def jpeg_with_size(width: int, height: int, base: bytes | None = None) -> bytes:
    """A small real JPEG whose SOF claims another size (a bomb header: a few KB)."""
    data = bytearray(base or good_jpeg(size=(64, 64)))
    pos = 2
    while pos < len(data):
        marker = data[pos + 1]
        (length,) = struct.unpack(">H", data[pos + 2 : pos + 4])
        if 0xC0 <= marker <= 0xCF and marker not in (0xC4, 0xC8, 0xCC):
            data[pos + 5 : pos + 9] = struct.pack(">HH", height, width)
            return bytes(data)
        pos += 2 + length
    raise AssertionError("no SOF")


def progressive_jpeg(size=(64, 64), subsampling: int = 0) -> bytes:
    buf = io.BytesIO()
    Image.effect_noise(size, 40).convert("RGB").save(buf, "JPEG", progressive=True, subsampling=subsampling)
    return buf.getvalue()


def jpeg_scan_bomb(repeats: int = 300) -> bytes:
    """A small progressive JPEG whose last scan is repeated: every scan is a pass over every
    block, and thousands of cheap scans keep libjpeg inside one C call for minutes."""
    data = progressive_jpeg()
    last_scan = data.rindex(b"\xff\xda")
    return data[:-2] + data[last_scan:-2] * repeats + b"\xff\xd9"


def jpeg_with_stray_byte(data: bytes) -> bytes:
    """``data`` with a 0x00 before its frame header (SOFn): junk libjpeg skips with a warning."""
    sof = min(i for i in (data.find(b"\xff\xc0"), data.find(b"\xff\xc2")) if i >= 0)
    return data[:sof] + b"\x00" + data[sof:]


# --- PNG / GIF / TIFF / WebP headers -------------------------------------------------------


def png_chunk(kind: bytes, data: bytes, crc: int | None = None) -> bytes:
    crc = zlib.crc32(kind + data) if crc is None else crc
    return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", crc & 0xFFFFFFFF)


def png_header_only(width: int, height: int, color_type: int = 2, idat: bytes | None = None) -> bytes:
    """A PNG that claims width×height: IHDR, a little IDAT, IEND (a bomb of a few hundred bytes)."""
    ihdr = struct.pack(">IIBBBBB", width, height, 8, color_type, 0, 0, 0)
    idat = zlib.compress(b"\x00" * 4096) if idat is None else idat
    return b"\x89PNG\r\n\x1a\n" + png_chunk(b"IHDR", ihdr) + png_chunk(b"IDAT", idat) + png_chunk(b"IEND", b"")


def png_bad_crc() -> bytes:
    data = bytearray(good_png())
    pos = data.index(b"IDAT")
    (length,) = struct.unpack(">I", data[pos - 4 : pos])
    crc_at = pos + 4 + length
    data[crc_at : crc_at + 4] = b"\x00\x00\x00\x00"
    return bytes(data)


def png_with_text(keyword: bytes, text: bytes) -> bytes:
    png = good_png(size=(8, 8))
    itxt = png_chunk(b"iTXt", keyword + b"\x00\x00\x00\x00\x00" + text)
    return png[:33] + itxt + png[33:]


def gif_header_only(width: int, height: int) -> bytes:
    """GIF89a with a width×height screen and image of a few bytes of LZW."""
    head = b"GIF89a" + struct.pack("<HHBBB", width, height, 0x80, 0, 0) + b"\x00\x00\x00\xff\xff\xff"
    image = b"\x2c" + struct.pack("<HHHHB", 0, 0, width, height, 0) + b"\x02\x02\x44\x01\x00"
    return head + image + b"\x3b"


def gif_many_frames(frames: int) -> bytes:
    head = b"GIF89a" + struct.pack("<HHBBB", 4, 4, 0x80, 0, 0) + b"\x00\x00\x00\xff\xff\xff"
    frame = (
        b"\x21\xf9\x04\x00\x00\x00\x00\x00" + b"\x2c" + struct.pack("<HHHHB", 0, 0, 4, 4, 0) + b"\x02\x02\x44\x01\x00"
    )
    return head + frame * frames + b"\x3b"


def tiff(
    entries: list[tuple[int, int, int, bytes | int]], *, next_ifd: int = 0, extra: bytes = b"", first: int = 8
) -> bytes:
    """A little-endian TIFF with one IFD at ``first``: entries (tag, type, count, value).

    ``value`` is an int (stored inline or as the offset it names) or bytes (placed after the
    IFD, the entry pointing at them, inline when they fit in 4 bytes). ``extra`` follows.
    """
    n = len(entries)
    data_at = first + 2 + 12 * n + 4
    out_entries = b""
    blob = b""
    for tag, kind, count, value in entries:
        if isinstance(value, bytes):
            if len(value) <= 4:
                field = value.ljust(4, b"\x00")
            else:
                field = struct.pack("<I", data_at + len(blob))
                blob += value + (b"\x00" if len(value) % 2 else b"")
        else:
            field = struct.pack("<I", value & 0xFFFFFFFF)
        out_entries += struct.pack("<HHI", tag, kind, count & 0xFFFFFFFF) + field
    head = b"II*\x00" + struct.pack("<I", first)
    head = head.ljust(first, b"\x00")
    return head + struct.pack("<H", n) + out_entries + struct.pack("<I", next_ifd) + blob + extra


def tiff_image(width: int, height: int, pixels: bytes = b"\x00" * 64) -> bytes:
    """An uncompressed 8-bit greyscale TIFF that claims width×height."""
    ifd_entries = 8
    pixel_at = 8 + 2 + 12 * ifd_entries + 4
    return tiff(
        [
            (256, 4, 1, width),
            (257, 4, 1, height),
            (258, 3, 1, 8),
            (259, 3, 1, 1),
            (262, 3, 1, 1),
            (273, 4, 1, pixel_at),
            (278, 4, 1, height),
            (279, 4, 1, len(pixels)),
        ],
        extra=pixels,
    )


def tiff_ifd_loop() -> bytes:
    """A real TIFF image whose IFD chain points back at itself via a second IFD."""
    data = bytearray(good_tiff(size=(16, 16)))
    (first,) = struct.unpack("<I", data[4:8])
    (n,) = struct.unpack("<H", data[first : first + 2])
    next_at = first + 2 + 12 * n
    second = len(data)
    # IFD 2: a copy of IFD 1's entries, whose next pointer leads back to IFD 1.
    data[next_at : next_at + 4] = struct.pack("<I", second)
    data += data[first : first + 2 + 12 * n] + struct.pack("<I", first)
    return bytes(data)


def webp_header_only(width: int, height: int) -> bytes:
    """A VP8X WebP whose canvas claims width×height (at most 16384 each)."""
    vp8x = (
        b"VP8X"
        + struct.pack("<I", 10)
        + b"\x00\x00\x00\x00"
        + (width - 1).to_bytes(3, "little")
        + (height - 1).to_bytes(3, "little")
    )
    body = b"WEBP" + vp8x
    return b"RIFF" + struct.pack("<I", len(body)) + body


# --- formats: AVIF, MPO, HEIF ---------------------------------------------------------------


def good_avif(size=(64, 48), exif: bytes = b"") -> bytes:
    buf = io.BytesIO()
    Image.new("RGB", size, (200, 10, 200)).save(buf, "AVIF", exif=exif)
    return buf.getvalue()


def avif_with_size(width: int, height: int) -> bytes:
    """A small AVIF whose image spatial extent ('ispe') claims width×height: libavif decodes
    the 64×48 picture into a canvas of the size claimed (12000×12000 is 432 MB as RGB)."""
    data = bytearray(good_avif())
    at = data.index(b"ispe")
    data[at + 8 : at + 16] = struct.pack(">II", width, height)
    return bytes(data)


def good_mpo(size=(64, 48)) -> bytes:
    """A two-frame MPO (a stereo camera's pair): read as its first frame, a JPEG."""
    buf = io.BytesIO()
    frames = [Image.new("RGB", size, (10, 120, 200)), Image.new("RGB", size, (200, 120, 10))]
    frames[0].save(buf, "MPO", save_all=True, append_images=frames[1:])
    return buf.getvalue()


def heif_header(brand: bytes) -> bytes:
    """An HEIF file's opening (ftyp box) and some padding: the brand is all Stills looks at."""
    ftyp = b"ftyp" + brand + b"\x00\x00\x00\x00" + b"mif1" + brand
    return struct.pack(">I", 4 + len(ftyp)) + ftyp + b"\x00" * 200


def format_cases() -> list[Case]:
    """Formats listed by extension: AVIF and MPO are shown, HEIF is listed with its reason."""
    avif = good_avif()
    return [
        Case("phone.heic", heif_header(b"heic"), error="unsupported format (HEIF)"),
        Case("burst.HEIF", heif_header(b"heix"), error="unsupported format (HEIF)"),
        Case("generic.heif", heif_header(b"mif1"), error="unsupported format (HEIF)"),
        Case("canon.hif", heif_header(b"heic"), error="unsupported format (HEIF)"),
        Case("avif-named.heic", avif),  # read by its content, like a PNG named .jpg
        Case("avif-named.jpg", avif),
        Case("mpo-named.jpg", good_mpo()),
        Case("cut-half.avif", avif[: len(avif) // 2], error="damaged file"),
        Case("cut-tail.avif", avif[:-10], thumb="damaged file"),
        Case("heic-named.avif", heif_header(b"heic"), error="unsupported format (HEIF)"),
        Case("bomb.avif", avif_with_size(60000, 60000), error="image too large (60000×60000)"),  # past libavif's limit
        Case("bomb-16k.avif", avif_with_size(16000, 16000), error="image too large (16000×16000)"),  # Pillow's
        Case("big-sneaky.avif", avif_with_size(12000, 12000), thumb="image too large (12000×12000)"),
        Case("zero-width.avif", avif_with_size(0, 48), error="invalid size (0×48)"),
    ]


# --- EXIF ----------------------------------------------------------------------------------

ASCII, SHORT, LONG, RATIONAL, UNDEFINED = 2, 3, 4, 5, 7


def exif_app1(tiff_bytes: bytes) -> bytes:
    return segment(0xE1, b"Exif\x00\x00" + tiff_bytes)


def exif_ifd_loop() -> bytes:
    """IFD0 (with a description) -> IFD1 -> IFD0 -> ...: the chain never ends."""
    desc = b"Before the loop\x00"
    n = 1
    ifd1 = 8 + 2 + 12 * n + 4 + len(desc)
    ifd0 = tiff([(0x010E, ASCII, len(desc), desc)], next_ifd=ifd1)
    ifd1_bytes = (
        struct.pack("<H", 1)
        + struct.pack("<HHII", 0x0131, ASCII, 4, struct.unpack("<I", b"abc\x00")[0])
        + struct.pack("<I", 8)
    )
    return ifd0 + ifd1_bytes


def exif_offsets_past_end() -> bytes:
    return tiff(
        [
            (0x010E, ASCII, 100, 0x7FFFFFF0),  # description far past the end
            (0x013B, ASCII, 6, 0x00FFFFFF),
            (0x8769, LONG, 1, 0x7FFFFFFF),  # EXIF IFD past the end
            (0x0112, SHORT, 1, 6),
        ]
    )


def exif_absurd_counts() -> bytes:
    return tiff(
        [
            (0x010E, ASCII, 0x7FFFFFFF, 26),  # a description "2 GB long"
            (0x0111, LONG, 0xFFFFFFFF, 8),  # StripOffsets: 4 billion of them
            (0x927C, UNDEFINED, 1_000_000_000, 8),  # MakerNote of 10^9 bytes
            (0x013B, ASCII, 4, b"Bob\x00"),
        ]
    )


def exif_zero_rationals() -> bytes:
    n = 4
    data_at = 8 + 2 + 12 * n + 4
    desc = b"Zero over zero\x00\x00"
    return tiff(
        [
            (0x010E, ASCII, 15, desc),
            (0x011A, RATIONAL, 1, data_at + len(desc)),
            (0x011B, RATIONAL, 1, data_at + len(desc) + 8),
            (0x829A, RATIONAL, 1, data_at + len(desc)),
        ],
        extra=b"",
    ) + struct.pack("<IIII", 0, 0, 1, 0)


def exif_work_bomb(entries: int = 5000) -> bytes:
    """5,000 entries each asking for 999 SHORTs: exifread 3.5 spent 18 s on these 60 KB."""
    return tiff([(0x1000 + i, SHORT, 999, 8) for i in range(entries)])


def exif_sub_ifd_loop() -> bytes:
    """The EXIF sub-IFD pointer leads back to IFD0."""
    desc = b"Sub-IFD loop\x00"
    return tiff([(0x010E, ASCII, len(desc), desc), (0x8769, LONG, 1, 8)])


# --- IPTC IIM ------------------------------------------------------------------------------


def iim_dataset(record: int, dataset: int, data: bytes, length: int | None = None) -> bytes:
    return bytes([0x1C, record, dataset]) + struct.pack(">H", len(data) if length is None else length) + data


def photoshop_app13(iim: bytes, size: int | None = None) -> bytes:
    resource = b"8BIM" + struct.pack(">H", 0x0404) + b"\x00\x00" + struct.pack(">I", len(iim) if size is None else size)
    resource += iim + (b"\x00" if len(iim) % 2 else b"")
    return segment(0xED, b"Photoshop 3.0\x00" + resource)


# --- XMP -----------------------------------------------------------------------------------

XMP_MARKER = b"http://ns.adobe.com/xap/1.0/\x00"


def xmp_packet(description: str = "An XMP caption", inner: str | None = None) -> bytes:
    body = (
        inner
        if inner is not None
        else (
            f"<dc:description><rdf:Alt><rdf:li xml:lang='x-default'>{description}</rdf:li></rdf:Alt></dc:description>"
        )
    )
    return (
        "<x:xmpmeta xmlns:x='adobe:ns:meta/'><rdf:RDF xmlns:rdf='http://www.w3.org/1999/02/22-rdf-syntax-ns#'>"
        "<rdf:Description rdf:about='' xmlns:dc='http://purl.org/dc/elements/1.1/'>"
        f"{body}</rdf:Description></rdf:RDF></x:xmpmeta>"
    ).encode()


def xmp_app1(packet: bytes) -> bytes:
    return segment(0xE1, XMP_MARKER + packet)


def xmp_xxe(target: str) -> bytes:
    return f'<?xml version="1.0"?><!DOCTYPE x [<!ENTITY xxe SYSTEM "file://{target}">]>'.encode() + xmp_packet("&xxe;")


def xmp_billion_laughs() -> bytes:
    ents = '<!ENTITY lol "lol">' + "".join(
        f'<!ENTITY lol{i} "{("&lol" + (str(i - 1) if i > 1 else "") + ";") * 10}">' for i in range(1, 10)
    )
    return f"<?xml version='1.0'?><!DOCTYPE lolz [{ents}]>".encode() + xmp_packet("&lol9;")


def xmp_deep(depth: int = 10_000) -> bytes:
    return xmp_packet(inner="<dc:title>" + "<a>" * depth + "deep" + "</a>" * depth + "</dc:title>")


def xmp_invalid_utf8() -> bytes:
    return xmp_packet("caf\u00e9").replace("caf\u00e9".encode(), b"caf\xe9\xff\xfe")


# --- the per-file cases of a hostile kit ---------------------------------------------------


@dataclass(frozen=True)
class Case:
    """A file of a hostile kit and what Stills must say about it.

    error: the still's error starts with this (None: the still opens); warning: one of its
    warnings contains this; thumb: load_thumbnail's ImageError starts with this (None: a
    thumbnail is made; "any": either an ImageError or a thumbnail, never anything else).
    """

    name: str
    data: bytes
    error: str | None = None
    warning: str | None = None
    thumb: str | None = "same"

    @property
    def thumb_reason(self) -> str | None:
        return self.error if self.thumb == "same" else self.thumb


def hostile_files() -> list[Case]:
    jpeg = good_jpeg()
    png = good_png()
    cases = [
        # empty, garbage, truncated, mis-named
        Case("empty.jpg", b"", error="empty file"),
        Case("empty.png", b"", error="empty file"),
        Case("garbage.jpg", bytes(range(256)) * 40, error="not an image"),
        Case("zeros.tif", b"\x00" * 5000, error="not an image"),
        Case("page.png", b"<!DOCTYPE html><html><body>404 Not Found</body></html>", error="not an image (text)"),
        Case("two-bytes.jpg", b"\xff\xd8", error="damaged file"),
        Case(
            "heic.jpg",
            b"\x00\x00\x00\x18ftypheic\x00\x00\x00\x00mif1heic" + b"\x00" * 100,
            error="unsupported format (HEIF)",
        ),
        Case("cut-header.jpg", jpeg[:100], error="damaged file"),
        Case("cut-half.jpg", jpeg[: len(jpeg) // 2], error="damaged file (cut short)"),
        Case("cut-half.png", png[: len(png) // 2], error="damaged file"),
        Case("cut.gif", good_gif()[:30], thumb="any"),
        Case("cut.tif", good_tiff()[:60], error="damaged file"),
        Case("cut.webp", good_webp()[:40], error="damaged file"),
        Case("bad-crc.png", png_bad_crc(), thumb="any"),
        Case("png-named.jpg", png),
        Case("gif-named.png", good_gif()),
        Case("jpeg-named.tif", jpeg),
        # decompression bombs: a few hundred bytes each, billions of pixels claimed
        Case("bomb.jpg", jpeg_with_size(65500, 65500), error="image too large (65500×65500)"),
        Case("bomb.png", png_header_only(60000, 60000), error="image too large (60000×60000)"),
        Case("bomb.gif", gif_header_only(65535, 65535), error="image too large (65535×65535)"),
        Case("bomb.tif", tiff_image(60000, 60000), error="image too large"),
        Case("bomb.webp", webp_header_only(16384, 16384), error="image too large"),
        # under Pillow's own refusal, over what Stills decodes in full
        Case("big-sneaky.png", png_header_only(10000, 10000), thumb="image too large (10000×10000)"),
        # progressive JPEG: libjpeg buffers every coefficient of the full image, draft or not
        Case(
            "progressive-bomb.jpg",
            jpeg_with_size(13000, 13000, base=progressive_jpeg()),
            thumb="image too large (13000×13000)",
        ),
        Case("scan-bomb.jpg", jpeg_scan_bomb(), thumb="damaged file (too many scans"),
        # (review finding) one stray byte before the frame header: libjpeg skips it, so must we
        Case("scan-bomb-stray-byte.jpg", jpeg_with_stray_byte(jpeg_scan_bomb()), thumb="damaged file (too many scans"),
        # headers that would keep a parser reading: 60,000 empty APP segments, 40,000 text chunks
        Case(
            "app-flood.jpg",
            jpeg[:2] + b"\xff\xef\x00\x02" * 60_000 + jpeg[2:],
            error="damaged file (header too complex)",
        ),
        Case(
            "text-flood.png",
            png[:33] + png_chunk(b"tEXt", b"k\x00v") * 40_000 + png[33:],
            error="damaged file (header too complex)",
        ),
        Case("zero-width.png", png_header_only(0, 100), error="invalid size (0×100)"),
        Case("zero-height.gif", gif_header_only(100, 0), error="invalid size (100×0)"),
        Case("tiff-ifd-loop.tif", tiff_ifd_loop(), thumb="any"),
        Case("many-frames.gif", gif_many_frames(20000), thumb="any"),
        # EXIF
        Case("exif-ifd-loop.jpg", jpeg_with(exif_app1(exif_ifd_loop()))),
        Case("exif-past-end.jpg", jpeg_with(exif_app1(exif_offsets_past_end()))),
        Case("exif-absurd-counts.jpg", jpeg_with(exif_app1(exif_absurd_counts()))),
        Case("exif-zero-rationals.jpg", jpeg_with(exif_app1(exif_zero_rationals()))),
        Case("exif-work-bomb.jpg", jpeg_with(exif_app1(exif_work_bomb())), warning="EXIF skipped"),
        Case("exif-sub-ifd-loop.jpg", jpeg_with(exif_app1(exif_sub_ifd_loop()))),
        Case("exif-truncated.jpg", jpeg_with(exif_app1(exif_ifd_loop()[:20]))),
        Case("exif-not-tiff.jpg", jpeg_with(segment(0xE1, b"Exif\x00\x00garbage garbage"))),
        # IIM
        Case(
            "iim-bogus-length.jpg",
            jpeg_with(photoshop_app13(iim_dataset(2, 5, b"Kept title") + iim_dataset(2, 120, b"short", length=0x7FFF))),
        ),
        Case(
            "iim-extended-length.jpg",
            jpeg_with(photoshop_app13(iim_dataset(2, 5, b"Title") + bytes([0x1C, 2, 120, 0x80, 0x08]) + b"\xff" * 8)),
        ),
        Case(
            "iim-bad-marker.jpg", jpeg_with(photoshop_app13(iim_dataset(2, 5, b"Title") + b"\x1d\x02\x78\x00\x05hello"))
        ),
        Case(
            "iim-shift-jis.jpg",
            jpeg_with(photoshop_app13(iim_dataset(2, 120, "宇宙の掃除屋たち".encode("shift_jis")))),
        ),
        Case(
            "iim-unknown-charset.jpg",
            jpeg_with(
                photoshop_app13(iim_dataset(1, 90, b"\x1b$B") + iim_dataset(2, 120, "日本".encode("iso2022_jp")))
            ),
        ),
        Case("iim-bad-date.jpg", jpeg_with(photoshop_app13(iim_dataset(2, 30, b"99999999"))), warning=None),
        Case("iim-resource-past-end.jpg", jpeg_with(photoshop_app13(iim_dataset(2, 5, b"T"), size=0x7FFFFFFF))),
        # XMP
        Case("xmp-xxe.jpg", jpeg_with(xmp_app1(xmp_xxe("/etc/passwd"))), warning="XMP refused"),
        Case("xmp-billion-laughs.jpg", jpeg_with(xmp_app1(xmp_billion_laughs())), warning="XMP refused"),
        Case("xmp-deep.jpg", jpeg_with(xmp_app1(xmp_deep(9_000)))),  # as deep as 64 KB allows
        Case("xmp-deep.png", png_with_text(b"XML:com.adobe.xmp", xmp_deep(10_000))),
        Case("xmp-very-deep.png", png_with_text(b"XML:com.adobe.xmp", xmp_deep(500_000))),
        Case("xmp-invalid-utf8.jpg", jpeg_with(xmp_app1(xmp_invalid_utf8())), warning="XMP unreadable"),
        Case("xmp-not-xml.jpg", jpeg_with(xmp_app1(b"\x00\x01\x02 not xml <<<")), warning="XMP unreadable"),
        Case(
            "xmp-20mb.png",
            png_with_text(b"XML:com.adobe.xmp", xmp_packet(inner=" " * (20 * 1024 * 1024))),
            warning="XMP packet too large",
        ),
    ]
    return cases + format_cases()


GOOD_FILES = {
    "good/one.jpg": lambda: good_jpeg(exif=_description_exif("Good one")),
    "good/two.png": good_png,
    "good/three.gif": good_gif,
    "good/four.tif": good_tiff,
    "good/five.webp": good_webp,
    "good/six.avif": lambda: good_avif(exif=_description_exif("Good six")),
    "good/seven.mpo": good_mpo,
}


def _description_exif(text: str) -> bytes:
    exif = Image.Exif()
    exif[0x010E] = text
    return exif.tobytes()


def exif_escape_codes() -> bytes:
    """A description that would clear the terminal and retitle it if printed raw."""
    exif = Image.Exif()
    exif[0x010E] = "\x1b[2J\x1b]0;pwned\x07Caption\x00 with\x08 controls\x9b"
    exif[0x013B] = "Artist\x1b[31m"
    data = exif.tobytes()
    return data[6:] if data.startswith(b"Exif\x00\x00") else data


# --- ZIP archives made byte by byte ----------------------------------------------------------


@dataclass
class Member:
    """One ZIP member as written: every header field can lie."""

    name: bytes
    data: bytes = b""
    method: int = 0  # 0 stored, 8 deflated, anything else as is
    flags: int = 0
    size: int | None = None  # declared uncompressed size (default: the truth)
    crc: int | None = None
    packed: bytes | None = None  # the stored bytes (default: data, deflated if method 8)
    header_offset: int | None = None  # central directory's pointer (default: the truth)
    date: tuple[int, int] = (0x5A21, 0x6000)  # DOS date, time


def raw_zip(members: list[Member], *, comment: bytes = b"", prefix: bytes = b"") -> bytes:
    """A ZIP archive with headers exactly as the members say (no ZIP64)."""
    out = bytearray(prefix)
    central = bytearray()
    for m in members:
        packed = m.packed
        if packed is None:
            if m.method == 8:
                comp = zlib.compressobj(9, zlib.DEFLATED, -15)
                packed = comp.compress(m.data) + comp.flush()
            else:
                packed = m.data
        crc = zlib.crc32(m.data) if m.crc is None else m.crc
        size = len(m.data) if m.size is None else m.size
        offset = len(out)
        date, time_ = m.date
        local = struct.pack(
            "<4sHHHHHIIIHH", b"PK\x03\x04", 20, m.flags, m.method, time_, date, crc, len(packed), size, len(m.name), 0
        )
        out += local + m.name + packed
        central += struct.pack(
            "<4sHHHHHHIIIHHHHHII",
            b"PK\x01\x02",
            20,
            20,
            m.flags,
            m.method,
            time_,
            date,
            crc,
            len(packed),
            size,
            len(m.name),
            0,
            0,
            0,
            0,
            0,
            offset if m.header_offset is None else m.header_offset,
        )
        central += m.name
    start = len(out)
    out += central
    count = min(len(members), 0xFFFF)
    out += struct.pack("<4sHHHHIIH", b"PK\x05\x06", 0, 0, count, count, len(central), start, len(comment)) + comment
    return bytes(out)


def many_entries_zip(count: int, still_every: int = 0, name: str = "junk/{i}.txt") -> bytes:
    """``count`` empty stored entries, fast to build (the central directory is written directly).

    ZIP without ZIP64 counts entries in 16 bits; zipfile reads the real number from the
    directory size, as most readers do, so 100,000 entries work."""
    members = []
    still = good_jpeg(size=(16, 16))
    for i in range(count):
        if still_every and i % still_every == 0:
            members.append(Member(f"stills/{i}.jpg".encode(), still))
        else:
            members.append(Member(name.format(i=i).encode()))
    return raw_zip(members)


# --- metadata readers: PNG chunk walk, raw profiles, GIF blocks, APP13 joins (issue 12) --------


def _png_before_iend(extra: bytes, base: bytes | None = None) -> bytes:
    png = base or good_png(size=(8, 8))
    return png[:-12] + extra + png[-12:]


def _raw_profile_text(name: str, data: bytes, claimed: int | None = None) -> bytes:
    length = len(data) if claimed is None else claimed
    return f"\n{name}\n{length:8d}\n{data.hex()}\n".encode()


def png_million_chunks(count: int = 1_000_000) -> bytes:
    """A real PNG, then ``count`` empty private chunks after IDAT (12 MB), then IEND."""
    return _png_before_iend(png_chunk(b"prVt", b"") * count)


def png_raw_profile_claiming(claimed: int = 2**31) -> bytes:
    """A "Raw profile type iptc" whose header claims ``claimed`` bytes; it holds a few."""
    iim = iim_dataset(2, 110, b"Claimed credit")
    text = _raw_profile_text("iptc", iim, claimed)
    return _png_before_iend(png_chunk(b"tEXt", b"Raw profile type iptc\x00" + text))


def png_ztxt_bomb(megabytes: int = 200) -> bytes:
    """A zTXt raw profile that inflates to ``megabytes`` MB (about 200 KB stored)."""
    packed = zlib.compress(b"\n" + b"0" * (megabytes * 1024 * 1024), 9)
    return _png_before_iend(png_chunk(b"zTXt", b"Raw profile type exif\x00\x00" + packed))


def png_huge_text_chunk_claim() -> bytes:
    """An iTXt XMP chunk whose length field claims 3 GB; the file ends soon after."""
    return _png_before_iend(struct.pack(">I", 3 * 2**30) + b"iTXtXML:com.adobe.xmp\x00\x00\x00\x00\x00<x")


def _gif_app_extension(ident: bytes, body: bytes) -> bytes:
    return b"\x21\xff" + bytes([len(ident)]) + ident + body


def gif_endless_sub_blocks(count: int = 1_000_000) -> bytes:
    """A good GIF, then (after its image, where Pillow's open stops) an application
    extension of ``count`` one-byte sub-blocks and no terminator."""
    gif = good_gif()
    return gif[:-1] + _gif_app_extension(b"NETSCAPE2.0", b"\x01x" * count)


def gif_endless_xmp(megabytes: int = 8) -> bytes:
    """A GIF whose "XMP DataXMP" packet runs on for ``megabytes`` MB with no magic trailer."""
    gif = good_gif()
    return gif[:-1] + _gif_app_extension(b"XMP DataXMP", b"<" * (megabytes * 1024 * 1024)) + b"\x3b"


def gif_xmp_cut_short() -> bytes:
    gif = good_gif()
    return gif[:-1] + _gif_app_extension(b"XMP DataXMP", xmp_packet("cut")[:40])


def app13_flood(count: int = 10_000) -> bytes:
    """``count`` APP13 Photoshop segments, each a whole IIM block: the first one counts."""
    segments = [photoshop_app13(iim_dataset(2, 110, f"Credit {i}".encode())) for i in range(count)]
    return jpeg_with(*segments)


def app13_resource_claiming_more() -> bytes:
    """An IIM resource claiming 2 GB, split over two APP13 segments that hold 40 bytes."""
    first = photoshop_app13(iim_dataset(2, 5, b"Split title"), size=0x7FFFFFFF)
    second = segment(0xED, b"Photoshop 3.0\x00" + iim_dataset(2, 110, b"Credit"))
    return jpeg_with(first, second)


def xmp_utf16_bad_surrogate() -> bytes:
    """A UTF-16BE packet with a lone surrogate: decoding fails, the packet is refused."""
    packet = xmp_packet("caf\u00e9").decode().encode("utf-16-be")
    return jpeg_with(xmp_app1(packet + b"\xd8\x00\x00a"))


def exif_orientation_flood(entries: int = 5_000) -> bytes:
    """IFD0 claiming 65,535 entries; ``entries`` of them Orientation typed ASCII (no SHORT)."""
    ifd = struct.pack(">H", 0xFFFF) + (struct.pack(">HHI", 0x0112, 2, 2) + b"3\x00\x00\x00") * entries
    return jpeg_with(exif_app1(b"MM\x00*" + struct.pack(">I", 8) + ifd))


def iim_hint_flood(count: int = 10_000) -> bytes:
    """10,000 non-ASCII keywords with no charset, beside an XMP with keywords to match."""
    iim = b"".join(iim_dataset(2, 25, f"Caf\xe9 {i}".encode("latin-1")) for i in range(count))
    subjects = "".join(f"<rdf:li>Café {i}</rdf:li>" for i in range(50))
    xmp = xmp_packet(inner=f"<dc:subject><rdf:Bag>{subjects}</rdf:Bag></dc:subject>")
    return jpeg_with(xmp_app1(xmp), *[photoshop_app13(iim[i : i + 60000]) for i in range(0, len(iim), 60000)])


def metadata_reader_files() -> list[Case]:
    """Hostile input for the metadata readers of issue 12: each opens, quickly, with what
    could be read and a warning where something was skipped."""
    return [
        Case("png-million-chunks.png", png_million_chunks(), warning="PNG metadata after"),
        Case("png-raw-profile-2gb.png", png_raw_profile_claiming()),
        Case("png-ztxt-bomb.png", png_ztxt_bomb(), warning="PNG zTXt chunk unreadable"),
        Case("png-text-claims-3gb.png", png_huge_text_chunk_claim(), warning="PNG iTXt chunk too large"),
        Case("gif-endless-sub-blocks.gif", gif_endless_sub_blocks(), warning="GIF metadata"),
        Case("gif-endless-xmp.gif", gif_endless_xmp(), warning="GIF XMP packet too large"),
        Case("gif-xmp-cut-short.gif", gif_xmp_cut_short(), warning="GIF XMP packet"),
        Case("app13-flood.jpg", app13_flood()),
        Case("app13-resource-claims-2gb.jpg", app13_resource_claiming_more()),
        Case("xmp-utf16-bad-surrogate.jpg", xmp_utf16_bad_surrogate(), warning="XMP unreadable"),
        Case("exif-orientation-flood.jpg", exif_orientation_flood(), warning="EXIF skipped"),
        Case("iim-hint-flood.jpg", iim_hint_flood()),
    ]
