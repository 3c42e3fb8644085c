"""The full-screen slideshow: stills decoded at screen size in the background, neighbours prefetched.

The picture on screen and the caption over it always belong to the same still: a step whose
image is not decoded yet keeps the previous picture (with a small "Loading" note) until the
right one lands, then swaps. Results are keyed by file and by the decode size, never by
position, so a late decode cannot put the wrong picture up.
"""

from __future__ import annotations

import random
import time
from collections import OrderedDict
from dataclasses import dataclass

from PySide6.QtCore import QEasingCurve, QRectF, QSettings, QSize, Qt, QTimer, QVariantAnimation, Signal
from PySide6.QtGui import (
    QCloseEvent,
    QColor,
    QCursor,
    QFont,
    QGuiApplication,
    QImage,
    QKeyEvent,
    QKeySequence,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPixmap,
    QResizeEvent,
    QScreen,
)
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QWidget,
)

from gallery.core.guard import Isolation
from gallery.core.imaging import ImageError
from gallery.core.kitview import KitView
from gallery.core.still import Still
from gallery.ui.images import decode_for_display, pil_to_qimage
from gallery.ui.tasks import Runner, TaskContext

PREFETCH_AHEAD = 2  # decoded ahead of the current still
PREFETCH_BEHIND = 1
CACHE_ENTRIES = 6
MIN_INTERVAL_S, MAX_INTERVAL_S = 1.0, 120.0
CURSOR_HIDE_MS = 1500
FADE_MS = 350


@dataclass
class SlideshowOptions:
    """What the user chose for slideshows; remembered in QSettings under ``slideshow/``."""

    interval_s: float = 5.0
    loop: bool = True
    shuffle: bool = False
    crossfade: bool = True
    screen: str = ""  # a screen's name; empty: the screen the main window is on
    skip_embargoed: bool = False

    @classmethod
    def load(cls, settings: QSettings) -> SlideshowOptions:
        defaults = cls()

        def raw(key: str, default: object) -> object:
            return settings.value(f"slideshow/{key}", default)

        def flag(key: str, default: bool) -> bool:
            value = raw(key, default)
            return value if isinstance(value, bool) else str(value).lower() in ("true", "1")

        def seconds(key: str, default: float) -> float:
            value = raw(key, default)
            try:
                interval = float(value) if isinstance(value, float | int) else float(str(value))
            except ValueError:
                return default
            return min(MAX_INTERVAL_S, max(MIN_INTERVAL_S, interval))

        return cls(
            interval_s=seconds("interval_s", defaults.interval_s),
            loop=flag("loop", defaults.loop),
            shuffle=flag("shuffle", defaults.shuffle),
            crossfade=flag("crossfade", defaults.crossfade),
            screen=str(raw("screen", defaults.screen) or ""),
            skip_embargoed=flag("skip_embargoed", defaults.skip_embargoed),
        )

    def save(self, settings: QSettings) -> None:
        for key, value in self.__dict__.items():
            settings.setValue(f"slideshow/{key}", value)


def slideshow_order(
    stills: list[Still], start: int, options: SlideshowOptions, rng: random.Random | None = None
) -> tuple[list[Still], int, list[Still]]:
    """The stills to show, the index to start at, and those skipped (unreadable, or embargoed if asked).

    The order is the grid's (filter and sort); shuffle keeps the chosen still first.
    """
    first = stills[start] if 0 <= start < len(stills) else None
    skipped = [s for s in stills if s.error or (options.skip_embargoed and s.held_back())]
    shown = [s for s in stills if s not in skipped]
    if options.shuffle and shown:
        rest = [s for s in shown if s is not first]
        (rng or random.Random()).shuffle(rest)
        shown = ([first] if first in shown else []) + rest
        return shown, 0, skipped
    if first in shown:
        return shown, shown.index(first), skipped
    # The chosen still is skipped: start at the next one that is shown.
    later = [s for s in stills[start:] if s in shown] if first else []
    return shown, shown.index(later[0]) if later else 0, skipped


@dataclass(frozen=True)
class SlideshowKey:
    """Keys of the slideshow that run one of its methods; ``text`` says what they do (Help ▸
    Keyboard Shortcuts lists them from here, so the sheet and the keys cannot disagree)."""

    keys: tuple[Qt.Key, ...]
    method: str
    text: str
    args: tuple[int, ...] = ()


#: Every key the slideshow answers (any modifiers), in the order the shortcuts sheet lists them.
SLIDESHOW_KEYS: tuple[SlideshowKey, ...] = (
    SlideshowKey((Qt.Key.Key_Right, Qt.Key.Key_PageDown), "next", "Next still"),
    SlideshowKey((Qt.Key.Key_Left, Qt.Key.Key_PageUp), "previous", "Previous still"),
    SlideshowKey((Qt.Key.Key_Home,), "first", "First still"),
    SlideshowKey((Qt.Key.Key_End,), "last", "Last still"),
    SlideshowKey((Qt.Key.Key_Space,), "toggle_pause", "Pause or play"),
    SlideshowKey((Qt.Key.Key_Plus, Qt.Key.Key_Equal), "change_interval", "A second longer on each still", (+1,)),
    SlideshowKey((Qt.Key.Key_Minus,), "change_interval", "A second shorter on each still", (-1,)),
    SlideshowKey((Qt.Key.Key_I,), "toggle_overlay", "Show or hide the caption and credit"),
    SlideshowKey((Qt.Key.Key_F, Qt.Key.Key_F11), "toggle_full_screen", "Full screen or a window"),
    SlideshowKey((Qt.Key.Key_Escape,), "leave", "Leave, selecting the still on screen in the grid"),
)

#: What the mouse does in the slideshow, for the shortcuts sheet: (button, what it does).
SLIDESHOW_CLICKS: tuple[tuple[str, str], ...] = (("Click", "Next still"), ("Right-click", "Previous still"))

_KEY_COMMANDS: dict[int, SlideshowKey] = {int(key): command for command in SLIDESHOW_KEYS for key in command.keys}


class Slideshow(QWidget):
    """A top-level window that shows stills one at a time.

    Signals: closed(file): the still on screen when the show ended (to select it in the grid);
    shown(file): a still's picture (or its error) is now on screen.
    """

    closed = Signal(str)
    shown = Signal(str)

    def __init__(
        self,
        kit: KitView,
        stills: list[Still],
        start: int,
        runner: Runner,
        options: SlideshowOptions,
        parent: QWidget | None = None,
        rng: random.Random | None = None,
        isolation: Isolation | None = None,
    ) -> None:
        """``isolation``: where stills are decoded (guard processes); None, in the worker thread."""
        super().__init__(parent, Qt.WindowType.Window)
        self.setWindowTitle("Slideshow — Stills")
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)
        self.setMouseTracking(True)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setAccessibleName("Slideshow")
        self.setAccessibleDescription(
            "; ".join(
                f"{' or '.join(QKeySequence(k).toString(QKeySequence.SequenceFormat.NativeText) for k in c.keys)}: "
                f"{c.text.lower()}"
                for c in SLIDESHOW_KEYS
            )
        )
        self.kit = kit
        self.runner = runner
        self.isolation = isolation
        self.options = options
        self.stills, self.index, self.skipped = slideshow_order(stills, start, options, rng)
        self.playing = True
        self.overlay = False
        self._generation = 0
        self._cache: OrderedDict[tuple[str, int, int], QPixmap | str] = OrderedDict()
        self._in_flight: set[tuple[str, int, int]] = set()
        self._displayed: Still | None = None
        self._displayed_pixmap: QPixmap | None = None
        self._displayed_error: str | None = None
        self._previous_pixmap: QPixmap | None = None
        self._fade = 1.0
        self._message = ""
        self._message_until = 0.0
        self._requested_at: float | None = None
        self.last_step_ms: float | None = None

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self._on_timer)
        self._cursor_timer = QTimer(self)
        self._cursor_timer.setSingleShot(True)
        self._cursor_timer.setInterval(CURSOR_HIDE_MS)
        self._cursor_timer.timeout.connect(self._hide_cursor)
        self._message_timer = QTimer(self)
        self._message_timer.setSingleShot(True)
        self._message_timer.timeout.connect(self.update)
        self._animation = QVariantAnimation(self)
        self._animation.setStartValue(0.0)
        self._animation.setEndValue(1.0)
        self._animation.setDuration(FADE_MS)
        self._animation.setEasingCurve(QEasingCurve.Type.InOutQuad)
        self._animation.valueChanged.connect(self._on_fade)

        if self.skipped:
            self.flash(f"{len(self.skipped)} still{'s' if len(self.skipped) != 1 else ''} skipped")

    # -- showing ---------------------------------------------------------------------------
    def start(self, full_screen: bool = True) -> None:
        """Show on the chosen screen and put up the first still."""
        screen = self._chosen_screen()
        if screen is not None:
            self.setScreen(screen)
            self.setGeometry(screen.geometry())
        if full_screen:
            self.showFullScreen()
        else:
            self.resize(1280, 800)
            self.show()
        self.activateWindow()
        self.setFocus()
        self._cursor_timer.start()
        if not self.stills:
            self._displayed_error = "No stills to show"
            self.update()
            return
        self._go(self.index)

    def _chosen_screen(self) -> QScreen | None:
        if self.options.screen:
            for screen in QGuiApplication.screens():
                if screen.name() == self.options.screen:
                    return screen
        parent = self.parentWidget()
        return parent.screen() if parent is not None else QGuiApplication.primaryScreen()

    @property
    def current(self) -> Still | None:
        return self.stills[self.index] if self.stills else None

    @property
    def displayed(self) -> Still | None:
        """The still whose picture (or error) is on screen now."""
        return self._displayed

    def _decode_size(self) -> tuple[int, int]:
        # Decode for the physical pixels of the screen, so high-DPI screens get a sharp picture.
        ratio = self.devicePixelRatioF()
        size = self.size() if self.isVisible() and self.width() > 100 else QSize(1920, 1080)
        return max(1, round(size.width() * ratio)), max(1, round(size.height() * ratio))

    def _key(self, still: Still) -> tuple[str, int, int]:
        w, h = self._decode_size()
        return still.file, w, h

    def _go(self, index: int) -> None:
        if not self.stills:
            return
        self.index = index % len(self.stills)
        self._requested_at = time.perf_counter()
        self._timer.stop()
        self._show_if_ready()
        self._prefetch()

    def _show_if_ready(self) -> None:
        still = self.current
        if still is None:
            return
        cached = self._cache.get(self._key(still))
        if cached is None:
            self._request(self.index, interactive=True)
            self.update()  # shows the "Loading" note over the previous picture
            return
        self._cache.move_to_end(self._key(still))
        if self._displayed is still and self._displayed_pixmap is cached:
            self._restart_timer()
            return
        self._previous_pixmap = self._displayed_pixmap
        self._displayed = still
        if isinstance(cached, QPixmap):
            self._displayed_pixmap, self._displayed_error = cached, None
        else:
            self._displayed_pixmap, self._displayed_error = None, cached
        if self.options.crossfade and self._previous_pixmap is not None and self.isVisible():
            self._animation.stop()
            self._fade = 0.0
            self._animation.start()
        else:
            self._fade = 1.0
        if self.isVisible():
            self.repaint()  # on screen now, not at the next event loop turn
        else:
            self.update()
        if self._requested_at is not None:
            self.last_step_ms = 1000 * (time.perf_counter() - self._requested_at)
            self._requested_at = None
        self.shown.emit(still.file)
        self._restart_timer()

    def _restart_timer(self) -> None:
        self._timer.stop()
        if self.playing:
            error_shown = self._displayed_error is not None
            interval = min(2.0, self.options.interval_s) if error_shown else self.options.interval_s
            self._timer.start(int(interval * 1000))

    def _prefetch(self) -> None:
        n = len(self.stills)
        offsets = [*range(1, PREFETCH_AHEAD + 1), *(-k for k in range(1, PREFETCH_BEHIND + 1))]
        for offset in offsets:
            if not self.options.loop and not 0 <= self.index + offset < n:
                continue
            self._request((self.index + offset) % n, interactive=False)

    def _request(self, position: int, interactive: bool) -> None:
        still = self.stills[position]
        key = self._key(still)
        if key in self._cache or key in self._in_flight:
            return
        self._in_flight.add(key)
        generation = self._generation
        kit = self.kit
        isolation = self.isolation
        width, height = key[1], key[2]

        def work(context: TaskContext) -> QImage:
            return pil_to_qimage(decode_for_display(isolation, kit, still, width, height))

        def wanted() -> bool:
            # Still near the current position? (A fast run of key presses leaves many behind.)
            if generation != self._generation or self.current is None:
                return False
            n = len(self.stills)
            distance = min((position - self.index) % n, (self.index - position) % n)
            return distance <= max(PREFETCH_AHEAD, PREFETCH_BEHIND)

        def on_result(image: QImage) -> None:
            self._store(key, QPixmap.fromImage(image), generation)

        def on_error(error: BaseException) -> None:
            reason = str(error) if isinstance(error, ImageError) else f"could not be shown ({type(error).__name__})"
            self._store(key, reason, generation)

        def on_settled() -> None:
            self._in_flight.discard(key)

        # The still the user is waiting for goes to the interactive pool, neighbours to the bulk pool.
        self.runner.run(
            work,
            on_result,
            on_error,
            interactive=interactive,
            priority=10 if interactive else 5,
            wanted=wanted,
            on_settled=on_settled,
            name=f"slideshow {still.file}",
        )

    def _store(self, key: tuple[str, int, int], value: QPixmap | str, generation: int) -> None:
        if generation != self._generation:
            return
        if isinstance(value, QPixmap):
            value.setDevicePixelRatio(self.devicePixelRatioF())
        self._cache[key] = value
        while len(self._cache) > CACHE_ENTRIES:
            self._cache.popitem(last=False)
        current = self.current
        if current is not None and key == self._key(current):
            self._show_if_ready()

    # -- commands ---------------------------------------------------------------------------
    def next(self) -> None:
        if self.stills and (self.options.loop or self.index < len(self.stills) - 1):
            self._go(self.index + 1)
        else:
            self.flash("End of the slideshow")

    def previous(self) -> None:
        if self.stills and (self.options.loop or self.index > 0):
            self._go(self.index - 1)

    def first(self) -> None:
        self._go(0)

    def last(self) -> None:
        self._go(len(self.stills) - 1)

    def toggle_pause(self) -> None:
        self.playing = not self.playing
        if self.playing:
            self._restart_timer()
            self.flash("Playing")
        else:
            self._timer.stop()
            self.flash("Paused")

    def change_interval(self, delta: float) -> None:
        self.options.interval_s = min(MAX_INTERVAL_S, max(MIN_INTERVAL_S, self.options.interval_s + delta))
        self.flash(f"Every {self.options.interval_s:g} s")
        if self.playing and self._displayed is not None:
            self._restart_timer()

    def toggle_overlay(self) -> None:
        self.overlay = not self.overlay
        self.update()

    def toggle_full_screen(self) -> None:
        if self.isFullScreen():
            self.showNormal()
            self.resize(1280, 800)
        else:
            self.showFullScreen()

    def flash(self, text: str, ms: int = 1500) -> None:
        """A short message in the corner (interval, paused, skipped...)."""
        self._message = text
        self._message_until = time.monotonic() + ms / 1000
        self._message_timer.start(ms)
        self.update()

    def overlay_text(self) -> tuple[str, str, str]:
        """(caption, credit line, characters) of the still on screen, as the overlay shows them."""
        still = self._displayed
        if still is None:
            return "", "", ""
        credit = f"Credit: {still.credit}" if still.credit else ""
        return still.caption or still.title or still.name, credit, ", ".join(still.characters)

    def _on_timer(self) -> None:
        if not self.playing:
            return
        if not self.options.loop and self.index >= len(self.stills) - 1:
            self.playing = False
            self.flash("End of the slideshow")
            return
        self.next()

    def _on_fade(self, value: float) -> None:
        self._fade = float(value)
        self.update()

    def leave(self) -> None:
        self.close()

    # -- events -----------------------------------------------------------------------------
    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt override
        command = _KEY_COMMANDS.get(event.key())
        if command is None:
            super().keyPressEvent(event)
            return
        getattr(self, command.method)(*command.args)
        event.accept()

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt override
        if event.button() == Qt.MouseButton.LeftButton:
            self.next()
        elif event.button() == Qt.MouseButton.RightButton:
            self.previous()
        self._show_cursor()

    def mouseMoveEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt override
        self._show_cursor()
        super().mouseMoveEvent(event)

    def _show_cursor(self) -> None:
        self.unsetCursor()
        self._cursor_timer.start()

    def _hide_cursor(self) -> None:
        self.setCursor(QCursor(Qt.CursorShape.BlankCursor))

    @property
    def cursor_hidden(self) -> bool:
        return self.cursor().shape() == Qt.CursorShape.BlankCursor

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt override
        super().resizeEvent(event)
        # A new size wants new decodes; keep showing what we have until they land.
        if self.current is not None and self._key(self.current) not in self._cache:
            QTimer.singleShot(0, lambda: self._go(self.index) if self.isVisible() else None)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt override
        self._generation += 1  # late decodes are dropped
        self._timer.stop()
        self._animation.stop()
        still = self._displayed or self.current
        self.closed.emit(still.file if still else "")
        super().closeEvent(event)

    # -- painting ---------------------------------------------------------------------------
    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt override
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(self.rect(), QColor(0, 0, 0))
        if self._fade < 1.0 and self._previous_pixmap is not None:
            painter.setOpacity(1.0 - self._fade)
            self._paint_pixmap(painter, self._previous_pixmap)
            painter.setOpacity(self._fade)
        if self._displayed_pixmap is not None:
            self._paint_pixmap(painter, self._displayed_pixmap)
        painter.setOpacity(1.0)
        if self._displayed_error is not None:
            self._paint_error(painter, self._displayed_error)
        if self.overlay and self._displayed is not None:
            self._paint_overlay(painter)
        current = self.current
        if current is not None and current is not self._displayed:
            self._paint_note(painter, "Loading…", top=False)
        if self._message and time.monotonic() < self._message_until:
            self._paint_note(painter, self._message, top=True)

    def _paint_pixmap(self, painter: QPainter, pixmap: QPixmap) -> None:
        ratio = pixmap.devicePixelRatio() or 1.0
        logical = QSize(round(pixmap.width() / ratio), round(pixmap.height() / ratio))
        fitted = logical.scaled(self.size(), Qt.AspectRatioMode.KeepAspectRatio)
        x = (self.width() - fitted.width()) / 2
        y = (self.height() - fitted.height()) / 2
        painter.drawPixmap(QRectF(x, y, fitted.width(), fitted.height()), pixmap, QRectF(pixmap.rect()))

    def _paint_error(self, painter: QPainter, reason: str) -> None:
        still = self._displayed
        painter.setPen(QColor(235, 235, 235))
        font = QFont(self.font())
        font.setPointSizeF(font.pointSizeF() * 1.6)
        painter.setFont(font)
        text = f"⚠  {still.name if still else ''}\n{reason}"
        painter.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter, text)

    def _paint_overlay(self, painter: QPainter) -> None:
        caption, credit, characters = self.overlay_text()
        margin = max(24, self.width() // 40)
        width = self.width() - 2 * margin
        font = QFont(self.font())
        font.setPointSizeF(max(12.0, font.pointSizeF() * 1.35))
        painter.setFont(font)
        flags = Qt.TextFlag.TextWordWrap | Qt.AlignmentFlag.AlignLeft
        caption_rect = painter.boundingRect(QRectF(0, 0, width, 10_000), flags, caption)
        small = QFont(font)
        small.setPointSizeF(font.pointSizeF() * 0.8)
        details = "   ·   ".join(t for t in (credit, characters, f"{self.index + 1} / {len(self.stills)}") if t)
        painter.setFont(small)
        details_rect = painter.boundingRect(QRectF(0, 0, width, 1000), flags, details)
        band = caption_rect.height() + details_rect.height() + 2.5 * margin / 2
        top = self.height() - band
        painter.fillRect(QRectF(0, top, self.width(), band), QColor(0, 0, 0, 170))
        painter.setPen(QColor(250, 250, 250))
        painter.setFont(font)
        painter.drawText(QRectF(margin, top + margin / 2, width, caption_rect.height()), flags, caption)
        painter.setPen(QColor(200, 200, 200))
        painter.setFont(small)
        y = top + margin / 2 + caption_rect.height() + margin / 4
        painter.drawText(QRectF(margin, y, width, details_rect.height()), flags, details)

    def _paint_note(self, painter: QPainter, text: str, top: bool) -> None:
        font = QFont(self.font())
        painter.setFont(font)
        metrics = painter.fontMetrics()
        w = metrics.horizontalAdvance(text) + 24
        h = metrics.height() + 12
        x = self.width() - w - 20
        y = 20 if top else self.height() - h - 20
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(20, 20, 20, 200))
        painter.drawRoundedRect(QRectF(x, y, w, h), 6, 6)
        painter.setPen(QColor(240, 240, 240))
        painter.drawText(QRectF(x, y, w, h), Qt.AlignmentFlag.AlignCenter, text)


class SlideshowOptionsDialog(QDialog):
    """Interval, loop, shuffle, crossfade, screen and embargo choices for slideshows."""

    def __init__(self, options: SlideshowOptions, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Slideshow Options")
        form = QFormLayout(self)
        self.interval = QDoubleSpinBox()
        self.interval.setRange(MIN_INTERVAL_S, MAX_INTERVAL_S)
        self.interval.setDecimals(1)
        self.interval.setSuffix(" s")
        self.interval.setValue(options.interval_s)
        self.interval.setAccessibleName("Interval between stills")
        self.loop = QCheckBox("Start again after the last still")
        self.loop.setChecked(options.loop)
        self.shuffle = QCheckBox("Shuffle")
        self.shuffle.setChecked(options.shuffle)
        self.crossfade = QCheckBox("Crossfade between stills")
        self.crossfade.setChecked(options.crossfade)
        self.skip_embargoed = QCheckBox("Skip embargoed stills")
        self.skip_embargoed.setChecked(options.skip_embargoed)
        self.screen_choice = QComboBox()
        self.screen_choice.setAccessibleName("Screen")
        self.screen_choice.addItem("The window's screen", "")
        for screen in QGuiApplication.screens():
            size = screen.size()
            self.screen_choice.addItem(f"{screen.name()} ({size.width()}×{size.height()})", screen.name())
        found = self.screen_choice.findData(options.screen)
        self.screen_choice.setCurrentIndex(max(0, found))
        form.addRow("Interval:", self.interval)
        form.addRow("", self.loop)
        form.addRow("", self.shuffle)
        form.addRow("", self.crossfade)
        form.addRow("", self.skip_embargoed)
        form.addRow("Screen:", self.screen_choice)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def options(self) -> SlideshowOptions:
        return SlideshowOptions(
            interval_s=self.interval.value(),
            loop=self.loop.isChecked(),
            shuffle=self.shuffle.isChecked(),
            crossfade=self.crossfade.isChecked(),
            screen=str(self.screen_choice.currentData() or ""),
            skip_embargoed=self.skip_embargoed.isChecked(),
        )
