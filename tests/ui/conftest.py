"""Fixtures for the window tests: small kits made on the fly, a window with its settings and
caches in tmp_path, and a runner that holds bulk jobs until the test releases them.
(tests/conftest.py already makes every test offscreen with XDG dirs in a temporary folder.)"""

from __future__ import annotations

import gc
import shutil
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from uihelpers import make_kit  # noqa: E402

from PySide6.QtCore import QSettings

from gallery.core import imaging
from gallery.core.kit import Kit, open_kit, sample_kit_path
from gallery.ui.i18n import install_translators


@pytest.fixture(autouse=True, scope="session")
def english_window(qapp: Any) -> None:
    """The window in English, as `gallery` shows it on an English desktop: its plural forms
    ("1 still", "2 stills") come from the English translation, as in the app."""
    install_translators(qapp, "en")


@pytest.fixture
def small_kit(tmp_path: Path) -> Path:
    return make_kit(tmp_path / "kit")


@pytest.fixture
def broken_kit(tmp_path: Path) -> Path:
    """The small kit plus garbage bytes named bad.jpg."""
    root = make_kit(tmp_path / "broken")
    (root / "bad.jpg").write_bytes(b"\x00garbage, not a JPEG at all\x00" * 20)
    return root


@pytest.fixture
def sample_kit() -> Path:
    """The bundled Space Sweepers kit (the one `gallery` opens by default)."""
    path = sample_kit_path()
    if not path.is_dir() or not any(path.glob("*.jp*g")):
        pytest.fail(f"the bundled sample kit is missing at {path}")
    return path


@pytest.fixture
def copy_of(tmp_path: Path) -> Callable[[Path], Path]:
    def copy(src: Path) -> Path:
        dst = tmp_path / f"copy-{src.name}"
        shutil.copytree(src, dst)
        return dst

    return copy


@pytest.fixture
def settings(tmp_path: Path) -> QSettings:
    return QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)


@pytest.fixture
def thumbnail_cache(tmp_path: Path) -> imaging.ThumbnailCache:
    return imaging.ThumbnailCache(tmp_path / "cache" / "thumbnails")


@pytest.fixture
def make_window(
    qtbot: Any, settings: QSettings, thumbnail_cache: imaging.ThumbnailCache
) -> Iterator[Callable[..., Any]]:
    from gallery.ui.window import MainWindow

    windows: list[MainWindow] = []

    def factory(runner: Any = None, size: tuple[int, int] = (1200, 800), **kwargs: Any) -> MainWindow:
        window = MainWindow(settings=settings, thumbnail_cache=thumbnail_cache, runner=runner, **kwargs)
        qtbot.addWidget(window)
        window.resize(*size)
        window.show()
        qtbot.waitExposed(window)
        windows.append(window)
        return window

    yield factory
    for window in windows:
        window.close()
        window.deleteLater()
    # Free this test's Qt objects here, on the GUI thread, not in some later test's worker.
    qtbot.wait(1)
    gc.collect()


@pytest.fixture
def core_kit() -> Callable[[Path], Kit]:
    """What `gallery info` reads: the core's own view of a kit, for comparing with the grid."""
    return lambda path: open_kit(path)
