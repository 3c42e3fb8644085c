"""The wheel carries what a desktop install needs: both commands, the translations, the desktop entry, metainfo
and icons (for `gallery install-desktop`), the man page and completions, the licence and the
metadata an index shows (classifiers, keywords, project URLs), and PyPI would take it as it is
(`twine check --strict`: the metadata and the README as PyPI renders it)."""

from __future__ import annotations

import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("wheel")
    result = subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "-q", "-w", str(folder), str(ROOT)],
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert result.returncode == 0, result.stderr[-3000:]
    (built,) = folder.glob("stills-*.whl")
    return built


def test_twine_check_passes_on_the_wheel(wheel):
    result = subprocess.run(
        [sys.executable, "-m", "twine", "check", "--strict", str(wheel)], capture_output=True, text=True, timeout=300
    )
    assert result.returncode == 0 and "PASSED" in result.stdout, result.stdout + result.stderr


def test_the_wheel_ships_the_desktop_files_docs_and_metadata(wheel):
    with zipfile.ZipFile(wheel) as zf:
        names = set(zf.namelist())
        info = next(n.split("/")[0] for n in names if n.endswith(".dist-info/METADATA"))
        data = info.replace(".dist-info", ".data") + "/data/"
        metadata = zf.read(f"{info}/METADATA").decode()
        scripts = zf.read(f"{info}/entry_points.txt").decode()
    for name in (
        "gallery/data/io.github.stills.Stills.desktop",
        "gallery/data/io.github.stills.Stills.metainfo.xml",
        "gallery/icons/stills.svg",
        "gallery/i18n/stills_ko.qm",  # the Korean window
        "gallery/i18n/stills_en.qm",  # English plural forms
        f"{info}/licenses/LICENSE",
        data + "share/man/man1/gallery.1",
        data + "share/man/man1/stills.1",
        data + "share/bash-completion/completions/gallery",
        data + "share/zsh/site-functions/_gallery",
        data + "share/zsh/site-functions/_stills",
    ):
        assert name in names, name
    assert "gallery = gallery.cli:main" in scripts and "stills = gallery.cli:main" in scripts
    assert "License-Expression: MIT" in metadata and "Keywords: " in metadata
    assert "Classifier: Topic :: Multimedia :: Graphics :: Viewers" in metadata
    assert "Project-URL: Homepage, https://github.com/stills/stills" in metadata
