"""Help ▸ Keyboard Shortcuts and Help ▸ About Stills.

The shortcuts sheet is made from the window's own ``QAction``s (their text and the keys
they hold on this platform) and from the slideshow's key table, so it says what the keys
do today, not what they did when someone last wrote it down.
"""

from __future__ import annotations

import platform
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field

import PySide6
from PySide6.QtCore import QEvent, QSize, Qt, qVersion
from PySide6.QtGui import QAction, QFont, QGuiApplication, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMenu,
    QMenuBar,
    QMessageBox,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

import gallery
from gallery.ui.i18n import QT_TRANSLATE_NOOP, translate
from gallery.ui.oneview import ONE_VIEW_KEYS
from gallery.ui.slideshow import SLIDESHOW_CLICKS, SLIDESHOW_KEYS
from gallery.ui.theme import PALETTE_EVENTS, refresh_style_sheets

NATIVE = QKeySequence.SequenceFormat.NativeText
HOMEPAGE = "https://github.com/stills/stills"
SUMMARY = QT_TRANSLATE_NOOP(
    "Help", "An offline gallery for film and series press kits: stills with their captions, credits and embargoes."
)


@dataclass
class ShortcutRow:
    """One line of the sheet: what happens, and the keys (as this platform writes them)."""

    text: str
    keys: list[str]


@dataclass
class ShortcutGroup:
    title: str
    rows: list[ShortcutRow] = field(default_factory=list)


def key_text(sequence: QKeySequence | QKeySequence.StandardKey | Qt.Key | str) -> str:
    """How this platform writes a key sequence ("Ctrl+Shift+C", "⇧⌘C" on macOS)."""
    return QKeySequence(sequence).toString(NATIVE)


def _special(sequence: QKeySequence) -> bool:
    """A key only special keyboards have (the "Copy" or "Zoom In" key, F13 and up)."""
    if sequence.count() != 1:
        return False
    # (PySide6's stubs leave out QKeySequence's operator[], which gives the QKeyCombination.)
    return int(sequence[0].key()) >= int(Qt.Key.Key_F13)  # type: ignore[index]


def key_texts(sequences: Iterable[QKeySequence]) -> list[str]:
    """The texts of ``sequences``, without duplicates and without special-keyboard keys."""
    out: list[str] = []
    for sequence in sequences:
        if sequence.isEmpty() or _special(sequence):
            continue
        text = sequence.toString(NATIVE)
        if text and text not in out:
            out.append(text)
    return out


def action_text(action: QAction) -> str:
    """A menu text as a sentence on the sheet: no mnemonic "&", no trailing "…"."""
    text = action.text().replace("&&", "\0").replace("&", "").replace("\0", "&")
    return " ".join(text.removesuffix("…").removesuffix("...").split())


def action_rows(actions: Iterable[QAction]) -> list[ShortcutRow]:
    """A row for each action that has keys."""
    rows = []
    for action in actions:
        keys = key_texts(action.shortcuts())
        if keys and action.text():
            rows.append(ShortcutRow(action_text(action), keys))
    return rows


def menu_actions(menu: QMenu) -> list[QAction]:
    """Every action of ``menu`` and its submenus, in menu order."""
    out: list[QAction] = []
    for action in menu.actions():
        sub = action.menu()
        if isinstance(sub, QMenu):
            out += menu_actions(sub)
        elif not action.isSeparator():
            out.append(action)
    return out


def menu_groups(menu_bar: QMenuBar, exclude: Iterable[QAction] = ()) -> tuple[list[ShortcutGroup], set[QAction]]:
    """A group per menu of ``menu_bar`` with the actions that have keys (an action in two menus
    is listed in the first). Returns the groups and the actions they list."""
    listed: set[QAction] = set(exclude)
    groups: list[ShortcutGroup] = []
    for top in menu_bar.actions():
        menu = top.menu()
        if not isinstance(menu, QMenu):
            continue
        fresh = [a for a in menu_actions(menu) if a not in listed and a.shortcuts()]
        listed.update(fresh)
        rows = action_rows(fresh)
        if rows:
            groups.append(ShortcutGroup(action_text(top), rows))
    return groups, listed - set(exclude)


def slideshow_group() -> ShortcutGroup:
    """The slideshow's keys, from its own table (``gallery.ui.slideshow.SLIDESHOW_KEYS``)."""
    clicks = {text: button for button, text in SLIDESHOW_CLICKS}
    rows = []
    for command in SLIDESHOW_KEYS:
        button = clicks.pop(command.text, None)
        text = translate("Slideshow", command.text)
        if button:
            text = translate("Help", "{action} (or {button})").format(
                action=text, button=translate("Slideshow", button).lower()
            )
        rows.append(ShortcutRow(text, [key_text(key) for key in command.keys]))
    rows += [ShortcutRow(translate("Slideshow", text), [translate("Slideshow", b)]) for text, b in clicks.items()]
    return ShortcutGroup(translate("Help", "Slideshow"), rows)


def one_view_group() -> ShortcutGroup:
    """The one-still view's keys (Space on a tile), from its own table (``oneview.ONE_VIEW_KEYS``)."""
    rows = [
        ShortcutRow(translate("OneView", command.text), [key_text(key) for key in command.keys])
        for command in ONE_VIEW_KEYS
    ]
    return ShortcutGroup(translate("Help", "One Still, Large"), rows)


KEYCAP_STYLE = """
QLabel[keycap="true"] {
    border: 1px solid palette(mid);
    border-bottom-width: 2px;
    border-radius: 4px;
    background: palette(base);
    color: palette(text);
    padding: 1px 7px;
}
"""


class ShortcutsDialog(QDialog):
    """The keyboard shortcuts sheet: groups of "what it does — keys", in two columns, with a
    filter box. Not modal: it can stay open beside the window."""

    def __init__(self, groups: Sequence[ShortcutGroup], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("shortcutsDialog")
        self.setWindowTitle(translate("Help", "Keyboard Shortcuts"))
        self.setAccessibleName(translate("Help", "Keyboard Shortcuts"))
        self.setAccessibleDescription(
            translate("Help", "Every keyboard shortcut of the window and of the slideshow, by menu.")
        )
        self.setStyleSheet(KEYCAP_STYLE)
        self.groups = list(groups)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 14, 16, 12)
        layout.setSpacing(10)

        self.filter = QLineEdit()
        self.filter.setObjectName("shortcutsFilter")
        self.filter.setPlaceholderText(translate("Help", "Find a shortcut…"))
        self.filter.setClearButtonEnabled(True)
        self.filter.setAccessibleName(translate("Help", "Find a shortcut"))
        self.filter.setAccessibleDescription(
            translate("Help", "Shows only the shortcuts whose action or keys contain these words")
        )
        self.filter.textChanged.connect(self._apply_filter)
        layout.addWidget(self.filter)

        content = QWidget()
        content.setObjectName("shortcutsContent")
        columns = QHBoxLayout(content)
        columns.setContentsMargins(0, 0, 8, 0)
        columns.setSpacing(28)
        self._rows: list[tuple[ShortcutGroup, ShortcutRow, QLabel, QWidget]] = []
        self._titles: list[tuple[ShortcutGroup, QLabel, QGridLayout]] = []
        for column_groups in self._columns(self.groups):
            column = QVBoxLayout()
            column.setSpacing(2)
            for group in column_groups:
                self._add_group(column, group)
            column.addStretch(1)
            columns.addLayout(column, 1)
        self._content = content
        scroll = QScrollArea()
        scroll.setWidget(content)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        layout.addWidget(scroll, 1)

        self.empty = QLabel(translate("Help", "No shortcut matches."))
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setEnabled(False)
        self.empty.hide()
        layout.addWidget(self.empty)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(self.sizeHint())

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt override
        """Tall enough for every group when the screen allows (85% of it at most), else it scrolls."""
        host = getattr(self, "_content", None)
        if host is None:
            return QSize(820, 640)
        content = host.sizeHint()
        want = QSize(max(900, content.width() + 60), content.height() + 130)
        screen = self.screen() or QGuiApplication.primaryScreen()
        if screen is not None:
            room = screen.availableGeometry().size()
            want = want.boundedTo(QSize(round(room.width() * 0.9), round(room.height() * 0.85)))
        return want

    @staticmethod
    def _columns(groups: Sequence[ShortcutGroup]) -> list[list[ShortcutGroup]]:
        """Two columns of about the same height; groups keep their order."""
        weights = [len(g.rows) + 2 for g in groups]
        half = sum(weights) / 2
        left: list[ShortcutGroup] = []
        total = 0
        for group, weight in zip(groups, weights, strict=True):
            if total and total + weight / 2 > half:
                break
            left.append(group)
            total += weight
        return [left, list(groups[len(left) :])]

    def _add_group(self, column: QVBoxLayout, group: ShortcutGroup) -> None:
        title = QLabel(group.title)
        title.setContentsMargins(0, 6, 0, 0)
        font = QFont(title.font())
        font.setWeight(QFont.Weight.DemiBold)
        if font.pointSizeF() > 0:
            font.setPointSizeF(font.pointSizeF() * 1.12)
        title.setFont(font)
        title.setAccessibleName(translate("Help", "{group} shortcuts").format(group=group.title))
        column.addWidget(title)
        grid = QGridLayout()
        grid.setContentsMargins(0, 2, 0, 8)
        grid.setHorizontalSpacing(12)
        grid.setVerticalSpacing(5)
        grid.setColumnStretch(0, 1)
        for i, row in enumerate(group.rows):
            text = QLabel(row.text)
            text.setWordWrap(True)
            text.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
            text.setTextFormat(Qt.TextFormat.PlainText)
            text.setAccessibleDescription(translate("Help", " or ").join(row.keys))
            keys = QWidget()
            keys_layout = QHBoxLayout(keys)
            keys_layout.setContentsMargins(0, 0, 0, 0)
            keys_layout.setSpacing(4)
            keys_layout.addStretch(1)
            for key in row.keys:
                cap = QLabel(key)
                cap.setProperty("keycap", True)
                cap.setTextFormat(Qt.TextFormat.PlainText)
                cap.setAccessibleName(key)
                keys_layout.addWidget(cap)
            grid.addWidget(text, i, 0, Qt.AlignmentFlag.AlignVCenter)
            grid.addWidget(keys, i, 1, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self._rows.append((group, row, text, keys))
        self._titles.append((group, title, grid))
        column.addLayout(grid)

    def event(self, event: QEvent) -> bool:
        if event.type() in PALETTE_EVENTS:
            refresh_style_sheets(self)  # the keycaps follow a light/dark switch
        return super().event(event)

    def visible_rows(self) -> list[tuple[str, str, list[str]]]:
        """(group, text, keys) of the rows shown now (the filter hides the others)."""
        return [(g.title, r.text, list(r.keys)) for g, r, label, _ in self._rows if not label.isHidden()]

    def _apply_filter(self, text: str) -> None:
        words = text.casefold().split()
        shown_groups: set[int] = set()
        for group, row, label, keys in self._rows:
            haystack = " ".join([group.title, row.text, *row.keys]).casefold()
            visible = all(w in haystack for w in words)
            label.setHidden(not visible)
            keys.setHidden(not visible)
            if visible:
                shown_groups.add(id(group))
        for group, title, _grid in self._titles:
            title.setHidden(id(group) not in shown_groups)
        self.empty.setVisible(not shown_groups)


# -- About --------------------------------------------------------------------------------------
def versions_text() -> str:
    """ "Qt 6.x · PySide6 6.x · Python 3.x" of what runs now."""
    return f"Qt {qVersion()} · PySide6 {PySide6.__version__} · Python {platform.python_version()}"


def about_box(parent: QWidget | None = None) -> QMessageBox:
    """Help ▸ About Stills, built but not shown: the icon, version, what it is, the Qt,
    PySide6 and Python it runs on, and the licence."""
    box = QMessageBox(parent)
    box.setObjectName("aboutBox")
    box.setWindowTitle(translate("Help", "About Stills"))
    box.setTextFormat(Qt.TextFormat.RichText)
    summary = translate("Help", SUMMARY)
    box.setText(f"<h3>Stills {gallery.__version__}</h3><p>{summary}</p>")
    licence = translate("Help", "Released under the MIT licence.")
    box.setInformativeText(
        f'<p>{versions_text()}</p><p>{licence}<br><a href="{HOMEPAGE}">{HOMEPAGE.removeprefix("https://")}</a></p>'
    )
    icon = QGuiApplication.windowIcon() if QApplication.instance() is not None else None
    if icon is not None and not icon.isNull():
        ratio = parent.devicePixelRatioF() if parent is not None else QGuiApplication.primaryScreen().devicePixelRatio()
        box.setIconPixmap(icon.pixmap(QSize(72, 72), ratio))
    else:
        box.setIcon(QMessageBox.Icon.Information)
    box.addButton(QMessageBox.StandardButton.Close)
    box.setAccessibleName(translate("Help", "About Stills"))
    box.setAccessibleDescription(f"Stills {gallery.__version__}. {summary}")
    return box


__all__ = [
    "ShortcutGroup",
    "ShortcutRow",
    "ShortcutsDialog",
    "about_box",
    "action_rows",
    "action_text",
    "key_text",
    "key_texts",
    "menu_groups",
    "slideshow_group",
    "versions_text",
]


class Help:
    """Help ▸ Keyboard Shortcuts (beside the window, not modal) and Help ▸ About Stills.

    ``window``: the main window (its menu bar and actions); ``grid``, ``collections`` and
    ``search_rows``: the widgets whose own keys the sheet lists."""

    def __init__(
        self,
        window: QMainWindow,
        grid: QWidget,
        collections: QWidget,
        search_rows: Callable[[], list[ShortcutRow]],
    ) -> None:
        self.window = window
        self.grid = grid
        self.collections = collections
        self.search_rows = search_rows
        self.shortcuts_dialog: ShortcutsDialog | None = None
        self.about_dialog: QMessageBox | None = None

    def shortcut_groups(self) -> list[ShortcutGroup]:
        """What Help ▸ Keyboard Shortcuts lists: the menus' actions with keys, then the keys of the
        grid, the collections list, the search box and the slideshow. Made from the actions
        themselves, so it says what the keys are on this platform today."""
        grid_actions = [a for a in self.grid.actions() if a.shortcuts()]
        groups, listed = menu_groups(self.window.menuBar(), exclude=grid_actions)
        others = [a for a in self.window.actions() if a.shortcuts() and a not in listed and a not in grid_actions]
        if others:
            groups.append(ShortcutGroup(translate("Help", "Window"), action_rows(others)))
        grid_rows = action_rows(grid_actions)
        arrows = translate("Help", "Arrow keys")
        grid_rows[:0] = [
            ShortcutRow(translate("Help", "Start the slideshow here (or double-click)"), [key_text(Qt.Key.Key_Return)]),
            ShortcutRow(
                translate("Help", "Move between stills"), [arrows, key_text(Qt.Key.Key_Home), key_text(Qt.Key.Key_End)]
            ),
            ShortcutRow(translate("Help", "Select a run of stills"), [f"{key_text(Qt.Key.Key_Shift)}+{arrows}"]),
        ]
        groups.append(ShortcutGroup(translate("Help", "In the grid"), grid_rows))
        collection_rows = action_rows(self.collections.actions())
        groups.append(ShortcutGroup(translate("Help", "In the collections list"), collection_rows))
        groups.append(ShortcutGroup(translate("Help", "In the search box"), self.search_rows()))
        groups.append(slideshow_group())
        groups.append(one_view_group())
        return [g for g in groups if g.rows]

    def show_shortcuts(self) -> ShortcutsDialog:
        """Help ▸ Keyboard Shortcuts: the sheet, beside the window (not modal)."""
        dialog = self.shortcuts_dialog
        if dialog is None or not dialog.isVisible():
            if dialog is not None:
                dialog.deleteLater()
            dialog = ShortcutsDialog(self.shortcut_groups(), self.window)
            self.shortcuts_dialog = dialog
        dialog.show()
        dialog.raise_()
        dialog.activateWindow()
        return dialog

    def show_about(self) -> QMessageBox:
        """Help ▸ About Stills."""
        if self.about_dialog is not None:
            self.about_dialog.deleteLater()
        box = about_box(self.window)
        self.about_dialog = box
        box.open()
        return box

    def show_about_qt(self) -> None:
        QMessageBox.aboutQt(self.window, translate("Help", "About Qt"))
