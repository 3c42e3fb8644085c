"""The files beside the stills at a kit's top (caption sheets, notes), read the same way from a
folder and a ZIP: never a link, never a file in a subfolder, bounded."""

from __future__ import annotations

import os
import zipfile

from gallery.core.sources import open_source


def _folder(tmp_path):
    root = tmp_path / "kit"
    (root / "HR").mkdir(parents=True)
    (root / "Photo Captions.txt").write_text("01 Dorothy. Photo: Netflix")
    (root / "HR" / "captions.txt").write_text("not at the top")
    (root / "big.txt").write_bytes(b"x" * 100)
    os.symlink("/etc/passwd", root / "linked captions.txt")
    return root


def test_a_folder_lists_and_reads_only_regular_files_at_its_top(tmp_path):
    source = open_source(_folder(tmp_path))
    assert source.root_files() == ["Photo Captions.txt", "big.txt"]
    assert source.read_root_file("Photo Captions.txt", 1000) == b"01 Dorothy. Photo: Netflix"
    assert source.read_root_file("linked captions.txt", 1000) is None
    assert source.read_root_file("HR/captions.txt", 1000) is None
    assert source.read_root_file("../kit/big.txt", 1000) is None
    assert len(source.read_root_file("big.txt", 10)) == 11  # more than the limit: it is larger


def test_a_zip_zipped_with_its_folder_reads_that_folders_top(tmp_path):
    path = tmp_path / "kit.zip"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("Space Sweepers/Photo Captions.txt", "01 Dorothy. Photo: Netflix")
        archive.writestr("Space Sweepers/HR/captions.txt", "not at the top")
        archive.writestr("Space Sweepers/big.txt", b"x" * 100)
        archive.writestr("Space Sweepers/ss_01.jpg", b"\xff\xd8\xff\xd9")
    source = open_source(path)
    assert source.root_files() == ["Photo Captions.txt", "big.txt", "ss_01.jpg"]
    assert source.read_root_file("Photo Captions.txt", 1000) == b"01 Dorothy. Photo: Netflix"
    assert source.read_root_file("HR/captions.txt", 1000) is None
    assert source.read_root_file("missing.txt", 1000) is None
    assert len(source.read_root_file("big.txt", 10)) == 11
