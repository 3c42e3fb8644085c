"""One still, large: zoom to fit or 1:1 (one picture pixel to one screen pixel) with pan.

Space or a double click on a tile opens it (``OneViewLaunch``); Z, 1 and 0 (or a double
click) switch between fit and 1:1; drag, the arrow keys or the wheel pan at 1:1; Page Up/Down
(and Left/Right at fit) step through the stills the grid shows; Space, Return or Escape go
back to the grid on the still shown.

Decoding runs off the GUI thread through the window's ``Runner`` (in its guard processes, as
the details preview does): for fit at the window's size in physical pixels, for 1:1 at the
still's full size (bounded, FULL_MAX_PIXELS). Until the full picture lands, 1:1 shows the fit
picture enlarged, with a "Loading full size…" note.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QEvent, QObject, QPointF, QRectF, QSize, QSizeF, Qt, Signal
from PySide6.QtGui import (
    QCloseEvent,
    QColor,
    QCursor,
    QFont,
    QImage,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPixmap,
    QResizeEvent,
    QWheelEvent,
)
from PySide6.QtWidgets import QAbstractItemView, QWidget

from gallery.core.guard import Isolation
from gallery.core.imaging import ImageError
from gallery.core.kitview import KitView
from gallery.core.still import Still
from gallery.ui.i18n import QT_TRANSLATE_NOOP, translate
from gallery.ui.images import decode_for_display, pil_to_qimage
from gallery.ui.session import ViewSession
from gallery.ui.slideshowpaint import held_back_badge, paint_badge, paint_error, paint_note
from gallery.ui.tasks import Runner, TaskContext
from gallery.ui.text import shown_error

#: The most pixels a 1:1 decode may have (about 320 MB as 32-bit pixels); larger stills are
#: decoded at this size and the view says the scale it shows.
FULL_MAX_PIXELS = 80_000_000
PAN_STEP = 0.1  # of the window, per arrow key
FIT, ACTUAL = "fit", "1:1"


@dataclass(frozen=True)
class OneViewKey:
    keys: tuple[Qt.Key, ...]
    text: str


#: The keys of the view, for its accessible description (and a shortcuts sheet).
ONE_VIEW_KEYS: tuple[OneViewKey, ...] = (
    OneViewKey((Qt.Key.Key_Z,), QT_TRANSLATE_NOOP("OneView", "Zoom to fit or 1:1")),
    OneViewKey((Qt.Key.Key_1,), QT_TRANSLATE_NOOP("OneView", "1:1, one picture pixel to one screen pixel")),
    OneViewKey((Qt.Key.Key_0,), QT_TRANSLATE_NOOP("OneView", "Zoom to fit")),
    OneViewKey(
        (Qt.Key.Key_Left, Qt.Key.Key_Right, Qt.Key.Key_Up, Qt.Key.Key_Down), QT_TRANSLATE_NOOP("OneView", "Pan at 1:1")
    ),
    OneViewKey((Qt.Key.Key_PageUp, Qt.Key.Key_PageDown), QT_TRANSLATE_NOOP("OneView", "Previous or next still")),
    OneViewKey(
        (Qt.Key.Key_Space, Qt.Key.Key_Return, Qt.Key.Key_Escape), QT_TRANSLATE_NOOP("OneView", "Back to the grid")
    ),
)


def full_size(still: Still) -> tuple[int, int]:
    """The pixels a 1:1 decode asks for: the still's own size, within FULL_MAX_PIXELS."""
    width, height = still.width or 8192, still.height or 8192
    if width * height > FULL_MAX_PIXELS:
        scale = math.sqrt(FULL_MAX_PIXELS / (width * height))
        width, height = max(1, int(width * scale)), max(1, int(height * scale))
    return width, height


class OneView(QWidget):
    """A window showing one still at a time, fit or 1:1.

    Signals: closed(file) the still shown when it closed; shown(file, mode) the picture for
    that zoom is on screen (the 1:1 one at full size).
    """

    closed = Signal(str)
    shown = Signal(str, str)

    def __init__(
        self,
        kit: KitView,
        stills: list[Still],
        start: int,
        runner: Runner,
        parent: QWidget | None = None,
        isolation: Isolation | None = None,
    ) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setAccessibleName(translate("OneView", "Still"))
        self.setAccessibleDescription("; ".join(translate("OneView", k.text) for k in ONE_VIEW_KEYS))
        self.kit, self.stills, self.index = kit, stills, max(0, min(start, len(stills) - 1))
        self.runner, self.isolation = runner, isolation
        self.mode = FIT
        self._pictures: dict[tuple[str, int, int], QPixmap | str] = {}
        self._in_flight: set[tuple[str, int, int]] = set()
        self._centre = QPointF()  # at 1:1: the picture point (logical pixels) at the window's centre
        self._drag: tuple[QPointF, QPointF] | None = None  # (mouse, centre) when a drag began
        self._generation = 0

    # -- what is shown ---------------------------------------------------------------------
    @property
    def current(self) -> Still:
        return self.stills[self.index]

    def start(self) -> None:
        parent = self.parentWidget()
        self.resize(parent.size() if parent is not None else QSize(1280, 800))
        self.show()
        self.activateWindow()
        self.setFocus()
        self._show_still()

    def _fit_key(self) -> tuple[str, int, int]:
        ratio = self.devicePixelRatioF()
        size = self.size() if self.width() > 100 else QSize(1280, 800)
        return self.current.file, max(1, round(size.width() * ratio)), max(1, round(size.height() * ratio))

    def _full_key(self) -> tuple[str, int, int]:
        return (self.current.file, *full_size(self.current))

    def picture(self) -> QPixmap | None:
        """The picture painted now: the full one at 1:1 once decoded, else the fitted one."""
        full = self._pictures.get(self._full_key()) if self.mode == ACTUAL else None
        if isinstance(full, QPixmap):
            return full
        fit = self._pictures.get(self._fit_key())
        return fit if isinstance(fit, QPixmap) else None

    def full_loaded(self) -> bool:
        return isinstance(self._pictures.get(self._full_key()), QPixmap)

    def _error(self) -> str | None:
        for key in (self._fit_key(), self._full_key()):
            value = self._pictures.get(key)
            if isinstance(value, str):
                return value
        return None

    def actual_size(self) -> QSizeF:
        """The picture's size at 1:1, in logical pixels (one picture pixel per physical pixel)."""
        width, height = full_size(self.current)
        ratio = self.devicePixelRatioF() or 1.0
        return QSizeF(width / ratio, height / ratio)

    def image_rect(self) -> QRectF:
        """Where the picture is painted, in the window's coordinates."""
        if self.mode == FIT:
            picture = self.picture()
            if picture is None:
                return QRectF()
            logical = picture.deviceIndependentSize()
            fitted = logical.scaled(QSizeF(self.size()), Qt.AspectRatioMode.KeepAspectRatio)
            return QRectF(
                (self.width() - fitted.width()) / 2,
                (self.height() - fitted.height()) / 2,
                fitted.width(),
                fitted.height(),
            )
        size = self.actual_size()
        return QRectF(
            self.width() / 2 - self._centre.x(), self.height() / 2 - self._centre.y(), size.width(), size.height()
        )

    # -- commands ----------------------------------------------------------------------------
    def set_mode(self, mode: str, anchor: QPointF | None = None) -> None:
        """Fit or 1:1; at 1:1 the picture point under ``anchor`` (else the centre) stays put."""
        if mode == self.mode:
            return
        if mode == ACTUAL:
            before = self.image_rect()
            size = self.actual_size()
            point = anchor if anchor is not None else QPointF(self.width() / 2, self.height() / 2)
            if before.width() > 0 and before.height() > 0:
                fx = (point.x() - before.x()) / before.width()
                fy = (point.y() - before.y()) / before.height()
            else:
                fx = fy = 0.5
            self.mode = ACTUAL
            self._centre = QPointF(fx * size.width(), fy * size.height()) - (point - self.rect().center().toPointF())
            self._clamp()
            self._request(self._full_key())
            self.setCursor(QCursor(Qt.CursorShape.OpenHandCursor))
        else:
            self.mode = FIT
            self.unsetCursor()
        self._announce()
        self.update()

    def toggle_zoom(self, anchor: QPointF | None = None) -> None:
        self.set_mode(FIT if self.mode == ACTUAL else ACTUAL, anchor)

    def pan(self, dx: float, dy: float) -> None:
        """Move the picture by (dx, dy) window pixels (at 1:1)."""
        if self.mode == ACTUAL:
            self._centre -= QPointF(dx, dy)
            self._clamp()
            self.update()

    def step(self, delta: int) -> None:
        if not 0 <= self.index + delta < len(self.stills):
            return
        self.index += delta
        self.mode = FIT
        self.unsetCursor()
        self._show_still()

    def _clamp(self) -> None:
        size = self.actual_size()
        x, y = self._centre.x(), self._centre.y()
        half_w, half_h = self.width() / 2, self.height() / 2
        # Larger than the window: keep it covering the window; smaller: centred.
        x = min(max(x, half_w), size.width() - half_w) if size.width() > self.width() else size.width() / 2
        y = min(max(y, half_h), size.height() - half_h) if size.height() > self.height() else size.height() / 2
        self._centre = QPointF(x, y)

    def _show_still(self) -> None:
        self.setWindowTitle(translate("OneView", "{name} — Stills").format(name=self.current.name))
        self._request(self._fit_key())
        self._announce()
        self.update()

    def _announce(self) -> None:
        ready = self.full_loaded() if self.mode == ACTUAL else self.picture() is not None or self._error() is not None
        if ready:
            self.shown.emit(self.current.file, self.mode)

    def _request(self, key: tuple[str, int, int]) -> None:
        if key in self._pictures or key in self._in_flight:
            return
        self._in_flight.add(key)
        still, kit, isolation, generation = self.current, self.kit, self.isolation, self._generation
        _file, width, height = key

        def work(context: TaskContext) -> QImage:
            return pil_to_qimage(decode_for_display(isolation, kit, still, width, height))

        def store(value: QPixmap | str) -> None:
            if generation != self._generation:
                return
            if isinstance(value, QPixmap):
                value.setDevicePixelRatio(self.devicePixelRatioF())
            self._pictures = {k: v for k, v in self._pictures.items() if k[0] == self.current.file}
            self._pictures[key] = value
            if key[0] == self.current.file:
                self._announce()
                self.update()

        def failed(error: BaseException) -> None:
            store(str(error) if isinstance(error, ImageError) else shown_error(error))

        self.runner.run(
            work,
            lambda image: store(QPixmap.fromImage(image)),
            failed,
            interactive=True,
            priority=10,
            on_settled=lambda: self._in_flight.discard(key),
            name=f"one view {still.file} {width}x{height}",
        )

    # -- events ------------------------------------------------------------------------------
    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt override
        key, actual = event.key(), self.mode == ACTUAL
        step_w, step_h = self.width() * PAN_STEP, self.height() * PAN_STEP
        pans: dict[int, tuple[float, float]] = {Qt.Key.Key_Left: (step_w, 0.0), Qt.Key.Key_Right: (-step_w, 0.0)}
        pans.update({Qt.Key.Key_Up: (0.0, step_h), Qt.Key.Key_Down: (0.0, -step_h)})
        if key in (Qt.Key.Key_Space, Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Escape):
            self.close()
        elif key == Qt.Key.Key_Z:
            self.toggle_zoom()
        elif key == Qt.Key.Key_1:
            self.set_mode(ACTUAL)
        elif key == Qt.Key.Key_0:
            self.set_mode(FIT)
        elif actual and key in pans:
            self.pan(*pans[key])
        elif key in (Qt.Key.Key_PageDown, Qt.Key.Key_Right):
            self.step(1)
        elif key in (Qt.Key.Key_PageUp, Qt.Key.Key_Left):
            self.step(-1)
        else:
            super().keyPressEvent(event)
            return
        event.accept()

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt override
        if event.button() == Qt.MouseButton.LeftButton:
            self.toggle_zoom(event.position())

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt override
        if event.button() == Qt.MouseButton.LeftButton and self.mode == ACTUAL:
            self._drag = (event.position(), QPointF(self._centre))
            self.setCursor(QCursor(Qt.CursorShape.ClosedHandCursor))

    def mouseMoveEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt override
        if self._drag is not None:
            start, centre = self._drag
            self._centre = centre - (event.position() - start)
            self._clamp()
            self.update()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt override
        if self._drag is not None:
            self._drag = None
            self.setCursor(QCursor(Qt.CursorShape.OpenHandCursor))

    def wheelEvent(self, event: QWheelEvent) -> None:  # noqa: N802 - Qt override
        delta = event.angleDelta()
        if self.mode == ACTUAL:
            self.pan(delta.x() / 2, delta.y() / 2)
        elif delta.y():
            self.step(-1 if delta.y() > 0 else 1)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt override
        super().resizeEvent(event)
        if self.isVisible() and self.stills:
            self._request(self._fit_key())
            if self.mode == ACTUAL:
                self._clamp()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt override
        self._generation += 1
        self.closed.emit(self.current.file if self.stills else "")
        super().closeEvent(event)

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt override
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform, self.mode == FIT)
        painter.fillRect(self.rect(), QColor(24, 24, 24))
        area, font = QRectF(self.rect()), QFont(self.font())
        picture, error = self.picture(), self._error()
        if picture is not None:
            painter.drawPixmap(self.image_rect(), picture, QRectF(picture.rect()))
        elif error is not None:
            paint_error(painter, area, font, f"⚠  {self.current.name}\n{error}")
        if badge := held_back_badge(self.current):
            paint_badge(painter, area, font, badge)  # never an embargoed still shown large unmarked
        if self.mode == ACTUAL and error is None and not self.full_loaded():
            paint_note(painter, area, font, translate("OneView", "Loading full size…"), top=False)
        else:
            hint = (
                translate("OneView", "drag to pan, Z to fit")
                if self.mode == ACTUAL
                else translate("OneView", "Z or double-click for 1:1")
            )
            paint_note(painter, area, font, f"{self.current.name}  ·  {self.zoom_text()}  ·  {hint}", top=False)

    def zoom_text(self) -> str:
        """ "Fit (38%)" or "1:1" ("1:1 of a reduced copy (50%)" past FULL_MAX_PIXELS)."""
        width = self.current.width or 0
        if self.mode == ACTUAL:
            shown = full_size(self.current)[0]
            if not width or shown >= width:
                return "1:1"
            return translate("OneView", "1:1 of a reduced copy ({percent}%)").format(
                percent=f"{100 * shown / width:.0f}"
            )
        rect = self.image_rect()
        ratio = self.devicePixelRatioF() or 1.0
        if width and rect.width():
            return translate("OneView", "Fit ({percent}%)").format(percent=f"{100 * rect.width() * ratio / width:.0f}")
        return translate("OneView", "Fit")


class OneViewLaunch(QObject):
    """Opens the one-still view on the current still (Space on the grid, a double click on a
    tile) over the stills the grid shows; back to that still in the grid when it closes.

    Signals: ended(str file).
    """

    ended = Signal(str)

    def __init__(
        self,
        session: ViewSession,
        runner: Runner,
        stills: tuple[Callable[[], list[Still]], Callable[[], Still | None]],
        grid: QAbstractItemView,
        parent: QWidget,
        isolation: Isolation | None = None,
    ) -> None:
        super().__init__(parent)
        self.session, self.runner, self.isolation = session, runner, isolation
        self.shown_stills, self.current_still = stills
        self.grid = grid
        self.parent_widget = parent
        self.view: OneView | None = None
        grid.viewport().installEventFilter(self)

    def open(self) -> OneView | None:
        kit, current, stills = self.session.kit, self.current_still(), self.shown_stills()
        if kit is None or current is None or not stills:
            return None
        if self.view is not None:
            self.view.close()
        start = next((i for i, s in enumerate(stills) if s.file == current.file), 0)
        view = OneView(kit, stills, start, self.runner, self.parent_widget, self.isolation)
        view.closed.connect(self._on_closed)
        self.view = view
        view.start()
        return view

    def _on_closed(self, file: str) -> None:
        self.view = None
        self.ended.emit(file)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        # A double click on a tile opens it (instead of the item view's "activated").
        if (
            event.type() == QEvent.Type.MouseButtonDblClick
            and isinstance(event, QMouseEvent)
            and event.button() == Qt.MouseButton.LeftButton
            and self.grid.indexAt(event.position().toPoint()).isValid()
        ):
            self.open()
            return True
        return super().eventFilter(watched, event)
