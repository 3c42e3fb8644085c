"""Dragging stills out of the grid: onto a collection in the side list, or into another app."""

# ruff: noqa: F811 - the fixtures come from pressui (imported, so arguments redefine them)

from __future__ import annotations

import json
import zipfile

from pressui import library_path, press_window, prompter, select_files  # noqa: F401 - fixtures
from uihelpers import make_kit, open_and_wait

from PySide6.QtCore import QMimeData, QPointF, Qt
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent
from PySide6.QtWidgets import QApplication

from gallery.ui.dragdrop import STILLS_MIME, dragged_files


def drag_of_selection(window) -> QMimeData:
    """What the grid hands to QDrag when the user drags the selected tiles."""
    indexes = window.grid.selectionModel().selectedIndexes()
    return window.proxy.mimeData(indexes)


def drop_on_row(window, mime: QMimeData, row: int) -> bool:
    """Drag ``mime`` over the side list's row ``row`` and drop it; True when the list took it."""
    view = window.sidebar.list
    target = view.viewport()
    point = QPointF(view.visualItemRect(view.item(row)).center())
    actions = Qt.DropAction.CopyAction
    buttons, mods = Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    enter = QDragEnterEvent(point.toPoint(), actions, mime, buttons, mods)
    QApplication.sendEvent(target, enter)
    move = QDragMoveEvent(point.toPoint(), actions, mime, buttons, mods)
    QApplication.sendEvent(target, move)
    if not move.isAccepted():
        return False
    drop = QDropEvent(point, actions, mime, buttons, mods)
    QApplication.sendEvent(target, drop)
    return drop.isAccepted()


def test_dragged_stills_carry_their_keys_and_files(qtbot, press_window, small_kit):
    window = press_window()
    open_and_wait(qtbot, window, small_kit, thumbnails=False)
    select_files(window, ["ss_02.jpg", "ss_05.jpg"])
    mime = drag_of_selection(window)
    assert dragged_files(mime, window.model.drag_origin) == ["ss_02.jpg", "ss_05.jpg"]
    # Into a mail or a file manager: the stills' own files (never a copy, never written).
    assert [u.toLocalFile() for u in mime.urls()] == [
        str((small_kit / "ss_02.jpg").resolve()),
        str((small_kit / "ss_05.jpg").resolve()),
    ]


def test_stills_of_a_zip_kit_drag_without_files(qtbot, press_window, small_kit, tmp_path):
    archive = tmp_path / "kit.zip"
    with zipfile.ZipFile(archive, "w") as zf:
        for path in sorted(small_kit.iterdir()):
            zf.write(path, path.name)
    window = press_window()
    open_and_wait(qtbot, window, archive, thumbnails=False)
    select_files(window, ["ss_03.jpg"])
    mime = drag_of_selection(window)
    assert dragged_files(mime, window.model.drag_origin) == ["ss_03.jpg"]
    assert mime.urls() == []  # a ZIP member has no file of its own to hand over


def test_dropping_stills_on_a_collection_adds_them(qtbot, press_window, prompter, small_kit):
    prompter.names = ["Dorothy", "Tae-ho"]
    window = press_window()
    open_and_wait(qtbot, window, small_kit, thumbnails=False)
    select_files(window, ["ss_01.jpg"])
    window.collecting.new_collection()
    select_files(window, ["ss_05.jpg"])
    window.collecting.new_collection()
    qtbot.waitUntil(lambda: window.sidebar.names() == ["Dorothy  (1)", "Tae-ho  (1)"])

    select_files(window, ["ss_02.jpg", "ss_03.jpg"])
    assert drop_on_row(window, drag_of_selection(window), 0)
    qtbot.waitUntil(lambda: window.sidebar.names() == ["Dorothy  (3)", "Tae-ho  (1)"], timeout=5000)
    assert window.session.collection_id is None  # the grid stays on the kit: dropping does not open it

    # Anything else dropped on the list (a file from outside) adds nothing.
    other = QMimeData()
    other.setText("ss_04.jpg")
    assert not drop_on_row(window, other, 1)
    qtbot.waitUntil(lambda: window.runner.pending == 0, timeout=5000)  # nothing was asked for
    assert window.sidebar.names() == ["Dorothy  (3)", "Tae-ho  (1)"]


def test_the_drop_target_is_outlined_while_dragging(qtbot, press_window, prompter, small_kit):
    prompter.names = ["Picks"]
    window = press_window()
    open_and_wait(qtbot, window, small_kit, thumbnails=False)
    select_files(window, ["ss_01.jpg"])
    window.collecting.new_collection()
    qtbot.waitUntil(lambda: window.sidebar.names() == ["Picks  (1)"])
    view = window.sidebar.list
    mime = QMimeData()
    mime.setData(STILLS_MIME, json.dumps({"origin": window.model.drag_origin, "files": ["ss_02.jpg"]}).encode())
    point = view.visualItemRect(view.item(0)).center()
    before = view.viewport().grab().toImage()
    QApplication.sendEvent(
        view.viewport(),
        QDragEnterEvent(
            point, Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
        ),
    )
    during = view.viewport().grab().toImage()
    assert during != before  # the row under the pointer is outlined


def test_stills_of_another_window_are_not_taken_for_this_kits(qtbot, press_window, prompter, tmp_path):
    """(Review finding) Two kits often share file names (ss_01.jpg): a drag carries where it
    came from, and a collection takes only stills dragged from its own window's grid."""
    kit_a, kit_b = make_kit(tmp_path / "kitA"), make_kit(tmp_path / "kitB")
    prompter.names = ["Picks"]
    window_a = press_window()
    open_and_wait(qtbot, window_a, kit_a, thumbnails=False)
    window_b = press_window()
    open_and_wait(qtbot, window_b, kit_b, thumbnails=False)
    select_files(window_b, ["ss_01.jpg"])
    window_b.collecting.new_collection()
    qtbot.waitUntil(lambda: window_b.sidebar.names() == ["Picks  (1)"])

    select_files(window_a, ["ss_02.jpg"])
    assert not drop_on_row(window_b, drag_of_selection(window_a), 0)
    qtbot.waitUntil(lambda: window_b.runner.pending == 0, timeout=5000)  # nothing was asked for
    assert window_b.sidebar.names() == ["Picks  (1)"]

    # A drag that started before the window showed another view is refused too.
    select_files(window_b, ["ss_02.jpg"])
    stale = drag_of_selection(window_b)
    open_and_wait(qtbot, window_b, kit_b, thumbnails=False)  # the kit opened again: a new view
    assert not drop_on_row(window_b, stale, 0)
    select_files(window_b, ["ss_02.jpg"])
    assert drop_on_row(window_b, drag_of_selection(window_b), 0)
    qtbot.waitUntil(lambda: window_b.sidebar.names() == ["Picks  (2)"], timeout=5000)
