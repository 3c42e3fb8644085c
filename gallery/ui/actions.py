"""Every action of the window in one table: its text, keys, status tip, where its key works
and when it is enabled. The window supplies what each action does (``triggers``) and, after
anything that changes what is shown or selected, an ``ActionState`` to ``ActionTable.update``.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import QMenu, QMenuBar, QToolBar, QWidget

from gallery.core.marks import SORTS
from gallery.ui.i18n import QT_TRANSLATE_NOOP, translate
from gallery.ui.text import stars_text

Std = QKeySequence.StandardKey
Key = str | QKeySequence.StandardKey
Keys = Key | Sequence[Key] | None


def shortcut_keys(shortcut: Keys) -> list[QKeySequence]:
    """The key sequences of ``shortcut``: a sequence or its text, a ``QKeySequence.StandardKey``
    (every binding this platform has for it, none if it has none), or a list of those."""
    if shortcut is None:
        return []
    items: Sequence[Key] = [shortcut] if isinstance(shortcut, (str, QKeySequence.StandardKey)) else shortcut
    keys: list[QKeySequence] = []
    for item in items:
        found = QKeySequence.keyBindings(item) if isinstance(item, QKeySequence.StandardKey) else [QKeySequence(item)]
        keys += [k for k in found if not k.isEmpty() and k not in keys]
    return keys


def standard_or(standard: QKeySequence.StandardKey, fallback: str) -> list[QKeySequence]:
    """The platform's keys for ``standard``, or ``fallback`` where it has none."""
    return shortcut_keys(standard) or [QKeySequence(fallback)]


def keys_of(action: QAction) -> str:
    """An action's first key as this platform writes it ("Ctrl+B", "⌘B"), or ""."""
    return action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)


@dataclass(frozen=True)
class ActionState:
    """What the enable rules look at."""

    has_kit: bool = False  # a kit or collection is on show
    has_selection: bool = False  # stills are selected (in a kit or collection on show)
    rows_shown: int = 0  # rows the filter leaves
    collection_rows: int = 0  # every row of the view
    in_collection: bool = False  # a collection is on show
    library: bool = False  # the library (marks, collections) can be used
    own_order: bool = True  # the grid is in the kit's or collection's own order
    collection_chosen: bool = False  # a collection is on show or selected in the side list
    can_show_kit: bool = False  # a collection is on show and a kit was opened
    slideshow: bool = True  # a slideshow can be shown at all
    whole_kit: bool = True  # not only the first screen of a kit (export and slideshow wait for it)


Rule = Callable[[ActionState], bool]


def _selected(s: ActionState) -> bool:
    return s.has_selection


def _collection_chosen(s: ActionState) -> bool:
    return s.library and s.collection_chosen


def _whole_shown(s: ActionState) -> bool:
    return s.has_kit and s.rows_shown > 0 and s.whole_kit


def _movable(s: ActionState) -> bool:
    return s.in_collection and s.has_selection and s.own_order


@dataclass(frozen=True)
class ActionSpec:
    """One action. ``grid``: its key works while the grid has focus (typing "5" in the search
    box types); ``checked``: checkable, initially so; ``role``: its place on macOS."""

    name: str
    text: str
    keys: Keys = None
    tip: str = ""
    enabled: Rule | None = None
    grid: bool = False
    checked: bool | None = None
    role: QAction.MenuRole | None = None


def rating_text(n: int) -> str:
    """ "No Rating", "★★  2 Stars": the Still ▸ Rating entry for ``n`` stars."""
    if n == 0:
        return translate("Actions", "No Rating")
    return f"{stars_text(n)[:n]}  " + translate("Actions", "%n Star(s)", "", n)


RATING_TIP = QT_TRANSLATE_NOOP("Actions", "Rate the selected stills")

ACTIONS: tuple[ActionSpec, ...] = (
    ActionSpec(
        "open_folder",
        QT_TRANSLATE_NOOP("Actions", "Open &Folder…"),
        Std.Open,
        QT_TRANSLATE_NOOP("Actions", "Open a folder of stills"),
    ),
    ActionSpec(
        "open_zip",
        QT_TRANSLATE_NOOP("Actions", "Open &ZIP…"),
        "Ctrl+Shift+O",
        QT_TRANSLATE_NOOP("Actions", "Open a ZIP press kit"),
    ),
    # (Some platforms have no Quit key of their own, Windows among them: Ctrl+Q there.)
    ActionSpec("quit", QT_TRANSLATE_NOOP("Actions", "&Quit"), None, role=QAction.MenuRole.QuitRole),
    ActionSpec(
        "copy_caption",
        QT_TRANSLATE_NOOP("Actions", "Copy Caption and &Credit"),
        "Ctrl+Shift+C",
        QT_TRANSLATE_NOOP("Actions", "Copy the selected stills' captions with their credits, ready to paste"),
        _selected,
    ),
    ActionSpec(
        "copy_image",
        QT_TRANSLATE_NOOP("Actions", "Copy &Image"),
        Std.Copy,
        QT_TRANSLATE_NOOP("Actions", "Copy the selected still's picture"),
        _selected,
    ),
    # Undo and Redo: enabled and named by gallery.ui.undo (what they would undo), not by a rule.
    ActionSpec(
        "undo",
        QT_TRANSLATE_NOOP("Actions", "&Undo"),
        Std.Undo,
        QT_TRANSLATE_NOOP("Actions", "Undo the last rating, pick, reject or collection change"),
    ),
    ActionSpec(
        "redo", QT_TRANSLATE_NOOP("Actions", "&Redo"), Std.Redo, QT_TRANSLATE_NOOP("Actions", "Redo what was undone")
    ),
    ActionSpec(
        "select_all", QT_TRANSLATE_NOOP("Actions", "Select &All"), Std.SelectAll, enabled=lambda s: s.rows_shown > 0
    ),
    ActionSpec("find", QT_TRANSLATE_NOOP("Actions", "&Find…"), Std.Find),
    ActionSpec("zoom_in", QT_TRANSLATE_NOOP("Actions", "Zoom &In"), [Std.ZoomIn, "Ctrl+="]),
    ActionSpec("zoom_out", QT_TRANSLATE_NOOP("Actions", "Zoom &Out"), Std.ZoomOut),
    ActionSpec("zoom_reset", QT_TRANSLATE_NOOP("Actions", "&Actual Size"), "Ctrl+0"),
    ActionSpec("details", QT_TRANSLATE_NOOP("Actions", "Show &Details"), "Ctrl+I", checked=True),
    ActionSpec("filter_bar", QT_TRANSLATE_NOOP("Actions", "Show Filter &Bar"), "Ctrl+Shift+F", checked=True),
    ActionSpec("show_sidebar", QT_TRANSLATE_NOOP("Actions", "Show &Collections"), "Ctrl+Shift+L", checked=True),
    # F11 here; Enter on the grid starts it through `activated` (a double click opens the still: oneview).
    ActionSpec(
        "slideshow",
        QT_TRANSLATE_NOOP("Actions", "Start &Slideshow"),
        ["F11", "Ctrl+Return"],
        QT_TRANSLATE_NOOP("Actions", "Show the filtered stills full screen, from the selected one"),
        lambda s: s.slideshow and s.rows_shown > 0 and s.whole_kit,
    ),
    ActionSpec(
        "slideshow_options",
        QT_TRANSLATE_NOOP("Actions", "Slideshow &Options…"),
        None,
        QT_TRANSLATE_NOOP("Actions", "Interval, loop, shuffle, crossfade, screen"),
    ),
    ActionSpec(
        "shortcuts",
        QT_TRANSLATE_NOOP("Actions", "&Keyboard Shortcuts"),
        [Std.HelpContents, "Ctrl+/"],
        QT_TRANSLATE_NOOP("Actions", "Every key of the window and of the slideshow"),
    ),
    ActionSpec(
        "about",
        QT_TRANSLATE_NOOP("Actions", "&About Stills"),
        None,
        QT_TRANSLATE_NOOP("Actions", "Version, licence and credits"),
        role=QAction.MenuRole.AboutRole,
    ),
    ActionSpec(
        "about_qt",
        QT_TRANSLATE_NOOP("Actions", "About &Qt"),
        None,
        QT_TRANSLATE_NOOP("Actions", "The Qt version Stills runs on"),
        role=QAction.MenuRole.AboutQtRole,
    ),
    # Ratings and picks: keys 0-5 and P on the grid.
    *(
        ActionSpec(
            f"rate_{n}",
            "",  # named by rating_text(n), a plural
            str(n),
            RATING_TIP,
            _selected,
            grid=True,
        )
        for n in range(6)
    ),
    ActionSpec(
        "pick",
        QT_TRANSLATE_NOOP("Actions", "Toggle &Pick"),
        "P",
        QT_TRANSLATE_NOOP("Actions", "Flag the selected stills as picks (or unflag them)"),
        _selected,
        grid=True,
    ),
    ActionSpec(
        "reject",
        QT_TRANSLATE_NOOP("Actions", "Toggle Re&ject"),
        "X",
        QT_TRANSLATE_NOOP("Actions", "Mark the selected stills as rejects (or unmark them)"),
        _selected,
        grid=True,
    ),
    ActionSpec(
        "hide_rejects",
        QT_TRANSLATE_NOOP("Actions", "Hide Re&jected Stills"),
        None,
        QT_TRANSLATE_NOOP("Actions", "Leave the stills marked as rejects out"),
        checked=False,
    ),
    ActionSpec(
        "group_variants",
        QT_TRANSLATE_NOOP("Actions", "Group &Variants"),
        None,
        QT_TRANSLATE_NOOP("Actions", "One tile per picture for its sizes, crops and formats (the largest shown)"),
        checked=True,
    ),
    # Collections.
    ActionSpec(
        "add_to_collection",
        QT_TRANSLATE_NOOP("Actions", "&Add to Collection"),
        "Ctrl+B",
        QT_TRANSLATE_NOOP("Actions", "Add the selected stills to a collection"),
        lambda s: s.has_selection and s.library,
    ),
    ActionSpec(
        "new_collection",
        QT_TRANSLATE_NOOP("Actions", "&New Collection…"),
        "Ctrl+Shift+B",
        QT_TRANSLATE_NOOP("Actions", "A new collection, with the selected stills"),
        lambda s: s.library,
    ),
    ActionSpec(
        "remove_from_collection",
        QT_TRANSLATE_NOOP("Actions", "&Remove from Collection"),
        Std.Delete,
        QT_TRANSLATE_NOOP("Actions", "Take the selected stills out of this collection"),
        lambda s: s.in_collection and s.has_selection,
        grid=True,
    ),
    ActionSpec(
        "move_earlier",
        QT_TRANSLATE_NOOP("Actions", "Move &Earlier"),
        "Ctrl+[",
        QT_TRANSLATE_NOOP("Actions", "Move the selected stills one place earlier in this collection"),
        _movable,
        grid=True,
    ),
    ActionSpec(
        "move_later",
        QT_TRANSLATE_NOOP("Actions", "Move &Later"),
        "Ctrl+]",
        QT_TRANSLATE_NOOP("Actions", "Move the selected stills one place later in this collection"),
        _movable,
        grid=True,
    ),
    ActionSpec("rename_collection", QT_TRANSLATE_NOOP("Actions", "Re&name Collection…"), enabled=_collection_chosen),
    ActionSpec("delete_collection", QT_TRANSLATE_NOOP("Actions", "&Delete Collection…"), enabled=_collection_chosen),
    ActionSpec("move_collection_up", QT_TRANSLATE_NOOP("Actions", "Move Collection &Up"), enabled=_collection_chosen),
    ActionSpec(
        "move_collection_down", QT_TRANSLATE_NOOP("Actions", "Move Collection Do&wn"), enabled=_collection_chosen
    ),
    ActionSpec(
        "locate",
        QT_TRANSLATE_NOOP("Actions", "&Locate Missing Stills…"),
        None,
        QT_TRANSLATE_NOOP("Actions", "Point to the folder a moved kit is in now"),
        lambda s: s.in_collection,
    ),
    ActionSpec(
        "show_kit",
        QT_TRANSLATE_NOOP("Actions", "Show the &Kit"),
        "Alt+Home",
        QT_TRANSLATE_NOOP("Actions", "Back from a collection to the kit"),
        lambda s: s.can_show_kit,
    ),
    ActionSpec(
        "export_collection",
        QT_TRANSLATE_NOOP("Actions", "E&xport Collection…"),
        None,
        QT_TRANSLATE_NOOP("Actions", "Export every still of the collection"),
        lambda s: s.in_collection and s.collection_rows > 0,
    ),
    # Export and contact sheet.
    ActionSpec(
        "export",
        QT_TRANSLATE_NOOP("Actions", "&Export…"),
        "Ctrl+E",
        QT_TRANSLATE_NOOP("Actions", "Copy the selected stills (or all shown) to a folder, with a caption sheet"),
        _whole_shown,
    ),
    ActionSpec(
        "contact_sheet",
        QT_TRANSLATE_NOOP("Actions", "Contact &Sheet (PDF)…"),
        Std.Print,  # a contact sheet is the app's print-out
        QT_TRANSLATE_NOOP("Actions", "The stills shown, with captions and credits, as a PDF"),
        _whole_shown,
    ),
    ActionSpec(
        "print",
        QT_TRANSLATE_NOOP("Actions", "&Print…"),
        "Ctrl+Shift+P",
        QT_TRANSLATE_NOOP("Actions", "Print the selected stills, one a page, with caption and credit"),
        _selected,
    ),
    # One still: 1:1 / fit, and the desktop.
    ActionSpec(
        "view_still",
        QT_TRANSLATE_NOOP("Actions", "&View Still"),
        "Space",
        QT_TRANSLATE_NOOP("Actions", "The still large: zoom to fit or 1:1, with pan"),
        _selected,
        grid=True,
    ),
    ActionSpec(
        "open_with",
        QT_TRANSLATE_NOOP("Actions", "Open &With Default App"),
        None,
        QT_TRANSLATE_NOOP("Actions", "Open the still in the desktop's image app"),
        _selected,
    ),
    ActionSpec(
        "show_in_folder",
        QT_TRANSLATE_NOOP("Actions", "Show in &Folder"),
        None,
        QT_TRANSLATE_NOOP("Actions", "Show the still's file in the file manager"),
        _selected,
    ),
    ActionSpec("clear_recent", QT_TRANSLATE_NOOP("Actions", "Clear Menu")),
    ActionSpec(
        "import_captions",
        QT_TRANSLATE_NOOP("Actions", "&Import Caption Document…"),
        None,
        QT_TRANSLATE_NOOP("Actions", "Read the captions of this kit from a Word, Excel, PDF or text document"),
        lambda s: s.has_kit and not s.in_collection,
    ),
    ActionSpec(
        "checks",
        QT_TRANSLATE_NOOP("Actions", "C&heck Kit…"),
        "Ctrl+Shift+K",
        QT_TRANSLATE_NOOP("Actions", "Names, credits and captions to fix before the kit goes out"),
        lambda s: s.has_kit and s.whole_kit,
    ),
)

#: Keys that are not a table constant (they depend on the platform's bindings).
PLATFORM_KEYS: Mapping[str, Callable[[], list[QKeySequence]]] = {
    "quit": lambda: standard_or(Std.Quit, "Ctrl+Q"),
}

#: The menu bar: (key, title, entries); an entry is an action, "-" a separator, ">key" a submenu.
MENUS: tuple[tuple[str, str, tuple[str, ...]], ...] = (
    (
        "file",
        QT_TRANSLATE_NOOP("Actions", "&File"),
        ("open_folder", "open_zip", ">recent", "import_captions", "-", "export", "contact_sheet", "print", "-", "quit"),
    ),
    (
        "edit",
        QT_TRANSLATE_NOOP("Actions", "&Edit"),
        ("undo", "redo", "-", "copy_caption", "copy_image", ">style", ">language", "-", "select_all", "find"),
    ),
    (
        "view",
        QT_TRANSLATE_NOOP("Actions", "&View"),
        ("zoom_in", "zoom_out", "zoom_reset", "-", "details", "filter_bar", "show_sidebar", "checks", "-", ">sort")
        + ("hide_rejects", "group_variants", "-")
        + ("slideshow", "slideshow_options", "-", ">interface_language"),
    ),
    (
        "still",
        QT_TRANSLATE_NOOP("Actions", "&Still"),
        (
            "view_still",
            "open_with",
            "show_in_folder",
            "-",
            ">rating",
            "pick",
            "reject",
            "-",
            "add_to_collection",
            ">add_to",
            "remove_from_collection",
            "move_earlier",
        )
        + ("move_later", "-", "copy_caption", "export"),
    ),
    (
        "collection",
        QT_TRANSLATE_NOOP("Actions", "&Collection"),
        ("new_collection", "rename_collection", "delete_collection", "-", "move_collection_up")
        + ("move_collection_down", "-", "export_collection", "contact_sheet", "locate", "-", "show_kit"),
    ),
    ("help", QT_TRANSLATE_NOOP("Actions", "&Help"), ("shortcuts", "-", "about", "about_qt")),
)
SUBMENUS = {
    "recent": QT_TRANSLATE_NOOP("Actions", "Open &Recent"),
    "style": QT_TRANSLATE_NOOP("Actions", "Caption &Style"),
    "language": QT_TRANSLATE_NOOP("Actions", "Caption &Language"),
    "sort": QT_TRANSLATE_NOOP("Actions", "S&ort By"),
    "rating": QT_TRANSLATE_NOOP("Actions", "&Rating"),
    "interface_language": QT_TRANSLATE_NOOP("Actions", "&Interface Language"),
    "add_to": QT_TRANSLATE_NOOP("Actions", "Add &to Collection"),
}
#: The main toolbar's actions ("-": a separator).
TOOLBAR = ("open_folder", "-", "slideshow", "copy_caption", "-", "add_to_collection", "export")

#: Actions not added to the window (their keys work from their menu only).
MENU_ONLY = frozenset({"clear_recent"})


class ActionTable(QObject):
    """The window's actions, made from ``ACTIONS``: ``table["export"]`` is the Export action.
    ``sort_actions``: View ▸ Sort By (one checked)."""

    def __init__(
        self,
        window: QWidget,
        grid: QWidget,
        triggers: Mapping[str, Callable[[], object]],
        toggles: Mapping[str, Callable[[bool], object]],
        sort: Callable[[str], object],
    ) -> None:
        super().__init__(window)
        self.specs = {spec.name: spec for spec in ACTIONS}
        self._actions: dict[str, QAction] = {}
        for spec in ACTIONS:
            self._actions[spec.name] = self._make(spec, window, grid, triggers, toggles)
        self.rating_actions = [self._actions[f"rate_{n}"] for n in range(6)]
        self._sort_group = QActionGroup(window)
        self.sort_actions: dict[str, QAction] = {}
        for key, label in SORTS:
            action = QAction(translate("Actions", label), window, checkable=True)
            action.triggered.connect(lambda _checked=False, k=key: sort(k))
            self._sort_group.addAction(action)
            self.sort_actions[key] = action

    @staticmethod
    def _make(
        spec: ActionSpec,
        window: QWidget,
        grid: QWidget,
        triggers: Mapping[str, Callable[[], object]],
        toggles: Mapping[str, Callable[[bool], object]],
    ) -> QAction:
        text = rating_text(int(spec.name[5:])) if spec.name.startswith("rate_") else translate("Actions", spec.text)
        action = QAction(text, window)
        keys = PLATFORM_KEYS[spec.name]() if spec.name in PLATFORM_KEYS else shortcut_keys(spec.keys)
        if spec.grid:
            if isinstance(spec.keys, str) and spec.keys.isdigit():  # a digit works on the keypad too
                keys.append(QKeySequence(Qt.KeyboardModifier.KeypadModifier | Qt.Key(Qt.Key.Key_0 + int(spec.keys))))
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        if keys:
            action.setShortcuts(keys)
        if spec.tip:
            action.setStatusTip(translate("Actions", spec.tip))
        if spec.role is not None:
            action.setMenuRole(spec.role)
        if spec.checked is not None:
            action.setCheckable(True)
            action.setChecked(spec.checked)
            action.toggled.connect(toggles[spec.name])
        elif spec.name in triggers:  # (else the window connects it: the zoom, made later)
            trigger = triggers[spec.name]
            action.triggered.connect(lambda _checked=False: trigger())
        if spec.grid:
            grid.addAction(action)
        elif spec.name not in MENU_ONLY:
            window.addAction(action)
        return action

    def build_menus(self, bar: QMenuBar) -> dict[str, QMenu]:
        """The menus of ``MENUS`` on ``bar``, by key (the submenus too); the rating and sort
        submenus are filled, the others are the window's to fill."""
        menus: dict[str, QMenu] = {}
        for key, title, entries in MENUS:
            menu = menus[key] = bar.addMenu(translate("Actions", title))
            for entry in entries:
                if entry == "-":
                    menu.addSeparator()
                elif entry.startswith(">"):
                    menus[entry[1:]] = menu.addMenu(translate("Actions", SUBMENUS[entry[1:]]))
                else:
                    menu.addAction(self._actions[entry])
        menus["rating"].addActions(self.rating_actions)
        menus["sort"].addActions(list(self.sort_actions.values()))
        return menus

    def fill_toolbar(self, toolbar: QToolBar) -> None:
        for entry in TOOLBAR:
            if entry == "-":
                toolbar.addSeparator()
            else:
                toolbar.addAction(self._actions[entry])

    def __getitem__(self, name: str) -> QAction:
        return self._actions[name]

    def enable_for(self, state: ActionState) -> None:
        """Enable each action by its rule."""
        for name, spec in self.specs.items():
            if spec.enabled is not None:
                self._actions[name].setEnabled(spec.enabled(state))
