"""One still large: Space or a double click opens it, fit and 1:1 with pan, decoded in the
background at the window's size for fit and at full size for 1:1."""

from __future__ import annotations

import pytest
from PIL import Image
from uihelpers import open_and_wait

from PySide6.QtCore import QPoint, QPointF, Qt

from gallery.ui.oneview import ACTUAL, FIT


@pytest.fixture
def big_kit(tmp_path):
    """Two stills of 3000 × 2000: the first red on its left half, blue on its right."""
    root = tmp_path / "big"
    root.mkdir()
    image = Image.new("RGB", (3000, 2000), (220, 30, 30))
    image.paste((30, 30, 220), (1500, 0, 3000, 2000))
    image.save(root / "a_halves.jpg", quality=90)
    Image.new("RGB", (3000, 2000), (30, 200, 30)).save(root / "b_green.jpg", quality=90)
    return root


def colour_at(view, point: QPointF) -> tuple[int, int, int]:
    c = view.grab().toImage().pixelColor(point.toPoint())
    return c.red(), c.green(), c.blue()


def reddish(rgb) -> bool:
    return rgb[0] > 150 and rgb[1] < 90 and rgb[2] < 90


def bluish(rgb) -> bool:
    return rgb[2] > 150 and rgb[0] < 90 and rgb[1] < 90


def test_space_opens_the_still_fit_and_a_double_click_goes_1_to_1_where_clicked(qtbot, make_window, big_kit):
    window = make_window(size=(1200, 800))
    open_and_wait(qtbot, window, big_kit, thumbnails=False)
    window.select_file("a_halves.jpg")
    window.grid.setFocus()
    qtbot.keyClick(window.grid, Qt.Key.Key_Space)
    view = window.one_view.view
    assert view is not None and view.isVisible() and window.slideshows.slideshow is None
    qtbot.waitUntil(lambda: view.picture() is not None, timeout=10000)
    # Fit: decoded for the window, not at 3000 px; the whole picture on screen.
    assert view.mode == FIT and view.picture().width() <= view.width() * view.devicePixelRatioF()
    fit = view.image_rect()
    assert fit.width() == pytest.approx(view.width(), abs=1) or fit.height() == pytest.approx(view.height(), abs=1)
    assert view.zoom_text() == f"Fit ({100 * fit.width() / 3000:.0f}%)"
    # A double click on the red half: 1:1 there, from a full-size decode.
    point = QPointF(fit.left() + fit.width() * 0.3, fit.center().y())
    with qtbot.waitSignal(view.shown, timeout=15000, check_params_cb=lambda f, mode: mode == ACTUAL):
        qtbot.mouseDClick(view, Qt.MouseButton.LeftButton, pos=point.toPoint())
    assert view.mode == ACTUAL and view.full_loaded() and view.zoom_text() == "1:1"
    assert view.picture().width() == 3000 and view.picture().height() == 2000
    actual = view.image_rect()
    assert actual.width() == pytest.approx(3000 / view.devicePixelRatioF())
    assert reddish(colour_at(view, point))
    # The point clicked stays under the mouse: the picture's x there is 30% of its width.
    assert (point.x() - actual.left()) / actual.width() == pytest.approx(0.3, abs=0.01)
    # Pan: dragging left by 800 px brings the blue half under the same point.
    qtbot.mousePress(view, Qt.MouseButton.LeftButton, pos=point.toPoint())
    qtbot.mouseMove(view, pos=(point - QPointF(800, 0)).toPoint())
    qtbot.mouseRelease(view, Qt.MouseButton.LeftButton, pos=(point - QPointF(800, 0)).toPoint())
    assert view.image_rect().left() == pytest.approx(actual.left() - 800, abs=1)
    assert bluish(colour_at(view, point))
    qtbot.keyClick(view, Qt.Key.Key_Left)  # the arrows pan too
    assert view.image_rect().left() == pytest.approx(actual.left() - 800 + view.width() * 0.1, abs=1)
    # The picture never leaves a gap: panning far right stops at its right edge.
    view.pan(-10_000, 0)
    assert view.image_rect().right() == pytest.approx(view.width(), abs=1)
    qtbot.keyClick(view, Qt.Key.Key_Z)  # back to fit
    assert view.mode == FIT and view.image_rect() == fit
    # Page Down steps to the next still; Escape returns to the grid on it.
    qtbot.keyClick(view, Qt.Key.Key_PageDown)
    qtbot.waitUntil(lambda: view.current.file == "b_green.jpg" and view.picture() is not None, timeout=10000)
    with qtbot.waitSignal(window.one_view.ended, timeout=5000):
        qtbot.keyClick(view, Qt.Key.Key_Escape)
    assert window.current_still().file == "b_green.jpg" and window.one_view.view is None


def test_a_double_click_on_a_tile_opens_it(qtbot, make_window, big_kit):
    window = make_window(size=(1200, 800))
    open_and_wait(qtbot, window, big_kit, thumbnails=False)
    rect = window.grid.visualRect(window.proxy.index_of("b_green.jpg"))
    qtbot.mouseClick(window.grid.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(window.grid.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    view = window.one_view.view
    assert view is not None and view.current.file == "b_green.jpg"
    assert window.slideshows.slideshow is None  # not the slideshow (Return still starts that)
    qtbot.waitUntil(lambda: view.picture() is not None, timeout=10000)
    assert view.picture().width() <= 1200
    view.close()
    qtbot.mouseDClick(window.grid.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(5, 790))  # no tile: nothing
    assert window.one_view.view is None


def test_an_embargoed_still_shown_large_wears_its_badge(qtbot, make_window, small_kit):
    from PySide6.QtCore import QRectF
    from PySide6.QtGui import QFont

    from gallery.ui.slideshowpaint import badge_rect, held_back_badge

    window = make_window()
    kit = open_and_wait(qtbot, window, small_kit, thumbnails=False)
    still = kit.still("ss_06.jpg")
    window.select_file("ss_06.jpg")
    view = window.one_view.open()
    qtbot.waitUntil(lambda: view.picture() is not None, timeout=10000)
    text = held_back_badge(still)
    assert text.startswith("Embargoed until ") and held_back_badge(kit.still("ss_05.jpg")) == ""
    rect = badge_rect(QRectF(view.rect()), QFont(view.font()), text)
    image = view.grab().toImage()
    edge = image.pixelColor(round(rect.left() + 4), round(rect.center().y()))  # inside the pill, left of its text
    assert edge.red() > 150 and edge.green() < 90  # the red pill (the picture is teal)
    view.close()
