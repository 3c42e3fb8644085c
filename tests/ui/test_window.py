"""The gallery window, driven the way a user drives it (pytest-qt, offscreen)."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest
from PIL import ImageFile
from uihelpers import make_kit, open_and_wait

from PySide6.QtCore import QEvent, QItemSelectionModel, QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent, QGuiApplication, QKeyEvent, QPixmap
from PySide6.QtWidgets import QApplication

from gallery.core import imaging
from gallery.core import kit as kits
from gallery.core.filtering import StillFilter
from gallery.core.press import press_text
from gallery.ui.grid import CaptionRole, CreditRole, EmbargoRole, ErrorRole, FileRole, ThumbnailRole
from gallery.ui.kitloading import dropped_path


def type_text(widget, text: str) -> None:
    """Type ``text`` as committed by an input method (QTest.keyClicks aborts on non-Latin characters)."""
    for char in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, char))


def grid_files(window) -> list[str]:
    proxy = window.proxy
    return [proxy.data(proxy.index(r, 0), FileRole) for r in range(proxy.rowCount())]


def chip(window, kind: str, value: str):
    row = window.filter_bar.characters if kind == "character" else window.filter_bar.keywords
    button = row.chip(value)
    assert button is not None, f"no chip for {value}; have {[c.value for c in row.chips()]}"
    return button


def select_files(window, files: list[str]) -> None:
    selection = window.grid.selectionModel()
    selection.clearSelection()
    for file in files:
        selection.select(window.proxy.index_of(file), QItemSelectionModel.SelectionFlag.Select)
    selection.setCurrentIndex(window.proxy.index_of(files[0]), QItemSelectionModel.SelectionFlag.NoUpdate)


# -- the grid shows what the core reads -------------------------------------------------------
@pytest.mark.parametrize("which", ["small", "sample"])
def test_grid_shows_every_still_with_core_caption_and_credit(qtbot, make_window, core_kit, request, which):
    path = request.getfixturevalue("small_kit" if which == "small" else "sample_kit")
    expected = core_kit(path)  # what `gallery info` prints
    window = make_window()
    open_and_wait(qtbot, window, path)
    proxy = window.proxy
    assert proxy.rowCount() == len(expected.stills)
    for row, still in enumerate(expected.stills):
        index = proxy.index(row, 0)
        assert index.data(FileRole) == still.file
        assert index.data(CaptionRole) == (still.caption or "")
        assert index.data(CreditRole) == (f"Credit: {still.credit}" if still.credit else "")
        tooltip = index.data(Qt.ItemDataRole.ToolTipRole)
        if still.caption:  # the full caption (the tile shows two lines) and the credit
            assert still.caption.replace("&", "&amp;").replace("<", "&lt;") in tooltip
        if still.credit:
            assert f"Credit: {still.credit}" in tooltip
        if not still.error:
            pixmap = index.data(ThumbnailRole)
            assert isinstance(pixmap, QPixmap) and not pixmap.isNull(), still.file
    n = len(expected.stills)
    assert window.count_label.text().startswith(f"{n} stills")
    assert window.windowTitle() == f"{expected.title} — Stills"
    # A rendered tile carries the caption's first words and the credit line.
    assert "Credit:" in window.grid.model().data(proxy.index(0, 0), CreditRole)


def test_tiles_paint_without_error_and_at_about_240_px(qtbot, make_window, broken_kit):
    window = make_window()
    open_and_wait(qtbot, window, broken_kit)
    image = window.grid.viewport().grab().toImage()
    assert not image.isNull()
    tile = window.delegate.metrics(window.grid.font()).tile_size()
    assert 220 <= tile.width() <= 260


# -- filters --------------------------------------------------------------------------------------
def test_dorothy_chip_leaves_exactly_dorothys_stills(qtbot, make_window, small_kit, core_kit):
    stills = core_kit(small_kit).stills
    window = make_window()
    open_and_wait(qtbot, window, small_kit, thumbnails=False)
    qtbot.mouseClick(chip(window, "character", "Dorothy"), Qt.MouseButton.LeftButton)
    expected = [s.file for s in stills if "Dorothy" in s.characters]
    assert expected and len(expected) < len(stills)
    assert grid_files(window) == expected
    assert window.count_label.text().startswith(f"{len(expected)} of {len(stills)} stills")
    assert chip(window, "character", "Dorothy").text() == f"Dorothy {len(expected)}"


def test_dorothy_chip_on_the_sample_kit(qtbot, make_window, sample_kit, core_kit):
    stills = core_kit(sample_kit).stills
    window = make_window()
    open_and_wait(qtbot, window, sample_kit, thumbnails=False)
    qtbot.mouseClick(chip(window, "character", "Dorothy"), Qt.MouseButton.LeftButton)
    expected = [s.file for s in stills if "Dorothy" in s.characters]
    assert expected
    assert grid_files(window) == expected
    assert f"{len(expected)} of {len(stills)} stills" in window.count_label.text()


def test_two_chips_all_is_the_intersection_any_is_the_union(qtbot, make_window, small_kit, core_kit):
    stills = core_kit(small_kit).stills
    window = make_window()
    open_and_wait(qtbot, window, small_kit, thumbnails=False)
    qtbot.mouseClick(chip(window, "character", "Dorothy"), Qt.MouseButton.LeftButton)
    qtbot.mouseClick(chip(window, "character", "Tae-ho"), Qt.MouseButton.LeftButton)
    union = [s.file for s in stills if {"Dorothy", "Tae-ho"} & set(s.characters)]
    both = [s.file for s in stills if {"Dorothy", "Tae-ho"} <= set(s.characters)]
    assert both and len(both) < len(union)
    assert grid_files(window) == union  # "Any" is the default
    qtbot.mouseClick(window.filter_bar.all_button, Qt.MouseButton.LeftButton)
    assert grid_files(window) == both
    qtbot.mouseClick(window.filter_bar.any_button, Qt.MouseButton.LeftButton)
    assert grid_files(window) == union
    qtbot.mouseClick(window.filter_bar.clear_button, Qt.MouseButton.LeftButton)
    assert grid_files(window) == [s.file for s in stills]
    assert not chip(window, "character", "Dorothy").isChecked()


def test_keyword_chip_and_character_chip_combine(qtbot, make_window, small_kit, core_kit):
    stills = core_kit(small_kit).stills
    window = make_window()
    open_and_wait(qtbot, window, small_kit, thumbnails=False)
    window.filter_bar.keywords_toggle.click()
    assert window.filter_bar.keywords.isVisible()
    window.filter_bar.set_match_all(True)
    chip(window, "keyword", "Victory").click()
    chip(window, "character", "Dorothy").click()
    assert grid_files(window) == [s.file for s in stills if "Dorothy" in s.characters and "Victory" in s.keywords]


def test_search_box_finds_a_korean_caption(qtbot, make_window, small_kit, core_kit):
    stills = core_kit(small_kit).stills
    window = make_window()
    open_and_wait(qtbot, window, small_kit, thumbnails=False)
    word = "꽃님이"  # in two Korean captions, in no English one
    expected = [s.file for s in stills if any(word in c for c in s.captions.values())]
    assert expected and all(not any(word in c for k, c in s.captions.items() if k == "x-default") for s in stills)
    with qtbot.waitSignal(window.proxy.filterChanged, timeout=2000):
        type_text(window.filter_bar.search, word)
    assert grid_files(window) == expected == [s.file for s in StillFilter(query=word).apply(stills)]


def test_search_on_the_sample_kit_finds_a_korean_caption(qtbot, make_window, sample_kit, core_kit):
    stills = core_kit(sample_kit).stills
    korean = [(s, c) for s in stills for k, c in s.captions.items() if k.lower().startswith("ko")]
    assert korean, "the sample kit should carry Korean captions"
    still, caption = korean[0]
    word = max(caption.split(), key=len).strip(".,()")
    window = make_window()
    open_and_wait(qtbot, window, sample_kit, thumbnails=False)
    with qtbot.waitSignal(window.proxy.filterChanged, timeout=2000):
        type_text(window.filter_bar.search, word)
    files = grid_files(window)
    assert still.file in files
    assert files == [s.file for s in StillFilter(query=word).apply(stills)]


def test_search_is_case_and_accent_insensitive_and_debounced(qtbot, make_window, small_kit):
    window = make_window()
    open_and_wait(qtbot, window, small_kit, thumbnails=False)
    emitted = []
    window.filter_bar.filterChanged.connect(emitted.append)
    with qtbot.waitSignal(window.proxy.filterChanged, timeout=2000):
        qtbot.keyClicks(window.filter_bar.search, "DÓROTHY")
    assert len(emitted) == 1  # one filter for the whole burst of keys
    assert grid_files(window) == ["ss_02.jpg", "ss_03.jpg", "ss_05.jpg", "ss_07.jpg"]
    qtbot.keyClick(window.filter_bar.search, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: window.proxy.rowCount() == 8, timeout=2000)


def test_no_match_shows_a_message_and_clear_brings_the_grid_back(qtbot, make_window, small_kit):
    window = make_window()
    open_and_wait(qtbot, window, small_kit, thumbnails=False)
    with qtbot.waitSignal(window.proxy.filterChanged, timeout=2000):
        qtbot.keyClicks(window.filter_bar.search, "zzzzqqq")
    assert window.stack.currentWidget() is window.message_page
    assert "No stills match" in window.message_page.title.text()
    assert window.count_label.text().startswith("0 of 8 stills")
    window.filter_bar.clear()
    assert window.stack.currentWidget() is window.grid


# -- bad files ----------------------------------------------------------------------------------
def test_corrupt_file_shows_an_error_tile_and_the_rest_load(qtbot, make_window, broken_kit, core_kit):
    window = make_window()
    open_and_wait(qtbot, window, broken_kit)
    index = window.proxy.index_of("bad.jpg")
    assert index.isValid()
    reason = index.data(ErrorRole)
    core_reason = core_kit(broken_kit).still("bad.jpg").error
    assert reason and reason == core_reason
    assert reason in index.data(Qt.ItemDataRole.ToolTipRole)
    for file in grid_files(window):
        if file != "bad.jpg":
            pixmap = window.proxy.index_of(file).data(ThumbnailRole)
            assert isinstance(pixmap, QPixmap) and not pixmap.isNull(), file
            assert not window.proxy.index_of(file).data(ErrorRole)
    select_files(window, ["bad.jpg"])
    qtbot.waitUntil(lambda: window.details.still() is not None and window.details.still().file == "bad.jpg")
    assert window.details.values["error"].text() == reason


def test_an_image_that_fails_only_at_decoding_is_marked_too(qtbot, make_window, small_kit, monkeypatch):
    original = imaging.load_thumbnail

    def flaky(kit, still, size, cache):
        if still.file == "ss_03.jpg":
            raise imaging.ImageError("damaged file")
        return original(kit, still, size, cache)

    monkeypatch.setattr(imaging, "load_thumbnail", flaky)
    window = make_window()
    open_and_wait(qtbot, window, small_kit)
    assert window.proxy.index_of("ss_03.jpg").data(ErrorRole) == "damaged file"
    assert window.proxy.index_of("ss_04.jpg").data(ErrorRole) is None


def test_a_folder_that_cannot_be_opened_says_why(qtbot, make_window, tmp_path):
    window = make_window()
    with qtbot.waitSignal(window.kitFailed, timeout=5000) as blocker:
        window.open_path(tmp_path / "no-such-kit")
    assert blocker.args[0]
    assert window.stack.currentWidget() is window.message_page
    assert "Could not open" in window.message_page.title.text()


# -- embargo, details ---------------------------------------------------------------------------
def test_embargoed_still_has_a_badge_and_a_banner(qtbot, make_window, small_kit):
    window = make_window()
    open_and_wait(qtbot, window, small_kit, thumbnails=False)
    index = window.proxy.index_of("ss_06.jpg")
    assert str(index.data(EmbargoRole)) == "2031-12-01"
    assert window.proxy.index_of("ss_01.jpg").data(EmbargoRole) is None
    select_files(window, ["ss_06.jpg"])
    qtbot.waitUntil(lambda: window.details.still() is not None and window.details.still().file == "ss_06.jpg")
    assert window.details.embargo.isVisible()
    assert "2031" in window.details.embargo.text()
    assert "1 embargoed" in window.count_label.text()


def test_details_show_fields_and_switch_caption_language(qtbot, make_window, small_kit):
    window = make_window()
    open_and_wait(qtbot, window, small_kit, thumbnails=False)
    select_files(window, ["ss_02.jpg"])
    details = window.details
    qtbot.waitUntil(lambda: details.still() is not None and details.still().file == "ss_02.jpg")
    assert details.caption.text() == "Park Ye-rin as Dorothy looks at the stars."
    assert details.values["credit"].text() == "Netflix"
    assert details.values["characters"].text() == "Dorothy (Park Ye-rin)"
    assert details.values["file"].text() == "ss_02.jpg"
    assert details.values["dimensions"].text().startswith("480 × 270")
    assert details.caption.textInteractionFlags() & Qt.TextInteractionFlag.TextSelectableByMouse
    labels = {b.text(): b for b in details._language_group.buttons()}
    assert set(labels) == {"Default", "한국어"}
    labels["한국어"].click()
    assert details.caption.text() == "별을 바라보는 꽃님이"
    # The choice sticks for the next still that has that language.
    select_files(window, ["ss_03.jpg"])
    qtbot.waitUntil(lambda: details.still() is not None and details.still().file == "ss_03.jpg")
    assert details.caption.text() == "꽃님이와 업동이"
    # The preview is decoded in the background and lands.
    qtbot.waitUntil(lambda: details.preview.pixmap() is not None, timeout=5000)
    select_files(window, ["ss_01.jpg", "ss_02.jpg", "ss_04.jpg"])
    qtbot.waitUntil(lambda: details.message.text() == "3 stills selected")
    window.grid.selectionModel().clearSelection()
    qtbot.waitUntil(lambda: "Select a still" in details.message.text())


# -- copy for the press ---------------------------------------------------------------------------
def test_ctrl_shift_c_copies_caption_and_credit(qtbot, make_window, small_kit, core_kit):
    stills = {s.file: s for s in core_kit(small_kit).stills}
    window = make_window()
    open_and_wait(qtbot, window, small_kit, thumbnails=False)
    select_files(window, ["ss_04.jpg", "ss_02.jpg"])
    window.grid.setFocus()
    QGuiApplication.clipboard().clear()
    qtbot.keyClick(window.grid, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    expected = press_text([stills["ss_02.jpg"], stills["ss_04.jpg"]])  # grid order, not click order
    assert QGuiApplication.clipboard().text() == expected
    assert expected.startswith("Park Ye-rin as Dorothy looks at the stars. (Credit: Netflix)\n\n")
    assert window.commands["copy_caption"] in window.edit_menu.actions()


def test_ctrl_c_copies_the_image(qtbot, make_window, small_kit):
    window = make_window()
    open_and_wait(qtbot, window, small_kit, thumbnails=False)
    select_files(window, ["ss_03.jpg"])
    window.grid.setFocus()
    QGuiApplication.clipboard().clear()
    qtbot.keyClick(window.grid, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: not QGuiApplication.clipboard().image().isNull(), timeout=5000)
    image = QGuiApplication.clipboard().image()
    assert (image.width(), image.height()) == (270, 480)
    colour = image.pixelColor(135, 240)
    assert abs(colour.blue() - 200) < 12 and abs(colour.red() - 40) < 12
    assert window.commands["copy_image"] in window.edit_menu.actions()


# -- threads ------------------------------------------------------------------------------------
def test_no_image_is_decoded_on_the_ui_thread(qtbot, make_window, small_kit, monkeypatch):
    calls: list[tuple[str, threading.Thread]] = []

    def spy(name, fn):
        def wrapper(*args, **kwargs):
            calls.append((name, threading.current_thread()))
            return fn(*args, **kwargs)

        return wrapper

    monkeypatch.setattr(imaging, "load_thumbnail", spy("load_thumbnail", imaging.load_thumbnail))
    monkeypatch.setattr(imaging, "decode_image", spy("decode_image", imaging.decode_image))
    monkeypatch.setattr(ImageFile.ImageFile, "load", spy("PIL load", ImageFile.ImageFile.load))
    window = make_window()
    open_and_wait(qtbot, window, small_kit)
    select_files(window, ["ss_01.jpg"])
    qtbot.waitUntil(lambda: window.details.preview.pixmap() is not None, timeout=5000)
    # The preview is the decoded one, not just the thumbnail.
    qtbot.waitUntil(lambda: any(name == "decode_image" for name, _ in calls), timeout=5000)
    window.clipboard.copy_image()
    qtbot.waitUntil(lambda: not QGuiApplication.clipboard().image().isNull(), timeout=5000)
    names = {name for name, _ in calls}
    assert {"load_thumbnail", "decode_image", "PIL load"} <= names
    on_main = [name for name, thread in calls if thread is threading.main_thread()]
    assert on_main == []


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


# -- keyboard, zoom, settings, drops ----------------------------------------------------------------
def test_keyboard_navigation_in_the_grid(qtbot, make_window, small_kit):
    window = make_window()
    open_and_wait(qtbot, window, small_kit, thumbnails=False)
    grid = window.grid
    qtbot.waitUntil(grid.hasFocus)
    assert grid.currentIndex().row() == 0
    qtbot.keyClick(grid, Qt.Key.Key_Right)
    assert grid.currentIndex().row() == 1
    qtbot.keyClick(grid, Qt.Key.Key_End)
    assert grid.currentIndex().row() == window.proxy.rowCount() - 1
    qtbot.keyClick(grid, Qt.Key.Key_Home)
    assert grid.currentIndex().row() == 0
    qtbot.keyClick(grid, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    assert len(grid.selectionModel().selectedIndexes()) == 8
    assert "8 selected" in window.count_label.text()


def test_zoom_keys_and_slider(qtbot, make_window, small_kit):
    window = make_window()
    open_and_wait(qtbot, window, small_kit, thumbnails=False)
    before = window.zoom.thumb_size()
    window.commands["zoom_in"].trigger()
    assert window.zoom.thumb_size() > before
    assert window.zoom_slider.value() == window.zoom.thumb_size()
    window.zoom_slider.setValue(160)
    assert window.zoom.thumb_size() == 160
    assert window.grid.gridSize().width() >= window.delegate.metrics().tile_width
    window.commands["zoom_reset"].trigger()
    assert window.zoom.thumb_size() == before


def test_settings_remember_kit_size_and_panels(qtbot, make_window, small_kit, settings):
    from gallery.ui.app import initial_path

    window = make_window()
    open_and_wait(qtbot, window, small_kit, thumbnails=False)
    window.zoom.set_thumb_size(300)
    window.commands["details"].setChecked(False)
    window.close()
    again = make_window()
    assert again.zoom.thumb_size() == 300
    assert not again.commands["details"].isChecked()
    assert again.loading.recent_kits()[0] == str(small_kit)
    assert initial_path(None, settings) == small_kit
    assert initial_path("/elsewhere", settings) == Path("/elsewhere")


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


def test_the_application_has_its_names_and_icon(qapp):
    from gallery.ui.app import icon_path, make_application

    app = make_application()
    assert app is qapp
    assert app.applicationName() == "Stills" and app.organizationName() == "Stills"
    if icon_path() is not None:
        assert not app.windowIcon().isNull()


def test_kit_warnings_show_in_the_status_bar(qtbot, make_window, small_kit):
    (small_kit / "captions.csv").write_text("no file column here\n1,2\n", encoding="utf-8")
    window = make_window()
    open_and_wait(qtbot, window, small_kit, thumbnails=False)
    assert window.count_label.text().endswith("1 kit warning")
    assert window.count_label.toolTip().startswith("captions.csv:")
