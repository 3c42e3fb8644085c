"""The clipboard: captions with credits as text, or the selected still's picture."""

# ruff: noqa: F811 - the fixtures come from pressui (imported, so arguments redefine them)

from __future__ import annotations

from pressui import FakePrompter, library_path, press_window, prompter  # noqa: F401 - fixtures
from uihelpers import open_and_wait

from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtGui import QGuiApplication

from gallery.core.kit import open_kit
from gallery.core.press import press_text
from gallery.ui.grid.roles import CaptionRole
from gallery.ui.prompts import CANCEL, EXCLUDE, INCLUDE


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


def test_copy_follows_the_caption_style_and_language_and_holds_back_embargoes(
    qtbot, press_window, prompter, small_kit, settings
):
    stills = {s.file: s for s in open_kit(small_kit).stills}
    window = press_window()
    open_and_wait(qtbot, window, small_kit, thumbnails=False)
    window.captions.style_actions["ap"].trigger()
    select_files(window, ["ss_02.jpg"])
    window.grid.setFocus()
    QGuiApplication.clipboard().clear()
    qtbot.keyClick(window.grid, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert QGuiApplication.clipboard().text() == "Park Ye-rin as Dorothy looks at the stars. (Netflix via AP)"
    # The language picked in the details panel is the one copied.
    qtbot.waitUntil(lambda: window.details.still() is not None and window.details.still().file == "ss_02.jpg")
    next(b for b in window.details._language_group.buttons() if b.text() == "한국어").click()
    window.captions.style_actions["photo"].trigger()
    window.clipboard.copy_captions()
    assert QGuiApplication.clipboard().text() == "별을 바라보는 꽃님이 Photo: Netflix"
    window.captions.fill_language_menu()
    assert [a.text() for a in window.language_menu.actions() if a.isChecked()] == ["한국어 (ko-KR)"]
    window.captions.set_caption_language(None)
    # An embargoed still is held back from copying unless the user says.
    select_files(window, ["ss_02.jpg", "ss_06.jpg"])
    prompter.embargo_answer = EXCLUDE
    assert window.clipboard.copy_captions() == "Park Ye-rin as Dorothy looks at the stars. Photo: Netflix"
    prompter.embargo_answer = INCLUDE
    assert window.clipboard.copy_captions() == press_text([stills["ss_02.jpg"], stills["ss_06.jpg"]], style="photo")
    prompter.embargo_answer = CANCEL
    QGuiApplication.clipboard().setText("untouched")
    assert window.clipboard.copy_captions() == ""
    assert QGuiApplication.clipboard().text() == "untouched"
    select_files(window, ["ss_06.jpg"])
    QGuiApplication.clipboard().clear()
    window.clipboard.copy_image()
    qtbot.waitUntil(lambda: window.runner.pending == 0, timeout=5000)  # no decode was started
    assert QGuiApplication.clipboard().image().isNull()
    assert "embargo" in window.statusBar().currentMessage()
    # The style is remembered.
    window.close()
    assert settings.value("press/captionStyle") == "photo"
    assert press_window(prompter=FakePrompter()).captions.caption_style.key == "photo"


def test_caption_language_reaches_the_grid_and_a_korean_copy_is_credited_once(qtbot, make_window, sample_kit):
    window = make_window()
    open_and_wait(qtbot, window, sample_kit, thumbnails=False)
    index = window.proxy.index_of("ss_01_victory_bridge.jpg")
    assert index.data(CaptionRole).startswith("(L to R) Song Joong-ki as Tae-ho")
    repainted = []
    window.model.dataChanged.connect(lambda first, last, roles: repainted.append(int(CaptionRole) in roles))
    window.captions.set_caption_language("ko-KR")  # Edit ▸ Caption Language ▸ 한국어
    assert repainted == [True]
    korean = "(왼쪽부터) 영화 〈승리호〉에서 태호 역의 송중기, 장선장 역의 김태리. 사진 제공 넷플릭스"
    assert index.data(CaptionRole) == korean
    assert korean in index.data(Qt.ItemDataRole.ToolTipRole)
    assert index.data(Qt.ItemDataRole.AccessibleTextRole).startswith(korean)
    select_files(window, ["ss_01_victory_bridge.jpg"])
    assert window.clipboard.copy_captions() == korean  # "사진 제공 넷플릭스" is its credit already
    # The details panel's own language buttons move the grid too.
    qtbot.waitUntil(lambda: window.details.still() is not None)
    next(b for b in window.details._language_group.buttons() if b.property("language") == "x-default").click()
    assert index.data(CaptionRole).startswith("(L to R) Song Joong-ki as Tae-ho")
