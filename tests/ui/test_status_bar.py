"""The status bar: a message given before the window first shows (a kit opened from the
command line says what it found while the window is still being built) is readable, not
painted over by the still count."""

from __future__ import annotations

from gallery.ui.window import MainWindow


def test_a_message_before_the_window_shows_hides_the_count_under_it(qtbot, settings, thumbnail_cache):
    window = MainWindow(settings=settings, thumbnail_cache=thumbnail_cache)
    qtbot.addWidget(window)
    window.count_label.setText("20 stills")
    window.show_status("Opened the kit: 3 warnings")
    window.show()
    qtbot.waitExposed(window)
    qtbot.waitUntil(lambda: not window.count_label.isVisible(), timeout=2000)
    assert window.statusBar().currentMessage() == "Opened the kit: 3 warnings"
    window.show_status("")
    assert window.count_label.isVisible()
