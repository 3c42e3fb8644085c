"""The grid's thumbnails as the window schedules them: the rows on screen first, jobs of rows
scrolled away dropped; the zoom keys and slider."""

from __future__ import annotations

from uihelpers import FakeRunner, make_big_kit, open_and_wait

from gallery.ui.grid import FileRole


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


def test_visible_stills_first_and_scrolled_away_jobs_dropped(qtbot, make_window, tmp_path):
    kit = make_big_kit(tmp_path / "big", 300)
    runner = FakeRunner()
    # Wide enough for several columns: the first jobs (two per worker) then all fit on screen.
    window = make_window(runner=runner, size=(1200, 800))
    with qtbot.waitSignal(window.grid.visibleRowsChanged, timeout=5000):
        window.open_path(kit)
    first, last = window.grid.visible_rows()
    assert 0 == first < last < 40
    visible = {window.proxy.index(r, 0).data(FileRole) for r in range(first, last + 1)}
    # Every thumbnail in flight right after opening is on screen (the library's identify
    # pass may be queued beside them, depending on when the first rows are laid out).
    thumbnails = [t for t in runner.held if t.name.startswith("thumbnail ")]
    assert thumbnails and all(t.name.split(" ", 1)[1] in visible for t in thumbnails)

    # Jump to the end before any of them ran.
    with qtbot.waitSignal(window.grid.visibleRowsChanged, timeout=5000):
        window.grid.scrollToBottom()
    first, last = window.grid.visible_rows()
    assert last == 299
    bottom = {window.proxy.index(r, 0).data(FileRole) for r in range(first, last + 1)}
    top_jobs = [t.name for t in runner.held if t.name.startswith("thumbnail ")]
    runner.release(len(runner.held))
    assert set(runner.dropped) >= set(top_jobs)  # scrolled away: dropped before decoding
    # The next jobs are for what is now on screen.
    executed_before = len(runner.executed)
    runner.release(len(bottom))
    assert {n.split(" ", 1)[1] for n in runner.executed[executed_before:]} <= bottom
