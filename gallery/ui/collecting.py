"""Collections: add stills (menu, keys, drops on the side list), make, open, rename, delete,
reorder them, take stills out or move them within one, and find the stills of a moved kit.

A collection opens as its own grid through a ``CompoundKit`` resolved in the background;
stills are added by content identity, hashed in the background when not known yet.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu

from gallery.core import kit as kits
from gallery.core.compound import MISSING, CompoundKit, origin_of, resolve_collection, shift_chosen
from gallery.core.filtering import FilterIndex
from gallery.core.guard import Isolation
from gallery.core.library import Cancelled, Collection, Library, identify
from gallery.core.sources import MemberError
from gallery.core.still import Still
from gallery.ui.grid import StillFilterProxy, StillGridView, StillListModel
from gallery.ui.i18n import QT_TRANSLATE_NOOP, translate
from gallery.ui.kitloading import CatalogFactory, KitLoading, Status
from gallery.ui.marking import count_text
from gallery.ui.prompts import Prompter
from gallery.ui.session import KitOnShow, Stamp, ViewSession, collection_of
from gallery.ui.settings import Settings
from gallery.ui.sidebar import LibraryPanel
from gallery.ui.tasks import Runner, TaskContext
from gallery.ui.thumbnails import describe_error

log = logging.getLogger(__name__)

UNAVAILABLE = QT_TRANSLATE_NOOP("Collections", "Collections are unavailable: the library cannot be opened")


class Collecting(QObject):
    """Everything the Collection menu and the side list do.

    Signals: opening(str title, str detail) a collection is being resolved; failed(str name,
    str message); collection_loaded(object compound_kit) a collection is on show; renamed(str)
    the collection on show has a new name; changed() the collections changed (enable rules).
    """

    opening = Signal(str, str)
    failed = Signal(str, str)
    collection_loaded = Signal(object)
    renamed = Signal(str)
    changed = Signal()

    def __init__(
        self,
        session: ViewSession,
        runner: Runner,
        library: Library,
        settings: Settings,
        prompter: Prompter,
        loading: KitLoading,
        catalog_factory: CatalogFactory,
        status: Status,
        selection: Callable[[], list[Still]],
        views: tuple[StillListModel, StillFilterProxy, StillGridView, LibraryPanel],
        parent: QObject | None = None,
        isolation: Isolation | None = None,
    ) -> None:
        super().__init__(parent)
        self.isolation = isolation
        self.session = session
        self.runner = runner
        self.library = library
        self.settings = settings
        self.prompter = prompter
        self.loading = loading
        self.catalog_factory = catalog_factory
        self.status = status
        self.selection = selection
        self.model, self.proxy, self.grid, self.sidebar = views
        self.add_action: QAction | None = None  # "Add to “last”": its text names the last collection
        self.add_menu: QMenu | None = None
        self.new_action: QAction | None = None

    # -- the side list -------------------------------------------------------------------------------
    def refresh(self) -> None:
        self.sidebar.set_collections(self.library.collections(), self.session.collection_id)
        last = self._last_collection()
        if self.add_action is not None:
            self.add_action.setText(
                translate("Collections", "&Add to “{name}”").format(name=last.name)
                if last
                else translate("Actions", "&Add to Collection…")
            )
        self.changed.emit()

    def _last_collection(self) -> Collection | None:
        last = self.settings.last_collection
        return self.library.collection(last) if last is not None else None

    def fill_add_to_menu(self) -> None:
        menu = self.add_menu
        if menu is None:
            return
        menu.clear()
        for c in self.library.collections():
            action = menu.addAction(f"{c.name}  ({c.count})")
            action.triggered.connect(lambda _checked=False, cid=c.id: self.add_to_collection(cid))
        if not menu.isEmpty():
            menu.addSeparator()
        if self.new_action is not None:
            menu.addAction(self.new_action)

    def chosen_id(self, collection_id: int | None = None) -> int | None:
        """The collection an action is for: the one given, else the one on show, else the selected one."""
        if collection_id is not None:
            return collection_id
        return self.sidebar.selected_id() if self.session.collection_id is None else self.session.collection_id

    # -- adding ----------------------------------------------------------------------------------------
    def add_to_collection(self, collection_id: int | None = None, stills: Sequence[Still] | None = None) -> None:
        """Add the selected stills to a collection: the one given, else the last one used,
        else a new one (named by the user)."""
        stills = list(stills if stills is not None else self.selection())
        if not stills:
            self.status(translate("Collections", "Select stills to add to a collection"), 4000)
            return
        if not self.library.available:
            self.status(translate("Collections", UNAVAILABLE), 6000)
            return
        if collection_id is None:
            last = self._last_collection()
            if last is None:
                self.new_collection(stills)
                return
            collection_id = last.id
        self._add_stills(collection_id, stills)

    def on_stills_dropped(self, collection_id: int, files: list[str]) -> None:
        """Stills dragged from the grid onto a collection in the side list."""
        kit = self.session.kit
        if kit is None:
            return
        stills = [still for still in map(kit.still, files) if still is not None]
        if stills:
            self.add_to_collection(collection_id, stills)

    def _suggested_name(self) -> str:
        chips = sorted(self.proxy.still_filter.characters)
        if chips:
            return " & ".join(chips)
        return translate("Collections", "Collection {number}").format(number=len(self.library.collections()) + 1)

    def new_collection(self, stills: Sequence[Still] | None = None) -> int | None:
        """Ask for a name, make the collection, put the selected stills in it."""
        if not self.library.available:
            self.status(translate("Collections", UNAVAILABLE), 6000)
            return None
        stills = list(stills if stills is not None else self.selection())
        name = self.prompter.collection_name(
            translate("Collections", "New Collection"),
            translate("Collections", "Name of the new collection:"),
            self._suggested_name(),
        )
        if not name:
            return None
        created = self.library.create_collection(name)
        if created is None:
            self.status(translate("Collections", "Could not make the collection"), 6000)
            return None
        self.settings.last_collection = created.id
        if stills:
            self._add_stills(created.id, stills)
        else:
            self.refresh()
            self.status(translate("Collections", "Made the collection “{name}”").format(name=created.name), 4000)
        return created.id

    def _add_stills(self, collection_id: int, stills: Sequence[Still]) -> None:
        view = self.session.kit
        if view is None:
            return
        known = self.session.hashes
        hashes = {s.file: known[s.file] for s in stills if s.file in known}
        unknown = [s for s in stills if s.file not in hashes and not s.error]
        if not unknown:
            self._store(collection_id, view, stills, hashes)
            return
        library = self.library

        def work(context: TaskContext) -> dict[str, str]:
            found = {}
            for still in unknown:
                try:
                    found[still.file] = library.hash_of(*origin_of(view, still))
                except (OSError, MemberError):
                    continue
            return found

        def done(found: dict[str, str]) -> None:
            hashes.update(found)
            self._store(collection_id, view, stills, hashes)

        self.status(translate("Collections", "Adding to the collection…"), 0)
        self.runner.run(
            work,
            done,
            lambda error: self.status(
                translate("Collections", "Could not add: {reason}").format(reason=describe_error(error)), 6000
            ),
            interactive=True,
            priority=4,
            name="hash for a collection",
        )

    def _store(self, collection_id: int, view: KitOnShow, stills: Sequence[Still], hashes: dict[str, str]) -> None:
        entries = []
        compound = collection_of(view)
        for still in stills:
            sha = hashes.get(still.file)
            if not sha:
                continue
            if compound is not None:
                member = compound.member(still.file)
                if member is None:
                    continue
                entries.append((sha, member.kit_path, member.still))
            else:
                entries.append((sha, str(view.path), still))
        added = self.library.add_to_collection(collection_id, entries)
        self.settings.last_collection = collection_id
        self.refresh()
        info = self.library.collection(collection_id)
        name = info.name if info else translate("Collections", "the collection")
        text = translate("Collections", "Added {stills} to “{name}”").format(stills=count_text(added), name=name)
        if len(entries) > added:
            text += translate("Collections", " ({stills} already there)").format(
                stills=count_text(len(entries) - added)
            )
        if len(stills) > len(entries):
            unread = count_text(len(stills) - len(entries))
            text += translate("Collections", "; {stills} could not be read").format(stills=unread)
        self.status(text, 5000)

    # -- opening -----------------------------------------------------------------------------------------
    def open_collection(self, collection_id: int, reload: bool = False) -> None:
        """Show a collection as its own grid (its stills found in their kits in the background).
        The one on show is not opened again unless ``reload``."""
        info = self.library.collection(collection_id)
        if info is None:
            self.refresh()
            return
        session = self.session
        shown = session.kit
        same = shown is not None and shown.collection_id == collection_id == session.collection_id
        if same and not reload:
            return
        stamp = session.advance()
        self.loading.loading = None
        session.collection_id = collection_id
        self.sidebar.set_current(collection_id)
        self.opening.emit(
            translate("Collections", "Opening “{name}”…").format(name=info.name),
            translate("Collections", "Finding its stills in their kits"),
        )
        library, catalog_factory = self.library, self.catalog_factory

        def load(context: TaskContext) -> tuple[CompoundKit, FilterIndex]:
            catalog = catalog_factory() if catalog_factory is not None else None
            compound = resolve_collection(
                library,
                collection_id,
                catalog,
                context.progress,
                cancelled=context.cancelled,  # no longer wanted: the session moved on
                isolation=self.isolation,
            )
            return compound, FilterIndex(compound.stills)

        self.runner.run(
            load,
            lambda loaded: self._on_loaded(stamp, collection_id, *loaded),
            lambda error: self._on_failed(stamp, info.name, error),
            interactive=True,
            priority=10,
            wanted=lambda: session.is_current(stamp),
            on_progress=lambda done, total: self.loading.show_progress(stamp, done, total),
            name=f"collection {collection_id}",
        )

    def _on_loaded(self, stamp: Stamp, collection_id: int, kit: CompoundKit, index: FilterIndex) -> None:
        if not self.session.is_current(stamp):
            return
        self.status("", 0)
        self.session.show(kit, index, collection_id)
        missing = sum(1 for s in kit.stills if s.error == MISSING)
        if missing:
            self.status(
                translate(
                    "Collections",
                    "{stills} of this collection cannot be found: open their kit where it is now,"
                    " or use Collection ▸ Locate Missing Stills…",
                ).format(stills=count_text(missing)),
                12000,
            )
        self.collection_loaded.emit(kit)

    def _on_failed(self, stamp: Stamp, name: str, error: BaseException) -> None:
        if not self.session.is_current(stamp) or isinstance(error, Cancelled):
            return
        log.error("opening the collection %s failed", name, exc_info=error)
        self.failed.emit(name, describe_error(error))

    def show_kit(self) -> None:
        """Back from a collection to the kit opened last."""
        session = self.session
        if session.base_kit is None:
            return
        if session.collection_id is None and session.kit is session.base_kit:
            self.sidebar.set_current(None)
            return
        if session.base_partial and session.kit_path is not None:
            self.loading.open_path(session.kit_path)  # only its first screen was read before the user left it
            return
        session.advance()
        session.show(session.base_kit, session.base_index, None)

    # -- editing ---------------------------------------------------------------------------------------------
    def rename_collection(self, collection_id: int | None = None) -> None:
        cid = self.chosen_id(collection_id)
        info = self.library.collection(cid) if cid is not None else None
        if info is None:
            return
        name = self.prompter.collection_name(
            translate("Collections", "Rename Collection"), translate("Collections", "New name:"), info.name
        )
        if not name or name == info.name:
            return
        name = self.library.rename_collection(info.id, name)
        self.refresh()
        if self.session.collection_id == info.id:
            compound = collection_of(self.session.kit)
            if compound is not None:
                compound.set_title(name)
            self.renamed.emit(name)
        self.status(translate("Collections", "Renamed “{old}” to “{new}”").format(old=info.name, new=name), 4000)

    def delete_collection(self, collection_id: int | None = None) -> None:
        cid = self.chosen_id(collection_id)
        info = self.library.collection(cid) if cid is not None else None
        if info is None or not self.prompter.confirm_delete_collection(info.name, info.count):
            return
        self.library.delete_collection(info.id)
        if self.settings.last_collection == info.id:
            self.settings.last_collection = None
        if self.session.collection_id == info.id:
            self.session.collection_id = None
            if self.session.base_kit is not None:
                self.show_kit()
            else:
                self.session.clear()
        self.refresh()
        self.status(translate("Collections", "Deleted the collection “{name}”").format(name=info.name), 4000)

    def move_collection(self, collection_id: int | None, offset: int) -> None:
        cid = self.chosen_id(collection_id)
        if cid is None:
            return
        self.library.move_collection(cid, offset)
        self.refresh()
        self.sidebar.set_current(self.session.collection_id, keep_selection=cid)

    def on_reordered(self, ids: list[int]) -> None:
        # (The list already shows the new order; rebuilding it inside its own drop would pull
        # the rows out from under the drag.)
        self.library.reorder_collections(ids)
        self.changed.emit()

    def remove_from_collection(self) -> None:
        """Take the selected stills out of the collection on show (Delete)."""
        kit, cid = self.session.collection, self.session.collection_id
        if kit is None or cid is None:
            return
        chosen = {s.file for s in self.selection()}
        hashes = {sha for f in chosen if (sha := kit.sha256(f))}
        if not hashes:
            return
        self.library.remove_from_collection(cid, hashes)
        rest = [m for m in kit.members if m.sha256 not in hashes]
        self.session.advance()
        self.session.show(CompoundKit(kit.title, rest, kit.collection_id), None, cid)
        self.refresh()
        self.status(
            translate("Collections", "Removed {stills} from “{name}”").format(
                stills=count_text(len(hashes)), name=kit.title
            ),
            4000,
        )

    def move_in_collection(self, step: int) -> None:
        """Move the selected stills one place earlier (-1) or later (+1) in the collection on
        show (its own order: the one export numbers and contact sheets follow)."""
        kit, cid = self.session.collection, self.session.collection_id
        if kit is None or cid is None or self.session.sort != "original":
            return
        chosen = {s.file for s in self.selection()}
        if not chosen:
            return
        order = [m.key for m in kit.members]
        shown = set(self.proxy.files()) if self.proxy.is_filtered else None
        moved = shift_chosen(order, chosen, step, shown)
        if moved == order:
            return
        old_row = {key: row for row, key in enumerate(order)}
        kit.reorder(moved)
        self.library.reorder_items(cid, [m.sha256 for m in kit.members if m.sha256])
        # Rows move in place (selection, thumbnails stay); the filter's rows follow the new
        # order before the model says its layout changed.
        index = self.proxy.filter_index()
        if index is not None and [s.file for s in index.stills] == order:
            self.proxy.rebase(index.permuted([old_row[key] for key in moved]))
        else:
            self.proxy.rebase(FilterIndex(kit.stills))
        self.model.set_base_order(kit.stills)
        current = self.grid.currentIndex()
        if current.isValid():
            self.grid.scrollTo(current)

    def locate_missing(self) -> None:
        """Ask where a moved kit is now; its stills are identified and the collection reopened."""
        kit, cid = self.session.collection, self.session.collection_id
        if kit is None or cid is None:
            return
        missing = sum(1 for s in kit.stills if s.error == MISSING)
        if not missing:
            self.status(translate("Collections", "Every still of this collection is where it was"), 4000)
            return
        start = str(kit.path.parent if kit.path.parent.exists() else Path.home())
        folder = self.prompter.choose_folder(translate("Collections", "Locate the Kit of the Missing Stills"), start)
        if not folder:
            return
        library, catalog_factory = self.library, self.catalog_factory

        def work(context: TaskContext) -> int:
            catalog = catalog_factory() if catalog_factory is not None else None
            found = kits.open_kit(folder, catalog=catalog, isolation=self.isolation)
            return len(identify(found, library))

        def done(_count: int) -> None:
            def report(shown: CompoundKit) -> None:
                self.collection_loaded.disconnect(report)
                still_missing = sum(1 for s in shown.stills if s.error == MISSING)
                self.status(
                    translate("Collections", "Found {found} of {missing} missing").format(
                        found=count_text(missing - still_missing), missing=count_text(missing)
                    ),
                    6000,
                )

            self.collection_loaded.connect(report)
            self.open_collection(cid, reload=True)

        self.status(translate("Collections", "Looking in {folder}…").format(folder=folder), 0)
        self.runner.run(
            work,
            done,
            lambda error: self.status(
                translate("Collections", "Could not look in {folder}: {reason}").format(
                    folder=folder, reason=describe_error(error)
                ),
                8000,
            ),
            interactive=True,
            priority=6,
            name=f"locate in {folder}",
        )
