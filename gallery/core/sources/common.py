"""What every kit source shares: the entry it lists, the protocol it keeps, its errors, its
limits, and the rules for names (which files are stills, how a name is shown, which ZIP
member names are safe)."""

from __future__ import annotations

import struct
from collections import Counter
from collections.abc import Iterable
from pathlib import Path
from typing import BinaryIO, NamedTuple, Protocol

from gallery.core.sources.avif import AVIF_DECODED as AVIF_DECODED  # registers Pillow's AVIF decoder

#: Files listed as stills. HEIC/HEIF are listed although they are not decoded: their tile says
#: why ("unsupported format (HEIF)") instead of the file vanishing from the kit.
STILL_EXTENSIONS = frozenset(
    {".jpg", ".jpeg", ".jpe", ".jfif", ".mpo", ".png", ".tif", ".tiff", ".webp", ".gif", ".avif"}
    | {".heic", ".heif", ".hif"}
)
SIDE_FILES = ("kit.toml", "captions.csv")
#: What operating systems leave beside every file: never a still, not worth a warning.
SYSTEM_FILES = frozenset({".ds_store", "thumbs.db", "desktop.ini", ".localized", "icon\r"})

#: Major brands of an ISO-BMFF ("ftyp") image: AV1 (AVIF, decoded) and HEVC/generic HEIF (not).
AVIF_BRANDS = frozenset({b"avif", b"avis"})
HEIF_BRANDS = frozenset({b"heic", b"heix", b"heim", b"heis", b"hevc", b"hevx", b"mif1", b"msf1"})

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
    def root_files(self) -> list[str]: ...
    def read_root_file(self, name: str, limit: int) -> bytes | None: ...


def is_still_name(name: str) -> bool:
    base = name.replace("\\", "/").rsplit("/", 1)[-1]
    if base.startswith("."):
        return False  # hidden files and macOS AppleDouble ("._x.jpg") are not stills
    dot = base.rfind(".")
    return dot > 0 and base[dot:].lower() in STILL_EXTENSIONS


def isobmff_reason(head: bytes) -> str | None:
    """Why an ISO-BMFF image (its first 16 bytes) could not be opened, or None if it is not one.
    A generic ``mif1`` brand is told apart from AVIF only by decoding, which has failed here."""
    if head[4:8] != b"ftyp":
        return None
    brand = head[8:12]
    if brand in AVIF_BRANDS:
        return "damaged file" if AVIF_DECODED else "unsupported format (AVIF)"
    if brand in HEIF_BRANDS:
        return "unsupported format (HEIF)"
    return None


def isobmff_size(head: bytes) -> tuple[int, int] | None:
    """Width and height from the first image spatial extent ('ispe') box, without a decoder
    (for a refused bomb): the box sits in 'meta', within the first few hundred bytes."""
    if head[4:8] != b"ftyp":
        return None
    at = head.find(b"ispe", 0, 64 * 1024)
    if at < 4 or len(head) < at + 16:
        return None
    width, height = struct.unpack(">II", head[at + 8 : at + 16])
    return width, height


def not_shown_warning(names: Iterable[str]) -> str | None:
    """One line counting the files of a kit that are neither stills nor its side files (nor a
    caption document, which the kit reads), by extension, most common first:
    "9 files not shown: 4 .mov, 3 .txt, 2 without extension"."""
    from gallery.core.captiondocs import is_caption_document_name  # read by the kit, not dropped

    kinds: Counter[str] = Counter()
    for name in names:
        base = name.rsplit("/", 1)[-1]
        if base.lower() in SYSTEM_FILES or base.startswith("._") or is_caption_document_name(base):
            continue
        dot = base.rfind(".")
        if base.startswith(".") and dot == 0:
            kinds["hidden"] += 1
        elif dot > 0 and dot < len(base) - 1:
            kinds[display_name(base[dot:].lower())] += 1
        else:
            kinds["without extension"] += 1
    total = sum(kinds.values())
    if not total:
        return None
    ranked = sorted(kinds.items(), key=lambda item: (-item[1], item[0]))
    counts = ", ".join(f"{n:,} {kind}" for kind, n in ranked)
    return f"{total:,} file{'s' if total != 1 else ''} not shown: {counts}"


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
