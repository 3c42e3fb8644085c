"""View ▸ Start Slideshow (F11, Return on the grid) and View ▸ Slideshow Options: the
slideshow of the stills the filter leaves, from the current one; back on Escape."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QDialog, QWidget

from gallery.core.guard import Isolation
from gallery.core.still import Still
from gallery.ui.session import ViewSession
from gallery.ui.settings import Settings
from gallery.ui.slideshow import Slideshow, SlideshowOptions, SlideshowOptionsDialog
from gallery.ui.tasks import Runner


class SlideshowLaunch(QObject):
    """Starts the slideshow and returns to the still it ended on.

    Signals: requested(list stills, str start_file) before it starts; ended(str file) after it
    closed (``file``: the still it showed last, or "").
    """

    requested = Signal(list, str)
    ended = Signal(str)

    def __init__(
        self,
        session: ViewSession,
        runner: Runner,
        settings: Settings,
        stills: tuple[Callable[[], list[Still]], Callable[[], Still | None]],
        parent: QWidget,
        isolation: Isolation | None = None,
        language: Callable[[], str | None] = lambda: None,
    ) -> None:
        """``language``: the caption language the user picked (the overlay shows captions in it)."""
        super().__init__(parent)
        self.caption_language = language
        self.isolation = isolation  # where stills are decoded (guard processes), None: in-process
        self.session = session
        self.runner = runner
        self.settings = settings
        self.shown_stills, self.current_still = stills
        self.parent_widget = parent
        self.available = True
        self.slideshow: Slideshow | None = None

    def start(self, full_screen: bool = True) -> Slideshow | None:
        """A slideshow of the stills the filter leaves, in grid order, from the current one."""
        stills = self.shown_stills()
        kit = self.session.kit
        if not stills or kit is None:
            return None
        if self.slideshow is not None:
            self.slideshow.close()
        current = self.current_still()
        start = next((i for i, s in enumerate(stills) if current is not None and s.file == current.file), 0)
        self.requested.emit(stills, stills[start].file)
        options = SlideshowOptions.load(self.settings.store)
        show = Slideshow(
            kit, stills, start, self.runner, options, self.parent_widget, isolation=self.isolation,
            language=self.caption_language(),
        )  # fmt: skip
        show.closed.connect(self._on_closed)
        self.slideshow = show
        show.start(full_screen=full_screen)
        return show

    def _on_closed(self, file: str) -> None:
        if self.slideshow is not None:
            self.slideshow.options.save(self.settings.store)  # an interval changed with +/- is kept
        self.slideshow = None
        self.ended.emit(file)

    def edit_options(self) -> None:
        dialog = SlideshowOptionsDialog(SlideshowOptions.load(self.settings.store), self.parent_widget)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            dialog.options().save(self.settings.store)
