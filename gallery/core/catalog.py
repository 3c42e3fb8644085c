"""The catalog: each still's embedded metadata remembered by file identity, in SQLite.

Rows are keyed by the kit's ``KitIdentity`` and the still's file, and are current while the
file's size and modification time are those stored.

Reopening a kit reads no image file whose size and modification time are unchanged. The
manifest is not stored: it is applied afresh at every open, so editing ``kit.toml`` shows at
once. The database lives in the user's cache dir (it is derived data), in WAL mode with a
busy timeout so two instances can share it. Any database trouble degrades to "no catalog".
"""

from __future__ import annotations

import json
import os
import sqlite3
import threading
from collections.abc import Collection
from pathlib import Path

from gallery.core.identity import KitIdentity
from gallery.core.still import Still

#: What the catalog holds is what the readers made of each file: when the readers learn to
#: read more (2: press fields, PNG chunks after IDAT, raw profiles, joined APP13...), the
#: version goes up and every kit is read again once.
SCHEMA_VERSION = 2


def default_catalog_path() -> Path:
    from gallery.core import xdg

    base = xdg.cache_home()
    return base / "stills" / "catalog.sqlite3"


class Catalog:
    """Stored stills by (kit, file). Safe to call from one thread at a time per instance."""

    def __init__(self, path: Path | None = None) -> None:
        self.path = path or default_catalog_path()
        self._lock = threading.Lock()
        self._db: sqlite3.Connection | None = None
        try:
            self._db = self._connect()
        except sqlite3.OperationalError:
            self._db = None  # read-only, locked or missing: work without a catalog
        except sqlite3.DatabaseError:
            # Not a database (a crash on a file system that lost writes, a stray file): it
            # is derived data, so it is set aside and made anew.
            self._db = self._rebuild()
        except (sqlite3.Error, OSError):
            self._db = None

    def _connect(self) -> sqlite3.Connection:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        db = sqlite3.connect(self.path, timeout=5.0, check_same_thread=False)
        try:
            db.execute("PRAGMA journal_mode=WAL")
            db.execute("PRAGMA synchronous=NORMAL")
            db.execute("PRAGMA busy_timeout=5000")
            version = db.execute("PRAGMA user_version").fetchone()[0]
            if version != SCHEMA_VERSION:
                db.execute("DROP TABLE IF EXISTS stills")
                db.execute(f"PRAGMA user_version={SCHEMA_VERSION}")
            db.execute(
                "CREATE TABLE IF NOT EXISTS stills ("
                " kit TEXT NOT NULL, file TEXT NOT NULL, size INTEGER NOT NULL, mtime REAL NOT NULL,"
                " doc TEXT NOT NULL, PRIMARY KEY (kit, file))"
            )
            db.commit()
        except BaseException:
            db.close()
            raise
        return db

    def _rebuild(self) -> sqlite3.Connection | None:
        try:
            os.replace(self.path, self.path.with_name(self.path.name + ".corrupt"))
            for suffix in ("-wal", "-shm"):
                try:
                    os.unlink(str(self.path) + suffix)
                except FileNotFoundError:
                    pass
            return self._connect()
        except (sqlite3.Error, OSError):
            return None

    @property
    def available(self) -> bool:
        return self._db is not None

    def load(
        self, kit: KitIdentity | str, only: Collection[str] | None = None, skip: Collection[str] = ()
    ) -> dict[str, tuple[int, float, Still]]:
        """Stored stills of a kit (its identity, or a stored key): file -> (size, mtime,
        still); with ``only``, just those files; rows of files in ``skip`` are not decoded
        (a kit's first screen, read already)."""
        if self._db is None:
            return {}
        kit_key = kit if isinstance(kit, str) else kit.key
        try:
            with self._lock:
                if only is None:
                    rows = self._db.execute(
                        "SELECT file, size, mtime, doc FROM stills WHERE kit = ?", (kit_key,)
                    ).fetchall()
                else:
                    wanted = list(only)
                    rows = []
                    for start in range(0, len(wanted), 500):  # SQLite's bound-parameter limit
                        chunk = wanted[start : start + 500]
                        marks = ",".join("?" * len(chunk))
                        rows += self._db.execute(
                            f"SELECT file, size, mtime, doc FROM stills WHERE kit = ? AND file IN ({marks})",
                            (kit_key, *chunk),
                        ).fetchall()
        except (sqlite3.Error, UnicodeError, ValueError, OverflowError):
            return {}
        skip = skip if isinstance(skip, (set, frozenset, dict)) else set(skip)
        found = {}
        for file, size, mtime, doc in rows:
            if file in skip:
                continue
            try:
                found[file] = (size, mtime, Still.from_json(json.loads(doc)))
            except (ValueError, KeyError, TypeError, AttributeError, RecursionError):
                continue
        return found

    @staticmethod
    def row(still: Still) -> tuple[str, int, float, str]:
        """What is stored of a still: take it before the manifest is applied."""
        doc = json.dumps({**still.to_json(), "mtime": still.mtime}, ensure_ascii=False)
        return still.file, still.size, still.mtime, doc

    def store(
        self, kit: KitIdentity | str, rows: list[tuple[str, int, float, str]], keep: set[str] | None = None
    ) -> None:
        """Remember these rows (see ``row``); with ``keep``, forget the kit's files not in it."""
        if self._db is None:
            return
        kit_key = kit if isinstance(kit, str) else kit.key
        keyed = [(kit_key, *r) for r in rows]
        try:
            with self._lock, self._db:
                self._db.executemany("INSERT OR REPLACE INTO stills VALUES (?, ?, ?, ?, ?)", keyed)
                if keep is not None:
                    stored = {r[0] for r in self._db.execute("SELECT file FROM stills WHERE kit = ?", (kit_key,))}
                    gone = [(kit_key, f) for f in stored - keep]
                    self._db.executemany("DELETE FROM stills WHERE kit = ? AND file = ?", gone)
        except (sqlite3.Error, UnicodeError, ValueError, OverflowError):
            pass  # a full disk or a locked database: the catalog is only a cache

    def close(self) -> None:
        if self._db is not None:
            self._db.close()
            self._db = None
