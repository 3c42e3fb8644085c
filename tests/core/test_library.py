"""The library: marks and collections by content, surviving restarts and moved kits."""

from __future__ import annotations

import shutil
import sqlite3
import threading

import pytest
from presshelpers import make_press_kit, sha, zip_kit

from gallery.core import library as library_module
from gallery.core.compound import MISSING, resolve_collection
from gallery.core.kit import open_kit
from gallery.core.library import Library, content_hash, default_library_path, identify
from gallery.core.marks import Mark


@pytest.fixture
def lib(tmp_path):
    library = Library(tmp_path / "data" / "library.sqlite3")
    yield library
    library.close()


def test_the_library_lives_in_the_data_dir_in_wal_mode(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "share"))
    assert default_library_path() == tmp_path / "share" / "stills" / "library.sqlite3"
    library = Library()
    assert library.available and library.path == default_library_path()
    db = sqlite3.connect(library.path)
    assert db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    db.close()
    library.close()


def test_hashes_are_the_files_sha256_and_computed_once(tmp_path, lib, monkeypatch):
    kit = open_kit(make_press_kit(tmp_path / "kit"))
    found = identify(kit, lib)
    assert found == {s.file: sha(kit.path / s.file) for s in kit.stills}
    calls = []
    real = library_module.content_hash
    monkeypatch.setattr(library_module, "content_hash", lambda *a, **k: calls.append(a[1]) or real(*a, **k))
    assert identify(open_kit(kit.path), lib) == found
    assert calls == []  # unchanged size and mtime: from the cache
    (kit.path / "a_taeho.jpg").write_bytes((kit.path / "b_dorothy.jpg").read_bytes())
    again = identify(open_kit(kit.path), lib)
    assert calls == ["a_taeho.jpg"]
    assert again["a_taeho.jpg"] == found["b_dorothy.jpg"]


def test_a_zip_member_hashes_like_the_file(tmp_path, lib):
    folder = make_press_kit(tmp_path / "kit")
    archive = open_kit(zip_kit(folder, tmp_path / "kit.zip"))
    still = archive.stills[0]
    assert content_hash(archive, still.file) == sha(folder / still.name)


def test_marks_by_content_persist_across_a_new_library(tmp_path):
    path = tmp_path / "lib.sqlite3"
    kit = open_kit(make_press_kit(tmp_path / "kit"))
    first = Library(path)
    hashes = identify(kit, first)
    first.set_mark(hashes["b_dorothy.jpg"], Mark(4, True))
    first.set_mark(hashes["a_taeho.jpg"], Mark(9))  # clamped to 5
    first.close()
    second = Library(path)
    marks = second.marks(hashes.values())
    assert marks == {hashes["b_dorothy.jpg"]: Mark(4, True), hashes["a_taeho.jpg"]: Mark(5, False)}
    # A copy of the kit elsewhere has the same marks: they follow the pictures.
    copy = shutil.copytree(kit.path, tmp_path / "elsewhere")
    assert second.marks(identify(open_kit(copy), second).values()) == marks
    second.close()


def test_collections_create_rename_reorder_delete(lib):
    a = lib.create_collection("Dorothy")
    b = lib.create_collection("Dorothy")
    c = lib.create_collection("  Crew   shots ")
    assert [x.name for x in lib.collections()] == ["Dorothy", "Dorothy 2", "Crew shots"]
    assert lib.rename_collection(b.id, "Picks for Variety") == "Picks for Variety"
    assert lib.rename_collection(c.id, "dorothy") == "dorothy 2"  # names stay distinct, case aside
    lib.move_collection(c.id, -2)
    assert [x.id for x in lib.collections()] == [c.id, a.id, b.id]
    lib.reorder_collections([b.id, a.id])
    assert [x.id for x in lib.collections()] == [b.id, a.id, c.id]
    lib.delete_collection(a.id)
    assert [x.id for x in lib.collections()] == [b.id, c.id]


def test_adding_keeps_order_and_skips_duplicates(tmp_path, lib):
    kit = open_kit(make_press_kit(tmp_path / "kit"))
    hashes = identify(kit, lib)
    coll = lib.create_collection("Dorothy")
    entries = [(hashes[s.file], str(kit.path), s) for s in kit.stills if "Dorothy" in s.characters]
    assert lib.add_to_collection(coll.id, entries[:2]) == 2
    assert lib.add_to_collection(coll.id, entries) == len(entries) - 2
    items = lib.items(coll.id)
    assert [i.file for i in items] == [s.file for _, _, s in entries]
    assert items[0].still.captions == entries[0][2].captions  # a snapshot for when the kit is gone
    assert lib.collection(coll.id).count == len(entries)
    lib.remove_from_collection(coll.id, [entries[0][0]])
    assert [i.file for i in lib.items(coll.id)] == [s.file for _, _, s in entries[1:]]


def test_a_collection_survives_a_restart_and_a_moved_kit(tmp_path):
    path = tmp_path / "lib.sqlite3"
    old = make_press_kit(tmp_path / "press" / "sweepers")
    kit = open_kit(old)
    lib = Library(path)
    hashes = identify(kit, lib)
    coll = lib.create_collection("Dorothy")
    lib.add_to_collection(coll.id, [(hashes[s.file], str(old), s) for s in kit.stills if "Dorothy" in s.characters])
    lib.close()

    lib = Library(path)  # a restart
    view = resolve_collection(lib, coll.id)
    assert [s.file for s in view.stills] == [
        "sweepers/b_dorothy.jpg",
        "sweepers/c_dorothy_bubs.jpg",
        "sweepers/d_crew.jpg",
        "sweepers/g_taeho_dorothy.jpg",
    ]
    assert not any(s.error for s in view.stills)
    assert view.read_bytes("sweepers/b_dorothy.jpg") == (old / "b_dorothy.jpg").read_bytes()

    moved = tmp_path / "archive" / "2021" / "sweepers-kit"
    moved.parent.mkdir(parents=True)
    shutil.move(old, moved)
    lost = resolve_collection(lib, coll.id)
    assert [s.error for s in lost.stills] == [MISSING] * 4
    assert lost.stills[0].caption == "Dorothy looks at the stars."  # still says what it was
    # Opening the kit where it is now tells the library where its stills went.
    identify(open_kit(moved), lib)
    found = resolve_collection(lib, coll.id)
    assert not any(s.error for s in found.stills)
    real_kit, real_still = found.origin(found.stills[0].file)
    assert real_kit.path == moved and real_still.file == "b_dorothy.jpg"
    assert found.read_bytes(found.stills[0].file) == (moved / "b_dorothy.jpg").read_bytes()
    lib.close()


def test_a_replaced_file_is_not_taken_for_the_collected_one(tmp_path, lib):
    folder = make_press_kit(tmp_path / "kit")
    kit = open_kit(folder)
    hashes = identify(kit, lib)
    coll = lib.create_collection("One")
    still = kit.still("b_dorothy.jpg")
    lib.add_to_collection(coll.id, [(hashes[still.file], str(folder), still)])
    (folder / "b_dorothy.jpg").write_bytes((folder / "f_city.jpg").read_bytes())
    assert resolve_collection(lib, coll.id).stills[0].error == MISSING


def test_a_broken_or_newer_database_degrades_to_no_library(tmp_path):
    bad = tmp_path / "bad.sqlite3"
    bad.write_bytes(b"this is not a database" * 100)
    lib = Library(bad)
    assert not lib.available
    assert lib.collections() == [] and lib.marks(["x"]) == {}
    lib.set_mark("x", Mark(3))  # dropped, no exception
    newer = tmp_path / "newer.sqlite3"
    db = sqlite3.connect(newer)
    db.execute("PRAGMA user_version=99")
    db.close()
    assert not Library(newer).available


def test_two_threads_share_the_library(tmp_path, lib):
    errors = []

    def work(n):
        try:
            for i in range(50):
                lib.set_mark(f"{n}-{i}", Mark(i % 5 + 1))
                lib.marks([f"{n}-{i}"])
        except Exception as exc:  # noqa: BLE001
            errors.append(exc)

    threads = [threading.Thread(target=work, args=(n,)) for n in range(3)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert errors == []
    assert len(lib.marks(f"{n}-{i}" for n in range(3) for i in range(50))) == 150


def test_two_library_instances_on_one_file_see_each_others_writes(tmp_path):
    path = tmp_path / "shared.sqlite3"
    a, b = Library(path), Library(path)
    coll = a.create_collection("From A")
    assert [c.name for c in b.collections()] == ["From A"]
    b.rename_collection(coll.id, "Renamed in B")
    assert a.collection(coll.id).name == "Renamed in B"
    a.close()
    b.close()


def test_clearing_a_mark_forgets_it(lib):
    lib.set_mark("abc", Mark(3, True))
    lib.set_mark("abc", Mark())
    assert lib.marks(["abc"]) == {}


def test_hashes_stored_before_the_one_identity_are_still_found(tmp_path, lib, monkeypatch):
    """The library keyed kits as the kit identity does now ("dir:PATH", "zip:PATH:SIZE:MTIME_NS"):
    hashes it cached then are used, not computed again."""
    folder = open_kit(make_press_kit(tmp_path / "kit"))
    archive = open_kit(zip_kit(folder.path, tmp_path / "kit.zip"))
    st = archive.path.stat()
    for kit, old_key in (
        (folder, f"dir:{folder.path}"),
        (archive, f"zip:{archive.path}:{st.st_size}:{st.st_mtime_ns}"),
    ):
        assert kit.identity.key == old_key
        still = kit.stills[0]
        lib.store_hashes(old_key, [(still.file, still.size, still.mtime, "f" * 64)])
    monkeypatch.setattr(library_module, "content_hash", lambda *a, **k: pytest.fail("hashed again"))
    assert lib.hash_of(folder, folder.stills[0]) == "f" * 64
    assert lib.hash_of(archive, archive.stills[0]) == "f" * 64


def test_rejects_are_kept_beside_ratings_and_survive_a_new_library(tmp_path):
    path = tmp_path / "library.sqlite3"
    lib = Library(path)
    lib.set_marks({"a": Mark(3, reject=True), "b": Mark(0, reject=True), "c": Mark(2, pick=True)})
    lib.close()
    again = Library(path)
    expected = {"a": Mark(3, False, True), "b": Mark(0, False, True), "c": Mark(2, True)}
    assert again.marks(["a", "b", "c", "d"]) == expected
    again.set_marks({"b": Mark()})  # un-rejected, no stars: nothing left to keep
    assert again.marks(["b"]) == {}
    again.close()


def test_a_version_1_library_keeps_its_rejects_ratings_and_picks(tmp_path):
    # The layout Stills wrote before schema 2: rejects in a table of their own beside the marks.
    path = tmp_path / "library.sqlite3"
    db = sqlite3.connect(path)
    db.execute(
        "CREATE TABLE marks (sha256 TEXT PRIMARY KEY, rating INTEGER NOT NULL DEFAULT 0,"
        " pick INTEGER NOT NULL DEFAULT 0, updated REAL NOT NULL)"
    )
    db.execute("CREATE TABLE rejects (sha256 TEXT PRIMARY KEY, updated REAL NOT NULL)")
    db.executemany("INSERT INTO marks VALUES (?, ?, ?, 1.0)", [("rated", 4, 0), ("picked", 0, 1), ("plain", 2, 0)])
    db.executemany("INSERT INTO rejects VALUES (?, 1.0)", [("rated",), ("only-rejected",)])
    db.execute("PRAGMA user_version=1")
    db.commit()
    db.close()
    lib = Library(path)
    assert lib.available
    assert lib.marks(["rated", "picked", "plain", "only-rejected"]) == {
        "rated": Mark(4, False, True),
        "picked": Mark(0, True),
        "plain": Mark(2),
        "only-rejected": Mark(0, False, True),
    }
    lib.close()
    db = sqlite3.connect(path)
    tables = {row[0] for row in db.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    assert db.execute("PRAGMA user_version").fetchone()[0] == 2 and "rejects" not in tables
    db.close()
