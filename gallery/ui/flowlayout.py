"""A layout that places widgets left to right and wraps them, like words (for filter chips and
the filter bar's controls): it is never wider than its widest item, so it never widens a window."""

from __future__ import annotations

from PySide6.QtCore import QMargins, QPoint, QRect, QSize, Qt
from PySide6.QtWidgets import QLayout, QLayoutItem, QWidget


class FlowLayout(QLayout):
    """Qt's flow-layout example, trimmed: height-for-width, wraps at the right edge. Items that
    expand across (a search box) share what is left of their line, up to their maximum width;
    an item wider than the layout is given the layout's width (a chip elides its name)."""

    def __init__(self, parent: QWidget | None = None, h_spacing: int = 6, v_spacing: int = 6) -> None:
        super().__init__(parent)
        self._items: list[QLayoutItem] = []
        self._h = h_spacing
        self._v = v_spacing
        self.setContentsMargins(QMargins(0, 0, 0, 0))

    def addItem(self, item: QLayoutItem) -> None:  # noqa: N802 - Qt override
        self._items.append(item)

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int) -> QLayoutItem | None:  # noqa: N802 - Qt override
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:  # noqa: N802 - Qt override
        return self._items.pop(index) if 0 <= index < len(self._items) else None

    def expandingDirections(self) -> Qt.Orientation:  # noqa: N802 - Qt override
        return Qt.Orientation(0)

    def hasHeightForWidth(self) -> bool:  # noqa: N802 - Qt override
        return True

    def heightForWidth(self, width: int) -> int:  # noqa: N802 - Qt override
        return self._do_layout(QRect(0, 0, width, 0), apply=False)

    def setGeometry(self, rect: QRect) -> None:  # noqa: N802 - Qt override
        super().setGeometry(rect)
        self._do_layout(rect, apply=True)

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt override
        return self.minimumSize()

    def minimumSize(self) -> QSize:  # noqa: N802 - Qt override
        size = QSize()
        for item in self._items:
            widget = item.widget()
            if widget is None or not widget.isHidden():
                size = size.expandedTo(item.minimumSize())
        m = self.contentsMargins()
        return size + QSize(m.left() + m.right(), m.top() + m.bottom())

    def _do_layout(self, rect: QRect, apply: bool) -> int:
        m = self.contentsMargins()
        area = rect.adjusted(m.left(), m.top(), -m.right(), -m.bottom())
        width = max(1, area.width())
        lines: list[list[tuple[QLayoutItem, QSize]]] = [[]]
        used = 0
        for item in self._items:
            widget = item.widget()
            if widget is not None and widget.isHidden():
                continue
            hint = item.sizeHint()
            hint.setWidth(max(item.minimumSize().width(), min(hint.width(), width)))
            if lines[-1] and used + self._h + hint.width() > width:
                lines.append([])
                used = 0
            used += (self._h if lines[-1] else 0) + hint.width()
            lines[-1].append((item, hint))
        y = area.y()
        for line in lines:
            if not line:
                continue
            if apply:
                self._place_line(line, area.x(), y, width)
            y += max(hint.height() for _item, hint in line) + self._v
        return y - self._v - rect.y() + m.bottom() if any(lines) else m.top() + m.bottom()

    def _place_line(self, line: list[tuple[QLayoutItem, QSize]], x: int, y: int, width: int) -> None:
        """Lay one line out, its spare width shared by the items that expand across, each item
        centred in the line's height."""
        height = max(hint.height() for _item, hint in line)
        spare = width - sum(hint.width() for _item, hint in line) - self._h * (len(line) - 1)
        growing = [item for item, _hint in line if _expands(item)]
        for item, hint in line:
            size = QSize(hint)
            if spare > 0 and item in growing:
                share = spare // len(growing)
                size.setWidth(min(item.maximumSize().width(), hint.width() + share))
            item.setGeometry(QRect(QPoint(x, y + (height - size.height()) // 2), size))
            x += size.width() + self._h


def _expands(item: QLayoutItem) -> bool:
    widget = item.widget()
    return widget is not None and bool(widget.sizePolicy().expandingDirections() & Qt.Orientation.Horizontal)
