"""Image plumbing shared by the grid, the details panel, the slideshow and the clipboard.

``decode_for_display`` decodes a still in the window's isolation (a guard process; the
pixels come back as bytes); ``pil_to_qimage`` runs in worker threads (it makes a ``QImage``,
which is thread-safe); ``PixmapLRU`` lives on the GUI thread and keeps the thumbnails'
memory bounded.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Iterator
from typing import TYPE_CHECKING

from PySide6.QtGui import QImage, QPixmap

from gallery.core import imaging, thumbnailer

if TYPE_CHECKING:
    from PIL import Image

    from gallery.core.guard import Isolation
    from gallery.core.kitview import KitView
    from gallery.core.still import Still


def decode_for_display(isolation: Isolation | None, kit: KitView, still: Still, width: int, height: int) -> Image.Image:
    """The still decoded to fit width × height: in a guard process of ``isolation`` (a decoder
    that crashes costs this picture, not the window), in-process without one. Raises only
    ImageError. Call it in a worker thread."""
    if isolation is None:
        return imaging.decode_image(kit, still, width, height)
    return thumbnailer.decode_shown(isolation.shared(), kit, still, width, height)


def pil_to_qimage(img: Image.Image) -> QImage:
    """A deep-copied ``QImage`` of a PIL image, in a format that paints fast.

    No ``PIL.ImageQt``: its import-time Qt binding detection is fragile and it
    keeps a reference to the PIL buffer. Safe to call in a worker thread.
    """
    if img.mode == "RGB":
        data = img.tobytes("raw", "RGB")
        qimg = QImage(data, img.width, img.height, img.width * 3, QImage.Format.Format_RGB888)
        return qimg.convertToFormat(QImage.Format.Format_RGB32)
    if img.mode != "RGBA":
        img = img.convert("RGBA")
    data = img.tobytes("raw", "RGBA")
    qimg = QImage(data, img.width, img.height, img.width * 4, QImage.Format.Format_RGBA8888)
    return qimg.convertToFormat(QImage.Format.Format_ARGB32_Premultiplied)


def pixmap_cost(pixmap: QPixmap) -> int:
    """Bytes a pixmap holds (about)."""
    return max(1, pixmap.width() * pixmap.height() * max(1, pixmap.depth()) // 8)


class PixmapLRU:
    """A least-recently-used map of key -> QPixmap bounded by total bytes.

    GUI thread only. ``get`` marks an entry as recently used, so the tiles on
    screen (painted often) are the last to go.
    """

    def __init__(self, max_bytes: int = 96 * 1024 * 1024) -> None:
        self.max_bytes = max_bytes
        self._items: OrderedDict[str, tuple[QPixmap, int]] = OrderedDict()
        self._bytes = 0

    def __len__(self) -> int:
        return len(self._items)

    def __contains__(self, key: object) -> bool:
        return key in self._items

    def __iter__(self) -> Iterator[str]:
        return iter(self._items)

    @property
    def bytes_used(self) -> int:
        return self._bytes

    def get(self, key: str) -> QPixmap | None:
        item = self._items.get(key)
        if item is None:
            return None
        self._items.move_to_end(key)
        return item[0]

    def peek(self, key: str) -> QPixmap | None:
        item = self._items.get(key)
        return item[0] if item else None

    def would_evict(self, pixmap: QPixmap) -> bool:
        """True if storing ``pixmap`` would push something out."""
        return self._bytes + pixmap_cost(pixmap) > self.max_bytes

    def put(self, key: str, pixmap: QPixmap) -> list[str]:
        """Store ``pixmap``; returns the keys evicted to make room."""
        self.discard(key)
        cost = pixmap_cost(pixmap)
        self._items[key] = (pixmap, cost)
        self._bytes += cost
        evicted: list[str] = []
        while self._bytes > self.max_bytes and len(self._items) > 1:
            old_key, (_, old_cost) = self._items.popitem(last=False)
            self._bytes -= old_cost
            evicted.append(old_key)
        return evicted

    def discard(self, key: str) -> None:
        item = self._items.pop(key, None)
        if item is not None:
            self._bytes -= item[1]

    def clear(self) -> None:
        self._items.clear()
        self._bytes = 0
