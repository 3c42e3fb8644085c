"""Presenting the session's view: the grid's rows, the details, the filter bar's chips, the
page that stands in for an empty grid, the count and the window title follow what the
``ViewSession`` says is on show."""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QLabel, QMainWindow, QStackedWidget, QToolButton

from gallery.core.filtering import FilterIndex, StillFilter
from gallery.core.related import related_stills
from gallery.core.still import Still
from gallery.ui import dragdrop
from gallery.ui.actions import ActionTable, keys_of
from gallery.ui.details import DetailsPanel
from gallery.ui.filterbar import FilterBar
from gallery.ui.grid import StillFilterProxy, StillGridView, StillListModel, StillRole
from gallery.ui.i18n import translate
from gallery.ui.kitloading import APP_NAME
from gallery.ui.messagepage import MessagePage
from gallery.ui.session import KitOnShow, ViewSession, collection_of
from gallery.ui.sidebar import LibraryPanel
from gallery.ui.text import n_text
from gallery.ui.thumbnails import ThumbnailLoader

log = logging.getLogger(__name__)


def cast_of(kit: KitOnShow) -> dict[str, str]:
    """{character: actor} from the kit manifest, if it has one."""
    cast: dict[str, str] = {}
    try:
        for info in kit.characters_info() or []:
            if info.name:
                cast[info.name] = info.actor or ""
    except Exception:  # a manifest problem must not stop the window
        log.exception("reading the kit's characters failed")
    return cast


@dataclass
class Panes:
    """The widgets a view is shown in."""

    model: StillListModel
    proxy: StillFilterProxy
    grid: StillGridView
    loader: ThumbnailLoader
    details: DetailsPanel
    filter_bar: FilterBar
    sidebar: LibraryPanel
    message_page: MessagePage
    stack: QStackedWidget
    count_label: QLabel
    sort_button: QToolButton


class ViewPresenter(QObject):
    """Shows the session's view in the window's panes.

    Signals: marks_loaded() the shown stills' marks are known and shown.
    The presenter subscribes to the session before any controller (marks load onto the
    model's new rows), so the window makes it first.
    """

    marks_loaded = Signal()
    commands: ActionTable  # set once the window has made its actions (they need the controllers)

    def __init__(
        self,
        session: ViewSession,
        panes: Panes,
        window: QMainWindow,
        current_still: Callable[[], Still | None],
        update_actions: Callable[[], None],
    ) -> None:
        super().__init__(window)
        self.session = session
        p = self.panes = panes
        self.model, self.proxy, self.grid, self.loader, self.details = p.model, p.proxy, p.grid, p.loader, p.details
        self.filter_bar, self.sidebar, self.message_page, self.stack = p.filter_bar, p.sidebar, p.message_page, p.stack
        self.count_label, self.sort_button = p.count_label, p.sort_button
        self.window = window
        self.current_still = current_still
        self.update_actions = update_actions
        self.apply_sort: Callable[[], None] = lambda: None
        self.prioritize_visible: Callable[[], None] = lambda: None
        self.clear_filters = QAction(translate("Window", "Clear Filters"), self)
        self.clear_filters.triggered.connect(self.filter_bar.clear)
        self._embargoed = 0
        self._expired = 0
        session.view_changed.connect(self._on_view_changed)
        session.view_ready.connect(self._on_view_ready)
        session.view_grown.connect(self._on_view_grown)
        session.view_cleared.connect(self.on_view_cleared)
        session.marks_changed.connect(self._on_marks_changed)
        session.sort_changed.connect(self._on_sort_changed)

    def show_opening(self, title: str, detail: str, what: str) -> None:
        self.message_page.show_message(title, detail, progress=True)
        self.stack.setCurrentWidget(self.message_page)
        if what == "collection":
            self.details.show_empty(loading=True, what="collection")
        elif self.session.kit is None:
            self.details.show_empty(loading=True)

    def _on_view_changed(self, index: FilterIndex | None) -> None:
        """Show the session's kit (a kit, or a collection's CompoundKit) in the grid, details and
        filter bar; the marks controller loads its marks next, then it is ready."""
        kit, generation, collection_id = self.session.kit, self.session.generation, self.session.collection_id
        assert kit is not None
        self.loader.set_kit(kit, generation)
        self.details.set_kit(kit, generation, cast_of(kit), self.loader.pixmap)
        self.model.set_stills(kit.stills)
        self.model.local_path = kit.local_path
        # Keys dropped on a collection must be this view's: a drag from another window, another
        # instance or an earlier view would name other files.
        origin = dragdrop.view_origin(self.window, generation)
        self.model.drag_origin = origin
        self.sidebar.set_stills_origin(origin)
        self._count_held_back(kit.stills)
        if index is not None:
            self.proxy.set_filter_index(index)
        self.proxy.set_still_filter(StillFilter())
        self._show_chips_and_titles(kit, collection_id)
        self.sidebar.set_current(collection_id)
        self.commands.sort_actions["original"].setText(
            translate("Window", "Collection Order") if collection_id is not None else translate("Window", "Kit Order")
        )

    def _on_view_ready(self) -> None:
        """The new view's rows in their order, the first one current."""
        self.apply_sort()
        self.show_grid_or_empty()
        self.on_rows_changed()
        if self.proxy.rowCount():
            self.grid.setCurrentIndex(self.proxy.index(0, 0))
            self.grid.scrollToTop()
        self.grid.setFocus(Qt.FocusReason.OtherFocusReason)
        self.update_actions()

    def _on_view_grown(self, shown: int, index: FilterIndex | None) -> None:
        """The whole kit after its first screen: the rest of the rows are added below the
        ones on show, whose selection, scroll position and thumbnails stay."""
        kit, generation = self.session.kit, self.session.generation
        assert kit is not None
        self.loader.add_stills(kit, generation)
        self.details.set_kit(kit, generation, cast_of(kit), self.loader.pixmap, keep_still=True)
        self.model.add_stills(kit.stills[shown:])
        self._count_held_back(kit.stills)
        if index is not None:
            self.proxy.set_filter_index(index)
        self._show_chips_and_titles(kit, None)
        self.apply_sort()
        self.show_grid_or_empty()
        self.on_rows_changed()
        self.update_details()
        self.update_actions()

    def on_view_cleared(self) -> None:
        """Nothing on show: the page that says how to open a kit."""
        self.model.set_stills([])
        self.loader.set_kit(None, self.session.generation)
        self.message_page.show_message(
            translate("Window", "No kit open"),
            translate("Window", "Open a folder or ZIP of stills, or drop one here."),
            buttons=[self.commands["open_folder"]],
        )
        self.stack.setCurrentWidget(self.message_page)

    def on_kit_failed(self, name: str, message: str) -> None:
        base = self.session.base_kit
        self.sidebar.set_kit_title(base.title if base is not None else None)
        if self.session.kit is not None:
            self.show_grid_or_empty()
            return
        buttons = [self.commands["open_folder"], self.commands["open_zip"]]
        self.message_page.show_message(
            translate("Window", "Could not open “{name}”").format(name=name), message, buttons=buttons
        )
        self.stack.setCurrentWidget(self.message_page)
        self.details.show_empty()

    def on_collection_failed(self, name: str, message: str) -> None:
        self.message_page.show_message(translate("Window", "Could not open “{name}”").format(name=name), message)
        self.stack.setCurrentWidget(self.message_page)

    def _on_marks_changed(self, files: list[str]) -> None:
        """Marks were loaded (``files`` empty) or changed: filter, order and details follow."""
        current = self.current_still() if files else None
        self.proxy.marks_changed()
        if self.session.sort == "rating":
            self.apply_sort()
        self.show_grid_or_empty()
        if current is not None and self.proxy.index_of(current.file).isValid():
            self.grid.scrollTo(self.proxy.index_of(current.file))
        still = self.details.still()
        if still is not None:
            self.details.set_mark(self.model.mark(still.file))
        if not files:
            self.marks_loaded.emit()

    def _on_sort_changed(self) -> None:
        text = self.commands.sort_actions[self.session.sort].text().replace("&", "")
        self.commands.sort_actions[self.session.sort].setChecked(True)
        self.sort_button.setText(translate("Window", "Sort: {order}").format(order=text) + "  ▾")
        current = self.grid.currentIndex()
        if current.isValid():
            self.grid.scrollTo(current)
        self.update_actions()  # moving stills in a collection works in its own order only

    def _show_chips_and_titles(self, kit: KitOnShow, collection_id: int | None) -> None:
        """The chips with the kit's counts (none, and off, while only its first screen is read:
        they need every still), the window title and the side list's kit name."""
        first_screen_only = self.session.first_screen_only
        if first_screen_only:
            self.filter_bar.set_counts({}, {}, {})
        else:
            self.filter_bar.set_counts(kit.character_counts(), kit.keyword_counts(), cast_of(kit))
        self.filter_bar.setEnabled(not first_screen_only)
        if collection_id is None:
            path = self.session.kit_path
            self.window.setWindowTitle(f"{kit.title or (path.name if path else '')} — {APP_NAME}")
        else:
            self.window.setWindowTitle(
                translate("Window", "{collection} — Collection — {app}").format(collection=kit.title, app=APP_NAME)
            )
        base = self.session.base_kit
        self.sidebar.set_kit_title(base.title if base is not None else None)

    def show_grid_or_empty(self) -> None:
        kit = self.session.kit
        if kit is None:
            return
        if self.proxy.rowCount() == 0:
            if self.model.rowCount() == 0 and self.session.collection_id is not None:
                add = keys_of(self.commands["add_to_collection"]) or translate("Window", "Add to Collection")
                self.message_page.show_message(
                    translate("Window", "This collection is empty"),
                    translate("Window", "Select stills in a kit and press {keys} to put them here.").format(keys=add),
                    buttons=[self.commands["show_kit"]] if self.session.base_kit is not None else [],
                )
            elif self.model.rowCount() == 0:
                self.message_page.show_message(
                    translate("Window", "This kit has no stills"), str(self.session.kit_path or "")
                )
            else:
                self.message_page.show_message(
                    translate("Window", "No stills match"),
                    translate("Window", "Try fewer chips, “Any” instead of “All”, or another word."),
                    buttons=[self.clear_filters],
                )
            self.stack.setCurrentWidget(self.message_page)
        else:
            self.stack.setCurrentWidget(self.grid)
        self.grid.schedule_visible_check()

    def _count_held_back(self, stills: Sequence[Still]) -> None:
        today = self.model.today
        self._embargoed = sum(1 for s in stills if s.is_embargoed(today))
        self._expired = sum(1 for s in stills if s.is_expired(today) and not s.is_embargoed(today))

    def count_text(self) -> str:
        # Grouped variants are not filtered out: the count is of pictures, the versions apart.
        grouped = len(self.proxy.hidden)
        total, shown = self.model.rowCount() - grouped, self.proxy.rowCount()
        if shown == total:
            parts = [translate("Window", "%Ln still(s)", "", total)]
        else:
            parts = [translate("Window", "{shown} of %Ln still(s)", "", total).format(shown=n_text(shown))]
        if grouped:
            parts.append(translate("Window", "%Ln more version(s) grouped", "", grouped))
        selected = len(self.grid.selectionModel().selectedIndexes())
        if selected > 1:
            parts.append(translate("Window", "%Ln selected", "", selected))
        # pyside6-lupdate drops a plural whose count is not a plain name: hence the locals.
        embargoed, expired = self._embargoed, self._expired
        if embargoed:
            parts.append(translate("Window", "%Ln embargoed", "", embargoed))
        if expired:
            parts.append(translate("Window", "%Ln expired", "", expired))
        warnings = len(self.session.kit.warnings) if self.session.kit is not None else 0
        if warnings:
            parts.append(translate("Window", "%Ln kit warning(s)", "", warnings))
        return "  ·  ".join(parts)

    def on_rows_changed(self) -> None:
        kit = self.session.kit
        self.count_label.setText(self.count_text() if kit is not None else "")
        warnings = list(kit.warnings or []) if kit is not None else []
        self.count_label.setToolTip("\n".join(warnings[:20]) if warnings else "")
        self.update_actions()

    def keep_current(self, change: Callable[[], None]) -> None:
        """Re-filter with ``change``; the current still stays in view if the filter keeps it."""
        current = self.current_still()
        change()
        self.show_grid_or_empty()
        if current is not None:
            index = self.proxy.index_of(current.file)
            if index.isValid():
                self.grid.scrollTo(index)

    def update_details(self) -> None:
        kit = self.session.kit
        if (not self.details.isVisible() and not self.commands["details"].isChecked()) or kit is None:
            return
        selected = self.grid.selectionModel().selectedIndexes()
        if len(selected) == 0:
            self.details.show_empty()
        elif len(selected) == 1:
            still = selected[0].data(StillRole)
            self.details.show_still(still, self.loader.error(still.file))
            self.details.set_mark(self.model.mark(still.file))
            compound = collection_of(kit)
            if compound is not None:
                member = compound.member(still.file)
                self.details.set_kit_name(
                    member.kit.title if member and member.kit else (member.kit_path if member else "")
                )
            group = self.model.variants.of(still.file)
            versions = [v for v in (self.model.still(f) for f in group.files) if v] if group else []
            self.details.set_variants(versions)
            same = set(group.files) if group else set()  # its own versions are not "related"
            related = [r for r in related_stills(still, self.model.stills()) if r.still.file not in same]
            self.details.set_related(related[: self.details.RELATED_LIMIT], len(related))
            self.prioritize_visible()  # their thumbnails come next
        else:
            self.details.show_several(len(selected))
        self.update_actions()
