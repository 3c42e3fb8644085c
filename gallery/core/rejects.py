"""Which stills the user rejected, kept by content hash beside the library's marks.

The library's ``marks`` table has a rating and a pick column only; until it gains a reject
column, rejects live in a table of their own (``rejects``) in the same database file, so they
follow a still by content exactly as picks do. Thread-safe; every failure reads as "none
rejected" and is kept in ``error``, like the library's.
"""

from __future__ import annotations

import sqlite3
import threading
import time
from collections.abc import Iterable, Mapping
from pathlib import Path

_BATCH = 500  # hashes per query (SQLite's variable limit is 999 on old builds)


class RejectStore:
    """The ``rejects`` table of the library at ``path``."""

    def __init__(self, path: Path | str) -> None:
        self._lock = threading.Lock()
        self.error: str | None = None
        self._db: sqlite3.Connection | None = None
        try:
            db = sqlite3.connect(str(path), timeout=5.0, check_same_thread=False, isolation_level=None)
            db.execute("PRAGMA busy_timeout=5000")
            db.execute("CREATE TABLE IF NOT EXISTS rejects (sha256 TEXT PRIMARY KEY, updated REAL NOT NULL)")
            self._db = db
        except sqlite3.Error as exc:
            self.error = str(exc) or type(exc).__name__

    def rejected(self, hashes: Iterable[str]) -> set[str]:
        """Those of ``hashes`` the user rejected."""
        wanted = list(dict.fromkeys(hashes))
        found: set[str] = set()
        with self._lock:
            if self._db is None:
                return found
            try:
                for start in range(0, len(wanted), _BATCH):
                    part = wanted[start : start + _BATCH]
                    marks = ",".join("?" * len(part))
                    rows = self._db.execute(f"SELECT sha256 FROM rejects WHERE sha256 IN ({marks})", part)
                    found.update(row[0] for row in rows)
            except sqlite3.Error as exc:
                self.error = str(exc)
        return found

    def set_rejected(self, changes: Mapping[str, bool]) -> None:
        """Reject (True) or un-reject (False) stills by content hash."""
        now = time.time()
        added = [(sha, now) for sha, rejected in changes.items() if rejected]
        removed = [(sha,) for sha, rejected in changes.items() if not rejected]
        with self._lock:
            if self._db is None or not changes:
                return
            try:
                self._db.execute("BEGIN IMMEDIATE")
                self._db.executemany("INSERT OR REPLACE INTO rejects VALUES (?, ?)", added)
                self._db.executemany("DELETE FROM rejects WHERE sha256 = ?", removed)
                self._db.execute("COMMIT")
            except sqlite3.Error as exc:
                self.error = str(exc)
                if self._db.in_transaction:
                    self._db.rollback()

    def close(self) -> None:
        with self._lock:
            if self._db is not None:
                self._db.close()
                self._db = None
