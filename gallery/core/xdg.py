"""The XDG Base Directory lookup: one place for where Stills keeps its cache, data and state.

The specification says a relative value in ``XDG_*_HOME`` is invalid and must be ignored, so
``XDG_CACHE_HOME=relcache`` falls back to ``~/.cache`` instead of writing into whatever
folder the command was started from.
"""

from __future__ import annotations

import os
from pathlib import Path

#: Each variable and its default under the home folder, as the specification gives them.
DEFAULTS = {
    "XDG_CACHE_HOME": (".cache",),
    "XDG_CONFIG_HOME": (".config",),
    "XDG_DATA_HOME": (".local", "share"),
    "XDG_STATE_HOME": (".local", "state"),
}


def base_dir(variable: str) -> Path:
    """``$variable`` when it is set to an absolute path, else the specification's default."""
    value = os.environ.get(variable, "")
    if value and os.path.isabs(value):
        return Path(value)
    return Path.home().joinpath(*DEFAULTS[variable])


def cache_home() -> Path:
    return base_dir("XDG_CACHE_HOME")


def config_home() -> Path:
    return base_dir("XDG_CONFIG_HOME")


def data_home() -> Path:
    return base_dir("XDG_DATA_HOME")


def state_home() -> Path:
    return base_dir("XDG_STATE_HOME")


def runtime_dir() -> Path | None:
    """``$XDG_RUNTIME_DIR`` when it is set to an absolute path; None otherwise (the
    specification leaves the fallback to the application)."""
    value = os.environ.get("XDG_RUNTIME_DIR", "")
    return Path(value) if value and os.path.isabs(value) else None
