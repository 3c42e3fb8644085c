"""The main window: filter bar and grid on the left, details on the right, status bar below.

Opening a kit runs ``open_kit`` in the interactive pool, stamped with a generation;
the window stays responsive and shows progress, and a late answer for a kit the
user already replaced is dropped. Thumbnails are scheduled by ``ThumbnailLoader``
from the rows the grid reports on screen.
"""

from __future__ import annotations

import logging
import math
import os
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from PySide6.QtCore import QItemSelection, QLocale, QSettings, QSize, Qt, QTimer, QUrl, Signal
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

from gallery.core import imaging, press
from gallery.core import kit as kits
from gallery.core.catalog import Catalog
from gallery.core.filtering import FilterIndex, StillFilter
from gallery.core.still import Still
from gallery.ui.details import DetailsPanel
from gallery.ui.filterbar import FilterBar
from gallery.ui.grid import FileRole, StillDelegate, StillFilterProxy, StillGridView, StillListModel, StillRole
from gallery.ui.images import pil_to_qimage
from gallery.ui.slideshow import Slideshow, SlideshowOptions, SlideshowOptionsDialog
from gallery.ui.tasks import TaskRunner
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
    slideshowRequested(list stills, str start_file) (issue 4 connects the slideshow here).
    """

    kitLoaded = Signal(object)
    kitFailed = Signal(str)
    slideshowRequested = Signal(list, str)

    def __init__(
        self,
        settings: QSettings | None = None,
        thumbnail_cache: Any = None,
        runner: TaskRunner | None = None,
        catalog_factory: Callable[[], Any] | None = Catalog,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
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

        # Models and views.
        self.loader = ThumbnailLoader(self.runner, self.thumbnail_cache, self)
        self.model = StillListModel(self.loader, self)
        self.proxy = StillFilterProxy(self)
        self.proxy.setSourceModel(self.model)
        self.delegate = StillDelegate(self, DEFAULT_THUMB)
        self.grid = StillGridView(self.delegate)
        self.grid.setObjectName("grid")
        self.grid.setModel(self.proxy)
        self.filter_bar = FilterBar()
        self.details = DetailsPanel(self.runner)
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

        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setObjectName("mainSplitter")
        self.splitter.addWidget(left)
        self.splitter.addWidget(self.details)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 0)
        self.splitter.setCollapsible(0, False)
        self.splitter.setSizes([1000, 360])
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
        self._selection_timer = QTimer(self)
        self._selection_timer.setSingleShot(True)
        self._selection_timer.setInterval(0)
        self._selection_timer.timeout.connect(self._update_details)

        self._restore_settings()
        self._update_actions()
        self.message_page.show_message(
            "No kit open", "Open a folder or ZIP of stills, or drop one here.", buttons=[self.open_folder_action]
        )
        self.stack.setCurrentWidget(self.message_page)
        self.filter_bar.setEnabled(False)  # until a kit is open

    # -- construction ---------------------------------------------------------------------------
    def _action(self, text: str, slot: Any, shortcut: Any = None, tip: str = "") -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            if isinstance(shortcut, (list, tuple)):
                action.setShortcuts([QKeySequence(s) for s in shortcut])
            else:
                action.setShortcut(QKeySequence(shortcut))
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
        self.quit_action = self._action("&Quit", self.close, QKeySequence.StandardKey.Quit)
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

        self._zoom_group = QActionGroup(self)

    def _build_menus(self) -> None:
        bar = self.menuBar()
        file_menu = bar.addMenu("&File")
        file_menu.addAction(self.open_folder_action)
        file_menu.addAction(self.open_zip_action)
        self.recent_menu = file_menu.addMenu("Open &Recent")
        self.recent_menu.aboutToShow.connect(self._fill_recent_menu)
        file_menu.addSeparator()
        file_menu.addAction(self.quit_action)
        self._fill_recent_menu()

        edit_menu = bar.addMenu("&Edit")
        edit_menu.addAction(self.copy_caption_action)
        edit_menu.addAction(self.copy_image_action)
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
        view_menu.addSeparator()
        view_menu.addAction(self.slideshow_action)
        view_menu.addAction(self.slideshow_options_action)
        self.file_menu, self.edit_menu, self.view_menu = file_menu, edit_menu, view_menu

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
        button.setToolTip(
            f"{action.text().replace('&', '')} ({action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)})"
        )
        button.clicked.connect(action.trigger)
        action.changed.connect(lambda: button.setEnabled(action.isEnabled()))
        return button

    # -- settings ---------------------------------------------------------------------------------
    def _restore_settings(self) -> None:
        s = self.settings
        geometry = s.value("window/geometry")
        if geometry:
            self.restoreGeometry(geometry)
        else:
            self.resize(1400, 900)
        splitter = s.value("window/splitter")
        if splitter:
            self.splitter.restoreState(splitter)
        self.set_thumb_size(_int(s.value("view/thumbSize"), DEFAULT_THUMB))
        self.details_action.setChecked(_bool(s.value("view/details"), True))
        self.filter_bar_action.setChecked(_bool(s.value("view/filterBar"), True))
        self.filter_bar.set_keywords_visible(_bool(s.value("view/keywords"), False))
        self.details.set_language(s.value("details/language") or None)

    def save_settings(self) -> None:
        s = self.settings
        s.setValue("window/geometry", self.saveGeometry())
        s.setValue("window/splitter", self.splitter.saveState())
        s.setValue("view/thumbSize", self.delegate.thumb_width)
        s.setValue("view/details", self.details_action.isChecked())
        s.setValue("view/filterBar", self.filter_bar_action.isChecked())
        s.setValue("view/keywords", self.filter_bar.keywords_visible())
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

        def load(progress: Callable[[int, int], None]) -> tuple[Any, FilterIndex]:
            # One catalog per load: a Catalog is for one thread at a time, and two loads may overlap.
            catalog = catalog_factory() if catalog_factory is not None else None
            kit = kits.open_kit(path, progress, catalog=catalog)
            return kit, FilterIndex(kit.stills)  # folding 10,000 captions is worker work too

        self.runner.run(
            load,
            lambda loaded: self._on_kit_loaded(generation, path, *loaded),
            lambda error: self._on_kit_failed(generation, path, error),
            interactive=True,
            priority=10,
            wanted=lambda: generation == self._generation,
            on_progress=lambda done, total: self._on_kit_progress(generation, done, total),
            name=f"open {path}",
        )

    def is_loading(self) -> bool:
        return self._loading is not None

    def _on_kit_progress(self, generation: int, done: int, total: int) -> None:
        if generation != self._generation:
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
        self.kit = kit
        self.kit_path = path
        self.statusBar().clearMessage()
        self.loader.set_kit(kit, generation)
        self.details.set_kit(kit, generation, cast_of(kit), self.loader.pixmap)
        self.model.set_stills(kit.stills)
        self._embargoed = sum(1 for s in kit.stills if s.is_embargoed(self.model.today))
        if index is not None:
            self.proxy.set_filter_index(index)
        self.filter_bar.set_counts(kit.character_counts(), kit.keyword_counts(), cast_of(kit))
        self.proxy.set_still_filter(StillFilter())
        self.filter_bar.setEnabled(True)
        self.setWindowTitle(f"{kit.title or path.name} — {APP_NAME}")
        self.setWindowFilePath(str(path))
        self._remember_kit(path)
        self._show_grid_or_empty()
        self._on_rows_changed()
        if self.proxy.rowCount():
            first = self.proxy.index(0, 0)
            self.grid.setCurrentIndex(first)
            self.grid.scrollToTop()
        self.grid.setFocus(Qt.FocusReason.OtherFocusReason)
        self._update_actions()
        self.kitLoaded.emit(kit)

    def _on_kit_failed(self, generation: int, path: Path, error: BaseException) -> None:
        if generation != self._generation:
            return
        self._loading = None
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
            if self.model.rowCount() == 0:
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
        return text

    def _on_rows_changed(self) -> None:
        self.count_label.setText(self.count_text() if self.kit is not None else "")
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
        still = self.details.still()
        if still is not None and still.file in files:
            error = self.loader.error(still.file)
            if error:
                self.details.set_thumbnail_error(error)
            elif self.details.preview.pixmap() is None:
                self.details.preview.set_image(self.loader.pixmap(still.file))

    # -- zoom ---------------------------------------------------------------------------------------
    def thumb_size(self) -> int:
        return self.delegate.thumb_width

    def set_thumb_size(self, width: int) -> None:
        width = max(MIN_THUMB, min(MAX_THUMB, int(width)))
        self.zoom_slider.blockSignals(True)
        self.zoom_slider.setValue(width)
        self.zoom_slider.blockSignals(False)
        current = self.grid.currentIndex()
        self.grid.set_thumb_width(width)
        self.loader.set_bucket(bucket_for(math.ceil(width * self.devicePixelRatioF())))
        if current.isValid():
            QTimer.singleShot(0, lambda: self.grid.scrollTo(self.grid.currentIndex()))
        self.zoom_in_action.setEnabled(width < MAX_THUMB)
        self.zoom_out_action.setEnabled(width > MIN_THUMB)

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
        else:
            self.details.show_several(len(selected))
        self._update_actions()

    def _update_actions(self) -> None:
        has_selection = bool(self.kit is not None and self.grid.selectionModel().hasSelection())
        self.copy_caption_action.setEnabled(has_selection)
        self.copy_image_action.setEnabled(has_selection)
        self.select_all_action.setEnabled(self.proxy.rowCount() > 0)
        self.slideshow_action.setEnabled(self.slideshow_available and self.proxy.rowCount() > 0)

    # -- copy -------------------------------------------------------------------------------------------
    def copy_captions(self) -> str:
        """Put the selected stills' press captions on the clipboard ("CAPTION (Credit: X)", a paragraph each)."""
        stills = self.selected_stills()
        if not stills:
            return ""
        text = press.press_text(stills)
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
            lambda: pil_to_qimage(imaging.decode_image(kit, still, width, height)),
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
        show = Slideshow(self.kit, stills, start, self.runner, SlideshowOptions.load(self.settings), parent=self)
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

    # -- closing ---------------------------------------------------------------------------------------
    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt override
        self.save_settings()
        self._generation += 1
        self.loader.shutdown()
        self.runner.shutdown()
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
