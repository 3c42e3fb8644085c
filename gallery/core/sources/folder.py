"""A kit in a folder, read in place: the scan never leaves the kit root (links pointing outside
or into a loop are skipped and said so), and nothing but a regular file is ever opened."""

from __future__ import annotations

import errno
import os
import stat
from pathlib import Path
from typing import BinaryIO

from gallery.core.sources.common import (
    MAX_DEPTH,
    MAX_SIDE_FILE_BYTES,
    SIDE_FILES,
    Entry,
    MemberError,
    display_name,
    is_still_name,
    not_shown_warning,
)


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
        self.skipped = []
        found: list[Entry] = []
        not_shown: list[str] = []  # files that are neither stills nor side files: counted
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
                        not_shown.append(rel)  # a plain file that is not a still: no stat needed
                        continue
                    st = child.stat(follow_symlinks=True)
                except OSError as exc:
                    if still:
                        found.append(self._entry(rel, 0, 0.0, f"unreadable ({exc.strerror or 'error'})"))
                    else:
                        not_shown.append(rel)
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
                else:
                    not_shown.append(rel)
        warning = not_shown_warning(name for name in not_shown if name not in SIDE_FILES)
        if warning:
            self.skipped.append(warning)
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

    def root_files(self) -> list[str]:
        """The names of the regular files beside the stills at the kit's top (no links), sorted."""
        try:
            with os.scandir(self.path) as it:
                return sorted(e.name for e in it if e.is_file(follow_symlinks=False))
        except OSError:
            return []

    def read_root_file(self, name: str, limit: int) -> bytes | None:
        """At most ``limit + 1`` bytes of a file at the kit's top (more than ``limit``: it is
        larger); None when it is not a regular file there or cannot be read."""
        path = self.path / name
        if not name or "/" in name or name in (".", "..") or path.is_symlink():
            return None  # a link could lead anywhere: what the kit holds is what is at its top
        try:
            with open_regular(path) as fh:
                return fh.read(limit + 1)
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
