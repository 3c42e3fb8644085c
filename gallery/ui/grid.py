"""The thumbnail grid: one model, one filter proxy, one painting delegate, one view.

No widget per still: ``StillListModel`` exposes each still through named roles,
``StillFilterProxy`` applies the core's ``StillFilter``, ``StillDelegate`` paints a
tile (thumbnail or placeholder or error, embargo badge, two-line caption, credit)
and ``StillGridView`` is a ``QListView`` in icon mode that reports which rows are
on screen so thumbnails load visible-first.
"""

from __future__ import annotations

import datetime as dt
import json
import math
from collections.abc import Callable, Sequence
from enum import IntEnum
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QDate,
    QEvent,
    QLocale,
    QMimeData,
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
    QUrl,
    Signal,
)
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetrics,
    QFontMetricsF,
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
from gallery.core.marks import NO_MARK, Mark, MarkFilter
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
    RatingRole = Qt.ItemDataRole.UserRole + 11
    PickRole = Qt.ItemDataRole.UserRole + 12
    MarkRole = Qt.ItemDataRole.UserRole + 13


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
RatingRole = Roles.RatingRole
PickRole = Roles.PickRole
MarkRole = Roles.MarkRole


def credit_line(still: Still) -> str:
    """The credit as the press prints it under a picture: "Credit: Netflix"."""
    return f"Credit: {still.credit}" if still.credit else ""


def format_date(date: dt.date) -> str:
    """A short, unambiguous date: "1 Dec 2031" (month name in the user's language)."""
    return QLocale().toString(QDate(date.year, date.month, date.day), "d MMM yyyy")


def embargo_text(date: dt.date) -> str:
    return f"Embargoed until {format_date(date)}"


def stars_text(rating: int) -> str:
    """ "★★★☆☆" for 3 (empty for 0)."""
    return "★" * rating + "☆" * (5 - rating) if rating > 0 else ""


def mark_text(mark: Mark | None) -> str:
    """What a mark says in words: "4 stars, pick"; empty for no mark."""
    if mark is None or mark.is_empty:
        return ""
    parts = []
    if mark.rating:
        parts.append(f"{mark.rating} star{'s' if mark.rating != 1 else ''}")
    if mark.pick:
        parts.append("pick")
    return ", ".join(parts)


def tooltip_for(still: Still, error: str | None, mark: Mark | None = None) -> str:
    parts = []
    if still.title:
        parts.append(f"<b>{_html(still.title)}</b>")
    if still.caption:
        parts.append(_html(still.caption))
    if still.credit:
        parts.append(f"<i>{_html(credit_line(still))}</i>")
    if still.release_date and still.is_embargoed():
        parts.append(f"<b>{_html(embargo_text(still.release_date))}</b>")
    if mark is not None and not mark.is_empty:
        parts.append(_html(" · ".join(p for p in (stars_text(mark.rating), "Pick" if mark.pick else "") if p)))
    if error:
        parts.append(f"⚠ {_html(error)}")
    parts.append(f"<small>{_html(still.file)}</small>")
    return "<p style='white-space:pre-wrap'>" + "<br>".join(parts) + "</p>"


def _html(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


#: What a drag of stills out of the grid carries besides their files' URLs, as JSON: the grid
#: it came from ("origin": which process, window and view) and the stills' keys ("files": the
#: file inside the kit, or a collection's member key). Keys mean something only in that view.
STILLS_MIME = "application/x-stills-files"


def dragged_files(mime: QMimeData, origin: str) -> list[str]:
    """The still keys of a drag from the grid view ``origin`` (empty for anything else: another
    window's or another instance's stills, whose keys may name other files here)."""
    if not origin or not mime.hasFormat(STILLS_MIME):
        return []
    try:
        payload = json.loads(bytes(mime.data(STILLS_MIME)).decode("utf-8"))
    except (ValueError, UnicodeError):
        return []
    if not isinstance(payload, dict) or payload.get("origin") != origin:
        return []
    files = payload.get("files")
    return [f for f in files if isinstance(f, str)] if isinstance(files, list) else []


class StillListModel(QAbstractListModel):
    """The stills of one kit (or collection), with thumbnails from a ``ThumbnailLoader`` and
    the user's marks (stars and picks).

    Rows are looked up by file (``row_of``) so thumbnails that arrive late land on
    the right still whatever the filter did meanwhile. ``stills()`` is the kit's order;
    ``set_order`` shows them in another (a sort), keeping the selection.
    Signals: none beyond QAbstractItemModel's.
    """

    def __init__(self, loader: ThumbnailLoader, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._loader = loader
        self._base: list[Still] = []  # the kit's order
        self._order: list[int] = []  # row -> index in _base
        self._stills: list[Still] = []  # row order
        self._rows: dict[str, int] = {}
        self._marks: dict[str, Mark] = {}
        self.today = dt.date.today()
        #: A still's file on disk (None for a ZIP member): what a drag to another app carries.
        self.local_path: Callable[[str], Path | None] = lambda _file: None
        #: Which view dragged stills come from (see STILLS_MIME); set with the stills.
        self.drag_origin = ""
        loader.thumbnailsChanged.connect(self._on_thumbnails_changed)

    # -- content ---------------------------------------------------------------------------
    def set_stills(self, stills: Sequence[Still], today: dt.date | None = None) -> None:
        self.beginResetModel()
        self._base = list(stills)
        self._order = list(range(len(self._base)))
        self._stills = list(self._base)
        self._rows = {s.file: i for i, s in enumerate(self._stills)}
        self._marks = {}
        self.today = today or dt.date.today()
        self.endResetModel()

    def add_stills(self, stills: Sequence[Still]) -> None:
        """More stills of the same kit, after those shown (a big kit is read in two goes);
        rows on show, their selection and the marks stay. Re-sort with ``set_order`` after."""
        if not stills:
            return
        start, base = len(self._stills), len(self._base)
        self.beginInsertRows(QModelIndex(), start, start + len(stills) - 1)
        self._base.extend(stills)
        self._order.extend(range(base, base + len(stills)))
        self._stills.extend(stills)
        for row, still in enumerate(stills, start):
            self._rows[still.file] = row
        self.endInsertRows()

    def stills(self) -> list[Still]:
        """The stills in the kit's (or collection's) own order, whatever the sort."""
        return list(self._base)

    def files(self) -> list[str]:
        return [s.file for s in self._stills]

    def still_at(self, row: int) -> Still:
        return self._stills[row]

    def base_row(self, row: int) -> int:
        """The index in ``stills()`` of the still shown at ``row``."""
        return self._order[row]

    def row_of(self, file: str) -> int:
        """The row of ``file``, or -1."""
        return self._rows.get(file, -1)

    def index_of(self, file: str) -> QModelIndex:
        row = self.row_of(file)
        return self.index(row, 0) if row >= 0 else QModelIndex()

    def set_order(self, order: Sequence[int]) -> None:
        """Show the stills in ``order`` (indexes into ``stills()``); selection and current stay."""
        order = list(order)
        if order == self._order or sorted(order) != list(range(len(self._base))):
            return
        self._relayout(self._base, order)

    def set_base_order(self, stills: Sequence[Still]) -> None:
        """The same stills in a new order of their own (a collection rearranged), shown in it;
        selection and current stay. Re-sort with ``set_order`` after, in another sort."""
        stills = list(stills)
        if sorted(s.file for s in stills) != sorted(s.file for s in self._base):
            return
        self._relayout(stills, list(range(len(stills))))

    def _relayout(self, base: list[Still], order: list[int]) -> None:
        # (No VerticalSortHint: PySide6 6.12 refuses these signals with arguments.)
        self.layoutAboutToBeChanged.emit()
        persistent = self.persistentIndexList()
        files = [self._stills[i.row()].file if 0 <= i.row() < len(self._stills) else None for i in persistent]
        self._base = base
        self._order = order
        self._stills = [self._base[i] for i in order]
        self._rows = {s.file: i for i, s in enumerate(self._stills)}
        moved = [self.index(self._rows[f], 0) if f is not None else QModelIndex() for f in files]
        self.changePersistentIndexList(persistent, moved)
        self.layoutChanged.emit()

    # -- marks ---------------------------------------------------------------------------------
    def mark(self, file: str) -> Mark:
        return self._marks.get(file, NO_MARK)

    def marks(self) -> dict[str, Mark]:
        return dict(self._marks)

    def set_marks(self, marks: dict[str, Mark]) -> None:
        """Every still's mark at once (those not in ``marks`` have none)."""
        self._marks = {f: m for f, m in marks.items() if f in self._rows and not m.is_empty}
        if self._stills:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._stills) - 1, 0), self._mark_roles())

    def set_mark(self, file: str, mark: Mark) -> None:
        row = self._rows.get(file, -1)
        if row < 0:
            return
        if mark.is_empty:
            self._marks.pop(file, None)
        else:
            self._marks[file] = mark
        index = self.index(row, 0)
        self.dataChanged.emit(index, index, self._mark_roles())

    @staticmethod
    def _mark_roles() -> list[int]:
        return [
            int(RatingRole),
            int(PickRole),
            int(MarkRole),
            int(Qt.ItemDataRole.ToolTipRole),
            int(Qt.ItemDataRole.AccessibleTextRole),
        ]

    # -- QAbstractListModel ------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt signature
        return 0 if parent.isValid() else len(self._stills)

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return (
            Qt.ItemFlag.ItemIsEnabled
            | Qt.ItemFlag.ItemIsSelectable
            | Qt.ItemFlag.ItemNeverHasChildren
            | Qt.ItemFlag.ItemIsDragEnabled
        )

    def mimeTypes(self) -> list[str]:  # noqa: N802 - Qt override
        return [STILLS_MIME, "text/uri-list"]

    def supportedDragActions(self) -> Qt.DropAction:  # noqa: N802 - Qt override
        return Qt.DropAction.CopyAction

    def mimeData(self, indexes: Sequence[Index]) -> QMimeData:  # noqa: N802 - Qt override
        """Stills dragged out: onto a collection (their keys), or into a mail, a chat or a
        file manager (the files themselves; ZIP members have no file of their own)."""
        rows = sorted({i.row() for i in indexes if i.isValid() and 0 <= i.row() < len(self._stills)})
        files = [self._stills[r].file for r in rows]
        mime = QMimeData()
        mime.setData(STILLS_MIME, json.dumps({"origin": self.drag_origin, "files": files}).encode("utf-8"))
        urls = []
        for file in files:
            try:
                path = self.local_path(file)
            except Exception:  # noqa: BLE001 - a file gone or outside the kit: just not dragged out
                path = None
            if path is not None:
                urls.append(QUrl.fromLocalFile(str(path)))
        if urls:
            mime.setUrls(urls)
        return mime

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
        if role == RatingRole:
            return self._marks.get(still.file, NO_MARK).rating
        if role == PickRole:
            return self._marks.get(still.file, NO_MARK).pick
        if role == MarkRole:
            return self._marks.get(still.file, NO_MARK)
        if role == CharactersRole:
            return list(still.characters)
        if role == KeywordsRole:
            return list(still.keywords)
        if role == Qt.ItemDataRole.ToolTipRole:
            return tooltip_for(still, still.error or self._loader.error(still.file), self._marks.get(still.file))
        if role == Qt.ItemDataRole.AccessibleTextRole:
            text = still.caption or still.title or still.name
            text = f"{text}. {credit_line(still)}" if still.credit else text
            marked = mark_text(self._marks.get(still.file))
            return f"{text}. {marked[:1].upper()}{marked[1:]}" if marked else text
        return None

    def _on_thumbnails_changed(self, files: list[str]) -> None:
        rows = [self._rows[f] for f in files if f in self._rows]
        if not rows:
            return
        roles = [int(ThumbnailRole), int(ErrorRole), int(LoadingRole), int(Qt.ItemDataRole.ToolTipRole)]
        # One signal per batch; the view repaints only what is visible in this range.
        self.dataChanged.emit(self.index(min(rows), 0), self.index(max(rows), 0), roles)


def _accepted_rows(index: FilterIndex, still_filter: StillFilter) -> bytearray:
    """One byte per still of the index, 1 where the filter keeps it (what Qt asks per row)."""
    accepted = bytearray(len(index.stills))
    for row in index.rows(still_filter):
        accepted[row] = 1
    return accepted


class StillFilterProxy(QSortFilterProxyModel):
    """Applies a ``StillFilter`` (chips, any/all, search) and a ``MarkFilter`` (picks, stars)
    to a ``StillListModel``. It does not sort: the model shows its rows in the chosen order.

    Signals: filterChanged() after the rows accepted changed.
    """

    filterChanged = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._filter = StillFilter()
        self._mark_filter = MarkFilter()
        self._index: FilterIndex | None = None
        self._accepted: bytearray | None = None  # per still of the model's stills(), for the current filter
        self.setDynamicSortFilter(False)  # thumbnails arriving must not re-run the filter
        self.modelAboutToBeReset.connect(self._forget_index)

    @property
    def still_filter(self) -> StillFilter:
        return self._filter

    @property
    def mark_filter(self) -> MarkFilter:
        return self._mark_filter

    @property
    def is_filtered(self) -> bool:
        return not (self._filter.is_empty and self._mark_filter.is_empty)

    def set_filter_index(self, index: FilterIndex) -> None:
        """The core's precomputed chip sets and folded texts for the model's stills (built in a
        worker when the kit opens); without one it is built on the first filter."""
        self._index = index
        if not self._filter.is_empty:
            self._refilter(self._filter)

    def filter_index(self) -> FilterIndex | None:
        """The index the filter runs on (None until one is given or first needed)."""
        return self._index

    def rebase(self, index: FilterIndex) -> None:
        """The index of the model's stills in the order they are about to take (call before the
        model rearranges them): the accepted rows follow that order, so the layout change keeps
        the same stills shown and selected, with no re-filter in between."""
        self._index = index
        if self._accepted is not None:
            self._accepted = _accepted_rows(index, self._filter)

    def set_still_filter(self, still_filter: StillFilter) -> None:
        if still_filter == self._filter:
            return
        self._refilter(still_filter)
        self.filterChanged.emit()

    def set_mark_filter(self, mark_filter: MarkFilter) -> None:
        if mark_filter == self._mark_filter:
            return
        self.beginFilterChange()
        self._mark_filter = mark_filter
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)
        self.filterChanged.emit()

    def marks_changed(self) -> None:
        """Marks were set: with a mark filter on, a still may come or go."""
        if not self._mark_filter.is_empty:
            self.beginFilterChange()
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)
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
            self._accepted = _accepted_rows(self._index, still_filter)
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def _forget_index(self) -> None:
        self._index = None
        self._accepted = None
        self._filter = StillFilter()

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:  # noqa: N802 - Qt override
        model = self.sourceModel()
        accepted = self._accepted
        if accepted is not None and not accepted[model.base_row(source_row)]:
            return False
        if self._mark_filter.is_empty:
            return True
        return self._mark_filter.matches(model.mark(model.still_at(source_row).file))

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

    def pick_rect(self, tile: QRect, m: TileMetrics, pixmap: Any) -> QRectF:
        """The pick badge: the picture's top-right corner."""
        thumb = QRect(tile.x() + m.PAD, tile.y() + m.PAD, m.thumb_width, m.thumb_height)
        area = QRectF(thumb)
        if isinstance(pixmap, QPixmap) and not pixmap.isNull():
            area = self.fitted_rect(thumb, pixmap.deviceIndependentSize().toSize())
        size = max(18.0, min(26.0, m.thumb_width / 9))
        return QRectF(area.right() - size - 6, area.top() + 6, size, size)

    def editorEvent(self, event: QEvent, model: Any, option: QStyleOptionViewItem, index: Index) -> bool:  # noqa: N802
        """A click on a star rates the still (on its current rating: clears it); a click on the
        pick badge flags or unflags it. Either way the selection is left alone."""
        kind = event.type()
        if kind not in (QEvent.Type.MouseButtonPress, QEvent.Type.MouseButtonRelease, QEvent.Type.MouseButtonDblClick):
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

        embargo = index.data(EmbargoRole)
        if embargo:
            # On the picture's top-left corner, clear of the pick badge in its top-right one.
            pick = self.pick_rect(tile, m, pixmap)
            picture = (
                self.fitted_rect(thumb, pixmap.deviceIndependentSize().toSize())
                if isinstance(pixmap, QPixmap) and not pixmap.isNull() and not error
                else QRectF(thumb)
            )
            self._paint_badge(painter, picture, pick.left() - 4, embargo_text(embargo), m)
        mark = index.data(MarkRole)
        mark = mark if isinstance(mark, Mark) else NO_MARK
        if mark.pick or (hovered and not error):
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
            elided = QFontMetrics(m.small_font).elidedText(credit, Qt.TextElideMode.ElideRight, credit_rect.width())
            painter.drawText(credit_rect, int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter), elided)
        if show_stars:
            self._paint_stars(painter, stars, mark.rating, text, base)
        painter.restore()

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

    def _paint_badge(self, painter: QPainter, area: QRectF, right: float, label: str, m: TileMetrics) -> None:
        """The embargo pill at ``area``'s top-left corner, ending before ``right``."""
        fm = QFontMetrics(m.badge_font)
        room = int(right - (area.x() + 8)) - 16
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


def wrap_lines(text: str, font: QFont, width: float, max_lines: int, device: Any = None) -> list[str]:
    """``text`` word-wrapped to ``width`` pixels, at most ``max_lines`` lines, the last elided.

    ``device``: the paint device whose resolution the font is measured at (a PDF page for the
    contact sheet); the screen when None."""
    text = " ".join(text.split())
    if not text or width <= 0:
        return []
    layout = QTextLayout(text, font, device) if device is not None else QTextLayout(text, font)
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
            metrics = QFontMetricsF(font, device) if device is not None else QFontMetricsF(font)
            lines[-1] = metrics.elidedText(text[start:], Qt.TextElideMode.ElideRight, width)
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
        # Stills are dragged out (onto a collection, into other apps), never dropped here.
        self.setDragEnabled(True)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DragOnly)
        self.setDefaultDropAction(Qt.DropAction.CopyAction)
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
