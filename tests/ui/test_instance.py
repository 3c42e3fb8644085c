"""One instance: a second `gallery PATH` hands PATH to the running window, which opens it and
comes to the front; a socket left by a crashed app does not stop the next one."""

from __future__ import annotations

import os
import queue
import socket
import subprocess
import sys
import tempfile
import threading
from pathlib import Path

import pytest
from uihelpers import make_kit

from gallery.ui import instance

#: Runs `gallery` as a user would, and says on stdout what its windows did.
TRACED_GALLERY = """
# Guarded: worker processes import this file again as __mp_main__.
if __name__ == "__main__":
    import signal
    import sys

    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from gallery.ui import app, instance

    wakers = []

    shown, fronted, listen = app.show_target, app.bring_to_front, instance.InstanceServer.listen

    def show_target(window, path, files):
        if not wakers:  # Python runs its signal handlers only between Qt events: wake it
            wakers.append(QTimer())
            wakers[0].timeout.connect(lambda: None)
            wakers[0].start(100)
        shown(window, path, files)  # first: its selection is made before the line below prints
        window.kitLoaded.connect(lambda kit: print("loaded", kit.path, window.current_still().file
                                                   if window.current_still() else "-", flush=True))

    def bring_to_front(window):
        fronted(window)
        print("front", flush=True)

    def traced_listen(self):
        ok = listen(self)
        print("listening" if ok else "not listening", flush=True)
        return ok

    app.show_target, app.bring_to_front, instance.InstanceServer.listen = show_target, bring_to_front, traced_listen

    # SIGTERM closes the window as a logout does, so the app stops its worker processes.
    signal.signal(signal.SIGTERM, lambda *_: QApplication.closeAllWindows())
    from gallery.cli import main
    sys.exit(main(sys.argv[1:]))
"""


@pytest.fixture
def runtime_dir():
    """A short private XDG_RUNTIME_DIR (a socket's path must fit in 108 bytes)."""
    folder = tempfile.mkdtemp(prefix="rt-", dir="/tmp")
    os.chmod(folder, 0o700)
    yield Path(folder)
    for child in Path(folder).iterdir():
        child.unlink()
    os.rmdir(folder)


def test_messages_round_trip_and_junk_is_refused(tmp_path):
    odd = os.fsdecode(b"/tmp/caf\xe9 kit")
    assert instance.decode(instance.encode([(odd, ["a (1).jpg"]), ("/k.zip", [])])[:-1]) == [
        (odd, ["a (1).jpg"]),
        ("/k.zip", []),
    ]
    assert instance.encode([("rel", [])]) == instance.encode([(os.path.abspath("rel"), [])])
    for junk in (b"", b"{", b'{"targets": 3}', b'{"targets": [["a", [1]]]}', b"\xff", b'[["a", []]]'):
        assert instance.decode(junk) is None, junk


def test_the_socket_is_per_user_and_per_library(monkeypatch, runtime_dir, tmp_path):
    monkeypatch.setenv("XDG_RUNTIME_DIR", str(runtime_dir))
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "one"))
    one = instance.socket_path()
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "two"))
    assert one.parent == runtime_dir and instance.socket_path() != one
    monkeypatch.setenv("XDG_RUNTIME_DIR", "relative")  # ignored: the user's private temp folder
    fallback = instance.socket_path()
    assert fallback.parent.name == f"stills-{os.getuid()}" and fallback.parent.stat().st_mode & 0o077 == 0


def test_a_hand_over_reaches_the_server_and_a_stale_socket_is_replaced(qtbot, runtime_dir):
    path = runtime_dir / "s.socket"
    stale = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    stale.bind(os.fspath(path))
    stale.close()  # the file stays, nobody listens: what a crashed app leaves
    assert path.exists() and not instance.hand_over([("/kit", [])], path=path)
    server = instance.InstanceServer(path=path)
    assert server.listen()
    answers: queue.Queue[bool] = queue.Queue()
    with qtbot.waitSignal(server.targetsHanded, timeout=5000) as handed:
        threading.Thread(target=lambda: answers.put(instance.hand_over([("/kit", ["a.jpg"])], path=path))).start()
    assert handed.args == [[("/kit", ["a.jpg"])]]
    qtbot.waitUntil(lambda: not answers.empty())
    assert answers.get() is True
    second = instance.InstanceServer(path=path)
    assert not second.listen()  # a live instance keeps its socket
    server.close()  # finishes every reader: none is left for Qt to tear down with the server
    second.close()
    assert not server.readers and not second.readers


def test_a_second_gallery_hands_its_path_to_the_running_window(tmp_path, runtime_dir):
    first_kit, second_kit = make_kit(tmp_path / "first"), make_kit(tmp_path / "second")
    picked = sorted(p.name for p in second_kit.iterdir() if p.suffix == ".jpg")[-1]
    env = {**os.environ, "XDG_RUNTIME_DIR": str(runtime_dir), "XDG_DATA_HOME": str(tmp_path / "data")}
    script = tmp_path / "traced_gallery.py"
    script.write_text(TRACED_GALLERY)
    errors = tmp_path / "first.stderr"
    first = subprocess.Popen(
        [sys.executable, str(script), str(first_kit)],
        stdout=subprocess.PIPE,
        stderr=errors.open("w"),  # a file: worker processes keep a pipe open past the app's end
        text=True,
        env=env,
    )
    lines: queue.Queue[str] = queue.Queue()
    threading.Thread(target=lambda: [lines.put(line.strip()) for line in first.stdout], daemon=True).start()

    def next_line() -> str:
        try:
            return lines.get(timeout=60)
        except queue.Empty:
            first.kill()
            pytest.fail(f"the first gallery said nothing more; stderr:\n{errors.read_text()[-3000:]}")

    try:
        assert next_line() == "listening", errors.read_text()[-3000:]
        line = next_line()
        assert line.startswith(f"loaded {first_kit}"), (line, errors.read_text()[-3000:])
        second = subprocess.run(
            [sys.executable, "-m", "gallery", str(second_kit / picked)],
            capture_output=True,
            text=True,
            env=env,
            timeout=60,
        )
        assert second.returncode == 0, second.stderr  # it handed over and ended
        # Each window says every kit it shows (the first kit's line again, then the new one's).
        seen = [next_line()]
        while f"loaded {second_kit.resolve()} {picked}" not in seen:
            seen.append(next_line())  # on the still it was given; fails after 60 s of silence
        assert "front" in seen
        assert first.poll() is None  # the first window is still the one running
    finally:
        first.terminate()
        first.wait(timeout=30)
