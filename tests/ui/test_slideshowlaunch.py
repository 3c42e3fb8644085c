"""View ▸ Start Slideshow: the filtered stills from the current one, back on Escape."""

from __future__ import annotations

from uihelpers import open_and_wait

from PySide6.QtCore import Qt

from gallery.ui.grid import FileRole


def grid_files(window) -> list[str]:
    proxy = window.proxy
    return [proxy.data(proxy.index(r, 0), FileRole) for r in range(proxy.rowCount())]


def chip(window, kind: str, value: str):
    row = window.filter_bar.characters if kind == "character" else window.filter_bar.keywords
    button = row.chip(value)
    assert button is not None, f"no chip for {value}; have {[c.value for c in row.chips()]}"
    return button


def test_enter_starts_the_slideshow_on_the_filtered_stills_and_escape_returns(qtbot, make_window, small_kit):
    window = make_window()
    open_and_wait(qtbot, window, small_kit, thumbnails=False)
    assert window.commands["slideshow"] in window.view_menu.actions()
    assert window.commands["slideshow"] in window.toolbar.actions()
    qtbot.mouseClick(chip(window, "character", "Dorothy"), Qt.MouseButton.LeftButton)
    dorothy = grid_files(window)
    assert window.select_file(dorothy[1])
    window.grid.setFocus()
    with qtbot.waitSignal(window.slideshowRequested, timeout=1000) as blocker:
        qtbot.keyClick(window.grid, Qt.Key.Key_Return)
    stills, start = blocker.args
    assert [s.file for s in stills] == dorothy and start == dorothy[1]
    show = window.slideshows.slideshow
    assert show is not None and show.windowState() & Qt.WindowState.WindowFullScreen
    qtbot.waitUntil(lambda: show.displayed is not None and show.displayed.file == dorothy[1], timeout=10000)
    qtbot.keyClick(show, Qt.Key.Key_Right)
    qtbot.waitUntil(lambda: show.displayed.file == dorothy[2], timeout=10000)
    qtbot.keyClick(show, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: window.slideshows.slideshow is None, timeout=5000)
    assert window.current_still().file == dorothy[2]
    assert [s.file for s in window.selected_stills()] == [dorothy[2]]


def test_the_overlay_follows_edit_caption_language(qtbot, make_window, small_kit):
    window = make_window()
    open_and_wait(qtbot, window, small_kit, thumbnails=False)
    window.captions.fill_language_menu()
    korean = next(a for a in window.language_menu.actions() if "(ko-KR)" in a.text())
    korean.trigger()  # Edit ▸ Caption Language ▸ 한국어
    window.select_file("ss_02.jpg")
    show = window.slideshows.start(full_screen=False)
    qtbot.waitUntil(lambda: show.displayed is not None and show.displayed.file == "ss_02.jpg", timeout=10000)
    assert show.overlay_text()[0] == "별을 바라보는 꽃님이"
    qtbot.keyClick(show, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: window.slideshows.slideshow is None, timeout=5000)
