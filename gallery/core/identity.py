"""Which kit, and which version of a still, everything we remember is about.

A kit is its folder, or its archive together with the archive's size and modification time
(a ZIP replaced by another one of the same name is another kit). ``KitIdentity`` is taken
once, when the kit is opened (``open_kit``), and the catalog, the library's hash cache and
the thumbnail cache all key on it; a still is that kit, its file, and the file's size and
modification time (``StillIdentity``). Keys written before there was one identity are
still recognised (``KitIdentity.earlier_keys``).
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class KitIdentity:
    """A kit's folder, or its archive with the size and mtime it had when it was opened."""

    path: Path
    is_archive: bool = False
    archive_size: int = 0
    archive_mtime_ns: int = 0
    #: The archive's mtime as ``os.stat`` gives it in seconds (older keys carry this float).
    archive_mtime: float = 0.0

    @classmethod
    def folder(cls, path: Path) -> KitIdentity:
        return cls(Path(path))

    @classmethod
    def archive(cls, path: Path, st: os.stat_result) -> KitIdentity:
        return cls(Path(path), True, st.st_size, st.st_mtime_ns, st.st_mtime)

    @property
    def text_path(self) -> str:
        """The path as text; bytes that are not UTF-8 kept as escapes (SQLite takes only text)."""
        return os.fsencode(self.path).decode("utf-8", "backslashreplace")

    @property
    def key(self) -> str:
        """The key the catalog and the library store the kit's rows under."""
        if self.is_archive:
            return f"zip:{self.text_path}:{self.archive_size}:{self.archive_mtime_ns}"
        return f"dir:{self.text_path}"

    def still(self, file: str, size: int, mtime: float) -> StillIdentity:
        return StillIdentity(self, file, size, mtime)

    @property
    def archive_seconds(self) -> int:
        """The archive's mtime in whole seconds (the private thumbnail cache's names)."""
        return int(self.archive_mtime)


@dataclass(frozen=True)
class StillIdentity:
    """One version of one still: its kit, its file in the kit, and the file's size and mtime."""

    kit: KitIdentity
    file: str
    size: int
    mtime: float

    def unchanged(self, size: int, mtime: float) -> bool:
        """Whether a stored (size, mtime) is this version of the file."""
        return size == self.size and mtime == self.mtime
