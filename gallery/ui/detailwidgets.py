"""The details panel's painted parts: the preview (a pixmap fitted to the panel's width, a
placeholder or an error) and the rows of related stills."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPainterPath, QPalette, QPixmap
from PySide6.QtWidgets import QAbstractButton, QSizePolicy, QStyle, QWidget

from gallery.core.related import Related
from gallery.ui.i18n import translate

if TYPE_CHECKING:
    from PySide6.QtGui import QPaintEvent


def _mix(a: QColor, b: QColor, share: float) -> QColor:
    """``share`` of ``a`` over ``b``."""
    rgb_a, rgb_b = (a.red(), a.green(), a.blue()), (b.red(), b.green(), b.blue())
    return QColor(*(round(x * share + y * (1 - share)) for x, y in zip(rgb_a, rgb_b, strict=True)))


def _paint_fitted(p: QPainter, pixmap: QPixmap, area: QRectF, radius: float) -> None:
    """``pixmap`` fitted (aspect kept) and centred in ``area``, with rounded corners."""
    size = pixmap.deviceIndependentSize()
    scale = min(area.width() / size.width(), area.height() / size.height())
    w, h = size.width() * scale, size.height() * scale
    target = QRectF(area.x() + (area.width() - w) / 2, area.y() + (area.height() - h) / 2, w, h)
    path = QPainterPath()
    path.addRoundedRect(target, radius, radius)
    p.save()
    p.setClipPath(path)
    p.drawPixmap(target, pixmap, QRectF(pixmap.rect()))
    p.restore()


class PreviewWidget(QWidget):
    """Paints a pixmap fitted to its width (aspect kept), a placeholder, or an error."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._pixmap: QPixmap | None = None
        self._error: str | None = None
        self._ratio = 2 / 3
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.setMinimumHeight(120)
        self.setAccessibleName(translate("Details", "Preview"))

    def set_image(self, pixmap: QPixmap | None, error: str | None = None, ratio: float | None = None) -> None:
        self._pixmap = pixmap if pixmap is not None and not pixmap.isNull() else None
        self._error = error
        if ratio:
            self._ratio = min(1.0, max(0.4, ratio))
        elif self._pixmap is not None:
            size = self._pixmap.deviceIndependentSize()
            self._ratio = min(1.0, max(0.4, size.height() / max(1.0, size.width())))
        self.updateGeometry()
        self.update()

    def pixmap(self) -> QPixmap | None:
        return self._pixmap

    def hasHeightForWidth(self) -> bool:  # noqa: N802 - Qt override
        return True

    def heightForWidth(self, width: int) -> int:  # noqa: N802 - Qt override
        return max(120, round(width * self._ratio))

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt override
        return QSize(320, self.heightForWidth(320))

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt override
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        p.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        pal = self.palette()
        base = pal.color(QPalette.ColorRole.Base)
        text = pal.color(QPalette.ColorRole.WindowText)
        area = QRectF(self.rect())
        if self._pixmap is not None:
            _paint_fitted(p, self._pixmap, area, 6)
            return
        fill = _mix(text, base, 0.07)
        p.setPen(Qt.PenStyle.NoPen)
        p.setBrush(fill)
        p.drawRoundedRect(area.adjusted(0.5, 0.5, -0.5, -0.5), 6, 6)
        if self._error:
            icon = self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
            icon.paint(p, self.rect().adjusted(0, 0, 0, -40).center().x() - 16, self.height() // 2 - 40, 32, 32)
            p.setPen(text)
            p.drawText(
                area.adjusted(12, self.height() / 2, -12, 0),
                int(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop | Qt.TextFlag.TextWordWrap),
                self._error[:1].upper() + self._error[1:],
            )


class RelatedRow(QAbstractButton):
    """One related still: a small thumbnail, its caption (elided) and what it shares.

    Signals: those of QAbstractButton (clicked).
    """

    THUMB = QSize(72, 48)

    def __init__(self, related: Related, pixmap: QPixmap | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.related = related
        self.file = related.still.file
        self._pixmap = pixmap
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setAttribute(Qt.WidgetAttribute.WA_Hover, True)  # repaints on entering and leaving
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        still = related.still
        self.caption = still.caption or still.title or still.name
        n = len(related.shared)
        self.shares = (
            translate("Details", "Shares {characters}").format(characters=", ".join(related.shared))
            if n <= 3
            else translate("Details", "Shares %n character(s)", "", n)
        )
        held = still.held_back()
        if held:
            self.shares += f"  ·  {held}"
        self.setText(self.caption)
        self.setToolTip(f"{self.caption}\n{self.shares}\n{still.file}")
        self.setAccessibleName(
            translate("Details", "Related still: {caption}. {shares}").format(caption=self.caption, shares=self.shares)
        )

    def set_pixmap(self, pixmap: QPixmap | None) -> None:
        self._pixmap = pixmap
        self.update()

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt override
        return QSize(240, self.THUMB.height() + 8)

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt override
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        p.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        pal = self.palette()
        text = pal.color(QPalette.ColorRole.WindowText)
        base = pal.color(QPalette.ColorRole.Window)
        r = QRectF(self.rect()).adjusted(0.5, 0.5, -0.5, -0.5)
        if self.underMouse() or self.hasFocus():
            wash = QColor(pal.color(QPalette.ColorRole.Highlight))
            wash.setAlphaF(0.14 if self.underMouse() else 0.08)
            p.setPen(Qt.PenStyle.NoPen)
            p.setBrush(wash)
            p.drawRoundedRect(r, 6, 6)
        thumb = QRectF(4, 4, self.THUMB.width(), self.THUMB.height())
        if self._pixmap is not None and not self._pixmap.isNull():
            _paint_fitted(p, self._pixmap, thumb, 3)
        else:
            p.setPen(Qt.PenStyle.NoPen)
            p.setBrush(_mix(text, base, 0.08))
            p.drawRoundedRect(thumb, 3, 3)
        x = int(thumb.right()) + 10
        width = self.width() - x - 6
        fm = QFontMetrics(self.font())
        small = QFont(self.font())
        if small.pointSizeF() > 0:
            small.setPointSizeF(max(7.0, small.pointSizeF() * 0.9))
        sfm = QFontMetrics(small)
        top = int(thumb.y()) + max(0, (self.THUMB.height() - fm.lineSpacing() - sfm.lineSpacing()) // 2)
        p.setPen(text)
        p.setFont(self.font())
        p.drawText(x, top + fm.ascent(), fm.elidedText(self.caption, Qt.TextElideMode.ElideRight, width))
        p.setPen(_mix(text, base, 0.55))
        p.setFont(small)
        shares = sfm.elidedText(self.shares, Qt.TextElideMode.ElideRight, width)
        p.drawText(x, top + fm.lineSpacing() + sfm.ascent(), shares)
        p.end()
