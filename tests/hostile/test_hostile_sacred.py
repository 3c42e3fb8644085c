"""Originals are sacred: open the sample kit and a hostile kit (a folder and a ZIP), read every
still, build thumbnails, decode for the screen, filter, browse and run the slideshow, then
prove every file in every kit is byte-for-byte unchanged (content, mode, mtime) and nothing
appeared inside or beside them."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest
from conftest import build_hostile_kit, snapshot

from gallery.core.catalog import Catalog
from gallery.core.filtering import FilterIndex, StillFilter
from gallery.core.imaging import ImageError, ThumbnailCache, decode_image, load_thumbnail
from gallery.core.kit import open_kit, sample_kit_path
from gallery.core.thumbnailer import build_thumbnails


@pytest.fixture
def kits(tmp_path) -> list[Path]:
    sample = sample_kit_path()
    if not sample.is_dir():
        pytest.fail(f"the bundled sample kit is missing at {sample}")
    hostile = build_hostile_kit(tmp_path / "world" / "hostile")
    archive = tmp_path / "world" / "hostile.zip"
    with zipfile.ZipFile(archive, "w", compression=zipfile.ZIP_DEFLATED) as zf:
        for path in sorted(hostile.rglob("*")):
            if path.is_file():
                zf.write(path, f"Hostile Kit/{path.relative_to(hostile)}")
    return [sample, hostile, archive]


def _state(kits: list[Path], world: Path) -> dict[str, object]:
    state: dict[str, object] = {}
    for kit in kits:
        state[str(kit)] = snapshot(kit) if kit.is_dir() else snapshot(kit.parent)[kit.name]
    state["world"] = snapshot(world)  # the folders that hold the test kits: nothing beside them
    return state


def test_the_core_leaves_every_original_as_it_was(kits, tmp_path):
    world = tmp_path / "world"
    before = _state(kits, world)
    catalog = Catalog(tmp_path / "cache" / "catalog.sqlite3")
    cache = ThumbnailCache(tmp_path / "cache" / "thumbnails")
    seen = 0
    for path in kits:
        for _ in range(2):  # the second time from the catalog and the thumbnail cache
            kit = open_kit(path, catalog=catalog)
            build_thumbnails(kit, size=256, jobs=2, cache=cache)
            for still in kit.stills:
                for size in (128, 512):
                    try:
                        load_thumbnail(kit, still, size, cache)
                    except ImageError:
                        pass
                try:
                    decode_image(kit, still, 1920, 1080)
                except ImageError:
                    pass
                seen += 1
            index = FilterIndex(kit.stills)
            characters = list(kit.character_counts())[:2]
            keywords = list(kit.keyword_counts())[:2]
            for flt in (
                StillFilter(),
                StillFilter(characters=frozenset(characters)),
                StillFilter(characters=frozenset(characters), match_all=True),
                StillFilter(keywords=frozenset(keywords), query="the"),
                StillFilter(query="dorothy"),
                StillFilter(query="승리호"),
            ):
                rows = index.rows(flt)
                assert [kit.stills[r] for r in rows] == flt.apply(kit.stills)
    assert seen > 100
    assert _state(kits, world) == before


def test_the_window_and_the_slideshow_leave_every_original_as_it_was(kits, tmp_path, qtbot):
    from PySide6.QtCore import QSettings, Qt

    from gallery.ui.window import MainWindow

    world = tmp_path / "world"
    before = _state(kits, world)
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    window = MainWindow(
        settings=settings,
        thumbnail_cache=ThumbnailCache(tmp_path / "cache" / "thumbnails"),
        catalog_factory=lambda: Catalog(tmp_path / "cache" / "catalog.sqlite3"),
    )
    qtbot.addWidget(window)
    window.resize(1100, 760)
    window.show()
    qtbot.waitExposed(window)
    try:
        for path in kits:
            with qtbot.waitSignal(window.kitLoaded, timeout=60_000):
                window.open_path(path)
            kit = window.kit
            qtbot.waitUntil(lambda: _thumbnails_done(window), timeout=60_000)
            names = list(kit.character_counts())
            if names and window.filter_bar.characters.chip(names[0]) is not None:
                window.filter_bar.characters.chip(names[0]).click()
                window.filter_bar.clear()
            for still in kit.stills[:: max(1, len(kit.stills) // 12)]:
                window.select_file(still.file)  # the details panel decodes a preview
            show = window.slideshows.start(full_screen=False)
            if show is not None:
                qtbot.waitExposed(show)
                for _ in range(min(len(kit.stills), 12)):
                    qtbot.waitUntil(lambda show=show: _settled(show), timeout=20_000)
                    qtbot.keyClick(show, Qt.Key.Key_Right)
                qtbot.keyClick(show, Qt.Key.Key_Escape)
                qtbot.waitUntil(lambda: window.slideshows.slideshow is None, timeout=10_000)
        qtbot.waitUntil(lambda: window.runner.pending == 0, timeout=30_000)
    finally:
        window.close()
    assert _state(kits, world) == before


def _settled(show) -> bool:
    return show.displayed is not None and show.displayed is show.current


def _thumbnails_done(window) -> bool:
    done, total = window.loader.progress()
    return total > 0 and done == total and window.loader.in_flight == 0
