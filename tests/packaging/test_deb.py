"""The .deb of the one-folder app (packaging/deb.py): its control file, its layout under /usr
and, where lintian is installed, lintian's verdict. A stand-in app folder keeps this fast; the
real one is packed the same way (`python packaging/deb.py` after packaging/build.sh)."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "packaging"))

import deb  # noqa: E402

import gallery  # noqa: E402


def fake_app(folder: Path) -> Path:
    (folder / "_internal" / "gallery").mkdir(parents=True)
    (folder / "stills").write_text("#!/bin/sh\necho Stills\n", encoding="utf-8")
    (folder / "stills").chmod(0o755)
    (folder / "_internal" / "gallery" / "data.txt").write_text("x\n", encoding="utf-8")
    return folder


def parse_control(text: str) -> dict[str, str]:
    fields: dict[str, str] = {}
    key = ""
    for line in text.splitlines():
        if line.startswith(" "):
            fields[key] += "\n" + line
        else:
            key, _, value = line.partition(": ")
            fields[key] = value
    return fields


def test_the_control_file_names_the_package_as_debian_wants(tmp_path):
    tree = deb.stage(fake_app(tmp_path / "app"), tmp_path / "tree", gallery.__version__, "amd64")
    fields = parse_control((tree / "DEBIAN" / "control").read_text(encoding="utf-8"))
    assert fields["Package"] == "stills" and fields["Version"] == gallery.__version__
    assert fields["Architecture"] == "amd64" and fields["Section"] == "graphics"
    assert "libxcb-cursor0" in fields["Depends"] and "libxkbcommon-x11-0" in fields["Depends"]
    assert int(fields["Installed-Size"]) > 0 and fields["Homepage"].startswith("https://")
    summary, *long = fields["Description"].splitlines()
    assert summary and len(summary) < 80 and long and all(line.startswith(" ") for line in long)


def test_the_layout_follows_the_filesystem_standard(tmp_path):
    tree = deb.stage(fake_app(tmp_path / "app"), tmp_path / "tree", gallery.__version__, "amd64")
    for name in ("gallery", "stills"):
        link = tree / "usr" / "bin" / name
        assert link.is_symlink() and link.resolve() == (tree / "usr/lib/stills/stills").resolve()
    share = tree / "usr" / "share"
    for path in (
        "applications/io.github.stills.Stills.desktop",
        "metainfo/io.github.stills.Stills.metainfo.xml",
        "icons/hicolor/scalable/apps/io.github.stills.Stills.svg",
        "icons/hicolor/128x128/apps/io.github.stills.Stills.png",
        "man/man1/gallery.1.gz",
        "bash-completion/completions/gallery",
        "zsh/vendor-completions/_gallery",
        "doc/stills/copyright",
        "doc/stills/changelog.gz",
        "lintian/overrides/stills",
    ):
        assert (share / path).is_file(), path
    assert (share / "man/man1/stills.1.gz").is_symlink()
    assert "Exec=gallery %F" in (share / "applications/io.github.stills.Stills.desktop").read_text()
    assert "License: Expat" in (share / "doc/stills/copyright").read_text()
    assert not any(p.name == "DEBIAN" for p in (tree / "usr").rglob("*"))


def test_dpkg_deb_builds_it_and_lintian_passes_where_installed(tmp_path):
    built = deb.build(fake_app(tmp_path / "app"), tmp_path)
    assert built.name == f"stills_{gallery.__version__}_{deb.architecture()}.deb"
    contents = subprocess.run(["dpkg-deb", "--contents", str(built)], capture_output=True, text=True, check=True)
    assert "root/root" in contents.stdout and "./usr/lib/stills/stills" in contents.stdout
    lintian = shutil.which("lintian")
    if lintian:  # .ci/run does not install it; where it is, its errors and warnings fail the test
        result = subprocess.run([lintian, "--fail-on", "error,warning", str(built)], capture_output=True, text=True)
        assert result.returncode == 0, result.stdout + result.stderr
