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
from gallery.ui.i18n import QT_TRANSLATE_NOOP, translate
from gallery.ui.images import decode_for_display, pil_to_qimage
from gallery.ui.slideshowpaint import (
    held_back_badge,
    paint_badge,
    paint_error,
    paint_note,
    paint_overlay,
    paint_pixmap,
)
from gallery.ui.tasks import Runner, TaskContext
from gallery.ui.text import credit_line, n_text, shown_error

PREFETCH_AHEAD = 2  # decoded ahead of the current still
PREFETCH_BEHIND = 1
CACHE_ENTRIES = 6
MIN_INTERVAL_S, MAX_INTERVAL_S = 1.0, 120.0
CURSOR_HIDE_MS = 1500
FADE_MS = 350
#: Options stored under another key than their name. Every slideshow used to save all its
#: options, so "skip_embargoed" holds the old default (off) for nearly everyone, not a choice:
#: skipping (now the default) is read from a new key.
STORED_AS = {"skip_embargoed": "skipEmbargoed"}


@dataclass
class SlideshowOptions:
    """What the user chose for slideshows; remembered in QSettings under ``slideshow/``."""

    interval_s: float = 5.0
    loop: bool = True
    shuffle: bool = False
    crossfade: bool = True
    screen: str = ""  # a screen's name; empty: the screen the main window is on
    skip_embargoed: bool = True  # an embargoed still is not for a screen: skip it unless asked

    @classmethod
    def load(cls, settings: QSettings) -> SlideshowOptions:
        defaults = cls()

        def raw(key: str, default: object) -> object:
            return settings.value(f"slideshow/{STORED_AS.get(key, key)}", default)

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
            settings.setValue(f"slideshow/{STORED_AS.get(key, key)}", value)


def slideshow_order(
    stills: list[Still], start: int, options: SlideshowOptions, rng: random.Random | None = None
) -> tuple[list[Still], int, list[Still]]:
    """The stills to show, the index to start at, and those skipped (unreadable, or embargoed if asked).

    The order is the grid's (filter and sort); shuffle keeps the chosen still first (each
    further loop draws a new order: ``Slideshow``).
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
    SlideshowKey((Qt.Key.Key_Right, Qt.Key.Key_PageDown), "next", QT_TRANSLATE_NOOP("Slideshow", "Next still")),
    SlideshowKey((Qt.Key.Key_Left, Qt.Key.Key_PageUp), "previous", QT_TRANSLATE_NOOP("Slideshow", "Previous still")),
    SlideshowKey((Qt.Key.Key_Home,), "first", QT_TRANSLATE_NOOP("Slideshow", "First still")),
    SlideshowKey((Qt.Key.Key_End,), "last", QT_TRANSLATE_NOOP("Slideshow", "Last still")),
    SlideshowKey((Qt.Key.Key_Space,), "toggle_pause", QT_TRANSLATE_NOOP("Slideshow", "Pause or play")),
    SlideshowKey(
        (Qt.Key.Key_Plus, Qt.Key.Key_Equal),
        "change_interval",
        QT_TRANSLATE_NOOP("Slideshow", "A second longer on each still"),
        (+1,),
    ),
    SlideshowKey(
        (Qt.Key.Key_Minus,), "change_interval", QT_TRANSLATE_NOOP("Slideshow", "A second shorter on each still"), (-1,)
    ),
    SlideshowKey(
        (Qt.Key.Key_I,), "toggle_overlay", QT_TRANSLATE_NOOP("Slideshow", "Show or hide the caption and credit")
    ),
    SlideshowKey(
        (Qt.Key.Key_F, Qt.Key.Key_F11), "toggle_full_screen", QT_TRANSLATE_NOOP("Slideshow", "Full screen or a window")
    ),
    SlideshowKey(
        (Qt.Key.Key_Escape,),
        "leave",
        QT_TRANSLATE_NOOP("Slideshow", "Leave, selecting the still on screen in the grid"),
    ),
)

#: What the mouse does in the slideshow, for the shortcuts sheet: (button, what it does).
SLIDESHOW_CLICKS: tuple[tuple[str, str], ...] = (
    (QT_TRANSLATE_NOOP("Slideshow", "Click"), QT_TRANSLATE_NOOP("Slideshow", "Next still")),
    (QT_TRANSLATE_NOOP("Slideshow", "Right-click"), QT_TRANSLATE_NOOP("Slideshow", "Previous still")),
)

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
        language: str | None = None,
    ) -> None:
        """``isolation``: where stills are decoded (guard processes), None: in the worker thread;
        ``language``: the caption language the user picked (None: each still's default)."""
        super().__init__(parent, Qt.WindowType.Window)
        self.setWindowTitle(translate("Slideshow", "Slideshow — Stills"))
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)
        self.setMouseTracking(True)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setAccessibleName(translate("Slideshow", "Slideshow"))
        native, either = QKeySequence.SequenceFormat.NativeText, translate("Help", " or ")
        self.setAccessibleDescription(
            "; ".join(
                either.join(QKeySequence(k).toString(native) for k in c.keys)
                + ": "
                + translate("Slideshow", c.text).lower()
                for c in SLIDESHOW_KEYS
            )
        )
        self.kit = kit
        self.runner = runner
        self.isolation = isolation
        self.options = options
        self.caption_language = language
        self._rng = rng or random.Random()
        self.stills, self.index, self.skipped = slideshow_order(stills, start, options, self._rng)
        self._next_loop: list[Still] | None = None  # shuffle: the next loop's order, once drawn
        self._wanted_files: frozenset[str] = frozenset()  # read by workers: set on the GUI thread only
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
            held = sum(1 for still in self.skipped if not still.error)
            skipped = len(self.skipped)
            if held:
                text = translate("Slideshow", "%n still(s) skipped ({held} embargoed or expired)", "", skipped)
            else:
                text = translate("Slideshow", "%n still(s) skipped", "", skipped)
            self.flash(text.format(held=n_text(held)))

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
            held = sum(1 for s in self.skipped if not s.error)
            self._displayed_error = (
                translate(
                    "Slideshow",
                    "No stills to show: %n still(s) held back (embargoed or expired); "
                    "View ▸ Slideshow Options can show them",
                    "",
                    held,
                )
                if held
                else translate("Slideshow", "No stills to show")
            )
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
        self._wanted_files = frozenset(s.file for s in self._nearby())
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
            self._request(still, interactive=True)
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

    def _nearby(self) -> list[Still]:
        """The stills worth decoding now: the current one and its neighbours (across the end
        of a loop, those of the next loop's order)."""
        n = len(self.stills)
        after = self._next_loop_order() or self.stills
        found = []
        for offset in (0, *range(1, PREFETCH_AHEAD + 1), *(-k for k in range(1, PREFETCH_BEHIND + 1))):
            position = self.index + offset
            if not self.options.loop and not 0 <= position < n:
                continue
            found.append(after[(position - n) % n] if position >= n else self.stills[position % n])
        return found

    def _next_loop_order(self) -> list[Still] | None:
        """Shuffle and loop: the order of the next loop, drawn once (never starting on the
        still the loop ends on); otherwise None (the same order again)."""
        if not (self.options.shuffle and self.options.loop and len(self.stills) > 1):
            return None
        if self._next_loop is None:
            order = list(self.stills)
            self._rng.shuffle(order)
            if order[0] is self.stills[-1]:
                order.append(order.pop(0))
            self._next_loop = order
        return self._next_loop

    def _prefetch(self) -> None:
        for still in self._nearby()[1:]:
            self._request(still, interactive=False)

    def _request(self, still: Still, interactive: bool) -> None:
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
            # (Called in a worker thread: it only reads what the GUI thread set.)
            return generation == self._generation and still.file in self._wanted_files

        def on_result(image: QImage) -> None:
            self._store(key, QPixmap.fromImage(image), generation)

        def on_error(error: BaseException) -> None:
            reason = str(error) if isinstance(error, ImageError) else shown_error(error)
            self._store(key, reason, generation)

        def on_settled() -> None:
            self._in_flight.discard(key)
            # Dropped as unwanted while the show was elsewhere, and current again by now: ask again.
            current = self.current
            if generation == self._generation and current is not None and key == self._key(current):
                self._show_if_ready()  # (shows it if it landed meanwhile, else requests it)

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
        if self.stills and self.index == len(self.stills) - 1 and self._next_loop_order() is not None:
            # A new loop of a shuffled show: a new order.
            self.stills, self._next_loop = self._next_loop_order() or self.stills, None
            self._go(0)
        elif self.stills and (self.options.loop or self.index < len(self.stills) - 1):
            self._go(self.index + 1)
        else:
            self.flash(translate("Slideshow", "End of the slideshow"))

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
            self.flash(translate("Slideshow", "Playing"))
        else:
            self._timer.stop()
            self.flash(translate("Slideshow", "Paused"))

    def change_interval(self, delta: float) -> None:
        self.options.interval_s = min(MAX_INTERVAL_S, max(MIN_INTERVAL_S, self.options.interval_s + delta))
        self.flash(translate("Slideshow", "Every {seconds} s").format(seconds=f"{self.options.interval_s:g}"))
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
        """(caption, credit line, characters) of the still on screen, as the overlay shows them:
        the caption in the language the user picked (Edit ▸ Caption Language), else the default."""
        still = self._displayed
        if still is None:
            return "", "", ""
        language = self.caption_language
        caption = still.caption_in(language) or still.title_in(language) or still.name
        return caption, credit_line(still), ", ".join(still.characters)

    def badge_text(self) -> str:
        """The held-back badge on the still on screen, as the grid words it ("Embargoed until
        1 Dec 2031", "Expired"), or "": shown whatever the overlay setting."""
        return held_back_badge(self._displayed)

    def _on_timer(self) -> None:
        if not self.playing:
            return
        if not self.options.loop and self.index >= len(self.stills) - 1:
            self.playing = False
            self.flash(translate("Slideshow", "End of the slideshow"))
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
        area, font = QRectF(self.rect()), QFont(self.font())
        if self._fade < 1.0 and self._previous_pixmap is not None:
            painter.setOpacity(1.0 - self._fade)
            paint_pixmap(painter, self.size(), self._previous_pixmap)
            painter.setOpacity(self._fade)
        if self._displayed_pixmap is not None:
            paint_pixmap(painter, self.size(), self._displayed_pixmap)
        painter.setOpacity(1.0)
        if self._displayed_error is not None:
            still = self._displayed
            paint_error(painter, area, font, f"⚠  {still.name if still else ''}\n{self._displayed_error}")
        if self.overlay and self._displayed is not None:
            caption, credit, characters = self.overlay_text()
            details = "   ·   ".join(t for t in (credit, characters, f"{self.index + 1} / {len(self.stills)}") if t)
            paint_overlay(painter, area, font, caption, details)
        if badge := self.badge_text():
            paint_badge(painter, area, font, badge)
        current = self.current
        if current is not None and current is not self._displayed:
            paint_note(painter, area, font, translate("Slideshow", "Loading…"), top=False)
        if self._message and time.monotonic() < self._message_until:
            paint_note(painter, area, font, self._message, top=True)


class SlideshowOptionsDialog(QDialog):
    """Interval, loop, shuffle, crossfade, screen and embargo choices for slideshows."""

    def __init__(self, options: SlideshowOptions, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("Slideshow", "Slideshow Options"))
        form = QFormLayout(self)
        self.interval = QDoubleSpinBox()
        self.interval.setRange(MIN_INTERVAL_S, MAX_INTERVAL_S)
        self.interval.setDecimals(1)
        self.interval.setSuffix(translate("Slideshow", " s"))
        self.interval.setValue(options.interval_s)
        self.interval.setAccessibleName(translate("Slideshow", "Interval between stills"))
        self.loop = QCheckBox(translate("Slideshow", "Start again after the last still"))
        self.loop.setChecked(options.loop)
        self.shuffle = QCheckBox(translate("Slideshow", "Shuffle"))
        self.shuffle.setChecked(options.shuffle)
        self.crossfade = QCheckBox(translate("Slideshow", "Crossfade between stills"))
        self.crossfade.setChecked(options.crossfade)
        self.skip_embargoed = QCheckBox(translate("Slideshow", "Skip embargoed stills"))
        self.skip_embargoed.setChecked(options.skip_embargoed)
        self.screen_choice = QComboBox()
        self.screen_choice.setAccessibleName(translate("Slideshow", "Screen"))
        self.screen_choice.addItem(translate("Slideshow", "The window's screen"), "")
        for screen in QGuiApplication.screens():
            size = screen.size()
            self.screen_choice.addItem(f"{screen.name()} ({size.width()}×{size.height()})", screen.name())
        found = self.screen_choice.findData(options.screen)
        self.screen_choice.setCurrentIndex(max(0, found))
        form.addRow(translate("Slideshow", "Interval:"), self.interval)
        form.addRow("", self.loop)
        form.addRow("", self.shuffle)
        form.addRow("", self.crossfade)
        form.addRow("", self.skip_embargoed)
        form.addRow(translate("Slideshow", "Screen:"), self.screen_choice)
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
