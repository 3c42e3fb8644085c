"""The code is linted, formatted and (the core) strictly typed: CI runs these with the suite."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def run(*args: str, cwd: Path = ROOT) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", *args], cwd=cwd, capture_output=True, text=True, timeout=600)


def test_ruff_finds_nothing():
    result = run("ruff", "check", "--no-cache", ".")
    assert result.returncode == 0, result.stdout + result.stderr


def test_code_is_formatted():
    result = run("ruff", "format", "--check", "--no-cache", ".")
    assert result.returncode == 0, result.stdout + result.stderr


def test_core_is_strictly_typed(tmp_path):
    result = run("mypy", "--config-file", str(ROOT / "pyproject.toml"), "--cache-dir", str(tmp_path / "mypy"))
    assert result.returncode == 0, result.stdout + result.stderr


def test_core_and_cli_import_no_qt():
    """Every module of gallery.core (and the command line) imports without Qt, in a fresh
    interpreter: the CLI and the worker processes must run where PySide6 is not installed."""
    code = (
        "import importlib, pkgutil, sys\n"
        "import gallery.core\n"
        "names = [m.name for m in pkgutil.walk_packages(gallery.core.__path__, 'gallery.core.')]\n"
        "for name in names + ['gallery.cli']:\n"
        "    importlib.import_module(name)\n"
        "bad = sorted(m for m in sys.modules if m.split('.')[0] in ('PySide6', 'shiboken6'))\n"
        "print(len(names), bad)\n"
        "sys.exit(1 if bad or not names else 0)\n"
    )
    result = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stdout + result.stderr
