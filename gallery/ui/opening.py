"""Still ▸ Open With Default App and Show in Folder: the selected still handed to the desktop.

A still inside a ZIP has no file of its own: it is copied (in the background, bounded) to a
temporary folder outside the kit first, and that copy is opened; the copies are removed when
the window closes. Show in Folder asks the file manager to show the file selected (the
freedesktop ``FileManager1`` D-Bus service), else opens its folder; for a ZIP member, the ZIP.
"""

from __future__ import annotations

import logging
import shutil
import tempfile
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, QUrl
from PySide6.QtGui import QDesktopServices

from gallery.core.kitview import origin_of
from gallery.core.still import Still
from gallery.ui.i18n import translate
from gallery.ui.kitloading import Status
from gallery.ui.session import ViewSession
from gallery.ui.tasks import Runner, TaskContext
from gallery.ui.thumbnails import describe_error

log = logging.getLogger(__name__)

#: A ZIP member larger than this is not copied out (no press still comes near it).
MAX_EXTRACT_BYTES = 2 * 1024**3
_CHUNK = 1024 * 1024


class ExtractError(Exception):
    """A ZIP member could not be copied out (too large, cancelled)."""


def extract_member(read: Callable[[int], bytes], name: str, folder: Path, cancelled: Callable[[], bool]) -> Path:
    """Copy a member's bytes (``read(n)`` until b"") to ``folder/name``, at most MAX_EXTRACT_BYTES."""
    target = folder / Path(name).name
    written = 0
    with open(target, "wb") as out:
        while chunk := read(_CHUNK):
            written += len(chunk)
            if written > MAX_EXTRACT_BYTES:
                raise ExtractError("too large to open outside the ZIP")
            if cancelled():
                raise ExtractError("cancelled")
            out.write(chunk)
    return target


def show_in_file_manager(path: Path) -> bool:
    """Ask the desktop's file manager to show ``path`` selected; False if none answers."""
    try:
        from PySide6.QtDBus import QDBusConnection, QDBusInterface, QDBusMessage
    except ImportError:  # (a Qt built without D-Bus: Windows, macOS)
        return False
    bus = QDBusConnection.sessionBus()
    if not bus.isConnected():
        return False
    manager = QDBusInterface(
        "org.freedesktop.FileManager1", "/org/freedesktop/FileManager1", "org.freedesktop.FileManager1", bus
    )
    if not manager.isValid():
        return False
    reply = manager.call("ShowItems", [QUrl.fromLocalFile(str(path)).toString()], "")
    return reply.type() != QDBusMessage.MessageType.ErrorMessage


class Opening(QObject):
    """Open With Default App and Show in Folder for the current still.

    ``open_url`` and ``reveal`` are the desktop's (tests replace them): ``open_url(QUrl)``
    opens a file or folder, ``reveal(Path)`` shows a file selected in the file manager.
    """

    def __init__(
        self,
        session: ViewSession,
        runner: Runner,
        current: Callable[[], Still | None],
        status: Status,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.session = session
        self.runner = runner
        self.current = current
        self.status = status
        self.open_url: Callable[[QUrl], object] = QDesktopServices.openUrl
        self.reveal: Callable[[Path], bool] = show_in_file_manager
        self._temp: Path | None = None

    def open_with_default_app(self) -> None:
        """The current still in the desktop's image app (a ZIP member: a copy of it)."""
        view, still = self.session.kit, self.current()
        if view is None or still is None:
            return
        kit, real = origin_of(view, still)
        local = kit.local_path(real.file)
        if local is not None:
            self._open(local)
            return
        folder = Path(tempfile.mkdtemp(prefix="open-", dir=self._temp_root()))
        stamp = self.session.kit_stamp()

        def work(context: TaskContext) -> Path:
            with kit.open(real.file) as member:
                return extract_member(member.read, real.name, folder, context.cancelled)

        def failed(error: BaseException) -> None:
            shutil.rmtree(folder, ignore_errors=True)
            self.status(
                translate("Opening", "Could not open {name}: {reason}").format(
                    name=real.name, reason=describe_error(error)
                ),
                6000,
            )

        self.status(translate("Opening", "Opening {name}…").format(name=real.name), 2000)
        self.runner.run(
            work,
            lambda path: self._open(path) if self.session.is_current(stamp) else None,
            failed,
            interactive=True,
            priority=8,
            name=f"extract {real.file}",
        )

    def _open(self, path: Path) -> None:
        if not self.open_url(QUrl.fromLocalFile(str(path))):
            self.status(translate("Opening", "No application opens {name}").format(name=path.name), 6000)

    def show_in_folder(self) -> None:
        """The current still's file selected in the file manager (a ZIP member: the ZIP)."""
        view, still = self.session.kit, self.current()
        if view is None or still is None:
            return
        kit, real = origin_of(view, still)
        path = kit.local_path(real.file) or kit.path
        if not self.reveal(path):
            self.open_url(QUrl.fromLocalFile(str(path.parent)))

    def _temp_root(self) -> Path:
        if self._temp is None:
            self._temp = Path(tempfile.mkdtemp(prefix="stills-opened-"))
        return self._temp

    def close(self) -> None:
        """Remove the copies made for the desktop (the window is closing)."""
        if self._temp is not None:
            shutil.rmtree(self._temp, ignore_errors=True)
            self._temp = None
