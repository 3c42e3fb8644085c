"""Start the Stills window: ``run(path)`` is what ``gallery [PATH]`` calls."""

from __future__ import annotations

import sys
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

from gallery.core import guard as guards
from gallery.core import kit as kits
from gallery.ui.settings import Settings
from gallery.ui.window import APP_NAME, MainWindow


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
    return app


def initial_path(path: str | None, settings: QSettings) -> Path:
    """What to open: ``path``; else the last kit if it still exists; else the bundled sample."""
    if path:
        return Path(path)
    last = Settings(settings).last_kit
    if last and Path(last).exists():
        return Path(last)
    return kits.sample_kit_path()


def run(
    path: str | None = None,
    argv: Sequence[str] | None = None,
    select: str | None = None,
    isolation: guards.Isolation | None = None,
) -> int:
    """Open the window on ``path`` (or the last/sample kit) and run until it closes; returns the exit code.

    ``select``: a still's file inside the kit to make current once the kit is open (an image
    the desktop handed us)."""
    app = make_application(argv)
    settings = QSettings()
    # Every decode the window runs goes through this isolation (worker processes), so a
    # crashing decoder costs one tile, not the window.
    owned = isolation is None
    isolation = isolation or guards.Isolation()
    window = MainWindow(settings, isolation=isolation)
    window.show()
    if select:

        def _select_once(_kit: object) -> None:
            window.kitLoaded.disconnect(_select_once)
            window.select_file(select)

        window.kitLoaded.connect(_select_once)
    window.open_path(initial_path(path, settings))
    try:
        return app.exec()
    finally:
        if owned:
            isolation.close()


if __name__ == "__main__":  # pragma: no cover
    sys.exit(run(sys.argv[1] if len(sys.argv) > 1 else None))
