"""The reject mark on a tile: the grid's delegate, plus a red ✕ badge where the pick flag goes
and the picture dimmed, as Photo Mechanic and Bridge show rejects.

(A subclass for now: the tile's painting belongs to ``gallery.ui.grid.delegate``, which can
take this in as it does the pick badge.)
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRect, QRectF
from PySide6.QtGui import QColor, QPainter, QPalette, QPen, QPixmap
from PySide6.QtWidgets import QStyleOptionViewItem

from gallery.core.marks import Mark
from gallery.ui.grid import MarkRole, StillDelegate, ThumbnailRole
from gallery.ui.grid.roles import Index

REJECT_RED = QColor(196, 43, 28)


class MarkingDelegate(StillDelegate):
    """``StillDelegate`` with the reject mark painted over the tile it made."""

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        super().paint(painter, option, index)
        mark = index.data(MarkRole)
        if not (isinstance(mark, Mark) and mark.reject):
            return
        m = self.metrics(option.font)
        tile = self.tile_rect(option.rect, m)
        pixmap = index.data(ThumbnailRole)
        thumb = QRect(tile.x() + m.PAD, tile.y() + m.PAD, m.thumb_width, m.thumb_height)
        picture = (
            self.fitted_rect(thumb, pixmap.deviceIndependentSize().toSize())
            if isinstance(pixmap, QPixmap) and not pixmap.isNull()
            else QRectF(thumb)
        )
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        wash = QColor(option.palette.color(QPalette.ColorRole.Base))
        wash.setAlphaF(0.55)  # a reject recedes, still recognisable
        painter.fillRect(picture, wash)
        paint_reject_badge(painter, self.pick_rect(tile, m, pixmap))
        painter.restore()


def paint_reject_badge(painter: QPainter, rect: QRectF) -> None:
    """A red round badge with a white ✕."""
    painter.setPen(QPen(QColor(255, 255, 255, 230), 1.5))
    painter.setBrush(REJECT_RED)
    painter.drawEllipse(rect)
    s = rect.width()
    inset = s * 0.31
    painter.setPen(QPen(QColor(255, 255, 255), max(1.6, s / 9)))
    a, b = rect.topLeft() + QPointF(inset, inset), rect.bottomRight() - QPointF(inset, inset)
    painter.drawLine(a, b)
    painter.drawLine(QPointF(b.x(), a.y()), QPointF(a.x(), b.y()))
