"""``StillFilterProxy``: the core's ``StillFilter``, a ``MarkFilter`` and the hidden variants applied
to the model's rows."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QObject, QSortFilterProxyModel, Signal

from gallery.core.filtering import FilterIndex, StillFilter
from gallery.core.marks import MarkFilter
from gallery.core.still import Still
from gallery.ui.grid.model import StillListModel
from gallery.ui.grid.roles import FileRole, Index, StillRole


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
        self._hidden: frozenset[str] = frozenset()  # variants shown by their largest still's tile
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

    @property
    def hidden(self) -> frozenset[str]:
        return self._hidden

    def set_hidden(self, files: frozenset[str]) -> None:
        """Leave ``files`` out whatever the filter: the variants a grouped grid shows as one
        tile (View ▸ Group Variants)."""
        if files == self._hidden:
            return
        self.beginFilterChange()
        self._hidden = files
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
                cast = self._index.characters if self._index is not None else ()  # the same kit's cast
                self._index = FilterIndex(model.stills(), cast)
            self._accepted = _accepted_rows(self._index, still_filter)
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def _forget_index(self) -> None:
        self._index = None
        self._accepted = None
        self._hidden = frozenset()
        self._filter = StillFilter()

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:  # noqa: N802 - Qt override
        model = self.sourceModel()
        if not isinstance(model, StillListModel):
            return True
        accepted = self._accepted
        if accepted is not None and not accepted[model.base_row(source_row)]:
            return False
        if self._hidden and model.still_at(source_row).file in self._hidden:
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
