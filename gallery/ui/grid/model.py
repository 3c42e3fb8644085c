"""``StillListModel``: the stills of one kit or collection, their thumbnails and marks, by role."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from pathlib import Path

from PySide6.QtCore import QAbstractListModel, QByteArray, QMimeData, QModelIndex, QObject, Qt

from gallery.core.marks import NO_MARK, Mark
from gallery.core.still import Still
from gallery.core.variants import Variants
from gallery.ui.dragdrop import STILLS_MIME, stills_mime_data
from gallery.ui.grid.roles import (
    CaptionRole,
    CharactersRole,
    CreditRole,
    EmbargoRole,
    ErrorRole,
    FileRole,
    Index,
    KeywordsRole,
    LoadingRole,
    MarkRole,
    PickRole,
    RatingRole,
    Roles,
    StillRole,
    ThumbnailRole,
    VariantsRole,
)
from gallery.ui.text import credit_line, mark_text, tooltip_for
from gallery.ui.thumbnails import ThumbnailLoader


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
        self._variants = Variants()
        self.today = dt.date.today()
        #: A still's file on disk (None for a ZIP member): what a drag to another app carries.
        self.local_path: Callable[[str], Path | None] = lambda _file: None
        #: Which view dragged stills come from (see dragdrop.STILLS_MIME); set with the stills.
        self.drag_origin = ""
        #: The caption language the tiles show (Edit ▸ Caption Language), asked when painting.
        self.caption_language: Callable[[], str | None] = lambda: None
        loader.thumbnailsChanged.connect(self._on_thumbnails_changed)

    # -- content ---------------------------------------------------------------------------
    def set_stills(self, stills: Sequence[Still], today: dt.date | None = None) -> None:
        self.beginResetModel()
        self._base = list(stills)
        self._order = list(range(len(self._base)))
        self._stills = list(self._base)
        self._rows = {s.file: i for i, s in enumerate(self._stills)}
        self._marks = {}
        self._variants = Variants()
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

    def still(self, file: str) -> Still | None:
        row = self._rows.get(file, -1)
        return self._stills[row] if row >= 0 else None

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

    def caption_language_changed(self) -> None:
        """The caption language changed: every tile's caption, tooltip and spoken text follow."""
        if self._stills:
            roles = [int(CaptionRole), int(Qt.ItemDataRole.DisplayRole), int(Qt.ItemDataRole.ToolTipRole)]
            roles.append(int(Qt.ItemDataRole.AccessibleTextRole))
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._stills) - 1, 0), roles)

    # -- variants ------------------------------------------------------------------------------
    @property
    def variants(self) -> Variants:
        return self._variants

    def set_variants(self, variants: Variants) -> None:
        """The kit's variant groups (gallery.ui.variantgrouping): each group's largest still
        shows how many stills its tile stands for."""
        self._variants = variants
        if self._stills:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._stills) - 1, 0), [int(VariantsRole)])

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
        paths = []
        for file in files:
            try:
                path = self.local_path(file)
            except Exception:  # noqa: BLE001 - a file gone or outside the kit: just not dragged out
                path = None
            if path is not None:
                paths.append(path)
        return stills_mime_data(self.drag_origin, files, paths)

    def roleNames(self) -> dict[int, QByteArray]:  # noqa: N802 - Qt override
        names = dict(super().roleNames())
        for role in Roles:
            names[int(role)] = QByteArray(role.name[0].lower().encode() + role.name[1:].encode())
        return names

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self._stills):
            return None
        still = self._stills[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return still.caption_in(self.caption_language()) or still.title or still.name
        if role == ThumbnailRole:
            return self._loader.pixmap(still.file)
        if role == CaptionRole:
            return still.caption_in(self.caption_language()) or ""
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
        if role == VariantsRole:
            return self._variants.count(still.file)
        if role == CharactersRole:
            return list(still.characters)
        if role == KeywordsRole:
            return list(still.keywords)
        if role == Qt.ItemDataRole.ToolTipRole:
            error = still.error or self._loader.error(still.file)
            return tooltip_for(still, error, self._marks.get(still.file), self.caption_language())
        if role == Qt.ItemDataRole.AccessibleTextRole:
            text = still.caption_in(self.caption_language()) or still.title or still.name
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
