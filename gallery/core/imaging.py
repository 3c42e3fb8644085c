"""Decoding stills at the size they are shown, and the thumbnail cache.

JPEGs decode DCT-scaled (``Image.draft``) straight to about the target size; other formats
go through ``thumbnail``'s ``reduce`` path. Orientation is applied to the small result, not
the full image. Thumbnails of files on disk follow the freedesktop.org thumbnail
specification (``$XDG_CACHE_HOME/thumbnails/{normal,large,x-large,xx-large}``, PNG named by
the MD5 of the file URI, ``Thumb::URI`` and ``Thumb::MTime``), so file managers and Stills
share one cache; ZIP members go to a private cache keyed by the archive's identity and the
member name. Failures are recorded under ``fail/stills`` so a broken file is not retried
until it changes. Every write is atomic (temp file beside the target, then ``os.replace``).
"""

from __future__ import annotations

import hashlib
import os
import tempfile
import threading
import warnings
from pathlib import Path

from PIL import Image, PngImagePlugin

from gallery.core.kit import Kit
from gallery.core.metadata import StillReadError, open_image
from gallery.core.sources import MemberError
from gallery.core.still import Still

APP_NAME = "stills"

#: freedesktop.org size buckets: folder name -> longest side in pixels.
BUCKETS = (("normal", 128), ("large", 256), ("x-large", 512), ("xx-large", 1024))

_TRANSPOSE = {
    2: (Image.Transpose.FLIP_LEFT_RIGHT,),
    3: (Image.Transpose.ROTATE_180,),
    4: (Image.Transpose.FLIP_TOP_BOTTOM,),
    5: (Image.Transpose.TRANSPOSE,),
    6: (Image.Transpose.ROTATE_270,),
    7: (Image.Transpose.TRANSVERSE,),
    8: (Image.Transpose.ROTATE_90,),
}


class ImageError(Exception):
    """A still that cannot be shown; str() is the reason the user sees on its tile."""


def cache_home() -> Path:
    return Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache")


def bucket_for(size: int) -> tuple[str, int]:
    for name, pixels in BUCKETS:
        if size <= pixels:
            return name, pixels
    return BUCKETS[-1]


def decode_image(kit: Kit, still: Still, max_width: int, max_height: int) -> Image.Image:
    """The still as displayed (orientation applied), fitting in max_width × max_height."""
    if still.error:
        raise ImageError(still.error)
    try:
        with kit.open(still.file) as fh:
            return decode_stream(fh, still.orientation, max_width, max_height)
    except MemberError as exc:
        raise ImageError(str(exc)) from None


def decode_stream(fh, orientation: int | None, max_width: int, max_height: int) -> Image.Image:
    try:
        with open_image(fh) as im:
            # The box in stored pixels: a 90° orientation swaps what fits.
            box = (max_height, max_width) if orientation in (5, 6, 7, 8) else (max_width, max_height)
            if im.format in ("JPEG", "MPO"):
                im.draft("RGB", box)
            if getattr(im, "n_frames", 1) > 1:
                im.seek(0)
            with warnings.catch_warnings():
                warnings.simplefilter("ignore")
                im.thumbnail(box, Image.Resampling.LANCZOS, reducing_gap=3.0)
                small = _display_mode(im)
    except StillReadError as exc:
        raise ImageError(str(exc)) from None
    except Image.DecompressionBombError:
        raise ImageError("image too large") from None
    except (OSError, SyntaxError, ValueError, EOFError, IndexError, MemoryError):
        raise ImageError("damaged file") from None
    for step in _TRANSPOSE.get(orientation or 1, ()):
        small = small.transpose(step)
    return small


def _display_mode(im: Image.Image) -> Image.Image:
    has_alpha = im.mode in ("RGBA", "LA", "PA") or (im.mode == "P" and "transparency" in im.info)
    target = "RGBA" if has_alpha else "RGB"
    return im.copy() if im.mode == target else im.convert(target)


class ThumbnailCache:
    """The on-disk thumbnail cache (never inside a kit). Thread-safe: every write is atomic."""

    def __init__(self, root: Path | None = None) -> None:
        self.root = root or cache_home() / "thumbnails"
        self.private_root = (root.parent if root else cache_home()) / APP_NAME / "zip-thumbnails"
        self._unwritable = False
        self._lock = threading.Lock()

    # -- keys ---------------------------------------------------------------------------
    def key(self, kit: Kit, still: Still) -> tuple[str, str, int]:
        """(uri, md5 name, mtime) of the still's cache entry."""
        local = kit.local_path(still.file)
        if local is not None:
            uri = local.as_uri()
            return uri, hashlib.md5(uri.encode("utf-8")).hexdigest(), int(still.mtime)
        archive = kit.path
        st = archive.stat()
        uri = f"{archive.as_uri()}#{still.file}"
        ident = f"{uri}\x00{st.st_size}\x00{int(st.st_mtime)}\x00{still.size}"
        return uri, hashlib.md5(ident.encode("utf-8")).hexdigest(), int(still.mtime)

    def path_for(self, kit: Kit, still: Still, bucket: str) -> Path:
        _, name, _ = self.key(kit, still)
        base = self.root if kit.local_path(still.file) is not None else self.private_root
        return base / bucket / f"{name}.png"

    def fail_path(self, kit: Kit, still: Still) -> Path:
        _, name, _ = self.key(kit, still)
        base = self.root if kit.local_path(still.file) is not None else self.private_root
        return base / "fail" / APP_NAME / f"{name}.png"

    # -- reading ------------------------------------------------------------------------
    def read(self, kit: Kit, still: Still, size: int) -> Image.Image | None:
        """The cached thumbnail if it is there and current, else None (the original is not read)."""
        return self._cached(kit, still, size, load=True)

    def is_current(self, kit: Kit, still: Still, size: int) -> bool:
        """Whether a current thumbnail is cached (reads only the PNG's header and text)."""
        return self._cached(kit, still, size, load=False) is not None

    def _cached(self, kit: Kit, still: Still, size: int, load: bool) -> Image.Image | None:
        uri, _, mtime = self.key(kit, still)
        path = self.path_for(kit, still, bucket_for(size)[0])
        try:
            with Image.open(path, formats=("PNG",)) as im:
                if im.info.get("Thumb::URI") != uri or im.info.get("Thumb::MTime") != str(mtime):
                    return None
                if not load:
                    return im
                im.load()
                return _display_mode(im)
        except (OSError, ValueError, SyntaxError):
            return None

    def recorded_failure(self, kit: Kit, still: Still) -> str | None:
        uri, _, mtime = self.key(kit, still)
        try:
            with Image.open(self.fail_path(kit, still), formats=("PNG",)) as im:
                if im.info.get("Thumb::URI") == uri and im.info.get("Thumb::MTime") == str(mtime):
                    return im.info.get("Stills::Error") or "could not be read"
        except (OSError, ValueError, SyntaxError):
            pass
        return None

    # -- writing ------------------------------------------------------------------------
    def write(self, kit: Kit, still: Still, image: Image.Image, bucket: str) -> None:
        uri, _, mtime = self.key(kit, still)
        meta = PngImagePlugin.PngInfo()
        meta.add_text("Thumb::URI", uri)
        meta.add_text("Thumb::MTime", str(mtime))
        meta.add_text("Thumb::Size", str(still.size))
        if still.width and still.height:
            meta.add_text("Thumb::Image::Width", str(still.width))
            meta.add_text("Thumb::Image::Height", str(still.height))
        meta.add_text("Software", "Stills")
        self._atomic_png(self.path_for(kit, still, bucket), image, meta)

    def write_failure(self, kit: Kit, still: Still, reason: str) -> None:
        uri, _, mtime = self.key(kit, still)
        meta = PngImagePlugin.PngInfo()
        meta.add_text("Thumb::URI", uri)
        meta.add_text("Thumb::MTime", str(mtime))
        meta.add_text("Stills::Error", reason)
        self._atomic_png(self.fail_path(kit, still), Image.new("RGBA", (1, 1)), meta)

    def _atomic_png(self, path: Path, image: Image.Image, meta: PngImagePlugin.PngInfo) -> None:
        if self._unwritable:
            return
        tmp = None
        try:
            path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
            fd, tmp = tempfile.mkstemp(prefix=".stills-", suffix=".png", dir=path.parent)
            with os.fdopen(fd, "wb") as fh:
                image.save(fh, "PNG", pnginfo=meta, compress_level=1)
            os.chmod(tmp, 0o600)
            os.replace(tmp, path)
            tmp = None
        except OSError:
            # Disk full or read-only cache: thumbnails still show, from memory.
            with self._lock:
                self._unwritable = True
        finally:
            if tmp is not None:
                try:
                    os.unlink(tmp)
                except OSError:
                    pass


def load_thumbnail(kit: Kit, still: Still, size: int, cache: ThumbnailCache) -> Image.Image:
    """The still's thumbnail (longest side <= size): from the cache, else decoded and cached."""
    if still.error:
        raise ImageError(still.error)
    bucket, pixels = bucket_for(size)
    image = cache.read(kit, still, size)
    if image is None:
        failure = cache.recorded_failure(kit, still)
        if failure:
            raise ImageError(failure)
        try:
            image = decode_image(kit, still, pixels, pixels)
        except ImageError as exc:
            cache.write_failure(kit, still, str(exc))
            raise
        cache.write(kit, still, image, bucket)
    if max(image.size) > size:
        image.thumbnail((size, size), Image.Resampling.BICUBIC)
    return image
