"""Stills from several kits seen as one kit: what a collection opens as.

Everything that takes a kit (the grid's thumbnails, the preview, the slideshow, copy, export)
asks it for ``open(file)``, ``local_path(file)`` and its ``stills``. A ``CompoundKit`` answers
those for stills of many kits: each still is a copy whose ``file`` is a key unique across the
collection ("space-sweepers/ss_05.jpg"), and ``origin(key)`` gives back the real kit and still
(the thumbnail cache and the export need those). A collected still whose kit cannot be found
is kept, from what was stored when it was added, with the error "missing".
"""

from __future__ import annotations

import dataclasses
from collections import Counter
from collections.abc import Callable, Collection, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO, TypeVar

from gallery.core.catalog import Catalog
from gallery.core.guard import Isolation
from gallery.core.kit import Kit, KitError, open_kit
from gallery.core.kitview import origin_of as origin_of  # where the window imports it from
from gallery.core.library import Cancelled, Library
from gallery.core.manifest import Character
from gallery.core.sources import MemberError
from gallery.core.still import Still

MISSING = "missing: its kit was moved or deleted (open the kit again, or Locate it)"


@dataclass(frozen=True)
class Member:
    """One still of a compound kit: its key, its real kit and still (None when missing), its hash."""

    key: str
    kit: Kit | None
    still: Still
    sha256: str
    kit_path: str


class CompoundKit:
    """A ``KitView`` over stills of several kits (a collection)."""

    manifest = None

    def __init__(self, title: str, members: Iterable[Member], collection_id: int | None = None) -> None:
        self._title = title
        self.collection_id = collection_id
        self.members = list(members)
        self._by_key = {m.key: m for m in self.members}
        self.stills = [dataclasses.replace(m.still, file=m.key) for m in self.members]
        self._stills = {s.file: s for s in self.stills}
        if not all(m.kit is not None for m in self.members):
            for still, member in zip(self.stills, self.members, strict=True):
                if member.kit is None:
                    still.error = MISSING

    def reorder(self, keys: Sequence[str]) -> None:
        """Put the members (and their stills) in this order of their keys (a rearranged collection)."""
        if sorted(keys) != sorted(self._by_key):
            raise ValueError("not a reordering of this kit's keys")
        self.members = [self._by_key[key] for key in keys]
        self.stills = [self._stills[key] for key in keys]

    @property
    def title(self) -> str:
        return self._title

    def set_title(self, title: str) -> None:
        """The collection was renamed."""
        self._title = title

    @property
    def path(self) -> Path:
        """The first member's kit (something to start a file dialog in)."""
        return Path(self.members[0].kit_path) if self.members else Path.home()

    @property
    def warnings(self) -> list[str]:
        return []

    @property
    def kits(self) -> list[Kit]:
        seen: dict[int, Kit] = {}
        for m in self.members:
            if m.kit is not None:
                seen.setdefault(id(m.kit), m.kit)
        return list(seen.values())

    def member(self, key: str) -> Member | None:
        return self._by_key.get(key)

    def still(self, key: str) -> Still | None:
        return self._stills.get(key)

    def sha256(self, key: str) -> str | None:
        member = self._by_key.get(key)
        return member.sha256 if member else None

    def origin(self, key: str) -> tuple[Kit, Still]:
        """The real kit and still behind ``key`` (MemberError when it is missing)."""
        member = self._by_key.get(key)
        if member is None:
            raise MemberError("not in this collection")
        if member.kit is None:
            raise MemberError(MISSING)
        return member.kit, member.still

    def open(self, key: str) -> BinaryIO:
        kit, still = self.origin(key)
        return kit.open(still.file)

    def read_bytes(self, key: str) -> bytes:
        with self.open(key) as fh:
            return fh.read()

    def local_path(self, key: str) -> Path | None:
        try:
            kit, still = self.origin(key)
        except MemberError:
            return None
        return kit.local_path(still.file)

    def character_counts(self) -> dict[str, int]:
        return _ranked(c for s in self.stills for c in s.characters)

    def keyword_counts(self) -> dict[str, int]:
        return _ranked(k for s in self.stills for k in s.keywords)

    def characters_info(self) -> list[Character]:
        seen: dict[str, Character] = {}
        for kit in self.kits:
            for info in kit.characters_info():
                seen.setdefault(info.name, info)
        return list(seen.values())


def _ranked(values: Iterable[str]) -> dict[str, int]:
    counts = Counter(values)
    return dict(sorted(counts.items(), key=lambda item: (-item[1], item[0].casefold())))


def resolve_collection(
    library: Library,
    collection_id: int,
    catalog: Catalog | None = None,
    progress: Callable[[int, int], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
    opener: Callable[..., Kit] = open_kit,
    isolation: Isolation | None = None,
) -> CompoundKit:
    """Find every still of a collection where it was last seen, checking it is the same
    picture (by hash; cached by size and mtime, so usually without reading it). A kit is opened
    once however many of its stills are collected. Blocking: call it in a worker."""
    info = library.collection(collection_id)
    title = info.name if info else "Collection"
    items = library.items(collection_id)
    opened: dict[str, Kit | None] = {}
    known: dict[str, dict[str, tuple[int, float, str]]] = {}

    def kit_at(path: str) -> Kit | None:
        if path not in opened:
            kit: Kit | None = None
            if Path(path).exists():
                try:
                    kit = opener(path, catalog=catalog, isolation=isolation)
                except (KitError, OSError):
                    kit = None
            opened[path] = kit
        return opened[path]

    def hash_in(kit: Kit, still: Still) -> str | None:
        key = kit.identity.key
        if key not in known:
            known[key] = library.known_hashes(key)
        try:
            return library.hash_of(kit, still, known[key])
        except (MemberError, OSError):
            return None

    members: list[Member] = []
    names: Counter[str] = Counter()
    total = len(items)
    for done, item in enumerate(items, 1):
        if cancelled is not None and cancelled():
            raise Cancelled()
        found: tuple[Kit, Still, str] | None = None
        places = library.locations(item.sha256) or [(item.kit, item.file)]
        for kit_path, file in places:
            kit = kit_at(kit_path)
            if kit is None:
                continue
            still = kit.still(file)
            if still is None or still.error:
                continue
            if hash_in(kit, still) == item.sha256:
                found = (kit, still, kit_path)
                break
        if found is None:  # renamed inside a kit we opened anyway: its cached hashes tell
            for kit_path, kit in opened.items():
                if kit is None:
                    continue
                for file, (size, mtime, sha) in known.get(kit.identity.key, {}).items():
                    still = kit.still(file)
                    if sha == item.sha256 and still is not None and still.size == size and still.mtime == mtime:
                        found = (kit, still, kit_path)
                        break
                if found:
                    break
        if found is not None:
            kit, still, kit_path = found
            key = _unique_key(names, Path(kit_path).name, still.file)
            members.append(Member(key, kit, still, item.sha256, kit_path))
        else:
            key = _unique_key(names, Path(item.kit).name, item.file)
            members.append(Member(key, None, item.still, item.sha256, item.kit))
        if progress is not None:
            progress(done, total)
    return CompoundKit(title, members, collection_id)


def _unique_key(names: Counter[str], kit_name: str, file: str) -> str:
    """A key no other member has: ``kit/file``, else ``kit/file (2)``... (a kit may itself hold
    a ``file (2).jpg``, so numbering goes on until the key is free)."""
    base = f"{kit_name}/{file}" if kit_name else file
    key = base
    stem, dot, ext = base.rpartition(".")
    number = 1
    while names[key]:
        number += 1
        key = f"{stem} ({number}).{ext}" if dot else f"{base} ({number})"
    names[key] += 1
    return key


T = TypeVar("T")


def shift_chosen(order: Sequence[T], chosen: Collection[T], step: int, shown: Collection[T] | None = None) -> list[T]:
    """``order`` with each chosen item moved one place earlier (step -1) or later (+1), past
    the nearest item not chosen; chosen items already at that end, or behind others that
    are, stay (so a block moves as one, as in a file list).

    With ``shown`` (a filtered view), places are counted among the items shown: they swap
    places with each other as they would unfiltered, and the hidden ones keep theirs."""
    if shown is not None:
        visible = set(shown)
        shifted = iter(shift_chosen([x for x in order if x in visible], chosen, step))
        return [next(shifted) if x in visible else x for x in order]
    items = list(order)
    indexes = range(len(items)) if step < 0 else range(len(items) - 1, -1, -1)
    for i in indexes:
        j = i + step
        if items[i] in chosen and 0 <= j < len(items) and items[j] not in chosen:
            items[i], items[j] = items[j], items[i]
    return items
