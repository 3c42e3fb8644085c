"""Smoke tests of the PyInstaller build (packaging/build.sh), run against the built folder.

Set STILLS_BUILT_APP to the built executable to run them:

    bash packaging/build.sh && STILLS_BUILT_APP=dist/stills/stills python -m pytest tests/packaging -q

Without it they are skipped, the only skip in this folder: building takes minutes.
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import time
from pathlib import Path

import pytest

import gallery

BUILT_APP = os.environ.get("STILLS_BUILT_APP", "")
pytestmark = pytest.mark.skipif(
    not BUILT_APP,
    reason="STILLS_BUILT_APP is not set; build with `bash packaging/build.sh` and set it to dist/stills/stills",
)
PROBLEMS = ("Traceback", "ModuleNotFoundError", "ImportError", "Could not load the Qt platform plugin",
            "Could not find the Qt platform plugin", "Aborted")  # fmt: skip


@pytest.fixture
def app() -> Path:
    path = Path(BUILT_APP).resolve()
    assert path.is_file() and os.access(path, os.X_OK), f"STILLS_BUILT_APP={BUILT_APP} is not an executable"
    return path


@pytest.fixture
def env(tmp_path) -> dict[str, str]:
    """Headless, and with the app's caches, settings and logs in tmp_path."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", HOME=str(tmp_path / "home"))
    for var in ("XDG_CACHE_HOME", "XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_STATE_HOME"):
        env[var] = str(tmp_path / var.lower())
    # The bundle must not lean on the developer's venv or source tree.
    for var in ("PYTHONPATH", "PYTHONHOME", "VIRTUAL_ENV"):
        env.pop(var, None)
    return env


def bundled_kit(app: Path) -> Path:
    """Where the spec puts the sample kit (PyInstaller 6 keeps data under _internal/)."""
    for base in (app.parent / "_internal", app.parent):
        if (base / "gallery" / "sample_kit").is_dir():
            return base / "gallery" / "sample_kit"
    raise AssertionError(f"no gallery/sample_kit in {app.parent}")


def test_version(app, env, tmp_path):
    result = subprocess.run([str(app), "--version"], capture_output=True, text=True, env=env, cwd=tmp_path, timeout=60)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == f"Stills {gallery.__version__}"


def test_info_json_lists_the_bundled_sample_kit(app, env, tmp_path):
    kit = bundled_kit(app)
    assert (app.parent / "_internal" / "gallery" / "icons").is_dir() or (app.parent / "gallery" / "icons").is_dir()
    for args in (["info", str(kit), "--json"], ["info", "--json"]):  # explicit path, then the default kit
        result = subprocess.run([str(app), *args], capture_output=True, text=True, env=env, cwd=tmp_path, timeout=120)
        assert result.returncode == 0, result.stderr
        assert not any(problem in result.stderr for problem in PROBLEMS), result.stderr
        data = json.loads(result.stdout)
        assert Path(data["kit"]["path"]).resolve() == kit.resolve()
        assert data["kit"]["count"] >= 15
        assert len(data["stills"]) == data["kit"]["count"]
        readable = [still for still in data["stills"] if not still.get("error")]
        assert len(readable) >= 15, [still.get("error") for still in data["stills"]]


def test_window_starts_offscreen_on_the_sample_kit(app, env, tmp_path):
    """The window opens the bundled kit and stays up; success is 'still running, no traceback'."""
    proc = subprocess.Popen(
        [str(app)],  # no path: the window opens the bundled sample kit
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
        cwd=tmp_path,
        start_new_session=True,
    )
    try:
        deadline = time.monotonic() + 5
        while time.monotonic() < deadline and proc.poll() is None:
            time.sleep(0.1)
        running = proc.poll() is None
        below = {pid: _cmdline(pid) for pid in _descendants(proc.pid)}  # the fork server, if any
    finally:
        if proc.poll() is None:
            os.killpg(proc.pid, signal.SIGTERM)
        try:
            out, err = proc.communicate(timeout=10)
        except subprocess.TimeoutExpired:
            os.killpg(proc.pid, signal.SIGKILL)
            out, err = proc.communicate()
    assert running, f"the app exited with {proc.returncode} within 5 s\nstdout:\n{out}\nstderr:\n{err}"
    assert not any(problem in err for problem in PROBLEMS), err
    for pid, cmdline in below.items():  # a second window would be another copy of the app
        assert cmdline is None or _is_helper(cmdline), f"process {pid} below the window: {cmdline}"
    # Opening the kit leaves a trace in the cache: the metadata catalog and/or thumbnails.
    cache = Path(env["XDG_CACHE_HOME"])
    written = [p for p in cache.rglob("*") if p.is_file()] if cache.exists() else []
    assert written, f"nothing was written under {cache}: was the sample kit opened?\nstderr:\n{err}"


# --- the guard's worker processes in the frozen app --------------------------------------

#: The -c commands of the processes multiprocessing starts by running the executable again.
HELPERS = ("from multiprocessing.forkserver import main", "from multiprocessing.resource_tracker import main")


def _children(pid: int) -> set[int]:
    """Child pids of pid (every thread's), from /proc; {} once it is gone."""
    found: set[int] = set()
    try:
        threads = os.listdir(f"/proc/{pid}/task")
    except OSError:
        return found
    if not os.path.exists(f"/proc/{pid}/task/{pid}/children"):  # a kernel without CONFIG_PROC_CHILDREN
        return {p for p, parent in _all_parents().items() if parent == pid}
    for tid in threads:
        try:
            found.update(int(child) for child in Path(f"/proc/{pid}/task/{tid}/children").read_text().split())
        except (OSError, ValueError):
            pass
    return found


def _all_parents() -> dict[int, int]:
    parents = {}
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                parents[int(entry)] = int(Path(f"/proc/{entry}/stat").read_text().rsplit(")", 1)[1].split()[1])
            except (OSError, ValueError, IndexError):
                pass
    return parents


def _descendants(pid: int) -> dict[int, int]:
    """{pid: parent pid} of every process below pid."""
    found: dict[int, int] = {}
    todo = [pid]
    while todo:
        parent = todo.pop()
        for child in _children(parent):
            if child not in found:
                found[child] = parent
                todo.append(child)
    return found


def _cmdline(pid: int) -> list[str] | None:
    try:
        raw = Path(f"/proc/{pid}/cmdline").read_bytes()
    except OSError:
        return None
    return [arg.decode(errors="replace") for arg in raw.split(b"\0")[:-1]] or None


def _is_helper(cmdline: list[str]) -> bool:
    """Whether a command line is the app run again as a multiprocessing helper."""
    return "-c" in cmdline[:-1] and cmdline[cmdline.index("-c") + 1].startswith(HELPERS)


def _state(pid: int) -> str:
    """The one-letter state from /proc/PID/stat ("" when gone); Z is a zombie, T stopped."""
    try:
        return Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except (OSError, IndexError):
        return ""


def _open_stills(pid: int, kit: Path) -> set[str]:
    """Names of the kit's files that process pid has open right now."""
    names = set()
    try:
        fds = os.listdir(f"/proc/{pid}/fd")
    except OSError:
        return names
    for fd in fds:
        try:
            target = os.readlink(f"/proc/{pid}/fd/{fd}")
        except OSError:
            continue
        if os.path.dirname(target) == str(kit):
            names.add(os.path.basename(target))
    return names


def _kill_mid_task(pid: int, kit: Path) -> str | None:
    """Kill worker pid if it is frozen in the middle of a still: the still's name, else None.

    The worker is stopped first, so the check cannot race it: a worker holding a still open
    has not sent that still's result yet, so killing it now is a crash in mid-task.
    """
    try:
        os.kill(pid, signal.SIGSTOP)
    except ProcessLookupError:
        return None
    deadline = time.monotonic() + 2
    while _state(pid) not in ("T", "t", "Z", "") and time.monotonic() < deadline:
        time.sleep(0.001)
    names = _open_stills(pid, kit)
    try:
        os.kill(pid, signal.SIGKILL if names else signal.SIGCONT)
    except ProcessLookupError:
        return None
    return min(names) if names else None


@pytest.mark.skipif(not os.path.isdir("/proc/self/fd"), reason="watches the app's processes through /proc")
def test_untrusted_parsing_runs_in_guard_workers(app, env, tmp_path):
    """`stills thumbs` parses and decodes in guard workers that a fork server starts, not in
    the app: a worker killed in the middle of a still costs that still ("decoder crashed")
    and nothing else, and no second copy of the app is ever started.

    In-process parsing (a launcher without freeze_support, or one that does not tell main) has no
    worker to catch: the test then fails with the processes it saw.
    """
    kit = (tmp_path / "kit").resolve()
    kit.mkdir()
    sample = sorted(bundled_kit(app).glob("*.jpg"))
    assert len(sample) >= 15
    for copy in range(3):  # enough stills that workers are busy for a while
        for still in sample:
            target = kit / f"{copy}-{still.name}"
            try:
                os.link(still, target)
            except OSError:
                target.write_bytes(still.read_bytes())
    total = 3 * len(sample)

    proc = subprocess.Popen(
        [str(app), "thumbs", str(kit), "-j", "2"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
        cwd=tmp_path,
        start_new_session=True,  # its helpers and workers share its process group
    )
    seen: dict[int, list[str]] = {}  # every process below the app, with its command line
    workers: set[int] = set()  # those below another one of them: the fork server's children
    killed = None
    try:
        deadline = time.monotonic() + 60
        while proc.poll() is None and time.monotonic() < deadline:
            tree = _descendants(proc.pid)
            for pid, parent in tree.items():
                if (cmdline := _cmdline(pid)) is not None:
                    seen[pid] = cmdline  # the latest: between fork and exec a helper shows ours
                if parent != proc.pid:
                    workers.add(pid)
            if killed is None:
                for pid in sorted(workers & tree.keys()):
                    if _open_stills(pid, kit) and (killed := _kill_mid_task(pid, kit)):
                        break
            time.sleep(0.002)
        running = proc.poll() is None
    finally:
        if proc.poll() is None:
            os.killpg(proc.pid, signal.SIGKILL)
        out, err = proc.communicate(timeout=30)
    assert not running, f"`stills thumbs` did not finish within 60 s\nstdout:\n{out}\nstderr:\n{err}"
    described = "\n".join(f"  {pid}: {' '.join(cmd)[:150]}" for pid, cmd in sorted(seen.items()))
    # 1: the still whose worker was killed failed (its reason on stderr); no other problem.
    assert proc.returncode == (1 if killed else 0), f"exit {proc.returncode}\nstdout:\n{out}\nstderr:\n{err}"
    assert not any(problem in err for problem in PROBLEMS), err
    # Every process the app started is a multiprocessing helper run by freeze_support(),
    # never the app again (which is what a child would be without it: a second app or window).
    for pid, cmdline in seen.items():
        assert _is_helper(cmdline), (
            f"process {pid} below the app is not a multiprocessing helper: {cmdline}\nall:\n{described}"
        )
    assert workers, f"no worker process ever ran: the built app parses in-process\nprocesses seen:\n{described}"
    assert killed, f"no worker was caught with a still open\nprocesses seen:\n{described}\nstdout:\n{out}"
    # The killed worker's still is reported with the guard's reason; every other still is made.
    assert f"failed: {killed}: decoder crashed" in err, err
    assert err.count("decoder crashed") == 1, err
    assert f": {total - 1} made, 0 already cached, 1 failed" in out, out
    # And nothing is left behind: the fork server and the resource tracker end with the app.
    deadline = time.monotonic() + 5
    while any(_state(pid) not in ("", "Z") for pid in seen) and time.monotonic() < deadline:
        time.sleep(0.05)
    left = {pid: cmd for pid, cmd in seen.items() if _state(pid) not in ("", "Z") and _cmdline(pid) == cmd}
    if left:
        try:
            os.killpg(proc.pid, signal.SIGKILL)
        except ProcessLookupError:
            pass
    assert not left, f"processes outlived the app: {left}"
