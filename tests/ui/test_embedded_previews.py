"""Embedded EXIF previews on a cold kit: shown at once, then replaced by the real thumbnail.
A FakeRunner holds the bulk jobs so each test decides when results arrive."""

from __future__ import annotations

from helpers import jpeg_bytes, jpeg_with_preview, write
from uihelpers import FakeRunner

from PySide6.QtGui import QColor, QImage, QPixmap

from gallery.core.kit import open_kit
from gallery.ui.tasks import TaskContext
from gallery.ui.thumbnails import Preview, ThumbnailLoader, thumbnail_job

BLUE = (30, 60, 120)  # the stills' own pixels
RED = (220, 30, 30)  # their EXIF previews


def centre(pixmap: QPixmap) -> QColor:
    image = pixmap.toImage()
    return image.pixelColor(image.width() // 2, image.height() // 2)


def close_to(colour: QColor, rgb: tuple[int, int, int], tolerance: int = 20) -> bool:
    return all(abs(a - b) <= tolerance for a, b in zip((colour.red(), colour.green(), colour.blue()), rgb, strict=True))


def run_one(qtbot, runner: FakeRunner, file: str) -> None:
    """Release the held job for ``file`` and let the loader apply its result."""
    task = next(t for t in runner.held if t.name == f"thumbnail {file}")
    runner.held.remove(task)
    runner.execute(task)
    qtbot.wait(40)


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

    run_one(qtbot, runner, "cam.jpg")
    preview = loader.pixmap("cam.jpg")
    assert preview is not None and loader.is_preview("cam.jpg")
    assert max(preview.width(), preview.height()) == 160
    assert close_to(centre(preview), RED)
    assert loader.progress() == (0, 1)  # still needed: the real one is queued
    assert not thumbnail_cache.is_current(kit, kit.stills[0], 256)  # nothing decoded yet
    assert jobs_for(runner, "cam.jpg") == 1

    run_one(qtbot, runner, "cam.jpg")
    real = loader.pixmap("cam.jpg")
    assert real is not None and not loader.is_preview("cam.jpg")
    assert max(real.width(), real.height()) == 256
    assert close_to(centre(real), BLUE)
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
    run_one(qtbot, runner, "cam.jpg")
    pixmap = loader.pixmap("cam.jpg")
    assert pixmap is not None and not loader.is_preview("cam.jpg")
    assert close_to(centre(pixmap), BLUE)
    assert shown == [["cam.jpg"]]  # one change: never a preview in between
    assert loader.progress() == (1, 1) and not runner.held


def test_a_still_without_a_preview_goes_straight_to_the_full_decode(qtbot, tmp_path, thumbnail_cache):
    write(tmp_path / "kit" / "plain.jpg", jpeg_bytes(size=(1200, 800), color=BLUE, exif_orientation=1))
    kit = open_kit(tmp_path / "kit")
    runner = FakeRunner()
    loader = ThumbnailLoader(runner, thumbnail_cache)
    loader.set_kit(kit, generation=1)
    loader.prioritize(["plain.jpg"])
    run_one(qtbot, runner, "plain.jpg")
    pixmap = loader.pixmap("plain.jpg")
    assert pixmap is not None and not loader.is_preview("plain.jpg")
    assert max(pixmap.width(), pixmap.height()) == 256
    assert close_to(centre(pixmap), BLUE)
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
    qtbot.wait(40)
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
        qtbot.wait(30)
    loader.prioritize(files)  # the view reports: the queue is rebuilt
    for _ in range(3):
        runner.release(1)
        qtbot.wait(30)
    assert all(loader.is_preview(f) for f in files)
    assert loader.progress() == (0, 5)
    while runner.held:
        runner.release(1)
        qtbot.wait(30)
    assert not any(loader.is_preview(f) for f in files)
    assert loader.progress() == (5, 5)
    assert len(runner.executed) == 10  # one preview and one decode each, nothing twice
