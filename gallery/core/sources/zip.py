"""A kit in a ZIP archive, read in place and never extracted: member names are checked so that
none can escape, names are decoded as the tool that wrote them meant, and every member is
bounded (inflated size, compression ratio, overlaps, a central directory too large to parse)."""

from __future__ import annotations

import io
import stat
import struct
import threading
import zipfile
import zlib
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from gallery.core.sources.common import (
    MAX_COMPRESSION_RATIO,
    MAX_MEMBER_BYTES,
    MAX_NAME_CHARS,
    MAX_SIDE_FILE_BYTES,
    MAX_ZIP_DIRECTORY_BYTES,
    MAX_ZIP_ENTRIES,
    SIDE_FILES,
    Entry,
    MemberError,
    SourceError,
    display_name,
    is_still_name,
    not_shown_warning,
    safe_member_name,
)
from gallery.core.sources.folder import open_regular

LOCAL_HEADER = struct.Struct("<4sHHHHHIIIHH")


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

    _offsets_at_data = False  # a member's header_offset is its local header's (see MemberLocation)

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
    def _common_root_of(names: list[str | None]) -> str:
        if not names or not all(n and "/" in n for n in names):
            return ""
        tops = {n.split("/", 1)[0] for n in names if n}
        return tops.pop() + "/" if len(tops) == 1 else ""

    def entries(self) -> list[Entry]:
        if self._listed is not None:
            return list(self._listed)
        found: list[Entry] = []
        not_shown: list[str] = []  # members that are neither stills nor side files: counted
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
                not_shown.append(shown)
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
        warning = not_shown_warning(not_shown)
        if warning:
            self.skipped.append(warning)
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
            self._offsets_at_data,
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

    def root_files(self) -> list[str]:
        """The members at the kit's top (the archive's root, or the one folder it was zipped
        with), by their kit names, sorted."""
        return sorted(self._root_members())

    def read_root_file(self, name: str, limit: int) -> bytes | None:
        """At most ``limit + 1`` bytes of a member at the kit's top (more than ``limit``: it is
        larger); None when there is no such member, it is encrypted or it cannot be read."""
        info = self._root_members().get(name)
        if info is None or info.flag_bits & 0x1:
            return None
        try:
            return self._read_member(info, limit + 1)
        except Exception:  # noqa: BLE001 - a damaged member is as good as none
            return None

    def _root_members(self) -> dict[str, zipfile.ZipInfo]:
        found: dict[str, zipfile.ZipInfo] = {}
        for info, _decoded, safe in self._named:
            if safe and safe.startswith(self._root) and "/" not in safe[len(self._root) :]:
                found.setdefault(safe[len(self._root) :], info)
        return found

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
            head = fh.read(LOCAL_HEADER.size)
            if len(head) < LOCAL_HEADER.size or head[:4] != b"PK\x03\x04":
                raise MemberError("damaged in archive (bad local header)")
            fields = LOCAL_HEADER.unpack(head)
            start += LOCAL_HEADER.size + fields[9] + fields[10]
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


def _zip_mtime(info: zipfile.ZipInfo) -> float:
    import datetime as dt

    try:
        return dt.datetime(*info.date_time).timestamp()
    except (ValueError, OverflowError):
        return 0.0


def _is_folder(info: zipfile.ZipInfo) -> bool:
    """ZipInfo.is_dir() without its IndexError on a member whose name is empty."""
    return info.filename.endswith("/")
