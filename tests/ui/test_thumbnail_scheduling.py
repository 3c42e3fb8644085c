"""Thumbnail scheduling: visible first, dropped when scrolled away or when the kit changes,
matched by file (never by row), applied in batches, memory bounded. A FakeRunner holds the
bulk jobs so each test decides when and in which order results arrive."""

from __future__ import annotations

import threading

from uihelpers import FakeRunner, make_big_kit, make_kit, open_and_wait

from PySide6.QtGui import QColor, QImage, QPixmap

from gallery.core.kit import open_kit
from gallery.ui.grid import FileRole, ThumbnailRole
from gallery.ui.images import PixmapLRU
from gallery.ui.tasks import TaskContext
from gallery.ui.thumbnails import ThumbnailLoader, bucket_for, thumbnail_job


def centre_colour(pixmap: QPixmap) -> QColor:
    image = pixmap.toImage()
    return image.pixelColor(image.width() // 2, image.height() // 2)


def close_to(colour: QColor, rgb: tuple[int, int, int], tolerance: int = 14) -> bool:
    return all(abs(a - b) <= tolerance for a, b in zip((colour.red(), colour.green(), colour.blue()), rgb, strict=True))


def colours_of(kit_path) -> dict[str, tuple[int, int, int]]:
    from uihelpers import STILLS

    return {file: colour for file, _size, colour, *_rest in STILLS}


def test_thumbnails_land_on_their_still_even_after_the_filter_moved_rows(qtbot, make_window, small_kit):
    runner = FakeRunner()
    window = make_window(runner=runner)
    with qtbot.waitSignal(window.kitLoaded, timeout=5000):
        window.open_path(small_kit)
    qtbot.waitUntil(lambda: len(runner.held) > 0)
    # Rows move under the pending jobs: only Dorothy's stills are left, in new rows.
    window.filter_bar.characters.chip("Dorothy").click()
    assert window.proxy.rowCount() == 4
    while runner.held:
        runner.release()
        qtbot.wait(20)  # let the batch timer apply what arrived and the loader submit more
    qtbot.waitUntil(lambda: window.loader.progress()[0] == 8)
    expected = colours_of(small_kit)
    for row in range(window.proxy.rowCount()):
        index = window.proxy.index(row, 0)
        pixmap = index.data(ThumbnailRole)
        assert isinstance(pixmap, QPixmap), index.data(FileRole)
        assert close_to(centre_colour(pixmap), expected[index.data(FileRole)]), index.data(FileRole)
    window.filter_bar.clear()
    for row in range(window.proxy.rowCount()):
        index = window.proxy.index(row, 0)
        assert close_to(centre_colour(index.data(ThumbnailRole)), expected[index.data(FileRole)])


def test_results_of_an_old_kit_never_land_on_the_new_one(qtbot, tmp_path, thumbnail_cache):
    """Both kits have an ss_01.jpg; the old one's late thumbnail must not show on the new one."""
    from uihelpers import STILLS

    first = open_kit(make_kit(tmp_path / "one"))
    recoloured = [(f, size, (255 - c[0], 255 - c[1], 255 - c[2]), *rest) for f, size, c, *rest in STILLS]
    second = open_kit(make_kit(tmp_path / "two", stills=recoloured))
    runner = FakeRunner()
    loader = ThumbnailLoader(runner, thumbnail_cache)
    loader.set_kit(first, generation=1)
    loader.prioritize(["ss_01.jpg"])
    old = [t for t in runner.held if "ss_01.jpg" in t.name][0]
    image = old.fn(TaskContext())  # a worker finished decoding the old kit's still...
    assert isinstance(image, QImage)
    stale = [t for t in runner.held if t is not old]
    loader.set_kit(second, generation=2)  # ...but the user opened another kit meanwhile
    old.on_result(image)
    old.on_settled()
    qtbot.wait(40)
    assert loader.pixmap("ss_01.jpg") is None
    # Queued jobs of the old kit are dropped before decoding.
    assert stale
    for task in stale:
        assert task.wanted is not None and not task.wanted()
    runner.held[:] = [t for t in runner.held if t is not old]
    while runner.held:
        runner.release()
        qtbot.wait(20)
    qtbot.waitUntil(lambda: loader.pixmap("ss_01.jpg") is not None)
    assert close_to(centre_colour(loader.pixmap("ss_01.jpg")), (255 - 200, 255 - 40, 255 - 40))


def test_visible_stills_first_and_scrolled_away_jobs_dropped(qtbot, make_window, tmp_path):
    kit = make_big_kit(tmp_path / "big", 300)
    runner = FakeRunner()
    window = make_window(runner=runner, size=(1000, 700))
    with qtbot.waitSignal(window.grid.visibleRowsChanged, timeout=5000):
        window.open_path(kit)
    first, last = window.grid.visible_rows()
    assert 0 == first < last < 40
    visible = {window.proxy.index(r, 0).data(FileRole) for r in range(first, last + 1)}
    # Everything in flight right after opening is on screen.
    assert runner.held and all(t.name.split(" ", 1)[1] in visible for t in runner.held)

    # Jump to the end before any of them ran.
    with qtbot.waitSignal(window.grid.visibleRowsChanged, timeout=5000):
        window.grid.scrollToBottom()
    first, last = window.grid.visible_rows()
    assert last == 299
    bottom = {window.proxy.index(r, 0).data(FileRole) for r in range(first, last + 1)}
    top_jobs = [t.name for t in runner.held]
    runner.release(len(top_jobs))
    assert set(runner.dropped) >= set(top_jobs)  # scrolled away: dropped before decoding
    # The next jobs are for what is now on screen.
    executed_before = len(runner.executed)
    runner.release(len(bottom))
    assert {n.split(" ", 1)[1] for n in runner.executed[executed_before:]} <= bottom


def test_results_apply_in_one_batch(qtbot, tmp_path, thumbnail_cache):
    kit = open_kit(make_big_kit(tmp_path / "batch", 12))
    runner = FakeRunner(bulk_threads=4)
    loader = ThumbnailLoader(runner, thumbnail_cache)
    batches: list[list[str]] = []
    loader.thumbnailsChanged.connect(batches.append)
    loader.set_kit(kit, generation=1)
    assert len(runner.held) == 8  # a bounded number in flight, not the whole kit
    runner.release(8)
    qtbot.waitUntil(lambda: len(batches) >= 1)
    qtbot.wait(30)
    assert len(batches[0]) == 8


def test_memory_stays_bounded(qtbot, tmp_path, thumbnail_cache):
    kit = open_kit(make_big_kit(tmp_path / "many", 60))
    runner = FakeRunner()
    per_thumb = 64 * 40 * 4
    loader = ThumbnailLoader(runner, thumbnail_cache, memory_bytes=per_thumb * 10)
    loader.set_kit(kit, generation=1)
    while runner.held:
        runner.release()
        qtbot.wait(5)
    qtbot.waitUntil(lambda: loader.progress() == (60, 60))
    assert len(loader.memory) <= 10
    assert loader.memory.bytes_used <= per_thumb * 10
    # What scrolls back into view is loaded again (from the disk cache).
    files = [s.file for s in kit.stills]
    gone = [f for f in files if loader.pixmap(f) is None][:3]
    assert gone
    loader.prioritize(gone)
    while runner.held:
        runner.release()
        qtbot.wait(5)
    qtbot.waitUntil(lambda: all(loader.pixmap(f) is not None for f in gone))


def test_pixmap_lru_evicts_least_recently_used():
    lru = PixmapLRU(max_bytes=3 * 10 * 10 * 4)
    pixmaps = {k: QPixmap(10, 10) for k in "abcd"}
    for key in "abc":
        lru.put(key, pixmaps[key])
    lru.get("a")  # a is fresh now; b is the oldest
    assert lru.put("d", pixmaps["d"]) == ["b"]
    assert set(lru) == {"a", "c", "d"}


def test_the_worker_hands_back_a_qimage_not_a_pixmap(small_kit, thumbnail_cache):
    kit = open_kit(small_kit)
    out = {}

    def work():
        out["result"] = thumbnail_job(kit, kit.stills[0], 256, thumbnail_cache)

    thread = threading.Thread(target=work)
    thread.start()
    thread.join(10)
    assert isinstance(out["result"], QImage) and not isinstance(out["result"], QPixmap)
    assert max(out["result"].width(), out["result"].height()) <= 256


def test_bucket_follows_the_tile_size():
    assert bucket_for(216) == 256
    assert bucket_for(300) == 512
    assert bucket_for(5000) == 1024


def test_second_opening_paints_from_the_cache_without_decoding(qtbot, make_window, small_kit, monkeypatch):
    from gallery.core import imaging

    window = make_window()
    open_and_wait(qtbot, window, small_kit)
    window.close()
    decoded = []
    real = imaging.decode_image
    monkeypatch.setattr(imaging, "decode_image", lambda *a, **k: decoded.append(a[1].file) or real(*a, **k))
    again = make_window()
    again.commands["details"].setChecked(False)  # the details preview decodes on purpose
    open_and_wait(qtbot, again, small_kit)
    assert decoded == []
