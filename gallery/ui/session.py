"""What the window shows now: one ``ViewSession`` owns the kit (or collection) on show, its
generation and the stills' content identities; controllers subscribe to its signals.

One staleness rule for every asynchronous answer: ask with a ``Stamp`` (``session.stamp()``),
and drop the answer unless ``session.is_current(stamp)``. A stamp goes stale when a newer view
is shown (a kit opened, a collection opened, the kit shown again) or, for a stamp with a
``purpose``, when a newer request of that purpose was made (a second "Copy Image"). A stamp of
the ``kit`` scope (the opened kit's identities) lives as long as that kit is the one opened
last, even while a collection is on show.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QObject, Signal

from gallery.core.compound import CompoundKit
from gallery.core.filtering import FilterIndex
from gallery.core.kit import Kit
from gallery.core.kitview import KitView

#: The kit on show: a kit, or a collection's CompoundKit.
KitOnShow = KitView


def collection_of(kit: KitOnShow | None) -> CompoundKit | None:
    """``kit`` as a collection (its members, hashes and order), None for a kit of its own. The
    one place that needs more than ``KitView``: everything else asks ``collection_id``/``origin``."""
    if kit is None or kit.collection_id is None:
        return None
    return kit if isinstance(kit, CompoundKit) else None


@dataclass(frozen=True)
class Stamp:
    """When an asynchronous request was made: the generation, its purpose and serial."""

    generation: int
    purpose: str = ""
    serial: int = 0
    kit_scope: bool = False


class ViewSession(QObject):
    """The kit on show, its generation and identities.

    Signals: view_changed(object index) a new view is on show (``index``: its FilterIndex or
    None); view_ready() after every subscriber of ``view_changed`` ran (marks are loaded);
    view_grown(int shown, object index) the whole kit after its first screen (the first
    ``shown`` rows stay); view_cleared() nothing is on show; hashes_known() the shown stills'
    identities arrived; marks_changed(list files) ratings or picks changed (``files``: those
    changed, empty: all were loaded); sort_changed() the grid's order changed; kit_replaced()
    another kit was opened (not the rest of the one whose first screen is on show).
    """

    view_changed = Signal(object)
    view_ready = Signal()
    view_grown = Signal(int, object)
    view_cleared = Signal()
    hashes_known = Signal()
    marks_changed = Signal(list)
    sort_changed = Signal()
    kit_replaced = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.generation = 0
        self.kit_generation = 0  # the generation the opened kit (base kit) was read under
        self._serials: dict[str, int] = {}
        self.kit: KitOnShow | None = None
        self.collection_id: int | None = None
        self.hashes: dict[str, str] = {}  # what is on show: file (key) -> content hash
        self.base_kit: Kit | None = None  # the kit opened last: what "Kit" in the side list shows
        self.kit_path: Path | None = None
        self.kit_hashes: dict[str, str] = {}  # base kit: file -> content hash
        self.base_index: FilterIndex | None = None
        self.base_partial = False  # base_kit is only a first screen (its load went on or was left)
        self.head_generation: int | None = None  # the load whose first screen is on show
        self.sort = "original"

    # -- staleness ------------------------------------------------------------------------------
    def advance(self) -> Stamp:
        """A new view is coming: every earlier view stamp goes stale."""
        self.generation += 1
        return Stamp(self.generation)

    def stamp(self, purpose: str = "") -> Stamp:
        """A stamp for a request made now; with ``purpose``, a newer request of it wins."""
        serial = 0
        if purpose:
            serial = self._serials[purpose] = self._serials.get(purpose, 0) + 1
        return Stamp(self.generation, purpose, serial)

    def kit_stamp(self) -> Stamp:
        """A stamp for work on the opened kit (its identities), current while it stays opened."""
        return Stamp(self.kit_generation, kit_scope=True)

    def is_current(self, stamp: Stamp) -> bool:
        generation = self.kit_generation if stamp.kit_scope else self.generation
        if stamp.generation != generation:
            return False
        return not stamp.purpose or self._serials.get(stamp.purpose) == stamp.serial

    def end(self) -> None:
        """The window closes: every stamp goes stale (a running identification stops)."""
        self.generation += 1
        self.kit_generation = -1

    # -- what is on show ------------------------------------------------------------------------
    @property
    def collection(self) -> CompoundKit | None:
        """The collection on show, if one is."""
        return collection_of(self.kit) if self.collection_id is not None else None

    @property
    def showing_first_screen(self) -> bool:
        """Whether the grid shows only the first stills of a kit whose rest is still being read."""
        return self.head_generation is not None and self.head_generation == self.generation

    @property
    def first_screen_only(self) -> bool:
        """Whether the view is a kit's first screen (chips, export and slideshow wait for the rest)."""
        return self.base_partial and self.kit is not None and self.kit is self.base_kit

    def set_base(self, kit: Kit, path: Path, index: FilterIndex | None, partial: bool, replaces: bool) -> None:
        """``kit`` (read under the current generation) is the kit opened last; ``replaces``: it
        is another kit than the one before (not the rest of its first screen)."""
        self.kit_generation = self.generation
        self.base_kit = kit
        self.kit_path = path
        self.base_index = index
        self.base_partial = partial
        self.kit_hashes = {}
        self.head_generation = self.generation if partial else None
        if replaces:
            self.kit_replaced.emit()

    def show(self, kit: KitOnShow, index: FilterIndex | None, collection_id: int | None) -> None:
        """Put ``kit`` on show (under the current generation)."""
        self.kit = kit
        self.collection_id = collection_id
        compound = collection_of(kit)
        if collection_id is not None and compound is not None:
            self.hashes = {s.file: sha for s in compound.stills if (sha := compound.sha256(s.file))}
        else:
            self.hashes = dict(self.kit_hashes)
        self.view_changed.emit(index)
        self.view_ready.emit()

    def grow(self, kit: Kit, index: FilterIndex | None) -> None:
        """The whole kit after its first screen, on show: its first rows stay."""
        shown = len(self.kit.stills) if self.kit is not None else 0
        self.kit = kit
        self.view_grown.emit(shown, index)

    def drop_first_screen(self) -> None:
        """The first screen of a kit whose rest never came: not a kit to show."""
        self.head_generation = None
        if not self.base_partial:
            return
        self.base_partial = False
        if self.kit is self.base_kit:
            self.kit = None
            self.view_cleared.emit()
        self.base_kit = None

    def clear(self) -> None:
        """Nothing on show (the collection on show was deleted and no kit is open)."""
        self.kit = None
        self.collection_id = None
        self.hashes = {}
        self.view_cleared.emit()

    def set_kit_hashes(self, hashes: dict[str, str]) -> bool:
        """The opened kit's identities; True (and ``hashes_known``) if that kit is on show."""
        self.kit_hashes = hashes
        if self.kit is self.base_kit and self.collection_id is None:
            self.hashes = dict(hashes)
            self.hashes_known.emit()
            return True
        return False
