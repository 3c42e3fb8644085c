"""Put Stills in the desktop's menus: its desktop entry, AppStream metainfo and icons, copied
into ``$XDG_DATA_HOME`` (``~/.local/share``) for the current user, or removed again.

    gallery install-desktop                   # Exec= this install's own gallery command
    gallery install-desktop --exec PATH       # Exec= a built one-folder app
    gallery install-desktop --uninstall
    python -m gallery.desktop [--exec PATH] [--uninstall]   # the same (packaging/install-desktop.sh)

The files ship inside the package (gallery/data and gallery/icons in a wheel; packaging/ and
assets/icons in a source checkout). The standard library only: the script runs it from a
checkout without installing anything.
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import subprocess
import sys
from collections.abc import Sequence
from pathlib import Path

APP_ID = "io.github.stills.Stills"
HERE = Path(__file__).resolve().parent
#: A path the desktop entry can carry without quoting rules beyond double quotes around spaces.
PLAIN_PATH = re.compile(r"[A-Za-z0-9/._+ -]+")


def data_home() -> Path:
    value = os.environ.get("XDG_DATA_HOME", "")
    return Path(value) if os.path.isabs(value) else Path.home() / ".local" / "share"  # as gallery.core.xdg


def source_files() -> tuple[Path, Path, Path]:
    """The desktop entry, the metainfo and the icon folder (holding stills.svg and hicolor/)."""
    for data, icons in ((HERE / "data", HERE / "icons"), (HERE.parent / "packaging", HERE.parent / "assets" / "icons")):
        entry, metainfo = data / f"{APP_ID}.desktop", data / f"{APP_ID}.metainfo.xml"
        if entry.is_file() and metainfo.is_file() and (icons / "stills.svg").is_file():
            return entry, metainfo, icons
    raise FileNotFoundError(f"the desktop files are not beside {HERE}")


def own_command() -> Path | None:
    """This install's ``gallery`` command (absolute: a venv's bin is not on the desktop's PATH);
    in a built app, the app itself."""
    if getattr(sys, "frozen", False):
        return Path(sys.executable)
    beside = Path(sys.executable).parent / "gallery"
    if beside.is_file() and os.access(beside, os.X_OK):
        return beside
    found = shutil.which("gallery")
    return Path(found).resolve() if found else None


def desktop_entry(template: str, command: Path | None) -> str:
    """The entry with Exec and TryExec pointing at ``command`` (None: left as ``gallery``)."""
    if command is None:
        return template
    path = str(command)
    if not PLAIN_PATH.fullmatch(path):
        raise ValueError(f"keep the path to plain letters, digits, spaces and ._+-: {path}")
    quoted = f'"{path}"' if " " in path else path  # the Desktop Entry spec's quoting
    text = re.sub(r"^Exec=gallery ", lambda _: f"Exec={quoted} ", template, flags=re.M)
    return re.sub(r"^TryExec=gallery$", lambda _: f"TryExec={path}", text, flags=re.M)


def installed_files(data: Path, icons: Path) -> list[tuple[Path, Path]]:
    """(source, destination) of the metainfo-free part: the icons under the app id."""
    pairs = [(icons / "stills.svg", data / "icons" / "hicolor" / "scalable" / "apps" / f"{APP_ID}.svg")]
    for png in sorted(icons.glob("hicolor/*/apps/stills.png")):
        pairs.append((png, data / "icons" / "hicolor" / png.parent.parent.name / "apps" / f"{APP_ID}.png"))
    return pairs


def install(data: Path | None = None, command: Path | None = None) -> Path:
    """Install for this user; returns the desktop entry written."""
    data = data or data_home()
    entry_source, metainfo, icons = source_files()
    entry = data / "applications" / f"{APP_ID}.desktop"
    text = desktop_entry(entry_source.read_text(encoding="utf-8"), command)
    entry.parent.mkdir(parents=True, exist_ok=True)
    partial = entry.with_suffix(".tmp")
    partial.write_text(text, encoding="utf-8")
    partial.replace(entry)
    for source, target in [(metainfo, data / "metainfo" / metainfo.name), *installed_files(data, icons)]:
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(source, target)
        target.chmod(0o644)
    _refresh(data)
    return entry


def uninstall(data: Path | None = None) -> None:
    data = data or data_home()
    _, _, icons = source_files()
    targets = [data / "applications" / f"{APP_ID}.desktop", data / "metainfo" / f"{APP_ID}.metainfo.xml"]
    targets += [target for _, target in installed_files(data, icons)]
    targets += list((data / "icons" / "hicolor").glob(f"*/apps/{APP_ID}.png"))
    for target in targets:
        target.unlink(missing_ok=True)
    _refresh(data)


def _refresh(data: Path) -> None:
    """Let menus and icon themes notice (the icon cache is rebuilt only where one exists)."""
    with_tool = [
        ("update-desktop-database", ["-q", str(data / "applications")], True),
        ("gtk-update-icon-cache", ["-q", "-t", "-f", str(data / "icons" / "hicolor")], False),
    ]
    for tool, args, always in with_tool:
        if shutil.which(tool) and (always or (data / "icons" / "hicolor" / "index.theme").is_file()):
            subprocess.run([tool, *args], capture_output=True, check=False, timeout=60)
    try:
        os.utime(data / "icons" / "hicolor")
    except OSError:
        pass


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--exec",
        metavar="PATH",
        help="the command the menu entry runs: a path, or a name on PATH (default: this gallery)",
    )
    parser.add_argument("--uninstall", action="store_true", help="remove what an install put there")


def run(opts: argparse.Namespace) -> int:
    data = data_home()
    try:
        if opts.uninstall:
            uninstall(data)
            print(f"Removed Stills from {data}")
            return 0
        if opts.exec and "/" not in opts.exec:
            command = None if opts.exec == "gallery" else Path(opts.exec)  # a name the desktop finds on PATH
        elif opts.exec:
            command = Path(opts.exec).absolute()
            if not (command.is_file() and os.access(command, os.X_OK)):
                print(f"gallery: {command} is not an executable", file=sys.stderr)
                return 2
        else:
            command = own_command()
        entry = install(data, command)
    except (OSError, ValueError) as exc:
        print(f"gallery: {exc}", file=sys.stderr)
        return 2
    exec_line = next(line for line in entry.read_text(encoding="utf-8").splitlines() if line.startswith("Exec="))
    print(f"Installed Stills into {data} ({exec_line})")
    return 0


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m gallery.desktop", description=__doc__.split("\n\n")[0])
    add_arguments(parser)
    return run(parser.parse_args(argv))


if __name__ == "__main__":
    sys.exit(main())
