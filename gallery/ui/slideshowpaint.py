"""How the slideshow paints: the picture fitted to the window, an error, the caption band,
the corner notes and the held-back badge ("Embargoed until …", "Expired"), which shows
whatever the overlay setting, so an embargoed still is never on screen unmarked."""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPixmap

from gallery.core.still import Still
from gallery.ui.i18n import translate
from gallery.ui.text import embargo_text

#: The held-back badge: the grid's red (gallery.ui.grid.delegate.HELD_BACK_COLOUR), a little deeper
#: so white text reads on any picture.
BADGE_COLOUR = QColor(200, 30, 30, 235)


def paint_pixmap(painter: QPainter, area: QSize, pixmap: QPixmap) -> None:
    """``pixmap`` as large as fits ``area``, centred (aspect kept)."""
    ratio = pixmap.devicePixelRatio() or 1.0
    logical = QSize(round(pixmap.width() / ratio), round(pixmap.height() / ratio))
    fitted = logical.scaled(area, Qt.AspectRatioMode.KeepAspectRatio)
    x = (area.width() - fitted.width()) / 2
    y = (area.height() - fitted.height()) / 2
    painter.drawPixmap(QRectF(x, y, fitted.width(), fitted.height()), pixmap, QRectF(pixmap.rect()))


def paint_error(painter: QPainter, area: QRectF, font: QFont, text: str) -> None:
    painter.setPen(QColor(235, 235, 235))
    big = QFont(font)
    big.setPointSizeF(big.pointSizeF() * 1.6)
    painter.setFont(big)
    painter.drawText(area, Qt.AlignmentFlag.AlignCenter, text)


def paint_overlay(painter: QPainter, area: QRectF, font: QFont, caption: str, details: str) -> None:
    """The caption (wrapped) and a line of details in a dark band along the bottom."""
    margin = max(24.0, area.width() / 40)
    width = area.width() - 2 * margin
    large = QFont(font)
    large.setPointSizeF(max(12.0, large.pointSizeF() * 1.35))
    painter.setFont(large)
    flags = Qt.TextFlag.TextWordWrap | Qt.AlignmentFlag.AlignLeft
    caption_rect = painter.boundingRect(QRectF(0, 0, width, 10_000), flags, caption)
    small = QFont(large)
    small.setPointSizeF(large.pointSizeF() * 0.8)
    painter.setFont(small)
    details_rect = painter.boundingRect(QRectF(0, 0, width, 1000), flags, details)
    band = caption_rect.height() + details_rect.height() + 2.5 * margin / 2
    top = area.height() - band
    painter.fillRect(QRectF(0, top, area.width(), band), QColor(0, 0, 0, 170))
    painter.setPen(QColor(250, 250, 250))
    painter.setFont(large)
    painter.drawText(QRectF(margin, top + margin / 2, width, caption_rect.height()), flags, caption)
    painter.setPen(QColor(200, 200, 200))
    painter.setFont(small)
    y = top + margin / 2 + caption_rect.height() + margin / 4
    painter.drawText(QRectF(margin, y, width, details_rect.height()), flags, details)


def paint_note(painter: QPainter, area: QRectF, font: QFont, text: str, top: bool) -> None:
    """A short note in the top-right (or bottom-right) corner: "Paused", "Loading…"."""
    painter.setFont(font)
    metrics = painter.fontMetrics()
    w = metrics.horizontalAdvance(text) + 24
    h = metrics.height() + 12
    x = area.width() - w - 20
    y = 20 if top else area.height() - h - 20
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QColor(20, 20, 20, 200))
    painter.drawRoundedRect(QRectF(x, y, w, h), 6, 6)
    painter.setPen(QColor(240, 240, 240))
    painter.drawText(QRectF(x, y, w, h), Qt.AlignmentFlag.AlignCenter, text)


def held_back_badge(still: Still | None) -> str:
    """The badge a held-back still wears, worded as the grid's ("Embargoed until 1 Dec 2031",
    "Expired"), or "" for a still free to use."""
    if still is None:
        return ""
    if still.release_date is not None and still.is_embargoed():
        return embargo_text(still.release_date)
    return translate("Grid", "Expired") if still.is_expired() else ""


def badge_rect(area: QRectF, font: QFont, text: str) -> QRectF:
    """Where the held-back badge goes: the top-left corner, sized to its text."""
    metrics = QFontMetricsF(_badge_font(font))
    pad = metrics.height() * 0.45
    margin = max(20.0, area.width() / 60)
    return QRectF(margin, margin, metrics.horizontalAdvance(text) + 2 * pad, metrics.height() + pad)


def paint_badge(painter: QPainter, area: QRectF, font: QFont, text: str) -> QRectF:
    """The red held-back badge in the top-left corner; returns where it went."""
    rect = badge_rect(area, font, text)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(BADGE_COLOUR)
    painter.drawRoundedRect(rect, rect.height() / 4, rect.height() / 4)
    painter.setPen(QColor(255, 255, 255))
    painter.setFont(_badge_font(font))
    painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, text)
    return rect


def _badge_font(font: QFont) -> QFont:
    large = QFont(font)
    large.setPointSizeF(max(13.0, large.pointSizeF() * 1.5))
    large.setBold(True)
    return large
