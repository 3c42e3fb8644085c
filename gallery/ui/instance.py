"""One Stills per user and library: a second ``gallery PATH`` hands PATH to the running window.

The running app listens on a Unix socket (QLocalServer) named after the library's folder, in
``$XDG_RUNTIME_DIR`` (else a 0700 folder of this user's in the temporary folder). A new
``gallery`` first tries to connect there with the standard library's socket, before any Qt is
loaded: when a window answers, it sends the paths as one JSON line, waits for "ok" and exits.
A socket file left by a crashed app refuses the connection; the next app to start removes it
and listens in its place. ``gallery --new-window`` neither hands over nor listens.

Why QLocalServer and not D-Bus: QtNetwork ships in pyside6-essentials, while QtDBus does not
(and a session bus is missing in containers, SSH sessions and CI); the server side then runs
in Qt's event loop with no thread of its own.
"""

from __future__ import annotations

import hashlib
import json
import os
import socket
import stat
import tempfile
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtNetwork import QLocalServer, QLocalSocket

from gallery.core import xdg

#: What one hand-over may carry, and how long either side waits for the other.
MAX_MESSAGE = 1 << 20
MAX_TARGETS = 256
HANDOVER_TIMEOUT_S = 3.0
#: A Unix socket's path must fit in sun_path (108 bytes on Linux, with its NUL).
MAX_SOCKET_PATH = 100

Target = tuple[str, list[str]]


def socket_path() -> Path:
    """This user's socket for this library (one per ``$XDG_DATA_HOME``, so a test or a second
    library on another data folder gets its own instance)."""
    key = hashlib.sha256(os.fsencode(xdg.data_home())).hexdigest()[:16]
    name = f"stills-{key}.socket"
    runtime = xdg.runtime_dir()
    if runtime is not None and runtime.is_dir() and len(os.fsencode(runtime / name)) <= MAX_SOCKET_PATH:
        return runtime / name
    return _private_temp_dir() / name


def _private_temp_dir() -> Path:
    """A folder only this user can enter, for systems without ``$XDG_RUNTIME_DIR``."""
    folder = Path(tempfile.gettempdir()) / f"stills-{os.getuid()}"
    folder.mkdir(mode=0o700, exist_ok=True)
    info = folder.lstat()
    if not stat.S_ISDIR(info.st_mode) or info.st_uid != os.getuid() or info.st_mode & 0o077:
        raise OSError(f"{folder} is not a private folder of this user")
    return folder


def encode(targets: Sequence[Target]) -> bytes:
    """One JSON line; paths absolute (the running app has another working folder), names that
    are not UTF-8 kept through surrogate escapes."""
    doc = {"targets": [[os.path.abspath(path), list(files)] for path, files in targets]}
    return json.dumps(doc).encode("ascii") + b"\n"


def decode(data: bytes) -> list[Target] | None:
    """The targets of one message, or None when it is not one."""
    try:
        doc = json.loads(data.decode("ascii"))
    except (UnicodeDecodeError, ValueError):
        return None
    items = doc.get("targets") if isinstance(doc, dict) else None
    if not isinstance(items, list) or len(items) > MAX_TARGETS:
        return None
    targets: list[Target] = []
    for item in items:
        if not (isinstance(item, list) and len(item) == 2 and isinstance(item[0], str) and isinstance(item[1], list)):
            return None
        if not all(isinstance(file, str) for file in item[1]):
            return None
        targets.append((item[0], list(item[1])))
    return targets


def hand_over(targets: Sequence[Target], path: Path | None = None) -> bool:
    """Give ``targets`` to the running Stills; True when it took them (then this process is done)."""
    try:
        address = path or socket_path()
        with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as conn:
            conn.settimeout(HANDOVER_TIMEOUT_S)
            conn.connect(os.fspath(address))
            conn.sendall(encode(targets))
            return conn.recv(16).startswith(b"ok")
    except OSError:  # nobody listening, a stale socket file, or no answer in time
        return False


def _answers(path: Path) -> bool:
    try:
        with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as conn:
            conn.settimeout(HANDOVER_TIMEOUT_S)
            conn.connect(os.fspath(path))
            return True
    except OSError:
        return False


class InstanceServer(QObject):
    """Listens for later ``gallery`` commands; ``targetsHanded(list)`` gives what one sent
    (an empty list: just come to the front)."""

    targetsHanded = Signal(list)

    def __init__(self, parent: QObject | None = None, path: Path | None = None) -> None:
        super().__init__(parent)
        self.path = path
        self.server = QLocalServer(self)
        self.readers: set[_Reader] = set()  # connections being read
        self.server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        self.server.newConnection.connect(self._on_connection)

    def listen(self) -> bool:
        """Start listening; False when another live instance holds the socket (or none can be made)."""
        try:
            path = self.path or socket_path()
        except OSError:
            return False
        self.path = path
        if _answers(path):
            return False  # another Stills is running (we were started with --new-window, or it was slow)
        # Qt's listen() replaces a socket file that is there, so a live one is asked first (above);
        # what is left is a stale file from an app that did not close.
        QLocalServer.removeServer(os.fspath(path))
        return self.server.listen(os.fspath(path))

    def close(self) -> None:
        for reader in list(self.readers):
            reader._finish()
        self.server.close()

    def _on_connection(self) -> None:
        while self.server.hasPendingConnections():
            conn = self.server.nextPendingConnection()
            if conn is not None:
                _Reader(conn, self)


class _Reader:
    """Reads one message from one connection (bounded in size and time), answers, and closes.

    A plain object the server keeps until it is done, not a QObject of ours: the socket (Qt's
    own, a child of the QLocalServer) and its deadline timer are all Qt has to delete."""

    def __init__(self, conn: QLocalSocket, server: InstanceServer) -> None:
        self.conn, self.server, self.buffer, self.done, self.finished = conn, server, b"", False, False
        server.readers.add(self)
        conn.readyRead.connect(self._read)
        conn.disconnected.connect(self._finish)
        self.deadline = QTimer(conn, singleShot=True, interval=int(HANDOVER_TIMEOUT_S * 1000))
        self.deadline.timeout.connect(self._finish)
        self.deadline.start()
        self._read()

    def _read(self) -> None:
        if self.done:
            return
        self.buffer += bytes(self.conn.readAll().data())
        if b"\n" not in self.buffer:
            if len(self.buffer) > MAX_MESSAGE:
                self._finish()
            return
        self.done = True
        targets = decode(self.buffer.split(b"\n", 1)[0])
        self.conn.write(b"ok\n" if targets is not None else b"no\n")
        self.conn.flush()
        if targets is not None:
            self.server.targetsHanded.emit(targets)
        self.conn.disconnectFromServer()

    def _finish(self) -> None:
        if self.finished:
            return
        self.finished = self.done = True
        self.deadline.stop()
        self.conn.readyRead.disconnect(self._read)
        self.conn.disconnected.disconnect(self._finish)
        self.deadline.timeout.disconnect(self._finish)
        if self.conn.state() != QLocalSocket.LocalSocketState.UnconnectedState:
            self.conn.abort()
        self.conn.deleteLater()  # and its timer with it
        self.server.readers.discard(self)
