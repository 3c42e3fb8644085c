"""Issue 7's "done when", end to end on the bundled sample kit: a user picks six stills of
Dorothy, rates two, adds them to a collection, restarts, exports the collection with a caption
sheet and a contact sheet, and is stopped before exporting an embargoed still."""

from __future__ import annotations

import csv
import os

from helpers import tree_digest
from pressui import FakePrompter, grid_files, pdf_pages, wait_marks
from uihelpers import open_and_wait

from PySide6.QtCore import Qt

from gallery.core.marks import Mark
from gallery.ui.grid import EmbargoRole, MarkRole
from gallery.ui.prompts import CANCEL, EXCLUDE, ExportChoices


def test_pick_rate_collect_restart_export_and_the_embargo_stop(qtbot, make_window, sample_kit, tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "share"))  # the user's data dir
    before = tree_digest(sample_kit)
    prompter = FakePrompter(names=["Dorothy for Variety"])

    # -- pick six stills of Dorothy, rate two, add them to a collection ---------------------------
    window = make_window(prompter=prompter)
    open_and_wait(qtbot, window, sample_kit, thumbnails=False)
    wait_marks(qtbot, window)
    qtbot.mouseClick(window.filter_bar.characters.chip("Dorothy"), Qt.MouseButton.LeftButton)
    dorothy = grid_files(window)
    assert len(dorothy) == 6
    grid = window.grid
    grid.setFocus()
    qtbot.keyClick(grid, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(grid, Qt.Key.Key_P)  # all six are picks
    first = grid.visualRect(window.proxy.index_of(dorothy[0]))
    qtbot.mouseClick(grid.viewport(), Qt.MouseButton.LeftButton, pos=first.center())  # the first alone...
    assert [s.file for s in window.selected_stills()] == dorothy[:1]
    qtbot.keyClick(grid, Qt.Key.Key_5)  # ...five stars
    qtbot.keyClick(grid, Qt.Key.Key_Right)
    qtbot.keyClick(grid, Qt.Key.Key_4)  # the second, four
    assert [window.proxy.index_of(f).data(MarkRole) for f in dorothy] == [Mark(5, True), Mark(4, True)] + [
        Mark(0, True)
    ] * 4
    qtbot.keyClick(grid, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(grid, Qt.Key.Key_B, Qt.KeyboardModifier.ControlModifier)  # Add to Collection: a new one
    qtbot.waitUntil(lambda: window.sidebar.names() == ["Dorothy for Variety  (6)"])
    window.close()
    assert (tmp_path / "share" / "stills" / "library.sqlite3").is_file()

    # -- restart: the collection is there, with its picks and ratings ---------------------------------
    window = make_window(prompter=prompter)
    assert window.sidebar.names() == ["Dorothy for Variety  (6)"]
    item = window.sidebar.list.item(0)
    with qtbot.waitSignal(window.collectionLoaded, timeout=15000):
        qtbot.mouseClick(
            window.sidebar.list.viewport(),
            Qt.MouseButton.LeftButton,
            pos=window.sidebar.list.visualItemRect(item).center(),
        )
    kit_name = sample_kit.name
    assert grid_files(window) == [f"{kit_name}/{f}" for f in dorothy]
    marks = [window.proxy.index_of(f).data(MarkRole) for f in grid_files(window)]
    assert marks == [Mark(5, True), Mark(4, True)] + [Mark(0, True)] * 4

    # -- export the collection with a caption sheet and a contact sheet ---------------------------------
    out = tmp_path / "for Variety"
    prompter.export = ExportChoices(folder=str(out), caption_sheet=True, contact_sheet=True)
    with qtbot.waitSignal(window.exportFinished, timeout=30000):
        window.commands["export_collection"].trigger()
    assert prompter.questions("embargo") == []  # none of Dorothy's stills is under embargo
    for file in dorothy:
        assert (out / file).read_bytes() == (sample_kit / file).read_bytes()
    with open(out / "captions.csv", encoding="utf-8-sig", newline="") as fh:
        rows = list(csv.DictReader(fh))
    assert [r["file"] for r in rows] == dorothy
    assert all("Dorothy" in r["characters"] and r["credit"] == "Netflix" and r["usage terms"] for r in rows)
    assert (out / "captions.txt").read_text(encoding="utf-8").startswith(dorothy[0])
    assert pdf_pages(out / "contact-sheet.pdf") == 1
    assert sorted(os.listdir(out)) == sorted([*dorothy, "captions.csv", "captions.txt", "contact-sheet.pdf"])

    # -- an embargoed still joins the collection: the export stops before it -------------------------------
    open_and_wait(qtbot, window, sample_kit, thumbnails=False)  # (the app reopens the last kit itself)
    window.select_file("ss_20_final_stand.jpg")
    assert window.proxy.index_of("ss_20_final_stand.jpg").data(EmbargoRole) is not None
    window.collecting.add_to_collection()  # Ctrl+B: the last collection
    qtbot.waitUntil(lambda: window.sidebar.names() == ["Dorothy for Variety  (7)"])
    with qtbot.waitSignal(window.collectionLoaded, timeout=15000):
        window.collecting.open_collection(window.sidebar.ids()[0])
    again = tmp_path / "second export"
    prompter.export = ExportChoices(folder=str(again))
    prompter.embargo_answer = CANCEL
    assert window.commands["export_collection"].isEnabled()
    window.commands["export_collection"].trigger()
    assert prompter.questions("embargo")[-1] == ("embargo", ["ss_20_final_stand.jpg"], "export", 7)
    assert not again.exists()  # stopped before anything was written
    prompter.embargo_answer = EXCLUDE  # what the real question does by default
    with qtbot.waitSignal(window.exportFinished, timeout=30000):
        window.commands["export_collection"].trigger()
    assert "ss_20_final_stand.jpg" not in os.listdir(again)
    assert sorted(f for f in os.listdir(again) if f.endswith((".jpg", ".png", ".webp"))) == sorted(dorothy)
    assert tree_digest(sample_kit) == before  # the kit was only ever read
