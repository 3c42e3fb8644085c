"""The slideshow: order, keys, overlay, a broken still, and the timer."""

from __future__ import annotations

import random

import pytest
from uihelpers import make_kit

from PySide6.QtCore import QSettings, Qt

from gallery.core.kit import open_kit
from gallery.ui.slideshow import Slideshow, SlideshowOptions, slideshow_order
from gallery.ui.tasks import TaskRunner


@pytest.fixture
def kit(tmp_path):
    root = make_kit(tmp_path / "kit")
    (root / "ss_00_bad.jpg").write_bytes(b"\xff\xd8 this is not really a JPEG \xff\xd9")
    return open_kit(root)


@pytest.fixture
def runner(qtbot):
    runner = TaskRunner()
    yield runner
    runner.shutdown()


def start_show(qtbot, kit, runner, stills=None, start=0, **options):
    opts = SlideshowOptions(**{"crossfade": False, "interval_s": 60.0, **options})
    show = Slideshow(kit, stills if stills is not None else kit.stills, start, runner, opts)
    qtbot.addWidget(show)
    show.start(full_screen=False)
    qtbot.waitExposed(show)
    qtbot.waitUntil(lambda: show.displayed is show.current, timeout=10000)
    return show


def press(qtbot, show, key):
    qtbot.keyClick(show, key)
    qtbot.waitUntil(lambda: show.displayed is show.current, timeout=10000)


def test_order_follows_the_given_stills_and_skips_the_unreadable(kit):
    filtered = [s for s in kit.stills if "Dorothy" in s.characters]
    shown, index, skipped = slideshow_order(filtered, 1, SlideshowOptions())
    assert shown == filtered and index == 1 and skipped == []
    shown, index, skipped = slideshow_order(kit.stills, 0, SlideshowOptions())
    assert [s.file for s in skipped] == ["ss_00_bad.jpg"]
    assert shown[index].file == "ss_01.jpg"  # the chosen still was skipped: start at the next
    embargoed = SlideshowOptions(skip_embargoed=True)
    assert "ss_06.jpg" not in [s.file for s in slideshow_order(kit.stills, 0, embargoed)[0]]
    shuffled, index, _ = slideshow_order(kit.stills, 3, SlideshowOptions(shuffle=True), random.Random(1))
    assert shuffled[index] is kit.stills[3] and sorted(s.file for s in shuffled) == [s.file for s in kit.stills[1:]]


def test_keys_step_pause_and_leave_on_the_still_shown(qtbot, kit, runner):
    stills = [s for s in kit.stills if "Dorothy" in s.characters]
    show = start_show(qtbot, kit, runner, stills, start=0)
    assert show.displayed.file == "ss_02.jpg"
    press(qtbot, show, Qt.Key.Key_Right)
    assert show.displayed.file == "ss_03.jpg"
    press(qtbot, show, Qt.Key.Key_PageDown)
    assert show.displayed.file == "ss_05.jpg"
    press(qtbot, show, Qt.Key.Key_Left)
    assert show.displayed.file == "ss_03.jpg"
    press(qtbot, show, Qt.Key.Key_End)
    assert show.displayed.file == "ss_07.jpg"
    press(qtbot, show, Qt.Key.Key_Home)
    assert show.displayed.file == "ss_02.jpg"
    press(qtbot, show, Qt.Key.Key_PageUp)  # loops round to the last
    assert show.displayed.file == "ss_07.jpg"

    assert show.playing
    qtbot.keyClick(show, Qt.Key.Key_Space)
    assert not show.playing and not show._timer.isActive()
    qtbot.keyClick(show, Qt.Key.Key_Space)
    assert show.playing and show._timer.isActive()

    interval = show.options.interval_s
    qtbot.keyClick(show, Qt.Key.Key_Plus)
    assert show.options.interval_s == interval + 1
    qtbot.keyClick(show, Qt.Key.Key_Minus)
    qtbot.keyClick(show, Qt.Key.Key_Minus)
    assert show.options.interval_s == interval - 1
    assert show._message == f"Every {interval - 1:g} s"

    with qtbot.waitSignal(show.closed) as closed:
        qtbot.keyClick(show, Qt.Key.Key_Escape)
    assert closed.args == ["ss_07.jpg"]


def test_overlay_shows_the_caption_the_core_reports(qtbot, kit, runner):
    show = start_show(qtbot, kit, runner, start=3)
    still = kit.still("ss_03.jpg")
    assert not show.overlay
    qtbot.keyClick(show, Qt.Key.Key_I)
    assert show.overlay
    caption, credit, characters = show.overlay_text()
    assert caption == still.caption == "Park Ye-rin as Dorothy and Yoo Hai-jin as Bubs share a joke."
    assert credit == "Credit: Netflix"
    assert characters == "Dorothy, Bubs"
    image = show.grab().toImage()  # paints with the overlay on without error
    assert not image.isNull()


def test_a_broken_still_is_skipped_with_a_message(qtbot, kit, runner):
    show = start_show(qtbot, kit, runner, start=0)
    assert show._message == "1 still skipped"
    assert "ss_00_bad.jpg" not in [s.file for s in show.stills]
    assert show.displayed.file == "ss_01.jpg"


def test_a_still_that_fails_to_decode_shows_its_error_and_the_show_goes_on(qtbot, tmp_path, runner):
    root = make_kit(tmp_path / "kit2")
    good = (root / "ss_02.jpg").read_bytes()
    (root / "ss_02.jpg").write_bytes(good[:300] + b"\xff\xd0" * 300 + good[-2:])  # markers intact, data damaged
    kit = open_kit(root)
    show = start_show(qtbot, kit, runner, start=0, interval_s=1.0)
    show.options.interval_s = 0.05
    show._restart_timer()
    seen = []
    show.shown.connect(seen.append)
    qtbot.waitUntil(lambda: len(seen) >= 3, timeout=10000)
    assert seen[:3] == ["ss_02.jpg", "ss_03.jpg", "ss_04.jpg"]


def test_timer_advances_and_stops_at_the_end_without_loop(qtbot, kit, runner):
    stills = kit.stills[1:4]
    show = start_show(qtbot, kit, runner, stills, start=0, loop=False)
    show.options.interval_s = 0.05
    show._restart_timer()
    qtbot.waitUntil(lambda: show.displayed is stills[-1], timeout=10000)
    qtbot.waitUntil(lambda: not show.playing, timeout=5000)
    assert show._message == "End of the slideshow"


def test_prefetched_step_is_immediate(qtbot, kit, runner):
    show = start_show(qtbot, kit, runner, start=1)
    qtbot.waitUntil(lambda: show._key(show.stills[show.index + 1]) in show._cache, timeout=10000)
    qtbot.keyClick(show, Qt.Key.Key_Right)
    assert show.displayed is show.current  # no waiting: the picture was there already


def test_mouse_click_advances_and_the_cursor_hides_when_still(qtbot, kit, runner):
    show = start_show(qtbot, kit, runner, start=1)
    first = show.displayed
    qtbot.mouseClick(show, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: show.displayed is show.current, timeout=10000)
    assert show.displayed is not first
    qtbot.waitUntil(lambda: show.cursor_hidden, timeout=5000)


def test_options_are_remembered(tmp_path):
    settings = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    SlideshowOptions(interval_s=8.0, loop=False, shuffle=True, crossfade=False, skip_embargoed=True).save(settings)
    settings.sync()
    again = SlideshowOptions.load(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    assert again == SlideshowOptions(interval_s=8.0, loop=False, shuffle=True, crossfade=False, skip_embargoed=True)
