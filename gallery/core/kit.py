"""A press kit: its source, its stills with merged metadata, and its manifest."""

from __future__ import annotations

import io
import os
from collections import Counter
from collections.abc import Callable, Iterable
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import BinaryIO

from gallery.core import guard as guards
from gallery.core.cast import Cast, apply_cast
from gallery.core.catalog import Catalog
from gallery.core.identity import KitIdentity, StillIdentity
from gallery.core.manifest import Character, Manifest, parse_manifest, with_caption_documents
from gallery.core.metadata import read_metadata
from gallery.core.reasons import Reason
from gallery.core.sources import (
    Entry,
    FolderSource,
    KitSource,
    MemberError,
    MemberLocation,
    SourceError,
    ZipSource,
    display_name,
    open_regular,
    open_source,
    read_member_at,
)
from gallery.core.still import Still

ProgressCallback = Callable[[int, int], None]

#: Metadata of one still is read in a worker process that is stopped after this long; the
#: in-process read limits (gallery.core.limits) stop well before for anything that reads.
METADATA_TIMEOUT = 10.0


class KitError(Exception):
    """The kit cannot be opened at all; the message is one line for the user."""


class Kit:
    """An opened kit (a ``KitView`` of its own stills). Stills are sorted by their path inside the kit."""

    #: A kit of its own is no collection (see ``KitView``).
    collection_id: int | None = None

    def __init__(
        self,
        source: KitSource,
        stills: list[Still],
        manifest: Manifest | None,
        identity: KitIdentity | None = None,
        cast: Cast | None = None,
    ) -> None:
        self.source = source
        self.stills = stills
        self.manifest = manifest
        #: The characters: the manifest's, and those the captions name "ACTOR as CHARACTER".
        self.cast = cast
        #: What the catalog, the library and the thumbnail cache know this kit by (taken once).
        self.identity = identity or kit_identity(source)
        self._by_file = {still.file: still for still in stills}

    @property
    def path(self) -> Path:
        return self.source.path

    @property
    def title(self) -> str:
        if self.manifest and self.manifest.title:
            return self.manifest.title
        name = display_name(self.path.name)  # a folder name that is not UTF-8 is shown escaped
        return name[:-4] if name.lower().endswith(".zip") else name

    @property
    def warnings(self) -> list[str]:
        found = list(getattr(self.source, "skipped", []))
        if self.manifest:
            found.extend(self.manifest.warnings)
        return found

    def still(self, file: str) -> Still | None:
        return self._by_file.get(file)

    def open(self, file: str) -> BinaryIO:
        """Open a still's bytes for reading (MemberError when it cannot be read)."""
        return self.source.open(file)

    def read_bytes(self, file: str) -> bytes:
        with self.source.open(file) as fh:
            return fh.read()

    def local_path(self, file: str) -> Path | None:
        """The still's path on disk, or None for a ZIP member."""
        return self.source.local_path(file)

    def still_identity(self, still: Still) -> StillIdentity:
        return self.identity.still(still.file, still.size, still.mtime)

    def origin(self, file: str) -> tuple[Kit, Still]:
        """This kit and its still: a kit is its own origin (MemberError for a file not in it)."""
        still = self._by_file.get(file)
        if still is None:
            raise MemberError("not in this kit")
        return self, still

    def character_counts(self) -> dict[str, int]:
        """Characters by the number of stills showing them, most first, then by name."""
        return _ranked(c for s in self.stills for c in s.characters)

    def keyword_counts(self) -> dict[str, int]:
        return _ranked(k for s in self.stills for k in s.keywords)

    def characters_info(self) -> list[Character]:
        if self.cast is not None:
            return list(self.cast.characters)
        return list(self.manifest.characters) if self.manifest else []


def _ranked(values: Iterable[str]) -> dict[str, int]:
    counts = Counter(values)
    return dict(sorted(counts.items(), key=lambda item: (-item[1], item[0].casefold())))


def open_kit(
    path: str | os.PathLike[str],
    progress: ProgressCallback | None = None,
    catalog: Catalog | None = None,
    *,
    first: int = 0,
    on_first: Callable[[Kit], None] | None = None,
    isolation: guards.Isolation | None = None,
) -> Kit:
    """Scan a folder or ZIP and read every still's metadata. Blocking: call it off the UI thread.

    With a catalog, stills whose size and mtime are unchanged come from it without opening
    the file; what was read anew is stored back. With ``on_first``, the first ``first``
    stills (kit order) are read before the rest and handed to it as a Kit of their own, so a
    window can paint its first screen while the rest of a large kit is read; the Kit returned
    at the end starts with those same Still objects. Headers are read in a pool of
    ``isolation`` (by default, worker processes wherever they are allowed).
    """
    try:
        source = open_source(path)
        entries = source.entries()
    except SourceError as exc:
        raise KitError(str(exc)) from None
    except OSError as exc:
        raise KitError(f"cannot open {path}: {exc.strerror or exc}") from None
    manifest = parse_manifest(source.read_side_file("kit.toml"), source.read_side_file("captions.csv"))
    identity = kit_identity(source)
    total = len(entries)
    head = entries[: max(0, first)] if on_first is not None and first < total else []
    stills: list[Still] = []
    fresh_rows = []
    if progress:
        progress(0, total)
    workers = min(os.cpu_count() or 2, 4)
    # Workers start on the first file that must really be read: none for a kit the catalog knows.
    guard = (isolation or guards.Isolation()).pool(workers, METADATA_TIMEOUT)
    _GUARDS[id(source)] = guard
    try:
        manifest = with_caption_documents(manifest, source, [e.file for e in entries], _guarded(guard), identity.key)
        # Header reads are mostly waiting on the disk (or on a worker); threads overlap that.
        with ThreadPoolExecutor(max_workers=min(8, (os.cpu_count() or 2) * 2)) as pool:

            def take(batch: list[Entry], known: dict[str, tuple[int, float, Still]]) -> None:
                # Only files that must really be read go to the pool; the rest (refused, empty,
                # known to the catalog) are answered here: 100,000 of them cost no hand-offs.
                to_read = [not e.error and e.size > 0 and not _unchanged(identity, known.get(e.file), e) for e in batch]
                read_results = pool.map(
                    lambda e: _read_entry(source, e), [e for e, r in zip(batch, to_read, strict=True) if r]
                )
                for entry, fresh in zip(batch, to_read, strict=True):
                    if fresh:
                        still = next(read_results)
                        if catalog and not (still.error and Reason.of(still.error).transient):
                            fresh_rows.append(Catalog.row(still))
                    elif entry.error or entry.size == 0:
                        still = _read_entry(source, entry)  # refused or empty: says why without reading
                    else:
                        still = known[entry.file][2]  # unchanged since the catalog read it
                    if manifest:
                        manifest.apply(still)
                    stills.append(still)
                    done = len(stills)
                    if progress and (done % 64 == 0 or done == total):
                        progress(done, total)

            head_known = catalog.load(identity, only=[e.file for e in head]) if catalog and head else {}
            if head and on_first:
                take(head, head_known)
                on_first(Kit(source, list(stills), manifest, identity, apply_cast(manifest, stills)))
            known = catalog.load(identity, skip={e.file for e in head}) if catalog else {}
            take(entries[len(head) :], known)
    finally:
        _GUARDS.pop(id(source), None)
        guard.close()
    # Rows of files gone (or never stored, e.g. empty ones) make the counts differ: tidy up.
    if catalog and (fresh_rows or len(known) + len(head_known) != total):
        catalog.store(identity, fresh_rows, keep={e.file for e in entries})
    return Kit(source, stills, manifest, identity, apply_cast(manifest, stills))


def _guarded(guard: guards.Guard) -> Callable[..., object]:
    """Run a parse in the guard's workers (a deadline), or here when there are none."""

    def run(fn: Callable[..., object], *args: object) -> object:
        if guard.available:
            try:
                return guard.run(fn, *args)
            except guards.GuardUnavailable:
                pass
        return fn(*args)

    return run


def _unchanged(identity: KitIdentity, stored: tuple[int, float, Still] | None, entry: Entry) -> bool:
    return stored is not None and identity.still(entry.file, entry.size, entry.mtime).unchanged(stored[0], stored[1])


def kit_identity(source: KitSource) -> KitIdentity:
    """The source's identity, taken once: its folder, or its archive as it is now."""
    if isinstance(source, ZipSource):
        try:
            return KitIdentity.archive(source.path, os.stat(source.path))
        except OSError:  # gone since it was opened: what the source saw then
            size, mtime = source.identity
            return KitIdentity(source.path, True, size, int(mtime * 1e9), mtime)
    return KitIdentity.folder(source.path)


#: The worker pool of each open_kit call in progress, by id(source).
_GUARDS: dict[int, guards.Guard] = {}


def _read_entry(source: KitSource, entry: Entry) -> Still:
    """One still's metadata: in a worker process when open_kit has started some, else here."""
    if entry.error:
        return Still(file=entry.file, error=entry.error, size=entry.size, mtime=entry.mtime)
    if entry.size == 0:  # as read_metadata would say, without opening it
        return Still(file=entry.file, error="empty file", size=0, mtime=entry.mtime)
    guard = _GUARDS.get(id(source))
    still = None
    if guard is not None and guard.available:
        spec = source_spec(source, entry.file)
        if spec is not None:
            try:
                still = guard.run(metadata_task, spec, entry.file)
            except guards.GuardUnavailable:
                still = None  # no processes here: read in-process below
            except guards.GuardError as exc:
                still = Still(file=entry.file, error=str(exc))
            except MemberError as exc:
                still = Still(file=entry.file, error=str(exc))
            except Exception as exc:  # noqa: BLE001 - whatever came back, the kit goes on
                still = Still(file=entry.file, error=f"unreadable file ({type(exc).__name__})")
    if still is None:
        still = _read_here(source, entry.file)
    still.file = entry.file
    still.size = entry.size
    still.mtime = entry.mtime
    return still


def _read_here(source: KitSource, file: str) -> Still:
    try:
        with source.open(file) as fh:
            return read_metadata(fh, file)
    except MemberError as exc:
        return Still(file=file, error=str(exc))
    except OSError as exc:
        return Still(file=file, error=f"unreadable ({exc.strerror or exc})")


# --- work done in guard processes ----------------------------------------------------------

#: What a worker needs to open one still: ("file", real path, None) or ("zip", archive path,
#: the member's location). The parent has checked names, sizes and ratios already.
SourceSpec = tuple[str, str, MemberLocation | None]


def source_spec(source: KitSource, file: str) -> SourceSpec | None:
    """How a worker process finds the still's bytes itself (nothing large crosses the pipe)."""
    try:
        if isinstance(source, FolderSource):
            return ("file", str(source.local_path(file)), None)
        if isinstance(source, ZipSource):
            where = source.member_location(file)
            return ("zip", str(source.path), where) if where else None
    except MemberError:
        return None  # read here, which reports the reason
    return None


def open_spec(spec: SourceSpec, file: str) -> BinaryIO:
    """In a worker: open the still a spec names (MemberError with the reason if it cannot)."""
    kind, path, where = spec
    try:
        if kind == "zip" and where is not None:
            return io.BytesIO(read_member_at(path, where))
        return open_regular(path)
    except FileNotFoundError:
        raise MemberError("file is gone") from None
    except OSError as exc:
        raise MemberError(f"unreadable ({exc.strerror or exc})") from None
    except MemoryError:
        raise MemberError("too large to read from the archive") from None


def metadata_task(spec: SourceSpec, file: str) -> Still:
    """In a worker: read_metadata of one still (never raises for a bad file)."""
    try:
        with open_spec(spec, file) as fh:
            return read_metadata(fh, file)
    except MemberError as exc:
        return Still(file=file, error=str(exc))
    except OSError as exc:
        return Still(file=file, error=f"unreadable ({exc.strerror or exc})")


def sample_kit_path() -> Path:
    """The bundled Space Sweepers kit: installed beside the package, or in a source checkout."""
    package = Path(__file__).resolve().parent.parent
    for candidate in (package / "sample_kit", package.parent / "assets" / "space-sweepers"):
        if candidate.is_dir():
            return candidate
    return package.parent / "assets" / "space-sweepers"
