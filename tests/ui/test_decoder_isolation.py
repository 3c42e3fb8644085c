"""A decoder that crashes while the window shows a kit costs one picture, not the window.

The window is given an ``Isolation``, as ``gallery``'s run gives it one: its thumbnails,
preview, slideshow and copy then decode in guard processes. One still's decode is made to
abort its worker (tests/hostile/hostile_workers.py, as a broken C decoder would); the
window must say "decoder crashed" for that still and go on with every other.
"""

from __future__ import annotations

import functools
import shutil
import sys
from pathlib import Path

import pytest
from pressui import grid_files, select_files
from uihelpers import open_and_wait

from PySide6.QtGui import QPixmap

from gallery.core import thumbnailer
from gallery.core.guard import Isolation
from gallery.ui.grid import ErrorRole, ThumbnailRole

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "hostile"))  # workers import it by name too
from hostile_workers import misbehave  # noqa: E402

CRASH = {"crash.jpg": "abort"}


@pytest.fixture
def isolation():
    made = Isolation()
    if not made.allowed:
        pytest.fail("worker processes are not allowed here: this test needs them")
    yield made
    made.close()


@pytest.fixture
def crashing_decoder(monkeypatch):
    """Every guarded decode of crash.jpg (thumbnail, EXIF preview, picture) aborts its worker."""
    for task, name in (("thumbnail_task", "thumbnail"), ("decode_task", "decode"), ("preview_task", "preview")):
        monkeypatch.setattr(thumbnailer, task, functools.partial(misbehave, CRASH, name))


@pytest.fixture
def kit_with_a_crasher(small_kit: Path) -> Path:
    # A good JPEG (its metadata reads fine): only decoding it crashes.
    shutil.copy(small_kit / "ss_02.jpg", small_kit / "crash.jpg")
    return small_kit


def test_a_decoder_crash_costs_one_tile_not_the_window(
    qtbot, make_window, kit_with_a_crasher, isolation, crashing_decoder
):
    window = make_window(isolation=isolation)
    open_and_wait(qtbot, window, kit_with_a_crasher)
    files = grid_files(window)
    assert "crash.jpg" in files and len(files) > 2
    assert window.proxy.index_of("crash.jpg").data(ErrorRole) == "decoder crashed"
    for file in files:
        if file != "crash.jpg":
            pixmap = window.proxy.index_of(file).data(ThumbnailRole)
            assert isinstance(pixmap, QPixmap) and not pixmap.isNull(), file
            assert not window.proxy.index_of(file).data(ErrorRole), file
    assert isolation.shared().crashes >= 1  # it did crash a worker, and we are still here

    # The preview of the crasher says so; the window still answers: another still previews.
    select_files(window, ["crash.jpg"])
    qtbot.waitUntil(lambda: window.details.preview._error == "decoder crashed", timeout=10000)
    window.clipboard.copy_image()  # copying it says why it cannot, in the status bar
    qtbot.waitUntil(lambda: "decoder crashed" in window.statusBar().currentMessage(), timeout=10000)
    other = next(f for f in files if f != "crash.jpg")
    select_files(window, [other])
    qtbot.waitUntil(lambda: window.details.preview.pixmap() is not None, timeout=10000)
    assert window.details.still().file == other


def test_the_slideshow_shows_the_crash_and_goes_on(qtbot, make_window, kit_with_a_crasher, isolation, crashing_decoder):
    window = make_window(isolation=isolation)
    open_and_wait(qtbot, window, kit_with_a_crasher)
    select_files(window, ["crash.jpg"])
    show = window.slideshows.start(full_screen=False)
    assert show is not None
    qtbot.waitUntil(lambda: show.displayed is not None and show.displayed.file == "crash.jpg", timeout=10000)
    assert show._displayed_error == "decoder crashed"
    show.next()
    qtbot.waitUntil(lambda: show.displayed is show.current and show._displayed_pixmap is not None, timeout=10000)
    assert show.displayed.file != "crash.jpg"
    show.close()
