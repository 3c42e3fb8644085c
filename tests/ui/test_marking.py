"""Ratings and picks on the grid (keys, clicks, roles, persistence), the picks/rating filter
and sorting."""

# ruff: noqa: F811 - the fixtures come from pressui (imported, so arguments redefine them)

from __future__ import annotations

from pressui import (  # noqa: F401 - fixtures
    FakePrompter,
    grid_files,
    library_path,
    press_window,
    prompter,
    select_files,
    wait_marks,
)
from uihelpers import FakeRunner, open_and_wait

from PySide6.QtCore import QPoint, Qt

from gallery.core.library import Library, identify
from gallery.core.marks import Mark, sort_order
from gallery.ui.grid import MarkRole, PickRole, RatingRole, ThumbnailRole


def test_number_keys_rate_and_p_picks_shown_in_roles_and_kept(qtbot, press_window, small_kit, library_path):
    window = press_window()
    kit = open_and_wait(qtbot, window, small_kit, thumbnails=False)
    wait_marks(qtbot, window)
    select_files(window, ["ss_02.jpg", "ss_03.jpg"])
    window.grid.setFocus()
    qtbot.keyClick(window.grid, Qt.Key.Key_4)
    qtbot.keyClick(window.grid, Qt.Key.Key_P)
    for file in ("ss_02.jpg", "ss_03.jpg"):
        index = window.proxy.index_of(file)
        assert index.data(RatingRole) == 4 and index.data(PickRole) is True
        assert index.data(MarkRole) == Mark(4, True)
        assert "★★★★☆" in index.data(Qt.ItemDataRole.ToolTipRole)
        assert "4 stars, pick" in index.data(Qt.ItemDataRole.AccessibleTextRole)
    assert window.proxy.index_of("ss_01.jpg").data(RatingRole) == 0
    select_files(window, ["ss_03.jpg"])
    qtbot.keyClick(window.grid, Qt.Key.Key_0)  # clears the stars, keeps the pick
    assert window.proxy.index_of("ss_03.jpg").data(MarkRole) == Mark(0, True)
    qtbot.waitUntil(lambda: window.details.still() is not None and window.details.still().file == "ss_03.jpg")
    assert window.details.values["rating"].text() == "⚑ Pick"
    qtbot.keyClick(window.grid, Qt.Key.Key_P)  # all picked: P unpicks
    assert window.proxy.index_of("ss_03.jpg").data(PickRole) is False
    assert window.details.values["rating"].isHidden()

    # Kept in the library by content: another library on the file sees them...
    other = Library(library_path)
    hashes = identify(kit, other)
    assert other.marks(hashes.values()) == {hashes["ss_02.jpg"]: Mark(4, True)}
    other.close()
    # ...and so does a window opened after a restart.
    window.close()
    again = press_window()
    open_and_wait(qtbot, again, small_kit, thumbnails=False)
    wait_marks(qtbot, again)
    assert again.proxy.index_of("ss_02.jpg").data(MarkRole) == Mark(4, True)
    assert again.proxy.index_of("ss_03.jpg").data(MarkRole) == Mark()


def test_keys_typed_in_the_search_box_do_not_rate(qtbot, press_window, small_kit):
    window = press_window()
    open_and_wait(qtbot, window, small_kit, thumbnails=False)
    wait_marks(qtbot, window)
    select_files(window, ["ss_01.jpg"])
    window.filter_bar.search.setFocus()
    qtbot.keyClick(window.filter_bar.search, Qt.Key.Key_5)
    qtbot.keyClick(window.filter_bar.search, Qt.Key.Key_P)
    assert window.filter_bar.search.text() == "5p"
    assert window.proxy.index_of("ss_01.jpg").data(MarkRole) == Mark()


def test_clicking_a_star_or_the_flag_on_a_tile(qtbot, press_window, small_kit):
    window = press_window()
    open_and_wait(qtbot, window, small_kit)
    wait_marks(qtbot, window)
    select_files(window, ["ss_01.jpg"])
    index = window.proxy.index_of("ss_04.jpg")
    metrics = window.delegate.metrics(window.grid.font())
    tile = window.delegate.tile_rect(window.grid.visualRect(index), metrics)
    third = window.delegate.star_rects(tile, metrics)[2].center().toPoint()
    viewport = window.grid.viewport()
    qtbot.mouseClick(viewport, Qt.MouseButton.LeftButton, pos=third)
    assert index.data(RatingRole) == 3
    assert [s.file for s in window.selected_stills()] == ["ss_01.jpg"]  # the click rated, it did not select
    qtbot.mouseClick(viewport, Qt.MouseButton.LeftButton, pos=third)  # the same star again: cleared
    assert index.data(RatingRole) == 0
    flag = window.delegate.pick_rect(tile, metrics, index.data(Qt.ItemDataRole.UserRole + 3)).center().toPoint()
    qtbot.mouseClick(viewport, Qt.MouseButton.LeftButton, pos=QPoint(flag.x(), flag.y()))
    assert index.data(PickRole) is True
    # The grid paints the marks without trouble.
    assert not window.grid.viewport().grab().toImage().isNull()


def test_a_rating_given_before_the_stills_are_identified_is_kept(qtbot, press_window, small_kit, library_path):
    runner = FakeRunner(hold_interactive=True)
    window = press_window(runner=runner)
    window.open_path(small_kit)
    runner.execute(runner.interactive_held.pop(0))  # the kit opens; identifying waits
    assert window.kit is not None and not window.marks.marks_known()
    select_files(window, ["ss_05.jpg"])
    window.marks.set_rating(5)
    assert window.proxy.index_of("ss_05.jpg").data(RatingRole) == 5
    identify_task = next(t for t in runner.interactive_held if t.name.startswith("identify"))
    runner.interactive_held.remove(identify_task)
    runner.execute(identify_task)
    assert window.marks.marks_known()
    assert window.proxy.index_of("ss_05.jpg").data(RatingRole) == 5
    other = Library(library_path)
    assert Mark(5) in other.marks(identify(window.kit, other).values()).values()
    other.close()


def test_picks_and_minimum_rating_filter_the_grid(qtbot, press_window, small_kit):
    window = press_window()
    open_and_wait(qtbot, window, small_kit, thumbnails=False)
    wait_marks(qtbot, window)
    for file, stars in (("ss_02.jpg", 5), ("ss_04.jpg", 3), ("ss_07.jpg", 1)):
        select_files(window, [file])
        window.marks.set_rating(stars)
    select_files(window, ["ss_04.jpg", "ss_08.jpg"])
    window.marks.toggle_pick()
    bar = window.filter_bar
    qtbot.mouseClick(bar.picks_button, Qt.MouseButton.LeftButton)
    assert grid_files(window) == ["ss_04.jpg", "ss_08.jpg"]
    assert window.count_label.text().startswith("2 of 8 stills")
    bar.picks_button.click()
    bar.rating_combo.setCurrentIndex(3)  # 3 stars or more
    assert grid_files(window) == ["ss_02.jpg", "ss_04.jpg"]
    bar.picks_button.click()
    assert grid_files(window) == ["ss_04.jpg"]
    # Unrating a still under the filter takes it away at once.
    select_files(window, ["ss_04.jpg"])
    window.marks.set_rating(2)
    assert grid_files(window) == []
    assert "No stills match" in window.message_page.title.text()
    assert bar.clear_button.isEnabled()
    bar.clear_button.click()
    assert len(grid_files(window)) == 8
    assert not bar.picks_button.isChecked() and bar.rating_combo.currentIndex() == 0


def test_sort_by_rating_name_and_date_keeps_the_selection(qtbot, press_window, small_kit):
    window = press_window()
    kit = open_and_wait(qtbot, window, small_kit, thumbnails=False)
    wait_marks(qtbot, window)
    for file, stars in (("ss_06.jpg", 4), ("ss_03.jpg", 5), ("ss_08.jpg", 4)):
        select_files(window, [file])
        window.marks.set_rating(stars)
    select_files(window, ["ss_08.jpg"])
    window.marks.toggle_pick()
    select_files(window, ["ss_06.jpg"])
    window.commands.sort_actions["rating"].trigger()
    assert grid_files(window)[:3] == ["ss_03.jpg", "ss_08.jpg", "ss_06.jpg"]  # 5, then 4 with the pick
    assert window.current_still().file == "ss_06.jpg"
    assert "Rating" in window.sort_button.text()
    # Rating again re-sorts at once.
    select_files(window, ["ss_01.jpg"])
    window.marks.set_rating(5)
    assert grid_files(window)[:2] == ["ss_01.jpg", "ss_03.jpg"]
    marks = {f: window.model.mark(f) for f in window.model.files()}
    window.commands.sort_actions["date"].trigger()
    assert grid_files(window) == [kit.stills[i].file for i in sort_order(kit.stills, marks, "date")]
    # The sort holds with a filter, and the slideshow walks the shown order.
    window.filter_bar.characters.chip("Dorothy").click()
    assert [s.file for s in window.proxy.stills()] == grid_files(window)
    window.commands.sort_actions["original"].trigger()
    assert grid_files(window) == [s.file for s in kit.stills if "Dorothy" in s.characters]
    window.close()
    assert press_window().marks.sort_key() == "original"


def test_without_a_library_ratings_still_show_and_nothing_breaks(qtbot, make_window, small_kit, tmp_path):
    broken = tmp_path / "broken.sqlite3"
    broken.write_bytes(b"not a database" * 64)
    prompter = FakePrompter(names=["Dorothy"])
    window = make_window(library=Library(broken), prompter=prompter)
    open_and_wait(qtbot, window, small_kit, thumbnails=False)
    select_files(window, ["ss_02.jpg"])
    window.marks.set_rating(3)
    assert window.proxy.index_of("ss_02.jpg").data(RatingRole) == 3
    window.collecting.add_to_collection()
    assert "unavailable" in window.statusBar().currentMessage()
    assert not window.commands["add_to_collection"].isEnabled()


def test_keypad_digits_rate_too(qtbot, press_window, small_kit):
    window = press_window()
    open_and_wait(qtbot, window, small_kit, thumbnails=False)
    wait_marks(qtbot, window)
    select_files(window, ["ss_08.jpg"])
    window.grid.setFocus()
    qtbot.keyClick(window.grid, Qt.Key.Key_2, Qt.KeyboardModifier.KeypadModifier)
    assert window.proxy.index_of("ss_08.jpg").data(RatingRole) == 2


def reject_badge_red(window, file: str) -> int:
    """Red pixels in the tile's flag corner (the reject badge), as the grid painted it."""
    index = window.proxy.index_of(file)
    metrics = window.delegate.metrics(window.grid.font())
    tile = window.delegate.tile_rect(window.grid.visualRect(index), metrics)
    rect = window.delegate.pick_rect(tile, metrics, index.data(ThumbnailRole)).toRect()
    image = window.grid.viewport().grab().toImage()
    ratio = image.devicePixelRatio()
    count = 0
    for x in range(rect.left(), rect.right()):
        for y in range(rect.top(), rect.bottom()):
            c = image.pixelColor(round(x * ratio), round(y * ratio))
            count += c.red() > 150 and c.green() < 90 and c.blue() < 90
    return count


def test_x_rejects_beside_the_pick_shown_hidden_sorted_last_and_kept(qtbot, press_window, small_kit, library_path):
    window = press_window()
    kit = open_and_wait(qtbot, window, small_kit)
    wait_marks(qtbot, window)
    select_files(window, ["ss_02.jpg", "ss_03.jpg"])
    window.grid.setFocus()
    qtbot.keyClick(window.grid, Qt.Key.Key_P)
    qtbot.keyClick(window.grid, Qt.Key.Key_4)
    qtbot.keyClick(window.grid, Qt.Key.Key_X)  # a pick rejected is a pick no longer; the stars stay
    for file in ("ss_02.jpg", "ss_03.jpg"):
        assert window.proxy.index_of(file).data(MarkRole) == Mark(4, False, True)
    assert window.statusBar().currentMessage() == "Rejected 2 stills"
    assert window.commands["reject"] in window.still_menu.actions()
    # The tile wears a red ✕ where the flag goes; an unmarked one does not.
    qtbot.waitUntil(lambda: reject_badge_red(window, "ss_02.jpg") > 20, timeout=5000)
    assert reject_badge_red(window, "ss_04.jpg") == 0  # (ss_01 is a red picture)
    select_files(window, ["ss_03.jpg"])
    qtbot.keyClick(window.grid, Qt.Key.Key_P)  # picking a reject un-rejects it
    assert window.proxy.index_of("ss_03.jpg").data(MarkRole) == Mark(4, True, False)
    select_files(window, ["ss_05.jpg"])
    window.marks.set_rating(5)
    # Sorted by rating, a reject goes after every other still, its five... four stars or not.
    window.commands.sort_actions["rating"].trigger()
    assert grid_files(window)[:2] == ["ss_05.jpg", "ss_03.jpg"] and grid_files(window)[-1] == "ss_02.jpg"
    # View ▸ Hide Rejected Stills leaves it out, with the filter bar's picks too.
    assert window.commands["hide_rejects"] in window.view_menu.actions()
    window.commands["hide_rejects"].trigger()
    assert "ss_02.jpg" not in grid_files(window) and len(grid_files(window)) == 7
    window.filter_bar.picks_button.click()
    assert grid_files(window) == ["ss_03.jpg"]
    window.filter_bar.picks_button.click()
    assert len(grid_files(window)) == 7  # the bar cleared, the rejects still hidden
    # Kept by content, across a restart, hidden still.
    window.close()
    again = press_window()
    open_and_wait(qtbot, again, small_kit, thumbnails=False)
    wait_marks(qtbot, again)
    assert again.commands["hide_rejects"].isChecked() and "ss_02.jpg" not in grid_files(again)
    again.commands["hide_rejects"].trigger()
    assert again.proxy.index_of("ss_02.jpg").data(MarkRole) == Mark(4, False, True)
    assert again.proxy.index_of("ss_03.jpg").data(MarkRole) == Mark(4, True, False)
    select_files(again, ["ss_02.jpg"])
    again.grid.setFocus()
    qtbot.keyClick(again.grid, Qt.Key.Key_X)  # all rejected: X un-rejects
    assert again.proxy.index_of("ss_02.jpg").data(MarkRole) == Mark(4)
    other = Library(library_path)
    stored = other.marks(identify(kit, other).values())
    assert not any(mark.reject for mark in stored.values())
    other.close()
