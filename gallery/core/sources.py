"""Where a kit's files come from: a folder or a ZIP archive, both strictly read-only.

A source lists its stills by their path inside the kit ('/'-separated) and opens them for
reading. Folder scans never leave the kit root (symlinks pointing outside or into a loop are
skipped); ZIP members are read in place, never extracted, their names are checked so that
none can escape, and their inflated size is bounded.
"""

from __future__ import annotations

import errno
import io
import os
import stat
import struct
import threading
import zipfile
import zlib
from dataclasses import dataclass
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


def open_regular(path: Path | str) -> BinaryIO:
    """Open a file for reading only if it is a regular file; never block on a FIFO or device.

    The scan already skips FIFOs, but a file can be replaced between the scan and the read.
    """
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOCTTY", 0) | getattr(os, "O_BINARY", 0)
    fd = os.open(path, flags)
    try:
        st = os.fstat(fd)
        if not stat.S_ISREG(st.st_mode):
            raise MemberError(f"not a regular file ({_kind(st.st_mode)})")
        if hasattr(os, "set_blocking"):
            os.set_blocking(fd, True)
        return os.fdopen(fd, "rb")
    except BaseException:
        os.close(fd)
        raise


def _kind(mode: int) -> str:
    if stat.S_ISFIFO(mode):
        return "named pipe"
    if stat.S_ISSOCK(mode):
        return "socket"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "device"
    if stat.S_ISDIR(mode):
        return "folder"
    return "special file"


class FolderSource:
    def __init__(self, path: Path) -> None:
        self.path = path.resolve()
        self.skipped: list[str] = []
        self._real: dict[str, str] = {}  # shown id -> real relative path, for odd names

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
                self.skipped.append(f"{display_name(prefix.rstrip('/')) or '.'}: {exc.strerror or 'unreadable'}")
                continue
            for child in children:
                rel = prefix + child.name
                still = is_still_name(child.name)
                try:
                    if child.is_symlink():
                        problem = self._link_problem(Path(child.path))
                        if problem:
                            self.skipped.append(f"{display_name(rel)}: {problem}")
                            continue
                    elif not still and not child.is_dir(follow_symlinks=False):
                        continue  # a plain file that is not a still: no stat needed
                    st = child.stat(follow_symlinks=True)
                except OSError as exc:
                    if still:
                        found.append(self._entry(rel, 0, 0.0, f"unreadable ({exc.strerror or 'error'})"))
                    continue
                if stat.S_ISDIR(st.st_mode):
                    key = (st.st_dev, st.st_ino)
                    if key in visited or child.name.startswith("."):
                        continue
                    if depth >= MAX_DEPTH:
                        self.skipped.append(f"{display_name(rel)}: folders nested too deeply, not scanned")
                        continue
                    visited.add(key)
                    stack.append((Path(child.path), rel + "/", depth + 1))
                elif still:
                    if stat.S_ISREG(st.st_mode):
                        found.append(self._entry(rel, st.st_size, st.st_mtime))
                    else:
                        found.append(self._entry(rel, 0, 0.0, f"not a regular file ({_kind(st.st_mode)})"))
        found.sort(key=lambda e: e.file)
        return found

    def _entry(self, rel: str, size: int, mtime: float, error: str | None = None) -> Entry:
        shown = display_name(rel)
        if shown != rel:
            self._real[shown] = rel
        return Entry(shown, size, mtime, error)

    def _link_problem(self, path: Path) -> str | None:
        try:
            target = _resolved(path)
        except _LinkLoop:
            return "link loop"
        except OSError as exc:
            return f"broken link ({exc.strerror or 'error'})"
        if not target.is_relative_to(self.path):
            return "link leads outside the kit"
        return None

    def _inside(self, path: Path) -> bool:
        try:
            return _resolved(path).is_relative_to(self.path)
        except OSError:  # a link loop, or unreadable
            return False

    def _checked(self, file: str) -> Path:
        try:
            target = _resolved(self.path / self._real.get(file, file))
        except _LinkLoop:
            raise MemberError("link loop") from None
        except OSError as exc:
            raise MemberError(f"unreadable ({exc.strerror or 'error'})") from None
        if not target.is_relative_to(self.path):
            raise MemberError("outside the kit")
        return target

    def open(self, file: str) -> BinaryIO:
        try:
            return open_regular(self._checked(file))
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
            with open_regular(path) as fh:
                return fh.read(MAX_SIDE_FILE_BYTES)
        except (OSError, MemberError):
            return None


class _LinkLoop(OSError):
    pass


def _resolved(path: Path) -> Path:
    """``path`` with every link followed; _LinkLoop for a loop. A link to nothing resolves to
    the path it names (opening it then says the file is gone or unreadable).

    A loop shows differently by version: Python < 3.13 raises RuntimeError, 3.13 raises
    OSError(ELOOP) in strict mode and returns a half-resolved path otherwise. Anything else
    strict mode stumbles on (a link to nothing, a folder we may not enter) is left to opening
    the file, which says what it is (and "unreadable" is tried again next time)."""
    try:
        return path.resolve(strict=True)
    except RuntimeError:
        raise _LinkLoop(errno.ELOOP, "link loop") from None
    except OSError as exc:
        if exc.errno == errno.ELOOP:
            raise _LinkLoop(errno.ELOOP, "link loop") from None
    try:
        return path.resolve()
    except RuntimeError:
        raise _LinkLoop(errno.ELOOP, "link loop") from None


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


def member_name(info: zipfile.ZipInfo) -> str:
    """The member's name, best effort: names without the UTF-8 flag are CP437 by the standard,
    but many tools wrote UTF-8 or the system's code page (Shift_JIS in Japan) there."""
    name = info.filename
    if info.flag_bits & 0x800 or name.isascii():
        return name
    try:
        raw = info.orig_filename.encode("cp437")
    except UnicodeError:
        return name
    try:
        return raw.decode("utf-8").replace("\\", "/") if not info.orig_filename.endswith("/") else name
    except UnicodeDecodeError:
        pass
    from gallery.core.iim import guess_shift_jis

    japanese = guess_shift_jis(raw)
    return japanese.replace("\\", "/") if japanese else name


class ZipSource:
    """A ZIP kit read in place. One ZipFile per thread: reads from workers never share a handle."""

    def __init__(self, path: Path) -> None:
        self.path = path.resolve()
        self._local = threading.local()
        self._members: dict[str, zipfile.ZipInfo] = {}
        self._side: dict[str, zipfile.ZipInfo] = {}
        self._listed: list[Entry] | None = None
        self.skipped: list[str] = []
        self._data_end: int | None = None
        try:
            st = self.path.stat()
            self._identity = (st.st_size, st.st_mtime)
            infos = self._load_infos()
        except SourceError:
            raise
        except RecursionError:
            raise SourceError("damaged ZIP archive") from None
        except Exception as exc:  # noqa: BLE001 - zipfile raises many kinds on a hostile directory
            raise SourceError(f"damaged ZIP archive: {exc}") from None
        if len(infos) > MAX_ZIP_ENTRIES:
            raise SourceError(f"ZIP archive has too many entries ({len(infos)})")
        self._infos = infos
        self._overlapping = self._find_overlaps(infos)
        # (info, best-effort name, safe kit path or None) of every file member, worked out once.
        self._named = [
            (info, decoded, safe_member_name(decoded))
            for info in infos
            if not _is_folder(info) and not info.filename.startswith("__MACOSX/")
            for decoded in (member_name(info),)
        ]
        # A kit zipped with its folder ("kit/…") keeps kit.toml beside the stills in that folder.
        self._root = self._common_root_of([safe for _, _, safe in self._named])

    @staticmethod
    def _find_overlaps(infos: list[zipfile.ZipInfo]) -> set[int]:
        return _overlapping(infos)

    def _load_infos(self) -> list[zipfile.ZipInfo]:
        self._check_directory_size()
        archive = self._archive()
        self._data_end = getattr(archive, "start_dir", None)
        return archive.infolist()

    def _check_directory_size(self) -> None:
        """Refuse a central directory too big to parse before zipfile reads it into memory."""
        try:
            with open_regular(self.path) as fh:
                end = zipfile._EndRecData(fh)  # type: ignore[attr-defined]
            size = end[zipfile._ECD_SIZE] if end else 0  # type: ignore[attr-defined]
        except (AttributeError, IndexError, TypeError):
            return  # zipfile's internals moved: its own parse still bounds the work by file size
        if size > MAX_ZIP_DIRECTORY_BYTES:
            raise SourceError(f"ZIP archive directory too large ({size // (1024 * 1024)} MB)")

    def _archive(self) -> zipfile.ZipFile:
        archive = getattr(self._local, "archive", None)
        if archive is None:
            archive = zipfile.ZipFile(self.path)
            self._local.archive = archive
        return archive

    @staticmethod
    def _common_root(infos: list[zipfile.ZipInfo]) -> str:
        return ZipSource._common_root_of(
            [
                safe_member_name(member_name(i))
                for i in infos
                if not _is_folder(i) and not i.filename.startswith("__MACOSX/")
            ]
        )

    @staticmethod
    def _common_root_of(names: list[str | None]) -> str:
        if not names or not all(n and "/" in n for n in names):
            return ""
        tops = {n.split("/", 1)[0] for n in names if n}
        return tops.pop() + "/" if len(tops) == 1 else ""

    def entries(self) -> list[Entry]:
        if self._listed is not None:
            return list(self._listed)
        found: list[Entry] = []
        seen: set[str] = set()
        for info, decoded, name in self._named:
            if self._root and name and name.startswith(self._root):
                name = name[len(self._root) :]
            if name in SIDE_FILES:
                self._side.setdefault(name, info)
                continue
            shown = display_name(name or decoded.replace("\x00", "\ufffd"))
            if len(shown) > MAX_NAME_CHARS:  # keep the end: the extension says what it is
                shown = shown[: MAX_NAME_CHARS - 40] + "…" + shown[-39:]
            if not is_still_name(shown):
                continue
            error = self._refusal(info, name)
            if shown in seen:
                # Two members with one name: the first is the still, the others are listed
                # under their own ids so nothing downstream confuses them.
                error = "duplicate name in archive"
                copy = 2
                while f"{shown} (copy {copy})" in seen:
                    copy += 1
                shown = f"{shown} (copy {copy})"
            seen.add(shown)
            found.append(Entry(shown, info.file_size, _zip_mtime(info), error))
            if not error:
                self._members[shown] = info
        found.sort(key=lambda e: e.file)
        self._listed = found
        return list(found)

    def _refusal(self, info: zipfile.ZipInfo, name: str | None) -> str | None:
        if name is None:
            return "unsafe name in archive, refused"
        if info.flag_bits & 0x1:
            return "encrypted in archive"
        if info.create_system == 3 and stat.S_ISLNK(info.external_attr >> 16):
            # `zip -y` stores a link as a member holding the target's path: never followed
            return "a link in the archive, not followed"
        if info.file_size > MAX_MEMBER_BYTES:
            return f"too large in archive ({info.file_size // (1024 * 1024)} MB)"
        if info.file_size > 1024 * 1024 and info.file_size > MAX_COMPRESSION_RATIO * max(1, info.compress_size):
            return "suspicious compression ratio, refused"
        if info.compress_type not in (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED, zipfile.ZIP_BZIP2, zipfile.ZIP_LZMA):
            return "unsupported compression in archive"
        if id(info) in self._overlapping:
            return "overlaps another member in archive, refused"
        if self._data_end is not None and info.header_offset + 30 + info.compress_size > self._data_end:
            return "cut short in archive"
        return None

    def _read_member(self, info: zipfile.ZipInfo, limit: int) -> bytes:
        with self._archive().open(info) as member:
            return member.read(limit)

    def open(self, file: str) -> BinaryIO:
        if not self._members and self._listed is None:
            self.entries()
        info = self._members.get(file)
        if info is None:
            raise MemberError("not in archive")
        try:
            data = self._read_member(info, info.file_size + 1)
        except MemberError:
            raise
        except zipfile.BadZipFile as exc:
            raise MemberError(f"damaged in archive ({exc})") from None
        except (OSError, EOFError, NotImplementedError, RuntimeError, ValueError, zlib.error, struct.error) as exc:
            raise MemberError(f"unreadable in archive ({type(exc).__name__})") from None
        except MemoryError:
            raise MemberError("too large to read from the archive") from None
        except Exception as exc:  # noqa: BLE001 - lzma/bz2 raise their own kinds on bad data
            raise MemberError(f"damaged in archive ({type(exc).__name__})") from None
        if len(data) > info.file_size:
            raise MemberError("member larger than declared, refused")
        return io.BytesIO(data)

    def local_path(self, file: str) -> Path | None:
        return None

    def member_location(self, file: str) -> MemberLocation | None:
        """Where a listed, accepted member's bytes are: for a worker that reads it directly."""
        if self._listed is None:
            self.entries()
        info = self._members.get(file)
        if info is None:
            return None
        return MemberLocation(
            info.header_offset,
            info.compress_size,
            info.file_size,
            info.compress_type,
            info.CRC,
            isinstance(self, RecoveredZipSource),
        )

    def read_side_file(self, name: str) -> bytes | None:
        if self._listed is None:
            self.entries()
        info = self._side.get(name)
        if info is None or info.file_size > MAX_SIDE_FILE_BYTES or info.flag_bits & 0x1:
            return None
        try:
            return self._read_member(info, MAX_SIDE_FILE_BYTES)
        except Exception:  # noqa: BLE001 - a damaged side file is as good as none
            return None

    @property
    def identity(self) -> tuple[int, float]:
        """Size and mtime of the archive: with a member name, the key of a private cache."""
        return self._identity


@dataclass(frozen=True)
class MemberLocation:
    """A ZIP member's place in its archive, as the central directory (or the walk) gave it."""

    header_offset: int  # of the local header; for a recovered archive, of the data itself
    compress_size: int
    file_size: int
    method: int
    crc: int
    at_data: bool = False


def read_member_at(archive: str | Path, where: MemberLocation) -> bytes:
    """A member's bytes read straight from the archive (no central directory parsed: a worker
    does not re-read 100,000 entries for one still). Size, method and CRC are checked."""
    with open_regular(archive) as fh:
        start = where.header_offset
        if not where.at_data:
            fh.seek(start)
            head = fh.read(_LOCAL_HEADER.size)
            if len(head) < _LOCAL_HEADER.size or head[:4] != b"PK\x03\x04":
                raise MemberError("damaged in archive (bad local header)")
            fields = _LOCAL_HEADER.unpack(head)
            start += _LOCAL_HEADER.size + fields[9] + fields[10]
        fh.seek(start)
        packed = fh.read(where.compress_size)
    if len(packed) < where.compress_size:
        raise MemberError("cut short in archive")
    limit = where.file_size + 1
    try:
        if where.method == zipfile.ZIP_STORED:
            data = packed[:limit]
        elif where.method == zipfile.ZIP_DEFLATED:
            data = zlib.decompressobj(-15).decompress(packed, limit)
        else:
            decompressor = zipfile._get_decompressor(where.method)  # type: ignore[attr-defined]
            data = decompressor.decompress(packed)[:limit]
    except MemberError:
        raise
    except Exception as exc:  # noqa: BLE001 - zlib/bz2/lzma errors on damaged data
        raise MemberError(f"damaged in archive ({type(exc).__name__})") from None
    if len(data) > where.file_size:
        raise MemberError("member larger than declared, refused")
    if len(data) < where.file_size or zlib.crc32(data) != where.crc:
        raise MemberError("damaged in archive (CRC mismatch)")
    return data


def _overlapping(infos: list[zipfile.ZipInfo]) -> set[int]:
    """Members whose data runs into the next member's header: the "overlapping files" ZIP
    bomb (one compressed kernel shared by thousands of entries; CPython CVE-2024-0450)."""
    bad: set[int] = set()
    ordered = sorted(infos, key=lambda i: i.header_offset)
    for this, after in zip(ordered, ordered[1:], strict=False):
        try:
            name_length = len(this.orig_filename.encode("utf-8" if this.flag_bits & 0x800 else "cp437"))
        except UnicodeError:
            name_length = 0
        if this.header_offset + 30 + name_length + this.compress_size > after.header_offset:
            bad.add(id(this))
            bad.add(id(after))
    return bad


# --- a ZIP cut short ---------------------------------------------------------------------

_LOCAL_HEADER = struct.Struct("<4sHHHHHIIIHH")


class RecoveredZipSource(ZipSource):
    """A ZIP archive without its central directory (a download or copy cut short): the
    members are found by walking the local headers from the start, as ``zip -FF`` does.
    Members that are whole are read (and their CRC checked); the one that was cut is listed
    with its reason; the walk stops at the first thing that is not a local header."""

    def _load_infos(self) -> list[zipfile.ZipInfo]:
        infos: list[zipfile.ZipInfo] = []
        size = self.path.stat().st_size
        with open_regular(self.path) as fh:
            pos = 0
            while len(infos) <= MAX_ZIP_ENTRIES:
                fh.seek(pos)
                head = fh.read(_LOCAL_HEADER.size)
                if len(head) < _LOCAL_HEADER.size:
                    break
                sig, _ver, flag, method, mtime, mdate, crc, csize, usize, nlen, xlen = _LOCAL_HEADER.unpack(head)
                if sig != b"PK\x03\x04":
                    break
                raw_name = fh.read(nlen)
                extra = fh.read(xlen)
                if len(raw_name) < nlen or len(extra) < xlen:
                    break
                data_start = pos + _LOCAL_HEADER.size + nlen + xlen
                if csize == 0xFFFFFFFF or usize == 0xFFFFFFFF:
                    usize, csize = _zip64_sizes(extra, usize, csize)
                info = zipfile.ZipInfo()
                info.orig_filename = raw_name.decode("utf-8" if flag & 0x800 else "cp437", "replace")
                info.filename = info.orig_filename
                info.flag_bits = flag
                info.compress_type = method
                info.CRC = crc
                info.compress_size = csize
                info.file_size = usize
                info.header_offset = data_start  # here: where the member's data starts
                info.date_time = _dos_time(mdate, mtime)
                if flag & 0x08 and csize == 0:
                    found = _stream_length(fh, data_start, method) if method == zipfile.ZIP_DEFLATED else None
                    if found is None:
                        info.file_size, info.compress_size = 0, -1  # unknown: listed as cut short
                        infos.append(info)
                        break
                    info.compress_size, info.file_size, info.CRC = found
                end = data_start + info.compress_size
                if end > size:
                    info.file_size = max(info.file_size, 0)
                    info.compress_size = -1
                    infos.append(info)
                    break
                infos.append(info)
                pos = end
                if flag & 0x08:  # data descriptor: optional signature, CRC, sizes
                    fh.seek(pos)
                    tail = fh.read(4)
                    pos += 16 if tail == b"PK\x07\x08" else 12
        if not any(info.filename for info in infos):
            raise SourceError("damaged ZIP archive (no central directory, nothing could be recovered)")
        self.skipped.append("ZIP archive is damaged (no central directory); the stills that are whole are shown")
        self._data_end = None
        return infos

    @staticmethod
    def _find_overlaps(infos: list[zipfile.ZipInfo]) -> set[int]:
        return set()  # the walk itself never makes two members share bytes

    def _refusal(self, info: zipfile.ZipInfo, name: str | None) -> str | None:
        if info.compress_size < 0:
            return "cut short in archive"
        reason = super()._refusal(info, name)
        if reason is None and info.compress_type not in (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED):
            return "unsupported compression in damaged archive"
        return reason

    def _archive(self) -> zipfile.ZipFile:
        raise SourceError("damaged ZIP archive")  # never used: members are read directly

    def _read_member(self, info: zipfile.ZipInfo, limit: int) -> bytes:
        where = MemberLocation(
            info.header_offset, info.compress_size, info.file_size, info.compress_type, info.CRC, True
        )
        return read_member_at(self.path, where)[:limit]


def _zip64_sizes(extra: bytes, usize: int, csize: int) -> tuple[int, int]:
    pos = 0
    while pos + 4 <= len(extra):
        kind, length = struct.unpack("<HH", extra[pos : pos + 4])
        body = extra[pos + 4 : pos + 4 + length]
        if kind == 0x0001:
            values = [v[0] for v in struct.iter_unpack("<Q", body[: len(body) // 8 * 8])]
            if usize == 0xFFFFFFFF and values:
                usize = values.pop(0)
            if csize == 0xFFFFFFFF and values:
                csize = values.pop(0)
            break
        pos += 4 + length
    return usize, csize


def _stream_length(fh: BinaryIO, start: int, method: int) -> tuple[int, int, int] | None:
    """(compressed size, size, CRC) of a deflate stream whose sizes follow it, found by
    inflating it once (bounded by MAX_MEMBER_BYTES); None if it does not end."""
    fh.seek(start)
    inflater = zlib.decompressobj(-15)
    produced = 0
    crc = 0
    consumed = 0
    while not inflater.eof:
        chunk = fh.read(256 * 1024)
        if not chunk:
            return None
        try:
            out = inflater.decompress(chunk, MAX_MEMBER_BYTES + 1 - produced)
            while inflater.unconsumed_tail and produced + len(out) <= MAX_MEMBER_BYTES:
                crc = zlib.crc32(out, crc)
                produced += len(out)
                out = inflater.decompress(inflater.unconsumed_tail, MAX_MEMBER_BYTES + 1 - produced)
        except zlib.error:
            return None
        crc = zlib.crc32(out, crc)
        produced += len(out)
        if produced > MAX_MEMBER_BYTES:
            return None
        consumed += len(chunk) - len(inflater.unused_data)
    return consumed, produced, crc


def _dos_time(date: int, time: int) -> tuple[int, int, int, int, int, int]:
    return (1980 + (date >> 9), (date >> 5) & 0xF, date & 0x1F, time >> 11, (time >> 5) & 0x3F, (time & 0x1F) * 2)


def _zip_mtime(info: zipfile.ZipInfo) -> float:
    import datetime as dt

    try:
        return dt.datetime(*info.date_time).timestamp()
    except (ValueError, OverflowError):
        return 0.0


def _is_folder(info: zipfile.ZipInfo) -> bool:
    """ZipInfo.is_dir() without its IndexError on a member whose name is empty."""
    return info.filename.endswith("/")
