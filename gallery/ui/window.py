"""The main window: the kit and collections on the left, filter bar and grid in the middle,
details on the right, status bar below. It lays them out and wires them; what they do lives
in its rooms:

- ``session.ViewSession``: the kit or collection on show, its generation (one staleness rule
  for every asynchronous answer) and the stills' content identities;
- ``kitloading`` (open, first screen, recent kits, drops), ``marking`` (ratings, picks, sort),
  ``collecting`` (collections), ``exportcontrol`` (export, contact sheet, embargo gate),
  ``clipboard`` and ``captions`` (copy, caption style and language), ``slideshowlaunch``,
  ``tiling`` (thumbnail scheduling, zoom), ``helpdialogs.Help``;
- ``actions``: every action, its keys and when it is enabled; ``settings``: what is remembered.

Every question goes through ``self.prompter`` (replaced in tests); every status-bar message
through ``show_status``.
"""

from __future__ import annotations

import datetime as dt
import functools
import logging
import os
from collections.abc import Callable

from PySide6.QtCore import QEvent, QPoint, QSettings, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QFrame,
    QLabel,
    QMainWindow,
    QMenu,
    QProgressBar,
    QSlider,
    QSplitter,
    QStackedWidget,
    QStyle,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from gallery.core import guard as guards
from gallery.core import imaging, press
from gallery.core.catalog import Catalog
from gallery.core.library import Library
from gallery.core.still import Still
from gallery.ui.actions import ActionState, ActionTable, keys_of
from gallery.ui.captionimport import CaptionImport
from gallery.ui.captions import Captions
from gallery.ui.checkspanel import ChecksDock
from gallery.ui.clipboard import Clipboard
from gallery.ui.collecting import Collecting
from gallery.ui.details import DetailsPanel
from gallery.ui.exportcontrol import EmbargoGate, Exporting
from gallery.ui.filterbar import FilterBar
from gallery.ui.grid import StillDelegate, StillFilterProxy, StillGridView, StillListModel, StillRole
from gallery.ui.helpdialogs import Help
from gallery.ui.i18n import LANGUAGES, fill_interface_menu, translate
from gallery.ui.kitloading import APP_NAME, CatalogFactory, KitDrops, KitLoading
from gallery.ui.marking import Marking
from gallery.ui.messagepage import MessagePage
from gallery.ui.oneview import OneViewLaunch
from gallery.ui.opening import Opening
from gallery.ui.presenting import Panes, ViewPresenter
from gallery.ui.printing import Printing
from gallery.ui.prompts import Prompter
from gallery.ui.session import KitOnShow, ViewSession
from gallery.ui.settings import Settings
from gallery.ui.sidebar import LibraryPanel
from gallery.ui.slideshowlaunch import SlideshowLaunch
from gallery.ui.tasks import Runner, TaskRunner
from gallery.ui.theme import PALETTE_EVENTS, refresh_style_sheets
from gallery.ui.thumbnails import ThumbnailLoader
from gallery.ui.tiling import DEFAULT_THUMB, TileScheduling, Zoom
from gallery.ui.undo import UndoHistory
from gallery.ui.variantgrouping import VariantGrouping

__all__ = ["APP_NAME", "DEFAULT_THUMB", "MainWindow"]

log = logging.getLogger(__name__)


class MainWindow(QMainWindow):
    """The gallery window.

    Signals: kitLoaded(object kit) after a kit is shown; kitFailed(str message);
    slideshowRequested(list stills, str start_file); collectionLoaded(object compound_kit)
    after a collection is shown; marksLoaded() when the shown stills' ratings and picks are
    known; exportFinished(object outcome); exportCancelled(); exportFailed(str message);
    exportProgress(int done, int total); contactSheetFinished(str path).
    """

    kitLoaded = Signal(object)
    kitFailed = Signal(str)
    slideshowRequested = Signal(list, str)
    collectionLoaded = Signal(object)
    marksLoaded = Signal()
    exportFinished = Signal(object)
    exportCancelled = Signal()
    exportFailed = Signal(str)
    exportProgress = Signal(int, int)
    contactSheetFinished = Signal(str)

    def __init__(
        self,
        settings: QSettings | None = None,
        thumbnail_cache: imaging.ThumbnailCache | None = None,
        runner: Runner | None = None,
        catalog_factory: CatalogFactory = Catalog,
        parent: QWidget | None = None,
        library: Library | None = None,
        prompter: Prompter | None = None,
        isolation: guards.Isolation | None = None,
    ) -> None:
        super().__init__(parent)
        # Where stills are decoded: the guard processes of the app's isolation (None: in-process).
        self.isolation = isolation
        (isolation or guards.Isolation()).start_early()  # metadata is read in worker processes: get them ready
        self.setObjectName("mainWindow")
        self.setWindowTitle(APP_NAME)
        self.setAcceptDrops(True)
        self.settings = Settings(settings if settings is not None else QSettings())
        self.runner: Runner = runner or TaskRunner(self)
        self.thumbnail_cache = thumbnail_cache if thumbnail_cache is not None else imaging.ThumbnailCache()
        self._owns_library = library is None
        self.library = library if library is not None else Library()
        self.prompter = prompter if prompter is not None else Prompter(self)
        self.session = ViewSession(self)
        self._build_views()
        # The presenter shows a new view before any controller reacts to it: it comes first.
        panes = Panes(
            self.model, self.proxy, self.grid, self.loader, self.details, self.filter_bar, self.sidebar,
            self.message_page, self.stack, self.count_label, self.sort_button,
        )  # fmt: skip
        self.presenter = ViewPresenter(self.session, panes, self, self.current_still, self.update_actions)
        self._build_controllers(catalog_factory)
        self.commands = ActionTable(self, self.grid, *self._triggers(), sort=self.marks.set_sort)
        self.presenter.commands = self.commands
        self.undo.follow(self.commands["undo"], self.commands["redo"])
        self.presenter.apply_sort = self.marks.apply_sort
        self.presenter.prioritize_visible = lambda: self.tiles.on_visible_rows(*self.grid.visible_rows())
        self._build_menus()
        self._build_status_bar()
        self._wire()
        self._describe_controls()
        self._restore_settings()
        self.collecting.refresh()
        if not self.library.available:
            why = self.library.error or translate("Window", "the library cannot be opened")
            self.show_status(
                translate("Window", "Ratings and collections are unavailable: {reason}").format(reason=why), 10000
            )
        self.update_actions()
        self.presenter.on_view_cleared()
        self.filter_bar.setEnabled(False)  # until a kit is open

    # -- construction ---------------------------------------------------------------------------
    def _build_views(self) -> None:
        self.loader = ThumbnailLoader(self.runner, self.thumbnail_cache, self, isolation=self.isolation)
        self.model = StillListModel(self.loader, self)
        self.proxy = StillFilterProxy(self)
        self.proxy.setSourceModel(self.model)
        self.delegate = StillDelegate(self, DEFAULT_THUMB)
        self.grid = StillGridView(self.delegate)
        self.grid.setObjectName("grid")
        self.grid.setModel(self.proxy)
        self.filter_bar = FilterBar()
        self.filter_bar.attach(self.proxy)  # chip counts under the grid's filter
        self.details = DetailsPanel(self.runner, isolation=self.isolation)
        self.message_page = MessagePage()
        self.stack = QStackedWidget()
        self.stack.addWidget(self.grid)
        self.stack.addWidget(self.message_page)
        self._filter_separator = QFrame()
        self._filter_separator.setFrameShape(QFrame.Shape.HLine)
        self._filter_separator.setFrameShadow(QFrame.Shadow.Sunken)
        middle = QWidget()
        layout = QVBoxLayout(middle)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.filter_bar)
        layout.addWidget(self._filter_separator)
        layout.addWidget(self.stack, 1)
        self.sidebar = LibraryPanel()
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setObjectName("mainSplitter")
        for pane, stretch in ((self.sidebar, 0), (middle, 1), (self.details, 0)):
            self.splitter.addWidget(pane)
            self.splitter.setStretchFactor(self.splitter.count() - 1, stretch)
        self.splitter.setCollapsible(1, False)
        self.splitter.setSizes([190, 1000, 360])
        self.setCentralWidget(self.splitter)
        self.zoom_slider = QSlider(Qt.Orientation.Horizontal)
        self.count_label = QLabel()
        self.sort_button = QToolButton()
        self.progress_label = QLabel()
        self.progress_bar = QProgressBar()

    def _build_controllers(self, catalog_factory: CatalogFactory) -> None:
        s, runner, status, session = self.settings, self.runner, self.show_status, self.session
        self.loading = KitLoading(
            session, runner, s, catalog_factory, status, lambda: self.grid.rows_per_page(), self, self.isolation
        )
        self.drops = KitDrops(self.loading, self)
        self.installEventFilter(self.drops)
        self.marks = Marking(session, runner, self.library, s, self.model, self.selected_stills, status, self)
        self.variant_grouping = VariantGrouping(
            session, runner, self.loader, self.thumbnail_cache, self.model, self.proxy, s, self
        )
        views = (self.model, self.proxy, self.grid, self.sidebar)
        self.collecting = Collecting(
            session, runner, self.library, s, self.prompter, self.loading, catalog_factory, status,
            self.selected_stills, views, self, self.isolation,
        )  # fmt: skip
        self.captions = Captions(session, s, self.details, status, self, self.model)
        today: Callable[[], dt.date] = lambda: self.model.today  # noqa: E731 - read when asked
        gate = EmbargoGate(self.prompter, status, today)
        self.clipboard = Clipboard(
            session, runner, self.captions, gate, self.prompter, status,
            (self.selected_stills, self.current_still), today, self, self.isolation,
        )  # fmt: skip
        self.exports = Exporting(
            session, runner, s, self.prompter, gate, self.captions, self.thumbnail_cache,
            (self.model, self.proxy, self.selected_stills), status, self,
        )  # fmt: skip
        self.slideshows = SlideshowLaunch(
            session, runner, s, (self.proxy.stills, self.current_still), self, self.isolation,
            language=self.captions.caption_language,
        )  # fmt: skip
        self.tiles = TileScheduling(
            session, (self.grid, self.proxy, self.details), self.loader, lambda: self.loading.first_screen_done,
            (self.progress_label, self.progress_bar), self,
        )  # fmt: skip
        self.undo = UndoHistory(self.marks, self.collecting, self.library, self)
        self.printing = Printing(
            session, runner, gate, self.captions, self.selected_stills, status, self, self.isolation
        )
        self.opening = Opening(session, runner, self.current_still, status, self)
        self.one_view = OneViewLaunch(
            session, runner, (self.proxy.stills, self.current_still), self.grid, self, self.isolation
        )
        self.help = Help(self, self.grid, self.sidebar.list, self.filter_bar.shortcut_rows)
        self.checks = ChecksDock(self, runner, lambda: self.kit, self.select_file, status, lambda: self.proxy.hidden)
        self.caption_import = CaptionImport(self, lambda: self.kit, self.open_path, status)

    def _triggers(self) -> tuple[dict[str, Callable[[], object]], dict[str, Callable[[bool], object]]]:
        """What each action of the table does (``actions.ACTIONS`` says its text, keys and rule)."""

        def select_all() -> None:
            self.grid.setFocus()
            self.grid.selectAll()

        triggers: dict[str, Callable[[], object]] = {
            "open_folder": self.loading.choose_folder,
            "open_zip": self.loading.choose_zip,
            "clear_recent": self.loading.clear_recent,
            "quit": self.close,
            "copy_caption": self.clipboard.copy_captions,
            "copy_image": self.clipboard.copy_image,
            "select_all": select_all,
            "find": self.focus_search,
            "slideshow": self.slideshows.start,
            "slideshow_options": self.slideshows.edit_options,
            "shortcuts": self.help.show_shortcuts,
            "about": self.help.show_about,
            "about_qt": self.help.show_about_qt,
            "undo": self.undo.undo,
            "redo": self.undo.redo,
            "pick": self.marks.toggle_pick,
            "reject": self.marks.toggle_reject,
            "add_to_collection": self.collecting.add_to_collection,
            "new_collection": self.collecting.new_collection,
            "remove_from_collection": self.collecting.remove_from_collection,
            "move_earlier": self.undo.watching(lambda: self.collecting.move_in_collection(-1)),
            "move_later": self.undo.watching(lambda: self.collecting.move_in_collection(1)),
            "rename_collection": self.collecting.rename_collection,
            "delete_collection": self.collecting.delete_collection,
            "move_collection_up": lambda: self.collecting.move_collection(None, -1),
            "move_collection_down": lambda: self.collecting.move_collection(None, 1),
            "locate": self.collecting.locate_missing,
            "show_kit": self.collecting.show_kit,
            "export_collection": lambda: self.exports.export_stills(everything=True),
            "export": self.exports.export_stills,
            "contact_sheet": self.exports.make_contact_sheet,
            "print": self.printing.print_selected,
            "view_still": self.one_view.open,
            "open_with": self.opening.open_with_default_app,
            "show_in_folder": self.opening.show_in_folder,
            "checks": self.checks.show_checks,
            "import_captions": self.caption_import.choose_document,
        }
        for n in range(6):
            triggers[f"rate_{n}"] = functools.partial(self.marks.set_rating, n)
        toggles: dict[str, Callable[[bool], object]] = {
            "details": self.set_details_visible,
            "filter_bar": self.set_filter_bar_visible,
            "show_sidebar": self.sidebar.setVisible,
            "hide_rejects": self.marks.set_hide_rejects,
            "group_variants": self.variant_grouping.set_enabled,
        }
        return triggers, toggles

    def _build_menus(self) -> None:
        c = self.commands
        menus = c.build_menus(self.menuBar())
        self.file_menu, self.edit_menu, self.view_menu = menus["file"], menus["edit"], menus["view"]
        self.still_menu, self.collection_menu, self.help_menu = menus["still"], menus["collection"], menus["help"]
        self.recent_menu, self.language_menu = menus["recent"], menus["language"]
        self.sort_menu, self.rating_menu, self.add_to_menu = menus["sort"], menus["rating"], menus["add_to"]
        menus["style"].addActions(list(self.captions.style_actions.values()))
        self.recent_menu.aboutToShow.connect(self.loading.fill_recent_menu)
        self.loading.recent_menu, self.loading.clear_recent_action = self.recent_menu, c["clear_recent"]
        self.loading.fill_recent_menu()
        self.captions.language_menu = self.language_menu
        self.language_menu.aboutToShow.connect(self.captions.fill_language_menu)
        self.captions.fill_language_menu()
        self.interface_menu = menus["interface_language"]
        self._interface_group = fill_interface_menu(
            self.interface_menu, self.settings.interface_language or "", self.choose_interface_language
        )
        self.add_to_menu.aboutToShow.connect(self.collecting.fill_add_to_menu)
        self.collecting.add_action, self.collecting.add_menu = c["add_to_collection"], self.add_to_menu
        self.collecting.new_action = c["new_collection"]
        toolbar = self.toolbar = self.addToolBar("Main")
        toolbar.setObjectName("mainToolBar")
        toolbar.setMovable(False)
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        toolbar.setIconSize(QSize(16, 16))
        icon = self.style().standardIcon
        c["slideshow"].setIcon(icon(QStyle.StandardPixmap.SP_MediaPlay))
        c["open_folder"].setIcon(icon(QStyle.StandardPixmap.SP_DirOpenIcon))
        c["add_to_collection"].setIcon(icon(QStyle.StandardPixmap.SP_FileDialogNewFolder))
        c["export"].setIcon(icon(QStyle.StandardPixmap.SP_DialogSaveButton))
        c.fill_toolbar(toolbar)

    def _build_status_bar(self) -> None:
        status = self.statusBar()
        status.setSizeGripEnabled(True)
        self.count_label.setObjectName("countLabel")
        self.count_label.setContentsMargins(6, 0, 6, 0)
        status.addWidget(self.count_label, 1)
        # QStatusBar hides its widgets under a message only if they are visible when it comes, so
        # a message given before the window first shows was painted over by the count: say it.
        status.messageChanged.connect(lambda message: self.count_label.setVisible(not message))
        self.progress_label.setObjectName("progressLabel")
        self.progress_bar.setMaximumWidth(120)
        self.progress_bar.setMaximumHeight(12)
        self.progress_bar.setTextVisible(False)
        self.progress_label.hide()
        self.progress_bar.hide()
        status.addPermanentWidget(self.progress_label)
        status.addPermanentWidget(self.progress_bar)
        slider = self.zoom_slider
        slider.setObjectName("zoomSlider")
        slider.setSingleStep(8)
        slider.setPageStep(32)
        slider.setFixedWidth(140)
        slider.setToolTip(translate("Window", "Thumbnail size"))
        slider.setAccessibleName(translate("Window", "Thumbnail size"))
        zoom_in, zoom_out = self.commands["zoom_in"], self.commands["zoom_out"]
        self.zoom = Zoom(
            self.grid, self.delegate, self.loader, slider, (zoom_in, zoom_out), lambda: self.devicePixelRatioF()
        )
        self.sort_button.setObjectName("sortButton")
        self.sort_button.setAutoRaise(True)
        self.sort_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.sort_button.setStyleSheet("QToolButton::menu-indicator { image: none; width: 0px; }")
        self.sort_button.setToolTip(translate("Window", "Order of the stills (View ▸ Sort By)"))
        self.sort_button.setAccessibleName(translate("Window", "Sort by"))
        self.sort_button.setMenu(self.sort_menu)
        status.addPermanentWidget(self.sort_button)
        for text, action in (("−", zoom_out), ("+", zoom_in)):
            # (A small button that follows the action: setDefaultAction would show its long text.)
            button = QToolButton()
            button.setText(text)
            button.setAutoRaise(True)
            name = action.text().replace("&", "")
            button.setToolTip(f"{name} ({keys_of(action)})" if keys_of(action) else name)
            button.setAccessibleName(name)
            button.clicked.connect(action.trigger)
            action.changed.connect(lambda b=button, a=action: b.setEnabled(a.isEnabled()))
            status.addPermanentWidget(button)
            if text == "−":
                status.addPermanentWidget(slider)

    def _wire(self) -> None:
        p = self.presenter
        self.commands["zoom_in"].triggered.connect(self.zoom.zoom_in)
        self.commands["zoom_out"].triggered.connect(self.zoom.zoom_out)
        self.commands["zoom_reset"].triggered.connect(self.zoom.zoom_reset)
        p.marks_loaded.connect(self.marksLoaded)
        self.loading.opening.connect(lambda title, detail: p.show_opening(title, detail, "kit"))
        self.collecting.opening.connect(lambda title, detail: p.show_opening(title, detail, "collection"))
        self.loading.progressed.connect(self.message_page.show_progress)
        self.loading.failed.connect(p.on_kit_failed)
        self.collecting.failed.connect(p.on_collection_failed)
        self.collecting.renamed.connect(
            lambda name: self.setWindowTitle(
                translate("Window", "{collection} — Collection — {app}").format(collection=name, app=APP_NAME)
            )
        )
        self.collecting.changed.connect(self.update_actions)

        def kit_loaded(kit: KitOnShow) -> None:
            self.setWindowFilePath(str(kit.path))
            self.kitLoaded.emit(kit)

        def selection_changed() -> None:
            self._selection_timer.start()
            p.on_rows_changed()

        self.loading.kit_loaded.connect(kit_loaded)
        self.loading.kit_loaded.connect(self.marks.identify)
        self.loading.kit_loaded.connect(self.checks.on_kit_loaded)
        self.loading.kit_failed.connect(self.kitFailed)
        self.collecting.collection_loaded.connect(self.collectionLoaded)
        self.slideshows.requested.connect(self.slideshowRequested)
        self.slideshows.ended.connect(self._on_slideshow_ended)
        self.one_view.ended.connect(self._on_slideshow_ended)
        for mine, theirs in (
            (self.exports.export_finished, self.exportFinished),
            (self.exports.export_cancelled, self.exportCancelled),
            (self.exports.export_failed, self.exportFailed),
            (self.exports.export_progress, self.exportProgress),
            (self.exports.sheet_finished, self.contactSheetFinished),
        ):
            mine.connect(theirs)
        self.filter_bar.filterChanged.connect(lambda f: p.keep_current(lambda: self.proxy.set_still_filter(f)))
        self.filter_bar.markFilterChanged.connect(self.marks.set_bar_filter)
        self.marks.mark_filter_changed.connect(lambda f: p.keep_current(lambda: self.proxy.set_mark_filter(f)))
        self.proxy.filterChanged.connect(p.on_rows_changed)
        self.proxy.modelReset.connect(p.on_rows_changed)
        self._selection_timer = QTimer(self)
        self._selection_timer.setSingleShot(True)
        self._selection_timer.setInterval(0)
        self._selection_timer.timeout.connect(p.update_details)
        self.variant_grouping.grouped.connect(p.update_details)
        self.variant_grouping.grouped.connect(self.checks.on_kit_loaded)  # a slip counts once per picture
        selection = self.grid.selectionModel()
        selection.selectionChanged.connect(selection_changed)
        selection.currentChanged.connect(lambda *_: self._selection_timer.start())
        self.grid.activated.connect(self._on_activated)
        self.grid.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.grid.customContextMenuRequested.connect(self._on_grid_menu)
        self.details.languageChanged.connect(lambda language: setattr(self.settings, "caption_language", language))
        self.details.relatedActivated.connect(self._on_related_activated)
        self.delegate.ratingClicked.connect(self.marks.on_rating_clicked)
        self.delegate.pickClicked.connect(self.marks.on_pick_clicked)
        self.sidebar.kitActivated.connect(self.collecting.show_kit)
        self.sidebar.collectionActivated.connect(self.collecting.open_collection)
        self.sidebar.newRequested.connect(lambda: self.collecting.new_collection())
        self.sidebar.renameRequested.connect(self.collecting.rename_collection)
        self.sidebar.deleteRequested.connect(self.collecting.delete_collection)
        self.sidebar.moveRequested.connect(self.collecting.move_collection)
        self.sidebar.orderChanged.connect(self.collecting.on_reordered)
        self.sidebar.stillsDropped.connect(self.collecting.on_stills_dropped)

    def _describe_controls(self) -> None:
        """Accessible names and descriptions the controls do not get from their text, and the
        hints that name keys (written with this platform's keys)."""
        self.grid.setAccessibleName(translate("Window", "Stills"))
        self.grid.setAccessibleDescription(
            translate(
                "Window",
                "The stills of the kit or collection. Arrow keys move, Space shows the still large, Return starts the "
                "slideshow, 0 to 5 rate, P picks, X rejects.",
            )
        )
        self.sidebar.setAccessibleName(translate("Window", "Kit and collections"))
        self.sidebar.kit_list.setAccessibleName(translate("Window", "Kit"))
        self.sidebar.kit_list.setAccessibleDescription(
            translate("Window", "The kit opened last: click it to go back to it")
        )
        self.details.setAccessibleName(translate("Window", "Details"))
        self.filter_bar.setAccessibleName(translate("Window", "Filters"))
        self.zoom_slider.setAccessibleDescription(translate("Window", "How large the thumbnails are in the grid"))
        self.sort_button.setAccessibleDescription(translate("Window", "The order of the stills in the grid"))
        self.count_label.setAccessibleName(translate("Window", "Stills shown"))
        self.toolbar.setAccessibleName(translate("Window", "Main toolbar"))
        copy, add, export = (keys_of(self.commands[n]) for n in ("copy_caption", "add_to_collection", "export"))
        if copy and add and export:
            self.details.several_hint = translate(
                "Window",
                "{copy} copies their captions and credits, {add} adds them to a collection, {export} exports them.",
            ).format(copy=copy, add=add, export=export)
        self.sidebar.set_key_hints(keys_of(self.commands["new_collection"]), add)

    # -- settings ---------------------------------------------------------------------------------
    def _restore_settings(self) -> None:
        s = self.settings
        geometry = s.geometry
        if geometry is not None:
            self.restoreGeometry(geometry)
        else:
            self.resize(1400, 900)
        splitter = s.splitter
        if splitter is not None:
            self.splitter.restoreState(splitter)
        stored = s.thumb_size
        self.zoom.set_thumb_size(stored if stored is not None else DEFAULT_THUMB)
        self.commands["details"].setChecked(s.details_shown)
        self.commands["filter_bar"].setChecked(s.filter_bar_shown)
        self.filter_bar.set_keywords_visible(s.keywords_shown)
        self.details.set_language(s.caption_language)
        self.commands["show_sidebar"].setChecked(s.collections_shown)
        self.commands["hide_rejects"].setChecked(s.hide_rejects)
        self.commands["group_variants"].setChecked(s.group_variants)
        self.captions.set_caption_style(s.caption_style or press.DEFAULT_STYLE.key, save=False)
        self.marks.set_sort(s.sort, save=False)

    def save_settings(self) -> None:
        s = self.settings
        s.geometry = self.saveGeometry()
        s.splitter = self.splitter.saveState()
        s.thumb_size = self.delegate.thumb_width
        s.details_shown = self.commands["details"].isChecked()
        s.filter_bar_shown = self.commands["filter_bar"].isChecked()
        s.keywords_shown = self.filter_bar.keywords_visible()
        s.collections_shown = self.commands["show_sidebar"].isChecked()
        if self.session.kit_path is not None:
            s.last_kit = str(self.session.kit_path)
        s.sync()

    # -- what the rest of the app asks --------------------------------------------------------------
    @property
    def kit(self) -> KitOnShow | None:
        """The kit (or collection) on show."""
        return self.session.kit

    def open_path(self, path: str | os.PathLike[str]) -> None:
        """Open a folder or ZIP in the background; the window keeps working meanwhile."""
        self.loading.open_path(path)

    def show_status(self, text: str, timeout_ms: int = 0) -> None:
        """The one place a status-bar message is shown ("": clear it; 0 ms: until replaced)."""
        if text:
            self.statusBar().showMessage(text, timeout_ms)
        else:
            self.statusBar().clearMessage()

    # -- presenting the session's view --------------------------------------------------------------
    # -- panels and selection -------------------------------------------------------------------------
    def choose_interface_language(self, code: str) -> None:
        """View ▸ Interface Language: kept for the next start (the window is built in one
        language; rebuilding it live would lose the user's place)."""
        self.settings.interface_language = code
        name = dict(LANGUAGES).get(code) or translate("Window", "the desktop's language")
        self.show_status(
            translate("Window", "Stills will be in {language} from its next start").format(language=name), 8000
        )

    def set_details_visible(self, visible: bool) -> None:
        self.details.setVisible(visible)
        if visible:
            self.presenter.update_details()

    def set_filter_bar_visible(self, visible: bool) -> None:
        self.filter_bar.setVisible(visible)
        self._filter_separator.setVisible(visible)
        if not visible and not self.proxy.still_filter.is_empty:
            self.filter_bar.clear()

    def focus_search(self) -> None:
        if not self.commands["filter_bar"].isChecked():
            self.commands["filter_bar"].setChecked(True)
        self.filter_bar.focus_search()

    def selected_stills(self) -> list[Still]:
        """The selected stills in grid order."""
        rows = sorted(i.row() for i in self.grid.selectionModel().selectedIndexes())
        return [self.proxy.data(self.proxy.index(r, 0), StillRole) for r in rows]

    def current_still(self) -> Still | None:
        selected = self.selected_stills()
        current = self.grid.currentIndex()
        if current.isValid() and self.grid.selectionModel().isSelected(current):
            still: Still = current.data(StillRole)
            return still
        return selected[0] if selected else None

    def select_file(self, file: str) -> bool:
        """Make ``file`` the current, only selected still (the slideshow returns here on Escape)."""
        index = self.proxy.index_of(file)
        if not index.isValid():
            return False
        self.grid.setCurrentIndex(index)
        self.grid.scrollTo(index)
        return True

    def action_state(self) -> ActionState:
        """What the actions' enable rules look at, now."""
        session, rows = self.session, self.proxy.rowCount()
        shown = session.kit is not None
        in_collection = session.collection is not None
        return ActionState(
            has_kit=shown,
            has_selection=shown and self.grid.selectionModel().hasSelection(),
            rows_shown=rows,
            collection_rows=self.model.rowCount(),
            in_collection=in_collection,
            library=self.library.available,
            own_order=session.sort == "original",
            collection_chosen=self.collecting.chosen_id() is not None,
            can_show_kit=session.base_kit is not None and session.collection_id is not None,
            slideshow=self.slideshows.available,
            whole_kit=not session.first_screen_only,
        )

    def update_actions(self) -> None:
        if not hasattr(self, "commands"):
            return  # (still being built)
        state = self.action_state()
        self.commands.enable_for(state)
        self.add_to_menu.setEnabled(self.commands["add_to_collection"].isEnabled())

    def _on_activated(self, *_index: object) -> None:
        if self.commands["slideshow"].isEnabled():
            self.commands["slideshow"].trigger()
        elif not self.commands["details"].isChecked():
            self.commands["details"].setChecked(True)

    def _on_slideshow_ended(self, file: str) -> None:
        if file:
            self.select_file(file)
        self.activateWindow()
        self.grid.setFocus()

    def _on_grid_menu(self, pos: QPoint) -> None:
        c = self.commands
        index = self.grid.indexAt(pos)
        if index.isValid() and not self.grid.selectionModel().isSelected(index):
            self.grid.setCurrentIndex(index)
        menu = QMenu(self)
        menu.addActions([c["view_still"], c["open_with"], c["show_in_folder"], c["copy_caption"], c["copy_image"]])
        menu.addSeparator()
        menu.addMenu(self.rating_menu)
        menu.addActions([c["pick"], c["reject"]])
        menu.addSeparator()
        menu.addAction(c["add_to_collection"])
        menu.addMenu(self.add_to_menu)
        if self.session.collection_id is not None:
            menu.addActions([c["remove_from_collection"], c["move_earlier"], c["move_later"]])
        menu.addSeparator()
        menu.addActions([c["export"], c["contact_sheet"], c["print"]])
        menu.popup(self.grid.viewport().mapToGlobal(pos))

    def _on_related_activated(self, file: str) -> None:
        """A related still was clicked in the details: select it in the grid (clearing a
        filter that hides it)."""
        if not self.proxy.index_of(file).isValid() and self.proxy.is_filtered:
            self.filter_bar.clear()
        if self.select_file(file):
            self.grid.setFocus(Qt.FocusReason.OtherFocusReason)

    # -- Qt overrides ------------------------------------------------------------------------------
    def event(self, event: QEvent) -> bool:
        kind = event.type()
        if kind in (QEvent.Type.DevicePixelRatioChange, QEvent.Type.Show) and hasattr(self, "zoom"):
            self.zoom.update_bucket()  # shown on, or moved to, a screen of another scale
        elif kind in PALETTE_EVENTS:
            refresh_style_sheets(self)  # the desktop switched light/dark: segments, pills, sort button
        return super().event(event)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt override
        self.save_settings()
        self.session.end()  # every late answer is dropped; a running identification stops
        self.loading.close()
        self.exports.close()
        self.opening.close()
        self.loader.shutdown()
        self.runner.shutdown()
        if self._owns_library:
            self.library.close()
        super().closeEvent(event)

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt override
        return QSize(1400, 900)
