"""The main window: the kit and collections on the left, filter bar and grid in the middle,
details on the right, status bar below.

Opening a kit runs ``open_kit`` in the interactive pool, stamped with a generation;
the window stays responsive and shows progress, and a late answer for a kit the
user already replaced is dropped. Thumbnails are scheduled by ``ThumbnailLoader``
from the rows the grid reports on screen.

Press work (issue 7): once a kit is shown its stills are identified by content (SHA-256,
cached) in the background; ratings, picks and collections are kept by that identity in the
user's library (``gallery.core.library``). A collection opens as its own grid through a
``CompoundKit``. Export, contact sheets and copying hold back embargoed stills unless the
user says otherwise; every question goes through ``self.prompter`` (replaced in tests).
"""

from __future__ import annotations

import datetime as dt
import logging
import math
import os
import threading
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QEvent,
    QItemSelection,
    QLocale,
    QSettings,
    QSize,
    Qt,
    QTimer,
    QUrl,
    Signal,
)
from PySide6.QtGui import (
    QAction,
    QActionGroup,
    QCloseEvent,
    QDragEnterEvent,
    QDropEvent,
    QGuiApplication,
    QImage,
    QKeySequence,
)
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QMenu,
    QMessageBox,
    QProgressBar,
    QPushButton,
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
from gallery.core import kit as kits
from gallery.core.catalog import Catalog
from gallery.core.compound import MISSING, CompoundKit, origin_of, resolve_collection, shift_chosen
from gallery.core.export import ExportItem, ExportProgress, embargoed, pattern_name, safe_name, usage_terms
from gallery.core.filtering import FilterIndex, StillFilter
from gallery.core.library import Cancelled, Library, identify
from gallery.core.marks import SORTS, Mark, MarkFilter, sort_order
from gallery.core.related import related_stills
from gallery.core.still import Still
from gallery.ui.contactsheet import render_contact_sheet, sheet_items
from gallery.ui.details import DetailsPanel, language_name
from gallery.ui.exporting import BackgroundJob, ExportOutcome, SheetSpec, export_with_sheets
from gallery.ui.filterbar import FilterBar
from gallery.ui.grid import (
    FileRole,
    StillDelegate,
    StillFilterProxy,
    StillGridView,
    StillListModel,
    StillRole,
    format_date,
    stars_text,
)
from gallery.ui.helpdialogs import (
    ShortcutGroup,
    ShortcutRow,
    ShortcutsDialog,
    about_box,
    action_rows,
    key_text,
    menu_groups,
    slideshow_group,
)
from gallery.ui.images import decode_for_display, pil_to_qimage
from gallery.ui.prompts import EXCLUDE, INCLUDE, ExportChoices, Prompter
from gallery.ui.sidebar import LibraryPanel
from gallery.ui.slideshow import Slideshow, SlideshowOptions, SlideshowOptionsDialog
from gallery.ui.tasks import TaskRunner
from gallery.ui.theme import PALETTE_EVENTS, refresh_style_sheets
from gallery.ui.thumbnails import ThumbnailLoader, bucket_for, describe_error

log = logging.getLogger(__name__)

APP_NAME = "Stills"
MAX_RECENT = 10
DEFAULT_THUMB = 216  # a tile of about 240 px
MIN_THUMB = 112
MAX_THUMB = 512
ZOOM_STEP = 1.18
#: Longest side of an image put on the clipboard (a 40000 px poster is not copied at full size).
CLIPBOARD_MAX_SIDE = 8192
#: A big kit's first stills are read and shown before the rest: at least this many (two
#: screens' worth when the grid holds more), enough to scroll a page while the rest arrive.
FIRST_SCREEN_STILLS = 200
#: How long the rest of a big kit waits for the first screen's thumbnails at most.
FIRST_SCREEN_WAIT_S = 0.5


def shortcut_keys(shortcut: Any) -> list[QKeySequence]:
    """The key sequences of ``shortcut``: a sequence or its text, a ``QKeySequence.StandardKey``
    (every binding this platform has for it, none if it has none), or a list of those."""
    items = shortcut if isinstance(shortcut, (list, tuple)) else [shortcut]
    keys: list[QKeySequence] = []
    for item in items:
        found = QKeySequence.keyBindings(item) if isinstance(item, QKeySequence.StandardKey) else [QKeySequence(item)]
        keys += [k for k in found if not k.isEmpty() and k not in keys]
    return keys


def standard_or(standard: QKeySequence.StandardKey, fallback: str) -> list[QKeySequence]:
    """The platform's keys for ``standard``, or ``fallback`` where it has none."""
    return shortcut_keys(standard) or [QKeySequence(fallback)]


def is_kit_path(path: Path) -> bool:
    """What the window accepts when dropped or opened: a folder or a .zip file."""
    return path.is_dir() or (path.is_file() and path.suffix.lower() == ".zip")


def cast_of(kit: Any) -> dict[str, str]:
    """{character: actor} from the kit manifest, if it has one."""
    cast: dict[str, str] = {}
    try:
        for info in kit.characters_info() or []:
            name = getattr(info, "name", None)
            if name:
                cast[name] = getattr(info, "actor", None) or ""
    except Exception:  # a manifest problem must not stop the window
        log.exception("reading the kit's characters failed")
    return cast


class _MessagePage(QWidget):
    """A centred title, a line of detail, optional buttons and progress bar (loading, errors, no results)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        self.title = QLabel()
        font = self.title.font()
        font.setPointSizeF(max(font.pointSizeF(), 9) * 1.35)
        font.setWeight(font.Weight.DemiBold)
        self.title.setFont(font)
        self.title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.title.setWordWrap(True)
        self.detail = QLabel()
        self.detail.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.detail.setWordWrap(True)
        self.detail.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.progress = QProgressBar()
        self.progress.setFixedWidth(320)
        self.progress.setTextVisible(False)
        self.buttons = QHBoxLayout()
        self.buttons.addStretch(1)
        self.buttons.addStretch(1)
        layout.addWidget(self.title)
        layout.addSpacing(6)
        layout.addWidget(self.detail)
        layout.addSpacing(12)
        layout.addWidget(self.progress, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addLayout(self.buttons)
        layout.addStretch(2)
        self._buttons: list[QPushButton] = []

    def show_message(
        self, title: str, detail: str = "", progress: bool = False, buttons: Sequence[QAction] = ()
    ) -> None:
        self.title.setText(title)
        self.detail.setText(detail)
        self.detail.setVisible(bool(detail))
        self.progress.setVisible(progress)
        if progress:
            self.progress.setRange(0, 0)
        for b in self._buttons:
            self.buttons.removeWidget(b)
            b.deleteLater()
        self._buttons = []
        for i, action in enumerate(buttons):
            b = QPushButton(action.text().replace("&", ""))
            b.clicked.connect(action.trigger)
            self.buttons.insertWidget(1 + i, b)
            self._buttons.append(b)


class MainWindow(QMainWindow):
    """The gallery window.

    Signals: kitLoaded(object kit) after a kit is shown; kitFailed(str message);
    slideshowRequested(list stills, str start_file) (issue 4 connects the slideshow here);
    collectionLoaded(object compound_kit) after a collection is shown; marksLoaded() when the
    shown stills' ratings and picks are known; exportFinished(object outcome);
    exportCancelled(); exportFailed(str message); exportProgress(int done, int total);
    contactSheetFinished(str path).
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
        thumbnail_cache: Any = None,
        runner: TaskRunner | None = None,
        catalog_factory: Callable[[], Any] | None = Catalog,
        parent: QWidget | None = None,
        library: Library | None = None,
        prompter: Any = None,
        isolation: guards.Isolation | None = None,
    ) -> None:
        super().__init__(parent)
        # Where stills are decoded: the guard processes of the app's isolation (None: in-process).
        self.isolation = isolation
        (isolation or guards.Isolation()).start_early()  # metadata is read in worker processes: get them ready
        self.setObjectName("mainWindow")
        self.setWindowTitle(APP_NAME)
        self.setAcceptDrops(True)
        self.settings = settings if settings is not None else QSettings()
        self.runner = runner or TaskRunner(self)
        self.thumbnail_cache = thumbnail_cache if thumbnail_cache is not None else imaging.ThumbnailCache()
        self.catalog_factory = catalog_factory
        self.kit: Any = None
        self.kit_path: Path | None = None
        self._generation = 0
        self._loading: Path | None = None
        self._copy_request = 0
        self._embargoed = 0
        # Press work: the library (ratings, picks, collections), what is on show, questions.
        self._owns_library = library is None
        self.library = library if library is not None else Library()
        self.prompter = prompter if prompter is not None else Prompter(self)
        self.base_kit: Any = None  # the kit opened last: what "Kit" in the side list shows
        self.collection_id: int | None = None  # the collection on show, if one is
        self._kit_hashes: dict[str, str] = {}  # base kit: file -> content hash
        self._hashes: dict[str, str] = {}  # what is on show: file (key) -> content hash
        self._pending_marks: dict[str, Mark] = {}  # set before the still's hash was known
        self._identify_for: Any = None
        self._base_index: FilterIndex | None = None
        self._head_generation: int | None = None  # the load whose first screen is on show
        self._base_partial = False  # base_kit is only a first screen (its load went on or was left)
        self._first_screen_done = threading.Event()  # set: that load may read the rest
        self._sort = "original"
        self.export_job: BackgroundJob | None = None
        self.sheet_job: BackgroundJob | None = None
        self.last_export: ExportOutcome | None = None

        # Models and views.
        self.loader = ThumbnailLoader(self.runner, self.thumbnail_cache, self, isolation=isolation)
        self.model = StillListModel(self.loader, self)
        self.proxy = StillFilterProxy(self)
        self.proxy.setSourceModel(self.model)
        self.delegate = StillDelegate(self, DEFAULT_THUMB)
        self.grid = StillGridView(self.delegate)
        self.grid.setObjectName("grid")
        self.grid.setModel(self.proxy)
        self.filter_bar = FilterBar()
        self.details = DetailsPanel(self.runner, isolation=isolation)
        self.message_page = _MessagePage()

        self.stack = QStackedWidget()
        self.stack.addWidget(self.grid)
        self.stack.addWidget(self.message_page)
        separator = QFrame()
        separator.setFrameShape(QFrame.Shape.HLine)
        separator.setFrameShadow(QFrame.Shadow.Sunken)
        self._filter_separator = separator
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.setSpacing(0)
        left_layout.addWidget(self.filter_bar)
        left_layout.addWidget(separator)
        left_layout.addWidget(self.stack, 1)

        self.sidebar = LibraryPanel()
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setObjectName("mainSplitter")
        self.splitter.addWidget(self.sidebar)
        self.splitter.addWidget(left)
        self.splitter.addWidget(self.details)
        self.splitter.setStretchFactor(0, 0)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setStretchFactor(2, 0)
        self.splitter.setCollapsible(1, False)
        self.splitter.setSizes([190, 1000, 360])
        self.setCentralWidget(self.splitter)

        self._build_actions()
        self._build_menus()
        self._build_status_bar()

        # Wiring.
        self.filter_bar.filterChanged.connect(self._on_filter_changed)
        self.proxy.filterChanged.connect(self._on_rows_changed)
        self.proxy.modelReset.connect(self._on_rows_changed)
        self.grid.visibleRowsChanged.connect(self._on_visible_rows)
        self.grid.selectionModel().selectionChanged.connect(self._on_selection_changed)
        self.grid.selectionModel().currentChanged.connect(self._on_current_changed)
        self.grid.activated.connect(self._on_activated)
        self.loader.progressChanged.connect(self._on_thumb_progress)
        self.loader.thumbnailsChanged.connect(self._on_thumbnails_changed)
        self.details.languageChanged.connect(lambda lang: self.settings.setValue("details/language", lang))
        self.details.relatedActivated.connect(self._on_related_activated)
        self.filter_bar.markFilterChanged.connect(self._on_mark_filter_changed)
        self.delegate.ratingClicked.connect(self._on_rating_clicked)
        self.delegate.pickClicked.connect(self._on_pick_clicked)
        self.grid.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.grid.customContextMenuRequested.connect(self._on_grid_menu)
        self.sidebar.kitActivated.connect(self.show_kit)
        self.sidebar.collectionActivated.connect(self.open_collection)
        self.sidebar.newRequested.connect(lambda: self.new_collection())
        self.sidebar.renameRequested.connect(self.rename_collection)
        self.sidebar.deleteRequested.connect(self.delete_collection)
        self.sidebar.moveRequested.connect(self.move_collection)
        self.sidebar.orderChanged.connect(self._on_collections_reordered)
        self.sidebar.stillsDropped.connect(self._on_stills_dropped)
        self._selection_timer = QTimer(self)
        self._selection_timer.setSingleShot(True)
        self._selection_timer.setInterval(0)
        self._selection_timer.timeout.connect(self._update_details)

        self._describe_controls()
        self._restore_settings()
        self._refresh_collections()
        if not self.library.available:
            self.statusBar().showMessage(
                f"Ratings and collections are unavailable: {self.library.error or 'the library cannot be opened'}",
                10000,
            )
        self._update_actions()
        self.message_page.show_message(
            "No kit open", "Open a folder or ZIP of stills, or drop one here.", buttons=[self.open_folder_action]
        )
        self.stack.setCurrentWidget(self.message_page)
        self.filter_bar.setEnabled(False)  # until a kit is open

    # -- construction ---------------------------------------------------------------------------
    def _action(self, text: str, slot: Any, shortcut: Any = None, tip: str = "") -> QAction:
        """A window-wide action. ``shortcut``: a key sequence, a ``QKeySequence.StandardKey``
        (every binding the platform has for it) or a list of those."""
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcuts(shortcut_keys(shortcut))
        if tip:
            action.setStatusTip(tip)
        action.triggered.connect(slot)
        self.addAction(action)
        return action

    def _build_actions(self) -> None:
        self.open_folder_action = self._action(
            "Open &Folder…", self.choose_folder, QKeySequence.StandardKey.Open, "Open a folder of stills"
        )
        self.open_zip_action = self._action("Open &ZIP…", self.choose_zip, "Ctrl+Shift+O", "Open a ZIP press kit")
        self.clear_recent_action = QAction("Clear Menu", self)
        self.clear_recent_action.triggered.connect(self.clear_recent)
        # (Some platforms have no Quit key of their own, Windows among them: Ctrl+Q there.)
        self.quit_action = self._action("&Quit", self.close, standard_or(QKeySequence.StandardKey.Quit, "Ctrl+Q"))
        self.quit_action.setMenuRole(QAction.MenuRole.QuitRole)

        self.copy_caption_action = self._action(
            "Copy Caption and &Credit",
            self.copy_captions,
            "Ctrl+Shift+C",
            "Copy the selected stills' captions with their credits, ready to paste",
        )
        self.copy_image_action = self._action(
            "Copy &Image", self.copy_image, QKeySequence.StandardKey.Copy, "Copy the selected still's picture"
        )
        self.select_all_action = self._action("Select &All", self.select_all, QKeySequence.StandardKey.SelectAll)
        self.find_action = self._action("&Find…", self.focus_search, QKeySequence.StandardKey.Find)

        self.zoom_in_action = self._action("Zoom &In", self.zoom_in, [QKeySequence.StandardKey.ZoomIn, "Ctrl+="])
        self.zoom_out_action = self._action("Zoom &Out", self.zoom_out, QKeySequence.StandardKey.ZoomOut)
        self.zoom_reset_action = self._action("&Actual Size", self.zoom_reset, "Ctrl+0")
        self.details_action = QAction("Show &Details", self, checkable=True, checked=True)
        self.details_action.setShortcut(QKeySequence("Ctrl+I"))
        self.details_action.toggled.connect(self.set_details_visible)
        self.addAction(self.details_action)
        self.filter_bar_action = QAction("Show Filter &Bar", self, checkable=True, checked=True)
        self.filter_bar_action.setShortcut(QKeySequence("Ctrl+Shift+F"))
        self.filter_bar_action.toggled.connect(self.set_filter_bar_visible)
        self.addAction(self.filter_bar_action)
        # F11 here; Enter (or a double click) on the grid starts it through `activated`.
        self.slideshow_action = self._action(
            "Start &Slideshow",
            lambda: self.start_slideshow(),  # not the slot itself: `triggered` would pass checked=False
            ["F11", "Ctrl+Return"],
            "Show the filtered stills full screen, from the selected one",
        )
        self.slideshow_action.setIcon(self.style().standardIcon(QStyle.StandardPixmap.SP_MediaPlay))
        self.slideshow_options_action = self._action(
            "Slideshow &Options…", self.edit_slideshow_options, None, "Interval, loop, shuffle, crossfade, screen"
        )
        self.slideshow_available = True
        self.slideshow: Slideshow | None = None

        # Help.
        self.shortcuts_action = self._action(
            "&Keyboard Shortcuts",
            self.show_shortcuts,
            [QKeySequence.StandardKey.HelpContents, "Ctrl+/"],
            "Every key of the window and of the slideshow",
        )
        self.about_action = self._action("&About Stills", self.show_about, None, "Version, licence and credits")
        self.about_action.setMenuRole(QAction.MenuRole.AboutRole)
        self.about_qt_action = self._action(
            "About &Qt", lambda: QMessageBox.aboutQt(self, "About Qt"), None, "The Qt version Stills runs on"
        )
        self.about_qt_action.setMenuRole(QAction.MenuRole.AboutQtRole)
        self.shortcuts_dialog: ShortcutsDialog | None = None
        self.about_dialog: QMessageBox | None = None

        self._zoom_group = QActionGroup(self)
        self._build_press_actions()

    def _grid_action(self, text: str, slot: Any, shortcut: Any, tip: str = "") -> QAction:
        """An action whose key works while the grid has focus (typing "5" in the search box types).
        A digit works on the keypad too."""
        action = QAction(text, self)
        keys = shortcut_keys(shortcut)
        if isinstance(shortcut, str) and shortcut.isdigit():
            keys.append(QKeySequence(Qt.KeyboardModifier.KeypadModifier | Qt.Key(Qt.Key.Key_0 + int(shortcut))))
        action.setShortcuts(keys)
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        if tip:
            action.setStatusTip(tip)
        action.triggered.connect(slot)
        self.grid.addAction(action)
        return action

    def _build_press_actions(self) -> None:
        # Ratings and picks: keys 0-5 and P on the grid.
        self.rating_actions: list[QAction] = []
        for n in range(6):
            label = "No Rating" if n == 0 else f"{stars_text(n)[:n]}  {n} Star{'s' if n != 1 else ''}"
            self.rating_actions.append(
                self._grid_action(
                    label, lambda _checked=False, n=n: self.set_rating(n), str(n), "Rate the selected stills"
                )
            )
        self.pick_action = self._grid_action(
            "Toggle &Pick", self.toggle_pick, "P", "Flag the selected stills as picks (or unflag them)"
        )
        # Collections.
        self.add_to_collection_action = self._action(
            "&Add to Collection", lambda: self.add_to_collection(), "Ctrl+B", "Add the selected stills to a collection"
        )
        self.new_collection_action = self._action(
            "&New Collection…",
            lambda: self.new_collection(),
            "Ctrl+Shift+B",
            "A new collection, with the selected stills",
        )
        self.remove_from_collection_action = self._grid_action(
            "&Remove from Collection",
            self.remove_from_collection,
            QKeySequence.StandardKey.Delete,
            "Take the selected stills out of this collection",
        )
        self.move_earlier_action = self._grid_action(
            "Move &Earlier",
            lambda: self.move_in_collection(-1),
            "Ctrl+[",
            "Move the selected stills one place earlier in this collection",
        )
        self.move_later_action = self._grid_action(
            "Move &Later",
            lambda: self.move_in_collection(1),
            "Ctrl+]",
            "Move the selected stills one place later in this collection",
        )
        self.rename_collection_action = self._action("Re&name Collection…", lambda: self.rename_collection())
        self.delete_collection_action = self._action("&Delete Collection…", lambda: self.delete_collection())
        self.move_collection_up_action = self._action("Move Collection &Up", lambda: self.move_collection(None, -1))
        self.move_collection_down_action = self._action("Move Collection Do&wn", lambda: self.move_collection(None, 1))
        self.locate_action = self._action(
            "&Locate Missing Stills…", self.locate_missing, None, "Point to the folder a moved kit is in now"
        )
        self.show_kit_action = self._action(
            "Show the &Kit", self.show_kit, "Alt+Home", "Back from a collection to the kit"
        )
        self.export_collection_action = self._action(
            "E&xport Collection…",
            lambda: self.export_stills(everything=True),
            None,
            "Export every still of the collection",
        )
        self.show_sidebar_action = QAction("Show &Collections", self, checkable=True, checked=True)
        self.show_sidebar_action.setShortcut(QKeySequence("Ctrl+Shift+L"))
        self.show_sidebar_action.toggled.connect(self.set_sidebar_visible)
        self.addAction(self.show_sidebar_action)
        # Export and contact sheet.
        self.export_action = self._action(
            "&Export…",
            lambda: self.export_stills(),
            "Ctrl+E",
            "Copy the selected stills (or all shown) to a folder, with a caption sheet",
        )
        self.contact_sheet_action = self._action(
            "Contact &Sheet (PDF)…",
            self.make_contact_sheet,
            QKeySequence.StandardKey.Print,  # a contact sheet is the app's print-out
            "The stills shown, with captions and credits, as a PDF",
        )
        # Caption style and language (copy, caption sheets and contact sheets follow them).
        self._style_group = QActionGroup(self)
        self.style_actions: dict[str, QAction] = {}
        for style in press.STYLES:
            action = QAction(f"{style.label}:  {style.example('Caption', 'X')}", self, checkable=True)
            action.setData(style.key)
            action.triggered.connect(lambda _checked=False, k=style.key: self.set_caption_style(k))
            self._style_group.addAction(action)
            self.style_actions[style.key] = action
        # Sort.
        self._sort_group = QActionGroup(self)
        self.sort_actions: dict[str, QAction] = {}
        for key, label in SORTS:
            action = QAction(label, self, checkable=True)
            action.triggered.connect(lambda _checked=False, k=key: self.set_sort(k))
            self._sort_group.addAction(action)
            self.sort_actions[key] = action

    def _build_menus(self) -> None:
        bar = self.menuBar()
        file_menu = bar.addMenu("&File")
        file_menu.addAction(self.open_folder_action)
        file_menu.addAction(self.open_zip_action)
        self.recent_menu = file_menu.addMenu("Open &Recent")
        self.recent_menu.aboutToShow.connect(self._fill_recent_menu)
        file_menu.addSeparator()
        file_menu.addAction(self.export_action)
        file_menu.addAction(self.contact_sheet_action)
        file_menu.addSeparator()
        file_menu.addAction(self.quit_action)
        self._fill_recent_menu()

        edit_menu = bar.addMenu("&Edit")
        edit_menu.addAction(self.copy_caption_action)
        edit_menu.addAction(self.copy_image_action)
        self.style_menu = edit_menu.addMenu("Caption &Style")
        for action in self.style_actions.values():
            self.style_menu.addAction(action)
        self.language_menu = edit_menu.addMenu("Caption &Language")
        self.language_menu.aboutToShow.connect(self._fill_language_menu)
        self._fill_language_menu()
        edit_menu.addSeparator()
        edit_menu.addAction(self.select_all_action)
        edit_menu.addAction(self.find_action)

        view_menu = bar.addMenu("&View")
        view_menu.addAction(self.zoom_in_action)
        view_menu.addAction(self.zoom_out_action)
        view_menu.addAction(self.zoom_reset_action)
        view_menu.addSeparator()
        view_menu.addAction(self.details_action)
        view_menu.addAction(self.filter_bar_action)
        view_menu.addAction(self.show_sidebar_action)
        view_menu.addSeparator()
        self.sort_menu = view_menu.addMenu("S&ort By")
        for action in self.sort_actions.values():
            self.sort_menu.addAction(action)
        view_menu.addSeparator()
        view_menu.addAction(self.slideshow_action)
        view_menu.addAction(self.slideshow_options_action)
        self.file_menu, self.edit_menu, self.view_menu = file_menu, edit_menu, view_menu

        still_menu = bar.addMenu("&Still")
        self.rating_menu = still_menu.addMenu("&Rating")
        for action in self.rating_actions:
            self.rating_menu.addAction(action)
        still_menu.addAction(self.pick_action)
        still_menu.addSeparator()
        still_menu.addAction(self.add_to_collection_action)
        self.add_to_menu = still_menu.addMenu("Add &to Collection")
        self.add_to_menu.aboutToShow.connect(self._fill_add_to_menu)
        still_menu.addAction(self.remove_from_collection_action)
        still_menu.addAction(self.move_earlier_action)
        still_menu.addAction(self.move_later_action)
        still_menu.addSeparator()
        still_menu.addAction(self.copy_caption_action)
        still_menu.addAction(self.export_action)
        self.still_menu = still_menu

        collection_menu = bar.addMenu("&Collection")
        collection_menu.addAction(self.new_collection_action)
        collection_menu.addAction(self.rename_collection_action)
        collection_menu.addAction(self.delete_collection_action)
        collection_menu.addSeparator()
        collection_menu.addAction(self.move_collection_up_action)
        collection_menu.addAction(self.move_collection_down_action)
        collection_menu.addSeparator()
        collection_menu.addAction(self.export_collection_action)
        collection_menu.addAction(self.contact_sheet_action)
        collection_menu.addAction(self.locate_action)
        collection_menu.addSeparator()
        collection_menu.addAction(self.show_kit_action)
        self.collection_menu = collection_menu

        help_menu = bar.addMenu("&Help")
        help_menu.addAction(self.shortcuts_action)
        help_menu.addSeparator()
        help_menu.addAction(self.about_action)
        help_menu.addAction(self.about_qt_action)
        self.help_menu = help_menu

        toolbar = self.addToolBar("Main")
        toolbar.setObjectName("mainToolBar")
        toolbar.setMovable(False)
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        toolbar.setIconSize(QSize(16, 16))
        self.open_folder_action.setIcon(self.style().standardIcon(QStyle.StandardPixmap.SP_DirOpenIcon))
        toolbar.addAction(self.open_folder_action)
        toolbar.addSeparator()
        toolbar.addAction(self.slideshow_action)
        toolbar.addAction(self.copy_caption_action)
        toolbar.addSeparator()
        self.add_to_collection_action.setIcon(self.style().standardIcon(QStyle.StandardPixmap.SP_FileDialogNewFolder))
        self.export_action.setIcon(self.style().standardIcon(QStyle.StandardPixmap.SP_DialogSaveButton))
        toolbar.addAction(self.add_to_collection_action)
        toolbar.addAction(self.export_action)
        self.toolbar = toolbar

    def _build_status_bar(self) -> None:
        status = self.statusBar()
        status.setSizeGripEnabled(True)
        self.count_label = QLabel()
        self.count_label.setObjectName("countLabel")
        self.count_label.setContentsMargins(6, 0, 6, 0)
        status.addWidget(self.count_label, 1)
        self.progress_label = QLabel()
        self.progress_label.setObjectName("progressLabel")
        self.progress_bar = QProgressBar()
        self.progress_bar.setMaximumWidth(120)
        self.progress_bar.setMaximumHeight(12)
        self.progress_bar.setTextVisible(False)
        self.progress_label.hide()
        self.progress_bar.hide()
        status.addPermanentWidget(self.progress_label)
        status.addPermanentWidget(self.progress_bar)
        self.zoom_slider = QSlider(Qt.Orientation.Horizontal)
        self.zoom_slider.setObjectName("zoomSlider")
        self.zoom_slider.setRange(MIN_THUMB, MAX_THUMB)
        self.zoom_slider.setSingleStep(8)
        self.zoom_slider.setPageStep(32)
        self.zoom_slider.setValue(DEFAULT_THUMB)
        self.zoom_slider.setFixedWidth(140)
        self.zoom_slider.setToolTip("Thumbnail size")
        self.zoom_slider.setAccessibleName("Thumbnail size")
        self.zoom_slider.valueChanged.connect(self._on_zoom_slider)
        self.sort_button = QToolButton()
        self.sort_button.setObjectName("sortButton")
        self.sort_button.setAutoRaise(True)
        self.sort_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.sort_button.setStyleSheet("QToolButton::menu-indicator { image: none; width: 0px; }")
        self.sort_button.setToolTip("Order of the stills (View ▸ Sort By)")
        self.sort_button.setAccessibleName("Sort by")
        self.sort_button.setMenu(self.sort_menu)
        status.addPermanentWidget(self.sort_button)
        small = self._zoom_button("−", self.zoom_out_action)
        large = self._zoom_button("+", self.zoom_in_action)
        status.addPermanentWidget(small)
        status.addPermanentWidget(self.zoom_slider)
        status.addPermanentWidget(large)

    def _zoom_button(self, text: str, action: QAction) -> QToolButton:
        """A small "−"/"+" button that follows ``action`` (setDefaultAction would show its long text)."""
        button = QToolButton()
        button.setText(text)
        button.setAutoRaise(True)
        name = action.text().replace("&", "")
        button.setToolTip(f"{name} ({self._keys_of(action)})" if self._keys_of(action) else name)
        button.setAccessibleName(name)
        button.clicked.connect(action.trigger)
        action.changed.connect(lambda: button.setEnabled(action.isEnabled()))
        return button

    @staticmethod
    def _keys_of(action: QAction) -> str:
        """An action's first key as this platform writes it ("Ctrl+B", "⌘B"), or ""."""
        return action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)

    def _describe_controls(self) -> None:
        """Accessible names and descriptions the controls do not get from their text, and the
        hints that name keys (written with this platform's keys)."""
        self.grid.setAccessibleName("Stills")
        self.grid.setAccessibleDescription(
            "The stills of the kit or collection. Arrow keys move, Return starts the slideshow, 0 to 5 rate, P picks."
        )
        self.sidebar.setAccessibleName("Kit and collections")
        self.sidebar.kit_list.setAccessibleName("Kit")
        self.sidebar.kit_list.setAccessibleDescription("The kit opened last: click it to go back to it")
        self.details.setAccessibleName("Details")
        self.filter_bar.setAccessibleName("Filters")
        self.zoom_slider.setAccessibleDescription("How large the thumbnails are in the grid")
        self.sort_button.setAccessibleDescription("The order of the stills in the grid")
        self.count_label.setAccessibleName("Stills shown")
        self.toolbar.setAccessibleName("Main toolbar")
        copy, add, export = (
            self._keys_of(a) for a in (self.copy_caption_action, self.add_to_collection_action, self.export_action)
        )
        if copy and add and export:
            self.details.several_hint = (
                f"{copy} copies their captions and credits, {add} adds them to a collection, {export} exports them."
            )
        self.sidebar.set_key_hints(self._keys_of(self.new_collection_action), add)

    # -- settings ---------------------------------------------------------------------------------
    def _restore_settings(self) -> None:
        s = self.settings
        geometry = s.value("window/geometry")
        if geometry:
            self.restoreGeometry(geometry)
        else:
            self.resize(1400, 900)
        splitter = s.value("window/splitter3")  # (three panes since the side list)
        if splitter:
            self.splitter.restoreState(splitter)
        self.set_thumb_size(_int(s.value("view/thumbSize"), DEFAULT_THUMB))
        self.details_action.setChecked(_bool(s.value("view/details"), True))
        self.filter_bar_action.setChecked(_bool(s.value("view/filterBar"), True))
        self.filter_bar.set_keywords_visible(_bool(s.value("view/keywords"), False))
        self.details.set_language(s.value("details/language") or None)
        self.show_sidebar_action.setChecked(_bool(s.value("view/collections"), True))
        self.set_caption_style(str(s.value("press/captionStyle") or press.DEFAULT_STYLE.key), save=False)
        self.set_sort(str(s.value("view/sort") or "original"), save=False)

    def save_settings(self) -> None:
        s = self.settings
        s.setValue("window/geometry", self.saveGeometry())
        s.setValue("window/splitter3", self.splitter.saveState())
        s.setValue("view/thumbSize", self.delegate.thumb_width)
        s.setValue("view/details", self.details_action.isChecked())
        s.setValue("view/filterBar", self.filter_bar_action.isChecked())
        s.setValue("view/keywords", self.filter_bar.keywords_visible())
        s.setValue("view/collections", self.show_sidebar_action.isChecked())
        if self.kit_path is not None:
            s.setValue("kits/last", str(self.kit_path))
        s.sync()

    def recent_kits(self) -> list[str]:
        value = self.settings.value("kits/recent") or []
        if isinstance(value, str):
            value = [value]
        return [str(v) for v in value][:MAX_RECENT]

    def _remember_kit(self, path: Path) -> None:
        text = str(path)
        recent = [p for p in self.recent_kits() if p != text]
        recent.insert(0, text)
        self.settings.setValue("kits/recent", recent[:MAX_RECENT])
        self.settings.setValue("kits/last", text)

    def clear_recent(self) -> None:
        self.settings.setValue("kits/recent", [])
        self._fill_recent_menu()

    def _fill_recent_menu(self) -> None:
        menu = self.recent_menu
        menu.clear()
        recent = self.recent_kits()
        for i, text in enumerate(recent):
            path = Path(text)
            label = f"&{i + 1 if i < 9 else 0}  {path.name or text}"
            action = menu.addAction(label)
            action.setToolTip(text)
            action.setStatusTip(text)
            action.setEnabled(path.exists())
            action.triggered.connect(lambda _checked=False, p=text: self.open_path(p))
        if recent:
            menu.addSeparator()
        menu.addAction(self.clear_recent_action)
        self.clear_recent_action.setEnabled(bool(recent))
        menu.setToolTipsVisible(True)

    # -- opening kits ---------------------------------------------------------------------------------
    def choose_folder(self) -> None:
        start = str(self.kit_path.parent if self.kit_path else Path.home())
        folder = QFileDialog.getExistingDirectory(self, "Open Press Kit Folder", start)
        if folder:
            self.open_path(folder)

    def choose_zip(self) -> None:
        start = str(self.kit_path.parent if self.kit_path else Path.home())
        file, _ = QFileDialog.getOpenFileName(self, "Open Press Kit ZIP", start, "ZIP archives (*.zip);;All files (*)")
        if file:
            self.open_path(file)

    def open_path(self, path: str | os.PathLike[str]) -> None:
        """Open a folder or ZIP in the background; the window keeps working meanwhile."""
        path = Path(path).expanduser()
        self._generation += 1
        generation = self._generation
        self._loading = path
        name = path.name or str(path)
        self.message_page.show_message(f"Opening {name}…", "Reading captions and credits", progress=True)
        self.stack.setCurrentWidget(self.message_page)
        if self.kit is None:
            self.details.show_empty(loading=True)
        self.statusBar().showMessage(f"Opening {name}…")
        catalog_factory = self.catalog_factory
        first = max(FIRST_SCREEN_STILLS, 2 * self.grid.rows_per_page())
        self._first_screen_done.set()  # a load still waiting for its first screen goes on (to be dropped)
        first_screen_done = self._first_screen_done = threading.Event()

        def load(progress: Callable[[int, int], None], partial: Callable[[Any], None]) -> tuple[Any, FilterIndex]:
            # One catalog per load: a Catalog is for one thread at a time, and two loads may overlap.
            catalog = catalog_factory() if catalog_factory is not None else None

            def hand_over(head: Any) -> None:
                partial(head)
                # Reading the rest (10,000 catalog rows) holds the GIL the GUI thread needs to
                # paint: it waits until the first screen's thumbnails are on screen (or a moment).
                first_screen_done.wait(FIRST_SCREEN_WAIT_S)

            kit = kits.open_kit(
                path, progress, catalog=catalog, first=first, on_first=hand_over, isolation=self.isolation
            )
            return kit, FilterIndex(kit.stills)  # folding 10,000 captions is worker work too

        self.runner.run(
            load,
            lambda loaded: self._on_kit_loaded(generation, path, *loaded),
            lambda error: self._on_kit_failed(generation, path, error),
            interactive=True,
            priority=10,
            wanted=lambda: generation == self._generation,
            on_progress=lambda done, total: self._on_kit_progress(generation, done, total),
            on_partial=lambda head: self._on_kit_head(generation, path, head, first_screen_done),
            name=f"open {path}",
        )

    def is_loading(self) -> bool:
        return self._loading is not None

    @property
    def showing_first_screen(self) -> bool:
        """Whether the grid shows only the first stills of a kit whose rest is still being read."""
        return self._head_generation is not None and self._head_generation == self._generation

    def _on_kit_head(self, generation: int, path: Path, head: Any, done: threading.Event) -> None:
        """The first screen of a big kit, read before the rest: shown at once, without filters
        (the chips need every still). In another sort than the kit's own, the first stills are
        not the first screen, so the grid waits for the whole kit."""
        if generation != self._generation or self._sort != "original":
            done.set()  # (that load's own wait: a newer load has its own)
            return
        self._head_generation = generation
        self._base_partial = True
        self.kit_path = path
        self.base_kit = head
        self._kit_hashes = {}
        self._pending_marks = {}
        self._base_index = None
        self._show_view(head, generation, None, collection_id=None)
        self.statusBar().showMessage(f"Showing the first {_n(len(head.stills))} stills; reading the rest of the kit…")

    def _on_kit_progress(self, generation: int, done: int, total: int) -> None:
        if generation != self._generation:
            return
        if self.showing_first_screen:
            if done > len(self.kit.stills):
                self.statusBar().showMessage(f"Reading kit {_n(done)}/{_n(total)}")
            return
        bar = self.message_page.progress
        if total > 0:
            bar.setRange(0, total)
            bar.setValue(done)
            if done < total:
                self.message_page.detail.setText(f"Reading {_n(done)} of {_n(total)} stills")
            else:
                self.message_page.detail.setText("Preparing the grid…")
            self.statusBar().showMessage(f"Reading kit {_n(done)}/{_n(total)}")

    def _on_kit_loaded(self, generation: int, path: Path, kit: Any, index: FilterIndex | None = None) -> None:
        if generation != self._generation:
            return  # the user opened something else meanwhile
        self._loading = None
        self.kit_path = path
        self.base_kit = kit
        head = self.kit.stills if self.showing_first_screen else None
        grown = head is not None and len(kit.stills) >= len(head)
        grown = grown and all(a is b for a, b in zip(head, kit.stills[: len(head)], strict=True))
        self._kit_hashes = {}
        if not grown:  # marks set on the first screen wait for the stills' hashes: they stay
            self._pending_marks = {}
        self._base_index = index
        self.statusBar().clearMessage()
        self._head_generation = None
        self._base_partial = False
        if grown:
            self._complete_view(kit, generation, index)
        else:
            self._show_view(kit, generation, index, collection_id=None)
        self.setWindowFilePath(str(path))
        self._remember_kit(path)
        self.kitLoaded.emit(kit)
        self._identify(kit)

    def _show_view(self, kit: Any, generation: int, index: FilterIndex | None, collection_id: int | None) -> None:
        """Show ``kit`` (a kit, or a collection's CompoundKit) in the grid, details and filter bar."""
        self.kit = kit
        self.collection_id = collection_id
        self._hashes = dict(self._kit_hashes) if collection_id is None else self._collection_hashes(kit)
        self.loader.set_kit(kit, generation)
        self.details.set_kit(kit, generation, cast_of(kit), self.loader.pixmap)
        self.model.set_stills(kit.stills)
        self.model.local_path = kit.local_path
        # Keys dropped on a collection must be this view's: a drag from another window, another
        # instance or an earlier view would name other files.
        origin = f"{os.getpid()}:{id(self)}:{generation}"
        self.model.drag_origin = origin
        self.sidebar.set_stills_origin(origin)
        self._embargoed = sum(1 for s in kit.stills if s.is_embargoed(self.model.today))
        if index is not None:
            self.proxy.set_filter_index(index)
        self.proxy.set_still_filter(StillFilter())
        self._show_chips_and_titles(kit, collection_id)
        self.sidebar.set_current(collection_id)
        self.sort_actions["original"].setText("Collection Order" if collection_id is not None else "Kit Order")
        if self._hashes:
            self._load_marks()
        self._apply_sort()
        self._show_grid_or_empty()
        self._on_rows_changed()
        if self.proxy.rowCount():
            first = self.proxy.index(0, 0)
            self.grid.setCurrentIndex(first)
            self.grid.scrollToTop()
        self.grid.setFocus(Qt.FocusReason.OtherFocusReason)
        self._update_actions()

    def _show_chips_and_titles(self, kit: Any, collection_id: int | None) -> None:
        """The chips with the kit's counts (none, and off, while only its first screen is read:
        they need every still), the window title and the side list's kit name."""
        first_screen_only = self._base_partial and kit is self.base_kit
        if first_screen_only:
            self.filter_bar.set_counts({}, {}, {})
        else:
            self.filter_bar.set_counts(kit.character_counts(), kit.keyword_counts(), cast_of(kit))
        self.filter_bar.setEnabled(not first_screen_only)
        if collection_id is None:
            title = kit.title or (self.kit_path.name if self.kit_path else "")
            self.setWindowTitle(f"{title} — {APP_NAME}")
        else:
            self.setWindowTitle(f"{kit.title} — Collection — {APP_NAME}")
        self.sidebar.set_kit_title(self.base_kit.title if self.base_kit is not None else None)

    def _complete_view(self, kit: Any, generation: int, index: FilterIndex | None) -> None:
        """The whole kit after its first screen: the rest of the rows are added below the
        ones on show, whose selection, scroll position and thumbnails stay."""
        shown = len(self.kit.stills) if self.kit is not None else 0
        self.kit = kit
        self.loader.add_stills(kit, generation)
        self.details.set_kit(kit, generation, cast_of(kit), self.loader.pixmap, keep_still=True)
        self.model.add_stills(kit.stills[shown:])
        self._embargoed = sum(1 for s in kit.stills if s.is_embargoed(self.model.today))
        if index is not None:
            self.proxy.set_filter_index(index)
        self._show_chips_and_titles(kit, None)
        self._apply_sort()
        self._show_grid_or_empty()
        self._on_rows_changed()
        self._update_details()
        self._update_actions()

    def _on_kit_failed(self, generation: int, path: Path, error: BaseException) -> None:
        if generation != self._generation:
            return
        self._loading = None
        self._head_generation = None
        if self._base_partial:  # the first screen of a kit whose rest never came: not a kit to show
            self._base_partial = False
            if self.kit is self.base_kit:
                self.kit = None
                self.model.set_stills([])
                self.loader.set_kit(None, generation)
            self.base_kit = None
            self.sidebar.set_kit_title(None)
        message = str(error) or type(error).__name__
        if not isinstance(error, kits.KitError):
            log.error("opening %s failed", path, exc_info=error)
        self.statusBar().showMessage(f"Could not open {path.name}: {message}", 8000)
        if self.kit is not None:
            self._show_grid_or_empty()
            box = QMessageBox(QMessageBox.Icon.Warning, APP_NAME, f"Could not open “{path.name}”.", parent=self)
            box.setInformativeText(message)
            box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            box.open()
        else:
            self.message_page.show_message(
                f"Could not open “{path.name}”",
                message,
                buttons=[self.open_folder_action, self.open_zip_action],
            )
            self.stack.setCurrentWidget(self.message_page)
            self.details.show_empty()
        self.kitFailed.emit(message)

    # -- drag and drop ---------------------------------------------------------------------------------
    @staticmethod
    def _dropped_path(urls: Sequence[QUrl]) -> Path | None:
        for url in urls:
            if url.isLocalFile():
                path = Path(url.toLocalFile())
                if is_kit_path(path):
                    return path
        return None

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802 - Qt override
        mime = event.mimeData()
        if mime.hasUrls() and self._dropped_path(mime.urls()) is not None:
            event.acceptProposedAction()
        else:
            event.ignore()

    def dragMoveEvent(self, event: Any) -> None:  # noqa: N802 - Qt override
        mime = event.mimeData()
        if mime.hasUrls() and self._dropped_path(mime.urls()) is not None:
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802 - Qt override
        path = self._dropped_path(event.mimeData().urls()) if event.mimeData().hasUrls() else None
        if path is None:
            event.ignore()
            return
        event.acceptProposedAction()
        self.open_path(path)

    # -- filters and counts ---------------------------------------------------------------------------------
    def _on_filter_changed(self, still_filter: StillFilter) -> None:
        current = self.current_still()
        self.proxy.set_still_filter(still_filter)
        self._show_grid_or_empty()
        if current is not None:
            index = self.proxy.index_of(current.file)
            if index.isValid():
                self.grid.scrollTo(index)

    def _show_grid_or_empty(self) -> None:
        if self.kit is None:
            return
        if self.proxy.rowCount() == 0:
            if self.model.rowCount() == 0 and self.collection_id is not None:
                self.message_page.show_message(
                    "This collection is empty",
                    "Select stills in a kit and press "
                    f"{self._keys_of(self.add_to_collection_action) or 'Add to Collection'} to put them here.",
                    buttons=[self.show_kit_action] if self.base_kit is not None else [],
                )
            elif self.model.rowCount() == 0:
                self.message_page.show_message("This kit has no stills", str(self.kit_path or ""))
            else:
                self.message_page.show_message(
                    "No stills match",
                    "Try fewer chips, “Any” instead of “All”, or another word.",
                    buttons=[self._clear_filters_action()],
                )
            self.stack.setCurrentWidget(self.message_page)
        else:
            self.stack.setCurrentWidget(self.grid)
        self.grid.schedule_visible_check()

    def _clear_filters_action(self) -> QAction:
        if not hasattr(self, "_clear_filters"):
            self._clear_filters = QAction("Clear Filters", self)
            self._clear_filters.triggered.connect(self.filter_bar.clear)
        return self._clear_filters

    def count_text(self) -> str:
        total = self.model.rowCount()
        shown = self.proxy.rowCount()
        noun = "still" if total == 1 else "stills"
        text = f"{_n(total)} {noun}" if shown == total else f"{_n(shown)} of {_n(total)} {noun}"
        selected = len(self.grid.selectionModel().selectedIndexes())
        if selected > 1:
            text += f"  ·  {_n(selected)} selected"
        if self._embargoed:
            text += f"  ·  {_n(self._embargoed)} embargoed"
        warnings = self.kit_warnings()
        if warnings:
            text += f"  ·  {_n(len(warnings))} kit warning{'s' if len(warnings) != 1 else ''}"
        return text

    def kit_warnings(self) -> list[str]:
        """What went wrong with the kit as a whole (a link skipped, a damaged kit.toml)."""
        return list(getattr(self.kit, "warnings", None) or []) if self.kit is not None else []

    def _on_rows_changed(self) -> None:
        self.count_label.setText(self.count_text() if self.kit is not None else "")
        warnings = self.kit_warnings()
        self.count_label.setToolTip("\n".join(warnings[:20]) if warnings else "")
        self._update_actions()

    # -- thumbnails ---------------------------------------------------------------------------------
    def _on_visible_rows(self, first: int, last: int) -> None:
        if self.kit is None:
            return
        page = max(self.grid.rows_per_page(), 1)
        rows = list(range(first, last + 1))
        n = self.proxy.rowCount()
        rows += range(last + 1, min(n, last + 1 + page))
        rows += range(max(0, first - page), first)
        near = []
        for row in rows:
            file = self.proxy.data(self.proxy.index(row, 0), FileRole)
            if file:
                near.append(file)
        near += self.details.related_files()  # the related stills' small pictures in the details
        self.loader.prioritize(near)

    def _on_thumb_progress(self, done: int, total: int) -> None:
        busy = total > 0 and done < total
        self.progress_label.setVisible(busy)
        self.progress_bar.setVisible(busy)
        if busy:
            self.progress_label.setText(f"Thumbnails {_n(done)}/{_n(total)}")
            self.progress_bar.setRange(0, total)
            self.progress_bar.setValue(done)

    def _on_thumbnails_changed(self, files: list[str]) -> None:
        if self.showing_first_screen and not self._first_screen_done.is_set() and self._visible_tiles_done():
            self._first_screen_done.set()
        self.details.refresh_related_thumbnails(files)
        still = self.details.still()
        if still is not None and still.file in files:
            error = self.loader.error(still.file)
            if error:
                self.details.set_thumbnail_error(error)
            elif self.details.preview.pixmap() is None:
                self.details.preview.set_image(self.loader.pixmap(still.file))

    # -- zoom ---------------------------------------------------------------------------------------
    def _visible_tiles_done(self) -> bool:
        """Whether every tile on screen shows its picture (or why it has none)."""
        first, last = self.grid.visible_rows()
        for row in range(first, last + 1):
            file = self.proxy.index(row, 0).data(FileRole)
            if file and self.loader.pixmap(file) is None and not self.loader.error(file):
                return False
        return True

    def thumb_size(self) -> int:
        return self.delegate.thumb_width

    def set_thumb_size(self, width: int) -> None:
        width = max(MIN_THUMB, min(MAX_THUMB, int(width)))
        self.zoom_slider.blockSignals(True)
        self.zoom_slider.setValue(width)
        self.zoom_slider.blockSignals(False)
        current = self.grid.currentIndex()
        self.grid.set_thumb_width(width)
        self._update_bucket()
        if current.isValid():
            QTimer.singleShot(0, lambda: self.grid.scrollTo(self.grid.currentIndex()))
        self.zoom_in_action.setEnabled(width < MAX_THUMB)
        self.zoom_out_action.setEnabled(width > MIN_THUMB)

    def thumbnail_pixels(self) -> int:
        """The width a thumbnail is painted at in device pixels (high-DPI screens have more)."""
        return math.ceil(self.delegate.thumb_width * self.devicePixelRatioF())

    def _update_bucket(self) -> None:
        """Ask for thumbnails at least as wide as the tiles' device pixels, so they paint sharp."""
        self.loader.set_bucket(bucket_for(self.thumbnail_pixels()))

    def event(self, event: QEvent) -> bool:
        kind = event.type()
        if kind in (QEvent.Type.DevicePixelRatioChange, QEvent.Type.Show):
            self._update_bucket()  # shown on, or moved to, a screen of another scale
        elif kind in PALETTE_EVENTS:
            refresh_style_sheets(self)  # the desktop switched light/dark: segments, pills, sort button
        return super().event(event)

    def zoom_in(self) -> None:
        self.set_thumb_size(round(self.thumb_size() * ZOOM_STEP))

    def zoom_out(self) -> None:
        self.set_thumb_size(round(self.thumb_size() / ZOOM_STEP))

    def zoom_reset(self) -> None:
        self.set_thumb_size(DEFAULT_THUMB)

    def _on_zoom_slider(self, value: int) -> None:
        self.set_thumb_size(value)

    # -- panels ---------------------------------------------------------------------------------------
    def set_details_visible(self, visible: bool) -> None:
        self.details.setVisible(visible)
        if visible:
            self._update_details()

    def set_filter_bar_visible(self, visible: bool) -> None:
        self.filter_bar.setVisible(visible)
        self._filter_separator.setVisible(visible)
        if not visible and not self.proxy.still_filter.is_empty:
            self.filter_bar.clear()

    def focus_search(self) -> None:
        if not self.filter_bar_action.isChecked():
            self.filter_bar_action.setChecked(True)
        self.filter_bar.focus_search()

    # -- selection ---------------------------------------------------------------------------------------
    def selected_stills(self) -> list[Still]:
        """The selected stills in grid order."""
        rows = sorted(i.row() for i in self.grid.selectionModel().selectedIndexes())
        return [self.proxy.data(self.proxy.index(r, 0), StillRole) for r in rows]

    def current_still(self) -> Still | None:
        selected = self.selected_stills()
        current = self.grid.currentIndex()
        if current.isValid() and self.grid.selectionModel().isSelected(current):
            return current.data(StillRole)
        return selected[0] if selected else None

    def select_all(self) -> None:
        self.grid.setFocus()
        self.grid.selectAll()

    def select_file(self, file: str) -> bool:
        """Make ``file`` the current, only selected still (the slideshow returns here on Escape)."""
        index = self.proxy.index_of(file)
        if not index.isValid():
            return False
        self.grid.setCurrentIndex(index)
        self.grid.scrollTo(index)
        return True

    def _on_selection_changed(self, _selected: QItemSelection, _deselected: QItemSelection) -> None:
        self._selection_timer.start()
        self._on_rows_changed()

    def _on_current_changed(self, *_args: Any) -> None:
        self._selection_timer.start()

    def _update_details(self) -> None:
        if not self.details.isVisible() and not self.details_action.isChecked():
            return
        if self.kit is None:
            return
        selected = self.grid.selectionModel().selectedIndexes()
        if len(selected) == 0:
            self.details.show_empty()
        elif len(selected) == 1:
            still = selected[0].data(StillRole)
            self.details.show_still(still, self.loader.error(still.file))
            self.details.set_mark(self.model.mark(still.file))
            if isinstance(self.kit, CompoundKit):
                member = self.kit.member(still.file)
                self.details.set_kit_name(
                    member.kit.title if member and member.kit else (member.kit_path if member else "")
                )
            related = related_stills(still, self.model.stills())
            self.details.set_related(related[: self.details.RELATED_LIMIT], len(related))
            self._on_visible_rows(*self.grid.visible_rows())  # their thumbnails come next
        else:
            self.details.show_several(len(selected))
        self._update_actions()

    def _update_actions(self) -> None:
        has_selection = bool(self.kit is not None and self.grid.selectionModel().hasSelection())
        shown = self.kit is not None and self.proxy.rowCount() > 0
        in_collection = self.collection_id is not None and isinstance(self.kit, CompoundKit)
        library = self.library.available
        self.copy_caption_action.setEnabled(has_selection)
        self.copy_image_action.setEnabled(has_selection)
        self.select_all_action.setEnabled(self.proxy.rowCount() > 0)
        self.slideshow_action.setEnabled(self.slideshow_available and self.proxy.rowCount() > 0)
        for action in (*self.rating_actions, self.pick_action):
            action.setEnabled(has_selection)
        self.add_to_collection_action.setEnabled(has_selection and library)
        self.add_to_menu.setEnabled(has_selection and library)
        self.new_collection_action.setEnabled(library)
        self.remove_from_collection_action.setEnabled(in_collection and has_selection)
        movable = in_collection and has_selection and self._sort == "original"
        self.move_earlier_action.setEnabled(movable)
        self.move_later_action.setEnabled(movable)
        chosen = self._current_collection_id(None) is not None
        for action in (
            self.rename_collection_action,
            self.delete_collection_action,
            self.move_collection_up_action,
            self.move_collection_down_action,
        ):
            action.setEnabled(library and chosen)
        self.export_collection_action.setEnabled(in_collection and self.model.rowCount() > 0)
        self.locate_action.setEnabled(in_collection)
        self.show_kit_action.setEnabled(self.base_kit is not None and self.collection_id is not None)
        self.export_action.setEnabled(shown)
        self.contact_sheet_action.setEnabled(shown)
        if self._base_partial and self.kit is not None and self.kit is self.base_kit:
            # What works on the whole kit waits for the whole kit.
            for action in (self.export_action, self.contact_sheet_action, self.slideshow_action):
                action.setEnabled(False)

    # -- copy -------------------------------------------------------------------------------------------
    def copy_captions(self) -> str:
        """Put the selected stills' press captions on the clipboard ("CAPTION (Credit: X)", a paragraph
        each, in the caption style and language chosen); embargoed stills only if the user says so."""
        stills = self._embargo_gate(self.selected_stills(), "copy") if self.selected_stills() else None
        if not stills:
            return ""
        text = press.press_text(stills, self.caption_language(), self.caption_style)
        QGuiApplication.clipboard().setText(text)
        n = len(stills)
        self.statusBar().showMessage(f"Copied {'the caption' if n == 1 else f'{n} captions'} and credit", 4000)
        return text

    def copy_image(self) -> None:
        """Decode the selected still at full size (capped) in a worker, then put it on the clipboard."""
        still = self.current_still()
        kit = self.kit
        if still is None or kit is None:
            return
        if still.error:
            self.statusBar().showMessage(f"Cannot copy {still.name}: {still.error}", 6000)
            return
        if still.is_embargoed(self.model.today) and self.prompter.embargo([still], "copy", 1) != INCLUDE:
            self.statusBar().showMessage(f"Not copied: {still.name} is under embargo", 5000)
            return
        self._copy_request += 1
        request = self._copy_request
        width = min(still.width or CLIPBOARD_MAX_SIDE, CLIPBOARD_MAX_SIDE)
        height = min(still.height or CLIPBOARD_MAX_SIDE, CLIPBOARD_MAX_SIDE)
        self.statusBar().showMessage(f"Copying {still.name}…")

        def on_result(image: QImage) -> None:
            if request != self._copy_request:
                return
            QGuiApplication.clipboard().setImage(image)
            self.statusBar().showMessage(f"Copied image {still.name} ({image.width()} × {image.height()})", 4000)

        def on_error(error: BaseException) -> None:
            if request == self._copy_request:
                self.statusBar().showMessage(f"Cannot copy {still.name}: {describe_error(error)}", 6000)

        self.runner.run(
            lambda: pil_to_qimage(decode_for_display(self.isolation, kit, still, width, height)),
            on_result,
            on_error,
            interactive=True,
            priority=5,
            name=f"copy {still.file}",
        )

    # -- slideshow ------------------------------------------------------------------------------------
    def start_slideshow(self, full_screen: bool = True) -> Slideshow | None:
        """A slideshow of the stills the filter leaves, in grid order, from the current one."""
        stills = self.proxy.stills()
        if not stills or self.kit is None:
            return None
        if self.slideshow is not None:
            self.slideshow.close()
        current = self.current_still()
        start = next((i for i, s in enumerate(stills) if current is not None and s.file == current.file), 0)
        self.slideshowRequested.emit(stills, stills[start].file)
        options = SlideshowOptions.load(self.settings)
        show = Slideshow(self.kit, stills, start, self.runner, options, parent=self, isolation=self.isolation)
        show.closed.connect(self._on_slideshow_closed)
        self.slideshow = show
        show.start(full_screen=full_screen)
        return show

    def _on_slideshow_closed(self, file: str) -> None:
        if self.slideshow is not None:
            self.slideshow.options.save(self.settings)  # an interval changed with +/- is kept
        self.slideshow = None
        if file:
            self.select_file(file)
        self.activateWindow()
        self.grid.setFocus()

    def edit_slideshow_options(self) -> None:
        dialog = SlideshowOptionsDialog(SlideshowOptions.load(self.settings), self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            dialog.options().save(self.settings)

    def _on_activated(self, index: Any) -> None:
        if self.slideshow_action.isEnabled():
            self.slideshow_action.trigger()
        elif not self.details_action.isChecked():
            self.details_action.setChecked(True)

    # -- identity, ratings and picks ------------------------------------------------------------------
    def _identify(self, kit: Any) -> None:
        """Hash the kit's stills in the background (cached ones cost a lookup), then show marks."""
        if not self.library.available:
            return
        self._identify_for = kit
        library = self.library

        def work(progress: Callable[[int, int], None]) -> dict[str, str]:
            return identify(kit, library, progress, cancelled=lambda: self._identify_for is not kit)

        self.runner.run(
            work,
            lambda hashes: self._on_identified(kit, hashes),
            lambda error: self._on_identify_failed(kit, error),
            interactive=True,
            priority=0,
            on_progress=lambda done, total: self._on_identify_progress(kit, done, total),
            name=f"identify {kit.path}",
        )

    def _on_identify_progress(self, kit: Any, done: int, total: int) -> None:
        if kit is self.base_kit and done < total and total > 200:
            self.statusBar().showMessage(f"Reading ratings: identifying stills {_n(done)}/{_n(total)}", 2000)

    def _on_identified(self, kit: Any, hashes: dict[str, str]) -> None:
        if kit is not self.base_kit:
            return
        self._identify_for = None
        self._kit_hashes = hashes
        pending = {f: m for f, m in self._pending_marks.items() if f in hashes}
        self.library.set_marks({hashes[f]: m for f, m in pending.items()})
        self._pending_marks = {}
        if self.kit is kit and self.collection_id is None:
            self._hashes = dict(hashes)
            self._load_marks(pending)

    def _on_identify_failed(self, kit: Any, error: BaseException) -> None:
        if isinstance(error, Cancelled) or kit is not self.base_kit:
            return
        log.warning("identifying the stills of %s failed: %r", getattr(kit, "path", kit), error)
        self.statusBar().showMessage(f"Ratings unavailable for this kit: {describe_error(error)}", 6000)

    @staticmethod
    def _collection_hashes(kit: Any) -> dict[str, str]:
        return {s.file: kit.sha256(s.file) for s in kit.stills if kit.sha256(s.file)}

    def _load_marks(self, newer: dict[str, Mark] | None = None) -> None:
        """The shown stills' marks from the library (``newer``: set meanwhile, they win)."""
        stored = self.library.marks(self._hashes.values())
        marks = {f: stored[sha] for f, sha in self._hashes.items() if sha in stored}
        marks.update(newer or {})
        self.model.set_marks(marks)
        self.proxy.marks_changed()
        if self._sort == "rating":
            self._apply_sort()
        self._show_grid_or_empty()
        self._refresh_details_mark()
        self.marksLoaded.emit()

    def marks_known(self) -> bool:
        """Whether the shown stills' identities (hence their stored marks) are known yet."""
        return bool(self._hashes) or self.model.rowCount() == 0

    def set_rating(self, stars: int) -> None:
        """0-5 stars on the selected stills (keys 0-5 on the grid)."""
        files = [s.file for s in self.selected_stills() if self._can_mark(s)]
        self._change_marks(files, lambda m: Mark(stars, m.pick))
        if files:
            what = "Cleared the rating of" if stars == 0 else f"Rated {stars_text(stars)[:stars]}"
            self.statusBar().showMessage(f"{what} {self._count(len(files))}", 3000)

    def toggle_pick(self) -> None:
        """Flag the selected stills as picks; if all already are, unflag them (key P)."""
        files = [s.file for s in self.selected_stills() if self._can_mark(s)]
        if not files:
            return
        pick = not all(self.model.mark(f).pick for f in files)
        self._change_marks(files, lambda m: Mark(m.rating, pick))
        self.statusBar().showMessage(f"{'Picked' if pick else 'Unpicked'} {self._count(len(files))}", 3000)

    def _can_mark(self, still: Still) -> bool:
        return still.file in self._hashes or not still.error

    def _on_rating_clicked(self, file: str, stars: int) -> None:
        still = self.kit.still(file) if self.kit is not None else None
        if still is not None and self._can_mark(still):
            self._change_marks([file], lambda m: Mark(stars, m.pick))

    def _on_pick_clicked(self, file: str) -> None:
        still = self.kit.still(file) if self.kit is not None else None
        if still is not None and self._can_mark(still):
            self._change_marks([file], lambda m: Mark(m.rating, not m.pick))

    def _change_marks(self, files: Sequence[str], change: Callable[[Mark], Mark]) -> None:
        if not files:
            return
        stored: dict[str, Mark] = {}
        for file in files:
            mark = change(self.model.mark(file))
            self.model.set_mark(file, mark)
            sha = self._hashes.get(file)
            if sha:
                stored[sha] = mark
            else:
                self._pending_marks[file] = mark  # written when the kit's identities arrive
        self.library.set_marks(stored)
        current = self.current_still()
        self.proxy.marks_changed()
        if self._sort == "rating":
            self._apply_sort()
        self._show_grid_or_empty()
        if current is not None and self.proxy.index_of(current.file).isValid():
            self.grid.scrollTo(self.proxy.index_of(current.file))
        self._refresh_details_mark()

    def _refresh_details_mark(self) -> None:
        still = self.details.still()
        if still is not None:
            self.details.set_mark(self.model.mark(still.file))

    # -- sort and mark filter ---------------------------------------------------------------------------
    def set_sort(self, key: str, save: bool = True) -> None:
        if key not in self.sort_actions:
            key = "original"
        self._sort = key
        self.sort_actions[key].setChecked(True)
        self._apply_sort()
        self._update_actions()  # moving stills in a collection works in its own order only
        if save:
            self.settings.setValue("view/sort", key)

    def sort_key(self) -> str:
        return self._sort

    def _apply_sort(self) -> None:
        self.model.set_order(sort_order(self.model.stills(), self.model.marks(), self._sort))
        self.sort_button.setText(f"Sort: {self.sort_actions[self._sort].text().replace('&', '')}  ▾")
        current = self.grid.currentIndex()
        if current.isValid():
            self.grid.scrollTo(current)

    def _on_mark_filter_changed(self, mark_filter: MarkFilter) -> None:
        current = self.current_still()
        self.proxy.set_mark_filter(mark_filter)
        self._show_grid_or_empty()
        if current is not None:
            index = self.proxy.index_of(current.file)
            if index.isValid():
                self.grid.scrollTo(index)

    # -- caption style and language --------------------------------------------------------------------
    @property
    def caption_style(self) -> press.CaptionStyle:
        checked = self._style_group.checkedAction()
        return press.caption_style(checked.data() if checked is not None else None)

    def set_caption_style(self, key: str, save: bool = True) -> None:
        style = press.caption_style(key)
        self.style_actions[style.key].setChecked(True)
        if save:
            self.settings.setValue("press/captionStyle", style.key)
            self.statusBar().showMessage(f"Captions are copied and exported as “{style.example('Caption', 'X')}”", 4000)

    def caption_language(self) -> str | None:
        """The caption language the user picked (details panel or Edit ▸ Caption Language)."""
        return self.details.language

    def set_caption_language(self, language: str | None) -> None:
        self.details.set_language(language)
        if language:
            self.settings.setValue("details/language", language)
        else:
            self.settings.remove("details/language")

    def _fill_language_menu(self) -> None:
        menu = self.language_menu
        menu.clear()
        group = QActionGroup(menu)
        keys: dict[str, None] = {}
        for still in (self.kit.stills if self.kit is not None else [])[:5000]:
            keys.update(dict.fromkeys(still.captions))
        current = self.caption_language()
        default = menu.addAction("Default")
        default.setCheckable(True)
        default.setChecked(not current or current == "x-default")
        default.triggered.connect(lambda _checked=False: self.set_caption_language(None))
        group.addAction(default)
        for key in sorted(k for k in keys if k != "x-default"):
            action = menu.addAction(f"{language_name(key)} ({key})")
            action.setCheckable(True)
            action.setChecked(current == key)
            action.triggered.connect(lambda _checked=False, k=key: self.set_caption_language(k))
            group.addAction(action)

    # -- collections ----------------------------------------------------------------------------------
    def _refresh_collections(self) -> None:
        collections = self.library.collections()
        self.sidebar.set_collections(collections, self.collection_id)
        last = self._last_collection()
        self.add_to_collection_action.setText(f"&Add to “{last.name}”" if last else "&Add to Collection…")
        self._update_actions()

    def _last_collection(self) -> Any:
        last = _int(self.settings.value("collections/last"), -1)
        return self.library.collection(last) if last >= 0 else None

    def _fill_add_to_menu(self) -> None:
        menu = self.add_to_menu
        menu.clear()
        for c in self.library.collections():
            action = menu.addAction(f"{c.name}  ({c.count})")
            action.triggered.connect(lambda _checked=False, cid=c.id: self.add_to_collection(cid))
        if not menu.isEmpty():
            menu.addSeparator()
        menu.addAction(self.new_collection_action)

    def _suggested_name(self) -> str:
        chips = sorted(self.proxy.still_filter.characters)
        if chips:
            return " & ".join(chips)
        return f"Collection {len(self.library.collections()) + 1}"

    def add_to_collection(self, collection_id: int | None = None, stills: Sequence[Still] | None = None) -> None:
        """Add the selected stills to a collection: the one given, else the last one used,
        else a new one (named by the user)."""
        stills = list(stills if stills is not None else self.selected_stills())
        if not stills:
            self.statusBar().showMessage("Select stills to add to a collection", 4000)
            return
        if not self.library.available:
            self.statusBar().showMessage("Collections are unavailable: the library cannot be opened", 6000)
            return
        if collection_id is None:
            last = self._last_collection()
            if last is None:
                self.new_collection(stills)
                return
            collection_id = last.id
        self._add_stills(collection_id, stills)

    def _on_stills_dropped(self, collection_id: int, files: list[str]) -> None:
        """Stills dragged from the grid onto a collection in the side list."""
        if self.kit is None:
            return
        stills = [still for still in map(self.kit.still, files) if still is not None]
        if stills:
            self.add_to_collection(collection_id, stills)

    def new_collection(self, stills: Sequence[Still] | None = None) -> int | None:
        """Ask for a name, make the collection, put the selected stills in it."""
        if not self.library.available:
            self.statusBar().showMessage("Collections are unavailable: the library cannot be opened", 6000)
            return None
        stills = list(stills if stills is not None else self.selected_stills())
        name = self.prompter.collection_name("New Collection", "Name of the new collection:", self._suggested_name())
        if not name:
            return None
        created = self.library.create_collection(name)
        if created is None:
            self.statusBar().showMessage("Could not make the collection", 6000)
            return None
        self.settings.setValue("collections/last", created.id)
        if stills:
            self._add_stills(created.id, stills)
        else:
            self._refresh_collections()
            self.statusBar().showMessage(f"Made the collection “{created.name}”", 4000)
        return created.id

    def _add_stills(self, collection_id: int, stills: Sequence[Still]) -> None:
        view = self.kit
        hashes = {s.file: self._hashes[s.file] for s in stills if s.file in self._hashes}
        unknown = [s for s in stills if s.file not in hashes and not s.error]
        if not unknown:
            self._store_in_collection(collection_id, view, stills, hashes)
            return
        library = self.library

        def work() -> dict[str, str]:
            found = {}
            for still in unknown:
                try:
                    found[still.file] = library.hash_of(*origin_of(view, still))
                except (OSError, kits.MemberError):
                    continue
            return found

        def done(found: dict[str, str]) -> None:
            hashes.update(found)
            self._store_in_collection(collection_id, view, stills, hashes)

        self.statusBar().showMessage("Adding to the collection…")
        self.runner.run(
            work,
            done,
            lambda error: self.statusBar().showMessage(f"Could not add: {describe_error(error)}", 6000),
            interactive=True,
            priority=4,
            name="hash for a collection",
        )

    def _store_in_collection(
        self, collection_id: int, view: Any, stills: Sequence[Still], hashes: dict[str, str]
    ) -> None:
        entries = []
        for still in stills:
            sha = hashes.get(still.file)
            if not sha:
                continue
            if isinstance(view, CompoundKit):
                member = view.member(still.file)
                if member is None:
                    continue
                entries.append((sha, member.kit_path, member.still))
            else:
                entries.append((sha, str(view.path), still))
        added = self.library.add_to_collection(collection_id, entries)
        self.settings.setValue("collections/last", collection_id)
        self._refresh_collections()
        info = self.library.collection(collection_id)
        name = info.name if info else "the collection"
        text = f"Added {self._count(added)} to “{name}”"
        if len(entries) > added:
            text += f" ({self._count(len(entries) - added)} already there)"
        if len(stills) > len(entries):
            text += f"; {self._count(len(stills) - len(entries))} could not be read"
        self.statusBar().showMessage(text, 5000)

    def open_collection(self, collection_id: int, reload: bool = False) -> None:
        """Show a collection as its own grid (its stills found in their kits in the background).
        The one on show is not opened again unless ``reload``."""
        info = self.library.collection(collection_id)
        if info is None:
            self._refresh_collections()
            return
        shown = isinstance(self.kit, CompoundKit) and self.kit.collection_id == collection_id
        if shown and self.collection_id == collection_id and not reload:
            return
        self._generation += 1
        generation = self._generation
        self._loading = None
        self.collection_id = collection_id
        self.sidebar.set_current(collection_id)
        self.message_page.show_message(f"Opening “{info.name}”…", "Finding its stills in their kits", progress=True)
        self.stack.setCurrentWidget(self.message_page)
        self.details.show_empty(loading=True, what="collection")
        library, catalog_factory = self.library, self.catalog_factory

        def load(progress: Callable[[int, int], None]) -> tuple[CompoundKit, FilterIndex]:
            catalog = catalog_factory() if catalog_factory is not None else None
            compound = resolve_collection(
                library,
                collection_id,
                catalog,
                progress,
                cancelled=lambda: generation != self._generation,
                isolation=self.isolation,
            )
            return compound, FilterIndex(compound.stills)

        self.runner.run(
            load,
            lambda loaded: self._on_collection_loaded(generation, collection_id, *loaded),
            lambda error: self._on_collection_failed(generation, info.name, error),
            interactive=True,
            priority=10,
            wanted=lambda: generation == self._generation,
            on_progress=lambda done, total: self._on_kit_progress(generation, done, total),
            name=f"collection {collection_id}",
        )

    def _on_collection_loaded(self, generation: int, collection_id: int, kit: CompoundKit, index: FilterIndex) -> None:
        if generation != self._generation:
            return
        self.statusBar().clearMessage()
        self._show_view(kit, generation, index, collection_id)
        missing = sum(1 for s in kit.stills if s.error == MISSING)
        if missing:
            self.statusBar().showMessage(
                f"{self._count(missing)} of this collection cannot be found: open their kit where it is now,"
                " or use Collection ▸ Locate Missing Stills…",
                12000,
            )
        self.collectionLoaded.emit(kit)

    def _on_collection_failed(self, generation: int, name: str, error: BaseException) -> None:
        if generation != self._generation or isinstance(error, Cancelled):
            return
        log.error("opening the collection %s failed", name, exc_info=error)
        self.message_page.show_message(f"Could not open “{name}”", describe_error(error))
        self.stack.setCurrentWidget(self.message_page)

    def show_kit(self) -> None:
        """Back from a collection to the kit opened last."""
        if self.base_kit is None:
            return
        if self.collection_id is None and self.kit is self.base_kit:
            self.sidebar.set_current(None)
            return
        if self._base_partial and self.kit_path is not None:
            self.open_path(self.kit_path)  # only its first screen was read before the user left it
            return
        self._generation += 1
        self._show_view(self.base_kit, self._generation, self._base_index, None)

    def _current_collection_id(self, collection_id: int | None) -> int | None:
        if collection_id is not None:
            return collection_id
        return self.sidebar.selected_id() if self.collection_id is None else self.collection_id

    def rename_collection(self, collection_id: int | None = None) -> None:
        cid = self._current_collection_id(collection_id)
        info = self.library.collection(cid) if cid is not None else None
        if info is None:
            return
        name = self.prompter.collection_name("Rename Collection", "New name:", info.name)
        if not name or name == info.name:
            return
        name = self.library.rename_collection(info.id, name)
        self._refresh_collections()
        if self.collection_id == info.id:
            if isinstance(self.kit, CompoundKit):
                self.kit.set_title(name)
            self.setWindowTitle(f"{name} — Collection — {APP_NAME}")
        self.statusBar().showMessage(f"Renamed “{info.name}” to “{name}”", 4000)

    def delete_collection(self, collection_id: int | None = None) -> None:
        cid = self._current_collection_id(collection_id)
        info = self.library.collection(cid) if cid is not None else None
        if info is None or not self.prompter.confirm_delete_collection(info.name, info.count):
            return
        self.library.delete_collection(info.id)
        if _int(self.settings.value("collections/last"), -1) == info.id:
            self.settings.remove("collections/last")
        if self.collection_id == info.id:
            self.collection_id = None
            if self.base_kit is not None:
                self.show_kit()
            else:
                self.kit = None
                self.model.set_stills([])
                self.message_page.show_message(
                    "No kit open",
                    "Open a folder or ZIP of stills, or drop one here.",
                    buttons=[self.open_folder_action],
                )
                self.stack.setCurrentWidget(self.message_page)
        self._refresh_collections()
        self.statusBar().showMessage(f"Deleted the collection “{info.name}”", 4000)

    def move_collection(self, collection_id: int | None, offset: int) -> None:
        cid = self._current_collection_id(collection_id)
        if cid is None:
            return
        self.library.move_collection(cid, offset)
        self._refresh_collections()
        self.sidebar.set_current(self.collection_id, keep_selection=cid)

    def _on_collections_reordered(self, ids: list[int]) -> None:
        # (The list already shows the new order; rebuilding it inside its own drop would pull
        # the rows out from under the drag.)
        self.library.reorder_collections(ids)
        self._update_actions()

    def remove_from_collection(self) -> None:
        """Take the selected stills out of the collection on show (Delete)."""
        kit = self.kit
        if self.collection_id is None or not isinstance(kit, CompoundKit):
            return
        chosen = {s.file for s in self.selected_stills()}
        hashes = {kit.sha256(f) for f in chosen} - {None}
        if not hashes:
            return
        self.library.remove_from_collection(self.collection_id, hashes)  # type: ignore[arg-type]
        rest = [m for m in kit.members if m.sha256 not in hashes]
        shown = CompoundKit(kit.title, rest, kit.collection_id)
        self._generation += 1
        self._show_view(shown, self._generation, None, self.collection_id)
        self._refresh_collections()
        self.statusBar().showMessage(f"Removed {self._count(len(hashes))} from “{kit.title}”", 4000)

    def move_in_collection(self, step: int) -> None:
        """Move the selected stills one place earlier (-1) or later (+1) in the collection on
        show (its own order: the one export numbers and contact sheets follow)."""
        kit = self.kit
        if self.collection_id is None or not isinstance(kit, CompoundKit) or self._sort != "original":
            return
        chosen = {s.file for s in self.selected_stills()}
        if not chosen:
            return
        order = [m.key for m in kit.members]
        shown = set(self.proxy.files()) if self.proxy.is_filtered else None
        moved = shift_chosen(order, chosen, step, shown)
        if moved == order:
            return
        old_row = {key: row for row, key in enumerate(order)}
        kit.reorder(moved)
        self.library.reorder_items(self.collection_id, [m.sha256 for m in kit.members if m.sha256])
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
        kit = self.kit
        if self.collection_id is None or not isinstance(kit, CompoundKit):
            return
        missing = sum(1 for s in kit.stills if s.error == MISSING)
        if not missing:
            self.statusBar().showMessage("Every still of this collection is where it was", 4000)
            return
        start = str(kit.path.parent if kit.path.parent.exists() else Path.home())
        folder = self.prompter.choose_folder("Locate the Kit of the Missing Stills", start)
        if not folder:
            return
        library, catalog_factory, cid = self.library, self.catalog_factory, self.collection_id

        def work() -> int:
            catalog = catalog_factory() if catalog_factory is not None else None
            found = kits.open_kit(folder, catalog=catalog, isolation=self.isolation)
            return len(identify(found, library))

        def done(_count: int) -> None:
            def report(shown: Any) -> None:
                self.collectionLoaded.disconnect(report)
                still_missing = sum(1 for s in shown.stills if s.error == MISSING)
                self.statusBar().showMessage(
                    f"Found {self._count(missing - still_missing)} of {self._count(missing)} missing", 6000
                )

            self.collectionLoaded.connect(report)
            self.open_collection(cid, reload=True)

        self.statusBar().showMessage(f"Looking in {folder}…")
        self.runner.run(
            work,
            done,
            lambda error: self.statusBar().showMessage(f"Could not look in {folder}: {describe_error(error)}", 8000),
            interactive=True,
            priority=6,
            name=f"locate in {folder}",
        )

    # -- embargoes, export and contact sheets -------------------------------------------------------------
    def _embargo_gate(self, stills: Sequence[Still], doing: str) -> list[Still] | None:
        """The stills to go on with: embargoed ones only if the user says so. None: stop."""
        held = embargoed(stills, self.model.today)
        if not held:
            return list(stills)
        answer = self.prompter.embargo(held, doing, len(stills))
        if answer == INCLUDE:
            return list(stills)
        if answer == EXCLUDE:
            out = {s.file for s in held}
            kept = [s for s in stills if s.file not in out]
            self.statusBar().showMessage(f"Left out {self._count(len(held))} under embargo", 5000)
            return kept or None
        self.statusBar().showMessage(f"Stopped: {self._count(len(held))} under embargo", 5000)
        return None

    def _stills_to_export(self, everything: bool) -> list[Still]:
        if everything:
            return (
                self.proxy.stills()
                if self.collection_id is None
                else [self.model.still_at(r) for r in range(self.model.rowCount())]
            )
        return self.selected_stills() or self.proxy.stills()

    def _export_items(self, stills: Sequence[Still]) -> tuple[list[ExportItem], int]:
        items, missing = [], 0
        for still in stills:
            try:
                kit, real = origin_of(self.kit, still)
            except kits.MemberError:
                missing += 1
                continue
            items.append(ExportItem(kit, real, kit.title))
        return items, missing

    def export_stills(self, everything: bool = False) -> BackgroundJob | None:
        """Copy the selected stills (none selected: all shown; ``everything``: the whole
        collection) to a folder the user picks, with caption and contact sheets."""
        if self.kit is None:
            return None
        if self.export_job is not None and self.export_job.running:
            self.statusBar().showMessage("An export is still running", 4000)
            return None
        stills = self._embargo_gate(self._stills_to_export(everything), "export")
        if not stills:
            return None
        items, missing = self._export_items(stills)
        if not items:
            self.statusBar().showMessage("Nothing to export: those stills cannot be found", 6000)
            return None
        s = self.settings
        defaults = ExportChoices(
            folder=str(s.value("export/folder") or ""),
            rename=_bool(s.value("export/rename"), False),
            pattern=str(s.value("export/pattern") or ExportChoices().pattern),
            caption_sheet=_bool(s.value("export/captionSheet"), True),
            contact_sheet=_bool(s.value("export/contactSheet"), False),
        )
        style, language = self.caption_style, self.caption_language()
        note = f"Captions as “{style.example('Caption', 'X')}”"
        note += f", in {language_name(language)}" if language and language != "x-default" else ""
        note += " (Edit ▸ Caption Style)."
        if missing:
            note += f" {self._count(missing)} cannot be found and will be left out."
        choices = self.prompter.export_options(
            len(items),
            usage_terms(s for s in stills if s.error != MISSING),
            defaults,
            lambda pattern: pattern_name(pattern, items[0], 1, len(items)),
            note,
        )
        if choices is None or not choices.folder:
            return None
        inside = self._kit_containing(choices.folder, items)
        if inside is not None:
            message = f"Choose a folder outside the kit “{inside}”: the copies would become part of it."
            self.statusBar().showMessage(f"Not exported. {message}", 10000)
            box = QMessageBox(QMessageBox.Icon.Warning, APP_NAME, "Not exported.", parent=self)
            box.setInformativeText(message)
            box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            box.open()
            return None
        s.setValue("export/folder", choices.folder)
        s.setValue("export/rename", choices.rename)
        s.setValue("export/pattern", choices.pattern)
        s.setValue("export/captionSheet", choices.caption_sheet)
        s.setValue("export/contactSheet", choices.contact_sheet)
        sheet = None
        if choices.contact_sheet:
            title, subtitle = self._sheet_titles(stills)
            sheet = SheetSpec(
                title,
                subtitle,
                format_date(dt.date.today()),
                sheet_items(self.kit, stills, style, language, self.model.marks(), self.model.today),
                self.thumbnail_cache,
            )
        state = ExportProgress()
        job = BackgroundJob(
            self.runner,
            self,
            "Exporting Stills",
            f"Copying {self._count(len(items))}…",
            describe=lambda: (
                "Making the contact sheet…"
                if state.name.endswith(".pdf")
                else "Writing the caption sheets…"
                if state.name == "captions.csv"
                else f"Copying {state.name} ({state.index} of {state.count})…"
            ),
        )
        job.finished.connect(lambda outcome: self._on_export_finished(outcome, choices.folder))
        job.failed.connect(self._on_export_failed)
        job.cancelled.connect(self._on_export_cancelled)
        job.progressed.connect(self.exportProgress)
        self.export_job = job
        job.start(
            export_with_sheets(
                items,
                choices.folder,
                choices.pattern if choices.rename else None,
                choices.caption_sheet,
                style,
                language,
                sheet,
                state,
            ),
            "export",
        )
        return job

    @staticmethod
    def _kit_containing(folder: str, items: Sequence[ExportItem]) -> str | None:
        """The title of a folder kit that ``folder`` is in (exporting there would change the kit)."""
        try:
            target = Path(folder).expanduser().resolve()
        except (OSError, RuntimeError):
            return None
        seen: set[int] = set()
        for item in items:
            if id(item.kit) in seen:
                continue
            seen.add(id(item.kit))
            root = Path(item.kit.path)
            if root.is_dir():
                try:
                    if target == root.resolve() or root.resolve() in target.parents:
                        return item.kit_title or root.name
                except (OSError, RuntimeError):
                    continue
        return None

    def _on_export_finished(self, outcome: ExportOutcome, folder: str) -> None:
        self.last_export = outcome
        report = outcome.report
        sheets = ", ".join(p.name for p in report.sheets)
        text = f"Exported {self._count(len(report.files))} to {folder}"
        if sheets:
            text += f" with {sheets}"
        if report.failed:
            text += f"; {self._count(len(report.failed))} could not be read"
            box = QMessageBox(QMessageBox.Icon.Warning, APP_NAME, text, parent=self)
            box.setDetailedText("\n".join(f"{f}: {why}" for f, why in report.failed))
            box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            box.open()
        self.statusBar().showMessage(text, 10000)
        self.exportFinished.emit(outcome)

    def _on_export_failed(self, message: str) -> None:
        self.statusBar().showMessage(f"Export failed, nothing was left behind: {message}", 10000)
        box = QMessageBox(QMessageBox.Icon.Warning, APP_NAME, "The export failed.", parent=self)
        box.setInformativeText(f"{message}\n\nThe files it had copied were removed.")
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()
        self.exportFailed.emit(message)

    def _on_export_cancelled(self) -> None:
        self.statusBar().showMessage("Export cancelled: the files it had copied were removed", 6000)
        self.exportCancelled.emit()

    def _sheet_titles(self, stills: Sequence[Still]) -> tuple[str, str]:
        n = self._count(len(stills))
        if isinstance(self.kit, CompoundKit):
            kits_titles = " · ".join(k.title for k in self.kit.kits)
            return self.kit.title, f"Collection of {n}" + (f" from {kits_titles}" if kits_titles else "")
        title = self.kit.title if self.kit is not None else APP_NAME
        total = self.model.rowCount()
        return title, n if len(stills) == total else f"{n} of {total}"

    def make_contact_sheet(self) -> BackgroundJob | None:
        """The stills shown (filtered, in grid order) as a PDF contact sheet."""
        if self.kit is None or (self.sheet_job is not None and self.sheet_job.running):
            return None
        stills = self._embargo_gate(self.proxy.stills(), "put on the contact sheet")
        if not stills:
            return None
        title, subtitle = self._sheet_titles(stills)
        folder = str(self.settings.value("export/sheetFolder") or self.settings.value("export/folder") or Path.home())
        start = str(Path(folder) / safe_name(f"{title} contact sheet.pdf"))
        path = self.prompter.save_pdf("Save Contact Sheet", start)
        if not path:
            return None
        self.settings.setValue("export/sheetFolder", str(Path(path).parent))
        items = sheet_items(
            self.kit, stills, self.caption_style, self.caption_language(), self.model.marks(), self.model.today
        )
        cache, date_text = self.thumbnail_cache, format_date(dt.date.today())
        job = BackgroundJob(
            self.runner, self, "Contact Sheet", f"Making the contact sheet of {self._count(len(items))}…"
        )
        job.finished.connect(lambda pages: self._on_sheet_finished(path, pages))
        job.failed.connect(lambda message: self.statusBar().showMessage(f"Contact sheet failed: {message}", 10000))
        job.cancelled.connect(lambda: self.statusBar().showMessage("Contact sheet cancelled", 4000))
        self.sheet_job = job
        job.start(
            lambda progress, cancelled: render_contact_sheet(
                path, title, subtitle, items, cache, date_text, progress, cancelled
            ),
            "contact sheet",
        )
        return job

    def _on_sheet_finished(self, path: str, pages: int) -> None:
        self.statusBar().showMessage(
            f"Saved the contact sheet ({pages} page{'s' if pages != 1 else ''}): {path}", 10000
        )
        self.contactSheetFinished.emit(path)

    @staticmethod
    def _count(n: int) -> str:
        return f"{_n(n)} still" if n == 1 else f"{_n(n)} stills"

    # -- context menu, sidebar -------------------------------------------------------------------------
    def _on_grid_menu(self, pos: Any) -> None:
        index = self.grid.indexAt(pos)
        if index.isValid() and not self.grid.selectionModel().isSelected(index):
            self.grid.setCurrentIndex(index)
        menu = QMenu(self)
        menu.addAction(self.copy_caption_action)
        menu.addAction(self.copy_image_action)
        menu.addSeparator()
        menu.addMenu(self.rating_menu)
        menu.addAction(self.pick_action)
        menu.addSeparator()
        menu.addAction(self.add_to_collection_action)
        menu.addMenu(self.add_to_menu)
        if self.collection_id is not None:
            menu.addAction(self.remove_from_collection_action)
            menu.addAction(self.move_earlier_action)
            menu.addAction(self.move_later_action)
        menu.addSeparator()
        menu.addAction(self.export_action)
        menu.addAction(self.contact_sheet_action)
        menu.popup(self.grid.viewport().mapToGlobal(pos))

    def set_sidebar_visible(self, visible: bool) -> None:
        self.sidebar.setVisible(visible)

    def _on_related_activated(self, file: str) -> None:
        """A related still was clicked in the details: select it in the grid (clearing a
        filter that hides it)."""
        if not self.proxy.index_of(file).isValid() and self.proxy.is_filtered:
            self.filter_bar.clear()
        if self.select_file(file):
            self.grid.setFocus(Qt.FocusReason.OtherFocusReason)

    # -- help ------------------------------------------------------------------------------------------
    def shortcut_groups(self) -> list[ShortcutGroup]:
        """What Help ▸ Keyboard Shortcuts lists: the menus' actions with keys, then the keys of the
        grid, the collections list, the search box and the slideshow. Made from the actions
        themselves, so it says what the keys are on this platform today."""
        grid_actions = [a for a in self.grid.actions() if a.shortcuts()]
        groups, listed = menu_groups(self.menuBar(), exclude=grid_actions)
        others = [a for a in self.actions() if a.shortcuts() and a not in listed and a not in grid_actions]
        if others:
            groups.append(ShortcutGroup("Window", action_rows(others)))
        grid_rows = action_rows(grid_actions)
        grid_rows[:0] = [
            ShortcutRow("Start the slideshow here (or double-click)", [key_text(Qt.Key.Key_Return)]),
            ShortcutRow("Move between stills", ["Arrow keys", key_text(Qt.Key.Key_Home), key_text(Qt.Key.Key_End)]),
            ShortcutRow("Select a run of stills", [f"{key_text(Qt.Key.Key_Shift)}+Arrow keys"]),
        ]
        groups.append(ShortcutGroup("In the grid", grid_rows))
        groups.append(ShortcutGroup("In the collections list", action_rows(self.sidebar.list.actions())))
        groups.append(ShortcutGroup("In the search box", self.filter_bar.shortcut_rows()))
        groups.append(slideshow_group())
        return [g for g in groups if g.rows]

    def show_shortcuts(self) -> ShortcutsDialog:
        """Help ▸ Keyboard Shortcuts: the sheet, beside the window (not modal)."""
        dialog = self.shortcuts_dialog
        if dialog is None or not dialog.isVisible():
            if dialog is not None:
                dialog.deleteLater()
            dialog = ShortcutsDialog(self.shortcut_groups(), self)
            self.shortcuts_dialog = dialog
        dialog.show()
        dialog.raise_()
        dialog.activateWindow()
        return dialog

    def show_about(self) -> QMessageBox:
        """Help ▸ About Stills."""
        if self.about_dialog is not None:
            self.about_dialog.deleteLater()
        box = about_box(self)
        self.about_dialog = box
        box.open()
        return box

    # -- closing ---------------------------------------------------------------------------------------
    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt override
        self.save_settings()
        self._generation += 1
        self._first_screen_done.set()
        self._identify_for = None  # a running identification stops at its next still
        for job in (self.export_job, self.sheet_job):
            if job is not None and job.running:
                job.cancel()  # the worker removes what it made before the runner's wait ends
        self.loader.shutdown()
        self.runner.shutdown()
        if self._owns_library:
            self.library.close()
        super().closeEvent(event)

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt override
        return QSize(1400, 900)


def _n(number: int) -> str:
    """A count with the user's digit grouping: 10,000."""
    return QLocale().toString(number)


def _int(value: Any, default: int) -> int:
    try:
        return int(value)
    except (TypeError, ValueError):
        return default


def _bool(value: Any, default: bool) -> bool:
    if value is None:
        return default
    if isinstance(value, bool):
        return value
    return str(value).lower() in ("1", "true", "yes")
