"""The background-task helper on the real thread pools, and the pieces a tile is made of."""

from __future__ import annotations

import inspect
import threading
import time

from PySide6.QtCore import QModelIndex, QSize, Qt
from PySide6.QtGui import QColor, QFont, QImage, QPainter, QPalette, QPixmap
from PySide6.QtWidgets import QApplication, QStyle, QStyleOptionViewItem

from gallery.core.still import Still
from gallery.ui.details import caption_languages, language_name
from gallery.ui.grid import StillDelegate
from gallery.ui.tasks import Runner, Submitting, TaskRunner
from gallery.ui.text import wrap_lines


def test_results_and_errors_come_back_on_the_gui_thread(qtbot):
    runner = TaskRunner(bulk_threads=2)
    seen: dict[str, object] = {}

    def work(context):
        seen["worker"] = threading.current_thread()
        return 42

    def fail(context):
        raise ValueError("boom")

    runner.run(work, lambda v: seen.update(result=v, result_thread=threading.current_thread()))
    runner.run(fail, None, lambda e: seen.update(error=e, error_thread=threading.current_thread()), interactive=True)
    qtbot.waitUntil(lambda: "result" in seen and "error" in seen, timeout=5000)
    assert seen["result"] == 42
    assert seen["worker"] is not threading.main_thread()
    assert seen["result_thread"] is threading.main_thread()
    assert isinstance(seen["error"], ValueError) and seen["error_thread"] is threading.main_thread()
    runner.shutdown()


def test_a_worker_that_returns_a_pixmap_is_refused(qtbot):
    """HOSTILE.md row 25: pixmaps belong to the GUI thread; workers hand back QImage."""
    runner = TaskRunner(bulk_threads=1)
    pixmap = QPixmap(4, 4)  # made here, on the GUI thread; the point is what the worker returns
    errors: list[BaseException] = []
    results: list[object] = []
    runner.run(lambda context: pixmap, results.append, errors.append)
    runner.run(lambda context: QImage(4, 4, QImage.Format.Format_RGB32), results.append, errors.append)
    qtbot.waitUntil(lambda: len(errors) + len(results) == 2, timeout=5000)
    assert len(errors) == 1 and isinstance(errors[0], TypeError)
    assert len(results) == 1 and isinstance(results[0], QImage)
    runner.shutdown()


def test_unwanted_jobs_are_dropped_before_running_and_settle(qtbot):
    runner = TaskRunner(bulk_threads=1)
    ran: list[str] = []
    settled: list[str] = []
    runner.run(lambda context: ran.append("no"), wanted=lambda: False, on_settled=lambda: settled.append("no"))
    runner.run(lambda context: ran.append("yes"), on_settled=lambda: settled.append("yes"))
    qtbot.waitUntil(lambda: len(settled) == 2, timeout=5000)
    assert ran == ["yes"]
    assert runner.pending == 0
    runner.shutdown()


def test_progress_is_reported_on_the_gui_thread(qtbot):
    runner = TaskRunner()
    reports: list[tuple[int, int, bool]] = []

    def work(context):
        for i in range(1, 6):
            context.progress(i, 5)
        return "done"

    results: list[str] = []
    runner.run(
        work,
        results.append,
        interactive=True,
        on_progress=lambda d, t: reports.append((d, t, threading.current_thread() is threading.main_thread())),
    )
    qtbot.waitUntil(lambda: results == ["done"], timeout=5000)
    assert reports[-1] == (5, 5, True)
    assert all(on_main for _, _, on_main in reports)
    runner.shutdown()


def test_a_partial_result_comes_before_the_whole_on_the_gui_thread(qtbot):
    runner = TaskRunner()
    seen: list[tuple[str, str, bool]] = []

    def on_main() -> bool:
        return threading.current_thread() is threading.main_thread()

    def work(context):
        context.partial("the first screen")
        return "the whole kit"

    runner.run(
        work,
        lambda whole: seen.append(("result", whole, on_main())),
        interactive=True,
        on_partial=lambda part: seen.append(("partial", part, on_main())),
    )
    qtbot.waitUntil(lambda: len(seen) == 2, timeout=5000)
    assert seen == [("partial", "the first screen", True), ("result", "the whole kit", True)]
    runner.shutdown()


def test_a_running_task_sees_when_it_is_no_longer_wanted(qtbot):
    runner = TaskRunner()
    wanted, started = threading.Event(), threading.Event()
    wanted.set()
    results: list[bool] = []

    def work(context):
        started.set()
        deadline = time.monotonic() + 10
        while not context.cancelled() and time.monotonic() < deadline:
            time.sleep(0.005)  # (the worker polls, as a decoder between chunks would)
        return context.cancelled()

    runner.run(work, results.append, interactive=True, wanted=wanted.is_set)
    qtbot.waitUntil(started.is_set, timeout=5000)
    wanted.clear()  # the kit it was for was replaced: the task stops early and says so
    qtbot.waitUntil(lambda: results == [True], timeout=5000)
    runner.shutdown()


def test_the_app_and_the_tests_run_tasks_through_one_run():
    """The fake runner the window tests use submits the same Task objects through the same
    ``run`` as the app's runner, and that ``run`` takes what the ``Runner`` protocol says."""
    from uihelpers import FakeRunner

    assert FakeRunner.run is TaskRunner.run is Submitting.run
    assert inspect.signature(Submitting.run) == inspect.signature(Runner.run)
    shutdowns = {str(inspect.signature(r.shutdown)) for r in (FakeRunner, TaskRunner, Runner)}
    assert len(shutdowns) == 1, shutdowns


def test_captions_wrap_to_two_lines_and_elide():
    font = QFont(QApplication.font())
    text = "Song Joong-ki as Tae-ho, Kim Tae-ri as Captain Jang and Jin Seon-kyu as Tiger Park " * 3
    lines = wrap_lines(text, font, 200, 2)
    assert len(lines) == 2
    assert lines[-1].endswith("…")
    assert wrap_lines("Short", font, 200, 2) == ["Short"]
    assert wrap_lines("", font, 200, 2) == []


def test_language_names_are_native():
    assert language_name("ko-KR") == "한국어"
    assert language_name("en-US") == "English"
    assert language_name("x-default") == "Default"
    # An x-default that repeats a named language is not offered twice.
    langs = caption_languages({"x-default": "Hello", "en-US": "Hello", "ko-KR": "안녕"})
    assert [k for k, _ in langs] == ["en-US", "ko-KR"]


class _Index:
    """Just enough of a model index for painting one tile in isolation."""

    def __init__(self, values: dict[int, object]) -> None:
        self._values = values

    def data(self, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        return self._values.get(int(role))

    def isValid(self) -> bool:  # noqa: N802
        return True


def _paint_tile(values: dict[int, object], palette: QPalette, selected: bool = False) -> QImage:
    from gallery.ui import grid

    delegate = StillDelegate(thumb_width=216)
    size = delegate.metrics(QApplication.font()).tile_size()
    image = QImage(size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(palette.color(QPalette.ColorRole.Base))
    option = QStyleOptionViewItem()
    option.rect = image.rect()
    option.palette = palette
    option.font = QApplication.font()
    option.state = QStyle.StateFlag.State_Enabled | QStyle.StateFlag.State_Active
    if selected:
        option.state |= QStyle.StateFlag.State_Selected
    painter = QPainter(image)
    delegate.paint(painter, option, _Index({**{int(grid.StillRole): Still(file="x.jpg")}, **values}))
    painter.end()
    assert isinstance(QModelIndex(), QModelIndex)
    return image


def _colours(image: QImage) -> set[tuple[int, int, int]]:
    return {
        (c.red(), c.green(), c.blue())
        for y in range(0, image.height(), 3)
        for x in range(0, image.width(), 3)
        for c in [QColor(image.pixel(x, y))]
    }


def test_tiles_paint_in_light_and_dark_palettes():
    from gallery.ui import grid

    light = QApplication.palette()
    dark = QPalette(light)
    for role, colour in (
        (QPalette.ColorRole.Base, QColor(30, 30, 32)),
        (QPalette.ColorRole.Window, QColor(40, 40, 42)),
        (QPalette.ColorRole.Text, QColor(230, 230, 230)),
        (QPalette.ColorRole.WindowText, QColor(230, 230, 230)),
    ):
        dark.setColor(role, colour)
    thumb = QPixmap(QSize(300, 200))
    thumb.fill(QColor(10, 200, 10))
    caption = {int(grid.CaptionRole): "Park Ye-rin as Dorothy", int(grid.CreditRole): "Credit: Netflix"}
    for palette in (light, dark):
        ok = _paint_tile({**caption, int(grid.ThumbnailRole): thumb}, palette)
        assert (10, 200, 10) in _colours(ok)
        error = _paint_tile({**caption, int(grid.ErrorRole): "damaged file"}, palette)
        assert (10, 200, 10) not in _colours(error)
        assert any(r > g + 20 and r > b + 20 for r, g, b in _colours(error))  # the reddish error wash
        import datetime as dt

        badge = _paint_tile({**caption, int(grid.EmbargoRole): dt.date(2031, 12, 1)}, palette)
        assert any(r > 150 and g < 90 and b < 60 for r, g, b in _colours(badge))
        selected = _paint_tile(caption, palette, selected=True)
        assert _colours(selected) != _colours(_paint_tile(caption, palette))


def test_thousands_of_qt_calls_do_not_use_up_none_and_true():
    """PySide6 6.12.0 on CPython 3.11 dropped a reference to None on every void call and to True
    on every emit(), aborting the interpreter ("none_dealloc"); pyproject.toml leaves it out.
    This holds the installed PySide6 to that."""
    import subprocess
    import sys

    code = (
        "import gallery.ui\n"
        "from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal\n"
        "app = QCoreApplication([])\n"
        "class R(QObject):\n"
        "    s = Signal(object)\n"
        "r, t = R(), QTimer()\n"
        "for _ in range(200_000):\n"
        "    t.setInterval(5)\n"
        "    r.s.emit(1)\n"
        "print('ok')\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert out.returncode == 0, out.stderr[-2000:]
    assert out.stdout.strip() == "ok"
