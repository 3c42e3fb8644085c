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
    # Opening the kit leaves a trace in the cache: the metadata catalog and/or thumbnails.
    cache = Path(env["XDG_CACHE_HOME"])
    written = [p for p in cache.rglob("*") if p.is_file()] if cache.exists() else []
    assert written, f"nothing was written under {cache}: was the sample kit opened?\nstderr:\n{err}"
