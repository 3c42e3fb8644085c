"""Start the Stills window: ``run(path)`` is what ``gallery [PATH]`` calls."""

from __future__ import annotations

import sys
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QItemSelectionModel, QPoint, QSettings, Qt
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

from gallery.core import guard as guards
from gallery.core import kit as kits
from gallery.ui.i18n import install_translators, interface_language
from gallery.ui.instance import InstanceServer, Target
from gallery.ui.kitwatch import KitWatch
from gallery.ui.settings import Settings
from gallery.ui.theme import SchemeFollower
from gallery.ui.window import APP_NAME, MainWindow

#: How far each further window is moved from the one before, so none hides another.
STAGGER = 32


def icon_path() -> Path | None:
    """The app icon: the repository's assets, else a copy installed beside the package; None if absent."""
    here = Path(__file__).resolve()
    candidates = [
        here.parents[2] / "assets" / "icons" / "stills.svg",  # source checkout / editable install
        here.parents[1] / "icons" / "stills.svg",  # gallery/icons in a wheel
        Path(sys.prefix) / "share" / "icons" / "hicolor" / "scalable" / "apps" / "stills.svg",
    ]
    for candidate in candidates:
        if candidate.is_file():
            return candidate
    return None


def make_application(argv: Sequence[str] | None = None) -> QApplication:
    """The QApplication, created once, with the names QSettings and the desktop use."""
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        app = QApplication(list(argv) if argv is not None else sys.argv[:1])
    app.setApplicationName(APP_NAME)
    app.setOrganizationName(APP_NAME)
    app.setDesktopFileName("io.github.stills.Stills")  # packaging/io.github.stills.Stills.desktop
    icon = icon_path()
    if icon is not None:
        app.setWindowIcon(QIcon(str(icon)))
    if app.findChild(SchemeFollower) is None:
        SchemeFollower(app)  # the app's child: lives as long as it
    return app


def initial_path(path: str | None, settings: QSettings) -> Path:
    """What to open: ``path``; else the last kit if it still exists; else the bundled sample."""
    if path:
        return Path(path)
    last = Settings(settings).last_kit
    if last and Path(last).exists():
        return Path(last)
    return kits.sample_kit_path()


class Windows:
    """The app's windows: one per kit given, and where a later ``gallery PATH`` goes."""

    def __init__(self, settings: QSettings, isolation: guards.Isolation) -> None:
        self.settings, self.isolation = settings, isolation
        self.windows: list[MainWindow] = []

    def open(self, targets: Sequence[Target]) -> None:
        """One new window per target, each a little below and right of the one before."""
        for path, files in targets:
            window = MainWindow(self.settings, isolation=self.isolation)
            window.kit_watch = KitWatch(window)  # type: ignore[attr-defined]  # Reload when the kit changes on disk
            window.destroyed.connect(lambda _=None, w=window: self.windows.remove(w) if w in self.windows else None)
            if self.windows:
                window.move(self.windows[-1].pos() + QPoint(STAGGER, STAGGER))
            self.windows.append(window)
            window.show()
            show_target(window, path, files)

    def front(self) -> MainWindow | None:
        """The window the user worked in last (the active one, else the newest still open)."""
        visible = [w for w in self.windows if w.isVisible()]
        active = QApplication.activeWindow()
        return active if isinstance(active, MainWindow) and active in visible else (visible[-1] if visible else None)

    def hand_over(self, targets: list[Target]) -> None:
        """What a second ``gallery`` sent: the first kit in the front window, the rest in new
        ones; the window comes to the front (with no kit given, it only comes to the front)."""
        window = self.front()
        if window is None:
            self.open(targets or [(str(initial_path(None, self.settings)), [])])
            window = self.front()
        elif targets:
            show_target(window, *targets[0])
            self.open(targets[1:])
        if window is not None:
            bring_to_front(window)


def show_target(window: MainWindow, path: str, files: Sequence[str]) -> None:
    """Open ``path`` in ``window``; once it is shown, select ``files`` in it (the first current)."""
    if files:
        wanted = Path(path)

        def select(kit: object) -> None:
            if getattr(kit, "path", None) != wanted or not window.select_file(files[0]):
                return  # another kit, or only the first screens of this one so far
            window.kitLoaded.disconnect(select)
            model = window.grid.selectionModel()
            for file in files[1:]:
                index = window.proxy.index_of(file)
                if index.isValid():
                    model.select(index, QItemSelectionModel.SelectionFlag.Select)

        window.kitLoaded.connect(select)
    window.open_path(path)


def bring_to_front(window: MainWindow) -> None:
    window.setWindowState(window.windowState() & ~Qt.WindowState.WindowMinimized)
    window.show()
    window.raise_()
    window.activateWindow()


def run(
    targets: Sequence[Target] = (),
    argv: Sequence[str] | None = None,
    isolation: guards.Isolation | None = None,
    serve: bool = False,
) -> int:
    """Open a window on each target (a kit and the stills to select in it; none: the last or
    sample kit) and run until the last one closes; returns the exit code. ``serve``: listen
    for later ``gallery PATH`` commands and take their paths (gallery.ui.instance)."""
    app = make_application(argv)
    settings = QSettings()
    install_translators(app, interface_language(Settings(settings).interface_language))
    # Every decode the windows run goes through this isolation (worker processes), so a
    # crashing decoder costs one tile, not the window.
    owned = isolation is None
    isolation = isolation or guards.Isolation()
    windows = Windows(settings, isolation)
    server = InstanceServer(app) if serve else None
    if server is not None and server.listen():
        server.targetsHanded.connect(windows.hand_over)
    windows.open(list(targets) or [(str(initial_path(None, settings)), [])])
    try:
        return app.exec()
    finally:
        if server is not None:
            server.close()
        if owned:
            isolation.close()


if __name__ == "__main__":  # pragma: no cover
    sys.exit(run([(sys.argv[1], [])] if len(sys.argv) > 1 else []))
