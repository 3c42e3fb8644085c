"""The in-memory pixmap cache: bounded in bytes, least recently used out first."""

from __future__ import annotations

from PySide6.QtGui import QPixmap

from gallery.ui.images import PixmapLRU


def test_pixmap_lru_evicts_least_recently_used():
    lru = PixmapLRU(max_bytes=3 * 10 * 10 * 4)
    pixmaps = {k: QPixmap(10, 10) for k in "abcd"}
    for key in "abc":
        lru.put(key, pixmaps[key])
    lru.get("a")  # a is fresh now; b is the oldest
    assert lru.put("d", pixmaps["d"]) == ["b"]
    assert set(lru) == {"a", "c", "d"}
