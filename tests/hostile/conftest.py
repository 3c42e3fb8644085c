"""Fixtures for the hostile-input suite: kits made from the recipes in hostile_cases.py,
caches and catalogs in tmp_path, and a proof that nothing was written into a kit."""

from __future__ import annotations

import hashlib
import os
import stat
from pathlib import Path

import pytest
from hostile_cases import GOOD_FILES, hostile_files

from gallery.core.catalog import Catalog
from gallery.core.imaging import ThumbnailCache


def write(path: Path, data: bytes) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data)
    return path


def snapshot(root: Path) -> dict[str, str]:
    """Every entry under root (files, folders, links, pipes) with what identifies its content:
    proof that nothing in a kit changed and nothing appeared. Never follows links or opens
    anything that is not a regular file."""
    found: dict[str, str] = {}
    for folder, dirs, files in os.walk(root):
        for name in dirs + files:
            path = Path(folder, name)
            rel = os.fsencode(path.relative_to(root)).decode("utf-8", "backslashreplace")
            st = path.lstat()
            if stat.S_ISLNK(st.st_mode):
                found[rel] = "link:" + os.readlink(path)
            elif stat.S_ISREG(st.st_mode):
                found[rel] = hashlib.sha256(path.read_bytes()).hexdigest() + f":{st.st_mode:o}:{st.st_mtime_ns}"
            else:
                found[rel] = f"mode:{stat.S_IFMT(st.st_mode):o}"
    return found


def build_hostile_kit(root: Path) -> Path:
    """A folder kit of every per-file case plus a few good stills in a subfolder."""
    for case in hostile_files():
        write(root / case.name, case.data)
    for name, make in GOOD_FILES.items():
        write(root / name, make())
    return root


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    # Pillow warns about every tag it skips in a hostile file (thousands per EXIF bomb);
    # Stills silences that at import, but pytest resets warning filters for each test.
    for item in items:
        if "hostile" in str(item.path):
            item.add_marker(pytest.mark.filterwarnings("ignore::UserWarning"))


@pytest.fixture
def cache(tmp_path: Path) -> ThumbnailCache:
    return ThumbnailCache(tmp_path / "cache" / "thumbnails")


@pytest.fixture
def catalog(tmp_path: Path) -> Catalog:
    return Catalog(tmp_path / "cache" / "stills" / "catalog.sqlite3")


@pytest.fixture(scope="module")
def hostile_kit(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build_hostile_kit(tmp_path_factory.mktemp("hostile") / "kit")
