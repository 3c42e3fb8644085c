"""Opening kits: the folder and ZIP dialogs, the background load with its first-screen
handshake and progress, failures, the recent kits and kits dropped on the window.

A big kit's first screen is read and shown before the rest; the rest waits (a moment at most)
until the first screen's thumbnails are painted, since reading 10,000 catalog rows holds the
GIL the GUI thread needs to paint.
"""

from __future__ import annotations

import logging
import os
import threading
from collections.abc import Callable, Sequence
from pathlib import Path

from PySide6.QtCore import QEvent, QMimeData, QObject, Qt, QUrl, Signal
from PySide6.QtGui import QAction, QDragMoveEvent, QDropEvent
from PySide6.QtWidgets import QFileDialog, QMenu, QMessageBox, QWidget

from gallery.core import kit as kits
from gallery.core.catalog import Catalog
from gallery.core.filtering import FilterIndex
from gallery.core.guard import Isolation
from gallery.core.kit import Kit
from gallery.ui.i18n import translate
from gallery.ui.session import Stamp, ViewSession
from gallery.ui.settings import MAX_RECENT, Settings
from gallery.ui.tasks import Runner, TaskContext
from gallery.ui.text import n_text

log = logging.getLogger(__name__)

APP_NAME = "Stills"
#: A big kit's first stills are read and shown before the rest: at least this many (two
#: screens' worth when the grid holds more), enough to scroll a page while the rest arrive.
FIRST_SCREEN_STILLS = 200
#: How long the rest of a big kit waits for the first screen's thumbnails at most.
FIRST_SCREEN_WAIT_S = 0.5

Status = Callable[[str, int], None]
CatalogFactory = Callable[[], Catalog] | None


def is_kit_path(path: Path) -> bool:
    """What the window accepts when dropped or opened: a folder or a .zip file."""
    return path.is_dir() or (path.is_file() and path.suffix.lower() == ".zip")


def dropped_path(urls: Sequence[QUrl]) -> Path | None:
    """The first local kit (folder or ZIP) among dropped ``urls``."""
    for url in urls:
        if url.isLocalFile():
            path = Path(url.toLocalFile())
            if is_kit_path(path):
                return path
    return None


def drop_target(mime: QMimeData) -> Path | None:
    """The kit a drag carries, if any."""
    return dropped_path(mime.urls()) if mime.hasUrls() else None


class KitLoading(QObject):
    """Opens kits in the background, stamped by the session, and shows them through it.

    Signals: opening(str title, str detail) a load started; progressed(int done, int total);
    kit_loaded(object kit) the whole kit is on show; failed(str name, str message) a load failed
    (``name``: the kit's file name); kit_failed(str message).
    """

    opening = Signal(str, str)
    progressed = Signal(int, int)
    kit_loaded = Signal(object)
    failed = Signal(str, str)
    kit_failed = Signal(str)

    def __init__(
        self,
        session: ViewSession,
        runner: Runner,
        settings: Settings,
        catalog_factory: CatalogFactory,
        status: Status,
        rows_per_page: Callable[[], int],
        parent: QWidget,
        isolation: Isolation | None = None,
    ) -> None:
        super().__init__(parent)
        self.isolation = isolation  # where stills are decoded (guard processes), None: in-process
        self.session = session
        self.runner = runner
        self.settings = settings
        self.catalog_factory = catalog_factory
        self.status = status
        self.rows_per_page = rows_per_page
        self.parent_widget = parent
        self.loading: Path | None = None
        self.first_screen_done = threading.Event()  # set: that load may read the rest
        self.recent_menu: QMenu | None = None
        self.clear_recent_action: QAction | None = None

    # -- dialogs and drops ------------------------------------------------------------------------
    def _start_folder(self) -> str:
        path = self.session.kit_path
        return str(path.parent if path else Path.home())

    def choose_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(
            self.parent_widget, translate("KitLoading", "Open Press Kit Folder"), self._start_folder()
        )
        if folder:
            self.open_path(folder)

    def choose_zip(self) -> None:
        file, _ = QFileDialog.getOpenFileName(
            self.parent_widget,
            translate("KitLoading", "Open Press Kit ZIP"),
            self._start_folder(),
            translate("KitLoading", "ZIP archives (*.zip);;All files (*)"),
        )
        if file:
            self.open_path(file)

    # -- opening ------------------------------------------------------------------------------------
    def is_loading(self) -> bool:
        return self.loading is not None

    def open_path(self, path: str | os.PathLike[str]) -> None:
        """Open a folder or ZIP in the background; the window keeps working meanwhile."""
        path = Path(path).expanduser()
        stamp = self.session.advance()
        self.loading = path
        name = path.name or str(path)
        opening = translate("KitLoading", "Opening {name}…").format(name=name)
        self.opening.emit(opening, translate("KitLoading", "Reading captions and credits"))
        self.status(opening, 0)
        catalog_factory = self.catalog_factory
        first = max(FIRST_SCREEN_STILLS, 2 * self.rows_per_page())
        self.first_screen_done.set()  # a load still waiting for its first screen goes on (to be dropped)
        first_screen_done = self.first_screen_done = threading.Event()

        def load(context: TaskContext) -> tuple[Kit, FilterIndex]:
            # One catalog per load: a Catalog is for one thread at a time, and two loads may overlap.
            catalog = catalog_factory() if catalog_factory is not None else None

            def hand_over(head: Kit) -> None:
                context.partial(head)
                first_screen_done.wait(FIRST_SCREEN_WAIT_S)

            kit = kits.open_kit(
                path, context.progress, catalog=catalog, first=first, on_first=hand_over, isolation=self.isolation
            )
            return kit, FilterIndex(kit.stills, kit.characters_info())  # folding every caption is worker work too

        self.runner.run(
            load,
            lambda loaded: self._on_loaded(stamp, path, *loaded),
            lambda error: self._on_failed(stamp, path, error),
            interactive=True,
            priority=10,
            wanted=lambda: self.session.is_current(stamp),
            on_progress=lambda done, total: self.show_progress(stamp, done, total),
            on_partial=lambda head: self._on_head(stamp, path, head, first_screen_done),
            name=f"open {path}",
        )

    def _on_head(self, stamp: Stamp, path: Path, head: object, done: threading.Event) -> None:
        """The first screen of a big kit, read before the rest: shown at once, without filters
        (the chips need every still). In another sort than the kit's own, the first stills are
        not the first screen, so the grid waits for the whole kit."""
        assert isinstance(head, Kit)  # the load's partial result
        if not self.session.is_current(stamp) or self.session.sort != "original":
            done.set()  # (that load's own wait: a newer load has its own)
            return
        self.session.set_base(head, path, None, partial=True, replaces=True)
        self.session.show(head, None, collection_id=None)
        first = len(head.stills)  # (a plain name: pyside6-lupdate drops a plural counted by a call)
        showing = translate("KitLoading", "Showing the first %Ln still(s); reading the rest of the kit…", "", first)
        self.status(showing, 0)

    def show_progress(self, stamp: Stamp, done: int, total: int) -> None:
        """A load's progress (a kit's or a collection's), if it is still wanted."""
        if not self.session.is_current(stamp):
            return
        if self.session.showing_first_screen:
            kit = self.session.kit
            if kit is not None and done > len(kit.stills):
                self.status(self._reading_text(done, total), 0)
            return
        if total > 0:
            self.progressed.emit(done, total)
            self.status(self._reading_text(done, total), 0)

    @staticmethod
    def _reading_text(done: int, total: int) -> str:
        return translate("KitLoading", "Reading kit {done}/{total}").format(done=n_text(done), total=n_text(total))

    def _on_loaded(self, stamp: Stamp, path: Path, kit: Kit, index: FilterIndex | None = None) -> None:
        if not self.session.is_current(stamp):
            return  # the user opened something else meanwhile
        self.loading = None
        session = self.session
        head = session.kit.stills if session.showing_first_screen and session.kit is not None else None
        grown = head is not None and len(kit.stills) >= len(head)
        grown = grown and head is not None and all(a is b for a, b in zip(head, kit.stills[: len(head)], strict=True))
        self.status("", 0)
        session.set_base(kit, path, index, partial=False, replaces=not grown)
        if grown:
            session.grow(kit, index)
        else:
            session.show(kit, index, collection_id=None)
        self._remember(path)
        self.kit_loaded.emit(kit)

    def _on_failed(self, stamp: Stamp, path: Path, error: BaseException) -> None:
        if not self.session.is_current(stamp):
            return
        self.loading = None
        self.session.drop_first_screen()
        message = str(error) or type(error).__name__
        if not isinstance(error, kits.KitError):
            log.error("opening %s failed", path, exc_info=error)
        self.status(
            translate("KitLoading", "Could not open {name}: {reason}").format(name=path.name, reason=message), 8000
        )
        if self.session.kit is not None:
            box = QMessageBox(
                QMessageBox.Icon.Warning,
                APP_NAME,
                translate("KitLoading", "Could not open “{name}”.").format(name=path.name),
                parent=self.parent_widget,
            )
            box.setInformativeText(message)
            box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            box.open()
        self.failed.emit(path.name, message)
        self.kit_failed.emit(message)

    def close(self) -> None:
        """The window closes: a load waiting for its first screen goes on (to be dropped)."""
        self.first_screen_done.set()

    # -- recent kits ----------------------------------------------------------------------------------
    def recent_kits(self) -> list[str]:
        return self.settings.recent_kits

    def _remember(self, path: Path) -> None:
        text = str(path)
        recent = [p for p in self.recent_kits() if p != text]
        recent.insert(0, text)
        self.settings.recent_kits = recent[:MAX_RECENT]
        self.settings.last_kit = text

    def clear_recent(self) -> None:
        self.settings.recent_kits = []
        self.fill_recent_menu()

    def fill_recent_menu(self) -> None:
        menu, clear = self.recent_menu, self.clear_recent_action
        if menu is None or clear is None:
            return
        menu.clear()
        recent = self.recent_kits()
        for i, text in enumerate(recent):
            path = Path(text)
            action = menu.addAction(f"&{i + 1 if i < 9 else 0}  {path.name or text}")
            action.setToolTip(text)
            action.setStatusTip(text)
            action.setEnabled(path.exists())
            action.triggered.connect(lambda _checked=False, p=text: self.open_path(p))
        if recent:
            menu.addSeparator()
        menu.addAction(clear)
        clear.setEnabled(bool(recent))
        menu.setToolTipsVisible(True)


class KitDrops(QObject):
    """A folder or ZIP dropped on the window opens (installed as the window's event filter)."""

    def __init__(self, loading: KitLoading, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.loading = loading

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        kind = event.type()
        if kind in (QEvent.Type.DragEnter, QEvent.Type.DragMove) and isinstance(event, QDragMoveEvent):
            if drop_target(event.mimeData()) is not None:
                event.acceptProposedAction()
            else:
                event.ignore()
            return True
        if kind == QEvent.Type.Drop and isinstance(event, QDropEvent):
            self.drop(event)
            return True
        return super().eventFilter(watched, event)

    def drop(self, event: QDropEvent) -> None:
        path = drop_target(event.mimeData())
        if path is None:
            event.ignore()
            return
        event.acceptProposedAction()
        self.loading.open_path(path)
