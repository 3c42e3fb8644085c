"""The background-task helper on the real thread pools: results, errors, progress and partial
results on the GUI thread; unwanted jobs dropped; one run for the app and the tests."""

from __future__ import annotations

import inspect
import threading
import time

from PySide6.QtGui import QImage, QPixmap

from gallery.ui.tasks import Runner, Submitting, TaskRunner


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
