"""Stills follows the system (issue 8, item 4): Help ▸ Keyboard Shortcuts made from the actions
themselves, About, the platform's standard keys and no ambiguous ones, accessible names on
every control, thumbnails and previews decoded for the screen's device pixels, and colours
that read in a dark palette as well as a light one."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
from collections.abc import Iterable
from pathlib import Path
from typing import Any

import pytest
from themehelpers import dark_palette
from uihelpers import open_and_wait

from PySide6.QtCore import QEvent, QItemSelectionModel, QRectF, Qt
from PySide6.QtGui import (
    QAccessible,
    QAction,
    QColor,
    QGuiApplication,
    QImage,
    QKeyEvent,
    QKeySequence,
    QPalette,
    QShortcut,
)
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSlider,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QLineEdit,
    QMenu,
    QMenuBar,
    QScrollBar,
    QWidget,
)

import gallery
from gallery.ui import details as details_module
from gallery.ui.helpdialogs import ShortcutsDialog, action_text, key_texts
from gallery.ui.prompts import ExportChoices, ExportDialog, Prompter
from gallery.ui.slideshow import SLIDESHOW_CLICKS, SLIDESHOW_KEYS, Slideshow, SlideshowOptions, SlideshowOptionsDialog
from gallery.ui.tasks import TaskRunner
from gallery.ui.theme import contrast, luminance
from gallery.ui.thumbnails import bucket_for
from gallery.ui.window import DEFAULT_THUMB, MainWindow

Std = QKeySequence.StandardKey
NATIVE = QKeySequence.SequenceFormat.NativeText


def select(window: Any, file: str) -> None:
    selection = window.grid.selectionModel()
    index = window.proxy.index_of(file)
    selection.select(index, QItemSelectionModel.SelectionFlag.ClearAndSelect)
    selection.setCurrentIndex(index, QItemSelectionModel.SelectionFlag.NoUpdate)


def sheet_rows(dialog: ShortcutsDialog) -> dict[tuple[str, str], list[str]]:
    return {(group, text): keys for group, text, keys in dialog.visible_rows()}


# -- Help ▸ Keyboard Shortcuts and About ---------------------------------------------------------
def test_help_menu_has_shortcuts_about_and_about_qt(qtbot, make_window):
    window = make_window()
    titles = [a.text() for a in window.menuBar().actions()]
    assert titles[-1] == "&Help"
    assert window.help_menu.actions()[0] is window.commands["shortcuts"]
    assert window.commands["about"] in window.help_menu.actions()
    assert window.commands["about_qt"] in window.help_menu.actions()
    assert window.commands["about"].menuRole() == QAction.MenuRole.AboutRole
    assert window.commands["about_qt"].menuRole() == QAction.MenuRole.AboutQtRole
    keys = window.commands["shortcuts"].shortcuts()
    assert QKeySequence("Ctrl+/") in keys
    for key in QKeySequence.keyBindings(Std.HelpContents):  # F1 where the platform says so
        assert key in keys


@pytest.mark.parametrize("key", [Qt.Key.Key_F1, "Ctrl+/"])
def test_f1_and_ctrl_slash_open_the_sheet(qtbot, make_window, small_kit, key):
    window = make_window()
    open_and_wait(qtbot, window, small_kit, thumbnails=False)
    window.activateWindow()
    window.grid.setFocus()
    if isinstance(key, str):
        qtbot.keyClick(window.grid, Qt.Key.Key_Slash, Qt.KeyboardModifier.ControlModifier)
    else:
        if key not in [k[0].key() for k in window.commands["shortcuts"].shortcuts()]:
            pytest.skip("this platform has no F1 for help")
        qtbot.keyClick(window.grid, key)
    qtbot.waitUntil(
        lambda: window.help.shortcuts_dialog is not None and window.help.shortcuts_dialog.isVisible(), timeout=3000
    )
    assert window.help.shortcuts_dialog.windowTitle() == "Keyboard Shortcuts"
    assert not window.help.shortcuts_dialog.isModal()  # it can stay open beside the window


def test_the_sheet_lists_every_action_with_its_keys(qtbot, make_window, small_kit):
    window = make_window()
    open_and_wait(qtbot, window, small_kit, thumbnails=False)
    rows = sheet_rows(window.help.show_shortcuts())
    by_text: dict[str, list[list[str]]] = {}
    for (_group, text), keys in rows.items():
        by_text.setdefault(text, []).append(keys)
    actions = [a for a in window.findChildren(QAction) if a.text() and key_texts(a.shortcuts())]
    assert len(actions) >= 30
    for action in actions:
        text = action_text(action)
        assert text in by_text, f"{text!r} ({key_texts(action.shortcuts())}) is not on the sheet"
        assert key_texts(action.shortcuts()) in by_text[text]
    # Grouped by menu, in the menus' order, then where keys work.
    groups = [g for g, _t, _k in window.help.shortcuts_dialog.visible_rows()]
    ordered = list(dict.fromkeys(groups))
    assert ordered[:3] == ["File", "Edit", "View"]
    assert ordered[-5:] == [
        "In the grid",
        "In the collections list",
        "In the search box",
        "Slideshow",
        "One Still, Large",
    ]
    assert rows[("One Still, Large", "Zoom to fit or 1:1")] == ["Z"]
    native = key_texts([QKeySequence("Ctrl+Shift+C")])[0]
    assert rows[("Edit", "Copy Caption and Credit")] == [native]
    assert rows[("In the grid", "Toggle Pick")] == ["P"]
    assert rows[("In the collections list", "Rename the collection")] == ["F2"]


def test_the_sheet_follows_a_changed_shortcut(qtbot, make_window):
    window = make_window()
    window.commands["export"].setShortcut(QKeySequence("Ctrl+Alt+X"))
    rows = sheet_rows(ShortcutsDialog(window.help.shortcut_groups()))
    assert rows[("File", "Export")] == [QKeySequence("Ctrl+Alt+X").toString(NATIVE)]


def test_the_sheet_lists_the_slideshow_keys_from_its_table(qtbot, make_window):
    window = make_window()
    rows = sheet_rows(window.help.show_shortcuts())
    clicks = {text: button for button, text in SLIDESHOW_CLICKS}
    for command in SLIDESHOW_KEYS:
        text = f"{command.text} (or {clicks[command.text].lower()})" if command.text in clicks else command.text
        assert rows[("Slideshow", text)] == [QKeySequence(k).toString(NATIVE) for k in command.keys]
    assert rows[("Slideshow", "Next still (or click)")][0] == QKeySequence(Qt.Key.Key_Right).toString(NATIVE)


def test_the_slideshow_answers_exactly_the_keys_of_its_table(qtbot):
    keys = [k for command in SLIDESHOW_KEYS for k in command.keys]
    assert len(keys) == len(set(keys)), "a key is in the slideshow's table twice"
    show = Slideshow(None, [], 0, TaskRunner(), SlideshowOptions())
    qtbot.addWidget(show)
    calls: list[tuple[str, tuple]] = []
    for command in SLIDESHOW_KEYS:
        assert callable(getattr(Slideshow, command.method)), command.method
        setattr(show, command.method, lambda *args, m=command.method: calls.append((m, args)))
    for command in SLIDESHOW_KEYS:
        for key in command.keys:
            calls.clear()
            event = QKeyEvent(QEvent.Type.KeyPress, key, Qt.KeyboardModifier.NoModifier)
            QApplication.sendEvent(show, event)
            assert calls == [(command.method, command.args)], QKeySequence(key).toString()
            assert event.isAccepted()
    calls.clear()
    QApplication.sendEvent(show, QKeyEvent(QEvent.Type.KeyPress, Qt.Key.Key_Q, Qt.KeyboardModifier.NoModifier))
    assert calls == []
    # A screen reader hears the same table.
    assert show.accessibleName() == "Slideshow"
    for command in SLIDESHOW_KEYS:
        assert command.text.lower() in show.accessibleDescription()


def test_the_sheet_filter_finds_a_shortcut(qtbot, make_window):
    window = make_window()
    dialog = window.help.show_shortcuts()
    dialog.filter.setText("zoom")
    texts = {text for _g, text, _k in dialog.visible_rows()}
    assert texts == {"Zoom In", "Zoom Out", "Zoom to fit or 1:1", "Zoom to fit"}  # the grid's, one still's
    dialog.filter.setText("nothing like this")
    assert dialog.visible_rows() == [] and dialog.empty.isVisibleTo(dialog)
    dialog.filter.clear()
    assert len(dialog.visible_rows()) > 40


def test_about_says_version_what_it_is_versions_and_licence(qtbot, make_window):
    import platform

    import PySide6
    from PySide6.QtCore import qVersion

    window = make_window()
    window.commands["about"].trigger()
    box = window.help.about_dialog
    assert box is not None
    qtbot.waitUntil(box.isVisible, timeout=3000)
    text = box.text() + box.informativeText()
    assert f"Stills {gallery.__version__}" in text
    assert "press kits" in text
    assert f"Qt {qVersion()}" in text and f"PySide6 {PySide6.__version__}" in text
    assert f"Python {platform.python_version()}" in text
    assert "MIT" in text
    if not QGuiApplication.windowIcon().isNull():
        assert not box.iconPixmap().isNull()
    box.done(0)


# -- standard keys, and no key twice -------------------------------------------------------------
STANDARD_KEYS = {
    "open_folder_action": Std.Open,
    "quit_action": Std.Quit,
    "copy_image_action": Std.Copy,
    "select_all_action": Std.SelectAll,
    "find_action": Std.Find,
    "zoom_in_action": Std.ZoomIn,
    "zoom_out_action": Std.ZoomOut,
    "contact_sheet_action": Std.Print,
    "remove_from_collection_action": Std.Delete,
    "shortcuts_action": Std.HelpContents,
}


def test_actions_use_the_platforms_standard_keys(qtbot, make_window):
    window = make_window()
    for name, standard in STANDARD_KEYS.items():
        action = window.commands[name.removesuffix("_action")]
        wanted = [k for k in QKeySequence.keyBindings(standard) if not k.isEmpty()]
        held = action.shortcuts()
        for key in wanted:
            assert key in held, f"{name} lacks {key.toString()} ({standard.name})"
        if not wanted:
            assert held, f"{name}: the platform has no {standard.name} key, and there is no fallback"
    # The collections list deletes with the platform's Delete keys too.
    for key in QKeySequence.keyBindings(Std.Delete):
        assert key in window.sidebar.delete_key_action.shortcuts()


def _scopes(obj: QAction | QShortcut) -> list[tuple[str, QWidget]]:
    """Where a shortcut listens: ("window", top-level), ("widget", w) or ("tree", w)."""
    if isinstance(obj, QShortcut):
        context, widgets = obj.context(), [obj.parent()]
    else:
        context = obj.shortcutContext()
        widgets = [o for o in obj.associatedObjects() if isinstance(o, QWidget) and not isinstance(o, QMenu | QMenuBar)]
    out = []
    for widget in widgets:
        if context in (Qt.ShortcutContext.WindowShortcut, Qt.ShortcutContext.ApplicationShortcut):
            out.append(("window", widget.window()))
        elif context == Qt.ShortcutContext.WidgetShortcut:
            out.append(("widget", widget))
        else:
            out.append(("tree", widget))
    return out


def _overlap(a: tuple[str, QWidget], b: tuple[str, QWidget]) -> bool:
    (ka, wa), (kb, wb) = a, b
    if ka == "window" or kb == "window":
        wins = [w if k == "window" else w.window() for k, w in (a, b)]
        return wins[0] is wins[1]
    if wa is wb:
        return True
    return (ka == "tree" and wa.isAncestorOf(wb)) or (kb == "tree" and wb.isAncestorOf(wa))


def ambiguous_shortcuts(root: QWidget) -> list[str]:
    """Pairs of actions (or QShortcuts) under ``root`` that answer the same key in overlapping places."""
    holders: list[tuple[str, str, tuple[str, QWidget]]] = []
    objects: Iterable[QAction | QShortcut] = [*root.findChildren(QAction), *root.findChildren(QShortcut)]
    for obj in objects:
        keys = obj.shortcuts() if isinstance(obj, QAction) else obj.keys()
        name = (obj.text() if isinstance(obj, QAction) else "") or obj.objectName() or repr(obj)
        for key in keys:
            if key.isEmpty():
                continue
            for scope in _scopes(obj):
                holders.append((key.toString(QKeySequence.SequenceFormat.PortableText), f"{name} [{id(obj)}]", scope))
    clashes = []
    for i, (key, name, scope) in enumerate(holders):
        for other_key, other_name, other_scope in holders[i + 1 :]:
            if key == other_key and name != other_name and _overlap(scope, other_scope):
                clashes.append(f"{key}: {name!r} and {other_name!r}")
    return sorted(set(clashes))


def test_no_two_actions_share_a_shortcut(qtbot, make_window, small_kit):
    window = make_window()
    open_and_wait(qtbot, window, small_kit, thumbnails=False)
    assert ambiguous_shortcuts(window) == []


def test_the_ambiguity_check_finds_a_clash(qtbot, make_window):
    window = make_window()
    assert ambiguous_shortcuts(window) == []
    clash = QAction("Open Something Else", window.grid)
    clash.setShortcut(QKeySequence(Std.Open))
    clash.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
    window.grid.addAction(clash)
    found = ambiguous_shortcuts(window)
    assert len(found) == 1 and "Open Something Else" in found[0] and "Open &Folder" in found[0]
    window.grid.removeAction(clash)
    # The same key on two unrelated widgets is not a clash: the grid's Delete and the list's.
    elsewhere = QAction("Delete in the search box", window.filter_bar.search)
    elsewhere.setShortcut(QKeySequence("Alt+F2"))
    elsewhere.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
    window.filter_bar.search.addAction(elsewhere)
    sibling = QAction("Alt+F2 in the grid", window.grid)
    sibling.setShortcut(QKeySequence("Alt+F2"))
    sibling.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
    window.grid.addAction(sibling)
    assert ambiguous_shortcuts(window) == []


# -- accessible names ----------------------------------------------------------------------------
INTERACTIVE = (QAbstractButton, QLineEdit, QAbstractSlider, QComboBox, QAbstractItemView, QAbstractSpinBox)


def _accessible(widget: QWidget, what: QAccessible.Text) -> str:
    iface = QAccessible.queryAccessibleInterface(widget)
    return (iface.text(what) if iface is not None and iface.isValid() else "") or ""


def _name_of(widget: QWidget) -> str:
    return widget.accessibleName() or _accessible(widget, QAccessible.Text.Name)


def _qt_part(widget: QWidget) -> bool:
    """A part Qt builds inside a control that speaks for it (a spin box's editor, a line edit's
    clear button, a combo box's popup, a scroll bar, a tool bar's extension arrow)."""
    if widget.objectName().startswith("qt_") or isinstance(widget, QScrollBar):
        return True
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, QAbstractSpinBox | QComboBox | QLineEdit):
            return True
        parent = parent.parentWidget()
    return False


def controls(root: QWidget) -> list[QWidget]:
    found = [root] if isinstance(root, INTERACTIVE) else []
    found += [w for w in root.findChildren(QWidget) if isinstance(w, INTERACTIVE)]
    return [w for w in found if not _qt_part(w)]


def _label(widget: QWidget) -> str:
    text = widget.text() if hasattr(widget, "text") and callable(widget.text) else ""
    return f"{type(widget).__name__}({widget.objectName() or text!r} in {type(widget.parentWidget()).__name__})"


def unnamed(root: QWidget) -> list[str]:
    """Interactive widgets a screen reader has no words for (no accessible name, no text with a
    letter or digit in it: "+" or "✎" alone say nothing)."""
    return [_label(w) for w in controls(root) if not any(c.isalnum() for c in _name_of(w))]


def undescribed(root: QWidget) -> list[str]:
    """Visible interactive widgets with neither an accessible description nor a tooltip."""
    return [
        _label(w) for w in controls(root) if w.isVisibleTo(root) and not _accessible(w, QAccessible.Text.Description)
    ]


def test_the_name_check_catches_a_symbol_only_button(qtbot):
    from PySide6.QtWidgets import QToolButton, QVBoxLayout

    host = QWidget()
    qtbot.addWidget(host)
    layout = QVBoxLayout(host)
    plus, named, search = QToolButton(), QToolButton(), QLineEdit()
    plus.setText("+")
    named.setText("✎")
    named.setAccessibleName("Rename")
    search.setClearButtonEnabled(True)
    for w in (plus, named, search):
        layout.addWidget(w)
    assert len(unnamed(host)) == 2  # the "+" and the line edit (its clear button is Qt's part)
    search.setAccessibleName("Search")
    assert unnamed(host) == [_label(plus)]


def test_every_control_of_the_window_has_a_name_and_a_description(qtbot, make_window, small_kit):
    window = make_window()
    open_and_wait(qtbot, window, small_kit)
    select(window, "ss_05.jpg")  # two caption languages, related stills
    qtbot.waitUntil(lambda: window.details.related_rows() != [], timeout=5000)
    window.filter_bar.set_keywords_visible(True)
    found = controls(window)
    kinds = {type(w).__name__ for w in found}
    assert {"QLineEdit", "QSlider", "QComboBox", "StillGridView", "ChipButton", "RelatedRow", "QToolButton"} <= kinds
    assert unnamed(window) == []
    assert undescribed(window) == []
    # Names that say what the control is, beyond its text.
    assert window.filter_bar.any_button.accessibleName() == "Match any chosen chip"
    assert window.grid.accessibleName() == "Stills"
    assert window.sidebar.rename_button.accessibleName() == "Rename the collection"
    credit = window.details.values["credit"]
    assert credit.accessibleName() == f"Credit: {credit.text()}"


def test_every_dialog_names_its_controls(qtbot, make_window, small_kit):
    window = make_window()
    open_and_wait(qtbot, window, small_kit, thumbnails=False)
    prompter = Prompter(window)
    stills = window.proxy.stills()
    dialogs = [
        window.help.show_shortcuts(),
        window.help.show_about(),
        ExportDialog(3, ["Editorial use only."], ExportChoices(), lambda p: p, "note", window),
        SlideshowOptionsDialog(SlideshowOptions(), window),
        prompter.embargo_box(stills[:2], "export", 5),
        prompter.name_dialog("New Collection", "Name of the new collection:", "Dorothy"),
        prompter.delete_box("Dorothy", 3),
    ]
    for dialog in dialogs:
        dialog.show()
        assert controls(dialog), type(dialog).__name__
        assert unnamed(dialog) == [], type(dialog).__name__
        dialog.close()
    export = dialogs[2]
    assert _name_of(export.folder) == "Folder" and _name_of(export.pattern) == "File name pattern"


# -- high-DPI --------------------------------------------------------------------------------------
def test_thumbnails_are_asked_for_the_screens_device_pixels(qtbot, make_window, monkeypatch):
    window = make_window()
    assert window.loader.bucket == bucket_for(DEFAULT_THUMB)  # 216 px: the 256 cache
    monkeypatch.setattr(MainWindow, "devicePixelRatioF", lambda self: 2.0)
    QApplication.sendEvent(window, QEvent(QEvent.Type.DevicePixelRatioChange))  # moved to a 2x screen
    assert window.zoom.thumbnail_pixels() == 2 * DEFAULT_THUMB
    assert window.loader.bucket == 512
    window.zoom.set_thumb_size(112)
    assert window.loader.bucket == 256  # 224 device pixels
    window.zoom.set_thumb_size(400)
    assert window.loader.bucket == 1024


def test_the_preview_is_decoded_and_painted_at_device_pixels(qtbot, make_window, small_kit, monkeypatch):
    asked: list[tuple[int, int]] = []
    real = details_module.preview_job

    def spy(kit, still, width, height):
        asked.append((width, height))
        return real(kit, still, width, height)

    monkeypatch.setattr(details_module, "preview_job", spy)
    monkeypatch.setattr(details_module.DetailsPanel, "devicePixelRatioF", lambda self: 2.0)
    window = make_window()
    open_and_wait(qtbot, window, small_kit, thumbnails=False)
    select(window, "ss_05.jpg")  # 480 × 320
    qtbot.waitUntil(lambda: asked != [], timeout=5000)
    logical = max(200, window.details.preview.width())
    assert asked[-1] == (round(logical * 2), round(logical * 1.4 * 2))
    qtbot.waitUntil(
        lambda: (p := window.details.preview.pixmap()) is not None and p.devicePixelRatio() == 2.0, timeout=5000
    )
    pixmap = window.details.preview.pixmap()
    # Decoded to fit 2 × the preview's width (never enlarged past the file's 480 × 320)...
    assert pixmap.width() == min(480, asked[-1][0])
    assert abs(pixmap.width() / pixmap.height() - 1.5) < 0.01
    # ... and laid out at half that in logical pixels, so each decoded pixel is one device pixel.
    assert pixmap.deviceIndependentSize().width() == pytest.approx(pixmap.width() / 2)


HIDPI_PROBE = textwrap.dedent(
    """
    import json, sys, time
    from pathlib import Path
    from PySide6.QtCore import QEventLoop, QItemSelectionModel, QRect, QSettings
    from PySide6.QtWidgets import QApplication
    from gallery.core import imaging
    from gallery.core.kit import sample_kit_path
    from gallery.ui.grid import StillDelegate, ThumbnailRole
    from gallery.ui.window import MainWindow

    app = QApplication(sys.argv[:1])
    tmp = Path(sys.argv[1])
    window = MainWindow(QSettings(str(tmp / "s.ini"), QSettings.Format.IniFormat),
                        thumbnail_cache=imaging.ThumbnailCache(tmp / "thumbs"))
    window.resize(1200, 800)
    window.show()
    window.open_path(sample_kit_path())

    def wait(check, timeout=60.0):
        end = time.monotonic() + timeout
        while time.monotonic() < end:
            if check():
                return True
            app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 10)
            time.sleep(0.005)
        raise SystemExit("timed out")

    wait(lambda: window.kit is not None)
    first = window.proxy.index(0, 0)
    wait(lambda: window.proxy.data(first, ThumbnailRole) is not None)
    window.grid.selectionModel().select(first, QItemSelectionModel.SelectionFlag.ClearAndSelect)
    preview = window.details.preview
    wait(lambda: preview.pixmap() is not None and preview.pixmap().devicePixelRatio() > 1)
    thumb = window.proxy.data(first, ThumbnailRole)
    m = window.delegate.metrics(window.grid.font())
    tile_area = QRect(0, 0, m.thumb_width, m.thumb_height)
    painted = StillDelegate.fitted_rect(tile_area, thumb.deviceIndependentSize().toSize())
    pix = preview.pixmap()
    size = pix.deviceIndependentSize()
    scale = min(preview.width() / size.width(), preview.height() / size.height())
    grab = window.grid.viewport().grab()
    dpr = window.devicePixelRatioF()
    print(json.dumps({
        "dpr": window.devicePixelRatioF(),
        "bucket": window.loader.bucket,
        "thumb_px": [thumb.width(), thumb.height()],
        "tile_painted_px": [painted.width() * dpr, painted.height() * dpr],
        "preview_dpr": pix.devicePixelRatio(),
        "preview_px": [pix.width(), pix.height()],
        "preview_scale": scale,
        "grab_dpr": grab.devicePixelRatio(),
        "grab_px": [grab.width(), grab.height()],
        "viewport": [window.grid.viewport().width(), window.grid.viewport().height()],
    }))
    window.close()
    """
)


def test_at_scale_factor_2_thumbnails_and_preview_are_sharp(tmp_path):
    """A real 2x screen (QT_SCALE_FACTOR=2, offscreen, in its own process): the thumbnail cache
    asked is at least the tiles' device pixels, the preview carries the ratio and is never
    enlarged on screen, and the grid paints at device pixels."""
    env = dict(os.environ, QT_SCALE_FACTOR="2", QT_QPA_PLATFORM="offscreen")
    out = subprocess.run(
        [sys.executable, "-c", HIDPI_PROBE, str(tmp_path)],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        cwd=str(Path(gallery.__file__).resolve().parents[1]),
    )
    assert out.returncode == 0, out.stderr[-2000:]
    probe = json.loads(out.stdout.strip().splitlines()[-1])
    assert probe["dpr"] == 2.0
    assert probe["bucket"] >= 2 * DEFAULT_THUMB
    assert probe["thumb_px"][0] >= probe["tile_painted_px"][0] - 0.5  # drawn at 1:1 or smaller: sharp
    assert probe["preview_dpr"] == 2.0
    assert probe["preview_scale"] <= 1.0001
    assert probe["grab_dpr"] == 2.0 and probe["grab_px"] == [2 * v for v in probe["viewport"]]


# -- light and dark --------------------------------------------------------------------------------
@pytest.fixture
def dark(qapp):
    original = QPalette(qapp.palette())
    qapp.setPalette(dark_palette())
    yield dark_palette()
    qapp.setPalette(original)


def _mean_luminance(image: QImage, rect: QRectF | None = None) -> float:
    r = (rect or QRectF(image.rect())).toRect()
    total = n = 0
    for y in range(r.top(), r.bottom(), max(1, r.height() // 40)):
        for x in range(r.left(), r.right(), max(1, r.width() // 40)):
            total += luminance(QColor(image.pixel(x, y)))
            n += 1
    return total / max(1, n)


def test_a_dark_palette_gives_a_dark_window_sheet_and_about(qtbot, make_window, small_kit, dark):
    window = make_window()
    open_and_wait(qtbot, window, small_kit)
    select(window, "ss_06.jpg")  # embargoed: the banner and the red release date
    qtbot.waitUntil(lambda: getattr(window.details.still(), "file", None) == "ss_06.jpg", timeout=3000)
    for widget in (window.filter_bar, window.sidebar, window.details, window.grid.viewport(), window.statusBar()):
        image = widget.grab().toImage()
        assert _mean_luminance(image) < 0.2, f"{type(widget).__name__} is light in a dark palette"
    sheet = window.help.show_shortcuts()
    qtbot.waitExposed(sheet)
    assert _mean_luminance(sheet.grab().toImage()) < 0.2
    about = window.help.show_about()
    qtbot.waitUntil(about.isVisible, timeout=3000)
    assert _mean_luminance(about.grab().toImage()) < 0.2
    about.done(0)


def _style_colour(label: Any) -> QColor:
    style = label.styleSheet()
    assert "color:" in style, style
    return QColor(style.split("color:")[1].split(";")[0].strip())


def test_a_switch_to_dark_while_running_reaches_everything(qtbot, make_window, small_kit, qapp):
    """The desktop goes dark while Stills runs: the alarm red is picked again, and the widgets
    styled with palette(...) in a style sheet (segments, pills, sort button, keycaps) follow."""
    window = make_window()
    open_and_wait(qtbot, window, small_kit, thumbnails=False)
    select(window, "ss_06.jpg")
    # (not just any still: the first one is shown until the selection timer fires)
    qtbot.waitUntil(lambda: getattr(window.details.still(), "file", None) == "ss_06.jpg", timeout=3000)
    sheet = window.help.show_shortcuts()
    release = window.details.values["release"]
    light = _style_colour(release)
    background = window.details.palette().color(QPalette.ColorRole.Window)
    assert contrast(light, background) >= 4.5
    styled = [window.filter_bar, window.sort_button, sheet]
    assert all(_mean_luminance(w.grab().toImage()) > 0.5 for w in styled)
    original = QPalette(qapp.palette())
    try:
        qapp.setPalette(dark_palette())
        qtbot.waitUntil(lambda: _style_colour(release) != light, timeout=3000)
        dark_bg = window.details.palette().color(QPalette.ColorRole.Window)
        assert luminance(dark_bg) < 0.1
        assert contrast(_style_colour(release), dark_bg) >= 4.5
        for widget in styled:
            assert _mean_luminance(widget.grab().toImage()) < 0.2, f"{type(widget).__name__} stayed light"
        text = window.sort_button.palette().color(QPalette.ColorRole.ButtonText)
        assert contrast(text, dark_bg) >= 4.5
    finally:
        qapp.setPalette(original)


def test_dark_mode_asks_the_desktops_colour_scheme_first(qapp, monkeypatch):
    from PySide6.QtCore import Qt

    from gallery.ui import theme

    light = qapp.palette()
    assert not theme.is_dark(light)
    monkeypatch.setattr(theme, "desktop_scheme", lambda: Qt.ColorScheme.Dark)
    assert theme.is_dark()  # the scheme says dark, whatever the palette
    monkeypatch.setattr(theme, "desktop_scheme", lambda: Qt.ColorScheme.Unknown)
    assert not theme.is_dark()  # unknown: the palette decides


def test_a_dark_desktop_with_a_light_style_gets_a_dark_palette_and_back(qapp):
    from PySide6.QtCore import Qt

    from gallery.ui import theme

    before = qapp.palette()
    follower = qapp.findChild(theme.SchemeFollower) or theme.SchemeFollower(qapp)
    try:
        follower.apply(Qt.ColorScheme.Dark)
        assert theme.is_dark(qapp.palette())
        assert (
            theme.contrast(qapp.palette().color(QPalette.ColorRole.Text), qapp.palette().color(QPalette.ColorRole.Base))
            >= 7
        )
        follower.apply(Qt.ColorScheme.Light)
        assert not theme.is_dark(qapp.palette())
    finally:
        qapp.setPalette(before)
