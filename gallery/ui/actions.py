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


RATING_TIP = "Rate the selected stills"

ACTIONS: tuple[ActionSpec, ...] = (
    ActionSpec("open_folder", "Open &Folder…", Std.Open, "Open a folder of stills"),
    ActionSpec("open_zip", "Open &ZIP…", "Ctrl+Shift+O", "Open a ZIP press kit"),
    # (Some platforms have no Quit key of their own, Windows among them: Ctrl+Q there.)
    ActionSpec("quit", "&Quit", None, role=QAction.MenuRole.QuitRole),
    ActionSpec(
        "copy_caption",
        "Copy Caption and &Credit",
        "Ctrl+Shift+C",
        "Copy the selected stills' captions with their credits, ready to paste",
        _selected,
    ),
    ActionSpec("copy_image", "Copy &Image", Std.Copy, "Copy the selected still's picture", _selected),
    # Undo and Redo: enabled and named by gallery.ui.undo (what they would undo), not by a rule.
    ActionSpec("undo", "&Undo", Std.Undo, "Undo the last rating, pick, reject or collection change"),
    ActionSpec("redo", "&Redo", Std.Redo, "Redo what was undone"),
    ActionSpec("select_all", "Select &All", Std.SelectAll, enabled=lambda s: s.rows_shown > 0),
    ActionSpec("find", "&Find…", Std.Find),
    ActionSpec("zoom_in", "Zoom &In", [Std.ZoomIn, "Ctrl+="]),
    ActionSpec("zoom_out", "Zoom &Out", Std.ZoomOut),
    ActionSpec("zoom_reset", "&Actual Size", "Ctrl+0"),
    ActionSpec("details", "Show &Details", "Ctrl+I", checked=True),
    ActionSpec("filter_bar", "Show Filter &Bar", "Ctrl+Shift+F", checked=True),
    ActionSpec("show_sidebar", "Show &Collections", "Ctrl+Shift+L", checked=True),
    # F11 here; Enter on the grid starts it through `activated` (a double click opens the still: oneview).
    ActionSpec(
        "slideshow",
        "Start &Slideshow",
        ["F11", "Ctrl+Return"],
        "Show the filtered stills full screen, from the selected one",
        lambda s: s.slideshow and s.rows_shown > 0 and s.whole_kit,
    ),
    ActionSpec("slideshow_options", "Slideshow &Options…", None, "Interval, loop, shuffle, crossfade, screen"),
    ActionSpec(
        "shortcuts",
        "&Keyboard Shortcuts",
        [Std.HelpContents, "Ctrl+/"],
        "Every key of the window and of the slideshow",
    ),
    ActionSpec("about", "&About Stills", None, "Version, licence and credits", role=QAction.MenuRole.AboutRole),
    ActionSpec("about_qt", "About &Qt", None, "The Qt version Stills runs on", role=QAction.MenuRole.AboutQtRole),
    # Ratings and picks: keys 0-5 and P on the grid.
    *(
        ActionSpec(
            f"rate_{n}",
            "No Rating" if n == 0 else f"{stars_text(n)[:n]}  {n} Star{'s' if n != 1 else ''}",
            str(n),
            RATING_TIP,
            _selected,
            grid=True,
        )
        for n in range(6)
    ),
    ActionSpec("pick", "Toggle &Pick", "P", "Flag the selected stills as picks (or unflag them)", _selected, grid=True),
    ActionSpec(
        "reject", "Toggle Re&ject", "X", "Mark the selected stills as rejects (or unmark them)", _selected, grid=True
    ),
    ActionSpec("hide_rejects", "Hide Re&jected Stills", None, "Leave the stills marked as rejects out", checked=False),
    # Collections.
    ActionSpec(
        "add_to_collection",
        "&Add to Collection",
        "Ctrl+B",
        "Add the selected stills to a collection",
        lambda s: s.has_selection and s.library,
    ),
    ActionSpec(
        "new_collection",
        "&New Collection…",
        "Ctrl+Shift+B",
        "A new collection, with the selected stills",
        lambda s: s.library,
    ),
    ActionSpec(
        "remove_from_collection",
        "&Remove from Collection",
        Std.Delete,
        "Take the selected stills out of this collection",
        lambda s: s.in_collection and s.has_selection,
        grid=True,
    ),
    ActionSpec(
        "move_earlier",
        "Move &Earlier",
        "Ctrl+[",
        "Move the selected stills one place earlier in this collection",
        _movable,
        grid=True,
    ),
    ActionSpec(
        "move_later",
        "Move &Later",
        "Ctrl+]",
        "Move the selected stills one place later in this collection",
        _movable,
        grid=True,
    ),
    ActionSpec("rename_collection", "Re&name Collection…", enabled=_collection_chosen),
    ActionSpec("delete_collection", "&Delete Collection…", enabled=_collection_chosen),
    ActionSpec("move_collection_up", "Move Collection &Up", enabled=_collection_chosen),
    ActionSpec("move_collection_down", "Move Collection Do&wn", enabled=_collection_chosen),
    ActionSpec(
        "locate",
        "&Locate Missing Stills…",
        None,
        "Point to the folder a moved kit is in now",
        lambda s: s.in_collection,
    ),
    ActionSpec("show_kit", "Show the &Kit", "Alt+Home", "Back from a collection to the kit", lambda s: s.can_show_kit),
    ActionSpec(
        "export_collection",
        "E&xport Collection…",
        None,
        "Export every still of the collection",
        lambda s: s.in_collection and s.collection_rows > 0,
    ),
    # Export and contact sheet.
    ActionSpec(
        "export",
        "&Export…",
        "Ctrl+E",
        "Copy the selected stills (or all shown) to a folder, with a caption sheet",
        _whole_shown,
    ),
    ActionSpec(
        "contact_sheet",
        "Contact &Sheet (PDF)…",
        Std.Print,  # a contact sheet is the app's print-out
        "The stills shown, with captions and credits, as a PDF",
        _whole_shown,
    ),
    ActionSpec(
        "print",
        "&Print…",
        "Ctrl+Shift+P",
        "Print the selected stills, one a page, with caption and credit",
        _selected,
    ),
    # One still: 1:1 / fit, and the desktop.
    ActionSpec(
        "view_still", "&View Still", "Space", "The still large: zoom to fit or 1:1, with pan", _selected, grid=True
    ),
    ActionSpec("open_with", "Open &With Default App", None, "Open the still in the desktop's image app", _selected),
    ActionSpec("show_in_folder", "Show in &Folder", None, "Show the still's file in the file manager", _selected),
    ActionSpec("clear_recent", "Clear Menu"),
    ActionSpec(
        "import_captions",
        "&Import Caption Document…",
        None,
        "Read the captions of this kit from a Word, Excel, PDF or text document",
        lambda s: s.has_kit and not s.in_collection,
    ),
    ActionSpec(
        "checks",
        "C&heck Kit…",
        "Ctrl+Shift+K",
        "Names, credits and captions to fix before the kit goes out",
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
        "&File",
        ("open_folder", "open_zip", ">recent", "import_captions", "-", "export", "contact_sheet", "print", "-", "quit"),
    ),
    (
        "edit",
        "&Edit",
        ("undo", "redo", "-", "copy_caption", "copy_image", ">style", ">language", "-", "select_all", "find"),
    ),
    (
        "view",
        "&View",
        ("zoom_in", "zoom_out", "zoom_reset", "-", "details", "filter_bar", "show_sidebar", "checks", "-", ">sort")
        + ("hide_rejects", "-")
        + ("slideshow", "slideshow_options"),
    ),
    (
        "still",
        "&Still",
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
        "&Collection",
        ("new_collection", "rename_collection", "delete_collection", "-", "move_collection_up")
        + ("move_collection_down", "-", "export_collection", "contact_sheet", "locate", "-", "show_kit"),
    ),
    ("help", "&Help", ("shortcuts", "-", "about", "about_qt")),
)
SUBMENUS = {
    "recent": "Open &Recent",
    "style": "Caption &Style",
    "language": "Caption &Language",
    "sort": "S&ort By",
    "rating": "&Rating",
    "add_to": "Add &to Collection",
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
            action = QAction(label, window, checkable=True)
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
        action = QAction(spec.text, window)
        keys = PLATFORM_KEYS[spec.name]() if spec.name in PLATFORM_KEYS else shortcut_keys(spec.keys)
        if spec.grid:
            if isinstance(spec.keys, str) and spec.keys.isdigit():  # a digit works on the keypad too
                keys.append(QKeySequence(Qt.KeyboardModifier.KeypadModifier | Qt.Key(Qt.Key.Key_0 + int(spec.keys))))
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        if keys:
            action.setShortcuts(keys)
        if spec.tip:
            action.setStatusTip(spec.tip)
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
            menu = menus[key] = bar.addMenu(title)
            for entry in entries:
                if entry == "-":
                    menu.addSeparator()
                elif entry.startswith(">"):
                    menus[entry[1:]] = menu.addMenu(SUBMENUS[entry[1:]])
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
