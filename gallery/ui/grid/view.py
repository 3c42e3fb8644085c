"""``StillGridView``: the grid's ``QListView``, spreading its columns and reporting the rows on screen."""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel, QEvent, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence, QResizeEvent
from PySide6.QtWidgets import QAbstractItemView, QListView, QStyle, QWidget

from gallery.ui.grid.delegate import StillDelegate


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

    def setModel(self, model: QAbstractItemModel | None) -> None:  # noqa: N802 - Qt override
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

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt override
        super().resizeEvent(event)
        self.update_grid()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        super().changeEvent(event)
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self.update_grid()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt override
        # QAbstractItemView copies the display text on Ctrl+C; the window's Copy Image action owns that key.
        if event.matches(QKeySequence.StandardKey.Copy):
            event.ignore()
            return
        super().keyPressEvent(event)

    # -- what is on screen ----------------------------------------------------------------------
    def schedule_visible_check(self, *args: object) -> None:
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
        self.visibleRowsChanged.emit(*self.visible_rows())
