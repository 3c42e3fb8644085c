"""The grid's thumbnails: which to load first (the rows on screen, a page either side and the
related stills in the details), their progress in the status bar, the first-screen handshake,
and the zoom (tile size, and the thumbnail size bucket that paints sharp at it)."""

from __future__ import annotations

import math
import threading
from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QLabel, QProgressBar, QSlider

from gallery.ui.details import DetailsPanel
from gallery.ui.grid import FileRole, StillDelegate, StillFilterProxy, StillGridView
from gallery.ui.i18n import translate
from gallery.ui.session import ViewSession
from gallery.ui.text import n_text
from gallery.ui.thumbnails import ThumbnailLoader, bucket_for

DEFAULT_THUMB = 216  # a tile of about 240 px
MIN_THUMB = 112
MAX_THUMB = 512
ZOOM_STEP = 1.18


class TileScheduling(QObject):
    """Tells the loader what is on screen and shows what it has done."""

    def __init__(
        self,
        session: ViewSession,
        views: tuple[StillGridView, StillFilterProxy, DetailsPanel],
        loader: ThumbnailLoader,
        first_screen: Callable[[], threading.Event],
        progress: tuple[QLabel, QProgressBar],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.session = session
        self.grid, self.proxy, self.details = views
        self.loader = loader
        self.first_screen = first_screen
        self.progress_label, self.progress_bar = progress
        self.grid.visibleRowsChanged.connect(self.on_visible_rows)
        loader.progressChanged.connect(self._on_progress)
        loader.thumbnailsChanged.connect(self._on_thumbnails_changed)

    def on_visible_rows(self, first: int, last: int) -> None:
        if self.session.kit is None:
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

    def _on_progress(self, done: int, total: int) -> None:
        busy = total > 0 and done < total
        self.progress_label.setVisible(busy)
        self.progress_bar.setVisible(busy)
        if busy:
            self.progress_label.setText(
                translate("Window", "Thumbnails {done}/{total}").format(done=n_text(done), total=n_text(total))
            )
            self.progress_bar.setRange(0, total)
            self.progress_bar.setValue(done)

    def _on_thumbnails_changed(self, files: list[str]) -> None:
        waiting = self.first_screen()
        if self.session.showing_first_screen and not waiting.is_set() and self.visible_tiles_done():
            waiting.set()
        self.details.refresh_related_thumbnails(files)
        still = self.details.still()
        if still is not None and still.file in files:
            error = self.loader.error(still.file)
            if error:
                self.details.set_thumbnail_error(error)
            elif self.details.preview.pixmap() is None:
                self.details.preview.set_image(self.loader.pixmap(still.file))

    def visible_tiles_done(self) -> bool:
        """Whether every tile on screen shows its picture (or why it has none)."""
        first, last = self.grid.visible_rows()
        for row in range(first, last + 1):
            file = self.proxy.index(row, 0).data(FileRole)
            if file and self.loader.pixmap(file) is None and not self.loader.error(file):
                return False
        return True


class Zoom(QObject):
    """View ▸ Zoom In/Out/Actual Size and the status bar's slider."""

    def __init__(
        self,
        grid: StillGridView,
        delegate: StillDelegate,
        loader: ThumbnailLoader,
        slider: QSlider,
        buttons: tuple[QAction, QAction],
        device_ratio: Callable[[], float],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.grid = grid
        self.delegate = delegate
        self.loader = loader
        self.slider = slider
        self.zoom_in_action, self.zoom_out_action = buttons
        self.device_ratio = device_ratio
        slider.setRange(MIN_THUMB, MAX_THUMB)
        slider.setValue(DEFAULT_THUMB)
        slider.valueChanged.connect(self.set_thumb_size)

    def thumb_size(self) -> int:
        return self.delegate.thumb_width

    def set_thumb_size(self, width: int) -> None:
        width = max(MIN_THUMB, min(MAX_THUMB, int(width)))
        self.slider.blockSignals(True)
        self.slider.setValue(width)
        self.slider.blockSignals(False)
        current = self.grid.currentIndex()
        self.grid.set_thumb_width(width)
        self.update_bucket()
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

    def thumbnail_pixels(self) -> int:
        """The width a thumbnail is painted at in device pixels (high-DPI screens have more)."""
        return math.ceil(self.delegate.thumb_width * self.device_ratio())

    def update_bucket(self) -> None:
        """Ask for thumbnails at least as wide as the tiles' device pixels, so they paint sharp."""
        self.loader.set_bucket(bucket_for(self.thumbnail_pixels()))
