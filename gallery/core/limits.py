"""In-process bounds on reading an untrusted file: bytes, read calls and wall-clock time.

Pillow's header parsers and exifread pull their input through ``read``/``seek``; wrapping the
file in ``LimitedReader`` turns "a file that makes the parser read forever" (a JPEG of a
million APP segments, an EXIF block whose 5,000 entries each ask for 999 values) into an
exception within a fixed budget. It cannot stop a loop that never reads (that is what
``gallery.core.guard`` is for), but it bounds everything that does.
"""

from __future__ import annotations

import io
import time
from typing import BinaryIO

#: Opening a still (its header: markers, IFDs, text chunks) never needs more than this.
MAX_HEADER_BYTES = 64 * 1024 * 1024
MAX_HEADER_READS = 100_000  # a JPEG header takes 2-3 reads per segment, a PNG's 3 per chunk
HEADER_SECONDS = 5.0
#: exifread reads value by value: real EXIF needs a few hundred reads, the worst seen 2,000.
MAX_EXIF_READS = 60_000
EXIF_SECONDS = 2.0


class ReadLimitExceeded(Exception):
    """A budget ran out. ``kind`` is "reads", "bytes" or "time"; str() says which and how much."""

    def __init__(self, message: str, kind: str = "reads") -> None:
        super().__init__(message)
        self.kind = kind

    @property
    def reason(self) -> str:
        """What the user sees for a file that tripped this limit."""
        if self.kind == "time":
            return "timed out"
        return "damaged file (header too large)" if self.kind == "bytes" else "damaged file (header too complex)"


class LimitedReader(io.RawIOBase):
    """A read-only view of ``fp`` that raises ReadLimitExceeded past its budget."""

    def __init__(
        self,
        fp: BinaryIO,
        max_bytes: int | None = None,
        max_reads: int | None = None,
        seconds: float | None = None,
        what: str = "file",
    ) -> None:
        super().__init__()
        self._fp = fp
        self._max_bytes = max_bytes
        self._max_reads = max_reads
        self._deadline = time.monotonic() + seconds if seconds is not None else None
        self._what = what
        self.bytes_read = 0
        self.reads = 0

    def _charge(self) -> None:
        self.reads += 1
        if self._max_reads is not None and self.reads > self._max_reads:
            raise ReadLimitExceeded(f"{self._what} too complex ({self.reads} reads)", "reads")
        if self._deadline is not None and time.monotonic() > self._deadline:
            raise ReadLimitExceeded("timed out", "time")

    def _account(self, data: bytes) -> bytes:
        self.bytes_read += len(data)
        if self._max_bytes is not None and self.bytes_read > self._max_bytes:
            raise ReadLimitExceeded(f"{self._what} too large (over {self._max_bytes // (1024 * 1024)} MB)", "bytes")
        return data

    def read(self, size: int | None = -1) -> bytes:
        self._charge()
        if size is None or size < 0:
            if self._max_bytes is not None:
                size = self._max_bytes - self.bytes_read + 1
            else:
                return self._account(self._fp.read())
        return self._account(self._fp.read(size))

    def readinto(self, buffer) -> int:  # type: ignore[no-untyped-def]
        data = self.read(len(buffer))
        buffer[: len(data)] = data
        return len(data)

    def readline(self, size: int | None = -1) -> bytes:
        self._charge()
        limit = 64 * 1024 if size is None or size < 0 else size
        return self._account(self._fp.readline(limit))

    def seek(self, offset: int, whence: int = io.SEEK_SET) -> int:
        self._charge()
        return self._fp.seek(offset, whence)

    def tell(self) -> int:
        return self._fp.tell()

    def readable(self) -> bool:
        return True

    def seekable(self) -> bool:
        return True

    def writable(self) -> bool:
        return False

    def fileno(self) -> int:
        return self._fp.fileno()

    def close(self) -> None:  # the caller owns the underlying file
        super().close()
