"""The side list: the open kit, then the user's collections.

Clicking the kit shows it; clicking a collection opens it as its own grid. Collections are
reordered by dragging them in the list (or with Move Up/Down), renamed with F2 or a double
click, deleted with Delete; the window does the work, this widget only says what was asked.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QPoint, QRectF, QSize, Qt, QTimer, Signal, SignalInstance
from PySide6.QtGui import (
    QAction,
    QDragEnterEvent,
    QDragLeaveEvent,
    QDragMoveEvent,
    QDropEvent,
    QFont,
    QIcon,
    QKeySequence,
    QPainter,
    QPaintEvent,
    QPalette,
    QPen,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QStyle,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from gallery.core.library import Collection
from gallery.ui.dragdrop import carries_stills, dragged_files
from gallery.ui.i18n import translate

IdRole = Qt.ItemDataRole.UserRole + 1
CountRole = Qt.ItemDataRole.UserRole + 2


class _CollectionList(QListWidget):
    """A list whose rows can be dragged to a new place; reports the new order. Stills dragged
    from the grid onto a row are reported too (the row under the pointer is outlined).

    Signals: orderChanged(list ids); stillsDropped(int id, list files).
    """

    orderChanged = Signal(list)
    stillsDropped = Signal(int, list)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setUniformItemSizes(True)
        self.setSpacing(1)
        self.model().rowsMoved.connect(self._on_rows_moved)
        self._drop_row = -1  # the row stills would be dropped on
        self.stills_origin = ""  # the grid whose stills may be dropped here (see dragdrop.STILLS_MIME)

    def ids(self) -> list[int]:
        return [int(self.item(i).data(IdRole)) for i in range(self.count())]

    # -- stills dropped from the grid ---------------------------------------------------
    def _stills_target(self, event: QDragMoveEvent | QDropEvent) -> int:
        """The row stills dragged in would go to, or -1 (not stills, or not over a row)."""
        if not dragged_files(event.mimeData(), self.stills_origin):
            return -1
        item = self.itemAt(event.position().toPoint())
        return self.row(item) if item is not None else -1

    def _set_drop_row(self, row: int) -> None:
        if row != self._drop_row:
            self._drop_row = row
            self.viewport().update()

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802 - Qt override
        if carries_stills(event.mimeData()):
            event.setDropAction(Qt.DropAction.CopyAction)
            event.accept()
            self._set_drop_row(self._stills_target(event))
            return
        super().dragEnterEvent(event)

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:  # noqa: N802 - Qt override
        if carries_stills(event.mimeData()):
            row = self._stills_target(event)
            self._set_drop_row(row)
            if row >= 0:
                event.setDropAction(Qt.DropAction.CopyAction)
                event.accept()
            else:
                event.ignore()
            return
        super().dragMoveEvent(event)

    def dragLeaveEvent(self, event: QDragLeaveEvent) -> None:  # noqa: N802 - Qt override
        self._set_drop_row(-1)
        super().dragLeaveEvent(event)

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802 - Qt override
        if carries_stills(event.mimeData()):
            row = self._stills_target(event)
            self._set_drop_row(-1)
            files = dragged_files(event.mimeData(), self.stills_origin)
            if row < 0 or not files:
                event.ignore()
                return
            event.setDropAction(Qt.DropAction.CopyAction)
            event.accept()
            self.stillsDropped.emit(int(self.item(row).data(IdRole)), files)
            return
        super().dropEvent(event)

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt override
        super().paintEvent(event)
        if self._drop_row < 0 or self.item(self._drop_row) is None:
            return
        painter = QPainter(self.viewport())
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        pen = QPen(self.palette().color(QPalette.ColorRole.Highlight), 2)
        painter.setPen(pen)
        painter.drawRoundedRect(QRectF(self.visualItemRect(self.item(self._drop_row))).adjusted(1, 1, -1, -1), 4, 4)
        painter.end()

    def _on_rows_moved(self, *_args: object) -> None:
        self.orderChanged.emit(self.ids())


def _section(text: str) -> QLabel:
    label = QLabel(text.upper())
    font = QFont(label.font())
    font.setWeight(QFont.Weight.DemiBold)
    if font.pointSizeF() > 0:
        font.setPointSizeF(max(7.0, font.pointSizeF() * 0.85))
    font.setLetterSpacing(QFont.SpacingType.PercentageSpacing, 108)
    label.setFont(font)
    label.setForegroundRole(QPalette.ColorRole.PlaceholderText)
    return label


class LibraryPanel(QWidget):
    """The kit and the collections.

    Signals: kitActivated(); collectionActivated(int id); newRequested(); renameRequested(int id);
    deleteRequested(int id); moveRequested(int id, int offset); orderChanged(list ids);
    stillsDropped(int id, list files): stills dragged from the grid onto a collection.
    """

    kitActivated = Signal()
    collectionActivated = Signal(int)
    newRequested = Signal()
    renameRequested = Signal(int)
    deleteRequested = Signal(int)
    moveRequested = Signal(int, int)
    orderChanged = Signal(list)
    stillsDropped = Signal(int, list)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("libraryPanel")
        self.setMinimumWidth(170)
        self._current: int | None = None
        self._updating = False

        # The kit: a one-row list, so it looks and behaves like the collections under it.
        self.kit_list = QListWidget()
        self.kit_list.setObjectName("kitList")
        self.kit_list.setFrameShape(QFrame.Shape.NoFrame)
        self.kit_list.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.kit_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.kit_list.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.kit_list.setWordWrap(True)  # a kit's title is often long: two lines
        self.kit_item = QListWidgetItem(
            self.style().standardIcon(QStyle.StandardPixmap.SP_DirIcon), translate("Sidebar", "No kit open")
        )
        self.kit_item.setFlags(Qt.ItemFlag.NoItemFlags)
        two_lines = 2 * self.fontMetrics().lineSpacing() + 10
        self.kit_item.setSizeHint(QSize(0, two_lines))
        self.kit_list.addItem(self.kit_item)
        self.kit_list.setFixedHeight(two_lines + 4)
        self.kit_list.itemClicked.connect(lambda _item: self._on_kit_clicked())
        self.kit_list.itemActivated.connect(lambda _item: self._on_kit_clicked())

        self.add_button = QToolButton()
        self.add_button.setObjectName("newCollectionButton")
        self.add_button.setText("+")
        self.add_button.setAutoRaise(True)
        self.add_button.setToolTip(translate("Sidebar", "New collection"))
        self.add_button.setAccessibleName(translate("Sidebar", "New collection"))
        self.add_button.clicked.connect(self.newRequested.emit)

        self.list = _CollectionList()
        self.list.setObjectName("collectionsList")
        self.list.setAccessibleName(translate("Sidebar", "Collections"))
        self.list.setAccessibleDescription(
            translate(
                "Sidebar", "Your collections: open one to see its stills; drag to reorder, F2 renames, Delete deletes"
            )
        )
        self.list.itemClicked.connect(self._on_item_activated)
        self.list.itemActivated.connect(self._on_item_activated)
        self.list.itemDoubleClicked.connect(self._on_item_double_clicked)
        self.list.orderChanged.connect(self._on_order_changed)
        self.list.stillsDropped.connect(self.stillsDropped)
        self.list.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.list.customContextMenuRequested.connect(self._on_context_menu)
        self.list.currentItemChanged.connect(lambda *_: self._update_buttons())

        self.empty_hint = QLabel(translate("Sidebar", "No collections yet. Select stills and add them to start one."))
        self.empty_hint.setObjectName("collectionsHint")
        self.empty_hint.setWordWrap(True)
        self.empty_hint.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self.empty_hint.setContentsMargins(4, 2, 4, 2)

        # The list's keys (Help ▸ Keyboard Shortcuts lists them from these actions).
        self.rename_key_action = self._list_action(
            translate("Sidebar", "Rename the collection"),
            [QKeySequence(Qt.Key.Key_F2)],
            lambda: self._emit_for_selected(self.renameRequested),
        )
        self.delete_key_action = self._list_action(
            translate("Sidebar", "Delete the collection"),
            QKeySequence.keyBindings(QKeySequence.StandardKey.Delete) or [QKeySequence(Qt.Key.Key_Delete)],
            lambda: self._emit_for_selected(self.deleteRequested),
        )
        self.up_key_action = self._list_action(
            translate("Sidebar", "Move the collection up"), [QKeySequence("Alt+Up")], lambda: self._move(-1)
        )
        self.down_key_action = self._list_action(
            translate("Sidebar", "Move the collection down"), [QKeySequence("Alt+Down")], lambda: self._move(1)
        )

        style = self.style()
        self.up_button = self._tool(
            translate("Sidebar", "Up"),
            self._tip(translate("Sidebar", "Move the collection up"), self.up_key_action),
            style.standardIcon(QStyle.StandardPixmap.SP_ArrowUp),
        )
        self.down_button = self._tool(
            translate("Sidebar", "Down"),
            self._tip(translate("Sidebar", "Move the collection down"), self.down_key_action),
            style.standardIcon(QStyle.StandardPixmap.SP_ArrowDown),
        )
        self.rename_button = self._tool(
            "✎", self._tip(translate("Sidebar", "Rename the collection"), self.rename_key_action)
        )
        self.rename_button.setAccessibleName(translate("Sidebar", "Rename the collection"))
        self.delete_button = self._tool(
            translate("Sidebar", "Delete"),
            self._tip(
                translate("Sidebar", "Delete the collection; its stills stay in their kits"), self.delete_key_action
            ),
            style.standardIcon(QStyle.StandardPixmap.SP_TrashIcon),
        )
        for button, name in (
            (self.up_button, translate("Sidebar", "Move the collection up")),
            (self.down_button, translate("Sidebar", "Move the collection down")),
            (self.delete_button, translate("Sidebar", "Delete the collection")),
        ):
            button.setAccessibleName(name)
        self.up_button.clicked.connect(lambda: self._move(-1))
        self.down_button.clicked.connect(lambda: self._move(1))
        self.rename_button.clicked.connect(lambda: self._emit_for_selected(self.renameRequested))
        self.delete_button.clicked.connect(lambda: self._emit_for_selected(self.deleteRequested))

        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 10, 4, 6)
        layout.setSpacing(4)
        layout.addWidget(_section(translate("Sidebar", "Kit")))
        layout.addWidget(self.kit_list)
        layout.addSpacing(10)
        head = QHBoxLayout()
        head.setContentsMargins(0, 0, 0, 0)
        head.addWidget(_section(translate("Sidebar", "Collections")), 1)
        head.addWidget(self.add_button)
        layout.addLayout(head)
        layout.addWidget(self.empty_hint)
        layout.addWidget(self.list, 1)
        buttons = QHBoxLayout()
        buttons.setContentsMargins(0, 0, 0, 0)
        buttons.setSpacing(2)
        for b in (self.up_button, self.down_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        for b in (self.rename_button, self.delete_button):
            buttons.addWidget(b)
        layout.addLayout(buttons)
        self._update_buttons()

    def _list_action(self, text: str, keys: list[QKeySequence], slot: Callable[[], object]) -> QAction:
        action = QAction(text, self.list)
        action.setShortcuts(keys)
        action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        action.triggered.connect(slot)
        self.list.addAction(action)
        return action

    @staticmethod
    def _tip(text: str, action: QAction) -> str:
        keys = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
        return f"{text} ({keys})" if keys else text

    def set_key_hints(self, new_collection: str, add_to_collection: str) -> None:
        """The window's keys for New Collection and Add to Collection, for the hints here."""
        new = translate("Sidebar", "New collection")
        self.add_button.setToolTip(f"{new} ({new_collection})" if new_collection else new)
        self.empty_hint.setText(
            translate("Sidebar", "No collections yet. Select stills and press {keys} to start one.").format(
                keys=add_to_collection
            )
            if add_to_collection
            else translate("Sidebar", "No collections yet. Select stills and add them to start one.")
        )

    def _tool(self, text: str, tip: str, icon: QIcon | None = None) -> QToolButton:
        button = QToolButton()
        button.setText(text)
        if icon is not None and not icon.isNull():
            button.setIcon(icon)
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonIconOnly)
        button.setToolTip(tip)
        button.setAutoRaise(True)
        return button

    # -- content --------------------------------------------------------------------------------
    def set_stills_origin(self, origin: str) -> None:
        """Stills dragged from this grid view (and only those) may be dropped on a collection."""
        self.list.stills_origin = origin

    def set_kit_title(self, title: str | None) -> None:
        self.kit_item.setText(title or translate("Sidebar", "No kit open"))
        self.kit_item.setToolTip(title or "")
        enabled = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        self.kit_item.setFlags(enabled if title else Qt.ItemFlag.NoItemFlags)
        self.set_current(self._current)

    def kit_shown(self) -> bool:
        return self.kit_item.isSelected()

    def set_collections(self, collections: Sequence[Collection], current: int | None = None) -> None:
        """Show ``collections`` (in their order); ``current`` is the one on show (None: the kit)."""
        self._updating = True
        keep = self.selected_id()
        self.list.clear()
        for c in collections:
            item = QListWidgetItem(c.name)
            item.setData(IdRole, c.id)
            item.setData(CountRole, c.count)
            item.setText(f"{c.name}  ({c.count})")
            count = c.count
            item.setToolTip(translate("Sidebar", "{name}: %Ln still(s)", "", count).format(name=c.name))
            item.setSizeHint(QSize(0, self.fontMetrics().height() + 10))
            item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsDragEnabled)
            self.list.addItem(item)
        self.empty_hint.setVisible(not collections)
        self._updating = False
        self.set_current(current if current is not None else None, keep_selection=keep)

    def set_current(self, collection_id: int | None, keep_selection: int | None = None) -> None:
        """Mark what is on show: a collection, or the kit (None)."""
        self._current = collection_id
        self._updating = True
        self.kit_item.setSelected(collection_id is None and bool(self.kit_item.flags() & Qt.ItemFlag.ItemIsEnabled))
        wanted = collection_id if collection_id is not None else keep_selection
        row = self.row_of(wanted) if wanted is not None else -1
        self.list.setCurrentRow(row)
        if row < 0:
            self.list.clearSelection()
        for i in range(self.list.count()):
            item = self.list.item(i)
            font = item.font()
            font.setWeight(QFont.Weight.DemiBold if item.data(IdRole) == collection_id else QFont.Weight.Normal)
            item.setFont(font)
        self._updating = False
        self._update_buttons()

    def row_of(self, collection_id: int | None) -> int:
        for i in range(self.list.count()):
            if self.list.item(i).data(IdRole) == collection_id:
                return i
        return -1

    def names(self) -> list[str]:
        return [self.list.item(i).text() for i in range(self.list.count())]

    def ids(self) -> list[int]:
        return self.list.ids()

    def selected_id(self) -> int | None:
        item = self.list.currentItem()
        return int(item.data(IdRole)) if item is not None else None

    # -- slots --------------------------------------------------------------------------------------
    def _on_kit_clicked(self) -> None:
        if self.kit_item.flags() & Qt.ItemFlag.ItemIsEnabled:
            self.kitActivated.emit()

    def _on_item_activated(self, item: QListWidgetItem) -> None:
        if not self._updating and item is not None:
            self.collectionActivated.emit(int(item.data(IdRole)))

    def _on_item_double_clicked(self, item: QListWidgetItem) -> None:
        # After the click is over: renaming rebuilds the list, which must not happen inside
        # the list's own mouse handling.
        cid = int(item.data(IdRole))
        QTimer.singleShot(0, lambda: self.renameRequested.emit(cid))

    def _on_order_changed(self, ids: list[int]) -> None:
        if not self._updating:
            self.orderChanged.emit(ids)

    def _emit_for_selected(self, signal: SignalInstance) -> None:
        cid = self.selected_id()
        if cid is not None:
            signal.emit(cid)

    def _move(self, offset: int) -> None:
        cid = self.selected_id()
        if cid is not None:
            self.moveRequested.emit(cid, offset)

    def _update_buttons(self) -> None:
        row = self.list.currentRow()
        has = row >= 0
        self.rename_button.setEnabled(has)
        self.delete_button.setEnabled(has)
        self.up_button.setEnabled(has and row > 0)
        self.down_button.setEnabled(has and row < self.list.count() - 1)

    def _on_context_menu(self, pos: QPoint) -> None:
        item = self.list.itemAt(pos)
        menu = QMenu(self)
        if item is not None:
            cid = int(item.data(IdRole))
            menu.addAction(translate("Sidebar", "Open"), lambda: self.collectionActivated.emit(cid))
            menu.addAction(translate("Sidebar", "Rename…"), lambda: self.renameRequested.emit(cid))
            menu.addSeparator()
            menu.addAction(translate("Sidebar", "Move Up"), lambda: self.moveRequested.emit(cid, -1))
            menu.addAction(translate("Sidebar", "Move Down"), lambda: self.moveRequested.emit(cid, 1))
            menu.addSeparator()
            menu.addAction(translate("Sidebar", "Delete…"), lambda: self.deleteRequested.emit(cid))
        else:
            menu.addAction(translate("Sidebar", "New Collection…"), self.newRequested.emit)
        menu.popup(self.list.viewport().mapToGlobal(pos))
