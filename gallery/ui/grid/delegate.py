"""``StillDelegate``: paints a still's tile (picture, badges, caption, credit, stars) and takes
clicks on its stars and pick badge; ``TileMetrics`` says where each part goes."""

from __future__ import annotations

import datetime as dt
import math

from PySide6.QtCore import (
    QAbstractItemModel,
    QEvent,
    QObject,
    QPoint,
    QPointF,
    QRect,
    QRectF,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor, QFont, QFontMetrics, QMouseEvent, QPainter, QPainterPath, QPalette, QPen, QPixmap
from PySide6.QtWidgets import QApplication, QStyle, QStyledItemDelegate, QStyleOptionViewItem

from gallery.core.marks import NO_MARK, Mark
from gallery.core.still import Still
from gallery.ui.grid.roles import (
    CaptionRole,
    CreditRole,
    EmbargoRole,
    ErrorRole,
    FileRole,
    Index,
    MarkRole,
    RatingRole,
    StillRole,
    ThumbnailRole,
    VariantsRole,
)
from gallery.ui.i18n import translate
from gallery.ui.text import embargo_text, wrap_lines

#: Tile pills: a held-back still (embargoed, expired) and one a newsroom must disclose.
HELD_BACK_COLOUR = QColor(190, 52, 28, 235)
DISCLOSURE_COLOUR = QColor(106, 63, 181, 235)
VARIANTS_COLOUR = QColor(60, 66, 74, 225)


def _mix(a: QColor, b: QColor, t: float) -> QColor:
    """``a`` blended toward ``b`` by ``t`` (0 = a, 1 = b)."""
    return QColor(
        round(a.red() + (b.red() - a.red()) * t),
        round(a.green() + (b.green() - a.green()) * t),
        round(a.blue() + (b.blue() - a.blue()) * t),
    )


class TileMetrics:
    """Where things go in a tile for one thumbnail width and font."""

    PAD = 12
    GAP = 8
    RADIUS = 8.0

    def __init__(self, thumb_width: int, font: QFont) -> None:
        self.thumb_width = thumb_width
        self.thumb_height = round(thumb_width * 2 / 3)
        self.font = QFont(font)
        self.small_font = QFont(font)
        if font.pointSizeF() > 0:
            self.small_font.setPointSizeF(max(7.0, font.pointSizeF() * 0.9))
        else:
            self.small_font.setPixelSize(max(9, round(font.pixelSize() * 0.9)))
        self.badge_font = QFont(self.small_font)
        self.badge_font.setWeight(QFont.Weight.DemiBold)
        # Small tiles: a credit or badge that does not fit is set in this before it is cut.
        self.tiny_font = QFont(font)
        if font.pointSizeF() > 0:
            self.tiny_font.setPointSizeF(max(6.0, font.pointSizeF() * 0.75))
        else:
            self.tiny_font.setPixelSize(max(8, round(font.pixelSize() * 0.75)))
        self.tiny_badge_font = QFont(self.tiny_font)
        self.tiny_badge_font.setWeight(QFont.Weight.DemiBold)
        fm = QFontMetrics(self.font)
        sfm = QFontMetrics(self.small_font)
        self.line_height = fm.lineSpacing()
        self.small_line_height = sfm.lineSpacing()
        self.tile_width = thumb_width + 2 * self.PAD
        self.caption_top = self.PAD + self.thumb_height + self.GAP
        self.credit_top = self.caption_top + 2 * self.line_height + 2
        self.tile_height = self.credit_top + self.small_line_height + self.PAD - 2

    def tile_size(self) -> QSize:
        return QSize(self.tile_width, self.tile_height)

    def credit_text(self, credit: str, width: int) -> tuple[str, QFont]:
        """The credit as it fits ``width``: "Credit: Netflix", else "Netflix", else either in the
        tiny font, else the name elided (never "Cred…")."""
        name = credit.removeprefix("Credit: ")
        for font in (self.small_font, self.tiny_font):
            fm = QFontMetrics(font)
            for text in dict.fromkeys((credit, name)):
                if fm.horizontalAdvance(text) <= width:
                    return text, font
        return QFontMetrics(self.tiny_font).elidedText(name, Qt.TextElideMode.ElideRight, width), self.tiny_font

    def badge_text(self, label: str, short: str, room: int) -> tuple[str, QFont]:
        """A badge's words as they fit ``room``: the label, else the short one, else either in the
        tiny font; "" (a plain coloured dot) when not even that fits."""
        for font in (self.badge_font, self.tiny_badge_font):
            fm = QFontMetrics(font)
            for text in dict.fromkeys((label, short)):
                if fm.horizontalAdvance(text) <= room:
                    return text, font
        return "", self.tiny_badge_font


STAR_GOLD = QColor(232, 163, 23)
PICK_GREEN = QColor(38, 150, 86)


def star_path(center: QPointF, radius: float) -> QPainterPath:
    """A five-pointed star (point up)."""
    path = QPainterPath()
    for i in range(10):
        r = radius if i % 2 == 0 else radius * 0.45
        angle = math.pi / 2 + i * math.pi / 5
        point = QPointF(center.x() + r * math.cos(angle), center.y() - r * math.sin(angle))
        if i == 0:
            path.moveTo(point)
        else:
            path.lineTo(point)
    path.closeSubpath()
    return path


class StillDelegate(QStyledItemDelegate):
    """Paints a still's tile: picture, badges (embargo, pick), caption, credit and stars.
    The cell size is set by the view (it spreads the columns). Clicking a star rates the
    still, clicking the pick badge (shown faintly on hover) flags it.

    Signals: ratingClicked(str file, int stars); pickClicked(str file).
    """

    ratingClicked = Signal(str, int)
    pickClicked = Signal(str)

    def __init__(self, parent: QObject | None = None, thumb_width: int = 216) -> None:
        super().__init__(parent)
        self._thumb_width = thumb_width
        self._metrics: TileMetrics | None = None
        self._cell = QSize()
        self._warning_pixmaps: dict[tuple[int, float], QPixmap] = {}

    # -- geometry --------------------------------------------------------------------------
    @property
    def thumb_width(self) -> int:
        return self._thumb_width

    def set_thumb_width(self, width: int) -> None:
        self._thumb_width = width
        self._metrics = None

    def metrics(self, font: QFont | None = None) -> TileMetrics:
        font = font or QApplication.font()
        if self._metrics is None or self._metrics.font != font:
            self._metrics = TileMetrics(self._thumb_width, font)
        return self._metrics

    def set_cell_size(self, size: QSize) -> None:
        self._cell = QSize(size)

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        if self._cell.isValid():
            return QSize(self._cell)
        return self.metrics(option.font).tile_size()

    # -- painting --------------------------------------------------------------------------
    def tile_rect(self, rect: QRect, m: TileMetrics) -> QRect:
        return QRect(
            rect.x() + (rect.width() - m.tile_width) // 2,
            rect.y() + max(0, (rect.height() - m.tile_height) // 2),
            m.tile_width,
            m.tile_height,
        )

    def star_rects(self, tile: QRect, m: TileMetrics) -> list[QRectF]:
        """Where the five stars go: the right end of the credit line."""
        size = float(m.small_line_height)
        right = tile.x() + m.PAD + m.thumb_width
        top = tile.y() + m.credit_top
        return [QRectF(right - (5 - i) * size, top, size, size) for i in range(5)]

    def pick_rect(self, tile: QRect, m: TileMetrics, pixmap: object) -> QRectF:
        """The pick badge: the picture's top-right corner."""
        thumb = QRect(tile.x() + m.PAD, tile.y() + m.PAD, m.thumb_width, m.thumb_height)
        area = QRectF(thumb)
        if isinstance(pixmap, QPixmap) and not pixmap.isNull():
            area = self.fitted_rect(thumb, pixmap.deviceIndependentSize().toSize())
        size = max(18.0, min(26.0, m.thumb_width / 9))
        return QRectF(area.right() - size - 6, area.top() + 6, size, size)

    def editorEvent(  # noqa: N802 - Qt override
        self, event: QEvent, model: QAbstractItemModel, option: QStyleOptionViewItem, index: Index
    ) -> bool:
        """A click on a star rates the still (on its current rating: clears it); a click on the
        pick badge flags or unflags it. Either way the selection is left alone."""
        kind = event.type()
        if kind not in (QEvent.Type.MouseButtonPress, QEvent.Type.MouseButtonRelease, QEvent.Type.MouseButtonDblClick):
            return False
        if not isinstance(event, QMouseEvent):
            return False
        if event.button() != Qt.MouseButton.LeftButton or event.modifiers() != Qt.KeyboardModifier.NoModifier:
            return False
        m = self.metrics(option.font)
        tile = self.tile_rect(option.rect, m)
        pos = event.position()
        file = index.data(FileRole)
        if not file or index.data(ErrorRole) and not index.data(RatingRole):
            return False
        for i, star in enumerate(self.star_rects(tile, m), 1):
            if star.adjusted(-1, -2, 1, 2).contains(pos):
                if kind == QEvent.Type.MouseButtonRelease:
                    current = index.data(RatingRole) or 0
                    self.ratingClicked.emit(file, 0 if current == i else i)
                return True
        if self.pick_rect(tile, m, index.data(ThumbnailRole)).contains(pos):
            if kind == QEvent.Type.MouseButtonRelease:
                self.pickClicked.emit(file)
            return True
        return False

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        m = self.metrics(option.font)
        palette: QPalette = option.palette
        tile = self.tile_rect(option.rect, m)
        state = option.state
        selected = bool(state & QStyle.StateFlag.State_Selected)
        hovered = bool(state & QStyle.StateFlag.State_MouseOver)
        focused = bool(state & QStyle.StateFlag.State_HasFocus)
        active = bool(state & QStyle.StateFlag.State_Active)
        base = palette.color(QPalette.ColorRole.Base)
        text = palette.color(QPalette.ColorRole.Text)
        highlight = palette.color(QPalette.ColorGroup.Active, QPalette.ColorRole.Highlight)

        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform, True)

        # Tile background: selection follows the palette, hover is a faint wash.
        bg_rect = QRectF(tile).adjusted(2.5, 2.5, -2.5, -2.5)
        if selected:
            fill = QColor(highlight)
            fill.setAlphaF(0.28 if active else 0.16)
            painter.setBrush(fill)
            border = QColor(highlight)
            if not active:
                border.setAlphaF(0.6)
            painter.setPen(QPen(border, 2.0))
            painter.drawRoundedRect(bg_rect, m.RADIUS, m.RADIUS)
        else:
            if hovered:
                wash = QColor(text)
                wash.setAlphaF(0.06)
                painter.setBrush(wash)
                painter.setPen(Qt.PenStyle.NoPen)
                painter.drawRoundedRect(bg_rect, m.RADIUS, m.RADIUS)
            if focused:
                ring = QColor(highlight)
                ring.setAlphaF(0.7)
                painter.setBrush(Qt.BrushStyle.NoBrush)
                painter.setPen(QPen(ring, 1.5))
                painter.drawRoundedRect(bg_rect, m.RADIUS, m.RADIUS)

        thumb = QRect(tile.x() + m.PAD, tile.y() + m.PAD, m.thumb_width, m.thumb_height)
        error = index.data(ErrorRole)
        pixmap = index.data(ThumbnailRole)
        if error:
            self._paint_error(painter, thumb, str(error), palette, m)
        elif isinstance(pixmap, QPixmap) and not pixmap.isNull():
            self._paint_pixmap(painter, thumb, pixmap, palette)
        else:
            self._paint_placeholder(painter, thumb, palette)

        mark = index.data(MarkRole)
        mark = mark if isinstance(mark, Mark) else NO_MARK
        if mark.reject and not error:
            # A reject recedes, still recognisable, as Photo Mechanic and Bridge show them.
            wash = QColor(base)
            wash.setAlphaF(0.55)
            painter.fillRect(self._picture_rect(thumb, pixmap), wash)

        badges = self._badges(index.data(EmbargoRole), index.data(StillRole), index.data(VariantsRole) or 0)
        if badges:
            # On the picture's top-left corner, clear of the pick badge in its top-right one.
            pick = self.pick_rect(tile, m, pixmap)
            picture = self._picture_rect(thumb, pixmap) if not error else QRectF(thumb)
            top = 0.0
            for label, short, colour in badges:
                top += self._paint_badge(painter, picture, pick.left() - 4, label, m, short, colour, top) + 4
        if mark.reject:
            paint_reject_badge(painter, self.pick_rect(tile, m, pixmap))
        elif mark.pick or (hovered and not error):
            self._paint_pick(painter, self.pick_rect(tile, m, pixmap), mark.pick)

        # Caption: two lines, elided; credit under it, dimmer.
        text_rect = QRect(tile.x() + m.PAD, tile.y() + m.caption_top, m.thumb_width, 2 * m.line_height)
        caption = index.data(CaptionRole) or ""
        painter.setFont(m.font)
        if caption:
            painter.setPen(text)
            self._draw_lines(painter, caption, text_rect, m.font, 2)
        else:
            painter.setPen(_mix(text, base, 0.45))
            still = index.data(StillRole)
            fallback = (still.title or still.name) if isinstance(still, Still) else str(index.data() or "")
            self._draw_lines(painter, fallback, text_rect, m.font, 2)
        show_stars = mark.rating > 0 or (hovered and not error)
        stars = self.star_rects(tile, m)
        credit = index.data(CreditRole) or ""
        if credit:
            painter.setFont(m.small_font)
            painter.setPen(_mix(text, base, 0.42))
            room = m.thumb_width - (round(stars[-1].right() - stars[0].left()) + 8 if show_stars else 0)
            credit_rect = QRect(tile.x() + m.PAD, tile.y() + m.credit_top, max(0, room), m.small_line_height)
            shown, font = m.credit_text(credit, credit_rect.width())
            painter.setFont(font)
            painter.drawText(credit_rect, int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter), shown)
        if show_stars:
            self._paint_stars(painter, stars, mark.rating, text, base)
        painter.restore()

    def _picture_rect(self, thumb: QRect, pixmap: object) -> QRectF:
        """Where the thumbnail's picture lies in its box (the whole box while it loads)."""
        if isinstance(pixmap, QPixmap) and not pixmap.isNull():
            return self.fitted_rect(thumb, pixmap.deviceIndependentSize().toSize())
        return QRectF(thumb)

    @staticmethod
    def _paint_stars(painter: QPainter, rects: list[QRectF], rating: int, text: QColor, base: QColor) -> None:
        empty = _mix(text, base, 0.72)
        painter.save()
        for i, rect in enumerate(rects, 1):
            path = star_path(rect.center(), rect.height() * 0.42)
            if i <= rating:
                painter.setPen(QPen(STAR_GOLD.darker(115), 0.8))
                painter.setBrush(STAR_GOLD)
            else:
                painter.setPen(QPen(empty, 1.0))
                painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawPath(path)
        painter.restore()

    @staticmethod
    def _paint_pick(painter: QPainter, rect: QRectF, picked: bool) -> None:
        """A green round badge with a white flag when picked; a faint outline to click when not."""
        painter.save()
        if picked:
            painter.setPen(QPen(QColor(255, 255, 255, 230), 1.5))
            painter.setBrush(PICK_GREEN)
        else:
            painter.setPen(QPen(QColor(255, 255, 255, 200), 1.2))
            painter.setBrush(QColor(0, 0, 0, 70))
        painter.drawEllipse(rect)
        # The flag: a pole and a pennant.
        s = rect.width()
        pole_x = rect.x() + s * 0.36
        top, bottom = rect.y() + s * 0.24, rect.y() + s * 0.78
        painter.setPen(QPen(QColor(255, 255, 255, 255 if picked else 190), max(1.2, s / 14)))
        painter.drawLine(QPointF(pole_x, top), QPointF(pole_x, bottom))
        pennant = QPainterPath()
        pennant.moveTo(pole_x, top)
        pennant.lineTo(rect.x() + s * 0.74, top + s * 0.15)
        pennant.lineTo(pole_x, top + s * 0.32)
        pennant.closeSubpath()
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(255, 255, 255, 255 if picked else 190))
        painter.drawPath(pennant)
        painter.restore()

    @staticmethod
    def fitted_rect(area: QRect, size: QSize) -> QRectF:
        """``size`` scaled to fit ``area`` (aspect kept), centred across and sitting on the bottom edge,
        so every caption starts the same distance under its picture."""
        if size.width() <= 0 or size.height() <= 0:
            return QRectF(area)
        scale = min(area.width() / size.width(), area.height() / size.height())
        w, h = size.width() * scale, size.height() * scale
        return QRectF(area.x() + (area.width() - w) / 2, area.y() + area.height() - h, w, h)

    def _paint_pixmap(self, painter: QPainter, area: QRect, pixmap: QPixmap, palette: QPalette) -> None:
        logical = pixmap.deviceIndependentSize().toSize()
        target = self.fitted_rect(area, logical)
        path = QPainterPath()
        path.addRoundedRect(target, 4.0, 4.0)
        painter.save()
        painter.setClipPath(path)
        painter.drawPixmap(target, pixmap, QRectF(pixmap.rect()))
        painter.restore()
        edge = QColor(palette.color(QPalette.ColorRole.Text))
        edge.setAlphaF(0.12)
        painter.setPen(QPen(edge, 1.0))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRoundedRect(target.adjusted(0.5, 0.5, -0.5, -0.5), 4.0, 4.0)

    def _paint_placeholder(self, painter: QPainter, area: QRect, palette: QPalette) -> None:
        base = palette.color(QPalette.ColorRole.Base)
        text = palette.color(QPalette.ColorRole.Text)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(_mix(base, text, 0.07))
        painter.drawRoundedRect(QRectF(area), 4.0, 4.0)
        # A quiet "picture" glyph: frame, sun, two hills. No spinner.
        glyph = _mix(base, text, 0.25)
        s = max(18, min(area.width(), area.height()) // 5)
        g = QRectF(area.center().x() - s / 2, area.center().y() - s * 0.4, s, s * 0.8)
        painter.setPen(QPen(glyph, max(1.5, s / 16)))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRoundedRect(g, s / 10, s / 10)
        painter.setBrush(glyph)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.drawEllipse(QPointF(g.x() + g.width() * 0.7, g.y() + g.height() * 0.3), s * 0.08, s * 0.08)
        hills = QPainterPath()
        hills.moveTo(g.x() + s * 0.12, g.bottom() - s * 0.12)
        hills.lineTo(g.x() + s * 0.38, g.y() + g.height() * 0.45)
        hills.lineTo(g.x() + s * 0.58, g.bottom() - s * 0.28)
        hills.lineTo(g.x() + s * 0.7, g.y() + g.height() * 0.6)
        hills.lineTo(g.right() - s * 0.12, g.bottom() - s * 0.12)
        hills.closeSubpath()
        painter.drawPath(hills)

    def _warning_pixmap(self, size: int, dpr: float) -> QPixmap:
        key = (size, dpr)
        if key not in self._warning_pixmaps:
            icon = QApplication.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
            self._warning_pixmaps[key] = icon.pixmap(QSize(size, size), dpr)
        return self._warning_pixmaps[key]

    def _paint_error(self, painter: QPainter, area: QRect, reason: str, palette: QPalette, m: TileMetrics) -> None:
        base = palette.color(QPalette.ColorRole.Base)
        text = palette.color(QPalette.ColorRole.Text)
        alarm = QColor(214, 64, 48)
        painter.setBrush(_mix(base, alarm, 0.10))
        painter.setPen(QPen(_mix(base, alarm, 0.45), 1.0))
        painter.drawRoundedRect(QRectF(area).adjusted(0.5, 0.5, -0.5, -0.5), 4.0, 4.0)
        icon_size = max(20, min(40, area.height() // 4))
        dpr = painter.device().devicePixelRatioF() if painter.device() else 1.0
        icon = self._warning_pixmap(icon_size, dpr)
        lines = 3
        block = icon_size + 6 + lines * m.line_height
        top = area.y() + max(4, (area.height() - block) // 2)
        painter.drawPixmap(QPoint(area.center().x() - icon_size // 2, top), icon)
        painter.setPen(text)
        painter.setFont(m.font)
        reason_rect = QRect(area.x() + 10, top + icon_size + 6, area.width() - 20, lines * m.line_height)
        self._draw_lines(painter, reason[:1].upper() + reason[1:], reason_rect, m.font, lines, center=True)

    @staticmethod
    def _badges(embargo: dt.date | None, still: object, variants: int = 0) -> list[tuple[str, str, QColor]]:
        """(label, short label, colour) of each pill a tile shows: held back (embargoed or
        expired) in red, then what a newsroom must disclose (AI-generated, composite) in violet,
        then how many versions of the picture the tile stands for, in grey."""
        badges = []
        if embargo:
            badges.append((embargo_text(embargo), translate("Grid", "Embargoed"), HELD_BACK_COLOUR))
        elif isinstance(still, Still) and still.is_expired():
            expired = translate("Grid", "Expired")
            badges.append((expired, expired, HELD_BACK_COLOUR))
        if isinstance(still, Still) and still.disclosure:
            badges.append((still.disclosure, still.disclosure, DISCLOSURE_COLOUR))
        if variants > 1:
            label = translate("Grid", "%n version(s)", "", variants)
            badges.append((label, f"×{variants}", VARIANTS_COLOUR))
        return badges

    def _paint_badge(
        self,
        painter: QPainter,
        area: QRectF,
        right: float,
        label: str,
        m: TileMetrics,
        short: str = "Embargoed",
        colour: QColor | None = None,
        top: float = 0.0,
    ) -> float:
        """A pill at ``area``'s top-left corner (``top`` lower), ending before ``right``; its height."""
        room = int(right - (area.x() + 8)) - 16
        # Small tiles: the short label or a smaller font (the date is in the tooltip and the
        # details); a dot of the badge's colour when not even that fits.
        label, font = m.badge_text(label, short, room)
        fm = QFontMetrics(font)
        h = fm.height() + 6
        w = fm.horizontalAdvance(label) + 16 if label else h
        badge = QRectF(area.x() + 8, area.y() + 8 + top, w, h)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(colour or HELD_BACK_COLOUR)
        painter.drawRoundedRect(badge, h / 2, h / 2)
        if label:
            painter.setPen(QColor(255, 255, 255))
            painter.setFont(font)
            painter.drawText(badge, int(Qt.AlignmentFlag.AlignCenter), label)
        return h

    @staticmethod
    def _draw_lines(
        painter: QPainter, text: str, rect: QRect, font: QFont, max_lines: int, center: bool = False
    ) -> None:
        """Word-wrap ``text`` into at most ``max_lines`` lines of ``rect``; elide the last one."""
        for i, line in enumerate(wrap_lines(text, font, rect.width(), max_lines)):
            fm = QFontMetrics(font)
            line_rect = QRect(rect.x(), rect.y() + i * fm.lineSpacing(), rect.width(), fm.lineSpacing())
            align = Qt.AlignmentFlag.AlignHCenter if center else Qt.AlignmentFlag.AlignLeft
            painter.drawText(line_rect, int(align | Qt.AlignmentFlag.AlignVCenter), line)


REJECT_RED = QColor(196, 43, 28)


def paint_reject_badge(painter: QPainter, rect: QRectF) -> None:
    """A red round badge with a white ✕, where the pick flag goes."""
    painter.save()
    painter.setPen(QPen(QColor(255, 255, 255, 230), 1.5))
    painter.setBrush(REJECT_RED)
    painter.drawEllipse(rect)
    s = rect.width()
    inset = s * 0.31
    painter.setPen(QPen(QColor(255, 255, 255), max(1.6, s / 9)))
    a, b = rect.topLeft() + QPointF(inset, inset), rect.bottomRight() - QPointF(inset, inset)
    painter.drawLine(a, b)
    painter.drawLine(QPointF(b.x(), a.y()), QPointF(a.x(), b.y()))
    painter.restore()
