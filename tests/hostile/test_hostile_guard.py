"""Work that cannot be bounded in-process runs where it can be stopped: a worker that hangs is
killed ("timed out"), one that crashes is replaced ("decoder crashed"); the kit, `gallery
info` and `gallery thumbs` go on, and the failure is remembered."""

from __future__ import annotations

import functools
import os
import subprocess
import sys
import time
from pathlib import Path

import pytest
from conftest import write
from hostile_cases import good_jpeg, good_png
from hostile_workers import misbehave

from gallery.core import guard as guards
from gallery.core import kit as kit_module
from gallery.core import thumbnailer
from gallery.core.catalog import Catalog
from gallery.core.kit import open_kit
from gallery.core.thumbnailer import build_thumbnails

PLAN = {"crash.jpg": "abort", "segv.jpg": "segfault", "hang.jpg": "hang", "sleep.jpg": "sleep", "exit.jpg": "exit"}
HERE = Path(__file__).resolve().parent


def _kit(root: Path) -> Path:
    for name in PLAN:
        write(root / name, good_jpeg(size=(64, 64)))
    for i in range(6):
        write(root / f"good{i}.jpg", good_jpeg(size=(80, 60)))
    write(root / "good.png", good_png())
    return root


@pytest.fixture
def misbehaving(monkeypatch):
    monkeypatch.setattr(kit_module, "metadata_task", functools.partial(misbehave, PLAN, "metadata"))
    monkeypatch.setattr(thumbnailer, "thumbnail_task", functools.partial(misbehave, PLAN, "thumbnail"))
    monkeypatch.setattr(kit_module, "METADATA_TIMEOUT", 1.0)
    monkeypatch.setattr(thumbnailer, "THUMBNAIL_TIMEOUT", 1.0)


def test_the_guard_replaces_a_crashed_worker_and_kills_a_hung_one():
    with guards.Guard(workers=1, timeout=5) as guard:
        assert guard.run(pow, 2, 10) == 1024
        pid = guard.run(os.getpid)
        with pytest.raises(guards.WorkerCrashed, match="decoder crashed"):
            guard.run(os.abort)
        assert guard.run(pow, 3, 3) == 27  # a new worker took the dead one's place
        assert guard.run(os.getpid) != pid
        hung = guard.run(os.getpid)
        started = time.perf_counter()
        with pytest.raises(guards.TaskTimeout, match="timed out"):
            guard.run(time.sleep, 60, timeout=0.5)
        assert time.perf_counter() - started < 5
        assert not _alive(hung)  # killed, not left behind burning CPU
        with pytest.raises(ZeroDivisionError):
            guard.run(divmod, 1, 0)  # the task's own exception comes back as it was
        assert guard.run(pow, 2, 2) == 4
        assert (guard.crashes, guard.timeouts) == (1, 1)


def test_workers_never_start_workers_of_their_own():
    with guards.Guard(workers=1, timeout=10) as guard:
        assert guard.run(guards.processes_allowed) is False


def test_a_worker_cannot_take_all_the_memory():
    with guards.Guard(workers=1, timeout=20) as guard:
        with pytest.raises(MemoryError):
            guard.run(bytearray, 8 * 1024**3)
        assert guard.run(len, b"ok") == 2


def test_without_processes_the_work_is_done_in_process(tmp_path, monkeypatch):
    monkeypatch.setenv("STILLS_NO_WORKERS", "1")
    assert not guards.Guard().available
    kit = open_kit(_kit(tmp_path / "kit"))
    assert all(s.error is None for s in kit.stills)


def test_an_isolation_shares_one_pool_and_ends_it(monkeypatch):
    isolation = guards.Isolation(workers=1)
    shared = isolation.shared()
    assert shared is isolation.shared() and shared.available
    pid = shared.run(os.getpid)
    isolation.close()
    assert not shared.available and not _alive_soon_gone(pid)
    assert not isolation.shared().available  # closed: what the window asks now runs in-process
    monkeypatch.setenv("STILLS_NO_WORKERS", "1")
    assert not guards.Isolation().allowed and not guards.Isolation().pool(2, 1.0).available


def _alive_soon_gone(pid: int) -> bool:
    deadline = time.monotonic() + 5
    while _alive(pid) and time.monotonic() < deadline:
        time.sleep(0.01)  # polling for the worker's exit (a condition, not a fixed wait)
    return _alive(pid)


def test_metadata_reading_survives_crashes_and_hangs(tmp_path, misbehaving):
    catalog = Catalog(tmp_path / "catalog.sqlite3")
    kit_dir = _kit(tmp_path / "kit")
    started = time.perf_counter()
    kit = open_kit(kit_dir, catalog=catalog)
    elapsed = time.perf_counter() - started
    errors = {s.file: s.error for s in kit.stills}
    assert errors["crash.jpg"] == "decoder crashed"
    assert errors["segv.jpg"] == "decoder crashed"
    assert errors["exit.jpg"] == "decoder crashed"
    assert errors["hang.jpg"] == "timed out"
    assert errors["sleep.jpg"] == "timed out"
    assert all(errors[f"good{i}.jpg"] is None for i in range(6)) and errors["good.png"] is None
    assert elapsed < 15, f"{elapsed:.1f} s"
    # Remembered: reopening reads nothing and hangs on nothing.
    started = time.perf_counter()
    again = open_kit(kit_dir, catalog=catalog)
    assert time.perf_counter() - started < 2
    assert {s.file: s.error for s in again.stills} == errors


def test_gallery_thumbs_survives_crashes_and_hangs_and_remembers_them(tmp_path, cache, misbehaving, monkeypatch):
    kit_dir = _kit(tmp_path / "kit")
    monkeypatch.setenv("STILLS_NO_WORKERS", "1")  # metadata in-process: only decoding misbehaves
    kit = open_kit(kit_dir)
    monkeypatch.delenv("STILLS_NO_WORKERS")
    started = time.perf_counter()
    report = build_thumbnails(kit, size=64, jobs=2, cache=cache)
    assert time.perf_counter() - started < 15
    failed = dict(report.failed)
    assert failed == {
        "crash.jpg": "decoder crashed",
        "exit.jpg": "decoder crashed",
        "hang.jpg": "timed out",
        "segv.jpg": "decoder crashed",
        "sleep.jpg": "timed out",
    }
    assert report.made == 7
    for name, reason in failed.items():
        assert cache.recorded_failure(kit, kit.still(name)) == reason
    started = time.perf_counter()
    again = build_thumbnails(kit, size=64, jobs=2, cache=cache)
    assert time.perf_counter() - started < 3  # nothing hangs twice
    assert dict(again.failed) == failed and again.cached == 7


def test_the_command_line_survives_a_crashing_decoder(tmp_path):
    """`gallery thumbs` and `gallery info` in their own processes, a decoder crashing in them."""
    kit_dir = _kit(tmp_path / "kit")
    script = f"""
import functools, sys
sys.path.insert(0, {str(HERE)!r})
from hostile_workers import misbehave
from gallery.core import kit, thumbnailer
plan = {PLAN!r}
kit.metadata_task = functools.partial(misbehave, {{"crash.jpg": "abort"}}, "metadata")
thumbnailer.thumbnail_task = functools.partial(misbehave, plan, "thumbnail")
kit.METADATA_TIMEOUT = thumbnailer.THUMBNAIL_TIMEOUT = 1.0
from gallery.cli import main
if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
"""
    runner = write(tmp_path / "run_gallery.py", script.encode())
    env = {**os.environ, "XDG_CACHE_HOME": str(tmp_path / "xdg")}
    info = subprocess.run(
        [sys.executable, str(runner), "info", str(kit_dir), "--json"],
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
    )
    assert info.returncode == 1, info.stderr  # opened; two stills could not be read
    assert "Traceback" not in info.stderr
    assert '"error": "decoder crashed"' in info.stdout
    thumbs = subprocess.run(
        [sys.executable, str(runner), "thumbs", str(kit_dir), "-j", "2"],
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
    )
    assert thumbs.returncode == 1, thumbs.stderr
    assert "Traceback" not in thumbs.stderr
    assert "failed: hang.jpg: timed out" in thumbs.stderr
    assert "failed: segv.jpg: decoder crashed" in thumbs.stderr
    assert "7 made" in thumbs.stdout


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    try:  # a zombie not yet reaped by the fork server counts as gone
        with open(f"/proc/{pid}/stat") as fh:
            return fh.read().split()[2] != "Z"
    except OSError:
        return False
