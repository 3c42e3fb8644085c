"""The thumbnail loader: visible first, dropped when scrolled away or when the kit changes,
matched by file (never by row), applied in batches, memory bounded; on a cold kit the embedded
EXIF preview is shown at once, then replaced by the real thumbnail. A FakeRunner holds the
bulk jobs so each test decides when and in which order results arrive."""

from __future__ import annotations

import threading

from helpers import jpeg_bytes, jpeg_with_preview, write
from uihelpers import FakeRunner, make_big_kit, make_kit, open_and_wait

from PySide6.QtGui import QColor, QImage, QPixmap

from gallery.core.kit import open_kit
from gallery.ui.grid import FileRole, ThumbnailRole
from gallery.ui.tasks import TaskContext
from gallery.ui.thumbnails import Preview, ThumbnailLoader, bucket_for, thumbnail_job


def centre_colour(pixmap: QPixmap) -> QColor:
    image = pixmap.toImage()
    return image.pixelColor(image.width() // 2, image.height() // 2)


def close_to(colour: QColor, rgb: tuple[int, int, int], tolerance: int = 14) -> bool:
    return all(abs(a - b) <= tolerance for a, b in zip((colour.red(), colour.green(), colour.blue()), rgb, strict=True))


def batch_applied(loader: ThumbnailLoader) -> bool:
    """Every result that arrived has been applied: the loader's batch timer has run (and
    submitted the next jobs). What the tests wait for instead of a fixed sleep."""
    return not loader._arrived and not loader._apply_timer.isActive()


BLUE = (30, 60, 120)  # the stills' own pixels
RED = (220, 30, 30)  # their EXIF previews


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
        qtbot.waitUntil(lambda: batch_applied(window.loader))  # and the loader submitted more
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
    qtbot.waitUntil(lambda: batch_applied(loader))
    assert loader.pixmap("ss_01.jpg") is None
    # Queued jobs of the old kit are dropped before decoding.
    assert stale
    for task in stale:
        assert task.wanted is not None and not task.wanted()
    runner.held[:] = [t for t in runner.held if t is not old]
    while runner.held:
        runner.release()
        qtbot.waitUntil(lambda: batch_applied(loader))
    qtbot.waitUntil(lambda: loader.pixmap("ss_01.jpg") is not None)
    assert close_to(centre_colour(loader.pixmap("ss_01.jpg")), (255 - 200, 255 - 40, 255 - 40))


def test_results_apply_in_one_batch(qtbot, tmp_path, thumbnail_cache):
    kit = open_kit(make_big_kit(tmp_path / "batch", 12))
    runner = FakeRunner(bulk_threads=4)
    loader = ThumbnailLoader(runner, thumbnail_cache)
    batches: list[list[str]] = []
    loader.thumbnailsChanged.connect(batches.append)
    loader.set_kit(kit, generation=1)
    assert len(runner.held) == 8  # a bounded number in flight, not the whole kit
    runner.release(8)
    qtbot.waitUntil(lambda: len(batches) >= 1 and batch_applied(loader))
    assert len(batches[0]) == 8


def test_memory_stays_bounded(qtbot, tmp_path, thumbnail_cache):
    kit = open_kit(make_big_kit(tmp_path / "many", 60))
    runner = FakeRunner()
    per_thumb = 64 * 40 * 4
    loader = ThumbnailLoader(runner, thumbnail_cache, memory_bytes=per_thumb * 10)
    loader.set_kit(kit, generation=1)
    while runner.held:
        runner.release()
        qtbot.waitUntil(lambda: batch_applied(loader))
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
        qtbot.waitUntil(lambda: batch_applied(loader))
    qtbot.waitUntil(lambda: all(loader.pixmap(f) is not None for f in gone))


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


# --- embedded EXIF previews on a cold kit ---


def run_one(qtbot, runner: FakeRunner, loader: ThumbnailLoader, file: str) -> None:
    """Release the held job for ``file`` and let the loader apply its result."""
    task = next(t for t in runner.held if t.name == f"thumbnail {file}")
    runner.held.remove(task)
    runner.execute(task)
    qtbot.waitUntil(lambda: batch_applied(loader))


def jobs_for(runner: FakeRunner, file: str) -> int:
    return sum(1 for t in runner.held if t.name == f"thumbnail {file}")


def test_preview_first_then_the_real_thumbnail(qtbot, tmp_path, thumbnail_cache):
    write(tmp_path / "kit" / "cam.jpg", jpeg_with_preview(size=(1200, 800), color=BLUE, preview_color=RED))
    kit = open_kit(tmp_path / "kit")
    runner = FakeRunner()
    loader = ThumbnailLoader(runner, thumbnail_cache)
    loader.set_kit(kit, generation=1)
    loader.prioritize(["cam.jpg"])
    assert jobs_for(runner, "cam.jpg") == 1

    run_one(qtbot, runner, loader, "cam.jpg")
    preview = loader.pixmap("cam.jpg")
    assert preview is not None and loader.is_preview("cam.jpg")
    assert max(preview.width(), preview.height()) == 160
    assert close_to(centre_colour(preview), RED, tolerance=20)
    assert loader.progress() == (0, 1)  # still needed: the real one is queued
    assert not thumbnail_cache.is_current(kit, kit.stills[0], 256)  # nothing decoded yet
    assert jobs_for(runner, "cam.jpg") == 1

    run_one(qtbot, runner, loader, "cam.jpg")
    real = loader.pixmap("cam.jpg")
    assert real is not None and not loader.is_preview("cam.jpg")
    assert max(real.width(), real.height()) == 256
    assert close_to(centre_colour(real), BLUE, tolerance=20)
    assert loader.progress() == (1, 1)
    assert not runner.held  # previewed once, never again


def test_a_cached_thumbnail_beats_the_preview(qtbot, tmp_path, thumbnail_cache):
    write(tmp_path / "kit" / "cam.jpg", jpeg_with_preview(size=(1200, 800), color=BLUE, preview_color=RED))
    kit = open_kit(tmp_path / "kit")
    # The disk cache already holds its thumbnail (an earlier opening, or `gallery thumbs`).
    assert isinstance(thumbnail_job(kit, kit.stills[0], 256, thumbnail_cache), QImage)
    assert thumbnail_cache.is_current(kit, kit.stills[0], 256)
    assert not isinstance(thumbnail_job(kit, kit.stills[0], 256, thumbnail_cache, preview=True), Preview)

    runner = FakeRunner()
    loader = ThumbnailLoader(runner, thumbnail_cache)
    shown: list[list[str]] = []
    loader.thumbnailsChanged.connect(shown.append)
    loader.set_kit(kit, generation=1)
    loader.prioritize(["cam.jpg"])
    run_one(qtbot, runner, loader, "cam.jpg")
    pixmap = loader.pixmap("cam.jpg")
    assert pixmap is not None and not loader.is_preview("cam.jpg")
    assert close_to(centre_colour(pixmap), BLUE, tolerance=20)
    assert shown == [["cam.jpg"]]  # one change: never a preview in between
    assert loader.progress() == (1, 1) and not runner.held


def test_a_still_without_a_preview_goes_straight_to_the_full_decode(qtbot, tmp_path, thumbnail_cache):
    write(tmp_path / "kit" / "plain.jpg", jpeg_bytes(size=(1200, 800), color=BLUE, exif_orientation=1))
    kit = open_kit(tmp_path / "kit")
    runner = FakeRunner()
    loader = ThumbnailLoader(runner, thumbnail_cache)
    loader.set_kit(kit, generation=1)
    loader.prioritize(["plain.jpg"])
    run_one(qtbot, runner, loader, "plain.jpg")
    pixmap = loader.pixmap("plain.jpg")
    assert pixmap is not None and not loader.is_preview("plain.jpg")
    assert max(pixmap.width(), pixmap.height()) == 256
    assert close_to(centre_colour(pixmap), BLUE, tolerance=20)
    assert loader.progress() == (1, 1)
    assert runner.executed == ["thumbnail plain.jpg"] and not runner.held


def test_a_late_preview_of_an_old_kit_is_dropped(qtbot, tmp_path, thumbnail_cache):
    write(tmp_path / "kit" / "cam.jpg", jpeg_with_preview(color=BLUE, preview_color=RED))
    kit = open_kit(tmp_path / "kit")
    runner = FakeRunner()
    loader = ThumbnailLoader(runner, thumbnail_cache)
    loader.set_kit(kit, generation=1)
    loader.prioritize(["cam.jpg"])
    task = runner.held.pop()
    value = task.fn(TaskContext())
    assert isinstance(value, Preview)
    loader.set_kit(kit, generation=2)  # reopened meanwhile
    task.on_result(value)
    task.on_settled()
    qtbot.waitUntil(lambda: batch_applied(loader))
    assert loader.pixmap("cam.jpg") is None


def test_every_tile_on_screen_gets_its_preview_before_any_real_decode(qtbot, tmp_path, thumbnail_cache):
    files = [f"cam_{i}.jpg" for i in range(5)]
    for file in files:
        write(tmp_path / "kit" / file, jpeg_with_preview(color=BLUE, preview_color=RED))
    kit = open_kit(tmp_path / "kit")
    runner = FakeRunner(bulk_threads=1)
    loader = ThumbnailLoader(runner, thumbnail_cache)
    loader.set_kit(kit, generation=1)  # the first jobs go out before the view says what is on screen
    for _ in range(2):
        runner.release(1)
        qtbot.waitUntil(lambda: batch_applied(loader))
    loader.prioritize(files)  # the view reports: the queue is rebuilt
    for _ in range(3):
        runner.release(1)
        qtbot.waitUntil(lambda: batch_applied(loader))
    assert all(loader.is_preview(f) for f in files)
    assert loader.progress() == (0, 5)
    while runner.held:
        runner.release(1)
        qtbot.waitUntil(lambda: batch_applied(loader))
    assert not any(loader.is_preview(f) for f in files)
    assert loader.progress() == (5, 5)
    assert len(runner.executed) == 10  # one preview and one decode each, nothing twice
