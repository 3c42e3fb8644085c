"""What every kit source shares: the entry it lists, the protocol it keeps, its errors, its
limits, and the rules for names (which files are stills, how a name is shown, which ZIP
member names are safe)."""

from __future__ import annotations

from pathlib import Path
from typing import BinaryIO, NamedTuple, Protocol

STILL_EXTENSIONS = frozenset({".jpg", ".jpeg", ".jpe", ".jfif", ".png", ".tif", ".tiff", ".webp", ".gif"})
SIDE_FILES = ("kit.toml", "captions.csv")

MAX_MEMBER_BYTES = 512 * 1024 * 1024  # one still inflated
MAX_SIDE_FILE_BYTES = 4 * 1024 * 1024  # kit.toml, captions.csv
MAX_ZIP_ENTRIES = 100_000
MAX_ZIP_DIRECTORY_BYTES = 64 * 1024 * 1024  # zipfile reads the whole central directory at once
MAX_COMPRESSION_RATIO = 200  # stills barely compress; a 1000:1 member is a bomb
MAX_DEPTH = 32
MAX_NAME_CHARS = 1024


class SourceError(Exception):
    """The kit cannot be opened at all (the message is shown to the user)."""


class MemberError(Exception):
    """One file of the kit cannot be read; the kit goes on."""


class Entry(NamedTuple):
    """A still file in a kit: its path inside the kit plus what identifies its version.
    (A named tuple: a scan makes one per file, and a frozen dataclass costs 4x more to make.)"""

    file: str
    size: int
    mtime: float
    error: str | None = None  # known before reading (refused ZIP member, unreadable file)


class KitSource(Protocol):
    path: Path

    def entries(self) -> list[Entry]: ...
    def open(self, file: str) -> BinaryIO: ...
    def read_side_file(self, name: str) -> bytes | None: ...
    def local_path(self, file: str) -> Path | None: ...


def is_still_name(name: str) -> bool:
    base = name.replace("\\", "/").rsplit("/", 1)[-1]
    if base.startswith("."):
        return False  # hidden files and macOS AppleDouble ("._x.jpg") are not stills
    dot = base.rfind(".")
    return dot > 0 and base[dot:].lower() in STILL_EXTENSIONS


def display_name(name: str) -> str:
    """A kit path as shown and used as the still's id: printable, and valid Unicode.

    File names that are not valid UTF-8 arrive with surrogate escapes, and names may hold
    control characters (a newline would forge a line in `gallery info`); both are shown as
    ``\\xNN`` escapes of their bytes.
    """
    if name.isprintable():
        return name
    out = []
    for ch in name:
        if "\udc80" <= ch <= "\udcff":
            out.append(f"\\x{ord(ch) - 0xDC00:02x}")
        elif ch.isprintable() or ch == " ":
            out.append(ch)
        elif ord(ch) < 0x100:
            out.append(f"\\x{ord(ch):02x}")
        else:
            out.append("\ufffd")
    return "".join(out)


def safe_member_name(name: str) -> str | None:
    """The member name as a kit path, or None when it could escape or is not a plain name."""
    if "\x00" in name or len(name) > MAX_NAME_CHARS:
        return None
    posix = name.replace("\\", "/")
    if posix.startswith("/") or (len(posix) > 1 and posix[1] == ":"):
        return None
    parts = [part for part in posix.split("/") if part and part != "."]  # as PurePosixPath does
    if not parts or ".." in parts:
        return None
    return "/".join(parts)
