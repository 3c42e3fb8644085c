"""What the window remembers between runs."""

from __future__ import annotations

from pathlib import Path

from uihelpers import open_and_wait


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
