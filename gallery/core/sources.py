"""Where a kit's files come from: a folder or a ZIP archive, both strictly read-only.

A source lists its stills by their path inside the kit ('/'-separated) and opens them for
reading. Folder scans never leave the kit root (symlinks pointing outside or into a loop are
skipped); ZIP members are read in place, never extracted, their names are checked so that
none can escape, and their inflated size is bounded.
"""

from __future__ import annotations

import io
import os
import stat
import threading
import zipfile
from dataclasses import dataclass
from pathlib import Path, PurePosixPath
from typing import BinaryIO, Protocol

STILL_EXTENSIONS = frozenset({".jpg", ".jpeg", ".jpe", ".jfif", ".png", ".tif", ".tiff", ".webp", ".gif"})
SIDE_FILES = ("kit.toml", "captions.csv")

MAX_MEMBER_BYTES = 512 * 1024 * 1024  # one still inflated
MAX_SIDE_FILE_BYTES = 4 * 1024 * 1024  # kit.toml, captions.csv
MAX_ZIP_ENTRIES = 100_000
MAX_COMPRESSION_RATIO = 200  # stills barely compress; a 1000:1 member is a bomb
MAX_DEPTH = 32


class SourceError(Exception):
    """The kit cannot be opened at all (the message is shown to the user)."""


class MemberError(Exception):
    """One file of the kit cannot be read; the kit goes on."""


@dataclass(frozen=True)
class Entry:
    """A still file in a kit: its path inside the kit plus what identifies its version."""

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
    if base.startswith("._") or base.startswith("."):
        return False  # macOS AppleDouble and hidden files are not stills
    return os.path.splitext(base)[1].lower() in STILL_EXTENSIONS


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
        if zipfile.is_zipfile(p):
            return ZipSource(p)
        raise SourceError(f"not a folder or a ZIP archive: {p}")
    raise SourceError(f"not a folder or a ZIP archive: {p}")


class FolderSource:
    def __init__(self, path: Path) -> None:
        self.path = path.resolve()
        self.skipped: list[str] = []

    def entries(self) -> list[Entry]:
        found: list[Entry] = []
        visited: set[tuple[int, int]] = set()
        root_stat = self.path.stat()
        visited.add((root_stat.st_dev, root_stat.st_ino))
        stack: list[tuple[Path, str, int]] = [(self.path, "", 0)]
        while stack:
            folder, prefix, depth = stack.pop()
            try:
                with os.scandir(folder) as it:
                    children = sorted(it, key=lambda e: e.name)
            except OSError as exc:
                self.skipped.append(f"{prefix or '.'}: {exc.strerror or 'unreadable'}")
                continue
            for child in children:
                rel = f"{prefix}{child.name}"
                try:
                    is_link = child.is_symlink()
                    if is_link and not self._inside(Path(child.path)):
                        self.skipped.append(f"{rel}: link leads outside the kit")
                        continue
                    st = child.stat(follow_symlinks=True)
                except OSError as exc:
                    if child.name.lower().endswith(tuple(STILL_EXTENSIONS)):
                        found.append(Entry(rel, 0, 0.0, f"unreadable ({exc.strerror or 'error'})"))
                    continue
                if stat.S_ISDIR(st.st_mode):
                    key = (st.st_dev, st.st_ino)
                    if key in visited or depth >= MAX_DEPTH or child.name.startswith("."):
                        continue
                    visited.add(key)
                    stack.append((Path(child.path), rel + "/", depth + 1))
                elif stat.S_ISREG(st.st_mode) and is_still_name(rel):
                    found.append(Entry(rel, st.st_size, st.st_mtime))
        found.sort(key=lambda e: e.file)
        return found

    def _inside(self, path: Path) -> bool:
        try:
            return path.resolve().is_relative_to(self.path)
        except (OSError, RuntimeError):  # a link loop resolves to an error
            return False

    def _checked(self, file: str) -> Path:
        target = (self.path / file).resolve()
        if not target.is_relative_to(self.path):
            raise MemberError("outside the kit")
        return target

    def open(self, file: str) -> BinaryIO:
        try:
            return open(self._checked(file), "rb")  # noqa: SIM115 - the caller closes it
        except FileNotFoundError:
            raise MemberError("file is gone") from None
        except OSError as exc:
            raise MemberError(f"unreadable ({exc.strerror or exc})") from None

    def local_path(self, file: str) -> Path | None:
        return self._checked(file)

    def read_side_file(self, name: str) -> bytes | None:
        path = self.path / name
        try:
            if not path.is_file() or not self._inside(path):
                return None
            with open(path, "rb") as fh:
                return fh.read(MAX_SIDE_FILE_BYTES)
        except OSError:
            return None


def safe_member_name(name: str) -> str | None:
    """The member name as a kit path, or None when it could escape or is not a plain name."""
    if "\x00" in name or len(name) > 1024:
        return None
    posix = name.replace("\\", "/")
    if posix.startswith("/") or (len(posix) > 1 and posix[1] == ":"):
        return None
    parts = PurePosixPath(posix).parts
    if any(part in ("..", ".") for part in parts) or not parts:
        return None
    return "/".join(parts)


class ZipSource:
    """A ZIP kit read in place. One ZipFile per thread: reads from workers never share a handle."""

    def __init__(self, path: Path) -> None:
        self.path = path.resolve()
        self._local = threading.local()
        self._members: dict[str, zipfile.ZipInfo] = {}
        self._side: dict[str, zipfile.ZipInfo] = {}
        self.skipped: list[str] = []
        try:
            st = self.path.stat()
            self._identity = (st.st_size, st.st_mtime)
            archive = self._archive()
            infos = archive.infolist()
        except (zipfile.BadZipFile, OSError, EOFError) as exc:
            raise SourceError(f"damaged ZIP archive: {exc}") from None
        if len(infos) > MAX_ZIP_ENTRIES:
            raise SourceError(f"ZIP archive has too many entries ({len(infos)})")
        self._infos = infos
        # A kit zipped with its folder ("kit/…") keeps kit.toml beside the stills in that folder.
        self._root = self._common_root(infos)

    def _archive(self) -> zipfile.ZipFile:
        archive = getattr(self._local, "archive", None)
        if archive is None:
            archive = zipfile.ZipFile(self.path)
            self._local.archive = archive
        return archive

    @staticmethod
    def _common_root(infos: list[zipfile.ZipInfo]) -> str:
        names = [
            safe_member_name(i.filename) for i in infos if not i.is_dir() and not i.filename.startswith("__MACOSX/")
        ]
        if not names or not all(n and "/" in n for n in names):
            return ""
        tops = {n.split("/", 1)[0] for n in names if n}
        return tops.pop() + "/" if len(tops) == 1 else ""

    def entries(self) -> list[Entry]:
        found: list[Entry] = []
        seen: set[str] = set()
        for info in self._infos:
            if info.is_dir() or info.filename.startswith("__MACOSX/"):
                continue
            name = safe_member_name(info.filename)
            display = name or info.filename.replace("\x00", "�")
            if self._root and name and name.startswith(self._root):
                name = name[len(self._root) :]
                display = name
            if name in SIDE_FILES:
                self._side[name] = info
                continue
            if not is_still_name(display):
                continue
            error = self._refusal(info, name)
            if name in seen:
                error = "duplicate name in archive"
            seen.add(display)
            mtime = _zip_mtime(info)
            found.append(Entry(display, info.file_size, mtime, error))
            if not error and name:
                self._members[name] = info
        found.sort(key=lambda e: e.file)
        return found

    @staticmethod
    def _refusal(info: zipfile.ZipInfo, name: str | None) -> str | None:
        if name is None:
            return "unsafe name in archive, refused"
        if info.flag_bits & 0x1:
            return "encrypted in archive"
        if info.file_size > MAX_MEMBER_BYTES:
            return f"too large in archive ({info.file_size // (1024 * 1024)} MB)"
        if info.file_size > 1024 * 1024 and info.file_size > MAX_COMPRESSION_RATIO * max(1, info.compress_size):
            return "suspicious compression ratio, refused"
        if info.compress_type not in (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED, zipfile.ZIP_BZIP2, zipfile.ZIP_LZMA):
            return "unsupported compression in archive"
        return None

    def open(self, file: str) -> BinaryIO:
        info = self._members.get(file)
        if info is None:
            raise MemberError("not in archive")
        try:
            with self._archive().open(info) as member:
                data = member.read(info.file_size + 1)
        except zipfile.BadZipFile as exc:
            raise MemberError(f"damaged in archive ({exc})") from None
        except (OSError, EOFError, NotImplementedError, RuntimeError, ValueError) as exc:
            raise MemberError(f"unreadable in archive ({type(exc).__name__})") from None
        if len(data) > info.file_size:
            raise MemberError("member larger than declared, refused")
        return io.BytesIO(data)

    def local_path(self, file: str) -> Path | None:
        return None

    def read_side_file(self, name: str) -> bytes | None:
        if not self._side and not self._members:
            self.entries()
        info = self._side.get(name)
        if info is None or info.file_size > MAX_SIDE_FILE_BYTES or info.flag_bits & 0x1:
            return None
        try:
            with self._archive().open(info) as member:
                return member.read(MAX_SIDE_FILE_BYTES)
        except (zipfile.BadZipFile, OSError, EOFError, NotImplementedError, RuntimeError, ValueError):
            return None

    @property
    def identity(self) -> tuple[int, float]:
        """Size and mtime of the archive: with a member name, the key of a private cache."""
        return self._identity


def _zip_mtime(info: zipfile.ZipInfo) -> float:
    import datetime as dt

    try:
        return dt.datetime(*info.date_time).timestamp()
    except (ValueError, OverflowError):
        return 0.0
