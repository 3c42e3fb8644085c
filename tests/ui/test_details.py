"""The details panel: every field of the selected still and its caption languages."""

from __future__ import annotations

from uihelpers import open_and_wait

from PySide6.QtCore import QItemSelectionModel, Qt


def select_files(window, files: list[str]) -> None:
    selection = window.grid.selectionModel()
    selection.clearSelection()
    for file in files:
        selection.select(window.proxy.index_of(file), QItemSelectionModel.SelectionFlag.Select)
    selection.setCurrentIndex(window.proxy.index_of(files[0]), QItemSelectionModel.SelectionFlag.NoUpdate)


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
