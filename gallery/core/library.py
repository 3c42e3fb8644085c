"""The user's library: ratings, picks, rejects and collections, kept by the stills' *content*.

A still is identified by the SHA-256 of its file's bytes, so a rating or a collection follows
the picture when its kit is moved, renamed, zipped or copied; the last known places of a
collected still (kit path + file) are remembered so it can be opened again without searching.
Hashes are computed once per (kit, file, size, mtime) and cached here too, keyed by the
kit's ``KitIdentity`` (the same key the catalog uses).

The database is user data, not a cache: it lives in ``$XDG_DATA_HOME/stills/library.sqlite3``
(never inside a kit), in WAL mode with a busy timeout so two windows can share it, and a
newer schema than this code knows is left alone (the library is then unavailable rather than
rewritten). Every method is safe to call from any thread (one connection behind a lock;
statements are short). Database trouble degrades to "no library": reads return nothing and
writes are dropped, with ``available`` False.
"""

from __future__ import annotations

import hashlib
import json
import sqlite3
import threading
import time
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any, BinaryIO, Protocol

from gallery.core.identity import KitIdentity
from gallery.core.marks import Mark
from gallery.core.sources import MemberError
from gallery.core.still import Still

#: 2: ``marks`` gained its ``reject`` column (version 1 kept rejects in a ``rejects`` table).
SCHEMA_VERSION = 2
HASH_CHUNK = 1 << 20
#: Hashes are stored in batches of this many, so a reader never waits long on a writer.
STORE_BATCH = 256


class KitLike(Protocol):
    """What the library needs of a kit: its path and identity, its stills and their bytes."""

    stills: list[Still]
    identity: KitIdentity

    @property
    def path(self) -> Path: ...

    def open(self, file: str) -> BinaryIO: ...


def default_library_path() -> Path:
    from gallery.core import xdg

    base = xdg.data_home()
    return base / "stills" / "library.sqlite3"


def content_hash(kit: KitLike, file: str, cancelled: Callable[[], bool] | None = None) -> str:
    """SHA-256 (hex) of a still's bytes, read in 1 MiB chunks. Raises MemberError or OSError
    when it cannot be read, and Cancelled when ``cancelled()`` turns true."""
    digest = hashlib.sha256()
    with kit.open(file) as fh:
        while chunk := fh.read(HASH_CHUNK):
            digest.update(chunk)
            if cancelled is not None and cancelled():
                raise Cancelled()
    return digest.hexdigest()


class Cancelled(Exception):
    """The caller asked to stop."""


@dataclass(frozen=True)
class Collection:
    id: int
    name: str
    position: int
    count: int


@dataclass(frozen=True)
class CollectionItem:
    """One still of a collection: its content hash, where it was last seen, and what it was
    (the still's metadata when it was added, shown if the kit cannot be found)."""

    sha256: str
    position: int
    kit: str
    file: str
    still: Still


class Library:
    """Ratings, picks, collections and the hash cache. Thread-safe."""

    def __init__(self, path: Path | str | None = None) -> None:
        self.path = Path(path) if path is not None else default_library_path()
        self._lock = threading.RLock()
        self._db: sqlite3.Connection | None = None
        self.error: str | None = None
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            db = sqlite3.connect(self.path, timeout=5.0, check_same_thread=False, isolation_level=None)
            db.execute("PRAGMA busy_timeout=5000")
            db.execute("PRAGMA journal_mode=WAL")
            db.execute("PRAGMA synchronous=NORMAL")
            version = db.execute("PRAGMA user_version").fetchone()[0]
            if version > SCHEMA_VERSION:
                db.close()
                self.error = "the library was written by a newer version of Stills"
                return
            with _transaction(db):
                db.execute(
                    "CREATE TABLE IF NOT EXISTS hashes (kit TEXT NOT NULL, file TEXT NOT NULL,"
                    " size INTEGER NOT NULL, mtime REAL NOT NULL, sha256 TEXT NOT NULL, PRIMARY KEY (kit, file))"
                )
                db.execute(
                    "CREATE TABLE IF NOT EXISTS marks (sha256 TEXT PRIMARY KEY, rating INTEGER NOT NULL DEFAULT 0,"
                    " pick INTEGER NOT NULL DEFAULT 0, updated REAL NOT NULL, reject INTEGER NOT NULL DEFAULT 0)"
                )
                if version < 2:
                    _fold_rejects_into_marks(db)
                db.execute(
                    "CREATE TABLE IF NOT EXISTS collections (id INTEGER PRIMARY KEY AUTOINCREMENT,"
                    " name TEXT NOT NULL, position INTEGER NOT NULL, created REAL NOT NULL)"
                )
                db.execute(
                    "CREATE TABLE IF NOT EXISTS items (collection INTEGER NOT NULL, sha256 TEXT NOT NULL,"
                    " position INTEGER NOT NULL, kit TEXT NOT NULL, file TEXT NOT NULL, doc TEXT NOT NULL,"
                    " added REAL NOT NULL, PRIMARY KEY (collection, sha256))"
                )
                db.execute(
                    "CREATE TABLE IF NOT EXISTS locations (sha256 TEXT NOT NULL, kit TEXT NOT NULL,"
                    " file TEXT NOT NULL, seen REAL NOT NULL, PRIMARY KEY (sha256, kit, file))"
                )
                db.execute("CREATE INDEX IF NOT EXISTS items_sha ON items (sha256)")
                db.execute(f"PRAGMA user_version={SCHEMA_VERSION}")
            self._db = db
        except (sqlite3.Error, OSError) as exc:
            self.error = str(exc) or type(exc).__name__
            self._db = None

    @property
    def available(self) -> bool:
        return self._db is not None

    def close(self) -> None:
        with self._lock:
            if self._db is not None:
                self._db.close()
                self._db = None

    # -- plumbing -------------------------------------------------------------------------
    def _read(self, sql: str, args: Iterable[Any] = ()) -> list[tuple[Any, ...]]:
        with self._lock:
            if self._db is None:
                return []
            try:
                return self._db.execute(sql, tuple(args)).fetchall()
            except sqlite3.Error as exc:
                self.error = str(exc)
                return []

    def _write(self, fn: Callable[[sqlite3.Connection], Any]) -> Any:
        with self._lock:
            if self._db is None:
                return None
            try:
                with _transaction(self._db):
                    return fn(self._db)
            except sqlite3.Error as exc:
                self.error = str(exc)
                return None

    # -- the hash cache -------------------------------------------------------------------
    def known_hashes(self, key: str) -> dict[str, tuple[int, float, str]]:
        """file -> (size, mtime, sha256) of a kit's stills hashed before."""
        rows = self._read("SELECT file, size, mtime, sha256 FROM hashes WHERE kit = ?", (key,))
        return {file: (size, mtime, sha) for file, size, mtime, sha in rows}

    def store_hashes(self, key: str, rows: Iterable[tuple[str, int, float, str]]) -> None:
        batch = [(key, *row) for row in rows]
        if batch:
            self._write(lambda db: db.executemany("INSERT OR REPLACE INTO hashes VALUES (?, ?, ?, ?, ?)", batch))

    def hash_of(self, kit: KitLike, still: Still, known: Mapping[str, tuple[int, float, str]] | None = None) -> str:
        """The still's content hash: from the cache when its size and mtime are unchanged,
        else read and stored. Raises MemberError/OSError when it cannot be read."""
        key = kit.identity.key
        if known is None:
            known = self.known_hashes(key)
        stored = known.get(still.file)
        if stored and kit.identity.still(still.file, still.size, still.mtime).unchanged(stored[0], stored[1]):
            return stored[2]
        sha = content_hash(kit, still.file)
        self.store_hashes(key, [(still.file, still.size, still.mtime, sha)])
        return sha

    # -- marks ------------------------------------------------------------------------------
    def marks(self, hashes: Iterable[str]) -> dict[str, Mark]:
        """The marks of those of ``hashes`` that have one."""
        wanted = list(dict.fromkeys(hashes))
        found: dict[str, Mark] = {}
        for start in range(0, len(wanted), 500):
            part = wanted[start : start + 500]
            marks = ",".join("?" * len(part))
            for sha, rating, pick, reject in self._read(
                f"SELECT sha256, rating, pick, reject FROM marks WHERE sha256 IN ({marks})", part
            ):
                found[sha] = Mark(rating, bool(pick), bool(reject))
        return found

    def set_mark(self, sha: str, mark: Mark) -> None:
        self.set_marks({sha: mark})

    def set_marks(self, marks: Mapping[str, Mark]) -> None:
        """Store marks by content hash; an empty mark (no stars, no flag) removes the row."""
        now = time.time()
        rows = [(sha, m.rating, int(m.pick), int(m.reject), now) for sha, m in marks.items() if not m.is_empty]
        gone = [(sha,) for sha, m in marks.items() if m.is_empty]

        def store(db: sqlite3.Connection) -> None:
            db.executemany(
                "INSERT OR REPLACE INTO marks (sha256, rating, pick, reject, updated) VALUES (?, ?, ?, ?, ?)", rows
            )
            db.executemany("DELETE FROM marks WHERE sha256 = ?", gone)

        if rows or gone:
            self._write(store)

    # -- collections --------------------------------------------------------------------------
    def collections(self) -> list[Collection]:
        rows = self._read(
            "SELECT c.id, c.name, c.position, (SELECT COUNT(*) FROM items i WHERE i.collection = c.id)"
            " FROM collections c ORDER BY c.position, c.id"
        )
        return [Collection(*row) for row in rows]

    def collection(self, collection_id: int) -> Collection | None:
        return next((c for c in self.collections() if c.id == collection_id), None)

    def unique_name(self, name: str, ignore: int | None = None) -> str:
        """``name``, or "name 2", "name 3"... if a collection is called that already."""
        name = " ".join(name.split()) or "Untitled Collection"
        taken = {c.name.casefold() for c in self.collections() if c.id != ignore}
        candidate, n = name, 2
        while candidate.casefold() in taken:
            candidate, n = f"{name} {n}", n + 1
        return candidate

    def create_collection(self, name: str) -> Collection | None:
        name = self.unique_name(name)

        def create(db: sqlite3.Connection) -> int:
            position = db.execute("SELECT COALESCE(MAX(position) + 1, 0) FROM collections").fetchone()[0]
            cursor = db.execute(
                "INSERT INTO collections (name, position, created) VALUES (?, ?, ?)", (name, position, time.time())
            )
            return int(cursor.lastrowid or 0)

        new_id = self._write(create)
        return self.collection(new_id) if new_id else None

    def rename_collection(self, collection_id: int, name: str) -> str:
        name = self.unique_name(name, ignore=collection_id)
        self._write(lambda db: db.execute("UPDATE collections SET name = ? WHERE id = ?", (name, collection_id)))
        return name

    def delete_collection(self, collection_id: int) -> None:
        def delete(db: sqlite3.Connection) -> None:
            db.execute("DELETE FROM items WHERE collection = ?", (collection_id,))
            db.execute("DELETE FROM collections WHERE id = ?", (collection_id,))
            db.execute("DELETE FROM locations WHERE sha256 NOT IN (SELECT sha256 FROM items)")

        self._write(delete)

    def reorder_collections(self, ids: list[int]) -> None:
        """Put the collections in this order (ids not listed keep their place after them)."""
        rest = [c.id for c in self.collections() if c.id not in ids]
        order = [(i, cid) for i, cid in enumerate([*ids, *rest])]
        self._write(lambda db: db.executemany("UPDATE collections SET position = ? WHERE id = ?", order))

    def move_collection(self, collection_id: int, offset: int) -> None:
        ids = [c.id for c in self.collections()]
        if collection_id not in ids:
            return
        i = ids.index(collection_id)
        j = max(0, min(len(ids) - 1, i + offset))
        ids.insert(j, ids.pop(i))
        self.reorder_collections(ids)

    def add_to_collection(self, collection_id: int, stills: Iterable[tuple[str, str, Still]]) -> int:
        """Add (sha256, kit path, still) entries; a still already in it is left where it is.
        Returns how many were added."""
        entries = list(stills)
        now = time.time()

        def add(db: sqlite3.Connection) -> int:
            have = {r[0] for r in db.execute("SELECT sha256 FROM items WHERE collection = ?", (collection_id,))}
            position = db.execute(
                "SELECT COALESCE(MAX(position) + 1, 0) FROM items WHERE collection = ?", (collection_id,)
            ).fetchone()[0]
            added = 0
            for sha, kit, still in entries:
                db.execute("INSERT OR REPLACE INTO locations VALUES (?, ?, ?, ?)", (sha, kit, still.file, now))
                if sha in have:
                    continue
                doc = json.dumps({**still.to_json(), "mtime": still.mtime}, ensure_ascii=False)
                db.execute(
                    "INSERT INTO items VALUES (?, ?, ?, ?, ?, ?, ?)",
                    (collection_id, sha, position, kit, still.file, doc, now),
                )
                have.add(sha)
                position += 1
                added += 1
            return added

        return self._write(add) or 0

    def remove_from_collection(self, collection_id: int, hashes: Iterable[str]) -> None:
        rows = [(collection_id, sha) for sha in hashes]
        self._write(lambda db: db.executemany("DELETE FROM items WHERE collection = ? AND sha256 = ?", rows))

    def reorder_items(self, collection_id: int, hashes: list[str]) -> None:
        """Put the collection's stills in this order (those not listed keep their place after them)."""
        listed = set(hashes)
        rest = [item.sha256 for item in self.items(collection_id) if item.sha256 not in listed]
        order = [(i, collection_id, sha) for i, sha in enumerate([*hashes, *rest])]
        self._write(
            lambda db: db.executemany("UPDATE items SET position = ? WHERE collection = ? AND sha256 = ?", order)
        )

    def items(self, collection_id: int) -> list[CollectionItem]:
        rows = self._read(
            "SELECT sha256, position, kit, file, doc FROM items WHERE collection = ? ORDER BY position",
            (collection_id,),
        )
        items = []
        for sha, position, kit, file, doc in rows:
            try:
                still = Still.from_json(json.loads(doc))
            except (ValueError, KeyError, TypeError):
                still = Still(file=file)
            items.append(CollectionItem(sha, position, kit, file, still))
        return items

    def collections_of(self, sha: str) -> list[int]:
        return [r[0] for r in self._read("SELECT collection FROM items WHERE sha256 = ?", (sha,))]

    # -- where collected stills are ---------------------------------------------------------
    def record_locations(self, kit_path: str, found: Mapping[str, str]) -> int:
        """Remember where collected stills were seen (``found``: file -> sha256 of one kit).
        Only stills in some collection are recorded. Returns how many."""
        collected = {r[0] for r in self._read("SELECT DISTINCT sha256 FROM items")}
        now = time.time()
        rows = [(sha, kit_path, file, now) for file, sha in found.items() if sha in collected]
        if rows:
            self._write(lambda db: db.executemany("INSERT OR REPLACE INTO locations VALUES (?, ?, ?, ?)", rows))
        return len(rows)

    def locations(self, sha: str) -> list[tuple[str, str]]:
        """(kit path, file) where a still was seen, most recently seen first."""
        return [
            (kit, file)
            for kit, file in self._read("SELECT kit, file FROM locations WHERE sha256 = ? ORDER BY seen DESC", (sha,))
        ]


def _fold_rejects_into_marks(db: sqlite3.Connection) -> None:
    """Version 1 to 2: ``marks`` gains ``reject``; the rows of version 1's ``rejects`` table
    (written by Stills 0.x beside the marks) become reject flags, and the table goes."""
    columns = {row[1] for row in db.execute("PRAGMA table_info(marks)")}
    if "reject" not in columns:
        db.execute("ALTER TABLE marks ADD COLUMN reject INTEGER NOT NULL DEFAULT 0")
    if db.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'rejects'").fetchone():
        # A still is a pick or a reject: a picked still keeps its pick (as Mark does).
        db.execute(
            "INSERT OR IGNORE INTO marks (sha256, rating, pick, reject, updated)"
            " SELECT sha256, 0, 0, 1, updated FROM rejects"
        )
        db.execute("UPDATE marks SET reject = 1 WHERE pick = 0 AND sha256 IN (SELECT sha256 FROM rejects)")
        db.execute("DROP TABLE rejects")


class _transaction:
    """BEGIN IMMEDIATE ... COMMIT (ROLLBACK on error) on an autocommit connection."""

    def __init__(self, db: sqlite3.Connection) -> None:
        self.db = db

    def __enter__(self) -> sqlite3.Connection:
        self.db.execute("BEGIN IMMEDIATE")
        return self.db

    def __exit__(self, kind: Any, *_: Any) -> None:
        self.db.execute("ROLLBACK" if kind else "COMMIT")


def identify(
    kit: KitLike,
    library: Library,
    progress: Callable[[int, int], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> dict[str, str]:
    """file -> sha256 of every readable still of the kit (from the cache when unchanged), and
    where collected stills are now. Blocking: call it in a worker. Stills that cannot be read
    (or that the kit marks as errors) are left out. Raises Cancelled when asked to stop."""
    key = kit.identity.key
    known = library.known_hashes(key)
    found: dict[str, str] = {}
    fresh: list[tuple[str, int, float, str]] = []
    total = len(kit.stills)
    for done, still in enumerate(kit.stills, 1):
        if cancelled is not None and cancelled():
            library.store_hashes(key, fresh)
            raise Cancelled()
        if not still.error:
            stored = known.get(still.file)
            if stored and kit.identity.still(still.file, still.size, still.mtime).unchanged(stored[0], stored[1]):
                found[still.file] = stored[2]
            else:
                try:
                    sha = content_hash(kit, still.file, cancelled)
                except (MemberError, OSError):
                    sha = None
                if sha:
                    found[still.file] = sha
                    fresh.append((still.file, still.size, still.mtime, sha))
                    if len(fresh) >= STORE_BATCH:
                        library.store_hashes(key, fresh)
                        fresh = []
        if progress is not None and (done % 32 == 0 or done == total):
            progress(done, total)
    library.store_hashes(key, fresh)
    library.record_locations(str(kit.path), found)
    return found
