"""The filter bar above the grid: search box, character and keyword chips, any/all, picks
and minimum rating, clear.

It only builds a ``StillFilter`` and a ``MarkFilter`` (core, Qt-free) and emits them; the
proxy model does the filtering. Typing is debounced (150 ms) so a burst of keys filters once.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence

from PySide6.QtCore import QEvent, QObject, QRectF, QSize, Qt, QTimer, Signal
from PySide6.QtGui import (
    QColor,
    QEnterEvent,
    QFontMetrics,
    QKeySequence,
    QPainter,
    QPalette,
    QPen,
    QResizeEvent,
    QShortcut,
)
from PySide6.QtWidgets import (
    QAbstractButton,
    QButtonGroup,
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QScrollArea,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from gallery.core.chipcounts import ChipCounts
from gallery.core.filtering import StillFilter
from gallery.core.marks import MarkFilter
from gallery.ui.flowlayout import FlowLayout
from gallery.ui.grid.model import StillListModel
from gallery.ui.grid.proxy import StillFilterProxy
from gallery.ui.helpdialogs import ShortcutRow, key_text, key_texts
from gallery.ui.i18n import QT_TRANSLATE_NOOP, translate

SEARCH_DEBOUNCE_MS = 150
#: The keyword chips show this many lines at most, and scroll beyond.
KEYWORD_LINES = 4


def _mix(a: QColor, b: QColor, t: float) -> QColor:
    return QColor(
        round(a.red() + (b.red() - a.red()) * t),
        round(a.green() + (b.green() - a.green()) * t),
        round(a.blue() + (b.blue() - a.blue()) * t),
    )


class ChipButton(QAbstractButton):
    """A checkable pill: the name, then its count in a dimmer colour ("Dorothy 6"). A name longer
    than ``MAX_NAME_EMS`` is elided (the tooltip has it whole), so no chip is wider than a screen.

    Signals: those of QAbstractButton (toggled).
    """

    PAD_X = 11
    PAD_Y = 4
    #: The widest a chip's name is drawn, in widths of "M" (about 250 px at 10 pt).
    MAX_NAME_EMS = 20

    def __init__(self, value: str, count: int, kind: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.value = value
        self.count = count
        self.kind = kind
        self.setCheckable(True)
        self.set_count(count)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setAttribute(Qt.WidgetAttribute.WA_Hover, True)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)  # may shrink, eliding

    def set_count(self, count: int, filtered: bool = False) -> None:
        """The stills the chip stands for (``filtered``: under the filter on show)."""
        self.count = count
        stills = translate("FilterBar", "%Ln still(s)", "", count)
        self.setText(f"{self.value} {count}")
        if filtered:
            tip = translate("FilterBar", "{chip}: %Ln still(s) under the current filter", "", count)
        else:
            tip = translate("FilterBar", "{chip}: %Ln still(s)", "", count)
        self.setToolTip(tip.format(chip=self.value))
        self.setAccessibleName(f"{self.value}, {stills}")
        self.updateGeometry()
        self.update()

    def _parts(self, width: int | None = None) -> tuple[str, str]:
        """The name as drawn (elided to ``width``, at most ``MAX_NAME_EMS``) and the count."""
        fm = QFontMetrics(self.font())
        count = str(self.count)
        room = fm.horizontalAdvance("M") * self.MAX_NAME_EMS
        if width is not None:
            room = min(room, width - 2 * self.PAD_X - 6 - fm.horizontalAdvance(count))
        name = " ".join(self.value.split())  # a newline or a run of spaces in a keyword: one space
        if fm.horizontalAdvance(name) <= room:  # (elidedText measures finer, and may cut a fit)
            return name, count
        return fm.elidedText(name, Qt.TextElideMode.ElideRight, max(0, room)), count

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt override
        fm = QFontMetrics(self.font())
        name, count = self._parts()
        width = fm.horizontalAdvance(name) + 6 + fm.horizontalAdvance(count) + 2 * self.PAD_X
        return QSize(width, fm.height() + 2 * self.PAD_Y + 2)

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt override
        """A long name may shrink to a few letters and "…" (a narrow window elides it)."""
        fm = QFontMetrics(self.font())
        hint = self.sizeHint()
        shortest = fm.horizontalAdvance("Mmm…") + 6 + fm.horizontalAdvance(str(self.count)) + 2 * self.PAD_X
        return QSize(min(hint.width(), shortest), hint.height())

    def paintEvent(self, event: object) -> None:  # noqa: N802 - Qt override
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        pal = self.palette()
        base = pal.color(QPalette.ColorRole.Base)
        window = pal.color(QPalette.ColorRole.Window)
        text = pal.color(QPalette.ColorRole.WindowText)
        hl = pal.color(QPalette.ColorRole.Highlight)
        hl_text = pal.color(QPalette.ColorRole.HighlightedText)
        r = QRectF(self.rect()).adjusted(1, 1, -1, -1)
        radius = r.height() / 2
        hovered = self.underMouse()
        if self.isChecked():
            p.setBrush(hl)
            p.setPen(QPen(hl.darker(112) if hovered else hl, 1))
            fg, dim = hl_text, _mix(hl_text, hl, 0.3)
        else:
            p.setBrush(_mix(base, hl, 0.08) if hovered else _mix(window, base, 0.6))
            p.setPen(QPen(hl if hovered else _mix(window, text, 0.25), 1))
            fg, dim = text, _mix(text, window, 0.45)
        p.drawRoundedRect(r, radius, radius)
        if self.hasFocus():
            ring = QColor(hl)
            ring.setAlphaF(0.55)
            p.setBrush(Qt.BrushStyle.NoBrush)
            p.setPen(QPen(ring, 2))
            p.drawRoundedRect(r.adjusted(-0.5, -0.5, 0.5, 0.5), radius, radius)
        fm = QFontMetrics(self.font())
        name, count = self._parts(self.width())
        x = self.PAD_X
        baseline = (self.height() + fm.ascent() - fm.descent()) / 2
        p.setFont(self.font())
        p.setPen(fg)
        p.drawText(int(x), int(baseline), name)
        x += fm.horizontalAdvance(name) + 6
        p.setPen(dim)
        p.drawText(int(x), int(baseline), count)
        p.end()

    def enterEvent(self, event: QEnterEvent) -> None:  # noqa: N802 - Qt override
        self.update()
        super().enterEvent(event)

    def leaveEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        self.update()
        super().leaveEvent(event)


SEGMENT_STYLE = """
QToolButton[segment="true"] {
    border: 1px solid palette(mid);
    background: palette(base);
    color: palette(text);
    padding: 2px 12px;
    min-height: 20px;
}
QToolButton[segment="true"][first="true"] {
    border-top-left-radius: 12px; border-bottom-left-radius: 12px; border-right: none;
}
QToolButton[segment="true"][last="true"] {
    border-top-right-radius: 12px; border-bottom-right-radius: 12px;
}
QToolButton[segment="true"]:hover { background: palette(alternate-base); }
QToolButton[segment="true"]:checked {
    background: palette(highlight); color: palette(highlighted-text); border-color: palette(highlight);
}
QToolButton[pill="true"] {
    border: 1px solid palette(mid); border-radius: 12px; background: palette(base); color: palette(text);
    padding: 2px 8px; min-height: 20px;
}
QToolButton[pill="true"]:hover { background: palette(alternate-base); }
QToolButton[pill="true"]:checked {
    background: palette(highlight); color: palette(highlighted-text); border-color: palette(highlight);
}
"""


class ChipRow(QWidget):
    """A caption ("Characters") and a flowing set of chips; with ``max_lines``, a row of more
    lines scrolls (169 keywords leave the grid its room).

    Signals: toggled() when any chip changes.
    """

    toggled = Signal()

    def __init__(self, title: str, kind: str, parent: QWidget | None = None, max_lines: int = 0) -> None:
        super().__init__(parent)
        self.kind = kind
        self.max_lines = max_lines
        self._label = QLabel(title)
        self._label.setObjectName("chipRowTitle")
        font = self._label.font()
        font.setWeight(font.Weight.DemiBold)
        self._label.setFont(font)
        self._label.setMinimumWidth(84)
        self._label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self._label.setContentsMargins(0, 5, 0, 0)
        self._chips_host = QWidget()
        self._flow = FlowLayout(self._chips_host, 6, 6)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(8)
        layout.addWidget(self._label, 0, Qt.AlignmentFlag.AlignTop)
        self._chips: list[ChipButton] = []
        self._host_policy = self._chips_host.sizePolicy()
        self._host_policy.setHeightForWidth(True)
        self._chips_host.setSizePolicy(self._host_policy)
        self._scroll: QScrollArea | None = None
        if max_lines:
            self._scroll = QScrollArea()
            self._scroll.setWidget(self._chips_host)
            self._scroll.setWidgetResizable(True)
            self._scroll.setFrameShape(QFrame.Shape.NoFrame)
            self._scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
            self._scroll.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
            layout.addWidget(self._scroll, 1)
        else:
            layout.addWidget(self._chips_host, 1)

    def chips(self) -> list[ChipButton]:
        return list(self._chips)

    def chip(self, value: str) -> ChipButton | None:
        return next((c for c in self._chips if c.value == value), None)

    def set_counts(self, counts: Sequence[tuple[str, int]]) -> None:
        for chip in self._chips:
            self._flow.removeWidget(chip)
            chip.deleteLater()
        self._chips = []
        for value, count in counts:
            chip = ChipButton(value, count, self.kind, self._chips_host)
            chip.toggled.connect(self._on_chip_toggled)
            self._flow.addWidget(chip)
            self._chips.append(chip)
        self._flow.invalidate()
        self.setVisible(bool(self._chips))
        self._fit_height()

    def show_counts(self, counts: Mapping[str, int], filtered: bool) -> None:
        """Each chip's count under the filter on show (chips stay where they are)."""
        for chip in self._chips:
            if chip.value in counts:
                chip.set_count(counts[chip.value], filtered)
        self._flow.invalidate()
        self._fit_height()

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt override
        super().resizeEvent(event)
        self._fit_height()

    def _fit_height(self) -> None:
        """A scrolling row is as tall as its chips, up to ``max_lines`` lines of them."""
        if self._scroll is None:
            return
        chip_height = self._chips[0].sizeHint().height() if self._chips else 0
        cap = self.max_lines * (chip_height + 6) - 6
        bar = self._scroll.verticalScrollBar().sizeHint().width()
        full = self._flow.heightForWidth(max(1, self._scroll.width() - bar))
        height = max(0, min(full, cap))
        if self._scroll.height() != height:
            self._scroll.setFixedHeight(height)

    def checked(self) -> frozenset[str]:
        return frozenset(c.value for c in self._chips if c.isChecked())

    def clear(self) -> None:
        for chip in self._chips:
            chip.blockSignals(True)
            chip.setChecked(False)
            chip.blockSignals(False)

    def _on_chip_toggled(self, _checked: bool) -> None:
        self.toggled.emit()


def order_counts(counts: Mapping[str, int], preferred: Iterable[str] = ()) -> list[tuple[str, int]]:
    """Chips in a useful order: the manifest's cast order first, then by count, then by name."""
    ordered: list[tuple[str, int]] = []
    seen: set[str] = set()
    for name in preferred:
        if name in counts and name not in seen:
            ordered.append((name, counts[name]))
            seen.add(name)
    rest = sorted(((n, c) for n, c in counts.items() if n not in seen), key=lambda nc: (-nc[1], nc[0].casefold()))
    return ordered + rest


#: The minimum-rating choices: (label, stars).
RATING_CHOICES = (
    (QT_TRANSLATE_NOOP("FilterBar", "★ Any"), 0),
    ("★ 1+", 1),
    ("★ 2+", 2),
    ("★ 3+", 3),
    ("★ 4+", 4),
    ("★ 5", 5),
)


class FilterBar(QWidget):
    """Search box, chips, the any/all switch, picks and minimum rating; emits the resulting
    ``StillFilter`` and ``MarkFilter``.

    Signals: filterChanged(StillFilter); markFilterChanged(MarkFilter).
    """

    filterChanged = Signal(object)
    markFilterChanged = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("filterBar")
        self.setStyleSheet(SEGMENT_STYLE)
        self.search = QLineEdit()
        self.search.setPlaceholderText(translate("FilterBar", "Search captions, credits, names…"))
        self.search.setClearButtonEnabled(True)
        self.search.setMinimumWidth(200)
        self.search.setMaximumWidth(520)
        self.search.setAccessibleName(translate("FilterBar", "Search"))
        self.search.setAccessibleDescription(
            translate(
                "FilterBar", "Shows only the stills whose caption, credit, characters or keywords contain these words"
            )
        )
        self._quiet = False
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(SEARCH_DEBOUNCE_MS)
        self._debounce.timeout.connect(self._emit)
        self.search.textChanged.connect(self._on_text_changed)
        self.search.returnPressed.connect(self._on_return)
        self._escape = QShortcut(
            QKeySequence(Qt.Key.Key_Escape), self.search, self._on_escape, Qt.ShortcutContext.WidgetShortcut
        )

        match_label = QLabel(translate("FilterBar", "Match"))
        self.any_button = self._segment(translate("FilterBar", "Any"), first=True)
        self.all_button = self._segment(translate("FilterBar", "All"), last=True)
        self.any_button.setToolTip(translate("FilterBar", "Show stills with at least one of the chosen chips"))
        self.all_button.setToolTip(translate("FilterBar", "Show only stills with every chosen chip"))
        self.any_button.setAccessibleName(translate("FilterBar", "Match any chosen chip"))
        self.all_button.setAccessibleName(translate("FilterBar", "Match every chosen chip"))
        self.any_button.setChecked(True)
        self._match_group = QButtonGroup(self)
        self._match_group.setExclusive(True)
        self._match_group.addButton(self.any_button)
        self._match_group.addButton(self.all_button)
        self.all_button.toggled.connect(self._on_match_toggled)

        self.keywords_toggle = QToolButton()
        self.keywords_toggle.setCheckable(True)
        self.keywords_toggle.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.keywords_toggle.setArrowType(Qt.ArrowType.RightArrow)
        self.keywords_toggle.setAutoRaise(True)
        self.keywords_toggle.setText(translate("FilterBar", "Keywords"))
        self.keywords_toggle.setToolTip(translate("FilterBar", "Show or hide the keyword chips"))
        self.keywords_toggle.toggled.connect(self.set_keywords_visible)

        self.picks_button = QToolButton()
        self.picks_button.setObjectName("picksButton")
        self.picks_button.setText(translate("FilterBar", "⚑ Picks"))
        self.picks_button.setCheckable(True)
        self.picks_button.setProperty("pill", True)
        self.picks_button.setCursor(Qt.CursorShape.PointingHandCursor)
        self.picks_button.setToolTip(
            translate("FilterBar", "Show only the stills you picked (P flags the selected stills)")
        )
        self.picks_button.setAccessibleName(translate("FilterBar", "Picks only"))
        self.picks_button.toggled.connect(self._on_marks_changed)
        self.rating_combo = QComboBox()
        self.rating_combo.setObjectName("ratingCombo")
        for label, stars in RATING_CHOICES:
            self.rating_combo.addItem(translate("FilterBar", label), stars)
        self.rating_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.rating_combo.setToolTip(
            translate("FilterBar", "Show only stills rated at least this many stars (keys 1-5 rate)")
        )
        self.rating_combo.setAccessibleName(translate("FilterBar", "Minimum rating"))
        self.rating_combo.currentIndexChanged.connect(self._on_marks_changed)

        self.clear_button = QToolButton()
        self.clear_button.setText(translate("FilterBar", "Clear filters"))
        self.clear_button.setToolTip(translate("FilterBar", "Clear the search, the chips, picks and rating"))
        self.clear_button.setAutoRaise(True)
        self.clear_button.setEnabled(False)
        self.clear_button.clicked.connect(self.clear)

        # The controls wrap onto a second line in a narrow window rather than widen it.
        match = QWidget()
        segments = QHBoxLayout(match)
        segments.setContentsMargins(8, 0, 8, 0)
        segments.setSpacing(0)
        segments.addWidget(match_label)
        segments.addSpacing(8)
        segments.addWidget(self.any_button)
        segments.addWidget(self.all_button)
        self.search.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self._controls = QWidget()
        top = FlowLayout(self._controls, 8, 6)
        for widget in (self.search, match, self.picks_button, self.rating_combo, self.keywords_toggle):
            top.addWidget(widget)
        top.addWidget(self.clear_button)
        controls_policy = self._controls.sizePolicy()
        controls_policy.setHeightForWidth(True)
        self._controls.setSizePolicy(controls_policy)

        self.characters = ChipRow(translate("FilterBar", "Characters"), "character")
        self.keywords = ChipRow(translate("FilterBar", "Keywords"), "keyword", max_lines=KEYWORD_LINES)
        self.characters.toggled.connect(self._on_chips_toggled)
        self.keywords.toggled.connect(self._on_chips_toggled)
        self.characters.setVisible(False)  # until a kit brings chips
        self.keywords.setVisible(False)
        self.keywords_toggle.setVisible(False)
        self._keywords_wanted = False
        self._totals: tuple[Mapping[str, int], Mapping[str, int]] = ({}, {})
        self._counting: ChipCounting | None = None

        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 10, 12, 8)
        layout.setSpacing(8)
        layout.addWidget(self._controls)
        layout.addWidget(self.characters)
        layout.addWidget(self.keywords)

    def shortcut_rows(self) -> list[ShortcutRow]:
        """The search box's keys, for Help ▸ Keyboard Shortcuts."""
        return [
            ShortcutRow(
                translate("FilterBar", "Clear the search; pressed again, clear every filter"),
                key_texts([self._escape.key()]),
            ),
            ShortcutRow(
                translate("FilterBar", "Filter at once, without waiting for the next key"),
                [key_text(Qt.Key.Key_Return)],
            ),
        ]

    def _segment(self, text: str, first: bool = False, last: bool = False) -> QToolButton:
        button = QToolButton()
        button.setText(text)
        button.setCheckable(True)
        button.setProperty("segment", True)
        button.setProperty("first", first)
        button.setProperty("last", last)
        button.setCursor(Qt.CursorShape.PointingHandCursor)
        return button

    # -- content -------------------------------------------------------------------------------
    def set_counts(
        self,
        characters: Mapping[str, int],
        keywords: Mapping[str, int],
        cast_order: Iterable[str] = (),
    ) -> None:
        """New chips for a new kit; clears the current filter without emitting."""
        self._debounce.stop()
        self._quiet = True  # (not blockSignals: the line edit's clear button listens to textChanged)
        self.search.clear()
        self._quiet = False
        if self._counting is not None:
            self._counting.cancel()
        self._totals = (dict(characters), dict(keywords))
        self.characters.set_counts(order_counts(characters, cast_order))
        self.keywords.set_counts(order_counts(keywords))
        self.keywords_toggle.setText(translate("FilterBar", "Keywords ({count})").format(count=len(keywords)))
        self.keywords_toggle.setVisible(bool(keywords))
        self.keywords.setVisible(bool(keywords) and self._keywords_wanted)
        self._update_clear()

    def attach(self, proxy: StillFilterProxy) -> None:
        """Count the chips under ``proxy``'s filter from now on (see ``ChipCounting``)."""
        if self._counting is None:
            self._counting = ChipCounting(self, proxy)

    def show_counts(self, counts: Mapping[str, int] | None) -> None:
        """The chips' counts under the filter on show; None: the kit's totals."""
        for row, totals in zip((self.characters, self.keywords), self._totals, strict=True):
            row.show_counts(counts if counts is not None else totals, counts is not None)

    def set_keywords_visible(self, visible: bool) -> None:
        self._keywords_wanted = visible
        self.keywords_toggle.blockSignals(True)
        self.keywords_toggle.setChecked(visible)
        self.keywords_toggle.blockSignals(False)
        self.keywords_toggle.setArrowType(Qt.ArrowType.DownArrow if visible else Qt.ArrowType.RightArrow)
        self.keywords.setVisible(visible and bool(self.keywords.chips()))

    def keywords_visible(self) -> bool:
        return self._keywords_wanted

    # -- state ----------------------------------------------------------------------------------
    def current_filter(self) -> StillFilter:
        return StillFilter(
            characters=self.characters.checked(),
            keywords=self.keywords.checked(),
            match_all=self.all_button.isChecked(),
            query=self.search.text().strip(),
        )

    def current_mark_filter(self) -> MarkFilter:
        return MarkFilter(
            picks_only=self.picks_button.isChecked(), min_rating=int(self.rating_combo.currentData() or 0)
        )

    def set_mark_filter(self, mark_filter: MarkFilter) -> None:
        """Show ``mark_filter`` and emit it (once)."""
        self._quiet = True
        self.picks_button.setChecked(mark_filter.picks_only)
        self.rating_combo.setCurrentIndex(max(0, min(len(RATING_CHOICES) - 1, mark_filter.min_rating)))
        self._quiet = False
        self._on_marks_changed()

    def set_match_all(self, match_all: bool) -> None:
        (self.all_button if match_all else self.any_button).setChecked(True)

    def clear(self) -> None:
        """Clear search, chips, picks and rating (keeps the any/all choice) and emit at once."""
        self._debounce.stop()
        self._quiet = True  # (not blockSignals: the line edit's clear button listens to textChanged)
        self.search.clear()
        marks_on = not self.current_mark_filter().is_empty
        self.picks_button.setChecked(False)
        self.rating_combo.setCurrentIndex(0)
        self._quiet = False
        self.characters.clear()
        self.keywords.clear()
        if marks_on:
            self.markFilterChanged.emit(self.current_mark_filter())
        self._emit()

    def focus_search(self) -> None:
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    # -- slots ------------------------------------------------------------------------------------
    def _on_text_changed(self, _text: str) -> None:
        if not self._quiet:
            self._debounce.start()
        self._update_clear()

    def _on_return(self) -> None:
        if self._debounce.isActive():
            self._debounce.stop()
            self._emit()

    def _on_escape(self) -> None:
        if self.search.text():
            self.search.clear()
        else:
            self.clear()

    def _on_match_toggled(self, _checked: bool) -> None:
        if self.characters.checked() or self.keywords.checked():
            self._emit()

    def _on_chips_toggled(self) -> None:
        self._emit()

    def _on_marks_changed(self, *_args: object) -> None:
        if self._quiet:
            return
        self._update_clear()
        self.markFilterChanged.emit(self.current_mark_filter())

    def _update_clear(self) -> None:
        f = StillFilter(
            characters=self.characters.checked(),
            keywords=self.keywords.checked(),
            query=self.search.text().strip(),
        )
        self.clear_button.setEnabled(not f.is_empty or not self.current_mark_filter().is_empty)

    def _emit(self) -> None:
        self._update_clear()
        self.filterChanged.emit(self.current_filter())


class ChipCounting(QObject):
    """Keeps a filter bar's chip counts in step with the grid's filter, as Bridge's filter panel
    does: each time the proxy's filter changes the chips are counted anew, a slice of
    ``ChipCounts`` per turn of the event loop (100,000 stills never hold the window), and the
    counts are shown once all are known. With no filter the chips show the kit's totals.

    Signals: none.
    """

    def __init__(self, bar: FilterBar, proxy: StillFilterProxy) -> None:
        super().__init__(bar)
        self.bar = bar
        self.proxy = proxy
        self._counts: ChipCounts | None = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self._on_step)
        proxy.filterChanged.connect(self.recount)
        proxy.modelAboutToBeReset.connect(self.cancel)

    @property
    def counting(self) -> bool:
        return self._counts is not None

    def cancel(self) -> None:
        self._counts = None
        self._timer.stop()

    def recount(self) -> None:
        self.cancel()
        proxy = self.proxy
        index, marks, hidden = proxy.filter_index(), proxy.mark_filter, proxy.hidden
        if index is None or not (proxy.is_filtered or hidden):
            self.bar.show_counts(None)
            return
        keep = None
        model = proxy.sourceModel()
        stills = index.stills
        if not marks.is_empty and isinstance(model, StillListModel):
            keep = lambda row: marks.matches(model.mark(stills[row].file)) and stills[row].file not in hidden  # noqa: E731
        elif hidden:  # grouped variants: a chip counts pictures, not their versions
            keep = lambda row: stills[row].file not in hidden  # noqa: E731
        chips = [chip.value for row in (self.bar.characters, self.bar.keywords) for chip in row.chips()]
        self._counts = ChipCounts(index, proxy.still_filter, chips, keep)
        self._timer.start()

    def _on_step(self) -> None:
        counts = self._counts
        if counts is None:
            return
        if counts.step():
            self._counts = None
            self.bar.show_counts(counts.counts)
        else:
            self._timer.start()
