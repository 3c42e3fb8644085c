"""The thumbnail grid: one model, one filter proxy, one painting delegate, one view.

No widget per still: ``StillListModel`` exposes each still through named roles,
``StillFilterProxy`` applies the core's ``StillFilter``, ``StillDelegate`` paints a
tile (thumbnail or placeholder or error, embargo badge, two-line caption, credit)
and ``StillGridView`` is a ``QListView`` in icon mode that reports which rows are
on screen so thumbnails load visible-first.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from enum import IntEnum
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QDate,
    QEvent,
    QLocale,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QPoint,
    QPointF,
    QRect,
    QRectF,
    QSize,
    QSortFilterProxyModel,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetrics,
    QKeySequence,
    QPainter,
    QPainterPath,
    QPalette,
    QPen,
    QPixmap,
    QTextLayout,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QListView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from gallery.core.filtering import FilterIndex, StillFilter
from gallery.core.still import Still
from gallery.ui.thumbnails import ThumbnailLoader

Index = QModelIndex | QPersistentModelIndex


class Roles(IntEnum):
    """Named data roles of ``StillListModel`` (and the proxy)."""

    StillRole = Qt.ItemDataRole.UserRole + 1
    FileRole = Qt.ItemDataRole.UserRole + 2
    ThumbnailRole = Qt.ItemDataRole.UserRole + 3
    CaptionRole = Qt.ItemDataRole.UserRole + 4
    CreditRole = Qt.ItemDataRole.UserRole + 5
    ErrorRole = Qt.ItemDataRole.UserRole + 6
    EmbargoRole = Qt.ItemDataRole.UserRole + 7
    CharactersRole = Qt.ItemDataRole.UserRole + 8
    KeywordsRole = Qt.ItemDataRole.UserRole + 9
    LoadingRole = Qt.ItemDataRole.UserRole + 10


StillRole = Roles.StillRole
FileRole = Roles.FileRole
ThumbnailRole = Roles.ThumbnailRole
CaptionRole = Roles.CaptionRole
CreditRole = Roles.CreditRole
ErrorRole = Roles.ErrorRole
EmbargoRole = Roles.EmbargoRole
CharactersRole = Roles.CharactersRole
KeywordsRole = Roles.KeywordsRole
LoadingRole = Roles.LoadingRole


def credit_line(still: Still) -> str:
    """The credit as the press prints it under a picture: "Credit: Netflix"."""
    return f"Credit: {still.credit}" if still.credit else ""


def format_date(date: dt.date) -> str:
    """A short, unambiguous date: "1 Dec 2031" (month name in the user's language)."""
    return QLocale().toString(QDate(date.year, date.month, date.day), "d MMM yyyy")


def embargo_text(date: dt.date) -> str:
    return f"Embargoed until {format_date(date)}"


def tooltip_for(still: Still, error: str | None) -> str:
    parts = []
    if still.title:
        parts.append(f"<b>{_html(still.title)}</b>")
    if still.caption:
        parts.append(_html(still.caption))
    if still.credit:
        parts.append(f"<i>{_html(credit_line(still))}</i>")
    if still.release_date and still.is_embargoed():
        parts.append(f"<b>{_html(embargo_text(still.release_date))}</b>")
    if error:
        parts.append(f"⚠ {_html(error)}")
    parts.append(f"<small>{_html(still.file)}</small>")
    return "<p style='white-space:pre-wrap'>" + "<br>".join(parts) + "</p>"


def _html(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


class StillListModel(QAbstractListModel):
    """The stills of one kit, in kit order, with thumbnails from a ``ThumbnailLoader``.

    Rows are looked up by file (``row_of``) so thumbnails that arrive late land on
    the right still whatever the filter did meanwhile.
    Signals: none beyond QAbstractItemModel's.
    """

    def __init__(self, loader: ThumbnailLoader, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._loader = loader
        self._stills: list[Still] = []
        self._rows: dict[str, int] = {}
        self.today = dt.date.today()
        loader.thumbnailsChanged.connect(self._on_thumbnails_changed)

    # -- content ---------------------------------------------------------------------------
    def set_stills(self, stills: Sequence[Still], today: dt.date | None = None) -> None:
        self.beginResetModel()
        self._stills = list(stills)
        self._rows = {s.file: i for i, s in enumerate(self._stills)}
        self.today = today or dt.date.today()
        self.endResetModel()

    def stills(self) -> list[Still]:
        return list(self._stills)

    def files(self) -> list[str]:
        return [s.file for s in self._stills]

    def still_at(self, row: int) -> Still:
        return self._stills[row]

    def row_of(self, file: str) -> int:
        """The row of ``file``, or -1."""
        return self._rows.get(file, -1)

    def index_of(self, file: str) -> QModelIndex:
        row = self.row_of(file)
        return self.index(row, 0) if row >= 0 else QModelIndex()

    # -- QAbstractListModel ------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt signature
        return 0 if parent.isValid() else len(self._stills)

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren

    def roleNames(self) -> dict[int, bytes]:
        names = dict(super().roleNames())
        for role in Roles:
            names[int(role)] = role.name[0].lower().encode() + role.name[1:].encode()
        return names

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._stills):
            return None
        still = self._stills[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return still.caption or still.title or still.name
        if role == ThumbnailRole:
            return self._loader.pixmap(still.file)
        if role == CaptionRole:
            return still.caption or ""
        if role == CreditRole:
            return credit_line(still)
        if role == ErrorRole:
            return still.error or self._loader.error(still.file)
        if role == EmbargoRole:
            return still.release_date if still.is_embargoed(self.today) else None
        if role == StillRole:
            return still
        if role == FileRole:
            return still.file
        if role == LoadingRole:
            return not still.error and self._loader.is_loading(still.file)
        if role == CharactersRole:
            return list(still.characters)
        if role == KeywordsRole:
            return list(still.keywords)
        if role == Qt.ItemDataRole.ToolTipRole:
            return tooltip_for(still, still.error or self._loader.error(still.file))
        if role == Qt.ItemDataRole.AccessibleTextRole:
            text = still.caption or still.title or still.name
            return f"{text}. {credit_line(still)}" if still.credit else text
        return None

    def _on_thumbnails_changed(self, files: list[str]) -> None:
        rows = [self._rows[f] for f in files if f in self._rows]
        if not rows:
            return
        roles = [int(ThumbnailRole), int(ErrorRole), int(LoadingRole), int(Qt.ItemDataRole.ToolTipRole)]
        # One signal per batch; the view repaints only what is visible in this range.
        self.dataChanged.emit(self.index(min(rows), 0), self.index(max(rows), 0), roles)


class StillFilterProxy(QSortFilterProxyModel):
    """Applies a ``StillFilter`` (chips, any/all, search) to a ``StillListModel``.

    Signals: filterChanged() after the rows accepted changed.
    """

    filterChanged = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._filter = StillFilter()
        self._index: FilterIndex | None = None
        self._accepted: bytearray | None = None  # per source row, for the current filter
        self.setDynamicSortFilter(False)  # thumbnails arriving must not re-run the filter
        self.modelAboutToBeReset.connect(self._forget_index)

    @property
    def still_filter(self) -> StillFilter:
        return self._filter

    def set_filter_index(self, index: FilterIndex) -> None:
        """The core's precomputed chip sets and folded texts for the model's stills (built in a
        worker when the kit opens); without one it is built on the first filter."""
        self._index = index
        if not self._filter.is_empty:
            self._refilter(self._filter)

    def set_still_filter(self, still_filter: StillFilter) -> None:
        if still_filter == self._filter:
            return
        self._refilter(still_filter)
        self.filterChanged.emit()

    def _refilter(self, still_filter: StillFilter) -> None:
        # The filter runs once over the whole kit in the core (set arithmetic and substring
        # tests); Qt then asks per row and gets a byte lookup.
        self.beginFilterChange()
        self._filter = still_filter
        self._accepted = None
        model = self.sourceModel()
        if not still_filter.is_empty and isinstance(model, StillListModel):
            if self._index is None or len(self._index.stills) != model.rowCount():
                self._index = FilterIndex(model.stills())
            accepted = bytearray(model.rowCount())
            for row in self._index.rows(still_filter):
                accepted[row] = 1
            self._accepted = accepted
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def _forget_index(self) -> None:
        self._index = None
        self._accepted = None
        self._filter = StillFilter()

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        accepted = self._accepted
        return accepted is None or bool(accepted[source_row])

    def stills(self) -> list[Still]:
        """The stills the filter leaves, in view order (what a slideshow walks through)."""
        return [self.data(self.index(r, 0), StillRole) for r in range(self.rowCount())]

    def files(self) -> list[str]:
        return [self.data(self.index(r, 0), FileRole) for r in range(self.rowCount())]

    def index_of(self, file: str) -> QModelIndex:
        model = self.sourceModel()
        if not isinstance(model, StillListModel):
            return QModelIndex()
        return self.mapFromSource(model.index_of(file))


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


class StillDelegate(QStyledItemDelegate):
    """Paints a still's tile. The cell size is set by the view (it spreads the columns).

    Signals: none.
    """

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
    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        m = self.metrics(option.font)
        palette: QPalette = option.palette
        rect: QRect = option.rect
        tile = QRect(
            rect.x() + (rect.width() - m.tile_width) // 2,
            rect.y() + max(0, (rect.height() - m.tile_height) // 2),
            m.tile_width,
            m.tile_height,
        )
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

        embargo = index.data(EmbargoRole)
        if embargo:
            self._paint_badge(painter, thumb, embargo_text(embargo), m)

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
        credit = index.data(CreditRole) or ""
        if credit:
            painter.setFont(m.small_font)
            painter.setPen(_mix(text, base, 0.42))
            credit_rect = QRect(tile.x() + m.PAD, tile.y() + m.credit_top, m.thumb_width, m.small_line_height)
            elided = QFontMetrics(m.small_font).elidedText(credit, Qt.TextElideMode.ElideRight, credit_rect.width())
            painter.drawText(credit_rect, int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter), elided)
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

    def _paint_badge(self, painter: QPainter, area: QRect, label: str, m: TileMetrics) -> None:
        fm = QFontMetrics(m.badge_font)
        room = area.width() - 16 - 16
        if fm.horizontalAdvance(label) > room:
            label = "Embargoed"  # small tiles: the date is in the tooltip and the details
        label = fm.elidedText(label, Qt.TextElideMode.ElideRight, room)
        w = fm.horizontalAdvance(label) + 16
        h = fm.height() + 6
        badge = QRectF(area.x() + 8, area.y() + 8, w, h)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(190, 52, 28, 235))
        painter.drawRoundedRect(badge, h / 2, h / 2)
        painter.setPen(QColor(255, 255, 255))
        painter.setFont(m.badge_font)
        painter.drawText(badge, int(Qt.AlignmentFlag.AlignCenter), label)

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


def wrap_lines(text: str, font: QFont, width: int, max_lines: int) -> list[str]:
    """``text`` word-wrapped to ``width`` pixels, at most ``max_lines`` lines, the last elided."""
    text = " ".join(text.split())
    if not text or width <= 0:
        return []
    layout = QTextLayout(text, font)
    option = layout.textOption()
    option.setWrapMode(option.WrapMode.WrapAtWordBoundaryOrAnywhere)
    layout.setTextOption(option)
    spans: list[tuple[int, int]] = []
    layout.beginLayout()
    while len(spans) < max_lines:
        line = layout.createLine()
        if not line.isValid():
            break
        line.setLineWidth(width)
        spans.append((line.textStart(), line.textLength()))
    layout.endLayout()
    lines = [text[start : start + length].strip() for start, length in spans]
    if spans:
        start, length = spans[-1]
        if start + length < len(text):  # more text than lines: elide the last line
            lines[-1] = QFontMetrics(font).elidedText(text[start:], Qt.TextElideMode.ElideRight, width)
    return lines


class StillGridView(QListView):
    """A ``QListView`` in icon mode that spreads its columns and reports the rows on screen.

    Signals: visibleRowsChanged(int first, int last) (proxy rows, debounced; last < first when none).
    """

    visibleRowsChanged = Signal(int, int)

    SPACING = 4

    def __init__(self, delegate: StillDelegate, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._delegate = delegate
        self.setItemDelegate(delegate)
        self.setViewMode(QListView.ViewMode.IconMode)
        self.setMovement(QListView.Movement.Static)
        self.setFlow(QListView.Flow.LeftToRight)
        self.setWrapping(True)
        self.setResizeMode(QListView.ResizeMode.Adjust)
        self.setUniformItemSizes(True)
        self.setLayoutMode(QListView.LayoutMode.Batched)
        self.setBatchSize(400)
        self.setSpacing(0)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setSelectionRectVisible(True)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setDragEnabled(False)
        self.setAcceptDrops(False)
        self.viewport().setAcceptDrops(False)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setMouseTracking(True)
        self.viewport().setAttribute(Qt.WidgetAttribute.WA_Hover, True)
        self.setFrameShape(QListView.Shape.NoFrame)
        self.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.setWordWrap(True)
        self._visible_timer = QTimer(self)
        self._visible_timer.setSingleShot(True)
        self._visible_timer.setInterval(40)
        self._visible_timer.timeout.connect(self._on_visible_timer)
        self.verticalScrollBar().valueChanged.connect(self.schedule_visible_check)
        self._last_visible: tuple[int, int] | None = None

    def setModel(self, model: Any) -> None:  # noqa: N802 - Qt override
        # Set once per window. (No disconnect of a previous model's signals: a failed
        # disconnect() in PySide6 6.12 drops a reference to False; a stray check is harmless.)
        super().setModel(model)
        if model is not None:
            for sig in (model.modelReset, model.rowsInserted, model.rowsRemoved, model.layoutChanged):
                sig.connect(self.schedule_visible_check)
        self.schedule_visible_check()

    # -- grid geometry --------------------------------------------------------------------------
    def set_thumb_width(self, width: int) -> None:
        self._delegate.set_thumb_width(width)
        self.update_grid()

    def update_grid(self) -> None:
        """Spread the columns over the width: cells share the leftover space."""
        m = self._delegate.metrics(self.font())
        tile = m.tile_size()
        bar = self.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent, None, self)
        # Always leave room for the scroll bar so its appearing does not re-flow the grid.
        avail = max(tile.width(), self.contentsRect().width() - bar - 2 * self.SPACING)
        columns = max(1, avail // (tile.width() + self.SPACING))
        cell = QSize(avail // columns, tile.height() + self.SPACING)
        if cell != self.gridSize():
            self._delegate.set_cell_size(cell)
            self.setGridSize(cell)
            self.scheduleDelayedItemsLayout()
        self.schedule_visible_check()

    def resizeEvent(self, event: Any) -> None:  # noqa: N802 - Qt override
        super().resizeEvent(event)
        self.update_grid()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        super().changeEvent(event)
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self.update_grid()

    def keyPressEvent(self, event: Any) -> None:  # noqa: N802 - Qt override
        # QAbstractItemView copies the display text on Ctrl+C; the window's Copy Image action owns that key.
        if event.matches(QKeySequence.StandardKey.Copy):
            event.ignore()
            return
        super().keyPressEvent(event)

    # -- what is on screen ----------------------------------------------------------------------
    def schedule_visible_check(self, *args: Any) -> None:
        self._visible_timer.start()

    def visible_rows(self) -> tuple[int, int]:
        """(first, last) rows of the view's model whose tiles intersect the viewport; last < first if none."""
        model = self.model()
        n = model.rowCount() if model is not None else 0
        if n == 0 or not self.isVisible():
            return (0, -1)
        height = self.viewport().height()

        def below_top(row: int) -> bool:  # tile bottom is at or below the viewport top
            r = self.visualRect(model.index(row, 0))
            return not r.isValid() or r.bottom() >= 0

        def above_bottom(row: int) -> bool:  # tile top is above the viewport bottom
            r = self.visualRect(model.index(row, 0))
            return r.isValid() and r.top() < height

        lo, hi = 0, n
        while lo < hi:
            mid = (lo + hi) // 2
            if below_top(mid):
                hi = mid
            else:
                lo = mid + 1
        first = lo
        lo, hi = first, n
        while lo < hi:
            mid = (lo + hi) // 2
            if above_bottom(mid):
                lo = mid + 1
            else:
                hi = mid
        last = lo - 1
        return (first, last)

    def rows_per_page(self) -> int:
        grid = self.gridSize()
        if not grid.isValid() or grid.width() <= 0 or grid.height() <= 0:
            return 24
        columns = max(1, self.viewport().width() // grid.width())
        return columns * max(1, self.viewport().height() // grid.height() + 1)

    def _on_visible_timer(self) -> None:
        rows = self.visible_rows()
        self._last_visible = rows
        self.visibleRowsChanged.emit(*rows)
