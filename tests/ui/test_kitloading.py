"""Opening kits: a big kit shows its first screen of stills while the rest is still being
read; folders, ZIPs, drops, the recent menu, failures and warnings; a late kit never lands on
the newer one."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest
from PIL import Image
from uihelpers import make_kit, open_and_wait

from PySide6.QtCore import QItemSelectionModel, QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent, QPixmap

from gallery.core import kit as kits
from gallery.ui import kitloading as window_module
from gallery.ui.grid import CaptionRole, FileRole, ThumbnailRole
from gallery.ui.kitloading import dropped_path

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


def test_a_folder_that_cannot_be_opened_says_why(qtbot, make_window, tmp_path):
    window = make_window()
    with qtbot.waitSignal(window.kitFailed, timeout=5000) as blocker:
        window.open_path(tmp_path / "no-such-kit")
    assert blocker.args[0]
    assert window.stack.currentWidget() is window.message_page
    assert "Could not open" in window.message_page.title.text()


def test_results_for_a_previous_kit_are_dropped(qtbot, make_window, tmp_path, monkeypatch):
    first = make_kit(tmp_path / "first")
    second = make_kit(tmp_path / "second", stills=None)
    (second / "ss_01.jpg").rename(second / "only_in_second.jpg")
    gate = threading.Event()
    real_open = kits.open_kit

    def slow_open(path, progress=None, catalog=None, **kwargs):
        if Path(path) == first:
            gate.wait(5)
        return real_open(path, progress, catalog=catalog, **kwargs)

    monkeypatch.setattr(kits, "open_kit", slow_open)
    window = make_window()
    window.open_path(first)  # blocks in its worker
    with qtbot.waitSignal(window.kitLoaded, timeout=5000):
        window.open_path(second)
    loaded = []
    window.kitLoaded.connect(loaded.append)
    gate.set()
    qtbot.waitUntil(lambda: window.runner.pending == 0, timeout=5000)
    assert loaded == []  # the first kit arrived late and was dropped
    assert window.session.kit_path == second
    assert "only_in_second.jpg" in grid_files(window)


def test_recent_menu_lists_kits_newest_first(qtbot, make_window, tmp_path):
    a = make_kit(tmp_path / "a")
    b = make_kit(tmp_path / "b")
    window = make_window()
    open_and_wait(qtbot, window, a, thumbnails=False)
    open_and_wait(qtbot, window, b, thumbnails=False)
    window.loading.fill_recent_menu()
    labels = [a.text() for a in window.recent_menu.actions() if a.text() and not a.isSeparator()]
    assert labels[0].endswith(" b") and labels[1].endswith(" a")
    assert labels[-1] == "Clear Menu"


def test_dropping_a_folder_opens_it(qtbot, make_window, small_kit):
    window = make_window()
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(small_kit))])
    event = QDropEvent(
        QPointF(50, 50), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    )
    with qtbot.waitSignal(window.kitLoaded, timeout=5000):
        window.drops.drop(event)
    assert window.session.kit_path == small_kit


def test_a_zip_kit_opens_like_a_folder(qtbot, make_window, small_kit, tmp_path, core_kit):
    import zipfile

    archive = tmp_path / "Test Sweepers.zip"
    with zipfile.ZipFile(archive, "w") as zf:
        for file in sorted(small_kit.iterdir()):
            zf.write(file, f"press/{file.name}")
    expected = core_kit(archive)
    window = make_window()
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(archive))])
    event = QDropEvent(
        QPointF(50, 50), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    )
    with qtbot.waitSignal(window.kitLoaded, timeout=5000):
        window.drops.drop(event)
    qtbot.waitUntil(lambda: window.loader.progress() == (8, 8), timeout=10000)
    assert grid_files(window) == [s.file for s in expected.stills]
    for file in grid_files(window):
        assert isinstance(window.proxy.index_of(file).data(ThumbnailRole), QPixmap)


def test_a_text_file_is_not_accepted_as_a_drop(qtbot, make_window, tmp_path):
    note = tmp_path / "notes.txt"
    note.write_text("hello")
    make_window()
    assert dropped_path([QUrl.fromLocalFile(str(note))]) is None
    assert dropped_path([QUrl("https://example.com/kit.zip")]) is None


def test_kit_warnings_show_in_the_status_bar(qtbot, make_window, small_kit):
    (small_kit / "captions.csv").write_text("no file column here\n1,2\n", encoding="utf-8")
    window = make_window()
    open_and_wait(qtbot, window, small_kit, thumbnails=False)
    assert window.count_label.text().endswith("1 kit warning")
    assert window.count_label.toolTip().startswith("captions.csv:")


def test_searching_a_characters_korean_name_finds_as_many_stills_as_its_chip(qtbot, make_window, sample_kit):
    """Issue 16.7: 도로시 found 5 stills against Dorothy's 6, 태호 6 against the Tae-ho chip's 7."""
    window = make_window()
    open_and_wait(qtbot, window, sample_kit, thumbnails=False)
    for name, alias in (("Dorothy", "도로시"), ("Tae-ho", "태호")):
        window.filter_bar.characters.chip(name).click()
        qtbot.waitUntil(lambda: window.proxy.is_filtered)
        on_chip = set(grid_files(window))
        window.filter_bar.clear()
        window.filter_bar.search.setText(alias)
        qtbot.waitUntil(lambda alias=alias: window.proxy.still_filter.query == alias, timeout=3000)
        assert set(grid_files(window)) >= on_chip and len(on_chip) >= 6
        window.filter_bar.clear()
