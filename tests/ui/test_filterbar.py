"""The filter bar: character and keyword chips (any or all), the search box (case, accents,
Korean, debounced) and what the grid shows when nothing matches."""

from __future__ import annotations

from uihelpers import make_kit, open_and_wait

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QGuiApplication, QKeyEvent
from PySide6.QtWidgets import QApplication

from gallery.core.filtering import StillFilter
from gallery.ui.grid import FileRole


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


def test_many_or_long_keywords_never_widen_the_window_past_the_screen(qtbot, make_window, tmp_path):
    long_keyword = "an extraordinarily long keyword that a press office typed as one whole sentence " * 4
    keywords = [f"keyword number {i}" for i in range(169)]
    stills = [
        (f"s{i}.jpg", (64, 40), (20 * i, 40, 90), ["Tae-ho"], keywords[i * 20 : (i + 1) * 20] + [long_keyword],
         "Song Joong-ki as Tae-ho.", None, None)
        for i in range(9)
    ]  # fmt: skip
    kit = make_kit(tmp_path / "keywords", stills)
    screen = QGuiApplication.primaryScreen().availableGeometry()
    window = make_window(size=(screen.width() - 40, 600))
    open_and_wait(qtbot, window, kit, thumbnails=False)
    width = window.frameGeometry().width()
    assert width <= screen.width()
    bar = window.filter_bar
    bar.set_keywords_visible(True)
    qtbot.waitUntil(lambda: bar.keywords.isVisible() and bar.keywords.chips()[-1].width() > 0)
    assert len(bar.keywords.chips()) == 170
    assert window.frameGeometry().width() == width
    long_chip = bar.keywords.chip(long_keyword.strip())
    assert long_chip.width() <= bar.keywords.width()
    assert long_keyword.strip() in long_chip.toolTip()  # elided on the chip, whole in its tooltip
    assert bar.keywords.height() < window.height() / 3  # four lines of chips, then it scrolls
    bar.set_keywords_visible(False)
    qtbot.waitUntil(lambda: not bar.keywords.isVisible())
    assert window.frameGeometry().width() == width <= screen.width()
    # Narrowed to its least, the window still fits the screen, the controls wrapping.
    window.resize(200, 600)
    qtbot.waitUntil(lambda: window.width() < width)
    assert window.frameGeometry().width() <= screen.width()
    assert bar.search.isVisible() and bar.search.width() >= bar.search.minimumWidth()


def test_chip_counts_follow_the_filter_as_bridges_filter_panel_does(qtbot, make_window, small_kit, core_kit):
    stills = core_kit(small_kit).stills
    names = sorted({c for s in stills for c in s.characters})
    totals = {n: sum(n in s.characters for s in stills) for n in names}
    window = make_window()
    open_and_wait(qtbot, window, small_kit, thumbnails=False)
    bar = window.filter_bar

    def counts():
        return {n: chip(window, "character", n).count for n in names}

    assert counts() == totals
    # "All": a chip counts the stills on show that have it (what checking it keeps).
    bar.set_match_all(True)
    qtbot.mouseClick(chip(window, "character", "Dorothy"), Qt.MouseButton.LeftButton)
    dorothy = [s for s in stills if "Dorothy" in s.characters]
    keeps = {n: sum(n in s.characters for s in dorothy) for n in names}
    assert keeps != totals
    qtbot.waitUntil(lambda: counts() == keeps)
    assert "under the current filter" in chip(window, "character", "Tae-ho").toolTip()
    # "Any" with a search: the stills the search leaves that have it (what checking it adds).
    bar.set_match_all(False)
    type_text(bar.search, "victory")
    searched = [s for s in stills if StillFilter(query="victory").matches(s)]
    adds = {n: sum(n in s.characters for s in searched) for n in names}
    assert adds not in (totals, keeps)
    qtbot.waitUntil(lambda: counts() == adds)
    # No filter: the kit's totals again.
    qtbot.mouseClick(bar.clear_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: counts() == totals)
    assert "under the current filter" not in chip(window, "character", "Tae-ho").toolTip()
