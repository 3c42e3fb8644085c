"""The one XDG Base Directory lookup: absolute values are used, relative ones ignored (as the
specification says), and the cache, library and catalog all go through it."""

from __future__ import annotations

import pytest

from gallery.core import xdg


@pytest.mark.parametrize(
    ("variable", "default"),
    [
        ("XDG_CACHE_HOME", ".cache"),
        ("XDG_CONFIG_HOME", ".config"),
        ("XDG_DATA_HOME", ".local/share"),
        ("XDG_STATE_HOME", ".local/state"),
    ],
)
def test_relative_and_empty_values_fall_back_to_the_default(monkeypatch, tmp_path, variable, default):
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    monkeypatch.setenv(variable, str(tmp_path / "abs"))
    assert xdg.base_dir(variable) == tmp_path / "abs"
    for ignored in ("relcache", "./here", ""):
        monkeypatch.setenv(variable, ignored)
        assert xdg.base_dir(variable) == tmp_path / "home" / default
    monkeypatch.delenv(variable)
    assert xdg.base_dir(variable) == tmp_path / "home" / default


def test_the_cache_library_and_catalog_ignore_a_relative_value(monkeypatch, tmp_path):
    from gallery.core.catalog import default_catalog_path
    from gallery.core.imaging import cache_home
    from gallery.core.library import default_library_path

    monkeypatch.setenv("HOME", str(tmp_path))
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("XDG_CACHE_HOME", "relcache")
    monkeypatch.setenv("XDG_DATA_HOME", "reldata")
    assert cache_home() == tmp_path / ".cache"
    assert default_catalog_path() == tmp_path / ".cache" / "stills" / "catalog.sqlite3"
    assert default_library_path() == tmp_path / ".local" / "share" / "stills" / "library.sqlite3"


def test_runtime_dir_only_when_absolute(monkeypatch, tmp_path):
    monkeypatch.setenv("XDG_RUNTIME_DIR", str(tmp_path))
    assert xdg.runtime_dir() == tmp_path
    monkeypatch.setenv("XDG_RUNTIME_DIR", "run")
    assert xdg.runtime_dir() is None
