"""Edit ▸ Undo (Ctrl+Z) and Redo: ratings, picks, rejects and the collections' contents."""

# ruff: noqa: F811 - the fixtures come from pressui (imported, so arguments redefine them)

from __future__ import annotations

from pressui import (  # noqa: F401 - fixtures
    grid_files,
    library_path,
    press_window,
    prompter,
    select_files,
    wait_marks,
)
from uihelpers import open_and_wait

from PySide6.QtCore import Qt

from gallery.core.library import Library, identify
from gallery.core.marks import Mark
from gallery.ui.grid import MarkRole

CTRL = Qt.KeyboardModifier.ControlModifier


def mark(window, file: str) -> Mark:
    return window.proxy.index_of(file).data(MarkRole)


def test_ctrl_z_undoes_the_last_rating_pick_and_reject_and_redo_does_them_again(
    qtbot, press_window, small_kit, library_path
):
    window = press_window()
    kit = open_and_wait(qtbot, window, small_kit, thumbnails=False)
    wait_marks(qtbot, window)
    undo, redo = window.commands["undo"], window.commands["redo"]
    assert undo in window.edit_menu.actions() and not undo.isEnabled() and not redo.isEnabled()
    select_files(window, ["ss_02.jpg", "ss_03.jpg"])
    window.grid.setFocus()
    qtbot.keyClick(window.grid, Qt.Key.Key_4)
    qtbot.keyClick(window.grid, Qt.Key.Key_P)
    select_files(window, ["ss_02.jpg"])
    qtbot.keyClick(window.grid, Qt.Key.Key_X)
    assert mark(window, "ss_02.jpg") == Mark(4, False, True)
    assert undo.isEnabled() and undo.text() == "&Undo Reject"
    qtbot.keyClick(window.grid, Qt.Key.Key_Z, CTRL)
    assert mark(window, "ss_02.jpg") == Mark(4, True) and undo.text() == "&Undo Pick"
    assert redo.text() == "&Redo Reject"
    qtbot.keyClick(window.grid, Qt.Key.Key_Z, CTRL)
    assert mark(window, "ss_02.jpg") == mark(window, "ss_03.jpg") == Mark(4)
    qtbot.keyClick(window.grid, Qt.Key.Key_Z, CTRL)
    assert mark(window, "ss_02.jpg") == mark(window, "ss_03.jpg") == Mark()
    assert not undo.isEnabled()
    redo.trigger()
    assert mark(window, "ss_03.jpg") == Mark(4)
    # What was undone is undone in the library too.
    other = Library(library_path)
    hashes = identify(kit, other)
    assert other.marks([hashes["ss_02.jpg"], hashes["ss_03.jpg"]]) == {
        hashes["ss_02.jpg"]: Mark(4),
        hashes["ss_03.jpg"]: Mark(4),
    }
    other.close()
    # A clicked star is undone the same way.
    window.marks.on_rating_clicked("ss_05.jpg", 2)
    undo.trigger()
    assert mark(window, "ss_05.jpg") == Mark()


def test_ctrl_z_undoes_adding_to_removing_from_and_making_a_collection(qtbot, press_window, prompter, small_kit):
    prompter.names = ["Dorothy"]
    window = press_window()
    open_and_wait(qtbot, window, small_kit, thumbnails=False)
    wait_marks(qtbot, window)
    undo = window.commands["undo"]
    select_files(window, ["ss_02.jpg", "ss_03.jpg"])
    window.commands["add_to_collection"].trigger()  # asks for a name: a new collection
    qtbot.waitUntil(lambda: window.sidebar.names() == ["Dorothy  (2)"])
    assert undo.text() == "&Undo New Collection “Dorothy”"
    select_files(window, ["ss_05.jpg"])
    window.commands["add_to_collection"].trigger()
    qtbot.waitUntil(lambda: window.sidebar.names() == ["Dorothy  (3)"])
    assert undo.text() == "&Undo Add to “Dorothy”"
    undo.trigger()
    assert window.sidebar.names() == ["Dorothy  (2)"]
    window.commands["redo"].trigger()
    assert window.sidebar.names() == ["Dorothy  (3)"]
    # In the collection: Delete takes a still out, Ctrl+Z puts it back where it was.
    cid = window.library.collections()[0].id
    with qtbot.waitSignal(window.collectionLoaded, timeout=10000):
        window.collecting.open_collection(cid)
    order = grid_files(window)
    select_files(window, [order[1]])
    window.commands["remove_from_collection"].trigger()
    assert len(grid_files(window)) == 2 and undo.text() == "&Undo Remove from “Dorothy”"
    with qtbot.waitSignal(window.collectionLoaded, timeout=10000):
        undo.trigger()
    assert grid_files(window) == order
    # A move within it too.
    select_files(window, [order[0]])
    window.commands["move_later"].trigger()
    assert grid_files(window) == [order[1], order[0], order[2]] and undo.text() == "&Undo Move in “Dorothy”"
    with qtbot.waitSignal(window.collectionLoaded, timeout=10000):
        undo.trigger()
    assert grid_files(window) == order
    # Undoing the new collection (the whole way back) deletes it and shows the kit again.
    while "New Collection" not in undo.text():
        undo.trigger()
    undo.trigger()
    assert window.library.collections() == [] and window.sidebar.names() == []
    assert window.session.collection_id is None and len(grid_files(window)) == 8
    window.commands["redo"].trigger()  # made again
    assert window.sidebar.names() == ["Dorothy  (2)"]
    window.commands["redo"].trigger()
    assert window.sidebar.names() == ["Dorothy  (3)"]


def test_ctrl_z_in_the_search_box_undoes_the_typing_not_a_rating(qtbot, press_window, small_kit):
    window = press_window()
    open_and_wait(qtbot, window, small_kit, thumbnails=False)
    wait_marks(qtbot, window)
    select_files(window, ["ss_04.jpg"])
    window.marks.set_rating(3)
    search = window.filter_bar.search
    search.setFocus()
    qtbot.keyClicks(search, "junk")
    qtbot.keyClick(search, Qt.Key.Key_Z, CTRL)
    assert search.text() == "" and mark(window, "ss_04.jpg") == Mark(3)
