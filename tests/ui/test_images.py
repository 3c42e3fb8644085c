"""Image plumbing shared by the grid, the details panel, the slideshow and the clipboard: no
image is decoded on the UI thread; the in-memory pixmap cache is bounded in bytes, least
recently used out first."""

from __future__ import annotations

import threading

from PIL import ImageFile
from uihelpers import open_and_wait

from PySide6.QtCore import QItemSelectionModel
from PySide6.QtGui import QGuiApplication, QPixmap

from gallery.core import imaging
from gallery.ui.images import PixmapLRU


def test_pixmap_lru_evicts_least_recently_used(qapp):
    lru = PixmapLRU(max_bytes=3 * 10 * 10 * 4)
    pixmaps = {k: QPixmap(10, 10) for k in "abcd"}
    for key in "abc":
        lru.put(key, pixmaps[key])
    lru.get("a")  # a is fresh now; b is the oldest
    assert lru.put("d", pixmaps["d"]) == ["b"]
    assert set(lru) == {"a", "c", "d"}


def select_files(window, files: list[str]) -> None:
    selection = window.grid.selectionModel()
    selection.clearSelection()
    for file in files:
        selection.select(window.proxy.index_of(file), QItemSelectionModel.SelectionFlag.Select)
    selection.setCurrentIndex(window.proxy.index_of(files[0]), QItemSelectionModel.SelectionFlag.NoUpdate)


def test_no_image_is_decoded_on_the_ui_thread(qtbot, make_window, small_kit, monkeypatch):
    calls: list[tuple[str, threading.Thread]] = []

    def spy(name, fn):
        def wrapper(*args, **kwargs):
            calls.append((name, threading.current_thread()))
            return fn(*args, **kwargs)

        return wrapper

    monkeypatch.setattr(imaging, "load_thumbnail", spy("load_thumbnail", imaging.load_thumbnail))
    monkeypatch.setattr(imaging, "decode_image", spy("decode_image", imaging.decode_image))
    monkeypatch.setattr(ImageFile.ImageFile, "load", spy("PIL load", ImageFile.ImageFile.load))
    window = make_window()
    open_and_wait(qtbot, window, small_kit)
    select_files(window, ["ss_01.jpg"])
    qtbot.waitUntil(lambda: window.details.preview.pixmap() is not None, timeout=5000)
    # The preview is the decoded one, not just the thumbnail.
    qtbot.waitUntil(lambda: any(name == "decode_image" for name, _ in calls), timeout=5000)
    window.clipboard.copy_image()
    qtbot.waitUntil(lambda: not QGuiApplication.clipboard().image().isNull(), timeout=5000)
    names = {name for name, _ in calls}
    assert {"load_thumbnail", "decode_image", "PIL load"} <= names
    on_main = [name for name, thread in calls if thread is threading.main_thread()]
    assert on_main == []
