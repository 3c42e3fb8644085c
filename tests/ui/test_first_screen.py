"""A big kit shows its first screen of stills while the rest is still being read."""

from __future__ import annotations

import threading

import pytest
from PIL import Image

from PySide6.QtCore import QItemSelectionModel

from gallery.core import kit as kits
from gallery.ui import kitloading as window_module
from gallery.ui.grid import CaptionRole, FileRole

COUNT = 40
FIRST = 6


@pytest.fixture
def big_kit(tmp_path):
    root = tmp_path / "big"
    root.mkdir()
    for i in range(COUNT):
        image = Image.new("RGB", (64, 40), (i * 6 % 256, 90, 200 - i))
        exif = Image.Exif()
        exif[0x010E] = f"Still {i:02d}: Tae-ho as Tae-ho aboard The Victory."
        image.save(root / f"still_{i:02d}.jpg", "JPEG", exif=exif.tobytes())
    (root / "kit.toml").write_text(
        'title = "Big Kit"\ncredit = "Netflix"\n\n[[characters]]\nname = "Tae-ho"\nactor = "Song Joong-ki"\n'
    )
    return root


@pytest.fixture
def held_after_first_screen(monkeypatch):
    """open_kit stops after handing over the first screen until the test sets the event."""
    monkeypatch.setattr(window_module, "FIRST_SCREEN_STILLS", FIRST)
    go_on = threading.Event()
    real_open = kits.open_kit

    def held_open(path, progress=None, catalog=None, *, first=0, on_first=None, isolation=None):
        def hand_over(head):
            on_first(head)
            go_on.wait(10)

        return real_open(
            path, progress, catalog=catalog, first=first, on_first=hand_over if on_first else None, isolation=isolation
        )

    monkeypatch.setattr(kits, "open_kit", held_open)
    return go_on


def grid_files(window):
    return [window.proxy.index(r, 0).data(FileRole) for r in range(window.proxy.rowCount())]


def test_first_screen_shows_then_the_rest_joins_below(qtbot, make_window, big_kit, held_after_first_screen):
    window = make_window(size=(900, 600))
    window.grid.rows_per_page = lambda: 2  # the grid asks for FIRST stills, not two pages of a big screen
    window.open_path(big_kit)
    qtbot.waitUntil(lambda: window.proxy.rowCount() == FIRST, timeout=10000)

    # The first screen is real: captions, credit, thumbnails; whole-kit work waits.
    assert window.stack.currentWidget() is window.grid
    assert window.proxy.index(0, 0).data(CaptionRole) == "Still 00: Tae-ho as Tae-ho aboard The Victory."
    qtbot.waitUntil(lambda: all(window.loader.pixmap(f) is not None for f in grid_files(window)), timeout=10000)
    assert not window.filter_bar.isEnabled()
    assert not window.commands["export"].isEnabled()
    assert not window.commands["slideshow"].isEnabled()
    assert window.statusBar().currentMessage() == "Showing the first 6 stills; reading the rest of the kit…"

    # The user picks a still meanwhile; it stays picked when the rest arrives.
    target = window.proxy.index(3, 0)
    window.grid.selectionModel().setCurrentIndex(target, QItemSelectionModel.SelectionFlag.ClearAndSelect)

    with qtbot.waitSignal(window.kitLoaded, timeout=10000):
        held_after_first_screen.set()
    assert grid_files(window) == [f"still_{i:02d}.jpg" for i in range(COUNT)]
    assert window.current_still().file == "still_03.jpg"
    # The tiles on show kept their pictures (a reset view would be blank until decoded again).
    assert all(window.loader.pixmap(f"still_{i:02d}.jpg") is not None for i in range(FIRST))
    assert window.filter_bar.isEnabled()
    chip = window.filter_bar.characters.chip("Tae-ho")
    assert chip is not None and "40" in chip.text()
    assert window.commands["export"].isEnabled()
    assert window.presenter.count_text().startswith("40 stills")


def test_in_another_sort_the_grid_waits_for_the_whole_kit(qtbot, make_window, big_kit, held_after_first_screen):
    window = make_window(size=(900, 600))
    window.grid.rows_per_page = lambda: 2
    window.marks.set_sort("rating", save=False)
    assert window.marks.sort_key() != "original"
    window.open_path(big_kit)
    # The first screen was handed over (and passed by: the grid waits for the whole kit).
    qtbot.waitUntil(window.loading.first_screen_done.is_set, timeout=10000)
    assert window.proxy.rowCount() == 0  # the first stills by kit order are not this sort's first screen
    with qtbot.waitSignal(window.kitLoaded, timeout=10000):
        held_after_first_screen.set()
    assert window.proxy.rowCount() == COUNT


def test_a_kit_that_fails_after_its_first_screen_is_not_left_half_shown(
    qtbot, make_window, big_kit, held_after_first_screen, monkeypatch
):
    window = make_window(size=(900, 600))
    window.grid.rows_per_page = lambda: 2
    held_open = kits.open_kit

    def failing_open(*args, **kwargs):
        held_open(*args, **kwargs)
        raise kits.KitError("the disk went away")

    monkeypatch.setattr(kits, "open_kit", failing_open)
    failed = []
    window.kitFailed.connect(failed.append)
    window.open_path(big_kit)
    qtbot.waitUntil(lambda: window.proxy.rowCount() == FIRST, timeout=10000)
    held_after_first_screen.set()
    qtbot.waitUntil(lambda: bool(failed), timeout=10000)
    assert failed == ["the disk went away"]
    assert window.kit is None
    assert window.proxy.rowCount() == 0
    assert window.stack.currentWidget() is window.message_page


def test_leaving_a_first_screen_for_a_collection_then_coming_back_reads_the_whole_kit(
    qtbot, make_window, big_kit, held_after_first_screen, tmp_path
):
    from gallery.core.library import Library

    library = Library(tmp_path / "library.sqlite3")
    collection = library.create_collection("Picks")
    window = make_window(size=(900, 600), library=library)
    window.grid.rows_per_page = lambda: 2
    window.open_path(big_kit)
    qtbot.waitUntil(lambda: window.proxy.rowCount() == FIRST, timeout=10000)

    with qtbot.waitSignal(window.collectionLoaded, timeout=10000):
        window.collecting.open_collection(collection.id)  # before the rest of the kit was read
    held_after_first_screen.set()
    with qtbot.waitSignal(window.kitLoaded, timeout=10000):
        window.collecting.show_kit()  # back to the kit: all of it, not the first screen left behind
    assert window.proxy.rowCount() == COUNT
    assert window.filter_bar.isEnabled()
    assert window.commands["export"].isEnabled()
    library.close()


def test_a_rating_given_on_the_first_screen_is_kept(qtbot, make_window, big_kit, held_after_first_screen, tmp_path):
    """(Review finding) Marks set before the stills' hashes are known wait for them; completing
    the view must not drop them."""
    from gallery.core.library import Library

    library = Library(tmp_path / "library.sqlite3")
    window = make_window(size=(900, 600), library=library)
    window.grid.rows_per_page = lambda: 2
    window.open_path(big_kit)
    qtbot.waitUntil(lambda: window.proxy.rowCount() == FIRST, timeout=10000)
    window.grid.selectionModel().setCurrentIndex(
        window.proxy.index(2, 0), QItemSelectionModel.SelectionFlag.ClearAndSelect
    )
    window.marks.set_rating(4)
    with qtbot.waitSignal(window.kitLoaded, timeout=10000):
        held_after_first_screen.set()
    qtbot.waitUntil(window.marks.marks_known, timeout=10000)
    assert window.model.mark("still_02.jpg").rating == 4
    sha = window.session.hashes["still_02.jpg"]
    assert library.marks([sha])[sha].rating == 4  # stored, so it survives a restart
    library.close()
