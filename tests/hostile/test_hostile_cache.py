"""The user's side: a cache that is full or not writable, a catalog that is damaged, and a
process killed in the middle of writing. Thumbnails still show, nothing half-written is ever
read back, what was saved before survives, and the next start cleans up.

The library (ratings, picks, collections: what the user makes) is killed at random moments
while it writes too: what was saved before is intact, every collection is whole, the database
passes SQLite's check, and the next start opens it. (Settings are QSettings, written by the
window; their fault test belongs with the UI.)"""

from __future__ import annotations

import errno
import os
import random
import signal
import sqlite3
import subprocess
import sys
import textwrap
import time
from pathlib import Path

from conftest import write
from hostile_cases import good_jpeg
from PIL import Image

from gallery.core import imaging
from gallery.core.catalog import Catalog
from gallery.core.imaging import ThumbnailCache, load_thumbnail
from gallery.core.kit import open_kit
from gallery.core.library import Library
from gallery.core.marks import Mark
from gallery.core.still import Still
from gallery.core.thumbnailer import build_thumbnails


def _kit(root: Path, count: int = 4) -> Path:
    for i in range(count):
        write(root / f"s{i}.jpg", good_jpeg(size=(300 + i, 200)))
    write(root / "bad.jpg", b"garbage")
    return root


def _cache_files(root: Path) -> list[Path]:
    return [p for p in root.rglob("*") if p.is_file()] if root.exists() else []


def test_a_full_disk_mid_write_leaves_no_partial_file(tmp_path, monkeypatch):
    kit = open_kit(_kit(tmp_path / "kit"))
    cache = ThumbnailCache(tmp_path / "cache" / "thumbnails")
    real_fdopen = os.fdopen

    class FillsUp:
        """A file that takes 100 bytes and then reports the disk full."""

        def __init__(self, fh):
            self.fh, self.written = fh, 0

        def write(self, data):
            if self.written + len(data) > 100:
                raise OSError(errno.ENOSPC, "No space left on device")
            self.written += len(data)
            return self.fh.write(data)

        def __getattr__(self, name):
            return getattr(self.fh, name)

        def __enter__(self):
            return self

        def __exit__(self, *exc):
            self.fh.close()

    monkeypatch.setattr(imaging.os, "fdopen", lambda fd, mode="r", *a, **k: FillsUp(real_fdopen(fd, mode, *a, **k)))
    for still in kit.stills:
        if still.error is None:
            assert load_thumbnail(kit, still, 128, cache).size  # shown from memory
    leftovers = _cache_files(cache.root)
    assert leftovers == [], leftovers  # no 0-byte, no half PNG, no temp file


def test_a_cache_that_cannot_be_written_still_gives_thumbnails(tmp_path):
    kit = open_kit(_kit(tmp_path / "kit"))
    (tmp_path / "blocked").write_bytes(b"")  # a file where the cache folder would be
    cache = ThumbnailCache(tmp_path / "blocked" / "thumbnails")
    report = build_thumbnails(kit, size=128, jobs=2, cache=cache)
    assert report.made == 4 and [f for f, _ in report.failed] == ["bad.jpg"]
    ro = tmp_path / "ro-cache"
    ro.mkdir()
    os.chmod(ro, 0o500)
    try:
        cache = ThumbnailCache(ro / "thumbnails")
        for still in kit.stills:
            if still.error is None:
                assert load_thumbnail(kit, still, 64, cache).size
    finally:
        os.chmod(ro, 0o700)


def test_stray_temp_files_of_a_killed_writer_are_removed(tmp_path):
    kit = open_kit(_kit(tmp_path / "kit", 1))
    cache = ThumbnailCache(tmp_path / "cache" / "thumbnails")
    folder = cache.root / "normal"
    folder.mkdir(parents=True)
    dead = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True, text=True)
    dead_pid = int(dead.stdout)
    stray = write(folder / f".stills-{dead_pid}-abc123.png", b"\x89PNG half")
    mine = write(folder / f".stills-{os.getpid()}-inflight.png", b"\x89PNG being written")
    old = write(folder / ".stills-notapid-xyz.png", b"x")
    os.utime(old, (time.time() - 7200, time.time() - 7200))
    load_thumbnail(kit, kit.still("s0.jpg"), 128, cache)
    assert not stray.exists() and not old.exists()
    assert mine.exists()  # a live writer's temp file is left alone


def test_a_damaged_catalog_is_set_aside_and_rebuilt(tmp_path):
    db = tmp_path / "catalog.sqlite3"
    db.write_bytes(b"SQLite format 3\x00" + os.urandom(4000))
    catalog = Catalog(db)
    assert catalog.available
    kit_dir = _kit(tmp_path / "kit")
    assert open_kit(kit_dir, catalog=catalog).still("s0.jpg").error is None
    assert (tmp_path / "catalog.sqlite3.corrupt").exists()
    assert Catalog(db).load(f"dir:{kit_dir.resolve()}")


def test_a_catalog_that_cannot_be_written_means_no_catalog(tmp_path):
    (tmp_path / "file").write_bytes(b"")
    catalog = Catalog(tmp_path / "file" / "catalog.sqlite3")
    assert not catalog.available
    kit = open_kit(_kit(tmp_path / "kit"), catalog=catalog)
    assert len(kit.stills) == 5


def test_a_kit_path_that_is_not_utf8_works_with_the_catalog(tmp_path):
    root = Path(os.fsdecode(os.path.join(os.fsencode(tmp_path), b"kit-\xe9")))
    kit_dir = _kit(root)
    catalog = Catalog(tmp_path / "catalog.sqlite3")
    first = open_kit(kit_dir, catalog=catalog)
    again = open_kit(kit_dir, catalog=catalog)
    assert [s.to_json() for s in again.stills] == [s.to_json() for s in first.stills]


WRITER = textwrap.dedent(
    """
    import json, sys
    from PIL import Image
    from gallery.core.catalog import Catalog
    from gallery.core.imaging import ThumbnailCache
    from gallery.core.kit import open_kit

    def main():
        kit_dir, db, cache_root = sys.argv[1:4]
        kit = open_kit(kit_dir)
        catalog = Catalog(__import__("pathlib").Path(db))
        cache = ThumbnailCache(__import__("pathlib").Path(cache_root))
        stills = [s for s in kit.stills if not s.error]
        print("ready", flush=True)
        i = 0
        while True:
            rows = [(f"f{j}.jpg", j, float(i), json.dumps({"file": f"f{j}.jpg", "title": f"round {i}"}))
                    for j in range(300)]
            catalog.store(f"busy{i % 3}", rows, keep={r[0] for r in rows})
            shade = (i * 37) % 256
            for still in stills:
                cache.write(kit, still, Image.new("RGB", (256, 170), (shade, 0, 255 - shade)), "large")
            i += 1

    if __name__ == "__main__":
        main()
    """
)


def test_killed_while_writing_the_catalog_and_the_cache(tmp_path):
    """SIGKILL at random moments of a process that keeps rewriting the catalog and the
    thumbnails: what was saved before is intact, every cache entry reads back whole, the
    catalog passes SQLite's check, and the next start works and sweeps the leftovers."""
    kit_dir = _kit(tmp_path / "kit", 3)
    db = tmp_path / "cache" / "catalog.sqlite3"
    cache_root = tmp_path / "cache" / "thumbnails"
    catalog = Catalog(db)
    saved = [(f"keep{j}.jpg", j, 1.0, f'{{"file": "keep{j}.jpg", "title": "saved before"}}') for j in range(50)]
    catalog.store("saved-before", saved)
    catalog.close()
    writer = write(tmp_path / "writer.py", WRITER.encode())
    rng = random.Random(6)
    env = {**os.environ, "STILLS_NO_WORKERS": "1"}
    for _ in range(8):
        proc = subprocess.Popen(
            [sys.executable, str(writer), str(kit_dir), str(db), str(cache_root)],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            env=env,
        )
        assert proc.stdout.readline().strip() == "ready", proc.stderr.read()
        time.sleep(rng.uniform(0.02, 0.4))
        proc.send_signal(signal.SIGKILL)
        proc.wait(10)
        proc.stdout.close()
        proc.stderr.close()

        with sqlite3.connect(db) as raw:
            assert raw.execute("PRAGMA quick_check").fetchone()[0] == "ok"
            counts = dict(raw.execute("SELECT kit, COUNT(*) FROM stills GROUP BY kit").fetchall())
        assert counts.pop("saved-before") == 50
        assert set(counts.values()) <= {300}  # a store is all or nothing
        reopened = Catalog(db)
        assert {k: v[2].title for k, v in reopened.load("saved-before").items()} == {
            f"keep{j}.jpg": "saved before" for j in range(50)
        }
        reopened.close()
        for png in cache_root.rglob("*.png"):
            if png.name.startswith(".stills-"):
                continue  # a temp file of the killed writer: never read as a thumbnail
            with Image.open(png) as im:
                im.load()  # whole: the old one or the new one, never half of each
                assert im.size == (256, 170)

    # The next start: the kit opens with its catalog, thumbnails are served from the cache,
    # and the killed writers' temp files are swept.
    kit = open_kit(kit_dir, catalog=Catalog(db))
    cache = ThumbnailCache(cache_root)
    for still in kit.stills:
        if not still.error:
            cache.write(kit, still, Image.new("RGB", (10, 10)), "large")
            assert load_thumbnail(kit, still, 256, cache).size == (10, 10)
    assert not list(cache_root.rglob(".stills-*"))


# -- the library, killed while it writes -----------------------------------------------------------


LIBRARY_WRITER = textwrap.dedent(
    """
    import sys, time
    from gallery.core.library import Library
    from gallery.core.marks import Mark
    from gallery.core.still import Still

    def main():
        library = Library(sys.argv[1])
        print("ready", flush=True)
        i = 0
        while True:
            library.set_marks({f"{n:064x}": Mark(1 + (i + n) % 5, bool((i + n) % 2)) for n in range(100, 400)})
            made = library.create_collection(f"Busy {i}")
            if made is not None:
                library.add_to_collection(
                    made.id, [(f"{n:064x}", "/kits/busy", Still(file=f"b{n}.jpg")) for n in range(50)]
                )
            i += 1

    if __name__ == "__main__":
        main()
    """
)


def test_killed_while_writing_the_library(tmp_path):
    path = tmp_path / "data" / "stills" / "library.sqlite3"
    library = Library(path)
    assert library.available, library.error
    saved_marks = {f"{n:064x}": Mark(n % 5 + 1, n % 2 == 0) for n in range(50)}
    library.set_marks(saved_marks)
    saved = library.create_collection("Saved before")
    assert saved is not None
    library.add_to_collection(saved.id, [(f"{n:064x}", "/kits/a", Still(file=f"a{n}.jpg")) for n in range(20)])
    library.close()

    writer = write(tmp_path / "writer.py", LIBRARY_WRITER.encode())
    rng = random.Random(5)
    for _ in range(6):
        proc = subprocess.Popen(
            [sys.executable, str(writer), str(path)], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
        )
        assert proc.stdout.readline().strip() == "ready", proc.stderr.read()
        time.sleep(rng.uniform(0.05, 0.4))
        proc.send_signal(signal.SIGKILL)
        proc.wait(10)
        proc.stdout.close()
        proc.stderr.close()

        with sqlite3.connect(path) as raw:
            assert raw.execute("PRAGMA quick_check").fetchone()[0] == "ok"
        again = Library(path)
        assert again.available, again.error
        assert again.marks(saved_marks) == saved_marks
        collections = {c.name: c for c in again.collections()}
        assert collections["Saved before"].count == 20
        assert [i.file for i in again.items(saved.id)] == [f"a{n}.jpg" for n in range(20)]
        for collection in collections.values():
            assert collection.count in (0, 20, 50), collection  # never half an addition
        again.close()
    assert os.path.getsize(path) > 0
