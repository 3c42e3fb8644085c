"""Decoding stills at the size they are shown, and the thumbnail cache.

JPEGs decode DCT-scaled (``Image.draft``) straight to about the target size; other formats
go through ``thumbnail``'s ``reduce`` path. Orientation is applied to the small result, not
the full image. Thumbnails of files on disk follow the freedesktop.org thumbnail
specification (``$XDG_CACHE_HOME/thumbnails/{normal,large,x-large,xx-large}``, PNG named by
the MD5 of the file URI spelled as GLib spells it, ``Thumb::URI`` and ``Thumb::MTime``), so
file managers and Stills share one cache; ZIP members go to a private cache keyed by the
archive's identity and the member name. Failures are recorded under ``fail/stills-VERSION``
so a broken file is not retried until it changes (or until another version of Stills, which
may read it, comes). The cache folders are made 0700, as the spec asks. Every write is
atomic (temp file beside the target, then ``os.replace``); a temp file left by a process
that was killed mid-write is removed by the next one.

Decoding is bounded: at most ``MAX_DECODE_PIXELS`` are decoded in full (JPEGs count after
DCT scaling, so a huge JPEG poster still shows), and reads stop after ``DECODE_SECONDS`` or ``DECODE_READS``.
``load_thumbnail`` and ``decode_image`` raise only ImageError, whatever the file holds.
"""

from __future__ import annotations

import hashlib
import io
import os
import struct
import tempfile
import threading
import time
import warnings
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from PIL import Image, PngImagePlugin

from gallery import __version__
from gallery.core.file_uri import glib_file_uri
from gallery.core.kit import Kit
from gallery.core.kitview import KitView
from gallery.core.limits import LimitedReader, ReadLimitExceeded
from gallery.core.metadata import StillReadError, open_image
from gallery.core.orientation import applied_by_decoder, swaps_sides, turn, turns_left
from gallery.core.reasons import Reason
from gallery.core.sources import MemberError
from gallery.core.still import Still

APP_NAME = "stills"
#: The spec's ``fail/appname-version`` folder: a newer Stills tries again what this one could not read.
FAIL_FOLDER = f"{APP_NAME}-{__version__}"

#: What the JPEG checks read: a file, or one wrapped in a LimitedReader (read/seek/tell).
Stream = BinaryIO | LimitedReader

#: Pillow's own "possible decompression bomb" threshold: 358 MB as RGBA. Images over it that
#: cannot be decoded reduced (everything but JPEG) are refused with their size.
MAX_DECODE_PIXELS = 89_478_485
#: A progressive (or multi-scan) JPEG is decoded through a buffer of every DCT coefficient of
#: the full-size image, whatever the scale asked for: a 300-byte header claiming 13000×13000
#: made libjpeg allocate 977 MB. Over this, such a JPEG is refused with its size.
MAX_JPEG_COEFFICIENT_BYTES = 256 * 1024 * 1024
#: Each scan of a progressive JPEG is a pass over every block, and a scan can be a few bytes:
#: thousands of them keep libjpeg busy for minutes inside one C call. Encoders write about 10
#: (libjpeg-turbo's own TurboJPEG API stops at 500).
MAX_JPEG_SCANS = 256
DECODE_SECONDS = 30.0
#: ...and after this many reads: Pillow reads a JPEG in 64 KB blocks (200 reads for 12 MB), but
#: a PNG's decoder walks every chunk after the image data (a million empty chunks took 17 s).
DECODE_READS = 200_000
#: Pillow's ``reducing_gap`` for the last resize: at 1.0 a box filter first halves a picture
#: that is still twice the box or more (a 24 MP JPEG drafted to 750×500 for a 256 box), then
#: Lanczos finishes. Measured on 24 MP stills: the resize takes 3 ms instead of 7, at 52 dB
#: PSNR against a full decode + Lanczos (3.0 gives 55 dB; vipsthumbnail 50 dB). Thumbnails
#: (boxes up to SMALL_BOX) use it; bigger pictures keep Pillow's near-exact 3.0.
SMALL_BOX_GAP = 1.0
SMALL_BOX = 1024
_TEMP_PREFIX = ".stills-"

#: freedesktop.org size buckets: folder name -> longest side in pixels. The one table of
#: thumbnail sizes: the window asks for these too.
BUCKETS = (("normal", 128), ("large", 256), ("x-large", 512), ("xx-large", 1024))


class ImageError(Exception):
    """A still that cannot be shown; str() is the reason the user sees on its tile, and
    ``reason`` says whether it may pass (a message alone is classified by ``Reason.of``)."""

    def __init__(self, reason: Reason | str) -> None:
        self.reason = reason if isinstance(reason, Reason) else Reason.of(reason)
        super().__init__(self.reason)  # the Reason itself crosses a worker's pipe


def cache_home() -> Path:
    from gallery.core import xdg

    return xdg.cache_home()


def bucket_for(size: int) -> tuple[str, int]:
    """The smallest bucket holding ``size`` pixels (the largest for anything bigger)."""
    for name, pixels in BUCKETS:
        if size <= pixels:
            return name, pixels
    return BUCKETS[-1]


def decode_image(kit: KitView, still: Still, max_width: int, max_height: int) -> Image.Image:
    """The still as displayed (orientation applied), fitting in max_width × max_height."""
    if still.error:
        raise ImageError(still.error)
    try:
        with kit.open(still.file) as fh:
            return decode_stream(fh, still.orientation, max_width, max_height)
    except MemberError as exc:
        raise ImageError(str(exc)) from None
    except OSError as exc:  # closing a file whose disk went away
        raise ImageError(Reason.passing(f"unreadable ({exc.strerror or type(exc).__name__})")) from None


def decode_stream(fh: BinaryIO, orientation: int | None, max_width: int, max_height: int) -> Image.Image:
    """Decode to fit the box; raises only ImageError (with the reason for the user)."""
    try:
        bounded = LimitedReader(fh, max_reads=DECODE_READS, seconds=DECODE_SECONDS, what="image")
        with open_image(bounded) as im:  # type: ignore[arg-type]
            full = im.size
            # A TIFF comes back from Pillow turned already (its size too): only the rest is
            # left, and the box is in the decoder's pixels, a quarter turn swapping what fits.
            applied = applied_by_decoder(im)
            turns = turns_left(orientation, applied)
            box = (
                (max_height, max_width) if swaps_sides(orientation) != swaps_sides(applied) else (max_width, max_height)
            )
            if im.format in ("JPEG", "MPO"):
                scans = _jpeg_scans(bounded, im)
                if scans > MAX_JPEG_SCANS:
                    raise ImageError(f"damaged file (too many scans: {scans})")
                if _jpeg_coefficient_bytes(im, scans) > MAX_JPEG_COEFFICIENT_BYTES:
                    raise ImageError(f"image too large ({full[0]}×{full[1]})")
                im.draft("RGB", box)
            if im.width * im.height > MAX_DECODE_PIXELS:
                raise ImageError(f"image too large ({full[0]}×{full[1]})")
            if im.tell() != 0:  # (not n_frames: it walks every frame of a 3-million-frame GIF)
                im.seek(0)
            with warnings.catch_warnings():
                warnings.simplefilter("ignore")
                gap = SMALL_BOX_GAP if max(box) <= SMALL_BOX else 3.0
                im.thumbnail(box, Image.Resampling.LANCZOS, reducing_gap=gap)
                small = _display_mode(im)
        small = turn(small, turns)
    except ImageError:
        raise
    except StillReadError as exc:
        raise ImageError(str(exc)) from None
    except ReadLimitExceeded as exc:
        raise ImageError(exc.reason) from None
    except Image.DecompressionBombError:
        raise ImageError("image too large") from None
    except MemoryError:
        raise ImageError(Reason.passing("image too large (out of memory)")) from None
    except RecursionError:
        raise ImageError("damaged file") from None
    except Exception:  # noqa: BLE001 - OSError, SyntaxError, struct.error...: a decoder's view of bad data
        raise ImageError("damaged file") from None
    return small


#: An embedded EXIF preview bigger than this is not a camera's thumbnail: it is not opened.
MAX_PREVIEW_BYTES = 1024 * 1024
MAX_PREVIEW_SIDE = 2000


def embedded_preview(kit: KitView, still: Still) -> Image.Image | None:
    """The JPEG's own EXIF thumbnail (IFD1), as displayed (orientation applied), or None.

    Reads only the header (never the main image's pixels): a few hundred stills a second.
    None when the still has no such thumbnail, or when it is broken or implausibly large;
    never raises.
    """
    if still.error:
        return None
    try:
        with kit.open(still.file) as fh:
            return embedded_preview_stream(fh, still.orientation)
    except Exception:  # noqa: BLE001 - a broken preview is no preview; the real thumbnail follows
        return None


def embedded_preview_stream(fh: BinaryIO, orientation: int | None) -> Image.Image | None:
    """``embedded_preview`` of an open file (in a guard process, the file it opened itself)."""
    try:
        bounded = LimitedReader(fh, max_reads=DECODE_READS, seconds=DECODE_SECONDS, what="image")
        with open_image(bounded) as im:  # type: ignore[arg-type]
            if im.format not in ("JPEG", "MPO"):
                return None
            exif = im.info.get("exif")
        data = _exif_thumbnail_bytes(exif) if isinstance(exif, bytes) else None
        if data is None:
            return None
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            with Image.open(io.BytesIO(data), formats=["JPEG"]) as thumb:
                if max(thumb.size) > MAX_PREVIEW_SIDE or min(thumb.size) < 1:
                    return None
                thumb.load()
                small = thumb.convert("RGB")
        return turn(small, turns_left(orientation, 1))  # a JPEG's preview is stored unturned
    except Exception:  # noqa: BLE001 - a broken preview is no preview; the real thumbnail follows
        return None


def _exif_thumbnail_bytes(exif: bytes) -> bytes | None:
    """The JPEG bytes IFD1 points at (tags 0x0201 offset, 0x0202 length), or None.

    ``exif`` is the APP1 payload (``Exif\\0\\0`` then the TIFF header, to which every offset
    is relative)."""
    tiff = exif[6:] if exif.startswith(b"Exif\x00\x00") else exif
    if len(tiff) < 8:
        return None
    order = tiff[:2]
    if order == b"II":
        endian = "<"
    elif order == b"MM":
        endian = ">"
    else:
        return None
    if struct.unpack_from(endian + "H", tiff, 2)[0] != 42:
        return None

    def ifd_entries(offset: int) -> tuple[dict[int, int], int] | None:
        if offset < 8 or offset + 2 > len(tiff):
            return None
        count = struct.unpack_from(endian + "H", tiff, offset)[0]
        end = offset + 2 + 12 * count
        if count > 1000 or end + 4 > len(tiff):
            return None
        values: dict[int, int] = {}
        for i in range(count):
            tag, kind, n = struct.unpack_from(endian + "HHI", tiff, offset + 2 + 12 * i)
            if n != 1:
                continue
            if kind == 3:  # SHORT
                values[tag] = struct.unpack_from(endian + "H", tiff, offset + 10 + 12 * i)[0]
            elif kind == 4:  # LONG
                values[tag] = struct.unpack_from(endian + "I", tiff, offset + 10 + 12 * i)[0]
        return values, struct.unpack_from(endian + "I", tiff, end)[0]

    first = ifd_entries(struct.unpack_from(endian + "I", tiff, 4)[0])
    if first is None or not first[1]:
        return None
    second = ifd_entries(first[1])
    if second is None:
        return None
    ifd1 = second[0]
    start, length = ifd1.get(0x0201), ifd1.get(0x0202)
    if ifd1.get(0x0103, 6) != 6 or not start or not length or length > MAX_PREVIEW_BYTES:
        return None
    if start + length > len(tiff):
        return None
    data = tiff[start : start + length]
    return data if data.startswith(b"\xff\xd8") else None


def _jpeg_coefficient_bytes(im: Image.Image, scans: int) -> int:
    """Bytes of the whole-image coefficient buffer libjpeg allocates for this JPEG, or 0 when it
    decodes row by row (a baseline JPEG whose one scan holds every component)."""
    if not (im.info.get("progressive") or im.info.get("progression") or scans > 1):
        return 0
    layers = getattr(im, "layer", None) or [(1, 1, 1, 0)] * max(1, len(im.getbands()))
    h_max = max(1, *(int(layer[1]) for layer in layers))
    v_max = max(1, *(int(layer[2]) for layer in layers))
    total = 0
    for _, h, v, _ in layers:
        columns = -(-im.width * max(1, int(h)) // (8 * h_max))
        rows = -(-im.height * max(1, int(v)) // (8 * v_max))
        total += columns * rows * 64 * 2  # 64 coefficients of 2 bytes per 8×8 block
    return total


def _seek_past_first_sos(fh: Stream) -> int:
    """Walk the marker segments from SOI (skipping APPn by their lengths, so an EXIF
    thumbnail's markers are never seen) to just after the first SOS header. Returns the
    number of components in that scan, 0 when there is no readable SOS."""
    fh.seek(0)
    if fh.read(2) != b"\xff\xd8":
        return 0
    for _ in range(100_000):
        byte = fh.read(1)
        if byte and byte != b"\xff":
            byte = _skip_to_marker(fh)  # stray bytes between segments: libjpeg skips them too
        if byte != b"\xff":
            return 0
        while byte == b"\xff":  # fill bytes before a marker
            byte = fh.read(1)
        if not byte:
            return 0
        marker = byte[0]
        if marker == 0x01 or 0xD0 <= marker <= 0xD7:  # TEM, RSTn: no length
            continue
        head = fh.read(2)
        length = int.from_bytes(head, "big") if len(head) == 2 else 0
        if length < 2:
            return 0
        if marker == 0xDA:
            components = fh.read(1)
            fh.seek(length - 3, 1)
            return max(1, components[0]) if components else 0
        fh.seek(length - 2, 1)
    return 0


def _skip_to_marker(fh: Stream, limit: int = 16 * 1024 * 1024) -> bytes:
    """Past bytes that are not 0xFF, as libjpeg's next_marker does; b"\xff" or b"" (none)."""
    skipped = 0
    while skipped < limit:
        chunk = fh.read(64 * 1024)
        if not chunk:
            return b""
        at = chunk.find(b"\xff")
        if at >= 0:
            fh.seek(at + 1 - len(chunk), 1)
            return b"\xff"
        skipped += len(chunk)
    return b""


def _jpeg_scans(fh: Stream, im: Image.Image) -> int:
    """How many scans the (first) image has: SOS markers from the first one to the EOI.

    A sequential JPEG whose first scan holds every component is one scan whatever follows:
    libjpeg stops at a second SOS there ("expected EOI"), so the rest of the file is not
    searched (that search costs ~40 ms on a 10 MB still). Otherwise, inside entropy-coded
    data 0xFF is always followed by 0x00 or a restart marker, so 0xFF 0xDA there is a marker.
    An EXIF thumbnail's scan comes before the image's (skipped with its APP1 segment), an
    MPO's second image after the EOI: neither counts. Stops counting past MAX_JPEG_SCANS.
    """
    position = fh.tell()
    try:
        in_first_scan = _seek_past_first_sos(fh)
        if not in_first_scan:
            # The segments could not be walked to a scan, yet Pillow opened the file: count
            # every SOS marker in it (an EXIF thumbnail's too: counting high is the safe side).
            fh.seek(0)
            return _count_sos(fh, 0, stop_at_eoi=False)
        progressive = im.info.get("progressive") or im.info.get("progression")
        if not progressive and in_first_scan >= len(getattr(im, "layer", None) or im.getbands()):
            return 1
        return _count_sos(fh, 1, stop_at_eoi=True)
    finally:
        fh.seek(position)


def _count_sos(fh: Stream, scans: int, stop_at_eoi: bool) -> int:
    """``scans`` plus the SOS markers from here (to the EOI when ``stop_at_eoi``), stopping
    past MAX_JPEG_SCANS."""
    tail = b""
    while scans <= MAX_JPEG_SCANS:
        chunk = fh.read(1024 * 1024)
        if not chunk:
            return scans
        data = tail + chunk
        eoi = data.find(b"\xff\xd9") if stop_at_eoi else -1
        scans += data.count(b"\xff\xda", 0, eoi if eoi >= 0 else len(data)) - tail.count(b"\xff\xda")
        if eoi >= 0:
            return scans
        tail = chunk[-1:]
    return scans


def _display_mode(im: Image.Image) -> Image.Image:
    has_alpha = im.mode in ("RGBA", "LA", "PA") or (im.mode == "P" and "transparency" in im.info)
    target = "RGBA" if has_alpha else "RGB"
    return im.copy() if im.mode == target else im.convert(target)


@dataclass(frozen=True)
class CacheEntry:
    """One still's place in the thumbnail cache, its key computed once (``ThumbnailCache.entry``).

    ``uri`` and ``mtime`` are the spec's ``Thumb::URI`` and ``Thumb::MTime``; ``name`` is the
    PNG's name (MD5 of the URI; for a ZIP member, of the URI and the archive's identity)."""

    cache: ThumbnailCache
    still: Still
    uri: str
    name: str
    mtime: int
    base: Path  # the shared freedesktop cache, or the private one of ZIP members
    #: The name Stills 0.1 gave the entry (MD5 of Python's ``as_uri()``, which escapes
    #: ``!$&'()*+,:=@``), read while no entry has the shared name; None when they are alike.
    legacy: tuple[str, str] | None = None  # (uri, name)

    def path(self, bucket: str) -> Path:
        return self.base / bucket / f"{self.name}.png"

    @property
    def fail_path(self) -> Path:
        return self.base / "fail" / FAIL_FOLDER / f"{self.name}.png"

    def _stamped(self, info: dict[str | tuple[int, int], object], uri: str | None = None) -> bool:
        return info.get("Thumb::URI") == (uri or self.uri) and info.get("Thumb::MTime") == str(self.mtime)

    # -- reading ------------------------------------------------------------------------
    def read(self, size: int) -> Image.Image | None:
        """The cached thumbnail if it is there and current, else None (the original is not read).
        One only under its pre-GLib name is copied to the shared name, for file managers."""
        image = self._cached(size, load=True)
        if image is None and self.legacy is not None:
            image = self._cached(size, load=True, legacy=self.legacy)
            if image is not None:
                self.write(image, bucket_for(size)[0])
        return image

    def is_current(self, size: int) -> bool:
        """Whether a current thumbnail is cached (reads only the PNG's header and text)."""
        return self._cached(size, load=False) is not None

    def _cached(self, size: int, load: bool, legacy: tuple[str, str] | None = None) -> Image.Image | None:
        uri, name = legacy or (self.uri, self.name)
        try:
            with Image.open(self.base / bucket_for(size)[0] / f"{name}.png", formats=("PNG",)) as im:
                if not self._stamped(im.info, uri):
                    return None
                if not load:
                    return im
                if im.width * im.height > 4 * 1024 * 1024:
                    return None  # not a thumbnail we made (the cache is shared with other apps)
                im.load()
                return _display_mode(im)
        except Exception:  # noqa: BLE001 - a damaged cache entry is a miss, never a failure
            return None

    def recorded_failure(self) -> str | None:
        try:
            with Image.open(self.fail_path, formats=("PNG",)) as im:
                if self._stamped(im.info):
                    return im.info.get("Stills::Error") or "could not be read"
        except Exception:  # noqa: BLE001 - a damaged record is no record
            pass
        return None

    # -- writing ------------------------------------------------------------------------
    def texts(self) -> dict[str, str]:
        """The PNG text chunks of the entry (the spec's Thumb:: keys)."""
        still = self.still
        texts = {"Thumb::URI": self.uri, "Thumb::MTime": str(self.mtime), "Thumb::Size": str(still.size)}
        if still.width and still.height:
            texts["Thumb::Image::Width"] = str(still.width)
            texts["Thumb::Image::Height"] = str(still.height)
        texts["Software"] = "Stills"
        return texts

    def target(self, bucket: str) -> Path | None:
        """Where the thumbnail goes, ready to write (folder made, stray temp files swept), or
        None when the cache cannot be written."""
        path = self.path(bucket)
        return path if self.cache.ready(path) else None

    def write(self, image: Image.Image, bucket: str) -> None:
        path = self.target(bucket)
        if path is not None and not write_png(path, image, self.texts()):
            self.cache.mark_unwritable()

    def record_failure(self, reason: Reason) -> None:
        """Remember that the still cannot be shown, unless the reason may pass (a file being
        copied, memory short)."""
        if reason.transient:
            return
        texts = {"Thumb::URI": self.uri, "Thumb::MTime": str(self.mtime), "Stills::Error": reason.message}
        if self.cache.ready(self.fail_path) and not write_png(self.fail_path, Image.new("RGBA", (1, 1)), texts):
            self.cache.mark_unwritable()


class ThumbnailCache:
    """The on-disk thumbnail cache (never inside a kit). Thread-safe: every write is atomic.

    ``entry(kit, still)`` computes a still's key once; the methods taking (kit, still) are
    shorthands for one question."""

    def __init__(self, root: Path | None = None) -> None:
        self.root = root or cache_home() / "thumbnails"
        self.private_root = (root.parent if root else cache_home()) / APP_NAME / "zip-thumbnails"
        self._unwritable = False
        self._lock = threading.Lock()
        self._swept: set[Path] = set()
        self._made: set[Path] = set()  # folders made (or tightened) to 0700 by this process

    def entry(self, kit: Kit, still: Still) -> CacheEntry:
        """The still's cache entry, from its kit's identity (MemberError when the kit cannot
        say where the file is)."""
        local = kit.local_path(still.file)
        if local is not None:
            uri = glib_file_uri(local)
            name = hashlib.md5(uri.encode("ascii")).hexdigest()
            old_uri = local.as_uri()
            legacy = (old_uri, hashlib.md5(old_uri.encode("utf-8")).hexdigest()) if old_uri != uri else None
            return CacheEntry(self, still, uri, name, int(still.mtime), self.root, legacy)
        identity = kit.identity
        uri = f"{identity.path.as_uri()}#{still.file}"
        ident = f"{uri}\x00{identity.archive_size}\x00{identity.archive_seconds}\x00{still.size}"
        name = hashlib.md5(ident.encode("utf-8")).hexdigest()
        return CacheEntry(self, still, uri, name, int(still.mtime), self.private_root)

    def read(self, kit: Kit, still: Still, size: int) -> Image.Image | None:
        return self.entry(kit, still).read(size)

    def is_current(self, kit: Kit, still: Still, size: int) -> bool:
        return self.entry(kit, still).is_current(size)

    def recorded_failure(self, kit: Kit, still: Still) -> str | None:
        return self.entry(kit, still).recorded_failure()

    def write(self, kit: Kit, still: Still, image: Image.Image, bucket: str) -> None:
        self.entry(kit, still).write(image, bucket)

    def record_failure(self, kit: Kit, still: Still, reason: Reason) -> None:
        """Remember that the still cannot be shown, unless the reason may pass or the file is
        gone meanwhile."""
        try:
            self.entry(kit, still).record_failure(reason)
        except (MemberError, OSError):
            pass  # the cache key needs the file: nothing to remember it by

    def ready(self, path: Path) -> bool:
        """Whether ``path`` can be written (its folder made, stray temp files swept)."""
        if self._unwritable:
            return False
        try:
            if path.parent not in self._made:
                self._make_private(path.parent)
        except OSError:
            self.mark_unwritable()
            return False
        self._sweep(path.parent)
        return True

    def _make_private(self, folder: Path) -> None:
        """Make ``folder`` and every folder from the cache's root to it 0700 (fail/ and
        fail/stills-VERSION alike), once per process."""
        for root in (self.root, self.private_root):
            if folder.is_relative_to(root):
                _private_folder(root)
                for part in folder.relative_to(root).parts:
                    root = root / part
                    root.mkdir(exist_ok=True, mode=0o700)
        folder.mkdir(parents=True, exist_ok=True, mode=0o700)
        with self._lock:
            self._made.add(folder)

    def mark_unwritable(self) -> None:
        """Disk full or read-only cache: thumbnails still show, from memory."""
        with self._lock:
            self._unwritable = True

    def _sweep(self, folder: Path) -> None:
        """Once per folder and process: remove temp files of writers that were killed."""
        with self._lock:
            if folder in self._swept:
                return
            self._swept.add(folder)
        try:
            with os.scandir(folder) as it:
                stray = [e for e in it if e.name.startswith(_TEMP_PREFIX) and e.name.endswith(".png")]
        except OSError:
            return
        now = time.time()
        for entry in stray:
            pid = entry.name[len(_TEMP_PREFIX) :].split("-", 1)[0]
            try:
                old = now - entry.stat(follow_symlinks=False).st_mtime > 3600
                if old or not _alive(int(pid)):
                    os.unlink(entry.path)
            except (OSError, ValueError):
                continue


def _private_folder(folder: Path) -> None:
    """Make ``folder`` with mode 0700 as the spec asks (``mkdir(parents=True)`` made it 0755
    before); one left open by an older Stills is tightened, if it is ours to change."""
    folder.parent.mkdir(parents=True, exist_ok=True)
    folder.mkdir(mode=0o700, exist_ok=True)
    if folder.stat().st_mode & 0o077:
        try:
            folder.chmod(0o700)
        except OSError:
            pass  # another user's folder: leave it as it is


def write_png(path: Path, image: Image.Image, texts: dict[str, str]) -> bool:
    """Write a cache entry atomically (a temp file beside it, then rename); False when the
    disk is full or the folder not writable. Also called in worker processes, which is why
    the temp file carries the writer's pid: a writer killed mid-write leaves a file the next
    sweep removes."""
    meta = PngImagePlugin.PngInfo()
    for key, value in texts.items():
        meta.add_text(key, value)
    tmp = None
    try:
        fd, tmp = tempfile.mkstemp(prefix=f"{_TEMP_PREFIX}{os.getpid()}-", suffix=".png", dir=path.parent)
        with os.fdopen(fd, "wb") as fh:
            image.save(fh, "PNG", pnginfo=meta, compress_level=1)
        os.chmod(tmp, 0o600)
        os.replace(tmp, path)
        tmp = None
        return True
    except (OSError, ValueError):
        return False
    finally:
        if tmp is not None:
            try:
                os.unlink(tmp)
            except OSError:
                pass


def load_thumbnail(
    kit: Kit,
    still: Still,
    size: int,
    cache: ThumbnailCache,
    decode: Callable[[Kit, Still, int, int], Image.Image] | None = None,
    entry: CacheEntry | None = None,
) -> Image.Image:
    """The still's thumbnail (longest side <= size): from the cache, else decoded and cached.

    ``decode`` replaces ``decode_image`` (same arguments): `gallery thumbs` passes one that
    decodes in a guard process. A failure other than a passing one is recorded, so the file
    is not decoded again until it changes. ``entry``: the still's, if the caller has it.
    """
    if still.error:
        raise ImageError(still.error)
    bucket, pixels = bucket_for(size)
    try:
        entry = entry or cache.entry(kit, still)
        image = entry.read(size)
        if image is None:
            failure = entry.recorded_failure()
            if failure:
                raise ImageError(failure)
            try:
                image = (decode or decode_image)(kit, still, pixels, pixels)
            except ImageError as exc:
                entry.record_failure(exc.reason)
                raise
            entry.write(image, bucket)
    except MemberError as exc:  # the cache key needs the file's path: it may have gone
        raise ImageError(str(exc)) from None
    except OSError as exc:  # the ZIP kit itself is gone
        raise ImageError(Reason.passing(f"unreadable ({exc.strerror or type(exc).__name__})")) from None
    if max(image.size) > size:
        image.thumbnail((size, size), Image.Resampling.BICUBIC)
    return image


def _alive(pid: int) -> bool:
    if pid == os.getpid() or os.name == "nt":  # on Windows, os.kill(pid, 0) would end it
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:  # exists, owned by someone else
        return True
    return True
