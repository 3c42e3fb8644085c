"""Collections through the window: add (making one on the way), the side list, a collection
as its own grid across kits, rename/reorder/delete, restarts and moved kits."""

# ruff: noqa: F811 - the fixtures come from pressui (imported, so arguments redefine them)

from __future__ import annotations

import shutil

from pressui import (  # noqa: F401 - fixtures
    grid_files,
    library_path,
    other_kit,
    press_window,
    prompter,
    select_files,
    wait_marks,
)
from uihelpers import make_kit, open_and_wait

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QGuiApplication, QPixmap

from gallery.core.compound import MISSING, CompoundKit
from gallery.core.marks import Mark
from gallery.ui.grid import ErrorRole, FileRole, MarkRole, ThumbnailRole


def open_collection(qtbot, window, name: str) -> CompoundKit:
    row = next(i for i, text in enumerate(window.sidebar.names()) if text.startswith(f"{name}  ("))
    item = window.sidebar.list.item(row)
    with qtbot.waitSignal(window.collectionLoaded, timeout=10000) as blocker:
        rect = window.sidebar.list.visualItemRect(item)
        qtbot.mouseClick(window.sidebar.list.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    return blocker.args[0]


def wait_thumbnails(qtbot, window) -> None:
    def done() -> bool:
        finished, total = window.loader.progress()
        return finished == total and window.loader.in_flight == 0

    qtbot.waitUntil(done, timeout=10000)


def test_ctrl_b_makes_a_collection_on_the_way_then_adds_to_it(qtbot, press_window, prompter, small_kit):
    prompter.names = ["Dorothy"]
    window = press_window()
    open_and_wait(qtbot, window, small_kit, thumbnails=False)
    assert window.sidebar.empty_hint.isVisible()
    window.filter_bar.characters.chip("Dorothy").click()
    select_files(window, ["ss_02.jpg", "ss_03.jpg"])
    window.grid.setFocus()
    qtbot.keyClick(window.grid, Qt.Key.Key_B, Qt.KeyboardModifier.ControlModifier)
    assert prompter.questions("name") == [("name", "New Collection", "Dorothy")]  # named after the chip
    qtbot.waitUntil(lambda: window.sidebar.names() == ["Dorothy  (2)"])
    assert not window.sidebar.empty_hint.isVisible()
    assert window.commands["add_to_collection"].text() == "&Add to “Dorothy”"
    # Ctrl+B again adds to it without asking; a still already in it is not added twice.
    select_files(window, ["ss_03.jpg", "ss_05.jpg", "ss_07.jpg"])
    qtbot.keyClick(window.grid, Qt.Key.Key_B, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: window.sidebar.names() == ["Dorothy  (4)"])
    assert len(prompter.questions("name")) == 1
    assert "(1 still already there)" in window.statusBar().currentMessage()
    # The menu lists collections and offers a new one.
    window.collecting.fill_add_to_menu()
    labels = [a.text() for a in window.add_to_menu.actions() if a.text()]
    assert labels == ["Dorothy  (4)", "&New Collection…"]
    prompter.names = ["Tae-ho"]
    select_files(window, ["ss_05.jpg"])  # (ss_01 has no Dorothy: the chip hides it)
    window.commands["new_collection"].trigger()
    qtbot.waitUntil(lambda: window.sidebar.names() == ["Dorothy  (4)", "Tae-ho  (1)"])


def test_a_collection_opens_as_its_own_grid_with_stills_of_two_kits(qtbot, press_window, prompter, tmp_path):
    first = make_kit(tmp_path / "first")
    second = other_kit(tmp_path / "second")
    prompter.names = ["Mixed"]
    window = press_window()
    open_and_wait(qtbot, window, first, thumbnails=False)
    select_files(window, ["ss_02.jpg", "ss_03.jpg"])
    window.collecting.add_to_collection()
    qtbot.waitUntil(lambda: window.sidebar.names() == ["Mixed  (2)"])
    select_files(window, ["ss_02.jpg"])
    window.marks.set_rating(4)
    open_and_wait(qtbot, window, second, thumbnails=False)
    select_files(window, ["ss_02.jpg", "ss_08.jpg"])
    window.collecting.add_to_collection()
    qtbot.waitUntil(lambda: window.sidebar.names() == ["Mixed  (4)"])

    shown = open_collection(qtbot, window, "Mixed")
    assert window.session.collection_id is not None and window.kit is shown
    assert grid_files(window) == ["first/ss_02.jpg", "first/ss_03.jpg", "second/ss_02.jpg", "second/ss_08.jpg"]
    assert window.windowTitle() == "Mixed — Collection — Stills"
    assert window.commands.sort_actions["original"].text() == "Collection Order"
    assert window.proxy.index_of("first/ss_02.jpg").data(MarkRole) == Mark(4)  # the same picture's rating
    assert window.proxy.index_of("second/ss_02.jpg").data(MarkRole) == Mark()
    wait_thumbnails(qtbot, window)
    for file in grid_files(window):
        pixmap = window.proxy.index_of(file).data(ThumbnailRole)
        assert isinstance(pixmap, QPixmap) and not pixmap.isNull(), file
    # Each thumbnail is its own kit's picture (inverted colours in the second kit).
    a = window.proxy.index_of("first/ss_02.jpg").data(ThumbnailRole).toImage().pixelColor(5, 5)
    b = window.proxy.index_of("second/ss_02.jpg").data(ThumbnailRole).toImage().pixelColor(5, 5)
    assert abs(a.green() - 160) < 16 and abs(b.green() - 95) < 16
    # Details say which kit; the filter bar's chips are the collection's.
    select_files(window, ["second/ss_08.jpg"])
    qtbot.waitUntil(lambda: window.details.still() is not None)
    assert window.details.values["kit"].text() == "Test Sweepers"
    assert [c.value for c in window.filter_bar.characters.chips()] == ["Bubs", "Dorothy"]  # cast order
    # Copy Image decodes from the still's own kit.
    QGuiApplication.clipboard().clear()
    select_files(window, ["first/ss_03.jpg"])
    window.clipboard.copy_image()
    qtbot.waitUntil(lambda: not QGuiApplication.clipboard().image().isNull(), timeout=5000)
    assert QGuiApplication.clipboard().image().height() == 480
    # The slideshow walks the collection, each picture from its own kit.
    window.select_file("second/ss_02.jpg")
    show = window.slideshows.start(full_screen=False)
    qtbot.waitUntil(lambda: show.displayed is not None and show.displayed.file == "second/ss_02.jpg", timeout=10000)
    qtbot.keyClick(show, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: window.slideshows.slideshow is None, timeout=5000)
    # Back to the kit.
    assert window.commands["show_kit"].isEnabled()
    window.commands["show_kit"].trigger()
    assert window.session.collection_id is None and window.kit.path == second
    assert grid_files(window)[0] == "ss_01.jpg"


def test_a_collection_survives_a_restart_and_a_moved_kit(qtbot, press_window, prompter, tmp_path):
    kit_path = make_kit(tmp_path / "press" / "sweepers")
    prompter.names = ["Dorothy"]
    window = press_window()
    open_and_wait(qtbot, window, kit_path, thumbnails=False)
    select_files(window, ["ss_02.jpg", "ss_05.jpg"])
    window.collecting.add_to_collection()
    qtbot.waitUntil(lambda: window.sidebar.names() == ["Dorothy  (2)"])
    window.close()

    restarted = press_window()
    assert restarted.sidebar.names() == ["Dorothy  (2)"]  # before any kit is open
    shown = open_collection(qtbot, restarted, "Dorothy")
    assert [s.file for s in shown.stills] == ["sweepers/ss_02.jpg", "sweepers/ss_05.jpg"]
    restarted.close()

    moved = tmp_path / "archive" / "sweepers-2021"
    moved.parent.mkdir()
    shutil.move(kit_path, moved)
    after_move = press_window()
    open_collection(qtbot, after_move, "Dorothy")
    for file in grid_files(after_move):
        assert after_move.proxy.index_of(file).data(ErrorRole) == MISSING
    assert "cannot be found" in after_move.statusBar().currentMessage()
    assert (
        after_move.proxy.index_of("sweepers/ss_02.jpg")
        .data(Qt.ItemDataRole.DisplayRole)
        .startswith("Park Ye-rin as Dorothy")
    )  # still says what it was
    # Locate: point at the folder the kit is in now.
    prompter.folder = str(moved)
    with qtbot.waitSignal(after_move.collectionLoaded, timeout=10000) as blocker:
        after_move.collecting.locate_missing()
    assert [s.error for s in blocker.args[0].stills] == [None, None]
    assert grid_files(after_move) == ["sweepers-2021/ss_02.jpg", "sweepers-2021/ss_05.jpg"]
    assert "Found 2 stills of 2 stills missing" in after_move.statusBar().currentMessage()
    wait_thumbnails(qtbot, after_move)
    assert isinstance(after_move.proxy.index_of("sweepers-2021/ss_05.jpg").data(ThumbnailRole), QPixmap)


def test_opening_a_moved_kit_is_enough_to_find_its_collected_stills(qtbot, press_window, prompter, tmp_path):
    kit_path = make_kit(tmp_path / "old")
    prompter.names = ["One"]
    window = press_window()
    open_and_wait(qtbot, window, kit_path, thumbnails=False)
    select_files(window, ["ss_04.jpg"])
    window.collecting.add_to_collection()
    qtbot.waitUntil(lambda: window.sidebar.names() == ["One  (1)"])
    moved = tmp_path / "new-home"
    shutil.move(kit_path, moved)
    open_and_wait(qtbot, window, moved, thumbnails=False)
    wait_marks(qtbot, window)  # identified: the library now knows where the still is
    shown = open_collection(qtbot, window, "One")
    assert [s.file for s in shown.stills] == ["new-home/ss_04.jpg"] and not shown.stills[0].error


def test_rename_reorder_and_delete_collections(qtbot, press_window, prompter, small_kit):
    prompter.names = ["A", "B", "C"]
    window = press_window()
    open_and_wait(qtbot, window, small_kit, thumbnails=False)
    for file in ("ss_01.jpg", "ss_02.jpg", "ss_03.jpg"):
        select_files(window, [file])
        window.collecting.new_collection()
    qtbot.waitUntil(lambda: window.sidebar.names() == ["A  (1)", "B  (1)", "C  (1)"])
    sidebar = window.sidebar
    ids = sidebar.ids()
    # Rename with F2 on the list.
    sidebar.list.setCurrentRow(1)
    prompter.names = ["Bravo"]
    sidebar.list.setFocus()
    qtbot.keyClick(sidebar.list, Qt.Key.Key_F2)
    assert sidebar.names() == ["A  (1)", "Bravo  (1)", "C  (1)"]
    # Move down with the button, up with Alt+Up.
    sidebar.list.setCurrentRow(0)
    qtbot.mouseClick(sidebar.down_button, Qt.MouseButton.LeftButton)
    assert sidebar.ids() == [ids[1], ids[0], ids[2]]
    assert sidebar.selected_id() == ids[0]
    qtbot.keyClick(sidebar.list, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
    assert sidebar.ids() == ids
    # A drag in the list is a move of its rows: the library keeps the new order.
    sidebar.list.model().moveRow(QModelIndex(), 2, QModelIndex(), 0)
    assert [c.id for c in window.library.collections()] == [ids[2], ids[0], ids[1]]
    # Delete the one on show: back to the kit.
    open_collection(qtbot, window, "Bravo")
    window.commands["delete_collection"].trigger()
    assert prompter.questions("delete") == [("delete", "Bravo", 1)]
    assert sidebar.names() == ["C  (1)", "A  (1)"]
    assert window.session.collection_id is None and window.kit.path == small_kit
    # Declining keeps it.
    prompter.delete = False
    window.collecting.delete_collection(ids[0])
    assert sidebar.names() == ["C  (1)", "A  (1)"]


def test_delete_key_takes_stills_out_of_the_collection(qtbot, press_window, prompter, small_kit):
    prompter.names = ["Four"]
    window = press_window()
    open_and_wait(qtbot, window, small_kit, thumbnails=False)
    select_files(window, ["ss_01.jpg", "ss_02.jpg", "ss_03.jpg", "ss_04.jpg"])
    window.collecting.add_to_collection()
    qtbot.waitUntil(lambda: window.sidebar.names() == ["Four  (4)"])
    assert not window.commands["remove_from_collection"].isEnabled()  # in a kit, Delete does nothing
    open_collection(qtbot, window, "Four")
    kit_name = small_kit.name
    select_files(window, [f"{kit_name}/ss_02.jpg", f"{kit_name}/ss_03.jpg"])
    window.grid.setFocus()
    qtbot.keyClick(window.grid, Qt.Key.Key_Delete)
    assert grid_files(window) == [f"{kit_name}/ss_01.jpg", f"{kit_name}/ss_04.jpg"]
    assert window.sidebar.names() == ["Four  (2)"]
    assert (small_kit / "ss_02.jpg").exists()  # only the collection changed


def test_double_click_renames_after_the_click(qtbot, press_window, prompter, small_kit):
    prompter.names = ["First", "Renamed"]
    window = press_window()
    open_and_wait(qtbot, window, small_kit, thumbnails=False)
    select_files(window, ["ss_01.jpg"])
    window.collecting.new_collection()
    qtbot.waitUntil(lambda: window.sidebar.names() == ["First  (1)"])
    sidebar = window.sidebar
    rect = sidebar.list.visualItemRect(sidebar.list.item(0))
    with qtbot.waitSignal(window.collectionLoaded, timeout=10000):
        qtbot.mouseClick(sidebar.list.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(sidebar.list.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.waitUntil(lambda: sidebar.names() == ["Renamed  (1)"])
    assert window.windowTitle() == "Renamed — Collection — Stills"


def test_stills_are_put_in_order_inside_a_collection(qtbot, press_window, prompter, small_kit):
    prompter.names = ["Story"]
    window = press_window()
    open_and_wait(qtbot, window, small_kit, thumbnails=False)
    select_files(window, ["ss_01.jpg", "ss_02.jpg", "ss_03.jpg", "ss_04.jpg"])
    window.collecting.new_collection()
    qtbot.waitUntil(lambda: window.sidebar.names() == ["Story  (4)"])
    open_collection(qtbot, window, "Story")
    keys = grid_files(window)  # collection keys, in the order the stills were added
    assert len(keys) == 4

    wait_thumbnails(qtbot, window)
    select_files(window, [keys[2], keys[3]])
    window.grid.setFocus()
    qtbot.keyClick(window.grid, Qt.Key.Key_BracketLeft, Qt.KeyboardModifier.ControlModifier)
    assert grid_files(window) == [keys[0], keys[2], keys[3], keys[1]]
    assert all(window.loader.pixmap(k) is not None for k in keys)  # moved in place: no tile went blank
    assert {window.proxy.index(r, 0).data() for r in (1, 2)} == {
        i.data() for i in window.grid.selectionModel().selectedIndexes()
    }  # the moved stills stay selected
    window.collecting.move_in_collection(-1)
    window.collecting.move_in_collection(-1)  # already first: stays
    assert grid_files(window) == [keys[2], keys[3], keys[0], keys[1]]

    # The order is the collection's own: it survives reopening (and numbers exports).
    window.collecting.show_kit()
    open_collection(qtbot, window, "Story")
    assert grid_files(window) == [keys[2], keys[3], keys[0], keys[1]]
    ordered = [item.file for item in window.library.items(window.session.collection_id)]
    assert ordered == ["ss_03.jpg", "ss_04.jpg", "ss_01.jpg", "ss_02.jpg"]

    # In another sort the grid's order is not the collection's: nothing to move.
    select_files(window, [keys[0]])
    window.marks.set_sort("name", save=False)
    assert not window.commands["move_earlier"].isEnabled()


def test_moving_with_a_chip_on_keeps_the_chosen_still(qtbot, press_window, prompter, small_kit):
    """(Review finding) With a filter on, the rows shown and the selection stay right through the
    move: the filter's rows follow the new order before the grid rearranges."""
    prompter.names = ["Story"]
    window = press_window()
    open_and_wait(qtbot, window, small_kit, thumbnails=False)
    select_files(window, ["ss_01.jpg", "ss_02.jpg", "ss_03.jpg", "ss_04.jpg"])
    window.collecting.new_collection()
    qtbot.waitUntil(lambda: window.sidebar.names() == ["Story  (4)"])
    open_collection(qtbot, window, "Story")
    keys = grid_files(window)
    window.filter_bar.characters.chip("Dorothy").click()
    shown = grid_files(window)
    assert len(shown) == 2 and shown == [k for k in keys if k in shown]

    # The first still shown cannot go earlier: nothing changes, and it stays chosen.
    select_files(window, [shown[0]])
    window.collecting.move_in_collection(-1)
    assert grid_files(window) == shown
    assert window.current_still().file == shown[0]
    assert [i.data(FileRole) for i in window.grid.selectionModel().selectedIndexes()] == [shown[0]]

    select_files(window, [shown[1]])
    window.collecting.move_in_collection(-1)
    assert grid_files(window) == [shown[1], shown[0]]
    assert window.current_still().file == shown[1]
    assert [i.data(FileRole) for i in window.grid.selectionModel().selectedIndexes()] == [shown[1]]
    window.filter_bar.clear()
    moved = grid_files(window)
    assert moved.index(shown[1]) < moved.index(shown[0])
    assert sorted(moved) == sorted(keys)
