"""A ZIP archive cut short (a download or copy that stopped): no central directory, so the
members are found by walking their local headers from the start, as ``zip -FF`` does."""

from __future__ import annotations

import struct
import zipfile
import zlib
from typing import BinaryIO

from gallery.core.sources.common import MAX_MEMBER_BYTES, MAX_ZIP_ENTRIES, SourceError
from gallery.core.sources.folder import open_regular
from gallery.core.sources.zip import LOCAL_HEADER, MemberLocation, ZipSource, read_member_at


class RecoveredZipSource(ZipSource):
    """A ZIP archive without its central directory (a download or copy cut short): the
    members are found by walking the local headers from the start, as ``zip -FF`` does.
    Members that are whole are read (and their CRC checked); the one that was cut is listed
    with its reason; the walk stops at the first thing that is not a local header."""

    _offsets_at_data = True  # the walk records where each member's data starts

    def _load_infos(self) -> list[zipfile.ZipInfo]:
        infos: list[zipfile.ZipInfo] = []
        size = self.path.stat().st_size
        with open_regular(self.path) as fh:
            pos = 0
            while len(infos) <= MAX_ZIP_ENTRIES:
                fh.seek(pos)
                head = fh.read(LOCAL_HEADER.size)
                if len(head) < LOCAL_HEADER.size:
                    break
                sig, _ver, flag, method, mtime, mdate, crc, csize, usize, nlen, xlen = LOCAL_HEADER.unpack(head)
                if sig != b"PK\x03\x04":
                    break
                raw_name = fh.read(nlen)
                extra = fh.read(xlen)
                if len(raw_name) < nlen or len(extra) < xlen:
                    break
                data_start = pos + LOCAL_HEADER.size + nlen + xlen
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
