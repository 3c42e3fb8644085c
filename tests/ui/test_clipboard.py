"""The clipboard: captions with credits as text, or the selected still's picture."""

from __future__ import annotations

from uihelpers import open_and_wait

from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtGui import QGuiApplication

from gallery.core.press import press_text


def select_files(window, files: list[str]) -> None:
    selection = window.grid.selectionModel()
    selection.clearSelection()
    for file in files:
        selection.select(window.proxy.index_of(file), QItemSelectionModel.SelectionFlag.Select)
    selection.setCurrentIndex(window.proxy.index_of(files[0]), QItemSelectionModel.SelectionFlag.NoUpdate)


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
