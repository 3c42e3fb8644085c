"""Still ▸ Open With Default App and Show in Folder: the still's own file, or for a still in a
ZIP a copy outside the kit."""

from __future__ import annotations

import io
import os
import zipfile
from pathlib import Path

import pytest
from uihelpers import open_and_wait

from PySide6.QtCore import QUrl

from gallery.ui import opening


def record(window):
    opened, revealed = [], []
    window.opening.open_url = lambda url: opened.append(url) or True
    window.opening.reveal = lambda path: revealed.append(path) or True
    return opened, revealed


def test_open_with_hands_the_desktop_the_still_file_and_show_in_folder_selects_it(qtbot, make_window, small_kit):
    window = make_window()
    open_and_wait(qtbot, window, small_kit, thumbnails=False)
    opened, revealed = record(window)
    window.select_file("ss_03.jpg")
    assert window.commands["open_with"] in window.still_menu.actions()
    window.commands["open_with"].trigger()
    assert opened == [QUrl.fromLocalFile(str(small_kit / "ss_03.jpg"))]
    window.commands["show_in_folder"].trigger()
    assert revealed == [small_kit / "ss_03.jpg"]
    # No file manager answering: the folder is opened instead.
    window.opening.reveal = lambda path: False
    window.commands["show_in_folder"].trigger()
    assert opened[-1] == QUrl.fromLocalFile(str(small_kit))


def test_a_still_in_a_zip_is_copied_out_of_the_kit_first(qtbot, make_window, small_kit, tmp_path):
    archive = tmp_path / "kit.zip"
    with zipfile.ZipFile(archive, "w") as zf:
        for path in sorted(small_kit.iterdir()):
            zf.write(path, f"press/{path.name}")
    before = archive.read_bytes()
    window = make_window()
    open_and_wait(qtbot, window, archive, thumbnails=False)
    opened, revealed = record(window)
    file = next(s.file for s in window.kit.stills if s.name == "ss_02.jpg")
    window.select_file(file)
    window.commands["open_with"].trigger()
    qtbot.waitUntil(lambda: bool(opened), timeout=10000)
    copy = opened[0].toLocalFile()
    assert copy.endswith("/ss_02.jpg") and not copy.startswith(str(tmp_path))
    assert Path(copy).read_bytes() == (small_kit / "ss_02.jpg").read_bytes()
    window.commands["show_in_folder"].trigger()
    assert revealed == [archive]  # the ZIP, in its folder
    assert archive.read_bytes() == before  # nothing written into the kit
    window.close()
    assert not os.path.exists(copy)  # the copies go with the window


def test_copying_out_of_a_zip_is_bounded_and_keeps_to_its_folder(tmp_path, monkeypatch):
    data = io.BytesIO(b"x" * 5000)
    path = opening.extract_member(data.read, "../../escape/ss_01.jpg", tmp_path, lambda: False)
    assert path == tmp_path / "ss_01.jpg" and path.stat().st_size == 5000  # the name only: never outside
    monkeypatch.setattr(opening, "MAX_EXTRACT_BYTES", 4096)
    monkeypatch.setattr(opening, "_CHUNK", 1024)
    with pytest.raises(opening.ExtractError, match="too large"):
        opening.extract_member(io.BytesIO(b"x" * 5000).read, "big.jpg", tmp_path, lambda: False)
