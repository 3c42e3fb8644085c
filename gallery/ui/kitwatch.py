"""A kit that changes on disk while it is open (files still being copied in, a ZIP replaced)
offers a Reload: a status-bar button, and View's Refresh key (F5, QKeySequence.Refresh).

Nothing reloads by itself: a kit half-copied would jump under the user's hands. The folder
and its subfolders are watched (QFileSystemWatcher: inotify on Linux), up to ``MAX_FOLDERS``
of them, and a ZIP as a file; a burst of changes is one offer, a second after the last.
Collections are not watched (their stills live in many kits).
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QFileSystemWatcher, QObject, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QPushButton

from gallery.ui.i18n import translate

if TYPE_CHECKING:
    from gallery.ui.window import MainWindow

#: Folders watched at most (each is an inotify watch; the user's limit is shared with others).
MAX_FOLDERS = 256
#: Quiet time after the last change before Reload is offered.
SETTLE_MS = 1000


def watched_paths(kit_path: Path) -> list[str]:
    """The folder and its subfolders (breadth first, bounded), or the ZIP file itself."""
    if not kit_path.is_dir():
        return [str(kit_path)] if kit_path.is_file() else []
    found: list[str] = []
    queue = [kit_path]
    while queue and len(found) < MAX_FOLDERS:
        folder = queue.pop(0)
        found.append(str(folder))
        try:
            with os.scandir(folder) as entries:
                queue.extend(Path(e.path) for e in entries if e.is_dir(follow_symlinks=False))
        except OSError:
            continue
    return found


class KitWatch(QObject):
    """Watches the kit on show in ``window``; ``changed()`` when Reload is offered."""

    changed = Signal()

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.kit_path: Path | None = None
        self.watcher = QFileSystemWatcher(self)
        self.watcher.directoryChanged.connect(self._on_change)
        self.watcher.fileChanged.connect(self._on_change)
        self.settle = QTimer(self, singleShot=True, interval=SETTLE_MS)
        self.settle.timeout.connect(self._offer)
        self.action = QAction(translate("KitWatch", "&Reload Kit"), window)
        self.action.setShortcut(QKeySequence(QKeySequence.StandardKey.Refresh))
        self.action.setStatusTip(translate("KitWatch", "Read the kit again from disk"))
        self.action.setEnabled(False)
        self.action.triggered.connect(self.reload)
        window.addAction(self.action)
        self.button = QPushButton(translate("KitWatch", "Kit changed on disk: Reload"), window)
        self.button.setObjectName("kitChangedReload")
        self.button.setAccessibleName(translate("KitWatch", "Reload the kit"))
        self.button.setAccessibleDescription(
            translate("KitWatch", "The kit's files changed since it was opened; read it again")
        )
        self.button.setFlat(True)
        self.button.clicked.connect(self.reload)
        self.button.hide()
        window.statusBar().addPermanentWidget(self.button)
        window.kitLoaded.connect(self.watch)

    def watch(self, kit: object) -> None:
        """Watch ``kit`` (a folder or ZIP kit; anything else stops the watching)."""
        if self.watcher.files() or self.watcher.directories():
            self.watcher.removePaths(self.watcher.files() + self.watcher.directories())
        self.settle.stop()
        self.button.hide()
        path = getattr(kit, "path", None)
        is_collection = hasattr(kit, "members")
        self.kit_path = Path(path) if isinstance(path, Path) and not is_collection else None
        self.action.setEnabled(self.kit_path is not None)
        if self.kit_path is not None:
            paths = watched_paths(self.kit_path)
            if paths:
                self.watcher.addPaths(paths)

    def _on_change(self, _path: str) -> None:
        if self.kit_path is not None:
            self.settle.start()  # restarted by every change of a burst

    def _offer(self) -> None:
        self.button.show()
        self.changed.emit()

    def reload(self) -> None:
        """Read the kit again, on the still that was current."""
        if self.kit_path is None:
            return
        self.button.hide()
        current = self.window.current_still()
        file = current.file if current is not None else None
        if file:

            def reselect(_kit: object) -> None:
                self.window.kitLoaded.disconnect(reselect)
                self.window.select_file(file)

            self.window.kitLoaded.connect(reselect)
        self.window.open_path(self.kit_path)
