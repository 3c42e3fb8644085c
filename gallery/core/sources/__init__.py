"""Where a kit's files come from: a folder or a ZIP archive, both strictly read-only.

A source lists its stills by their path inside the kit ('/'-separated) and opens them for
reading. Folder scans never leave the kit root (symlinks pointing outside or into a loop are
skipped); ZIP members are read in place, never extracted, their names are checked so that
none can escape, and their inflated size is bounded.

    common    Entry, KitSource, the errors, the limits, the rules for names
    folder    FolderSource, link and loop handling, open_regular
    zip       ZipSource, member names, bounded members, reading one member directly
    recovery  RecoveredZipSource: a ZIP cut short, walked header by header
"""

from __future__ import annotations

import os
import stat
import zipfile
from pathlib import Path

from gallery.core.sources.common import (
    AVIF_DECODED,
    MAX_COMPRESSION_RATIO,
    MAX_DEPTH,
    MAX_MEMBER_BYTES,
    MAX_NAME_CHARS,
    MAX_SIDE_FILE_BYTES,
    MAX_ZIP_DIRECTORY_BYTES,
    MAX_ZIP_ENTRIES,
    SIDE_FILES,
    STILL_EXTENSIONS,
    Entry,
    KitSource,
    MemberError,
    SourceError,
    display_name,
    is_still_name,
    isobmff_reason,
    isobmff_size,
    not_shown_warning,
    safe_member_name,
)
from gallery.core.sources.folder import FolderSource, open_regular
from gallery.core.sources.recovery import RecoveredZipSource
from gallery.core.sources.zip import MemberLocation, ZipSource, member_name, read_member_at

__all__ = [
    "AVIF_DECODED",
    "MAX_COMPRESSION_RATIO",
    "MAX_DEPTH",
    "MAX_MEMBER_BYTES",
    "MAX_NAME_CHARS",
    "MAX_SIDE_FILE_BYTES",
    "MAX_ZIP_DIRECTORY_BYTES",
    "MAX_ZIP_ENTRIES",
    "SIDE_FILES",
    "STILL_EXTENSIONS",
    "Entry",
    "FolderSource",
    "KitSource",
    "MemberError",
    "MemberLocation",
    "RecoveredZipSource",
    "SourceError",
    "ZipSource",
    "display_name",
    "is_still_name",
    "isobmff_reason",
    "isobmff_size",
    "not_shown_warning",
    "member_name",
    "open_regular",
    "open_source",
    "read_member_at",
    "safe_member_name",
]


def open_source(path: str | os.PathLike[str]) -> KitSource:
    """A folder or a .zip as a kit source; SourceError with a one-line reason otherwise."""
    p = Path(path).expanduser()
    try:
        st = p.stat()
    except FileNotFoundError:
        raise SourceError(f"no such file or folder: {p}") from None
    except OSError as exc:
        raise SourceError(f"cannot open {p}: {exc.strerror or exc}") from None
    if stat.S_ISDIR(st.st_mode):
        if not os.access(p, os.R_OK | os.X_OK):
            raise SourceError(f"cannot read folder {p}: permission denied")
        return FolderSource(p)
    if stat.S_ISREG(st.st_mode):
        try:
            is_zip = zipfile.is_zipfile(p)
        except Exception:  # noqa: BLE001 - a hostile end record may raise more than OSError
            is_zip = False
        if is_zip:
            return ZipSource(p)
        if _starts_like_zip(p):
            return RecoveredZipSource(p)  # cut short: no central directory, read what is there
        raise SourceError(f"not a folder or a ZIP archive: {p}")
    raise SourceError(f"not a folder or a ZIP archive: {p}")


def _starts_like_zip(path: Path) -> bool:
    try:
        with open(path, "rb") as fh:
            return fh.read(4) == b"PK\x03\x04"
    except OSError:
        return False
