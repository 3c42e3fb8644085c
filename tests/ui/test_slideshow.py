"""The slideshow: order, keys, overlay, a broken still, and the timer."""

from __future__ import annotations

import dataclasses
import datetime as dt
import random

import pytest
from uihelpers import make_kit

from PySide6.QtCore import QRectF, QSettings, Qt
from PySide6.QtGui import QFont

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
    shown, index, skipped = slideshow_order(kit.stills, 0, SlideshowOptions(skip_embargoed=False))
    assert [s.file for s in skipped] == ["ss_00_bad.jpg"]
    assert shown[index].file == "ss_01.jpg"  # the chosen still was skipped: start at the next
    embargoed = SlideshowOptions(skip_embargoed=True)
    assert "ss_06.jpg" not in [s.file for s in slideshow_order(kit.stills, 0, embargoed)[0]]
    shuffle = SlideshowOptions(shuffle=True, skip_embargoed=False)
    shuffled, index, _ = slideshow_order(kit.stills, 3, shuffle, random.Random(1))
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
    show = start_show(qtbot, kit, runner, start=0, skip_embargoed=False)
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


def red_pixels(image, rect) -> int:
    """How many strongly red pixels ``rect`` of ``image`` has (the held-back badge's colour)."""
    count = 0
    for x in range(int(rect.left()), int(rect.right()), 2):
        for y in range(int(rect.top()), int(rect.bottom()), 2):
            c = image.pixelColor(x, y)
            count += c.red() > 150 and c.green() < 80 and c.blue() < 80
    return count


@pytest.mark.parametrize("overlay", [False, True])
def test_an_embargoed_still_wears_its_badge_whatever_the_overlay(qtbot, kit, runner, overlay):
    from gallery.ui.slideshowpaint import badge_rect
    from gallery.ui.text import embargo_text

    still = kit.still("ss_06.jpg")
    stills = [kit.still("ss_05.jpg"), still]
    show = start_show(qtbot, kit, runner, stills, start=1, skip_embargoed=False)
    assert show.displayed is still
    show.overlay = overlay
    assert show.badge_text() == embargo_text(still.release_date) == f"Embargoed until {still.release_date:%-d %b %Y}"
    image = show.grab().toImage()
    rect = badge_rect(QRectF(show.rect()), QFont(show.font()), show.badge_text())
    assert red_pixels(image, rect) > rect.width() * rect.height() / 4 / 4  # a red pill, not a stray pixel
    press(qtbot, show, Qt.Key.Key_Left)  # a still with no embargo: no badge
    assert show.badge_text() == "" and red_pixels(show.grab().toImage(), rect) == 0


def test_an_expired_still_is_badged_expired(qtbot, kit, runner):
    expired = dataclasses.replace(kit.still("ss_02.jpg"), expiry_date=dt.date(2020, 1, 31))
    show = start_show(qtbot, kit, runner, [expired], start=0, skip_embargoed=False)
    assert show.badge_text() == "Expired"


def test_embargoed_stills_are_skipped_by_default(qtbot, kit, runner, tmp_path):
    assert SlideshowOptions().skip_embargoed
    empty = QSettings(str(tmp_path / "none.ini"), QSettings.Format.IniFormat)
    assert SlideshowOptions.load(empty).skip_embargoed
    # Every slideshow of earlier versions stored its options, so the old key holds the old
    # default for nearly everyone: it does not turn skipping off.
    older = QSettings(str(tmp_path / "older.ini"), QSettings.Format.IniFormat)
    older.setValue("slideshow/skip_embargoed", False)
    assert SlideshowOptions.load(older).skip_embargoed
    SlideshowOptions(skip_embargoed=False).save(older)  # a choice made now is kept
    assert not SlideshowOptions.load(older).skip_embargoed
    show = start_show(qtbot, kit, runner, [kit.still("ss_05.jpg"), kit.still("ss_06.jpg")], start=1)
    assert [s.file for s in show.stills] == ["ss_05.jpg"] and show.displayed.file == "ss_05.jpg"
    assert show._message == "1 still skipped (1 embargoed or expired)"


def test_every_still_held_back_says_so(qtbot, kit, runner):
    show = Slideshow(kit, [kit.still("ss_06.jpg")], 0, runner, SlideshowOptions(crossfade=False))
    qtbot.addWidget(show)
    show.start(full_screen=False)
    assert show.stills == [] and "1 still held back (embargoed or expired)" in show._displayed_error


def test_the_overlay_shows_the_caption_in_the_language_picked(qtbot, kit, runner):
    opts = SlideshowOptions(crossfade=False, interval_s=60.0)
    show = Slideshow(kit, kit.stills, 2, runner, opts, language="ko-KR")
    qtbot.addWidget(show)
    show.start(full_screen=False)
    qtbot.waitUntil(lambda: show.displayed is show.current, timeout=10000)
    assert show.displayed.file == "ss_02.jpg"
    assert show.overlay_text()[0] == "별을 바라보는 꽃님이"
    show.next()
    qtbot.waitUntil(lambda: show.displayed is show.current, timeout=10000)
    assert show.overlay_text()[0] == kit.still("ss_03.jpg").captions["ko-KR"]
    show.next()  # no Korean caption: the default one
    qtbot.waitUntil(lambda: show.displayed is show.current, timeout=10000)
    assert show.overlay_text()[0] == kit.still("ss_04.jpg").caption


def test_shuffle_draws_a_new_order_on_each_loop(qtbot, kit, runner):
    stills = kit.stills[1:]
    show = start_show(qtbot, kit, runner, stills, start=0, shuffle=True, loop=True, skip_embargoed=False)
    loops = []
    for _ in range(3):
        order = []
        for _ in range(len(stills)):
            order.append(show.current.file)
            show.next()
        loops.append(order)
    assert all(sorted(order) == sorted(s.file for s in stills) for order in loops)  # each loop shows every still
    assert len({tuple(order) for order in loops}) == 3, loops  # ...in a new order
    assert all(a[-1] != b[0] for a, b in zip(loops, loops[1:], strict=False))  # never the same still twice running
    qtbot.waitUntil(lambda: show.displayed is show.current, timeout=10000)
