"""A kit folder that changes while open offers a Reload (status-bar button, F5), which reads
it again on the still that was current; a collection is not watched."""

from __future__ import annotations

import shutil

from uihelpers import open_and_wait

from PySide6.QtCore import Qt

from gallery.ui.kitwatch import MAX_FOLDERS, KitWatch, watched_paths


def test_a_still_copied_in_offers_a_reload_that_shows_it(qtbot, make_window, small_kit):
    window = make_window()
    watch = KitWatch(window)
    kit = open_and_wait(qtbot, window, small_kit, thumbnails=False)
    count = len(kit.stills)
    assert watch.action.isEnabled() and not watch.button.isVisible()
    files = sorted(s.file for s in kit.stills)
    assert window.select_file(files[2])
    with qtbot.waitSignal(watch.changed, timeout=10000):
        shutil.copyfile(small_kit / files[0], small_kit / "zz_new.jpg")
    assert watch.button.isVisible()
    with qtbot.waitSignal(window.kitLoaded, timeout=15000):
        qtbot.keyClick(window, Qt.Key.Key_F5)  # QKeySequence.Refresh
    qtbot.waitUntil(lambda: window.kit is not None and len(window.kit.stills) == count + 1)
    assert not watch.button.isVisible()
    qtbot.waitUntil(lambda: window.current_still() is not None and window.current_still().file == files[2])


def test_the_watch_is_bounded_and_skips_collections(tmp_path, qtbot, make_window):
    for i in range(MAX_FOLDERS + 10):
        (tmp_path / "kit" / f"d{i:03}").mkdir(parents=True)
    assert len(watched_paths(tmp_path / "kit")) == MAX_FOLDERS
    assert watched_paths(tmp_path / "nope") == []
    window = make_window()
    watch = KitWatch(window)

    class Collection:
        path = tmp_path / "kit"
        members: list = []

    watch.watch(Collection())
    assert watch.kit_path is None and not watch.action.isEnabled() and watch.watcher.directories() == []
