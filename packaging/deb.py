"""Build a .deb of the one-folder app (dist/stills from packaging/build.sh).

    python packaging/deb.py                       # dist/stills -> dist/stills_VERSION_ARCH.deb
    python packaging/deb.py --app DIR --out DIR   # another built app or output folder
    lintian dist/stills_*.deb                     # where lintian is installed

Layout (Debian policy): the app in /usr/lib/stills, /usr/bin/gallery and /usr/bin/stills
linking to it, the desktop entry, metainfo and icons under /usr/share, the man pages gzipped
(stills.1.gz a link to gallery.1.gz), bash and zsh completions, and /usr/share/doc/stills
with the machine-readable copyright and a changelog. ``stage()`` makes the tree (the tests
check it without a built app); ``build()`` runs dpkg-deb on it.
"""

from __future__ import annotations

import argparse
import gzip
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
APP_ID = "io.github.stills.Stills"
PACKAGE = "stills"
MAINTAINER = "The Stills developers <stills@users.noreply.github.com>"
HOMEPAGE = "https://github.com/stills/stills"
#: What the bundled Qt's xcb platform plugin needs from the system (the rest is in the bundle).
DEPENDS = "libc6, libxcb-cursor0, libxkbcommon-x11-0, libgl1, libegl1, libfontconfig1, libdbus-1-3"
#: The changelog's date for this version (RFC 2822, as dpkg-parsechangelog wants it).
RELEASED = "Thu, 03 Dec 2026 12:00:00 +0000"
SUMMARY = "offline gallery for film and series press kits"
DESCRIPTION = """\
 Stills opens a press kit of promotional stills, as a folder or as the ZIP
 it came in, and shows it as a thumbnail grid with each still's caption,
 credit, characters and release date, read from XMP, IPTC and EXIF metadata.
 Filter by character or keyword, copy a caption with its credit, export the
 originals with a caption sheet, or run a slideshow. Nothing is ever written
 into a kit, and everything works offline."""


def version() -> str:
    text = (ROOT / "gallery" / "__init__.py").read_text(encoding="utf-8")
    found = re.search(r'__version__ = "([^"]+)"', text)
    if not found:
        raise SystemExit("deb.py: no __version__ in gallery/__init__.py")
    return found.group(1)


def architecture() -> str:
    return subprocess.run(["dpkg", "--print-architecture"], capture_output=True, text=True, check=True).stdout.strip()


def control(ver: str, arch: str, installed_kib: int) -> str:
    return (
        f"Package: {PACKAGE}\nVersion: {ver}\nArchitecture: {arch}\nMaintainer: {MAINTAINER}\n"
        f"Installed-Size: {installed_kib}\nDepends: {DEPENDS}\nSection: graphics\nPriority: optional\n"
        f"Homepage: {HOMEPAGE}\nDescription: {SUMMARY}\n{DESCRIPTION}\n"
    )


def copyright_file() -> str:
    licence = (ROOT / "LICENSE").read_text(encoding="utf-8").split("\n\n", 2)[2]
    body = "\n".join(f" {line}" if line else " ." for line in licence.strip().splitlines())
    return (
        "Format: https://www.debian.org/doc/packaging-manuals/copyright-format/1.0/\n"
        f"Upstream-Name: Stills\nSource: {HOMEPAGE}\n\n"
        "Files: *\nCopyright: 2026 The Stills developers\nLicense: Expat\n"
        f"{body}\n"
    )


def _gzip(source: bytes, target: Path) -> None:
    target.parent.mkdir(parents=True, exist_ok=True)
    with open(target, "wb") as raw, gzip.GzipFile(fileobj=raw, mode="wb", compresslevel=9, mtime=0, filename="") as gz:
        gz.write(source)


def _put(source: Path, target: Path, mode: int = 0o644) -> None:
    target.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(source, target)
    target.chmod(mode)


def stage(app: Path, tree: Path, ver: str, arch: str) -> Path:
    """The package's file tree at ``tree`` (made anew) from the one-folder app ``app``."""
    if not (app / "stills").is_file():
        raise SystemExit(f"deb.py: no built app at {app / 'stills'} (run packaging/build.sh)")
    shutil.rmtree(tree, ignore_errors=True)
    usr = tree / "usr"
    shutil.copytree(app, usr / "lib" / PACKAGE, symlinks=True)
    for path in (usr / "lib" / PACKAGE).rglob("*"):  # policy: 755 executables, 644 the rest
        if path.is_file() and not path.is_symlink():
            path.chmod(0o755 if os.access(path, os.X_OK) and path.name == "stills" else 0o644)
    (usr / "lib" / PACKAGE / "stills").chmod(0o755)
    (usr / "bin").mkdir(parents=True)
    for name in ("gallery", "stills"):
        (usr / "bin" / name).symlink_to(f"../lib/{PACKAGE}/stills")
    share = usr / "share"
    _put(ROOT / "packaging" / f"{APP_ID}.desktop", share / "applications" / f"{APP_ID}.desktop")
    _put(ROOT / "packaging" / f"{APP_ID}.metainfo.xml", share / "metainfo" / f"{APP_ID}.metainfo.xml")
    icons = ROOT / "assets" / "icons"
    _put(icons / "stills.svg", share / "icons" / "hicolor" / "scalable" / "apps" / f"{APP_ID}.svg")
    for png in sorted(icons.glob("hicolor/*/apps/stills.png")):
        _put(png, share / "icons" / "hicolor" / png.parent.parent.name / "apps" / f"{APP_ID}.png")
    _gzip((ROOT / "share" / "man" / "man1" / "gallery.1").read_bytes(), share / "man" / "man1" / "gallery.1.gz")
    (share / "man" / "man1" / "stills.1.gz").symlink_to("gallery.1.gz")
    for name in ("gallery", "stills"):
        _put(
            ROOT / "share" / "bash-completion" / "completions" / name, share / "bash-completion" / "completions" / name
        )
        _put(ROOT / "share" / "zsh" / "site-functions" / f"_{name}", share / "zsh" / "vendor-completions" / f"_{name}")
    # Only for what a bundled app is by nature (packaging/lintian-overrides says why).
    _put(ROOT / "packaging" / "lintian-overrides", share / "lintian" / "overrides" / PACKAGE)
    doc = share / "doc" / PACKAGE
    doc.mkdir(parents=True)
    (doc / "copyright").write_text(copyright_file(), encoding="utf-8")
    changelog = f"{PACKAGE} ({ver}) unstable; urgency=medium\n\n  * Release {ver}.\n\n -- {MAINTAINER}  {RELEASED}\n"
    _gzip(changelog.encode(), doc / "changelog.gz")
    size = sum(p.lstat().st_size for p in tree.rglob("*") if p.is_file() or p.is_symlink())
    (tree / "DEBIAN").mkdir()
    (tree / "DEBIAN" / "control").write_text(control(ver, arch, (size + 1023) // 1024), encoding="utf-8")
    for folder in [tree, *[p for p in tree.rglob("*") if p.is_dir() and not p.is_symlink()]]:
        folder.chmod(0o755)
    return tree


def build(app: Path, out: Path) -> Path:
    ver, arch = version(), architecture()
    tree = stage(app, out / "deb-tree", ver, arch)
    deb = out / f"{PACKAGE}_{ver}_{arch}.deb"
    subprocess.run(["dpkg-deb", "--root-owner-group", "-Zxz", "--build", str(tree), str(deb)], check=True)
    shutil.rmtree(tree)
    return deb


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Build a .deb of the one-folder app.")
    parser.add_argument("--app", type=Path, default=ROOT / "dist" / "stills", help="the built app (dist/stills)")
    parser.add_argument("--out", type=Path, default=ROOT / "dist", help="where the .deb goes (dist)")
    opts = parser.parse_args(argv)
    print(f"deb.py: built {build(opts.app.resolve(), opts.out.resolve())}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
