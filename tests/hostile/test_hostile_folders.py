"""Hostile folder kits: link loops and links out, unreadable files and folders, pipes and
sockets named like stills, files deleted, cut or swapped while read, a read-only kit, odd
names. The scan ends, each still says why, and the kit's tree is left exactly as it was."""

from __future__ import annotations

import errno
import json
import os
import socket
import stat
import threading
import time
from pathlib import Path

import pytest
from conftest import snapshot, write
from hostile_cases import good_jpeg, good_png

from gallery.core.imaging import ImageError, ThumbnailCache, decode_image, load_thumbnail
from gallery.core.kit import open_kit
from gallery.core.sources import folder as folder_source
from gallery.core.thumbnailer import build_thumbnails

IS_ROOT = hasattr(os, "geteuid") and os.geteuid() == 0


def test_link_loops_and_links_out_of_the_kit_end_the_scan(tmp_path):
    outside = write(tmp_path / "outside" / "secret.jpg", good_jpeg())
    kit_dir = tmp_path / "kit"
    write(kit_dir / "in.jpg", good_jpeg())
    os.symlink("b.jpg", kit_dir / "a.jpg")  # a -> b -> a
    os.symlink("a.jpg", kit_dir / "b.jpg")
    os.symlink("..", kit_dir / "up")  # a link to the parent: everything above the kit
    os.symlink("/", kit_dir / "root")
    os.symlink(".", kit_dir / "here")  # a loop through a folder
    os.symlink(kit_dir / "sub", kit_dir / "sub-again")
    write(kit_dir / "sub" / "deep.jpg", good_jpeg())
    os.symlink(kit_dir, kit_dir / "sub" / "back-to-top")
    os.symlink(outside, kit_dir / "secret.jpg")
    os.symlink(kit_dir / "missing.jpg", kit_dir / "dangling.jpg")
    before = snapshot(kit_dir)
    started = time.perf_counter()
    kit = open_kit(kit_dir)
    assert time.perf_counter() - started < 10
    files = {s.file: s.error for s in kit.stills}
    assert files["in.jpg"] is None and files["sub/deep.jpg"] is None
    assert not any("secret" in f or f.startswith(("up/", "root/")) for f in files)
    assert files["dangling.jpg"].startswith("unreadable")
    warnings = " | ".join(kit.warnings)
    assert "a.jpg: link loop" in warnings and "b.jpg: link loop" in warnings
    assert "up: link leads outside the kit" in warnings and "secret.jpg: link leads outside the kit" in warnings
    assert snapshot(kit_dir) == before


def test_a_file_replaced_by_a_link_out_after_the_scan_is_not_followed(tmp_path, cache):
    outside = write(tmp_path / "outside.jpg", good_jpeg())
    kit_dir = tmp_path / "kit"
    path = write(kit_dir / "a.jpg", good_jpeg())
    kit = open_kit(kit_dir)
    path.unlink()
    os.symlink(outside, path)
    with pytest.raises(ImageError, match="outside the kit"):
        load_thumbnail(kit, kit.stills[0], 128, cache)
    with pytest.raises(ImageError, match="outside the kit"):
        decode_image(kit, kit.stills[0], 800, 600)


def test_pipes_sockets_and_folders_named_like_stills(tmp_path, cache):
    kit_dir = tmp_path / "kit"
    write(kit_dir / "good.jpg", good_jpeg())
    os.mkfifo(kit_dir / "pipe.jpg")
    sock = socket.socket(socket.AF_UNIX)
    sock.bind(str(kit_dir / "sock.png"))
    write(kit_dir / "folder.jpg" / "inside.png", good_png())
    try:
        started = time.perf_counter()
        kit = open_kit(kit_dir)
        build_thumbnails(kit, size=64, jobs=2, cache=cache)
        assert time.perf_counter() - started < 10  # nobody opened the pipe and waited
        found = {s.file: s.error for s in kit.stills}
        assert found == {
            "good.jpg": None,
            "pipe.jpg": "not a regular file (named pipe)",
            "sock.png": "not a regular file (socket)",
            "folder.jpg/inside.png": None,
        }
    finally:
        sock.close()


def test_a_file_swapped_for_a_pipe_after_the_scan_does_not_hang(tmp_path, cache):
    kit_dir = tmp_path / "kit"
    path = write(kit_dir / "a.jpg", good_jpeg())
    kit = open_kit(kit_dir)
    path.unlink()
    os.mkfifo(path)  # opened naively, reading this would block forever
    started = time.perf_counter()
    with pytest.raises(ImageError, match="not a regular file"):
        load_thumbnail(kit, kit.stills[0], 128, cache)
    report = build_thumbnails(kit, size=200, jobs=1, cache=ThumbnailCache(tmp_path / "c2"))
    assert report.failed == [("a.jpg", "not a regular file (named pipe)")]
    assert time.perf_counter() - started < 10


def test_unreadable_files_and_folders(tmp_path, monkeypatch, cache):
    kit_dir = tmp_path / "kit"
    write(kit_dir / "good.jpg", good_jpeg())
    locked = write(kit_dir / "locked.jpg", good_jpeg())
    write(kit_dir / "closed" / "inside.jpg", good_jpeg())
    os.chmod(locked, 0)
    os.chmod(kit_dir / "closed", 0)
    try:
        kit = open_kit(kit_dir)
        found = {s.file: s.error for s in kit.stills}
        if IS_ROOT:
            # Root reads through permissions: the kit simply opens in full.
            assert found == {"closed/inside.jpg": None, "good.jpg": None, "locked.jpg": None}
        else:
            assert found["locked.jpg"] == "unreadable (Permission denied)"
            assert any(w.startswith("closed: Permission denied") for w in kit.warnings)
    finally:
        os.chmod(locked, 0o644)
        os.chmod(kit_dir / "closed", 0o755)

    # What a user without the right sees, whoever runs the tests: the OS says no.
    real_open, real_scandir = os.open, os.scandir

    def deny_open(path, flags, *args, **kwargs):
        if str(path).endswith("locked.jpg"):
            raise PermissionError(errno.EACCES, "Permission denied", str(path))
        return real_open(path, flags, *args, **kwargs)

    def deny_scandir(path="."):
        if str(path).endswith("closed"):
            raise PermissionError(errno.EACCES, "Permission denied", str(path))
        return real_scandir(path)

    monkeypatch.setattr(folder_source.os, "open", deny_open)
    monkeypatch.setattr(folder_source.os, "scandir", deny_scandir)
    monkeypatch.setenv("STILLS_NO_WORKERS", "1")  # the denial is monkeypatched in this process
    kit = open_kit(kit_dir)
    found = {s.file: s.error for s in kit.stills}
    assert found == {"good.jpg": None, "locked.jpg": "unreadable (Permission denied)"}
    assert "closed: Permission denied" in kit.warnings
    with pytest.raises(ImageError, match="locked.jpg|unreadable"):
        load_thumbnail(kit, kit.still("locked.jpg"), 128, cache)


def test_a_file_deleted_after_the_scan(tmp_path, cache):
    kit_dir = tmp_path / "kit"
    write(kit_dir / "a.jpg", good_jpeg())
    gone = write(kit_dir / "b.jpg", good_jpeg())
    kit = open_kit(kit_dir)
    gone.unlink()
    assert load_thumbnail(kit, kit.still("a.jpg"), 128, cache).size
    with pytest.raises(ImageError, match="file is gone"):
        load_thumbnail(kit, kit.still("b.jpg"), 128, cache)
    # "file is gone" may pass (a copy in progress): it is not recorded as a failure.
    assert cache.recorded_failure(kit, kit.still("b.jpg")) is None
    write(gone, good_jpeg())
    os.utime(gone, (kit.still("b.jpg").mtime, kit.still("b.jpg").mtime))
    assert load_thumbnail(kit, kit.still("b.jpg"), 128, cache).size


def _racing_source(monkeypatch, action):
    """FolderSource.open that does something nasty to the file right after opening it."""
    real = folder_source.FolderSource.open

    def racing(self, file):
        fh = real(self, file)
        if file.startswith("victim"):
            action(self._checked(file))
        return fh

    monkeypatch.setattr(folder_source.FolderSource, "open", racing)
    monkeypatch.setenv("STILLS_NO_WORKERS", "1")  # the race is staged in this process


@pytest.mark.parametrize("action", ["delete", "truncate", "replace", "grow"])
def test_a_file_changed_while_it_is_read(tmp_path, monkeypatch, cache, action):
    kit_dir = tmp_path / "kit"
    write(kit_dir / "good.jpg", good_jpeg())
    write(kit_dir / "victim.jpg", good_jpeg(size=(400, 300)))

    def act(path: Path) -> None:
        if action == "delete":
            path.unlink()
        elif action == "truncate":
            with open(path, "r+b") as fh:
                fh.truncate(300)
        elif action == "replace":
            tmp = path.with_name("new.tmp")
            tmp.write_bytes(b"<html>swapped</html>")
            os.replace(tmp, path)
        else:
            with open(path, "ab") as fh:
                fh.write(b"\x00" * 100_000)

    _racing_source(monkeypatch, act)
    kit = open_kit(kit_dir)  # metadata read with the race
    assert kit.still("good.jpg").error is None
    victim = kit.still("victim.jpg")
    if action == "truncate":
        assert victim.error and victim.error.startswith("damaged file")
    else:  # the open handle still sees the old inode (or a longer file): it reads fine
        assert victim.error is None or victim.error.startswith("damaged")
    # The thumbnail is made, or refused with a reason: never anything else.
    try:
        load_thumbnail(kit, victim, 128, cache)
    except ImageError as exc:
        assert str(exc)


def test_a_read_only_kit_is_used_fully_and_left_as_it_was(tmp_path, cache, catalog):
    kit_dir = tmp_path / "kit"
    write(kit_dir / "a.jpg", good_jpeg())
    write(kit_dir / "sub" / "b.png", good_png())
    write(kit_dir / "bad.jpg", b"garbage")
    write(kit_dir / "kit.toml", b'title = "Read only"\n')
    for folder, _dirs, files in os.walk(kit_dir):
        for name in files:
            os.chmod(Path(folder, name), 0o444)
        os.chmod(folder, 0o555)
    try:
        before = snapshot(kit_dir)
        kit = open_kit(kit_dir, catalog=catalog)
        report = build_thumbnails(kit, size=128, jobs=2, cache=cache)
        for still in kit.stills:
            try:
                load_thumbnail(kit, still, 256, cache)
                decode_image(kit, still, 640, 480)
            except ImageError:
                pass
        assert kit.title == "Read only"
        assert report.made == 2 and [f for f, _ in report.failed] == ["bad.jpg"]
        # Root could have written here despite the modes: the snapshot proves nobody did
        # (no sidecar, no .thumbnails, no Thumbs.db, not a changed mtime).
        assert snapshot(kit_dir) == before
    finally:
        for folder, _dirs, _files in os.walk(kit_dir):
            os.chmod(folder, 0o755)


def test_odd_names_are_shown_safely_and_still_open(tmp_path, cache):
    kit_dir = tmp_path / "kit"
    kit_dir.mkdir()
    names = [
        b"caf\xe9.jpg",  # Latin-1 bytes: not UTF-8
        b"line\nbreak.jpg",
        b"esc\x1b[31m.jpg",
        "nfd-cafe\u0301.jpg".encode(),
        "\U0001f3ac-clapper.jpg".encode(),
        "한국어.jpg".encode(),
        b"x" * 250 + b".jpg",
    ]
    for raw in names:
        with open(os.path.join(os.fsencode(kit_dir), raw), "wb") as fh:
            fh.write(good_jpeg())
    kit = open_kit(kit_dir)
    assert len(kit.stills) == len(names)
    assert all(s.error is None for s in kit.stills), [(s.file, s.error) for s in kit.stills]
    shown = {s.file for s in kit.stills}
    assert "caf\\xe9.jpg" in shown and "line\\x0abreak.jpg" in shown and "esc\\x1b[31m.jpg" in shown
    for still in kit.stills:
        json.dumps(still.to_json(), ensure_ascii=False).encode("utf-8")  # `gallery info --json` can print it
        assert still.file.isprintable()
        assert load_thumbnail(kit, still, 64, cache).size


def test_folders_nested_too_deeply_are_reported(tmp_path):
    deep = tmp_path / "kit"
    for i in range(40):
        deep = deep / f"d{i}"
    write(deep / "lost.jpg", good_jpeg())
    write(tmp_path / "kit" / "top.jpg", good_jpeg())
    kit = open_kit(tmp_path / "kit")
    assert [s.file for s in kit.stills] == ["top.jpg"]
    assert any("nested too deeply" in w for w in kit.warnings)


def test_a_kit_growing_while_it_is_scanned(tmp_path):
    kit_dir = tmp_path / "kit"
    for i in range(50):
        write(kit_dir / f"s{i:03d}.jpg", good_jpeg(size=(32, 32)))
    stop = threading.Event()

    def churn():
        i = 0
        while not stop.is_set():
            path = kit_dir / f"churn{i % 5}.jpg"
            try:
                path.write_bytes(good_jpeg(size=(16, 16))[: 100 + i % 300])
                path.unlink()
            except OSError:
                pass
            i += 1

    worker = threading.Thread(target=churn)
    worker.start()
    try:
        for _ in range(3):
            kit = open_kit(kit_dir)
            assert sum(1 for s in kit.stills if s.file.startswith("s") and s.error is None) == 50
    finally:
        stop.set()
        worker.join()


def test_special_files_never_block_the_side_file_reader(tmp_path):
    kit_dir = tmp_path / "kit"
    write(kit_dir / "a.jpg", good_jpeg())
    os.mkfifo(kit_dir / "kit.toml")
    started = time.perf_counter()
    kit = open_kit(kit_dir)
    assert time.perf_counter() - started < 10
    assert kit.manifest is None or not kit.manifest.title
    assert stat.S_ISFIFO((kit_dir / "kit.toml").lstat().st_mode)


def test_a_kit_folder_whose_name_is_not_utf8(tmp_path):
    root = Path(os.fsdecode(os.path.join(os.fsencode(tmp_path), b"Press \xe9t\xe9")))
    write(root / "a.jpg", good_jpeg())
    kit = open_kit(root)
    assert kit.title == "Press \\xe9t\\xe9"
    kit.title.encode("utf-8")
    assert kit.stills[0].error is None
