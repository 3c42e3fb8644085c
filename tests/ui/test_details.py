"""The details panel: every field of the selected still, its caption languages, and the related
stills one click away."""

# ruff: noqa: F811 - the fixtures come from pressui (imported, so arguments redefine them)

from __future__ import annotations

from pressui import grid_files, library_path, press_window, prompter, select_files  # noqa: F401 - fixtures
from uihelpers import open_and_wait

from PySide6.QtCore import Qt

from gallery.core.related import related_stills


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


def test_related_stills_are_ranked_and_one_click_away(qtbot, press_window, small_kit):
    window = press_window()
    kit = open_and_wait(qtbot, window, small_kit)
    select_files(window, ["ss_07.jpg"])  # Tiger Park, Tae-ho, Dorothy
    details = window.details
    qtbot.waitUntil(lambda: details.still() is not None and details.still().file == "ss_07.jpg")
    expected = [r.still.file for r in related_stills(kit.still("ss_07.jpg"), kit.stills)]
    assert details.related_files() == expected[: details.RELATED_LIMIT]
    assert expected[0] == "ss_05.jpg"  # shares Tae-ho and Dorothy, with nobody else
    rows = details.related_rows()
    assert rows[0].shares == "Shares Tae-ho, Dorothy"
    assert details.related_title.isVisible()
    qtbot.waitUntil(lambda: rows[0]._pixmap is not None, timeout=5000)  # the small picture comes
    # A click selects it in the grid, even when the filter hid it.
    window.filter_bar.characters.chip("Bubs").click()
    assert "ss_04.jpg" not in grid_files(window)
    select_files(window, ["ss_03.jpg"])  # Dorothy and Bubs
    qtbot.waitUntil(lambda: details.still() is not None and details.still().file == "ss_03.jpg")
    target = next(r for r in details.related_rows() if r.file == "ss_02.jpg")
    qtbot.mouseClick(target, Qt.MouseButton.LeftButton)
    assert [s.file for s in window.selected_stills()] == ["ss_02.jpg"]
    assert window.grid.hasFocus()
    # A still with nobody in it has no related stills.
    select_files(window, ["ss_08.jpg"])
    qtbot.waitUntil(lambda: details.still() is not None and details.still().file == "ss_08.jpg")
    assert details.related_files() == [] and not details.related_title.isVisible()
