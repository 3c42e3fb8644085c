"""The zoom keys and slider."""

from __future__ import annotations

from uihelpers import open_and_wait


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
