"""Edit ▸ Undo (Ctrl+Z) and Redo: the last ratings, picks and rejects, and the last changes to
the collections' contents (stills added, removed, moved; a new collection).

Marks: ``Marking.edited`` hands over each change (before and after, by file and content
hash), so an undo lands in the library even after the view moved on. Collections: every
time the side list is refreshed (and after a move within a collection) the collections'
contents are compared with what they were; a difference is one step to undo. Renaming and
deleting a collection are not undone here (deleting asks first).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QUndoCommand, QUndoStack

from gallery.core.library import Library
from gallery.core.still import Still
from gallery.ui.collecting import Collecting
from gallery.ui.i18n import translate
from gallery.ui.marking import MarkChange, Marking

Entry = tuple[str, str, Still]  # (sha256, kit path, still): what Library.add_to_collection takes


@dataclass(frozen=True)
class Shelf:
    """The collections' contents at one moment: names, and each one's stills in order."""

    names: dict[int, str]
    items: dict[int, tuple[Entry, ...]]

    @classmethod
    def of(cls, library: Library, known: Shelf | None = None, changed: int | None = None) -> Shelf:
        """The library's collections now. Given the ``known`` shelf, only collections whose
        count changed (and ``changed``, the one on show, where stills move) are read again:
        reading every item costs about 20 ms per 1,000 stills."""
        collections = library.collections() if library.available else []
        items = {}
        for c in collections:
            kept = known.items.get(c.id) if known is not None and c.id != changed else None
            if kept is not None and len(kept) == c.count:
                items[c.id] = kept
            else:
                items[c.id] = tuple((i.sha256, i.kit, i.still) for i in library.items(c.id))
        return cls({c.id: c.name for c in collections}, items)

    def order(self, cid: int) -> list[str]:
        return [sha for sha, _kit, _still in self.items.get(cid, ())]


def describe(before: Shelf, after: Shelf) -> str | None:
    """What changed from ``before`` to ``after``, as the Undo item says it, or None (nothing
    it undoes: no change, a rename, or a collection deleted)."""
    if set(before.items) - set(after.items):
        return None
    made = [cid for cid in after.items if cid not in before.items]
    if made:
        return translate("Undo", "New Collection “{name}”").format(name=after.names[made[0]])
    for cid, items in after.items.items():
        old, new = before.order(cid), [sha for sha, _kit, _still in items]
        if old == new:
            continue
        name = after.names[cid]
        if set(new) - set(old):
            return translate("Undo", "Add to “{name}”").format(name=name)
        if set(old) - set(new):
            return translate("Undo", "Remove from “{name}”").format(name=name)
        return translate("Undo", "Move in “{name}”").format(name=name)
    return None


class MarksCommand(QUndoCommand):
    """Undo puts each still's mark back as it was; redo sets the new one again."""

    def __init__(self, what: str, changes: Sequence[MarkChange], marking: Marking) -> None:
        super().__init__(what)
        self.changes = list(changes)
        self.marking = marking
        self._pushed = False

    def redo(self) -> None:
        if self._pushed:  # (QUndoStack.push runs redo; the change is already made)
            self.marking.apply([(c.file, c.sha, c.after) for c in self.changes])
        self._pushed = True

    def undo(self) -> None:
        self.marking.apply([(c.file, c.sha, c.before) for c in self.changes])


class ShelfCommand(QUndoCommand):
    """Undo puts the collections' contents back as they were; redo as they became."""

    def __init__(self, what: str, before: Shelf, after: Shelf, restore: Callable[[Shelf], None]) -> None:
        super().__init__(what)
        self.before, self.after = before, after
        self.restore = restore
        self._pushed = False

    def redo(self) -> None:
        if self._pushed:
            self.restore(self.after)
        self._pushed = True

    def undo(self) -> None:
        self.restore(self.before)


class UndoHistory(QObject):
    """The window's undo stack, fed by marks and collection changes; ``undo_action`` and
    ``redo_action`` (the Edit menu's) follow it."""

    def __init__(self, marking: Marking, collecting: Collecting, library: Library, parent: QObject) -> None:
        super().__init__(parent)
        self.stack = QUndoStack(self)
        self.marking = marking
        self.collecting = collecting
        self.library = library
        self._shelf = Shelf.of(library)
        self._restoring = False
        self._actions: tuple[QAction, QAction] | None = None
        marking.edited.connect(lambda what, changes: self.stack.push(MarksCommand(what, changes, marking)))
        collecting.changed.connect(self.check_collections)

    def follow(self, undo: QAction, redo: QAction) -> None:
        """Keep the Edit menu's Undo and Redo named after, and enabled for, what they would do."""
        self._actions = undo, redo
        self.stack.indexChanged.connect(self._update_actions)  # (a method: disconnected as this object goes)
        self._update_actions()

    def _update_actions(self, _index: int = 0) -> None:
        if self._actions is None:
            return
        undo, redo = self._actions
        stack = self.stack
        undo.setEnabled(stack.canUndo())
        redo.setEnabled(stack.canRedo())
        undo.setText(
            translate("Undo", "&Undo {what}").format(what=stack.undoText())
            if stack.canUndo()
            else translate("Actions", "&Undo")
        )
        redo.setText(
            translate("Undo", "&Redo {what}").format(what=stack.redoText())
            if stack.canRedo()
            else translate("Actions", "&Redo")
        )

    def undo(self) -> None:
        self.stack.undo()

    def redo(self) -> None:
        self.stack.redo()

    def watching(self, change: Callable[[], object]) -> Callable[[], None]:
        """``change``, then a look at the collections (for changes that do not refresh the side list)."""

        def run() -> None:
            change()
            self.check_collections()

        return run

    def check_collections(self) -> None:
        """The collections may have changed: a change of their contents is a step to undo."""
        if self._restoring or not self.library.available:
            return
        shelf = Shelf.of(self.library, self._shelf, self.collecting.session.collection_id)
        what = describe(self._shelf, shelf)
        if what is not None:
            self.stack.push(ShelfCommand(what, self._shelf, shelf, self._restore))
        self._shelf = shelf

    def _restore(self, target: Shelf) -> None:
        library, collecting = self.library, self.collecting
        now = Shelf.of(library)
        self._restoring = True
        try:
            for cid in now.items:
                if cid not in target.items:
                    library.delete_collection(cid)  # undoing "New Collection"
            for cid, items in target.items.items():
                if cid not in now.items:  # redoing "New Collection": made again, under a new id
                    made = library.create_collection(target.names[cid])
                    if made is None:
                        continue
                    self._renumber(cid, made.id)
                    cid = made.id
                    now = Shelf(now.names, {**now.items, cid: ()})
                wanted = {sha for sha, _kit, _still in items}
                have = set(now.order(cid))
                library.remove_from_collection(cid, [sha for sha in have if sha not in wanted])
                library.add_to_collection(cid, [entry for entry in items if entry[0] not in have])
                library.reorder_items(cid, [sha for sha, _kit, _still in items])
            shown = collecting.session.collection_id
            collecting.refresh()
            if shown is not None and library.collection(shown) is None:
                collecting.show_kit()
            elif shown is not None:
                collecting.open_collection(shown, reload=True)
        finally:
            self._restoring = False
        self._shelf = Shelf.of(library)

    def _renumber(self, old: int, new: int) -> None:
        """A collection made again has a new id: the steps that name the old one now name it."""
        for i in range(self.stack.count()):
            command = self.stack.command(i)
            if isinstance(command, ShelfCommand):
                for shelf_name in ("before", "after"):
                    shelf: Shelf = getattr(command, shelf_name)
                    if old in shelf.items:
                        names = {new if k == old else k: v for k, v in shelf.names.items()}
                        items = {new if k == old else k: v for k, v in shelf.items.items()}
                        setattr(command, shelf_name, Shelf(names, items))
